"""Never "failed" after a try that may have executed: only Stripe's answer for the key settles it.

Each test scripts the tries of one logical write over an httpx.MockTransport (docs/stripe.md
§1.5, §8). Once a try may have run at Stripe (a 5xx or 409, a time-out or dropped connection
after sending, an unreadable 2xx), a later 429, refusal, 4xx without `Idempotent-Replayed` or
an exhausted retry budget is not Stripe's answer for the key: the till must hear "unknown",
never "nothing charged".
"""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from pos_app.domain.errors import (
    CardDeclined,
    InvalidRequest,
    OutcomeUnknown,
    RateLimited,
    ResourceMissing,
    StripeConnectionError,
    StripeError,
)
from pos_app.domain.money import Money

from .helpers import Reply, Rig, charge_json, customer_json, make_rig, ok, refund_json, stripe_error

TEN_DOLLARS = Money(1000, "usd")
KEY = "order-A-1001-attempt-1"

RATE_LIMIT = {
    "type": "invalid_request_error",
    "code": "rate_limit",
    "message": "Too many requests hit the API too quickly.",
}
LOCK_TIMEOUT = {"type": "invalid_request_error", "code": "lock_timeout", "message": "Locked."}
DECLINE = {
    "type": "card_error",
    "code": "card_declined",
    "decline_code": "generic_decline",
    "charge": "ch_declined_1",
    "message": "Your card was declined.",
}


def lost() -> httpx.RemoteProtocolError:
    """The answer never came: the connection dropped after the request went out."""
    return httpx.RemoteProtocolError("Server disconnected without sending a response.")


def refused() -> httpx.ConnectError:
    return httpx.ConnectError("[Errno 111] Connection refused")


def rate_limited(request_id: str = "req_429", *, hint: bool = False) -> httpx.Response:
    headers = {"Stripe-Should-Retry": "true"} if hint else None
    return stripe_error(429, LOCK_TIMEOUT if hint else RATE_LIMIT, request_id=request_id,
                        headers=headers)  # fmt: skip


def replayed(response: httpx.Response) -> httpx.Response:
    response.headers["Idempotent-Replayed"] = "true"
    return response


def charge(*replies: Reply, **config: Any) -> tuple[Rig, Any]:
    """Run one create_charge over the scripted tries; the result or the error raised."""
    rig = make_rig(*replies, **config)
    try:
        return rig, rig.gateway.create_charge(
            amount=TEN_DOLLARS, idempotency_key=KEY, source="tok_visa"
        )
    except StripeError as exc:
        return rig, exc


def keys(rig: Rig) -> set[str | None]:
    return {r.headers.get("Idempotency-Key") for r in rig.requests}


# --- the four sequences that reported "failed" while Stripe held a charge -------------------


def test_a_lost_answer_then_a_plain_rate_limit_is_unknown_not_rate_limited() -> None:
    rig, error = charge(lost(), rate_limited("req_limit"))

    assert isinstance(error, OutcomeUnknown)
    assert not isinstance(error, RateLimited)
    assert "unknown" in str(error)
    assert (error.http_status, error.request_id) == (429, "req_limit")
    assert len(rig.requests) == 2 and keys(rig) == {KEY}


def test_a_lost_answer_then_refused_connections_is_unknown_not_nothing_sent() -> None:
    rig, error = charge(lost(), refused(), refused())

    assert isinstance(error, OutcomeUnknown)
    assert "nothing was sent" not in str(error)
    assert "unknown" in str(error)
    assert error.http_status is None and error.request_id is None
    assert len(rig.requests) == 3


def test_a_server_error_then_retryable_rate_limits_until_the_budget_runs_out_is_unknown() -> None:
    rig, error = charge(
        stripe_error(500, request_id="req_500"),
        rate_limited("req_lock_1", hint=True),
        rate_limited("req_lock_2", hint=True),
    )

    assert isinstance(error, OutcomeUnknown)
    assert (error.http_status, error.request_id) == (429, "req_lock_2")
    assert error.code == "lock_timeout"
    assert len(rig.requests) == 3 and len(rig.sleeps) == 2


def test_a_read_time_out_then_a_plain_rate_limit_is_unknown() -> None:
    rig, error = charge(httpx.ReadTimeout("timed out"), rate_limited("req_after_timeout"))

    assert isinstance(error, OutcomeUnknown)
    assert (error.http_status, error.request_id) == (429, "req_after_timeout")
    assert len(rig.requests) == 2


# --- the same rule for the other ways a retry can end ----------------------------------------


def test_refused_connections_after_a_server_error_keep_that_answers_request_id() -> None:
    _, error = charge(stripe_error(502, request_id="req_502"), refused(), refused())

    assert isinstance(error, OutcomeUnknown)
    assert (error.http_status, error.request_id) == (502, "req_502")


def test_a_conflict_then_a_refusal_is_unknown() -> None:
    in_use = {"type": "idempotency_error", "code": "idempotency_key_in_use"}
    _, error = charge(stripe_error(409, in_use), refused(), max_retries=1)

    assert isinstance(error, OutcomeUnknown)
    assert error.http_status == 409


@pytest.mark.parametrize(
    ("status", "body"),
    [
        (400, {"type": "invalid_request_error", "code": "parameter_invalid_integer"}),
        (400, {"type": "idempotency_error", "message": "Keys for idempotent requests..."}),
        (401, {"type": "invalid_request_error", "message": "Invalid API Key provided"}),
        (403, {"type": "invalid_request_error", "message": "restricted key"}),
        (404, {"type": "invalid_request_error", "code": "resource_missing"}),
    ],
)
def test_a_client_error_without_the_replay_marker_after_a_time_out_is_unknown(
    status: int, body: dict[str, str]
) -> None:
    answer = stripe_error(status, body, request_id="req_x")
    _, error = charge(httpx.ReadTimeout("timed out"), answer)

    assert isinstance(error, OutcomeUnknown)
    assert (error.http_status, error.request_id) == (status, "req_x")


