"""Runtime configuration: environment beats stored settings, keys are checked and never echoed."""

from __future__ import annotations

import pytest

from pos_app.domain.errors import ConfigurationError, SecretStoreUnavailable, ValidationError
from pos_app.domain.keys import Mode
from pos_app.domain.records import replace
from pos_app.storage.config import load_runtime_config, sandbox_config, save_setup
from pos_app.storage.paths import AppPaths
from pos_app.storage.secrets import (
    PUBLISHABLE_KEY,
    SECRET_KEY,
    KeyringSecretStore,
    MemorySecretStore,
)
from pos_app.storage.settings import Settings, SettingsStore, verify_pin

from .conftest import FAKE_LIVE_SECRET, FAKE_PUBLISHABLE, FAKE_SECRET, files_contain

STORED = Settings(
    business_name="Corner Books",
    business_address="1 Main Street\nSpringfield",
    register_id="R2",
    default_currency="usd",
    receipt_footer="Thanks!",
)


class UntouchableStore:
    """A secret store that fails the test if anyone asks it anything."""

    def get(self, name: str) -> str | None:
        raise AssertionError("the keychain was consulted")

    def set(self, name: str, value: str) -> None:
        raise AssertionError("the keychain was consulted")

    def delete(self, name: str) -> None:
        raise AssertionError("the keychain was consulted")


def test_keychain_keys_and_stored_settings(paths: AppPaths, settings_store: SettingsStore) -> None:
    settings_store.save(STORED)
    secrets = MemorySecretStore({SECRET_KEY: FAKE_SECRET, PUBLISHABLE_KEY: FAKE_PUBLISHABLE})

    config = load_runtime_config({"USER": "dana"}, paths, secrets, settings_store)

    assert config.secret_key == FAKE_SECRET
    assert config.publishable_key == FAKE_PUBLISHABLE
    assert config.mode is Mode.TEST
    assert not config.keys_from_env and not config.needs_setup
    assert config.register_id == "R2"
    assert config.business_name == "Corner Books"
    assert config.business_address == "1 Main Street\nSpringfield"
    assert config.cashier == "dana"
    assert config.api_base == "https://api.stripe.com"
    assert config.journal_path == paths.journal_path


def test_environment_overrides_stored_settings(
    paths: AppPaths, settings_store: SettingsStore
) -> None:
    settings_store.save(STORED)
    env = {
        "POS_STRIPE_SECRET_KEY": FAKE_SECRET,
        "POS_STRIPE_API_BASE": "http://127.0.0.1:8420/",
        "POS_REGISTER_ID": "R7",
        "POS_CASHIER": "Sam",
        "POS_CURRENCY": "EUR",
        "POS_MANAGER_PIN": "2468",
    }

    config = load_runtime_config(env, paths, None, settings_store)

    assert config.register_id == "R7"
    assert config.cashier == "Sam"
    assert config.currency == "eur"
    assert config.api_base == "http://127.0.0.1:8420"
    assert config.manager_pin_env == "2468"  # compared when asked, never hashed at start
    assert config.manager_pin_hash == STORED.manager_pin_hash
    assert "2468" not in repr(config)
    assert settings_store.load() == STORED  # the environment never rewrites the file


def test_keys_from_environment_never_touch_the_keychain(
    paths: AppPaths, settings_store: SettingsStore
) -> None:
    env = {"POS_STRIPE_SECRET_KEY": FAKE_LIVE_SECRET}

    config = load_runtime_config(env, paths, UntouchableStore(), settings_store)
    # The headless case: a keychain with no backend is fine while the env holds the keys.
    headless = load_runtime_config(env, paths, KeyringSecretStore(), settings_store)

    assert config.keys_from_env and headless.keys_from_env
    assert config.mode is Mode.LIVE and config.is_live
    assert config.publishable_key is None


def test_no_keychain_and_no_env_keys_explains_the_way_out(
    paths: AppPaths, settings_store: SettingsStore
) -> None:
    with pytest.raises(SecretStoreUnavailable, match="POS_STRIPE_SECRET_KEY"):
        load_runtime_config({}, paths, KeyringSecretStore(), settings_store)


def test_no_key_anywhere_means_setup_is_needed(
    paths: AppPaths, settings_store: SettingsStore
) -> None:
    config = load_runtime_config({}, paths, MemorySecretStore(), settings_store)
    without_store = load_runtime_config({}, paths, None, settings_store)

    assert config.needs_setup and without_store.needs_setup
    assert config.secret_key is None


