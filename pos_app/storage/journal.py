"""The local attempt journal: every Stripe write recorded before it leaves, order numbers, audit."""

from __future__ import annotations

import json
import os
import re
import sqlite3
import threading
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from pos_app.domain.errors import StorageError, ValidationError
from pos_app.domain.keys import redact_keys
from pos_app.storage.attempts import (
    OPEN_STATES,
    Attempt,
    AttemptBlocked,
    AttemptKind,
    AttemptState,
    AuditEntry,
    request_fingerprint,
)
from pos_app.storage.journal_schema import migrate
from pos_app.storage.settings import validate_register_id

# The values are re-exported here too: callers think of them as "the journal's".
__all__ = [
    "OPEN_STATES",
    "Attempt",
    "AttemptBlocked",
    "AttemptKind",
    "AttemptState",
    "AuditEntry",
    "Journal",
    "request_fingerprint",
]


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


def _utc_now() -> datetime:
    return datetime.now(UTC)


def _ts(moment: datetime) -> str:
    # One fixed format so that text order is time order in SQL comparisons.
    if moment.tzinfo is None:
        raise ValueError("journal times must be timezone-aware")
    return moment.astimezone(UTC).isoformat(timespec="microseconds")


def _clean_message(message: str | None) -> str | None:
    if message is None:
        return None
    return redact_keys(message)[:_MAX_MESSAGE]


_ATTEMPT_COLUMNS = ", ".join(Attempt.__dataclass_fields__)


