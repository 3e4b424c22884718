"""The Stripe API keys' home: the OS keychain, or memory for tests and automation."""

from __future__ import annotations

import threading
from types import ModuleType
from typing import Any, Protocol, runtime_checkable

from pos_app.domain.errors import SecretStoreUnavailable, StorageError
from pos_app.domain.i18n import QT_TRANSLATE_NOOP, translate
from pos_app.domain.keys import redact_keys

__all__ = [
    "PUBLISHABLE_KEY",
    "SECRET_KEY",
    "SECRET_NAMES",
    "KeyringSecretStore",
    "MemorySecretStore",
    "SecretStore",
]

SECRET_KEY = "secret_key"
PUBLISHABLE_KEY = "publishable_key"
SECRET_NAMES = (SECRET_KEY, PUBLISHABLE_KEY)

# Worded for the shop owner who reads it in a dialog; names only what they can do.
# Translated where it is raised (`_unavailable`).
_UNAVAILABLE_HELP = QT_TRANSLATE_NOOP(
    "StorageErrors",
    "This computer has no usable password store (keychain) for the Stripe keys. "
    "Either set the keys in the environment as POS_STRIPE_SECRET_KEY and "
    "POS_STRIPE_PUBLISHABLE_KEY before starting the till, or install and unlock a "
    "password store: on Linux a Secret Service keyring such as gnome-keyring "
    "(log in to a desktop session so that it unlocks).",
)

# What failed, as whole sentences ({name} is the entry's name, never its value).
_FAILED = {
    "read": QT_TRANSLATE_NOOP(
        "StorageErrors",
        "Could not read {name} from the password store: {reason}. "
        "Unlock the keychain (log in to the desktop session) and try again.",
    ),
    "save": QT_TRANSLATE_NOOP(
        "StorageErrors",
        "Could not save {name} in the password store: {reason}. "
        "Unlock the keychain (log in to the desktop session) and try again.",
    ),
    "delete": QT_TRANSLATE_NOOP(
        "StorageErrors",
        "Could not delete {name} from the password store: {reason}. "
        "Unlock the keychain (log in to the desktop session) and try again.",
    ),
}


def _unavailable() -> SecretStoreUnavailable:
    return SecretStoreUnavailable(translate("StorageErrors", _UNAVAILABLE_HELP))


@runtime_checkable
class SecretStore(Protocol):
    """Where the API keys live; names are SECRET_KEY and PUBLISHABLE_KEY."""

    def get(self, name: str) -> str | None: ...

    def set(self, name: str, value: str) -> None: ...

    def delete(self, name: str) -> None: ...


class MemorySecretStore:
    """Keys held in memory only: tests, automation and the training sandbox."""

    def __init__(self, initial: dict[str, str] | None = None) -> None:
        self._values: dict[str, str] = dict(initial or {})
        self._lock = threading.Lock()

    def get(self, name: str) -> str | None:
        with self._lock:
            return self._values.get(name)

    def set(self, name: str, value: str) -> None:
        with self._lock:
            self._values[name] = value

    def delete(self, name: str) -> None:
        with self._lock:
            self._values.pop(name, None)

    def backend_name(self) -> str:
        return "memory (not persisted)"

    def __repr__(self) -> str:
        # Names only: a value must never reach a log through a repr.
        return f"MemorySecretStore(names={sorted(self._values)!r})"


def _keyring() -> ModuleType:
    """keyring, imported on first use: finding its backends costs a start-up that takes its
    keys from the environment (or never opens the keychain before the first paint) for
    nothing (docs/architecture.md, "Start-up")."""
    import keyring
    import keyring.backends.chainer
    import keyring.backends.fail
    import keyring.errors

    return keyring


def _is_unusable(backend: Any) -> bool:
    """True for the backends keyring falls back to when the OS offers no keychain."""
    keyring = _keyring()
    if isinstance(backend, keyring.backends.fail.Keyring):
        return True
    if backend.__class__.__module__ == "keyring.backends.null":
        return True
    if isinstance(backend, keyring.backends.chainer.ChainerBackend):
        return not any(not _is_unusable(b) for b in backend.backends)
    return False


class KeyringSecretStore:
    """The OS keychain (Keychain, Credential Manager, Secret Service) through keyring."""

    def __init__(self, service: str = "pos-app") -> None:
        self._service = service

    @property
    def service(self) -> str:
        return self._service

    def backend_name(self) -> str:
        """The keychain in use, for the self-check ("SecretService Keyring", ...)."""
        backend = _keyring().get_keyring()
        name = getattr(backend, "name", None)
        return str(name) if name else type(backend).__name__

    def check(self) -> None:
        """Raise SecretStoreUnavailable when there is no usable keychain."""
        self._backend()

    def get(self, name: str) -> str | None:
        backend = self._backend()
        try:
            value = backend.get_password(self._service, name)
        except Exception as exc:  # backends raise their own types (dbus, secretstorage)
            raise self._wrap(exc, "read", name) from None
        return None if value is None else str(value)

    def set(self, name: str, value: str) -> None:
        backend = self._backend()
        try:
            backend.set_password(self._service, name, value)
        except Exception as exc:
            raise self._wrap(exc, "save", name) from None

    def delete(self, name: str) -> None:
        backend = self._backend()
        try:
            backend.delete_password(self._service, name)
        except _keyring().errors.PasswordDeleteError:
            return  # Nothing stored under that name: already in the wanted state.
        except Exception as exc:
            raise self._wrap(exc, "delete", name) from None

    def _backend(self) -> Any:
        try:
            backend = _keyring().get_keyring()
        except Exception as exc:
            raise _unavailable() from exc
        if _is_unusable(backend):
            raise _unavailable()
        return backend

    @staticmethod
    def _wrap(exc: Exception, doing: str, name: str) -> Exception:
        # `from None` above: the original exception could carry the value being saved.
        errors = _keyring().errors
        if isinstance(exc, errors.NoKeyringError | errors.InitError):
            return _unavailable()
        detail = redact_keys(str(exc)) or type(exc).__name__
        return StorageError(
            translate("StorageErrors", _FAILED[doing]).format(name=repr(name), reason=detail)
        )

    def __repr__(self) -> str:
        return f"KeyringSecretStore(service={self._service!r})"
