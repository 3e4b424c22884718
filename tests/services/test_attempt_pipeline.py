"""The attempt pipeline under the faults Stripe can produce, for every kind of attempt.

What a cashier or a manager would notice: a lost answer is never "failed" and never a second
charge or refund; the identical request is replayed with the identical key while they wait;
after a restart the attempt is found by its key in Stripe's list, reckoned on Stripe's clock;
one no list shows long after its last try was never executed, and its order is free again.
"""

from __future__ import annotations

import contextlib
import dataclasses
import sqlite3
import threading
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl

import httpx
import pytest

from pos_app.domain.attempts import AttemptKind, AttemptOutcome, AttemptState
from pos_app.domain.cards import CardDetails, EntryMethod
from pos_app.domain.errors import (
    AttemptBlocked,
    AttemptUnresolved,
    CardDeclined,
    PosError,
    RawCardDataRefused,
    StripeConnectionError,
    ValidationError,
)
from pos_app.domain.keys import Mode
from pos_app.gateway import GatewayConfig, StripeGateway
from pos_app.services.attempts import (
    EARLY_SEND_TIME,
    AttemptPhase,
    AttemptPipeline,
    AttemptProgress,
)
from pos_app.services.charging import ChargeOperation, ChargeService
from pos_app.services.customer_ops import (
    AttachCardOperation,
    CreateCustomerOperation,
    DeleteCustomerOperation,
)
from pos_app.services.messages import cashier_message
from pos_app.services.receipts import ReceiptService, ShopDetails
from pos_app.services.refunds import RefundOperation
from pos_app.services.settle_policy import SettlePolicy
from pos_app.storage.journal import JournalTx

from .scripted_stripe import (
    LOST,
    NEVER_ARRIVED,
    NOT_SENT,
    NOW,
    Clock,
    Rig,
    ScriptedStripe,
    make_rig,
    refused,
    status,
    usd,
)


@pytest.fixture
def stripe() -> ScriptedStripe:
    return ScriptedStripe()


@pytest.fixture
def journal_path(tmp_path: Path) -> Path:
    return tmp_path / "journal.sqlite3"


@pytest.fixture
def rig(stripe: ScriptedStripe, journal_path: Path) -> Iterator[Rig]:
    made = make_rig(stripe, journal_path)
    yield made
    made.journal.close()


def card(number: str = "4242424242424242", cvc: str = "123") -> CardDetails:
    return CardDetails.from_input(number, "12/30", cvc, today=NOW.date())


def service(rig: Rig, tmp_path: Path, mode: Mode = Mode.TEST) -> ChargeService:
    receipts = ReceiptService(
        ShopDetails("Corner Shop"), register_id="R1", mode=mode, receipts_dir=tmp_path
    )
    return ChargeService(
        rig.gateway,
        rig.pipeline,
        receipts,
        register_id="R1",
        cashier="Ann",
        mode=mode,
        currency="usd",
        clock=rig.till_clock,
    )


def charge_op(order_id: str | None = None, source: str = "tok_visa") -> ChargeOperation:
    return ChargeOperation(
        amount=usd(1250), register_id="R1", cashier="Ann", source=source, order_id=order_id
    )


# -- one answer lost, then Stripe answers ---------------------------------------------------


def test_a_lost_answer_is_replayed_with_the_same_key_until_stripe_answers(
    rig: Rig, stripe: ScriptedStripe, tmp_path: Path
) -> None:
    # Every try of the first request times out after executing; then a replay gets through.
    stripe.fail("POST", "/v1/charges", LOST, LOST, LOST)
    seen: list[AttemptProgress] = []

    result = service(rig, tmp_path).charge_card(
        service(rig, tmp_path).build_request(amount=usd(1250)), card(), on_progress=seen.append
    )

    posts = stripe.posts("/v1/charges")
    assert len(posts) == 4
    assert {p.headers["Idempotency-Key"] for p in posts} == {result.attempt_key}
    assert len({p.content for p in posts}) == 1  # byte-identical parameters
    assert len(stripe.executed_charges(result.attempt_key)) == 1  # one charge at Stripe
    assert result.charge.succeeded and result.receipt.card == "VISA •••• 4242"
    assert rig.journal.get(result.attempt_key).state is AttemptState.SUCCEEDED
    assert [p.phase for p in seen] == [AttemptPhase.SENDING, AttemptPhase.CHECKING]
    assert seen[0].order_id == result.order_id == "R1-000001"


