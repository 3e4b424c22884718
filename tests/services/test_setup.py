"""The setup use cases: the keys checked with a real Stripe peer, then kept in the keychain only."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from pos_app.app import check_stripe_keys
from pos_app.domain.errors import StripeConnectionError, ValidationError
from pos_app.services.setup import SetupForm, TillSetup
from pos_app.storage.secrets import MemorySecretStore
from pos_app.storage.settings import SettingsStore, verify_pin
from tests.fixtures_peers import Peer

SECRET = "sk_test_setupServiceSecret000000"
FORM = SetupForm(
    secret_key=SECRET,
    business_name="Corner Bakery",
    register_id="FRONT-1",
    currency="usd",
    manager_pin="2468",
    pin_confirm="2468",
)


def service(tmp_path: Path, keychain: MemorySecretStore, api_base: str) -> TillSetup:
    return TillSetup(
        SettingsStore(tmp_path / "settings.json"), lambda: keychain, check_stripe_keys(api_base)
    )


def test_keys_the_peer_accepts_pass_and_refused_ones_are_named(
    sandbox: Peer, tmp_path: Path
) -> None:
    setup = service(tmp_path, MemorySecretStore(), sandbox.base_url)

    assert setup.check_keys(FORM) == {}
    refused = setup.check_keys(dataclasses.replace(FORM, secret_key="sk_live_refusedHere000"))
    assert refused["secret_key"].startswith("Stripe did not accept this key.")
    assert setup.check_keys(dataclasses.replace(FORM, training=True, secret_key="")) == {}


def test_an_unreachable_stripe_is_an_error_not_a_verdict(tmp_path: Path) -> None:
    setup = service(tmp_path, MemorySecretStore(), "http://127.0.0.1:9")
    with pytest.raises(StripeConnectionError):
        setup.check_keys(FORM)


def test_save_puts_the_keys_in_the_keychain_and_the_rest_in_the_file(tmp_path: Path) -> None:
    keychain = MemorySecretStore()
    setup = service(tmp_path, keychain, "http://127.0.0.1:9")

    saved = setup.save(FORM, first_run=True)

    assert keychain.get("secret_key") == SECRET
    assert SECRET not in (tmp_path / "settings.json").read_text(encoding="utf-8")
    assert (saved.business_name, saved.register_id) == ("Corner Bakery", "FRONT-1")
    assert verify_pin("2468", saved.manager_pin_hash)
    state = setup.load()
    assert state.has_stored_keys and state.has_pin and state.form.secret_key == ""


def test_save_refuses_what_the_dialogs_refuse(tmp_path: Path) -> None:
    setup = service(tmp_path, MemorySecretStore(), "http://127.0.0.1:9")
    with pytest.raises(ValidationError) as caught:
        setup.save(dataclasses.replace(FORM, register_id="Front Desk 1"), first_run=True)
    assert caught.value.field == "register_id"
    assert not (tmp_path / "settings.json").exists()


def test_settings_keep_stored_keys_and_pin_when_left_empty(tmp_path: Path) -> None:
    keychain = MemorySecretStore()
    setup = service(tmp_path, keychain, "http://127.0.0.1:9")
    setup.save(FORM, first_run=True)

    later = dataclasses.replace(
        FORM, secret_key="", manager_pin="", pin_confirm="", business_name="Renamed"
    )
    saved = setup.save(later, first_run=False)

    assert keychain.get("secret_key") == SECRET
    assert saved.business_name == "Renamed" and verify_pin("2468", saved.manager_pin_hash)
