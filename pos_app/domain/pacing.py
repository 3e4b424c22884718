"""Background work that makes way for the window: checkpoints a worker passes between items.

A listing of thousands of customers or charges is parsed on a worker thread while the GUI
thread paints what has arrived. CPython runs one thread's Python at a time, and every cell
the window paints calls into Python: a worker parsing at full speed takes the interpreter
back every few hundred microseconds, so a repaint that needs 8 ms of the GUI thread took 20
(docs/benchmarks.md). Long loops of background work call `checkpoint()` between items; on a
thread that runs under `paced(gate)`, the gate may hold the worker there while the window is
busy. Without a gate a checkpoint costs one attribute lookup.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager

__all__ = ["background_running", "checkpoint", "paced"]

_here = threading.local()
_count_lock = threading.Lock()
_running = 0


def checkpoint() -> None:
    """A point where this thread's background work may wait for the window."""
    gate = getattr(_here, "gate", None)
    if gate is not None:
        gate()


@contextmanager
def paced(gate: Callable[[], None]) -> Iterator[None]:
    """Run the block with `gate` called at every checkpoint of this thread."""
    global _running
    previous = getattr(_here, "gate", None)
    _here.gate = gate
    with _count_lock:
        _running += 1
    try:
        yield
    finally:
        _here.gate = previous
        with _count_lock:
            _running -= 1


def background_running() -> bool:
    """Whether paced background work is running on some thread now."""
    return _running > 0
