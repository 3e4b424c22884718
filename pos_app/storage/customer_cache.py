"""The local copy of the customer directory, so the till lists customers at once on start.

One SQLite file in the data folder, readable by the owner only, holding only what the list
shows: ids, names, e-mails, phones, and the default card's brand, last four digits and expiry
(never a card number: the last four are checked to be four digits, by the domain and by the
table). It is a cache: Stripe is the truth, and a refresh rewrites it. A file that cannot be
read (corrupt, from another version, unreadable) is moved aside with a timestamp and a new
one started, which the next refresh fills from Stripe. The cache is kept per `scope` (mode
and API base): a till switched to other keys never shows the old account's customers.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import threading
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from pos_app.domain.cards import Brand
from pos_app.domain.customers import CustomerSummary, shown_name
from pos_app.domain.errors import StorageError
from pos_app.domain.i18n import translate
from pos_app.domain.pacing import checkpoint
from pos_app.storage.quarantine import SQLITE_COMPANIONS, move_aside

__all__ = ["CACHE_VERSION", "CachedDirectory", "CustomerCache"]

#: Bump when the table changes; an older or newer file is moved aside and rebuilt.
CACHE_VERSION = 1

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS customers (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    email TEXT NOT NULL,
    phone TEXT NOT NULL,
    card_id TEXT NOT NULL,
    card_brand TEXT NOT NULL,
    card_last4 TEXT NOT NULL CHECK (card_last4 = '' OR card_last4 GLOB '[0-9][0-9][0-9][0-9]'),
    card_exp_month INTEGER NOT NULL,
    card_exp_year INTEGER NOT NULL,
    card_saved_at TEXT,
    created TEXT
);
"""
_COLUMNS = (
    "id",
    "name",
    "email",
    "phone",
    "card_id",
    "card_brand",
    "card_last4",
    "card_exp_month",
    "card_exp_year",
    "card_saved_at",
    "created",
)
_UPSERT = (
    f"INSERT OR REPLACE INTO customers ({', '.join(_COLUMNS)}) "
    f"VALUES ({', '.join('?' * len(_COLUMNS))})"
)


def _utc_now() -> datetime:
    return datetime.now(UTC)


@dataclass(frozen=True, slots=True)
class CachedDirectory:
    """What the cache held: the customers, when Stripe last listed them all (None: never),
    and where an unusable file was moved to (None when the file was fine)."""

    customers: list[CustomerSummary]
    refreshed_at: datetime | None
    moved_aside: Path | None = None


def _iso(moment: datetime | None) -> str | None:
    return None if moment is None else moment.astimezone(UTC).isoformat()


def _time(value: str | None) -> datetime | None:
    return None if value is None else datetime.fromisoformat(value)


def _row(summary: CustomerSummary) -> tuple[object, ...]:
    return (
        summary.id,
        summary.name,
        summary.email,
        summary.phone,
        summary.card_id,
        summary.card_brand.value,
        summary.card_last4,
        summary.card_exp_month,
        summary.card_exp_year,
        _iso(summary.card_saved_at),
        _iso(summary.created),
    )


def _summary(row: tuple[object, ...]) -> CustomerSummary:
    (id_, name, email, phone, card_id, brand, last4, month, year, saved, created) = row
    return CustomerSummary(
        id=str(id_),
        name=str(name),
        email=str(email),
        phone=str(phone),
        card_id=str(card_id),
        card_brand=Brand.from_stripe(brand),
        card_last4=str(last4),
        card_exp_month=int(str(month)),
        card_exp_year=int(str(year)),
        card_saved_at=_time(saved if isinstance(saved, str) else None),
        created=_time(created if isinstance(created, str) else None),
    )