def test_a_retryable_answer_on_every_retry_after_a_dropped_connection_is_unknown() -> None:
    _, error = charge(httpx.ReadError("reset"), rate_limited(hint=True), rate_limited(hint=True))

    assert isinstance(error, OutcomeUnknown)


def test_an_unreadable_success_after_a_time_out_is_unknown() -> None:
    _, error = charge(httpx.ReadTimeout("timed out"), httpx.Response(200, text="<html>"))

    assert isinstance(error, OutcomeUnknown)


def test_a_refund_whose_answer_was_lost_then_rate_limited_is_unknown() -> None:
    rig = make_rig(lost(), rate_limited())
    with pytest.raises(OutcomeUnknown):
        rig.gateway.create_refund(charge_id="ch_1", idempotency_key="refund-1")
    assert len(rig.requests) == 2


def test_a_customer_creation_whose_answer_was_lost_then_refused_is_unknown() -> None:
    rig = make_rig(lost(), refused(), refused())
    with pytest.raises(OutcomeUnknown):
        rig.gateway.create_customer(idempotency_key="customer-1", email="amy@example.com")


def test_a_delete_whose_answer_was_lost_then_not_found_is_unknown() -> None:
    # DELETE carries no key, so no 404 can be known to be the stored answer of the first try.
    rig = make_rig(httpx.ReadTimeout("timed out"), stripe_error(404, {"type": "x"}))
    with pytest.raises(OutcomeUnknown):
        rig.gateway.delete_customer("cus_1")


# --- what still settles the request, and what was never in doubt ----------------------------


def test_a_first_try_rate_limit_is_still_rate_limited() -> None:
    rig, error = charge(rate_limited("req_first"))

    assert type(error) is RateLimited
    assert error.request_id == "req_first"
    assert len(rig.requests) == 1


def test_a_first_try_refusal_is_still_a_connection_error_that_sent_nothing() -> None:
    _, error = charge(refused(), refused(), refused())

    assert type(error) is StripeConnectionError
    assert "nothing was sent" in str(error)


def test_refusals_then_a_plain_rate_limit_stay_rate_limited() -> None:
    # Nothing may have executed: a refused connection never carried the request.
    _, error = charge(refused(), rate_limited("req_late"))

    assert type(error) is RateLimited


def test_a_first_try_bad_request_is_still_invalid() -> None:
    _, error = charge(stripe_error(400, {"type": "invalid_request_error", "param": "amount"}))

    assert type(error) is InvalidRequest
    assert error.param == "amount"


def test_a_replayed_decline_after_a_time_out_is_the_decline() -> None:
    _, error = charge(
        httpx.ReadTimeout("timed out"),
        replayed(stripe_error(402, DECLINE, request_id="req_decline")),
    )

    assert type(error) is CardDeclined
    assert (error.decline_code, error.charge_id) == ("generic_decline", "ch_declined_1")


def test_a_decline_after_a_server_error_is_the_decline() -> None:
    # A 402 is the stored result of an execution, replay marker or not.
    _, error = charge(stripe_error(500), stripe_error(402, DECLINE))

    assert type(error) is CardDeclined


def test_a_replayed_success_after_a_lost_answer_is_the_charge() -> None:
    rig, result = charge(lost(), rate_limited(hint=True), replayed(ok(charge_json("ch_first"))))

    assert getattr(result, "id", None) == "ch_first"
    assert len(rig.requests) == 3 and keys(rig) == {KEY}


def test_a_replayed_bad_request_after_a_time_out_is_invalid() -> None:
    bad = {"type": "invalid_request_error", "code": "amount_too_small", "param": "amount"}
    _, error = charge(httpx.ReadTimeout("timed out"), replayed(stripe_error(400, bad)))

    assert type(error) is InvalidRequest
    assert error.code == "amount_too_small"


def test_a_replayed_server_error_is_still_unknown() -> None:
    # Stripe stores and replays a 500 too (docs/stripe.md §1.5): it says nothing about the charge.
    _, error = charge(
        httpx.ReadTimeout("timed out"),
        replayed(stripe_error(500, headers={"Stripe-Should-Retry": "false"})),
    )

    assert isinstance(error, OutcomeUnknown)


def test_replayed_refund_and_customer_answers_settle_their_requests() -> None:
    rig = make_rig(lost(), replayed(ok(refund_json("re_first"))), lost(),
                   replayed(ok(customer_json("cus_first"))))  # fmt: skip
    refund = rig.gateway.create_refund(charge_id="ch_1", idempotency_key="refund-1")
    customer = rig.gateway.create_customer(idempotency_key="customer-1", email="a@example.com")
    assert (refund.id, customer.id) == ("re_first", "cus_first")


@pytest.mark.parametrize(
    ("replies", "expected"),
    [
        ([httpx.ReadTimeout("timed out"), rate_limited()], RateLimited),
        ([stripe_error(500), stripe_error(404, {"type": "invalid_request_error"})],
         ResourceMissing),
        ([lost(), refused(), refused()], StripeConnectionError),
    ],
)  # fmt: skip
def test_reads_are_unchanged(replies: list[Reply], expected: type[StripeError]) -> None:
    rig = make_rig(*replies)
    with pytest.raises(expected) as caught:
        rig.gateway.retrieve_charge("ch_1")
    assert not isinstance(caught.value, OutcomeUnknown)
