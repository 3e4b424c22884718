"""Work-arounds for defects of the installed Qt binding, detected at run time, not by version.

PySide6 6.12.0 returns ``True`` from ``SignalInstance.emit()`` without taking a reference to
it, so every emit from Python drops one reference to ``True``; after enough emits CPython
aborts with "bool_dealloc: deallocating True or False". ``emit`` gives the reference back
when (and only when) a probe at import shows the binding drops it. An extra reference to
``True`` costs nothing, so the guard is harmless if the probe ever misjudges.
"""

from __future__ import annotations

import sys
from typing import Any

from PySide6.QtCore import QObject, Signal, SignalInstance

__all__ = ["EMIT_DROPS_REFERENCE", "emit"]


class _Probe(QObject):
    probed = Signal()


def _give_back(lost: object) -> None:
    # ctypes only where the binding has the defect: importing it costs ~10 ms at start.
    import ctypes

    ctypes.pythonapi.Py_IncRef(ctypes.py_object(lost))


def _emit_drops_reference() -> bool:
    probe = _Probe()
    before = sys.getrefcount(True)
    # The stubs say emit() returns None; at run time it returns a bool (the defect's subject).
    result: object = probe.probed.emit()  # type: ignore[func-returns-value]
    del result
    lost = before - sys.getrefcount(True)
    if lost > 0:
        _give_back(True)
    return lost > 0


EMIT_DROPS_REFERENCE = _emit_drops_reference()


def emit(signal: SignalInstance, *args: Any) -> None:
    """``signal.emit(*args)``, safe with the defect above; use it for every emit in ui/."""
    result: object = signal.emit(*args)  # type: ignore[func-returns-value]
    if EMIT_DROPS_REFERENCE and isinstance(result, bool):
        _give_back(result)
