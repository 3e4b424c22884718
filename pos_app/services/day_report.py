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
- earlier_refunded: what the refunds made on the day on charges of earlier days took out of
  the balance (from each refund's balance transaction, else its own amount when it is in
  that currency);
- after_refunds: net minus refunded minus earlier_refunded, what the day adds to the
  payouts, which is what the bank deposit is made of; unknown (None) when a refund was
  converted from another currency and its converted amount is not in the listing, or the
  day's refunds of earlier sales could not be listed;
- unsettled: succeeded charges whose balance transaction was not read (a restricted key
  without the balance's read permission, or not yet settled): their fees are unknown.

Refunds of earlier sales (`earlier_refunds`, per the refund's currency: how many, and their
amounts in `gross`): made on the day, on charges created before it. They are not in the
day's charges or in `refunded` (which belong to the day's sales), but they come out of the
same payout, so the day's figures for the bank count them.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING

from pos_app.domain.i18n import QT_TRANSLATE_NOOP, translate
from pos_app.domain.localday import DayWindow
from pos_app.domain.models import Charge, ChargeStatus, Refund
from pos_app.domain.pacing import checkpoint

if TYPE_CHECKING:
    from .journal_check import JournalCheck

__all__ = [
    "EARLIER_REFUND",
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
    "earlier_refund_line",
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
#: The status of an exported line that is a refund made on the day of an earlier day's sale.
EARLIER_REFUND = "refund of an earlier sale"


#: The statuses in words for people (the values above stay as they are in CSV and JSON).
_STATUS_WORDS = {
    SUCCEEDED: QT_TRANSLATE_NOOP("DayReport", "succeeded"),
    FAILED: QT_TRANSLATE_NOOP("DayReport", "failed"),
    REFUNDED: QT_TRANSLATE_NOOP("DayReport", "refunded"),
    PARTLY_REFUNDED: QT_TRANSLATE_NOOP("DayReport", "partly refunded"),
    PENDING: QT_TRANSLATE_NOOP("DayReport", "pending"),
    EARLIER_REFUND: QT_TRANSLATE_NOOP("DayReport", "refund of an earlier sale"),
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
    #: None only on a refund of an earlier sale (`earlier_refund_line`).
    amount: int | None
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


def earlier_refund_line(refund: Refund, window: DayWindow) -> ChargeLine:
    """A refund of an earlier day's sale as a report line: its own id, time and currency,
    its amount under `amount_refunded` (`amount` is empty: it sold nothing), and the sale's
    card, customer, order, cashier and register when the listing gave the charge."""
    sale = refund.sale
    card = sale.card if sale is not None else None
    metadata = sale.metadata if sale is not None else {}
    settled = refund.settlement
    sold = sale.created.astimezone(window.zone).date().isoformat() if sale is not None else None
    return ChargeLine(
        id=refund.id,
        created=refund.created.astimezone(window.zone),
        amount=None,
        currency=refund.amount.currency,
        status=EARLIER_REFUND,
        amount_refunded=refund.amount.amount,
        brand=card.brand.code if card is not None else None,
        last4=(card.last4 or None) if card is not None else None,
        customer=sale.customer if sale is not None else None,
        order_id=metadata.get("order_id") or None,
        cashier=metadata.get("cashier") or None,
        register=metadata.get("register_id") or None,
        description=_refunded_sale_words(refund.charge, sold),
        stripe_fee=settled.fee.amount if settled is not None else None,
        stripe_net=settled.net.amount if settled is not None else None,
        settlement_currency=settled.net.currency if settled is not None else None,
    )


def _refunded_sale_words(charge: str | None, sold: str | None) -> str | None:
    # In English, as the CSV's statuses: the file is for the accountant's programs.
    if charge is None:
        return None
    return f"refund of {charge} (sold {sold})" if sold else f"refund of {charge}"


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
    #: Refunds made on the day on earlier days' charges, as they left the balance.
    earlier_refunded: int = 0
    #: Refunds whose amount in this currency is not known (converted from another
    #: currency, or the day's refunds of earlier sales not listed): `after_refunds` is
    #: unknown.
    unknown_refunds: int = 0

    @property
    def after_refunds(self) -> int | None:
        if self.unknown_refunds:
            return None
        return self.net - self.refunded - self.earlier_refunded


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
    #: Per currency, the refunds made on the day on earlier days' charges (`gross`: their
    #: amounts).
    earlier_refunds: dict[str, Group] = field(default_factory=dict)
    #: False when Stripe did not list them (`earlier_refunds_not_read`).
    earlier_refunds_read: bool = True

    @classmethod
    def of(cls, window: DayWindow, charges: Iterable[Charge]) -> DayTotals:
        day = cls(window)
        day.add(charges)
        return day

    def add(self, charges: Iterable[Charge]) -> None:
        hours = len(self.window.hours())
        for charge in charges:
            # A day's whole answer is totalled on the listing's worker: it makes way for
            # the window between charges (domain/pacing.py; on the GUI thread, no gate).
            checkpoint()
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
            fees.unknown_refunds += 1

    def add_earlier_refunds(self, refunds: Iterable[Refund]) -> None:
        """Count the refunds made on the day on earlier days' charges."""
        for refund in refunds:
            amount = refund.amount
            group = self.earlier_refunds.setdefault(amount.currency, Group())
            group.count += 1
            group.gross += amount.amount
            settled = refund.settlement
            if settled is not None:
                # The balance transaction's net is negative: what the refund took out.
                self.fees.setdefault(
                    settled.net.currency, Fees()
                ).earlier_refunded -= settled.net.amount
            elif amount.currency in self.fees:
                self.fees[amount.currency].earlier_refunded += amount.amount
            else:
                # Which settlement currency it left is not known: no figure for the bank.
                for fees in self.fees.values():
                    fees.unknown_refunds += 1

    def earlier_refunds_not_read(self) -> None:
        """Stripe did not list the day's refunds of earlier sales: what the day adds to the
        payouts is not known."""
        self.earlier_refunds_read = False
        for fees in self.fees.values():
            fees.unknown_refunds += 1

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
    #: Refunds made on the day on earlier days' charges (module docstring).
    earlier_refunds: tuple[Refund, ...] = ()
    #: False when Stripe could not list them: the day's figures for the bank lack them.
    earlier_refunds_read: bool = True
    #: This till's journal compared with the day (services/journal_check.py), when it was;
    #: or why it could not be.
    journal_check: JournalCheck | None = None
    journal_check_error: str | None = None

    @classmethod
    def of(
        cls,
        window: DayWindow,
        zone_name: str,
        charges: Iterable[Charge],
        *,
        earlier_refunds: Iterable[Refund] = (),
        earlier_refunds_read: bool = True,
    ) -> DayReport:
        unique = tuple({charge.id: charge for charge in charges}.values())
        refunds = tuple({refund.id: refund for refund in earlier_refunds}.values())
        totals = DayTotals.of(window, unique)
        totals.add_earlier_refunds(refunds)
        if not earlier_refunds_read:
            totals.earlier_refunds_not_read()
        return cls(window, zone_name, unique, totals, refunds, earlier_refunds_read)

    def lines(self) -> list[ChargeLine]:
        return [charge_line(charge, self.window) for charge in self.charges]

    def refund_lines(self) -> list[ChargeLine]:
        """The earlier sales' refunds as report lines (`earlier_refund_line`)."""
        return [earlier_refund_line(refund, self.window) for refund in self.earlier_refunds]
