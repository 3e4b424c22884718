"""A page's usual or compact room, as its height requires.

A page given less height than its layout needs has its widgets squeezed into each other by
Qt (fields drawn over fields, a table under its buttons). A page that can do with less room
(smaller margins and spacing, a smaller amount, a smaller notice) switches to it while it is
lower than it needs, and back once it is tall enough again: the switch back is measured with
what the compact room saved, so the two never alternate.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QWidget

from .widgets import StatusLine

__all__ = ["CompactRoom", "height_needed"]

#: What makes a page look at its room again: a new size, or a layout to be redone.
_LOOK_AGAIN = (QEvent.Type.Resize, QEvent.Type.LayoutRequest)


def height_needed(page: QWidget, *lines: StatusLine) -> int:
    """The page's least height at its width: its layout's, with each shown status line's
    words on as many lines as they take at that width (a layout's least height counts one)."""
    extra = 0
    for line in lines:
        if not line.isHidden():
            extra += max(0, line.heightForWidth(line.width()) - line.minimumSizeHint().height())
    return page.minimumSizeHint().height() + extra


class CompactRoom(QObject):
    """Calls `apply(compact)` when `page` goes below `need()` or back above it: looked at
    whenever the page is resized or asks to be laid out again (a row came or went, a
    message took another line)."""

    def __init__(
        self, page: QWidget, need: Callable[[], int], apply: Callable[[bool], None]
    ) -> None:
        super().__init__(page)
        self._page = page
        self._need = need
        self._apply = apply
        self.compact = False
        #: How much lower the compact room made the page's need, when it was taken.
        self._saves = 0
        page.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _LOOK_AGAIN:
            self.fit()
        return False

    def fit(self) -> None:
        """Compact below the need, the usual room once the page is tall enough again."""
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
