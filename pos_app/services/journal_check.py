"""This till's journal against Stripe's record of a day: the charges and refunds on which
they disagree.

The journal is the till's own account of every charge and refund it sent, written before each
request left (docs/reliability.md); Stripe's lists are the record the bank pays from. For one
day and this register they must agree. Where they do not, the manager is told which, in three
lists:

- journaled, not at Stripe: an attempt the journal closed as done (or, for a charge, declined,
  which leaves a failed charge) whose object Stripe does not have. Each is looked up before it
  is listed (a charge by its id, a refund among its charge's refunds): one made in the last
  second of the day on the till's clock can be on the next day on Stripe's;
- at Stripe, not journaled: a charge or refund whose metadata names this register and that no
  attempt in the journal made (a till set up again over a lost journal, or another till given
  the same register name). Looked up in the journal by the attempt key in its metadata, and a
  charge by its order number too, for the same reason;
- different: the same charge or refund with another amount, currency or outcome on each side
  (a refund that failed at the bank after Stripe first took it is one).

Attempts still open (sending, or unknown until a lookup settles them) are not differences,
only not known yet: they are counted apart. Customers and saved cards are not compared. When
Stripe did not list the day's refunds, only charges are compared, and the check says so. The
day is taken on Stripe's clock: each attempt's time is moved by the offset between the two
clocks measured when it began.

Pure once given its reads (`JournalReads`, `StripeReads`): blocking, call it from a worker.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Protocol

from pos_app.domain.attempts import AttemptKind, AttemptRecord, AttemptState
from pos_app.domain.errors import ResourceMissing
from pos_app.domain.localday import DayWindow
from pos_app.domain.models import Charge, ChargeStatus, Refund, RefundStatus
from pos_app.domain.pacing import checkpoint

__all__ = [
    "AMOUNT",
    "CURRENCY",
    "OUTCOME",
    "Difference",
    "JournalCheck",
    "JournalReads",
    "Made",
    "StripeReads",
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

    def get(self, attempt_key: str) -> AttemptRecord | None: ...


#: What Stripe holds for one attempt: the charge it made, or the refund.
Made = Charge | Refund


@dataclass(frozen=True, slots=True)
class Difference:
    """One charge or refund both sides know, told differently: `what` is AMOUNT, CURRENCY or
    OUTCOME."""

    attempt: AttemptRecord
    at_stripe: Made
    what: str


@dataclass(frozen=True, slots=True)
class JournalCheck:
    """How this register's journal compares with Stripe's record of the day."""

    register_id: str
    #: Journaled charges and refunds Stripe has just as the journal says.
    matched: int
    not_at_stripe: tuple[AttemptRecord, ...]
    not_journaled: tuple[Made, ...]
    different: tuple[Difference, ...]
    #: Attempts whose outcome the till is still finding out: not differences.
    still_open: tuple[AttemptRecord, ...]
    #: False when Stripe did not list the day's refunds: only charges were compared.
    refunds_compared: bool = True

    @property
    def agrees(self) -> bool:
        return not (self.not_at_stripe or self.not_journaled or self.different)


@dataclass(frozen=True, slots=True)
class StripeReads:
    """How the check looks up at Stripe what the day's lists lack (each raises
    ResourceMissing when Stripe has no such object, any other StripeError when it could not
    say)."""

    retrieve_charge: Callable[[str], Charge]
    #: The refunds of one charge.
    refunds_of: Callable[[str], Sequence[Refund]]


def check_journal(
    window: DayWindow,
    charges: Sequence[Charge],
    refunds: Sequence[Refund] | None,
    journal: JournalReads,
    stripe: StripeReads,
    *,
    register_id: str,
) -> JournalCheck:
    """Compare the day's charges and refunds Stripe listed (every register's; `refunds` None
    when they could not be listed, and then only charges are compared) with this register's
    journal."""
    kinds = {AttemptKind.CHARGE} if refunds is None else {AttemptKind.CHARGE, AttemptKind.REFUND}
    listed: dict[str, Made] = {charge.id: charge for charge in charges}
    listed.update((refund.id, refund) for refund in refunds or ())
    attempts = [
        attempt
        for attempt in journal.attempts_between(
            window.start - _CLOCK_MARGIN, window.end + _CLOCK_MARGIN
        )
        if attempt.kind in kinds
        and attempt.register_id == register_id
        and _on_stripes_day(attempt, window)
    ]
    matched = 0
    not_at_stripe: list[AttemptRecord] = []
    different: list[Difference] = []
    still_open: list[AttemptRecord] = []
    journaled: set[str] = set()
    for attempt in attempts:
        # Thousands of rows and a lookup each, on a listing's worker: it makes way for the
        # window between them (domain/pacing.py).
        checkpoint()
        if attempt.is_open:
            still_open.append(attempt)
            continue
        if attempt.state not in (AttemptState.SUCCEEDED, AttemptState.DECLINED):
            continue  # refused before it executed: Stripe holds nothing to compare
        if attempt.stripe_id is None:
            if attempt.state is AttemptState.SUCCEEDED:
                not_at_stripe.append(attempt)  # done, yet nothing to show for it
            continue
        journaled.add(attempt.stripe_id)
        found = listed.get(attempt.stripe_id) or _look_up(attempt, stripe)
        if found is None:
            not_at_stripe.append(attempt)
            continue
        what = _difference(attempt, found)
        if what is None:
            matched += 1
        else:
            different.append(Difference(attempt, found, what))
    not_journaled = []
    for made in listed.values():
        checkpoint()
        if (
            made.metadata.get("register_id") == register_id
            and made.id not in journaled
            and not _journaled_elsewhere(made, journal)
        ):
            not_journaled.append(made)
    return JournalCheck(
        register_id=register_id,
        matched=matched,
        not_at_stripe=tuple(not_at_stripe),
        not_journaled=tuple(not_journaled),
        different=tuple(different),
        still_open=tuple(still_open),
        refunds_compared=refunds is not None,
    )


def _look_up(attempt: AttemptRecord, stripe: StripeReads) -> Made | None:
    """What the attempt made, from Stripe (it is on another day of Stripe's), or None."""
    stripe_id = attempt.stripe_id
    assert stripe_id is not None
    try:
        if attempt.kind is AttemptKind.CHARGE:
            return stripe.retrieve_charge(stripe_id)
        if attempt.subject_id is None:
            return None
        return next((r for r in stripe.refunds_of(attempt.subject_id) if r.id == stripe_id), None)
    except ResourceMissing:
        return None


def _on_stripes_day(attempt: AttemptRecord, window: DayWindow) -> bool:
    stripe_time = attempt.created_at + (attempt.stripe_offset or timedelta(0))
    return window.gte <= int(stripe_time.timestamp()) < window.lt


def _difference(attempt: AttemptRecord, made: Made) -> str | None:
    if attempt.currency is not None and attempt.currency != made.amount.currency:
        return CURRENCY
    if attempt.amount is not None and attempt.amount != made.amount.amount:
        return AMOUNT
    if isinstance(made, Charge):
        done = made.status is not ChargeStatus.FAILED
    else:
        done = made.status not in (RefundStatus.FAILED, RefundStatus.CANCELED)
    if done != (attempt.state is AttemptState.SUCCEEDED):
        return OUTCOME
    return None


def _journaled_elsewhere(made: Made, journal: JournalReads) -> bool:
    """Whether an attempt journaled outside the day's window made `made`: by the attempt key
    the till writes in its metadata, else (a charge) by its order."""
    key = made.metadata.get("attempt_key")
    if key:
        record = journal.get(key)
        if record is not None and record.stripe_id == made.id:
            return True
    order_id = made.metadata.get("order_id")
    if not order_id or not isinstance(made, Charge):
        return False
    return any(a.stripe_id == made.id for a in journal.attempts_for_order(order_id))
