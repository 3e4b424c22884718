"""The local attempt journal: every Stripe write recorded before it leaves, order numbers, audit."""

from __future__ import annotations

import functools
import json
import os
import re
import sqlite3
import threading
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any, NoReturn

from pos_app.domain.attempts import (
    OPEN_STATES,
    AttemptKind,
    AttemptRecord,
    AttemptState,
    NewAttempt,
)
from pos_app.domain.errors import AttemptBlocked, StorageError, ValidationError
from pos_app.domain.i18n import QT_TRANSLATE_NOOP, translate
from pos_app.domain.keys import redact_keys
from pos_app.storage.attempt_rows import COLUMNS as _COLUMNS
from pos_app.storage.attempt_rows import SELECT as _SELECT
from pos_app.storage.attempt_rows import AttemptReads
from pos_app.storage.attempt_rows import journal_time as _ts
from pos_app.storage.attempt_rows import to_record as _record
from pos_app.storage.attempts import AuditEntry
from pos_app.storage.journal_recovery import (
    JournalRecovery,
    create_private,
    finish_interrupted,
    is_damage,
    recover,
)
from pos_app.storage.journal_schema import migrate
from pos_app.storage.quarantine import SQLITE_COMPANIONS, Quarantined
from pos_app.storage.settings import validate_register_id

__all__ = ["PAUSED_MESSAGE", "Journal", "JournalRecovery", "JournalTx"]

#: Why no attempt may begin after a damaged journal was replaced without all its attempts.
#: In English here; raised as `translate("StorageErrors", PAUSED_MESSAGE)`.
PAUSED_MESSAGE = QT_TRANSLATE_NOOP(
    "StorageErrors",
    "Payments are paused: the till's journal was damaged and moved to {moved_to}, and it may "
    "have held payments still being checked. A manager must check this register's recent "
    "payments in the Stripe Dashboard and then resume payments when the till starts.",
)


_FINGERPRINT_RE = re.compile(r"^[0-9a-f]{64}$")
_LAST4_RE = re.compile(r"^[0-9]{4}$")
_MAX_MESSAGE = 500
# Settled states may be recorded again (a reconcile repeating what is known), and a "failed"
# that was only inferred (never reached Stripe) yields to evidence that Stripe did execute it.
_SETTLED_MAY_BECOME = {
    AttemptState.SUCCEEDED: {AttemptState.SUCCEEDED},
    AttemptState.DECLINED: {AttemptState.DECLINED},
    AttemptState.FAILED: {AttemptState.FAILED, AttemptState.SUCCEEDED, AttemptState.DECLINED},
}


def _state_is_one_of(states: Iterable[AttemptState]) -> str:
    # Comparisons, not `state IN (…)`: SQLite builds a temporary table for an IN list of
    # three or more constants each time the statement runs (see journal_schema.py, 5).
    return "(" + " OR ".join(f"state = '{state.value}'" for state in sorted(states)) + ")"


# Two values: an IN list SQLite turns into comparisons, and that its indexes can use.
_OPEN_SQL = "('" + "', '".join(sorted(s.value for s in OPEN_STATES)) + "')"
# What an attempt may be when it is marked `state`: open, or settled as something that
# yields to `state`.
_MAY_BECOME_SQL = {
    state: _state_is_one_of(
        {*OPEN_STATES, *(s for s, later in _SETTLED_MAY_BECOME.items() if state in later)}
    )
    for state in AttemptState
}
_PAUSED_SQL = "complete = 0 AND acknowledged_at IS NULL"
# Whether a new attempt may begin: whether payments are paused, and whether an open attempt
# holds its block key (a NULL block key holds nothing); NULL and NULL when it may.
_MAY_BEGIN = (
    f"SELECT (SELECT 1 FROM recoveries WHERE {_PAUSED_SQL} LIMIT 1), "
    f"(SELECT 1 FROM attempts WHERE block_key = ? AND state IN {_OPEN_SQL} LIMIT 1)"
)
# A plain INSERT: an INSERT … SELECT guarded by the check above would read the table it
# writes, which SQLite answers by copying the row through a temporary table first.
_INSERT = f"INSERT INTO attempts ({', '.join(_COLUMNS)}) VALUES ({', '.join('?' * len(_COLUMNS))})"


