"""The runtime configuration: stored settings and keychain keys, overridden by the environment."""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping
from pathlib import Path
from urllib.parse import urlsplit

from pos_app.domain.errors import ConfigurationError, ValidationError
from pos_app.domain.i18n import translate
from pos_app.domain.keys import DEFAULT_API_BASE, KeyKind, Mode, key_kind, mode_for_key
from pos_app.domain.records import field, frozen_record, replace
from pos_app.storage.paths import AppPaths
from pos_app.storage.secrets import PUBLISHABLE_KEY, SECRET_KEY, SecretStore
from pos_app.storage.settings import (
    BUSINESS_ADDRESS_MAX,
    BUSINESS_NAME_MAX,
    Settings,
    SettingsStore,
    default_confirm_above,
    hash_pin,
    validate_currency,
    validate_pin,
    validate_register_id,
)

__all__ = [
    "ENV_API_BASE",
    "ENV_BUSINESS_ADDRESS",
    "ENV_BUSINESS_NAME",
    "ENV_CASHIER",
    "ENV_CURRENCY",
    "ENV_MANAGER_PIN",
    "ENV_PUBLISHABLE_KEY",
    "ENV_REGISTER_ID",
    "ENV_SECRET_KEY",
    "ENV_TIMEZONE",
    "SANDBOX_BUSINESS_NAME",
    "SANDBOX_PUBLISHABLE_KEY",
    "SANDBOX_SECRET_KEY",
    "RuntimeConfig",
    "keys_in_environment",
    "load_runtime_config",
    "sandbox_config",
    "save_setup",
    "shop_timezone",
    "stripe_api_base",
]

ENV_SECRET_KEY = "POS_STRIPE_SECRET_KEY"
ENV_PUBLISHABLE_KEY = "POS_STRIPE_PUBLISHABLE_KEY"
ENV_API_BASE = "POS_STRIPE_API_BASE"
ENV_REGISTER_ID = "POS_REGISTER_ID"
ENV_CASHIER = "POS_CASHIER"
ENV_CURRENCY = "POS_CURRENCY"
ENV_MANAGER_PIN = "POS_MANAGER_PIN"
ENV_BUSINESS_NAME = "POS_BUSINESS_NAME"
#: Lines separated by real line breaks or by the two characters "\n" (a service file's way).
ENV_BUSINESS_ADDRESS = "POS_BUSINESS_ADDRESS"
#: The shop's IANA time zone, in which a day's history and report are cut (default: the
#: computer's own zone).
ENV_TIMEZONE = "POS_TIMEZONE"

SANDBOX_SECRET_KEY = "sk_test_sandbox"
SANDBOX_PUBLISHABLE_KEY = "pk_test_sandbox"
SANDBOX_BUSINESS_NAME = "Training shop"
_LOOPBACK_HOSTS = {"127.0.0.1", "localhost", "::1"}
_SECRET_KINDS = {KeyKind.SECRET, KeyKind.RESTRICTED}


# eq=False: a configuration is never compared or hashed (the till holds the one it runs
# on), and the comparison and hash of two dozen fields are code generated at every start,
# before the window paints.
@frozen_record(eq=False)
class RuntimeConfig:
    """Everything the running till needs; keys are hidden from repr (and so from logs)."""

    secret_key: str | None = field(repr=False)
    publishable_key: str | None = field(repr=False)
    api_base: str
    register_id: str
    cashier: str
    currency: str
    business_name: str
    business_address: str
    receipt_footer: str
    manager_pin_hash: str | None = field(repr=False)
    mode: Mode
    keys_from_env: bool
    needs_setup: bool
    #: The training sandbox keeps its own journal so practice sales never mix with real ones.
    journal_path: Path
    live_confirmed_on: str | None = None
    #: POS_MANAGER_PIN as given (automation): compared in constant time when a manager action
    #: asks, never hashed at start (a start-up must not pay for a key derivation).
    manager_pin_env: str | None = field(default=None, repr=False)
    #: Charges above this many minor units ask the cashier to confirm the amount.
    confirm_above: int | None = None
    #: Stored in settings.json, as opposed to the environment's overrides: the settings
    #: dialog shows and changes these.
    stored: Settings | None = None
    #: Where typed keys are checked: Stripe (or POS_STRIPE_API_BASE), also in training mode.
    keys_api_base: str = DEFAULT_API_BASE
    #: The shop's IANA time zone; None means the computer's own (storage.timezones).
    timezone: str | None = None
    #: The shop's tax number for receipts ("" prints none).
    tax_id: str = ""

    @property
    def is_live(self) -> bool:
        return self.mode is Mode.LIVE

    @property
    def is_sandbox(self) -> bool:
        return self.mode is Mode.SANDBOX


