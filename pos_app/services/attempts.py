"""The attempt pipeline: the one owner of every request that changes something at Stripe.

Whatever the kind (charge, refund, customer, card), an attempt lives the same way
(docs/architecture.md "Never a double charge", docs/stripe.md §8):

1. It is journaled first — kind, idempotency key, fingerprint of the exact parameters, the
   order or subject it must not run twice for, Stripe's clock offset — and committed to disk.
2. It is sent with that key (and `metadata[attempt_key]` where Stripe keeps metadata).
3. A definite answer settles it: success, decline, or a refusal that shows nothing executed.
4. An unknown outcome (`OutcomeUnknown`) keeps it open and blocks its order or subject. While
   the request is in memory (the cashier is waiting), the identical request is replayed with
   the identical key; otherwise the key is looked up in the list that holds that kind. Only
   Stripe's answer for the key settles it: a rate limit or a refused connection during a
   check is no answer. An attempt that no list shows, long after its last try left (on
   Stripe's clock), was never executed.
5. At start-up, and in the background, every open attempt of every kind is settled that way.

Callers hand in an `Operation` (the kind-specific part: the request, how to read its answer);
the pipeline owns the rest. Blocking and thread-agnostic: call it from a worker.
"""

from __future__ import annotations

import logging
import random as _random
import threading
import time
import uuid
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from enum import StrEnum
from typing import Generic, Protocol, TypeVar

from pos_app.domain.attempts import (
    AttemptKind,
    AttemptOutcome,
    AttemptRecord,
    AttemptState,
    NewAttempt,
    SettledAttempt,
)
from pos_app.domain.errors import (
    AttemptNotMade,
    AttemptUnresolved,
    CardDeclined,
    IdempotencyConflict,
    OutcomeUnknown,
    PosError,
    StripeError,
)
from pos_app.domain.models import Charge
from pos_app.domain.money import Money

from .lookups import find_result
from .ports import AttemptJournal, StripeApi
from .settle_policy import SettlePolicy

__all__ = [
    "EARLY_SEND_TIME",
    "REPLAY_WINDOW",
    "AttemptPhase",
    "AttemptPipeline",
    "AttemptProgress",
    "Done",
    "Facts",
    "Operation",
    "Settlement",
    "settlement_of",
]

log = logging.getLogger(__name__)

T = TypeVar("T")
T_co = TypeVar("T_co", covariant=True)

#: Stripe keeps idempotency keys for at least 24 h (docs/stripe.md §1.5); replay only well inside.
REPLAY_WINDOW = timedelta(hours=23)
#: How far before an attempt (on Stripe's clock) a lookup searches.
LOOKUP_SLACK = timedelta(minutes=5)
#: An attempt that no list shows this long after its last try left was never executed: a
#: request cannot still be running at Stripe that long after the till stopped waiting for it.
NOT_EXECUTED_AFTER = timedelta(minutes=3)
#: For attempts journaled before Stripe's clock offset was kept: how wrong the till's clock
#: may plausibly be. Their lookups search this much wider and their verdicts wait this longer.
UNKNOWN_SKEW = timedelta(hours=1)
#: An attempt journaled while its caller prepared it (a walk-in sale's card tokenized) was
#: stamped "sent" before its request really left. Up to this long after the stamp, the update
#: that moves the stamp to the real departure skips its fsync: a power cut that loses it leaves
#: a stamp this much early at most, a small part of NOT_EXECUTED_AFTER (which already covers
#: the gateway's own retries of one try). Past it, that update is durable before the request
#: leaves.
EARLY_SEND_TIME = timedelta(seconds=5)


class AttemptPhase(StrEnum):
    """What the cashier is told while an attempt is in flight."""

    SENDING = "sending"
    CHECKING = "checking"


@dataclass(frozen=True, slots=True)
class AttemptProgress:
    """A state change of one attempt, reported while the caller waits (on a worker thread)."""

    phase: AttemptPhase
    attempt_key: str
    kind: AttemptKind
    order_id: str | None
    checks: int = 0
    next_check_in: float = 0.0


