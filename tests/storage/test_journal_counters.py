"""Order numbers and the audit trail: monotonic across threads and restarts, append-only."""

from __future__ import annotations

import sqlite3
import threading
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from pos_app.domain.errors import ValidationError
from pos_app.storage.journal import Journal


def test_order_numbers_are_per_register_and_survive_restart(tmp_path: Path) -> None:
    path = tmp_path / "journal.sqlite3"
    with Journal(path) as journal:
        assert journal.next_order_id("R1") == "R1-000001"
        assert journal.next_order_id("R1") == "R1-000002"
        assert journal.next_order_id("R2") == "R2-000001"

    with Journal(path) as reopened:
        assert reopened.next_order_id("R1") == "R1-000003"


def test_bad_register_id_is_refused(tmp_path: Path) -> None:
    with Journal(tmp_path / "j.sqlite3") as journal, pytest.raises(ValidationError):
        journal.next_order_id("R1; DROP TABLE")


def test_order_numbers_never_repeat_across_threads(tmp_path: Path) -> None:
    path = tmp_path / "journal.sqlite3"
    results: list[str] = []
    errors: list[BaseException] = []
    lock = threading.Lock()
    start = threading.Barrier(10)
    # Two journal objects on one file as well: two windows of the same till, or a CLI report
    # running beside the GUI.
    journals = [Journal(path), Journal(path)]

    def worker(journal: Journal) -> None:
        try:
            start.wait()
            for _ in range(20):
                order_id = journal.next_order_id("R1")
                with lock:
                    results.append(order_id)
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=worker, args=(journals[i % 2],)) for i in range(10)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    for journal in journals:
        journal.close()

    assert errors == []
    assert sorted(results) == [f"R1-{n:06d}" for n in range(1, 201)]
    with Journal(path) as reopened:
        assert reopened.next_order_id("R1") == "R1-000201"


def test_audit_trail_is_append_only(tmp_path: Path) -> None:
    path = tmp_path / "journal.sqlite3"
    moments = iter(datetime(2026, 3, 1, 9, m, tzinfo=UTC) for m in range(10))
    with Journal(path, clock=lambda: next(moments)) as journal:
        first = journal.record_audit("manager", "refund.approved", "ch_1", {"amount": 500})
        second = journal.record_audit("dana", "live.confirmed", "2026-03-01")

        entries = journal.audit_entries()
        assert [(e.action, e.subject) for e in entries] == [
            ("refund.approved", "ch_1"),
            ("live.confirmed", "2026-03-01"),
        ]
        assert entries == [first, second]
        assert entries[0].details == {"amount": 500}
        assert journal.audit_entries(since=second.ts) == [second]
        assert journal.audit_entries(since=second.ts + timedelta(minutes=1)) == []

    raw = sqlite3.connect(path)
    try:
        for statement in ("UPDATE audit SET actor = 'someone else'", "DELETE FROM audit"):
            with pytest.raises(sqlite3.DatabaseError, match="append-only"):
                raw.execute(statement)
    finally:
        raw.close()
    with Journal(path) as reopened:
        assert [e.actor for e in reopened.audit_entries()] == ["manager", "dana"]
