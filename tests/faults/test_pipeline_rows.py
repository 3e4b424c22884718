"""Never charge twice, never lose a charge: the attempt pipeline through the fault proxy.

Each row of the table scripts what a write meets after the sandbox executed it (an answer
lost, a 500, a read time-out) and then what the gateway's retries and the pipeline's own
checks meet (a 429 with or without `Stripe-Should-Retry`, an outage). In every row, for a
charge, a refund and a new customer alike: the attempt is never recorded failed, its order
(or charge, or customer) stays blocked while the faults last, even when the start-up check
runs long after the never-executed window, and once Stripe answers it settles into exactly
the one object the sandbox holds.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

import pytest

from pos_app.domain.attempts import AttemptOutcome, AttemptRecord, AttemptState
from pos_app.domain.errors import AttemptBlocked, AttemptUnresolved
from pos_app.services.attempts import Operation
from pos_app.services.charging import ChargeOperation
from pos_app.services.customer_ops import AttachCardOperation, CreateCustomerOperation
from pos_app.services.refunds import RefundOperation
from pos_app.services.settle_policy import SettlePolicy
from tests.integration.support import VISA, KeyedCard, new_key, unique

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
from .till import Server, Till, TillClock, skewed_clock, usd

NOW_ISO = "2026-12-02T10:15:00+00:00"


@dataclass(frozen=True, slots=True)
class Row:
    """The faults the first request's tries meet, then what every check meets."""

    send: Sequence[Fault]
    check: Fault  # every same-key replay while the faults last
    lookup: Fault | None  # every lookup in Stripe's list (None: an outage refuses them too)
    read_timeout: float = 30.0


ROWS = {
    "a-answer-lost-then-429": Row([DROP, RATE_LIMITED], RATE_LIMITED, RATE_LIMITED),
    "b-answer-lost-then-outage": Row([DROP, REFUSE], REFUSE, None),
    "c-unknown-then-checks-meet-429": Row([DROP, DROP, DROP], RATE_LIMITED, RATE_LIMITED),
    "c-unknown-then-checks-meet-outage": Row([DROP, DROP, DROP], REFUSE, None),
    "d-500-then-retryable-429-until-retries-run-out": Row(
        [ERROR_500_AFTER, RATE_LIMITED_RETRY, RATE_LIMITED_RETRY],
        RATE_LIMITED_RETRY,
        RATE_LIMITED_RETRY,
    ),
    "e-read-time-out-then-429": Row(
        [Fault.delay(), RATE_LIMITED], RATE_LIMITED, RATE_LIMITED, read_timeout=0.5
    ),
}


@dataclass
class Kind:
    """One kind of write: its path, how to make one, what the server holds for an attempt
    key, and how many objects of the kind it holds."""

    path: str
    make: Callable[[Till], Operation[object]]
    held: Callable[[Server, str], list[str]]
    count: Callable[[Server], int]


def _token(till: Till) -> str:
    return till.gateway.create_token(KeyedCard(VISA), idempotency_key=new_key()).id


def _charge(till: Till) -> Operation[object]:
    return ChargeOperation(amount=usd(1999), register_id="R1", cashier="Sam", source=_token(till))


def _refund(till: Till) -> Operation[object]:
    charge = till.gateway.create_charge(
        amount=usd(2500), source=_token(till), idempotency_key=new_key()
    )
    return RefundOperation(charge.id, register_id="R1", cashier="Sam", amount=usd(500))


def _customer(till: Till) -> Operation[object]:
    return CreateCustomerOperation(
        name="Ada Lovelace",
        email=f"{unique('ada')}@example.com",
        phone="",
        note="",
        token_id=_token(till),
        register_id="R1",
        cashier="Sam",
        consent_at=NOW_ISO,
    )


def _same_order(op: Operation[object], order_id: str | None) -> Operation[object]:
    return op.with_order(order_id) if order_id else op


KINDS = {
    "charge": Kind(
        "/v1/charges",
        _charge,
        lambda server, key: [c.id for c in server.charges_for(key)],
        lambda server: len(server.charges()),
    ),
    "refund": Kind(
        "/v1/refunds",
        _refund,
        lambda server, key: [
            r.id for r in server.refunds() if r.metadata.get("attempt_key") == key
        ],
        lambda server: len(server.refunds()),
    ),
    "customer": Kind(
        "/v1/customers",
        _customer,
        lambda server, key: [
            c.id for c in server.customers() if c.metadata.get("attempt_key") == key
        ],
        lambda server: len(server.customers()),
    ),
}


@pytest.fixture
def server(fault_proxy: FaultProxy) -> Iterator[Server]:
    made = Server(fault_proxy.direct)
    yield made
    made.close()


def open_till(proxy: FaultProxy, path: Path, **settings: object) -> Till:
    till = Till(proxy.peer, path, **settings)  # type: ignore[arg-type]
    till.gateway.list_charges(limit=1)  # a till has heard from Stripe before: its clock is known
    return till


def pass_time(proxy: FaultProxy, till: Till, **delta: float) -> None:
    """Time passes for the till and for Stripe alike (Stripe's clock is the `Date` header)."""
    assert isinstance(till.clock, TillClock)
    till.clock.advance(**delta)
    proxy.shift_stripe_clock(**delta)


def record_of(till: Till, key: str) -> AttemptRecord:
    record = till.journal.get(key)
    assert record is not None
    return record