@pytest.mark.parametrize(
    ("env", "variable"),
    [
        ({"POS_STRIPE_SECRET_KEY": FAKE_PUBLISHABLE}, "POS_STRIPE_SECRET_KEY"),
        ({"POS_STRIPE_SECRET_KEY": "hunter2-not-a-key"}, "POS_STRIPE_SECRET_KEY"),
        (
            {"POS_STRIPE_SECRET_KEY": FAKE_SECRET, "POS_STRIPE_PUBLISHABLE_KEY": FAKE_SECRET},
            "POS_STRIPE_PUBLISHABLE_KEY",
        ),
        (
            {
                "POS_STRIPE_SECRET_KEY": FAKE_LIVE_SECRET,
                "POS_STRIPE_PUBLISHABLE_KEY": FAKE_PUBLISHABLE,
            },
            "POS_STRIPE_PUBLISHABLE_KEY",
        ),
        ({"POS_STRIPE_SECRET_KEY": FAKE_SECRET, "POS_MANAGER_PIN": "12"}, "POS_MANAGER_PIN"),
        ({"POS_STRIPE_SECRET_KEY": FAKE_SECRET, "POS_CURRENCY": "euro"}, "POS_CURRENCY"),
        ({"POS_STRIPE_SECRET_KEY": FAKE_SECRET, "POS_REGISTER_ID": "till 1"}, "POS_REGISTER_ID"),
        (
            {"POS_STRIPE_SECRET_KEY": FAKE_SECRET, "POS_STRIPE_API_BASE": "http://stripe.example"},
            "POS_STRIPE_API_BASE",
        ),
    ],
)
def test_invalid_environment_is_named_not_echoed(
    paths: AppPaths, settings_store: SettingsStore, env: dict[str, str], variable: str
) -> None:
    with pytest.raises(ConfigurationError) as caught:
        load_runtime_config(env, paths, None, settings_store)

    message = str(caught.value)
    assert variable in message
    for value in env.values():
        assert value not in message


def test_repr_hides_the_keys(paths: AppPaths, settings_store: SettingsStore) -> None:
    env = {"POS_STRIPE_SECRET_KEY": FAKE_SECRET, "POS_STRIPE_PUBLISHABLE_KEY": FAKE_PUBLISHABLE}

    config = load_runtime_config(env, paths, None, settings_store)

    for text in (repr(config), str(config)):
        assert FAKE_SECRET not in text
        assert FAKE_PUBLISHABLE not in text
        assert "R1" in text  # the rest is still there for diagnostics


def test_sandbox_config_uses_training_keys_and_its_own_journal(
    paths: AppPaths, settings_store: SettingsStore
) -> None:
    config = sandbox_config(
        {"POS_CASHIER": "Lee", "POS_CURRENCY": "eur", "POS_REGISTER_ID": "BACK-2"},
        paths,
        "http://127.0.0.1:9999",
        settings_store,
    )

    assert config.mode is Mode.SANDBOX and config.is_sandbox
    assert config.secret_key == "sk_test_sandbox"
    assert config.publishable_key == "pk_test_sandbox"
    assert config.business_name == "Training shop"
    assert config.cashier == "Lee"
    assert (config.currency, config.register_id) == ("eur", "BACK-2")
    assert config.api_base == "http://127.0.0.1:9999"
    assert config.journal_path.parent == paths.sandbox_dir

    settings_store.save(STORED)
    assert sandbox_config({}, paths, "http://127.0.0.1:1", settings_store).business_name == (
        "Corner Books"
    )


def test_save_setup_keys_to_keychain_rest_to_file(
    paths: AppPaths, settings_store: SettingsStore
) -> None:
    secrets = MemorySecretStore()

    saved = save_setup(
        secrets,
        settings_store,
        STORED,
        secret_key=f" {FAKE_SECRET} ",
        publishable_key=FAKE_PUBLISHABLE,
        manager_pin="1357",
    )

    assert secrets.get(SECRET_KEY) == FAKE_SECRET
    assert secrets.get(PUBLISHABLE_KEY) == FAKE_PUBLISHABLE
    assert settings_store.load() == saved
    assert verify_pin("1357", saved.manager_pin_hash)
    assert files_contain(paths.config_dir, FAKE_SECRET) == []
    assert files_contain(paths.config_dir, FAKE_PUBLISHABLE) == []
    config = load_runtime_config({}, paths, secrets, settings_store)
    assert config.secret_key == FAKE_SECRET and not config.needs_setup


def test_save_setup_without_pin_keeps_the_stored_pin(
    paths: AppPaths, settings_store: SettingsStore
) -> None:
    secrets = MemorySecretStore()
    first = save_setup(secrets, settings_store, STORED, secret_key=FAKE_SECRET, manager_pin="1357")

    second = save_setup(
        secrets,
        settings_store,
        replace(first, business_name="Renamed"),
        secret_key=FAKE_SECRET,
    )

    assert verify_pin("1357", second.manager_pin_hash)
    assert settings_store.load().business_name == "Renamed"


@pytest.mark.parametrize(
    ("secret", "publishable", "pin", "field"),
    [
        (FAKE_PUBLISHABLE, None, None, "secret_key"),
        ("nonsense", None, None, "secret_key"),
        (FAKE_SECRET, FAKE_SECRET, None, "publishable_key"),
        (FAKE_LIVE_SECRET, FAKE_PUBLISHABLE, None, "publishable_key"),
        (FAKE_SECRET, None, "12", "manager_pin"),
    ],
)
def test_save_setup_validates_before_writing_anything(
    paths: AppPaths,
    settings_store: SettingsStore,
    secret: str,
    publishable: str | None,
    pin: str | None,
    field: str,
) -> None:
    secrets = MemorySecretStore()

    with pytest.raises(ValidationError) as caught:
        save_setup(
            secrets,
            settings_store,
            STORED,
            secret_key=secret,
            publishable_key=publishable,
            manager_pin=pin,
        )

    assert caught.value.field == field
    assert secret not in str(caught.value)
    assert secrets.get(SECRET_KEY) is None
    assert not settings_store.path.exists()
