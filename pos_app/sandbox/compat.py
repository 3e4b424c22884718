"""Patches to localstripe 1.15.10's resources that close the gaps of docs/emulators.md §0 and §2.

Each patch names the gap it closes, numbered as follows:
1 `source=tok_…` on charges, single-use tokens; 2 `created[...]` filters, newest first;
4 Stripe-shaped declines and the Luhn check; 5 refund caps and `reason`;
6 `payment_method_details` and `outcome` on charges; 7 card brands and 15-digit Amex;
8 `receipt_email` on charges; 9 a card without a CVC (a swiped card);
10 a customer's cards (paged list, `source` and `default_source` on update, card metadata);
11 finding customers (newest first, `email`; search is in `search.py`); 12 deleted and unknown
customers; 13 Stripe's test tokens (`tok_visa`, …) as sources.
Gap 3 (idempotency) lives in `middleware.py`. The patches depend on localstripe internals,
hence the pin `localstripe==1.15.10` in pyproject.toml.
"""

from __future__ import annotations

import hashlib
import hmac
import operator
import os
import re
from collections.abc import Callable
from datetime import date
from typing import Any

from localstripe.errors import UserError
from localstripe.resources import (
    Card,
    Charge,
    Customer,
    DeletedObject,
    List,
    PaymentMethod,
    Refund,
    Store,
    Token,
    store,
    try_convert_to_int,
)

from pos_app.domain.cards import Brand, brand_of, luhn_valid
from pos_app.domain.stripe_test_cards import STRIPE_TEST_CARDS, Decline, stripe_test_card

__all__ = ["deleted_customer", "install", "live_customers"]

_installed = False


class CardError(UserError):  # type: ignore[misc]
    """A 402 whose body says `type: card_error` (localstripe always says invalid_request_error)."""

    def __init__(self, message: str, fields: dict[str, Any]) -> None:
        super().__init__(402, message, {k: v for k, v in fields.items() if v is not None})
        self.body["error"]["type"] = "card_error"


def _decline_error(decline: Decline, charge: str | None = None) -> CardError:
    fields = {"code": decline.code, "decline_code": decline.decline_code, "param": decline.param}
    return CardError(decline.message, {**fields, "charge": charge})


def _bad_request(message: str, code: str | None = None, param: str | None = None) -> UserError:
    fields = {"code": code, "param": param}
    return UserError(400, message, {k: v for k, v in fields.items() if v is not None})


# --- Gap 7 (brands, 15-digit Amex) and gap 4 (Luhn) on every card -----------------------------

_card_init = Card.__init__


def _card_init_patched(self: Any, source: Any = None, **kwargs: Any) -> None:
    number = source.get("number") if isinstance(source, dict) else None
    if not isinstance(number, str) or not number.isdigit():
        _card_init(self, source=source, **kwargs)  # localstripe's own 400
        return
    if not luhn_valid(number):
        # Stripe rejects a bad number when tokenizing (docs/stripe.md §6, "incorrect number").
        raise CardError(
            "Your card number is incorrect.", {"code": "incorrect_number", "param": "number"}
        )
    brand = brand_of(number)
    checked = dict(source)
    # Gap 9: the CVC is optional at Stripe (it is not on a magnetic stripe); localstripe
    # insists on three digits. Without one, the card has no CVC check, as at Stripe.
    no_cvc = source.get("cvc") in (None, "")
    if no_cvc:
        checked["cvc"] = "000"
    if brand is Brand.AMEX and len(number) == 15:
        # localstripe insists on 16 digits and a 3-digit CVC; Amex has 15 and 4.
        checked["number"] = "0" * 16
        cvc = source.get("cvc")
        if isinstance(cvc, str) and len(cvc) == 4 and cvc.isdigit():
            checked["cvc"] = "000"
    _card_init(self, source=checked, **kwargs)
    if no_cvc:
        self.cvc_check = None
    self.brand = brand.value
    # Keyed, so the fingerprint kept in the data file cannot be brute-forced back into the
    # number a trainee may have typed (a plain hash of a 16-digit PAN can be).
    self.fingerprint = hmac.new(_fingerprint_key, number.encode(), hashlib.sha256).hexdigest()[:16]
    test_card = stripe_test_card(number)
    self._pos_decline = test_card.decline if test_card is not None else None
    # Keep only what `last4` needs: the full number never reaches the persisted store.
    self._card_number = "*" * (len(number) - 4) + number[-4:]


