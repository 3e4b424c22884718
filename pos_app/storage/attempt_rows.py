"""How an attempt is stored in the journal's `attempts` table: its columns, the one SELECT
every read starts from, a row read back as an AttemptRecord, and the one format of its times.

Shared by the journal (storage/journal.py, which writes) and the read-only reader
(storage/journal_reader.py, which another process uses while the till runs), with the reads
both answer (`AttemptReads`).
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, datetime, timedelta
from typing import Any

from pos_app.domain.attempts import AttemptKind, AttemptRecord, AttemptState

__all__ = ["COLUMNS", "SELECT", "AttemptReads", "journal_time", "to_record"]

COLUMNS = (
    "attempt_key",
    "kind",
    "order_id",
    "block_key",
    "subject_id",
    "customer_id",
    "lookup_ref",
    "register_id",
    "cashier",
    "amount",
    "currency",
    "request_fingerprint",
    "state",
    "stripe_id",
    "card_brand",
    "card_last4",
    "error_code",
    "decline_code",
    "message",
    "created_at",
    "updated_at",
    "last_sent_at",
    "stripe_offset_ms",
)
SELECT = f"SELECT {', '.join(COLUMNS)} FROM attempts"


def journal_time(moment: datetime) -> str:
    # One fixed format so that text order is time order in SQL comparisons.
    if moment.tzinfo is None:
        raise ValueError("journal times must be timezone-aware")
    return moment.astimezone(UTC).isoformat(timespec="microseconds")


def to_record(row: tuple[Any, ...]) -> AttemptRecord:
    values = dict(zip(COLUMNS, row, strict=True))
    offset_ms = values.pop("stripe_offset_ms")
    return AttemptRecord(
        **{
            **values,
            "kind": AttemptKind(values["kind"]),
            "state": AttemptState(values["state"]),
            "created_at": datetime.fromisoformat(values["created_at"]),
            "updated_at": datetime.fromisoformat(values["updated_at"]),
            "last_sent_at": datetime.fromisoformat(values["last_sent_at"]),
            "stripe_offset": None if offset_ms is None else timedelta(milliseconds=offset_ms),
        }
    )


class AttemptReads:
    """The journal's reads of attempts, over `_query` (a SELECT's rows as records)."""

    def _query(self, sql: str, args: Iterable[object] = ()) -> list[AttemptRecord]:
        raise NotImplementedError

    def get(self, attempt_key: str) -> AttemptRecord | None:
        found = self._query(f"{SELECT} WHERE attempt_key = ?", (attempt_key,))
        return found[0] if found else None

    def attempts_for_order(self, order_id: str) -> list[AttemptRecord]:
        return self._query(f"{SELECT} WHERE order_id = ? ORDER BY created_at", (order_id,))

    def attempts_between(self, start: datetime, end: datetime) -> list[AttemptRecord]:
        """Attempts created in [start, end), oldest first; both times timezone-aware."""
        return self._query(
            f"{SELECT} WHERE created_at >= ? AND created_at < ? ORDER BY created_at",
            (journal_time(start), journal_time(end)),
        )
