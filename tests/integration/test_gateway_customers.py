"""Saved customers through the gateway: cards, default card, charging, deleting, finding."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from pos_app.domain.errors import InvalidRequest
from pos_app.domain.models import Customer
from pos_app.gateway import StripeGateway
from tests.fixtures_peers import Deviation, Peer, peer_params

from .support import MASTERCARD, VISA, new_key, token_for, unique, usd

GatewayFor = Callable[..., StripeGateway]

NO_CUSTOMER_DELETE = Deviation(
    "stripe-stateful-mock has no DELETE /v1/customers/{id} (404; docs/emulators.md §6)",
    InvalidRequest,
)


def _customer(gateway: StripeGateway, peer: Peer, *, email: str | None = None) -> Customer:
    return gateway.create_customer(
        idempotency_key=new_key(),
        source=token_for(gateway, peer, VISA),
        email=email or f"{unique('cus')}@example.com",
        name="Ada Lovelace",
        metadata={"loyalty": "gold"},
    )


def test_a_new_customer_keeps_the_card_as_default(
    stripe_peer: Peer, gateway_for: GatewayFor
) -> None:
    gateway = gateway_for(stripe_peer)
    email = f"{unique('ada')}@example.com"

    customer = _customer(gateway, stripe_peer, email=email)

    assert customer.id.startswith("cus_")
    assert customer.email == email
    assert customer.metadata["loyalty"] == "gold"
    assert customer.default_source is not None and customer.default_source.startswith("card_")
    assert gateway.retrieve_customer(customer.id).default_source == customer.default_source


@peer_params(
    stateful_mock=Deviation(
        "stripe-stateful-mock drops the customer's name (docs/emulators.md §6)", AssertionError
    )
)
def test_a_customer_keeps_the_name_the_cashier_typed(
    stripe_peer: Peer, gateway_for: GatewayFor
) -> None:
    gateway = gateway_for(stripe_peer)

    customer = _customer(gateway, stripe_peer)

    assert gateway.retrieve_customer(customer.id).name == "Ada Lovelace"


def test_adding_a_card_and_making_it_default_charges_it(
    stripe_peer: Peer, gateway_for: GatewayFor
) -> None:
    gateway = gateway_for(stripe_peer)
    customer = _customer(gateway, stripe_peer)

    card = gateway.add_card(
        customer.id, token_for(gateway, stripe_peer, MASTERCARD), idempotency_key=new_key()
    )
    assert card.last4 == "4444" and card.customer == customer.id
    # Attaching never changes the default (docs/stripe.md §4.4); the cashier does that.
    assert gateway.retrieve_customer(customer.id).default_source == customer.default_source
    updated = gateway.set_default_card(customer.id, card.id, idempotency_key=new_key())
    charge = gateway.create_charge(
        amount=usd(2500), idempotency_key=new_key(), customer=customer.id
    )

    assert updated.default_source == card.id
    assert charge.succeeded and charge.amount == usd(2500)


@peer_params(
    localstripe=Deviation(
        "localstripe refuses limit on GET /v1/customers/{id}/sources: 400 Unexpected limit "
        "(docs/emulators.md §2.4)",
        InvalidRequest,
    ),
    stateful_mock=Deviation(
        "stripe-stateful-mock has no GET /v1/customers/{id}/sources (404; docs/emulators.md §6)",
        InvalidRequest,
    ),
)
def test_listing_a_customers_cards_shows_each_saved_card(
    stripe_peer: Peer, gateway_for: GatewayFor
) -> None:
    gateway = gateway_for(stripe_peer)
    customer = _customer(gateway, stripe_peer)
    gateway.add_card(
        customer.id, token_for(gateway, stripe_peer, MASTERCARD), idempotency_key=new_key()
    )

    cards = gateway.list_cards(customer.id).data

    assert sorted(c.last4 for c in cards) == ["4242", "4444"]


@peer_params(
    stateful_mock=Deviation(
        "stripe-stateful-mock leaves charge.customer null, so ?customer= finds nothing "
        "(docs/emulators.md §6)",
        AssertionError,
    )
)
def test_a_customers_charges_can_be_listed(stripe_peer: Peer, gateway_for: GatewayFor) -> None:
    gateway = gateway_for(stripe_peer)
    customer = _customer(gateway, stripe_peer)

    charge = gateway.create_charge(
        amount=usd(1800), idempotency_key=new_key(), customer=customer.id
    )

    assert charge.customer == customer.id
    assert [c.id for c in gateway.list_charges(customer=customer.id).data] == [charge.id]


def test_deleting_the_default_card_falls_back_to_the_other(
    stripe_peer: Peer, gateway_for: GatewayFor
) -> None:
    gateway = gateway_for(stripe_peer)
    customer = _customer(gateway, stripe_peer)
    other = gateway.add_card(
        customer.id, token_for(gateway, stripe_peer, MASTERCARD), idempotency_key=new_key()
    )
    assert customer.default_source is not None

    gateway.delete_card(customer.id, customer.default_source)

    assert gateway.retrieve_customer(customer.id).default_source == other.id


@peer_params(
    stateful_mock=Deviation(
        "stripe-stateful-mock answers a card delete with a made-up card id (docs/emulators.md §6)",
        AssertionError,
    )
)
def test_deleting_a_card_reports_which_card_went(
    stripe_peer: Peer, gateway_for: GatewayFor
) -> None:
    gateway = gateway_for(stripe_peer)
    customer = _customer(gateway, stripe_peer)
    card = gateway.add_card(
        customer.id, token_for(gateway, stripe_peer, MASTERCARD), idempotency_key=new_key()
    )

    assert gateway.delete_card(customer.id, card.id) == card.id


@peer_params(stateful_mock=NO_CUSTOMER_DELETE)
def test_a_deleted_customer_is_no_longer_found_by_email(
    stripe_peer: Peer, gateway_for: GatewayFor
) -> None:
    gateway = gateway_for(stripe_peer)
    email = f"{unique('gone')}@example.com"
    customer = _customer(gateway, stripe_peer, email=email)

    deleted = gateway.delete_customer(customer.id)

    assert deleted.id == customer.id and deleted.deleted
    assert gateway.list_customers(email=email).data == ()


@peer_params(
    localstripe=Deviation(
        "localstripe answers GET of a deleted customer with 404, not the deleted stub "
        "(docs/emulators.md §2.4)",
        InvalidRequest,
    ),
    stateful_mock=NO_CUSTOMER_DELETE,
)
def test_looking_up_a_deleted_customer_says_deleted(
    stripe_peer: Peer, gateway_for: GatewayFor
) -> None:
    gateway = gateway_for(stripe_peer)
    customer = _customer(gateway, stripe_peer)
    gateway.delete_customer(customer.id)

    assert gateway.retrieve_customer(customer.id).deleted


def test_customers_are_found_by_exact_email(stripe_peer: Peer, gateway_for: GatewayFor) -> None:
    gateway = gateway_for(stripe_peer)
    email = f"{unique('twin')}@example.com"
    twins = {_customer(gateway, stripe_peer, email=email).id for _ in range(2)}
    _customer(gateway, stripe_peer)

    found = gateway.list_customers(email=email, limit=1)
    everyone = {c.id for c in gateway.iter_customers(email=email, page_size=1)}

    assert len(found.data) == 1 and found.has_more
    assert everyone == twins


@peer_params(
    localstripe=Deviation("localstripe has no /v1/customers/search (404)", InvalidRequest),
    stateful_mock=Deviation(
        "stripe-stateful-mock has no /v1/customers/search (404)", InvalidRequest
    ),
)
def test_searching_customers_by_email(stripe_peer: Peer, gateway_for: GatewayFor) -> None:
    gateway = gateway_for(stripe_peer)
    email = f"{unique('find')}@example.com"
    customer = _customer(gateway, stripe_peer, email=email)

    page = gateway.search_customers(f"email:'{email}'")

    assert [c.id for c in page.data] == [customer.id]


def test_charging_an_unknown_customer_is_refused(
    stripe_peer: Peer, gateway_for: GatewayFor
) -> None:
    gateway = gateway_for(stripe_peer)

    with pytest.raises(InvalidRequest):
        gateway.create_charge(
            amount=usd(1000), idempotency_key=new_key(), customer="cus_doesnotexist00"
        )
