"""GUI test fixtures: a TaskRunner drained at teardown and a till context over a fake ChargeService.

The fake stands in for the network only in the widget tests; the acceptance tests
(test_acceptance.py) run the real application against the sandbox peer.
"""

from __future__ import annotations

import threading
from collections import deque
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

import pytest

from pos_app.domain.cards import CardDetails
from pos_app.domain.keys import Mode
from pos_app.domain.models import Card, Charge, ChargeStatus
from pos_app.domain.money import Money
from pos_app.services.charging import ChargeRequest, ChargeResult, validate_charge_request
from pos_app.services.context import TillContext
from pos_app.services.receipts import ReceiptService, ShopDetails
from pos_app.ui.workers import TaskRunner

VISA = "4242424242424242"
AMEX = "378282246310005"

#: An outcome the fake plays: "ok", or an exception to raise (class or instance).
Outcome = object


@dataclass
class FakeCharges:
    """Records what would be sent; plays scripted outcomes; can hold a charge in flight."""

    receipts: ReceiptService
    register_id: str = "FRONT-1"
    cashier: str = "Sam"
    currency: str = "usd"
    mode: Mode = Mode.TEST
    outcomes: deque[Outcome] = field(default_factory=deque)
    check_outcomes: deque[Outcome] = field(default_factory=deque)
    sent: list[tuple[ChargeRequest, str]] = field(default_factory=list)
    checked: list[str] = field(default_factory=list)
    gate: threading.Event | None = None
    orders: int = 0

    def settle_unfinished(self) -> list[object]:
        return []

    def next_order_id(self) -> str:
        self.orders += 1
        return f"{self.register_id}-{self.orders:04d}"

    def build_request(
        self, *, amount: Money, order_id: str, description: str = "", receipt_email: str = ""
    ) -> ChargeRequest:
        # The real validation: it sends nothing.
        return validate_charge_request(
            amount=amount,
            order_id=order_id,
            description=description,
            receipt_email=receipt_email,
            currency=self.currency,
            mode=self.mode,
        )

    def charge_card(
        self,
        request: ChargeRequest,
        card: CardDetails,
        *,
        on_tokenized: Callable[[], None] | None = None,
    ) -> ChargeResult:
        self.sent.append((request, card.last4))
        if on_tokenized is not None:
            on_tokenized()
        if self.gate is not None:
            assert self.gate.wait(30), "test never released the charge"
        return self._play(self.outcomes, request, card.last4)

    def check_attempt(self, attempt_key: str) -> ChargeResult:
        self.checked.append(attempt_key)
        request = self.sent[-1][0]
        return self._play(self.check_outcomes, request, self.sent[-1][1])

    def _play(self, outcomes: deque[Outcome], request: ChargeRequest, last4: str) -> ChargeResult:
        outcome = outcomes.popleft() if outcomes else "ok"
        if outcome != "ok":
            raise outcome  # type: ignore[misc]
        return self.result(request, last4)

    def result(self, request: ChargeRequest, last4: str) -> ChargeResult:
        from pos_app.domain.cards import Brand, brand_of

        brand = brand_of(VISA if last4 == "4242" else AMEX) if last4 else Brand.UNKNOWN
        charge = Charge(
            id=f"ch_test_{len(self.sent)}",
            amount=request.amount,
            amount_refunded=Money(0, request.amount.currency),
            status=ChargeStatus.SUCCEEDED,
            paid=True,
            captured=True,
            refunded=False,
            created=datetime.now(UTC),
            livemode=False,
            description=request.description or None,
            metadata={"order_id": request.order_id},
            card=Card(id="", brand=brand, last4=last4, exp_month=12, exp_year=2030),
        )
        receipt = self.receipts.build(charge, cashier=self.cashier, order_id=request.order_id)
        return ChargeResult(charge=charge, attempt_key=f"att_{len(self.sent)}", receipt=receipt)


@pytest.fixture
def runner(qtbot: object) -> Iterator[TaskRunner]:
    task_runner = TaskRunner()
    yield task_runner
    assert task_runner.drain(10_000), "a background job never delivered"


@pytest.fixture
def receipts(tmp_path: Path) -> ReceiptService:
    return ReceiptService(
        ShopDetails("Corner Café", "1 Main Street\nSpringfield", "Thank you!"),
        register_id="FRONT-1",
        mode=Mode.TEST,
        receipts_dir=tmp_path / "receipts",
    )


@pytest.fixture
def fake_charges(receipts: ReceiptService) -> Iterator[FakeCharges]:
    fake = FakeCharges(receipts)
    yield fake
    if fake.gate is not None:
        fake.gate.set()  # never leave a worker blocked


@pytest.fixture
def till(fake_charges: FakeCharges, receipts: ReceiptService) -> TillContext:
    return TillContext(
        mode=Mode.TEST,
        currency="usd",
        register_id="FRONT-1",
        cashier="Sam",
        business_name="Corner Café",
        charges=fake_charges,  # type: ignore[arg-type]
        receipts=receipts,
    )
