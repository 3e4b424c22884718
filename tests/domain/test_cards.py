"""Cards: Luhn, brands, grouping, masking, expiry, CVC and validating what was keyed."""

from __future__ import annotations

from datetime import date

import pytest

from pos_app.domain.cards import (
    Brand,
    CardDetails,
    brand_of,
    group_pan,
    last4,
    luhn_valid,
    mask_last4,
    normalize_pan,
    parse_expiry,
    spec_for,
    validate_card_input,
    validate_cvc,
)
from pos_app.domain.errors import ValidationError

TODAY = date(2025, 6, 15)

# Stripe's test numbers (docs/stripe.md §6) and the brand each must show.
STRIPE_TEST_CARDS = [
    ("4242424242424242", Brand.VISA),
    ("4000056655665556", Brand.VISA),
    ("5555555555554444", Brand.MASTERCARD),
    ("2223003122003222", Brand.MASTERCARD),
    ("378282246310005", Brand.AMEX),
    ("371449635398431", Brand.AMEX),
    ("6011111111111117", Brand.DISCOVER),
    ("6011000990139424", Brand.DISCOVER),
    ("3056930009020004", Brand.DINERS),
    ("36227206271667", Brand.DINERS),
    ("3566002020360505", Brand.JCB),
    ("6200000000000005", Brand.UNIONPAY),
    ("4000000000000002", Brand.VISA),
    ("4000000000009995", Brand.VISA),
]


@pytest.mark.parametrize(("number", "brand"), STRIPE_TEST_CARDS)
def test_stripe_test_numbers_pass_luhn_and_show_their_brand(number: str, brand: Brand) -> None:
    assert luhn_valid(number)
    assert brand_of(number) is brand
    assert len(number) in spec_for(brand).lengths


@pytest.mark.parametrize("number", ["4242424242424241", "", "4", "4242 4242 4242 4242", "abcd"])
def test_luhn_refuses(number: str) -> None:
    assert not luhn_valid(number)


@pytest.mark.parametrize(
    ("prefix", "brand"),
    [("4", Brand.VISA), ("5", Brand.UNKNOWN), ("51", Brand.MASTERCARD), ("56", Brand.UNKNOWN),
     ("222", Brand.UNKNOWN), ("2221", Brand.MASTERCARD), ("2720", Brand.MASTERCARD),
     ("2721", Brand.UNKNOWN), ("3", Brand.UNKNOWN), ("34", Brand.AMEX), ("37", Brand.AMEX),
     ("30", Brand.UNKNOWN), ("305", Brand.DINERS), ("306", Brand.UNKNOWN),
     ("3095", Brand.DINERS), ("38", Brand.DINERS), ("35", Brand.UNKNOWN), ("3528", Brand.JCB),
     ("3589", Brand.JCB), ("3590", Brand.UNKNOWN), ("6011", Brand.DISCOVER),
     ("644", Brand.DISCOVER), ("65", Brand.DISCOVER), ("62", Brand.UNIONPAY),
     ("81", Brand.UNIONPAY), ("", Brand.UNKNOWN), ("4x", Brand.UNKNOWN),
     ("4242 42", Brand.VISA)],
)  # fmt: skip
def test_brand_of_partial_numbers(prefix: str, brand: Brand) -> None:
    assert brand_of(prefix) is brand


def test_specs() -> None:
    assert spec_for(Brand.AMEX).cvc_length == 4
    assert spec_for(Brand.AMEX).groups == (4, 6, 5)
    assert spec_for(Brand.VISA).lengths == frozenset({13, 16, 19})
    assert spec_for(Brand.MASTERCARD).lengths == frozenset({16})
    assert spec_for(Brand.UNKNOWN).accepted_cvc_lengths == frozenset({3, 4})
    assert spec_for(Brand.VISA).accepted_cvc_lengths == frozenset({3})


@pytest.mark.parametrize(
    ("typed", "shown"),
    [
        ("4242424242424242", "4242 4242 4242 4242"),
        ("378282246310005", "3782 822463 10005"),
        ("3782822", "3782 822"),
        ("36227206271667", "3622 720627 1667"),
        ("3056930009020004", "3056 9300 0902 0004"),
        ("4242424242424242123", "4242 4242 4242 4242 123"),
        ("4242-4242 42", "4242 4242 42"),
        ("", ""),
    ],
)
def test_group_pan_as_the_brand_prints_it(typed: str, shown: str) -> None:
    assert group_pan(typed) == shown


def test_normalize_pan() -> None:
    assert normalize_pan(" 4242-4242 4242\u00a04242 ") == "4242424242424242"
    for bad, message in [("", "Enter the card number"), ("4242x", "only digits")]:
        with pytest.raises(ValidationError) as info:
            normalize_pan(bad)
        assert info.value.field == "number"
        assert message in info.value.message


