"""Stripe's error answers and transport failures, mapped onto the domain error tree (§2.5, §3)."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

import httpx

from ..domain.errors import (
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

__all__ = ["error_from_response", "error_from_transport", "redact", "unreadable_success"]

# Anything shaped like a Stripe key, with or without the mode part: localstripe accepts
# keys such as ``sk_abc``, and a key must never reach a message (docs/stripe.md §7).
_KEY_SHAPED = re.compile(r"\b((?:sk|rk|pk)_(?:test_|live_)?)[A-Za-z0-9_*]+")

# Failures where the request cannot have reached Stripe: nothing executed.
_NEVER_SENT: tuple[type[BaseException], ...] = (
    httpx.ConnectError,
    httpx.ConnectTimeout,
    httpx.PoolTimeout,
    httpx.ProxyError,
    httpx.LocalProtocolError,
    httpx.UnsupportedProtocol,
)

# Stripe's refusal of raw card numbers (docs/stripe.md §7), in its test-mode and
# publishable-key wordings.
_RAW_CARD_MARKERS = (
    "sending credit card numbers directly",
    "raw card data",
    "raw-card-data",
    "handle card data directly",
)


def redact(text: str, secrets: Iterable[str | None] = ()) -> str:
    """`text` with every key-shaped word and every given secret replaced by asterisks."""
    text = _KEY_SHAPED.sub(lambda m: f"{m.group(1)}****", text)
    for secret in secrets:
        if secret and len(secret) >= 4:
            text = text.replace(secret, "****")
    return text


def _str_or_none(value: object) -> str | None:
    return value if isinstance(value, str) and value else None


def error_from_response(
    status: int,
    headers: Mapping[str, str],
    payload: object,
    *,
    method: str,
    path: str,
    attempts: int = 1,
    secrets: Iterable[str | None] = (),
) -> StripeError:
    """The domain error for a non-2xx answer, by status, then `error.type`, then code (§3.2).

    `payload` is the decoded JSON body, or None when the body was not JSON.
    """
    request_id = headers.get("Request-Id") or headers.get("request-id")
    writes = method.upper() != "GET"
    body = payload.get("error") if isinstance(payload, Mapping) else None
    if not isinstance(body, Mapping):
        body = None

    source: Mapping[str, object] = body or {}
    error_type = _str_or_none(source.get("type"))
    code = _str_or_none(source.get("code"))
    stripe_message = _str_or_none(source.get("message"))
    message = redact(stripe_message or f"Stripe answered HTTP {status}", secrets)

    def make(cls: type[StripeError], text: str) -> StripeError:
        return cls(
            text,
            http_status=status,
            request_id=request_id,
            error_type=error_type,
            code=code,
            decline_code=_str_or_none(source.get("decline_code")),
            param=_str_or_none(source.get("param")),
            charge_id=_str_or_none(source.get("charge")),
        )

    # 409 and 5xx after every retry: the write may have run (docs/stripe.md §8 step 3).
    if (status == 409 or status >= 500) and writes:
        unknown = (
            f"{message} ({method} {path}, HTTP {status} on {attempts} attempt(s)); "
            "outcome unknown: replay with the same idempotency key or look it up"
        )
        return make(OutcomeUnknown, unknown)
    if body is None:
        return make(ApiError, f"Stripe answered HTTP {status} with an unreadable body")

    if status == 402:
        return make(CardDeclined, message)
    if status in (400, 404) and error_type == "idempotency_error":
        return make(IdempotencyConflict, message)
    # "Rate limits were previously coded as 400's with code 'rate_limit'" (§2.5).
    if status == 429 or (status == 400 and code == "rate_limit"):
        return make(RateLimited, message)
    if status in (400, 404):
        if status == 404 or code == "resource_missing":
            return make(ResourceMissing, message)
        lowered = (stripe_message or "").lower()
        if error_type in (None, "invalid_request_error") and any(
            marker in lowered for marker in _RAW_CARD_MARKERS
        ):
            return make(RawCardDataRefused, message)
        return make(InvalidRequest, message)
    if status == 401:
        return make(AuthenticationFailed, message)
    if status == 403:
        return make(PermissionDenied, message)
    return make(ApiError, message)


def unreadable_success(
    status: int, headers: Mapping[str, str], *, method: str, path: str
) -> StripeError:
    """A 2xx whose body cannot be read: for a write the change may have happened."""
    request_id = headers.get("Request-Id") or headers.get("request-id")
    if method.upper() != "GET":
        return OutcomeUnknown(
            f"{method} {path}: Stripe answered HTTP {status} but the body could not be read; "
            "outcome unknown: replay with the same idempotency key or look it up",
            http_status=status,
            request_id=request_id,
        )
    return ApiError(
        f"{method} {path}: Stripe answered HTTP {status} with an unreadable body",
        http_status=status,
        request_id=request_id,
    )


def error_from_transport(
    exc: BaseException, *, method: str, path: str, attempts: int = 1
) -> StripeError:
    """The domain error for a failure with no HTTP answer, after every retry.

    A connect failure means the request never left: StripeConnectionError. Anything after
    the request went out (read time-out, dropped connection) leaves a write's outcome
    unknown (docs/stripe.md §8). A read-only GET changed nothing either way, so it is
    reported as a connection failure.
    """
    kind = type(exc).__name__
    if isinstance(exc, _NEVER_SENT):
        return StripeConnectionError(
            f"Could not reach Stripe ({kind}, {method} {path}, {attempts} attempt(s)); "
            "nothing was sent"
        )
    if method.upper() == "GET":
        return StripeConnectionError(
            f"No answer from Stripe ({kind}, {method} {path}, {attempts} attempt(s))"
        )
    return OutcomeUnknown(
        f"No answer from Stripe ({kind}, {method} {path}, {attempts} attempt(s)); "
        "outcome unknown: replay with the same idempotency key or look it up"
    )
