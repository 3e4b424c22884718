"""Retry behaviour over a real wire, with stripe-stateful-mock's 429 and 500 token chains.

A chain such as ``tok_500|tok_visa`` answers its first use with a 500 and its second with a
success (docs/emulators.md §6). Chain state lives for the whole mock process, so every test
appends a unique, unused link to get a chain of its own.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from pos_app.domain.errors import OutcomeUnknown, RateLimited
from pos_app.gateway import StripeGateway
from tests.fixtures_peers import Peer, SleepLog

from .support import RecordingTransport, new_key, unique, usd

GatewayFor = Callable[..., StripeGateway]


def _chain(*links: str) -> str:
    return "|".join([*links, unique("own").replace("-", "_")])


def test_a_rate_limited_charge_is_not_retried_and_succeeds_when_replayed(
    stateful_mock: Peer, gateway_for: GatewayFor
) -> None:
    wire = RecordingTransport()
    sleeps = SleepLog()
    gateway = gateway_for(stateful_mock, max_retries=2, sleep=sleeps, transport=wire)
    key = new_key()
    source = _chain("tok_429", "tok_visa")

    # docs/stripe.md §2.2: a 429 without Stripe-Should-Retry is not retried by the client.
    with pytest.raises(RateLimited) as limited:
        gateway.create_charge(amount=usd(1000), idempotency_key=key, source=source)
    assert limited.value.http_status == 429
    assert [a.status for a in wire.attempts] == [429]
    assert sleeps.delays == []

    # A 429 is not stored under the key (docs/stripe.md §1.5), so the cashier's retry with
    # the same key goes through.
    charge = gateway.create_charge(amount=usd(1000), idempotency_key=key, source=source)

    assert charge.succeeded and charge.amount == usd(1000)
    assert [a.status for a in wire.attempts] == [429, 200]
    assert {a.idempotency_key for a in wire.attempts} == {key}


def test_a_server_error_is_retried_under_one_key_then_reported_unknown(
    stateful_mock: Peer, gateway_for: GatewayFor
) -> None:
    wire = RecordingTransport()
    sleeps = SleepLog()
    gateway = gateway_for(stateful_mock, max_retries=2, sleep=sleeps, transport=wire)
    key = new_key()

    # Stripe stores a 500 under its key and replays it (docs/stripe.md §1.5), and so does the
    # mock: every retry with the same key sees the same 500, never a second charge.
    with pytest.raises(OutcomeUnknown):
        gateway.create_charge(
            amount=usd(1000), idempotency_key=key, source=_chain("tok_500", "tok_visa")
        )

    assert [a.status for a in wire.attempts] == [500, 500, 500]
    assert {a.idempotency_key for a in wire.attempts} == {key}
    assert len(sleeps.delays) == 2 and all(d >= 0.5 for d in sleeps.delays)


def test_after_an_unknown_outcome_a_new_attempt_can_succeed(
    stateful_mock: Peer, gateway_for: GatewayFor
) -> None:
    gateway = gateway_for(stateful_mock, max_retries=0)
    source = _chain("tok_500", "tok_visa")
    with pytest.raises(OutcomeUnknown):
        gateway.create_charge(amount=usd(1000), idempotency_key=new_key(), source=source)

    # Once a lookup showed nothing was charged, a genuinely new attempt gets a new key.
    charge = gateway.create_charge(amount=usd(1000), idempotency_key=new_key(), source=source)

    assert charge.succeeded


def test_reads_carry_no_idempotency_key(stateful_mock: Peer, gateway_for: GatewayFor) -> None:
    wire = RecordingTransport()
    gateway = gateway_for(stateful_mock, max_retries=2, transport=wire)

    gateway.list_charges(limit=1)

    assert [(a.method, a.idempotency_key) for a in wire.attempts] == [("GET", None)]
