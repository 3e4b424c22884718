"""The gateway's tokenize -> charge path, declines and idempotency against both emulators."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from pos_app.domain.cards import Brand
from pos_app.domain.errors import (
    AuthenticationFailed,
    CardDeclined,
    IdempotencyConflict,
    InvalidRequest,
    ResourceMissing,
)
from pos_app.gateway import StripeGateway
from tests.fixtures_peers import Deviation, Peer, peer_params

from .support import CUSTOMER_FAIL, VISA, KeyedCard, new_key, payer, token_for, unique, usd

GatewayFor = Callable[..., StripeGateway]

DID_NOT_RAISE = pytest.fail.Exception
NO_TOKENS = Deviation(
    "stripe-stateful-mock has no POST /v1/tokens (404; docs/emulators.md §6)", InvalidRequest
)
NO_TOK_SOURCE = Deviation(
    "localstripe rejects source=tok_… on POST /v1/charges with 400 (docs/emulators.md §2.3)",
    InvalidRequest,
)
NO_IDEMPOTENCY = "localstripe ignores Idempotency-Key: the same key makes a new charge (§2.3)"


@peer_params(stateful_mock=NO_TOKENS)
def test_tokenizing_a_keyed_card_shows_its_brand_and_last4(
    stripe_peer: Peer, gateway_for: GatewayFor
) -> None:
    gateway = gateway_for(stripe_peer)

    token = gateway.create_token(KeyedCard(VISA), idempotency_key=new_key())

    assert token.id.startswith("tok_")
    assert token.card is not None
    assert token.card.brand is Brand.VISA
    assert token.card.last4 == "4242"
    assert token.livemode is False


@peer_params(localstripe=NO_TOK_SOURCE)
def test_charging_a_token_records_the_order_and_the_card(
    stripe_peer: Peer, gateway_for: GatewayFor
) -> None:
    gateway = gateway_for(stripe_peer)
    order_id = unique("A")

    charge = gateway.create_charge(
        amount=usd(1234),
        idempotency_key=new_key(),
        source=token_for(gateway, stripe_peer),
        description=f"Order {order_id}",
        metadata={"order_id": order_id},
    )

    assert charge.succeeded and charge.paid and charge.captured
    assert charge.amount == usd(1234)
    assert charge.metadata["order_id"] == order_id
    assert charge.card is not None and charge.card.last4 == "4242"
    again = gateway.retrieve_charge(charge.id)
    assert (again.id, again.amount, again.metadata["order_id"]) == (charge.id, usd(1234), order_id)


DECLINES = [
    pytest.param("4000000000000002", "card_declined", "generic_decline", id="generic"),
    pytest.param("4000000000009995", "card_declined", "insufficient_funds", id="funds"),
    pytest.param("4000000000000069", "expired_card", None, id="expired"),
    pytest.param("4000000000000127", "incorrect_cvc", None, id="cvc"),
    pytest.param("4000000000000119", "processing_error", None, id="processing"),
]


@pytest.mark.parametrize(("number", "code", "decline_code"), DECLINES)
@peer_params(
    localstripe=Deviation(
        NO_TOK_SOURCE.reason + "; charged by card id these test cards even succeed, and its "
        "declines are invalid_request_error without decline_code (docs/emulators.md §0)",
        InvalidRequest,
    )
)
def test_a_declined_card_says_why_and_leaves_a_failed_charge(
    stripe_peer: Peer,
    gateway_for: GatewayFor,
    number: str,
    code: str,
    decline_code: str | None,
) -> None:
    gateway = gateway_for(stripe_peer)
    source = token_for(gateway, stripe_peer, number)

    with pytest.raises(CardDeclined) as declined:
        gateway.create_charge(amount=usd(2000), idempotency_key=new_key(), source=source)

    error = declined.value
    assert error.http_status == 402
    assert error.error_type == "card_error"
    assert error.code == code
    if decline_code is not None:
        assert error.decline_code == decline_code
    assert error.charge_id is not None
    failed = gateway.retrieve_charge(error.charge_id)
    assert failed.status == "failed" and not failed.paid


def test_a_saved_card_that_declines_on_charge_is_a_card_decline(
    stripe_peer: Peer, gateway_for: GatewayFor
) -> None:
    gateway = gateway_for(stripe_peer)
    customer = gateway.create_customer(
        idempotency_key=new_key(),
        source=token_for(gateway, stripe_peer, CUSTOMER_FAIL),
        email=f"{unique('fail')}@example.com",
    )

    with pytest.raises(CardDeclined) as declined:
        gateway.create_charge(amount=usd(1500), idempotency_key=new_key(), customer=customer.id)

    assert declined.value.code == "card_declined"
    assert declined.value.charge_id is not None
    assert gateway.retrieve_charge(declined.value.charge_id).status == "failed"


@peer_params(localstripe=Deviation(NO_IDEMPOTENCY, AssertionError))
def test_replaying_a_charge_with_its_key_returns_the_same_charge(
    stripe_peer: Peer, gateway_for: GatewayFor
) -> None:
    gateway = gateway_for(stripe_peer)
    key = new_key()
    pay = payer(gateway, stripe_peer)

    first = gateway.create_charge(amount=usd(999), idempotency_key=key, **pay)
    replay = gateway.create_charge(amount=usd(999), idempotency_key=key, **pay)

    assert replay.id == first.id


@peer_params(localstripe=Deviation(NO_IDEMPOTENCY, DID_NOT_RAISE))
def test_reusing_a_key_for_another_amount_is_refused(
    stripe_peer: Peer, gateway_for: GatewayFor
) -> None:
    gateway = gateway_for(stripe_peer)
    key = new_key()
    pay = payer(gateway, stripe_peer)
    gateway.create_charge(amount=usd(500), idempotency_key=key, **pay)

    with pytest.raises(IdempotencyConflict):
        gateway.create_charge(amount=usd(600), idempotency_key=key, **pay)


def test_looking_up_an_unknown_charge_is_resource_missing(
    stripe_peer: Peer, gateway_for: GatewayFor
) -> None:
    gateway = gateway_for(stripe_peer)

    with pytest.raises(ResourceMissing):
        gateway.retrieve_charge("ch_doesnotexist0000")


@peer_params(
    localstripe=Deviation(
        "localstripe accepts any key starting sk_ (docs/emulators.md §2.1)", DID_NOT_RAISE
    )
)
def test_a_live_key_against_a_test_peer_is_refused(
    stripe_peer: Peer, gateway_for: GatewayFor
) -> None:
    gateway = gateway_for(stripe_peer, secret_key="sk_live_" + "x" * 24)

    with pytest.raises(AuthenticationFailed) as refused:
        gateway.list_charges(limit=1)

    assert "x" * 24 not in str(refused.value)
