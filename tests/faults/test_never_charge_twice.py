"""Never charge twice: through the fault proxy, a write Stripe executed is never reported as failed.

Each row scripts what the till's gateway meets after the server has executed the write: the
answer is lost, a server error, a read time-out, then a 429 (with or without
`Stripe-Should-Retry`) or an outage. The gateway must raise OutcomeUnknown (never "failed,
nothing charged"), the server must hold exactly one object for the idempotency key, and once
the faults stop, replaying the identical request with the same key must return that object.
The charge rows run against the sandbox and against stripe-stateful-mock (which charges only
magic tokens such as `tok_visa`, so there the token is not created first).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

import pytest

from pos_app.domain.errors import OutcomeUnknown
from pos_app.domain.models import Charge
from pos_app.gateway import StripeGateway
from tests.fixtures_peers import STATEFUL_MOCK, SleepLog
from tests.integration.support import VISA, KeyedCard, new_key, unique, usd

from .plan import (
    DROP,
    ERROR_500_AFTER,
    RATE_LIMITED,
    RATE_LIMITED_RETRY,
    REFUSE,
    Fault,
    Script,
)
from .proxy import FaultProxy

GatewayFor = Callable[..., StripeGateway]

CHARGES = "/v1/charges"
SHORT_READ_TIMEOUT = 0.5  # the time-out row: the proxy answers only after the client gave up


@dataclass(frozen=True, slots=True)
class Row:
    """One row of the defect's table: the faults the charge's tries meet, in order."""

    faults: Sequence[Fault]
    read_timeout: float | None = None


ROWS = [
    pytest.param(Row([DROP, RATE_LIMITED]), id="answer-lost-then-429"),
    pytest.param(Row([DROP, REFUSE]), id="answer-lost-then-outage"),
    pytest.param(
        Row([ERROR_500_AFTER, RATE_LIMITED_RETRY, RATE_LIMITED_RETRY]),
        id="500-then-retryable-429-until-retries-run-out",
    ),
    pytest.param(
        Row([Fault.delay(), RATE_LIMITED], read_timeout=SHORT_READ_TIMEOUT),
        id="read-time-out-then-429",
    ),
]


@pytest.fixture(params=["sandbox", "stateful_mock"], ids=["sandbox", STATEFUL_MOCK])
def proxy(request: pytest.FixtureRequest) -> FaultProxy:
    """The fault proxy in front of the sandbox, or of stripe-stateful-mock."""
    name = "fault_proxy" if request.param == "sandbox" else "stateful_mock_fault_proxy"
    found: FaultProxy = request.getfixturevalue(name)
    return found


def till_gateways(
    proxy: FaultProxy, gateway_for: GatewayFor, read_timeout: float | None = None
) -> tuple[StripeGateway, StripeGateway]:
    """The gateway under test (two retries, no-op back-off) and a patient one for set-up and
    the replay, both through the proxy."""
    settings = {} if read_timeout is None else {"read_timeout": read_timeout}
    under_test = gateway_for(proxy.peer, max_retries=2, sleep=SleepLog(), **settings)
    patient = gateway_for(proxy.peer, max_retries=0)
    return under_test, patient


def card_source(proxy: FaultProxy, gateway: StripeGateway) -> str:
    if proxy.direct.name == STATEFUL_MOCK:
        return "tok_visa"  # it has no /v1/tokens and charges only magic tokens
    return gateway.create_token(KeyedCard(VISA), idempotency_key=new_key()).id


def charges_for(server: StripeGateway, key: str) -> list[Charge]:
    """What the server holds for the key, read straight from it (never through the proxy)."""
    return [c for c in server.list_charges(limit=100).data if c.metadata.get("attempt") == key]


def faults_stop(proxy: FaultProxy) -> None:
    assert proxy.wait_idle(timeout=30), "the proxy is still handling a request"
    proxy.clear_plan()


@pytest.mark.parametrize("row", ROWS)
def test_a_charge_the_server_executed_is_never_reported_failed(
    proxy: FaultProxy, gateway_for: GatewayFor, row: Row
) -> None:
    gateway, patient = till_gateways(proxy, gateway_for, row.read_timeout)
    server = gateway_for(proxy.direct)
    source = card_source(proxy, patient)
    key = new_key()

    def charge(through: StripeGateway) -> Charge:
        return through.create_charge(
            amount=usd(1999), idempotency_key=key, source=source, metadata={"attempt": key}
        )

    proxy.set_plan(Script("POST", CHARGES, row.faults))
    with pytest.raises(OutcomeUnknown) as unknown:
        charge(gateway)
    faults_stop(proxy)

    assert "unknown" in str(unknown.value)
    [held] = charges_for(server, key)
    assert held.succeeded and held.amount == usd(1999)
    replayed = charge(patient)
    assert replayed.id == held.id
    assert [c.id for c in charges_for(server, key)] == [held.id]


def test_a_refund_the_server_executed_is_never_reported_failed(
    fault_proxy: FaultProxy, gateway_for: GatewayFor
) -> None:
    gateway, patient = till_gateways(fault_proxy, gateway_for)
    server = gateway_for(fault_proxy.direct)
    charge = patient.create_charge(
        amount=usd(2500), idempotency_key=new_key(), source=card_source(fault_proxy, patient)
    )
    key = new_key()

    fault_proxy.set_plan(Script("POST", "/v1/refunds", [DROP, RATE_LIMITED]))
    with pytest.raises(OutcomeUnknown):
        gateway.create_refund(charge_id=charge.id, idempotency_key=key, amount=usd(500))
    faults_stop(fault_proxy)

    [held] = server.list_refunds(charge_id=charge.id).data
    assert held.amount == usd(500)
    replayed = patient.create_refund(charge_id=charge.id, idempotency_key=key, amount=usd(500))
    assert replayed.id == held.id
    assert [r.id for r in server.list_refunds(charge_id=charge.id).data] == [held.id]


def test_a_customer_the_server_created_is_never_reported_failed(
    fault_proxy: FaultProxy, gateway_for: GatewayFor
) -> None:
    gateway, patient = till_gateways(fault_proxy, gateway_for)
    server = gateway_for(fault_proxy.direct)
    source = card_source(fault_proxy, patient)
    email = f"{unique('regular')}@example.com"
    key = new_key()

    def create(through: StripeGateway) -> str:
        return through.create_customer(idempotency_key=key, source=source, email=email).id

    fault_proxy.set_plan(Script("POST", "/v1/customers", [ERROR_500_AFTER, REFUSE]))
    with pytest.raises(OutcomeUnknown):
        create(gateway)
    faults_stop(fault_proxy)

    [held] = server.list_customers(email=email).data
    assert create(patient) == held.id
    assert [c.id for c in server.list_customers(email=email).data] == [held.id]
