"""The vocabulary of a money-moving request's life: its kind, its journaled state, its outcome.

Every request that changes something at Stripe (a charge, a refund, a customer, a saved card)
is an *attempt*: journaled before it leaves, sent under its own idempotency key, and settled
only by Stripe's answer for that key (docs/architecture.md "Never a double charge").
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum

from .money import Money

__all__ = [
    "OPEN_STATES",
    "AttemptKind",
    "AttemptOutcome",
    "AttemptRecord",
    "AttemptState",
    "NewAttempt",
    "SettledAttempt",
]


class AttemptKind(StrEnum):
    """What the request does; decides how a lost answer is looked up in Stripe's lists."""

    CHARGE = "charge"
    REFUND = "refund"
    CUSTOMER = "customer"  # a customer created (with its first card)
    CARD = "card"  # a card attached to a customer
    CUSTOMER_DELETION = "customer_deletion"
    CARD_REMOVAL = "card_removal"
    DEFAULT_CARD = "default_card"
    RECEIPT_EMAIL = "receipt_email"  # Stripe asked to e-mail a charge's receipt

    @property
    def moves_money(self) -> bool:
        return self in (AttemptKind.CHARGE, AttemptKind.REFUND)


class AttemptState(StrEnum):
    """The journal's record of an attempt; SENDING and UNKNOWN are open (may have executed)."""

    SENDING = "sending"
    UNKNOWN = "unknown"
    SUCCEEDED = "succeeded"
    DECLINED = "declined"
    FAILED = "failed"

    @property
    def is_open(self) -> bool:
        return self in OPEN_STATES


#: Stripe may have executed these: no new attempt for the same order or subject meanwhile.
OPEN_STATES = frozenset({AttemptState.SENDING, AttemptState.UNKNOWN})


class AttemptOutcome(StrEnum):
    """What settling an attempt found out, in the words a cashier or manager is told."""

    SUCCEEDED = "succeeded"  # Stripe did it (charged, refunded, saved, removed)
    DECLINED = "declined"  # Stripe executed it and the card was refused
    NOT_MADE = "not made"  # Stripe refused it, or it never reached Stripe: nothing happened
    UNKNOWN = "unknown"  # still not known: keep checking, never start anew


@dataclass(frozen=True, slots=True)
class SettledAttempt:
    """One open attempt as settling left it: for the start-up report and the audit trail.

    `result` is Stripe's object when it was found (a Charge for a charge, a Refund for a
    refund, ...), so the till can name amount and card and offer the receipt.
    """

    attempt_key: str
    kind: AttemptKind
    outcome: AttemptOutcome
    order_id: str | None
    subject_id: str | None
    amount: Money | None
    created_at: datetime
    stripe_id: str | None = None
    card: str | None = None  # e.g. "VISA •••• 4242"
    result: object | None = None


@dataclass(frozen=True, slots=True)
class NewAttempt:
    """What is journaled before a request leaves. Holds no card data and no parameters, only
    a fingerprint of them (a token id is single-use, but parameters never need the disk).

    `block_key` names what the attempt must not run twice for ("order:R1-000042",
    "refund:ch_…"): while one attempt with that key is open, no other may begin.
    `lookup_ref` identifies the result where Stripe keeps no metadata (a card's id).
    """

    attempt_key: str
    kind: AttemptKind
    register_id: str
    cashier: str
    request_fingerprint: str
    stripe_offset: timedelta
    order_id: str | None = None
    block_key: str | None = None
    subject_id: str | None = None
    customer_id: str | None = None
    lookup_ref: str | None = None
    amount: int | None = None
    currency: str | None = None


@dataclass(frozen=True, slots=True)
class AttemptRecord:
    """One attempt as the journal holds it; `attempt_key` is also its Idempotency-Key.

    Times are the till's clock; `stripe_offset` is Stripe's clock minus the till's, measured
    when the attempt began, so that lookups reckon on Stripe's clock (None for attempts
    journaled before the offset was kept). `last_sent_at` is the last time a try left.
    """

    attempt_key: str
    kind: AttemptKind
    order_id: str | None
    block_key: str | None
    subject_id: str | None
    customer_id: str | None
    lookup_ref: str | None
    register_id: str
    cashier: str
    amount: int | None
    currency: str | None
    request_fingerprint: str
    state: AttemptState
    stripe_id: str | None
    card_brand: str | None
    card_last4: str | None
    error_code: str | None
    decline_code: str | None
    message: str | None
    created_at: datetime
    updated_at: datetime
    last_sent_at: datetime
    stripe_offset: timedelta | None

    @property
    def is_open(self) -> bool:
        return self.state.is_open

    @property
    def money(self) -> Money | None:
        if self.amount is None or self.currency is None:
            return None
        return Money(self.amount, self.currency)

    def on_stripe_clock(self, moment: datetime) -> datetime:
        """A till-clock time of this attempt as Stripe's clock read it (best known)."""
        return moment + (self.stripe_offset or timedelta(0))
