"""Retries over HTTP: one idempotency key, backed-off sleeps, and honest final errors (§2, §8)."""

from __future__ import annotations

import httpx
import pytest

from pos_app.domain.errors import (
    ApiError,
    AuthenticationFailed,
    CardDeclined,
    InvalidRequest,
    OutcomeUnknown,
    PermissionDenied,
    RateLimited,
    ResourceMissing,
    StripeConnectionError,
    StripeError,
)
from pos_app.domain.money import Money

from .helpers import SECRET, Rig, charge_json, make_rig, ok, stripe_error

TEN_DOLLARS = Money(1000, "usd")


def charge(rig: Rig) -> object:
    return rig.gateway.create_charge(
        amount=TEN_DOLLARS, idempotency_key="order-A-1001-attempt-1", source="tok_visa"
    )


def keys(rig: Rig) -> list[str | None]:
    return [r.headers.get("Idempotency-Key") for r in rig.requests]


def test_server_errors_are_retried_with_the_same_key_and_backed_off() -> None:
    rig = make_rig(stripe_error(500), stripe_error(503), ok(charge_json("ch_ok")), u=0.25)
    result = charge(rig)
    assert getattr(result, "id", None) == "ch_ok"
    assert keys(rig) == ["order-A-1001-attempt-1"] * 3
    assert [r.content for r in rig.requests] == [rig.requests[0].content] * 3
    # retry 1: exactly 0.5 s; retry 2: 1 s scaled by 0.5·(1+0.25) (docs/stripe.md §2.3).
    assert rig.sleeps == [0.5, 0.625]


def test_server_errors_on_every_attempt_leave_the_outcome_unknown() -> None:
    rig = make_rig(
        stripe_error(500, request_id="req_a"),
        stripe_error(502, request_id="req_b"),
        stripe_error(500, request_id="req_c"),
    )
    with pytest.raises(OutcomeUnknown) as caught:
        charge(rig)
    assert len(rig.requests) == 3
    assert len(set(keys(rig))) == 1
    assert caught.value.request_id == "req_c"
    assert caught.value.http_status == 500
    assert "outcome unknown" in str(caught.value)
    assert len(rig.sleeps) == 2


def test_a_conflict_means_the_first_request_is_still_running_and_is_retried() -> None:
    in_use = {"type": "invalid_request_error", "code": "idempotency_key_in_use"}
    rig = make_rig(stripe_error(409, in_use), stripe_error(409, in_use), stripe_error(409, in_use))
    with pytest.raises(OutcomeUnknown) as caught:
        charge(rig)
    assert len(rig.requests) == 3
    assert caught.value.code == "idempotency_key_in_use"


@pytest.mark.parametrize(
    ("status", "expected"),
    [
        (400, InvalidRequest),
        (401, AuthenticationFailed),
        (402, CardDeclined),
        (403, PermissionDenied),
        (404, ResourceMissing),
        (429, RateLimited),
    ],
)
def test_definite_answers_are_never_retried(status: int, expected: type[StripeError]) -> None:
    rig = make_rig(stripe_error(status, {"type": "invalid_request_error", "message": "no"}))
    with pytest.raises(expected):
        charge(rig)
    assert len(rig.requests) == 1
    assert rig.sleeps == []


def test_stripe_should_retry_false_stops_even_a_server_error() -> None:
    rig = make_rig(stripe_error(503, headers={"Stripe-Should-Retry": "false"}))
    with pytest.raises(OutcomeUnknown):
        charge(rig)
    assert len(rig.requests) == 1


def test_a_rate_limit_marked_retryable_is_retried() -> None:
    lock = {"type": "invalid_request_error", "code": "lock_timeout"}
    rig = make_rig(
        stripe_error(429, lock, headers={"Stripe-Should-Retry": "true"}),
        ok(charge_json("ch_after_lock")),
        u=0.0,
    )
    assert getattr(charge(rig), "id", None) == "ch_after_lock"
    assert len(rig.requests) == 2
    assert rig.sleeps == [0.5]


