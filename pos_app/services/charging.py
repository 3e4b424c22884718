"""Charging a card: tokenize, journal the attempt, charge with its key, settle the outcome.

The rules that keep a queue of customers from being charged twice (docs/product.md, "Unknown
outcome after a lost response"; docs/stripe.md §8):

* every charge attempt gets its own idempotency key, written to the local journal *before*
  the request leaves, and carried in `metadata[attempt_key]`;
* a lost answer is never a failure: the attempt becomes "unknown" and is settled by replaying
  the identical request with the identical key, or by looking the key up in Stripe's list;
* while an order has an unsettled attempt, no new attempt can start for it.
"""

from __future__ import annotations

import logging
import re
import threading
import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from pos_app.domain.cards import CardDetails
from pos_app.domain.errors import (
    CardDeclined,
    IdempotencyConflict,
    OutcomeUnknown,
    PosError,
    RawCardDataRefused,
    StripeError,
    ValidationError,
)
from pos_app.domain.keys import Mode
from pos_app.domain.models import Charge, Token
from pos_app.domain.money import Money, check_chargeable
from pos_app.domain.stripe_test_cards import stripe_test_card
from pos_app.gateway.protocol import PaymentGateway
from pos_app.storage.journal import request_fingerprint

from .ports import AttemptJournal, AttemptRecord
from .receipts import Receipt, ReceiptService

__all__ = [
    "AttemptUnresolved",
    "ChargeNotMade",
    "ChargeRequest",
    "ChargeResult",
    "ChargeService",
    "SettledAttempt",
    "validate_charge_request",
]

log = logging.getLogger(__name__)

#: Stripe keeps idempotency keys for at least 24 h (docs/stripe.md §1.5); replay only well inside.
REPLAY_WINDOW = timedelta(hours=23)
#: How far before an attempt the lookup searches, for clock skew between till and Stripe.
LOOKUP_SLACK = timedelta(minutes=5)
#: An attempt absent from Stripe's (strongly consistent) list this long after it began was
#: never executed: a request still in flight after this would have timed out long ago.
NOT_EXECUTED_AFTER = timedelta(minutes=2)

_EMAIL_SHAPE = r"^[^@\s]+@[^@\s]+\.[^@\s]+$"


class AttemptUnresolved(PosError):
    """The outcome of a charge attempt is not known yet: check it, never charge anew."""

    def __init__(self, attempt_key: str, order_id: str | None) -> None:
        super().__init__(
            f"Payment status for order {order_id or '?'} is unknown; checking. Do not charge again."
        )
        self.attempt_key = attempt_key
        self.order_id = order_id


class ChargeNotMade(PosError):
    """A checked attempt turned out never to have reached Stripe: nothing was charged."""


@dataclass(frozen=True, slots=True)
class ChargeRequest:
    """What the cashier asked for, validated; contains no card data."""

    amount: Money
    order_id: str
    description: str = ""
    receipt_email: str = ""


@dataclass(frozen=True, slots=True)
class ChargeResult:
    charge: Charge
    attempt_key: str
    receipt: Receipt


@dataclass(frozen=True, slots=True)
class SettledAttempt:
    """What start-up learned about an attempt left open: approved, declined, not charged or
    still unknown."""

    order_id: str | None
    outcome: str
    charge_id: str | None


@dataclass(frozen=True, slots=True)
class _PendingCharge:
    """The exact parameters of an in-flight attempt, kept in memory for a same-key replay."""

    request: ChargeRequest
    source: str
    metadata: Mapping[str, str]

    def fingerprint(self) -> str:
        return request_fingerprint(
            {
                "amount": self.request.amount.amount,
                "currency": self.request.amount.currency,
                "source": self.source,
                "description": self.request.description,
                "receipt_email": self.request.receipt_email,
                "metadata": dict(self.metadata),
            }
        )


def validate_charge_request(
    *,
    amount: Money,
    order_id: str,
    description: str,
    receipt_email: str,
    currency: str,
    mode: Mode,
) -> ChargeRequest:
    """A ChargeRequest from what the cashier typed; ValidationError names the bad field."""
    if amount.currency != currency:
        raise ValidationError("amount", f"This till charges in {currency.upper()}.")
    check_chargeable(amount)
    order_id = order_id.strip()
    if not order_id:
        raise ValidationError("order_id", "Enter an order number.")
    if len(order_id) > 100 or "[" in order_id or "]" in order_id:
        # Metadata values are limited to 500 characters; brackets would break the form
        # encoding of some readers (docs/stripe.md §4.7). 100 keeps receipts readable.
        raise ValidationError("order_id", "Order numbers are up to 100 characters, no [ ].")
    description = description.strip()
    if len(description) > 500:
        raise ValidationError("description", "The description is too long (500 max).")
    receipt_email = receipt_email.strip()
    if receipt_email and mode is Mode.SANDBOX:
        raise ValidationError("receipt_email", "Receipt e-mails are not sent in training mode.")
    if receipt_email and not re.match(_EMAIL_SHAPE, receipt_email):
        raise ValidationError("receipt_email", "That e-mail address does not look right.")
    return ChargeRequest(amount, order_id, description, receipt_email)