def test_masking_shows_only_the_last_four() -> None:
    assert mask_last4("4242") == "•••• 4242"
    assert mask_last4("4242424242424242") == "•••• 4242"
    assert last4("4242 4242 4242 4242") == "4242"
    with pytest.raises(ValidationError):
        last4("42")


@pytest.mark.parametrize(
    ("text", "expected"),
    [("12/30", (12, 2030)), ("12/2030", (12, 2030)), ("1230", (12, 2030)),
     ("12 / 30", (12, 2030)), ("1/30", (1, 2030)), ("06/25", (6, 2025)), ("061925", None),
     ("06-27", (6, 2027)), ("122045", (12, 2045))],
)  # fmt: skip
def test_parse_expiry(text: str, expected: tuple[int, int] | None) -> None:
    if expected is None:
        with pytest.raises(ValidationError):
            parse_expiry(text, TODAY)
    else:
        assert parse_expiry(text, TODAY) == expected


@pytest.mark.parametrize(
    ("text", "message"),
    [("05/25", "Expiry is in the past"), ("12/2024", "Expiry is in the past"),
     ("13/30", "01 to 12"), ("00/30", "01 to 12"), ("12/2046", "too far"), ("", "MM/YY"),
     ("1/2/3", "MM/YY"), ("123", "MM/YY")],
)  # fmt: skip
def test_parse_expiry_refuses(text: str, message: str) -> None:
    with pytest.raises(ValidationError) as info:
        parse_expiry(text, TODAY)
    assert info.value.field == "expiry"
    assert message in info.value.message


def test_validate_cvc() -> None:
    validate_cvc("123", Brand.VISA)
    validate_cvc("1234", Brand.AMEX)
    validate_cvc("1234", Brand.UNKNOWN)
    for cvc, brand, message in [
        ("1234", Brand.VISA, "CVC must be 3 digits"),
        ("123", Brand.AMEX, "CVC must be 4 digits"),
        ("12a", Brand.VISA, "CVC must be 3 digits"),
        ("12", Brand.UNKNOWN, "CVC must be 3 or 4 digits"),
    ]:
        with pytest.raises(ValidationError) as info:
            validate_cvc(cvc, brand)
        assert (info.value.field, info.value.message) == ("cvc", message)


def test_card_details_from_input_and_its_masked_repr() -> None:
    card = CardDetails.from_input(
        "4242 4242 4242 4242", "12/30", "123", name=" Jo ", postal_code="10115", today=TODAY
    )
    assert (card.number, card.exp_month, card.exp_year, card.cvc) == (
        "4242424242424242", 12, 2030, "123",
    )  # fmt: skip
    assert card.name == "Jo"
    assert card.brand is Brand.VISA
    assert card.last4 == "4242"
    assert card.masked == "VISA •••• 4242"
    assert repr(card) == str(card) == f"{card}" == "CardDetails(VISA •••• 4242, 12/30)"
    assert "424242" not in repr([card]) and "123" not in repr(card)


@pytest.mark.parametrize(
    ("number", "expiry", "cvc", "postal", "field", "message"),
    [
        ("4242424242424241", "12/30", "123", "", "number", "not valid"),
        ("4242 4242", "12/30", "123", "", "number", "incomplete"),
        ("42424242424242424242", "12/30", "123", "", "number", "wrong number of digits"),
        ("", "12/30", "123", "", "number", "Enter the card number"),
        ("4242424242424242", "01/20", "123", "", "expiry", "in the past"),
        ("378282246310005", "12/30", "123", "", "cvc", "4 digits"),
        ("4242424242424242", "12/30", "123", "<script>", "postal_code", "looks wrong"),
    ],
)
def test_card_details_from_input_names_the_first_bad_field(
    number: str, expiry: str, cvc: str, postal: str, field: str, message: str
) -> None:
    with pytest.raises(ValidationError) as info:
        CardDetails.from_input(number, expiry, cvc, postal_code=postal, today=TODAY)
    assert info.value.field == field
    assert message in info.value.message
    shown = f"{info.value!s} {info.value!r}"
    assert not number or normalize_pan(number) not in shown.replace(" ", "")
    assert cvc not in shown


def test_validate_card_input_reports_every_field_at_once() -> None:
    errors = validate_card_input(
        "4242424242424241", "13/30", "12", name="x" * 101, postal_code="@@", today=TODAY
    )
    assert set(errors) == {"number", "expiry", "cvc", "postal_code", "name"}
    assert validate_card_input("4242424242424242", "12/30", "123", today=TODAY) == {}
    assert "4242" not in " ".join(errors.values())