def _card_charge_declines(self: Any) -> bool:
    return getattr(self, "_pos_decline", None) is not None


def _card_attach_declines(self: Any) -> bool:
    # Gap 4: attaching raises the card's own code; localstripe's caller only knows card_declined.
    decline: Decline | None = getattr(self, "_pos_decline", None)
    if decline is not None and decline.declines_on_attach:
        raise _decline_error(decline)
    return False


# --- Gap 1: charging a token, tokens are single-use (docs/stripe.md §4.1) ----------------------

_token_init = Token.__init__


def _token_init_patched(self: Any, *args: Any, **kwargs: Any) -> None:
    _token_init(self, *args, **kwargs)
    self.used = False


# Gap 13: Stripe's test tokens stand for its test cards; each use makes a fresh token of that
# card, as on Stripe (docs/stripe.md §6). The first number listed for a token is its card.
_TEST_TOKENS: dict[str, str] = {}
for _number, _card in STRIPE_TEST_CARDS.items():
    _TEST_TOKENS.setdefault(_card.token, _number)


def _test_token(token_id: str) -> Any:
    number = _TEST_TOKENS[token_id]
    today = date.today()
    cvc = "1234" if brand_of(number) is Brand.AMEX else "123"
    card = {"number": number, "exp_month": today.month, "exp_year": today.year + 1, "cvc": cvc}
    return Token(card=card)


def _unused_token(token_id: str) -> Any:
    if token_id in _TEST_TOKENS:
        return _test_token(token_id)
    token = Token._api_retrieve(token_id)
    if getattr(token, "used", False):
        raise _bad_request(
            f"You cannot use a Stripe token more than once: {token_id}.", "token_already_used"
        )
    return token


_add_source = Customer._api_add_source
_create_customer = Customer._api_create


def _add_source_patched(
    cls: Any, /, id: Any, source: Any = None, metadata: Any = None, **kwargs: Any
) -> Any:
    token = _unused_token(source) if isinstance(source, str) and source[:4] == "tok_" else None
    if metadata is not None and not isinstance(metadata, dict):
        raise _bad_request("Invalid metadata", param="metadata")
    # A test token was made afresh: attach it under its own id (gap 13).
    card = _add_source(id, source=token.id if token is not None else source, **kwargs)
    if token is not None:
        token.used = True
    if metadata:
        # Gap 10: Stripe keeps metadata on a saved card; localstripe refuses the parameter.
        card.metadata = {**card.metadata, **{str(k): str(v) for k, v in metadata.items()}}
    return card


def _create_customer_patched(cls: Any, /, source: Any = None, **data: Any) -> Any:
    if isinstance(source, str) and source[:4] == "tok_":
        token = _unused_token(source)
        # Gap 4: decline before the customer exists, as Stripe does (no card-less orphan).
        token.card._attaching_is_declined()
        source = token.id  # gap 13: a test token was made afresh
    return _create_customer(source=source, **data)


# --- Gaps 1 and 6 on charge creation, gap 4 on charge failure --------------------------------

_charge_init = Charge.__init__

_APPROVED = {
    "network_status": "approved_by_network",
    "reason": None,
    "risk_level": "normal",
    "seller_message": "Payment complete.",
    "type": "authorized",
}