def _utc_now() -> datetime:
    return datetime.now(UTC)


def _clean_message(message: str | None) -> str | None:
    if message is None:
        return None
    return redact_keys(message)[:_MAX_MESSAGE]


def _new_row(new: NewAttempt, now: str) -> tuple[Any, ...]:
    """A new attempt's row in _COLUMNS order: sending, nothing known of its outcome yet."""
    return (
        new.attempt_key,
        new.kind.value,
        new.order_id,
        new.block_key,
        new.subject_id,
        new.customer_id,
        new.lookup_ref,
        new.register_id,
        new.cashier,
        new.amount,
        new.currency,
        new.request_fingerprint,
        AttemptState.SENDING.value,
        None,  # stripe_id
        None,  # card_brand
        None,  # card_last4
        None,  # error_code
        None,  # decline_code
        None,  # message
        now,  # created_at
        now,  # updated_at
        now,  # last_sent_at
        round(new.stripe_offset / timedelta(milliseconds=1)),
    )


@functools.cache
def _finish_sql(state: AttemptState, details: tuple[str, ...]) -> str:
    """The one statement that settles (or reopens) an attempt as `state`."""
    # Only given details overwrite: a later "unknown" keeps what was already known.
    sets = ", ".join(f"{name} = COALESCE(?, {name})" for name in details)
    if state is AttemptState.SUCCEEDED:
        # A success overrides an earlier inferred failure's error details.
        sets += ", error_code = NULL, decline_code = NULL, message = NULL"
    # Its own transaction: the row changes only from a state that may become `state` (an
    # open one, or a settled one that yields to it); no row changed says why below.
    return (
        f"UPDATE attempts SET state = ?, updated_at = ?, {sets} "
        f"WHERE attempt_key = ? AND {_MAY_BECOME_SQL[state]}"
    )


def _write_failed(exc: sqlite3.Error) -> StorageError:
    return StorageError(
        translate("StorageErrors", "The journal could not be updated: {reason}").format(reason=exc)
    )


def _make_private(path: Path) -> None:
    """The journal and SQLite's files beside it: readable by the till's user only (POSIX)."""
    if os.name != "posix":
        return
    for suffix in ("", *SQLITE_COMPANIONS):
        companion = Path(str(path) + suffix)
        try:
            if companion.exists() and companion.stat().st_mode & 0o077:
                companion.chmod(0o600)
        except OSError:
            pass  # not ours to change (another owner): SQLite still works


def _check_new(new: NewAttempt) -> None:
    if not new.attempt_key or len(new.attempt_key) > 255:  # docs/stripe.md §9.3
        raise ValidationError("attempt_key", "must be 1 to 255 characters")
    if not _FINGERPRINT_RE.match(new.request_fingerprint):
        # A hash only: the parameters themselves never reach the disk.
        raise ValidationError("request_fingerprint", "must be a sha256 hex digest")
    if new.amount is not None and (isinstance(new.amount, bool) or not isinstance(new.amount, int)):
        raise ValidationError("amount", "must be an int of minor units")