@dataclass(frozen=True, slots=True)
class Facts:
    """What the journal keeps about an operation besides its key and fingerprint."""

    order_id: str | None = None
    block_key: str | None = None
    subject_id: str | None = None
    customer_id: str | None = None
    lookup_ref: str | None = None
    amount: Money | None = None


@dataclass(frozen=True, slots=True)
class Settlement:
    """What a definite answer means for the journal (SUCCEEDED or DECLINED)."""

    state: AttemptState
    stripe_id: str | None
    card_brand: str | None = None
    card_last4: str | None = None
    error_code: str | None = None
    decline_code: str | None = None
    message: str | None = None


@dataclass(frozen=True, slots=True)
class Done(Generic[T]):
    """A settled, successful attempt: Stripe's object, the key it ran under, its order."""

    result: T
    attempt_key: str
    order_id: str | None


class Operation(Protocol[T_co]):
    """The kind-specific part of an attempt. Frozen: a replay sends exactly the same request."""

    @property
    def kind(self) -> AttemptKind: ...

    @property
    def facts(self) -> Facts: ...

    @property
    def register_for_order(self) -> str | None:
        """The register whose next order number the attempt takes, when it has none yet."""
        ...

    def with_order(self, order_id: str) -> Operation[T_co]: ...

    def fingerprint(self, attempt_key: str) -> str: ...

    def send(self, api: StripeApi, attempt_key: str) -> T_co: ...

    def accept(self, found: object) -> T_co:
        """Stripe's object found by a lookup, as this operation's result (TypeError if not)."""
        ...


class _Refused(Exception):
    """Internal: a definite answer that shows the attempt never executed."""

    def __init__(self, error: StripeError) -> None:
        self.error = error


class _NoListing(Exception):
    """Internal: Stripe's list could not be read (a rate limit, an outage). That is no
    answer: it never means "not in the list"."""


def _utc_now() -> datetime:
    return datetime.now(UTC)


