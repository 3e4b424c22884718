"""A saved customer as the till lists it, and how current a saved card's expiry is.

`CustomerSummary` is one row of the customer directory: who the customer is and which card
is their default, nothing more (ids, names, e-mails, phones, and the card's brand, last four
digits and expiry; never a card number). It is what the local cache keeps and what search
runs over. `expiry_status` says whether a saved card has expired or is about to.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime
from enum import StrEnum

from .cards import Brand
from .models import Card, Customer

__all__ = [
    "CONSENT_AT",
    "CONSENT_BY",
    "CONSENT_REGISTER",
    "CustomerSummary",
    "ExpiryStatus",
    "card_label",
    "card_saved_at",
    "expiry_status",
    "expiry_text",
    "search_key",
    "shown_name",
    "summary_of",
]

#: Metadata keys of the card-on-file consent, on the customer (first card) and on each card
#: added later: who took it, when (ISO 8601, UTC), at which register.
CONSENT_BY = "card_consent_by"
CONSENT_AT = "card_consent_at"
CONSENT_REGISTER = "card_consent_register"

_LAST4 = re.compile(r"^[0-9]{4}$")
_NOT_DIGITS = re.compile(r"[^0-9]+")


class ExpiryStatus(StrEnum):
    """A saved card's expiry as the cashier needs to know it."""

    VALID = "valid"
    SOON = "expires soon"  # the last day it works is this month or next
    EXPIRED = "expired"


def expiry_status(exp_month: int, exp_year: int, today: date) -> ExpiryStatus:
    """Cards work through the last day of their expiry month."""
    if not 1 <= exp_month <= 12 or exp_year <= 0:
        return ExpiryStatus.VALID  # unknown expiry: nothing to warn about
    months_left = (exp_year - today.year) * 12 + (exp_month - today.month)
    if months_left < 0:
        return ExpiryStatus.EXPIRED
    if months_left <= 1:
        return ExpiryStatus.SOON
    return ExpiryStatus.VALID


def expiry_text(exp_month: int, exp_year: int) -> str:
    """MM/YY as printed on the card; empty when Stripe gave none."""
    if not 1 <= exp_month <= 12 or exp_year <= 0:
        return ""
    return f"{exp_month:02d}/{exp_year % 100:02d}"


#: Brand names as a till shows them in tight places (tables, the Charge button).
_SHORT_BRANDS = {
    Brand.VISA: "Visa",
    Brand.MASTERCARD: "Mastercard",
    Brand.AMEX: "Amex",
    Brand.DISCOVER: "Discover",
    Brand.DINERS: "Diners",
    Brand.JCB: "JCB",
    Brand.UNIONPAY: "UnionPay",
    Brand.UNKNOWN: "Card",
}


def card_label(brand: Brand, last4: str) -> str:
    """How a saved card is named on screen and on the Charge button: ``Visa •••• 4242``."""
    name = _SHORT_BRANDS[brand]
    return f"{name} •••• {last4}" if last4 else name


def _parse_time(value: str | None) -> datetime | None:
    if not value:
        return None
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        return None
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)


def card_saved_at(card: Card | None, customer_metadata: Mapping[str, str]) -> datetime | None:
    """When the card was saved: its own consent record, else the customer's (the first card)."""
    if card is not None:
        found = _parse_time(card.metadata.get(CONSENT_AT))
        if found is not None:
            return found
    return _parse_time(customer_metadata.get(CONSENT_AT))


def shown_name(customer_id: str, name: str, email: str, phone: str) -> str:
    """What the till calls a saved customer: the name, else the e-mail, else the phone,
    else Stripe's id."""
    return name or email or phone or customer_id


@dataclass(frozen=True, slots=True)
class CustomerSummary:
    """One customer of the directory, with their default card (if any)."""

    id: str
    name: str = ""
    email: str = ""
    phone: str = ""
    card_id: str = ""
    card_brand: Brand = Brand.UNKNOWN
    card_last4: str = ""
    card_exp_month: int = 0
    card_exp_year: int = 0
    card_saved_at: datetime | None = None
    created: datetime | None = None

    def __post_init__(self) -> None:
        # Only ever the last four digits: the cache and the screen never hold a card number.
        if self.card_last4 and not _LAST4.match(self.card_last4):
            raise ValueError("card_last4 must be four digits")

    @property
    def display_name(self) -> str:
        return shown_name(self.id, self.name, self.email, self.phone)

    @property
    def has_card(self) -> bool:
        return bool(self.card_id)

    @property
    def card_text(self) -> str:
        return card_label(self.card_brand, self.card_last4) if self.has_card else ""

    @property
    def expiry(self) -> str:
        return expiry_text(self.card_exp_month, self.card_exp_year) if self.has_card else ""

    def expiry_status(self, today: date) -> ExpiryStatus:
        return expiry_status(self.card_exp_month, self.card_exp_year, today)


def summary_of(customer: Customer) -> CustomerSummary:
    """A directory row from Stripe's customer (its default card when Stripe included it)."""
    card = customer.default_card
    return CustomerSummary(
        id=customer.id,
        name=customer.name or "",
        email=customer.email or "",
        phone=customer.phone or "",
        card_id=card.id if card is not None else "",
        card_brand=card.brand if card is not None else Brand.UNKNOWN,
        card_last4=card.last4 if card is not None and _LAST4.match(card.last4) else "",
        card_exp_month=card.exp_month if card is not None else 0,
        card_exp_year=card.exp_year if card is not None else 0,
        card_saved_at=card_saved_at(card, customer.metadata) if card is not None else None,
        created=customer.created,
    )


def search_key(summary: CustomerSummary) -> str:
    """What search-as-you-type matches against: name, e-mail and phone, lowercase, and the
    phone's digits alone so that "555 0100" finds "+1 (555) 010-0100". Never a NUL: the
    customer list packs the keys it scans with NUL between them."""
    digits = _NOT_DIGITS.sub("", summary.phone)
    key = f"{summary.name}\x1f{summary.email}\x1f{summary.phone}\x1f{digits}".casefold()
    return key.replace("\x00", "") if "\x00" in key else key
