"""Replacing a damaged journal without forgetting what it may have held open.

A journal SQLite cannot read is moved aside (storage/quarantine.py) and a new one takes its
place, built first under a temporary name so that a crash half-way never leaves an empty
journal where the damaged one was:

1. Everything the damaged file still gives up, read without writing to it (attempts, order
   counters, the audit trail), is copied into the new journal at `<journal>.recovering`.
2. The new journal records the recovery: where the old file went, why, what was carried over,
   and whether that was everything (`complete`).
3. The damaged file moves aside; the new one is renamed into place. A start that finds the
   journal missing and a finished `.recovering` beside it completes the rename.

When not every attempt could be read, the old file may have held payments whose outcome was
unknown, and their orders would no longer be blocked: the new journal then refuses to begin
any attempt (payments are paused) until a manager acknowledges the recovery
(docs/reliability.md "A damaged journal or settings file").
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from pos_app.domain.errors import StorageError
from pos_app.domain.i18n import translate
from pos_app.storage.journal_schema import migrate
from pos_app.storage.quarantine import SQLITE_COMPANIONS, Quarantined, aside_path, move_aside

__all__ = [
    "RECOVERING_SUFFIX",
    "JournalRecovery",
    "create_private",
    "finish_interrupted",
    "is_damage",
    "recover",
]

RECOVERING_SUFFIX = ".recovering"
# SQLite's primary result codes that mean "this file is not a readable database".
_SQLITE_CORRUPT = 11
_SQLITE_NOTADB = 26
_ATTEMPT_COLUMNS = (
    "attempt_key", "kind", "order_id", "block_key", "subject_id", "customer_id", "lookup_ref",
    "register_id", "cashier", "amount", "currency", "request_fingerprint", "state", "stripe_id",
    "card_brand", "card_last4", "error_code", "decline_code", "message", "created_at",
    "updated_at", "last_sent_at", "stripe_offset_ms",
)  # fmt: skip
_OPEN = ("sending", "unknown")


@dataclass(frozen=True, slots=True)
class JournalRecovery:
    """A damaged journal this one replaced; `complete` when every attempt was carried over."""

    id: int
    at: datetime
    moved_to: str
    reason: str
    attempts_carried: int
    open_carried: int
    complete: bool
    acknowledged_by: str | None = None
    acknowledged_at: datetime | None = None

    @property
    def pauses_payments(self) -> bool:
        return not self.complete and self.acknowledged_at is None


@dataclass(slots=True)
class _Salvage:
    attempts: list[dict[str, Any]] = field(default_factory=list)
    counters: list[tuple[Any, ...]] = field(default_factory=list)
    audit: list[tuple[Any, ...]] = field(default_factory=list)
    complete: bool = True


def is_damage(exc: sqlite3.Error) -> bool:
    """Whether SQLite says the file is damaged or not a database at all (never a lock or
    a full disk: those leave the journal where it is)."""
    code = getattr(exc, "sqlite_errorcode", None)
    return isinstance(code, int) and (code & 0xFF) in (_SQLITE_CORRUPT, _SQLITE_NOTADB)


def create_private(path: Path) -> None:
    """Create an empty file only the till's user may read (SQLite's -wal and -shm then take
    the same mode)."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    os.close(fd)


def finish_interrupted(path: Path) -> None:
    """Complete or discard a recovery a crash interrupted (see the module's steps)."""
    building = path.with_name(path.name + RECOVERING_SUFFIX)
    if not building.exists():
        return
    with contextlib.suppress(OSError):
        if path.exists():
            # Crashed before the damaged file moved: it is still there; start over.
            for suffix in ("", *SQLITE_COMPANIONS):
                Path(str(building) + suffix).unlink(missing_ok=True)
        else:
            os.replace(building, path)


def _read_only(path: Path) -> sqlite3.Connection:
    # mode=ro: nothing is written to the damaged file, not even a WAL checkpoint on close.
    return sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=1.0)


def _rows(conn: sqlite3.Connection, sql: str, into: list[Any]) -> bool:
    """Append every row SQLite can read; False if it stopped on damage before the end."""
    try:
        for row in conn.execute(sql):
            into.append(row)
    except sqlite3.Error:
        return False
    return True