class JournalTx:
    """One open write transaction: allocate an order number and begin an attempt atomically."""

    def __init__(self, conn: sqlite3.Connection, now: datetime) -> None:
        self._conn = conn
        self._now = _ts(now)

    @property
    def now(self) -> str:
        """The transaction's time as the journal writes it."""
        return self._now

    def next_order_id(self, register_id: str) -> str:
        """The register's next order number, "R1-000042": persisted, never reused."""
        validate_register_id(register_id)
        # Counted, then read in the same transaction: RETURNING would hand the number back
        # through a temporary table that SQLite builds for every execution.
        self._conn.execute(
            "INSERT INTO order_counter (register_id, last_number) VALUES (?, 1) "
            "ON CONFLICT (register_id) DO UPDATE SET last_number = last_number + 1",
            (register_id,),
        )
        (number,) = self._conn.execute(
            "SELECT last_number FROM order_counter WHERE register_id = ?", (register_id,)
        ).fetchone()
        return f"{register_id}-{int(number):06d}"

    def begin_attempt(self, new: NewAttempt) -> None:
        """Record a "sending" attempt; AttemptBlocked while one with its block key is open,
        StorageError while payments are paused after a damaged journal was replaced."""
        _check_new(new)
        # One read on the way to the wire; why an attempt may not begin is read only then.
        if self._conn.execute(_MAY_BEGIN, (new.block_key,)).fetchone() != (None, None):
            self._refuse(new)
        try:
            self._conn.execute(_INSERT, _new_row(new, self._now))
        except sqlite3.IntegrityError:
            raise StorageError(
                translate(
                    "StorageErrors",
                    "This attempt key is already in the journal; a new attempt needs a new key.",
                )
            ) from None

    def _refuse(self, new: NewAttempt) -> NoReturn:
        """Why `new` may not begin: payments are paused, or an open attempt holds its key."""
        paused = self._conn.execute(
            f"SELECT moved_to FROM recoveries WHERE {_PAUSED_SQL} ORDER BY id LIMIT 1"
        ).fetchone()
        if paused is not None:
            raise StorageError(
                translate("StorageErrors", PAUSED_MESSAGE).format(moved_to=paused[0])
            )
        row = self._conn.execute(
            f"SELECT attempt_key, order_id, subject_id FROM attempts WHERE block_key = ? "
            f"AND state IN {_OPEN_SQL} ORDER BY created_at LIMIT 1",
            (new.block_key,),
        ).fetchone()
        assert row is not None, "_MAY_BEGIN found an open attempt for this block key"
        raise AttemptBlocked(
            "An earlier attempt for this is still being checked with Stripe; "
            "wait for its outcome before trying again.",
            attempt_key=row[0],
            kind=new.kind,
            order_id=row[1],
            subject_id=row[2],
        )