def _card_details(pm: Any) -> dict[str, Any] | None:
    """Stripe's `payment_method_details` for a card_ or card pm_ source (docs/stripe.md §4.3)."""
    if isinstance(pm, Card):
        brand = Brand.from_stripe(pm.brand).code
        checks = {
            "address_line1_check": pm.address_line1_check,
            "address_postal_code_check": pm.address_zip_check,
            "cvc_check": pm.cvc_check,
        }
        fields = ("last4", "exp_month", "exp_year", "funding", "country", "fingerprint")
        card = {name: getattr(pm, name) for name in fields}
    elif getattr(pm, "type", None) == "card":
        brand, checks = pm.card["brand"], {"cvc_check": "pass"}
        fields = ("last4", "exp_month", "exp_year", "funding", "country", "fingerprint")
        card = {name: pm.card.get(name) for name in fields}
    else:
        return None
    return {"type": "card", "card": {**card, "brand": brand, "network": brand, "checks": checks}}


# Stripe's own check is looser than RFC 5322; this one refuses what it surely refuses.
_EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s]+")


def _receipt_email(data: dict[str, Any]) -> str | None:
    """Gap 8: Stripe takes `receipt_email` on a charge (and e-mails live receipts only);
    localstripe refuses the charge with 400 "Unexpected receipt_email"."""
    email = data.pop("receipt_email", None)
    if email is None or email == "":
        return None
    if not isinstance(email, str) or not _EMAIL.fullmatch(email):
        raise _bad_request(f"Invalid email address: {email}", "email_invalid", "receipt_email")
    return email


def _charge_init_patched(self: Any, *args: Any, **data: Any) -> None:
    receipt_email = _receipt_email(data)
    customer = data.get("customer")
    if isinstance(customer, str) and store.get(f"customer:{customer}") is None:
        # Gap 12: Stripe refuses a deleted or unknown customer with 400 resource_missing.
        raise _bad_request(f"No such customer: '{customer}'", "resource_missing", "customer")
    source = data.get("source")
    token = _unused_token(source) if isinstance(source, str) and source[:4] == "tok_" else None
    if token is not None:
        data["source"] = token.card.id
    _charge_init(self, *args, **data)
    self.receipt_email = receipt_email
    if token is not None:
        token.used = True
    self.payment_method_details = _card_details(PaymentMethod._api_retrieve(self.payment_method))
    self.outcome = dict(_APPROVED)


_GENERIC = Decline("card_declined", "generic_decline")


def _charge_decline(self: Any) -> Decline:
    pm = PaymentMethod._api_retrieve(self.payment_method)
    decline: Decline | None = getattr(pm, "_pos_decline", None)
    return decline or _GENERIC  # localstripe's own declines (3-D Secure cards) stay generic


def _set_auth_failure(self: Any) -> None:
    decline = _charge_decline(self)
    self.status = "failed"
    self.failure_code = decline.code
    self.failure_message = decline.message
    self.outcome = {
        "network_status": "declined_by_network",
        "reason": decline.decline_code,
        "risk_level": "normal",
        "seller_message": decline.seller_message,
        "type": "issuer_declined",
    }
    details = getattr(self, "payment_method_details", None)
    if details and decline.code == "incorrect_cvc":
        details["card"]["checks"]["cvc_check"] = "fail"


def _raise_failure(self: Any) -> None:
    raise _decline_error(_charge_decline(self), charge=self.id)


# --- Gap 5: refund caps and `reason` (docs/stripe.md §4.5) -----------------------------------

_refund_init = Refund.__init__
_REASONS = ("duplicate", "fraudulent", "requested_by_customer")


