"""Property-based checks of money and card handling over generated input."""

from __future__ import annotations

import re
from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from pos_app.domain.cards import (
    Brand,
    CardDetails,
    SwipeData,
    brand_of,
    group_pan,
    last4,
    looks_like_swipe,
    luhn_valid,
    mask_last4,
    normalize_pan,
    parse_expiry,
    parse_swipe,
    spec_for,
    validate_card_input,
    validate_cvc,
)
from pos_app.domain.errors import ValidationError
from pos_app.domain.money import (
    CURRENCY_EXPONENTS,
    MAX_CHARGE_AMOUNT,
    Money,
    check_chargeable,
    format_money,
    format_plain,
    format_with_code,
    from_keypad_digits,
    parse_amount,
)

CURRENCIES = st.sampled_from(sorted(CURRENCY_EXPONENTS))
AMOUNTS = st.integers(min_value=0, max_value=10**12 - 1)  # parse_amount caps at 12 digits
# Text near what a cashier or a reader types, plus anything at all.
NUMBERISH = st.text(alphabet="0123456789.,' \u00a0\u202f-−$€£¥kr%B^/=?;", max_size=30)
ANY_TEXT = st.one_of(st.text(max_size=40), NUMBERISH)
TODAY = date(2025, 6, 15)

# Prefixes per brand (one per IIN range) and the lengths to generate.
PREFIXES: dict[Brand, list[str]] = {
    Brand.VISA: ["4"],
    Brand.MASTERCARD: ["51", "55", "2221", "2720", "2500"],
    Brand.AMEX: ["34", "37"],
    Brand.DISCOVER: ["6011", "644", "649", "65"],
    Brand.DINERS: ["36", "300", "305", "3095", "38", "39"],
    Brand.JCB: ["3528", "3589"],
    Brand.UNIONPAY: ["62", "81"],
}


def _with_check_digit(body: str) -> str:
    for digit in "0123456789":
        if luhn_valid(body + digit):
            return body + digit
    raise AssertionError("a check digit always exists")


@st.composite
def pans(draw: st.DrawFn, brand: Brand | None = None) -> tuple[Brand, str]:
    chosen = brand or draw(st.sampled_from(sorted(PREFIXES, key=lambda b: b.value)))
    prefix = draw(st.sampled_from(PREFIXES[chosen]))
    length = draw(st.sampled_from(sorted(spec_for(chosen).lengths)))
    body = draw(st.text("0123456789", min_size=length - 1 - len(prefix)))
    return chosen, _with_check_digit(prefix + body[: length - 1 - len(prefix)])


def _max_digit_run(text: str) -> int:
    return max((len(run) for run in re.findall(r"\d+", text)), default=0)


@given(AMOUNTS, CURRENCIES)
def test_plain_formatting_round_trips(amount: int, currency: str) -> None:
    money = Money(amount, currency)
    assert parse_amount(format_plain(money), currency) == money


@given(AMOUNTS, CURRENCIES)
def test_display_formatting_round_trips(amount: int, currency: str) -> None:
    money = Money(amount, currency)
    assert parse_amount(format_money(money), currency) == money
    assert parse_amount(format_with_code(money), currency) == money


@given(ANY_TEXT, CURRENCIES)
def test_parse_amount_only_ever_raises_validation_errors(text: str, currency: str) -> None:
    try:
        money = parse_amount(text, currency)
    except ValidationError as exc:
        assert exc.field == "amount"
        assert exc.message
    else:
        assert money.currency == currency and money.amount >= 0


@given(st.text("0123456789", max_size=12), CURRENCIES)
def test_keypad_digits_never_lose_a_digit(digits: str, currency: str) -> None:
    money = from_keypad_digits(digits, currency)
    assert money.amount >= int(digits or "0")


@given(st.integers(min_value=-(10**9), max_value=10**9), CURRENCIES)
def test_check_chargeable_names_the_amount(amount: int, currency: str) -> None:
    try:
        check_chargeable(Money(amount, currency))
    except ValidationError as exc:
        assert exc.field == "amount"
    else:
        assert 0 < amount <= MAX_CHARGE_AMOUNT


