"""What each gateway call puts on the wire: method, path, form body, headers (docs/stripe.md §1)."""

from __future__ import annotations

import logging
from dataclasses import dataclass

import httpx
import pytest

from pos_app.domain.cards import Brand
from pos_app.domain.errors import ValidationError
from pos_app.domain.money import Money
from pos_app.gateway import STRIPE_API_VERSION, GatewayConfig
from pos_app.services.ports import StripeApi

from .helpers import (
    PUBLISHABLE,
    SECRET,
    card_json,
    charge_json,
    customer_json,
    form,
    make_rig,
    ok,
    page,
    query,
    raw_path,
    refund_json,
)

CARD_NUMBER = "4242424242424242"


@dataclass(frozen=True)
class KeyedCard:
    """Stands in for the domain's CardDetails: tokenization reads only these attributes."""

    number: str = CARD_NUMBER
    exp_month: int = 8
    exp_year: int = 2030
    cvc: str | None = "123"
    name: str | None = "Jenny Rosen"
    postal_code: str | None = "94107"


def test_a_charge_is_a_form_post_with_key_version_agent_and_idempotency_key() -> None:
    rig = make_rig(ok(charge_json()))
    charge = rig.gateway.create_charge(
        amount=Money(1050, "usd"),
        idempotency_key="attempt-1",
        source="tok_visa",
        description="Order #12",
        metadata={"order_id": "A-1001", "register": "R1"},
        expand=("balance_transaction",),
    )
    request = rig.last
    assert (request.method, raw_path(request)) == ("POST", "/v1/charges")
    assert str(request.url).startswith("https://api.stripe.com/v1/charges")
    assert form(request) == [
        ("amount", "1050"),
        ("currency", "usd"),
        ("source", "tok_visa"),
        ("description", "Order #12"),
        ("metadata[order_id]", "A-1001"),
        ("metadata[register]", "R1"),
        ("capture", "true"),
        ("expand[0]", "balance_transaction"),
    ]
    assert request.headers["Authorization"] == f"Bearer {SECRET}"
    assert request.headers["Stripe-Version"] == STRIPE_API_VERSION == "2024-06-20"
    assert request.headers["User-Agent"] == f"pos-app/1.2.3 python-httpx/{httpx.__version__}"
    assert request.headers["Idempotency-Key"] == "attempt-1"
    assert request.headers["Content-Type"] == "application/x-www-form-urlencoded"
    assert charge.id == "ch_1"
    assert charge.amount == Money(1050, "usd")
    assert charge.metadata == {"order_id": "A-1001"}


def test_a_saved_customer_charge_sends_the_customer_and_capture_choice() -> None:
    rig = make_rig(ok(charge_json(customer="cus_1")))
    charge = rig.gateway.create_charge(
        amount=Money(500, "jpy"),
        idempotency_key="k",
        customer="cus_1",
        receipt_email="amy@example.com",
        capture=False,
    )
    assert form(rig.last) == [
        ("amount", "500"),
        ("currency", "jpy"),
        ("customer", "cus_1"),
        ("receipt_email", "amy@example.com"),
        ("capture", "false"),
    ]
    assert charge.customer == "cus_1"


def test_every_post_needs_a_caller_key_and_nothing_is_sent_without_one() -> None:
    rig = make_rig()
    for bad in ("", "   ", "x" * 256):
        with pytest.raises(ValidationError) as caught:
            rig.gateway.create_charge(amount=Money(100, "usd"), idempotency_key=bad, source="t")
        assert caught.value.field == "idempotency_key"
    assert rig.requests == []


def test_reads_send_no_idempotency_key_and_no_body() -> None:
    rig = make_rig(ok(charge_json("ch_9")))
    charge = rig.gateway.retrieve_charge("ch_9")
    request = rig.last
    assert (request.method, raw_path(request)) == ("GET", "/v1/charges/ch_9")
    assert "Idempotency-Key" not in request.headers
    assert request.content == b""
    assert request.headers["Stripe-Version"] == "2024-06-20"
    assert charge.id == "ch_9"


def test_an_id_with_a_slash_cannot_escape_its_path_segment() -> None:
    rig = make_rig(ok(customer_json("cus_x")), ok(charge_json()))
    rig.gateway.retrieve_customer("../charges?limit=1")
    assert raw_path(rig.requests[0]) == "/v1/customers/..%2Fcharges%3Flimit%3D1"
    assert query(rig.requests[0]) == []
    rig.gateway.retrieve_charge("ch_1/refunds")
    assert raw_path(rig.requests[1]) == "/v1/charges/ch_1%2Frefunds"


