"""Python's cyclic garbage collector, run on the GUI thread only.

Left alone, CPython collects reference cycles in whichever thread happens to allocate when a
threshold is crossed — a worker thread too. A closed window caught in a cycle would then be
destroyed on that worker thread, which Qt does not survive. So while the till runs, automatic
collection is off and this object collects on the GUI thread, on a timer, as often as the
collector's own thresholds ask (the approach Anki's desktop application takes). The timer
looks ten times a second: a youngest-generation pass costs about a microsecond per object made
since the last, and a listing of thousands of customers makes ten thousand a second, which a
pass once a second took 10-20 ms to look through.

A full pass looks at every object Python tracks: a started till holds tens of thousands
(modules, classes, the window, the services), and a full pass over them held the GUI thread
for 30-80 ms on a two-core till, once every minute or two. So once the till has started, one
full collection is run and everything that survives it is frozen (`gc.freeze`): those live
as long as the till, and later passes look only at what was made since.

A listing of thousands (customers, a day's charges) leaves thousands of objects behind, and
an older-generation pass over them took 20-25 ms. While paced background work runs
(domain/pacing.py) only the youngest generation is collected; when it ends, the youngest is
collected once more and what survives is frozen too. Cycles among those objects that become
garbage later would be kept, so every `DEEP_CLEAN_S`, when no background work runs, the
collector unfreezes, collects everything and freezes again: one long pass every few minutes
instead of one every minute or two.
"""

from __future__ import annotations

import gc
import time

from PySide6.QtCore import QObject, QTimer

from pos_app.domain.pacing import background_running

__all__ = ["CHECK_EVERY_MS", "DEEP_CLEAN_S", "SETTLE_AFTER_MS", "GuiThreadCollector"]

#: How often the collector's thresholds are looked at.
CHECK_EVERY_MS = 100
#: How often, at most, everything is collected again (frozen objects included).
DEEP_CLEAN_S = 600.0

#: When the start-up's objects are frozen: the window is shown, the services are built and
#: the first dialogs' modules are loaded well before this.
SETTLE_AFTER_MS = 10_000


class GuiThreadCollector(QObject):
    """Turns automatic collection off and collects from a GUI-thread timer instead."""

    def __init__(
        self,
        parent: QObject | None = None,
        *,
        interval_ms: int = CHECK_EVERY_MS,
        settle_after_ms: int | None = SETTLE_AFTER_MS,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("guiThreadCollector")
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.collect_if_due)
        self._settle_timer = QTimer(self)
        self._settle_timer.setSingleShot(True)
        self._settle_timer.timeout.connect(self.settle)
        self._was_enabled = gc.isenabled()
        self._frozen = False
        self._held = False  # older generations held back while background work ran
        self._cleaned_at = time.monotonic()
        gc.disable()
        self._timer.start()
        if settle_after_ms is not None:
            self._settle_timer.start(settle_after_ms)

    def settle(self) -> None:
        """Collect everything once, then leave what survives (what lives as long as the till)
        out of every later collection."""
        self._settle_timer.stop()
        if self._frozen:
            gc.unfreeze()
        gc.collect()
        gc.freeze()
        self._frozen = True
        self._cleaned_at = time.monotonic()

    def collect_if_due(self) -> int:
        """Collect the oldest generation whose count passed its threshold; the number of
        objects found unreachable (0 when nothing was due)."""
        counts = gc.get_count()
        thresholds = gc.get_threshold()
        due = [g for g in range(3) if thresholds[g] and counts[g] > thresholds[g]]
        if background_running():
            self._held = True
            return gc.collect(0) if due else 0
        if self._held:
            # A listing has ended: what it left behind is frozen, out of later passes.
            self._held = False
            found = gc.collect(0)
            gc.freeze()
            self._frozen = True
            return found
        if self._frozen and time.monotonic() - self._cleaned_at >= DEEP_CLEAN_S:
            self.settle()  # everything again, frozen objects included
            return 0
        return gc.collect(due[-1]) if due else 0

    def stop(self) -> None:
        """Collect once more here and give collection back to Python (the till is closing)."""
        self._timer.stop()
        self._settle_timer.stop()
        if self._frozen:
            gc.unfreeze()
            self._frozen = False
        gc.collect()
        if self._was_enabled:
            gc.enable()
