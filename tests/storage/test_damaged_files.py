"""A damaged journal is moved aside with the time, and what it still holds is carried over.

What a manager would notice: the damaged file is kept beside the new one under a name with
the time; attempts still open in it go on blocking their orders and are settled with Stripe;
when not every attempt could be read, payments pause until a manager acknowledges it; and a
crash half-way through the replacement never leaves an empty journal behind.
"""

from __future__ import annotations

import sqlite3
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from pos_app.domain.attempts import AttemptKind, AttemptState, NewAttempt
from pos_app.domain.errors import AttemptBlocked, StorageError
from pos_app.storage.journal import Journal
from pos_app.storage.journal_recovery import RECOVERING_SUFFIX, is_damage
from pos_app.storage.quarantine import aside_path, move_aside, moved_aside_beside, take_moved

NOW = datetime(2026, 12, 2, 10, 15, tzinfo=UTC)
PAGE = 4096


def new_attempt(order_id: str) -> NewAttempt:
    return NewAttempt(
        attempt_key=str(uuid.uuid4()),
        kind=AttemptKind.CHARGE,
        register_id="R1",
        cashier="dana",
        request_fingerprint="a" * 64,
        stripe_offset=timedelta(0),
        order_id=order_id,
        block_key=f"order:{order_id}",
        amount=1250,
        currency="usd",
    )


def journal_with_sales(path: Path, sales: int = 120) -> list[str]:
    """A journal with settled sales and three still open; returns the open attempts' keys."""
    opened: list[str] = []
    with Journal(path, clock=lambda: NOW - timedelta(hours=1)) as journal:
        for _ in range(sales):
            order = journal.next_order_id("R1")
            record = journal.begin_attempt(new_attempt(order))
            journal.mark_succeeded(record.attempt_key, stripe_id=f"ch_{order}")
        for _ in range(3):
            record = journal.begin_attempt(new_attempt(journal.next_order_id("R1")))
            journal.mark_unknown(record.attempt_key)
            opened.append(record.attempt_key)
    return opened


def overwrite_page_of(path: Path, name: str) -> None:
    """Scribble over the root page of table or index `name`, as a failing disk would."""
    with sqlite3.connect(path) as raw:
        (root,) = raw.execute(
            "SELECT rootpage FROM sqlite_master WHERE name = ?", (name,)
        ).fetchone()
    raw.close()
    with path.open("r+b") as handle:
        handle.seek((root - 1) * PAGE)
        handle.write(b"\xde\xad" * (PAGE // 2))


def test_a_damaged_index_loses_nothing_the_open_attempts_still_block(tmp_path: Path) -> None:
    path = tmp_path / "journal.sqlite3"
    opened = journal_with_sales(path)
    overwrite_page_of(path, "attempts_by_state")

    with Journal(path, clock=lambda: NOW) as journal:
        assert journal.replaced is not None
        assert journal.replaced.moved_to == tmp_path / "journal.sqlite3.corrupt-20261202T101500"
        (recovery,) = journal.recoveries()
        assert (recovery.attempts_carried, recovery.open_carried, recovery.complete) == (
            123,
            3,
            True,
        )
        assert not journal.payments_paused  # everything came over: the till goes on
        assert [r.attempt_key for r in journal.open_attempts()] == opened
        with pytest.raises(AttemptBlocked):
            journal.begin_attempt(new_attempt("R1-000121"))  # the first open one's order
        assert journal.next_order_id("R1") == "R1-000124"  # no order number given out twice
        assert journal.get(opened[0]).state is AttemptState.UNKNOWN  # type: ignore[union-attr]
    assert moved_aside_beside(path) == [tmp_path / "journal.sqlite3.corrupt-20261202T101500"]


def test_attempts_that_cannot_be_read_pause_payments(tmp_path: Path) -> None:
    path = tmp_path / "journal.sqlite3"
    journal_with_sales(path)
    overwrite_page_of(path, "attempts")

    with Journal(path, clock=lambda: NOW) as journal:
        (recovery,) = journal.recoveries()
        assert not recovery.complete and journal.payments_paused
        with pytest.raises(StorageError, match="Payments are paused"):
            journal.begin_attempt(new_attempt("R1-900000"))
        assert journal.next_order_id("R1") == "R1-000124"  # the counters were still readable


def test_a_crash_during_the_replacement_never_leaves_an_empty_journal(tmp_path: Path) -> None:
    path = tmp_path / "journal.sqlite3"
    path.write_bytes(b"garbage" * 500)
    with Journal(path, clock=lambda: NOW):
        pass
    # As if the process died after moving the damaged file aside, before the rename.
    path.rename(path.with_name(path.name + RECOVERING_SUFFIX))

    with Journal(path, clock=lambda: NOW + timedelta(minutes=1)) as journal:
        assert journal.replaced is None
        assert journal.payments_paused  # the finished replacement, not a fresh empty file
    assert not path.with_name(path.name + RECOVERING_SUFFIX).exists()


def test_a_file_in_the_way_of_the_journal_is_moved_aside(tmp_path: Path) -> None:
    path = tmp_path / "journal.sqlite3"
    path.mkdir()

    with Journal(path, clock=lambda: NOW) as journal:
        assert journal.replaced is not None and "not a file" in journal.replaced.reason
        assert journal.payments_paused
    assert (tmp_path / "journal.sqlite3.corrupt-20261202T101500").is_dir()


def test_a_lock_is_not_damage(tmp_path: Path) -> None:
    path = tmp_path / "busy.sqlite3"
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("CREATE TABLE t (x)")
    holder.execute("BEGIN EXCLUSIVE")
    waiter = sqlite3.connect(path, timeout=0)
    try:
        with pytest.raises(sqlite3.OperationalError) as locked:
            waiter.execute("SELECT * FROM t")
        assert not is_damage(locked.value)
    finally:
        waiter.close()
        holder.close()
    path.write_bytes(b"garbage" * 500)
    garbage = sqlite3.connect(path)
    with pytest.raises(sqlite3.DatabaseError) as not_a_database:
        garbage.execute("SELECT * FROM sqlite_master")
    garbage.close()
    assert is_damage(not_a_database.value)


def test_moving_aside_keeps_companions_with_the_file_and_never_overwrites(tmp_path: Path) -> None:
    path = tmp_path / "cache.sqlite3"
    for suffix in ("", "-wal", "-shm"):
        (tmp_path / f"cache.sqlite3{suffix}").write_text(suffix or "main")
    take_moved()

    first = move_aside(path, reason="damaged", what="the cache", companions=("-wal", "-shm"),
                       clock=lambda: NOW)  # fmt: skip
    path.write_text("again")
    second = move_aside(path, reason="damaged", what="the cache", clock=lambda: NOW)

    assert first.moved_to.name == "cache.sqlite3.corrupt-20261202T101500"
    assert (tmp_path / "cache.sqlite3.corrupt-20261202T101500-wal").read_text() == "-wal"
    assert second.moved_to.name == "cache.sqlite3.corrupt-20261202T101500-2"
    assert aside_path(path, NOW).name == "cache.sqlite3.corrupt-20261202T101500-3"
    assert [m.moved_to for m in take_moved()] == [first.moved_to, second.moved_to]
    assert take_moved() == []  # told once
