"""A page's usual or compact room, as its height requires.

A page given less height than its layout needs has its widgets squeezed into each other by
Qt (fields drawn over fields, a table under its buttons). A page that can do with less room
(smaller margins and spacing, a smaller amount, a smaller notice) switches to it while it is
lower than it needs, and back once it is tall enough again: the switch back is measured with
what the compact room saved, so the two never alternate.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QWidget

from .widgets import StatusLine

__all__ = ["CompactRoom", "height_needed"]


def height_needed(page: QWidget, *lines: StatusLine) -> int:
    """The page's least height at its width: its layout's, with each shown status line's
    words on as many lines as they take at that width (a layout's least height counts one)."""
    extra = 0
    for line in lines:
        if not line.isHidden():
            extra += max(0, line.heightForWidth(line.width()) - line.minimumSizeHint().height())
    return page.minimumSizeHint().height() + extra


class CompactRoom:
    """Calls `apply(compact)` when `page` goes below `need()` or back above it."""

    def __init__(
        self, page: QWidget, need: Callable[[], int], apply: Callable[[bool], None]
    ) -> None:
        self._page = page
        self._need = need
        self._apply = apply
        self.compact = False
        #: How much lower the compact room made the page's need, when it was taken.
        self._saves = 0

    def fit(self) -> None:
        """Called when the page was resized or laid out again."""
        need = self._need()
        if not self.compact and self._page.height() < need:
            self._set(True)
            self._saves = need - self._need()
        elif self.compact and self._page.height() >= need + self._saves:
            self._set(False)

    def _set(self, compact: bool) -> None:
        self.compact = compact
        self._apply(compact)
        layout = self._page.layout()
        if layout is not None:
            layout.invalidate()
            # Laid out now, not at the next turn of the event loop: a frame with the
            # widgets squeezed together would show in between.
            layout.activate()
