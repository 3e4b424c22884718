"""RefundService against the sandbox (behind the fault proxy where answers get lost): a refund
needs the manager's approval for that charge, goes through the attempt pipeline once, says
Stripe's refusals in plain words and leaves a line in the audit trail whatever happened."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from pos_app.domain.errors import AttemptBlocked, InvalidRequest, PosError, ValidationError
from pos_app.domain.models import Charge
from pos_app.domain.money import Money
from pos_app.gateway import StripeGateway
from pos_app.services.attempts import AttemptPhase, AttemptPipeline, AttemptProgress
from pos_app.services.manager import AuditTrail, Grant, ManagerAction, ManagerAuth
from pos_app.services.messages import refund_message
from pos_app.services.refunds import RefundService, validate_refund
from pos_app.services.settle_policy import SettlePolicy
from pos_app.storage.journal import Journal
from tests.day_support import DECLINE, VISA, make_charge
from tests.faults.plan import DROP, HOLD, Script
from tests.faults.proxy import FaultProxy
from tests.integration.support import new_key

GatewayFor = Callable[..., StripeGateway]
PIN = "4821"


@dataclass
class Rig:
    gateway: StripeGateway  # the till's, through the proxy
    server: StripeGateway  # straight to the sandbox, for set-up and checks
    journal: Journal
    manager: ManagerAuth
    refunds: RefundService

    def grant(self, charge: Charge, why: str = "damaged") -> Grant:
        return self.manager.authorize(PIN, ManagerAction.REFUND, charge.id, why)

    def charge(self, amount: int = 2500) -> Charge:
        made = make_charge(
            self.server, VISA, amount, "usd", cashier="Sam", register="FRONT-1", order_id="F-1"
        )
        assert not isinstance(made, str)
        return made

    def refunds_of(self, charge: Charge) -> list[int]:
        return [r.amount.amount for r in self.server.iter_refunds(charge_id=charge.id)]

    def audit(self, action: str = "refund") -> list[dict[str, object]]:
        return [e.details for e in self.journal.audit_entries() if e.action == action]


@pytest.fixture
def rig(fault_proxy: FaultProxy, gateway_for: GatewayFor, tmp_path: Path) -> Iterator[Rig]:
    gateway = gateway_for(fault_proxy.peer, max_retries=2)
    with Journal(tmp_path / "journal.sqlite3") as journal:
        trail = AuditTrail(journal, register_id="FRONT-1", cashier="Sam")
        pipeline = AttemptPipeline(
            gateway,
            journal,
            register_id="FRONT-1",
            cashier="Sam",
            policy=SettlePolicy(first_wait=0.05, max_wait=0.2, deadline=20),
        )
        yield Rig(
            gateway,
            gateway_for(fault_proxy.direct),
            journal,
            ManagerAuth(trail, pin_hash=None, env_pin=PIN),
            RefundService(pipeline, trail, register_id="FRONT-1", cashier="Sam"),
        )


def test_a_partial_then_the_rest_each_recorded_with_who_and_why(rig: Rig) -> None:
    charge = rig.charge(2500)
    first = validate_refund(charge, "7.00", "requested_by_customer", "cup arrived broken")
    done = rig.refunds.refund(first, rig.grant(charge))
    assert done.refund.amount == Money(700, "usd") and done.refund.reason == "requested_by_customer"
    assert done.refund.metadata["note"] == "cup arrived broken"
    assert done.refund.metadata["order_id"] == "F-1"

    fresh = rig.server.retrieve_charge(charge.id)
    rest = validate_refund(fresh, "", "duplicate")
    assert rest.amount == Money(1800, "usd") and rest.full
    rig.refunds.refund(rest, rig.grant(fresh, "charged twice"))

    assert rig.refunds_of(charge) == [1800, 700]
    assert rig.server.retrieve_charge(charge.id).refunded
    entries = rig.audit()
    assert [e["amount"] for e in entries] == [700, 1800]
    assert entries[0]["why"] == "damaged" and entries[0]["note"] == "cup arrived broken"
    assert entries[1]["why"] == "charged twice"
    assert {e["outcome"] for e in entries} == {"refunded"}
    assert {e["register"] for e in entries} == {"FRONT-1"}


def test_what_the_manager_typed_is_checked_before_anything_is_sent(rig: Rig) -> None:
    charge = rig.charge(1000)
    for amount, words in (
        ("10.01", "At most $10.00 is left"),
        ("0", "above zero"),
        ("ten", "amount"),
    ):
        with pytest.raises(ValidationError) as refused:
            validate_refund(charge, amount, "requested_by_customer")
        assert words in str(refused.value)
    with pytest.raises(ValidationError):
        validate_refund(charge, "1.00", "because")
    declined = make_charge(rig.server, DECLINE, 500, "usd", cashier="S", register="R",
                           order_id="X")  # fmt: skip
    assert isinstance(declined, str)
    with pytest.raises(ValidationError, match="went through"):
        validate_refund(rig.server.retrieve_charge(declined), "", "requested_by_customer")


def test_an_approval_for_another_charge_refunds_nothing(rig: Rig) -> None:
    charge, other = rig.charge(), rig.charge()
    request = validate_refund(charge, "", "requested_by_customer")
    with pytest.raises(PosError, match="another action"):
        rig.refunds.refund(request, rig.grant(other))
    assert rig.refunds_of(charge) == []


@pytest.mark.parametrize(
    ("taken_elsewhere", "words"),
    [
        (2500, "This charge has already been refunded in full. Nothing was refunded."),
        (1000, "That is more than is left to refund on this charge. Nothing was refunded."),
    ],
    ids=["already-refunded", "amount-too-large"],
)
def test_stripes_refusals_in_plain_words(rig: Rig, taken_elsewhere: int, words: str) -> None:
    charge = rig.charge(2500)
    request = validate_refund(charge, "", "requested_by_customer")  # all 25.00, as seen
    # Meanwhile another register refunds it, partly or fully.
    rig.server.create_refund(
        charge_id=charge.id, idempotency_key=new_key(), amount=Money(taken_elsewhere, "usd")
    )
    with pytest.raises(InvalidRequest) as refused:
        rig.refunds.refund(request, rig.grant(charge))
    assert refund_message(refused.value).text == words
    assert rig.refunds_of(charge) == [taken_elsewhere]
    assert rig.audit()[-1]["outcome"] == "refused"


def test_lost_answers_refund_once_under_one_key(rig: Rig, fault_proxy: FaultProxy) -> None:
    charge = rig.charge(2500)
    request = validate_refund(charge, "5.00", "requested_by_customer")
    # Every try of the gateway loses its answer; the pipeline's replay then gets through.
    fault_proxy.set_plan(Script("POST", "/v1/refunds", [DROP, DROP, DROP]))
    phases: list[AttemptPhase] = []

    def heard(progress: AttemptProgress) -> None:
        phases.append(progress.phase)

    done = rig.refunds.refund(request, rig.grant(charge), on_progress=heard)

    assert AttemptPhase.CHECKING in phases
    assert rig.refunds_of(charge) == [500]
    keys = {s.idempotency_key for s in fault_proxy.seen if s.path == "/v1/refunds"}
    assert keys == {done.attempt_key}
    assert fault_proxy.executions(path="/v1/refunds") >= 4
    assert rig.audit()[-1]["outcome"] == "refunded"


def test_while_a_refund_is_in_flight_no_second_one_starts(
    rig: Rig, fault_proxy: FaultProxy
) -> None:
    charge = rig.charge(2500)
    request = validate_refund(charge, "5.00", "requested_by_customer")
    fault_proxy.set_plan(Script("POST", "/v1/refunds", [HOLD]))
    outcome: list[object] = []
    first = threading.Thread(
        target=lambda: outcome.append(rig.refunds.refund(request, rig.grant(charge)))
    )
    first.start()
    assert fault_proxy.wait_held(1, timeout=10)
    try:
        with pytest.raises(AttemptBlocked):
            rig.refunds.refund(request, rig.grant(charge))
    finally:
        fault_proxy.release()
        first.join(30)
    assert len(outcome) == 1
    assert rig.refunds_of(charge) == [500]
    assert [e["outcome"] for e in rig.audit()] == [
        "blocked: an earlier refund of this charge is still being checked",
        "refunded",
    ]
