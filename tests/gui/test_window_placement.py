"""The till opens maximized the first time, then where it was closed; F11 fills the display.

Run on the offscreen platform, whose one screen is 800 x 800 with nothing reserved: a window
that is not maximized is at least 800 wide (the till's minimum), so it fits at x = 8 only.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import QRect, Qt

from pos_app.launcher import Launcher
from pos_app.ui import window_placement
from pos_app.ui.main_window import MainWindow
from tests.fixtures_peers import Peer

from .helpers import ready_window, start_tills_on

pytestmark = pytest.mark.gui


@pytest.fixture
def data_dir(tmp_path: Path, sandbox: Peer, monkeypatch: pytest.MonkeyPatch) -> Path:
    return start_tills_on(sandbox, tmp_path / "till", monkeypatch)


def launch(launched: list[Launcher]) -> MainWindow:
    """The till as it is shown, its services still being built."""
    launcher = Launcher(sandbox=False)
    launched.append(launcher)
    assert launcher.start()
    assert launcher.window is not None
    return launcher.window


def start(qtbot, launched: list[Launcher]) -> MainWindow:  # type: ignore[no-untyped-def]
    """The till once it is ready and on the screen."""
    launch(launched)
    window = ready_window(qtbot, launched[-1])
    qtbot.waitExposed(window)
    return window


def close(window: MainWindow) -> None:
    window.runner.drain(10_000)
    assert window.close()


def press_f11(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_F11)


def test_first_start_maximized_then_where_the_window_was_closed(
    qtbot, data_dir: Path, launched: list[Launcher]
) -> None:
    first = start(qtbot, launched)
    assert first.isMaximized()
    # Taken out of maximized: three quarters of the screen (at least the till's minimum),
    # in its middle, not the minimum size in a corner.
    first.showNormal()
    qtbot.waitUntil(lambda: first.geometry() == QRect(8, 100, 800, 600))
    first.setGeometry(8, 60, 800, 600)
    close(first)
    saved = json.loads((data_dir / "config" / "window.json").read_text(encoding="utf-8"))
    assert (saved["x"], saved["y"], saved["width"], saved["height"]) == (8, 60, 800, 600)
    assert (saved["maximized"], saved["full_screen"]) == (False, False)

    again = start(qtbot, launched)
    assert not again.isMaximized() and not again.isFullScreen()
    assert again.geometry() == QRect(8, 60, 800, 600)

    # Maximized when closed: maximized the next morning, and its size kept beneath.
    again.showMaximized()
    close(again)
    third = start(qtbot, launched)
    assert third.isMaximized()
    third.showNormal()
    qtbot.waitUntil(lambda: third.geometry() == QRect(8, 60, 800, 600))


def test_a_window_left_where_no_screen_is_now_opens_on_the_screen_there_is(
    qtbot, data_dir: Path, launched: list[Launcher]
) -> None:
    (data_dir / "config").mkdir(parents=True)
    (data_dir / "config" / "window.json").write_text(
        json.dumps(
            {
                "version": 1,
                **{"x": 3000, "y": 200, "width": 1400, "height": 700},
                **{"maximized": False, "full_screen": False},
            }
        ),
        encoding="utf-8",
    )
    window = start(qtbot, launched)
    # On the 800 x 800 screen: as wide as the till's minimum, as tall as it was, moved up
    # to end where the screen's room for its frame ends.
    assert window.geometry() == QRect(8, 92, 800, 700)


def test_f11_fills_the_display_and_gives_back_what_was_before(
    qtbot, data_dir: Path, launched: list[Launcher]
) -> None:
    window = start(qtbot, launched)
    assert window.isMaximized() and not window.full_screen_action.isChecked()
    press_f11(qtbot, window)
    assert window.isFullScreen() and window.full_screen_action.isChecked()
    press_f11(qtbot, window)
    assert window.isMaximized() and not window.isFullScreen()
    assert not window.full_screen_action.isChecked()

    # Closed in full screen: the next start is full screen, and F11 gives back maximized.
    press_f11(qtbot, window)
    close(window)
    again = start(qtbot, launched)
    assert again.isFullScreen() and again.full_screen_action.isChecked()
    press_f11(qtbot, again)
    assert again.isMaximized() and not again.isFullScreen()
    # It is in the Till menu too, with its key in the tooltip.
    assert again.full_screen_action in again.till_menu().actions()
    assert "F11" in again.full_screen_action.toolTip()


def test_the_status_line_says_ready_only_once_charge_works(
    qtbot, data_dir: Path, launched: list[Launcher]
) -> None:
    window = launch(launched)
    # Shown, the services still being built: Charge says it is getting ready, and the
    # status line does not contradict it.
    assert not window.ready
    assert window.charge_page.status.label.text() == "Getting ready…"
    assert window.statusBar().currentMessage() == ""
    ready_window(qtbot, launched[-1])
    qtbot.waitUntil(lambda: window.statusBar().currentMessage() == "Ready. TEST mode.")
    assert window.charge_page.status.label.text() == "Type an amount, then press Enter to charge."


def test_on_a_panel_too_small_for_the_window_and_its_frame_it_opens_full_screen(
    qtbot, data_dir: Path, launched: list[Launcher], monkeypatch: pytest.MonkeyPatch
) -> None:
    # A 1024 x 600 panel under a 40 px task bar (the offscreen screen itself is 800 x 800).
    monkeypatch.setattr(window_placement, "free_areas", lambda: [(0, 0, 1024, 560)])
    window = start(qtbot, launched)
    assert window.isFullScreen() and window.full_screen_action.isChecked()
    press_f11(qtbot, window)
    assert window.isMaximized() and not window.isFullScreen()
