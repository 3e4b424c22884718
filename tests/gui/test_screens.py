"""The screen outlives every window that asked for it.

PySide6 makes the QScreen returned by `QWidget.screen()` (and `QWindow.screen()`) a child of
the widget that asked; once a top-level dialog owned by Python had asked and was collected,
the screen was deleted with it and the next window the till built crashed inside Qt (seen
after the first-run setup). The till asks `ui.widgets.screen_of`, which leaves the screen
to Qt.
"""

from __future__ import annotations

import ast
import gc
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QMainWindow

from pos_app.ui.widgets import fit_to_screen, screen_of

pytestmark = pytest.mark.gui

PACKAGE = Path(__file__).resolve().parents[2] / "pos_app"


def _screen_calls(path: Path) -> list[int]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return [
        node.lineno
        for node in ast.walk(tree)
        if isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and node.func.attr == "screen"
        and not node.args
    ]


def test_no_window_of_the_till_asks_qt_for_its_screen_object() -> None:
    found = {
        str(path.relative_to(PACKAGE)): lines
        for path in sorted(PACKAGE.rglob("*.py"))
        if (lines := _screen_calls(path))
    }
    assert found == {}


def test_a_fitted_dialog_collected_leaves_the_screen_for_the_next_window(qtbot) -> None:
    dialog = QDialog()
    dialog.cycle = dialog  # type: ignore[attr-defined]  # collected by the GC, as a dialog is
    fit_to_screen(dialog, preferred_height=400)
    dialog.show()
    qtbot.waitExposed(dialog)
    screen = screen_of(dialog)
    assert screen is not None and screen.availableGeometry().height() > 0
    # Nothing in Python holds the screen as a child, so nothing can delete it.
    assert "parent" not in shiboken6.dump(QGuiApplication.primaryScreen())
    dialog.close()
    del dialog
    gc.collect()
    assert shiboken6.isValid(QGuiApplication.primaryScreen())
    window = QMainWindow()
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert screen_of(window) is QGuiApplication.primaryScreen()
