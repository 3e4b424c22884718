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

__all__ = [
    "error_from_response",
    "error_from_transport",
    "may_have_been_sent",
    "redact",
    "settles_the_key",
    "unreadable_success",
]

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


def may_have_been_sent(exc: BaseException) -> bool:
    """Whether a transport failure leaves room for the request to have reached Stripe."""
    return not isinstance(exc, _NEVER_SENT)


def settles_the_key(status: int, headers: Mapping[str, str]) -> bool:
    """Whether a non-2xx answer to a retried write is Stripe's own answer for the key.

    Once a try may have executed (docs/stripe.md §8), only the result stored under the
    idempotency key settles the request: a replay (`Idempotent-Replayed: true`) or a 402,
    since a decline is itself the stored result of an execution. A 429 comes from the rate
    limiter that runs before the idempotency layer, and a 400/401/403/404 without the replay
    marker was never checked against the key (docs/stripe.md §1.5): neither says whether the
    earlier try ran.
    """
    replayed = headers.get("Idempotent-Replayed") or headers.get("idempotent-replayed") or ""
    return status == 402 or replayed.strip().lower() == "true"


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
    may_have_executed: bool = False,
) -> StripeError:
    """The domain error for a non-2xx answer, by status, then `error.type`, then code (§3.2).

    `payload` is the decoded JSON body, or None when the body was not JSON.
    `may_have_executed` says an earlier try of this write may have run at Stripe; then only
    an answer that settles the key (see `settles_the_key`) is mapped by status, anything
    else is OutcomeUnknown.
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
    if writes and may_have_executed and not settles_the_key(status, headers):
        unknown = (
            f"{message} ({method} {path}, HTTP {status} on attempt {attempts}, after an earlier "
            "attempt that may have executed); outcome unknown: replay with the same "
            "idempotency key or look it up"
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
    exc: BaseException,
    *,
    method: str,
    path: str,
    attempts: int = 1,
    may_have_executed: bool = False,
    last_status: int | None = None,
    last_request_id: str | None = None,
) -> StripeError:
    """The domain error for a failure with no HTTP answer, after every retry.

    A connect failure means this try never left: StripeConnectionError, unless an earlier
    try of the same write may have executed (`may_have_executed`), in which case the outcome
    is still unknown. Anything after the request went out (read time-out, dropped
    connection) leaves a write's outcome unknown (docs/stripe.md §8). A read-only GET
    changed nothing either way, so it is reported as a connection failure. `last_status`
    and `last_request_id` describe the last answer an earlier try received, if any, so
    support can find it.
    """
    kind = type(exc).__name__
    writes = method.upper() != "GET"
    sent = may_have_been_sent(exc)
    if writes and may_have_executed and not sent:
        return OutcomeUnknown(
            f"Could not reach Stripe ({kind}, {method} {path}, {attempts} attempt(s)) after an "
            "earlier attempt that may have executed; outcome unknown: replay with the same "
            "idempotency key or look it up",
            http_status=last_status,
            request_id=last_request_id,
        )
    if not sent:
        return StripeConnectionError(
            f"Could not reach Stripe ({kind}, {method} {path}, {attempts} attempt(s)); "
            "nothing was sent"
        )
    if not writes:
        return StripeConnectionError(
            f"No answer from Stripe ({kind}, {method} {path}, {attempts} attempt(s))"
        )
    return OutcomeUnknown(
        f"No answer from Stripe ({kind}, {method} {path}, {attempts} attempt(s)); "
        "outcome unknown: replay with the same idempotency key or look it up",
        http_status=last_status,
        request_id=last_request_id,
    )
