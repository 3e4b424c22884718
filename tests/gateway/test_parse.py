"""Stripe's objects parse into domain models: the project's own examples (always), Stripe's
published example objects (where a copy is present), and the older shapes emulators send.

The examples under `examples/` (see examples/README.md) were recorded from the sandbox and
stripe-stateful-mock by `examples/record.py`, or written by hand from Stripe's API reference
where the emulators lack a field; between them they hold every field the parsers read, in each
spelling the parsers accept (display-case and lowercase brands, top-level and nested checks,
ids and expanded objects, `payment_method_details` and the legacy `source`).
"""

from __future__ import annotations

import copy
import json
import os
import re
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from pos_app.domain.cards import Brand, luhn_valid
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

EXAMPLES = Path(__file__).resolve().parent / "examples"

#: Where a copy of Stripe's published example objects (`fixtures3.json` from Stripe's public
#: `stripe/openapi` repository) is looked for: this variable, or beside the checkout.
FIXTURES_ENV = "POS_STRIPE_FIXTURES"
_FIXTURES_BESIDE = (
    Path(__file__).resolve().parents[2].parent / "shared" / "stripe" / "fixtures3.json"
)


def stripe_fixtures_path() -> Path:
    configured = os.environ.get(FIXTURES_ENV, "").strip()
    return Path(configured).expanduser() if configured else _FIXTURES_BESIDE


