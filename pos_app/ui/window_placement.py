"""The main window opens where it was left, maximized the first time; F11 fills the display.

A till runs all day on one screen: the first time it opens maximized (a till is not a window
among others), or full screen when the screen is too small for the window with its title bar
and the task bar (a 1024 x 600 panel), and after that as it was closed (domain/placement.py
says where, when the screens changed since). Full screen hides the title bar and the task bar
for a dedicated till panel; leaving it goes back to maximized or to the window's size, as it
was before.

The window's state is changed through `show*` only: `setWindowState` would need Qt's enum
namespace before the first paint (ui/lazy_qt.py).
"""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

from pos_app.domain.placement import (
    Rect,
    WindowPlacement,
    first_window,
    fit,
    too_small_to_maximize,
)

__all__ = ["WindowPlacer", "free_areas"]


def free_areas() -> list[Rect]:
    """Every screen's area free of task bars and docks, the primary screen first."""
    primary = QGuiApplication.primaryScreen()
    screens = QGuiApplication.screens()
    if primary is not None:
        screens = [primary, *(screen for screen in screens if screen is not primary)]
    areas = []
    for screen in screens:
        free = screen.availableGeometry()
        areas.append((free.x(), free.y(), free.width(), free.height()))
    return areas


class WindowPlacer:
    """Shows a window where it was left, tells where it is, and toggles full screen.

    Given the window at each call rather than keeping it: the window owns its placer, and a
    reference back would make a cycle that keeps a closed window and its children (their
    timers, their workers' callbacks) alive until the next collection.
    """

    def __init__(self) -> None:
        #: Whether the window was maximized when it went full screen (Qt forgets it).
        self._maximized_under_full_screen = False

    def show(self, window: QWidget, placement: WindowPlacement | None) -> None:
        """Show `window` as `placement` says (moved onto a screen there is), or as on the
        first start when there is none (or the file could not be read)."""
        if placement is None:
            self._show_first(window)
            return
        minimum = window.minimumSize()
        placed = fit(placement, free_areas(), (minimum.width(), minimum.height()))
        # The size it returns to when it is no longer maximized or full screen.
        window.setGeometry(placed.x, placed.y, placed.width, placed.height)
        if placed.full_screen:
            self._maximized_under_full_screen = placed.maximized
            window.showFullScreen()
        elif placed.maximized:
            window.showMaximized()
        else:
            window.show()

    def _show_first(self, window: QWidget) -> None:
        """Maximized, or full screen on a screen too small for it below its title bar."""
        areas = free_areas()
        if not areas:  # no screen known yet: the window system decides
            window.showMaximized()
            return
        # Its layout's own minimum: below it the fields are squeezed together.
        hint = window.minimumSizeHint().expandedTo(window.minimumSize())
        needed = (hint.width(), hint.height())
        # What it becomes when taken out of maximized or full screen.
        normal = first_window(areas[0], needed)
        window.setGeometry(normal.x, normal.y, normal.width, normal.height)
        if too_small_to_maximize(areas[0], needed):
            # F11 then gives the largest window there is.
            self._maximized_under_full_screen = True
            window.showFullScreen()
        else:
            window.showMaximized()

    def placement(self, window: QWidget) -> WindowPlacement:
        """Where `window` is now: its size when neither maximized nor full screen, and
        which of the two it is."""
        normal = window.normalGeometry()
        if not normal.isValid():  # never shown as a plain window: its current inside
            normal = window.geometry()
        full_screen = window.isFullScreen()
        return WindowPlacement(
            normal.x(),
            normal.y(),
            normal.width(),
            normal.height(),
            maximized=self._maximized_under_full_screen if full_screen else window.isMaximized(),
            full_screen=full_screen,
        )

    def toggle_full_screen(self, window: QWidget) -> None:
        """Full screen, or back to what `window` was before it."""
        if window.isFullScreen():
            if self._maximized_under_full_screen:
                window.showMaximized()
            else:
                window.showNormal()
        else:
            self._maximized_under_full_screen = window.isMaximized()
            window.showFullScreen()