def test_the_settle_policy_decides_every_wait(stripe: ScriptedStripe, journal_path: Path) -> None:
    policy = SettlePolicy(first_wait=0.5, max_wait=3.0, factor=2.0, jitter=0.2, deadline=10.0)
    rig = make_rig(stripe, journal_path, policy=policy, max_retries=0)
    stripe.fail("POST", "/v1/charges", *[LOST] * 50)
    stripe.fail("GET", "/v1/charges", *[NOT_SENT] * 50)  # and no lookup gets through

    with pytest.raises(AttemptUnresolved):
        rig.pipeline.submit(charge_op())

    # random() is 0.5 in the rig: no jitter; 0.5, 1, 2, 3, 3 fit in 10 s, the next does not.
    assert rig.slept == [0.5, 1.0, 2.0, 3.0, 3.0]
    assert rig.slept == policy.schedule([0.5] * 20)
    assert policy.wait(1, 0.0) == pytest.approx(0.4) and policy.wait(1, 0.999) < 0.6


def test_still_unknown_at_the_deadline_stays_open_and_blocks_its_order(
    rig: Rig, stripe: ScriptedStripe, tmp_path: Path
) -> None:
    stripe.fail("POST", "/v1/charges", *[NEVER_ARRIVED] * 50)
    charges = service(rig, tmp_path)

    with pytest.raises(AttemptUnresolved) as raised:
        charges.charge_card(charges.build_request(amount=usd(1250)), card())

    record = rig.journal.get(raised.value.attempt_key)
    assert record.state is AttemptState.UNKNOWN and raised.value.order_id == "R1-000001"
    assert cashier_message(raised.value).kind == "unknown"
    tokens = len(stripe.posts("/v1/tokens"))
    with pytest.raises(AttemptBlocked):
        charges.charge_card(charges.build_request(amount=usd(1250), order_id="R1-000001"), card())
    # The refused second try sent a token (moves no money) and no charge.
    assert len(stripe.posts("/v1/tokens")) == tokens + 1
    assert all(
        p.headers["Idempotency-Key"] == record.attempt_key for p in stripe.posts("/v1/charges")
    )


@pytest.mark.parametrize(
    "replay_fault",
    [
        ("before", status(429)),
        ("before", status(429, retry="true")),
        ("before", refused),
        ("before", status(400, error_type="invalid_request_error")),
    ],
    ids=["429", "429-retry-hint", "refused-connection", "400-not-replayed"],
)
def test_a_check_that_meets_no_answer_for_the_key_keeps_it_unknown(
    stripe: ScriptedStripe, journal_path: Path, replay_fault: object
) -> None:
    # The answer is lost after the charge executed; every replay meets a rate limit, a
    # refused connection or an un-replayed 400: none is Stripe's answer for the key.
    rig = make_rig(stripe, journal_path, max_retries=0)
    stripe.fail("POST", "/v1/charges", LOST, *[replay_fault] * 40)  # type: ignore[list-item]
    stripe.fail("GET", "/v1/charges", *[("before", refused)] * 40)

    with pytest.raises(AttemptUnresolved) as raised:
        rig.pipeline.submit(charge_op())

    key = raised.value.attempt_key
    assert rig.journal.get(key).state is AttemptState.UNKNOWN  # never "failed"
    assert len(stripe.executed_charges(key)) == 1
    with pytest.raises(AttemptBlocked):
        rig.pipeline.submit(charge_op(order_id=raised.value.order_id))


