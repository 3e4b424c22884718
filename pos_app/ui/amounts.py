"""Amounts as the shop's locale writes and reads them: "1.234,50 €" in Germany, "1 234,50 €"
in France, "$1,234.50" in the United States, "￥1,235" in Japan.

The one place the UI turns Money into text and text into Money (docs/ui.md, "Amounts and
locale"). The locale is the one chosen in the settings, else the system's; the composition
root sets it at start (`set_locale`), and every call reads the current one, so a page built
before a change and one built after agree once the till is rebuilt.

What the locale decides: the decimal and group separators, the digits, where the symbol
goes and the spaces around it. What it never decides: how many decimals a currency has.
Those are Stripe's (domain/money.py), which disagree with the locale data for some
currencies (ISK has two decimals at Stripe, none in the locale data; COP, HUF and IDR
likewise), so every number here is built from the integer minor units and the Stripe
exponent, never from a float or the locale's currency digits.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication, QLocale

from pos_app.domain.errors import ValidationError
from pos_app.domain.money import (
    Money,
    currency_markers,
    display_symbol,
    exponent,
    is_currency_marker,
    too_many_decimals,
    whole_units_only,
)

__all__ = [
    "LOCALE_NAMES",
    "current_locale",
    "decimal_point",
    "format_amount",
    "format_plain",
    "locale_choices",
    "locale_for",
    "locale_words",
    "parse_amount",
    "set_locale",
    "system_locale",
]

#: The locales the settings offer besides the system's (any other stored name works too).
LOCALE_NAMES = (
    "en_US",
    "en_GB",
    "en_CA",
    "en_AU",
    "en_IE",
    "de_DE",
    "de_AT",
    "de_CH",
    "fr_FR",
    "fr_BE",
    "fr_CA",
    "fr_CH",
    "es_ES",
    "es_MX",
    "it_IT",
    "nl_NL",
    "nl_BE",
    "pt_PT",
    "pt_BR",
    "sv_SE",
    "da_DK",
    "nb_NO",
    "fi_FI",
    "pl_PL",
    "cs_CZ",
    "is_IS",
    "ja_JP",
)

_current: QLocale | None = None
#: Names longer than this are cut in the settings' list on a 1024 x 600 panel.
_NAME_LENGTH = 21

# Characters that only ever group digits, whatever the locale: a space can never be a
# decimal point, nor can an apostrophe (Swiss "1'234.50").
_SPACES = " \u00a0\u202f\u2009\u2007"
_APOSTROPHES = "'\u2019"
_MINUS = "-\u2212\u2013\ufe63\uff0d"
# Full-width forms a Japanese input method may give for digits and separators.
_FULL_WIDTH = str.maketrans(
    {chr(0xFF10 + i): str(i) for i in range(10)} | {"\uff0c": ",", "\uff0e": "."}
)


def _effective(locale: QLocale) -> QLocale:
    # A computer without a configured locale reports "C", which writes "1234.50" with no
    # symbol and no grouping: no shop writes amounts so. Read it as United States English.
    if locale.language() == QLocale.Language.C:
        return QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
    return locale


def system_locale() -> QLocale:
    """The computer's own locale, as the till reads it ("C" is United States English)."""
    return _effective(QLocale.system())


def locale_for(name: str) -> QLocale:
    """The locale a stored setting names ("de_DE"); "" is the system's."""
    return _effective(QLocale(name)) if name else system_locale()


def set_locale(locale: QLocale) -> None:
    """The locale every amount is written and read in from now on."""
    global _current
    _current = _effective(locale)


def current_locale() -> QLocale:
    """The locale set at start (or last changed), else the system's."""
    return _current if _current is not None else system_locale()


def decimal_point(locale: QLocale | None = None) -> str:
    """The locale's decimal separator ("," in Germany), as the amount field shows it."""
    return (locale or current_locale()).decimalPoint()


def typed_group_separator(locale: QLocale | None = None) -> str:
    """The thousands separator a cashier can type on the main keyboard ("," in the United
    States, "." in Germany), or "" where the locale groups with a space or an apostrophe
    (France, Switzerland): there "." and "," can only mean the decimals."""
    loc = locale or current_locale()
    group = loc.groupSeparator()
    return group if group in ".," and group != loc.decimalPoint() else ""


