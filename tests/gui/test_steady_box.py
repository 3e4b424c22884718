"""A table that gets rows does not lay the whole page out again (ui/steady_box.py)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication, QLabel, QTabWidget, QVBoxLayout, QWidget

from pos_app.ui.steady_box import SteadyBox

from .event_count import EventCount

pytestmark = pytest.mark.gui


def _page_with(qtbot, steady: bool) -> tuple[QLabel, EventCount, QTabWidget]:  # type: ignore[no-untyped-def]
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
    requests = EventCount(QEvent.Type.LayoutRequest)
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