def test_a_lookup_settles_a_check_whose_replay_is_rate_limited(
    stripe: ScriptedStripe, journal_path: Path
) -> None:
    rig = make_rig(stripe, journal_path, max_retries=0)
    stripe.fail("POST", "/v1/charges", LOST, *[("before", status(429))] * 40)

    done = rig.pipeline.submit(charge_op())

    assert done.result.metadata["attempt_key"] == done.attempt_key
    assert len(stripe.executed_charges(done.attempt_key)) == 1
    assert rig.journal.get(done.attempt_key).state is AttemptState.SUCCEEDED


def test_cancelling_stops_the_wait_but_not_the_attempt(
    stripe: ScriptedStripe, journal_path: Path
) -> None:
    rig = make_rig(stripe, journal_path, max_retries=0)
    stripe.fail("POST", "/v1/charges", *[LOST] * 40)
    cancel = threading.Event()
    cancel.set()

    with pytest.raises(AttemptUnresolved) as raised:
        rig.pipeline.submit(charge_op(), cancel=cancel)

    assert rig.journal.get(raised.value.attempt_key).is_open


# -- after a restart: looked up, never replayed -----------------------------------------------


def left_open(stripe: ScriptedStripe, journal_path: Path, op: object, *faults: object) -> str:
    """A "process" that sends `op` and dies before learning the outcome; returns its key."""
    rig = make_rig(stripe, journal_path, max_retries=0)
    rig.pipeline.policy = SettlePolicy(deadline=0.0)
    path = {
        AttemptKind.CHARGE: "/v1/charges",
        AttemptKind.REFUND: "/v1/refunds",
        AttemptKind.CUSTOMER: "/v1/customers",
    }[op.kind]  # type: ignore[attr-defined]
    stripe.fail("POST", path, *(faults or (LOST,)))  # type: ignore[arg-type]
    with pytest.raises(AttemptUnresolved) as raised:
        rig.pipeline.submit(op)  # type: ignore[arg-type]
    rig.journal.close()
    return raised.value.attempt_key


def test_after_a_restart_the_attempt_is_found_by_its_key_not_charged_again(
    stripe: ScriptedStripe, journal_path: Path
) -> None:
    key = left_open(stripe, journal_path, charge_op())
    posts = len(stripe.posts("/v1/charges"))

    restarted = make_rig(stripe, journal_path)
    (settled,) = restarted.pipeline.settle_open()

    assert (settled.outcome, settled.order_id, settled.card) == (
        AttemptOutcome.SUCCEEDED,
        "R1-000001",
        "VISA •••• 4242",
    )
    assert len(stripe.posts("/v1/charges")) == posts  # looked up, not sent again
    assert restarted.journal.get(key).state is AttemptState.SUCCEEDED
    assert restarted.journal.open_attempts() == []


def test_an_attempt_stripe_never_saw_is_released_after_the_window(
    stripe: ScriptedStripe, journal_path: Path
) -> None:
    key = left_open(stripe, journal_path, charge_op(), NEVER_ARRIVED)
    restarted = make_rig(stripe, journal_path)

    assert restarted.pipeline.settle_open()[0].outcome is AttemptOutcome.UNKNOWN  # too early
    stripe.clock.advance(minutes=3)
    (settled,) = restarted.pipeline.settle_open()

    assert settled.outcome is AttemptOutcome.NOT_MADE
    assert restarted.journal.get(key).state is AttemptState.FAILED
    assert restarted.pipeline.submit(charge_op(order_id="R1-000001")).result.succeeded


