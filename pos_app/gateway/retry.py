"""When to retry a Stripe request and how long to wait: a pure policy (docs/stripe.md §2.2-2.3)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

import httpx

__all__ = ["RETRYABLE_TRANSPORT_ERRORS", "RetryPolicy"]

#: Transport failures worth another attempt: the connection failed or the answer was lost.
#: stripe-python retries time-outs and connection errors (docs/stripe.md §2.2); a lost answer
#: to a POST is safe to replay only because the idempotency key is reused.
RETRYABLE_TRANSPORT_ERRORS: tuple[type[BaseException], ...] = (
    httpx.TimeoutException,
    httpx.NetworkError,
    httpx.RemoteProtocolError,
    httpx.ProxyError,
)

INITIAL_DELAY = 0.5
MAX_DELAY = 5.0


def _header(headers: Mapping[str, str] | None, name: str) -> str | None:
    if headers is None:
        return None
    if isinstance(headers, httpx.Headers):
        value: str | None = headers.get(name)
        return value
    lowered = name.lower()
    for key, value in headers.items():
        if key.lower() == lowered:
            return value
    return None


@dataclass(frozen=True, slots=True)
class RetryPolicy:
    """stripe-python's retry rules, tested without HTTP."""

    max_retries: int = 2

    def should_retry(
        self,
        retries_done: int,
        status: int | None,
        headers: Mapping[str, str] | None,
        exc: BaseException | None,
    ) -> bool:
        """Whether attempt `retries_done + 1` may be followed by another, in §2.2's order."""
        if retries_done >= self.max_retries:
            return False
        if exc is not None:
            return isinstance(exc, RETRYABLE_TRANSPORT_ERRORS)
        if status is None:
            return False
        # Stripe's own hint wins over the status (docs/stripe.md §2.2 step 3), which is how a
        # 429 lock time-out gets retried and how a no-op replay is refused.
        hint = _header(headers, "Stripe-Should-Retry")
        if hint is not None:
            if hint.strip().lower() == "false":
                return False
            if hint.strip().lower() == "true":
                return True
        # 409: another request with this key is still running (docs/stripe.md §1.5).
        if status == 409:
            return True
        # 400/401/402/403/404/429 are definite answers; a 5xx may be a transient failure.
        return status >= 500

    def delay(self, retry_number: int, u: float) -> float:
        """Seconds to sleep before retry `retry_number` (1-based), `u` uniform in [0, 1).

        ``min(0.5·2^(n-1), 5)`` scaled by 50–100 % jitter, never below 0.5 s (§2.3).
        """
        if retry_number < 1:
            raise ValueError("retry_number starts at 1")
        base: float = min(INITIAL_DELAY * 2.0 ** (retry_number - 1), MAX_DELAY)
        return max(INITIAL_DELAY, base * (0.5 * (1 + u)))
