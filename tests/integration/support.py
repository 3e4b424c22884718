"""Shared test data for the integration tests: keyed test cards, tokens per peer, wire recorder.

stripe-stateful-mock has no /v1/tokens (docs/emulators.md §6), so where a test needs a token to
set something up, it uses Stripe's magic test token for the same card there; localstripe and
the sandbox tokenize the keyed number for real.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date
from typing import TypedDict

import httpx

from pos_app.domain.money import Money
from pos_app.gateway import StripeGateway
from tests.fixtures_peers import STATEFUL_MOCK, Peer

VISA = "4242424242424242"
MASTERCARD = "5555555555554444"
CUSTOMER_FAIL = "4000000000000341"  # attaches, then every charge declines (docs/stripe.md §6)

# docs/stripe.md §6: the test token that stands for each test number.
MAGIC_TOKENS = {
    VISA: "tok_visa",
    MASTERCARD: "tok_mastercard",
    CUSTOMER_FAIL: "tok_chargeCustomerFail",
    "4000000000000002": "tok_chargeDeclined",
    "4000000000009995": "tok_chargeDeclinedInsufficientFunds",
    "4000000000000069": "tok_chargeDeclinedExpiredCard",
    "4000000000000127": "tok_chargeDeclinedIncorrectCvc",
    "4000000000000119": "tok_chargeDeclinedProcessingError",
}


@dataclass(frozen=True, slots=True)
class KeyedCard:
    """A card typed in at the till (the gateway's CardInput)."""

    number: str
    exp_month: int = 12
    exp_year: int = field(default_factory=lambda: date.today().year + 3)
    cvc: str | None = "123"
    name: str | None = "Ada Lovelace"
    postal_code: str | None = "10001"

    def __repr__(self) -> str:
        return f"KeyedCard(last4={self.number[-4:]})"


def new_key() -> str:
    """A fresh idempotency key: one per logical operation (docs/stripe.md §1.5)."""
    return str(uuid.uuid4())


def unique(tag: str) -> str:
    """A value no other test (or earlier run on a non-resettable peer) has used."""
    return f"{tag}-{uuid.uuid4().hex[:12]}"


def usd(cents: int) -> Money:
    return Money(cents, "usd")


def token_for(gateway: StripeGateway, peer: Peer, number: str = VISA) -> str:
    """A token for a test card: tokenized on the peer, or the magic token where it can't."""
    if peer.name == STATEFUL_MOCK:
        return MAGIC_TOKENS[number]
    return gateway.create_token(KeyedCard(number), idempotency_key=new_key()).id


class Payer(TypedDict, total=False):
    """Who pays: `create_charge` keyword arguments."""

    source: str
    customer: str


def payer(gateway: StripeGateway, peer: Peer) -> Payer:
    """Charge arguments that succeed on every peer, for tests about what comes after a charge.

    Plain localstripe refuses `source=tok_…` (docs/emulators.md §2.3), so there the money comes
    from a saved customer, which is an equally real Stripe flow.
    """
    if peer.name == STATEFUL_MOCK:
        return {"source": "tok_visa"}
    customer = gateway.create_customer(
        idempotency_key=new_key(),
        source=token_for(gateway, peer),
        email=f"{unique('payer')}@example.com",
    )
    return {"customer": customer.id}


@dataclass(frozen=True, slots=True)
class Attempt:
    """One HTTP exchange as it went over the wire."""

    method: str
    path: str
    idempotency_key: str | None
    status: int


class RecordingTransport(httpx.BaseTransport):
    """A real HTTP transport that remembers every attempt, so retries can be counted."""

    def __init__(self) -> None:
        self._inner = httpx.HTTPTransport()
        self.attempts: list[Attempt] = []

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        response = self._inner.handle_request(request)
        self.attempts.append(
            Attempt(
                request.method,
                request.url.path,
                request.headers.get("Idempotency-Key"),
                response.status_code,
            )
        )
        return response

    def close(self) -> None:
        self._inner.close()