def load_runtime_config(
    env: Mapping[str, str],
    paths: AppPaths,
    secrets: SecretStore | None,
    settings_store: SettingsStore,
) -> RuntimeConfig:
    """Settings and keychain keys, each overridden by its POS_* environment variable.

    With POS_STRIPE_SECRET_KEY set, the keychain is not consulted at all: a headless machine
    without a keychain backend runs on environment keys alone. `secrets=None` means "no
    keychain" (keys must then come from the environment, else setup is needed).
    """
    settings = settings_store.load()
    env_secret = _env(env, ENV_SECRET_KEY)
    env_publishable = _env(env, ENV_PUBLISHABLE_KEY)
    keys_from_env = env_secret is not None

    if env_secret is not None:
        secret_key: str | None = _check_secret_key(env_secret, ENV_SECRET_KEY)
        publishable_key = env_publishable
    else:
        stored = secrets.get(SECRET_KEY) if secrets is not None else None
        secret_key = _check_secret_key(stored, None) if stored else None
        publishable_key = env_publishable
        if publishable_key is None and secrets is not None:
            publishable_key = secrets.get(PUBLISHABLE_KEY) or None
    pk_source = ENV_PUBLISHABLE_KEY if env_publishable is not None else None
    if publishable_key is not None:
        _check_publishable_key(publishable_key, pk_source, secret_key)

    api_base = _check_api_base(_env(env, ENV_API_BASE) or DEFAULT_API_BASE, ENV_API_BASE)
    register_id = _from_env(env, ENV_REGISTER_ID, settings.register_id, validate_register_id)
    currency = _from_env(env, ENV_CURRENCY, settings.default_currency, validate_currency)
    env_pin = _env(env, ENV_MANAGER_PIN)
    if env_pin is not None:
        try:
            validate_pin(env_pin)
        except ValidationError:
            raise ConfigurationError(
                translate("Configuration", "{variable} must be 4 to 8 digits").format(
                    variable=ENV_MANAGER_PIN
                )
            ) from None

    return RuntimeConfig(
        secret_key=secret_key,
        publishable_key=publishable_key,
        api_base=api_base,
        register_id=register_id,
        cashier=_env(env, ENV_CASHIER) or _os_user(env),
        currency=currency,
        business_name=_business_name(env, settings),
        business_address=_business_address(env, settings),
        receipt_footer=settings.receipt_footer,
        manager_pin_hash=settings.manager_pin_hash,
        manager_pin_env=env_pin,
        mode=mode_for_key(secret_key) if secret_key else Mode.TEST,
        keys_from_env=keys_from_env,
        needs_setup=secret_key is None,
        journal_path=paths.journal_path,
        live_confirmed_on=settings.live_confirmed_on,
        confirm_above=_confirm_above(settings, currency),
        stored=settings,
        keys_api_base=stripe_api_base(env),
        timezone=shop_timezone(env, settings),
        tax_id=settings.tax_id,
    )


def stripe_api_base(env: Mapping[str, str]) -> str:
    """Stripe's API, or the address POS_STRIPE_API_BASE names (checked like the keys' way)."""
    return _check_api_base(_env(env, ENV_API_BASE) or DEFAULT_API_BASE, ENV_API_BASE)


def keys_in_environment(env: Mapping[str, str]) -> bool:
    """True when POS_STRIPE_SECRET_KEY is set: the keychain is then never consulted."""
    return _env(env, ENV_SECRET_KEY) is not None


