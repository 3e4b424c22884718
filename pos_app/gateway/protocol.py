"""The payment-gateway port services depend on, and the card input it tokenizes."""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from datetime import datetime, timedelta
from typing import Protocol

from ..domain.models import Card, Charge, Customer, ListPage, Refund, SearchPage, Token
from ..domain.money import Money

__all__ = ["CardInput", "PaymentGateway"]


class CardInput(Protocol):
    """What tokenization reads from a keyed card (the domain's CardDetails fits)."""

    @property
    def number(self) -> str: ...
    @property
    def exp_month(self) -> int | str: ...
    @property
    def exp_year(self) -> int | str: ...
    @property
    def cvc(self) -> str | None: ...
    @property
    def name(self) -> str | None: ...
    @property
    def postal_code(self) -> str | None: ...


class PaymentGateway(Protocol):
    """Stripe's Tokens, Charges, Customers, Cards and Refunds, as the till uses them.

    Every POST takes the caller's `idempotency_key`, reused verbatim on every retry.
    Failures raise the domain StripeError tree (pos_app.domain.errors).

    Time that must agree with Stripe's (a lookup window after a restart, "never executed")
    is reckoned with `stripe_now()`, not the till's clock.
    """

    def close(self) -> None: ...

    @property
    def clock_offset(self) -> timedelta | None:
        """Stripe's time minus the till's, from the latest answer's `Date`; None before one."""
        ...

    def stripe_now(self) -> datetime | None:
        """The till's clock corrected by `clock_offset` (aware UTC); None while unknown."""
        ...

    def create_token(self, card: CardInput, *, idempotency_key: str) -> Token: ...

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

    def list_charges(
        self,
        *,
        created_gte: int | None = None,
        created_lt: int | None = None,
        customer: str | None = None,
        limit: int = 100,
        starting_after: str | None = None,
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

    def update_customer(
        self,
        customer_id: str,
        *,
        idempotency_key: str,
        email: str | None = None,
        name: str | None = None,
        phone: str | None = None,
        description: str | None = None,
        metadata: Mapping[str, str] | None = None,
        default_source: str | None = None,
        source: str | None = None,
    ) -> Customer: ...

    def delete_customer(self, customer_id: str) -> Customer: ...

    def list_customers(
        self,
        *,
        email: str | None = None,
        limit: int = 100,
        starting_after: str | None = None,
    ) -> ListPage[Customer]: ...

    def iter_customers(
        self,
        *,
        email: str | None = None,
        starting_after: str | None = None,
        page_size: int = 100,
    ) -> Iterator[Customer]: ...

    def search_customers(
        self, query: str, *, limit: int = 20, page: str | None = None
    ) -> SearchPage[Customer]: ...

    def list_cards(
        self, customer_id: str, *, limit: int = 100, starting_after: str | None = None
    ) -> ListPage[Card]: ...

    def add_card(self, customer_id: str, token_id: str, *, idempotency_key: str) -> Card: ...

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
