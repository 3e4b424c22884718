"""A busy bar that keeps its place: idle it draws nothing, busy a block slides along it.

A page that showed a hidden QProgressBar when it started work had every widget of its window
repainted with it: Qt repaints a window whole when a child of it is shown (measured on the
History page's Refresh: 36 widgets, 10-14 ms of one frame on a two-core till, against the bar
alone once it stays shown). This bar is always shown, so starting and stopping it repaints
its own rectangle only; and it runs its own frame timer, stopped whenever it is idle, where
a style's busy animation keeps a timer running for as long as the bar is shown.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QRectF, QTimer
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QSizePolicy, QWidget

if TYPE_CHECKING:
    from PySide6.QtGui import QPaintEvent

__all__ = ["BusyBar"]

#: The style sheet's field border and the link blue, lightened (resources/style.qss).
_GROOVE_BORDER = QColor("#cbd5e1")
_GROOVE_FILL = QColor("#ffffff")
_BLOCK = QColor("#93c5fd")
#: About 30 frames a second, 3 px a frame: the block crosses a 96 px bar in a second.
FRAME_MS = 33
_STEP_PX = 3
#: The block's share of the bar's width.
_BLOCK_SHARE = 0.3


class BusyBar(QWidget):
    """Indeterminate progress; `set_busy(True)` while work without a known length runs."""

    def __init__(self, parent: QWidget | None = None, *, width: int = 96, height: int = 20):
        super().__init__(parent)
        self.setFixedSize(width, height)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self._busy = False
        self._offset = 0
        self._timer = QTimer(self)
        self._timer.setInterval(FRAME_MS)
        self._timer.timeout.connect(self._advance)

    @property
    def busy(self) -> bool:
        return self._busy

    @property
    def animating(self) -> bool:
        """Its frame timer runs (only while busy)."""
        return self._timer.isActive()

    def set_busy(self, busy: bool) -> None:
        if busy == self._busy:
            return
        self._busy = busy
        self._offset = 0
        if busy:
            self._timer.start()
        else:
            self._timer.stop()
        self.update()

    def _advance(self) -> None:
        self._offset = (self._offset + _STEP_PX) % (self.width() + self._block_width())
        self.update()

    def _block_width(self) -> int:
        return max(8, round(self.width() * _BLOCK_SHARE))

    def paintEvent(self, event: QPaintEvent) -> None:
        if not self._busy:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        groove = QRectF(0.5, 0.5, self.width() - 1.0, self.height() - 1.0)
        painter.setPen(_GROOVE_BORDER)
        painter.setBrush(_GROOVE_FILL)
        painter.drawRoundedRect(groove, 4, 4)
        # The block enters from the left edge and leaves at the right, clipped to the groove.
        block = self._block_width()
        left = self._offset - block
        painter.setClipRect(groove.adjusted(1, 1, -1, -1))
        painter.setPen(_BLOCK)
        painter.setBrush(_BLOCK)
        painter.drawRoundedRect(QRectF(left, 2.0, block, self.height() - 4.0), 3, 3)
        painter.end()
