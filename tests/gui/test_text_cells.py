"""Cells painted from laid-out lines kept between repaints look exactly as Qt paints them."""

from __future__ import annotations

from collections.abc import Callable
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QStyledItemDelegate, QTableView

from pos_app.ui.customers_model import CustomersModel
from pos_app.ui.history_look import StatusDelegate, cell_delegate
from pos_app.ui.history_model import Column as HistoryColumn
from pos_app.ui.history_model import HistoryFilter, HistoryModel
from pos_app.ui.pages.customers_page import set_up_table
from pos_app.ui.style import ensure_style
from pos_app.ui.text_cells import TextCellDelegate
from pos_app.ui.text_table import TextTable

from .test_customers_model import PEOPLE, TODAY, person
from .test_history_model import page

pytestmark = pytest.mark.gui


def painted(qtbot, view: QTableView) -> QImage:
    view.resize(900, 420)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)
    # Qt's delegate frames the current cell; the till's shows the selected row instead.
    view.selectionModel().clearCurrentIndex()
    return view.grab().toImage()


def both_ways(qtbot, make: Callable[[], QTableView]) -> tuple[QImage, QImage]:
    """The table as the till paints it, and with Qt's own delegate instead."""
    ours = make()
    qts = make()
    qts.setItemDelegate(QStyledItemDelegate(qts))
    return painted(qtbot, ours), painted(qtbot, qts)


def laid_out_then_painted(qtbot, view: QTableView) -> QImage:
    """The table painted again once the texts it drew first have been laid out."""
    painted(qtbot, view)
    delegate = view.itemDelegate()
    assert isinstance(delegate, TextCellDelegate)
    assert delegate.drawn_not_laid_out > 0
    while delegate.drawn_not_laid_out:
        delegate.lay_out_drawn()
    view.viewport().repaint()
    return view.grab().toImage()


def customers_table(model: CustomersModel) -> QTableView:
    view = QTableView()
    set_up_table(view, model)
    return view


def test_the_customer_list_looks_as_qt_would_paint_it(qtbot) -> None:
    # Names, cut e-mails, an expired and a soon-expiring card in their colours, no card.
    ensure_style()
    model = CustomersModel(today=lambda: TODAY)
    model.reset([*PEOPLE, person(9, "Hedy Lamarr", "hedy.lamarr.frequency.hopping@example.org")])

    ours, qts = both_ways(qtbot, lambda: customers_table(model))

    assert ours == qts
    # Drawn the first time, laid out for the next: the same pixels either way.
    assert laid_out_then_painted(qtbot, customers_table(model)) == qts


def test_a_selected_customer_looks_as_qt_would_paint_it(qtbot) -> None:
    # The selected row's panel is filled by the delegate itself, in the selection colour.
    # (Row 0's card is neither expired nor expiring: a flagged expiry keeps its colour on a
    # selected row, where Qt's delegate would paint it in the selection's text colour.)
    ensure_style()
    model = CustomersModel(today=lambda: TODAY)
    model.reset(PEOPLE)

    def selected() -> QTableView:
        view = customers_table(model)
        view.selectRow(0)
        return view

    ours, qts = both_ways(qtbot, selected)

    assert ours == qts


def test_a_changed_customer_is_painted_anew(qtbot) -> None:
    # The laid-out lines are kept by text: a renamed customer is never shown by the old name.
    ensure_style()
    model = CustomersModel(today=lambda: TODAY)
    model.reset(PEOPLE)
    view = customers_table(model)
    painted(qtbot, view)

    model.upsert([person(1, "Ada King, Countess of Lovelace", "ada@example.com")])

    fresh = customers_table(model)
    fresh.setItemDelegate(QStyledItemDelegate(fresh))
    assert painted(qtbot, view) == painted(qtbot, fresh)


def history_table(model: HistoryModel, proxy: HistoryFilter) -> QTableView:
    view = QTableView()
    view.setObjectName("historyTable")
    view.setModel(proxy)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(36)
    view.setItemDelegate(cell_delegate(view, model, proxy))
    return view


@pytest.mark.parametrize("filtered", [False, True])
def test_the_days_charges_look_as_qt_would_paint_them(qtbot, filtered: bool) -> None:
    # Times and amounts in tabular figures, amounts on the right; filtered or not.
    ensure_style()
    model = HistoryModel(ZoneInfo("Europe/Berlin"))
    model.append(page(0, 30))
    proxy = HistoryFilter()
    proxy.setSourceModel(model)
    if filtered:
        proxy.set_filters(cashier="Alex")

    ours, qts = both_ways(qtbot, lambda: history_table(model, proxy))

    assert ours == qts
    assert laid_out_then_painted(qtbot, history_table(model, proxy)) == qts