def sandbox_config(
    env: Mapping[str, str],
    paths: AppPaths,
    base_url: str,
    settings_store: SettingsStore,
) -> RuntimeConfig:
    """A configuration pointing at the local training server, with its fixed test keys.

    The register, cashier and currency variables override stored settings as they do for
    `load_runtime_config`; the key variables do not apply (the sandbox has its own keys).
    """
    settings = settings_store.load()
    currency = _from_env(env, ENV_CURRENCY, settings.default_currency, validate_currency)
    return RuntimeConfig(
        secret_key=SANDBOX_SECRET_KEY,
        publishable_key=SANDBOX_PUBLISHABLE_KEY,
        api_base=_check_api_base(base_url, None),
        register_id=_from_env(env, ENV_REGISTER_ID, settings.register_id, validate_register_id),
        cashier=_env(env, ENV_CASHIER) or _os_user(env),
        currency=currency,
        business_name=_business_name(env, settings) or SANDBOX_BUSINESS_NAME,
        business_address=_business_address(env, settings),
        receipt_footer=settings.receipt_footer,
        manager_pin_hash=settings.manager_pin_hash,
        manager_pin_env=_from_env(env, ENV_MANAGER_PIN, "", validate_pin) or None,
        mode=Mode.SANDBOX,
        keys_from_env=False,
        needs_setup=False,
        journal_path=paths.sandbox_dir / "journal.sqlite3",
        live_confirmed_on=None,
        confirm_above=_confirm_above(settings, currency),
        stored=settings,
        keys_api_base=stripe_api_base(env),
        timezone=shop_timezone(env, settings),
        tax_id=settings.tax_id,
    )


def shop_timezone(env: Mapping[str, str], settings: Settings) -> str | None:
    """POS_TIMEZONE, else the stored setting, validated; None for the computer's own zone."""
    if not (_env(env, ENV_TIMEZONE) or settings.timezone):
        return None
    # zoneinfo is loaded only for a shop that names its zone (docs/architecture.md,
    # "Start-up"); the computer's own zone is resolved when the services are built.
    from pos_app.storage.timezones import validate_zone_name

    name = _from_env(env, ENV_TIMEZONE, settings.timezone, validate_zone_name)
    if not name:
        return None
    try:
        return validate_zone_name(name)
    except ValidationError as exc:
        raise ConfigurationError(
            translate("Configuration", "The stored time zone is not valid: {reason}").format(
                reason=exc.message
            )
        ) from None


def save_setup(
    secrets: SecretStore,
    settings_store: SettingsStore,
    settings: Settings,
    *,
    secret_key: str,
    publishable_key: str | None = None,
    manager_pin: str | None = None,
) -> Settings:
    """First-run setup: keys into the SecretStore, everything else into settings.json.

    Everything is validated before anything is written. `manager_pin=None` keeps the stored
    PIN hash. Returns the settings as saved.
    """
    from pos_app.storage.setup import SetupForm, first_problem, validate_setup

    secret_key = secret_key.strip()
    publishable_key = (publishable_key or "").strip() or None
    form = SetupForm(
        secret_key=secret_key,
        publishable_key=publishable_key or "",
        business_name=settings.business_name,
        business_address=settings.business_address,
        register_id=settings.register_id,
        currency=settings.default_currency,
        manager_pin=manager_pin or "",
        pin_confirm=manager_pin or "",
        confirm_above=settings.confirm_above,
        tax_id=settings.tax_id,
        receipt_footer=settings.receipt_footer,
        auto_print=settings.auto_print,
    ).with_printer(settings.printer)
    problem = first_problem(validate_setup(form, require_keys=True, require_pin=False))
    if problem is not None:
        raise problem
    if manager_pin is not None:
        settings = replace(settings, manager_pin_hash=hash_pin(manager_pin))

    secrets.set(SECRET_KEY, secret_key)
    if publishable_key is None:
        secrets.delete(PUBLISHABLE_KEY)
    else:
        secrets.set(PUBLISHABLE_KEY, publishable_key)
    settings_store.save(settings)
    return settings


def _business_name(env: Mapping[str, str], settings: Settings) -> str:
    name = _env(env, ENV_BUSINESS_NAME)
    if name is None:
        return settings.business_name
    if len(name) > BUSINESS_NAME_MAX:
        raise ConfigurationError(
            translate(
                "Configuration", "{variable} is not valid: keep it under {limit} characters"
            ).format(variable=ENV_BUSINESS_NAME, limit=BUSINESS_NAME_MAX)
        )
    return name


def _business_address(env: Mapping[str, str], settings: Settings) -> str:
    address = _env(env, ENV_BUSINESS_ADDRESS)
    if address is None:
        return settings.business_address
    lines = [line.strip() for line in address.replace("\\n", "\n").splitlines()]
    address = "\n".join(line for line in lines if line)
    if len(address) > BUSINESS_ADDRESS_MAX:
        raise ConfigurationError(
            translate(
                "Configuration", "{variable} is not valid: keep it under {limit} characters"
            ).format(variable=ENV_BUSINESS_ADDRESS, limit=BUSINESS_ADDRESS_MAX)
        )
    return address


def _confirm_above(settings: Settings, currency: str) -> int:
    if settings.confirm_above is not None and settings.default_currency == currency:
        return settings.confirm_above
    return default_confirm_above(currency)


