"""Settings after the first run, behind the manager PIN: the business name and address, the
register, the Stripe keys (checked with Stripe before saving) and training mode; on a second
tab the receipt's tax number and footer and the receipt printer.

The same form and the same rules as the first-run setup (setup_dialog.py); what is saved
applies when the till is rebuilt, which the main window asks the launcher to do.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Signal
from PySide6.QtWidgets import QWidget

from pos_app.domain.keys import Mode
from pos_app.services.setup import RECEIPT_FIELDS, SetupForm, SetupState, TillSetup

from ..qtcompat import emit
from .setup_dialog import SetupDialog

__all__ = ["SettingsDialog"]

_MODE_WORDS = {
    Mode.LIVE: QT_TRANSLATE_NOOP(
        "SettingsDialog", "This till takes real card payments (live keys)."
    ),
    Mode.TEST: QT_TRANSLATE_NOOP(
        "SettingsDialog", "This till is in Stripe's test mode: test cards only, no real money."
    ),
    Mode.SANDBOX: QT_TRANSLATE_NOOP(
        "SettingsDialog", "This till is in training mode, on the sandbox."
    ),
}


class SettingsDialog(SetupDialog):
    """The settings form; `saved` lists what changed (for the audit trail)."""

    saved = Signal(list)

    def __init__(
        self,
        setup: TillSetup,
        state: SetupState,
        *,
        mode: Mode,
        running: tuple[str, str] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        self._mode = mode
        self._running = running
        super().__init__(setup, state, parent, settings=True)
        self._before = state.form

    def _mode_changed(self, training: bool) -> None:
        super()._mode_changed(training)
        if training:
            then = self.tr("To leave it, choose this shop's Stripe account and paste its keys.")
        else:
            then = self.tr("Keys typed here are checked with Stripe before anything is saved.")
        words = [QCoreApplication.translate("SettingsDialog", str(_MODE_WORDS[self._mode])), then]
        form = self._state.form
        if self._running is not None and self._running != (form.business_name, form.register_id):
            # POS_BUSINESS_NAME / POS_REGISTER_ID win over what is stored here.
            words.append(
                self.tr(
                    "The environment sets this till's business name or register "
                    "(POS_BUSINESS_NAME, POS_REGISTER_ID); what is saved here applies without them."
                )
            )
        self.intro.setText(" ".join(words))

    def _saved(self, form: SetupForm) -> None:
        before = self._before
        changed = [
            name
            for name in (
                "training",
                "business_name",
                "business_address",
                "register_id",
                "currency",
                "locale",
                "language",
                "confirm_above",
                *RECEIPT_FIELDS,
            )
            if getattr(form, name) != getattr(before, name)
        ]
        typed = self.fields
        if typed.secret_key.text().strip():
            changed.append("keys")
        if typed.pin.text():
            changed.append("manager_pin")
        emit(self.saved, changed)
