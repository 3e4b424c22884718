"""Money: the currency table, what a cashier types, what the till shows, Stripe's limits."""

from __future__ import annotations

import pytest

from pos_app.domain.errors import ValidationError
from pos_app.domain.money import (
    CURRENCY_EXPONENTS,
    Money,
    add,
    amount_step,
    check_chargeable,
    exponent,
    format_money,
    format_plain,
    format_with_code,
    from_keypad_digits,
    is_supported,
    minimum_charge,
    parse_amount,
    sub,
    total,
)


@pytest.mark.parametrize(
    ("currency", "expected"),
    [("usd", 2), ("EUR", 2), ("jpy", 0), ("krw", 0), ("ugx", 0), ("kwd", 3), ("bhd", 3),
     ("isk", 2), ("huf", 2), ("twd", 2), ("xyz", 2)],
)  # fmt: skip
def test_exponent_follows_stripe(currency: str, expected: int) -> None:
    assert exponent(currency) == expected


def test_table_covers_common_currencies_and_stripe_lists() -> None:
    assert len(CURRENCY_EXPONENTS) >= 40
    common = "usd eur gbp cad aud nzd chf sek nok dkk pln czk huf isk jpy krw twd hkd"
    assert all(is_supported(code) for code in common.split(" "))
    zero = "bif clp djf gnf jpy kmf krw mga pyg rwf ugx vnd vuv xaf xof xpf"
    assert all(CURRENCY_EXPONENTS[c] == 0 for c in zero.split(" "))
    assert not is_supported("xyz")


@pytest.mark.parametrize(
    ("currency", "step"), [("usd", 1), ("jpy", 1), ("kwd", 10), ("tnd", 10), ("isk", 100)]
)
def test_amount_step(currency: str, step: int) -> None:
    assert amount_step(currency) == step


@pytest.mark.parametrize(
    ("text", "currency", "amount"),
    [
        ("12.5", "usd", 1250),
        ("12,50", "eur", 1250),
        ("1 234,56", "eur", 123456),
        ("1\u00a0234,56", "eur", 123456),
        ("1\u202f234,56", "eur", 123456),
        ("1\u2009234,56", "eur", 123456),
        ("1'234.56", "chf", 123456),
        ("1’234.56", "chf", 123456),
        ("1,234.56", "usd", 123456),
        ("1.234,56", "eur", 123456),
        ("1.234.567,89", "eur", 123456789),
        ("1,234,567", "usd", 123456700),
        ("¥500", "jpy", 500),
        ("$12", "usd", 1200),
        ("€ 12,50", "eur", 1250),
        ("12,50 €", "eur", 1250),
        ("12.50 EUR", "eur", 1250),
        ("eur 12.50", "eur", 1250),
        ("  7  ", "gbp", 700),
        (".50", "usd", 50),
        ("0", "usd", 0),
        ("1,234", "jpy", 1234),  # one separator + three digits groups in JPY
        ("1,234", "usd", 123400),  # ... and in USD: 1,234.00, never 1.234
        ("1,234", "kwd", 1234),  # a three-decimal currency reads it as 1.234
        ("12.500 KWD", "kwd", 12500),
        ("1,23,456.50", "inr", 12345650),
        ("$5", "cad", 500),
        ("CA$5", "cad", 500),
        ("12,50 kr.", "dkk", 1250),
        ("5.000", "isk", 500000),
    ],
)
def test_parse_amount_reads_what_cashiers_type(text: str, currency: str, amount: int) -> None:
    assert parse_amount(text, currency) == Money(amount, currency)


@pytest.mark.parametrize(
    ("text", "currency", "message"),
    [
        ("", "usd", "Enter an amount"),
        ("   ", "usd", "Enter an amount"),
        ("-5", "usd", "cannot be negative"),
        ("$-5.00", "usd", "cannot be negative"),
        ("−5", "eur", "cannot be negative"),
        ("12.5055", "usd", "at most 2 decimals"),
        # A leading zero never groups: "0,005" is a mistyped decimal, not $5.00.
        ("0,005", "usd", "at most 2 decimals"),
        ("0.001", "eur", "at most 2 decimals"),
        ("12.5", "jpy", "no decimal places"),
        ("1.2345", "kwd", "at most 3 decimals"),
        ("€5", "usd", "not in USD"),
        ("5 GBP", "usd", "not in USD"),
        ("¥500", "usd", "not in USD"),
        ("abc", "usd", "such as 12.50"),
        ("12 50", "usd", "such as 12.50"),
        ("1.2.3,4,5", "usd", "such as 12.50"),
        ("12..5", "usd", "such as 12.50"),
        ("1e3", "usd", "such as 12.50"),
        ("١٢", "usd", "such as 12.50"),
        ("NaN", "usd", "such as 12.50"),
        ("9" * 20, "usd", "too large"),
    ],
)
def test_parse_amount_refuses_with_a_plain_message(text: str, currency: str, message: str) -> None:
    with pytest.raises(ValidationError) as info:
        parse_amount(text, currency)
    assert info.value.field == "amount"
    assert message in info.value.message


