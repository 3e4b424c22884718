"""Card numbers: Luhn, brand by IIN range, expiry, masking and magnetic-stripe tracks."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from enum import Enum, StrEnum

from .errors import ValidationError
from .i18n import QT_TRANSLATE_NOOP, translate

__all__ = [
    "Brand",
    "BrandSpec",
    "CardDetails",
    "EntryMethod",
    "SwipeData",
    "brand_of",
    "group_pan",
    "last4",
    "looks_like_swipe",
    "luhn_valid",
    "mask_last4",
    "normalize_expiry_input",
    "normalize_pan",
    "parse_expiry",
    "parse_swipe",
    "spec_for",
    "validate_card_input",
    "validate_cvc",
]


class Brand(Enum):
    """Card brands the till recognises; the value is Stripe's display name."""

    VISA = "Visa"
    MASTERCARD = "MasterCard"
    AMEX = "American Express"
    DISCOVER = "Discover"
    DINERS = "Diners Club"
    JCB = "JCB"
    UNIONPAY = "UnionPay"
    UNKNOWN = "Unknown"

    @property
    def code(self) -> str:
        """Stripe's lowercase enum, as in `payment_method_details.card.brand` (§4.3)."""
        return _BRAND_CODES[self]

    @classmethod
    def from_stripe(cls, value: object) -> Brand:
        """Either spelling Stripe uses ("American Express" on cards, "amex" on charges)."""
        if not isinstance(value, str):
            return cls.UNKNOWN
        return _BRAND_SPELLINGS.get(value.strip().lower().replace("_", " "), cls.UNKNOWN)


_BRAND_CODES = {
    Brand.VISA: "visa",
    Brand.MASTERCARD: "mastercard",
    Brand.AMEX: "amex",
    Brand.DISCOVER: "discover",
    Brand.DINERS: "diners",
    Brand.JCB: "jcb",
    Brand.UNIONPAY: "unionpay",
    Brand.UNKNOWN: "unknown",
}
_BRAND_SPELLINGS = {
    **{brand.value.lower(): brand for brand in Brand},
    **{code: brand for brand, code in _BRAND_CODES.items()},
    "master card": Brand.MASTERCARD,
    "union pay": Brand.UNIONPAY,
}


@dataclass(frozen=True, slots=True)
class BrandSpec:
    """What a brand's numbers look like: valid lengths, CVC length, digit groups for display."""

    lengths: frozenset[int]
    cvc_length: int
    groups: tuple[int, ...]
    #: CVC lengths accepted when more than one is (an unrecognised brand); else {cvc_length}.
    cvc_lengths: frozenset[int] = frozenset()

    @property
    def accepted_cvc_lengths(self) -> frozenset[int]:
        return self.cvc_lengths or frozenset({self.cvc_length})


_LONG = (4, 4, 4, 4, 3)
_SPECS: dict[Brand, BrandSpec] = {
    Brand.VISA: BrandSpec(frozenset({13, 16, 19}), 3, _LONG),
    Brand.MASTERCARD: BrandSpec(frozenset({16}), 3, (4, 4, 4, 4)),
    Brand.AMEX: BrandSpec(frozenset({15}), 4, (4, 6, 5)),
    Brand.DISCOVER: BrandSpec(frozenset(range(16, 20)), 3, _LONG),
    # 14-digit Diners numbers group 4-6-4; longer ones group like Visa (see group_pan).
    Brand.DINERS: BrandSpec(frozenset(range(14, 20)), 3, (4, 6, 4)),
    Brand.JCB: BrandSpec(frozenset(range(16, 20)), 3, _LONG),
    Brand.UNIONPAY: BrandSpec(frozenset(range(16, 20)), 3, _LONG),
    Brand.UNKNOWN: BrandSpec(frozenset(range(12, 20)), 3, _LONG, frozenset({3, 4})),
}

# (brand, low, high) over the first len(str(low)) digits of the number.
_IIN_RANGES: tuple[tuple[Brand, int, int], ...] = (
    (Brand.VISA, 4, 4), (Brand.MASTERCARD, 51, 55), (Brand.MASTERCARD, 2221, 2720),
    (Brand.AMEX, 34, 34), (Brand.AMEX, 37, 37), (Brand.DISCOVER, 6011, 6011),
    (Brand.DISCOVER, 644, 649), (Brand.DISCOVER, 65, 65), (Brand.DINERS, 36, 36),
    (Brand.DINERS, 300, 305), (Brand.DINERS, 3095, 3095), (Brand.DINERS, 38, 39),
    (Brand.JCB, 3528, 3589), (Brand.UNIONPAY, 62, 62), (Brand.UNIONPAY, 81, 81),
)  # fmt: skip

