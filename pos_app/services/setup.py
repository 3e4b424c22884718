"""Setting the till up and changing its settings: validate, check the keys with Stripe, save.

The setup and settings dialogs ask this service, as the charge page asks the charge service:
the rules themselves live once, in storage/setup.py. Loading, checking and saving block (a
file, the keychain, the network): call them from a worker.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol

from pos_app.domain.errors import (
    AuthenticationFailed,
    ConfigurationError,
    PermissionDenied,
    PosError,
    StripeConnectionError,
    StripeError,
)
from pos_app.domain.i18n import translate
from pos_app.storage.config import save_setup
from pos_app.storage.secrets import SecretStore
from pos_app.storage.settings import DEFAULT_RECEIPT_FOOTER, Settings, SettingsStore
from pos_app.storage.setup import (
    RECEIPT_FIELDS,
    SETUP_FIELDS,
    SetupForm,
    apply_setup,
    default_confirm_above,
    first_problem,
    validate_setup,
)

__all__ = [
    "DEFAULT_RECEIPT_FOOTER",
    "RECEIPT_FIELDS",
    "SETUP_FIELDS",
    "KeyChecker",
    "SetupForm",
    "SetupState",
    "TillSetup",
    "dashboard_keys_hint",
    "default_confirm_above",
    "key_check_words",
]


def dashboard_keys_hint() -> str:
    """Where an owner finds the keys (docs/stripe.md §1.2), in the words of Stripe's Dashboard."""
    return translate(
        "TillSetup",
        "In the Stripe Dashboard (dashboard.stripe.com), open Developers → API keys: the "
        "publishable key (pk_…) is shown there; reveal the secret key (sk_…) or create a "
        "restricted key (rk_…) and copy it.",
    )


class KeyChecker(Protocol):
    """Asks Stripe whether it accepts `secret_key` (one cheap read); raises a StripeError."""

    def __call__(self, secret_key: str, publishable_key: str | None) -> None: ...


@dataclass(frozen=True, slots=True)
class SetupState:
    """What the setup or settings dialog starts from: the stored values, and what it may
    change. `first_run`: nothing is set up yet (the setup dialog)."""

    form: SetupForm
    keys_from_env: bool = False
    has_stored_keys: bool = False
    has_pin: bool = False
    first_run: bool = False

    def requires_keys(self, form: SetupForm) -> bool:
        """Keys must be typed: a Stripe account is chosen and none are stored or given."""
        return not form.training and not self.keys_from_env and not self.has_stored_keys

    def requires_pin(self) -> bool:
        return self.first_run or not self.has_pin


class TillSetup:
    """The setup use cases over the settings file, the keychain and a key check."""

    def __init__(
        self,
        settings_store: SettingsStore,
        keychain: Callable[[], SecretStore | None],
        check_keys: KeyChecker,
        *,
        keys_from_env: bool = False,
        pin_from_env: bool = False,
    ) -> None:
        self._store = settings_store
        self._keychain = keychain
        self._check = check_keys
        self.keys_from_env = keys_from_env
        self.pin_from_env = pin_from_env

    # -- rules (pure: safe on the GUI thread) ---------------------------------------------

    @staticmethod
    def validate(
        form: SetupForm, *, require_keys: bool = True, require_pin: bool = True
    ) -> dict[str, str]:
        """Every field's problem in a sentence (storage/setup.py `validate_setup`)."""
        return validate_setup(form, require_keys=require_keys, require_pin=require_pin)

    @staticmethod
    def default_confirm_above(currency: str) -> int:
        return default_confirm_above(currency)

    # -- blocking ---------------------------------------------------------------------------

    def validate_state(self, state: SetupState, form: SetupForm) -> dict[str, str]:
        """`validate` with what `state` says is required."""
        return self.validate(
            form, require_keys=state.requires_keys(form), require_pin=state.requires_pin()
        )

    def load(self, *, first_run: bool = False) -> SetupState:
        """The stored settings as a form (keys and PIN never leave storage)."""
        settings = self._store.load()
        form = SetupForm(
            training=settings.training_mode,
            business_name=settings.business_name,
            business_address=settings.business_address,
            register_id=settings.register_id,
            currency=settings.default_currency,
            language=settings.language,
            confirm_above=settings.confirm_above,
            tax_id=settings.tax_id,
            receipt_footer=settings.receipt_footer,
            auto_print=settings.auto_print,
            cut_paper=settings.cut_paper,
            open_drawer=settings.open_drawer,
            locale=settings.locale,
        ).with_printer(settings.printer)
        return SetupState(
            form,
            keys_from_env=self.keys_from_env,
            has_stored_keys=self._has_stored_keys(),
            has_pin=settings.has_manager_pin or self.pin_from_env,
            first_run=first_run,
        )

    def _has_stored_keys(self) -> bool:
        if self.keys_from_env:
            return False
        try:
            store = self._keychain()
            return store is not None and bool(store.get("secret_key"))
        except PosError:
            return False

    def check_keys(self, form: SetupForm) -> dict[str, str]:
        """Stripe's verdict on the typed keys, as field problems (empty: accepted or none typed).

        Raises StripeError only when Stripe could not be asked (no network): then nothing is
        known about the keys and nothing should be saved.
        """
        secret = form.secret_key.strip()
        if form.training or not secret:
            return {}
        try:
            self._check(secret, form.publishable_key.strip() or None)
        except AuthenticationFailed:
            return {
                "secret_key": translate(
                    "TillSetup",
                    "Stripe did not accept this key. Copy it again from the "
                    "Dashboard (Developers → API keys); a key that was rolled no longer works.",
                )
            }
        except PermissionDenied:
            return {
                "secret_key": translate(
                    "TillSetup",
                    "Stripe accepted this restricted key but it may not read "
                    "charges. Give it the Charges and Tokens permissions, or use the secret key.",
                )
            }
        return {}

    def save(self, form: SetupForm, *, first_run: bool) -> Settings:
        """Validate, then keys into the keychain (when typed) and the rest into settings.json.

        Raises ValidationError (the first problem), SecretStoreUnavailable when keys were
        typed and there is no keychain, or StorageError.
        """
        stored = self._store.load()
        state = SetupState(
            form,
            keys_from_env=self.keys_from_env,
            has_stored_keys=False if first_run else self._has_stored_keys(),
            has_pin=stored.has_manager_pin or self.pin_from_env,
            first_run=first_run,
        )
        problem = first_problem(self.validate_state(state, form))
        if problem is not None:
            raise problem
        settings = apply_setup(stored, form)
        if not form.training and form.secret_key.strip() and not self.keys_from_env:
            keychain = self._keychain()
            if keychain is None:
                raise ConfigurationError(
                    translate("TillSetup", "The keys come from the environment; nothing to store.")
                )
            return save_setup(
                keychain,
                self._store,
                settings,
                secret_key=form.secret_key,
                publishable_key=form.publishable_key or None,
            )
        self._store.save(settings)
        return settings


def key_check_words(error: StripeError) -> str:
    """Why the keys could not be checked, for the dialog's message line."""
    if isinstance(error, StripeConnectionError):
        return translate(
            "TillSetup",
            "Could not reach Stripe to check the keys. Check the network and try again.",
        )
    return translate(
        "TillSetup", "Stripe could not check the keys just now. Try again in a moment."
    )
