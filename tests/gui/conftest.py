"""GUI test fixtures: the shared task runner drained at teardown, and a till context over a
fake charge service.

The fake stands in for the network only in the widget tests; the acceptance tests
(test_acceptance.py) run the real application against the sandbox peer.
"""

from __future__ import annotations

import gc
import threading
from collections import deque
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale

from pos_app.domain.attempts import AttemptKind, SettledAttempt
from pos_app.domain.cards import CardDetails
from pos_app.domain.keys import Mode
from pos_app.domain.models import Card, Charge, ChargeStatus
from pos_app.domain.money import Money
from pos_app.launcher import Launcher
from pos_app.services.attempts import AttemptPhase, AttemptProgress
from pos_app.services.charging import ChargeRequest, ChargeResult, validate_charge_request
from pos_app.services.context import TillContext
from pos_app.services.receipts import ReceiptService, ShopDetails
from pos_app.ui import amounts
from pos_app.ui.main_window import MainWindow
from pos_app.ui.ops import TaskRunner
from tests.fixtures_peers import Peer

from .helpers import real_window, till_env

VISA = "4242424242424242"
AMEX = "378282246310005"

#: An outcome the fake plays: "ok", "checking" (an unknown outcome the service settles while
#: the cashier waits, then ok), or an exception to raise (class or instance).
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
    sent: list[tuple[ChargeRequest, str]] = field(default_factory=list)
    customer_charges: list[tuple[ChargeRequest, str, str | None]] = field(default_factory=list)
    emailed: list[tuple[str, str]] = field(default_factory=list)
    gate: threading.Event | None = None
    orders: int = 0

    def build_request(
        self, *, amount: Money, order_id: str = "", description: str = "", receipt_email: str = ""
    ) -> ChargeRequest:
        # The real validation: it sends nothing.
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
        on_progress: Callable[[AttemptProgress], None] | None = None,
        cancel: threading.Event | None = None,
    ) -> ChargeResult:
        self.sent.append((request, card.last4))
        if on_tokenized is not None:
            on_tokenized()
        return self._run(request, card.last4, on_progress)

    def ping(self) -> None:
        return None

    def email_receipt(
        self,
        charge_id: str,
        address: str,
        *,
        order_id: str | None = None,
        on_progress: Callable[[AttemptProgress], None] | None = None,
    ) -> Charge:
        self.emailed.append((charge_id, address))
        return self.result(self.sent[-1][0], "4242", order_id or "", "att_mail").charge

    def charge_customer(
        self,
        request: ChargeRequest,
        customer_id: str,
        card_id: str | None = None,
        *,
        on_progress: Callable[[AttemptProgress], None] | None = None,
        cancel: threading.Event | None = None,
    ) -> ChargeResult:
        self.customer_charges.append((request, customer_id, card_id))
        return self._run(request, "4242", on_progress)

    def _run(
        self,
        request: ChargeRequest,
        last4: str,
        on_progress: Callable[[AttemptProgress], None] | None,
    ) -> ChargeResult:
        report = on_progress or (lambda progress: None)
        # The order number is taken when the charge is journaled, as the real service does.
        order_id = request.order_id
        if not order_id:
            self.orders += 1
            order_id = f"{self.register_id}-{self.orders:04d}"
        key = f"att_{len(self.sent) + len(self.customer_charges)}"
        report(AttemptProgress(AttemptPhase.SENDING, key, AttemptKind.CHARGE, order_id))
        if self.gate is not None:
            assert self.gate.wait(30), "test never released the charge"
        outcome = self.outcomes.popleft() if self.outcomes else "ok"
        if outcome == "checking":
            report(
                AttemptProgress(AttemptPhase.CHECKING, key, AttemptKind.CHARGE, order_id, 1, 0.5)
            )
            outcome = "ok"
        if outcome != "ok":
            raise outcome  # type: ignore[misc]
        return self.result(request, last4, order_id, key)

    def result(self, request: ChargeRequest, last4: str, order_id: str, key: str) -> ChargeResult:
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
            metadata={"order_id": order_id},
            card=Card(id="", brand=brand, last4=last4, exp_month=12, exp_year=2030),
        )
        receipt = self.receipts.build(charge, cashier=self.cashier, order_id=order_id)
        return ChargeResult(charge=charge, attempt_key=key, order_id=order_id, receipt=receipt)


