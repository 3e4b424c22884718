"""Listing a day's charges (created[gte]/[lt]) and walking every page, against both emulators."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta

import pytest

from pos_app.domain.errors import InvalidRequest
from pos_app.domain.models import Charge
from pos_app.gateway import StripeGateway
from tests.fixtures_peers import STATEFUL_MOCK, Deviation, Peer, peer_params

from .support import new_key, payer, usd

GatewayFor = Callable[..., StripeGateway]

NO_CREATED_WINDOW = Deviation(
    "localstripe answers created[gte]+created[lt] with 400 (docs/emulators.md §2.6)", InvalidRequest
)


def _day_of(charge: Charge) -> tuple[int, int]:
    """The UTC day the charge falls in, as [start, end) Unix seconds (docs/stripe.md §9.7)."""
    start = datetime.combine(charge.created.astimezone(UTC).date(), datetime.min.time(), UTC)
    return int(start.timestamp()), int((start + timedelta(days=1)).timestamp())


@peer_params(localstripe=NO_CREATED_WINDOW)
def test_listing_a_day_includes_the_charges_made_that_day(
    stripe_peer: Peer, gateway_for: GatewayFor
) -> None:
    gateway = gateway_for(stripe_peer)
    charge = gateway.create_charge(
        amount=usd(700), idempotency_key=new_key(), **payer(gateway, stripe_peer)
    )
    start, end = _day_of(charge)

    listed = [c.id for c in gateway.iter_charges(created_gte=start, created_lt=end)]

    assert charge.id in listed


@peer_params(
    localstripe=NO_CREATED_WINDOW,
    stateful_mock=Deviation(
        "stripe-stateful-mock silently ignores created[...] filters (docs/emulators.md §6)",
        AssertionError,
    ),
)
def test_listing_another_day_leaves_todays_charges_out(
    stripe_peer: Peer, gateway_for: GatewayFor
) -> None:
    gateway = gateway_for(stripe_peer)
    charge = gateway.create_charge(
        amount=usd(800), idempotency_key=new_key(), **payer(gateway, stripe_peer)
    )
    start, _ = _day_of(charge)
    day = 24 * 60 * 60

    yesterday = [c.id for c in gateway.iter_charges(created_gte=start - day, created_lt=start)]

    assert charge.id not in yesterday


def test_paging_through_charges_visits_each_once(
    stripe_peer: Peer, gateway_for: GatewayFor
) -> None:
    gateway = gateway_for(stripe_peer)
    pay = payer(gateway, stripe_peer)
    made = {
        gateway.create_charge(amount=usd(100 + i), idempotency_key=new_key(), **pay).id
        for i in range(5)
    }

    pages = []
    cursor = None
    while True:
        page = gateway.list_charges(limit=2, starting_after=cursor)
        assert len(page.data) <= 2
        pages.append(page)
        cursor = page.last_id
        if not page.has_more:
            break
    walked = [c.id for page in pages for c in page.data]
    iterated = [c.id for c in gateway.iter_charges(page_size=2)]

    assert len(walked) == len(set(walked))
    assert made <= set(walked)
    assert sorted(iterated) == sorted(walked)
    if stripe_peer.name != STATEFUL_MOCK:  # a reset store holds only this test's charges
        assert len(walked) == 5 and len(pages) == 3


@pytest.mark.parametrize("stripe_peer", [STATEFUL_MOCK], indirect=True)
def test_an_unknown_cursor_is_resource_missing(stripe_peer: Peer, gateway_for: GatewayFor) -> None:
    # localstripe silently restarts from the beginning instead (docs/emulators.md §2.6).
    from pos_app.domain.errors import ResourceMissing

    gateway = gateway_for(stripe_peer)

    with pytest.raises(ResourceMissing):
        gateway.list_charges(limit=2, starting_after="ch_doesnotexist0000")
