"""Charging: a walk-in card (tokenize, then charge the token) or a saved customer's card.

The charge itself is an attempt of the pipeline (services/attempts.py), which journals it,
sends it with its own idempotency key and settles an unknown outcome; this module only says
what a charge request is (docs/product.md "Unknown outcome after a lost response").
"""

from __future__ import annotations

import dataclasses
import logging
import threading
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Protocol

from pos_app.domain.attempts import AttemptKind
from pos_app.domain.cards import CardDetails, EntryMethod
from pos_app.domain.errors import (
    CustomerDeleted,
    ResourceMissing,
    ValidationError,
)
from pos_app.domain.i18n import translate
from pos_app.domain.keys import Mode
from pos_app.domain.models import Charge, Token
from pos_app.domain.money import Money, check_chargeable
from pos_app.storage.attempts import request_fingerprint

from .attempts import AttemptPipeline, AttemptProgress, Facts, Operation
from .card_tokens import tokenize_card
from .ports import StripeApi
from .receipt_email import ReceiptEmailOperation, valid_receipt_email
from .receipts import Receipt, ReceiptService

__all__ = [
    "ChargeOperation",
    "ChargeRequest",
    "ChargeResult",
    "ChargeService",
    "Charging",
    "validate_charge_request",
]

log = logging.getLogger(__name__)

ProgressCallback = Callable[[AttemptProgress], None]


@dataclass(frozen=True, slots=True)
class ChargeRequest:
    """What the cashier asked for, validated; contains no card data.

    An empty `order_id` means "the register's next order number", taken when the charge is
    journaled, so that a sale never charged leaves no hole in the sequence. `entry` is how the
    card reached the till (the card dialog knows a swipe from keyed entry; a saved customer's
    charge is a card on file): printed on the receipt and kept in the charge's metadata.
    """

    amount: Money
    order_id: str = ""
    description: str = ""
    receipt_email: str = ""
    entry: EntryMethod = EntryMethod.KEYED


@dataclass(frozen=True, slots=True)
class ChargeResult:
    charge: Charge
    attempt_key: str
    order_id: str
    receipt: Receipt
    entry: EntryMethod = EntryMethod.KEYED


def validate_charge_request(
    *,
    amount: Money,
    order_id: str,
    description: str,
    receipt_email: str,
    currency: str,
) -> ChargeRequest:
    """A ChargeRequest from what the cashier typed; ValidationError names the bad field."""
    if amount.currency != currency:
        raise ValidationError(
            "amount",
            translate("Charging", "This till charges in {currency}.").format(
                currency=currency.upper()
            ),
        )
    check_chargeable(amount)
    order_id = order_id.strip()
    if len(order_id) > 100 or "[" in order_id or "]" in order_id:
        # Metadata values are limited to 500 characters; brackets would break the form
        # encoding of some readers (docs/stripe.md §4.7). 100 keeps receipts readable.
        raise ValidationError(
            "order_id", translate("Charging", "Order numbers are up to 100 characters, no [ ].")
        )
    description = description.strip()
    if len(description) > 500:
        raise ValidationError(
            "description", translate("Charging", "The description is too long (500 max).")
        )
    receipt_email = valid_receipt_email(receipt_email) if receipt_email.strip() else ""
    return ChargeRequest(amount, order_id, description, receipt_email)


