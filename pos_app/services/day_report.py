"""A day's charges and what they add up to: totals per currency, by card brand, cashier, register
and hour, and each charge's fields as the report prints them.

Pure functions of the charges Stripe listed (docs/product.md "What people ask of any till",
item 1): the history page, the CSV and `pos-app report` all read these, so they cannot
disagree. Amounts stay integer minor units of their own currency; currencies are never mixed.

- charges: every charge of the day, whatever its status (a decline leaves a failed charge);
- succeeded / failed: how many have that status (pending ones count only in `charges`);
- gross: the amounts of the succeeded charges;
- refunded: Stripe's `amount_refunded` of those charges, whenever the refund was made;
- net: gross minus refunded.

By brand, cashier and register: `count` is the succeeded charges, `gross` their amounts.

Stripe's fees (`fees`, per settlement currency: the account's, which a charge in another
currency is converted to), from each succeeded charge's balance transaction when the listing
read it (`Charge.settlement`):

- amount, fee, net: what the charges put in the balance, Stripe's fees on them, the rest;
- refunded: the refunds of those charges (settled in their own currency); a refund does not
  give the fee back;
- after_refunds: net minus refunded, what the day's charges add to the payouts, which is
  what the bank deposit is made of; unknown (None) when a charge converted from another
  currency was refunded, as the refund's converted amount is not in the listing;
- unsettled: succeeded charges whose balance transaction was not read (a restricted key
  without the balance's read permission, or not yet settled): their fees are unknown.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime

from pos_app.domain.i18n import QT_TRANSLATE_NOOP, translate
from pos_app.domain.localday import DayWindow
from pos_app.domain.models import Charge, ChargeStatus

__all__ = [
    "NONE_KEY",
    "STATUSES",
    "ChargeLine",
    "DayReport",
    "DayTotals",
    "Fees",
    "Group",
    "Totals",
    "charge_line",
    "charge_status",
    "status_words",
]

#: The group key of a charge that names no cashier, register or card brand.
NONE_KEY = "(none)"

SUCCEEDED = "succeeded"
FAILED = "failed"
REFUNDED = "refunded"
PARTLY_REFUNDED = "partly refunded"
PENDING = "pending"
#: What the Status column can say, in the order the filter offers them.
STATUSES = (SUCCEEDED, FAILED, REFUNDED, PARTLY_REFUNDED, PENDING)


#: The statuses in words for people (the values above stay as they are in CSV and JSON).
_STATUS_WORDS = {
    SUCCEEDED: QT_TRANSLATE_NOOP("DayReport", "succeeded"),
    FAILED: QT_TRANSLATE_NOOP("DayReport", "failed"),
    REFUNDED: QT_TRANSLATE_NOOP("DayReport", "refunded"),
    PARTLY_REFUNDED: QT_TRANSLATE_NOOP("DayReport", "partly refunded"),
    PENDING: QT_TRANSLATE_NOOP("DayReport", "pending"),
}


def status_words(status: str) -> str:
    """A charge status (`charge_status`) in the till's language."""
    words = _STATUS_WORDS.get(status)
    return translate("DayReport", words) if words is not None else status


def charge_status(charge: Charge) -> str:
    """succeeded, failed, refunded, partly refunded or pending: what the manager reads."""
    if charge.status is ChargeStatus.FAILED:
        return FAILED
    if charge.status is ChargeStatus.PENDING:
        return PENDING
    refunded = charge.amount_refunded.amount
    if refunded <= 0:
        return SUCCEEDED
    return REFUNDED if charge.refunded or refunded >= charge.amount.amount else PARTLY_REFUNDED


@dataclass(frozen=True, slots=True)
class ChargeLine:
    """One charge as the report prints it (the JSON object, the CSV row, the table row)."""

    id: str
    created: datetime  # in the shop's time zone
    amount: int
    currency: str
    status: str
    amount_refunded: int
    brand: str | None
    last4: str | None
    customer: str | None
    order_id: str | None
    cashier: str | None
    register: str | None
    description: str | None
    #: Stripe's fee and what is left, in `settlement_currency` (None when not read).
    stripe_fee: int | None = None
    stripe_net: int | None = None
    settlement_currency: str | None = None


def charge_line(charge: Charge, window: DayWindow) -> ChargeLine:
    card = charge.card
    metadata = charge.metadata
    settled = charge.settlement
    return ChargeLine(
        id=charge.id,
        created=charge.created.astimezone(window.zone),
        amount=charge.amount.amount,
        currency=charge.amount.currency,
        status=charge_status(charge),
        amount_refunded=charge.amount_refunded.amount,
        brand=card.brand.code if card is not None else None,
        last4=(card.last4 or None) if card is not None else None,
        customer=charge.customer,
        order_id=metadata.get("order_id") or None,
        cashier=metadata.get("cashier") or None,
        register=metadata.get("register_id") or None,
        description=charge.description,
        stripe_fee=settled.fee.amount if settled is not None else None,
        stripe_net=settled.net.amount if settled is not None else None,
        settlement_currency=settled.fee.currency if settled is not None else None,
    )


