"""The settings file: defaults, round trips, atomic writes, damage reported, PIN hashing."""

from __future__ import annotations

import json
import os
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from pos_app.domain.errors import StorageError, ValidationError
from pos_app.domain.records import replace
from pos_app.storage.quarantine import take_moved
from pos_app.storage.settings import Settings, SettingsStore, hash_pin, verify_pin

SHOP = Settings(
    business_name="Corner Books",
    business_address="1 Main Street\nSpringfield\nIL 62701",
    register_id="R2",
    default_currency="eur",
    receipt_footer="No refunds after 30 days",
)


def test_missing_file_gives_defaults(tmp_path: Path) -> None:
    loaded = SettingsStore(tmp_path / "settings.json").load()

    assert loaded == Settings()
    assert loaded.default_currency == "usd"
    assert loaded.manager_pin_hash is None


def test_save_then_load_round_trips_multi_line_address(tmp_path: Path) -> None:
    store = SettingsStore(tmp_path / "config" / "settings.json")

    store.save(SHOP)

    assert store.load() == SHOP
    assert store.load().business_address.splitlines()[1] == "Springfield"
    if os.name == "posix":
        assert store.path.stat().st_mode & 0o077 == 0


def test_failed_replace_leaves_old_file_intact(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = SettingsStore(tmp_path / "settings.json")
    store.save(SHOP)
    before = store.path.read_bytes()

    def disk_full(src: object, dst: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("os.replace", disk_full)
    with pytest.raises(StorageError, match="previous settings are unchanged"):
        store.save(replace(SHOP, business_name="Other name"))

    assert store.path.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["settings.json"]  # temp file removed


def test_failed_fsync_leaves_old_file_intact(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = SettingsStore(tmp_path / "settings.json")
    store.save(SHOP)

    def io_error(fd: int) -> None:
        raise OSError(5, "Input/output error")

    monkeypatch.setattr("os.fsync", io_error)
    with pytest.raises(StorageError):
        store.save(replace(SHOP, register_id="R9"))

    monkeypatch.undo()
    assert store.load() == SHOP
    assert [p.name for p in tmp_path.iterdir()] == ["settings.json"]


@pytest.mark.parametrize(
    "content",
    ["{not json", "[1, 2]", json.dumps({"register_id": "has spaces!"}), '{"business_name": 5}'],
)
def test_a_damaged_file_is_moved_aside_and_the_defaults_used(tmp_path: Path, content: str) -> None:
    path = tmp_path / "settings.json"
    path.write_text(content, encoding="utf-8")
    moment = datetime(2026, 12, 2, 10, 15, tzinfo=UTC)
    take_moved()

    assert SettingsStore(path, clock=lambda: moment).load() == Settings()

    moved = tmp_path / "settings.json.corrupt-20261202T101500"
    assert not path.exists()
    assert moved.read_text(encoding="utf-8") == content  # what the owner typed is kept
    (told,) = take_moved()
    assert (told.original, told.moved_to, told.what) == (path, moved, "the settings file")
    assert str(moved) in told.describe()


def test_a_file_that_is_not_text_is_moved_aside_too(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_bytes(b"\xff\xfe\x00garbage")

    assert SettingsStore(path).load() == Settings()
    assert [p.name.split(".corrupt-")[0] for p in tmp_path.iterdir()] == ["settings.json"]


def test_unknown_fields_from_a_newer_version_are_ignored(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_text(json.dumps({"version": 7, "business_name": "Shop", "theme": "dark"}))

    assert SettingsStore(path).load().business_name == "Shop"


def test_live_confirmation_is_a_date() -> None:
    confirmed = Settings(live_confirmed_on="2026-03-01")

    assert confirmed.live_confirmed_for(date(2026, 3, 1))
    assert not confirmed.live_confirmed_for(date(2026, 3, 2))
    with pytest.raises(ValidationError):
        Settings(live_confirmed_on="yesterday")


def test_pin_hash_verifies_and_hides_the_pin() -> None:
    stored = hash_pin("4821")

    assert "4821" not in stored.split("$")
    assert stored.startswith("pbkdf2_sha256$")
    assert verify_pin("4821", stored)
    assert not verify_pin("4822", stored)
    assert not verify_pin("4821", None)
    assert not verify_pin("4821", "garbage")
    assert not verify_pin("48", stored)
    # A fresh salt each time: the same PIN never gives the same stored text.
    assert hash_pin("4821", iterations=1000) != hash_pin("4821", iterations=1000)


@pytest.mark.parametrize("pin", ["123", "123456789", "12a4", "", " 1234"])
def test_pin_must_be_4_to_8_digits(pin: str) -> None:
    with pytest.raises(ValidationError) as caught:
        hash_pin(pin, iterations=1000)

    assert caught.value.field == "manager_pin"


def test_settings_file_holds_the_pin_hash_not_the_pin(tmp_path: Path) -> None:
    store = SettingsStore(tmp_path / "settings.json")

    store.save(replace(SHOP, manager_pin_hash=hash_pin("90731355", iterations=1000)))

    assert b"90731355" not in store.path.read_bytes()
    assert verify_pin("90731355", store.load().manager_pin_hash)
