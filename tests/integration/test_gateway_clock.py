"""Stripe's clock over a real wire: a till whose clock runs wrong learns the server's time."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta

from pos_app.gateway import StripeGateway
from tests.fixtures_peers import Peer

GatewayFor = Callable[..., StripeGateway]

# The Date header has one-second resolution; a loaded test machine adds a little more.
TOLERANCE = timedelta(seconds=3)


def test_a_till_ten_minutes_fast_reckons_with_the_servers_time(
    sandbox: Peer, gateway_for: GatewayFor
) -> None:
    def fast_till() -> datetime:
        return datetime.now(UTC) + timedelta(minutes=10)

    gateway = gateway_for(sandbox, clock=fast_till)
    assert gateway.stripe_now() is None

    gateway.list_charges(limit=1)

    offset = gateway.clock_offset
    assert offset is not None
    assert abs(offset - timedelta(minutes=-10)) < TOLERANCE
    stripe_now = gateway.stripe_now()
    assert stripe_now is not None
    assert abs(stripe_now - datetime.now(UTC)) < TOLERANCE
