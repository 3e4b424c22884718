"""A box whose contents' size requests stop at its edge: new rows never lay out the page.

A table that gets rows asks its layout for room (its header and scroll bars change, and its
layout calls `updateGeometry()` when it is done). The request climbs through every layout up
to the tab widget, which answers by laying its page out again and repainting all of it: the
day's date field, the buttons, the filters and the totals, once for every page of a load
that only added rows below the fold. The box has no layout of its own, so the request ends
here; it gives its one child all of its room whenever it is resized, and tells the page's
layout the child's sizes once, when it is built (they do not change with the rows).
"""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

__all__ = ["SteadyBox"]


class SteadyBox(QWidget):
    """Holds `child` at its own size; put the box in the page's layout instead of the child."""

    def __init__(self, child: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"{child.objectName() or 'steady'}Box")
        child.setParent(self)
        self.child = child
        self._hint = child.sizeHint()
        self._least = child.minimumSizeHint()
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def sizeHint(self) -> QSize:
        return self._hint

    def minimumSizeHint(self) -> QSize:
        return self._least

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.child.setGeometry(self.rect())
