"""Immutable value objects for what Stripe returns: tokens, cards, charges, customers, refunds.

They hold only what the till shows or decides on, already typed (Money, aware UTC datetimes,
Brand). None of them can hold a full card number: Stripe never returns one.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from typing import Generic, TypeVar

from .cards import Brand
from .money import Money

__all__ = [
    "Card",
    "Charge",
    "ChargeOutcome",
    "ChargeStatus",
    "Customer",
    "ListPage",
    "Refund",
    "RefundStatus",
    "SearchPage",
    "Settlement",
    "Token",
]

T = TypeVar("T")


class ChargeStatus(StrEnum):
    """Stripe's charge `status` values."""

    SUCCEEDED = "succeeded"
    PENDING = "pending"
    FAILED = "failed"


class RefundStatus(StrEnum):
    """Stripe's refund `status` values (docs/stripe.md §4.5)."""

    PENDING = "pending"
    REQUIRES_ACTION = "requires_action"
    SUCCEEDED = "succeeded"
    FAILED = "failed"
    CANCELED = "canceled"


@dataclass(frozen=True, slots=True)
class Card:
    """A card as Stripe describes it: a token's card, a saved card or a charge's card details.

    `id` is empty when the card comes from `payment_method_details.card` (it has none).
    """

    id: str
    brand: Brand
    last4: str
    exp_month: int
    exp_year: int
    funding: str | None = None
    country: str | None = None
    fingerprint: str | None = None
    name: str | None = None
    customer: str | None = None
    cvc_check: str | None = None
    address_zip_check: str | None = None
    #: A saved card's metadata (the till keeps the card-on-file consent there).
    metadata: Mapping[str, str] = field(default_factory=dict)

    @property
    def masked(self) -> str:
        """What a receipt or a table shows, e.g. ``VISA •••• 4242``."""
        return f"{self.brand.value.upper()} •••• {self.last4}"


@dataclass(frozen=True, slots=True)
class Token:
    """A single-use card token (`tok_…`)."""

    id: str
    card: Card | None
    created: datetime
    livemode: bool
    used: bool = False


@dataclass(frozen=True, slots=True)
class ChargeOutcome:
    """Stripe's `outcome`: for the manager's eyes (seller_message), never the customer's."""

    type: str | None
    network_status: str | None = None
    reason: str | None = None
    risk_level: str | None = None
    seller_message: str | None = None


@dataclass(frozen=True, slots=True)
class Settlement:
    """What a charge put in the Stripe balance: its balance transaction (`txn_…`), read when
    the charge list expands it. All three in the account's settlement currency, which is not
    always the charge's (a euro charge on a US account settles in dollars)."""

    amount: Money
    #: Stripe's fee for the charge; it is not given back when the charge is refunded.
    fee: Money
    #: `amount` less `fee`: what the charge adds to the next payout.
    net: Money


@dataclass(frozen=True, slots=True)
class Charge:
    """One attempt to move money (`ch_…`), succeeded or failed."""

    id: str
    amount: Money
    amount_refunded: Money
    status: ChargeStatus
    paid: bool
    captured: bool
    refunded: bool
    created: datetime
    livemode: bool
    description: str | None = None
    metadata: Mapping[str, str] = field(default_factory=dict)
    customer: str | None = None
    card: Card | None = None
    outcome: ChargeOutcome | None = None
    failure_code: str | None = None
    failure_message: str | None = None
    receipt_url: str | None = None
    receipt_email: str | None = None
    #: Stripe's number for the receipt it sent (null until Stripe has sent one).
    receipt_number: str | None = None
    payment_method: str | None = None
    balance_transaction: str | None = None
    #: The balance transaction's figures when the listing expanded it, else None.
    settlement: Settlement | None = None

    @property
    def succeeded(self) -> bool:
        return self.status is ChargeStatus.SUCCEEDED

    @property
    def net(self) -> Money:
        """What stays after refunds (before Stripe's fees)."""
        if not self.succeeded:
            return Money(0, self.amount.currency)
        return Money(self.amount.amount - self.amount_refunded.amount, self.amount.currency)

    @property
    def refundable(self) -> Money:
        return self.net


@dataclass(frozen=True, slots=True)
class Customer:
    """A Stripe Customer (`cus_…`); `deleted` marks the stub Stripe keeps after a delete."""

    id: str
    email: str | None = None
    name: str | None = None
    phone: str | None = None
    description: str | None = None
    metadata: Mapping[str, str] = field(default_factory=dict)
    default_source: str | None = None
    created: datetime | None = None
    livemode: bool = False
    deleted: bool = False
    #: Cards when Stripe embedded them (old API versions, localstripe); else empty.
    cards: tuple[Card, ...] = ()
    #: The default card itself, when `default_source` was expanded or the cards embedded.
    default_card: Card | None = None


@dataclass(frozen=True, slots=True)
class Refund:
    """Money given back on a charge (`re_…`)."""

    id: str
    amount: Money
    charge: str | None
    status: RefundStatus
    created: datetime
    reason: str | None = None
    metadata: Mapping[str, str] = field(default_factory=dict)
    failure_reason: str | None = None
    receipt_number: str | None = None
    #: What the refund took out of the Stripe balance (a negative amount in the settlement
    #: currency), when the listing expanded its balance transaction.
    settlement: Settlement | None = None
    #: The charge refunded, when the listing expanded it (`charge` is its id either way).
    sale: Charge | None = None


@dataclass(frozen=True, slots=True)
class ListPage(Generic[T]):
    """One page of a cursor-paginated list (`object: list`)."""

    data: tuple[T, ...]
    has_more: bool
    url: str | None = None

    @property
    def last_id(self) -> str | None:
        """The cursor for `starting_after` on the next page."""
        if not self.data:
            return None
        return getattr(self.data[-1], "id", None)


@dataclass(frozen=True, slots=True)
class SearchPage(Generic[T]):
    """One page of a search result (`object: search_result`), cursor in `next_page`."""

    data: tuple[T, ...]
    has_more: bool
    next_page: str | None = None
