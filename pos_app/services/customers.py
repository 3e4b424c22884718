"""Saved customers: the directory, finding a customer, their cards, and every change to them.

Reads go straight to Stripe (and the local cache keeps the directory for the next start);
every change — a new customer with their first card, another card, the default card, a card
removed, a customer deleted — is an attempt of the pipeline (services/customer_ops.py), so it
is journaled, sent under its own key and settled by Stripe's answer. Blocking and
thread-agnostic: the UI calls it from workers.
"""

from __future__ import annotations

import logging
import re
import threading
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from typing import Protocol

from pos_app.domain.cards import CardDetails
from pos_app.domain.customers import CustomerSummary, summary_of
from pos_app.domain.errors import (
    CardDeclined,
    CustomerDeleted,
    InvalidRequest,
    PosError,
    ResourceMissing,
    StripeError,
    ValidationError,
)
from pos_app.domain.i18n import translate
from pos_app.domain.keys import Mode
from pos_app.domain.models import Card, Customer, Token
from pos_app.domain.money import Money
from pos_app.domain.pacing import checkpoint
from pos_app.storage.customer_cache import CachedDirectory

from .attempts import AttemptPipeline, AttemptProgress
from .card_tokens import tokenize_card
from .customer_ops import (
    AttachCardOperation,
    CreateCustomerOperation,
    DefaultCardOperation,
    DeleteCustomerOperation,
    RemoveCardOperation,
)
from .lookups import LAST4_REF
from .manager import AuditTrail, Grant, ManagerAction
from .ports import StripeApi

__all__ = [
    "CachedDirectory",
    "CustomerAccount",
    "CustomerService",
    "DirectoryCache",
    "DirectoryListing",
    "LastOrder",
    "NewCustomer",
    "validate_new_customer",
]

log = logging.getLogger(__name__)

_EMAIL_SHAPE = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_PHONE_SHAPE = re.compile(r"^\+?[0-9 ().\-/]{5,20}$")
#: Customers created this long before a full listing began may be missing from it only
#: because they were deleted; younger ones may simply have been created meanwhile.
_LISTING_SLACK = timedelta(minutes=1)
#: How many of a customer's charges are looked through for their last successful order.
_LAST_ORDER_SCAN = 50

ProgressCallback = Callable[[AttemptProgress], None]


class DirectoryCache(Protocol):
    """Where the directory is kept between starts (storage.customer_cache.CustomerCache)."""

    def load(self) -> CachedDirectory: ...

    def names(self) -> dict[str, str]: ...

    def upsert(self, customers: list[CustomerSummary]) -> None: ...

    def remove(self, customer_ids: list[str]) -> None: ...

    def replace(self, customers: list[CustomerSummary], *, listed_since: datetime) -> None: ...


@dataclass(frozen=True, slots=True)
class NewCustomer:
    """What the cashier typed for a new customer, validated."""

    name: str
    email: str
    phone: str
    note: str


def validate_new_customer(
    *, name: str, email: str, phone: str, note: str, consent: bool
) -> NewCustomer:
    """A NewCustomer, or ValidationError naming the field (nothing is sent)."""
    name, email, phone, note = name.strip(), email.strip(), phone.strip(), note.strip()
    if not name and not email:
        raise ValidationError("name", translate("Customers", "Type the customer's name or e-mail."))
    if len(name) > 256:
        raise ValidationError(
            "name", translate("Customers", "The name is too long (256 characters at most).")
        )
    if email and (len(email) > 512 or not _EMAIL_SHAPE.match(email)):
        raise ValidationError(
            "email", translate("Customers", "That e-mail address does not look right.")
        )
    if phone and not _PHONE_SHAPE.match(phone):
        raise ValidationError(
            "phone", translate("Customers", "Use digits, spaces and + ( ) - only, up to 20.")
        )
    if len(note) > 350:
        raise ValidationError(
            "note", translate("Customers", "The note is too long (350 characters at most).")
        )
    if not consent:
        raise ValidationError(
            "consent",
            translate(
                "Customers", "Tick the box once the customer has agreed to keep the card on file."
            ),
        )
    return NewCustomer(name, email, phone, note)


