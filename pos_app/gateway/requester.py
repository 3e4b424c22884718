"""One logical Stripe request: headers, form encoding, retries and logging; no endpoints."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Mapping
from typing import Any, TypeVar

import httpx

from ..domain.errors import ApiError, OutcomeUnknown, StripeError, ValidationError
from ..domain.pacing import checkpoint
from .clock import StripeClock
from .config import GatewayConfig
from .encoding import encode_params, form_encode
from .errors import (
    error_from_response,
    error_from_transport,
    may_have_been_sent,
    unreadable_success,
)
from .retry import RetryPolicy

__all__ = ["Requester"]

T = TypeVar("T")
JsonObject = Mapping[str, Any]

logger = logging.getLogger("pos_app.gateway")

_MAX_IDEMPOTENCY_KEY = 255  # docs/stripe.md §1.5
_WRITES = ("POST", "DELETE")


class Requester:
    """Sends one logical request, retrying it under one idempotency key (docs/stripe.md §2).

    Holds the only `httpx.Client`; httpx documents it as thread-safe, so worker threads
    share it. Every answer's `Date` header goes to `stripe_clock`.
    """

    def __init__(
        self,
        config: GatewayConfig,
        *,
        transport: httpx.BaseTransport | None = None,
        sleep: Callable[[float], None] = time.sleep,
        random: Callable[[], float],
        stripe_clock: StripeClock | None = None,
    ) -> None:
        self._config = config
        self._stripe_clock = stripe_clock if stripe_clock is not None else StripeClock()
        self._policy = RetryPolicy(max_retries=config.max_retries)
        self._sleep = sleep
        self._random = random
        self._client = httpx.Client(
            base_url=config.api_base,
            transport=transport,
            timeout=httpx.Timeout(
                connect=config.connect_timeout,
                read=config.read_timeout,
                write=config.write_timeout,
                pool=config.pool_timeout,
            ),
            headers={
                "Accept": "application/json",
                "Stripe-Version": config.stripe_version,
                # Honest, not impersonating the official bindings (docs/stripe.md §1.6).
                "User-Agent": f"{config.user_agent_product} python-httpx/{httpx.__version__}",
            },
            follow_redirects=False,
        )

    @property
    def policy(self) -> RetryPolicy:
        return self._policy

    def close(self) -> None:
        self._client.close()

    def request(
        self,
        method: str,
        path: str,
        params: Mapping[str, object] | None = None,
        *,
        idempotency_key: str | None = None,
        bearer: bool = True,
    ) -> dict[str, Any]:
        """The decoded JSON object of a 2xx answer, or a domain StripeError.

        `bearer=False` sends no Authorization header (tokenization with the publishable key
        in the form field `key`, as Stripe.js does).
        """
        method = method.upper()
        pairs = encode_params(params or {})
        headers: dict[str, str] = {}
        if bearer:
            headers["Authorization"] = f"Bearer {self._config.secret_key}"
        content: bytes | None = None
        url = path
        if method == "POST":
            headers["Idempotency-Key"] = _checked_key(idempotency_key)
            headers["Content-Type"] = "application/x-www-form-urlencoded"
            content = form_encode(pairs).encode("ascii")
        else:
            # GET/DELETE: parameters in the query string and no idempotency key, which
            # "has no effect" there (docs/stripe.md §1.3, §1.5).
            if idempotency_key is not None:
                raise ValueError("idempotency keys are only sent with POST")
            if pairs:
                url = f"{path}?{form_encode(pairs)}"
        return self._send(method, path, url, headers, content)

    def call(
        self,
        parser: Callable[[JsonObject], T],
        method: str,
        path: str,
        params: Mapping[str, object] | None = None,
        *,
        idempotency_key: str | None = None,
        bearer: bool = True,
    ) -> T:
        """The parsed 2xx answer; an unreadable answer to a write is OutcomeUnknown."""
        payload = self.request(method, path, params, idempotency_key=idempotency_key, bearer=bearer)
        try:
            return parser(payload)
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            # A write answered 2xx has happened; if we cannot read it, say so rather than
            # report a failure the caller might "fix" with a fresh charge.
            error: StripeError
            if method != "GET":
                error = OutcomeUnknown(
                    f"{method} {path}: Stripe's answer could not be read ({exc}); "
                    "outcome unknown: look it up before trying again"
                )
            else:
                error = ApiError(f"{method} {path}: Stripe's answer could not be read ({exc})")
            raise error from exc

    def _send(
        self,
        method: str,
        path: str,
        url: str,
        headers: dict[str, str],
        content: bytes | None,
    ) -> dict[str, Any]:
        # Once any try of a write may have executed, only Stripe's answer for the key can
        # settle it (docs/stripe.md §8): a later refusal, 429, other 4xx or an exhausted
        # budget leaves the outcome unknown, never "failed, nothing charged".
        writes = method in _WRITES
        may_have_executed = False
        last_status: int | None = None
        last_request_id: str | None = None
        retries = 0
        while True:
            attempt = retries + 1
            started = time.monotonic()
            try:
                response = self._client.request(method, url, headers=headers, content=content)
            except httpx.TransportError as exc:
                elapsed = time.monotonic() - started
                logger.warning(
                    "%s %s failed: %s attempt=%d elapsed=%.3fs",
                    method, path, type(exc).__name__, attempt, elapsed,
                )  # fmt: skip
                if writes and may_have_been_sent(exc):
                    may_have_executed = True
                if self._policy.should_retry(retries, None, None, exc):
                    retries += 1
                    self._wait(retries)
                    continue
                raise error_from_transport(
                    exc,
                    method=method,
                    path=path,
                    attempts=attempt,
                    may_have_executed=may_have_executed,
                    last_status=last_status,
                    last_request_id=last_request_id,
                ) from exc
            elapsed = time.monotonic() - started
            status = response.status_code
            self._stripe_clock.observe(response.headers)
            last_status, last_request_id = status, response.headers.get("Request-Id")
            logger.info(
                "%s %s -> %d request_id=%s attempt=%d elapsed=%.3fs",
                method, path, status, last_request_id, attempt, elapsed,
            )  # fmt: skip
            if 200 <= status < 300:
                # Decoding a page of a hundred charges is one call of 2-3 ms that holds the
                # interpreter: a background listing starts it once the window is idle, not in
                # the middle of a repaint (domain/pacing.py; a payment's thread has no gate).
                checkpoint()
                payload = _json(response)
                if not isinstance(payload, dict):
                    raise unreadable_success(status, response.headers, method=method, path=path)
                return payload
            if writes and (status == 409 or status >= 500):
                # A 5xx may come after execution; a 409 means a try with this key is running.
                may_have_executed = True
            if self._policy.should_retry(retries, status, response.headers, None):
                retries += 1
                self._wait(retries)
                continue
            error = error_from_response(
                status,
                response.headers,
                _json(response),
                method=method,
                path=path,
                attempts=attempt,
                secrets=(self._config.secret_key, self._config.publishable_key),
                may_have_executed=may_have_executed,
            )
            # Stripe's own words and request id, so the log says what was refused and support
            # can find it (the message is already redacted; it never holds card data).
            logger.warning(
                "%s %s refused: HTTP %d %s request_id=%s type=%s code=%s param=%s: %s",
                method, path, status, type(error).__name__, error.request_id,
                error.error_type, error.code, error.param, error.message,
            )  # fmt: skip
            raise error

    def _wait(self, retry_number: int) -> None:
        delay = self._policy.delay(retry_number, self._random())
        logger.info("retry %d in %.2fs", retry_number, delay)
        self._sleep(delay)


def _checked_key(idempotency_key: str | None) -> str:
    # The gateway never invents a key: the caller owns the operation (docs/stripe.md §8).
    if not idempotency_key or not idempotency_key.strip():
        raise ValidationError("idempotency_key", "every POST needs a caller-chosen key")
    if len(idempotency_key) > _MAX_IDEMPOTENCY_KEY:
        raise ValidationError("idempotency_key", "longer than 255 characters")
    return idempotency_key


def _json(response: httpx.Response) -> object:
    try:
        return response.json()
    except ValueError:
        return None
