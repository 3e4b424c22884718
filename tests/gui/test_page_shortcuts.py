"""Ctrl+1, Ctrl+2 and Ctrl+3 bring the Charge, Customers and History pages up."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from pos_app.services.context import TillContext
from pos_app.ui.main_window import MainWindow

pytestmark = pytest.mark.gui


def test_ctrl_and_a_number_brings_that_page_up(qtbot, window: MainWindow) -> None:
    for number, name in ((3, "History"), (2, "Customers"), (1, "Charge")):
        qtbot.keyClick(window, Qt.Key(Qt.Key.Key_0 + number), Qt.KeyboardModifier.ControlModifier)
        assert window.pages.tabText(window.pages.currentIndex()) == name


def test_before_the_till_is_ready_the_keys_leave_the_charge_page_up(
    qtbot, till: TillContext
) -> None:
    # The window shows before its services exist (docs/architecture.md, "Start-up"): the
    # other pages are closed until then, and the keys bring them up once it is ready.
    main = MainWindow(till.identity)
    qtbot.addWidget(main)
    main.show()
    main.activateWindow()
    qtbot.waitUntil(main.isActiveWindow)
    qtbot.keyClick(main, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert main.pages.currentWidget() is main.charge_page
    main.attach(till)
    qtbot.keyClick(main, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert main.pages.tabText(main.pages.currentIndex()) == "Customers"