def grouping_example(currency: str, locale: QLocale | None = None) -> str:
    """1,234.50 as the locale writes it in `currency`'s decimals ("1.234,50", "1,235")."""
    return _example(currency, locale or current_locale())


def groups_complete(groups: list[str], locale: QLocale | None = None) -> bool:
    """The typed `groups` of whole units group as a person writes them: threes after the
    first, or as the locale itself groups (India's 1,23,456)."""
    loc = locale or current_locale()
    return _grouped_ok(",".join(groups), ",", loc)


def _digits_of(locale: QLocale, ascii_digits: str) -> str:
    zero = locale.zeroDigit()
    if zero == "0":
        return ascii_digits
    return "".join(chr(ord(zero) + int(c)) if c.isdigit() else c for c in ascii_digits)


def _number(m: Money, locale: QLocale, *, grouped: bool) -> str:
    """The unsigned number of `m` in the locale's digits and separators, with Stripe's
    decimals (ISK, charged in whole units, shows none when it has none)."""
    exp = exponent(m.currency)
    whole, fraction = divmod(abs(m.amount), 10**exp)
    # Qt groups as the locale does (Spanish leaves 1234 ungrouped, India 1,23,456).
    text = locale.toString(whole) if grouped else _digits_of(locale, str(whole))
    if exp and not (whole_units_only(m.currency) and fraction == 0):
        text += locale.decimalPoint() + _digits_of(locale, str(fraction).zfill(exp))
    return text


def _symbol(currency: str, locale: QLocale) -> str:
    """The locale's own symbol for its own currency ("￥" in Japan, "kr." in Iceland),
    else the till's symbol for the currency ("$"), else its code ("SEK")."""
    own = locale.currencySymbol(QLocale.CurrencySymbolFormat.CurrencyIsoCode)
    if own.lower() == currency:
        symbol = locale.currencySymbol(QLocale.CurrencySymbolFormat.CurrencySymbol)
        if symbol:
            return symbol
    return display_symbol(currency) or currency.upper()


def format_amount(m: Money, locale: QLocale | None = None) -> str:
    """`m` for people, as the locale writes money: "1.234,50 €", "$1,234.50", "￥1,235"."""
    loc = locale or current_locale()
    text = _with_symbol(_number(m, loc, grouped=True), m.currency, loc)
    return loc.negativeSign() + text if m.amount < 0 else text


def format_typed_groups(groups: list[str], currency: str, locale: QLocale | None = None) -> str:
    """Whole units being typed with thousands separators, as typed so far ("$1,2" while
    "1,234" is on its way): the amount field shows what the fingers did until a group is
    complete, never a number the cashier did not type. `groups` are ASCII digits."""
    loc = locale or current_locale()
    number = loc.groupSeparator().join(_digits_of(loc, group) for group in groups)
    return _with_symbol(number, currency, loc)


def _with_symbol(number: str, currency: str, loc: QLocale) -> str:
    """`number` (the locale's digits and separators) with the currency as the locale places it."""
    # Where the symbol goes and the space beside it are the locale's: Qt writes a one with
    # the symbol, and the number takes the one's place (never a float on the way).
    one = _digits_of(loc, "1")
    symbol = _symbol(currency, loc)
    pattern = loc.toCurrencyString(1, symbol)
    if one not in pattern:
        pattern = f"{one}\u00a0{symbol}"
    # A code beside the digits needs a space the locale's symbol pattern does not have
    # ("KWD 1,234.500", not "KWD1,234.500"), as the locale data itself writes codes.
    if symbol[-1:].isalpha() and pattern.startswith(symbol + one):
        pattern = pattern.replace(symbol, symbol + "\u00a0", 1)
    elif symbol[:1].isalpha() and pattern.endswith(one + symbol):
        pattern = pattern[: -len(symbol)] + "\u00a0" + symbol
    return pattern.replace(one, number, 1)


def format_plain(m: Money, locale: QLocale | None = None) -> str:
    """The bare number for a field to edit, "1234,50" in Germany: `parse_amount` reads it back."""
    loc = locale or current_locale()
    text = _number(m, loc, grouped=False)
    return loc.negativeSign() + text if m.amount < 0 else text


