"""The customer directory's local copy: what it keeps, who may read it, and a damaged file."""

from __future__ import annotations

import sqlite3
import stat
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from pos_app.domain.cards import Brand
from pos_app.domain.customers import CustomerSummary
from pos_app.domain.errors import StorageError
from pos_app.storage.customer_cache import CustomerCache

NOW = datetime(2026, 11, 28, 12, 0, tzinfo=UTC)


def ada(**changes: object) -> CustomerSummary:
    fields: dict[str, object] = {
        "id": "cus_ada",
        "name": "Ada Lovelace",
        "email": "ada@example.com",
        "phone": "+44 20 7946 0001",
        "card_id": "card_1",
        "card_brand": Brand.VISA,
        "card_last4": "4242",
        "card_exp_month": 12,
        "card_exp_year": 2030,
        "card_saved_at": NOW - timedelta(days=3),
        "created": NOW - timedelta(days=3),
    }
    return CustomerSummary(**{**fields, **changes})  # type: ignore[arg-type]


@pytest.fixture
def path(tmp_path: Path) -> Path:
    return tmp_path / "data" / "customers.sqlite3"


def cache_at(path: Path, scope: str = "TEST:abc") -> CustomerCache:
    return CustomerCache(path, scope=scope, clock=lambda: NOW)


def test_what_is_saved_comes_back_on_the_next_start(path: Path) -> None:
    grace = ada(id="cus_grace", name="Grace Hopper", email="", phone="", card_id="", card_last4="")
    cache_at(path).upsert([ada(), grace])

    loaded = cache_at(path).load()

    assert sorted(loaded.customers, key=lambda c: c.id) == [ada(), grace]
    assert loaded.refreshed_at is None and loaded.moved_aside is None


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX file modes")
def test_only_the_owner_may_read_the_file(path: Path) -> None:
    cache_at(path).upsert([ada()])

    assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_a_card_number_can_never_be_kept(path: Path) -> None:
    with pytest.raises(ValueError, match="four digits"):
        ada(card_last4="4242424242424242")
    cache_at(path).upsert([ada()])
    conn = sqlite3.connect(path)
    with pytest.raises(sqlite3.IntegrityError):
        conn.execute("UPDATE customers SET card_last4 = '4242424242424242'")
    conn.close()


def test_a_damaged_file_is_moved_aside_with_a_timestamp_and_started_anew(path: Path) -> None:
    cache_at(path).upsert([ada()])
    path.write_bytes(b"this is not a database" * 100)

    loaded = cache_at(path).load()

    assert loaded.customers == []
    assert loaded.moved_aside == path.with_name("customers.sqlite3.corrupt-20261128T120000")
    assert loaded.moved_aside.read_bytes().startswith(b"this is not a database")
    cache_at(path).upsert([ada()])
    assert cache_at(path).load().customers == [ada()]


def test_a_file_from_another_version_is_moved_aside(path: Path) -> None:
    cache_at(path).upsert([ada()])
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA user_version = 99")
    conn.close()

    loaded = cache_at(path).load()

    assert loaded.customers == [] and loaded.moved_aside is not None


def test_a_file_it_may_not_open_is_moved_aside(path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    cache_at(path).upsert([ada()])

    def refuse(self: CustomerCache, **_: object) -> object:
        # What opening a file of another owner, or on a read-only mount, raises.
        raise PermissionError("permission denied")

    monkeypatch.setattr(CustomerCache, "_connect", refuse)
    loaded = cache_at(path).load()

    assert loaded.customers == [] and loaded.moved_aside is not None
    assert not path.exists()


def test_another_accounts_customers_are_never_shown(path: Path) -> None:
    cache_at(path, "TEST:account-a").upsert([ada()])

    assert cache_at(path, "LIVE:account-b").load().customers == []
    cache_at(path, "LIVE:account-b").upsert([ada(id="cus_b")])
    assert [c.id for c in cache_at(path, "LIVE:account-b").load().customers] == ["cus_b"]
    assert cache_at(path, "TEST:account-a").load().customers == []


def test_a_full_listing_replaces_the_cache_but_keeps_customers_created_meanwhile(
    path: Path,
) -> None:
    cache = cache_at(path)
    gone = ada(id="cus_gone", created=NOW - timedelta(days=1))
    newer = ada(id="cus_new", created=NOW + timedelta(seconds=5))
    cache.upsert([ada(), gone, newer])

    cache.replace([ada(name="Ada King")], listed_since=NOW)
    loaded = cache.load()

    assert sorted(c.id for c in loaded.customers) == ["cus_ada", "cus_new"]
    assert next(c for c in loaded.customers if c.id == "cus_ada").name == "Ada King"
    assert loaded.refreshed_at == NOW


def test_a_write_to_a_damaged_file_says_so_and_sets_it_aside(path: Path) -> None:
    cache_at(path).upsert([ada()])
    conn = sqlite3.connect(path)
    conn.execute("DROP TABLE customers")
    conn.execute("CREATE TABLE customers (id TEXT)")
    conn.commit()
    conn.close()

    with pytest.raises(StorageError, match="set aside"):
        cache_at(path).upsert([ada()])
    assert not path.exists() or cache_at(path).load().customers == []


def test_the_names_say_who_each_saved_customer_is(path: Path) -> None:
    """The day's history names who paid: the name, else the e-mail, else the phone."""
    cache_at(path).upsert(
        [
            ada(),
            ada(id="cus_mail", name="", email="kim@example.com"),
            ada(id="cus_phone", name="", email="", phone="+1 555 0100"),
        ]
    )

    assert cache_at(path).names() == {
        "cus_ada": "Ada Lovelace",
        "cus_mail": "kim@example.com",
        "cus_phone": "+1 555 0100",
    }
    # Another account's customers are never named, and no file is made to say so.
    assert cache_at(path, "LIVE:account-b").names() == {}
    assert cache_at(path.with_name("none.sqlite3")).names() == {}
    assert not path.with_name("none.sqlite3").exists()


def test_reading_the_names_leaves_a_damaged_file_for_the_directory_to_report(path: Path) -> None:
    cache_at(path).upsert([ada()])
    path.write_bytes(b"this is not a database" * 100)

    assert cache_at(path).names() == {}
    # Still there: the Customers page's load moves it aside and tells the cashier.
    assert path.exists()
    assert cache_at(path).load().moved_aside is not None
