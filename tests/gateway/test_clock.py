"""Stripe's clock from the `Date` header of its answers, against a till clock that runs wrong."""

from __future__ import annotations

import threading
from datetime import UTC, datetime, timedelta, timezone
from email.utils import format_datetime
from typing import Any

import httpx
import pytest

from pos_app.domain.errors import CardDeclined, OutcomeUnknown
from pos_app.domain.money import Money
from pos_app.gateway import GatewayConfig, StripeGateway

from .helpers import SECRET, charge_json, stripe_error

TEN_DOLLARS = Money(1000, "usd")
STRIPE_TIME = datetime(2026, 3, 14, 15, 9, 26, tzinfo=UTC)


def http_date(moment: datetime) -> str:
    return format_datetime(moment.astimezone(UTC), usegmt=True)


class TillClock:
    """The till's clock, set by hand."""

    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


def gateway(clock: Any, *answers: httpx.Response) -> StripeGateway:
    queue = list(answers)
    return StripeGateway(
        GatewayConfig(secret_key=SECRET, max_retries=0),
        transport=httpx.MockTransport(lambda request: queue.pop(0)),
        sleep=lambda _: None,
        clock=clock,
    )


def dated(response: httpx.Response, moment: datetime) -> httpx.Response:
    response.headers["Date"] = http_date(moment)
    return response


def test_the_offset_is_unknown_until_stripe_has_answered() -> None:
    till = TillClock(STRIPE_TIME)
    gw = gateway(till)
    assert gw.clock_offset is None
    assert gw.stripe_now() is None


def test_a_till_ten_minutes_fast_learns_stripes_time_from_the_first_answer() -> None:
    till = TillClock(STRIPE_TIME + timedelta(minutes=10))
    gw = gateway(till, dated(httpx.Response(200, json=charge_json()), STRIPE_TIME))

    gw.retrieve_charge("ch_1")

    assert gw.clock_offset == timedelta(minutes=-10)
    till.now += timedelta(minutes=3)  # the till keeps running; so does Stripe
    assert gw.stripe_now() == STRIPE_TIME + timedelta(minutes=3)
    assert gw.stripe_now().tzinfo is not None  # type: ignore[union-attr]


def test_error_answers_set_the_offset_too_and_the_latest_wins() -> None:
    till = TillClock(STRIPE_TIME)
    decline = stripe_error(402, {"type": "card_error", "code": "card_declined"})
    broken = stripe_error(500)
    gw = gateway(
        till,
        dated(decline, STRIPE_TIME - timedelta(seconds=90)),
        dated(broken, STRIPE_TIME + timedelta(hours=1)),
    )

    with pytest.raises(CardDeclined):
        gw.create_charge(amount=TEN_DOLLARS, idempotency_key="k1", source="tok_visa")
    assert gw.clock_offset == timedelta(seconds=-90)

    with pytest.raises(OutcomeUnknown):
        gw.create_charge(amount=TEN_DOLLARS, idempotency_key="k2", source="tok_visa")
    assert gw.clock_offset == timedelta(hours=1)


def test_an_answer_without_a_usable_date_leaves_the_offset_alone() -> None:
    till = TillClock(STRIPE_TIME)
    no_date = httpx.Response(200, json=charge_json())
    garbled = httpx.Response(200, json=charge_json(), headers={"Date": "yesterday-ish"})
    gw = gateway(
        till,
        dated(httpx.Response(200, json=charge_json()), STRIPE_TIME + timedelta(seconds=42)),
        no_date,
        garbled,
    )
    for _ in range(3):
        gw.retrieve_charge("ch_1")
    assert gw.clock_offset == timedelta(seconds=42)


def test_the_same_date_again_is_measured_against_the_tills_time_of_that_answer() -> None:
    # Answers within one second carry the same header; the offset still follows the till's
    # clock at each answer, and a new header is read anew.
    till = TillClock(STRIPE_TIME)
    gw = gateway(
        till,
        dated(httpx.Response(200, json=charge_json()), STRIPE_TIME),
        dated(httpx.Response(200, json=charge_json()), STRIPE_TIME),
        dated(httpx.Response(200, json=charge_json()), STRIPE_TIME + timedelta(seconds=1)),
    )
    gw.retrieve_charge("ch_1")
    assert gw.clock_offset == timedelta(0)

    till.now += timedelta(milliseconds=400)
    gw.retrieve_charge("ch_1")
    assert gw.clock_offset == timedelta(milliseconds=-400)

    gw.retrieve_charge("ch_1")
    assert gw.clock_offset == timedelta(milliseconds=600)


def test_a_till_clock_in_another_zone_is_reckoned_in_utc() -> None:
    tokyo = timezone(timedelta(hours=9))
    till = TillClock(STRIPE_TIME.astimezone(tokyo) - timedelta(seconds=5))
    gw = gateway(till, dated(httpx.Response(200, json=charge_json()), STRIPE_TIME))

    gw.retrieve_charge("ch_1")

    assert gw.clock_offset == timedelta(seconds=5)
    assert gw.stripe_now() == STRIPE_TIME
    assert gw.stripe_now().utcoffset() == timedelta(0)  # type: ignore[union-attr]


def test_a_naive_till_clock_is_refused() -> None:
    gw = gateway(
        lambda: datetime(2026, 3, 14, 15, 9, 26),  # naive: the point of the test
        dated(httpx.Response(200, json=charge_json()), STRIPE_TIME),
    )
    with pytest.raises(ValueError, match="aware"):
        gw.retrieve_charge("ch_1")


def test_worker_threads_sharing_the_gateway_each_update_the_offset() -> None:
    till = TillClock(STRIPE_TIME)
    offsets = [timedelta(seconds=s) for s in range(1, 9)]
    served = iter(offsets)
    lock = threading.Lock()

    def answer(request: httpx.Request) -> httpx.Response:
        with lock:
            offset = next(served)
        return dated(httpx.Response(200, json=charge_json()), STRIPE_TIME + offset)

    gw = StripeGateway(
        GatewayConfig(secret_key=SECRET, max_retries=0),
        transport=httpx.MockTransport(answer),
        clock=till,
    )
    start = threading.Barrier(len(offsets))

    def work() -> None:
        start.wait()
        gw.retrieve_charge("ch_1")

    workers = [threading.Thread(target=work) for _ in offsets]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()

    assert gw.clock_offset in offsets


def test_the_default_clock_is_the_real_utc_time() -> None:
    now = datetime.now(UTC)
    gw = StripeGateway(
        GatewayConfig(secret_key=SECRET, max_retries=0),
        transport=httpx.MockTransport(
            lambda r: dated(httpx.Response(200, json=charge_json()), now + timedelta(hours=2))
        ),
    )
    gw.retrieve_charge("ch_1")
    offset = gw.clock_offset
    assert offset is not None
    assert abs(offset - timedelta(hours=2)) < timedelta(seconds=5)