def locale_choices() -> list[tuple[str, str]]:
    """(stored name, words) for the settings' list: the system's first, then LOCALE_NAMES,
    each named in its own language ("Deutsch (Deutschland)")."""
    choices = [("", QCoreApplication.translate("AmountInput", "System default"))]
    choices += [(name, locale_words(QLocale(name))) for name in LOCALE_NAMES]
    return choices


def locale_words(locale: QLocale) -> str:
    """A locale's name in its own language and territory: "français (France)", or the
    language alone where it names its country and both would not fit the settings' list
    ("American English", "español de México")."""
    language = locale.nativeLanguageName() or QLocale.languageToString(locale.language())
    territory = locale.nativeTerritoryName() or QLocale.territoryToString(locale.territory())
    words = f"{language} ({territory})"
    if len(words) <= _NAME_LENGTH:
        return words
    if " " in language and len(language) <= _NAME_LENGTH:
        return language  # the language's name says the country
    base = QLocale(locale.language()).nativeLanguageName()
    base = base if " " not in base else language
    shorter = f"{base} ({territory})"
    if len(shorter) <= _NAME_LENGTH:
        return shorter
    return f"{base} ({locale.name().rpartition('_')[2]})"


def format_plain_grouped(m: Money, locale: QLocale | None = None) -> str:
    """The number as the locale groups it, without a currency: "1.234,50"."""
    loc = locale or current_locale()
    text = _number(m, loc, grouped=True)
    return loc.negativeSign() + text if m.amount < 0 else text


# -- reading ---------------------------------------------------------------------------------


def _example(currency: str, locale: QLocale) -> str:
    # 1,234.50 in the currency's decimals: "1.234,50", "1,235" (JPY), "1 234,500" (KWD).
    exp = exponent(currency)
    minor = 123450 * 10 ** (exp - 2) if exp >= 2 else 1235
    return format_plain_grouped(Money(minor, currency), locale)


def _normalise(text: str, locale: QLocale) -> str:
    """Spaces, apostrophes, minus signs and digits in one spelling each."""
    s = text.translate(_FULL_WIDTH).strip()
    for ch in _SPACES:
        s = s.replace(ch, " ")
    for ch in _APOSTROPHES:
        s = s.replace(ch, "'")
    for ch in _MINUS:
        s = s.replace(ch, "-")
    zero = locale.zeroDigit()
    if zero != "0":
        s = "".join(str(ord(c) - ord(zero)) if 0 <= ord(c) - ord(zero) <= 9 else c for c in s)
    # Bidirectional marks around Arabic and Hebrew amounts carry no meaning here.
    return re.sub("[\u200e\u200f\u061c]", "", s)


def _separators(locale: QLocale) -> tuple[str, str]:
    group = locale.groupSeparator()
    group = " " if group in _SPACES else ("'" if group in _APOSTROPHES else group)
    return locale.decimalPoint(), group


def _check_marker(marker: str, currency: str, locale: QLocale, field: str) -> None:
    marker = marker.strip()
    if not marker:
        return
    folded = marker.casefold()
    accepted = set(currency_markers(currency))
    accepted.add(_symbol(currency, locale).casefold())
    if folded in accepted:
        return
    if is_currency_marker(marker) or folded == locale.currencySymbol().casefold():
        raise ValidationError(
            field,
            QCoreApplication.translate("AmountInput", "That amount is not in {currency}.").format(
                currency=currency.upper()
            ),
        )
    raise ValidationError(
        field,
        QCoreApplication.translate("AmountInput", "Type an amount such as {example}.").format(
            example=_example(currency, locale)
        ),
    )


def _grouped_ok(int_part: str, group: str, locale: QLocale) -> bool:
    """`int_part` groups its digits as a person writes them: threes from the right, or
    exactly as the locale itself groups (India's 1,23,456)."""
    groups = int_part.split(group)
    if not all(_all_digits(g) for g in groups):
        return False
    if groups[0].startswith("0"):
        # Nobody writes a thousand as "0,001": that is a decimal typed with the wrong
        # separator, and was read as $1.00.
        return False
    if 1 <= len(groups[0]) <= 3 and all(len(g) == 3 for g in groups[1:]):
        return True
    digits = "".join(groups)
    if len(digits) > 15:
        return False
    own = _normalise(locale.toString(int(digits)), locale)
    return own.replace(_separators(locale)[1], group) == int_part


