"""The till's main flow against the app's own sandbox, which closes localstripe's gaps.

Everything the emulator tests mark as a localstripe deviation (tok_ sources, declines with
decline_code, idempotency, created windows, refund caps and reasons) must simply work here.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta

import httpx
import pytest

from pos_app.domain.cards import Brand
from pos_app.domain.errors import CardDeclined, IdempotencyConflict, InvalidRequest
from pos_app.domain.models import Charge
from pos_app.gateway import StripeGateway
from tests.fixtures_peers import Peer

from .support import CUSTOMER_FAIL, MASTERCARD, VISA, KeyedCard, new_key, token_for, unique, usd

GatewayFor = Callable[..., StripeGateway]


def _tokenize(gateway: StripeGateway, number: str = VISA) -> str:
    return gateway.create_token(KeyedCard(number), idempotency_key=new_key()).id


def _sale(gateway: StripeGateway, cents: int = 1000) -> Charge:
    return gateway.create_charge(
        amount=usd(cents), idempotency_key=new_key(), source=_tokenize(gateway)
    )


def test_sandbox_listens_on_loopback_and_reset_empties_it(sandbox: Peer) -> None:
    assert httpx.URL(sandbox.base_url).host == "127.0.0.1"
    auth = (sandbox.secret_key, "")
    created = httpx.post(
        f"{sandbox.base_url}/v1/customers", data={"email": "x@example.com"}, auth=auth
    )
    assert created.status_code == 200

    sandbox.reset()

    listed = httpx.get(f"{sandbox.base_url}/v1/customers", auth=auth)
    assert listed.json()["data"] == []


def test_a_keyed_card_is_tokenized_and_charged_with_the_order(
    sandbox: Peer, gateway_for: GatewayFor
) -> None:
    gateway = gateway_for(sandbox)
    token = gateway.create_token(KeyedCard(MASTERCARD), idempotency_key=new_key())
    assert token.card is not None
    assert (token.card.brand, token.card.last4) == (Brand.MASTERCARD, "4444")

    charge = gateway.create_charge(
        amount=usd(1234),
        idempotency_key=new_key(),
        source=token.id,
        description="Order A-1",
        metadata={"order_id": "A-1"},
    )

    assert charge.succeeded and charge.paid
    assert charge.amount == usd(1234)
    assert charge.metadata["order_id"] == "A-1"
    assert gateway.retrieve_charge(charge.id).metadata["order_id"] == "A-1"


@pytest.mark.parametrize(
    ("number", "code", "decline_code"),
    [
        ("4000000000000002", "card_declined", "generic_decline"),
        ("4000000000009995", "card_declined", "insufficient_funds"),
        ("4000000000000069", "expired_card", None),
        ("4000000000000127", "incorrect_cvc", None),
        ("4000000000000119", "processing_error", None),
    ],
    ids=["generic", "funds", "expired", "cvc", "processing"],
)
def test_declines_are_card_errors_with_their_codes(
    sandbox: Peer, gateway_for: GatewayFor, number: str, code: str, decline_code: str | None
) -> None:
    gateway = gateway_for(sandbox)

    with pytest.raises(CardDeclined) as declined:
        gateway.create_charge(
            amount=usd(2000), idempotency_key=new_key(), source=_tokenize(gateway, number)
        )

    error = declined.value
    assert (error.http_status, error.error_type, error.code) == (402, "card_error", code)
    if decline_code is not None:
        assert error.decline_code == decline_code
    assert error.charge_id is not None
    assert gateway.retrieve_charge(error.charge_id).status == "failed"


def test_a_mistyped_card_number_is_refused_at_tokenization(
    sandbox: Peer, gateway_for: GatewayFor
) -> None:
    gateway = gateway_for(sandbox)

    with pytest.raises(CardDeclined) as refused:
        gateway.create_token(KeyedCard("4242424242424241"), idempotency_key=new_key())

    assert refused.value.code == "incorrect_number"


def test_an_idempotency_key_replays_and_guards_its_parameters(
    sandbox: Peer, gateway_for: GatewayFor
) -> None:
    gateway = gateway_for(sandbox)
    key = new_key()
    source = _tokenize(gateway)

    first = gateway.create_charge(amount=usd(999), idempotency_key=key, source=source)
    replay = gateway.create_charge(amount=usd(999), idempotency_key=key, source=source)
    assert replay.id == first.id
    with pytest.raises(IdempotencyConflict):
        gateway.create_charge(amount=usd(1999), idempotency_key=key, source=source)

    assert [c.id for c in gateway.iter_charges()] == [first.id]


def test_a_day_window_lists_that_day_only(sandbox: Peer, gateway_for: GatewayFor) -> None:
    gateway = gateway_for(sandbox)
    charge = _sale(gateway)
    day_start = datetime.combine(charge.created.astimezone(UTC).date(), datetime.min.time(), UTC)
    start = int(day_start.timestamp())
    end = int((day_start + timedelta(days=1)).timestamp())

    today = [c.id for c in gateway.iter_charges(created_gte=start, created_lt=end)]
    yesterday = [c.id for c in gateway.iter_charges(created_gte=start - 86400, created_lt=start)]

    assert today == [charge.id]
    assert yesterday == []


def test_pages_of_charges_cover_every_charge_once(sandbox: Peer, gateway_for: GatewayFor) -> None:
    gateway = gateway_for(sandbox)
    made = {_sale(gateway, 100 + i).id for i in range(5)}

    first = gateway.list_charges(limit=2)
    walked = [c.id for c in gateway.iter_charges(page_size=2)]

    assert len(first.data) == 2 and first.has_more
    assert sorted(walked) == sorted(made)


def test_refunds_are_capped_and_take_a_reason(sandbox: Peer, gateway_for: GatewayFor) -> None:
    gateway = gateway_for(sandbox)
    charge = _sale(gateway)

    part = gateway.create_refund(
        charge_id=charge.id,
        idempotency_key=new_key(),
        amount=usd(300),
        reason="requested_by_customer",
    )
    with pytest.raises(InvalidRequest) as too_much:
        gateway.create_refund(charge_id=charge.id, idempotency_key=new_key(), amount=usd(800))
    rest = gateway.create_refund(charge_id=charge.id, idempotency_key=new_key())
    with pytest.raises(InvalidRequest) as again:
        gateway.create_refund(charge_id=charge.id, idempotency_key=new_key())

    assert part.amount == usd(300) and rest.amount == usd(700)
    assert too_much.value.code == "amount_too_large"
    assert again.value.code == "charge_already_refunded"
    after = gateway.retrieve_charge(charge.id)
    assert after.refunded and after.amount_refunded == usd(1000)


def test_a_saved_customer_is_charged_listed_and_deleted(
    sandbox: Peer, gateway_for: GatewayFor
) -> None:
    gateway = gateway_for(sandbox)
    email = f"{unique('ada')}@example.com"
    customer = gateway.create_customer(
        idempotency_key=new_key(), source=token_for(gateway, sandbox), email=email, name="Ada"
    )
    card = gateway.add_card(customer.id, _tokenize(gateway, MASTERCARD), idempotency_key=new_key())
    gateway.set_default_card(customer.id, card.id, idempotency_key=new_key())

    charge = gateway.create_charge(
        amount=usd(2500), idempotency_key=new_key(), customer=customer.id
    )

    assert charge.succeeded and charge.customer == customer.id
    assert [c.id for c in gateway.list_charges(customer=customer.id).data] == [charge.id]
    assert [c.id for c in gateway.list_customers(email=email).data] == [customer.id]
    assert gateway.delete_card(customer.id, card.id) == card.id
    assert gateway.delete_customer(customer.id).deleted
    assert gateway.list_customers(email=email).data == ()


def test_a_customers_saved_cards_are_listed(sandbox: Peer, gateway_for: GatewayFor) -> None:
    # The gateway pages saved cards with `limit` like any Stripe list (docs/stripe.md §5.1);
    # plain localstripe refuses that parameter, the sandbox takes it (docs/emulators.md §0, 8).
    gateway = gateway_for(sandbox)
    customer = gateway.create_customer(idempotency_key=new_key(), source=_tokenize(gateway))
    gateway.add_card(customer.id, _tokenize(gateway, MASTERCARD), idempotency_key=new_key())

    cards = gateway.list_cards(customer.id)

    assert sorted(c.last4 for c in cards.data) == ["4242", "4444"]
    assert not cards.has_more


def test_a_saved_card_that_declines_later_says_so(sandbox: Peer, gateway_for: GatewayFor) -> None:
    gateway = gateway_for(sandbox)
    customer = gateway.create_customer(
        idempotency_key=new_key(), source=_tokenize(gateway, CUSTOMER_FAIL)
    )

    with pytest.raises(CardDeclined) as declined:
        gateway.create_charge(amount=usd(1500), idempotency_key=new_key(), customer=customer.id)

    assert (declined.value.code, declined.value.decline_code) == (
        "card_declined",
        "generic_decline",
    )


def test_a_days_refunds_are_listed_with_their_sale_and_what_left_the_balance(
    sandbox: Peer, gateway_for: GatewayFor
) -> None:
    # What History asks for a day's refunds of earlier sales (services/history.py).
    gateway = gateway_for(sandbox)
    charge = _sale(gateway, 2500)
    refund = gateway.create_refund(charge_id=charge.id, idempotency_key=new_key(), amount=usd(400))
    day_start = datetime.combine(refund.created.astimezone(UTC).date(), datetime.min.time(), UTC)
    start = int(day_start.timestamp())

    today = gateway.list_refunds(
        created_gte=start, created_lt=start + 86400, expand_sales=True, expand_fees=True
    )
    yesterday = gateway.list_refunds(created_gte=start - 86400, created_lt=start)

    assert [r.id for r in today.data] == [refund.id]
    listed = today.data[0]
    assert listed.sale is not None and listed.sale.id == charge.id
    assert listed.sale.amount == usd(2500) and listed.sale.card is not None
    assert listed.settlement is not None and listed.settlement.net == usd(-400)
    assert yesterday.data == ()
