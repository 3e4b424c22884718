"""Money as int minor units plus a lowercase ISO currency; parsing and formatting at the edge."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from functools import cache
from types import MappingProxyType
from typing import TypeAlias

from .errors import ValidationError
from .i18n import translate
from .records import frozen_error

__all__ = [
    "CURRENCY_EXPONENTS",
    "MAX_CHARGE_AMOUNT",
    "MINIMUM_CHARGE",
    "AmountFormat",
    "Money",
    "add",
    "amount_step",
    "check_chargeable",
    "currency_markers",
    "display_symbol",
    "exponent",
    "format_money",
    "format_plain",
    "format_with_code",
    "from_keypad_digits",
    "is_currency_marker",
    "is_supported",
    "minimum_charge",
    "parse_amount",
    "sub",
    "too_many_decimals",
    "total",
    "whole_units_only",
]


_set = object.__setattr__


class Money:
    """An amount in the currency's minor unit (cents, yen, fils): never a float.

    Immutable, compared and hashed by value. Written out rather than a dataclass or a
    record (domain/records.py): the window's amount field needs it before the first paint,
    and reports make and compare it by the thousand.
    """

    __slots__ = ("amount", "currency")
    __match_args__ = ("amount", "currency")

    amount: int
    currency: str

    def __init__(self, amount: int, currency: str) -> None:
        if isinstance(amount, bool) or not isinstance(amount, int):
            raise TypeError("Money.amount must be an int of minor units")
        if currency != currency.lower() or len(currency) != 3:
            raise ValueError("Money.currency must be a lowercase ISO 4217 code")
        _set(self, "amount", amount)
        _set(self, "currency", currency)

    def __eq__(self, other: object) -> bool:
        if type(other) is not Money:
            return NotImplemented
        return self.amount == other.amount and self.currency == other.currency

    def __hash__(self) -> int:
        return hash((self.amount, self.currency))

    def __repr__(self) -> str:
        return f"Money(amount={self.amount!r}, currency={self.currency!r})"

    def __setattr__(self, name: str, value: object) -> None:
        raise frozen_error(f"cannot assign to field {name!r}")

    def __delattr__(self, name: str) -> None:
        raise frozen_error(f"cannot delete field {name!r}")

    def __reduce__(self) -> tuple[type[Money], tuple[int, str]]:
        return Money, (self.amount, self.currency)

    @classmethod
    def zero(cls, currency: str) -> Money:
        """Nothing, in `currency` (the start of a sum)."""
        return cls(0, currency.lower())


# Stripe's zero-decimal list (docs/stripe.md §4.6, docs.stripe.com/currencies#zero-decimal).
_ZERO_DECIMAL = "bif clp djf gnf jpy kmf krw mga pyg rwf ugx vnd vuv xaf xof xpf"
# Three-decimal currencies: the last digit must be 0 (docs/stripe.md §4.6).
_THREE_DECIMAL = "bhd jod kwd omr tnd"
# Common two-decimal presentment/settlement currencies. Special cases
# (docs.stripe.com/currencies#special-cases): ISK stays two-decimal in the API but "charged
# amounts must be evenly divisible by 100" since 2023-04-14 (support.stripe.com "Deprecation of
# fractional ISK charges and refunds"); HUF and TWD are zero-decimal for *payouts* only, charges
# may carry two decimals; UGX is on the zero-decimal list, its special case concerns payouts.
_TWO_DECIMAL = (
    "usd eur gbp cad aud nzd chf sek nok dkk isk pln czk huf ron bgn hkd sgd twd cny inr idr "
    "myr php thb ils aed sar qar egp mad ngn kes zar mxn brl cop pen ars uyu try uah gel kzt"
)

CURRENCY_EXPONENTS: Mapping[str, int] = MappingProxyType(
    {c: 2 for c in _TWO_DECIMAL.split()}
    | {c: 0 for c in _ZERO_DECIMAL.split()}
    | {c: 3 for c in _THREE_DECIMAL.split()}
)

# Smallest chargeable step in minor units, where it is not 1 (see the special cases above).
_STEPS: Mapping[str, int] = MappingProxyType({"isk": 100} | {c: 10 for c in _THREE_DECIMAL.split()})

# Stripe's published minimum charge per currency, in minor units
# (docs.stripe.com/currencies#minimum-and-maximum-charge-amounts; docs/stripe.md §4.6).
MINIMUM_CHARGE: Mapping[str, int] = MappingProxyType(
    {
        "usd": 50, "aed": 200, "aud": 50, "bgn": 100, "brl": 50, "cad": 50, "chf": 50,
        "czk": 1500, "dkk": 250, "eur": 50, "gbp": 30, "hkd": 400, "huf": 17500, "inr": 50,
        "jpy": 50, "mxn": 1000, "myr": 200, "nok": 300, "nzd": 50, "pln": 200, "ron": 200,
        "sek": 300, "sgd": 50, "thb": 1000,
    }
)  # fmt: skip

#: "The amount value supports up to eight digits" (docs/stripe.md §4.6).
MAX_CHARGE_AMOUNT = 99_999_999

# Prefix symbols used when formatting; other currencies are written "12.50 SEK".
_DISPLAY_SYMBOL: Mapping[str, str] = MappingProxyType(
    {
        "usd": "$", "eur": "€", "gbp": "£", "jpy": "¥", "cny": "CN¥", "krw": "₩", "inr": "₹",
        "cad": "CA$", "aud": "A$", "nzd": "NZ$", "hkd": "HK$", "sgd": "S$", "mxn": "MX$",
        "twd": "NT$", "brl": "R$", "ils": "₪", "php": "₱", "thb": "฿", "try": "₺", "ngn": "₦",
        "uah": "₴", "zar": "R",
    }
)  # fmt: skip

# Further symbols a cashier may type for a currency (besides its display symbol and ISO code).
_EXTRA_SYMBOLS: Mapping[str, tuple[str, ...]] = MappingProxyType(
    {
        "usd": ("US$",), "jpy": ("￥", "JP¥", "円"), "cny": ("¥", "￥", "元", "RMB"),
        "krw": ("￦", "원"), "inr": ("Rs", "Rs."), "cad": ("C$", "$"), "aud": ("AU$", "$"),
        "nzd": ("$",), "hkd": ("$",), "sgd": ("SG$", "$"), "mxn": ("$",), "twd": ("$",),
        "chf": ("Fr.", "SFr."), "sek": ("kr",), "nok": ("kr",), "dkk": ("kr.", "kr"),
        "isk": ("kr.", "kr"), "pln": ("zł",), "czk": ("Kč",), "huf": ("Ft",), "ron": ("lei",),
        "vnd": ("₫",),
    }
)  # fmt: skip


#: How an amount is written for people. The domain's own is `format_money`; the till's
#: screens and receipts use the shop's locale instead (ui/amounts.py, passed in by app.py),
#: so services that write amounts for people take one of these rather than choosing.
AmountFormat: TypeAlias = Callable[[Money], str]


def display_symbol(currency: str) -> str | None:
    """The symbol written before `currency`'s amounts ("$", "€"), None for "12.50 SEK"."""
    return _DISPLAY_SYMBOL.get(currency.lower())


