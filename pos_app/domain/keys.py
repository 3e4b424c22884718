"""Stripe API keys: their kinds, the TEST / LIVE / SANDBOX mode they imply, where they are sent,
and the one rule that keeps key-shaped text out of messages and logs."""

from __future__ import annotations

import re
from enum import Enum

__all__ = ["DEFAULT_API_BASE", "KeyKind", "Mode", "key_kind", "mode_for_key", "redact_keys"]

#: Stripe's API; paths are /v1/... below it, over HTTPS only (docs/stripe.md §1.1).
DEFAULT_API_BASE = "https://api.stripe.com"


class Mode(Enum):
    """What the till is connected to; shown in a badge at all times and printed on receipts."""

    TEST = "TEST"
    LIVE = "LIVE"
    SANDBOX = "SANDBOX"


class KeyKind(Enum):
    SECRET = "secret"
    RESTRICTED = "restricted"
    PUBLISHABLE = "publishable"


_KINDS = {"sk": KeyKind.SECRET, "rk": KeyKind.RESTRICTED, "pk": KeyKind.PUBLISHABLE}
# Anything that looks like a Stripe key, wherever it appears in a text, with or without its
# mode part (the emulators accept keys such as ``sk_abc``): a key never reaches a log or a
# message (docs/stripe.md §7). Compiled (and cached by `re`) when a text could hold one: the
# start-up's log lines never do.
_KEY_ANYWHERE = r"\b((?:sk|rk|pk)_(?:test_|live_)?)[A-Za-z0-9_*]+"
#: What may follow a key's mode: ASCII letters, digits and underscores.
_KEY_BODY = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_")


def _key_parts(key: str) -> tuple[str, str] | None:
    """("sk"|"rk"|"pk", "test"|"live") of a well-formed key (its kind, its mode, then 1 to 247
    letters, digits or underscores), else None.

    String tests rather than a regular expression: the till checks its keys before its first
    paint, and compiling a pattern there cost the start 0.2-0.3 ms (docs/benchmarks.md)."""
    kind, _, rest = key.partition("_")
    mode, separator, body = rest.partition("_")
    if kind not in _KINDS or mode not in ("test", "live") or not separator:
        return None
    if not 1 <= len(body) <= 247 or not _KEY_BODY.issuperset(body):
        return None
    return kind, mode


def key_kind(key: str) -> KeyKind | None:
    """The kind of a well-formed Stripe API key, or None when it is not one."""
    parts = _key_parts(key.strip())
    return _KINDS[parts[0]] if parts else None


def mode_for_key(key: str) -> Mode:
    """TEST or LIVE from the key prefix (docs/stripe.md §6: the key decides the mode)."""
    parts = _key_parts(key.strip())
    if parts is None:
        raise ValueError("not a Stripe API key")
    return Mode.LIVE if parts[1] == "live" else Mode.TEST


def redact_keys(text: str) -> str:
    """Replace every key-shaped substring by its prefix and asterisks (``sk_test_****``)."""
    if "k_" not in text:  # every key starts sk_, rk_ or pk_
        return text
    return re.sub(_KEY_ANYWHERE, lambda m: f"{m.group(1)}****", text)
