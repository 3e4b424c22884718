"""The header: a long business name gives way to the mode badge and the Till button."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QWidget

from pos_app.domain.keys import Mode
from pos_app.services.identity import TillIdentity
from pos_app.ui.main_window import MainWindow
from pos_app.ui.widgets import CutLabel

pytestmark = pytest.mark.gui

LONG_NAME = "The Corner Bakery & Café of Springfield, since 1887"


def shown(qtbot, name: str, width: int) -> MainWindow:  # type: ignore[no-untyped-def]
    window = MainWindow(TillIdentity(Mode.SANDBOX, "usd", "FRONT-12", "Alexandra", name))
    qtbot.addWidget(window)
    window.resize(width, 600)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_a_long_name_is_cut_with_an_ellipsis_and_the_badge_stays_whole(qtbot) -> None:
    window = shown(qtbot, LONG_NAME, 1024)
    name = window.findChild(CutLabel, "businessNameLabel")
    assert name is not None
    assert name.text().endswith("…") and LONG_NAME.startswith(name.text()[:-1].rstrip())
    assert name.fontMetrics().horizontalAdvance(name.text()) <= name.contentsRect().width()
    assert name.toolTip() == LONG_NAME
    badge = window.mode_badge
    # Mode, register and cashier all shown: the badge has the room its words ask for.
    assert badge.width() >= badge.sizeHint().width()
    assert "Alexandra" in badge.text()
    # And the Till button keeps its place at the right, whole.
    button = window.menu_button
    assert button.width() >= button.sizeHint().width()
    header = button.parentWidget()
    assert isinstance(header, QWidget)
    assert button.geometry().right() < header.width()


def test_a_name_that_fits_is_shown_whole_and_again_when_the_window_grows(qtbot) -> None:
    window = shown(qtbot, "Corner Bakery", 1280)
    name = window.findChild(CutLabel, "businessNameLabel")
    assert name is not None and name.text() == "Corner Bakery"
    # At the window's narrowest, beside a long badge, it gives way (cut, never misspelt).
    window.resize(800, 600)
    qtbot.waitUntil(lambda: name.text().endswith("…"))
    window.resize(1280, 600)
    qtbot.waitUntil(lambda: name.text() == "Corner Bakery")


def test_the_cut_is_the_longest_start_that_fits(qtbot) -> None:
    holder = QWidget()
    qtbot.addWidget(holder)
    label = CutLabel("Springfield", holder)
    metrics = label.fontMetrics()
    room = metrics.horizontalAdvance("Springf…")
    assert label.fitted(room) == "Springf…"
    assert label.fitted(room - 1) == "Spring…"
    assert label.fitted(metrics.horizontalAdvance("Springfield")) == "Springfield"
    assert label.fitted(0) == "…"