def parse_amount(
    text: str,
    currency: str,
    locale: QLocale | None = None,
    *,
    field: str = "amount",
    allow_negative: bool = False,
) -> Money:
    """What a cashier types or pastes, read as the locale writes amounts.

    The locale's decimal separator and group separator ("1.234,50" in Germany), spaces or
    apostrophes grouping digits in any locale, the currency's symbol or code before or after,
    surrounding spaces, and a minus sign where `allow_negative`. Anything else, or a number
    that reads differently in another convention ("12.50" in Germany), is refused with a
    ValidationError on `field` that says what is wrong and shows an amount as the locale
    writes it; the number of decimals is Stripe's for the currency.
    """
    loc = locale or current_locale()
    cur = currency.strip().lower()
    exp = exponent(cur)
    example = _example(cur, loc)
    s = _normalise(text, loc)
    if not s:
        raise ValidationError(field, QCoreApplication.translate("AmountInput", "Enter an amount."))
    point, group = _separators(loc)

    # Accounting brackets and minus signs, before or after the symbol.
    negative = False
    if s.startswith("(") and s.endswith(")"):
        negative, s = True, s[1:-1].strip()
    digits_at = [i for i, c in enumerate(s) if c.isascii() and c.isdigit()]
    if not digits_at:
        raise ValidationError(
            field,
            QCoreApplication.translate("AmountInput", "Type an amount such as {example}.").format(
                example=example
            ),
        )
    start, end = digits_at[0], digits_at[-1] + 1
    if start > 0 and s[start - 1] == point:
        start -= 1  # ",50"
    if end < len(s) and s[end] == point:
        end += 1  # "12,"
    prefix, core, suffix = s[:start], s[start:end], s[end:]
    for part in (prefix, suffix):
        if "-" in part:
            negative = True
    _check_marker(prefix.replace("-", ""), cur, loc, field)
    _check_marker(suffix.replace("-", ""), cur, loc, field)
    if negative and not allow_negative:
        raise ValidationError(
            field, QCoreApplication.translate("AmountInput", "The amount cannot be negative.")
        )

    wrong_point = "." if point == "," else ("," if point == "." else "")
    if core.count(point) > 1:
        raise _separator_problem(field, point, example)
    int_part, _, fraction = core.partition(point)
    if fraction and not _all_digits(fraction):
        # "1,234.50" in Germany: the comma is the decimal point there.
        raise _separator_problem(field, point, example)
    groupers = {c for c in int_part if not _all_digits(c)}
    if len(groupers) > 1 or (groupers and groupers - {group, " ", "'"}):
        if groupers == {wrong_point} or wrong_point in groupers:
            raise _separator_problem(field, point, example)
        raise ValidationError(
            field,
            QCoreApplication.translate("AmountInput", "Type an amount such as {example}.").format(
                example=example
            ),
        )
    if groupers:
        (grouper,) = groupers
        if not _grouped_ok(int_part, grouper, loc):
            if grouper == wrong_point:
                raise _separator_problem(field, point, example)
            raise ValidationError(
                field,
                QCoreApplication.translate(
                    "AmountInput", "Group the digits in threes, as in {example}."
                ).format(example=example),
            )
        int_part = int_part.replace(grouper, "")
    if len(fraction) > exp:
        raise ValidationError(field, too_many_decimals(cur) + ".")
    if len(int_part.lstrip("0")) > 12:
        raise ValidationError(
            field, QCoreApplication.translate("AmountInput", "That amount is too large.")
        )
    minor = int(int_part or "0") * 10**exp + int(fraction.ljust(exp, "0") or "0")
    return Money(-minor if negative else minor, cur)


def _all_digits(text: str) -> bool:
    # "²" and "٣" are digits to str.isdigit; only the ten ASCII ones are (after _normalise).
    return text.isascii() and text.isdigit()


def _separator_problem(field: str, point: str, example: str) -> ValidationError:
    return ValidationError(
        field,
        QCoreApplication.translate(
            "AmountInput", "Use “{point}” for the decimals, as in {example}."
        ).format(point=point, example=example),
    )
