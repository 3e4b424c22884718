"""The keychain store: a clear way out when there is no keychain, round trips when there is."""

from __future__ import annotations

from collections.abc import Iterator

import keyring
import keyring.errors
import pytest

from pos_app.domain.errors import ConfigurationError, SecretStoreUnavailable, StorageError
from pos_app.storage.secrets import (
    PUBLISHABLE_KEY,
    SECRET_KEY,
    KeyringSecretStore,
    MemorySecretStore,
    SecretStore,
)
from tests.keyrings import MemoryKeyring

from .conftest import FAKE_PUBLISHABLE, FAKE_SECRET


class LockedKeyring(MemoryKeyring):
    """A keychain that refuses, quoting the value in its error as some backends do."""

    def set_password(self, service: str, username: str, password: str) -> None:
        raise keyring.errors.PasswordSetError(f"locked, could not store {password}")

    def get_password(self, service: str, username: str) -> str | None:
        raise keyring.errors.KeyringError("the collection is locked")


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    try:
        yield backend
    finally:
        keyring.set_keyring(previous)


@pytest.fixture
def locked_keyring() -> Iterator[LockedKeyring]:
    previous = keyring.get_keyring()
    backend = LockedKeyring()
    keyring.set_keyring(backend)
    try:
        yield backend
    finally:
        keyring.set_keyring(previous)


@pytest.mark.parametrize("operation", ["get", "set", "delete", "check"])
def test_no_keychain_explains_both_ways_out(operation: str) -> None:
    # tests/conftest.py selects keyring's "fail" backend: what a headless Linux box has.
    store = KeyringSecretStore()
    calls = {
        "get": lambda: store.get(SECRET_KEY),
        "set": lambda: store.set(SECRET_KEY, FAKE_SECRET),
        "delete": lambda: store.delete(SECRET_KEY),
        "check": store.check,
    }

    with pytest.raises(SecretStoreUnavailable) as caught:
        calls[operation]()

    message = str(caught.value)
    assert "POS_STRIPE_SECRET_KEY" in message
    assert "POS_STRIPE_PUBLISHABLE_KEY" in message
    assert "gnome-keyring" in message
    assert FAKE_SECRET not in message
    assert isinstance(caught.value, ConfigurationError)


def test_null_backend_counts_as_no_keychain() -> None:
    from keyring.backends.null import Keyring as NullKeyring

    previous = keyring.get_keyring()
    keyring.set_keyring(NullKeyring())
    try:
        with pytest.raises(SecretStoreUnavailable):
            KeyringSecretStore().get(SECRET_KEY)
    finally:
        keyring.set_keyring(previous)


def test_keychain_round_trip(memory_keyring: MemoryKeyring) -> None:
    store = KeyringSecretStore(service="pos-app-test")

    assert store.get(SECRET_KEY) is None
    store.set(SECRET_KEY, FAKE_SECRET)
    store.set(PUBLISHABLE_KEY, FAKE_PUBLISHABLE)

    assert store.get(SECRET_KEY) == FAKE_SECRET
    assert store.get(PUBLISHABLE_KEY) == FAKE_PUBLISHABLE
    assert memory_keyring.values[("pos-app-test", SECRET_KEY)] == FAKE_SECRET
    store.delete(SECRET_KEY)
    store.delete(SECRET_KEY)  # deleting what is not there is not an error
    assert store.get(SECRET_KEY) is None
    assert store.backend_name()
    assert FAKE_SECRET not in repr(store)


def test_locked_keychain_errors_never_quote_the_key(locked_keyring: LockedKeyring) -> None:
    store = KeyringSecretStore()

    with pytest.raises(StorageError) as caught:
        store.set(SECRET_KEY, FAKE_SECRET)
    assert FAKE_SECRET not in str(caught.value)
    assert caught.value.__cause__ is None and caught.value.__suppress_context__
    assert "Unlock the keychain" in str(caught.value)

    with pytest.raises(StorageError, match="locked"):
        store.get(SECRET_KEY)


def test_memory_store_is_a_secret_store_and_hides_values() -> None:
    store = MemorySecretStore({SECRET_KEY: FAKE_SECRET})

    assert isinstance(store, SecretStore)
    assert isinstance(KeyringSecretStore(), SecretStore)
    assert store.get(SECRET_KEY) == FAKE_SECRET
    assert FAKE_SECRET not in repr(store)
    store.delete(SECRET_KEY)
    assert store.get(SECRET_KEY) is None