@dataclass(frozen=True, slots=True)
class ChargeOperation:
    """`POST /v1/charges` for one order: a token, or a saved customer (and maybe its card)."""

    amount: Money
    register_id: str
    cashier: str
    source: str | None = None
    customer: str | None = None
    description: str = ""
    receipt_email: str = ""
    order_id: str | None = None
    entry: EntryMethod | None = None

    kind = AttemptKind.CHARGE

    @property
    def facts(self) -> Facts:
        return Facts(
            order_id=self.order_id,
            block_key=f"order:{self.order_id}" if self.order_id else None,
            customer_id=self.customer,
            amount=self.amount,
        )

    @property
    def register_for_order(self) -> str | None:
        return self.register_id

    def with_order(self, order_id: str) -> ChargeOperation:
        return dataclasses.replace(self, order_id=order_id)

    def with_source(self, source: str) -> ChargeOperation:
        """The same charge of a card tokenized meanwhile (its facts, and so its row, unchanged)."""
        return dataclasses.replace(self, source=source)

    def _metadata(self, attempt_key: str) -> dict[str, str]:
        metadata = {
            "order_id": self.order_id or "",
            "register_id": self.register_id,
            "cashier": self.cashier,
            "attempt_key": attempt_key,
        }
        if self.entry is not None:
            # How the card was presented (never anything of the card): a reprint says it too.
            metadata["entry_method"] = self.entry.value
        return metadata

    def fingerprint(self, attempt_key: str) -> str:
        return request_fingerprint(
            {
                "amount": self.amount.amount,
                "currency": self.amount.currency,
                "source": self.source,
                "customer": self.customer,
                "description": self.description,
                "receipt_email": self.receipt_email,
                "metadata": self._metadata(attempt_key),
            }
        )

    def send(self, api: StripeApi, attempt_key: str) -> Charge:
        # Byte-identical parameters on every replay: Stripe compares them (docs/stripe.md §1.5).
        return api.create_charge(
            amount=self.amount,
            source=self.source,
            customer=self.customer,
            description=self.description or None,
            receipt_email=self.receipt_email or None,
            metadata=self._metadata(attempt_key),
            idempotency_key=attempt_key,
        )

    def accept(self, found: object) -> Charge:
        if not isinstance(found, Charge):
            raise TypeError(f"a charge attempt found a {type(found).__name__}")
        return found


def _charging(operation: Operation[Charge]) -> ChargeOperation:
    if not isinstance(operation, ChargeOperation):
        raise TypeError(f"a charge was journaled as a {type(operation).__name__}")
    return operation


def _utc_now() -> datetime:
    return datetime.now(UTC)