class AttemptPipeline:
    """Journal first, send with the key, settle the outcome — for every kind of attempt."""

    def __init__(
        self,
        api: StripeApi,
        journal: AttemptJournal,
        *,
        register_id: str,
        cashier: str,
        policy: SettlePolicy | None = None,
        clock: Callable[[], datetime] = _utc_now,
        monotonic: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], None] = time.sleep,
        random: Callable[[], float] = _random.random,
        new_key: Callable[[], str] = lambda: str(uuid.uuid4()),
        not_executed_after: timedelta = NOT_EXECUTED_AFTER,
    ) -> None:
        self._api = api
        self._journal = journal
        self.register_id = register_id
        self.cashier = cashier
        self.policy = policy or SettlePolicy()
        self._clock = clock
        self._monotonic = monotonic
        self._sleep = sleep
        self._random = random
        self._new_key = new_key
        self._not_executed_after = not_executed_after
        self._lock = threading.Lock()
        # Requests the cashier is waiting for: only these are ever replayed.
        self._in_memory: dict[str, Operation[object]] = {}
        # One check of an attempt at a time (the foreground loop, the background sweep).
        self._checking: dict[str, threading.Lock] = {}
        # Writes an attempt's row while its caller prepares the request (_begin_while).
        self._writer: ThreadPoolExecutor | None = None

    # -- the whole life of an attempt ----------------------------------------------------------

    def submit(
        self,
        operation: Operation[T],
        *,
        on_progress: Callable[[AttemptProgress], None] | None = None,
        cancel: threading.Event | None = None,
        prepare: Callable[[], Callable[[Operation[T]], Operation[T]]] | None = None,
    ) -> Done[T]:
        """Journal, send and settle `operation`; returns Stripe's object on success.

        `prepare`, when given, is a step that moves no money (a walk-in sale's card tokenized)
        run in the caller's thread while the attempt is journaled; it returns what completes
        the journaled operation into the request that is sent (see `_begin_while`).

        Raises CardDeclined (definite; a failed charge may exist), AttemptBlocked (an earlier
        attempt for the same order or subject is open), AttemptUnresolved (still unknown when
        the policy's deadline passed: it stays open and is settled later), AttemptNotMade, or
        another definite StripeError/PosError (nothing executed); or what `prepare` raised
        (nothing sent, nothing left in the journal).
        """
        report = on_progress or (lambda progress: None)
        if prepare is not None and self._api.clock_offset is None:
            # Stripe's clock offset, which the row keeps, is not known yet (nothing has been
            # asked since the start): the prepared request's answer tells it, so prepare
            # first instead of spending a request on learning it.
            operation = prepare()(operation)
            prepare = None
        if prepare is None:
            operation, key, order_id = self._begin(operation)
        else:
            operation, key, order_id = self._begin_while(operation, prepare)
        try:
            with self._lock:
                self._in_memory[key] = operation
            if on_progress is not None:
                on_progress(AttemptProgress(AttemptPhase.SENDING, key, operation.kind, order_id))
            try:
                result = self._send(key, operation, first=True)
            except _Refused as refused:
                self._journal.mark_failed(key, error_code=refused.error.code)
                raise refused.error from None
            if result is not None:
                return Done(result, key, order_id)
            return self._settle_in_foreground(key, operation, report, cancel)
        finally:
            with self._lock:
                self._in_memory.pop(key, None)

    def _begin(self, operation: Operation[T]) -> tuple[Operation[T], str, str | None]:
        """Journal the attempt durably (taking its order number in the same transaction when
        it has none): the operation as it will be sent, its key and its order."""
        offset = self._stripe_offset()
        key = self._new_key()
        operation, order_id, _ = self._write(operation, key, offset)
        return operation, key, order_id

    def _begin_while(
        self, draft: Operation[T], prepare: Callable[[], Callable[[Operation[T]], Operation[T]]]
    ) -> tuple[Operation[T], str, str | None]:
        """Journal `draft` durably on the journal's thread while `prepare` runs here.

        The row's fsync (which releases the interpreter) then overlaps the token's round trip
        instead of following it. The request leaves only after both: the row written with
        everything recovery needs (key, order, amount, Stripe's clock offset; recovery finds
        an attempt by its key in Stripe's list and never replays a journaled request, so it
        needs neither the token nor the fingerprint) and synced, then completed with the exact
        request's fingerprint and its real departure time (Journal.complete_attempt). Until
        the request leaves, this thread holds the attempt (the sweep leaves it alone); if
        anything fails before, nothing was sent and the row is withdrawn once written.
        """
        offset = self._stripe_offset()
        key = self._new_key()
        started = self._monotonic()
        with self._lock:
            self._in_memory[key] = draft  # held here: the background sweep leaves it alone
            try:
                if self._writer is None:
                    self._writer = ThreadPoolExecutor(1, thread_name_prefix="journal")
                writing = self._writer.submit(self._write, draft, key, offset)
            except BaseException:
                self._in_memory.pop(key, None)
                raise
        try:
            complete = prepare()
            journaled, order_id, _ = writing.result()
            operation = complete(journaled)
            if operation.kind is not journaled.kind or operation.facts != journaled.facts:
                raise ValueError("completing an attempt may not change what its row keeps")
            self._journal.complete_attempt(
                key,
                request_fingerprint=operation.fingerprint(key),
                durable=self._monotonic() - started > EARLY_SEND_TIME.total_seconds(),
            )
        except BaseException:
            self._withdraw(key, writing)
            with self._lock:
                self._in_memory.pop(key, None)
            raise
        return operation, key, order_id

    def _withdraw(self, key: str, writing: Future[tuple[Operation[T], str | None, bool]]) -> None:
        """The attempt's request never left: remove its row once written, and give back the
        order number it took. If that fails, the row stays "sending" and is settled like any
        open attempt: no list shows it, so it is marked never executed."""
        try:
            journaled, _, took_number = writing.result()
        except BaseException:
            return  # nothing was written
        try:
            self._journal.withdraw_attempt(
                key, order_of=journaled.register_for_order if took_number else None
            )
        except PosError as exc:
            log.warning("attempt %s was never sent and could not be withdrawn: %s", key, exc)

    def _write(
        self, operation: Operation[T], key: str, offset: timedelta
    ) -> tuple[Operation[T], str | None, bool]:
        """One durable transaction: the attempt's row, and its order number when it has none.
        The operation as journaled, its order, and whether the number was taken here."""
        took_number = False
        with self._journal.transaction() as tx:
            facts = operation.facts
            register = operation.register_for_order
            if facts.order_id is None and register is not None:
                operation = operation.with_order(tx.next_order_id(register))
                facts = operation.facts
                took_number = True
            tx.begin_attempt(
                NewAttempt(
                    attempt_key=key,
                    kind=operation.kind,
                    register_id=self.register_id,
                    cashier=self.cashier,
                    request_fingerprint=operation.fingerprint(key),
                    stripe_offset=offset,
                    order_id=facts.order_id,
                    block_key=facts.block_key,
                    subject_id=facts.subject_id,
                    customer_id=facts.customer_id,
                    lookup_ref=facts.lookup_ref,
                    amount=facts.amount.amount if facts.amount else None,
                    currency=facts.amount.currency if facts.amount else None,
                )
            )
        return operation, facts.order_id, took_number

    def _stripe_offset(self) -> timedelta:
        """Stripe's clock minus ours; learnt with one cheap read if no answer has told yet, so
        that every attempt is journaled with it (lookups and verdicts reckon on Stripe's clock)."""
        offset = self._api.clock_offset
        if offset is None:
            self._api.list_charges(limit=1)
            offset = self._api.clock_offset
        return offset or timedelta(0)

    # -- one try ------------------------------------------------------------------------------

    def _send(self, key: str, operation: Operation[T], *, first: bool) -> T | None:
        """One try of the identical request: the result, None when the outcome is unknown.

        CardDeclined settles as declined and propagates. On the first try a definite refusal
        raises _Refused; on a replay, any answer that is not Stripe's answer for the key (a
        rate limit, a refused connection, an un-replayed 4xx) leaves the attempt unknown.
        """
        try:
            result = operation.send(self._api, key)
        except CardDeclined as exc:
            self._journal.mark_declined(
                key,
                stripe_id=exc.charge_id,
                error_code=exc.code,
                decline_code=exc.decline_code,
                message=exc.message,
            )
            raise
        except OutcomeUnknown as exc:
            self._journal.mark_unknown(key, error_code=exc.code, message=exc.message)
            return None
        except IdempotencyConflict as exc:
            # Stripe holds this key with other parameters: never replay it again; only a
            # lookup can tell what happened.
            log.error("idempotency conflict on attempt %s: %s", key, exc)
            with self._lock:
                self._in_memory.pop(key, None)
            self._journal.mark_unknown(key, error_code=exc.code, message=exc.message)
            return None
        except StripeError as exc:
            if first:
                raise _Refused(exc) from exc
            log.info("check of attempt %s got no answer for its key: %s", key, exc)
            return None
        except Exception as exc:
            # Whatever went wrong here, the request may have left: it stays open.
            log.exception("attempt %s: unexpected failure while sending", key)
            self._journal.mark_unknown(key, message=type(exc).__name__)
            return None
        self._record(key, settlement_of(result))
        return result

    def _record(self, key: str, settlement: Settlement) -> None:
        if settlement.state is AttemptState.SUCCEEDED:
            self._journal.mark_succeeded(
                key,
                stripe_id=settlement.stripe_id or "",
                card_brand=settlement.card_brand,
                card_last4=settlement.card_last4,
            )
            return
        self._journal.mark_declined(
            key,
            stripe_id=settlement.stripe_id,
            error_code=settlement.error_code,
            decline_code=settlement.decline_code,
            message=settlement.message,
            card_brand=settlement.card_brand,
            card_last4=settlement.card_last4,
        )
        # A 200 whose charge failed is still a decline.
        raise CardDeclined(
            settlement.message or "Your card was declined.",
            code=settlement.error_code or "card_declined",
            decline_code=settlement.decline_code,
            charge_id=settlement.stripe_id,
        )

    # -- settling an unknown outcome --------------------------------------------------------

    def _settle_in_foreground(
        self,
        key: str,
        operation: Operation[T],
        report: Callable[[AttemptProgress], None],
        cancel: threading.Event | None,
    ) -> Done[T]:
        """Check on the policy's schedule while the caller waits; AttemptUnresolved after it."""
        started = self._monotonic()
        checks = 0
        while True:
            checks += 1
            wait = self.policy.wait(checks, self._random())
            record = self._require(key)
            if not self.policy.may_wait(self._monotonic() - started, wait) or (
                cancel is not None and cancel.is_set()
            ):
                raise self._unresolved(record)
            report(
                AttemptProgress(
                    AttemptPhase.CHECKING, key, record.kind, record.order_id, checks, wait
                )
            )
            if cancel is not None:
                cancel.wait(wait)
            else:
                self._sleep(wait)
            found = self._check(key, operation)
            if found is not None:
                return Done(found, key, record.order_id)

    def _check(self, key: str, operation: Operation[T]) -> T | None:
        """One check of an attempt the caller still holds: replay, then look it up."""
        with self._checking_lock(key):
            record = self._require(key)
            if not record.is_open:
                return self._known(record, operation)
            if self._stripe_age(record, record.created_at) < REPLAY_WINDOW:
                self._journal.record_send(key)
                result = self._send(key, operation, first=False)
                if result is not None:
                    return result
            try:
                found = self._lookup(record)
            except _NoListing:
                return None
            if found is None:
                return None
            result = operation.accept(found)
            self._record(key, settlement_of(result))
            return result

    def _known(self, record: AttemptRecord, operation: Operation[T]) -> T | None:
        # Settled meanwhile by another check (the background sweep): read its object back,
        # or check again later if the list cannot be read now.
        if record.state is AttemptState.SUCCEEDED:
            try:
                found = self._lookup(record)
            except _NoListing:
                return None
            return operation.accept(found) if found is not None else None
        if record.state is AttemptState.DECLINED:
            raise CardDeclined(
                record.message or "Your card was declined.",
                code=record.error_code,
                decline_code=record.decline_code,
                charge_id=record.stripe_id,
            )
        raise AttemptNotMade(
            "Checked with Stripe: this never went through. Nothing happened.",
            attempt_key=record.attempt_key,
            kind=record.kind,
            order_id=record.order_id,
            subject_id=record.subject_id,
        )

    def settle_open(self) -> list[SettledAttempt]:
        """One check of every open attempt nobody is waiting for (start-up, background sweep).

        Each is looked up by its key; one no list shows long after its last try is marked
        never executed, and its order or subject is free again. The rest stay open.
        """
        with self._lock:
            waiting = set(self._in_memory)
        settled: list[SettledAttempt] = []
        for record in self._journal.open_attempts():
            if record.attempt_key in waiting:
                continue
            try:
                settled.append(self.check_open(record.attempt_key))
            except PosError as exc:
                log.warning("attempt %s could not be checked: %s", record.attempt_key, exc)
                settled.append(_settled(record, AttemptOutcome.UNKNOWN))
        return settled

    def check_open(self, key: str) -> SettledAttempt:
        """Settle one open attempt by looking it up (never a replay: nobody holds its request)."""
        with self._checking_lock(key):
            record = self._require(key)
            if not record.is_open:
                return _settled(record, _OUTCOME_OF[record.state])
            try:
                found = self._lookup(record)
            except _NoListing:
                # No answer from the list is not absence from it: never a verdict on that.
                return _settled(record, AttemptOutcome.UNKNOWN)
            if found is not None:
                return self._settle_found(record, found)
            if self._verdict_due(record):
                self._journal.mark_failed(key, error_code="not_executed")
                log.info("attempt %s never reached Stripe", key)
                return _settled(record, AttemptOutcome.NOT_MADE)
            return _settled(record, AttemptOutcome.UNKNOWN)

    def _settle_found(self, record: AttemptRecord, found: object) -> SettledAttempt:
        settlement = settlement_of(found)
        try:
            self._record(record.attempt_key, settlement)
        except CardDeclined:
            return _settled(record, AttemptOutcome.DECLINED, found, settlement)
        return _settled(record, AttemptOutcome.SUCCEEDED, found, settlement)

    def _lookup(self, record: AttemptRecord) -> object | None:
        """The attempt's result in Stripe's list, None when Stripe's list does not show it;
        _NoListing when the list could not be read."""
        skew = timedelta(0) if record.stripe_offset is not None else UNKNOWN_SKEW
        since = record.on_stripe_clock(record.created_at) - LOOKUP_SLACK - skew
        try:
            return find_result(self._api, record, since)
        except StripeError as exc:
            log.info("lookup of attempt %s failed: %s", record.attempt_key, exc)
            raise _NoListing from exc

    def _verdict_due(self, record: AttemptRecord) -> bool:
        """True once Stripe's clock says the last try left long enough ago."""
        if self._api.clock_offset is None:
            return False
        wait = self._not_executed_after
        if record.stripe_offset is None:
            wait += UNKNOWN_SKEW
        return self._stripe_age(record, record.last_sent_at) >= wait

    def _stripe_age(self, record: AttemptRecord, moment: datetime) -> timedelta:
        """How long ago `moment` (a till-clock time of `record`) was, on Stripe's clock."""
        now = self._clock() + (self._api.clock_offset or timedelta(0))
        return now - record.on_stripe_clock(moment)

    # -- helpers -------------------------------------------------------------------------------

    def _checking_lock(self, key: str) -> threading.Lock:
        with self._lock:
            return self._checking.setdefault(key, threading.Lock())

    def _require(self, key: str) -> AttemptRecord:
        record = self._journal.get(key)
        if record is None:
            raise KeyError(f"no attempt {key} in the journal")
        return record

    def _unresolved(self, record: AttemptRecord) -> AttemptUnresolved:
        return AttemptUnresolved(
            "Stripe has not answered for this yet. It stays open and the till keeps checking; "
            "do not try it again.",
            attempt_key=record.attempt_key,
            kind=record.kind,
            order_id=record.order_id,
            subject_id=record.subject_id,
        )


