"""Composition root: wires configuration, storage, gateway, services and windows. No logic."""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING, cast

from pos_app import __version__
from pos_app.domain.errors import ConfigurationError
from pos_app.domain.i18n import translate
from pos_app.domain.keys import Mode
from pos_app.domain.money import AmountFormat, Money
from pos_app.domain.records import replace
from pos_app.storage.config import (
    RuntimeConfig,
    keys_in_environment,
    load_runtime_config,
    sandbox_config,
)
from pos_app.storage.paths import AppPaths
from pos_app.storage.secrets import KeyringSecretStore, SecretStore
from pos_app.storage.settings import Settings, SettingsStore

if TYPE_CHECKING:
    from datetime import date

    # Imported where they are built, never at start-up (docs/architecture.md, "Start-up"):
    # the gateway brings httpx and its TLS context, the sandbox a child process, and the
    # stand-ins are made once the window has painted.
    from pos_app.deferred import DeferredJournal
    from pos_app.gateway import StripeGateway
    from pos_app.sandbox.process import SandboxProcess
    from pos_app.services.context import TillContext
    from pos_app.services.journal_check import JournalReads
    from pos_app.services.manager import AuditLog
    from pos_app.services.ports import AttemptJournal, StripeApi
    from pos_app.services.setup import KeyChecker, TillSetup
    from pos_app.storage.journal import Journal

__all__ = [
    "apply_locale",
    "build_context",
    "build_gateway",
    "check_stripe_keys",
    "create_main_window",
    "deferred_journal",
    "load_config",
    "sandbox_command",
    "sandbox_process",
    "start_sandbox",
    "till_setup",
]

log = logging.getLogger(__name__)


def sandbox_command() -> list[str]:
    """How to start the sandbox server as a child process, installed or frozen."""
    if getattr(sys, "frozen", False):
        exe = Path(sys.executable)
        # The windowed build has no standard streams, but the child reports its address on
        # stdout and watches stdin: use the console build installed beside it (the child is
        # started with CREATE_NO_WINDOW, so no console appears).
        console = exe.with_name(f"pos-app-debug{exe.suffix}")
        return [str(console if console.exists() else exe), "sandbox-server"]
    return [sys.executable, "-m", "pos_app", "sandbox-server"]


#: The api_base of a sandbox configuration until the server has said where it listens;
#: the gateway is built with the real address (build_context).
SANDBOX_STARTING_URL = "http://127.0.0.1"


def sandbox_process(paths: AppPaths) -> SandboxProcess:
    """The training server, not started yet (its `start` may run on a worker)."""
    from pos_app.sandbox.process import SandboxProcess

    return SandboxProcess(sandbox_command(), paths.sandbox_dir)


def start_sandbox(paths: AppPaths) -> SandboxProcess:
    process = sandbox_process(paths)
    process.start()
    return process


def keychain(env: Mapping[str, str]) -> SecretStore | None:
    """The OS keychain, or None when the keys come from the environment."""
    if keys_in_environment(env):
        return None
    store = KeyringSecretStore()
    store.check()  # raises SecretStoreUnavailable with the way out
    return store


def check_stripe_keys(api_base: str) -> KeyChecker:
    """One cheap read with the typed keys (GET /v1/charges?limit=1); raises a StripeError."""

    def check(secret_key: str, publishable_key: str | None) -> None:
        from pos_app.gateway import GatewayConfig, StripeGateway

        gateway = StripeGateway(
            GatewayConfig(
                secret_key=secret_key,
                publishable_key=publishable_key,
                api_base=api_base,
                app_version=__version__,
            )
        )
        try:
            gateway.list_charges(limit=1)
        finally:
            gateway.close()

    return check


def _stored_keychain() -> SecretStore:
    store = KeyringSecretStore()
    store.check()
    return store


def till_setup(
    paths: AppPaths, *, keys_from_env: bool, keys_api_base: str, pin_from_env: bool = False
) -> TillSetup:
    """The setup and settings use cases over this till's settings file and keychain."""
    from pos_app.services.setup import TillSetup

    return TillSetup(
        SettingsStore(paths.settings_path),
        (lambda: None) if keys_from_env else _stored_keychain,
        check_stripe_keys(keys_api_base),
        keys_from_env=keys_from_env,
        pin_from_env=pin_from_env,
    )