def test_a_day_listing_with_fees_expands_each_charges_balance_transaction() -> None:
    txn = {"id": "txn_1", "object": "balance_transaction", "amount": 1250, "currency": "usd",
           "fee": 66, "net": 1184}  # fmt: skip
    rig = make_rig(
        ok(page([charge_json("ch_2"), charge_json("ch_1", balance_transaction=txn)], False))
    )
    listing = rig.gateway.list_charges(limit=100, expand_fees=True)
    assert ("expand[0]", "data.balance_transaction") in query(rig.last)
    unread, read = listing.data
    assert unread.settlement is None  # an id only: its fee is unknown, never zero
    assert read.settlement is not None
    assert (read.settlement.fee, read.settlement.net) == (Money(66, "usd"), Money(1184, "usd"))
    assert read.balance_transaction == "txn_1"


def test_a_days_refunds_are_listed_with_their_charge_and_balance_transaction() -> None:
    txn = {"id": "txn_9", "object": "balance_transaction", "amount": -300, "currency": "usd",
           "fee": 0, "net": -300}  # fmt: skip
    rig = make_rig(
        ok(
            page(
                [
                    refund_json("re_2", charge="ch_1"),
                    refund_json("re_1", charge=charge_json("ch_0"), balance_transaction=txn),
                ],
                False,
                url="/v1/refunds",
            )
        )
    )
    listing = rig.gateway.list_refunds(
        created_gte=1_700_000_000,
        created_lt=1_700_086_400,
        expand_sales=True,
        expand_fees=True,
    )
    assert (rig.last.method, raw_path(rig.last)) == ("GET", "/v1/refunds")
    assert query(rig.last) == [
        ("created[gte]", "1700000000"),
        ("created[lt]", "1700086400"),
        ("limit", "100"),
        ("expand[0]", "data.charge"),
        ("expand[1]", "data.balance_transaction"),
    ]
    unexpanded, expanded = listing.data
    assert unexpanded.charge == "ch_1" and unexpanded.sale is None
    assert unexpanded.settlement is None
    assert expanded.charge == "ch_0" and expanded.sale is not None
    assert expanded.sale.amount == Money(1050, "usd")
    assert expanded.settlement is not None and expanded.settlement.net == Money(-300, "usd")


def test_a_day_listing_sends_the_created_window_in_the_query_string() -> None:
    rig = make_rig(ok(page([charge_json("ch_2"), charge_json("ch_1")], has_more=False)))
    listing = rig.gateway.list_charges(
        created_gte=1_700_000_000, created_lt=1_700_086_400, customer="cus_1"
    )
    assert (rig.last.method, raw_path(rig.last)) == ("GET", "/v1/charges")
    assert query(rig.last) == [
        ("created[gte]", "1700000000"),
        ("created[lt]", "1700086400"),
        ("customer", "cus_1"),
        ("limit", "100"),
    ]
    assert [c.id for c in listing.data] == ["ch_2", "ch_1"]
    assert listing.last_id == "ch_1"
    assert not listing.has_more


def test_tokenizing_with_the_secret_key_sends_the_card_fields() -> None:
    token_body = {"id": "tok_1", "object": "token", "created": 1, "card": card_json("card_t")}
    rig = make_rig(ok(token_body))
    token = rig.gateway.create_token(KeyedCard(), idempotency_key="tok-attempt")
    assert (rig.last.method, raw_path(rig.last)) == ("POST", "/v1/tokens")
    assert form(rig.last) == [
        ("card[number]", CARD_NUMBER),
        ("card[exp_month]", "8"),
        ("card[exp_year]", "2030"),
        ("card[cvc]", "123"),
        ("card[name]", "Jenny Rosen"),
        ("card[address_zip]", "94107"),
    ]
    assert rig.last.headers["Authorization"] == f"Bearer {SECRET}"
    assert rig.last.headers["Idempotency-Key"] == "tok-attempt"
    assert token.id == "tok_1"
    assert token.card is not None and token.card.id == "card_t"


def test_tokenizing_with_a_publishable_key_puts_it_in_the_form_like_stripe_js() -> None:
    token_body = {"id": "tok_2", "object": "token", "created": 1, "card": card_json()}
    rig = make_rig(ok(token_body), publishable_key=PUBLISHABLE)
    rig.gateway.create_token(KeyedCard(cvc=None, name=None), idempotency_key="k")
    assert "Authorization" not in rig.last.headers
    assert SECRET not in rig.last.content.decode()
    assert form(rig.last) == [
        ("card[number]", CARD_NUMBER),
        ("card[exp_month]", "8"),
        ("card[exp_year]", "2030"),
        ("card[address_zip]", "94107"),
        ("key", PUBLISHABLE),
    ]


def test_the_publishable_key_is_not_used_for_anything_but_tokens() -> None:
    rig = make_rig(ok(charge_json()), publishable_key=PUBLISHABLE)
    rig.gateway.create_charge(amount=Money(100, "usd"), idempotency_key="k", source="tok_1")
    assert rig.last.headers["Authorization"] == f"Bearer {SECRET}"
    assert ("key", PUBLISHABLE) not in form(rig.last)


