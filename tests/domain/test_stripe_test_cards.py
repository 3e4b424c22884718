"""Stripe's test cards as the till and its sandbox read them."""

from __future__ import annotations

import pytest

from pos_app.domain.cards import Brand, brand_of, luhn_valid
from pos_app.domain.stripe_test_cards import STRIPE_TEST_CARDS, stripe_test_card


@pytest.mark.parametrize(
    ("number", "brand"),
    [
        ("4242424242424242", Brand.VISA),
        ("5555555555554444", Brand.MASTERCARD),
        ("378282246310005", Brand.AMEX),
        ("6011111111111117", Brand.DISCOVER),
        ("3056930009020004", Brand.DINERS),
        ("3566002020360505", Brand.JCB),
        ("6200000000000005", Brand.UNIONPAY),
    ],
)
def test_each_brand_test_card_has_its_brand_and_token(number: str, brand: Brand) -> None:
    card = stripe_test_card(number)
    assert card is not None and card.decline is None
    assert luhn_valid(number) and brand_of(number) is brand
    assert card.token.startswith("tok_")


def test_every_test_number_is_a_valid_card_number() -> None:
    assert all(luhn_valid(number) for number in STRIPE_TEST_CARDS)


@pytest.mark.parametrize(
    ("number", "token", "code", "decline_code"),
    [
        ("4000000000000002", "tok_chargeDeclined", "card_declined", "generic_decline"),
        (
            "4000000000009995",
            "tok_chargeDeclinedInsufficientFunds",
            "card_declined",
            "insufficient_funds",
        ),
        ("4000000000000069", "tok_chargeDeclinedExpiredCard", "expired_card", "expired_card"),
        ("4000000000000127", "tok_chargeDeclinedIncorrectCvc", "incorrect_cvc", "incorrect_cvc"),
    ],
)
def test_declining_cards_carry_stripes_codes(
    number: str, token: str, code: str, decline_code: str
) -> None:
    card = stripe_test_card(number)
    assert card is not None and card.token == token and card.decline is not None
    assert (card.decline.code, card.decline.decline_code) == (code, decline_code)


def test_only_the_attach_then_fail_card_can_be_saved() -> None:
    attach_ok = [
        n for n, c in STRIPE_TEST_CARDS.items() if c.decline and not c.decline.declines_on_attach
    ]
    assert attach_ok == ["4000000000000341"]


def test_a_real_looking_number_is_no_test_card() -> None:
    assert stripe_test_card("4111111111111111") is None


@pytest.mark.parametrize(
    ("spelling", "brand"),
    [
        ("American Express", Brand.AMEX),
        ("amex", Brand.AMEX),
        ("MasterCard", Brand.MASTERCARD),
        ("mastercard", Brand.MASTERCARD),
        ("Diners Club", Brand.DINERS),
        ("diners", Brand.DINERS),
        ("UnionPay", Brand.UNIONPAY),
        ("Cartes Bancaires", Brand.UNKNOWN),
        (None, Brand.UNKNOWN),
    ],
)
def test_both_of_stripes_brand_spellings_are_understood(spelling: object, brand: Brand) -> None:
    assert Brand.from_stripe(spelling) is brand


def test_brand_codes_are_stripes_lowercase_enum() -> None:
    assert [b.code for b in Brand] == [
        "visa", "mastercard", "amex", "discover", "diners", "jcb", "unionpay", "unknown",
    ]  # fmt: skip
