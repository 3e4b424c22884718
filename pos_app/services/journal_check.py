"""This till's journal against Stripe's record of a day: the charges on which they disagree.

The journal is the till's own account of every charge it sent, written before each request
left (docs/reliability.md); Stripe's list is the record the bank pays from. For one day and
this register they must agree. Where they do not, the manager is told which charges, in three
lists:

- journaled, not at Stripe: an attempt the journal closed as charged (or declined, which
  leaves a failed charge) whose charge Stripe does not have. Each is looked up by its id
  before it is listed: a charge made in the last second of the day on the till's clock can be
  on the next day on Stripe's;
- at Stripe, not journaled: a charge whose metadata names this register and that no attempt
  in the journal made (a till set up again over a lost journal, or another till given the same
  register name). Looked up in the journal by its order number too, for the same reason;
- different: the same charge with another amount, currency or outcome on each side.

Attempts still open (sending, or unknown until a lookup settles them) are not differences,
only not known yet: they are counted apart. Only charges are compared: refunds, customers and
cards are not. The day is taken on Stripe's clock: each attempt's time is moved by the offset
between the two clocks measured when it began.

Pure once given its reads (`JournalReads`): blocking, call it from a worker.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Protocol

from pos_app.domain.attempts import AttemptKind, AttemptRecord, AttemptState
from pos_app.domain.errors import ResourceMissing
from pos_app.domain.localday import DayWindow
from pos_app.domain.models import Charge, ChargeStatus

__all__ = [
    "AMOUNT",
    "CURRENCY",
    "OUTCOME",
    "Difference",
    "JournalCheck",
    "JournalReads",
    "check_journal",
]

AMOUNT = "amount"
CURRENCY = "currency"
OUTCOME = "outcome"

#: How far the till's clock may be from Stripe's and an attempt still be read with the day
#: (each attempt is then placed on Stripe's clock by its own measured offset).
_CLOCK_MARGIN = timedelta(hours=2)


class JournalReads(Protocol):
    """What the check reads from the journal (storage/journal.py `Journal`)."""

    def attempts_between(self, start: datetime, end: datetime) -> list[AttemptRecord]: ...

    def attempts_for_order(self, order_id: str) -> list[AttemptRecord]: ...


@dataclass(frozen=True, slots=True)
class Difference:
    """One charge both sides know, told differently: `what` is AMOUNT, CURRENCY or OUTCOME."""

    attempt: AttemptRecord
    charge: Charge
    what: str


@dataclass(frozen=True, slots=True)
class JournalCheck:
    """How this register's journal compares with Stripe's record of the day."""

    register_id: str
    #: Journaled charges Stripe has just as the journal says.
    matched: int
    not_at_stripe: tuple[AttemptRecord, ...]
    not_journaled: tuple[Charge, ...]
    different: tuple[Difference, ...]
    #: Attempts whose outcome the till is still finding out: not differences.
    still_open: tuple[AttemptRecord, ...]

    @property
    def agrees(self) -> bool:
        return not (self.not_at_stripe or self.not_journaled or self.different)


def check_journal(
    window: DayWindow,
    charges: Sequence[Charge],
    journal: JournalReads,
    *,
    register_id: str,
    retrieve_charge: Callable[[str], Charge],
) -> JournalCheck:
    """Compare the day's charges Stripe listed (`charges`, every register's) with this
    register's journal; `retrieve_charge` looks up one Stripe lacks in the day (raises
    ResourceMissing when Stripe has no such charge, any other StripeError when it could not
    say)."""
    listed = {charge.id: charge for charge in charges}
    attempts = [
        attempt
        for attempt in journal.attempts_between(
            window.start - _CLOCK_MARGIN, window.end + _CLOCK_MARGIN
        )
        if attempt.kind is AttemptKind.CHARGE
        and attempt.register_id == register_id
        and _on_stripes_day(attempt, window)
    ]
    matched = 0
    not_at_stripe: list[AttemptRecord] = []
    different: list[Difference] = []
    still_open: list[AttemptRecord] = []
    journaled: set[str] = set()
    for attempt in attempts:
        if attempt.is_open:
            still_open.append(attempt)
            continue
        if attempt.state not in (AttemptState.SUCCEEDED, AttemptState.DECLINED):
            continue  # refused before it executed: Stripe holds nothing to compare
        if attempt.stripe_id is None:
            if attempt.state is AttemptState.SUCCEEDED:
                not_at_stripe.append(attempt)  # charged, yet no charge to show for it
            continue
        journaled.add(attempt.stripe_id)
        charge = listed.get(attempt.stripe_id)
        if charge is None:
            try:
                charge = retrieve_charge(attempt.stripe_id)
            except ResourceMissing:
                not_at_stripe.append(attempt)
                continue
        what = _difference(attempt, charge)
        if what is None:
            matched += 1
        else:
            different.append(Difference(attempt, charge, what))
    not_journaled = [
        charge
        for charge in listed.values()
        if charge.metadata.get("register_id") == register_id
        and charge.id not in journaled
        and not _journaled_elsewhere(charge, journal)
    ]
    return JournalCheck(
        register_id=register_id,
        matched=matched,
        not_at_stripe=tuple(not_at_stripe),
        not_journaled=tuple(not_journaled),
        different=tuple(different),
        still_open=tuple(still_open),
    )


def _on_stripes_day(attempt: AttemptRecord, window: DayWindow) -> bool:
    stripe_time = attempt.created_at + (attempt.stripe_offset or timedelta(0))
    return window.gte <= int(stripe_time.timestamp()) < window.lt


def _difference(attempt: AttemptRecord, charge: Charge) -> str | None:
    if attempt.currency is not None and attempt.currency != charge.amount.currency:
        return CURRENCY
    if attempt.amount is not None and attempt.amount != charge.amount.amount:
        return AMOUNT
    charged = charge.status is not ChargeStatus.FAILED
    if charged != (attempt.state is AttemptState.SUCCEEDED):
        return OUTCOME
    return None


def _journaled_elsewhere(charge: Charge, journal: JournalReads) -> bool:
    """Whether an attempt journaled outside the day's window made `charge` (by its order)."""
    order_id = charge.metadata.get("order_id")
    if not order_id:
        return False
    return any(a.stripe_id == charge.id for a in journal.attempts_for_order(order_id))