@given(pans())
def test_generated_pans_pass_luhn_and_show_their_brand(case: tuple[Brand, str]) -> None:
    brand, pan = case
    assert luhn_valid(pan)
    assert brand_of(pan) is brand
    assert group_pan(pan).replace(" ", "") == pan
    assert last4(pan) == pan[-4:]
    assert validate_card_input(pan, "12/30", "1" * spec_for(brand).cvc_length, today=TODAY) == {}


@given(pans(), st.text("0123456789", min_size=3, max_size=4))
def test_repr_never_shows_the_number_or_the_cvc(case: tuple[Brand, str], cvc: str) -> None:
    _, pan = case
    card = CardDetails(pan, 12, 2030, cvc, "JANE ROE", "10115")
    other_cvc = CardDetails(pan, 12, 2030, "000", "JANE ROE", "10115")
    swipe = SwipeData(pan, 12, 2030, "JANE ROE")
    for shown in (repr(card), str(card), f"{card}", repr(swipe), str(swipe), card.masked):
        assert pan not in shown
        assert _max_digit_run(shown) <= 4
    assert repr(card) == repr(other_cvc)  # the CVC has no part in what is shown


@given(ANY_TEXT)
def test_masking_never_shows_more_than_four_digits(text: str) -> None:
    masked = mask_last4(text)
    assert masked.startswith("•••• ")
    assert sum(c.isdigit() for c in masked) <= 4


@given(ANY_TEXT)
def test_card_functions_on_any_text_fail_only_with_a_named_field(text: str) -> None:
    assert isinstance(luhn_valid(text), bool)
    assert isinstance(brand_of(text), Brand)
    assert isinstance(looks_like_swipe(text), bool)
    checks = [
        ("number", normalize_pan),
        ("number", group_pan),
        ("number", last4),
        ("expiry", lambda t: parse_expiry(t, TODAY)),
        ("cvc", lambda t: validate_cvc(t, Brand.VISA)),
        ("swipe", parse_swipe),
    ]
    for field, check in checks:
        try:
            check(text)
        except ValidationError as exc:
            assert exc.field == field
    errors = validate_card_input(text, text, text, text, text, today=TODAY)
    assert set(errors) <= {"number", "expiry", "cvc", "postal_code", "name"}


@given(ANY_TEXT, ANY_TEXT)
def test_card_details_from_any_text_raises_a_named_validation_error(number: str, cvc: str) -> None:
    try:
        card = CardDetails.from_input(number, "12/30", cvc, today=TODAY)
    except ValidationError as exc:
        assert exc.field in {"number", "expiry", "cvc", "postal_code", "name"}
        digits = re.sub(r"\D", "", number)
        if len(digits) >= 6:
            assert digits not in str(exc)
    else:
        assert luhn_valid(card.number)


@given(
    pans(),
    st.integers(min_value=1, max_value=12),
    st.integers(min_value=0, max_value=99),
    st.from_regex(r"[A-Z]{1,10}/[A-Z]{1,10}", fullmatch=True),
    st.sampled_from(["t1", "t2", "both"]),
    st.sampled_from(["", "\n", "\r\n"]),
)
def test_track_data_from_generated_pans_parses_back(
    case: tuple[Brand, str], month: int, yy: int, name: str, tracks: str, end: str
) -> None:
    _, pan = case
    track1 = f"%B{pan}^{name}^{yy:02d}{month:02d}1010000000?"
    track2 = f";{pan}={yy:02d}{month:02d}10100000?"
    text = {"t1": track1, "t2": track2, "both": track1 + track2}[tracks] + end
    assert looks_like_swipe(text)
    swipe = parse_swipe(text)
    assert (swipe.number, swipe.exp_month, swipe.exp_year) == (pan, month, 2000 + yy)
    surname, given_name = name.split("/")
    assert swipe.name == ("" if tracks == "t2" else f"{given_name} {surname}")
    assert pan not in repr(swipe)
