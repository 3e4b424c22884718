"""Rows added below a full table's fold do not repaint the rows it shows (ui/growing_table.py)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QAbstractItemModel, QEvent, QSortFilterProxyModel, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QLabel, QTableView, QVBoxLayout, QWidget

from pos_app.ui.growing_table import GrowingTable

from .event_count import EventCount

pytestmark = pytest.mark.gui


def _rows(first: int, count: int) -> list[list[QStandardItem]]:
    return [
        [QStandardItem(f"charge {n}"), QStandardItem(f"{n}.00")]
        for n in range(first, first + count)
    ]


def _shown(qtbot, table: QTableView, rows: int, *, filtered: bool = False):  # type: ignore[no-untyped-def]
    """The table shown under a label, over `rows` rows (behind a sort-filter proxy when
    `filtered`); the source model, the table's and the label's paint counts, the label."""
    model = QStandardItemModel(0, 2)
    for row in _rows(0, rows):
        model.appendRow(row)
    shown: QAbstractItemModel = model
    if filtered:
        shown = QSortFilterProxyModel(table)
        shown.setSourceModel(model)
    box = QWidget()
    qtbot.addWidget(box)
    layout = QVBoxLayout(box)
    layout.addWidget(table)
    other = QLabel("count", box)
    layout.addWidget(other)
    table.setModel(shown)
    box.resize(400, 300)
    box.show()
    qtbot.waitExposed(box)
    paints, others = EventCount(QEvent.Type.Paint), EventCount(QEvent.Type.Paint)
    table.viewport().installEventFilter(paints)
    other.installEventFilter(others)
    table.box = box  # type: ignore[attr-defined]  # held with the table
    return model, paints, others, other


def _settled(qtbot, table: QTableView, others: EventCount, other: QLabel) -> None:  # type: ignore[no-untyped-def]
    # The view's delayed layout has run once the scroll bar knows the rows; a repaint asked
    # for by then goes out with the label's, in the same pass over the window.
    rows = table.model().rowCount()
    qtbot.waitUntil(
        lambda: table.rowViewportPosition(rows - 1) >= 0 or table.verticalScrollBar().maximum() > 0
    )
    seen = others.count
    other.update()
    qtbot.waitUntil(lambda: others.count > seen)


@pytest.mark.parametrize("growing", [True, False], ids=["growing", "plain"])
def test_rows_added_below_a_full_table_repaint_nothing_it_shows(qtbot, growing: bool) -> None:
    table = GrowingTable() if growing else QTableView()
    model, paints, others, other = _shown(qtbot, table, 100)
    _settled(qtbot, table, others, other)
    before, maximum = paints.count, table.verticalScrollBar().maximum()

    for row in _rows(100, 100):
        model.appendRow(row)
    _settled(qtbot, table, others, other)

    assert table.verticalScrollBar().maximum() > maximum  # the new rows can be scrolled to
    assert (paints.count - before == 0) is growing
    table.scrollToBottom()
    qtbot.waitUntil(lambda: table.indexAt(table.viewport().rect().bottomLeft()).row() == 199)


def test_a_change_the_table_may_show_repaints_it(qtbot) -> None:
    table = GrowingTable()
    model, paints, others, other = _shown(qtbot, table, 100)
    _settled(qtbot, table, others, other)

    before = paints.count
    model.insertRow(0, _rows(500, 1)[0])  # at the top: in view
    _settled(qtbot, table, others, other)
    assert paints.count > before
    assert table.model().index(0, 0).data() == "charge 500"

    before, maximum = paints.count, table.verticalScrollBar().maximum()
    model.removeRow(90)  # below the fold, but a removal
    qtbot.waitUntil(lambda: table.verticalScrollBar().maximum() < maximum)
    _settled(qtbot, table, others, other)
    assert paints.count > before


def test_rows_added_to_a_table_not_yet_full_are_shown(qtbot) -> None:
    table = GrowingTable()
    model, paints, others, other = _shown(qtbot, table, 2)
    _settled(qtbot, table, others, other)
    before = paints.count

    model.appendRow(_rows(2, 1)[0])
    _settled(qtbot, table, others, other)

    assert paints.count > before
    assert table.rowViewportPosition(2) >= 0


def test_a_filtered_tables_first_rows_are_painted_once(qtbot) -> None:
    # A sort-filter proxy says its header data changed once its source has rows again (a
    # day's first page after a refresh); the rows just painted are not painted again.
    table = GrowingTable()
    table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
    source, paints, others, other = _shown(qtbot, table, 0, filtered=True)
    proxy = table.model()
    header_paints = EventCount(QEvent.Type.Paint)
    table.horizontalHeader().viewport().installEventFilter(header_paints)
    said: list[int] = []
    proxy.headerDataChanged.connect(lambda *_args: said.append(1))

    for row in _rows(0, 100):
        source.appendRow(row)
    qtbot.waitUntil(lambda: bool(said))
    _settled(qtbot, table, others, other)

    assert paints.count == 1
    assert table.indexAt(table.viewport().rect().topLeft()).data() == "charge 0"

    # The header's own words changing repaint the header, not the rows.
    before, header_before = paints.count, header_paints.count
    source.setHeaderData(0, Qt.Orientation.Horizontal, "Charge")
    _settled(qtbot, table, others, other)
    assert header_paints.count > header_before
    assert paints.count == before
    assert proxy.headerData(0, Qt.Orientation.Horizontal) == "Charge"