class ChargeService:
    """The charge use cases. Blocking and thread-agnostic: call it from a worker."""

    def __init__(
        self,
        api: StripeApi,
        pipeline: AttemptPipeline,
        receipts: ReceiptService,
        *,
        register_id: str,
        cashier: str,
        mode: Mode,
        currency: str,
        clock: Callable[[], datetime] = _utc_now,
        new_key: Callable[[], str] = lambda: str(uuid.uuid4()),
    ) -> None:
        self._api = api
        self._pipeline = pipeline
        self._receipts = receipts
        self.register_id = register_id
        self.cashier = cashier
        self.mode = mode
        self.currency = currency
        self._clock = clock
        self._new_key = new_key

    def build_request(
        self, *, amount: Money, order_id: str = "", description: str = "", receipt_email: str = ""
    ) -> ChargeRequest:
        """Validate what the cashier typed; raises ValidationError naming the field."""
        return validate_charge_request(
            amount=amount,
            order_id=order_id,
            description=description,
            receipt_email=receipt_email,
            currency=self.currency,
        )

    def charge_card(
        self,
        request: ChargeRequest,
        card: CardDetails,
        *,
        on_tokenized: Callable[[], None] | None = None,
        on_progress: ProgressCallback | None = None,
        cancel: threading.Event | None = None,
    ) -> ChargeResult:
        """Tokenize `card` and charge the token for `request`.

        Raises CardDeclined (definite, the order stays open), AttemptUnresolved (still
        unknown after the settle policy's wait: the order stays blocked and is settled later),
        AttemptBlocked, ValidationError, or another PosError (definite, nothing charged).
        `on_progress` hears "sending" (with the order number) and each "checking".

        The attempt (its order number, key, amount) is journaled while the card is tokenized,
        and the charge leaves once both are done (AttemptPipeline._begin_while): a token moves
        no money, so a card that cannot be read leaves no attempt and takes no order number.
        """

        # The token's key is drawn before the attempt's row is handed to the journal's thread:
        # os.urandom releases the interpreter, which would let that thread take it (and, on a
        # busy core, the processor) between the hand-off and the token request leaving.
        token_key = self._new_key()

        def tokenize() -> Callable[[Operation[Charge]], Operation[Charge]]:
            token = self._tokenize(card, token_key)
            if on_tokenized is not None:
                on_tokenized()
            return lambda journaled: _charging(journaled).with_source(token.id)

        return self._charge(self._operation(request, source=None), on_progress, cancel, tokenize)

    def charge_customer(
        self,
        request: ChargeRequest,
        customer_id: str,
        card_id: str | None = None,
        *,
        on_progress: ProgressCallback | None = None,
        cancel: threading.Event | None = None,
    ) -> ChargeResult:
        """Charge a saved customer's card (its default when `card_id` is None); no card dialog.

        A customer deleted meanwhile (elsewhere) raises CustomerDeleted: nothing was charged.
        """
        request = dataclasses.replace(request, entry=EntryMethod.CARD_ON_FILE)
        operation = self._operation(request, source=card_id, customer=customer_id)
        try:
            return self._charge(operation, on_progress, cancel)
        except ResourceMissing as exc:
            if exc.param != "customer":
                raise
            raise CustomerDeleted(
                exc.message,
                http_status=exc.http_status,
                request_id=exc.request_id,
                code=exc.code,
                param=exc.param,
            ) from exc

    def email_receipt(
        self,
        charge_id: str,
        address: str,
        *,
        order_id: str | None = None,
        on_progress: ProgressCallback | None = None,
    ) -> Charge:
        """Ask Stripe to e-mail this charge's receipt to `address` (live charges only: Stripe
        sends none in test mode). An attempt like a charge: never sent twice."""
        operation = ReceiptEmailOperation(charge_id, valid_receipt_email(address), order_id)
        return self._pipeline.submit(operation, on_progress=on_progress).result

    def ping(self) -> None:
        """One cheap read that proves the API base answers and accepts the key."""
        self._api.list_charges(limit=1)

    # -- internals -------------------------------------------------------------------------

    def _operation(
        self, request: ChargeRequest, *, source: str | None, customer: str | None = None
    ) -> ChargeOperation:
        return ChargeOperation(
            amount=request.amount,
            register_id=self.register_id,
            cashier=self.cashier,
            source=source,
            customer=customer,
            description=request.description,
            receipt_email=request.receipt_email,
            order_id=request.order_id or None,
            entry=request.entry,
        )

    def _charge(
        self,
        operation: ChargeOperation,
        on_progress: ProgressCallback | None,
        cancel: threading.Event | None,
        prepare: Callable[[], Callable[[Operation[Charge]], Operation[Charge]]] | None = None,
    ) -> ChargeResult:
        done = self._pipeline.submit(
            operation, on_progress=on_progress, cancel=cancel, prepare=prepare
        )
        order_id = done.order_id or ""
        entry = operation.entry or EntryMethod.KEYED
        receipt = self._receipts.build(
            done.result, cashier=self.cashier, order_id=order_id, entry=entry
        )
        return ChargeResult(done.result, done.attempt_key, order_id, receipt, entry)

    def _tokenize(self, card: CardDetails, idempotency_key: str) -> Token:
        return tokenize_card(
            self._api, card, mode=self.mode, idempotency_key=idempotency_key, clock=self._clock
        )


class Charging(Protocol):
    """What the till's pages ask of the charge service (the seam GUI tests fake)."""

    register_id: str
    cashier: str
    currency: str

    def build_request(
        self, *, amount: Money, order_id: str = "", description: str = "", receipt_email: str = ""
    ) -> ChargeRequest: ...

    def charge_card(
        self,
        request: ChargeRequest,
        card: CardDetails,
        *,
        on_tokenized: Callable[[], None] | None = None,
        on_progress: ProgressCallback | None = None,
        cancel: threading.Event | None = None,
    ) -> ChargeResult: ...

    def charge_customer(
        self,
        request: ChargeRequest,
        customer_id: str,
        card_id: str | None = None,
        *,
        on_progress: ProgressCallback | None = None,
        cancel: threading.Event | None = None,
    ) -> ChargeResult: ...

    def email_receipt(
        self,
        charge_id: str,
        address: str,
        *,
        order_id: str | None = None,
        on_progress: ProgressCallback | None = None,
    ) -> Charge: ...

    def ping(self) -> None: ...
