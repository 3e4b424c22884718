"""The attempt journal: written before sending, survives a crash, blocks, counts, audits."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import textwrap
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from pos_app.domain.attempts import AttemptKind, AttemptRecord, AttemptState, NewAttempt
from pos_app.domain.errors import AttemptBlocked, StorageError, ValidationError
from pos_app.domain.money import Money
from pos_app.storage.attempts import request_fingerprint
from pos_app.storage.journal import Journal
from pos_app.storage.journal_schema import SCHEMA_VERSION

from .conftest import FAKE_SECRET, files_contain

REPO_ROOT = Path(__file__).resolve().parents[2]
PARAMS = {"amount": 1250, "currency": "usd", "source": "tok_visa", "metadata[order_id]": "R1-1"}
PARAMS_FP = request_fingerprint(PARAMS)


class Clock:
    """A hand-driven clock: tests move time instead of waiting for it."""

    def __init__(self) -> None:
        self.now = datetime(2026, 3, 1, 9, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **kwargs: float) -> None:
        self.now += timedelta(**kwargs)


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def journal(tmp_path: Path, clock: Clock) -> Iterator[Journal]:
    with Journal(tmp_path / "journal.sqlite3", clock=clock) as opened:
        yield opened


def begin(journal: Journal, order_id: str = "R1-000001", **overrides: object) -> AttemptRecord:
    values: dict[str, object] = {
        "attempt_key": str(uuid.uuid4()),
        "kind": AttemptKind.CHARGE,
        "order_id": order_id,
        "block_key": f"order:{order_id}",
        "register_id": "R1",
        "cashier": "dana",
        "amount": 1250,
        "currency": "usd",
        "request_fingerprint": request_fingerprint(PARAMS),
        "stripe_offset": timedelta(seconds=-2),
    }
    values.update(overrides)
    return journal.begin_attempt(NewAttempt(**values))  # type: ignore[arg-type]


def test_begin_records_a_sending_attempt(journal: Journal, clock: Clock) -> None:
    attempt = begin(journal)

    assert attempt.state is AttemptState.SENDING
    assert attempt.is_open
    assert attempt.money == Money(1250, "usd")
    assert attempt.created_at == clock.now == attempt.last_sent_at
    assert attempt.stripe_offset == timedelta(seconds=-2)
    assert journal.get(attempt.attempt_key) == attempt
    assert journal.get("no-such-key") is None


def test_a_sending_attempt_survives_a_crash(tmp_path: Path) -> None:
    path = tmp_path / "journal.sqlite3"
    # A separate process records the attempt and dies at once without closing anything,
    # as a till does when the power goes while the request is on the wire.
    script = textwrap.dedent(
        f"""
        import os
        from pathlib import Path
        from datetime import timedelta
        from pos_app.domain.attempts import AttemptKind, NewAttempt
        from pos_app.storage.attempts import request_fingerprint
        from pos_app.storage.journal import Journal
        journal = Journal(Path({str(path)!r}))
        journal.begin_attempt(NewAttempt(
            attempt_key="key-crash-1", kind=AttemptKind.CHARGE, order_id="R1-000007",
            block_key="order:R1-000007", register_id="R1", cashier="dana", amount=999,
            currency="usd", request_fingerprint=request_fingerprint({{"amount": 999}}),
            stripe_offset=timedelta(0),
        ))
        os._exit(3)
        """
    )
    done = subprocess.run(
        [sys.executable, "-c", script], cwd=REPO_ROOT, capture_output=True, timeout=60
    )
    assert done.returncode == 3, done.stderr.decode()

    with Journal(path) as reopened:
        survivor = reopened.get("key-crash-1")
        assert survivor is not None
        assert survivor.state is AttemptState.SENDING
        assert [a.attempt_key for a in reopened.open_for("order:R1-000007")] == ["key-crash-1"]


def test_success_records_the_charge_and_closes_the_attempt(journal: Journal) -> None:
    attempt = begin(journal)

    journal.mark_succeeded(
        attempt.attempt_key, stripe_id="ch_123", card_brand="Visa", card_last4="4242"
    )

    done = journal.get(attempt.attempt_key)
    assert done is not None
    assert done.state is AttemptState.SUCCEEDED
    assert (done.stripe_id, done.card_brand, done.card_last4) == ("ch_123", "Visa", "4242")
    assert not done.is_open
    assert journal.open_attempts() == []


def test_unknown_stays_open_then_settles(journal: Journal, clock: Clock) -> None:
    attempt = begin(journal)
    clock.advance(seconds=30)

    journal.mark_unknown(attempt.attempt_key, message="Stripe did not answer in time")
    unknown = journal.get(attempt.attempt_key)
    assert unknown is not None and unknown.state is AttemptState.UNKNOWN
    assert unknown.updated_at == clock.now and unknown.created_at < clock.now
    assert journal.open_for("order:R1-000001") == [unknown]

    journal.mark_declined(
        attempt.attempt_key,
        stripe_id="ch_failed",
        error_code="card_declined",
        decline_code="insufficient_funds",
        message="Your card has insufficient funds.",
    )
    declined = journal.get(attempt.attempt_key)
    assert declined is not None
    assert declined.state is AttemptState.DECLINED
    assert declined.decline_code == "insufficient_funds"
    assert declined.stripe_id == "ch_failed"
    assert journal.open_attempts() == []


def test_settled_attempts_do_not_change_their_story(journal: Journal) -> None:
    attempt = begin(journal)
    journal.mark_succeeded(attempt.attempt_key, stripe_id="ch_1")

    for mark in (journal.mark_unknown, journal.mark_failed):
        with pytest.raises(StorageError, match="already settled as succeeded"):
            mark(attempt.attempt_key)
    journal.mark_succeeded(attempt.attempt_key, stripe_id="ch_1")  # repeating is harmless
    with pytest.raises(StorageError, match="No attempt"):
        journal.mark_failed("missing-key")


def test_an_inferred_failure_yields_to_a_charge_found_later(journal: Journal) -> None:
    attempt = begin(journal)
    journal.mark_failed(attempt.attempt_key, error_code="not_executed")

    journal.mark_succeeded(attempt.attempt_key, stripe_id="ch_late")

    found = journal.get(attempt.attempt_key)
    assert found is not None
    assert (found.state, found.stripe_id, found.error_code) == (
        AttemptState.SUCCEEDED,
        "ch_late",
        None,
    )


def test_open_attempts_block_a_new_charge_for_that_order(journal: Journal) -> None:
    first = begin(journal, "R1-000005")
    journal.mark_unknown(first.attempt_key)

    with pytest.raises(AttemptBlocked) as caught:
        begin(journal, "R1-000005")
    assert caught.value.attempt_key == first.attempt_key
    assert caught.value.order_id == "R1-000005"
    assert [a.attempt_key for a in journal.attempts_for_order("R1-000005")] == [first.attempt_key]

    begin(journal, "R1-000006")  # other orders are not held up
    # nor what blocks on something else (a refund of that order's charge)
    begin(journal, "R1-000005", kind=AttemptKind.REFUND, block_key="refund:ch_5")
    journal.mark_succeeded(first.attempt_key, stripe_id="ch_5")
    again = begin(journal, "R1-000005")
    assert again.is_open


def test_the_same_attempt_key_cannot_start_twice(journal: Journal) -> None:
    attempt = begin(journal)

    with pytest.raises(StorageError, match="new key"):
        begin(journal, "R1-000099", attempt_key=attempt.attempt_key)


@pytest.mark.parametrize(
    ("override", "field"),
    [
        ({"request_fingerprint": '{"source": "tok_visa"}'}, "request_fingerprint"),
        ({"attempt_key": ""}, "attempt_key"),
        ({"amount": 12.5}, "amount"),
    ],
)
def test_bad_attempts_are_refused(
    journal: Journal, override: dict[str, object], field: str
) -> None:
    with pytest.raises(ValidationError) as caught:
        begin(journal, **override)

    assert caught.value.field == field
    assert journal.open_attempts() == []


def test_fingerprint_is_canonical() -> None:
    reordered = dict(reversed(list(PARAMS.items())))

    assert request_fingerprint(PARAMS) == request_fingerprint(reordered)
    assert request_fingerprint(PARAMS) == request_fingerprint(list(PARAMS.items()))
    assert request_fingerprint(PARAMS) != request_fingerprint({**PARAMS, "amount": 1251})
    assert len(request_fingerprint(PARAMS)) == 64


def test_attempts_between_is_a_half_open_window(journal: Journal, clock: Clock) -> None:
    early = begin(journal, "R1-000001")
    clock.advance(hours=2)
    middle = begin(journal, "R1-000002")
    clock.advance(hours=2)
    begin(journal, "R1-000003")

    start = early.created_at + timedelta(hours=1)
    window = journal.attempts_between(start, clock.now)

    assert [a.attempt_key for a in window] == [middle.attempt_key]
    with pytest.raises(ValueError, match="timezone"):
        journal.attempts_between(datetime(2026, 3, 1), datetime(2026, 3, 2))


def test_keys_never_reach_the_journal_file(tmp_path: Path, clock: Clock) -> None:
    with Journal(tmp_path / "journal.sqlite3", clock=clock) as journal:
        attempt = begin(journal)
        journal.mark_failed(
            attempt.attempt_key,
            error_code="api_key_expired",
            message=f"Expired API Key provided: {FAKE_SECRET}",
        )
        journal.record_audit("dana", "setup.saved", "keys", {"secret_key": FAKE_SECRET})
        stored = journal.get(attempt.attempt_key)
        assert stored is not None and stored.message is not None
        assert "sk_test_****" in stored.message
        assert journal.audit_entries()[0].details == {"secret_key": "sk_test_****"}

    assert files_contain(tmp_path, FAKE_SECRET) == []
    assert files_contain(tmp_path, "tok_visa") == []  # only the fingerprint is kept


def test_schema_is_versioned(tmp_path: Path) -> None:
    path = tmp_path / "journal.sqlite3"
    Journal(path).close()
    with sqlite3.connect(path) as raw:
        assert raw.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert raw.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        raw.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    raw.close()

    with pytest.raises(StorageError, match="newer version"):
        Journal(path)


def test_a_damaged_journal_is_moved_aside_and_payments_pause(tmp_path: Path, clock: Clock) -> None:
    path = tmp_path / "journal.sqlite3"
    path.write_bytes(b"this is not a database" * 100)

    with Journal(path, clock=clock) as journal:
        moved = tmp_path / "journal.sqlite3.corrupt-20260301T090000"
        assert journal.replaced is not None and journal.replaced.moved_to == moved
        assert moved.read_bytes() == b"this is not a database" * 100  # kept, never deleted
        (recovery,) = journal.recoveries()
        assert (recovery.complete, recovery.attempts_carried, recovery.pauses_payments) == (
            False,
            0,
            True,
        )
        assert journal.payments_paused
        with pytest.raises(StorageError, match="Payments are paused") as paused:
            begin(journal)
        assert str(moved) in str(paused.value)

    # Still paused at the next start: only a manager's acknowledgement lifts it.
    with Journal(path, clock=clock) as again:
        assert again.replaced is None and again.payments_paused
        assert again.acknowledge_recoveries("manager") == 1
        assert not again.payments_paused
        assert begin(again).state is AttemptState.SENDING
        assert [e.action for e in again.audit_entries()] == [
            "journal_recovered",
            "journal_recovery_acknowledged",
        ]


def test_another_try_of_an_open_attempt_moves_its_last_send(journal: Journal, clock: Clock) -> None:
    attempt = begin(journal)
    clock.advance(seconds=40)

    journal.record_send(attempt.attempt_key)

    again = journal.get(attempt.attempt_key)
    assert again is not None and again.last_sent_at == clock.now != again.created_at
    journal.mark_succeeded(attempt.attempt_key, stripe_id="ch_1")
    with pytest.raises(StorageError, match="No open attempt"):
        journal.record_send(attempt.attempt_key)  # a settled attempt is never sent again


def test_an_order_number_and_its_attempt_are_taken_in_one_transaction(journal: Journal) -> None:
    with pytest.raises(ValidationError), journal.transaction() as tx:
        order = tx.next_order_id("R1")
        tx.begin_attempt(
            NewAttempt(
                attempt_key="k1",
                kind=AttemptKind.CHARGE,
                register_id="R1",
                cashier="dana",
                request_fingerprint="not a digest",  # refused: the whole transaction goes
                stripe_offset=timedelta(0),
                order_id=order,
            )
        )

    assert journal.next_order_id("R1") == "R1-000001"  # the failed one used no number


def test_completing_an_attempt_records_its_exact_request_and_when_it_leaves(
    journal: Journal, clock: Clock
) -> None:
    attempt = begin(journal)
    exact = request_fingerprint({**PARAMS, "source": "tok_other"})
    clock.advance(seconds=2)

    journal.complete_attempt(attempt.attempt_key, request_fingerprint=exact, durable=False)

    again = journal.get(attempt.attempt_key)
    assert again is not None and again.state is AttemptState.SENDING
    assert again.request_fingerprint == exact
    assert again.last_sent_at == clock.now and again.created_at == attempt.created_at
    with pytest.raises(ValidationError):
        journal.complete_attempt(attempt.attempt_key, request_fingerprint="x", durable=True)
    journal.mark_succeeded(attempt.attempt_key, stripe_id="ch_1")
    with pytest.raises(StorageError, match="No open attempt"):
        journal.complete_attempt(attempt.attempt_key, request_fingerprint=exact, durable=True)


def test_a_quick_completion_is_written_with_the_outcome_in_one_statement(
    journal: Journal, clock: Clock
) -> None:
    # No write of its own while the charge is out: the outcome's UPDATE carries it.
    attempt = begin(journal)
    exact = request_fingerprint({**PARAMS, "source": "tok_other"})
    clock.advance(seconds=2)
    sent_at = clock.now
    journal.complete_attempt(attempt.attempt_key, request_fingerprint=exact, durable=False)
    statements: list[str] = []
    with sqlite3.connect(journal.path) as other:
        on_disk = other.execute(
            "SELECT request_fingerprint FROM attempts WHERE attempt_key = ?",
            (attempt.attempt_key,),
        ).fetchone()
    assert on_disk == (attempt.request_fingerprint,)  # nothing written yet
    journal._conn.set_trace_callback(statements.append)
    clock.advance(seconds=1)

    journal.mark_succeeded(attempt.attempt_key, stripe_id="ch_1")

    assert [s for s in statements if s.startswith("UPDATE")] == [statements[-1]]
    settled = journal.get(attempt.attempt_key)
    assert settled is not None and settled.state is AttemptState.SUCCEEDED
    assert settled.request_fingerprint == exact and settled.last_sent_at == sent_at


def test_a_quick_completion_is_written_before_anything_reads_the_journal_or_it_closes(
    tmp_path: Path, clock: Clock
) -> None:
    path = tmp_path / "journal.sqlite3"
    journal = Journal(path, clock=clock)
    first, second = begin(journal), begin(journal, "R1-000002")
    exact = request_fingerprint({**PARAMS, "source": "tok_other"})
    journal.complete_attempt(first.attempt_key, request_fingerprint=exact, durable=False)
    journal.complete_attempt(second.attempt_key, request_fingerprint=exact, durable=False)

    # Another attempt's outcome, a read: the first's completion is on the page by then.
    journal.mark_failed(second.attempt_key)
    assert [a.request_fingerprint for a in journal.open_attempts()] == [exact]
    # A completion of an attempt settled meanwhile changes nothing.
    journal.complete_attempt(second.attempt_key, request_fingerprint=PARAMS_FP, durable=False)
    journal.close()

    reopened = Journal(path, clock=clock)
    again = reopened.get(second.attempt_key)
    assert again is not None and again.state is AttemptState.FAILED
    assert again.request_fingerprint == exact
    reopened.close()


def test_an_attempt_that_never_left_is_withdrawn_with_its_order_number(
    journal: Journal, tmp_path: Path
) -> None:
    with journal.transaction() as tx:
        order = tx.next_order_id("R1")
    attempt = begin(journal, order)

    assert journal.withdraw_attempt(attempt.attempt_key, order_of="R1")

    assert journal.get(attempt.attempt_key) is None and journal.open_for(f"order:{order}") == []
    assert journal.next_order_id("R1") == "R1-000001"  # no hole in the sequence
    assert not journal.withdraw_attempt(attempt.attempt_key, order_of="R1")  # nothing left
    # A settled attempt (a request that did leave) is never withdrawn.
    settled = begin(journal, "R1-000001")
    journal.mark_declined(settled.attempt_key, error_code="card_declined")
    assert not journal.withdraw_attempt(settled.attempt_key, order_of="R1")
    assert journal.get(settled.attempt_key) is not None


def test_a_withdrawn_order_number_is_given_back_only_while_it_is_the_last(
    journal: Journal,
) -> None:
    first = begin(journal, journal.next_order_id("R1"))
    later = journal.next_order_id("R1")  # another sale took the next number meanwhile
    typed = begin(journal, "PAPER-9")

    journal.withdraw_attempt(first.attempt_key, order_of="R1")
    journal.withdraw_attempt(typed.attempt_key)  # a typed order number took none

    assert later == "R1-000002" and journal.next_order_id("R1") == "R1-000003"


def journal_at_version(path: Path, version: int, attempt_row: str) -> None:
    """A journal file as version `version` of the till left it, with one attempt row
    (its request fingerprint the one parameter of `attempt_row`)."""
    from pos_app.storage.journal_schema import _MIGRATIONS

    with sqlite3.connect(path) as raw:
        for statements in _MIGRATIONS[:version]:
            for statement in statements:
                raw.execute(statement)
        raw.execute(f"PRAGMA user_version = {version}")
        raw.execute(attempt_row, (request_fingerprint(PARAMS),))
    raw.close()


def test_a_version_1_journal_is_migrated_with_its_open_attempts(tmp_path: Path) -> None:
    path = tmp_path / "journal.sqlite3"
    journal_at_version(
        path,
        1,
        "INSERT INTO attempts VALUES ('old-key', 'charge', 'R1-000003', 'R1', 'dana', 700, "
        "'usd', NULL, ?, 'unknown', NULL, NULL, NULL, NULL, NULL, NULL, "
        "'2026-03-01T08:00:00.000000+00:00', '2026-03-01T08:00:01.000000+00:00')",
    )

    with Journal(path) as journal:
        (old,) = journal.open_attempts()
        assert (old.attempt_key, old.kind, old.state) == (
            "old-key",
            AttemptKind.CHARGE,
            AttemptState.UNKNOWN,
        )
        assert old.block_key == "order:R1-000003" and old.stripe_offset is None
        assert old.last_sent_at == old.created_at
        with pytest.raises(AttemptBlocked):
            begin(journal, "R1-000003")  # still blocks its order after the upgrade


def test_a_version_4_journal_keeps_its_attempts_and_still_refuses_a_state_it_does_not_know(
    tmp_path: Path,
) -> None:
    path = tmp_path / "journal.sqlite3"
    journal_at_version(
        path,
        4,
        "INSERT INTO attempts VALUES ('v4-open', 'refund', 'R1-000004', 'refund:ch_4', "
        "'ch_4', NULL, NULL, 'R1', 'dana', 300, 'usd', ?, 'sending', NULL, NULL, NULL, "
        "NULL, NULL, NULL, '2026-03-01T08:00:00.000000+00:00', "
        "'2026-03-01T08:00:00.000000+00:00', '2026-03-01T08:00:00.000000+00:00', 1500)",
    )

    with Journal(path) as journal:
        (old,) = journal.open_attempts()
        assert (old.attempt_key, old.kind, old.state, old.subject_id) == (
            "v4-open",
            AttemptKind.REFUND,
            AttemptState.SENDING,
            "ch_4",
        )
        assert old.stripe_offset == timedelta(milliseconds=1500)
        assert journal.open_for("refund:ch_4") == [old]
        journal.mark_succeeded("v4-open", stripe_id="re_4")

    with sqlite3.connect(path) as raw:
        assert raw.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        indexes = {
            row[0] for row in raw.execute("SELECT name FROM sqlite_master WHERE type = 'index'")
        }
        assert {"attempts_by_order", "attempts_by_created", "attempts_by_state"} <= indexes
        assert "attempts_by_block" in indexes
        with pytest.raises(sqlite3.IntegrityError, match="CHECK"):
            raw.execute("UPDATE attempts SET state = 'lost' WHERE attempt_key = 'v4-open'")
    raw.close()