def _refund_init_patched(
    self: Any, charge: Any = None, amount: Any = None, reason: Any = None, **kwargs: Any
) -> None:
    if reason is not None and reason not in _REASONS:
        raise _bad_request(f"Invalid reason: must be one of {', '.join(_REASONS)}", param="reason")
    if isinstance(charge, str) and charge.startswith("ch_"):
        charge_obj = Charge._api_retrieve(charge)
        if charge_obj.status != "failed":  # localstripe answers failed charges itself
            left = charge_obj.amount - charge_obj.amount_refunded
            wanted = try_convert_to_int(amount)
            if left <= 0:
                raise _bad_request(
                    f"Charge {charge} has already been refunded.", "charge_already_refunded"
                )
            if amount is None:
                amount = left
            elif isinstance(wanted, int) and wanted > left:
                raise _bad_request(
                    f"Refund amount ({wanted}) is greater than unrefunded amount on charge "
                    f"({left}).",
                    "amount_too_large",
                    "amount",
                )
    _refund_init(self, charge=charge, amount=amount, **kwargs)
    self.reason = reason


# --- Gap 2: created[...] filters, newest first, limit 1..100 (docs/stripe.md §5.1) --------------

_OPS: dict[str, Callable[[int, int], bool]] = {
    "gt": operator.gt,
    "gte": operator.ge,
    "lt": operator.lt,
    "lte": operator.le,
}


def _int_param(raw: Any, name: str) -> int:
    value = try_convert_to_int(raw)
    if not isinstance(value, int):
        raise _bad_request(f"Invalid integer: {raw}", "parameter_invalid_integer", name)
    return value


def _created_filter(created: Any) -> Callable[[int], bool]:
    if created is None:
        return lambda _: True
    if isinstance(created, str):
        exact = _int_param(created, "created")
        return lambda stamp: stamp == exact
    if not isinstance(created, dict):
        raise _bad_request("Invalid created", param="created")
    bounds: list[tuple[Callable[[int, int], bool], int]] = []
    for op, raw in created.items():
        if op not in _OPS:
            raise _bad_request(
                f"Received unknown parameter: created[{op}]", "parameter_unknown", "created"
            )
        bounds.append((_OPS[op], _int_param(raw, f"created[{op}]")))
    return lambda stamp: all(compare(stamp, bound) for compare, bound in bounds)


def _newest_first(original: Callable[..., Any]) -> classmethod[Any, Any, Any]:
    def list_all(
        cls: Any, /, url: str, created: Any = None, limit: Any = None, **filters: Any
    ) -> Any:
        keep = _created_filter(created)
        if limit is not None and not 1 <= _int_param(limit, "limit") <= 100:
            raise _bad_request(
                "Invalid limit: must be between 1 and 100", "parameter_invalid_integer", "limit"
            )
        page = original(url, limit=limit, **filters)
        # Reversed first, so objects created in the same second stay newest first too.
        items = [item for item in reversed(page._list) if keep(item.created)]
        items.sort(key=lambda item: item.created, reverse=True)
        page._list = items
        return page

    return classmethod(list_all)


# --- Gap 10: a customer's cards (docs/stripe.md §4.4) ------------------------------------------

_update_customer = Customer._api_update
_delete_customer = Customer._api_delete


def _limit(raw: Any) -> int | None:
    if raw is None:
        return None
    value = _int_param(raw, "limit")
    if not 1 <= value <= 100:
        raise _bad_request(
            "Invalid limit: must be between 1 and 100", "parameter_invalid_integer", "limit"
        )
    return value


def _list_sources_patched(
    cls: Any,
    /,
    id: Any,
    object: Any = None,
    limit: Any = None,
    starting_after: Any = None,
    **kwargs: Any,
) -> Any:
    # localstripe refuses `limit` and `starting_after` here (and filters the customer's own
    # list in place): a fresh page over the customer's sources instead.
    if kwargs:
        raise _bad_request(
            f"Received unknown parameter: {', '.join(kwargs)}",
            "parameter_unknown",
            next(iter(kwargs)),
        )
    if object is not None and object not in ("card", "bank_account"):
        raise _bad_request("Invalid object", param="object")
    customer = Customer._api_retrieve(id)
    page = List(f"/v1/customers/{id}/sources", limit=_limit(limit), starting_after=starting_after)
    page._list = [s for s in customer.sources._list if object is None or s.object == object]
    return page


