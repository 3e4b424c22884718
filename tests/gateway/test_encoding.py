"""Form encoding matches what stripe-python puts on the wire (docs/stripe.md §1.3)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest

from pos_app.gateway.encoding import encode_params, form_encode


def test_charge_body_matches_the_verified_stripe_python_wire_text() -> None:
    pairs = encode_params(
        {
            "amount": 1050,
            "currency": "usd",
            "customer": "cus_123",
            "description": "Order #12 & co",
            "metadata": {"order_id": "A-1001", "note": ""},
            "capture": True,
            "expand": ["customer", "balance_transaction"],
            "receipt_email": None,
        }
    )
    assert form_encode(pairs) == (
        "amount=1050&currency=usd&customer=cus_123&description=Order+%2312+%26+co"
        "&metadata[order_id]=A-1001&metadata[note]=&capture=true"
        "&expand[0]=customer&expand[1]=balance_transaction"
    )


def test_list_window_is_nested_and_none_is_left_out() -> None:
    pairs = encode_params(
        {"created": {"gte": 1700000000, "lt": 1700086400, "gt": None}, "limit": 100, "x": None}
    )
    assert pairs == [
        ("created[gte]", "1700000000"),
        ("created[lt]", "1700086400"),
        ("limit", "100"),
    ]


def test_booleans_are_words_and_nested_lists_are_indexed() -> None:
    pairs = encode_params({"capture": False, "items": [{"price": "p_1", "qty": 2}]})
    assert pairs == [("capture", "false"), ("items[0][price]", "p_1"), ("items[0][qty]", "2")]


def test_aware_datetimes_become_unix_seconds() -> None:
    moment = datetime(2023, 11, 14, 22, 13, 20, tzinfo=UTC)
    local = moment.astimezone(timezone(timedelta(hours=2)))
    assert encode_params({"a": moment, "b": local}) == [("a", "1700000000"), ("b", "1700000000")]


def test_floats_and_naive_datetimes_are_refused() -> None:
    with pytest.raises(TypeError, match="amount"):
        encode_params({"amount": 10.5})
    with pytest.raises(ValueError, match="created"):
        encode_params({"created": datetime(2024, 1, 1)})


def test_brackets_stay_literal_but_reserved_characters_are_escaped() -> None:
    text = form_encode(encode_params({"metadata": {"note": "a=b&c"}}))
    assert text == "metadata[note]=a%3Db%26c"
