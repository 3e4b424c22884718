"""Stripe JSON to domain models, tolerant of missing fields and older API shapes (§4)."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import UTC, datetime
from typing import Any, TypeVar

from ..domain.cards import Brand
from ..domain.models import (
    Card,
    Charge,
    ChargeOutcome,
    ChargeStatus,
    Customer,
    ListPage,
    Refund,
    RefundStatus,
    SearchPage,
    Settlement,
    Token,
)
from ..domain.money import Money
from ..domain.pacing import checkpoint

__all__ = [
    "parse_brand",
    "parse_card",
    "parse_charge",
    "parse_customer",
    "parse_list",
    "parse_refund",
    "parse_search",
    "parse_timestamp",
    "parse_token",
]

T = TypeVar("T")
JsonObject = Mapping[str, Any]

_EPOCH = datetime.fromtimestamp(0, tz=UTC)


def parse_brand(value: object) -> Brand:
    """A domain Brand from either spelling Stripe uses (display case on card objects, §4.2;
    lowercase on `payment_method_details.card`, §4.3); anything else is UNKNOWN."""
    return Brand.from_stripe(value)


def parse_timestamp(value: object) -> datetime | None:
    """Unix seconds to an aware UTC datetime."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    return datetime.fromtimestamp(int(value), tz=UTC)


def _str(obj: JsonObject, key: str) -> str | None:
    value = obj.get(key)
    return value if isinstance(value, str) and value != "" else None


def _int(obj: JsonObject, key: str, default: int = 0) -> int:
    value = obj.get(key)
    if isinstance(value, bool):
        return default
    if isinstance(value, int):
        return value
    if isinstance(value, str) and value.isdigit():
        return int(value)
    return default


def _bool(obj: JsonObject, key: str, default: bool = False) -> bool:
    value = obj.get(key)
    return value if isinstance(value, bool) else default


def _id_of(value: object) -> str | None:
    """The id of a field that may be an id or an expanded object (§4.8)."""
    if isinstance(value, str):
        return value or None
    if isinstance(value, Mapping):
        inner = value.get("id")
        return inner if isinstance(inner, str) else None
    return None


def _metadata(obj: JsonObject) -> dict[str, str]:
    value = obj.get("metadata")
    if not isinstance(value, Mapping):
        return {}
    return {str(k): "" if v is None else str(v) for k, v in value.items()}


def _money(obj: JsonObject, key: str, currency: str) -> Money:
    return Money(_int(obj, key), currency)


def _currency(obj: JsonObject) -> str:
    value = obj.get("currency")
    if not isinstance(value, str) or len(value) != 3:
        raise ValueError("Stripe object without a currency")
    return value.lower()


def _required_id(obj: JsonObject) -> str:
    value = obj.get("id")
    if not isinstance(value, str) or not value:
        raise ValueError("Stripe object without an id")
    return value


def parse_card(obj: JsonObject) -> Card:
    """A card object (`card_…`) or a charge's `payment_method_details.card` (no id)."""
    checks = obj.get("checks")
    checks = checks if isinstance(checks, Mapping) else {}
    return Card(
        id=_str(obj, "id") or "",
        brand=parse_brand(obj.get("brand")),
        last4=_str(obj, "last4") or "",
        exp_month=_int(obj, "exp_month"),
        exp_year=_int(obj, "exp_year"),
        funding=_str(obj, "funding"),
        country=_str(obj, "country"),
        fingerprint=_str(obj, "fingerprint"),
        name=_str(obj, "name"),
        customer=_id_of(obj.get("customer")),
        cvc_check=_str(obj, "cvc_check") or _str(checks, "cvc_check"),
        address_zip_check=_str(obj, "address_zip_check")
        or _str(checks, "address_postal_code_check"),
        metadata=_metadata(obj),
    )


def _is_card(value: object) -> bool:
    return isinstance(value, Mapping) and value.get("object", "card") == "card"


def parse_token(obj: JsonObject) -> Token:
    """A token (`tok_…`); `card` is None for non-card tokens."""
    card = obj.get("card")
    return Token(
        id=_required_id(obj),
        card=parse_card(card) if isinstance(card, Mapping) else None,
        created=parse_timestamp(obj.get("created")) or _EPOCH,
        livemode=_bool(obj, "livemode"),
        used=_bool(obj, "used"),
    )


def _charge_card(obj: JsonObject) -> Card | None:
    # payment_method_details.card is the current field; `source` is legacy and may be a
    # non-card source (§4.3), and the emulators send neither (docs/emulators.md §2.3).
    details = obj.get("payment_method_details")
    if isinstance(details, Mapping):
        card = details.get("card")
        if isinstance(card, Mapping):
            return parse_card(card)
    source = obj.get("source")
    if isinstance(source, Mapping) and source.get("object") == "card":
        return parse_card(source)
    return None


def _outcome(obj: JsonObject) -> ChargeOutcome | None:
    outcome = obj.get("outcome")
    if not isinstance(outcome, Mapping):
        return None
    return ChargeOutcome(
        type=_str(outcome, "type"),
        network_status=_str(outcome, "network_status"),
        reason=_str(outcome, "reason"),
        risk_level=_str(outcome, "risk_level"),
        seller_message=_str(outcome, "seller_message"),
    )