def test_a_till_clock_ten_minutes_fast_still_finds_a_charge_after_a_crash(
    stripe: ScriptedStripe, journal_path: Path
) -> None:
    fast = Clock(NOW + timedelta(minutes=10))
    rig = make_rig(stripe, journal_path, till_clock=fast, max_retries=0)
    rig.pipeline.policy = SettlePolicy(deadline=0.0)
    stripe.fail("POST", "/v1/charges", LOST)
    with pytest.raises(AttemptUnresolved) as raised:
        rig.pipeline.submit(charge_op())
    rig.journal.close()
    stripe.clock.advance(minutes=4)
    fast.advance(minutes=4)

    restarted = make_rig(stripe, journal_path, till_clock=fast)
    (settled,) = restarted.pipeline.settle_open()

    assert settled.outcome is AttemptOutcome.SUCCEEDED  # not "never reached Stripe"
    listing = [r for r in stripe.requests if r.method == "GET" and "created[gte]" in str(r.url)][-1]
    window_start = int(listing.url.params["created[gte]"])
    assert window_start <= NOW.timestamp()  # reckoned on Stripe's clock, not the till's
    assert restarted.journal.get(raised.value.attempt_key).state is AttemptState.SUCCEEDED


def test_start_up_settles_a_refund_and_a_customer_creation_left_open(
    stripe: ScriptedStripe, journal_path: Path
) -> None:
    refund = RefundOperation(
        charge_id="ch_known", register_id="R1", cashier="Ann", amount=usd(500), order_id="R1-7"
    )
    customer = CreateCustomerOperation(
        name="Ann Lee",
        email="ann@example.com",
        phone="",
        note="",
        token_id="tok_visa",
        register_id="R1",
        cashier="Ann",
        consent_at="2026-11-28T12:00:00+00:00",
    )
    refund_key = left_open(stripe, journal_path, refund)
    customer_key = left_open(stripe, journal_path, customer)
    other = dataclasses.replace(customer, name="Bo Chen", email="bo@example.com")
    lost_customer_key = left_open(stripe, journal_path, other, NEVER_ARRIVED)
    stripe.clock.advance(minutes=4)

    restarted = make_rig(stripe, journal_path)
    settled = {s.attempt_key: s for s in restarted.pipeline.settle_open()}

    assert settled[refund_key].outcome is AttemptOutcome.SUCCEEDED
    assert settled[refund_key].kind is AttemptKind.REFUND
    assert settled[customer_key].outcome is AttemptOutcome.SUCCEEDED
    assert settled[lost_customer_key].outcome is AttemptOutcome.NOT_MADE
    assert len(stripe.refunds) == 1 and len(stripe.customers) == 1  # nothing done twice
    assert restarted.journal.open_attempts() == []


def test_the_kinds_that_change_a_customer_settle_the_same_way(
    stripe: ScriptedStripe, journal_path: Path
) -> None:
    rig = make_rig(stripe, journal_path)
    stripe.fail("DELETE", "/v1/customers/cus_gone", NOT_SENT)
    # Deleting a customer Stripe no longer has is what deleting was for.
    done = rig.pipeline.submit(DeleteCustomerOperation("cus_gone"))
    assert done.result.deleted

    # An attachment whose answer is lost stays open and blocks attaching that card again.
    stripe.fail("POST", "/v1/customers/cus_x/sources", *[NEVER_ARRIVED] * 60)
    rig.pipeline.policy = SettlePolicy(deadline=0.0)
    attach = AttachCardOperation("cus_x", "tok_visa", "card_1")
    with pytest.raises(AttemptUnresolved):
        rig.pipeline.submit(attach)
    with pytest.raises(AttemptBlocked):
        rig.pipeline.submit(attach)


# -- definite answers ---------------------------------------------------------------------------


def test_a_decline_keeps_the_order_open_for_another_card(
    rig: Rig, stripe: ScriptedStripe, tmp_path: Path
) -> None:
    charges = service(rig, tmp_path)
    with pytest.raises(CardDeclined) as raised:
        charges.charge_card(charges.build_request(amount=usd(1250)), card("4000000000000002"))
    first_key = stripe.posts("/v1/charges")[0].headers["Idempotency-Key"]
    assert rig.journal.get(first_key).state is AttemptState.DECLINED
    assert raised.value.charge_id is not None
    assert len(stripe.posts("/v1/charges")) == 1  # a 402 is never retried

    result = charges.charge_card(
        charges.build_request(amount=usd(1250), order_id="R1-000001"), card()
    )
    assert result.charge.succeeded and result.attempt_key != first_key
    assert result.order_id == "R1-000001"


