"""The sandbox's reading of Stripe's test card numbers (brands via pos_app.domain.cards)."""

from __future__ import annotations

import pytest

from pos_app.domain.cards import Brand, brand_of, luhn_valid
from pos_app.sandbox.testcards import decline_for, wire_brand


@pytest.mark.parametrize(
    ("number", "brand"),
    [
        ("4242424242424242", Brand.VISA),
        ("5555555555554444", Brand.MASTERCARD),
        ("2223003122003222", Brand.MASTERCARD),
        ("378282246310005", Brand.AMEX),
        ("6011111111111117", Brand.DISCOVER),
        ("3056930009020004", Brand.DINERS),
        ("3566002020360505", Brand.JCB),
        ("6200000000000005", Brand.UNIONPAY),
        ("9999999999999995", Brand.UNKNOWN),
    ],
)
def test_each_test_card_has_its_brand(number: str, brand: Brand) -> None:
    assert luhn_valid(number)
    assert brand_of(number) is brand


@pytest.mark.parametrize("number", ["4242424242424241", "4242424242424243", "42424242x4242424"])
def test_a_mistyped_number_fails_luhn(number: str) -> None:
    assert not luhn_valid(number)


def test_wire_brands_are_stripes_lowercase_enum() -> None:
    assert [wire_brand(b.value) for b in Brand] == [
        "visa", "mastercard", "amex", "discover", "diners", "jcb", "unionpay", "unknown",
    ]  # fmt: skip


def test_only_the_attach_then_fail_card_attaches() -> None:
    assert decline_for("4242424242424242") is None
    assert decline_for("4000000000000002").declines_on_attach  # type: ignore[union-attr]
    assert not decline_for("4000000000000341").declines_on_attach  # type: ignore[union-attr]
