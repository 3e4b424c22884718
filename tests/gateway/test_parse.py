"""Stripe's own example objects, and the older shapes emulators send, parse into domain models."""

from __future__ import annotations

import copy
import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from pos_app.domain.cards import Brand
from pos_app.domain.money import Money
from pos_app.gateway import (
    parse_brand,
    parse_card,
    parse_charge,
    parse_customer,
    parse_list,
    parse_refund,
    parse_search,
    parse_token,
)

from .helpers import card_json, charge_json

FIXTURES = Path(__file__).resolve().parents[2].parent / "shared" / "stripe" / "fixtures3.json"


@pytest.fixture(scope="module")
def resources() -> dict[str, Any]:
    if not FIXTURES.is_file():
        pytest.skip(f"Stripe's OpenAPI example objects are not at {FIXTURES}")
    data: dict[str, Any] = json.loads(FIXTURES.read_text(encoding="utf-8"))["resources"]
    return data


def test_stripe_example_charge(resources: dict[str, Any]) -> None:
    raw = resources["charge"]
    charge = parse_charge(raw)
    assert charge.id == raw["id"]
    assert charge.amount == Money(raw["amount"], raw["currency"])
    assert charge.amount_refunded == Money(0, "usd")
    assert charge.created == datetime(2009, 2, 13, 23, 31, 30, tzinfo=UTC)
    assert (charge.status, charge.paid, charge.captured) == ("succeeded", True, False)
    assert charge.description == "My First Test Charge (created for API docs)"
    assert charge.receipt_url == raw["receipt_url"]
    assert charge.payment_method == raw["payment_method"]
    assert charge.balance_transaction == raw["balance_transaction"]
    # The example's legacy `source` is a non-card Source: the card comes from
    # payment_method_details.card, whose brand is the lowercase enum.
    assert charge.card is not None
    assert (charge.card.brand, charge.card.last4, charge.card.exp_year) == (
        Brand.VISA,
        "4242",
        2030,
    )
    assert charge.card.cvc_check == "pass"
    assert charge.card.masked == "VISA •••• 4242"
    assert charge.outcome is not None and charge.outcome.type == "type"
    assert charge.customer is None and charge.failure_code is None


def test_stripe_example_card_and_token(resources: dict[str, Any]) -> None:
    card = parse_card(resources["card"])
    assert (card.id, card.brand, card.last4) == (resources["card"]["id"], Brand.VISA, "4242")
    assert (card.exp_month, card.exp_year, card.funding, card.country) == (8, 2030, "credit", "US")
    assert card.fingerprint == "AOB934RVNwzk6xtn" and card.name == "Jenny Rosen"

    token = parse_token(resources["token"])
    assert token.id.startswith("tok_") and not token.used and not token.livemode
    assert token.card is not None and token.card.id.startswith("card_")
    assert token.created.tzinfo is UTC


def test_stripe_example_customer_and_deleted_stub(resources: dict[str, Any]) -> None:
    customer = parse_customer(resources["customer"])
    assert customer.id == resources["customer"]["id"]
    assert not customer.deleted and customer.cards == ()
    assert customer.created == datetime.fromtimestamp(1234567890, tz=UTC)

    stub = parse_customer(resources["deleted_customer"])
    assert stub.deleted and stub.id == resources["deleted_customer"]["id"]
    assert stub.email is None


def test_stripe_example_refund(resources: dict[str, Any]) -> None:
    refund = parse_refund(resources["refund"])
    assert refund.id.startswith("re_")
    assert refund.amount == Money(100, "usd")
    assert refund.charge == resources["charge"]["id"]
    assert refund.status == "succeeded"


