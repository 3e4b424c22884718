"""A till assembled as app.py assembles it (gateway, journal, attempt pipeline, services), for
the fault tests, the batches and the crash children; and the server's own records to judge it.

The pipeline never waits for real: its `sleep` only moves its `monotonic`, so its foreground
checks run back to back on the settle policy's schedule, and the gateway's back-off is a
no-op. What a test controls: the till's clock (a fixed skew), the gateway's retries and read
time-out, the policy and the never-executed window.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path

import httpx

from pos_app.domain.keys import Mode
from pos_app.domain.models import Card, Charge, Customer, Refund
from pos_app.domain.money import Money
from pos_app.gateway import GatewayConfig, StripeGateway
from pos_app.gateway.parse import parse_card
from pos_app.services.attempts import AttemptPipeline
from pos_app.services.charging import ChargeService
from pos_app.services.receipts import ReceiptService, ShopDetails
from pos_app.services.settle_policy import SettlePolicy
from pos_app.storage.journal import Journal
from tests.fixtures_peers import Peer

__all__ = ["SHORT_POLICY", "Server", "Till", "TillClock", "skewed_clock", "usd"]

#: The foreground gives up after three quick checks (the waits are not real).
SHORT_POLICY = SettlePolicy(first_wait=1.0, max_wait=1.0, factor=1.0, jitter=0.0, deadline=3.0)
REGISTER = "R1"
CASHIER = "Sam"


def usd(cents: int) -> Money:
    return Money(cents, "usd")


class TillClock:
    """The till's clock: the real time plus a fixed skew, plus whatever the test advanced it.

    Advancing it is time passing at the till; to see time pass at Stripe too, the test moves
    the proxy's `Date` headers with `FaultProxy.shift_stripe_clock` (`pass_time` does both).
    """

    def __init__(self, skew: timedelta = timedelta(0)) -> None:
        self.skew = skew
        self.advanced = timedelta(0)

    def __call__(self) -> datetime:
        return datetime.now(UTC) + self.skew + self.advanced

    def advance(self, **delta: float) -> None:
        self.advanced += timedelta(**delta)


def skewed_clock(skew: timedelta) -> TillClock:
    """The till's clock, `skew` ahead of the real time (behind when negative)."""
    return TillClock(skew)


@dataclass
class _Waits:
    """Stands in for time.sleep/time.monotonic: waiting only moves the monotonic clock."""

    elapsed: float = 0.0
    slept: list[float] = field(default_factory=list)

    def sleep(self, seconds: float) -> None:
        self.slept.append(seconds)
        self.elapsed += seconds

    def monotonic(self) -> float:
        return self.elapsed


@dataclass
class Till:
    """One till "process": a gateway on `peer`, the journal at `journal_path`, the pipeline
    and the charge service. `close()` is what the till's exit does."""

    peer: Peer
    journal_path: Path
    clock: Callable[[], datetime] = field(default_factory=TillClock)
    max_retries: int = 2
    read_timeout: float = 30.0
    policy: SettlePolicy = SHORT_POLICY
    not_executed_after: timedelta = timedelta(minutes=3)
    gateway: StripeGateway = field(init=False)
    journal: Journal = field(init=False)
    pipeline: AttemptPipeline = field(init=False)
    charges: ChargeService = field(init=False)
    waits: _Waits = field(init=False, default_factory=_Waits)

    def __post_init__(self) -> None:
        self.gateway = StripeGateway(
            GatewayConfig(
                secret_key=self.peer.secret_key,
                api_base=self.peer.base_url,
                max_retries=self.max_retries,
                read_timeout=self.read_timeout,
            ),
            sleep=lambda seconds: None,
            clock=self.clock,
        )
        self.journal = Journal(self.journal_path, clock=self.clock)
        keys = itertools.count(1)
        self.pipeline = AttemptPipeline(
            self.gateway,
            self.journal,
            register_id=REGISTER,
            cashier=CASHIER,
            policy=self.policy,
            clock=self.clock,
            monotonic=self.waits.monotonic,
            sleep=self.waits.sleep,
            random=lambda: 0.5,
            new_key=lambda: f"{self.journal_path.stem}-{next(keys):05d}-{_nonce()}",
            not_executed_after=self.not_executed_after,
        )
        receipts = ReceiptService(
            ShopDetails("Fault Shop"),
            register_id=REGISTER,
            mode=Mode.TEST,
            receipts_dir=self.journal_path.parent / "receipts",
        )
        self.charges = ChargeService(
            self.gateway,
            self.pipeline,
            receipts,
            register_id=REGISTER,
            cashier=CASHIER,
            mode=Mode.TEST,
            currency="usd",
            clock=self.clock,
        )

    def close(self) -> None:
        self.gateway.close()
        self.journal.close()


def _nonce() -> str:
    import uuid

    return uuid.uuid4().hex[:8]


class Server:
    """What the Stripe emulator itself holds, read straight from it (never through the
    proxy, never through a fault)."""

    def __init__(self, peer: Peer) -> None:
        self.peer = peer
        self.gateway = StripeGateway(
            GatewayConfig(secret_key=peer.secret_key, api_base=peer.base_url, max_retries=0)
        )

    def close(self) -> None:
        self.gateway.close()

    def charges(self) -> list[Charge]:
        return list(self.gateway.iter_charges())

    def charges_for(self, attempt_key: str) -> list[Charge]:
        return [c for c in self.charges() if c.metadata.get("attempt_key") == attempt_key]

    def refunds(self) -> list[Refund]:
        return list(self.gateway.iter_refunds())

    def customers(self) -> list[Customer]:
        return list(self.gateway.iter_customers())

    def cards_of(self, customer_id: str) -> list[Card]:
        """The customer's cards, from the customer object itself: the sandbox refuses `limit`
        on a customer's sources list (docs/emulators.md §2.4), which the gateway sends."""
        answer = httpx.get(
            f"{self.peer.base_url}/v1/customers/{customer_id}",
            auth=(self.peer.secret_key, ""),
            timeout=30,
        )
        answer.raise_for_status()
        sources = answer.json().get("sources") or {}
        return [parse_card(c) for c in sources.get("data", []) if c.get("object") == "card"]