def _env(env: Mapping[str, str], name: str) -> str | None:
    """The stripped value, None when unset or blank (an empty `export X=` means unset)."""
    value = env.get(name, "").strip()
    return value or None


def _from_env(
    env: Mapping[str, str],
    name: str,
    stored: str,
    validate: Callable[[str], str],
) -> str:
    value = _env(env, name)
    if value is None:
        return stored
    try:
        return validate(value)
    except ValidationError as exc:
        raise ConfigurationError(
            translate("Configuration", "{variable} is not valid: {reason}").format(
                variable=name, reason=exc.message
            )
        ) from None


def _check_secret_key(value: str, variable: str | None) -> str:
    """`variable` names the environment variable the key came from; None: the keychain.
    Messages name where the key came from and never echo it (docs/stripe.md §7); each is a
    whole sentence, so that a translation never has to fit a fragment into another."""
    kind = key_kind(value)
    if kind == KeyKind.PUBLISHABLE:
        raise ConfigurationError(
            translate(
                "Configuration",
                "{variable} holds a publishable key (pk_...); it needs the secret key "
                "(sk_live_/sk_test_) or a restricted key (rk_live_/rk_test_)",
            ).format(variable=variable)
            if variable
            else translate(
                "Configuration",
                "The stored secret key holds a publishable key (pk_...); it needs the secret "
                "key (sk_live_/sk_test_) or a restricted key (rk_live_/rk_test_)",
            )
        )
    if kind not in _SECRET_KINDS:
        raise ConfigurationError(
            translate(
                "Configuration",
                "{variable} is not a Stripe secret key; expected one starting with "
                "sk_live_, sk_test_, rk_live_ or rk_test_",
            ).format(variable=variable)
            if variable
            else translate(
                "Configuration",
                "The stored secret key is not a Stripe secret key; expected one starting with "
                "sk_live_, sk_test_, rk_live_ or rk_test_",
            )
        )
    return value.strip()


def _check_publishable_key(value: str, variable: str | None, secret_key: str | None) -> None:
    """`variable` as for `_check_secret_key`."""
    if key_kind(value) != KeyKind.PUBLISHABLE:
        raise ConfigurationError(
            translate(
                "Configuration",
                "{variable} is not a Stripe publishable key; expected one starting with "
                "pk_live_ or pk_test_",
            ).format(variable=variable)
            if variable
            else translate(
                "Configuration",
                "The stored publishable key is not a Stripe publishable key; expected one "
                "starting with pk_live_ or pk_test_",
            )
        )
    if secret_key is not None and mode_for_key(value) != mode_for_key(secret_key):
        raise ConfigurationError(
            translate(
                "Configuration",
                "{variable} and the secret key disagree: one is a test key, the other a live key",
            ).format(variable=variable)
            if variable
            else translate(
                "Configuration",
                "The stored publishable key and the secret key disagree: one is a test key, "
                "the other a live key",
            )
        )


def _check_api_base(value: str, variable: str | None) -> str:
    """https, or plain http to this machine only (the emulators): a key never crosses a
    network unencrypted (docs/stripe.md §1.1: HTTPS only). `variable` names the environment
    variable the address came from; None: the training server's own address."""
    parts = urlsplit(value.strip())
    host = parts.hostname or ""
    if parts.scheme not in ("http", "https") or not host:
        raise ConfigurationError(
            translate("Configuration", "{variable} must be an address such as {example}").format(
                variable=variable, example=DEFAULT_API_BASE
            )
            if variable
            else translate(
                "Configuration", "The training server's address is not valid: {address}"
            ).format(address=value.strip())
        )
    if parts.scheme == "http" and host not in _LOOPBACK_HOSTS:
        raise ConfigurationError(
            translate(
                "Configuration", "{variable} must use https unless it points at this computer"
            ).format(variable=variable)
            if variable
            else translate(
                "Configuration",
                "The training server's address must use https unless it points at this "
                "computer: {address}",
            ).format(address=value.strip())
        )
    return value.strip().rstrip("/")


def _os_user(env: Mapping[str, str]) -> str:
    for name in ("LOGNAME", "USER", "LNAME", "USERNAME"):
        if value := _env(env, name):
            return value
    # What getpass.getuser() answers next, without the terminal module getpass loads.
    try:
        import pwd

        return pwd.getpwuid(os.getuid()).pw_name
    except (OSError, KeyError, ImportError, AttributeError):
        return "cashier"
