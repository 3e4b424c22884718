"""Start-up sequence of the GUI: configuration, first-run setup, sandbox, main window.

Lives beside app.py (the composition root) because it decides which windows to build from
what storage says; the UI layer itself never reaches into storage.
"""

from __future__ import annotations

import logging
import os
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QApplication

from pos_app.app import (
    SANDBOX_STARTING_URL,
    apply_locale,
    build_context,
    deferred_journal,
    load_config,
    sandbox_process,
    till_setup,
)
from pos_app.domain.errors import PosError, SecretStoreUnavailable
from pos_app.domain.records import replace
from pos_app.services.identity import TillIdentity
from pos_app.storage.config import RuntimeConfig, keys_in_environment, stripe_api_base
from pos_app.storage.paths import AppPaths
from pos_app.storage.settings import Settings, SettingsStore
from pos_app.storage.window_placement import WindowPlacementStore
from pos_app.ui.i18n import install_language
from pos_app.ui.main_window import MainWindow
from pos_app.ui.ops import Op
from pos_app.ui.style import ensure_style

if TYPE_CHECKING:
    # Message boxes are imported where one is shown: PySide6 builds a class on its first
    # import, and a till that starts normally shows none before its first paint.
    from PySide6.QtWidgets import QAbstractButton, QMessageBox

    from pos_app.deferred import DeferredJournal
    from pos_app.domain.money import AmountFormat
    from pos_app.domain.placement import WindowPlacement
    from pos_app.sandbox.process import SandboxProcess
    from pos_app.services.context import TillContext
    from pos_app.services.setup import SetupForm
    from pos_app.storage.journal import Journal, JournalRecovery
    from pos_app.storage.quarantine import Quarantined
    from pos_app.ui.dialogs.pin_dialog import PinDialog
    from pos_app.ui.dialogs.setup_dialog import SetupDialog

__all__ = ["STARTUP_PROBE_ENV", "Launcher", "damaged_files_text", "startup_usage"]

log = logging.getLogger(__name__)

#: Set by the start-up benchmark only (tests/benchmarks/startup.py): once the main window has
#: painted and the event loop is idle, the till prints STARTUP_READY; once its services are
#: built and Charge works, STARTUP_CHARGE_READY, and it quits.
STARTUP_PROBE_ENV = "POS_STARTUP_PROBE"
STARTUP_READY = "pos-app: window shown and idle"
STARTUP_CHARGE_READY = "pos-app: ready to charge"
#: Printed just before STARTUP_READY: the process's CPU time until then (user and system,
#: seconds) and its minor page faults, where the platform counts them (not on Windows).
STARTUP_USAGE = "pos-app: usage"