@dataclass(frozen=True, slots=True)
class LastOrder:
    """A customer's last successful charge, for "Repeat last order"."""

    amount: Money
    description: str
    created: datetime
    charge_id: str


@dataclass(frozen=True, slots=True)
class CustomerAccount:
    """One customer as Stripe has them now: details, saved cards, their last order."""

    customer: Customer
    cards: tuple[Card, ...]
    last_order: LastOrder | None = None

    @property
    def default_card(self) -> Card | None:
        return next((c for c in self.cards if c.id == self.customer.default_source), None)

    @property
    def summary(self) -> CustomerSummary:
        return summary_of(replace(self.customer, default_card=self.default_card))


@dataclass(frozen=True, slots=True)
class DirectoryListing:
    """A finished full listing: who Stripe listed, and since when (Stripe's clock) the
    listing vouches for absences. Rows created before `listed_since` and not seen are gone."""

    seen: frozenset[str]
    listed_since: datetime


def _utc_now() -> datetime:
    return datetime.now(UTC)


class CustomerService:
    """The saved-customer use cases. Blocking: call from a worker."""

    def __init__(
        self,
        api: StripeApi,
        pipeline: AttemptPipeline,
        cache: DirectoryCache,
        *,
        register_id: str,
        cashier: str,
        mode: Mode,
        trail: AuditTrail | None = None,
        clock: Callable[[], datetime] = _utc_now,
        new_key: Callable[[], str] = lambda: str(uuid.uuid4()),
        page_size: int = 100,
    ) -> None:
        self._api = api
        self._pipeline = pipeline
        self._cache = cache
        self.register_id = register_id
        self.cashier = cashier
        self.mode = mode
        self._trail = trail
        self._clock = clock
        self._new_key = new_key
        self._page_size = page_size
        #: None until tried: False once Stripe (or the account) refused search.
        self._search_works: bool | None = None

    # -- the directory --------------------------------------------------------------------

    def cached(self) -> CachedDirectory:
        """The directory as the last run left it (empty, and the file set aside, if damaged)."""
        return self._cache.load()

    def names(self) -> dict[str, str]:
        """The saved customers' names by id, from the local copy (no request to Stripe):
        the day's history names who paid with them."""
        return self._cache.names()

    def refresh(
        self,
        on_page: Callable[[list[CustomerSummary]], None],
        cancel: threading.Event | None = None,
    ) -> DirectoryListing | None:
        """List every customer from Stripe, page by page (each handed to `on_page` as it
        arrives), then make the listing the cache. None when cancelled."""
        started = self._stripe_now() - _LISTING_SLACK
        listed: list[CustomerSummary] = []
        cursor: str | None = None
        while True:
            if cancel is not None and cancel.is_set():
                return None
            page = self._api.list_customers(
                limit=self._page_size, starting_after=cursor, expand_default_card=True
            )
            checkpoint()
            summaries = [summary_of(c) for c in page.data if not c.deleted]
            listed.extend(summaries)
            on_page(summaries)
            cursor = page.last_id
            if not page.has_more or cursor is None:
                break
        self._cache.replace(listed, listed_since=started)
        return DirectoryListing(frozenset(c.id for c in listed), started)

    def find_remote(self, query: str) -> list[CustomerSummary]:
        """Ask Stripe for customers the local directory does not have: an exact e-mail by
        the (strongly consistent) list, anything else by search where the account has it."""
        text = query.strip()
        found: dict[str, CustomerSummary] = {}
        if _EMAIL_SHAPE.match(text):
            for email in dict.fromkeys((text, text.lower())):
                page = self._api.list_customers(email=email, limit=20, expand_default_card=True)
                found.update((c.id, summary_of(c)) for c in page.data if not c.deleted)
        if not found and len(text) >= 3 and self._search_works is not False:
            found.update((c.id, c) for c in self._search(text))
        customers = list(found.values())
        if customers:
            self._cache.upsert(customers)
        return customers

    def _search(self, text: str) -> list[CustomerSummary]:
        if any(ch in text for ch in "'\"\\"):
            return []  # not worth escaping for a name or a phone number
        digits = "".join(ch for ch in text if ch.isdigit())
        clauses = [f"name~'{text}'", f"email~'{text}'", f"phone~'{text}'"]
        if len(digits) >= 3 and digits != text:
            clauses.append(f"phone~'{digits}'")
        try:
            page = self._api.search_customers(
                " OR ".join(clauses), limit=20, expand_default_card=True
            )
        except (ResourceMissing, InvalidRequest) as exc:
            # No search here (an emulator, or an account Stripe offers none): lists only.
            log.info("customer search unavailable: %s", exc)
            self._search_works = False
            return []
        self._search_works = True
        return [summary_of(c) for c in page.data if not c.deleted]

    # -- one customer ---------------------------------------------------------------------

    def account(self, customer_id: str, *, with_last_order: bool = True) -> CustomerAccount:
        """The customer, their cards and last order. CustomerDeleted (and the customer taken
        out of the cache) when Stripe says they were deleted or no longer exist."""
        try:
            customer = self._api.retrieve_customer(customer_id)
            if customer.deleted:
                raise CustomerDeleted(
                    translate("Customers", "This customer has been deleted."),
                    code="resource_missing",
                    param="customer",
                )
            cards = tuple(self._cards(customer_id))
        except ResourceMissing as exc:
            self.forget(customer_id)
            if isinstance(exc, CustomerDeleted):
                raise
            raise CustomerDeleted(
                translate("Customers", "This customer no longer exists at Stripe."),
                http_status=exc.http_status,
                request_id=exc.request_id,
                code=exc.code,
                param="customer",
            ) from exc
        last = self._last_order(customer_id) if with_last_order else None
        account = CustomerAccount(customer, cards, last)
        self._cache.upsert([account.summary])
        return account

    def forget(self, customer_id: str) -> None:
        """Take a customer deleted elsewhere off the local directory."""
        try:
            self._cache.remove([customer_id])
        except PosError as exc:
            log.warning("could not update the customer cache: %s", exc)

    def _cards(self, customer_id: str) -> Iterator[Card]:
        cursor: str | None = None
        while True:
            page = self._api.list_cards(customer_id, starting_after=cursor)
            yield from page.data
            cursor = page.last_id
            if not page.has_more or cursor is None:
                return

    def _last_order(self, customer_id: str) -> LastOrder | None:
        try:
            for scanned, charge in enumerate(self._api.iter_charges(customer=customer_id)):
                if charge.succeeded:
                    return LastOrder(
                        charge.amount, charge.description or "", charge.created, charge.id
                    )
                if scanned >= _LAST_ORDER_SCAN:
                    break
        except StripeError as exc:
            # The order history is a convenience: the customer can be charged without it.
            log.info("last order of %s not available: %s", customer_id, exc)
        return None

    # -- changes ----------------------------------------------------------------------------

    def create(
        self,
        new: NewCustomer,
        card: CardDetails,
        *,
        on_tokenized: Callable[[], None] | None = None,
        on_progress: ProgressCallback | None = None,
    ) -> CustomerAccount:
        """Save a new customer with their first card and the consent record.

        A card Stripe refuses raises CardDeclined, as for a charge, and leaves no customer:
        should Stripe have made one anyway, it is deleted again (a journaled attempt too).
        """
        token = self._tokenize(card)
        if on_tokenized is not None:
            on_tokenized()
        operation = CreateCustomerOperation(
            name=new.name,
            email=new.email,
            phone=new.phone,
            note=new.note,
            token_id=token.id,
            register_id=self.register_id,
            cashier=self.cashier,
            consent_at=self._consent_time(),
        )
        keys: list[str] = []

        def progress(event: AttemptProgress) -> None:
            keys.append(event.attempt_key)
            if on_progress is not None:
                on_progress(event)

        try:
            done = self._pipeline.submit(operation, on_progress=progress)
        except CardDeclined:
            if keys:
                self._remove_half_made(keys[0], new.email)
            raise
        return self.account(done.result.id, with_last_order=False)

    def add_card(
        self,
        customer_id: str,
        card: CardDetails,
        *,
        on_tokenized: Callable[[], None] | None = None,
        on_progress: ProgressCallback | None = None,
    ) -> CustomerAccount:
        """Save another card for the customer (with its consent record); the default stays."""
        token = self._tokenize(card)
        if on_tokenized is not None:
            on_tokenized()
        ref = token.card.id if token.card is not None and token.card.id else ""
        operation = AttachCardOperation(
            customer_id=customer_id,
            token_id=token.id,
            card_ref=ref or f"{LAST4_REF}{card.last4}",
            register_id=self.register_id,
            cashier=self.cashier,
            consent_at=self._consent_time(),
        )
        self._submit_for(customer_id, operation, on_progress)
        return self.account(customer_id)

    def set_default(self, customer_id: str, card_id: str) -> CustomerAccount:
        """Make `card_id` the card charged when none is named."""
        self._submit_for(customer_id, DefaultCardOperation(customer_id, card_id))
        return self.account(customer_id)

    def remove_card(self, customer_id: str, card_id: str) -> CustomerAccount:
        """Remove a saved card (Stripe picks another default if it was the default)."""
        self._submit_for(customer_id, RemoveCardOperation(customer_id, card_id))
        return self.account(customer_id)

    def delete(self, customer_id: str, grant: Grant) -> None:
        """Delete the customer and their cards for good, as the manager approved (`grant`);
        the deletion and its reason go to the audit trail."""
        if grant.action is not ManagerAction.CUSTOMER_DELETION or grant.subject != customer_id:
            raise ValueError("the manager's approval is for something else")
        self._pipeline.submit(DeleteCustomerOperation(customer_id))
        self.forget(customer_id)
        if self._trail is not None:
            # The id only: the customer's name must not outlive them in an append-only table.
            self._trail.record(
                ManagerAction.CUSTOMER_DELETION.value,
                customer_id,
                reason=grant.reason,
                details={"approved_at": grant.at.isoformat()},
            )

    # -- internals --------------------------------------------------------------------------

    def _submit_for(
        self,
        customer_id: str,
        operation: AttachCardOperation | DefaultCardOperation | RemoveCardOperation,
        on_progress: ProgressCallback | None = None,
    ) -> None:
        try:
            self._pipeline.submit(operation, on_progress=on_progress)
        except ResourceMissing as exc:
            if exc.param not in (None, "customer", "id"):
                raise
            # Gone? Then say so (and drop them); otherwise it was the card that was missing.
            self.account(customer_id, with_last_order=False)
            raise

    def _tokenize(self, card: CardDetails) -> Token:
        return tokenize_card(
            self._api, card, mode=self.mode, idempotency_key=self._new_key(), clock=self._clock
        )

    def _consent_time(self) -> str:
        return self._clock().astimezone(UTC).isoformat(timespec="seconds")

    def _stripe_now(self) -> datetime:
        return self._clock() + (self._api.clock_offset or timedelta(0))

    def _remove_half_made(self, attempt_key: str, email: str) -> None:
        """Stripe refuses a declined card before it creates the customer; should it ever
        have created one all the same, it must not stay behind, card-less."""
        try:
            if email:
                candidates = list(self._api.list_customers(email=email, limit=20).data)
            else:
                candidates = list(self._api.list_customers(limit=20).data)
            for customer in candidates:
                if customer.metadata.get("attempt_key") == attempt_key and not customer.deleted:
                    log.warning("removing customer %s left by a declined card", customer.id)
                    self._pipeline.submit(DeleteCustomerOperation(customer.id))
                    self.forget(customer.id)
        except PosError as exc:
            log.warning("could not check for a customer left by a declined card: %s", exc)