class ChargeService:
    """The walk-in charge use case. Blocking and thread-agnostic: call it from a worker."""

    def __init__(
        self,
        gateway: PaymentGateway,
        journal: AttemptJournal,
        receipts: ReceiptService,
        *,
        register_id: str,
        cashier: str,
        mode: Mode,
        currency: str,
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
        new_key: Callable[[], str] = lambda: str(uuid.uuid4()),
    ) -> None:
        self._gateway = gateway
        self._journal = journal
        self._receipts = receipts
        self.register_id = register_id
        self.cashier = cashier
        self.mode = mode
        self.currency = currency
        self._clock = clock
        self._new_key = new_key
        self._pending: dict[str, _PendingCharge] = {}
        self._lock = threading.Lock()

    # -- preparing -------------------------------------------------------------------------

    def next_order_id(self) -> str:
        return self._journal.next_order_id(self.register_id)

    def build_request(
        self, *, amount: Money, order_id: str, description: str = "", receipt_email: str = ""
    ) -> ChargeRequest:
        """Validate what the cashier typed; raises ValidationError naming the field."""
        return validate_charge_request(
            amount=amount,
            order_id=order_id,
            description=description,
            receipt_email=receipt_email,
            currency=self.currency,
            mode=self.mode,
        )

    # -- charging --------------------------------------------------------------------------

    def charge_card(
        self,
        request: ChargeRequest,
        card: CardDetails,
        *,
        on_tokenized: Callable[[], None] | None = None,
    ) -> ChargeResult:
        """Tokenize `card` and charge the token for `request`.

        Raises CardDeclined (definite, the order stays open), AttemptUnresolved (outcome
        unknown: call `check_attempt`), ValidationError, or another PosError (definite,
        nothing charged).
        """
        self._refuse_if_unsettled(request.order_id)
        token = self._tokenize(card)
        if on_tokenized is not None:
            on_tokenized()
        return self._charge_source(request, token.id)

    def check_attempt(self, attempt_key: str) -> ChargeResult:
        """Settle an attempt whose outcome is unknown, with the same key (never a new charge)."""
        record = self._journal.get(attempt_key)
        if record is None:
            raise ChargeNotMade("No such payment attempt on this till.")
        if record.state == "succeeded" and record.stripe_id:
            charge = self._gateway.retrieve_charge(record.stripe_id)
            return self._result(charge, attempt_key, record.order_id)
        with self._lock:
            pending = self._pending.get(attempt_key)
        age = self._clock() - record.created_at
        if pending is not None and age < REPLAY_WINDOW:
            return self._send(attempt_key, pending)
        return self._settle_by_lookup(record)

    def ping(self) -> None:
        """One cheap read that proves the API base answers and accepts the key."""
        self._gateway.list_charges(limit=1)

    def settle_unfinished(self) -> list[SettledAttempt]:
        """Check every attempt a crash or a lost answer left open (run at start-up).

        Each is settled through `check_attempt` (same key, or a lookup in Stripe's list);
        those Stripe still cannot answer for stay open and block their order.
        """
        settled: list[SettledAttempt] = []
        for record in self._journal.open_attempts():
            if record.kind != "charge":
                continue
            try:
                result = self.check_attempt(record.attempt_key)
            except CardDeclined as exc:
                settled.append(SettledAttempt(record.order_id, "declined", exc.charge_id))
            except ChargeNotMade:
                settled.append(SettledAttempt(record.order_id, "not charged", None))
            except PosError:
                settled.append(SettledAttempt(record.order_id, "unknown", None))
            else:
                settled.append(SettledAttempt(record.order_id, "approved", result.charge.id))
        return settled

    # -- internals -------------------------------------------------------------------------

    def _refuse_if_unsettled(self, order_id: str) -> None:
        for record in self._journal.open_attempts(order_id):
            raise AttemptUnresolved(record.attempt_key, record.order_id)

    def _tokenize(self, card: CardDetails) -> Token:
        try:
            # The token call has no money effect; its key only dedupes its own retries.
            return self._gateway.create_token(card, idempotency_key=self._new_key())
        except RawCardDataRefused:
            test_card = stripe_test_card(card.number) if self.mode is not Mode.LIVE else None
            if test_card is None:
                if self.mode is Mode.LIVE:
                    raise
                raise ValidationError(
                    "number",
                    "This Stripe test account takes only Stripe's test card numbers "
                    "(for example 4242 4242 4242 4242).",
                ) from None
            log.info("raw card numbers refused in test mode; charging Stripe's test token")
            return Token(id=test_card.token, card=None, created=self._clock(), livemode=False)
        except OutcomeUnknown as exc:
            # Nothing is charged by a token; report it as the network problem it is.
            raise ChargeNotMade(
                "Stripe did not answer in time. Nothing was charged; try the card again."
            ) from exc

    def _charge_source(self, request: ChargeRequest, source: str) -> ChargeResult:
        attempt_key = self._new_key()
        pending = _PendingCharge(
            request,
            source,
            {
                "order_id": request.order_id,
                "register_id": self.register_id,
                "cashier": self.cashier,
                "attempt_key": attempt_key,
            },
        )
        self._journal.begin_attempt(
            attempt_key=attempt_key,
            kind="charge",
            order_id=request.order_id,
            register_id=self.register_id,
            cashier=self.cashier,
            amount=request.amount.amount,
            currency=request.amount.currency,
            customer_id=None,
            request_fingerprint=pending.fingerprint(),
        )
        with self._lock:
            self._pending[attempt_key] = pending
        return self._send(attempt_key, pending)

    def _send(self, attempt_key: str, pending: _PendingCharge) -> ChargeResult:
        request = pending.request
        order_id = request.order_id
        try:
            # Byte-identical parameters on every replay: Stripe compares them (§1.5).
            charge = self._gateway.create_charge(
                amount=request.amount,
                source=pending.source,
                description=request.description or None,
                receipt_email=request.receipt_email or None,
                metadata=pending.metadata,
                idempotency_key=attempt_key,
            )
        except CardDeclined as exc:
            self._forget(attempt_key)
            self._journal.mark_declined(
                attempt_key,
                stripe_id=exc.charge_id,
                error_code=exc.code,
                decline_code=exc.decline_code,
            )
            raise
        except OutcomeUnknown:
            self._journal.mark_unknown(attempt_key)
            raise AttemptUnresolved(attempt_key, order_id) from None
        except IdempotencyConflict:
            # Stripe saw this key with other parameters: only a lookup can tell what happened.
            record = self._journal.get(attempt_key)
            if record is None:
                raise
            return self._settle_by_lookup(record)
        except StripeError as exc:
            self._forget(attempt_key)
            self._journal.mark_failed(attempt_key, error_code=exc.code)
            raise
        return self._settle_with(attempt_key, charge, order_id)

    def _settle_with(self, attempt_key: str, charge: Charge, order_id: str | None) -> ChargeResult:
        """Record what Stripe's charge says; a failed charge raises CardDeclined."""
        self._forget(attempt_key)
        if charge.succeeded:
            self._journal.mark_succeeded(
                attempt_key,
                stripe_id=charge.id,
                card_brand=charge.card.brand.value if charge.card else None,
                card_last4=charge.card.last4 if charge.card else None,
            )
            return self._result(charge, attempt_key, order_id)
        # A 200 with a failed charge (seen on some emulators) is still a decline.
        self._journal.mark_declined(
            attempt_key, stripe_id=charge.id, error_code=charge.failure_code, decline_code=None
        )
        raise CardDeclined(
            charge.failure_message or "Your card was declined.",
            code=charge.failure_code or "card_declined",
            charge_id=charge.id,
        )

    def _settle_by_lookup(self, record: AttemptRecord) -> ChargeResult:
        """Find the attempt in Stripe's charge list by its key (docs/stripe.md §8 step 5)."""
        since = record.created_at - LOOKUP_SLACK
        try:
            found = next(
                (
                    charge
                    for charge in self._gateway.iter_charges(created_gte=int(since.timestamp()))
                    if charge.metadata.get("attempt_key") == record.attempt_key
                ),
                None,
            )
        except StripeError:
            raise AttemptUnresolved(record.attempt_key, record.order_id) from None
        if found is not None:
            return self._settle_with(record.attempt_key, found, record.order_id)
        if self._clock() - record.created_at >= NOT_EXECUTED_AFTER:
            self._forget(record.attempt_key)
            self._journal.mark_failed(record.attempt_key, error_code="not_executed")
            raise ChargeNotMade(
                f"The payment for order {record.order_id} never reached Stripe. "
                "Nothing was charged; the order is open for a new attempt."
            )
        raise AttemptUnresolved(record.attempt_key, record.order_id)

    def _result(self, charge: Charge, attempt_key: str, order_id: str | None) -> ChargeResult:
        receipt = self._receipts.build(charge, cashier=self.cashier, order_id=order_id)
        return ChargeResult(charge=charge, attempt_key=attempt_key, receipt=receipt)

    def _forget(self, attempt_key: str) -> None:
        with self._lock:
            self._pending.pop(attempt_key, None)
