"""Fontconfig's set-up on a second core, while the till's modules load.

On Linux, Qt finds fonts through fontconfig, whose first use reads the system's font
configuration (a few dozen XML files) and its font caches: about 24 M instructions, 5 ms on
this project's two-core test machine. A window with no text never pays it; the till's first
screen pays it right before its first paint, on the GUI thread. Started at the top of the
start-up (`pos_app/__main__.py`, `_run_gui`, once a display is known to be there),
fontconfig's initialisation runs on another core while the interpreter imports PySide6 and
the window's modules (tens of milliseconds that hold Python's lock but never fontconfig's);
Qt's own `FcInit` later finds the work done.

Safe to race: fontconfig (2.11 and later) makes its configuration once and publishes it with
an atomic compare-and-swap, so if Qt asks before the helper has finished, both load one and
one is dropped: a few milliseconds lost, never a wrong font. Older fontconfigs, and every
platform whose Qt finds fonts another way (Windows, macOS), are left alone.

Only the interpreter's foreign-function core (`_ctypes`, a fraction of a millisecond) is
loaded for it, not the ctypes package (about 2 ms: tests/test_startup_guard.py keeps it out
of the window's start, tests/test_font_warmup.py out of this).
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING, Any, cast

if TYPE_CHECKING:
    from ctypes import CDLL

__all__ = ["THREAD_SAFE_FONTCONFIG", "warm_font_configuration"]

#: The first fontconfig whose initialisation is thread-safe (2.11.0, as FcGetVersion says it).
THREAD_SAFE_FONTCONFIG = 21100
#: The library Qt's Linux builds link against (its soname: the one Qt's import will reuse).
FONTCONFIG_LIBRARY = "libfontconfig.so.1"
_RTLD_NOW = 0x2


def warm_font_configuration(library: str = FONTCONFIG_LIBRARY) -> bool:
    """Start fontconfig's initialisation on a helper thread; True when it was started.

    Never raises: a till without fontconfig, or with one too old to share, starts as it
    would have without this (Qt initialises fontconfig itself when it needs fonts).
    """
    if not sys.platform.startswith("linux"):
        return False
    try:
        import _ctypes
        import _thread

        class _CFunction(_ctypes.CFuncPtr):
            # A C function returning int, called with Python's lock released.
            _flags_ = _ctypes.FUNCFLAG_CDECL

        class _Library:
            # What a foreign function is looked up in: an object with the handle.
            def __init__(self, handle: int) -> None:
                self._handle = handle

        # Looked up in as a CDLL would be (its handle is all a function's lookup reads).
        fontconfig = cast("CDLL", _Library(_ctypes.dlopen(library, _RTLD_NOW)))
        version: Any = _CFunction(("FcGetVersion", fontconfig))()
        if not isinstance(version, int) or version < THREAD_SAFE_FONTCONFIG:
            return False
        _thread.start_new_thread(_CFunction(("FcInit", fontconfig)), ())
    except Exception:  # no FFI, no library, no thread: Qt does it on its own later
        return False
    return True