_OUTCOME_OF = {
    AttemptState.SUCCEEDED: AttemptOutcome.SUCCEEDED,
    AttemptState.DECLINED: AttemptOutcome.DECLINED,
    AttemptState.FAILED: AttemptOutcome.NOT_MADE,
    AttemptState.SENDING: AttemptOutcome.UNKNOWN,
    AttemptState.UNKNOWN: AttemptOutcome.UNKNOWN,
}


def settlement_of(found: object) -> Settlement:
    """How Stripe's object settles its attempt, whatever the kind: a charge by its status,
    anything else (refund, customer, card, deletion) by being there."""
    if isinstance(found, Charge):
        card = found.card
        brand = card.brand.value if card else None
        last4 = card.last4 if card else None
        if found.succeeded:
            return Settlement(AttemptState.SUCCEEDED, found.id, brand, last4)
        return Settlement(
            AttemptState.DECLINED,
            found.id,
            brand,
            last4,
            error_code=found.failure_code or "card_declined",
            message=found.failure_message,
        )
    stripe_id = getattr(found, "id", None)
    return Settlement(
        AttemptState.SUCCEEDED, stripe_id if isinstance(stripe_id, str) else str(found)
    )


def _settled(
    record: AttemptRecord,
    outcome: AttemptOutcome,
    found: object | None = None,
    settlement: Settlement | None = None,
) -> SettledAttempt:
    card = None
    if isinstance(found, Charge) and found.card is not None:
        card = found.card.masked
    elif record.card_brand and record.card_last4:
        card = f"{record.card_brand.upper()} •••• {record.card_last4}"
    return SettledAttempt(
        attempt_key=record.attempt_key,
        kind=record.kind,
        outcome=outcome,
        order_id=record.order_id,
        subject_id=record.subject_id,
        amount=record.money,
        created_at=record.created_at,
        stripe_id=settlement.stripe_id if settlement else record.stripe_id,
        card=card,
        result=found,
    )
