"""Saved customers against the sandbox: saving a card with consent, finding, changing, deleting.

Every test runs the real service, gateway, journal and cache against the training sandbox;
what it checks is what the shop would see at Stripe and on the till's list.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path

import httpx
import pytest

from pos_app.domain.attempts import AttemptKind, AttemptState
from pos_app.domain.cards import CardDetails
from pos_app.domain.errors import CardDeclined, CustomerDeleted, ValidationError
from pos_app.domain.keys import Mode
from pos_app.domain.models import Customer
from pos_app.domain.money import Money
from pos_app.gateway import StripeGateway
from pos_app.services.attempts import AttemptPipeline
from pos_app.services.charging import ChargeService
from pos_app.services.customers import CustomerService, NewCustomer, validate_new_customer
from pos_app.services.manager import AuditTrail, Grant, ManagerAction
from pos_app.services.receipts import ReceiptService, ShopDetails
from pos_app.storage.customer_cache import CustomerCache
from pos_app.storage.journal import Journal
from tests.fixtures_peers import Peer

VISA = "4242424242424242"
MASTERCARD = "5555555555554444"
EXPIRED = "4000000000000069"
ADA = NewCustomer("Ada Lovelace", "ada@example.com", "+44 20 7946 0001", "Oat milk")


def card(number: str = VISA) -> CardDetails:
    return CardDetails.from_input(number, "12/40", "123", name="Ada Lovelace")


@dataclass
class Till:
    service: CustomerService
    charges: ChargeService
    journal: Journal
    gateway: StripeGateway
    cache_path: Path
    peer: Peer

    def stripe(self, path: str) -> dict:
        response = httpx.get(
            f"{self.peer.base_url}{path}", auth=(self.peer.secret_key, ""), timeout=10
        )
        return response.json()


@pytest.fixture
def till(
    sandbox: Peer, gateway_for: Callable[..., StripeGateway], tmp_path: Path
) -> Iterator[Till]:
    gateway = gateway_for(sandbox)
    journal = Journal(tmp_path / "journal.sqlite3")
    pipeline = AttemptPipeline(gateway, journal, register_id="FRONT-1", cashier="Sam")
    cache_path = tmp_path / "customers.sqlite3"
    service = CustomerService(
        gateway,
        pipeline,
        CustomerCache(cache_path, scope="SANDBOX:x"),
        register_id="FRONT-1",
        cashier="Sam",
        mode=Mode.SANDBOX,
        trail=AuditTrail(journal, register_id="FRONT-1", cashier="Sam"),
        page_size=2,
    )
    receipts = ReceiptService(
        ShopDetails("Corner Café"),
        register_id="FRONT-1",
        mode=Mode.SANDBOX,
        receipts_dir=tmp_path / "receipts",
    )
    charges = ChargeService(
        gateway,
        pipeline,
        receipts,
        register_id="FRONT-1",
        cashier="Sam",
        mode=Mode.SANDBOX,
        currency="usd",
    )
    yield Till(service, charges, journal, gateway, cache_path, sandbox)
    journal.close()


def test_a_new_customer_keeps_the_card_and_the_consent_record(till: Till) -> None:
    account = till.service.create(ADA, card())

    customer = till.stripe(f"/v1/customers/{account.customer.id}")
    assert (customer["name"], customer["email"], customer["phone"]) == (
        "Ada Lovelace",
        "ada@example.com",
        "+44 20 7946 0001",
    )
    assert customer["description"] == "Oat milk"
    consent = customer["metadata"]
    assert consent["card_consent_by"] == "Sam"
    assert consent["card_consent_register"] == "FRONT-1"
    assert datetime.fromisoformat(consent["card_consent_at"]).tzinfo is not None
    summary = account.summary
    assert (summary.card_text, summary.card_last4) == ("Visa •••• 4242", "4242")
    assert summary.card_saved_at is not None
    assert [c.id for c in till.service.cached().customers] == [account.customer.id]
    assert VISA.encode() not in till.cache_path.read_bytes()


def test_a_refused_card_saves_no_customer_and_says_why(till: Till) -> None:
    with pytest.raises(CardDeclined) as declined:
        till.service.create(ADA, card(EXPIRED))

    assert declined.value.code == "expired_card"
    assert till.stripe("/v1/customers")["data"] == []
    attempts = till.journal.attempts_between(datetime(2000, 1, 1, tzinfo=UTC), datetime.now(UTC))
    assert [(a.kind, a.state) for a in attempts] == [(AttemptKind.CUSTOMER, AttemptState.DECLINED)]


def test_a_customer_stripe_made_despite_the_decline_is_deleted_again(till: Till) -> None:
    # Should Stripe ever create the customer and then refuse the card, none may stay behind.
    real = till.gateway

    class HalfMaking:
        def __getattr__(self, name: str) -> object:
            return getattr(real, name)

        def create_customer(self, **params: object) -> Customer:
            real.create_customer(**{**params, "source": None})  # type: ignore[arg-type]
            raise CardDeclined("Your card was declined.", code="card_declined")

    till.service._api = HalfMaking()  # type: ignore[assignment]
    till.service._pipeline._api = HalfMaking()  # type: ignore[assignment]

    with pytest.raises(CardDeclined):
        till.service.create(ADA, card())

    assert till.stripe("/v1/customers")["data"] == []
    attempts = till.journal.attempts_between(datetime(2000, 1, 1, tzinfo=UTC), datetime.now(UTC))
    assert sorted((a.kind, a.state) for a in attempts) == [
        (AttemptKind.CUSTOMER, AttemptState.DECLINED),
        (AttemptKind.CUSTOMER_DELETION, AttemptState.SUCCEEDED),
    ]


def test_a_second_card_is_added_made_default_and_removed(till: Till) -> None:
    first = till.service.create(ADA, card())
    customer_id = first.customer.id

    added = till.service.add_card(customer_id, card(MASTERCARD))
    second = next(c for c in added.cards if c.last4 == "4444")
    assert added.summary.card_last4 == "4242"  # adding never changes the default
    assert second.metadata["card_consent_by"] == "Sam"

    defaulted = till.service.set_default(customer_id, second.id)
    assert defaulted.summary.card_text == "Mastercard •••• 4444"
    paid = till.charges.charge_customer(
        till.charges.build_request(amount=Money(3150, "usd")), customer_id
    )
    assert paid.charge.card is not None and paid.charge.card.last4 == "4444"

    removed = till.service.remove_card(customer_id, second.id)
    assert [c.last4 for c in removed.cards] == ["4242"]
    assert removed.summary.card_last4 == "4242"
    cached = till.service.cached().customers
    assert [c.card_last4 for c in cached] == ["4242"]


def test_the_last_successful_order_can_be_repeated(till: Till) -> None:
    customer_id = till.service.create(ADA, card()).customer.id
    charges = till.charges
    charges.charge_customer(
        charges.build_request(amount=Money(3150, "usd"), description="2 flat whites"),
        customer_id,
    )

    last = till.service.account(customer_id).last_order

    assert last is not None
    assert (last.amount, last.description) == (Money(3150, "usd"), "2 flat whites")


def test_the_whole_directory_is_listed_page_by_page_into_the_cache(till: Till) -> None:
    ids = [
        till.service.create(replace(ADA, email=f"c{n}@example.com"), card()).customer.id
        for n in range(5)
    ]
    pages: list[list[str]] = []

    listing = till.service.refresh(lambda page: pages.append([c.id for c in page]))

    assert listing is not None
    assert [len(page) for page in pages] == [2, 2, 1]
    assert [i for page in pages for i in page] == ids[::-1]  # newest first
    assert listing.seen == set(ids)
    assert sorted(c.id for c in till.service.cached().customers) == sorted(ids)


def test_a_customer_is_found_at_stripe_by_email_or_part_of_a_name(till: Till) -> None:
    account = till.service.create(ADA, card())
    till.service._cache.remove([account.customer.id])  # type: ignore[attr-defined]

    by_email = till.service.find_remote("ada@example.com")
    by_part = till.service.find_remote("lovel")
    by_phone = till.service.find_remote("7946")

    for found in (by_email, by_part, by_phone):
        assert [c.id for c in found] == [account.customer.id]
    assert [c.id for c in till.service.cached().customers] == [account.customer.id]


def test_a_customer_deleted_elsewhere_is_recognised_and_dropped(till: Till) -> None:
    customer_id = till.service.create(ADA, card()).customer.id
    till.gateway.delete_customer(customer_id)  # another register, or the Dashboard

    with pytest.raises(CustomerDeleted):
        till.service.account(customer_id)
    assert till.service.cached().customers == []


def test_a_customer_deleted_elsewhere_is_never_charged(till: Till) -> None:
    customer_id = till.service.create(ADA, card()).customer.id
    till.gateway.delete_customer(customer_id)

    with pytest.raises(CustomerDeleted):
        till.charges.charge_customer(
            till.charges.build_request(amount=Money(3150, "usd")), customer_id
        )
    assert till.stripe("/v1/charges")["data"] == []


def test_deleting_needs_the_managers_approval_for_that_customer_and_is_audited(
    till: Till,
) -> None:
    customer_id = till.service.create(ADA, card()).customer.id
    other = Grant(ManagerAction.REFUND, customer_id, "oops", datetime.now(UTC))

    with pytest.raises(ValueError):
        till.service.delete(customer_id, other)
    grant = Grant(ManagerAction.CUSTOMER_DELETION, customer_id, "asked to", datetime.now(UTC))
    till.service.delete(customer_id, grant)

    assert till.stripe(f"/v1/customers/{customer_id}")["deleted"] is True
    entry = till.journal.audit_entries()[-1]
    assert (entry.action, entry.subject, entry.details["why"]) == (
        "customer.delete",
        customer_id,
        "asked to",
    )
    assert "Ada" not in str(entry.details)
    assert till.service.cached().customers == []


@pytest.mark.parametrize(
    ("fields", "field"),
    [
        ({"name": "", "email": ""}, "name"),
        ({"email": "ada@"}, "email"),
        ({"phone": "call me"}, "phone"),
        ({"consent": False}, "consent"),
    ],
)
def test_a_new_customer_is_checked_before_anything_is_sent(
    fields: dict[str, object], field: str
) -> None:
    given: dict[str, object] = {
        "name": "Ada",
        "email": "ada@example.com",
        "phone": "+1 555 0100",
        "note": "",
        "consent": True,
        **fields,
    }
    with pytest.raises(ValidationError) as invalid:
        validate_new_customer(**given)  # type: ignore[arg-type]
    assert invalid.value.field == field


def test_training_with_raw_numbers_refused_charges_stripes_test_token(till: Till) -> None:
    httpx.post(f"{till.peer.base_url}/_pos/config", data={"refuse_raw_card_data": "1"})

    paid = till.charges.charge_card(
        till.charges.build_request(amount=Money(1250, "usd")), card(VISA)
    )
    with pytest.raises(ValidationError):
        till.charges.charge_card(
            till.charges.build_request(amount=Money(1250, "usd")),
            CardDetails.from_input("4111111111111111", "12/40", "123"),
        )

    assert paid.charge.succeeded and paid.charge.card is not None
    assert paid.charge.card.last4 == "4242"
