"""The emulator fixtures themselves: loopback only, Stripe auth, and a reset that really empties."""

from __future__ import annotations

from urllib.parse import urlsplit

import httpx
import pytest

from tests.fixtures_peers import LOCALSTRIPE, STATEFUL_MOCK, Peer


def test_peer_serves_stripe_lists_on_loopback_only(stripe_peer: Peer) -> None:
    assert urlsplit(stripe_peer.base_url).hostname == "127.0.0.1"
    response = httpx.get(
        f"{stripe_peer.base_url}/v1/charges",
        params={"limit": 1},
        auth=(stripe_peer.secret_key, ""),
    )
    assert response.status_code == 200
    assert response.json()["object"] == "list"


def test_peer_refuses_a_request_without_a_key(stripe_peer: Peer) -> None:
    response = httpx.get(f"{stripe_peer.base_url}/v1/charges")
    assert response.status_code == 401
    assert "error" in response.json()


def _customer_emails(peer: Peer) -> list[str]:
    response = httpx.get(
        f"{peer.base_url}/v1/customers", params={"limit": 100}, auth=(peer.secret_key, "")
    )
    response.raise_for_status()
    return [c["email"] for c in response.json()["data"]]


@pytest.mark.parametrize(
    ("stripe_peer", "survives"),
    [(LOCALSTRIPE, False), (STATEFUL_MOCK, True)],
    ids=[LOCALSTRIPE, STATEFUL_MOCK],
    indirect=["stripe_peer"],
)
def test_reset_empties_the_store_where_the_peer_can(stripe_peer: Peer, survives: bool) -> None:
    email = f"reset-{stripe_peer.name}@example.com"
    created = httpx.post(
        f"{stripe_peer.base_url}/v1/customers",
        data={"email": email},
        auth=(stripe_peer.secret_key, ""),
    )
    assert created.status_code == 200
    assert email in _customer_emails(stripe_peer)

    stripe_peer.reset()

    assert (email in _customer_emails(stripe_peer)) is survives