class Journal(AttemptReads):
    """The SQLite journal; one connection behind a lock, safe from any worker thread.

    Durability where it protects the customer: an attempt is on disk (`synchronous=FULL`)
    before its request leaves, and so is every later try of it. An outcome is committed
    without its own fsync (`durable=False`): after a power cut the attempt merely reads
    "sending" again and start-up settles it with Stripe, which still knows the answer. So is,
    usually, the completion of a walk-in sale journaled while its card was tokenized
    (`complete_attempt`): recovery looks an attempt up by its key and never replays it, so it
    needs neither the token nor the fingerprint (docs/reliability.md, "What the journal syncs,
    and when").
    """

    def __init__(self, path: Path, *, clock: Callable[[], datetime] = _utc_now) -> None:
        self._path = Path(path)
        self._clock = clock
        self._lock = threading.RLock()
        #: Walk-in completions not written yet, by attempt key: (fingerprint, sent at). See
        #: complete_attempt; only ever touched under the lock.
        self._deferred: dict[str, tuple[str, str]] = {}
        #: Set when this open found the journal damaged and replaced it (journal_recovery.py).
        self.replaced: Quarantined | None = None
        try:
            self._path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StorageError(
                translate("StorageErrors", "Cannot open the journal {path}: {reason}").format(
                    path=self._path, reason=exc
                )
            ) from exc
        finish_interrupted(self._path)
        damage = self._open()
        if damage is not None:
            # Never start over empty while the old file may hold open attempts: what it
            # still gives up is carried over, and if that is not everything, payments pause.
            self.replaced = recover(self._path, reason=damage, clock=clock)
            damage = self._open()
            if damage is not None:
                raise StorageError(
                    translate(
                        "StorageErrors",
                        "The journal {path} could not be replaced ({reason}). "
                        "Check the disk, then start the till again.",
                    ).format(path=self._path, reason=damage)
                )

    def _open(self) -> str | None:
        """Connect, check and migrate; the damage found (the file is left), or None."""
        path = self._path
        if path.exists() and not path.is_file():
            return "unreadable: not a file"
        if path.exists() and not os.access(path, os.R_OK | os.W_OK):
            return "unreadable: permission denied"
        try:
            if not path.exists():
                create_private(path)
            # Autocommit mode: transactions are opened explicitly with BEGIN IMMEDIATE.
            self._conn = sqlite3.connect(
                path, timeout=10.0, isolation_level=None, check_same_thread=False
            )
        except (OSError, sqlite3.Error) as exc:
            raise StorageError(
                translate("StorageErrors", "Cannot open the journal {path}: {reason}").format(
                    path=path, reason=exc
                )
            ) from exc
        self._synchronous = ""
        try:
            self._conn.execute("PRAGMA journal_mode = WAL")
            self._set_synchronous("FULL")
            problems = [row[0] for row in self._conn.execute("PRAGMA quick_check")]
            if problems != ["ok"]:
                self._conn.close()
                return f"damaged: {'; '.join(str(p) for p in problems[:3])}"
            migrate(self._conn)
        except sqlite3.DatabaseError as exc:
            self._conn.close()
            if is_damage(exc):
                return f"damaged: {exc}"
            raise StorageError(
                translate(
                    "StorageErrors",
                    "The journal {path} cannot be used ({reason}). It was left as it is; "
                    "close any other program using it, then start the till again.",
                ).format(path=path, reason=exc)
            ) from exc
        except BaseException:
            self._conn.close()
            raise
        _make_private(path)
        return None

    @property
    def path(self) -> Path:
        return self._path

    def close(self) -> None:
        with self._locked():  # a completion still held is written first
            self._conn.close()

    def __enter__(self) -> Journal:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def _set_synchronous(self, level: str) -> None:
        # Per connection and changeable between transactions; a FULL commit also makes every
        # earlier NORMAL commit in the WAL durable.
        if self._synchronous != level:
            self._conn.execute(f"PRAGMA synchronous = {level}")
            self._synchronous = level

    @contextmanager
    def _locked(self, keep: str | None = None) -> Iterator[sqlite3.Connection]:
        """The connection, alone, with every deferred completion written first (but `keep`'s,
        which the caller writes together with its own change of that attempt)."""
        with self._lock:
            if self._deferred:
                self._write_deferred(keep)
            yield self._conn

    def _write_deferred(self, keep: str | None) -> None:
        for key in [key for key in self._deferred if key != keep]:
            fingerprint, sent_at = self._deferred.pop(key)
            try:
                self._set_synchronous("NORMAL")
                # Only while it is still "sending": anything later already says more.
                self._conn.execute(
                    "UPDATE attempts SET request_fingerprint = ?, last_sent_at = ?, "
                    "updated_at = ? WHERE attempt_key = ? AND state = ?",
                    (fingerprint, sent_at, sent_at, key, AttemptState.SENDING.value),
                )
            except sqlite3.Error as exc:
                raise _write_failed(exc) from exc

    @contextmanager
    def _tx(self, *, durable: bool = True, keep: str | None = None) -> Iterator[sqlite3.Connection]:
        with self._locked(keep):
            try:
                self._set_synchronous("FULL" if durable else "NORMAL")
                self._conn.execute("BEGIN IMMEDIATE")
                try:
                    yield self._conn
                except BaseException:
                    self._conn.execute("ROLLBACK")
                    raise
                self._conn.execute("COMMIT")
            except sqlite3.Error as exc:
                raise _write_failed(exc) from exc

    @contextmanager
    def transaction(self) -> Iterator[JournalTx]:
        """A durable write transaction (committed with a full fsync when the block ends)."""
        with self._tx(durable=True) as conn:
            yield JournalTx(conn, self._clock())

    def _query(self, sql: str, args: Iterable[object] = ()) -> list[AttemptRecord]:
        with self._locked():
            try:
                rows = self._conn.execute(sql, tuple(args)).fetchall()
            except sqlite3.Error as exc:
                raise StorageError(
                    translate("StorageErrors", "The journal could not be read: {reason}").format(
                        reason=exc
                    )
                ) from exc
        return [_record(row) for row in rows]

    # -- attempts ----------------------------------------------------------------------------

    def begin_attempt(self, new: NewAttempt) -> AttemptRecord:
        """Record and durably commit a "sending" attempt; call before the request leaves."""
        with self.transaction() as tx:
            tx.begin_attempt(new)
        # The row just written, without reading it back.
        return _record(_new_row(new, tx.now))

    def complete_attempt(
        self, attempt_key: str, *, request_fingerprint: str, durable: bool
    ) -> None:
        """A "sending" attempt journaled before its request was whole (a walk-in sale is
        journaled while its card is tokenized) gets the exact request's fingerprint and the
        time it now leaves. Call before it leaves.

        `durable=True` writes it at once, with an fsync; StorageError when no such attempt
        is open. `durable=False` writes nothing yet: the completion is kept here and goes into
        the attempt's next write (its outcome, in the same statement), or is written before
        anything else reads or writes the journal, or at close. Losing it (a power cut, or the
        till stopping while the request is out) leaves the row as first written, which
        recovery settles as well: by a lookup of its key, never by a replay, and the earlier
        send time is covered by the never-executed window. The pipeline asks for durability
        when the wait since the row was written grew too long for that.
        """
        if not _FINGERPRINT_RE.match(request_fingerprint):
            raise ValidationError("request_fingerprint", "must be a sha256 hex digest")
        now = _ts(self._clock())
        if not durable:
            with self._lock:
                self._deferred[attempt_key] = (request_fingerprint, now)
            return
        with self._locked(keep=attempt_key):
            self._deferred.pop(attempt_key, None)
            try:
                self._set_synchronous("FULL")
                # One statement, its own transaction (autocommit).
                changed = self._conn.execute(
                    "UPDATE attempts SET request_fingerprint = ?, last_sent_at = ?, "
                    "updated_at = ? WHERE attempt_key = ? AND state = ?",
                    (request_fingerprint, now, now, attempt_key, AttemptState.SENDING.value),
                ).rowcount
            except sqlite3.Error as exc:
                raise _write_failed(exc) from exc
        if changed != 1:
            raise StorageError(
                translate("StorageErrors", "No open attempt with this key is in the journal.")
            )

    def withdraw_attempt(self, attempt_key: str, *, order_of: str | None = None) -> bool:
        """Remove a "sending" attempt whose request never left, as if it had never begun: a
        walk-in sale whose card could not be read. Only the pipeline that holds the attempt
        may say it never left. `order_of` is the register whose next order number the attempt
        took: the number is given back while no later one was taken. Durable. False when no
        such attempt was there."""
        with self._tx(keep=attempt_key) as conn:
            self._deferred.pop(attempt_key, None)  # the row goes, and its completion with it
            row = conn.execute(
                "SELECT order_id FROM attempts WHERE attempt_key = ? AND state = ?",
                (attempt_key, AttemptState.SENDING.value),
            ).fetchone()
            if row is None:
                return False
            conn.execute("DELETE FROM attempts WHERE attempt_key = ?", (attempt_key,))
            if order_of is not None and row[0] is not None:
                conn.execute(
                    "UPDATE order_counter SET last_number = last_number - 1 "
                    "WHERE register_id = ? AND printf('%s-%06d', register_id, last_number) = ?",
                    (order_of, row[0]),
                )
        return True

    def record_send(self, attempt_key: str) -> None:
        """Another try of an open attempt is about to leave: durably note when (a lookup's
        "never executed" verdict counts from the last try, not the first)."""
        with self._tx(durable=True, keep=attempt_key) as conn:
            deferred = self._deferred.pop(attempt_key, None)
            if deferred is not None:  # its first try's fingerprint; the time is this one's
                conn.execute(
                    "UPDATE attempts SET request_fingerprint = ? WHERE attempt_key = ?",
                    (deferred[0], attempt_key),
                )
            cursor = conn.execute(
                f"UPDATE attempts SET last_sent_at = ?, updated_at = ? WHERE attempt_key = ? "
                f"AND state IN {_OPEN_SQL}",
                (_ts(self._clock()), _ts(self._clock()), attempt_key),
            )
            if cursor.rowcount != 1:
                raise StorageError(
                    translate("StorageErrors", "No open attempt with this key is in the journal.")
                )

    def mark_succeeded(
        self,
        attempt_key: str,
        *,
        stripe_id: str,
        card_brand: str | None = None,
        card_last4: str | None = None,
    ) -> None:
        self._finish(
            attempt_key,
            AttemptState.SUCCEEDED,
            stripe_id=stripe_id,
            card_brand=card_brand,
            card_last4=card_last4,
        )

    def mark_declined(
        self,
        attempt_key: str,
        *,
        stripe_id: str | None = None,
        error_code: str | None = None,
        decline_code: str | None = None,
        message: str | None = None,
        card_brand: str | None = None,
        card_last4: str | None = None,
    ) -> None:
        """A definite decline (HTTP 402); stripe_id is the failed charge Stripe leaves."""
        self._finish(
            attempt_key,
            AttemptState.DECLINED,
            stripe_id=stripe_id,
            error_code=error_code,
            decline_code=decline_code,
            message=message,
            card_brand=card_brand,
            card_last4=card_last4,
        )

    def mark_failed(
        self,
        attempt_key: str,
        *,
        error_code: str | None = None,
        message: str | None = None,
    ) -> None:
        """A definite failure: nothing was executed (refused, or checked as never executed)."""
        self._finish(attempt_key, AttemptState.FAILED, error_code=error_code, message=message)

    def mark_unknown(
        self,
        attempt_key: str,
        *,
        error_code: str | None = None,
        message: str | None = None,
    ) -> None:
        """Stripe may have executed it (docs/stripe.md §8 step 4): it stays open."""
        self._finish(attempt_key, AttemptState.UNKNOWN, error_code=error_code, message=message)

    def _finish(self, attempt_key: str, state: AttemptState, **details: str | None) -> None:
        last4 = details.get("card_last4")
        if last4 is not None and not _LAST4_RE.match(last4):
            # Never refuse to record a settled charge; just keep nothing card-number-like.
            details["card_last4"] = None
        details["message"] = _clean_message(details.get("message"))
        now = _ts(self._clock())
        # An open state is a promise to check: durable. An outcome can always be rebuilt
        # from Stripe by the start-up settlement, so it skips the fsync (see the class).
        with self._locked(keep=attempt_key):
            deferred = self._deferred.pop(attempt_key, None)
            if deferred is not None:  # the walk-in sale's completion, in the same statement
                details["request_fingerprint"], details["last_sent_at"] = deferred
            sql = _finish_sql(state, tuple(details))
            try:
                self._set_synchronous("FULL" if state.is_open else "NORMAL")
                changed = self._conn.execute(
                    sql, (state.value, now, *details.values(), attempt_key)
                ).rowcount
                if changed == 1:
                    return
                row = self._conn.execute(
                    "SELECT state FROM attempts WHERE attempt_key = ?", (attempt_key,)
                ).fetchone()
            except sqlite3.Error as exc:
                raise _write_failed(exc) from exc
        if row is None:
            raise StorageError(
                translate("StorageErrors", "No attempt with this key is in the journal.")
            )
        raise StorageError(
            translate(
                "StorageErrors",
                "The attempt is already settled as {current}; it cannot become {state}.",
            ).format(current=row[0], state=state.value)
        )

    def open_attempts(self, kind: AttemptKind | None = None) -> list[AttemptRecord]:
        """Attempts still sending or unknown (all, or of one kind), oldest first."""
        if kind is None:
            return self._query(f"{_SELECT} WHERE state IN {_OPEN_SQL} ORDER BY created_at")
        return self._query(
            f"{_SELECT} WHERE state IN {_OPEN_SQL} AND kind = ? ORDER BY created_at",
            (kind.value,),
        )

    def open_for(self, block_key: str) -> list[AttemptRecord]:
        """Open attempts that block `block_key` (an order, a charge's refunds, ...)."""
        return self._query(
            f"{_SELECT} WHERE state IN {_OPEN_SQL} AND block_key = ? ORDER BY created_at",
            (block_key,),
        )

    # -- recoveries from a damaged journal -------------------------------------------------

    def recoveries(self) -> list[JournalRecovery]:
        """Damaged journals this one replaced, oldest first."""
        with self._locked():
            try:
                rows = self._conn.execute(
                    "SELECT id, at, moved_to, reason, attempts_carried, open_carried, complete, "
                    "acknowledged_by, acknowledged_at FROM recoveries ORDER BY id"
                ).fetchall()
            except sqlite3.Error as exc:
                raise StorageError(
                    translate("StorageErrors", "The journal could not be read: {reason}").format(
                        reason=exc
                    )
                ) from exc
        return [
            JournalRecovery(
                id=r[0],
                at=datetime.fromisoformat(r[1]),
                moved_to=r[2],
                reason=r[3],
                attempts_carried=r[4],
                open_carried=r[5],
                complete=bool(r[6]),
                acknowledged_by=r[7],
                acknowledged_at=datetime.fromisoformat(r[8]) if r[8] else None,
            )
            for r in rows
        ]

    @property
    def payments_paused(self) -> bool:
        """True while a recovery that could not carry every attempt over is unacknowledged."""
        return any(r.pauses_payments for r in self.recoveries())

    def acknowledge_recoveries(self, actor: str) -> int:
        """A manager has checked Stripe for what the damaged journal held: payments resume.
        Returns how many recoveries were acknowledged (each one is audited)."""
        now = self._clock()
        with self._tx() as conn:
            rows = conn.execute(
                "SELECT id, moved_to FROM recoveries WHERE acknowledged_at IS NULL"
            ).fetchall()
            for recovery_id, moved_to in rows:
                conn.execute(
                    "UPDATE recoveries SET acknowledged_by = ?, acknowledged_at = ? WHERE id = ?",
                    (actor, _ts(now), recovery_id),
                )
                conn.execute(
                    "INSERT INTO audit (ts, actor, action, subject, details) "
                    "VALUES (?, ?, ?, ?, ?)",
                    (_ts(now), actor, "journal_recovery_acknowledged", moved_to, "{}"),
                )
        return len(rows)

    # -- order numbers -----------------------------------------------------------------------

    def next_order_id(self, register_id: str) -> str:
        """The register's next order number, "R1-000042": persisted, never reused."""
        with self.transaction() as tx:
            return tx.next_order_id(register_id)

    # -- audit trail -------------------------------------------------------------------------

    def record_audit(
        self,
        actor: str,
        action: str,
        subject: str,
        details: Mapping[str, Any] | None = None,
    ) -> AuditEntry:
        """Append one entry (refund approved, settings changed, live mode confirmed, ...)."""
        # Key-shaped text is redacted even here: details often quote error messages.
        text = redact_keys(json.dumps(dict(details or {}), sort_keys=True, default=str))
        now = self._clock()
        with self._tx() as conn:
            cursor = conn.execute(
                "INSERT INTO audit (ts, actor, action, subject, details) VALUES (?, ?, ?, ?, ?)",
                (_ts(now), actor, action, subject, text),
            )
            entry_id = int(cursor.lastrowid or 0)
        return AuditEntry(entry_id, now.astimezone(UTC), actor, action, subject, json.loads(text))

    def audit_entries(self, since: datetime | None = None) -> list[AuditEntry]:
        """Entries in the order they were written, optionally from `since` on."""
        sql = "SELECT id, ts, actor, action, subject, details FROM audit"
        args: tuple[str, ...] = ()
        if since is not None:
            sql += " WHERE ts >= ?"
            args = (_ts(since),)
        with self._locked():
            try:
                rows = self._conn.execute(sql + " ORDER BY id", args).fetchall()
            except sqlite3.Error as exc:
                raise StorageError(
                    translate("StorageErrors", "The journal could not be read: {reason}").format(
                        reason=exc
                    )
                ) from exc
        return [
            AuditEntry(r[0], datetime.fromisoformat(r[1]), r[2], r[3], r[4], json.loads(r[5]))
            for r in rows
        ]