def test_stripe_example_lists(resources: dict[str, Any]) -> None:
    embedded = parse_list(resources["charge"]["refunds"], parse_refund)
    assert embedded.data == () and not embedded.has_more
    assert embedded.url is not None and embedded.url.endswith("/refunds")

    listing = {
        "object": "list",
        "url": "/v1/charges",
        "has_more": True,
        "data": [resources["charge"], resources["charge"]],
    }
    charges = parse_list(listing, parse_charge)
    assert len(charges.data) == 2 and charges.has_more
    assert charges.last_id == resources["charge"]["id"]

    search = {"object": "search_result", "data": [resources["customer"]], "has_more": False,
              "next_page": None, "url": "/v1/customers/search"}  # fmt: skip
    found = parse_search(search, parse_customer)
    assert [c.id for c in found.data] == [resources["customer"]["id"]]
    assert found.next_page is None


def test_customer_with_embedded_sources_lists_only_cards(resources: dict[str, Any]) -> None:
    raw = copy.deepcopy(resources["customer"])
    raw["default_source"] = {**resources["card"]}  # expanded
    raw["sources"] = {
        "object": "list",
        "data": [resources["card"], resources["deleted_payment_source"] | {"object": "bank"}],
        "has_more": False,
    }
    customer = parse_customer(raw)
    assert [c.id for c in customer.cards] == [resources["card"]["id"]]
    assert customer.default_source == resources["card"]["id"]


@pytest.mark.parametrize(
    ("spelling", "brand"),
    [
        ("Visa", Brand.VISA),
        ("visa", Brand.VISA),
        ("MasterCard", Brand.MASTERCARD),
        ("mastercard", Brand.MASTERCARD),
        ("American Express", Brand.AMEX),
        ("amex", Brand.AMEX),
        ("Diners Club", Brand.DINERS),
        ("diners", Brand.DINERS),
        ("UnionPay", Brand.UNIONPAY),
        ("unionpay", Brand.UNIONPAY),
        ("Discover", Brand.DISCOVER),
        ("JCB", Brand.JCB),
        ("jcb", Brand.JCB),
        ("Cartes Bancaires", Brand.UNKNOWN),
        (None, Brand.UNKNOWN),
    ],
)
def test_both_brand_spellings(spelling: str | None, brand: Brand) -> None:
    assert parse_brand(spelling) is brand


def test_old_api_charge_takes_its_card_from_source_and_expanded_customer_id() -> None:
    raw = charge_json(
        customer={"id": "cus_9", "object": "customer"},
        source=card_json("card_9", brand="American Express", last4="0005"),
        amount_refunded=250,
        refunded=False,
    )
    del raw["payment_method_details"]
    charge = parse_charge(raw)
    assert charge.customer == "cus_9"
    assert charge.card is not None and (charge.card.id, charge.card.brand) == ("card_9", Brand.AMEX)
    assert charge.amount_refunded == Money(250, "usd")
    assert charge.net == Money(800, "usd")


def test_a_localstripe_charge_without_optional_fields_parses() -> None:
    raw = {
        "id": "ch_ls",
        "object": "charge",
        "amount": 1000,
        "currency": "EUR",
        "status": "failed",
        "paid": False,
        "created": 1_700_000_000,
        "failure_code": "card_declined",
        "failure_message": "Your card was declined.",
        "refunds": {"object": "list", "data": [], "has_more": False, "total_count": 0},
    }
    charge = parse_charge(raw)
    assert charge.amount == Money(1000, "eur")
    assert charge.card is None and charge.outcome is None and charge.receipt_url is None
    assert charge.failure_code == "card_declined"
    assert charge.net == Money(0, "eur")


def test_a_deleted_stub_without_object_is_still_deleted() -> None:
    assert parse_customer({"id": "cus_gone", "deleted": True}).deleted


def test_metadata_values_are_strings() -> None:
    charge = parse_charge(charge_json(metadata={"order_id": "A-1", "note": None}))
    assert charge.metadata == {"order_id": "A-1", "note": ""}


def test_a_charge_without_amount_or_currency_is_refused() -> None:
    with pytest.raises(ValueError):
        parse_charge({"id": "ch_1", "amount": 100})
    with pytest.raises(ValueError):
        parse_charge({"id": "ch_1", "currency": "usd"})