def _owned_card(customer: Any, card_id: Any) -> Any:
    card = next((s for s in customer.sources._list if s.id == card_id), None)
    if card is None:
        raise _bad_request(f"No such source: '{card_id}'", "resource_missing", "default_source")
    return card


def _update_customer_patched(
    cls: Any, /, id: Any, source: Any = None, default_source: Any = None, **data: Any
) -> Any:
    customer = Customer._api_retrieve(id)
    if default_source is not None:
        # localstripe saves any value, and a bogus one breaks the customer (500 ever after).
        _owned_card(customer, default_source)
    if source is not None:
        if not (isinstance(source, str) and source[:4] == "tok_"):
            raise _bad_request("Invalid source", param="source")
        # Stripe: the new card becomes the default and the old default is deleted.
        old = customer.default_source
        card = Customer._api_add_source(id, source=source)
        customer.default_source = card.id
        if old is not None and old != card.id:
            Customer._api_remove_source(id, old)
            customer.default_source = card.id
    if default_source is not None:
        customer.default_source = default_source
    if data:
        return _update_customer(id, **data)
    return customer


# --- Gap 11: customers listed newest first (docs/stripe.md §5.1); search is in search.py -------


def live_customers() -> list[Any]:
    """Every customer not deleted, newest first (the order of Stripe's lists and search)."""
    customers = [value for key, value in store.items() if key.startswith("customer:")]
    customers.reverse()  # same-second creations stay newest first
    customers.sort(key=lambda customer: customer.created, reverse=True)
    return customers


# --- Gap 12: deleted customers (docs/stripe.md §4.4) ------------------------------------------

_DELETED = "deleted_customer:"


def _delete_customer_patched(cls: Any, /, id: Any) -> Any:
    deleted = _delete_customer(id)
    # Stripe keeps a stub: later retrieves answer it with 200 (localstripe answers 404).
    store[_DELETED + id] = DeletedObject(id, "customer")
    return deleted


def deleted_customer(customer_id: str) -> dict[str, Any] | None:
    """The stub Stripe answers for a deleted customer, or None if it was never deleted."""
    if store.get(f"customer:{customer_id}") is not None or _DELETED + customer_id not in store:
        return None
    return {"id": customer_id, "object": "customer", "deleted": True}


def _no_disk(self: Any) -> None:
    """The sandbox persists its own file (state.py), never `localstripe.pickle` in /tmp."""


#: Key of the card fingerprints; `install` sets the store's own, kept beside its data.
_fingerprint_key = os.urandom(32)


def install(fingerprint_key: bytes | None = None) -> None:
    """Apply every patch once; the process then serves the patched behaviour."""
    global _installed, _fingerprint_key
    if fingerprint_key is not None:
        _fingerprint_key = fingerprint_key
    if _installed:
        return
    _installed = True
    Store.dump_to_disk = _no_disk
    Store.try_load_from_disk = _no_disk
    Card.__init__ = _card_init_patched
    Card._charging_is_declined = _card_charge_declines
    Card._attaching_is_declined = _card_attach_declines
    Token.__init__ = _token_init_patched
    Customer._api_add_source = classmethod(_add_source_patched)
    Customer._api_create = classmethod(_create_customer_patched)
    Charge.__init__ = _charge_init_patched
    Charge._set_auth_failure = _set_auth_failure
    Charge._raise_failure = _raise_failure
    Refund.__init__ = _refund_init_patched
    Charge._api_list_all = _newest_first(Charge._api_list_all)
    Customer._api_list_all = _newest_first(Customer._api_list_all)
    Customer._api_list_sources = classmethod(_list_sources_patched)
    Customer._api_update = classmethod(_update_customer_patched)
    Customer._api_delete = classmethod(_delete_customer_patched)
    Refund._api_list_all = _newest_first(Refund._api_list_all)