def test_order_numbers_are_taken_when_a_sale_is_charged(
    rig: Rig, stripe: ScriptedStripe, tmp_path: Path
) -> None:
    charges = service(rig, tmp_path)
    with pytest.raises(ValidationError):
        charges.build_request(amount=usd(10))  # below the minimum: nothing taken
    first = charges.charge_card(charges.build_request(amount=usd(1250)), card())
    second = charges.charge_card(charges.build_request(amount=usd(990)), card())
    paper = charges.charge_card(charges.build_request(amount=usd(500), order_id="PAPER-9"), card())

    assert (first.order_id, second.order_id, paper.order_id) == (
        "R1-000001",
        "R1-000002",
        "PAPER-9",
    )
    assert rig.journal.next_order_id("R1") == "R1-000003"  # no holes


def test_a_refusal_before_anything_executed_is_definite(
    rig: Rig, stripe: ScriptedStripe, tmp_path: Path
) -> None:
    stripe.fail("POST", "/v1/charges", ("before", status(401, error_type="invalid_request_error")))

    with pytest.raises(PosError) as raised:
        rig.pipeline.submit(charge_op())

    assert cashier_message(raised.value).kind == "config"
    key = stripe.posts("/v1/charges")[0].headers["Idempotency-Key"]
    assert rig.journal.get(key).state is AttemptState.FAILED


def test_raw_card_refusal_in_test_mode_charges_the_matching_test_token(
    rig: Rig, stripe: ScriptedStripe, tmp_path: Path
) -> None:
    stripe.refuse_raw_cards = True
    charges = service(rig, tmp_path)

    with pytest.raises(CardDeclined):
        charges.charge_card(charges.build_request(amount=usd(1250)), card("4000000000000002"))
    assert "source=tok_chargeDeclined" in stripe.posts("/v1/charges")[0].content.decode()

    with pytest.raises(ValidationError) as raised:
        charges.charge_card(charges.build_request(amount=usd(1250)), card("4111111111111111"))
    assert raised.value.field == "number"


def test_raw_card_refusal_in_live_mode_explains_instead_of_charging(
    rig: Rig, stripe: ScriptedStripe, tmp_path: Path
) -> None:
    stripe.refuse_raw_cards = True
    charges = service(rig, tmp_path, Mode.LIVE)

    with pytest.raises(RawCardDataRefused) as raised:
        charges.charge_card(charges.build_request(amount=usd(1250)), card())

    assert stripe.posts("/v1/charges") == []
    message = cashier_message(raised.value)
    assert "raw card data" in message.text and "Nothing was charged" in message.text


def test_the_attempt_is_on_disk_before_the_request_leaves(
    rig: Rig, stripe: ScriptedStripe, tmp_path: Path
) -> None:
    seen: list[str] = []

    def inspect(request: httpx.Request) -> httpx.Response:
        form = dict(parse_qsl(request.content.decode()))
        record = rig.journal.get(form["metadata[attempt_key]"])
        seen.append(record.state.value if record else "missing")
        raise httpx.ConnectError("stop here", request=request)

    stripe.fail("POST", "/v1/charges", *[("before", inspect)] * 3)
    with pytest.raises(StripeConnectionError):
        rig.pipeline.submit(charge_op())
    assert seen == ["sending"] * 3  # every try, the retries too


