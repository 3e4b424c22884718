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


_KEY_RE = re.compile(r"^(sk|rk|pk)_(test|live)_[A-Za-z0-9_]{1,247}$")
_KINDS = {"sk": KeyKind.SECRET, "rk": KeyKind.RESTRICTED, "pk": KeyKind.PUBLISHABLE}
# Anything that looks like a Stripe key, wherever it appears in a text, with or without its
# mode part (the emulators accept keys such as ``sk_abc``): a key never reaches a log or a
# message (docs/stripe.md §7). Compiled (and cached by `re`) when a text could hold one: the
# start-up's log lines never do.
_KEY_ANYWHERE = r"\b((?:sk|rk|pk)_(?:test_|live_)?)[A-Za-z0-9_*]+"


def key_kind(key: str) -> KeyKind | None:
    """The kind of a well-formed Stripe API key, or None when it is not one."""
    match = _KEY_RE.match(key.strip())
    return _KINDS[match.group(1)] if match else None


def mode_for_key(key: str) -> Mode:
    """TEST or LIVE from the key prefix (docs/stripe.md §6: the key decides the mode)."""
    match = _KEY_RE.match(key.strip())
    if match is None:
        raise ValueError("not a Stripe API key")
    return Mode.LIVE if match.group(2) == "live" else Mode.TEST


def redact_keys(text: str) -> str:
    """Replace every key-shaped substring by its prefix and asterisks (``sk_test_****``)."""
    if "k_" not in text:  # every key starts sk_, rk_ or pk_
        return text
    return re.sub(_KEY_ANYWHERE, lambda m: f"{m.group(1)}****", text)