_SEPARATORS = re.compile(r"[\s\-]+")
_INVALID_NUMBER = QT_TRANSLATE_NOOP("CardValidation", "Card number is not valid, check the digits")
_UNREADABLE = QT_TRANSLATE_NOOP(
    "CardValidation", "Card could not be read, swipe again or key it in"
)


def _digits_only(text: str) -> bool:
    return text.isascii() and text.isdigit()


def luhn_valid(number: str) -> bool:
    """The mod-10 check digit test; False for anything but two or more ASCII digits."""
    if len(number) < 2 or not _digits_only(number):
        return False
    total = 0
    for i, ch in enumerate(reversed(number)):
        d = ord(ch) - 48
        if i % 2:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return total % 10 == 0


def normalize_pan(text: str) -> str:
    """Digits only, spaces and dashes removed; anything else is a ValidationError("number")."""
    digits = _SEPARATORS.sub("", text)
    if not digits:
        raise ValidationError("number", translate("CardValidation", "Enter the card number"))
    if not _digits_only(digits):
        raise ValidationError(
            "number", translate("CardValidation", "Card number may contain only digits")
        )
    return digits


def brand_of(number_prefix: str) -> Brand:
    """The brand a (possibly partial) number belongs to, UNKNOWN until its prefix decides it.

    "4" is Visa at once; "5" is not yet anything, "55" is Mastercard; "222" waits for the
    fourth digit (Mastercard starts at 2221). The longest matching range wins.
    """
    digits = _SEPARATORS.sub("", number_prefix)
    if not _digits_only(digits):
        return Brand.UNKNOWN
    best, best_len = Brand.UNKNOWN, 0
    for brand, low, high in _IIN_RANGES:
        width = len(str(low))
        if len(digits) >= width and low <= int(digits[:width]) <= high and width > best_len:
            best, best_len = brand, width
    return best


def spec_for(brand: Brand) -> BrandSpec:
    """Lengths, CVC length and display groups of `brand`'s numbers."""
    return _SPECS[brand]


def group_pan(digits: str) -> str:
    """Digits grouped as the brand prints them ("4242 4242 4242 4242", "3782 822463 10005").

    Works on partial input for the live field; spaces and dashes in the input are ignored.
    """
    pan = _SEPARATORS.sub("", digits)
    if not pan:
        return ""
    pan = normalize_pan(pan)
    brand = brand_of(pan)
    groups = spec_for(brand).groups
    if brand is Brand.DINERS and len(pan) > 14:
        groups = _LONG
    parts: list[str] = []
    start = 0
    for size in groups:
        if start >= len(pan):
            break
        parts.append(pan[start : start + size])
        start += size
    if start < len(pan):
        parts.append(pan[start:])
    return " ".join(parts)


def mask_last4(last4: str) -> str:
    """Bullets and at most the last four digits of whatever it is given: •••• 4242."""
    digits = "".join(c for c in last4 if c.isascii() and c.isdigit())
    return f"•••• {digits[-4:]}"


def last4(number: str) -> str:
    """The last four digits of a card number."""
    pan = normalize_pan(number)
    if len(pan) < 4:
        raise ValidationError("number", translate("CardValidation", "Card number is incomplete"))
    return pan[-4:]


_EXPIRY_SEPARATED = re.compile(r"(\d{1,2})\s*[/\-.]\s*(\d{2}|\d{4})", re.ASCII)
_EXPIRY_RUN = re.compile(r"(\d{2})(\d{2}|\d{4})", re.ASCII)
_MAX_YEARS_AHEAD = 20


def parse_expiry(text: str, today: date) -> tuple[int, int]:
    """(month, four-digit year) from "MM/YY", "MM/YYYY", "MMYY", "MM / YY" or "M/YY".

    A card is valid through the last day of its expiry month.
    """
    s = text.strip()
    match = _EXPIRY_SEPARATED.fullmatch(s) or _EXPIRY_RUN.fullmatch(s)
    if match is None:
        raise ValidationError("expiry", translate("CardValidation", "Enter the expiry as MM/YY"))
    month, year = int(match.group(1)), int(match.group(2))
    if not 1 <= month <= 12:
        raise ValidationError(
            "expiry", translate("CardValidation", "Expiry month must be 01 to 12")
        )
    if len(match.group(2)) == 2:
        year += today.year - today.year % 100
    if (year, month) < (today.year, today.month):
        raise ValidationError("expiry", translate("CardValidation", "Expiry is in the past"))
    if year > today.year + _MAX_YEARS_AHEAD:
        raise ValidationError(
            "expiry", translate("CardValidation", "Expiry is too far in the future")
        )
    return month, year


_EXPIRY_SEPARATORS = "/-. "
_EXPIRY_TEXT_MAX = 7  # "MM/YYYY"