def test_a_walk_in_charge_leaves_only_once_its_row_is_committed_and_whole(
    rig: Rig, stripe: ScriptedStripe, journal_path: Path, tmp_path: Path
) -> None:
    # The row is written while the card is tokenized; the charge must still find it
    # committed (read here through another connection), with its order and amount. The
    # fingerprint of exactly what is sent goes into the attempt's next write, its outcome.
    seen: list[tuple[object, ...]] = []

    def inspect(request: httpx.Request) -> httpx.Response:
        form = dict(parse_qsl(request.content.decode()))
        key = form["metadata[attempt_key]"]
        with sqlite3.connect(journal_path) as other:
            row = other.execute(
                "SELECT state, order_id, amount, request_fingerprint FROM attempts "
                "WHERE attempt_key = ?",
                (key,),
            ).fetchone()
        sent = dataclasses.replace(
            charge_op(form["metadata[order_id]"], form["source"]), entry=EntryMethod.KEYED
        )
        seen.append((*row, sent.fingerprint(key)))
        raise httpx.ConnectError("stop here", request=request)

    stripe.fail("POST", "/v1/charges", *[("before", inspect)] * 3)
    charges = service(rig, tmp_path)
    with pytest.raises(StripeConnectionError):
        charges.charge_card(charges.build_request(amount=usd(1250)), card())

    assert len(seen) == 3  # every try, the retries too
    state, order_id, amount, _, exact = seen[0]
    assert (state, order_id, amount) == ("sending", "R1-000001", 1250)
    (settled,) = rig.journal.attempts_for_order("R1-000001")
    assert settled.state is AttemptState.FAILED and settled.request_fingerprint == exact


def journal_written(rig: Rig, monkeypatch: pytest.MonkeyPatch) -> threading.Event:
    """Set once a journal transaction (the attempt's row) has committed."""
    written = threading.Event()
    transaction = rig.journal.transaction

    @contextlib.contextmanager
    def watched() -> Iterator[JournalTx]:
        with transaction() as tx:
            yield tx
        written.set()

    monkeypatch.setattr(rig.journal, "transaction", watched)
    return written