def test_parse_amount_refuses_an_invalid_currency_code() -> None:
    with pytest.raises(ValidationError) as info:
        parse_amount("12", "dollars")
    assert info.value.field == "currency"


@pytest.mark.parametrize(
    ("money", "shown"),
    [
        (Money(1250, "usd"), "$12.50"),
        (Money(123450, "usd"), "$1,234.50"),
        (Money(1250, "eur"), "€12.50"),
        (Money(30, "gbp"), "£0.30"),
        (Money(500, "jpy"), "¥500"),
        (Money(1234567, "jpy"), "¥1,234,567"),
        (Money(12500, "kwd"), "12.500 KWD"),
        (Money(1250, "sek"), "12.50 SEK"),
        (Money(1250, "cad"), "CA$12.50"),
        (Money(50000, "isk"), "500 ISK"),
        (Money(-1250, "usd"), "-$12.50"),
    ],
)
def test_format_money(money: Money, shown: str) -> None:
    assert format_money(money) == shown
    if money.amount >= 0:
        assert parse_amount(shown, money.currency) == money


@pytest.mark.parametrize(
    ("money", "plain", "coded"),
    [
        (Money(1250, "usd"), "12.50", "12.50 USD"),
        (Money(500, "jpy"), "500", "500 JPY"),
        (Money(12500, "kwd"), "12.500", "12.500 KWD"),
        (Money(5, "usd"), "0.05", "0.05 USD"),
        (Money(123456, "eur"), "1234.56", "1,234.56 EUR"),
    ],
)
def test_format_plain_and_with_code(money: Money, plain: str, coded: str) -> None:
    assert format_plain(money) == plain
    assert format_with_code(money) == coded
    assert parse_amount(plain, money.currency) == money
    assert parse_amount(coded, money.currency) == money


@pytest.mark.parametrize(
    ("digits", "currency", "amount"),
    [("1", "usd", 1), ("1250", "usd", 1250), ("", "usd", 0), ("007", "eur", 7),
     ("500", "jpy", 500), ("500", "isk", 50000), ("1250", "kwd", 1250)],
)  # fmt: skip
def test_keypad_fills_from_the_right(digits: str, currency: str, amount: int) -> None:
    assert from_keypad_digits(digits, currency) == Money(amount, currency)


@pytest.mark.parametrize("digits", ["12a", "1.5", "-1", "٣"])
def test_keypad_refuses_anything_but_digits(digits: str) -> None:
    with pytest.raises(ValidationError) as info:
        from_keypad_digits(digits, "usd")
    assert info.value.field == "amount"


@pytest.mark.parametrize(
    ("money", "message"),
    [
        (Money(0, "usd"), "greater than zero"),
        (Money(-100, "usd"), "greater than zero"),
        (Money(49, "usd"), "The minimum card charge is $0.50"),
        (Money(29, "gbp"), "The minimum card charge is £0.30"),
        (Money(249, "dkk"), "The minimum card charge is 2.50 DKK"),
        (Money(49, "jpy"), "The minimum card charge is ¥50"),
        (Money(999, "mxn"), "The minimum card charge is MX$10.00"),
        (Money(100_000_000, "usd"), "The maximum card charge is $999,999.99"),
        (Money(100_000_000, "jpy"), "The maximum card charge is ¥99,999,999"),
        (Money(12345, "kwd"), "multiple of 0.010 KWD"),
        (Money(5050, "isk"), "multiple of 1 ISK"),
    ],
)
def test_check_chargeable_refuses(money: Money, message: str) -> None:
    with pytest.raises(ValidationError) as info:
        check_chargeable(money)
    assert info.value.field == "amount"
    assert message in info.value.message


@pytest.mark.parametrize(
    "money",
    [Money(50, "usd"), Money(30, "gbp"), Money(50, "jpy"), Money(99_999_999, "usd"),
     Money(500, "kwd"), Money(5000, "isk"), Money(17500, "huf"), Money(1, "vnd")],
)  # fmt: skip
def test_check_chargeable_accepts(money: Money) -> None:
    check_chargeable(money)


def test_minimum_without_a_published_figure_is_about_half_a_unit() -> None:
    assert minimum_charge("zar") == 50
    assert minimum_charge("kwd") == 500
    assert minimum_charge("vnd") == 1
    assert minimum_charge("isk") == 100


def test_arithmetic_refuses_mixed_currencies() -> None:
    assert add(Money(100, "usd"), Money(25, "usd")) == Money(125, "usd")
    assert sub(Money(100, "usd"), Money(25, "usd")) == Money(75, "usd")
    assert total([Money(1, "eur"), Money(2, "eur")], "eur") == Money(3, "eur")
    assert total([], "EUR") == Money.zero("eur") == Money(0, "eur")
    with pytest.raises(ValueError):
        add(Money(100, "usd"), Money(100, "eur"))
    with pytest.raises(ValueError):
        sub(Money(100, "usd"), Money(100, "eur"))
    with pytest.raises(ValueError):
        total([Money(1, "usd")], "eur")
