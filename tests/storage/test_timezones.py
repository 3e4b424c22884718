"""The shop's time zone: POS_TIMEZONE beats the stored setting, which beats the computer's zone;
names are checked; the computer's own zone keeps its daylight-saving rules."""

from __future__ import annotations

import time
from datetime import date
from zoneinfo import ZoneInfo

import pytest

from pos_app.domain.errors import ConfigurationError, ValidationError
from pos_app.domain.localday import day_window
from pos_app.domain.records import replace
from pos_app.storage.config import load_runtime_config, sandbox_config
from pos_app.storage.paths import AppPaths
from pos_app.storage.secrets import MemorySecretStore
from pos_app.storage.settings import Settings, SettingsStore
from pos_app.storage.timezones import _SystemRules, resolve_zone, system_zone

from .conftest import FAKE_SECRET

ENV = {"POS_STRIPE_SECRET_KEY": FAKE_SECRET, "USER": "dana"}


def test_an_iana_name_is_a_zone_with_its_rules() -> None:
    shop = resolve_zone("Europe/Berlin")
    assert shop.name == "Europe/Berlin"
    assert day_window(date(2024, 3, 31), shop.zone).length.total_seconds() == 23 * 3600


def test_an_unknown_name_is_refused_with_the_way_out() -> None:
    with pytest.raises(ValidationError) as refused:
        resolve_zone("Mars/Olympus_Mons")
    assert "Europe/Berlin" in refused.value.message


def test_no_name_means_the_computers_zone(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TZ", "America/New_York")
    shop = resolve_zone(None)
    assert shop.name == "America/New_York"
    assert shop.zone == ZoneInfo("America/New_York")
    assert system_zone().name == "America/New_York"


@pytest.mark.skipif(not hasattr(time, "tzset"), reason="needs time.tzset (POSIX)")
def test_the_c_library_fallback_follows_daylight_saving(monkeypatch: pytest.MonkeyPatch) -> None:
    # What a Windows till without an IANA name gets: the system's own rules.
    monkeypatch.setenv("TZ", "Europe/Berlin")
    time.tzset()
    try:
        rules = _SystemRules()
        assert day_window(date(2024, 3, 31), rules).length.total_seconds() == 23 * 3600
        assert day_window(date(2024, 10, 27), rules).length.total_seconds() == 25 * 3600
        assert day_window(date(2024, 6, 1), rules).start.utcoffset().total_seconds() == 7200
    finally:
        monkeypatch.delenv("TZ")
        time.tzset()


def test_pos_timezone_beats_the_stored_setting(
    paths: AppPaths, settings_store: SettingsStore
) -> None:
    settings_store.save(replace(Settings(), timezone="Asia/Tokyo"))
    stored = load_runtime_config(ENV, paths, MemorySecretStore(), settings_store)
    assert stored.timezone == "Asia/Tokyo"
    env = {**ENV, "POS_TIMEZONE": "Europe/Lisbon"}
    assert load_runtime_config(env, paths, MemorySecretStore(), settings_store).timezone == (
        "Europe/Lisbon"
    )
    sandbox = sandbox_config(env, paths, "http://127.0.0.1:9", settings_store)
    assert sandbox.timezone == "Europe/Lisbon"


def test_without_either_the_computers_zone_is_used(
    paths: AppPaths, settings_store: SettingsStore
) -> None:
    assert load_runtime_config(ENV, paths, MemorySecretStore(), settings_store).timezone is None


def test_a_wrong_pos_timezone_stops_the_start_with_its_name(
    paths: AppPaths, settings_store: SettingsStore
) -> None:
    env = {**ENV, "POS_TIMEZONE": "Europe/Atlantis"}
    with pytest.raises(ConfigurationError) as refused:
        load_runtime_config(env, paths, MemorySecretStore(), settings_store)
    assert "POS_TIMEZONE" in str(refused.value) and "Europe/Atlantis" in str(refused.value)