def test_a_card_that_cannot_be_read_leaves_no_attempt_and_no_hole_in_the_order_numbers(
    rig: Rig, stripe: ScriptedStripe, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The token's connection is refused only once the attempt's row is on disk: the row
    # must go again (nothing was sent), and its order number with it.
    written = journal_written(rig, monkeypatch)

    def refused_once_written(request: httpx.Request) -> httpx.Response:
        assert written.wait(10)
        return refused(request)

    stripe.fail("POST", "/v1/tokens", *[("before", refused_once_written)] * 3)
    charges = service(rig, tmp_path)
    with pytest.raises(StripeConnectionError):
        charges.charge_card(charges.build_request(amount=usd(1250)), card())

    assert written.is_set() and stripe.posts("/v1/charges") == []
    assert rig.journal.attempts_for_order("R1-000001") == []
    assert rig.journal.open_attempts() == []
    result = charges.charge_card(charges.build_request(amount=usd(990)), card())
    assert result.order_id == "R1-000001" and result.charge.succeeded


def test_a_declined_number_at_tokenization_charges_nothing_and_keeps_no_attempt(
    rig: Rig, stripe: ScriptedStripe, tmp_path: Path
) -> None:
    stripe.fail("POST", "/v1/tokens", ("before", status(402, error_type="card_error")))
    charges = service(rig, tmp_path)
    with pytest.raises(CardDeclined):
        charges.charge_card(charges.build_request(amount=usd(1250), order_id="PAPER-9"), card())

    assert stripe.posts("/v1/charges") == []
    assert rig.journal.attempts_for_order("PAPER-9") == [] and rig.journal.open_attempts() == []
    assert rig.journal.next_order_id("R1") == "R1-000001"


def test_a_slow_token_makes_the_charges_departure_time_durable_before_it_leaves(
    stripe: ScriptedStripe, journal_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    elapsed = [0.0]
    rig = make_rig(stripe, journal_path)
    rig.pipeline = AttemptPipeline(
        rig.gateway, rig.journal, register_id="R1", cashier="Ann", monotonic=lambda: elapsed[0]
    )
    completed: list[bool] = []
    complete = rig.journal.complete_attempt

    def spy(key: str, *, request_fingerprint: str, durable: bool) -> None:
        completed.append(durable)
        complete(key, request_fingerprint=request_fingerprint, durable=durable)

    monkeypatch.setattr(rig.journal, "complete_attempt", spy)

    create_token = rig.gateway.create_token
    token_takes = [0.0]

    def timed_token(*args: Any, **kwargs: Any) -> Any:
        elapsed[0] += token_takes[0]
        return create_token(*args, **kwargs)

    monkeypatch.setattr(rig.gateway, "create_token", timed_token)
    charges = service(rig, tmp_path)
    charges.charge_card(charges.build_request(amount=usd(1250)), card())  # quick: no fsync
    token_takes[0] = EARLY_SEND_TIME.total_seconds() + 1
    charges.charge_card(charges.build_request(amount=usd(1250)), card())
    rig.journal.close()

    assert completed == [False, True]


def test_the_first_sale_since_the_start_spends_no_request_on_stripes_clock(
    stripe: ScriptedStripe, journal_path: Path, tmp_path: Path
) -> None:
    # Nothing asked yet, so Stripe's clock offset (which the row keeps) is unknown: the
    # token's answer tells it, and the attempt is journaled after it instead of meanwhile.
    rig = make_rig(stripe, journal_path)
    fresh = StripeGateway(
        GatewayConfig(secret_key="sk_test_scripted", api_base="https://stripe.test"),
        transport=httpx.MockTransport(stripe),
        clock=stripe.clock,
    )
    rig.gateway = fresh
    rig.pipeline = AttemptPipeline(fresh, rig.journal, register_id="R1", cashier="Ann")
    stripe.requests.clear()

    result = service(rig, tmp_path).charge_card(
        service(rig, tmp_path).build_request(amount=usd(1250)), card()
    )

    assert [(r.method, r.url.path) for r in stripe.requests] == [
        ("POST", "/v1/tokens"),
        ("POST", "/v1/charges"),
    ]
    record = rig.journal.get(result.attempt_key)
    assert record is not None and record.stripe_offset == fresh.clock_offset
    rig.journal.close()


def test_nothing_card_shaped_reaches_the_journal_or_the_charge(
    rig: Rig, stripe: ScriptedStripe, tmp_path: Path
) -> None:
    charges = service(rig, tmp_path)
    charges.charge_card(charges.build_request(amount=usd(1250)), card(cvc="987"))
    rig.journal.close()

    for path in tmp_path.rglob("*"):
        if path.is_file():
            data = path.read_bytes()
            assert b"4242424242424242" not in data and b"sk_test_scripted" not in data
    body = stripe.posts("/v1/charges")[0].content.decode()
    assert "4242424242424242" not in body and "cvc" not in body


def test_a_lookup_that_gets_no_answer_never_settles_an_attempt_as_not_made(
    stripe: ScriptedStripe, journal_path: Path
) -> None:
    # The charge executed and its answer was lost; at the next start, long after the
    # never-executed window, Stripe's list cannot be read (rate limit, outage): no verdict.
    key = left_open(stripe, journal_path, charge_op())
    stripe.clock.advance(minutes=10)
    restarted = make_rig(stripe, journal_path)
    # One check's three tries (the gateway's two retries): a rate limit, then an outage.
    stripe.fail("GET", "/v1/charges", ("before", status(429)), *[("before", refused)] * 2)

    (settled,) = restarted.pipeline.settle_open()

    assert settled.outcome is AttemptOutcome.UNKNOWN
    assert restarted.journal.get(key).state is AttemptState.UNKNOWN
    with pytest.raises(AttemptBlocked):
        restarted.pipeline.submit(charge_op(order_id="R1-000001"))
    (settled,) = restarted.pipeline.settle_open()  # Stripe answers again
    assert settled.outcome is AttemptOutcome.SUCCEEDED
    assert len(stripe.executed_charges(key)) == 1