# -- the whole table painted in one call (ui/text_table.py) ----------------------------------


def own_and_qts(qtbot, make: Callable[[], TextTable], arrange: Callable[[TextTable], None]):
    """The table painting its rows itself, and the same table painted by Qt's own loop."""
    images = []
    for by_qt in (False, True):
        view = make()
        view.painted_by_qt = by_qt
        # Every shown column paints itself: the table is painted in one call.
        assert view._column_painters() is not None
        painted(qtbot, view)
        arrange(view)
        view.viewport().repaint()
        images.append(view.grab().toImage())
    return images


def customers_text_table(model: CustomersModel) -> TextTable:
    view = TextTable()
    set_up_table(view, model)
    return view


def many_people() -> list:
    return [person(n, f"Customer {n:03} Lovelace-Hopper", f"c{n}@example.org") for n in range(60)]


@pytest.mark.parametrize(
    "arrange",
    ["as_shown", "selected", "scrolled_mid_row", "column_hidden", "scrolled_sideways"],
)
def test_the_customer_list_painted_in_one_call_looks_as_qt_paints_it(qtbot, arrange: str) -> None:
    # Alternate rows, the selected row, a row cut at the top, a column given way, a list
    # scrolled to the right: the same pixels as Qt's own cell-by-cell loop.
    ensure_style()
    model = CustomersModel(today=lambda: TODAY)
    model.reset([*PEOPLE, *many_people()])

    def arranged(view: TextTable) -> None:
        if arrange == "selected":
            view.selectRow(3)
            view.selectionModel().clearCurrentIndex()
        elif arrange == "scrolled_mid_row":
            view.setVerticalScrollMode(view.ScrollMode.ScrollPerPixel)
            view.verticalScrollBar().setValue(50)
        elif arrange == "column_hidden":
            view.setColumnHidden(1, True)
        elif arrange == "scrolled_sideways":
            view.resize(420, 420)
            view.horizontalScrollBar().setValue(view.horizontalScrollBar().maximum())

    ours, qts = own_and_qts(qtbot, lambda: customers_text_table(model), arranged)

    assert ours == qts
    assert not ours.isNull()


def history_text_table(model: HistoryModel, proxy: HistoryFilter) -> TextTable:
    view = TextTable()
    view.setObjectName("historyTable")
    view.setModel(proxy)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.verticalHeader().hide()
    view.set_row_height(36)
    view.setItemDelegateForColumn(
        HistoryColumn.STATUS,
        StatusDelegate(view, lambda row: model.status_of(proxy.source_row(row))),
    )
    view.setItemDelegate(cell_delegate(view, model, proxy))
    return view


@pytest.mark.parametrize(
    "arrange", ["as_shown", "selected", "filtered", "scrolled_mid_row", "no_grid"]
)
def test_the_days_charges_painted_in_one_call_look_as_qt_paints_them(qtbot, arrange: str) -> None:
    # The grid, the status labels, tabular figures on the right, a filtered day.
    ensure_style()
    model = HistoryModel(ZoneInfo("Europe/Berlin"))
    model.append(page(0, 60))
    proxy = HistoryFilter()
    proxy.setSourceModel(model)

    def arranged(view: TextTable) -> None:
        if arrange == "selected":
            view.selectRow(2)
            view.selectionModel().clearCurrentIndex()
        elif arrange == "filtered":
            proxy.set_filters(cashier="Alex")
        elif arrange == "scrolled_mid_row":
            view.setVerticalScrollMode(view.ScrollMode.ScrollPerPixel)
            view.verticalScrollBar().setValue(53)
        elif arrange == "no_grid":
            view.setShowGrid(False)

    try:
        ours, qts = own_and_qts(qtbot, lambda: history_text_table(model, proxy), arranged)
    finally:
        proxy.set_filters()

    assert ours == qts


def test_a_table_with_a_column_it_cannot_paint_is_left_to_qt(qtbot) -> None:
    # A column whose delegate paints cell by cell only: Qt paints the whole table.
    ensure_style()
    model = CustomersModel(today=lambda: TODAY)
    model.reset(PEOPLE)
    view = customers_text_table(model)
    view.setItemDelegateForColumn(0, QStyledItemDelegate(view))

    assert view._column_painters() is None
    assert customers_text_table(model)._column_painters() is not None
