"""A label whose new words repaint only itself: no layout pass, no repaint of the page.

A QLabel asks its layout for room whenever its text changes. The request climbs through
every layout up to the tab widget, which answers it by repainting the whole page, tables
included (QTabWidget lays its pages out again and repaints itself). For a line that changes
with every page of a load ("Reading from Stripe… 1,200 charges so far") that doubles the
work of each page. Here the label sits in a holder without a layout: the holder catches the
request, sizes the label by hand and changes its own height only when the words need
another line (a word-wrapped message) or a different font.

A holder made with `wrapped=True` takes part in layouts as a word-wrapped label does: its
height follows its width (height for width) and its least height is the label's own, so a
long message beside a fixed-size icon gets its lines, and never makes the window's least
height taller than the screen. It still changes its request only when the lines change.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QSize
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

__all__ = ["SteadyLabel"]


class SteadyLabel(QWidget):
    """Holds `label` (a QLabel, styled and read like any other); put the holder in layouts."""

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        wrapped: bool = False,
        make_label: Callable[[QWidget], QLabel] = QLabel,
    ) -> None:
        super().__init__(parent)
        #: Made by `make_label(holder)`: a QLabel, or a kind of it (a CutLabel).
        self.label = make_label(self)
        self._wrapped = wrapped
        #: The height the words need at the holder's width (when `wrapped`).
        self._wanted = 0
        #: Heights for widths asked by the layouts, until the words or their font change:
        #: a first layout asks for dozens, and each lays the words out again.
        self._heights: dict[int, int] = {}
        if wrapped:
            # Negotiates as the word-wrapped label would (its hints, height for width).
            self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        else:
            # As wide as the layout gives; as tall as the words need.
            self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)

    def hasHeightForWidth(self) -> bool:
        return self._wrapped

    def heightForWidth(self, width: int) -> int:
        if not self._wrapped:
            return super().heightForWidth(width)
        height = self._heights.get(width)
        if height is None:
            self.label.ensurePolished()
            height = self._heights[width] = self.label.heightForWidth(width)
        return height

    def sizeHint(self) -> QSize:
        if not self._wrapped:
            return super().sizeHint()
        self.label.ensurePolished()
        return self.label.sizeHint()

    def minimumSizeHint(self) -> QSize:
        if not self._wrapped:
            return super().minimumSizeHint()
        self.label.ensurePolished()
        return QSize(0, self.label.minimumSizeHint().height())

    def event(self, event: QEvent) -> bool:
        # The label's updateGeometry() lands here, as the holder has no layout of its own.
        if event.type() in (QEvent.Type.LayoutRequest, QEvent.Type.Polish):
            self._heights.clear()  # new words, or a new font
            self._fit()
        return super().event(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        label = self.label
        label.ensurePolished()  # the style sheet's font decides the height
        width = self.width()
        if self._wrapped and width > 0:
            wanted = self.heightForWidth(width)
        elif label.hasHeightForWidth() and width > 0:
            wanted = label.heightForWidth(width)
        else:
            wanted = label.sizeHint().height()
        if self._wrapped:
            if wanted != self._wanted:
                self._wanted = wanted
                self.updateGeometry()  # the one case that lays the page out again
        elif wanted != self.height():
            self.setFixedHeight(wanted)  # the one case that lays the page out again
        label.setGeometry(0, 0, width, self.height())
