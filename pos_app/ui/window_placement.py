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

from PySide6.QtCore import QTimer
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
        #: On the first start, the size it takes when first made neither maximized nor full
        #: screen (`state_changed`); set then rather than before the first show, where it
        #: would have Qt lay out and paint the window at that size first.
        self._first_normal: WindowPlacement | None = None

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
        self._first_normal = first_window(areas[0], needed)
        if too_small_to_maximize(areas[0], needed):
            # F11 then gives the largest window there is.
            self._maximized_under_full_screen = True
            window.showFullScreen()
        else:
            window.showMaximized()

    def state_changed(self, window: QWidget) -> None:
        """The window's state changed: taken out of maximized and full screen for the first
        time since the first start, it gets the size kept for that."""
        first = self._first_normal
        if first is None or window.isMaximized() or window.isFullScreen() or window.isMinimized():
            return
        self._first_normal = None
        # Once the window system has finished restoring it, or its own size would win.
        QTimer.singleShot(
            0, window, lambda: window.setGeometry(first.x, first.y, first.width, first.height)
        )

    def placement(self, window: QWidget) -> WindowPlacement:
        """Where `window` is now: its size when neither maximized nor full screen, and
        which of the two it is."""
        full_screen = window.isFullScreen()
        maximized = self._maximized_under_full_screen if full_screen else window.isMaximized()
        first = self._first_normal
        if first is not None:  # never out of maximized or full screen since the first start
            rect = (first.x, first.y, first.width, first.height)
        else:
            normal = window.normalGeometry()
            if not normal.isValid():  # never shown as a plain window: its current inside
                normal = window.geometry()
            rect = (normal.x(), normal.y(), normal.width(), normal.height())
        return WindowPlacement(*rect, maximized=maximized, full_screen=full_screen)

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
