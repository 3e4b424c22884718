"""Letting go of a large batch of Python objects a slice at a time, from the event loop.

Dropping the last reference to a list frees everything in it in one go, on the thread that
drops it: a busy day's two thousand charges (each with its metadata, card, money and dates,
some thirty thousand objects) took 5-8 ms of the Refresh click that reloads the day, on top
of the click's own work (docs/benchmarks.md, GUI gaps). Handed to a `SlicedRelease`, the
list is emptied a slice per turn of the event loop instead, each well under a millisecond.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, QTimer

__all__ = ["SlicedRelease"]


class SlicedRelease(QObject):
    """Frees the items of the lists given to `drop`, `per_turn` of them per turn."""

    def __init__(self, parent: QObject | None = None, per_turn: int = 256) -> None:
        super().__init__(parent)
        self._per_turn = per_turn
        self._heaps: list[list[Any]] = []
        self._timer = QTimer(self)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._sweep)

    @property
    def pending(self) -> int:
        """Items not yet let go of."""
        return sum(map(len, self._heaps))

    def drop(self, items: list[Any]) -> None:
        """Take `items` (the caller's last reference to the list) to free them later."""
        if items:
            self._heaps.append(items)
            self._timer.start()

    def _sweep(self) -> None:
        heap = self._heaps[-1]
        del heap[-self._per_turn :]
        if not heap:
            self._heaps.pop()
            if not self._heaps:
                self._timer.stop()
