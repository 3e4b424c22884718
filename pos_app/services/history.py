"""The manager's day read from Stripe: every register's charges of a local day, page by page,
and one charge's details (its refunds, its customer, its receipt again).

Reads only, straight from the gateway (docs/stripe.md §5.1: the charge list, newest first,
cut to the day with `created[gte]`/`created[lt]`). Stripe is the record, not the till's
journal, so charges made at other registers and declined attempts are there too. Blocking and
thread-agnostic: call it from a worker.
"""

from __future__ import annotations

import dataclasses
import logging
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, tzinfo
from typing import TypeVar

from pos_app.domain.errors import PermissionDenied, PosError, StripeError
from pos_app.domain.i18n import translate
from pos_app.domain.localday import DayWindow, day_window, today_in
from pos_app.domain.models import Charge, Customer, ListPage, Refund, RefundStatus

from .day_report import DayReport
from .journal_check import JournalReads, StripeReads, check_journal
from .ports import StripeApi
from .receipts import Receipt, ReceiptService

__all__ = ["PAGE_SIZE", "ChargeDetails", "HistoryService", "LoadCancelled"]

log = logging.getLogger(__name__)

T = TypeVar("T")

#: Stripe's largest page (docs/stripe.md §5.1): the fewest round trips for a busy day.
PAGE_SIZE = 100
#: Refunds that take money out of the balance, as a charge's `amount_refunded` counts them;
#: a failed or canceled one gave nothing back.
_MONEY_RETURNED = frozenset({RefundStatus.SUCCEEDED, RefundStatus.PENDING})


class LoadCancelled(PosError):
    """The caller stopped a day's load (another day was picked, the page was left)."""


@dataclass(frozen=True, slots=True)
class ChargeDetails:
    """What the details dialog shows beyond the row: refunds, and the customer if one paid."""

    charge: Charge
    refunds: tuple[Refund, ...]
    customer: Customer | None
    #: Set when the customer could not be read (deleted, or Stripe did not answer).
    customer_note: str | None = None