def example(name: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((EXAMPLES / f"{name}.json").read_text(encoding="utf-8"))
    return data


def _utc(stamp: int) -> datetime:
    return datetime.fromtimestamp(stamp, tz=UTC)


# --- the project's own examples: a fresh clone exercises every parser ----------------------


def test_a_keyed_token_carries_its_card() -> None:
    raw = example("token")
    token = parse_token(raw)
    assert token.id == raw["id"] and token.id.startswith("tok_")
    assert not token.used and not token.livemode
    assert token.created == _utc(raw["created"])
    card = token.card
    assert card is not None and card.id == raw["card"]["id"] and card.id.startswith("card_")
    # A card object spells the brand in display case and its checks at the top level.
    assert raw["card"]["brand"] == "Visa"
    assert (card.brand, card.last4, card.exp_month, card.exp_year) == (Brand.VISA, "4242", 12, 2034)
    assert (card.funding, card.country, card.name) == ("credit", "US", "Ada Lovelace")
    assert card.cvc_check == "pass" and card.fingerprint == raw["card"]["fingerprint"]
    assert card.customer is None
    assert card.masked == "VISA •••• 4242"


def test_a_saved_card_names_its_owner_even_when_the_owner_is_expanded() -> None:
    raw = example("card")
    assert raw["brand"] == "MasterCard" and isinstance(raw["customer"], dict)
    card = parse_card(raw)
    assert (card.id, card.brand, card.last4) == (raw["id"], Brand.MASTERCARD, "4444")
    assert card.customer == raw["customer"]["id"] and card.customer.startswith("cus_")
    assert card.cvc_check == "pass"


def test_an_approved_charge_shows_card_outcome_and_receipt() -> None:
    raw = example("charge_succeeded")
    charge = parse_charge(raw)
    assert charge.id == raw["id"] and charge.created == _utc(raw["created"])
    assert charge.amount == Money(1050, "usd") and charge.amount_refunded == Money(0, "usd")
    assert (charge.status, charge.paid, charge.captured, charge.refunded) == (
        "succeeded",
        True,
        True,
        False,
    )
    assert charge.succeeded and charge.net == Money(1050, "usd")
    assert charge.description == "Order A-1001"
    assert charge.metadata == {"order_id": "A-1001", "attempt_key": "att-example-1001"}
    assert charge.receipt_email == "ada@example.com"
    assert charge.receipt_url == raw["receipt_url"] and charge.receipt_url.startswith("https://")
    assert charge.payment_method == raw["payment_method"]
    assert charge.balance_transaction == raw["balance_transaction"]
    assert charge.customer is None and charge.failure_code is None and not charge.livemode
    assert charge.outcome is not None
    assert (charge.outcome.type, charge.outcome.network_status, charge.outcome.risk_level) == (
        "authorized",
        "approved_by_network",
        "normal",
    )
    assert charge.outcome.seller_message == "Payment complete."
    # payment_method_details.card spells the brand in lowercase.
    assert raw["payment_method_details"]["card"]["brand"] == "visa"
    assert charge.card is not None and charge.card.masked == "VISA •••• 4242"


def test_without_payment_method_details_the_legacy_source_gives_the_same_card() -> None:
    raw = example("charge_succeeded")
    legacy = copy.deepcopy(raw)
    del legacy["payment_method_details"]
    card = parse_charge(legacy).card
    assert raw["source"]["brand"] == "Visa"
    assert card is not None and card.id == raw["source"]["id"]
    assert (card.brand, card.last4) == (Brand.VISA, "4242")


def test_expanded_customer_payment_method_and_balance_transaction_give_their_ids() -> None:
    raw = example("charge_expanded")
    assert all(
        isinstance(raw[k], dict) for k in ("customer", "payment_method", "balance_transaction")
    )
    charge = parse_charge(raw)
    assert charge.customer == raw["customer"]["id"] and charge.customer.startswith("cus_")
    assert charge.payment_method == raw["payment_method"]["id"]
    assert charge.balance_transaction == raw["balance_transaction"]["id"]
    assert charge.amount == Money(2000, "usd") and charge.description == "Order A-1002"
    assert charge.metadata == {"order_id": "A-1002", "register_id": "front"}


def test_a_declined_charge_keeps_its_failure_and_outcome() -> None:
    raw = example("charge_failed")
    charge = parse_charge(raw)
    assert (charge.status, charge.paid, charge.succeeded) == ("failed", False, False)
    assert charge.amount == Money(4200, "usd") and charge.net == Money(0, "usd")
    assert charge.failure_code == "card_declined"
    assert charge.failure_message == "Your card has insufficient funds."
    assert charge.outcome is not None
    assert (charge.outcome.type, charge.outcome.network_status) == (
        "issuer_declined",
        "declined_by_network",
    )
    assert charge.outcome.reason == raw["outcome"]["reason"] and charge.outcome.seller_message
    assert charge.card is not None and charge.card.last4 == "9995"
    assert charge.metadata == {"order_id": "A-1004"}


def test_a_partly_refunded_charge_and_its_embedded_refunds() -> None:
    raw = example("charge_refunded")
    charge = parse_charge(raw)
    assert charge.amount_refunded == Money(500, "usd") and not charge.refunded
    assert charge.net == Money(1500, "usd") and charge.refundable == Money(1500, "usd")
    refunds = parse_list(raw["refunds"], parse_refund)
    assert not refunds.has_more and refunds.url == f"/v1/charges/{charge.id}/refunds"
    assert [(r.amount, r.charge, r.reason) for r in refunds.data] == [
        (Money(500, "usd"), charge.id, "duplicate")
    ]


def test_checks_from_nested_payment_method_details_and_from_the_legacy_card() -> None:
    raw = example("charge_address_checks")
    card = parse_charge(raw).card
    assert card is not None and card.last4 == "0036"
    assert (card.cvc_check, card.address_zip_check) == ("pass", "fail")

    legacy = copy.deepcopy(raw)
    del legacy["payment_method_details"]
    card = parse_charge(legacy).card
    assert card is not None and card.id == raw["source"]["id"]
    assert (card.cvc_check, card.address_zip_check) == ("pass", "fail")


def test_a_customer_lists_only_its_saved_cards() -> None:
    raw = example("customer_with_sources")
    customer = parse_customer(raw)
    assert customer.id == raw["id"] and not customer.deleted
    assert (customer.email, customer.name) == ("ada@example.com", "Ada Lovelace")
    assert customer.metadata == {"loyalty": "gold"} and customer.created == _utc(raw["created"])
    assert [(c.brand, c.last4) for c in customer.cards] == [
        (Brand.VISA, "4242"),
        (Brand.MASTERCARD, "4444"),
    ]
    assert all(c.customer == customer.id for c in customer.cards)
    # The first card saved stays the default; default_source is an id here.
    assert customer.default_source == raw["default_source"] == customer.cards[0].id

    with_bank = copy.deepcopy(raw)
    bank = {"id": "ba_example", "object": "bank_account", "last4": "6789"}
    with_bank["sources"]["data"].append(bank)
    assert [c.id for c in parse_customer(with_bank).cards] == [c.id for c in customer.cards]


def test_an_expanded_default_source_gives_its_id() -> None:
    raw = example("customer_default_source_expanded")
    assert isinstance(raw["default_source"], dict)
    customer = parse_customer(raw)
    assert customer.default_source == raw["default_source"]["id"]
    assert raw["default_source"]["last4"] == "4242"  # the first card saved stays the default
    assert customer.default_card is not None
    assert (customer.default_card.id, customer.default_card.last4) == (
        raw["default_source"]["id"],
        "4242",
    )


def test_embedded_cards_give_the_default_card_too() -> None:
    raw = example("customer_with_sources")
    customer = parse_customer(raw)
    assert customer.default_card == customer.cards[0]
    without = {**raw, "default_source": None}
    assert parse_customer(without).default_card is None


def test_a_deleted_customer_stub() -> None:
    raw = example("customer_deleted")
    customer = parse_customer(raw)
    assert customer.deleted and customer.id == raw["id"]
    assert customer.email is None and customer.cards == ()


def test_refunds_with_the_charge_as_id_or_expanded() -> None:
    raw = example("refund")
    refund = parse_refund(raw)
    assert refund.id == raw["id"] and refund.id.startswith("re_")
    assert (refund.amount, refund.status, refund.reason) == (
        Money(300, "usd"),
        "succeeded",
        "requested_by_customer",
    )
    assert refund.charge == raw["charge"] and refund.created == _utc(raw["created"])
    assert refund.metadata == {"approved_by": "manager"} and refund.failure_reason is None

    expanded = example("refund_charge_expanded")
    assert isinstance(expanded["charge"], dict)
    refund = parse_refund(expanded)
    assert refund.charge == expanded["charge"]["id"] and refund.amount == Money(500, "usd")


def test_a_failed_refund_says_why() -> None:
    refund = parse_refund(example("refund_failed"))
    assert (refund.status, refund.failure_reason) == ("failed", "expired_or_canceled_card")
    assert refund.amount == Money(1000, "usd")


def test_a_list_page_newest_first_with_more_behind_it() -> None:
    raw = example("charge_list")
    page = parse_list(raw, parse_charge)
    assert page.has_more and page.url == "/v1/charges"
    assert [c.amount for c in page.data] == [Money(1250, "usd"), Money(750, "usd")]
    assert page.last_id == raw["data"][-1]["id"]


def test_a_search_page_with_its_next_page_cursor() -> None:
    raw = example("customer_search")
    page = parse_search(raw, parse_customer)
    assert page.has_more and page.next_page == "ExampleSearchCursor2"
    first = page.data[0]
    assert (first.phone, first.description) == ("+1 555 0100", "Regular, pays by card")
    assert [c.default_source for c in page.data] == ["card_ExampleSearch0001", None]


def _parser_for(obj: dict[str, Any]) -> Callable[[dict[str, Any]], object]:
    single: dict[str, Callable[[dict[str, Any]], object]] = {
        "token": parse_token,
        "card": parse_card,
        "charge": parse_charge,
        "customer": parse_customer,
        "refund": parse_refund,
    }
    kind = obj.get("object")
    if kind in ("list", "search_result"):
        item = single[obj["data"][0]["object"]]
        return lambda o: (parse_list if kind == "list" else parse_search)(o, item)
    return single[str(kind)]


EXAMPLE_FILES = sorted(EXAMPLES.glob("*.json"))


@pytest.mark.parametrize("path", EXAMPLE_FILES, ids=[p.stem for p in EXAMPLE_FILES])
def test_every_example_parses(path: Path) -> None:
    raw = json.loads(path.read_text(encoding="utf-8"))
    assert _parser_for(raw)(raw) is not None


def test_the_examples_cover_every_kind_of_object_the_gateway_parses() -> None:
    kinds = {json.loads(p.read_text(encoding="utf-8")).get("object") for p in EXAMPLE_FILES}
    assert kinds == {"token", "card", "charge", "customer", "refund", "list", "search_result"}


_DIGIT_RUN = re.compile(r"(?<!\d)\d{12,19}(?!\d)")
_KEY_SHAPED = re.compile(r"\b(?:sk|rk|pk)_(?:test|live)_")


@pytest.mark.parametrize("path", EXAMPLE_FILES, ids=[p.stem for p in EXAMPLE_FILES])
def test_no_example_holds_a_card_number_or_an_api_key(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    assert not [run for run in _DIGIT_RUN.findall(text) if luhn_valid(run)]
    assert not _KEY_SHAPED.search(text)


# --- Stripe's published example objects, where a copy is present ---------------------------


@pytest.fixture(scope="module")
def resources() -> dict[str, Any]:
    path = stripe_fixtures_path()
    if not path.is_file():
        pytest.skip(
            f"Stripe's published example objects (fixtures3.json) are not at {path}; "
            f"set {FIXTURES_ENV} to a copy to run these tests"
        )
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))["resources"]
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


def test_stripe_example_balance_transaction_expanded_on_a_charge(
    resources: dict[str, Any],
) -> None:
    txn = resources["balance_transaction"]
    charge = parse_charge({**resources["charge"], "balance_transaction": txn})
    assert charge.balance_transaction == txn["id"]
    assert charge.settlement is not None
    assert charge.settlement.amount == Money(txn["amount"], txn["currency"])
    assert charge.settlement.fee == Money(txn["fee"], txn["currency"])
    assert charge.settlement.net == Money(txn["net"], txn["currency"])


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
