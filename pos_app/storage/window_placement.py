"""window.json: where the till's window was when it was last closed (domain/placement.py).

Read before the first paint, written when the window closes. It is the window's look, not the
shop's data: a file that is missing, damaged or from another version gives None (the window
then opens maximized, as on the first morning) and is overwritten at the next close, never
moved aside or reported. For the same reason it is replaced atomically but not fsynced: a
power cut may cost the window's last size, never a half-written file.
"""

from __future__ import annotations

import logging
from pathlib import Path

from pos_app.domain.placement import WindowPlacement
from pos_app.storage.json_text import loads

__all__ = ["WindowPlacementStore"]

log = logging.getLogger(__name__)

_VERSION = 1
#: Beyond any screen made: a larger number is a damaged file, not a window.
_LIMIT = 100_000


def _number(data: dict[str, object], name: str, low: int) -> int:
    value = data[name]
    if type(value) is not int or not low <= value <= _LIMIT:
        raise ValueError(f"{name} is not a whole number from {low} to {_LIMIT}")
    return value


class WindowPlacementStore:
    """Reads and replaces window.json."""

    def __init__(self, path: Path) -> None:
        self._path = Path(path)

    def load(self) -> WindowPlacement | None:
        """The placement last saved, or None when there is none that reads well."""
        try:
            text = self._path.read_text(encoding="utf-8")
        except FileNotFoundError:
            return None
        except (OSError, UnicodeDecodeError) as exc:
            log.warning("window placement unreadable, the window opens maximized: %s", exc)
            return None
        try:
            data = loads(text)
            if not isinstance(data, dict) or data.get("version") != _VERSION:
                raise ValueError("not a version 1 window placement")
            flags = data["maximized"], data["full_screen"]
            if not all(type(flag) is bool for flag in flags):
                raise ValueError("maximized and full_screen are not true or false")
            return WindowPlacement(
                _number(data, "x", -_LIMIT),
                _number(data, "y", -_LIMIT),
                _number(data, "width", 1),
                _number(data, "height", 1),
                maximized=flags[0],
                full_screen=flags[1],
            )
        except (ValueError, KeyError) as exc:
            log.warning("window placement damaged, the window opens maximized: %s", exc)
            return None

    def save(self, placement: WindowPlacement) -> None:
        """Replace the file with `placement` (all or nothing); OSError when it cannot be."""
        import json  # here: reading needs none of it (storage/json_text.py)

        from pos_app.storage.atomic_file import replace_text

        text = json.dumps(
            {
                "version": _VERSION,
                "x": placement.x,
                "y": placement.y,
                "width": placement.width,
                "height": placement.height,
                "maximized": placement.maximized,
                "full_screen": placement.full_screen,
            },
            indent=2,
        )
        replace_text(self._path, text + "\n", durable=False)
