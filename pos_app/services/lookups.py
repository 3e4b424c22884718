"""Finding what became of an attempt in Stripe's own lists, by its key, after its answer was lost.

One function per kind (docs/stripe.md §8 step 5): the list that holds that kind is strongly
consistent, unlike search, so "not in the list" can mean "not executed" once enough time has
passed (the pipeline decides when). Each returns Stripe's object when the attempt executed,
None when nothing shows it did.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from datetime import datetime

from pos_app.domain.attempts import AttemptKind, AttemptRecord
from pos_app.domain.errors import ResourceMissing
from pos_app.domain.models import Card, Customer

from .ports import StripeApi

__all__ = ["LAST4_REF", "email_digest", "find_result"]

#: `lookup_ref` prefix when an attached card's id was not known (Stripe's test tokens carry no
#: card): the card is then recognised by its last four digits.
LAST4_REF = "last4:"


def email_digest(address: str) -> str:
    """What the journal keeps to recognise an e-mail address on a charge (never the address)."""
    return hashlib.sha256(address.strip().lower().encode()).hexdigest()


def find_result(api: StripeApi, record: AttemptRecord, since: datetime) -> object | None:
    """Stripe's object showing that `record` executed, or None. `since` is on Stripe's clock."""
    return _FINDERS[record.kind](api, record, since)


def _find_charge(api: StripeApi, record: AttemptRecord, since: datetime) -> object | None:
    # Charges list newest first; created[gte] bounds the walk (docs/stripe.md §5.1).
    for charge in api.iter_charges(created_gte=int(since.timestamp()), customer=record.customer_id):
        if charge.metadata.get("attempt_key") == record.attempt_key:
            return charge
    return None


def _find_refund(api: StripeApi, record: AttemptRecord, since: datetime) -> object | None:
    if record.subject_id is None:
        return None
    for refund in api.iter_refunds(charge_id=record.subject_id):
        if refund.metadata.get("attempt_key") == record.attempt_key:
            return refund
    return None


def _find_customer(api: StripeApi, record: AttemptRecord, since: datetime) -> object | None:
    # The customers list takes no created window everywhere the till runs, so walk it. Stripe
    # lists newest first, which lets the walk stop once it passes the attempt's time; a list
    # seen in another order is walked to its end.
    newest_first = True
    previous: datetime | None = None
    for customer in api.iter_customers():
        if customer.metadata.get("attempt_key") == record.attempt_key:
            return customer
        created = customer.created
        if created is None:
            continue
        if previous is not None and created > previous:
            newest_first = False
        if newest_first and previous is not None and created < since:
            return None
        previous = created
    return None


def _cards(api: StripeApi, customer_id: str) -> list[Card]:
    cards: list[Card] = []
    cursor: str | None = None
    while True:
        page = api.list_cards(customer_id, starting_after=cursor)
        cards.extend(page.data)
        cursor = page.last_id
        if not page.has_more or cursor is None:
            return cards


def _matches(card: Card, ref: str | None) -> bool:
    if ref is None:
        return False
    if ref.startswith(LAST4_REF):
        return card.last4 == ref.removeprefix(LAST4_REF)
    return card.id == ref


def _customer(api: StripeApi, customer_id: str | None) -> Customer | None:
    if customer_id is None:
        return None
    try:
        return api.retrieve_customer(customer_id)
    except ResourceMissing:
        return None


def _find_card(api: StripeApi, record: AttemptRecord, since: datetime) -> object | None:
    customer = _customer(api, record.customer_id)
    if customer is None or customer.deleted:
        return None
    return next((c for c in _cards(api, customer.id) if _matches(c, record.lookup_ref)), None)


def _find_deletion(api: StripeApi, record: AttemptRecord, since: datetime) -> object | None:
    # Deleted (or gone) is the state the attempt wanted: that is its result.
    customer = _customer(api, record.customer_id)
    if customer is None:
        return Customer(id=record.customer_id or "", deleted=True)
    return customer if customer.deleted else None


def _find_removal(api: StripeApi, record: AttemptRecord, since: datetime) -> object | None:
    customer = _customer(api, record.customer_id)
    if customer is None or customer.deleted:
        return record.subject_id or ""  # the card went with its customer
    present = any(_matches(card, record.subject_id) for card in _cards(api, customer.id))
    return None if present else (record.subject_id or "")


def _find_default(api: StripeApi, record: AttemptRecord, since: datetime) -> object | None:
    customer = _customer(api, record.customer_id)
    if customer is None or customer.deleted:
        return None
    return customer if customer.default_source == record.subject_id else None


def _find_receipt_email(api: StripeApi, record: AttemptRecord, since: datetime) -> object | None:
    # Set on the charge is what the attempt wanted; the journal keeps only a digest of it.
    if record.subject_id is None or record.lookup_ref is None:
        return None
    charge = api.retrieve_charge(record.subject_id)
    address = charge.receipt_email
    matches = address is not None and email_digest(address) == record.lookup_ref
    return charge if matches else None


_FINDERS: dict[AttemptKind, Callable[[StripeApi, AttemptRecord, datetime], object | None]] = {
    AttemptKind.CHARGE: _find_charge,
    AttemptKind.REFUND: _find_refund,
    AttemptKind.CUSTOMER: _find_customer,
    AttemptKind.CARD: _find_card,
    AttemptKind.CUSTOMER_DELETION: _find_deletion,
    AttemptKind.CARD_REMOVAL: _find_removal,
    AttemptKind.DEFAULT_CARD: _find_default,
    AttemptKind.RECEIPT_EMAIL: _find_receipt_email,
}
