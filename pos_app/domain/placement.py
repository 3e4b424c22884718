"""Where the till's window opens: as it was left, on a screen that is there now.

A till is opened every morning on the same screen, so it opens where it was closed: its size
and position, and whether it filled the screen (maximized) or the whole display (full
screen). Screens change between two starts (a laptop taken off its dock, a second display
unplugged, a panel with a lower resolution): a window left where no screen is now would open
out of sight, so `fit` moves it onto the screen that holds most of it, or the first screen
(the primary one) when none does, and shrinks it to that screen's free area.

Rectangles are (x, y, width, height) in the screens' shared coordinates, as Qt gives them;
this module knows nothing of Qt (ui/window_placement.py applies the result).
"""

from __future__ import annotations

from collections.abc import Sequence

from pos_app.domain.records import frozen_record

__all__ = [
    "FRAME_ALLOWANCE",
    "Rect",
    "WindowPlacement",
    "first_window",
    "fit",
    "too_small_to_maximize",
]

#: (x, y, width, height).
Rect = tuple[int, int, int, int]

#: Room kept for the window manager's frame (left, top, right, bottom) when a window is moved
#: onto a screen: the saved rectangle is the window's inside, and a title bar pushed above
#: the screen's top could not be dragged back.
FRAME_ALLOWANCE = (8, 32, 8, 8)


@frozen_record
class WindowPlacement:
    """The window's inside when it is neither maximized nor full screen, and its state."""

    x: int
    y: int
    width: int
    height: int
    maximized: bool = False
    full_screen: bool = False


def _overlap(a: Rect, b: Rect) -> int:
    width = min(a[0] + a[2], b[0] + b[2]) - max(a[0], b[0])
    height = min(a[1] + a[3], b[1] + b[3]) - max(a[1], b[1])
    return width * height if width > 0 and height > 0 else 0


def too_small_to_maximize(free: Rect, needed: tuple[int, int]) -> bool:
    """Whether a window that needs `needed` (width, height) inside would not have it when
    maximized in the screen's free area `free`, below its title bar (a maximized window keeps
    its title bar, not its side borders): a 1024 x 600 till panel, whose title bar and task
    bar leave about 530 px. The window then opens full screen the first time."""
    return free[2] < needed[0] or free[3] - FRAME_ALLOWANCE[1] < needed[1]


def first_window(free: Rect, minimum: tuple[int, int]) -> WindowPlacement:
    """Where the window goes when it is first taken out of maximized: three quarters of the
    screen's free area `free`, never below `minimum`, in its middle (not the minimum size
    in a corner)."""
    width = max(free[2] * 3 // 4, minimum[0])
    height = max(free[3] * 3 // 4, minimum[1])
    centred = WindowPlacement(
        free[0] + (free[2] - width) // 2, free[1] + (free[3] - height) // 2, width, height
    )
    return fit(centred, [free], minimum)


def fit(
    placement: WindowPlacement, screens: Sequence[Rect], minimum: tuple[int, int]
) -> WindowPlacement:
    """`placement` moved and shrunk, when it must be, to lie inside one of `screens` (their
    free areas, the primary first) with room for its frame, never below `minimum`.

    A placement that already fits is returned as it is; with no screen at all (none known
    yet) too.
    """
    if not screens:
        return placement
    rect = (placement.x, placement.y, placement.width, placement.height)
    screen = max(screens, key=lambda area: _overlap(rect, area))
    if _overlap(rect, screen) == 0:
        screen = screens[0]
    left, top, right, bottom = FRAME_ALLOWANCE
    room_x, room_y = screen[0] + left, screen[1] + top
    room_width = max(screen[2] - left - right, 1)
    room_height = max(screen[3] - top - bottom, 1)
    # The minimum wins over the screen: a window smaller than its minimum would be cut, and
    # one larger than the screen can still be maximized to fit it.
    width = max(min(placement.width, room_width), minimum[0])
    height = max(min(placement.height, room_height), minimum[1])
    x = min(max(placement.x, room_x), room_x + room_width - width)
    y = min(max(placement.y, room_y), room_y + room_height - height)
    # Never left of or above the free area, even when the minimum is wider than it.
    x, y = max(x, room_x), max(y, room_y)
    if (x, y, width, height) == rect:
        return placement
    return WindowPlacement(
        x, y, width, height, maximized=placement.maximized, full_screen=placement.full_screen
    )
