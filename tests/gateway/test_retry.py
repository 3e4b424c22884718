"""RetryPolicy follows stripe-python's rules (docs/stripe.md §2.2, §2.3, §9), without HTTP."""

from __future__ import annotations

import httpx
import pytest
from hypothesis import given
from hypothesis import strategies as st

from pos_app.gateway import RetryPolicy

POLICY = RetryPolicy()


@pytest.mark.parametrize("status", [409, 500, 502, 503, 504])
def test_conflicts_and_server_errors_are_retried(status: int) -> None:
    assert POLICY.should_retry(0, status, {}, None)


@pytest.mark.parametrize("status", [400, 401, 402, 403, 404, 429, 424])
def test_definite_answers_are_not_retried(status: int) -> None:
    assert not POLICY.should_retry(0, status, {}, None)


def test_stripe_should_retry_true_makes_a_429_retryable() -> None:
    assert POLICY.should_retry(0, 429, {"Stripe-Should-Retry": "true"}, None)
    assert POLICY.should_retry(0, 429, httpx.Headers({"stripe-should-retry": "true"}), None)


@pytest.mark.parametrize("status", [409, 500, 503])
def test_stripe_should_retry_false_wins_over_the_status(status: int) -> None:
    assert not POLICY.should_retry(0, status, {"stripe-should-retry": "false"}, None)


def test_the_budget_of_two_retries_is_respected() -> None:
    assert POLICY.should_retry(1, 500, {}, None)
    assert not POLICY.should_retry(2, 500, {}, None)
    assert not POLICY.should_retry(2, 429, {"Stripe-Should-Retry": "true"}, None)
    assert not RetryPolicy(max_retries=0).should_retry(0, 503, {}, None)


@pytest.mark.parametrize(
    "exc",
    [
        httpx.ConnectError("refused"),
        httpx.ConnectTimeout("slow"),
        httpx.ReadTimeout("lost"),
        httpx.ReadError("reset"),
        httpx.RemoteProtocolError("closed"),
        httpx.PoolTimeout("busy"),
    ],
)
def test_connection_failures_and_time_outs_are_retried(exc: BaseException) -> None:
    assert POLICY.should_retry(0, None, None, exc)


@pytest.mark.parametrize(
    "exc", [httpx.LocalProtocolError("bad header"), httpx.UnsupportedProtocol("ftp"), KeyError()]
)
def test_local_mistakes_are_not_retried(exc: BaseException) -> None:
    assert not POLICY.should_retry(0, None, None, exc)


def test_first_retry_waits_exactly_half_a_second() -> None:
    assert POLICY.delay(1, 0.0) == 0.5
    assert POLICY.delay(1, 0.999) == 0.5


def test_delays_double_with_jitter_and_cap_at_five_seconds() -> None:
    assert POLICY.delay(2, 0.0) == 0.5
    assert POLICY.delay(2, 0.5) == 0.75
    assert POLICY.delay(3, 0.0) == 1.0
    assert POLICY.delay(4, 0.5) == 3.0
    assert POLICY.delay(10, 0.0) == 2.5
    assert POLICY.delay(10, 0.999999) == pytest.approx(5.0, abs=1e-5)


@given(
    st.integers(min_value=1, max_value=60), st.floats(min_value=0, max_value=1, exclude_max=True)
)
def test_every_delay_is_between_half_a_second_and_five(n: int, u: float) -> None:
    assert 0.5 <= POLICY.delay(n, u) <= 5.0