class Launcher(QObject):
    """Owns the start-up windows and the context's lifetime until the application quits."""

    def __init__(self, *, sandbox: bool) -> None:
        super().__init__()
        self._sandbox = sandbox
        self._env = os.environ
        self._paths = AppPaths.resolve(self._env).ensure()
        self._placements = WindowPlacementStore(self._paths.window_placement_path)
        self._process: SandboxProcess | None = None
        self._context: TillContext | None = None
        self.window: MainWindow | None = None
        self.setup_dialog: SetupDialog | None = None
        self._message: QMessageBox | None = None
        #: The machine has no keychain: the choice between training mode and quitting.
        self.no_keychain_box: QMessageBox | None = None
        #: Files found damaged at start-up: what was moved where (and paused payments).
        self.damaged_box: QMessageBox | None = None
        self._resume_button: QAbstractButton | None = None
        self.resume_pin_dialog: PinDialog | None = None

    def start(self) -> bool:
        """Show the first window; False when nothing could be shown (exit at once)."""
        app = QApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.shutdown)
        return self._open()

    def _open(self) -> bool:
        # Before any window: the stored language, again after the settings changed it.
        stored = self._install_language()
        # And the till's look: a message box shown before the main window (no keychain, a
        # damaged file, a till that cannot start) had Qt's own small type and plain buttons.
        ensure_style()
        try:
            if not self._sandbox and self._training_without_keys(stored):
                self._sandbox = True
            if self._sandbox:
                # Started by a worker once the window shows (_start_sandbox).
                self._process = sandbox_process(self._paths)
            config = load_config(
                self._env,
                self._paths,
                sandbox_url=SANDBOX_STARTING_URL if self._process else None,
            )
        except SecretStoreUnavailable as exc:
            self._offer_training(str(exc))
            return True
        except PosError as exc:
            self._fatal(self.tr("The till cannot start"), str(exc))
            return True
        if config.needs_setup:
            self._tell_damaged_files(None, [])
            from pos_app.ui.dialogs.setup_dialog import SetupDialog

            setup = till_setup(
                self._paths, keys_from_env=False, keys_api_base=stripe_api_base(self._env)
            )
            self.setup_dialog = SetupDialog(setup, setup.load(first_run=True))
            self.setup_dialog.completed.connect(self._on_setup_completed)
            self.setup_dialog.rejected.connect(self._quit)
            self.setup_dialog.open()
            return True
        return self._show_main(config)

    def _install_language(self) -> Settings | None:
        """Install the stored language; returns the settings read for it (None when they
        could not be read: the till then speaks the system's language and the configuration
        says what is wrong)."""
        try:
            stored = SettingsStore(self._paths.settings_path).load()
        except PosError as exc:
            log.warning("language setting unreadable: %s", exc)
            stored = None
        install_language(stored.language if stored is not None else "")
        return stored

    def _training_without_keys(self, stored: Settings | None) -> bool:
        """Setup chose the training sandbox and no keys came since: start in training."""
        if keys_in_environment(self._env):
            return False
        if stored is None:  # read again, so that its error is the one the till shows
            stored = SettingsStore(self._paths.settings_path).load()
        return stored.training_mode

    def _offer_training(self, why: str) -> None:
        """No keychain for the keys: training mode needs none, so it is offered, not only
        the way out (setting the keys in the environment)."""
        log.warning("no keychain: %s", why)
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("No keychain available"), why)
        box.setObjectName("startupErrorDialog")
        box.setInformativeText(
            self.tr(
                "Training mode needs no keys: it runs on a sandbox on this computer, with no "
                "real money. Keys can be added later in Settings."
            )
        )
        training = box.addButton(
            self.tr("Start in training mode"), QMessageBox.ButtonRole.AcceptRole
        )
        training.setObjectName("startTrainingButton")
        quit_button = box.addButton(self.tr("Quit"), QMessageBox.ButtonRole.RejectRole)
        quit_button.setObjectName("quitButton")
        box.setDefaultButton(training)
        box.finished.connect(self._training_chosen)
        self.no_keychain_box = box
        box.open()

    def _training_chosen(self) -> None:
        box, self.no_keychain_box = self.no_keychain_box, None
        if box is None:
            return
        box.deleteLater()
        clicked = box.clickedButton()
        if clicked is None or clicked.objectName() != "startTrainingButton":
            self._quit()
            return
        try:
            store = SettingsStore(self._paths.settings_path)
            store.save(replace(store.load(), training_mode=True))
        except PosError as exc:
            self._fatal(self.tr("The till cannot start"), str(exc))
            return
        self._sandbox = True
        self._open()

    def _on_setup_completed(self, form: SetupForm) -> None:
        # The setup dialog has checked and saved everything (services/setup.py).
        self.setup_dialog = None
        self._install_language()  # the language chosen in the setup
        try:
            self._sandbox = form.training
            if form.training:
                self._process = sandbox_process(self._paths)
            config = load_config(
                self._env,
                self._paths,
                sandbox_url=SANDBOX_STARTING_URL if self._process else None,
            )
        except PosError as exc:
            self._fatal(self.tr("The till cannot start"), str(exc))
            return
        self._show_main(config)

    def request_quit(self) -> None:
        """Ctrl+C or SIGTERM: quit as Ctrl+Q does, after a payment in flight."""
        if self.window is not None and self.window.isVisible():
            self.window.quit_till()
        else:
            self._quit()

    def _restart(self) -> None:
        """The settings changed: close the till (never during a payment) and build it anew
        from what is stored now; leaving training mode stops the sandbox."""
        window = self.window
        app = QApplication.instance()
        if window is None or window.payment_in_flight:
            return
        quit_on_close = app.quitOnLastWindowClosed() if isinstance(app, QApplication) else True
        if isinstance(app, QApplication):
            app.setQuitOnLastWindowClosed(False)
        try:
            if not window.close():
                return
            window.deleteLater()
            self.window = None
            if self._context is not None:
                self._context.close()  # stops the sandbox too, when there was one
                self._context = None
            self._process = None
            self._sandbox = False
            log.info("settings changed: the till starts again")
            self._open()
        finally:
            if isinstance(app, QApplication):
                app.setQuitOnLastWindowClosed(quit_on_close)

    def _show_main(self, config: RuntimeConfig) -> bool:
        # Nothing here waits for the disk's journal, the network or the sandbox: the window
        # shows first and workers do the rest (docs/architecture.md, "Start-up").
        # The window shows with the till's identity only; the services are imported and
        # built once it has painted (_build_till), while Charge says it is getting ready.
        amounts = apply_locale(config.stored)  # the amount field shows the shop's locale
        identity = TillIdentity(
            config.mode, config.currency, config.register_id, config.cashier, config.business_name
        )
        window = self.window = MainWindow(identity)
        window.on_restart = self._restart
        window.on_closed = self._keep_placement
        if os.environ.get(STARTUP_PROBE_ENV):
            # First: the moment the window has painted, before the work that follows it.
            window.first_painted.connect(_window_shown)
            window.till_ready.connect(_ready)
        process = self._process
        starting = process if process is not None and not process.running else None
        if starting is not None:
            window.charge_page.set_waiting(self.tr("Starting the training sandbox…"))
        window.first_painted.connect(
            lambda: self._after_first_paint(window, config, amounts, starting)
        )
        window.placer.show(window, self._placements.load())
        log.info(
            "till ready: mode=%s register=%s cashier=%s api=%s",
            config.mode.value,
            config.register_id,
            config.cashier,
            "the training sandbox" if process is not None else config.api_base,
        )
        return True

    def _keep_placement(self, placement: WindowPlacement) -> None:
        """The window closes: the next start opens it there (never stops the closing)."""
        try:
            self._placements.save(placement)
        except OSError as exc:
            log.warning("could not keep where the window was: %s", exc)

    def _after_first_paint(
        self,
        window: MainWindow,
        config: RuntimeConfig,
        amounts: AmountFormat,
        starting: SandboxProcess | None,
    ) -> None:
        """What the window did not need to show itself: the services, the training server
        (`starting`, when it has not started yet) and the journal's check, all on workers.
        The journal's stand-in is made here too: its module waits for the paint as well."""
        journal = deferred_journal(config)
        self._build_till(window, config, journal, amounts)
        if starting is not None:
            self._start_sandbox(window, starting)

        def recoveries() -> list[JournalRecovery]:
            # Opens the journal (checked, and replaced when damaged) off the GUI thread; the
            # start-up settlement waits for the same open.
            return journal.resolve().recoveries()

        (
            Op(window, recoveries)
            .success(lambda found: self._tell_damaged_files(config, found))
            .failure(lambda exc: self._journal_failed(config, exc))
            .run()
        )

    def _build_till(
        self,
        window: MainWindow,
        config: RuntimeConfig,
        journal: DeferredJournal[Journal],
        amounts: AmountFormat,
    ) -> None:
        """Import the services and build the context on a worker (no Qt in either: the GUI
        thread keeps its frames), then hand it to the window."""
        paths, process = self._paths, self._process

        def build() -> TillContext:
            return build_context(config, paths, sandbox=process, journal=journal, amounts=amounts)

        def built(context: TillContext) -> None:
            if self.window is not window:  # closed or rebuilt meanwhile
                return
            self._context = context
            window.attach(context)

        def failed(exc: BaseException) -> None:
            log.error("the till's services could not be built: %s", exc)
            self._fatal(self.tr("The till cannot start"), str(exc))

        Op(window, build).success(built).failure(failed).run()

    def _start_sandbox(self, window: MainWindow, process: SandboxProcess) -> None:
        """The training server starts on a worker; Charge waits for its answer."""

        def started(url: str) -> None:
            log.info("training sandbox at %s", url)
            window.charge_page.set_waiting(None)

        def failed(exc: BaseException) -> None:
            self._fatal(self.tr("The training sandbox did not start"), str(exc))

        Op(window, process.start).success(started).failure(failed).run()

    def _journal_failed(self, config: RuntimeConfig, exc: BaseException) -> None:
        log.error("could not read the journal's recoveries: %s", exc)
        self._tell_damaged_files(config, [])

    # -- files found damaged at start-up -------------------------------------------------------

    def _tell_damaged_files(
        self, config: RuntimeConfig | None, recoveries: list[JournalRecovery]
    ) -> None:
        """Say what was moved aside and what to do; offer to resume paused payments."""
        # Imported here, once the window has painted: whatever moved a file aside at start
        # imported it first, and a start that moved nothing needs none of it.
        from pos_app.storage.quarantine import take_moved

        moved = take_moved()
        if not moved and not any(r.pauses_payments for r in recoveries):
            return
        paused = any(r.pauses_payments for r in recoveries)
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Damaged files moved aside"),
            damaged_files_text(moved, recoveries),
            QMessageBox.StandardButton.NoButton,
            self.window,
        )
        box.setObjectName("damagedFilesDialog")
        if paused and config is not None:
            self._resume_button = box.addButton(
                self.tr("Resume payments (manager)"), QMessageBox.ButtonRole.AcceptRole
            )
            box.addButton(self.tr("Keep payments paused"), QMessageBox.ButtonRole.RejectRole)
            box.buttonClicked.connect(lambda button: self._on_damaged_answer(button, config))
        else:
            box.addButton(QMessageBox.StandardButton.Ok)
        self.damaged_box = box
        box.open()

    def _on_damaged_answer(self, button: QAbstractButton, config: RuntimeConfig) -> None:
        if button is not self._resume_button:
            return
        if self._context is None and self.window is not None:
            # The manager's PIN is checked by the services: ask once they are built.
            window = self.window
            window.till_ready.connect(lambda: self._on_damaged_answer(button, config))
            return
        manager = self._context.manager if self._context is not None else None
        if manager is None or not manager.configured:
            self._resume_payments(config, "manager (no PIN set)")
            return
        # The PIN is checked off the GUI thread, with the five-tries lock, and recorded.
        from pos_app.services.manager import ManagerAction
        from pos_app.ui.dialogs.pin_dialog import PinDialog

        dialog = PinDialog(
            manager,
            ManagerAction.RESUME_PAYMENTS,
            "journal",
            self.tr(
                "Resume payments after the journal was replaced. Check this register's recent "
                "payments in the Stripe Dashboard first."
            ),
            parent=self.window,
        )
        dialog.granted.connect(lambda _grant: self._resume_payments(config, "manager"))
        self.resume_pin_dialog = dialog
        dialog.open()

    def _resume_payments(self, config: RuntimeConfig, actor: str) -> None:
        def acknowledge() -> None:
            from pos_app.storage.journal import Journal

            with Journal(config.journal_path) as journal:
                journal.acknowledge_recoveries(actor)

        Op(self.window, acknowledge).success(lambda _none: self._payments_resumed(actor)).failure(
            lambda exc: self._fatal(self.tr("Payments stay paused"), str(exc))
        ).run()

    def _payments_resumed(self, actor: str) -> None:
        log.warning("payments resumed after a damaged journal, acknowledged by %s", actor)
        if self.window is not None:
            self.window.statusBar().showMessage(self.tr("Payments resumed."), 10_000)

    def _fatal(self, title: str, text: str) -> None:
        log.error("%s: %s", title, text)
        from PySide6.QtWidgets import QMessageBox

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
    parts = [
        QCoreApplication.translate(
            "Launcher", "Some of the till's files could not be read. Nothing was deleted:"
        )
    ]
    by_place = {r.moved_to: r for r in recoveries}
    for item in moved:
        line = f"• {item.describe()}"
        recovery = by_place.pop(str(item.moved_to), None)
        if item.what == "the settings file":
            line += " " + QCoreApplication.translate(
                "Launcher",
                "The till started with the default settings: check the shop's details, "
                "register and currency in Setup, or copy them back from the moved file.",
            )
        elif recovery is not None and recovery.complete:
            line += " " + QCoreApplication.translate(
                "Launcher",
                "All {count} attempts in it were carried over into a new journal; the {open} "
                "still unfinished are checked with Stripe.",
            ).format(count=recovery.attempts_carried, open=recovery.open_carried)
        elif recovery is not None:
            if recovery.attempts_carried:
                readable = QCoreApplication.translate(
                    "Launcher",
                    "Only {count} attempts in it could be read, so payments whose outcome was "
                    "still unknown may be missing from the new journal.",
                ).format(count=recovery.attempts_carried)
            else:
                readable = QCoreApplication.translate(
                    "Launcher",
                    "Nothing in it could be read, so payments whose outcome was still unknown "
                    "may be missing from the new journal.",
                )
            line += " " + readable
        parts.append(line)
    for recovery in by_place.values():
        if recovery.pauses_payments:
            parts.append(
                "• "
                + QCoreApplication.translate(
                    "Launcher",
                    "The journal was replaced on {when} UTC; the damaged one is at {place}.",
                ).format(when=f"{recovery.at:%Y-%m-%d %H:%M}", place=recovery.moved_to)
            )
    if any(r.pauses_payments for r in recoveries):
        parts.append(
            QCoreApplication.translate(
                "Launcher",
                "Payments are paused. Before resuming, a manager checks this register's "
                "payments of the last days in the Stripe Dashboard (each shows its order "
                "number) so that no customer is charged twice, then chooses Resume payments.",
            )
        )
    parts.append(
        QCoreApplication.translate(
            "Launcher", "Keep the moved files: support can recover what they still hold."
        )
    )
    return "\n\n".join(parts)


def _window_shown() -> None:
    print(startup_usage(), flush=True)
    print(STARTUP_READY, flush=True)


def startup_usage() -> str:
    """The STARTUP_USAGE line: this process's CPU time and minor page faults so far."""
    try:
        import resource
    except ImportError:  # Windows
        return STARTUP_USAGE
    used = resource.getrusage(resource.RUSAGE_SELF)
    return f"{STARTUP_USAGE} {used.ru_utime:.6f} {used.ru_stime:.6f} {used.ru_minflt}"


def _ready() -> None:
    print(STARTUP_CHARGE_READY, flush=True)
    app = QApplication.instance()
    if app is not None:
        app.quit()
