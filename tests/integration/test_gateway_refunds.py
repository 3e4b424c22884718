"""Refunds through the gateway: partial, the rest, capped, with a reason, listed per charge."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from pos_app.domain.errors import InvalidRequest, ResourceMissing
from pos_app.domain.models import Charge
from pos_app.gateway import StripeGateway
from tests.fixtures_peers import Deviation, Peer, peer_params

from .support import new_key, payer, usd

GatewayFor = Callable[..., StripeGateway]

NOT_CAPPED = (
    "localstripe does not cap refunds: 800 more on a 1000 charge with 300 refunded succeeds "
    "(docs/emulators.md §2.5)"
)


def _sale(gateway: StripeGateway, peer: Peer, cents: int = 1000) -> Charge:
    return gateway.create_charge(
        amount=usd(cents), idempotency_key=new_key(), **payer(gateway, peer)
    )


def test_a_partial_refund_shows_on_the_charge(stripe_peer: Peer, gateway_for: GatewayFor) -> None:
    gateway = gateway_for(stripe_peer)
    charge = _sale(gateway, stripe_peer)

    refund = gateway.create_refund(
        charge_id=charge.id,
        idempotency_key=new_key(),
        amount=usd(300),
        metadata={"return_id": "R-1"},
    )

    assert refund.id.startswith("re_")
    assert (refund.amount, refund.charge, refund.status) == (usd(300), charge.id, "succeeded")
    assert refund.metadata["return_id"] == "R-1"
    after = gateway.retrieve_charge(charge.id)
    assert after.amount_refunded == usd(300) and not after.refunded
    assert after.refundable == usd(700)
    assert refund.id in [r.id for r in gateway.list_refunds(charge_id=charge.id).data]


@peer_params(localstripe=Deviation(NOT_CAPPED, pytest.fail.Exception))
def test_refunding_more_than_is_left_is_refused(stripe_peer: Peer, gateway_for: GatewayFor) -> None:
    gateway = gateway_for(stripe_peer)
    charge = _sale(gateway, stripe_peer)
    gateway.create_refund(charge_id=charge.id, idempotency_key=new_key(), amount=usd(300))

    with pytest.raises(InvalidRequest) as refused:
        gateway.create_refund(charge_id=charge.id, idempotency_key=new_key(), amount=usd(800))

    assert refused.value.http_status == 400
    assert gateway.retrieve_charge(charge.id).amount_refunded == usd(300)


@peer_params(
    localstripe=Deviation(
        "localstripe refunds the full amount again when no amount is given "
        "(docs/emulators.md §2.5)",
        AssertionError,
    )
)
def test_refunding_without_an_amount_refunds_what_is_left(
    stripe_peer: Peer, gateway_for: GatewayFor
) -> None:
    gateway = gateway_for(stripe_peer)
    charge = _sale(gateway, stripe_peer)
    gateway.create_refund(charge_id=charge.id, idempotency_key=new_key(), amount=usd(300))

    rest = gateway.create_refund(charge_id=charge.id, idempotency_key=new_key())

    assert rest.amount == usd(700)
    after = gateway.retrieve_charge(charge.id)
    assert after.refunded and after.amount_refunded == usd(1000)


@peer_params(localstripe=Deviation(NOT_CAPPED, pytest.fail.Exception))
def test_a_fully_refunded_charge_cannot_be_refunded_again(
    stripe_peer: Peer, gateway_for: GatewayFor
) -> None:
    gateway = gateway_for(stripe_peer)
    charge = _sale(gateway, stripe_peer)
    gateway.create_refund(charge_id=charge.id, idempotency_key=new_key())

    with pytest.raises(InvalidRequest) as refused:
        gateway.create_refund(charge_id=charge.id, idempotency_key=new_key())

    assert refused.value.code == "charge_already_refunded"


@peer_params(
    localstripe=Deviation(
        "localstripe rejects reason on POST /v1/refunds: 400 Unexpected reason (§2.5)",
        InvalidRequest,
    )
)
def test_a_refund_can_give_the_customer_request_as_reason(
    stripe_peer: Peer, gateway_for: GatewayFor
) -> None:
    gateway = gateway_for(stripe_peer)
    charge = _sale(gateway, stripe_peer)

    refund = gateway.create_refund(
        charge_id=charge.id, idempotency_key=new_key(), reason="requested_by_customer"
    )

    assert refund.status == "succeeded" and refund.amount == usd(1000)


def test_refunding_an_unknown_charge_is_resource_missing(
    stripe_peer: Peer, gateway_for: GatewayFor
) -> None:
    gateway = gateway_for(stripe_peer)

    with pytest.raises(ResourceMissing):
        gateway.create_refund(charge_id="ch_doesnotexist0000", idempotency_key=new_key())


@peer_params(
    stateful_mock=Deviation(
        "stripe-stateful-mock ignores expand[] on the refund list: a refund's charge and "
        "balance transaction stay ids (docs/emulators.md §6)",
        AssertionError,
    ),
)
def test_refunds_listed_with_their_charge_expanded(
    stripe_peer: Peer, gateway_for: GatewayFor
) -> None:
    gateway = gateway_for(stripe_peer)
    charge = _sale(gateway, stripe_peer, 1200)
    refund = gateway.create_refund(charge_id=charge.id, idempotency_key=new_key(), amount=usd(200))

    page = gateway.list_refunds(charge_id=charge.id, expand_sales=True, expand_fees=True)

    listed = {r.id: r for r in page.data}[refund.id]
    assert listed.sale is not None and listed.sale.id == charge.id
    assert listed.sale.amount == usd(1200)
    assert listed.settlement is not None and listed.settlement.net == usd(-200)