class CustomerCache:
    """The directory's file; every method opens its own short connection, so any worker
    thread may call it (one write at a time, under a lock)."""

    def __init__(self, path: Path, *, scope: str, clock: Callable[[], datetime] = _utc_now) -> None:
        self.path = Path(path)
        self.scope = scope
        self._clock = clock
        self._lock = threading.Lock()

    # -- reading ------------------------------------------------------------------------------

    def load(self) -> CachedDirectory:
        """Everything cached for this scope. An unusable file is moved aside (reported in
        `moved_aside`) and an empty directory returned, to be rebuilt from Stripe."""
        with self._lock:
            try:
                with self._connect(check=True) as conn:
                    if self._meta(conn, "scope") != self.scope:
                        return CachedDirectory([], None)
                    rows = conn.execute(f"SELECT {', '.join(_COLUMNS)} FROM customers").fetchall()
                    refreshed = self._meta(conn, "refreshed_at")
                    return CachedDirectory([_summary(r) for r in rows], _time(refreshed))
            except (sqlite3.DatabaseError, ValueError, TypeError, PermissionError) as exc:
                aside = self._move_aside(exc)
                return CachedDirectory([], None, aside)

    def names(self) -> dict[str, str]:
        """Each cached customer's name as the till shows them (`shown_name`), by id; empty
        when there is no usable copy. Only reads: a damaged file is left for `load`, whose
        caller tells the cashier it was moved aside."""
        if not self.path.exists():
            return {}
        try:
            with self._lock, self._connect() as conn:
                if self._meta(conn, "scope") != self.scope:
                    return {}
                rows = conn.execute("SELECT id, name, email, phone FROM customers").fetchall()
        except (sqlite3.DatabaseError, PermissionError):
            return {}
        return {
            str(id_): shown_name(str(id_), name or "", email or "", phone or "")
            for id_, name, email, phone in rows
        }

    # -- writing ------------------------------------------------------------------------------

    def upsert(self, customers: Iterable[CustomerSummary]) -> None:
        """Add or update customers (one created, a card changed, a page from Stripe)."""
        self._write(lambda conn: conn.executemany(_UPSERT, [_row(c) for c in customers]))

    def remove(self, customer_ids: Iterable[str]) -> None:
        ids = [(customer_id,) for customer_id in customer_ids]
        self._write(lambda conn: conn.executemany("DELETE FROM customers WHERE id = ?", ids))

    def replace(self, customers: Iterable[CustomerSummary], *, listed_since: datetime) -> None:
        """A full listing from Stripe that began at `listed_since`: it becomes the cache.
        Customers created since then may be missing from it and are kept."""
        listed = list(customers)
        since = _iso(listed_since)

        def paced_rows() -> Iterator[tuple[object, ...]]:
            # Thousands of rows made and bound one by one: a background listing makes way
            # for the window between them (domain/pacing.py).
            for number, customer in enumerate(listed):
                if not number % 64:
                    checkpoint()
                yield _row(customer)

        def write(conn: sqlite3.Connection) -> None:
            conn.execute("DELETE FROM customers WHERE created IS NULL OR created < ?", (since,))
            conn.executemany(_UPSERT, paced_rows())
            conn.execute(
                "INSERT OR REPLACE INTO meta (key, value) VALUES ('refreshed_at', ?)",
                (_iso(self._clock()),),
            )

        self._write(write)

    # -- the file -----------------------------------------------------------------------------

    def _write(self, change: Callable[[sqlite3.Connection], object]) -> None:
        with self._lock:
            try:
                with self._connect() as conn, conn:
                    if self._meta(conn, "scope") != self.scope:
                        # Another account's customers: this scope starts from nothing.
                        conn.execute("DELETE FROM customers")
                        conn.execute("DELETE FROM meta WHERE key = 'refreshed_at'")
                        conn.execute(
                            "INSERT OR REPLACE INTO meta (key, value) VALUES ('scope', ?)",
                            (self.scope,),
                        )
                    change(conn)
            except sqlite3.DatabaseError as exc:
                self._move_aside(exc)
                raise StorageError(
                    translate(
                        "StorageErrors",
                        "The customer list's local copy was damaged and has been set aside; "
                        "it is rebuilt from Stripe on the next refresh.",
                    )
                ) from exc
            except OSError as exc:
                raise StorageError(
                    translate("StorageErrors", "Cannot write the customer list: {reason}").format(
                        reason=exc.strerror or exc
                    )
                ) from exc

    @contextlib.contextmanager
    def _connect(self, *, check: bool = False) -> Iterator[sqlite3.Connection]:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        if not self.path.exists():
            # Created owner-only before SQLite opens it; its journal takes the same mode.
            os.close(os.open(self.path, os.O_WRONLY | os.O_CREAT, 0o600))
        if os.name == "posix":
            self.path.chmod(0o600)
        conn = sqlite3.connect(self.path, timeout=10)
        try:
            conn.execute("PRAGMA synchronous=NORMAL")
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            if version not in (0, CACHE_VERSION):
                raise sqlite3.DatabaseError(f"customer cache version {version}")
            if version == 0:
                conn.executescript(_SCHEMA)
                conn.execute(f"PRAGMA user_version = {CACHE_VERSION}")
            elif check and conn.execute("PRAGMA quick_check").fetchone()[0] != "ok":
                raise sqlite3.DatabaseError("customer cache failed its integrity check")
            yield conn
        finally:
            conn.close()

    @staticmethod
    def _meta(conn: sqlite3.Connection, key: str) -> str | None:
        row = conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return None if row is None else str(row[0])

    def _move_aside(self, exc: BaseException) -> Path | None:
        # The rule every file of the till follows (storage/quarantine.py); StorageError when
        # it cannot be moved. The copy is rebuilt from Stripe, so nothing is lost with it.
        if not self.path.exists():
            return None
        moved = move_aside(
            self.path,
            reason=type(exc).__name__,
            what="the customer list's local copy",
            companions=SQLITE_COMPANIONS,
            clock=self._clock,
        )
        return moved.moved_to