def parse_charge(obj: JsonObject) -> Charge:
    """A charge (`ch_…`), succeeded, pending or failed."""
    currency = _currency(obj)
    if not isinstance(obj.get("amount"), int) or isinstance(obj.get("amount"), bool):
        raise ValueError("charge without an integer amount")
    return Charge(
        id=_required_id(obj),
        amount=_money(obj, "amount", currency),
        amount_refunded=_money(obj, "amount_refunded", currency),
        status=ChargeStatus(_str(obj, "status") or ""),
        paid=_bool(obj, "paid"),
        captured=_bool(obj, "captured"),
        refunded=_bool(obj, "refunded"),
        created=parse_timestamp(obj.get("created")) or _EPOCH,
        livemode=_bool(obj, "livemode"),
        description=_str(obj, "description"),
        metadata=_metadata(obj),
        customer=_id_of(obj.get("customer")),
        card=_charge_card(obj),
        outcome=_outcome(obj),
        failure_code=_str(obj, "failure_code"),
        failure_message=_str(obj, "failure_message"),
        receipt_url=_str(obj, "receipt_url"),
        receipt_email=_str(obj, "receipt_email"),
        receipt_number=_str(obj, "receipt_number"),
        payment_method=_id_of(obj.get("payment_method")),
        balance_transaction=_id_of(obj.get("balance_transaction")),
        settlement=_settlement(obj.get("balance_transaction")),
    )


def _settlement(value: object) -> Settlement | None:
    """An expanded balance transaction's amount, fee and net (§4.8), or None when it is only
    an id, absent, or not whole (a figure missing is unknown, never zero)."""
    if not isinstance(value, Mapping):
        return None
    figures: list[int] = []
    for key in ("amount", "fee", "net"):
        figure = value.get(key)
        if not isinstance(figure, int) or isinstance(figure, bool):
            return None
        figures.append(figure)
    try:
        currency = _currency(value)
    except ValueError:
        return None
    amount, fee, net = (Money(figure, currency) for figure in figures)
    return Settlement(amount=amount, fee=fee, net=net)


def parse_customer(obj: JsonObject) -> Customer:
    """A customer (`cus_…`), or the `{"id", "deleted": true}` stub left by a delete (§4.4)."""
    customer_id = _required_id(obj)
    if _bool(obj, "deleted"):
        return Customer(id=customer_id, deleted=True, livemode=_bool(obj, "livemode"))
    cards: tuple[Card, ...] = ()
    sources = obj.get("sources")
    if isinstance(sources, Mapping) and isinstance(sources.get("data"), list):
        # Embedded only by old API versions and localstripe (§1.4).
        cards = tuple(parse_card(item) for item in sources["data"] if _is_card(item))
    default_source = obj.get("default_source")
    default_id = _id_of(default_source)
    default_card = next((card for card in cards if card.id == default_id), None)
    if isinstance(default_source, Mapping) and _is_card(default_source):
        default_card = parse_card(default_source)  # expanded (§4.8)
    return Customer(
        id=customer_id,
        email=_str(obj, "email"),
        name=_str(obj, "name"),
        phone=_str(obj, "phone"),
        description=_str(obj, "description"),
        metadata=_metadata(obj),
        default_source=default_id,
        created=parse_timestamp(obj.get("created")),
        livemode=_bool(obj, "livemode"),
        cards=cards,
        default_card=default_card,
    )


def parse_refund(obj: JsonObject) -> Refund:
    """A refund (`re_…`)."""
    currency = _currency(obj)
    return Refund(
        id=_required_id(obj),
        amount=_money(obj, "amount", currency),
        charge=_id_of(obj.get("charge")),
        status=RefundStatus(_str(obj, "status") or ""),
        created=parse_timestamp(obj.get("created")) or _EPOCH,
        reason=_str(obj, "reason"),
        metadata=_metadata(obj),
        failure_reason=_str(obj, "failure_reason"),
        receipt_number=_str(obj, "receipt_number"),
        settlement=_settlement(obj.get("balance_transaction")),
        sale=_expanded_charge(obj.get("charge")),
    )


def _expanded_charge(value: object) -> Charge | None:
    """A refund's charge when the list expanded it (`expand[]=data.charge`), else None."""
    if isinstance(value, Mapping) and value.get("object") == "charge":
        return parse_charge(value)
    return None


def _items(obj: JsonObject, parse_item: Callable[[JsonObject], T]) -> tuple[T, ...]:
    data = obj.get("data")
    if not isinstance(data, list):
        raise ValueError("list object without data")
    return tuple(_paced(parse_item, item) for item in data if isinstance(item, Mapping))


def _paced(parse_item: Callable[[JsonObject], T], item: JsonObject) -> T:
    # A page of a hundred objects takes milliseconds to parse: a background listing makes
    # way for the window between them (domain/pacing.py).
    checkpoint()
    return parse_item(item)


def parse_list(obj: JsonObject, parse_item: Callable[[JsonObject], T]) -> ListPage[T]:
    """A cursor-paginated `object: list` page (§5.1)."""
    return ListPage(
        data=_items(obj, parse_item),
        has_more=_bool(obj, "has_more"),
        url=_str(obj, "url"),
    )


def parse_search(obj: JsonObject, parse_item: Callable[[JsonObject], T]) -> SearchPage[T]:
    """A `search_result` page with its `next_page` cursor (§5.2)."""
    return SearchPage(
        data=_items(obj, parse_item),
        has_more=_bool(obj, "has_more"),
        next_page=_str(obj, "next_page"),
    )
