"""Ctrl+1, Ctrl+2 and Ctrl+3 bring the Charge, Customers and History pages up."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from pos_app.ui.main_window import MainWindow

pytestmark = pytest.mark.gui


def test_ctrl_and_a_number_brings_that_page_up(qtbot, window: MainWindow) -> None:
    for number, name in ((3, "History"), (2, "Customers"), (1, "Charge")):
        qtbot.keyClick(window, Qt.Key(Qt.Key.Key_0 + number), Qt.KeyboardModifier.ControlModifier)
        assert window.pages.tabText(window.pages.currentIndex()) == name