def faults_stop(proxy: FaultProxy) -> None:
    assert proxy.wait_idle(timeout=30), "the proxy is still handling a request"
    proxy.clear_plan()


@pytest.mark.parametrize("kind_name", list(KINDS))
@pytest.mark.parametrize("row_name", list(ROWS))
def test_a_write_the_server_executed_is_never_failed_and_settles_once(
    fault_proxy: FaultProxy, server: Server, tmp_path: Path, row_name: str, kind_name: str
) -> None:
    row, kind = ROWS[row_name], KINDS[kind_name]
    till = open_till(fault_proxy, tmp_path / "journal.sqlite3", read_timeout=row.read_timeout)
    try:
        operation = kind.make(till)
        rules = [Script("POST", kind.path, row.send, then=row.check)]
        if row.lookup is not None:
            rules.append(Script("GET", kind.path, [], then=row.lookup))
        fault_proxy.set_plan(*rules)

        with pytest.raises(AttemptUnresolved) as unresolved:
            till.pipeline.submit(operation)
        key = unresolved.value.attempt_key
        assert fault_proxy.wait_idle(timeout=30)

        # Executed once; the till says "unknown", never "failed"; the order stays blocked.
        assert len(kind.held(server, key)) == 1
        assert till.journal.get(key).state is AttemptState.UNKNOWN  # type: ignore[union-attr]
        twin = _same_order(operation, unresolved.value.order_id)  # the same sale again
        with pytest.raises(AttemptBlocked):
            till.pipeline.submit(twin)
        # The start-up check while the faults last, long after the never-executed window:
        # a lookup that got no answer is not "nowhere in the list".
        pass_time(fault_proxy, till, minutes=4)
        (still,) = till.pipeline.settle_open()
        assert still.outcome is AttemptOutcome.UNKNOWN
        assert till.journal.get(key).state is AttemptState.UNKNOWN  # type: ignore[union-attr]
        with pytest.raises(AttemptBlocked):
            till.pipeline.submit(twin)

        faults_stop(fault_proxy)
        (settled,) = till.pipeline.settle_open()

        [held] = kind.held(server, key)
        assert (settled.outcome, settled.stripe_id) == (AttemptOutcome.SUCCEEDED, held)
        record = till.journal.get(key)
        assert record is not None and record.state is AttemptState.SUCCEEDED
        assert record.stripe_id == held
        assert till.journal.open_attempts() == []
        assert kind.count(server) == 1  # and nothing else was made
    finally:
        till.close()


def test_a_till_clock_ten_minutes_fast_finds_the_charge_after_it_died(
    fault_proxy: FaultProxy, server: Server, tmp_path: Path
) -> None:
    fast = skewed_clock(timedelta(minutes=10))
    path = tmp_path / "journal.sqlite3"
    # The till dies after the server executed the charge: its answer never arrived and the
    # till stopped waiting at once (as if killed), leaving the attempt open.
    first = open_till(fault_proxy, path, clock=fast, max_retries=0, policy=SettlePolicy(deadline=0))
    operation = _charge(first)
    fault_proxy.set_plan(Script("POST", "/v1/charges", [DROP]))
    with pytest.raises(AttemptUnresolved) as unresolved:
        first.pipeline.submit(operation)
    first.close()
    faults_stop(fault_proxy)
    key = unresolved.value.attempt_key

    # The next start, with the clock still fast and no grace at all before "never executed".
    pass_time(fault_proxy, first, minutes=4)  # well past the never-executed window
    restarted = Till(fault_proxy.peer, path, clock=fast)
    try:
        (settled,) = restarted.pipeline.settle_open()

        [held] = server.charges_for(key)
        assert settled.outcome is AttemptOutcome.SUCCEEDED and settled.stripe_id == held.id
        offset = restarted.gateway.clock_offset
        assert offset is not None and abs(offset + timedelta(minutes=10)) < timedelta(seconds=5)
        assert restarted.pipeline._verdict_due(record_of(restarted, key))  # a miss would fail it
        record = restarted.journal.get(key)
        assert record is not None and record.state is AttemptState.SUCCEEDED
        assert len(server.charges()) == 1
    finally:
        restarted.close()


def test_a_card_attachment_whose_answers_were_lost_settles_at_the_next_start(
    fault_proxy: FaultProxy, server: Server, tmp_path: Path
) -> None:
    till = open_till(fault_proxy, tmp_path / "journal.sqlite3")
    try:
        customer = till.gateway.create_customer(idempotency_key=new_key(), source=_token(till))
        token = till.gateway.create_token(KeyedCard("5555555555554444"), idempotency_key=new_key())
        assert token.card is not None
        attach = AttachCardOperation(customer.id, token.id, token.card.id)
        fault_proxy.set_plan(Script("POST", f"/v1/customers/{customer.id}/sources", [DROP, REFUSE]))
        with pytest.raises(AttemptUnresolved) as unresolved:
            till.pipeline.submit(attach)
        faults_stop(fault_proxy)
        pass_time(fault_proxy, till, minutes=4)

        (settled,) = till.pipeline.settle_open()

        assert sorted(c.last4 for c in server.cards_of(customer.id)) == ["4242", "4444"]
        record = record_of(till, unresolved.value.attempt_key)
        assert record.state is not AttemptState.FAILED  # never "not made": the card is there
        assert settled.outcome is AttemptOutcome.SUCCEEDED
    finally:
        till.close()