def _salvage(path: Path) -> _Salvage:
    salvage = _Salvage()
    try:
        conn = _read_only(path)
    except sqlite3.Error:
        salvage.complete = False
        return salvage
    try:
        try:
            columns = [row[1] for row in conn.execute("PRAGMA table_info(attempts)")]
        except sqlite3.Error:
            columns = []
        wanted = [c for c in _ATTEMPT_COLUMNS if c in columns]
        if "attempt_key" not in wanted:
            salvage.complete = False
            return salvage
        rows: list[tuple[Any, ...]] = []
        salvage.complete = _rows(conn, f"SELECT {', '.join(wanted)} FROM attempts", rows)
        salvage.attempts = [dict(zip(wanted, row, strict=True)) for row in rows]
        if not _rows(conn, "SELECT register_id, last_number FROM order_counter", salvage.counters):
            salvage.complete = False  # order numbers could be given out twice
        _rows(conn, "SELECT id, ts, actor, action, subject, details FROM audit", salvage.audit)
    finally:
        conn.close()
    return salvage


def _carry(conn: sqlite3.Connection, salvage: _Salvage) -> tuple[int, int, bool]:
    """Insert what was salvaged; (attempts carried, open ones, whether all of them went in)."""
    carried = open_carried = 0
    complete = salvage.complete
    for row in salvage.attempts:
        values = dict(row)
        order_id = values.get("order_id")
        values.setdefault("block_key", f"order:{order_id}" if order_id else None)
        values.setdefault("last_sent_at", values.get("created_at"))
        names = [c for c in _ATTEMPT_COLUMNS if c in values]
        try:
            conn.execute(
                f"INSERT INTO attempts ({', '.join(names)}) VALUES ({', '.join('?' * len(names))})",
                [values[n] for n in names],
            )
        except sqlite3.Error:
            complete = False  # a row too damaged to keep: something may be missing
            continue
        carried += 1
        open_carried += values.get("state") in _OPEN
    for counter in salvage.counters:
        with contextlib.suppress(sqlite3.Error):
            conn.execute(
                "INSERT INTO order_counter (register_id, last_number) VALUES (?, ?)", counter
            )
    for entry in salvage.audit:
        with contextlib.suppress(sqlite3.Error):
            conn.execute(
                "INSERT INTO audit (id, ts, actor, action, subject, details) "
                "VALUES (?, ?, ?, ?, ?, ?)",
                entry,
            )
    return carried, open_carried, complete


def _ts(moment: datetime) -> str:
    return moment.astimezone(UTC).isoformat(timespec="microseconds")


def recover(path: Path, *, reason: str, clock: Callable[[], datetime]) -> Quarantined:
    """Replace the damaged journal at `path` by a new one holding what could be read."""
    now = clock()
    salvage = _salvage(path) if reason.startswith("damaged") else _Salvage(complete=False)
    building = path.with_name(path.name + RECOVERING_SUFFIX)
    for suffix in ("", *SQLITE_COMPANIONS):
        Path(str(building) + suffix).unlink(missing_ok=True)
    target = aside_path(path, now, SQLITE_COMPANIONS)
    try:
        create_private(building)
        conn = sqlite3.connect(building, isolation_level=None)
        try:
            conn.execute("PRAGMA journal_mode = WAL")
            conn.execute("PRAGMA synchronous = FULL")
            migrate(conn)
            conn.execute("BEGIN IMMEDIATE")
            carried, open_carried, complete = _carry(conn, salvage)
            conn.execute(
                "INSERT INTO recoveries (at, moved_to, reason, attempts_carried, open_carried, "
                "complete) VALUES (?, ?, ?, ?, ?, ?)",
                (_ts(now), str(target), reason, carried, open_carried, int(complete)),
            )
            conn.execute(
                "INSERT INTO audit (ts, actor, action, subject, details) VALUES (?, ?, ?, ?, ?)",
                (
                    _ts(now),
                    "till",
                    "journal_recovered",
                    str(target),
                    f'{{"attempts_carried": {carried}, "complete": {str(complete).lower()}}}',
                ),
            )
            conn.execute("COMMIT")
        finally:
            conn.close()  # the last connection: the WAL is checkpointed into the file
    except (OSError, sqlite3.Error) as exc:
        raise StorageError(
            translate(
                "StorageErrors",
                "The journal {path} cannot be read ({reason}) and a new one could not be "
                "prepared ({error}). Nothing was moved. Check the disk, then start the till again.",
            ).format(path=path, reason=reason, error=exc)
        ) from exc
    moved = move_aside(
        path, reason=reason, what="the journal", companions=SQLITE_COMPANIONS, clock=lambda: now,
        to=target,
    )  # fmt: skip
    try:
        os.replace(building, path)
    except OSError as exc:
        raise StorageError(
            translate(
                "StorageErrors",
                "The damaged journal was moved to {moved_to}, but its replacement "
                "{replacement} could not be put in place ({reason}). Start the till "
                "again; it finishes the replacement.",
            ).format(moved_to=moved.moved_to, replacement=building, reason=exc.strerror or exc)
        ) from exc
    return moved