def currency_markers(currency: str) -> frozenset[str]:
    """What may stand beside an amount in `currency` (casefolded): its symbols and code."""
    return _symbols_for(currency.lower()) | {currency.lower()}


def is_currency_marker(text: str) -> bool:
    """Whether `text` names some currency the till knows (a code or a symbol)."""
    folded = text.casefold()
    return folded in CURRENCY_EXPONENTS or any(folded == s.casefold() for s in _ALL_SYMBOLS)


def _symbols_for(currency: str) -> frozenset[str]:
    found = set(_EXTRA_SYMBOLS.get(currency, ()))
    if currency in _DISPLAY_SYMBOL:
        found.add(_DISPLAY_SYMBOL[currency])
    return frozenset(s.casefold() for s in found)


_ALL_SYMBOLS = sorted(
    {s for s in _DISPLAY_SYMBOL.values()} | {s for ss in _EXTRA_SYMBOLS.values() for s in ss},
    key=len,
    reverse=True,
)
_MARKER = "(?:" + "|".join(re.escape(s) for s in _ALL_SYMBOLS) + "|[A-Za-z]{3})"


@cache
def _marker_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The currency marker before and after a number. A marker is a whole word: "5 dollars"
    is garbage, not an amount in ARS. Compiled on first use: the caseless alternation of
    every symbol takes a few milliseconds, which the till's start (the module is imported
    before its window paints) does not need to spend."""
    return (
        re.compile(_MARKER + "(?![A-Za-z])", re.IGNORECASE),
        re.compile("(?<![A-Za-z])" + _MARKER + "$", re.IGNORECASE),
    )


_MINUS = "-\u2212\u2013"
_SPACES = " \u00a0\u202f\u2009"
_APOSTROPHES = "'\u2019"
# Compiled (and cached by `re`) when an amount is first read from text, after the first paint.
_NUMBER_CHARS = r"[0-9.,' ]*"


def _normal_currency(currency: str) -> str:
    code = currency.strip().lower()
    if not re.fullmatch("[a-z]{3}", code):
        raise ValidationError(
            "currency", translate("MoneyInput", "Choose a three-letter currency code such as USD")
        )
    return code


def exponent(currency: str) -> int:
    """Digits after the decimal point Stripe uses for `currency` (2 when not in the table)."""
    return CURRENCY_EXPONENTS.get(currency.lower(), 2)


def whole_units_only(currency: str) -> bool:
    """Stripe takes only whole units of this currency although its API has decimals (ISK)."""
    step: int = amount_step(currency)
    return step > 1 and step == 10 ** exponent(currency)


def amount_step(currency: str) -> int:
    """The minor-unit multiple every charge amount must be (10 for KWD, 100 for ISK, else 1)."""
    return _STEPS.get(currency.lower(), 1)


def is_supported(currency: str) -> bool:
    """Whether the till knows `currency` (its exponent, and so how to read and show it)."""
    return currency.lower() in CURRENCY_EXPONENTS


def add(a: Money, b: Money) -> Money:
    """a + b; ValueError when the currencies differ (never convert silently)."""
    if a.currency != b.currency:
        raise ValueError(f"cannot add {b.currency.upper()} to {a.currency.upper()}")
    return Money(a.amount + b.amount, a.currency)


def sub(a: Money, b: Money) -> Money:
    """a - b; ValueError when the currencies differ."""
    if a.currency != b.currency:
        raise ValueError(f"cannot subtract {b.currency.upper()} from {a.currency.upper()}")
    return Money(a.amount - b.amount, a.currency)


def total(items: Iterable[Money], currency: str) -> Money:
    """The sum of `items`, all in `currency` (zero when empty)."""
    result = Money.zero(currency)
    for item in items:
        result = add(result, item)
    return result


def _digits(m: Money, grouped: bool) -> str:
    exp = exponent(m.currency)
    whole, frac = divmod(abs(m.amount), 10**exp)
    text = f"{whole:,}" if grouped else str(whole)
    # ISK is charged in whole units though two-decimal in the API: show "500", not "500.00".
    whole_units = amount_step(m.currency) == 10**exp and frac == 0
    if exp and not whole_units:
        text += "." + str(frac).zfill(exp)
    return ("-" if m.amount < 0 else "") + text


def format_plain(m: Money) -> str:
    """The bare number, e.g. "12.50", "500", "12.500"; `parse_amount` reads it back exactly."""
    return _digits(m, grouped=False)


def format_money(m: Money) -> str:
    """For people: "$1,234.50", "€12.50", "¥500", "12.500 KWD"."""
    symbol = _DISPLAY_SYMBOL.get(m.currency)
    if symbol is None:
        return f"{_digits(m, grouped=True)} {m.currency.upper()}"
    text = _digits(m, grouped=True)
    return f"-{symbol}{text[1:]}" if text.startswith("-") else f"{symbol}{text}"


def format_with_code(m: Money) -> str:
    """Unambiguous across currencies, e.g. "1,234.50 USD" (reports, exports)."""
    return f"{_digits(m, grouped=True)} {m.currency.upper()}"


def _check_marker(marker: str, currency: str) -> None:
    folded = marker.casefold()
    if folded in _symbols_for(currency) or folded == currency:
        return
    if folded in CURRENCY_EXPONENTS or any(folded == s.casefold() for s in _ALL_SYMBOLS):
        raise ValidationError(
            "amount",
            translate("MoneyInput", "That amount is not in {currency}").format(
                currency=currency.upper()
            ),
        )
    raise ValidationError("amount", _example_message(currency))


def _example_message(currency: str) -> str:
    # "12.50", "1250" (JPY), "12.500" (KWD).
    example = format_plain(Money(1250 * 10 ** max(exponent(currency) - 2, 0), currency))
    return translate("MoneyInput", "Type an amount such as {example}").format(example=example)


def _strip_markers(text: str, currency: str) -> tuple[str, bool]:
    """Remove currency symbols/codes and minus signs around the number."""
    s, negative = text.strip(), False
    prefix, suffix = _marker_patterns()
    if s[:1] and s[0] in _MINUS:
        negative, s = True, s[1:].lstrip()
    match = prefix.match(s)
    if match:
        _check_marker(match.group(0), currency)
        s = s[match.end() :].lstrip()
    if s[:1] and s[0] in _MINUS:
        negative, s = True, s[1:].lstrip()
    if s[-1:] and s[-1] in _MINUS:
        negative, s = True, s[:-1].rstrip()
    match = suffix.search(s)
    if match:
        _check_marker(match.group(0), currency)
        s = s[: match.start()].rstrip()
    return s, negative


def _valid_grouping(int_part: str, sep: str, currency: str) -> bool:
    groups = int_part.split(sep)
    if not all(g.isascii() and g.isdigit() for g in groups):
        return False
    if groups[0].startswith("0"):
        return False  # "0,001,000": nobody groups a leading zero
    if 1 <= len(groups[0]) <= 3 and all(len(g) == 3 for g in groups[1:]):
        return True
    # Indian lakh/crore grouping, "1,23,456.00".
    return (
        currency == "inr"
        and len(groups) > 2
        and 1 <= len(groups[0]) <= 2
        and all(len(g) == 2 for g in groups[1:-1])
        and len(groups[-1]) == 3
    )


def _split_number(core: str, exp: int) -> tuple[str, str, str | None]:
    """(integer part, fraction, grouping separator) from a string of digits and separators.

    Rules: space-like characters and apostrophes only ever group. With both "." and "," the
    last one is the decimal point. One separator repeated groups ("1.234.567"). A single "."
    or "," followed by exactly three digits groups in a currency with fewer than three
    decimals ("1,234" is 1,234.00 in USD and ¥1,234 in JPY; the till shows the amount back
    before charging); otherwise it is the decimal point ("12,50" is 12.50). In a
    three-decimal currency a single separator is always the decimal point.
    """
    spaced = any(c == " " for c in core)
    apostrophe = "'" in core
    if spaced and apostrophe:
        raise ValueError
    other_group = " " if spaced else ("'" if apostrophe else None)
    dots, commas = core.count("."), core.count(",")
    decimal: str | None = None
    group = other_group
    if dots and commas:
        decimal = "." if core.rindex(".") > core.rindex(",") else ","
        if core.count(decimal) > 1 or other_group:
            raise ValueError
        group = "," if decimal == "." else "."
    elif dots or commas:
        sep = "." if dots else ","
        if core.count(sep) > 1:
            if other_group:
                raise ValueError
            group = sep
        else:
            before, after = core.split(sep)
            # "0,005" is never a thousand: a leading zero makes it the decimal point.
            if (
                len(after) == 3
                and exp < 3
                and not other_group
                and 1 <= len(before) <= 3
                and not before.startswith("0")
            ):
                group = sep
            else:
                decimal = sep
    int_part, frac = core.split(decimal) if decimal else (core, "")
    return int_part, frac, group


def too_many_decimals(currency: str) -> str:
    """What to say about an amount with more decimals than Stripe takes in `currency`."""
    exp = exponent(currency)
    if exp == 0:
        return translate("MoneyInput", "{currency} amounts have no decimal places").format(
            currency=currency.upper()
        )
    return translate("MoneyInput", "{currency} amounts have at most {count} decimals").format(
        currency=currency.upper(), count=exp
    )


def parse_amount(text: str, currency: str) -> Money:
    """What a cashier types ("12,50", "1 234,56", "$12", "12.50 EUR") as Money.

    Raises ValidationError("amount", ...) for empty, negative, garbage, too precise or
    other-currency input.
    """
    cur = _normal_currency(currency)
    exp = exponent(cur)
    if not text.strip():
        raise ValidationError("amount", translate("MoneyInput", "Enter an amount"))
    core, negative = _strip_markers(text, cur)
    for ch in _SPACES:
        core = core.replace(ch, " ")
    for ch in _APOSTROPHES:
        core = core.replace(ch, "'")
    if not core or not re.fullmatch(_NUMBER_CHARS, core) or not any(c.isdigit() for c in core):
        raise ValidationError("amount", _example_message(cur))
    if negative:
        raise ValidationError("amount", translate("MoneyInput", "The amount cannot be negative"))
    try:
        int_part, frac, group = _split_number(core, exp)
    except ValueError:
        raise ValidationError("amount", _example_message(cur)) from None
    if frac and not frac.isdigit():
        raise ValidationError("amount", _example_message(cur))
    if len(frac) > exp:
        raise ValidationError("amount", too_many_decimals(cur))
    if group and int_part:
        if not _valid_grouping(int_part, group, cur):
            raise ValidationError("amount", _example_message(cur))
        int_part = int_part.replace(group, "")
    if int_part and not int_part.isdigit():
        raise ValidationError("amount", _example_message(cur))
    if not int_part and not frac:
        raise ValidationError("amount", _example_message(cur))
    if len(int_part.lstrip("0")) > 12:
        raise ValidationError("amount", translate("MoneyInput", "That amount is too large"))
    minor = int(int_part or "0") * 10**exp + int(frac.ljust(exp, "0") or "0")
    return Money(minor, cur)


def from_keypad_digits(digits: str, currency: str) -> Money:
    """The card-terminal keypad: digits fill from the right ("1250" -> 12.50, JPY "500" -> ¥500).

    Where Stripe only takes whole units of a two-decimal currency (ISK, step 100) the digits
    count whole units, as the cashier means them; three-decimal currencies fill from the
    last (fils) digit as their terminals do.
    """
    cur = _normal_currency(currency)
    if digits and not (digits.isascii() and digits.isdigit()):
        raise ValidationError("amount", translate("MoneyInput", "Use the digit keys only"))
    if len(digits.lstrip("0")) > 12:
        raise ValidationError("amount", translate("MoneyInput", "That amount is too large"))
    value = int(digits or "0")
    step = amount_step(cur)
    if step == 10 ** exponent(cur):
        value *= step
    return Money(value, cur)


def minimum_charge(currency: str) -> int:
    """Stripe's minimum charge in minor units.

    Currencies without a published minimum get about 0.50 in major units (Stripe's own
    rule is "at least 50 cents" once converted to the settlement currency, which the till
    cannot know offline; Stripe still answers amount_too_small when it is not).
    """
    cur = currency.lower()
    exp = exponent(cur)
    minimum = MINIMUM_CHARGE.get(cur, 50 * 10 ** (exp - 2) if exp >= 2 else 1)
    step = amount_step(cur)
    return -(-minimum // step) * step


def check_chargeable(m: Money, fmt: AmountFormat = format_money) -> None:
    """Refuse, before anything is sent, an amount Stripe would refuse as a card charge.

    `fmt` writes the amounts the messages name (the shop's locale on the till's screens).
    """
    if m.amount <= 0:
        raise ValidationError(
            "amount", translate("MoneyInput", "Enter an amount greater than zero")
        )
    step = amount_step(m.currency)
    if m.amount % step:
        raise ValidationError(
            "amount",
            translate(
                "MoneyInput", "Card charges in {currency} must be a multiple of {step}"
            ).format(currency=m.currency.upper(), step=fmt(Money(step, m.currency))),
        )
    minimum = minimum_charge(m.currency)
    if m.amount < minimum:
        raise ValidationError(
            "amount",
            translate("MoneyInput", "The minimum card charge is {amount}").format(
                amount=fmt(Money(minimum, m.currency))
            ),
        )
    if m.amount > MAX_CHARGE_AMOUNT:
        largest = MAX_CHARGE_AMOUNT - MAX_CHARGE_AMOUNT % step
        raise ValidationError(
            "amount",
            translate("MoneyInput", "The maximum card charge is {amount}").format(
                amount=fmt(Money(largest, m.currency))
            ),
        )
