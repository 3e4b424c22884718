"""A label whose new words repaint only itself: no layout pass, no repaint of the page.

A QLabel asks its layout for room whenever its text changes. The request climbs through
every layout up to the tab widget, which answers it by repainting the whole page, tables
included (QTabWidget lays its pages out again and repaints itself). For a line that changes
with every page of a load ("Reading from Stripe… 1,200 charges so far") that doubles the
work of each page. Here the label sits in a holder without a layout: the holder catches the
request, sizes the label by hand and changes its own height only when the words need
another line (a word-wrapped message) or a different font.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

__all__ = ["SteadyLabel"]


class SteadyLabel(QWidget):
    """Holds `label` (a QLabel, styled and read like any other); put the holder in layouts."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = QLabel(self)
        # As wide as the layout gives; as tall as the words need.
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)

    def event(self, event: QEvent) -> bool:
        # The label's updateGeometry() lands here, as the holder has no layout of its own.
        if event.type() in (QEvent.Type.LayoutRequest, QEvent.Type.Polish):
            self._fit()
        return super().event(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        label = self.label
        label.ensurePolished()  # the style sheet's font decides the height
        width = self.width()
        if label.hasHeightForWidth() and width > 0:
            wanted = label.heightForWidth(width)
        else:
            wanted = label.sizeHint().height()
        if wanted != self.height():
            self.setFixedHeight(wanted)  # the one case that lays the page out again
        label.setGeometry(0, 0, width, self.height())
