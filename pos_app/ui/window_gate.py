"""When the GUI thread is waiting for something to do: the gate a background listing passes.

The GUI thread's event dispatcher says when it is about to wait for events (`aboutToBlock`)
and when it wakes to handle them (`awake`). A listing's worker, at each of its checkpoints
(domain/pacing.py), goes on at once while the window waits, and otherwise waits for it:
the window's turn — a timer, a keystroke, a repaint of a table whose every cell calls into
Python — then runs without the worker taking the interpreter back every few hundred
microseconds. The worker uses the time the window leaves idle, which on a till is nearly all
of it. A window busy for longer than `MOST_WAIT_S` (or an event loop that polls instead of
waiting, as some test helpers do) only slows the worker: after waiting that long it runs
freely for `FREE_RUN_S`.
"""

from __future__ import annotations

import logging
import threading
import time

from PySide6.QtCore import QAbstractEventDispatcher, QCoreApplication, QObject

__all__ = ["FREE_RUN_S", "MOST_WAIT_S", "WindowGate"]

log = logging.getLogger(__name__)

#: The longest a checkpoint waits for the window.
MOST_WAIT_S = 0.03
#: After such a wait, how long the worker runs without waiting again.
FREE_RUN_S = 0.01


class WindowGate(QObject):
    """The GUI thread's waiting, as a gate for background work (`wait` from any thread)."""

    _shared: WindowGate | None = None

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._idle = threading.Event()
        self._free_until = 0.0
        dispatcher = QAbstractEventDispatcher.instance(self.thread())
        if "Glib" in dispatcher.metaObject().className():
            # glib's dispatcher says it has woken only after handling what woke it: the
            # gate would see the window idle while it paints. Left open: the workers run
            # as if there were no gate (the till asks Qt for its own dispatcher instead,
            # ui/style.py `new_application`).
            log.info("window gate open: the event loop is glib's")
            self._idle.set()
            return
        # Direct calls on the GUI thread, each a flag flipped: no Python runs in between.
        dispatcher.aboutToBlock.connect(self._idle.set)
        dispatcher.awake.connect(self._idle.clear)

    @classmethod
    def shared(cls) -> WindowGate:
        """The application's gate (made on first use, on the GUI thread)."""
        if cls._shared is None:
            cls._shared = cls(QCoreApplication.instance())
        return cls._shared

    def wait(self) -> None:
        """Return once the window is waiting for events (or after MOST_WAIT_S)."""
        if self._idle.is_set() or time.monotonic() < self._free_until:
            return
        if not self._idle.wait(MOST_WAIT_S):
            self._free_until = time.monotonic() + FREE_RUN_S