def test_customer_create_update_and_delete() -> None:
    rig = make_rig(
        ok(customer_json()),
        ok(customer_json(email="new@example.com")),
        ok({"id": "cus_1", "object": "customer", "deleted": True}),
    )
    created = rig.gateway.create_customer(
        idempotency_key="c1", source="tok_1", email="amy@example.com", name="Amy",
        metadata={"loyalty": "gold"},
    )  # fmt: skip
    assert (rig.last.method, raw_path(rig.last)) == ("POST", "/v1/customers")
    assert form(rig.last) == [
        ("source", "tok_1"),
        ("email", "amy@example.com"),
        ("name", "Amy"),
        ("metadata[loyalty]", "gold"),
    ]
    assert created.id == "cus_1" and not created.deleted

    updated = rig.gateway.update_customer("cus_1", idempotency_key="c2", email="new@example.com")
    assert (rig.last.method, raw_path(rig.last)) == ("POST", "/v1/customers/cus_1")
    assert form(rig.last) == [("email", "new@example.com")]
    assert rig.last.headers["Idempotency-Key"] == "c2"
    assert updated.email == "new@example.com"

    deleted = rig.gateway.delete_customer("cus_1")
    assert (rig.last.method, raw_path(rig.last)) == ("DELETE", "/v1/customers/cus_1")
    assert "Idempotency-Key" not in rig.last.headers
    assert deleted.deleted and deleted.id == "cus_1"


def test_customer_list_and_search() -> None:
    rig = make_rig(
        ok(page([customer_json()], has_more=False, url="/v1/customers")),
        ok({"object": "search_result", "data": [customer_json()], "has_more": True,
            "next_page": "page_2"}),
    )  # fmt: skip
    listing = rig.gateway.list_customers(email="amy@example.com", limit=10)
    assert query(rig.requests[0]) == [("email", "amy@example.com"), ("limit", "10")]
    assert [c.email for c in listing.data] == ["amy@example.com"]
    found = rig.gateway.search_customers("email:'amy@example.com'", page="page_1")
    assert raw_path(rig.last) == "/v1/customers/search"
    assert query(rig.last) == [
        ("query", "email:'amy@example.com'"),
        ("limit", "20"),
        ("page", "page_1"),
    ]
    assert found.next_page == "page_2" and found.has_more


def test_saved_cards_list_add_delete_and_default() -> None:
    rig = make_rig(
        ok(page([card_json("card_1"), card_json("card_2", brand="Visa")], has_more=False)),
        ok(card_json("card_3", brand="American Express")),
        ok({"id": "card_3", "object": "card", "deleted": True}),
        ok(customer_json(default_source="card_2")),
    )
    cards = rig.gateway.list_cards("cus_1")
    assert (rig.last.method, raw_path(rig.last)) == ("GET", "/v1/customers/cus_1/sources")
    assert query(rig.last) == [("object", "card"), ("limit", "100")]
    assert [(c.id, c.brand) for c in cards.data] == [
        ("card_1", Brand.MASTERCARD),
        ("card_2", Brand.VISA),
    ]

    added = rig.gateway.add_card("cus_1", "tok_9", idempotency_key="add-1")
    assert (rig.last.method, raw_path(rig.last)) == ("POST", "/v1/customers/cus_1/sources")
    assert form(rig.last) == [("source", "tok_9")]
    assert added.brand is Brand.AMEX

    assert rig.gateway.delete_card("cus_1", "card_3") == "card_3"
    assert (rig.last.method, raw_path(rig.last)) == ("DELETE", "/v1/customers/cus_1/sources/card_3")

    customer = rig.gateway.set_default_card("cus_1", "card_2", idempotency_key="def-1")
    assert (rig.last.method, raw_path(rig.last)) == ("POST", "/v1/customers/cus_1")
    assert form(rig.last) == [("default_source", "card_2")]
    assert customer.default_source == "card_2"


def test_delete_card_accepts_the_customer_shaped_answer_of_localstripe() -> None:
    rig = make_rig(ok(customer_json()), ok({"deleted": True}))
    assert rig.gateway.delete_card("cus_1", "card_7") == "card_7"
    assert rig.gateway.delete_card("cus_1", "card_8") == "card_8"


