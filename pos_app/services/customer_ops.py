"""The requests that change a saved customer, each an attempt of the pipeline.

Creating a customer with its first card, attaching another card, choosing the default card,
removing a card and deleting the customer: each is journaled, sent under its own key and
settled by Stripe's answer for it, like a charge. The deletions are `DELETE`s, which Stripe
takes without a key; they are idempotent by nature, so "already gone" is their success.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from pos_app.domain.attempts import AttemptKind
from pos_app.domain.customers import CONSENT_AT, CONSENT_BY, CONSENT_REGISTER
from pos_app.domain.errors import ResourceMissing
from pos_app.domain.models import Card, Customer
from pos_app.storage.attempts import request_fingerprint

from .attempts import Facts
from .ports import StripeApi

__all__ = [
    "AttachCardOperation",
    "CreateCustomerOperation",
    "DefaultCardOperation",
    "DeleteCustomerOperation",
    "RemoveCardOperation",
]


def _block(prefix: str, *parts: str) -> str:
    # A digest, so that names and e-mails stay out of the journal's keys.
    digest = hashlib.sha256("\x1f".join(p.strip().lower() for p in parts).encode()).hexdigest()
    return f"{prefix}:{digest[:24]}"


class _NoOrder:
    """Customer requests belong to no order and never take an order number."""

    __slots__ = ()

    @property
    def register_for_order(self) -> str | None:
        return None


@dataclass(frozen=True, slots=True)
class CreateCustomerOperation(_NoOrder):
    """`POST /v1/customers` with the first card (`source=tok_…`) and the consent record."""

    name: str
    email: str
    phone: str
    note: str
    token_id: str | None
    register_id: str
    cashier: str
    consent_at: str  # ISO time the customer agreed to have the card kept

    kind = AttemptKind.CUSTOMER

    @property
    def facts(self) -> Facts:
        # Two open creations of the same person would leave a duplicate customer.
        return Facts(block_key=_block("customer", self.email or self.name, self.phone))

    def with_order(self, order_id: str) -> CreateCustomerOperation:
        return self

    def _metadata(self, attempt_key: str) -> dict[str, str]:
        return {
            "attempt_key": attempt_key,
            CONSENT_BY: self.cashier,
            CONSENT_AT: self.consent_at,
            CONSENT_REGISTER: self.register_id,
        }

    def fingerprint(self, attempt_key: str) -> str:
        return request_fingerprint(
            {
                "name": self.name,
                "email": self.email,
                "phone": self.phone,
                "description": self.note,
                "source": self.token_id,
                "metadata": self._metadata(attempt_key),
            }
        )

    def send(self, api: StripeApi, attempt_key: str) -> Customer:
        return api.create_customer(
            idempotency_key=attempt_key,
            source=self.token_id,
            name=self.name or None,
            email=self.email or None,
            phone=self.phone or None,
            description=self.note or None,
            metadata=self._metadata(attempt_key),
        )

    def accept(self, found: object) -> Customer:
        if not isinstance(found, Customer):
            raise TypeError(f"a customer attempt found a {type(found).__name__}")
        return found


@dataclass(frozen=True, slots=True)
class AttachCardOperation(_NoOrder):
    """`POST /v1/customers/{id}/sources` with a token; `card_ref` finds the card afterwards
    (the token's card id, which the attached card keeps, or ``last4:NNNN``).

    With `consent_at`, the card keeps the card-on-file consent in its metadata (who took it,
    when, at which register), as the customer keeps it for the first card."""

    customer_id: str
    token_id: str
    card_ref: str
    register_id: str = ""
    cashier: str = ""
    consent_at: str = ""

    kind = AttemptKind.CARD

    @property
    def facts(self) -> Facts:
        return Facts(
            block_key=f"card:{self.customer_id}:{self.card_ref}",
            subject_id=self.customer_id,
            customer_id=self.customer_id,
            lookup_ref=self.card_ref,
        )

    def with_order(self, order_id: str) -> AttachCardOperation:
        return self

    def _metadata(self, attempt_key: str) -> dict[str, str] | None:
        if not self.consent_at:
            return None
        return {
            "attempt_key": attempt_key,
            CONSENT_BY: self.cashier,
            CONSENT_AT: self.consent_at,
            CONSENT_REGISTER: self.register_id,
        }

    def fingerprint(self, attempt_key: str) -> str:
        return request_fingerprint(
            {
                "customer": self.customer_id,
                "source": self.token_id,
                "metadata": self._metadata(attempt_key),
            }
        )

    def send(self, api: StripeApi, attempt_key: str) -> Card:
        return api.add_card(
            self.customer_id,
            self.token_id,
            idempotency_key=attempt_key,
            metadata=self._metadata(attempt_key),
        )

    def accept(self, found: object) -> Card:
        if not isinstance(found, Card):
            raise TypeError(f"a card attempt found a {type(found).__name__}")
        return found


@dataclass(frozen=True, slots=True)
class DefaultCardOperation(_NoOrder):
    """`POST /v1/customers/{id}` with `default_source`: the card charged when none is named."""

    customer_id: str
    card_id: str

    kind = AttemptKind.DEFAULT_CARD

    @property
    def facts(self) -> Facts:
        return Facts(
            block_key=f"default:{self.customer_id}",
            subject_id=self.card_id,
            customer_id=self.customer_id,
        )

    def with_order(self, order_id: str) -> DefaultCardOperation:
        return self

    def fingerprint(self, attempt_key: str) -> str:
        return request_fingerprint({"customer": self.customer_id, "default_source": self.card_id})

    def send(self, api: StripeApi, attempt_key: str) -> Customer:
        return api.set_default_card(self.customer_id, self.card_id, idempotency_key=attempt_key)

    def accept(self, found: object) -> Customer:
        if not isinstance(found, Customer):
            raise TypeError(f"a default-card attempt found a {type(found).__name__}")
        return found


@dataclass(frozen=True, slots=True)
class RemoveCardOperation(_NoOrder):
    """`DELETE /v1/customers/{id}/sources/{card}`; a card already gone is removed."""

    customer_id: str
    card_id: str

    kind = AttemptKind.CARD_REMOVAL

    @property
    def facts(self) -> Facts:
        return Facts(
            block_key=f"remove:{self.customer_id}:{self.card_id}",
            subject_id=self.card_id,
            customer_id=self.customer_id,
        )

    def with_order(self, order_id: str) -> RemoveCardOperation:
        return self

    def fingerprint(self, attempt_key: str) -> str:
        return request_fingerprint({"customer": self.customer_id, "card": self.card_id})

    def send(self, api: StripeApi, attempt_key: str) -> str:
        try:
            return api.delete_card(self.customer_id, self.card_id)
        except ResourceMissing:
            return self.card_id

    def accept(self, found: object) -> str:
        if not isinstance(found, str):
            raise TypeError(f"a card removal found a {type(found).__name__}")
        return found


@dataclass(frozen=True, slots=True)
class DeleteCustomerOperation(_NoOrder):
    """`DELETE /v1/customers/{id}`: permanent (docs/stripe.md §4.4); already gone is deleted."""

    customer_id: str

    kind = AttemptKind.CUSTOMER_DELETION

    @property
    def facts(self) -> Facts:
        return Facts(
            block_key=f"delete:{self.customer_id}",
            subject_id=self.customer_id,
            customer_id=self.customer_id,
        )

    def with_order(self, order_id: str) -> DeleteCustomerOperation:
        return self

    def fingerprint(self, attempt_key: str) -> str:
        return request_fingerprint({"customer": self.customer_id, "delete": True})

    def send(self, api: StripeApi, attempt_key: str) -> Customer:
        try:
            return api.delete_customer(self.customer_id)
        except ResourceMissing:
            return Customer(id=self.customer_id, deleted=True)

    def accept(self, found: object) -> Customer:
        if not isinstance(found, Customer):
            raise TypeError(f"a customer deletion found a {type(found).__name__}")
        return found
