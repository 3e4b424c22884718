"""How an attempt is stored in the journal's `attempts` table: its columns, the one SELECT
every read starts from, a row read back as an AttemptRecord, and the one format of its times.

Shared by the journal (storage/journal.py, which writes) and the read-only reader
(storage/journal_reader.py, which another process uses while the till runs).
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from pos_app.domain.attempts import AttemptKind, AttemptRecord, AttemptState

__all__ = ["COLUMNS", "SELECT", "journal_time", "to_record"]

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
