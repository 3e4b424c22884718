"""A table that gets rows does not lay the whole page out again (ui/steady_box.py)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QLabel, QTabWidget, QVBoxLayout, QWidget

from pos_app.ui.steady_box import SteadyBox

pytestmark = pytest.mark.gui


class _Requests(QObject):
    """Counts the layout requests that reach the tab widget (each one repaints its page)."""

    def __init__(self) -> None:
        super().__init__()
        self.count = 0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LayoutRequest:
            self.count += 1
        return False


def _page_with(qtbot, steady: bool) -> tuple[QLabel, _Requests, QTabWidget]:  # type: ignore[no-untyped-def]
    tabs = QTabWidget()
    qtbot.addWidget(tabs)
    page = QWidget()
    layout = QVBoxLayout(page)
    layout.addWidget(QLabel("Day"))
    changing = QLabel("10 charges")
    layout.addWidget(SteadyBox(changing, page) if steady else changing, 1)
    tabs.addTab(page, "History")
    tabs.resize(800, 600)
    tabs.show()
    qtbot.waitExposed(tabs)
    for _ in range(3):
        QApplication.processEvents()  # the page's own first layout is done
    requests = _Requests()
    tabs.installEventFilter(requests)
    return changing, requests, tabs


def _grow(label: QLabel) -> None:
    for count in (200, 3_000, 40_000):
        label.setText(f"{count:,} charges, with a longer line each time " * (count // 100))
        for _ in range(3):
            QApplication.processEvents()


def test_a_child_that_asks_for_room_reaches_the_tab_widget_without_the_box(qtbot) -> None:
    label, requests, _ = _page_with(qtbot, steady=False)
    _grow(label)
    assert requests.count > 0  # what the box is for: Qt lays out and repaints the whole page


def test_in_the_box_it_stops_there_and_still_fills_the_box(qtbot) -> None:
    label, requests, tabs = _page_with(qtbot, steady=True)
    _grow(label)
    assert requests.count == 0
    box = label.parentWidget()
    assert isinstance(box, SteadyBox) and label.geometry() == box.rect()
    tabs.resize(700, 500)
    for _ in range(3):
        QApplication.processEvents()
    assert label.geometry() == box.rect() and box.width() > 600
