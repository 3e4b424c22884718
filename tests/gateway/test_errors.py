"""Stripe answers map onto the domain error tree by status, type, then code (§2.5, §3)."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from pos_app.domain.errors import (
    ApiError,
    AuthenticationFailed,
    CardDeclined,
    IdempotencyConflict,
    InvalidRequest,
    OutcomeUnknown,
    PermissionDenied,
    RateLimited,
    RawCardDataRefused,
    ResourceMissing,
    StripeConnectionError,
    StripeError,
)
from pos_app.gateway.errors import error_from_response, error_from_transport, redact

RAW_CARD_TEST_MODE = (
    "Sending credit card numbers directly to the Stripe API is generally unsafe. We suggest "
    "you use test tokens that map to the test card you are using, see "
    "https://stripe.com/docs/testing."
)
RAW_CARD_PUBLISHABLE = (
    "... To continue processing use Stripe.js, the Stripe mobile bindings, or Stripe Elements. "
    "If you are qualified to handle card data directly, see https://support.stripe.com/questions/"
    "enabling-access-to-raw-card-data-apis."
)


def mapped(
    status: int, error: dict[str, Any] | None, method: str = "POST", **kw: Any
) -> StripeError:
    payload = {"error": error} if error is not None else None
    return error_from_response(
        status, httpx.Headers({"Request-Id": "req_9"}), payload, method=method, path="/v1/x", **kw
    )


@pytest.mark.parametrize(
    ("status", "error", "expected"),
    [
        (402, {"type": "card_error", "code": "card_declined"}, CardDeclined),
        # localstripe's decline says invalid_request_error: the status decides (docs/emulators.md).
        (402, {"type": "invalid_request_error", "code": "card_declined"}, CardDeclined),
        (
            400,
            {"type": "idempotency_error", "message": "Keys for idempotent..."},
            IdempotencyConflict,
        ),
        (404, {"type": "idempotency_error"}, IdempotencyConflict),
        (404, {"type": "invalid_request_error", "message": "Not Found"}, ResourceMissing),
        (400, {"type": "invalid_request_error", "code": "resource_missing"}, ResourceMissing),
        (400, {"type": "invalid_request_error", "message": RAW_CARD_TEST_MODE}, RawCardDataRefused),
        (
            400,
            {"type": "invalid_request_error", "message": RAW_CARD_PUBLISHABLE},
            RawCardDataRefused,
        ),
        (400, {"type": "invalid_request_error", "code": "parameter_missing"}, InvalidRequest),
        (400, {"type": "invalid_request_error", "code": "rate_limit"}, RateLimited),
        (
            401,
            {"type": "invalid_request_error", "message": "Invalid API Key"},
            AuthenticationFailed,
        ),
        (403, {"type": "invalid_request_error"}, PermissionDenied),
        (429, {"type": "invalid_request_error", "code": "lock_timeout"}, RateLimited),
        (424, {"type": "api_error"}, ApiError),
        (500, {"type": "api_error"}, OutcomeUnknown),
        (503, {"type": "api_error"}, OutcomeUnknown),
        (409, {"type": "invalid_request_error", "code": "idempotency_key_in_use"}, OutcomeUnknown),
    ],
)
def test_status_type_and_code_choose_the_class(
    status: int, error: dict[str, Any], expected: type[StripeError]
) -> None:
    err = mapped(status, error)
    assert type(err) is expected
    assert err.http_status == status
    assert err.request_id == "req_9"


def test_an_idempotency_conflict_is_an_invalid_request_and_nothing_was_charged() -> None:
    err = mapped(400, {"type": "idempotency_error"})
    assert isinstance(err, InvalidRequest)
    assert not err.outcome_unknown


def test_server_errors_on_a_read_are_definite() -> None:
    for status in (409, 500, 503):
        err = mapped(status, {"type": "api_error", "message": "boom"}, method="GET")
        assert type(err) is ApiError
        assert not err.outcome_unknown


def test_server_errors_on_a_write_say_outcome_unknown() -> None:
    err = mapped(502, {"type": "api_error", "message": "Bad gateway"}, attempts=3)
    assert err.outcome_unknown
    assert "outcome unknown" in err.message
    assert "3 attempt" in err.message
    assert mapped(500, None, method="DELETE").outcome_unknown


def test_every_field_of_a_decline_is_carried() -> None:
    err = mapped(
        402,
        {
            "type": "card_error",
            "code": "card_declined",
            "decline_code": "insufficient_funds",
            "param": "source",
            "charge": "ch_failed",
            "message": "Your card has insufficient funds.",
        },
    )
    assert (err.error_type, err.code, err.decline_code, err.param, err.charge_id) == (
        "card_error",
        "card_declined",
        "insufficient_funds",
        "source",
        "ch_failed",
    )
    assert str(err) == "Request req_9: Your card has insufficient funds."


def test_a_body_that_is_not_json_is_an_api_error_unless_a_write_may_have_run() -> None:
    assert type(mapped(400, None)) is ApiError
    assert type(mapped(404, None, method="GET")) is ApiError
    assert type(mapped(503, None)) is OutcomeUnknown


def test_key_shaped_text_and_the_configured_secret_are_redacted() -> None:
    err = mapped(
        401,
        {"type": "invalid_request_error", "message": "Invalid API Key provided: sk_test_abc123XYZ"},
        secrets=("weird-secret-value",),
    )
    assert "abc123XYZ" not in str(err)
    assert "sk_test_****" in str(err)
    assert (
        redact("keys sk_live_A1 rk_test_B2 pk_C3 ok") == "keys sk_live_**** rk_test_**** pk_**** ok"
    )
    assert redact("leaked weird-secret-value here", ["weird-secret-value"]) == "leaked **** here"


def test_a_connect_failure_is_known_not_to_have_been_sent() -> None:
    for exc in (httpx.ConnectError("refused"), httpx.ConnectTimeout("slow"), httpx.PoolTimeout("")):
        err = error_from_transport(exc, method="POST", path="/v1/charges", attempts=3)
        assert type(err) is StripeConnectionError
        assert not err.outcome_unknown


def test_a_lost_answer_to_a_write_is_outcome_unknown() -> None:
    for exc in (
        httpx.ReadTimeout("lost"),
        httpx.RemoteProtocolError("closed"),
        httpx.ReadError(""),
    ):
        err = error_from_transport(exc, method="POST", path="/v1/charges", attempts=3)
        assert type(err) is OutcomeUnknown
        assert "outcome unknown" in err.message


def test_a_lost_answer_to_a_read_is_a_connection_error() -> None:
    err = error_from_transport(httpx.ReadTimeout("lost"), method="GET", path="/v1/charges")
    assert type(err) is StripeConnectionError
