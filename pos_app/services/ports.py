"""The ports services depend on: Stripe's API as the services call it, and the attempt journal.

Only what the services call is here; the one implementation of each (gateway.StripeGateway,
storage.journal.Journal) fits it structurally, and tests hand in fakes that do.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from contextlib import AbstractContextManager
from datetime import datetime, timedelta
from typing import Protocol

from pos_app.domain.attempts import AttemptKind, AttemptRecord, NewAttempt
from pos_app.domain.cards import CardDetails
from pos_app.domain.models import Card, Charge, Customer, ListPage, Refund, SearchPage, Token
from pos_app.domain.money import Money

__all__ = ["AttemptJournal", "JournalTx", "StripeApi"]


class StripeApi(Protocol):
    """Stripe's Tokens, Charges, Customers, Cards and Refunds, as the services use them.

    Every POST takes the caller's `idempotency_key`, reused verbatim on every retry; errors
    are the domain's StripeError tree. `clock_offset` is Stripe's clock minus the caller's,
    learnt from the answers' Date headers (None before the first answer).
    """

    @property
    def clock_offset(self) -> timedelta | None: ...

    def create_token(self, card: CardDetails, *, idempotency_key: str) -> Token: ...

    def create_charge(
        self,
        *,
        amount: Money,
        idempotency_key: str,
        source: str | None = None,
        customer: str | None = None,
        description: str | None = None,
        metadata: Mapping[str, str] | None = None,
        receipt_email: str | None = None,
        capture: bool = True,
        expand: Sequence[str] = (),
    ) -> Charge: ...

    def retrieve_charge(self, charge_id: str) -> Charge: ...

    def update_charge(
        self,
        charge_id: str,
        *,
        idempotency_key: str,
        receipt_email: str | None = None,
        description: str | None = None,
        metadata: Mapping[str, str] | None = None,
    ) -> Charge: ...

    def list_charges(
        self,
        *,
        created_gte: int | None = None,
        created_lt: int | None = None,
        customer: str | None = None,
        limit: int = 100,
        starting_after: str | None = None,
        expand_fees: bool = False,
    ) -> ListPage[Charge]: ...

    def iter_charges(
        self,
        *,
        created_gte: int | None = None,
        created_lt: int | None = None,
        customer: str | None = None,
        starting_after: str | None = None,
        page_size: int = 100,
    ) -> Iterator[Charge]: ...

    def create_customer(
        self,
        *,
        idempotency_key: str,
        source: str | None = None,
        email: str | None = None,
        name: str | None = None,
        phone: str | None = None,
        description: str | None = None,
        metadata: Mapping[str, str] | None = None,
    ) -> Customer: ...

    def retrieve_customer(self, customer_id: str) -> Customer: ...

    def delete_customer(self, customer_id: str) -> Customer: ...

    def list_customers(
        self,
        *,
        email: str | None = None,
        limit: int = 100,
        starting_after: str | None = None,
        expand_default_card: bool = False,
    ) -> ListPage[Customer]: ...

    def iter_customers(
        self,
        *,
        email: str | None = None,
        starting_after: str | None = None,
        page_size: int = 100,
    ) -> Iterator[Customer]: ...

    def search_customers(
        self,
        query: str,
        *,
        limit: int = 20,
        page: str | None = None,
        expand_default_card: bool = False,
    ) -> SearchPage[Customer]: ...

    def list_cards(
        self, customer_id: str, *, limit: int = 100, starting_after: str | None = None
    ) -> ListPage[Card]: ...

    def add_card(
        self,
        customer_id: str,
        token_id: str,
        *,
        idempotency_key: str,
        metadata: Mapping[str, str] | None = None,
    ) -> Card: ...

    def delete_card(self, customer_id: str, card_id: str) -> str: ...

    def set_default_card(
        self, customer_id: str, card_id: str, *, idempotency_key: str
    ) -> Customer: ...

    def create_refund(
        self,
        *,
        charge_id: str,
        idempotency_key: str,
        amount: Money | None = None,
        reason: str | None = None,
        metadata: Mapping[str, str] | None = None,
    ) -> Refund: ...

    def list_refunds(
        self,
        *,
        charge_id: str | None = None,
        created_gte: int | None = None,
        created_lt: int | None = None,
        limit: int = 100,
        starting_after: str | None = None,
        expand_sales: bool = False,
        expand_fees: bool = False,
    ) -> ListPage[Refund]: ...

    def iter_refunds(
        self,
        *,
        charge_id: str | None = None,
        created_gte: int | None = None,
        created_lt: int | None = None,
        starting_after: str | None = None,
        page_size: int = 100,
    ) -> Iterator[Refund]: ...


class JournalTx(Protocol):
    """One durable journal transaction (see storage.journal.JournalTx)."""

    def next_order_id(self, register_id: str) -> str: ...

    def begin_attempt(self, new: NewAttempt) -> None: ...


class AttemptJournal(Protocol):
    """Local, durable record of every request that changes something, written before it leaves."""

    def transaction(self) -> AbstractContextManager[JournalTx]: ...

    def next_order_id(self, register_id: str) -> str: ...

    def complete_attempt(
        self, attempt_key: str, *, request_fingerprint: str, durable: bool
    ) -> None: ...

    def withdraw_attempt(self, attempt_key: str, *, order_of: str | None = None) -> bool: ...

    def record_send(self, attempt_key: str) -> None: ...

    def mark_succeeded(
        self,
        attempt_key: str,
        *,
        stripe_id: str,
        card_brand: str | None = None,
        card_last4: str | None = None,
    ) -> None: ...

    def mark_declined(
        self,
        attempt_key: str,
        *,
        stripe_id: str | None = None,
        error_code: str | None = None,
        decline_code: str | None = None,
        message: str | None = None,
        card_brand: str | None = None,
        card_last4: str | None = None,
    ) -> None: ...

    def mark_failed(
        self, attempt_key: str, *, error_code: str | None = None, message: str | None = None
    ) -> None: ...

    def mark_unknown(
        self, attempt_key: str, *, error_code: str | None = None, message: str | None = None
    ) -> None: ...

    def get(self, attempt_key: str) -> AttemptRecord | None: ...

    def open_attempts(self, kind: AttemptKind | None = None) -> list[AttemptRecord]: ...

    def open_for(self, block_key: str) -> list[AttemptRecord]: ...

    def attempts_between(self, start: datetime, end: datetime) -> list[AttemptRecord]: ...