def normalize_expiry_input(text: str, *, typing: bool = True) -> str:
    """What the expiry field shows for `text` as typed or pasted so far: "MM/Y…".

    The month is the first two digits, or one digit followed by a separator ("1/30" is
    "01/30"); the year is whatever digits follow (two or four). A separator the cashier types
    after the month is the field's own slash, never a second one ("12/" + "/" is "12/"), so
    "12/30", "12/2030", "1230", "122030" and "12 - 2030" all end up as the printed form.
    Anything but digits and separators is dropped. While `typing`, a complete month gets its
    slash at once; after a deletion (`typing=False`) only a slash still in the text stays, so
    Backspace over the slash works.
    """
    digits = ""
    month = ""
    slash = False
    for char in text:
        if char.isascii() and char.isdigit():
            digits += char
            if not month and len(digits) == 2:
                month, digits = digits, ""
        elif char in _EXPIRY_SEPARATORS:
            if not month and len(digits) == 1:
                month, digits = "0" + digits, ""
            slash = slash or bool(month)
    if not month:
        return digits
    if not digits and not (typing or slash):
        return month
    return (month + "/" + digits)[:_EXPIRY_TEXT_MAX]


def validate_cvc(cvc: str, brand: Brand) -> None:
    """ValidationError("cvc", ...) unless `cvc` has the brand's number of digits."""
    lengths = spec_for(brand).accepted_cvc_lengths
    value = cvc.strip()
    if _digits_only(value) and len(value) in lengths:
        return
    wanted = sorted(lengths)
    if len(wanted) == 1:
        text = translate("CardValidation", "CVC must be {count} digits").format(count=wanted[0])
    else:
        text = translate("CardValidation", "CVC must be {counts} or {last} digits").format(
            counts=", ".join(str(n) for n in wanted[:-1]), last=wanted[-1]
        )
    raise ValidationError("cvc", text)


def _number_error(number: str) -> tuple[str | None, str]:
    """(error message or None, normalised digits) for a typed card number."""
    try:
        pan = normalize_pan(number)
    except ValidationError as exc:
        return exc.message, ""
    brand = brand_of(pan)
    lengths = spec_for(brand).lengths
    if len(pan) < min(lengths):
        return translate("CardValidation", "Card number is incomplete"), pan
    if len(pan) not in lengths:
        return translate("CardValidation", "Card number has the wrong number of digits"), pan
    if not luhn_valid(pan):
        return translate("CardValidation", _INVALID_NUMBER), pan
    return None, pan


def _postal_error(postal_code: str) -> str | None:
    value = postal_code.strip()
    if value and not re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9 \-]{0,9}", value):
        return translate("CardValidation", "Postal code looks wrong")
    return None


def _name_error(name: str) -> str | None:
    if len(name.strip()) > 100:
        return translate("CardValidation", "Name is too long")
    if any(not c.isprintable() for c in name):
        return translate("CardValidation", "Name contains characters that cannot be printed")
    return None


def validate_card_input(
    number: str,
    expiry: str,
    cvc: str,
    name: str = "",
    postal_code: str = "",
    today: date | None = None,
    *,
    cvc_required: bool = True,
) -> dict[str, str]:
    """Every field's problem at once, keyed "number", "expiry", "cvc", "postal_code", "name".

    Empty when the input can be sent. Messages never repeat the number or the CVC. A swiped
    card's CVC is not on its stripe: with `cvc_required=False` an empty CVC is fine (one that
    is typed must still be right).
    """
    errors: dict[str, str] = {}
    number_error, pan = _number_error(number)
    if number_error:
        errors["number"] = number_error
    try:
        parse_expiry(expiry, today or date.today())
    except ValidationError as exc:
        errors["expiry"] = exc.message
    try:
        if cvc.strip() or cvc_required:
            validate_cvc(cvc, brand_of(pan))
    except ValidationError as exc:
        errors["cvc"] = exc.message
    postal_error = _postal_error(postal_code)
    if postal_error:
        errors["postal_code"] = postal_error
    name_error = _name_error(name)
    if name_error:
        errors["name"] = name_error
    return errors


class _ShownMasked:
    """Brand, last four and expiry of a value holding a full card number; repr shows no more."""

    __slots__ = ()
    number: str
    exp_month: int
    exp_year: int

    @property
    def brand(self) -> Brand:
        return brand_of(self.number)

    @property
    def last4(self) -> str:
        return "".join(c for c in self.number if c.isascii() and c.isdigit())[-4:]

    @property
    def masked(self) -> str:
        """For example VISA •••• 4242."""
        return f"{self.brand.value.upper()} {mask_last4(self.last4)}"

    @property
    def expiry_text(self) -> str:
        """MM/YY, as `CardDetails.from_input` takes it."""
        return f"{self.exp_month:02d}/{self.exp_year % 100:02d}"

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.masked}, {self.expiry_text})"

    def __str__(self) -> str:
        return self.__repr__()