def load_config(
    env: Mapping[str, str], paths: AppPaths, *, sandbox_url: str | None = None
) -> RuntimeConfig:
    settings = SettingsStore(paths.settings_path)
    if sandbox_url is not None:
        return sandbox_config(env, paths, sandbox_url, settings)
    return load_runtime_config(env, paths, keychain(env), settings)


def build_gateway(config: RuntimeConfig) -> StripeGateway:
    """The gateway to Stripe (or the sandbox) for this configuration."""
    from pos_app.gateway import GatewayConfig, StripeGateway

    if config.secret_key is None:
        raise ConfigurationError(
            translate("Configuration", "No Stripe secret key is configured; run the setup first.")
        )
    return StripeGateway(
        GatewayConfig(
            secret_key=config.secret_key,
            publishable_key=config.publishable_key,
            api_base=config.api_base,
            app_version=__version__,
        )
    )


def apply_locale(settings: Settings | None) -> AmountFormat:
    """Make the shop's locale (the settings' choice, else the computer's) the one the screens
    write and read amounts in, and return how receipts write them (the same).

    Called whenever the till is built: at start and after the settings changed.
    """
    from pos_app.ui.amounts import format_amount, locale_for, set_locale

    set_locale(locale_for(settings.locale if settings is not None else ""))
    return format_amount


def open_journal(path: Path) -> Journal:
    from pos_app.storage.journal import Journal

    path.parent.mkdir(parents=True, exist_ok=True)
    return Journal(path)


def deferred_journal(config: RuntimeConfig) -> DeferredJournal[Journal]:
    """The journal, opened by the first worker that needs it (the start-up settlement)."""
    # Here, not with the module: the launcher makes it once the window has painted.
    from pos_app.deferred import DeferredJournal

    return DeferredJournal(lambda: open_journal(config.journal_path))


