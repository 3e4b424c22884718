"""Stripe's form encoding of nested parameters, as a pure function (docs/stripe.md §1.3)."""

from __future__ import annotations

import enum
from collections.abc import Mapping, Sequence
from datetime import datetime
from urllib.parse import quote, urlencode

__all__ = ["created_window", "encode_params", "form_encode", "path_segment"]


def encode_params(params: Mapping[str, object]) -> list[tuple[str, str]]:
    """Flatten parameters into ordered form pairs the way stripe-python does.

    `None` is omitted, mappings nest as ``key[sub]``, sequences are indexed as ``key[0]``,
    booleans become ``true``/``false``, ints and aware datetimes become decimal strings.
    """
    pairs: list[tuple[str, str]] = []
    for key, value in params.items():
        _encode_value(str(key), value, pairs)
    return pairs


def form_encode(pairs: Sequence[tuple[str, str]]) -> str:
    """`application/x-www-form-urlencoded` text with literal brackets.

    stripe-python un-escapes ``%5B``/``%5D`` and Stripe accepts both (docs/stripe.md §1.3);
    literal brackets keep logs and tests readable.
    """
    return urlencode(list(pairs)).replace("%5B", "[").replace("%5D", "]")


def path_segment(identifier: str) -> str:
    """A path segment from an id: quoted so an id with "/" or "?" cannot leave its place."""
    if not identifier:
        raise ValueError("an empty id cannot name a Stripe object")
    return quote(identifier, safe="")


def created_window(gte: int | None, lt: int | None) -> dict[str, int] | None:
    window = {k: v for k, v in (("gte", gte), ("lt", lt)) if v is not None}
    return window or None


def _encode_value(key: str, value: object, pairs: list[tuple[str, str]]) -> None:
    if value is None:
        return
    if isinstance(value, bool):
        pairs.append((key, "true" if value else "false"))
    elif isinstance(value, int):
        pairs.append((key, str(value)))
    elif isinstance(value, str):
        pairs.append((key, value))
    elif isinstance(value, enum.Enum):
        _encode_value(key, value.value, pairs)
    elif isinstance(value, datetime):
        if value.tzinfo is None:
            raise ValueError(f"{key}: a naive datetime has no defined Unix time")
        pairs.append((key, str(int(value.timestamp()))))
    elif isinstance(value, Mapping):
        for sub_key, sub_value in value.items():
            _encode_value(f"{key}[{sub_key}]", sub_value, pairs)
    elif isinstance(value, list | tuple):
        # Indexed arrays, as stripe-python sends them (docs/stripe.md §1.3).
        for index, item in enumerate(value):
            _encode_value(f"{key}[{index}]", item, pairs)
    elif isinstance(value, float):
        # Amounts are integer minor units; a float here is a bug upstream.
        raise TypeError(f"{key}: floats are not sent to Stripe")
    else:
        raise TypeError(f"{key}: cannot encode a {type(value).__name__}")
