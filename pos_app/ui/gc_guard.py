"""Python's cyclic garbage collector, run on the GUI thread only.

Left alone, CPython collects reference cycles in whichever thread happens to allocate when a
threshold is crossed — a worker thread too. A closed window caught in a cycle would then be
destroyed on that worker thread, which Qt does not survive. So while the till runs, automatic
collection is off and this object collects on the GUI thread, on a timer, as often as the
collector's own thresholds ask (the approach Anki's desktop application takes).
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

__all__ = ["GuiThreadCollector"]


class GuiThreadCollector(QObject):
    """Turns automatic collection off and collects from a GUI-thread timer instead."""

    def __init__(self, parent: QObject | None = None, *, interval_ms: int = 1000) -> None:
        super().__init__(parent)
        self.setObjectName("guiThreadCollector")
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.collect_if_due)
        self._was_enabled = gc.isenabled()
        gc.disable()
        self._timer.start()

    def collect_if_due(self) -> int:
        """Collect the oldest generation whose count passed its threshold; the number of
        objects found unreachable (0 when nothing was due)."""
        counts = gc.get_count()
        thresholds = gc.get_threshold()
        due = [g for g in range(3) if thresholds[g] and counts[g] > thresholds[g]]
        return gc.collect(due[-1]) if due else 0

    def stop(self) -> None:
        """Collect once more here and give collection back to Python (the till is closing)."""
        self._timer.stop()
        gc.collect()
        if self._was_enabled:
            gc.enable()