def build_context(
    config: RuntimeConfig,
    paths: AppPaths,
    *,
    sandbox: SandboxProcess | None = None,
    journal: DeferredJournal[Journal] | None = None,
    amounts: AmountFormat | None = None,
) -> TillContext:
    """Every service the till uses, from one configuration.

    Nothing here touches the network or the disk's journal: the gateway (httpx and its TLS
    context) and the journal are built by the first worker that uses them. The services are
    imported here, not with this module: the window shows before they are (the launcher
    calls this once it has painted). So is hashlib, which loads OpenSSL.
    """
    import hashlib
    from datetime import date

    from pos_app.deferred import DeferredGateway
    from pos_app.services.attempts import AttemptPipeline
    from pos_app.services.charging import ChargeService
    from pos_app.services.context import TillContext
    from pos_app.services.customers import CustomerService
    from pos_app.services.history import HistoryService
    from pos_app.services.manager import AuditTrail, ManagerAuth
    from pos_app.services.printing import PrinterSetup, ReceiptPrinting
    from pos_app.services.receipts import ReceiptService, ShopDetails
    from pos_app.services.refunds import RefundService
    from pos_app.storage.customer_cache import CustomerCache
    from pos_app.storage.timezones import resolve_zone

    zone = resolve_zone(config.timezone)
    if amounts is None:  # the launcher applied the locale before showing the window
        amounts = apply_locale(config.stored)
    if config.secret_key is None:
        raise ConfigurationError(
            translate("Configuration", "No Stripe secret key is configured; run the setup first.")
        )
    secret = config.secret_key

    def gateway_factory() -> StripeGateway:
        if sandbox is None:
            return build_gateway(config)
        # Waits for the training server when a worker asks before it has started.
        return build_gateway(replace(config, api_base=sandbox.start()))

    deferred_gateway: DeferredGateway[StripeGateway] = DeferredGateway(gateway_factory)
    if journal is None:
        journal = deferred_journal(config)
    # The services see the ports they were written against.
    gateway = cast("StripeApi", deferred_gateway)
    attempt_journal = cast("AttemptJournal", journal)
    receipts = ReceiptService(
        ShopDetails(
            business_name=config.business_name,
            business_address=config.business_address,
            footer=config.receipt_footer,
            tax_id=config.tax_id,
        ),
        register_id=config.register_id,
        mode=config.mode,
        receipts_dir=paths.receipts_dir,
        format_amount=amounts,
        zone=zone.zone,
    )
    pipeline = AttemptPipeline(
        gateway, attempt_journal, register_id=config.register_id, cashier=config.cashier
    )
    charges = ChargeService(
        gateway,
        pipeline,
        receipts,
        register_id=config.register_id,
        cashier=config.cashier,
        mode=config.mode,
        currency=config.currency,
    )
    trail = AuditTrail(
        cast("AuditLog", journal), register_id=config.register_id, cashier=config.cashier
    )
    manager = ManagerAuth(trail, pin_hash=config.manager_pin_hash, env_pin=config.manager_pin_env)
    customers = CustomerService(
        gateway,
        pipeline,
        # Beside the journal (the sandbox's own folder in training), kept per key: another
        # account's customers are never shown. A short digest names the key, never the key.
        CustomerCache(
            config.journal_path.with_name("customers.sqlite3"),
            scope=f"{config.mode.value}:{hashlib.sha256(secret.encode()).hexdigest()[:12]}",
        ),
        register_id=config.register_id,
        cashier=config.cashier,
        mode=config.mode,
        trail=trail,
    )
    history = HistoryService(
        gateway,
        receipts,
        zone=zone.zone,
        zone_name=zone.name,
        journal=cast("JournalReads", journal),
        register_id=config.register_id,
    )
    refunds = RefundService(pipeline, trail, register_id=config.register_id, cashier=config.cashier)
    settings_store = SettingsStore(paths.settings_path)

    def store_live_confirmation(day: date) -> None:
        current = settings_store.load()
        settings_store.save(replace(current, live_confirmed_on=day.isoformat()))

    closers = [deferred_gateway.close, journal.close]
    if sandbox is not None:
        closers.insert(0, sandbox.stop)
    return TillContext(
        mode=config.mode,
        currency=config.currency,
        register_id=config.register_id,
        cashier=config.cashier,
        business_name=config.business_name,
        charges=charges,
        receipts=receipts,
        attempts=pipeline,
        manager=manager,
        trail=trail,
        customers=customers,
        live_confirmed_on=(
            date.fromisoformat(config.live_confirmed_on) if config.live_confirmed_on else None
        ),
        store_live_confirmation=store_live_confirmation,
        history=history,
        refunds=refunds,
        closers=closers,
        confirm_above=(
            Money(config.confirm_above, config.currency) if config.confirm_above else None
        ),
        setup=till_setup(
            paths,
            keys_from_env=config.keys_from_env,
            keys_api_base=config.keys_api_base,
            pin_from_env=config.manager_pin_env is not None,
        ),
        receipt_emails_sent=config.mode is Mode.LIVE,
        printing=ReceiptPrinting(
            PrinterSetup.from_settings(config.stored) if config.stored else PrinterSetup(),
            cache_dir=paths.data_dir / "cache",
            format_amount=amounts,
        ),
    )


def create_main_window(env: Mapping[str, str] | None = None, *, sandbox: bool = False):  # type: ignore[no-untyped-def]
    """The main window from the same configuration sources as `pos-app` (environment first).

    Returned unshown; a QApplication must exist. With `sandbox=True` the local training server
    is started and stopped with the window's context. The stored language is installed first
    (pos_app/ui/i18n.py).
    """
    from pos_app.ui.i18n import install_language
    from pos_app.ui.main_window import MainWindow

    env = os.environ if env is None else env
    paths = AppPaths.resolve(env).ensure()
    process = start_sandbox(paths) if sandbox else None
    try:
        config = load_config(env, paths, sandbox_url=process.base_url if process else None)
        if config.needs_setup:
            raise ConfigurationError(
                translate(
                    "Configuration",
                    "No Stripe keys are configured: run `pos-app` once to open the setup, "
                    "or set POS_STRIPE_SECRET_KEY.",
                )
            )
        install_language(config.stored.language if config.stored else "")
        context = build_context(config, paths, sandbox=process)
    except BaseException:
        if process is not None:
            process.stop()
        raise
    return MainWindow(context)