def test_a_read_time_out_after_sending_is_reported_as_outcome_unknown() -> None:
    rig = make_rig(httpx.ReadTimeout("lost"), httpx.ReadTimeout("lost"), httpx.ReadTimeout("lost"))
    with pytest.raises(OutcomeUnknown) as caught:
        charge(rig)
    assert "outcome unknown" in caught.value.message
    assert caught.value.outcome_unknown
    assert keys(rig) == ["order-A-1001-attempt-1"] * 3
    assert len(rig.sleeps) == 2


def test_a_lost_answer_then_a_replay_returns_the_charge() -> None:
    replayed = httpx.Response(
        200, json=charge_json("ch_first"), headers={"Idempotent-Replayed": "true"}
    )
    rig = make_rig(httpx.RemoteProtocolError("server closed the connection"), replayed)
    assert getattr(charge(rig), "id", None) == "ch_first"
    assert keys(rig) == ["order-A-1001-attempt-1"] * 2


def test_a_connect_error_is_a_connection_error_that_sent_nothing() -> None:
    rig = make_rig(httpx.ConnectError("refused"), httpx.ConnectError("refused"),
                   httpx.ConnectError("refused"))  # fmt: skip
    with pytest.raises(StripeConnectionError) as caught:
        charge(rig)
    assert not caught.value.outcome_unknown
    assert len(rig.requests) == 3


def test_a_read_that_fails_on_every_attempt_is_a_definite_api_error() -> None:
    rig = make_rig(stripe_error(503), stripe_error(503), stripe_error(503, request_id="req_g"))
    with pytest.raises(ApiError) as caught:
        rig.gateway.retrieve_charge("ch_1")
    assert caught.value.request_id == "req_g"
    assert keys(rig) == [None, None, None]


def test_max_retries_zero_makes_one_attempt() -> None:
    rig = make_rig(stripe_error(500), max_retries=0)
    with pytest.raises(OutcomeUnknown):
        charge(rig)
    assert len(rig.requests) == 1
    assert rig.sleeps == []


def test_a_decline_carries_request_id_codes_param_and_failed_charge() -> None:
    decline = {
        "type": "card_error",
        "code": "card_declined",
        "decline_code": "generic_decline",
        "param": "source",
        "charge": "ch_failed_1",
        "message": "Your card was declined.",
    }
    rig = make_rig(stripe_error(402, decline, request_id="req_decline"))
    with pytest.raises(CardDeclined) as caught:
        charge(rig)
    err = caught.value
    assert (err.request_id, err.http_status, err.error_type) == ("req_decline", 402, "card_error")
    assert (err.code, err.decline_code, err.param) == ("card_declined", "generic_decline", "source")
    assert err.charge_id == "ch_failed_1"
    assert str(err) == "Request req_decline: Your card was declined."


def test_an_invalid_key_message_never_shows_the_key() -> None:
    body = {"type": "invalid_request_error", "message": f"Invalid API Key provided: {SECRET}"}
    rig = make_rig(stripe_error(401, body))
    with pytest.raises(AuthenticationFailed) as caught:
        charge(rig)
    assert SECRET not in str(caught.value)
    assert SECRET[8:] not in repr(caught.value)
    assert "sk_test_****" in str(caught.value)


def test_an_unreadable_success_to_a_write_is_outcome_unknown_not_a_failure() -> None:
    rig = make_rig(
        httpx.Response(200, text="<html>proxy</html>"),
        ok({"id": "ch_1", "object": "charge", "amount": 1000}),  # no currency
    )
    with pytest.raises(OutcomeUnknown):
        charge(rig)
    with pytest.raises(OutcomeUnknown) as caught:
        charge(rig)
    assert "outcome unknown" in caught.value.message


def test_an_unreadable_answer_to_a_read_is_an_api_error() -> None:
    rig = make_rig(httpx.Response(200, text="not json"), httpx.Response(404, text="Not Found"))
    with pytest.raises(ApiError):
        rig.gateway.retrieve_charge("ch_1")
    with pytest.raises(ApiError) as caught:
        rig.gateway.retrieve_charge("ch_1")
    assert caught.value.http_status == 404
