"""Storage: folders, the OS keychain, the settings file, runtime configuration and the journal."""

from __future__ import annotations

from pos_app.storage.attempts import (
    OPEN_STATES,
    Attempt,
    AttemptBlocked,
    AttemptKind,
    AttemptState,
    AuditEntry,
    request_fingerprint,
)
from pos_app.storage.config import (
    DEFAULT_API_BASE,
    SANDBOX_BUSINESS_NAME,
    SANDBOX_PUBLISHABLE_KEY,
    SANDBOX_SECRET_KEY,
    RuntimeConfig,
    load_runtime_config,
    sandbox_config,
    save_setup,
)
from pos_app.storage.journal import Journal
from pos_app.storage.journal_schema import SCHEMA_VERSION
from pos_app.storage.paths import AppPaths
from pos_app.storage.secrets import (
    PUBLISHABLE_KEY,
    SECRET_KEY,
    KeyringSecretStore,
    MemorySecretStore,
    SecretStore,
)
from pos_app.storage.settings import (
    Settings,
    SettingsStore,
    hash_pin,
    validate_currency,
    validate_pin,
    validate_register_id,
    verify_pin,
)

__all__ = [
    "DEFAULT_API_BASE",
    "OPEN_STATES",
    "PUBLISHABLE_KEY",
    "SANDBOX_BUSINESS_NAME",
    "SANDBOX_PUBLISHABLE_KEY",
    "SANDBOX_SECRET_KEY",
    "SCHEMA_VERSION",
    "SECRET_KEY",
    "AppPaths",
    "Attempt",
    "AttemptBlocked",
    "AttemptKind",
    "AttemptState",
    "AuditEntry",
    "Journal",
    "KeyringSecretStore",
    "MemorySecretStore",
    "RuntimeConfig",
    "SecretStore",
    "Settings",
    "SettingsStore",
    "hash_pin",
    "load_runtime_config",
    "request_fingerprint",
    "sandbox_config",
    "save_setup",
    "validate_currency",
    "validate_pin",
    "validate_register_id",
    "verify_pin",
]