def test_refund_create_and_list() -> None:
    rig = make_rig(
        ok(refund_json(reason="requested_by_customer")),
        ok(page([refund_json()], has_more=False, url="/v1/refunds")),
    )
    refund = rig.gateway.create_refund(
        charge_id="ch_1", idempotency_key="refund-1", amount=Money(300, "usd"),
        reason="requested_by_customer", metadata={"by": "manager"},
    )  # fmt: skip
    assert (rig.last.method, raw_path(rig.last)) == ("POST", "/v1/refunds")
    assert form(rig.last) == [
        ("charge", "ch_1"),
        ("amount", "300"),
        ("reason", "requested_by_customer"),
        ("metadata[by]", "manager"),
    ]
    assert rig.last.headers["Idempotency-Key"] == "refund-1"
    assert refund.amount == Money(300, "usd") and refund.charge == "ch_1"

    refunds = rig.gateway.list_refunds(charge_id="ch_1", created_gte=5, limit=500)
    assert query(rig.last) == [("charge", "ch_1"), ("created[gte]", "5"), ("limit", "100")]
    assert [r.id for r in refunds.data] == ["re_1"]


def test_a_full_refund_sends_no_amount() -> None:
    rig = make_rig(ok(refund_json(amount=1050)))
    rig.gateway.create_refund(charge_id="ch_1", idempotency_key="r")
    assert form(rig.last) == [("charge", "ch_1")]


def test_api_base_points_the_gateway_at_an_emulator() -> None:
    rig = make_rig(ok(charge_json()), api_base="http://127.0.0.1:8420/")
    rig.gateway.retrieve_charge("ch_1")
    assert str(rig.last.url) == "http://127.0.0.1:8420/v1/charges/ch_1"


def test_no_key_and_no_card_number_reaches_a_repr_or_a_log(
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG)
    rig = make_rig(
        ok({"id": "tok_1", "object": "token", "card": card_json()}, request_id="req_tok"),
        publishable_key=PUBLISHABLE,
    )
    rig.gateway.create_token(KeyedCard(), idempotency_key="k")
    gateway_logs = [r for r in caplog.records if r.name == "pos_app.gateway"]
    assert any("POST /v1/tokens -> 200 request_id=req_tok attempt=1" in r.getMessage()
               for r in gateway_logs)  # fmt: skip
    everything = caplog.text + repr(rig.gateway) + repr(rig.gateway.config)
    for secret in (SECRET, PUBLISHABLE, CARD_NUMBER, "secret_key", "publishable_key"):
        assert secret not in everything


def test_the_config_repr_hides_keys_and_shows_the_settings() -> None:
    text = repr(GatewayConfig(SECRET, PUBLISHABLE))
    assert SECRET not in text and PUBLISHABLE not in text
    assert "read_timeout=30.0" in text and "connect_timeout=5.0" in text


def test_a_closed_gateway_sends_nothing() -> None:
    rig = make_rig(ok(charge_json()))
    with rig.gateway as gateway:
        gateway.retrieve_charge("ch_1")
    with pytest.raises(RuntimeError):
        rig.gateway.retrieve_charge("ch_1")
    assert len(rig.requests) == 1


def test_the_stripe_gateway_fills_the_port_services_depend_on() -> None:
    # Checked by mypy: StripeGateway must satisfy the services' StripeApi port.
    gateway: StripeApi = make_rig().gateway
    assert gateway.list_charges.__name__ == "list_charges"


def test_the_domain_card_details_tokenize_without_empty_optional_fields() -> None:
    from pos_app.domain.cards import CardDetails

    rig = make_rig(ok({"id": "tok_3", "object": "token", "card": card_json()}))
    details = CardDetails(CARD_NUMBER, 8, 2030)
    rig.gateway.create_token(details, idempotency_key="k")
    assert form(rig.last) == [
        ("card[number]", CARD_NUMBER),
        ("card[exp_month]", "8"),
        ("card[exp_year]", "2030"),
    ]


def test_the_directory_lists_customers_with_their_default_card_expanded() -> None:
    card = {**card_json("card_7", brand="Visa"), "metadata": {"card_consent_by": "Sam"}}
    rig = make_rig(ok(page([customer_json(default_source=card)], has_more=True)))

    listing = rig.gateway.list_customers(
        limit=100, starting_after="cus_0", expand_default_card=True
    )

    assert query(rig.last) == [
        ("limit", "100"),
        ("starting_after", "cus_0"),
        ("expand[0]", "data.default_source"),
    ]
    customer = listing.data[0]
    assert customer.default_source == "card_7"
    assert customer.default_card is not None and customer.default_card.id == "card_7"
    assert customer.default_card.metadata == {"card_consent_by": "Sam"}


def test_a_card_added_with_consent_sends_it_as_the_cards_metadata() -> None:
    rig = make_rig(ok(card_json("card_8")))

    rig.gateway.add_card(
        "cus_1", "tok_9", idempotency_key="add-2", metadata={"card_consent_by": "Sam"}
    )

    assert form(rig.last) == [("source", "tok_9"), ("metadata[card_consent_by]", "Sam")]
    assert rig.last.headers["Idempotency-Key"] == "add-2"
