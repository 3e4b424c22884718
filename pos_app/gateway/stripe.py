"""StripeGateway: the dozen Stripe endpoints the till uses, spoken over httpx."""

from __future__ import annotations

import random as _random
import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from datetime import datetime, timedelta
from types import TracebackType
from typing import Any, TypeVar

import httpx

from ..domain.cards import CardDetails
from ..domain.models import Card, Charge, Customer, ListPage, Refund, SearchPage, Token
from ..domain.money import Money
from .clock import StripeClock, utc_now
from .config import GatewayConfig
from .encoding import created_window, path_segment
from .parse import (
    JsonObject,
    parse_card,
    parse_charge,
    parse_customer,
    parse_list,
    parse_refund,
    parse_search,
    parse_token,
)
from .requester import Requester

__all__ = ["StripeGateway"]

T = TypeVar("T")
_MAX_PAGE = 100  # docs/stripe.md §5.1: limit ranges between 1 and 100


class StripeGateway:
    """Stripe's classic Tokens/Charges/Customers/Refunds API (the services' StripeApi port).

    One `httpx.Client` per gateway, shared by worker threads. `sleep` and `random` are
    injected so the retry back-off can be tested without waiting; `clock` (aware UTC) is the
    till's clock, against which Stripe's is measured.
    """

    def __init__(
        self,
        config: GatewayConfig,
        *,
        transport: httpx.BaseTransport | None = None,
        sleep: Callable[[float], None] = time.sleep,
        random: Callable[[], float] = _random.random,
        clock: Callable[[], datetime] = utc_now,
    ) -> None:
        self._config = config
        self._stripe_clock = StripeClock(clock)
        self._http = Requester(
            config,
            transport=transport,
            sleep=sleep,
            random=random,
            stripe_clock=self._stripe_clock,
        )

    @property
    def config(self) -> GatewayConfig:
        return self._config

    @property
    def clock_offset(self) -> timedelta | None:
        """Stripe's time minus the till's `clock()`, from the `Date` header of the latest
        answer (any status); None until Stripe has answered once."""
        return self._stripe_clock.offset

    def stripe_now(self) -> datetime | None:
        """The time on Stripe's clock (aware UTC), or None while the offset is unknown."""
        return self._stripe_clock.stripe_now()

    def close(self) -> None:
        self._http.close()

    def __enter__(self) -> StripeGateway:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"StripeGateway(api_base={self._config.api_base!r})"

    # -- plumbing -------------------------------------------------------------------------

    @staticmethod
    def _iterate(fetch: Callable[[str | None], ListPage[T]], start: str | None) -> Iterator[T]:
        # Cursor pagination: same filters, starting_after = last id while has_more (§5.1).
        cursor = start
        while True:
            page = fetch(cursor)
            yield from page.data
            cursor = page.last_id
            if not page.has_more or cursor is None:
                return

    # -- tokens ---------------------------------------------------------------------------

    def create_token(self, card: CardDetails, *, idempotency_key: str) -> Token:
        """POST /v1/tokens with the keyed card (gated by Stripe: docs/stripe.md §7)."""
        params: dict[str, Any] = {
            "card": {
                "number": card.number,
                "exp_month": str(card.exp_month),
                "exp_year": str(card.exp_year),
                # CardDetails uses "" for "not given"; an empty field is not sent at all.
                "cvc": card.cvc or None,
                "name": card.name or None,
                "address_zip": card.postal_code or None,
            }
        }
        publishable = self._config.publishable_key
        if publishable:
            # Stripe.js style: the publishable key in the form, no secret key on the wire.
            params["key"] = publishable
        return self._http.call(
            parse_token,
            "POST",
            "/v1/tokens",
            params,
            idempotency_key=idempotency_key,
            bearer=not publishable,
        )

    # -- charges --------------------------------------------------------------------------

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
    ) -> Charge:
        params = {
            "amount": amount.amount,
            "currency": amount.currency,
            "source": source,
            "customer": customer,
            "description": description,
            "metadata": dict(metadata) if metadata else None,
            "receipt_email": receipt_email,
            "capture": capture,
            "expand": list(expand) or None,
        }
        return self._http.call(
            parse_charge, "POST", "/v1/charges", params, idempotency_key=idempotency_key
        )

    def retrieve_charge(self, charge_id: str) -> Charge:
        return self._http.call(parse_charge, "GET", f"/v1/charges/{path_segment(charge_id)}")

    def update_charge(
        self,
        charge_id: str,
        *,
        idempotency_key: str,
        receipt_email: str | None = None,
        description: str | None = None,
        metadata: Mapping[str, str] | None = None,
    ) -> Charge:
        """POST /v1/charges/{id}. Setting `receipt_email` on a live charge makes Stripe e-mail
        its receipt (docs/stripe.md §4.3)."""
        params = {
            "receipt_email": receipt_email,
            "description": description,
            "metadata": dict(metadata) if metadata else None,
        }
        return self._http.call(
            parse_charge,
            "POST",
            f"/v1/charges/{path_segment(charge_id)}",
            params,
            idempotency_key=idempotency_key,
        )

    def list_charges(
        self,
        *,
        created_gte: int | None = None,
        created_lt: int | None = None,
        customer: str | None = None,
        limit: int = 100,
        starting_after: str | None = None,
        expand_fees: bool = False,
    ) -> ListPage[Charge]:
        """Newest first; `expand_fees` includes each charge's balance transaction (its fee and
        net, `Charge.settlement`), which a restricted key may read only with the balance's
        read permission (PermissionDenied otherwise)."""
        params = {
            "created": created_window(created_gte, created_lt),
            "customer": customer,
            "limit": min(limit, _MAX_PAGE),
            "starting_after": starting_after,
            "expand": ["data.balance_transaction"] if expand_fees else None,
        }
        return self._http.call(lambda o: parse_list(o, parse_charge), "GET", "/v1/charges", params)

    def iter_charges(
        self,
        *,
        created_gte: int | None = None,
        created_lt: int | None = None,
        customer: str | None = None,
        starting_after: str | None = None,
        page_size: int = 100,
    ) -> Iterator[Charge]:
        return self._iterate(
            lambda cursor: self.list_charges(
                created_gte=created_gte,
                created_lt=created_lt,
                customer=customer,
                limit=page_size,
                starting_after=cursor,
            ),
            starting_after,
        )

    # -- customers ------------------------------------------------------------------------

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
    ) -> Customer:
        params = {
            "source": source,
            "email": email,
            "name": name,
            "phone": phone,
            "description": description,
            "metadata": dict(metadata) if metadata else None,
        }
        return self._http.call(
            parse_customer, "POST", "/v1/customers", params, idempotency_key=idempotency_key
        )

    def retrieve_customer(self, customer_id: str) -> Customer:
        return self._http.call(parse_customer, "GET", f"/v1/customers/{path_segment(customer_id)}")

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
    ) -> Customer:
        params = {
            "email": email,
            "name": name,
            "phone": phone,
            "description": description,
            "metadata": dict(metadata) if metadata else None,
            "default_source": default_source,
            "source": source,
        }
        return self._http.call(
            parse_customer,
            "POST",
            f"/v1/customers/{path_segment(customer_id)}",
            params,
            idempotency_key=idempotency_key,
        )

    def delete_customer(self, customer_id: str) -> Customer:
        return self._http.call(
            parse_customer, "DELETE", f"/v1/customers/{path_segment(customer_id)}"
        )

    def list_customers(
        self,
        *,
        email: str | None = None,
        limit: int = 100,
        starting_after: str | None = None,
        expand_default_card: bool = False,
    ) -> ListPage[Customer]:
        """Newest first; `expand_default_card` includes each default card (§4.8), which the
        customer directory shows (brand, last four, expiry) without a request per customer."""
        params = {
            "email": email,
            "limit": min(limit, _MAX_PAGE),
            "starting_after": starting_after,
            "expand": ["data.default_source"] if expand_default_card else None,
        }
        return self._http.call(
            lambda o: parse_list(o, parse_customer), "GET", "/v1/customers", params
        )

    def iter_customers(
        self,
        *,
        email: str | None = None,
        starting_after: str | None = None,
        page_size: int = 100,
    ) -> Iterator[Customer]:
        return self._iterate(
            lambda cursor: self.list_customers(email=email, limit=page_size, starting_after=cursor),
            starting_after,
        )

    def search_customers(
        self,
        query: str,
        *,
        limit: int = 20,
        page: str | None = None,
        expand_default_card: bool = False,
    ) -> SearchPage[Customer]:
        """GET /v1/customers/search: eventually consistent, never for read-after-write (§5.2)."""
        params = {
            "query": query,
            "limit": min(limit, _MAX_PAGE),
            "page": page,
            "expand": ["data.default_source"] if expand_default_card else None,
        }
        return self._http.call(
            lambda o: parse_search(o, parse_customer), "GET", "/v1/customers/search", params
        )

    # -- saved cards ----------------------------------------------------------------------

    def list_cards(
        self, customer_id: str, *, limit: int = 100, starting_after: str | None = None
    ) -> ListPage[Card]:
        params = {
            "object": "card",
            "limit": min(limit, _MAX_PAGE),
            "starting_after": starting_after,
        }
        return self._http.call(
            lambda o: parse_list(o, parse_card),
            "GET",
            f"/v1/customers/{path_segment(customer_id)}/sources",
            params,
        )

    def add_card(
        self,
        customer_id: str,
        token_id: str,
        *,
        idempotency_key: str,
        metadata: Mapping[str, str] | None = None,
    ) -> Card:
        """Attach a token's card; it becomes the default only if there was none (§4.4)."""
        return self._http.call(
            parse_card,
            "POST",
            f"/v1/customers/{path_segment(customer_id)}/sources",
            {"source": token_id, "metadata": dict(metadata) if metadata else None},
            idempotency_key=idempotency_key,
        )

    def delete_card(self, customer_id: str, card_id: str) -> str:
        """Detach a saved card; the id of the card that was deleted."""
        path = f"/v1/customers/{path_segment(customer_id)}/sources/{path_segment(card_id)}"
        return self._http.call(lambda o: _deleted_card_id(o, card_id), "DELETE", path)

    def set_default_card(self, customer_id: str, card_id: str, *, idempotency_key: str) -> Customer:
        return self.update_customer(
            customer_id, idempotency_key=idempotency_key, default_source=card_id
        )

    # -- refunds --------------------------------------------------------------------------

    def create_refund(
        self,
        *,
        charge_id: str,
        idempotency_key: str,
        amount: Money | None = None,
        reason: str | None = None,
        metadata: Mapping[str, str] | None = None,
    ) -> Refund:
        """POST /v1/refunds; without `amount`, whatever is left on the charge (§4.5)."""
        params = {
            "charge": charge_id,
            "amount": amount.amount if amount is not None else None,
            "reason": reason,
            "metadata": dict(metadata) if metadata else None,
        }
        return self._http.call(
            parse_refund, "POST", "/v1/refunds", params, idempotency_key=idempotency_key
        )

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
    ) -> ListPage[Refund]:
        """Newest first; `expand_sales` includes each refund's charge (`Refund.sale`),
        `expand_fees` its balance transaction (`Refund.settlement`, the balance's read
        permission of a restricted key, PermissionDenied otherwise)."""
        expand = [
            name
            for name, wanted in (
                ("data.charge", expand_sales),
                ("data.balance_transaction", expand_fees),
            )
            if wanted
        ]
        params = {
            "charge": charge_id,
            "created": created_window(created_gte, created_lt),
            "limit": min(limit, _MAX_PAGE),
            "starting_after": starting_after,
            "expand": expand or None,
        }
        return self._http.call(lambda o: parse_list(o, parse_refund), "GET", "/v1/refunds", params)

    def iter_refunds(
        self,
        *,
        charge_id: str | None = None,
        created_gte: int | None = None,
        created_lt: int | None = None,
        starting_after: str | None = None,
        page_size: int = 100,
    ) -> Iterator[Refund]:
        return self._iterate(
            lambda cursor: self.list_refunds(
                charge_id=charge_id,
                created_gte=created_gte,
                created_lt=created_lt,
                limit=page_size,
                starting_after=cursor,
            ),
            starting_after,
        )


def _deleted_card_id(obj: JsonObject, requested: str) -> str:
    # Stripe answers {"id": "card_…", "object": "card", "deleted": true}; localstripe
    # answers with the customer instead (docs/emulators.md §2.4): then the request names it.
    found = obj.get("id")
    if isinstance(found, str) and found and obj.get("object") != "customer":
        return found
    return requested
