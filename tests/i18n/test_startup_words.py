"""What a manager reads when the till cannot start or found a damaged file, and the receipt
footer a new shop starts with, in the till's language; what the shop typed stays as typed."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from pos_app.domain.errors import ConfigurationError
from pos_app.domain.i18n import SOURCE_LANGUAGE
from pos_app.storage.config import load_runtime_config
from pos_app.storage.paths import AppPaths
from pos_app.storage.quarantine import Quarantined
from pos_app.storage.secrets import PUBLISHABLE_KEY, SECRET_KEY, MemorySecretStore
from pos_app.storage.settings import DEFAULT_RECEIPT_FOOTER, Settings, SettingsStore
from tests.storage.conftest import FAKE_PUBLISHABLE

BAD_PIN = {"POS_MANAGER_PIN": "12", "USER": "dana"}


@pytest.fixture
def german(qapp: object) -> Iterator[None]:
    from pos_app.ui.i18n import install_language

    assert install_language("de") == "de"
    yield
    install_language(SOURCE_LANGUAGE)


def _config_error(tmp_path: Path, env: dict[str, str], secrets: MemorySecretStore) -> str:
    paths = AppPaths.under(tmp_path)
    store = SettingsStore(paths.settings_path)
    with pytest.raises(ConfigurationError) as raised:
        load_runtime_config(env, paths, secrets, store)
    return str(raised.value)


def test_in_english_an_invalid_pin_and_a_wrong_stored_key_say_where_they_came_from(
    tmp_path: Path,
) -> None:
    assert _config_error(tmp_path, BAD_PIN, MemorySecretStore()) == (
        "POS_MANAGER_PIN must be 4 to 8 digits"
    )
    # A publishable key stored as the secret one: named, never echoed.
    wrong = MemorySecretStore({SECRET_KEY: FAKE_PUBLISHABLE})
    text = _config_error(tmp_path, {"USER": "dana"}, wrong)
    assert text.startswith("The stored secret key holds a publishable key (pk_...)")
    assert FAKE_PUBLISHABLE not in text


def test_with_german_chosen_the_cannot_start_reasons_read_german(
    german: None, tmp_path: Path
) -> None:
    assert _config_error(tmp_path, BAD_PIN, MemorySecretStore()) == (
        "POS_MANAGER_PIN muss aus 4 bis 8 Ziffern bestehen"
    )
    wrong = MemorySecretStore({SECRET_KEY: FAKE_PUBLISHABLE, PUBLISHABLE_KEY: FAKE_PUBLISHABLE})
    text = _config_error(tmp_path, {"USER": "dana"}, wrong)
    assert text.startswith("Der gespeicherte geheime Schlüssel ist ein veröffentlichbarer")
    assert FAKE_PUBLISHABLE not in text


def test_with_german_chosen_the_damaged_files_box_reads_german(
    german: None, tmp_path: Path
) -> None:
    from pos_app.launcher import damaged_files_text

    moved = Quarantined(
        original=tmp_path / "settings.json",
        moved_to=tmp_path / "settings.json.corrupt-20261202T101500",
        reason="damaged: not a JSON object",
        moved_at=datetime(2026, 12, 2, 10, 15, tzinfo=UTC),
        what="the settings file",
    )
    text = damaged_files_text([moved], [])
    assert text.startswith("Einige Dateien der Kasse konnten nicht gelesen werden.")
    assert (
        "• Die Einstellungsdatei konnte nicht gelesen werden (damaged: not a JSON object). "
        f"Sie wurde nach {moved.moved_to} verschoben." in text
    )
    assert "could not be read" not in text


def test_a_new_shop_is_offered_the_footer_in_its_language_and_a_saved_one_stays_as_saved(
    german: None, tmp_path: Path
) -> None:
    store = SettingsStore(tmp_path / "settings.json")
    assert store.load().receipt_footer == "Vielen Dank für Ihren Einkauf!"
    # A footer saved in English (by an English till, or typed so) is the shop's own text.
    store.save(Settings(receipt_footer=DEFAULT_RECEIPT_FOOTER))
    assert store.load().receipt_footer == DEFAULT_RECEIPT_FOOTER
    data = json.loads(store.path.read_text(encoding="utf-8"))
    assert data["receipt_footer"] == DEFAULT_RECEIPT_FOOTER