class EntryMethod(StrEnum):
    """How the card reached the till, as the receipt says it: not card data, only the way."""

    KEYED = "keyed"
    SWIPED = "swiped"
    CARD_ON_FILE = "card_on_file"

    @property
    def words(self) -> str:
        return {
            "keyed": translate("CardValidation", "Keyed"),
            "swiped": translate("CardValidation", "Swiped"),
            "card_on_file": translate("CardValidation", "Card on file"),
        }[self.value]

    @classmethod
    def from_metadata(cls, value: str | None) -> EntryMethod | None:
        """The method a charge's metadata names; None when it names none (older charges)."""
        try:
            return cls(value) if value else None
        except ValueError:
            return None


@dataclass(frozen=True, slots=True, repr=False)
class CardDetails(_ShownMasked):
    """A keyed or swiped card on its way to a token; shows only brand, last four and expiry."""

    number: str
    exp_month: int
    exp_year: int
    cvc: str = ""
    name: str = ""
    postal_code: str = ""

    @classmethod
    def from_input(
        cls,
        number: str,
        expiry: str,
        cvc: str,
        name: str = "",
        postal_code: str = "",
        today: date | None = None,
        *,
        cvc_required: bool = True,
    ) -> CardDetails:
        """Validated details, or the first ValidationError naming its field."""
        errors = validate_card_input(
            number, expiry, cvc, name, postal_code, today, cvc_required=cvc_required
        )
        for key in ("number", "expiry", "cvc", "postal_code", "name"):
            if key in errors:
                raise ValidationError(key, errors[key])
        month, year = parse_expiry(expiry, today or date.today())
        return cls(
            normalize_pan(number), month, year, cvc.strip(), name.strip(), postal_code.strip()
        )


@dataclass(frozen=True, slots=True, repr=False)
class SwipeData(_ShownMasked):
    """What a magnetic stripe held; shows only brand, last four and expiry."""

    number: str
    exp_month: int
    exp_year: int
    name: str = ""


# ISO 7813: track 1 "%B<pan>^<SURNAME/GIVEN>^<YYMM><service code + discretionary>?",
# track 2 ";<pan>=<YYMM><service code + discretionary>?". A keyboard-wedge reader types
# track 1 then track 2, usually followed by Enter.
_TRACK1 = (
    r"%[Bb](?P<pan1>\d{12,19})\^(?P<name>[^^?%;]{0,26})\^(?P<yy1>\d{2})(?P<mm1>\d{2})[^?%;]*\?"
)
_TRACK2 = r";(?P<pan2>\d{12,19})=(?P<yy2>\d{2})(?P<mm2>\d{2})[^?%;]*\?"
_SWIPE = re.compile(rf"(?:{_TRACK1})?\s*(?:{_TRACK2})?", re.ASCII)


def looks_like_swipe(text: str) -> bool:
    """Whether typed text starts like a card reader's output rather than a keyed number."""
    s = text.lstrip()
    return s[:2] in ("%B", "%b") or (len(s) > 1 and s[0] == ";" and s[1].isdigit())


def _swipe_name(raw: str) -> str:
    """The cardholder name as people write it: DOE/JOHN -> JOHN DOE (surname first on track 1)."""
    surname, _, given = raw.strip().partition("/")
    return " ".join(f"{given.strip()} {surname.strip()}".split())


def parse_swipe(text: str) -> SwipeData:
    """Track 1, track 2, or both as a reader types them; ValidationError("swipe") otherwise."""
    match = _SWIPE.fullmatch(text.strip())
    if match is None or not (match["pan1"] or match["pan2"]):
        raise ValidationError("swipe", translate("CardValidation", _UNREADABLE))
    pan = match["pan1"] or match["pan2"]
    yy, mm = (match["yy1"], match["mm1"]) if match["pan1"] else (match["yy2"], match["mm2"])
    track1 = (match["pan1"], match["yy1"], match["mm1"])
    if match["pan1"] and match["pan2"] and (match["pan2"], match["yy2"], match["mm2"]) != track1:
        raise ValidationError("swipe", translate("CardValidation", _UNREADABLE))
    month = int(mm)
    if not luhn_valid(pan) or not 1 <= month <= 12:
        raise ValidationError("swipe", translate("CardValidation", _UNREADABLE))
    name = _swipe_name(match["name"]) if match["pan1"] else ""
    return SwipeData(pan, month, 2000 + int(yy), name)