class Journal:
    """The SQLite journal; one connection behind a lock, safe from any worker thread."""

    def __init__(self, path: Path, *, clock: Callable[[], datetime] = _utc_now) -> None:
        self._path = Path(path)
        self._clock = clock
        self._lock = threading.RLock()
        try:
            self._path.parent.mkdir(parents=True, exist_ok=True)
            is_new = not self._path.exists()
            # Autocommit mode: transactions are opened explicitly with BEGIN IMMEDIATE.
            self._conn = sqlite3.connect(
                self._path, timeout=10.0, isolation_level=None, check_same_thread=False
            )
        except (OSError, sqlite3.Error) as exc:
            raise StorageError(f"Cannot open the journal {self._path}: {exc}") from exc
        try:
            self._conn.execute("PRAGMA journal_mode = WAL")
            # FULL: a committed "sending" row must survive a crash or power cut.
            self._conn.execute("PRAGMA synchronous = FULL")
            migrate(self._conn)
            if is_new and os.name == "posix":
                os.chmod(self._path, 0o600)
        except sqlite3.DatabaseError as exc:
            self._conn.close()
            raise StorageError(
                f"The journal {self._path} cannot be read ({exc}). It was left as it is; "
                "restore a backup or contact support before taking more payments."
            ) from exc
        except BaseException:
            self._conn.close()
            raise

    @property
    def path(self) -> Path:
        return self._path

    def close(self) -> None:
        with self._lock:
            self._conn.close()

    def __enter__(self) -> Journal:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    @contextmanager
    def _tx(self) -> Iterator[sqlite3.Connection]:
        with self._lock:
            try:
                self._conn.execute("BEGIN IMMEDIATE")
                try:
                    yield self._conn
                except BaseException:
                    self._conn.execute("ROLLBACK")
                    raise
                self._conn.execute("COMMIT")
            except sqlite3.Error as exc:
                raise StorageError(f"The journal could not be updated: {exc}") from exc

    def _query(self, sql: str, args: Iterable[object] = ()) -> list[Attempt]:
        with self._lock:
            try:
                rows = self._conn.execute(sql, tuple(args)).fetchall()
            except sqlite3.Error as exc:
                raise StorageError(f"The journal could not be read: {exc}") from exc
        return [self._attempt(row) for row in rows]

    @staticmethod
    def _attempt(row: tuple[Any, ...]) -> Attempt:
        values = dict(zip(Attempt.__dataclass_fields__, row, strict=True))
        values["kind"] = AttemptKind(values["kind"])
        values["state"] = AttemptState(values["state"])
        values["created_at"] = datetime.fromisoformat(values["created_at"])
        values["updated_at"] = datetime.fromisoformat(values["updated_at"])
        return Attempt(**values)

    # -- attempts ----------------------------------------------------------------------------

    def begin_attempt(
        self,
        *,
        attempt_key: str,
        kind: AttemptKind | str,
        register_id: str,
        cashier: str,
        request_fingerprint: str,
        order_id: str | None = None,
        amount: int | None = None,
        currency: str | None = None,
        customer_id: str | None = None,
    ) -> Attempt:
        """Record and commit a "sending" attempt; call before the request leaves.

        Raises AttemptBlocked when an open attempt of the same kind exists for the order.
        """
        kind = AttemptKind(kind)
        if not attempt_key or len(attempt_key) > 255:  # docs/stripe.md §9.3: <= 255 chars
            raise ValidationError("attempt_key", "must be 1 to 255 characters")
        if not _FINGERPRINT_RE.match(request_fingerprint):
            # A hash only: the parameters themselves never reach the disk.
            raise ValidationError("request_fingerprint", "must be a sha256 hex digest")
        if amount is not None and (isinstance(amount, bool) or not isinstance(amount, int)):
            raise ValidationError("amount", "must be an int of minor units")
        now = _ts(self._clock())
        with self._tx() as conn:
            if order_id is not None:
                rows = conn.execute(
                    f"SELECT {_ATTEMPT_COLUMNS} FROM attempts WHERE order_id = ? AND kind = ? "
                    "AND state IN ('sending', 'unknown') ORDER BY created_at",
                    (order_id, kind.value),
                ).fetchall()
                if rows:
                    raise AttemptBlocked(order_id, [self._attempt(r) for r in rows])
            try:
                conn.execute(
                    f"INSERT INTO attempts ({_ATTEMPT_COLUMNS}) VALUES "
                    "(?, ?, ?, ?, ?, ?, ?, ?, ?, 'sending', NULL, NULL, NULL, NULL, NULL, NULL, "
                    "?, ?)",
                    (
                        attempt_key,
                        kind.value,
                        order_id,
                        register_id,
                        cashier,
                        amount,
                        currency,
                        customer_id,
                        request_fingerprint,
                        now,
                        now,
                    ),
                )
            except sqlite3.IntegrityError:
                raise StorageError(
                    "This attempt key is already in the journal; a new attempt needs a new key."
                ) from None
        attempt = self.get(attempt_key)
        assert attempt is not None
        return attempt

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
        """A definite failure: nothing was executed (400/401/403/404, no connection)."""
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
        with self._tx() as conn:
            row = conn.execute(
                "SELECT state FROM attempts WHERE attempt_key = ?", (attempt_key,)
            ).fetchone()
            if row is None:
                raise StorageError("No attempt with this key is in the journal.")
            current = AttemptState(row[0])
            if current not in OPEN_STATES and state not in _SETTLED_MAY_BECOME[current]:
                raise StorageError(
                    f"The attempt is already settled as {current.value}; "
                    f"it cannot become {state.value}."
                )
            # Only given details overwrite: a later "unknown" keeps what was already known.
            sets = ", ".join(f"{name} = COALESCE(?, {name})" for name in details)
            if state is AttemptState.SUCCEEDED:
                # A success overrides an earlier inferred failure's error details.
                sets += ", error_code = NULL, decline_code = NULL, message = NULL"
            conn.execute(
                f"UPDATE attempts SET state = ?, updated_at = ?, {sets} WHERE attempt_key = ?",
                (state.value, now, *details.values(), attempt_key),
            )

    def get(self, attempt_key: str) -> Attempt | None:
        found = self._query(
            f"SELECT {_ATTEMPT_COLUMNS} FROM attempts WHERE attempt_key = ?", (attempt_key,)
        )
        return found[0] if found else None

    def open_attempts(self, order_id: str | None = None) -> list[Attempt]:
        """Attempts still sending or unknown (all, or one order's), oldest first."""
        sql = f"SELECT {_ATTEMPT_COLUMNS} FROM attempts WHERE state IN ('sending', 'unknown')"
        if order_id is None:
            return self._query(sql + " ORDER BY created_at")
        return self._query(sql + " AND order_id = ? ORDER BY created_at", (order_id,))

    def attempts_for_order(self, order_id: str) -> list[Attempt]:
        return self._query(
            f"SELECT {_ATTEMPT_COLUMNS} FROM attempts WHERE order_id = ? ORDER BY created_at",
            (order_id,),
        )

    def attempts_between(self, start: datetime, end: datetime) -> list[Attempt]:
        """Attempts created in [start, end), oldest first; both times timezone-aware."""
        return self._query(
            f"SELECT {_ATTEMPT_COLUMNS} FROM attempts WHERE created_at >= ? AND created_at < ? "
            "ORDER BY created_at",
            (_ts(start), _ts(end)),
        )

    # -- order numbers -----------------------------------------------------------------------

    def next_order_id(self, register_id: str) -> str:
        """The register's next order number, "R1-000042": persisted, never reused."""
        validate_register_id(register_id)
        with self._tx() as conn:
            (number,) = conn.execute(
                "INSERT INTO order_counter (register_id, last_number) VALUES (?, 1) "
                "ON CONFLICT (register_id) DO UPDATE SET last_number = last_number + 1 "
                "RETURNING last_number",
                (register_id,),
            ).fetchone()
        return f"{register_id}-{int(number):06d}"

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
        with self._lock:
            try:
                rows = self._conn.execute(sql + " ORDER BY id", args).fetchall()
            except sqlite3.Error as exc:
                raise StorageError(f"The journal could not be read: {exc}") from exc
        return [
            AuditEntry(r[0], datetime.fromisoformat(r[1]), r[2], r[3], r[4], json.loads(r[5]))
            for r in rows
        ]