@dataclass(slots=True)
class Totals:
    """One currency's figures (see the module's docstring)."""

    charges: int = 0
    succeeded: int = 0
    failed: int = 0
    gross: int = 0
    refunded: int = 0

    @property
    def net(self) -> int:
        return self.gross - self.refunded


@dataclass(slots=True)
class Group:
    """Succeeded charges of one brand, cashier or register: how many, and their amounts."""

    count: int = 0
    gross: int = 0


@dataclass(slots=True)
class Fees:
    """Stripe's side of the day's succeeded charges in one settlement currency (see the
    module's docstring)."""

    charges: int = 0
    amount: int = 0
    fee: int = 0
    net: int = 0
    refunded: int = 0
    #: Refunded charges converted from another currency: `after_refunds` is unknown.
    converted_refunds: int = 0

    @property
    def after_refunds(self) -> int | None:
        return None if self.converted_refunds else self.net - self.refunded


def _group(table: dict[str, dict[str, Group]], currency: str, key: str | None) -> Group:
    return table.setdefault(currency, {}).setdefault(key or NONE_KEY, Group())


@dataclass(slots=True)
class DayTotals:
    """Running totals: add the charges of each page as it arrives; or build from a whole day."""

    window: DayWindow
    totals: dict[str, Totals] = field(default_factory=dict)
    by_brand: dict[str, dict[str, Group]] = field(default_factory=dict)
    by_cashier: dict[str, dict[str, Group]] = field(default_factory=dict)
    by_register: dict[str, dict[str, Group]] = field(default_factory=dict)
    #: Per currency, the gross of succeeded charges per hour of the day (`window.hours()`).
    hourly: dict[str, list[int]] = field(default_factory=dict)
    #: Per settlement currency, Stripe's fees and what is left.
    fees: dict[str, Fees] = field(default_factory=dict)
    #: Succeeded charges whose fees were not read.
    unsettled: int = 0

    @classmethod
    def of(cls, window: DayWindow, charges: Iterable[Charge]) -> DayTotals:
        day = cls(window)
        day.add(charges)
        return day

    def add(self, charges: Iterable[Charge]) -> None:
        hours = len(self.window.hours())
        for charge in charges:
            currency = charge.amount.currency
            totals = self.totals.setdefault(currency, Totals())
            totals.charges += 1
            if charge.status is ChargeStatus.FAILED:
                totals.failed += 1
            if not charge.succeeded:
                continue
            amount = charge.amount.amount
            totals.succeeded += 1
            totals.gross += amount
            totals.refunded += charge.amount_refunded.amount
            self._settle(charge)
            card = charge.card
            for table, key in (
                (self.by_brand, card.brand.code if card is not None else None),
                (self.by_cashier, charge.metadata.get("cashier")),
                (self.by_register, charge.metadata.get("register_id")),
            ):
                group = _group(table, currency, key)
                group.count += 1
                group.gross += amount
            hour = self.window.hour_of(charge.created)
            if 0 <= hour < hours:
                self.hourly.setdefault(currency, [0] * hours)[hour] += amount

    def _settle(self, charge: Charge) -> None:
        settled = charge.settlement
        if settled is None:
            self.unsettled += 1
            return
        fees = self.fees.setdefault(settled.fee.currency, Fees())
        fees.charges += 1
        fees.amount += settled.amount.amount
        fees.fee += settled.fee.amount
        fees.net += settled.net.amount
        refunded = charge.amount_refunded.amount
        if settled.amount.currency == charge.amount.currency:
            fees.refunded += refunded
        elif refunded:
            fees.converted_refunds += 1

    def currencies(self) -> list[str]:
        """The day's currencies, the one with most charges first."""
        return sorted(self.totals, key=lambda c: (-self.totals[c].charges, c))


@dataclass(frozen=True, slots=True)
class DayReport:
    """A whole day as Stripe listed it (every register's charges), and its totals."""

    window: DayWindow
    zone_name: str
    charges: tuple[Charge, ...]
    totals: DayTotals

    @classmethod
    def of(cls, window: DayWindow, zone_name: str, charges: Iterable[Charge]) -> DayReport:
        unique = tuple({charge.id: charge for charge in charges}.values())
        return cls(window, zone_name, unique, DayTotals.of(window, unique))

    def lines(self) -> list[ChargeLine]:
        return [charge_line(charge, self.window) for charge in self.charges]
