"""Whether this session has a screen the till's window can be shown on.

Asked by every start of the GUI before anything of Qt is loaded, so it lives apart from
the commands (`pos_app/cli.py`), whose module the window's start-up has no other use for.
"""

from __future__ import annotations

import sys
from collections.abc import Mapping

__all__ = ["has_display"]


def has_display(env: Mapping[str, str]) -> bool:
    """False on a Linux box with no X11/Wayland display and no Qt platform chosen."""
    if not sys.platform.startswith("linux") or env.get("QT_QPA_PLATFORM"):
        return True
    return bool(env.get("DISPLAY") or env.get("WAYLAND_DISPLAY"))