@dataclass
class FakeAttempts:
    """What start-up settlement finds: scripted."""

    settled: list[SettledAttempt] = field(default_factory=list)
    calls: int = 0

    def settle_open(self) -> list[SettledAttempt]:
        self.calls += 1
        found, self.settled = self.settled, []
        return found


@pytest.fixture(scope="session", autouse=True)
def no_collection_on_worker_threads() -> Iterator[None]:
    """As in the till (pos_app/ui/gc_guard.py): automatic collection is off, so a worker
    thread never destroys a closed window caught in a reference cycle."""
    was_enabled = gc.isenabled()
    gc.disable()
    yield
    if was_enabled:
        gc.enable()


@pytest.fixture(autouse=True)
def collect_on_the_gui_thread(no_collection_on_worker_threads: None) -> Iterator[None]:
    """Collect each test's garbage here, on the GUI thread, once its widgets are closed."""
    yield
    gc.collect()


@pytest.fixture(autouse=True)
def amounts_in_us_english(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Amounts as these tests read them ("$1,250.00"), whatever this computer's locale: the
    system's is United States English, and so is the one in use, until a test sets another
    (tests/gui/test_locale.py) or a till is built with one in its settings."""
    us = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
    monkeypatch.setattr(amounts, "system_locale", lambda: us)
    amounts.set_locale(us)
    yield
    amounts.set_locale(us)


@pytest.fixture
def runner(qtbot: object) -> Iterator[TaskRunner]:
    task_runner = TaskRunner.shared()
    yield task_runner
    assert task_runner.drain(10_000), "a background job never delivered"


@pytest.fixture
def receipts(tmp_path: Path) -> ReceiptService:
    return shop_receipts(tmp_path / "receipts")


def shop_receipts(folder: Path) -> ReceiptService:
    """The test shop's receipts, written into `folder`."""
    return ReceiptService(
        ShopDetails("Corner Café", "1 Main Street\nSpringfield", "Thank you!"),
        register_id="FRONT-1",
        mode=Mode.TEST,
        receipts_dir=folder,
    )


def fake_till(
    charges: FakeCharges, receipts: ReceiptService, attempts: FakeAttempts
) -> TillContext:
    """The test shop's till on fake charges and a fake journal."""
    return TillContext(
        mode=Mode.TEST,
        currency="usd",
        register_id="FRONT-1",
        cashier="Sam",
        business_name="Corner Café",
        charges=charges,
        receipts=receipts,
        attempts=attempts,
    )


@pytest.fixture
def fake_charges(receipts: ReceiptService, runner: TaskRunner) -> Iterator[FakeCharges]:
    # After the runner (set up first, torn down last): a held charge is released before
    # the runner drains.
    fake = FakeCharges(receipts)
    yield fake
    if fake.gate is not None:
        fake.gate.set()  # never leave a worker blocked


@pytest.fixture
def fake_attempts() -> FakeAttempts:
    return FakeAttempts()


@pytest.fixture
def till(
    fake_charges: FakeCharges,
    receipts: ReceiptService,
    fake_attempts: FakeAttempts,
    runner: TaskRunner,
) -> TillContext:
    return fake_till(fake_charges, receipts, fake_attempts)


@pytest.fixture
def window(qtbot, sandbox: Peer, tmp_path: Path) -> Iterator[MainWindow]:
    """The real till's window on the sandbox (modules needing another window define theirs)."""
    main = real_window(qtbot, till_env(sandbox, tmp_path / "till"))
    yield main
    assert main.runner.drain(30_000)
    main.close()


@pytest.fixture
def launched() -> Iterator[list[Launcher]]:
    """Launchers a test starts, their windows closed and their work ended after it."""
    made: list[Launcher] = []
    yield made
    for launcher in made:
        if launcher.window is not None:
            launcher.window.runner.drain(10_000)
            launcher.window.close()
        launcher.shutdown()
