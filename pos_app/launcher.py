"""Start-up sequence of the GUI: configuration, first-run setup, sandbox, main window.

Lives beside app.py (the composition root) because it decides which windows to build from
what storage says; the UI layer itself never reaches into storage.
"""

from __future__ import annotations

import dataclasses
import logging
import os

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QAbstractButton, QApplication, QInputDialog, QLineEdit, QMessageBox

from pos_app.app import build_context, keychain, load_config, start_sandbox
from pos_app.domain.errors import (
    ConfigurationError,
    PosError,
    SecretStoreUnavailable,
)
from pos_app.sandbox.process import SandboxProcess
from pos_app.services.context import TillContext
from pos_app.storage.config import RuntimeConfig, keys_in_environment, save_setup
from pos_app.storage.journal import Journal, JournalRecovery
from pos_app.storage.paths import AppPaths
from pos_app.storage.quarantine import Quarantined, take_moved
from pos_app.storage.settings import SettingsStore, hash_pin, verify_pin
from pos_app.ui.dialogs.setup_dialog import SetupData, SetupDialog
from pos_app.ui.main_window import MainWindow

__all__ = ["Launcher", "damaged_files_text"]

log = logging.getLogger(__name__)


class Launcher(QObject):
    """Owns the start-up windows and the context's lifetime until the application quits."""

    def __init__(self, *, sandbox: bool) -> None:
        super().__init__()
        self._sandbox = sandbox
        self._env = os.environ
        self._paths = AppPaths.resolve(self._env).ensure()
        self._process: SandboxProcess | None = None
        self._context: TillContext | None = None
        self.window: MainWindow | None = None
        self.setup_dialog: SetupDialog | None = None
        self._message: QMessageBox | None = None
        self.damaged_box: QMessageBox | None = None
        self._resume_button: QAbstractButton | None = None
        self._pin_dialog: QInputDialog | None = None

    def start(self) -> bool:
        """Show the first window; False when nothing could be shown (exit at once)."""
        app = QApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.shutdown)
        try:
            if not self._sandbox and self._training_without_keys():
                self._sandbox = True
            if self._sandbox:
                self._process = start_sandbox(self._paths)
            config = load_config(
                self._env,
                self._paths,
                sandbox_url=self._process.base_url if self._process else None,
            )
        except SecretStoreUnavailable as exc:
            self._fatal("No keychain available", str(exc))
            return True
        except PosError as exc:
            self._fatal("The till cannot start", str(exc))
            return True
        if config.needs_setup:
            settings = SettingsStore(self._paths.settings_path).load()
            self._tell_damaged_files(None)
            self.setup_dialog = SetupDialog(
                default_currency=settings.default_currency,
                default_register=settings.register_id,
            )
            self.setup_dialog.completed.connect(self._on_setup_completed)
            self.setup_dialog.rejected.connect(self._quit)
            self.setup_dialog.open()
            return True
        return self._show_main(config)

    def _training_without_keys(self) -> bool:
        """Setup chose the training sandbox and no keys came since: start in training."""
        if keys_in_environment(self._env):
            return False
        return SettingsStore(self._paths.settings_path).load().training_mode

    def _on_setup_completed(self, data: SetupData) -> None:
        store = SettingsStore(self._paths.settings_path)
        settings = dataclasses.replace(
            store.load(),
            business_name=data.business_name,
            business_address=data.business_address,
            register_id=data.register_name,
            default_currency=data.currency,
        )
        try:
            if data.training_sandbox:
                pin_hash = hash_pin(data.manager_pin)
                store.save(
                    dataclasses.replace(settings, manager_pin_hash=pin_hash, training_mode=True)
                )
                self._sandbox = True
                self._process = start_sandbox(self._paths)
                config = load_config(self._env, self._paths, sandbox_url=self._process.base_url)
            else:
                secrets = keychain(self._env)
                if secrets is None:
                    raise ConfigurationError("Keys come from the environment; nothing to store.")
                save_setup(
                    secrets,
                    store,
                    dataclasses.replace(settings, training_mode=False),
                    secret_key=data.secret_key,
                    publishable_key=data.publishable_key or None,
                    manager_pin=data.manager_pin,
                )
                config = load_config(self._env, self._paths)
        except PosError as exc:
            self._fatal("Setup could not be saved", str(exc))
            return
        self._show_main(config)

    def _show_main(self, config: RuntimeConfig) -> bool:
        try:
            self._context = build_context(config, self._paths, sandbox=self._process)
        except PosError as exc:
            self._fatal("The till cannot start", str(exc))
            return True
        self.window = MainWindow(self._context)
        self.window.show()
        self._tell_damaged_files(config)
        log.info(
            "till ready: mode=%s register=%s cashier=%s api=%s",
            config.mode.value,
            config.register_id,
            config.cashier,
            config.api_base,
        )
        return True

    # -- files found damaged at start-up -------------------------------------------------------

    def _tell_damaged_files(self, config: RuntimeConfig | None) -> None:
        """Say what was moved aside and what to do; offer to resume paused payments."""
        moved = take_moved()
        recoveries: list[JournalRecovery] = []
        if config is not None:
            try:
                with Journal(config.journal_path) as journal:
                    recoveries = journal.recoveries()
            except PosError as exc:
                log.error("could not read the journal's recoveries: %s", exc)
        if not moved and not any(r.pauses_payments for r in recoveries):
            return
        paused = any(r.pauses_payments for r in recoveries)
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            "Damaged files moved aside",
            damaged_files_text(moved, recoveries),
            QMessageBox.StandardButton.NoButton,
            self.window,
        )
        box.setObjectName("damagedFilesDialog")
        if paused and config is not None:
            self._resume_button = box.addButton(
                "Resume payments (manager)", QMessageBox.ButtonRole.AcceptRole
            )
            box.addButton("Keep payments paused", QMessageBox.ButtonRole.RejectRole)
            box.buttonClicked.connect(lambda button: self._on_damaged_answer(button, config))
        else:
            box.addButton(QMessageBox.StandardButton.Ok)
        self.damaged_box = box
        box.open()

    def _on_damaged_answer(self, button: QAbstractButton, config: RuntimeConfig) -> None:
        if button is not self._resume_button:
            return
        if not config.manager_pin_hash:
            self._resume_payments(config, "manager (no PIN set)")
            return
        dialog = QInputDialog(self.window)
        dialog.setObjectName("resumePaymentsPinDialog")
        dialog.setWindowTitle("Resume payments")
        dialog.setLabelText("Manager PIN:")
        dialog.setTextEchoMode(QLineEdit.EchoMode.Password)
        dialog.textValueSelected.connect(lambda pin: self._check_pin(pin, config))
        self._pin_dialog = dialog
        dialog.open()

    def _check_pin(self, pin: str, config: RuntimeConfig) -> None:
        if verify_pin(pin, config.manager_pin_hash):
            self._resume_payments(config, "manager")
        elif self.window is not None:
            self.window.statusBar().showMessage(
                "Wrong manager PIN: payments stay paused. Restart the till to try again.", 15_000
            )

    def _resume_payments(self, config: RuntimeConfig, actor: str) -> None:
        try:
            with Journal(config.journal_path) as journal:
                journal.acknowledge_recoveries(actor)
        except PosError as exc:
            self._fatal("Payments stay paused", str(exc))
            return
        log.warning("payments resumed after a damaged journal, acknowledged by %s", actor)
        if self.window is not None:
            self.window.statusBar().showMessage("Payments resumed.", 10_000)

    def _fatal(self, title: str, text: str) -> None:
        log.error("%s: %s", title, text)
        self._message = QMessageBox(QMessageBox.Icon.Critical, title, text)
        self._message.setObjectName("startupErrorDialog")
        self._message.finished.connect(self._quit)
        self._message.open()

    def _quit(self) -> None:
        app = QApplication.instance()
        if app is not None:
            app.quit()

    def shutdown(self) -> None:
        if self._context is not None:
            self._context.close()
            self._context = None
        elif self._process is not None:
            self._process.stop()
        self._process = None