class HistoryService:
    """A day's charges and totals in the shop's time zone."""

    def __init__(
        self,
        api: StripeApi,
        receipts: ReceiptService | None,
        *,
        zone: tzinfo,
        zone_name: str,
        journal: JournalReads | None = None,
        register_id: str = "",
    ) -> None:
        self._api = api
        self._receipts = receipts
        self.zone_name = zone_name
        self.zone = zone
        #: This till's journal, compared with each day read (None: the day alone).
        self._journal = journal
        self._register_id = register_id

    # -- the day ------------------------------------------------------------------------------

    def today(self) -> date:
        return today_in(self.zone)

    def window(self, day: date) -> DayWindow:
        return day_window(day, self.zone)

    def fetch_day(
        self,
        day: date,
        *,
        on_page: Callable[[tuple[Charge, ...]], None] | None = None,
        cancel: threading.Event | None = None,
    ) -> DayReport:
        """Every charge created on `day`, page after page; `on_page` hears each page as it
        arrives (from this thread). Raises LoadCancelled once `cancel` is set, or StripeError."""
        window = self.window(day)
        charges: list[Charge] = []
        # Stripe's fees come with each charge's balance transaction, which a restricted key
        # may not be allowed to read: then the day is read without them (the totals say so).
        fees = True
        for page, with_fees in _pages(
            lambda cursor, expand_fees: self._api.list_charges(
                created_gte=window.gte,
                created_lt=window.lt,
                limit=PAGE_SIZE,
                starting_after=cursor,
                expand_fees=expand_fees,
            ),
            cancel,
        ):
            fees = with_fees  # the refunds are asked as the last page was
            charges.extend(page.data)
            if on_page is not None and page.data:
                on_page(page.data)
        refunds = self._day_refunds(window, fees, cancel)
        day_charges = {charge.id for charge in charges}
        earlier = (
            None
            if refunds is None
            else tuple(
                refund
                for refund in refunds
                if refund.charge not in day_charges and refund.status in _MONEY_RETURNED
            )
        )
        report = DayReport.of(
            window,
            self.zone_name,
            charges,
            earlier_refunds=earlier if earlier is not None else (),
            earlier_refunds_read=earlier is not None,
        )
        if self._journal is None:
            return report
        if cancel is not None and cancel.is_set():
            raise LoadCancelled(translate("History", "The load was stopped."))
        return self._with_journal_check(report, refunds, self._journal)

    def _with_journal_check(
        self, report: DayReport, refunds: tuple[Refund, ...] | None, journal: JournalReads
    ) -> DayReport:
        """`report` with this register's journal compared to it, or with why it could not be
        (the day is shown either way)."""
        try:
            check = check_journal(
                report.window,
                report.charges,
                refunds,
                journal,
                StripeReads(
                    retrieve_charge=self._api.retrieve_charge,
                    refunds_of=lambda charge_id: tuple(self._api.iter_refunds(charge_id=charge_id)),
                ),
                register_id=self._register_id,
            )
        except PosError as exc:
            log.warning("the journal was not compared with the day: %s", exc)
            return dataclasses.replace(report, journal_check_error=str(exc))
        if not check.agrees:
            log.warning(
                "the journal and Stripe disagree on %s: %d not at Stripe, %d not journaled, "
                "%d different",
                report.window.day.isoformat(),
                len(check.not_at_stripe),
                len(check.not_journaled),
                len(check.different),
            )
        return dataclasses.replace(report, journal_check=check)

    def _day_refunds(
        self, window: DayWindow, fees: bool, cancel: threading.Event | None
    ) -> tuple[Refund, ...] | None:
        """Every refund made on `window`'s day, with the charge each refunds: those of other
        days' charges come out of the same payout as the day's sales, and all of them are
        compared with the journal. None when Stripe could not list them (the day is still
        shown, and says so)."""
        found: list[Refund] = []
        pages = _pages(
            lambda cursor, expand_fees: self._api.list_refunds(
                created_gte=window.gte,
                created_lt=window.lt,
                limit=PAGE_SIZE,
                starting_after=cursor,
                expand_sales=True,
                expand_fees=expand_fees,
            ),
            cancel,
            fees=fees,
        )
        try:
            for page, _ in pages:
                found.extend(
                    refund
                    for refund in page.data
                    # Counted only inside the day, whatever a server returns for the window.
                    if window.gte <= int(refund.created.timestamp()) < window.lt
                )
        except PermissionDenied:
            log.warning("the key may not list refunds: the day without earlier refunds")
            return None
        except StripeError as exc:
            log.warning("refunds of earlier sales not read: %s", exc)
            return None
        return tuple(found)

    def fees_readable(self) -> bool:
        """Whether the key may read Stripe's fees with the charges (the balance's read
        permission of a restricted key); False is not an error: the day is listed without."""
        try:
            self._api.list_charges(limit=1, expand_fees=True)
        except PermissionDenied:
            return False
        return True

    # -- one charge ---------------------------------------------------------------------------

    def details(self, charge_id: str) -> ChargeDetails:
        """The charge as Stripe has it now, its refunds and its customer."""
        charge = self._api.retrieve_charge(charge_id)
        refunds = tuple(self._api.iter_refunds(charge_id=charge_id))
        customer: Customer | None = None
        note: str | None = None
        if charge.customer:
            try:
                customer = self._api.retrieve_customer(charge.customer)
            except StripeError:
                note = translate(
                    "History", "The customer could not be read (deleted, or Stripe did not answer)."
                )
        return ChargeDetails(charge, refunds, customer, note)

    def receipt(self, charge: Charge) -> Receipt:
        """The charge's receipt again, as printed at its own register and in the shop's time."""
        if self._receipts is None:
            raise PosError(translate("History", "Receipts are not available on this till."))
        metadata = charge.metadata
        receipt = self._receipts.build(
            charge, cashier=metadata.get("cashier", ""), order_id=metadata.get("order_id")
        )
        return dataclasses.replace(
            receipt,
            register_id=metadata.get("register_id") or receipt.register_id,
            issued_at=charge.created.astimezone(self.zone),
        )


def _pages(
    fetch: Callable[[str | None, bool], ListPage[T]],
    cancel: threading.Event | None,
    *,
    fees: bool = True,
) -> Iterator[tuple[ListPage[T], bool]]:
    """Every page of a list, each with whether it came with its balance transactions: asked
    with them (`fees`) until the key may not read them (PermissionDenied), then without.
    Raises LoadCancelled between pages once `cancel` is set."""
    cursor: str | None = None
    while True:
        if cancel is not None and cancel.is_set():
            raise LoadCancelled(translate("History", "The load was stopped."))
        try:
            page = fetch(cursor, fees)
        except PermissionDenied:
            if not fees:
                raise
            log.info("the key may not read balance transactions: the list without fees")
            fees = False
            continue
        yield page, fees
        cursor = page.last_id
        if not page.has_more or cursor is None:
            return
