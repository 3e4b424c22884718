"""The setup's rules in one place: what the setup and settings dialogs and save_setup accept."""

from __future__ import annotations

import dataclasses

import pytest

from pos_app.domain.errors import ConfigurationError, ValidationError
from pos_app.storage.config import load_runtime_config, sandbox_config, save_setup
from pos_app.storage.paths import AppPaths
from pos_app.storage.secrets import MemorySecretStore
from pos_app.storage.settings import (
    Settings,
    SettingsStore,
    validate_currency,
    validate_register_id,
    verify_pin,
)
from pos_app.storage.setup import (
    SetupForm,
    apply_setup,
    default_confirm_above,
    validate_setup,
)

from .conftest import FAKE_LIVE_SECRET, FAKE_PUBLISHABLE, FAKE_SECRET

GOOD = SetupForm(
    secret_key=FAKE_SECRET,
    publishable_key=FAKE_PUBLISHABLE,
    business_name="Corner Books",
    business_address="1 Main Street\nSpringfield",
    register_id="FRONT-1",
    currency="usd",
    manager_pin="2468",
    pin_confirm="2468",
)


def test_a_complete_form_has_no_problem() -> None:
    assert validate_setup(GOOD) == {}


@pytest.mark.parametrize(
    ("change", "field", "words"),
    [
        ({"register_id": "Front Desk 1"}, "register_id", "no spaces"),
        ({"register_id": "FRONT-REGISTER-NUMBER-1"}, "register_id", "up to 16"),
        ({"register_id": ""}, "register_id", "Name this register"),
        ({"secret_key": FAKE_PUBLISHABLE}, "secret_key", "publishable key"),
        ({"secret_key": "nonsense"}, "secret_key", "not a secret"),
        ({"secret_key": ""}, "secret_key", "Paste the secret key"),
        ({"secret_key": FAKE_LIVE_SECRET}, "publishable_key", "both live"),
        ({"publishable_key": FAKE_SECRET}, "publishable_key", "pk_test_"),
        ({"business_name": "  "}, "business_name", "business name"),
        ({"business_name": "x" * 81}, "business_name", "under 80"),
        ({"business_address": "x" * 301}, "business_address", "under 300"),
        ({"manager_pin": "12", "pin_confirm": "12"}, "manager_pin", "4 to 8 digits"),
        ({"manager_pin": "12ab", "pin_confirm": "12ab"}, "manager_pin", "4 to 8 digits"),
        ({"pin_confirm": "2469"}, "pin_confirm", "differ"),
        ({"currency": "dollars"}, "currency", "currency"),
        ({"confirm_above": 0}, "confirm_above", "above zero"),
    ],
)
def test_each_problem_is_named_on_its_field_in_a_sentence(
    change: dict[str, object], field: str, words: str
) -> None:
    errors = validate_setup(dataclasses.replace(GOOD, **change))  # type: ignore[arg-type]

    assert field in errors and words in errors[field]
    assert errors[field].endswith(".")


def test_training_needs_no_keys_and_settings_need_neither_keys_nor_pin() -> None:
    training = dataclasses.replace(GOOD, training=True, secret_key="", publishable_key="")
    assert validate_setup(training) == {}
    settings = dataclasses.replace(GOOD, secret_key="", manager_pin="", pin_confirm="")
    assert validate_setup(settings, require_keys=False, require_pin=False) == {}
    # Keys typed in are still checked when they are not required.
    typed = dataclasses.replace(settings, secret_key="nonsense")
    assert "secret_key" in validate_setup(typed, require_keys=False, require_pin=False)


def test_save_setup_refuses_what_the_dialogs_refuse(tmp_path) -> None:
    store = SettingsStore(tmp_path / "settings.json")
    with pytest.raises(ValidationError) as caught:
        save_setup(
            MemorySecretStore(),
            store,
            Settings(business_name=""),
            secret_key=FAKE_SECRET,
        )
    assert caught.value.field == "business_name"
    assert not store.path.exists()


def test_apply_setup_keeps_the_keys_out_and_hashes_a_new_pin() -> None:
    settings = apply_setup(Settings(), dataclasses.replace(GOOD, confirm_above=250_000))

    assert settings.register_id == "FRONT-1" and settings.business_name == "Corner Books"
    assert settings.confirm_above == 250_000
    assert verify_pin("2468", settings.manager_pin_hash)
    assert FAKE_SECRET not in repr(settings) and FAKE_SECRET not in repr(GOOD)
    kept = apply_setup(settings, dataclasses.replace(GOOD, manager_pin="", pin_confirm=""))
    assert kept.manager_pin_hash == settings.manager_pin_hash


def test_the_large_charge_threshold_defaults_to_a_thousand_of_the_currency() -> None:
    assert default_confirm_above("usd") == 100_000
    assert default_confirm_above("jpy") == 100_000
    assert default_confirm_above("kwd") == 1_000_000


def test_business_name_and_address_come_from_the_environment(
    paths: AppPaths, settings_store: SettingsStore
) -> None:
    settings_store.save(Settings(business_name="Stored name", business_address="Stored street"))
    env = {
        "POS_STRIPE_SECRET_KEY": FAKE_SECRET,
        "POS_BUSINESS_NAME": "Kiosk Café",
        "POS_BUSINESS_ADDRESS": r"2 Station Road\nSpringfield",
    }

    config = load_runtime_config(env, paths, None, settings_store)
    sandbox = sandbox_config(env, paths, "http://127.0.0.1:9", settings_store)

    for loaded in (config, sandbox):
        assert loaded.business_name == "Kiosk Café"
        assert loaded.business_address == "2 Station Road\nSpringfield"
    assert config.stored is not None and config.stored.business_name == "Stored name"


def test_a_business_name_too_long_in_the_environment_is_named(
    paths: AppPaths, settings_store: SettingsStore
) -> None:
    env = {"POS_STRIPE_SECRET_KEY": FAKE_SECRET, "POS_BUSINESS_NAME": "x" * 81}
    with pytest.raises(ConfigurationError, match="POS_BUSINESS_NAME"):
        load_runtime_config(env, paths, None, settings_store)


@pytest.mark.parametrize("register_id", ["R1", "front-2", "9_TILL", "A" * 16])
def test_a_plain_register_id_is_kept(register_id: str) -> None:
    assert validate_register_id(register_id) == register_id


@pytest.mark.parametrize(
    "register_id", ["", "-front", "_1", "A" * 17, "R1\n", "Kasse-\u00dc", "R 1", "R1%"]
)
def test_a_register_id_that_would_not_fit_an_order_number_is_refused(register_id: str) -> None:
    with pytest.raises(ValidationError) as refused:
        validate_register_id(register_id)
    assert refused.value.field == "register_id"


@pytest.mark.parametrize(("typed", "code"), [("usd", "usd"), (" EUR ", "eur"), ("Gbp", "gbp")])
def test_a_currency_code_is_read_in_lowercase(typed: str, code: str) -> None:
    assert validate_currency(typed) == code


@pytest.mark.parametrize("typed", ["", "us", "usdd", "u5d", "\u00fcsd", "us\nd", "$"])
def test_anything_but_three_letters_is_not_a_currency(typed: str) -> None:
    with pytest.raises(ValidationError) as refused:
        validate_currency(typed)
    assert refused.value.field == "currency"