def damaged_files_text(moved: list[Quarantined], recoveries: list[JournalRecovery]) -> str:
    """What the start-up message says: each file moved where, and what to do about it."""
    parts = ["Some of the till's files could not be read. Nothing was deleted:"]
    by_place = {r.moved_to: r for r in recoveries}
    for item in moved:
        line = f"• {item.describe()}"
        recovery = by_place.pop(str(item.moved_to), None)
        if item.what == "the settings file":
            line += (
                " The till started with the default settings: check the shop's details, "
                "register and currency in Setup, or copy them back from the moved file."
            )
        elif recovery is not None and recovery.complete:
            line += (
                f" All {recovery.attempts_carried} attempts in it were carried over into a new "
                f"journal; the {recovery.open_carried} still unfinished are checked with Stripe."
            )
        elif recovery is not None:
            readable = (
                f"Only {recovery.attempts_carried} attempts in it could be read"
                if recovery.attempts_carried
                else "Nothing in it could be read"
            )
            line += (
                f" {readable}, so payments whose outcome was still unknown may be missing "
                "from the new journal."
            )
        parts.append(line)
    for recovery in by_place.values():
        if recovery.pauses_payments:
            parts.append(
                f"• The journal was replaced on {recovery.at:%Y-%m-%d %H:%M} UTC; the damaged "
                f"one is at {recovery.moved_to}."
            )
    if any(r.pauses_payments for r in recoveries):
        parts.append(
            "Payments are paused. Before resuming, a manager checks this register's payments "
            "of the last days in the Stripe Dashboard (each shows its order number) so that "
            "no customer is charged twice, then chooses Resume payments."
        )
    parts.append("Keep the moved files: support can recover what they still hold.")
    return "\n\n".join(parts)
