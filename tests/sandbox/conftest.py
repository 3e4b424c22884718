"""Sandbox test fixtures: a gap test runs on plain localstripe (strict xfail) and the sandbox."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest

from tests.fixtures_peers import LOCALSTRIPE, SANDBOX, Peer


def on_plain_and_sandbox(gap: str) -> pytest.MarkDecorator:
    """Parametrize `stripe_peer` over plain localstripe, where `gap` must make the test fail
    (a strict xfail: the day localstripe fixes it, the patch can go), and the sandbox."""
    return pytest.mark.parametrize(
        "stripe_peer",
        [
            pytest.param(
                LOCALSTRIPE,
                marks=pytest.mark.xfail(strict=True, reason=f"plain localstripe: {gap}"),
                id="plain-localstripe",
            ),
            pytest.param(SANDBOX, id="sandbox"),
        ],
        indirect=True,
    )


@pytest.fixture
def api(stripe_peer: Peer) -> Iterator[httpx.Client]:
    """An httpx client on the peer, authenticated with its test secret key."""
    with httpx.Client(
        base_url=stripe_peer.base_url, auth=(stripe_peer.secret_key, ""), timeout=10
    ) as client:
        yield client


@pytest.fixture
def sandbox_api(sandbox: Peer) -> Iterator[httpx.Client]:
    """An httpx client on the (reset) sandbox only."""
    with httpx.Client(base_url=sandbox.base_url, auth=(sandbox.secret_key, ""), timeout=10) as c:
        yield c
