"""JSON text read with the interpreter's own scanner, without importing the json package.

The settings are read before the till's first paint, and importing `json` compiles the six
regular expressions of its decoder and encoder there (about 5 M instructions, more than
reading the file). `_json.make_scanner` is the scanner `json.loads` itself runs; this module
only skips the whitespace around the document as json does. Anything the scanner does not
accept as one whole document is handed to `json.loads`, so a damaged file fails with json's
own error and message, and `json` is imported where a file is written.
"""

from __future__ import annotations

from typing import Any

__all__ = ["loads"]

_WHITESPACE = " \t\n\r"


class _Options:
    """The options `json.loads` passes its scanner by default."""

    strict = True
    object_hook = None
    object_pairs_hook = None
    parse_float = float
    parse_int = int
    # NaN and the infinities, as json reads them.
    parse_constant = {
        "NaN": float("nan"),
        "Infinity": float("inf"),
        "-Infinity": float("-inf"),
    }.__getitem__


try:
    from _json import make_scanner as _make_scanner
except ImportError:  # an interpreter without the C scanner: json does it all
    _scan = None
else:
    # The scanner reads its options as attributes; typeshed names json's decoder class.
    _scan = _make_scanner(_Options())  # type: ignore[arg-type]


def loads(text: str) -> Any:
    """What `json.loads(text)` returns, and the same error when it raises."""
    if _scan is not None:
        start = len(text) - len(text.lstrip(_WHITESPACE))
        try:
            value, end = _scan(text, start)
        except (StopIteration, ValueError, RecursionError):
            pass
        else:
            if not text[end:].strip(_WHITESPACE):
                return value
    import json

    return json.loads(text)
