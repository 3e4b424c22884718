"""Which texts the till takes for Stripe keys, and in which mode they put it."""

from __future__ import annotations

import pytest

from pos_app.domain.keys import KeyKind, Mode, key_kind, mode_for_key

BODY = "51Habc_DEF0123"


@pytest.mark.parametrize(
    ("key", "kind", "mode"),
    [
        (f"sk_test_{BODY}", KeyKind.SECRET, Mode.TEST),
        (f"rk_live_{BODY}", KeyKind.RESTRICTED, Mode.LIVE),
        (f"pk_test_{BODY}", KeyKind.PUBLISHABLE, Mode.TEST),
        # Pasted with the spaces or the line break around it that a copy picks up.
        (f"  sk_live_{BODY}\n", KeyKind.SECRET, Mode.LIVE),
        ("sk_test_" + "a" * 247, KeyKind.SECRET, Mode.TEST),
    ],
)
def test_a_well_formed_key_names_its_kind_and_mode(key: str, kind: KeyKind, mode: Mode) -> None:
    assert key_kind(key) is kind
    assert mode_for_key(key) is mode


@pytest.mark.parametrize(
    "key",
    [
        "",
        "sk_test_",  # nothing after the mode
        f"sk_{BODY}",  # no mode: an emulator's key, never a Stripe account's
        f"sk_prod_{BODY}",
        f"ak_test_{BODY}",
        f"SK_TEST_{BODY}",
        f"sk_test_{BODY}-x",
        f"sk_test_{BODY} x",  # a space inside the key
        f"sk_test_{BODY}\u00e9",  # a letter outside ASCII
        f"sk_test_{BODY}\nsk_test_{BODY}",  # two keys pasted at once
        "sk_test_" + "a" * 248,
    ],
)
def test_anything_else_is_not_a_key(key: str) -> None:
    assert key_kind(key) is None
    with pytest.raises(ValueError, match="not a Stripe API key"):
        mode_for_key(key)
