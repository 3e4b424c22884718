"""Manager approval: the PIN, its lock after five wrong tries, and the audit trail it leaves."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest

from pos_app.domain.errors import ConfigurationError
from pos_app.services.manager import (
    AuditTrail,
    ManagerAction,
    ManagerAuth,
    PinLocked,
    PinRejected,
)
from pos_app.storage.journal import Journal
from pos_app.storage.settings import hash_pin

from .scripted_stripe import Clock

PIN_HASH = hash_pin("4821", iterations=1_000)


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def journal(tmp_path: Path, clock: Clock) -> Iterator[Journal]:
    with Journal(tmp_path / "journal.sqlite3", clock=clock) as opened:
        yield opened


def auth(journal: Journal, clock: Clock, **kwargs: object) -> ManagerAuth:
    trail = AuditTrail(journal, register_id="FRONT-1", cashier="Sam")
    return ManagerAuth(trail, pin_hash=kwargs.pop("pin_hash", PIN_HASH), clock=clock, **kwargs)  # type: ignore[arg-type]


def test_the_right_pin_grants_and_is_written_down_with_who_where_and_why(
    journal: Journal, clock: Clock
) -> None:
    grant = auth(journal, clock).authorize("4821", ManagerAction.REFUND, "ch_1", "damaged goods")

    assert (grant.action, grant.subject, grant.reason) == (
        ManagerAction.REFUND,
        "ch_1",
        "damaged goods",
    )
    (entry,) = journal.audit_entries()
    assert entry.subject == "ch_1" and entry.ts == clock.now
    assert entry.details == {
        "register": "FRONT-1",
        "cashier": "Sam",
        "why": "damaged goods",
        "for": "refund",
    }


def test_five_wrong_pins_lock_it_for_five_minutes_even_across_a_restart(
    journal: Journal, clock: Clock
) -> None:
    manager = auth(journal, clock)
    for tries_left in (4, 3, 2, 1):
        with pytest.raises(PinRejected) as rejected:
            manager.authorize("0000", ManagerAction.REFUND, "ch_1")
        assert rejected.value.tries_left == tries_left
    with pytest.raises(PinLocked):
        manager.authorize("0000", ManagerAction.REFUND, "ch_1")

    restarted = auth(journal, clock)
    clock.advance(minutes=4)
    with pytest.raises(PinLocked) as locked:
        restarted.authorize("4821", ManagerAction.REFUND, "ch_1")  # even the right PIN
    assert locked.value.until == clock.now + timedelta(minutes=1)

    clock.advance(minutes=1, seconds=1)
    assert restarted.authorize("4821", ManagerAction.REFUND, "ch_1").subject == "ch_1"


def test_a_right_pin_clears_the_count_of_wrong_ones(journal: Journal, clock: Clock) -> None:
    manager = auth(journal, clock)
    for _ in range(4):
        with pytest.raises(PinRejected):
            manager.authorize("1111", ManagerAction.CUSTOMER_DELETION, "cus_1")
    manager.authorize("4821", ManagerAction.CUSTOMER_DELETION, "cus_1")

    with pytest.raises(PinRejected) as rejected:
        manager.authorize("1111", ManagerAction.CUSTOMER_DELETION, "cus_1")
    assert rejected.value.tries_left == 4


def test_a_pin_from_the_environment_is_compared_never_hashed(
    journal: Journal, clock: Clock
) -> None:
    def no_hashing(pin: str, stored: str | None) -> bool:
        raise AssertionError("the environment's PIN must not go through the key derivation")

    manager = auth(journal, clock, pin_hash=None, env_pin="13579", verify=no_hashing)

    assert manager.authorize("13579", ManagerAction.SETTINGS, "settings")
    with pytest.raises(PinRejected):
        manager.authorize("13570", ManagerAction.SETTINGS, "settings")


def test_without_a_pin_set_up_nothing_is_approved(journal: Journal, clock: Clock) -> None:
    manager = auth(journal, clock, pin_hash=None)

    assert not manager.configured
    with pytest.raises(ConfigurationError):
        manager.authorize("4821", ManagerAction.REFUND, "ch_1")
    assert journal.audit_entries() == []
