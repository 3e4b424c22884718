"""The till's main window: wires the header, the pages, the worker and the close guard.

Also its menu (Settings behind the manager PIN, Quit), the start-up report of what a crash left
open, and the promise made when a close or a quit comes during a payment: the till closes
once the payment's outcome is known.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QPushButton,
    QSizePolicy,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from pos_app.domain.keys import Mode
from pos_app.services.identity import TillIdentity

from .events import TillEvents
from .fitted_text import BadgeLabel, CutLabel
from .i18n import clock_text
from .lazy_page import LazyPage
from .lazy_qt import build_deferred_classes, set_shortcut
from .ops import Op, TaskRunner
from .pages.charge_page import ChargePage
from .style import ensure_style, initial_state, mode_badge_words
from .widgets import describe
from .window_placement import WindowPlacer

if TYPE_CHECKING:
    from PySide6.QtGui import QAction, QCloseEvent, QResizeEvent
    from PySide6.QtWidgets import QMenu

    from pos_app.domain.attempts import SettledAttempt
    from pos_app.domain.placement import WindowPlacement
    from pos_app.services.context import TillContext
    from pos_app.services.manager import Grant
    from pos_app.services.setup import SetupState

    from .dialogs.pin_dialog import PinDialog
    from .dialogs.receipt_dialog import ReceiptDialog
    from .dialogs.settings_dialog import SettingsDialog
    from .dialogs.settled_dialog import SettledDialog
    from .pages.customers_page import CustomersPage
    from .pages.history_page import HistoryPage

#: How often open attempts nobody waits for are checked with Stripe again.
SWEEP_INTERVAL_MS = 60_000

__all__ = ["MainWindow"]


#: The header's left and right margins (px), for its layout and for `_fit_header`.
HEADER_MARGIN = 24


class MainWindow(QMainWindow):
    """Header with the mode badge, then the Charge / Customers / History pages."""

    #: The window has painted once and the event loop is idle: deferred work may start.
    first_painted = Signal()

    #: The till's services are attached: Charge, the other pages and the settings work.
    till_ready = Signal()

    def __init__(self, till: TillContext | TillIdentity, parent: QWidget | None = None) -> None:
        """Given the whole context, the window is ready at once. Given only the till's
        identity (the launcher, docs/architecture.md "Start-up"), it shows before the
        services exist and works once they are attached (`attach`)."""
        super().__init__(parent)
        ensure_style()
        ctx = None if isinstance(till, TillIdentity) else till
        identity = till if isinstance(till, TillIdentity) else till.identity
        self.setObjectName("mainWindow")
        self.setWindowTitle(
            self.tr("{business} — Till").format(business=identity.business_name)
            if identity.business_name
            else self.tr("Till")
        )
        # 800 px wide at the least; its height, at the end (`_keep_fields_apart`).
        self.setMinimumWidth(800)
        self._context: TillContext | None = None
        self.runner = TaskRunner.shared()
        self.events = TillEvents(self)

        # Header and pages are made inside the central widget: moved into it afterwards,
        # every widget under them would be given the style sheet's style again (~7 ms).
        central = QWidget(self)
        header = QWidget(central)
        header.setObjectName("tillHeader")
        business = self.business_label = CutLabel(identity.business_name or self.tr("Till"), header)
        business.setObjectName("businessNameLabel")
        self.clock_label = QLabel(header)
        self.clock_label.setObjectName("clockLabel")
        self.mode_badge = BadgeLabel(header)
        self.mode_badge.set_words(
            *mode_badge_words(identity.mode, identity.register_id, identity.cashier),
            {
                "TEST": self.tr("Stripe test mode: test cards only, no real money moves"),
                "LIVE": self.tr("Live mode: real cards are charged"),
                "SANDBOX": self.tr("Training sandbox: nothing leaves this computer"),
            }[identity.mode.value],
        )
        self.mode_badge.setObjectName("modeBadge")
        self.mode_badge.setAccessibleName(self.tr("Till mode"))
        self.mode_badge.setProperty("mode", identity.mode.value)
        # As tall as its words, in the middle of the header (the menu button is taller).
        self.mode_badge.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        initial_state(self.mode_badge, identity.mode.value)
        bar = QHBoxLayout(header)
        bar.setContentsMargins(HEADER_MARGIN, 6, HEADER_MARGIN, 6)
        bar.setSpacing(16)
        # The name takes what the clock, the mode badge and the menu leave: a long one is cut
        # with "…" (the tooltip has it whole). Then the clock goes (`_fit_header`; the
        # system's task bar has one), then the badge's words get shorter: the mode and the
        # register are never cut, the cashier's name is last.
        business.setMinimumWidth(96)
        bar.addWidget(business, 1)
        self._header_bar = bar
        bar.addWidget(self.clock_label)
        bar.addWidget(self.mode_badge)
        # The till's menu (settings, full screen, quit) opens from a button a finger can hit,
        # in the header rather than a desktop menu bar: a till panel is often touched.
        # Given its text after it is made, as the actions below are. The arrow says it opens
        # a menu (Qt's own indicator would need QStyle's class before the first paint,
        # ui/lazy_qt.py).
        self.menu_button = QPushButton(header)
        self.menu_button.setText(self.tr("&Till") + " \N{BLACK DOWN-POINTING SMALL TRIANGLE}")
        describe(
            self.menu_button,
            "tillMenuButton",
            self.tr("Till menu"),
            self.tr("Settings, full screen and quit (Alt+T)"),
        )
        self.menu_button.clicked.connect(self.open_till_menu)
        bar.addWidget(self.menu_button)
        #: Made the first time it opens (`till_menu`).
        self._till_menu: QMenu | None = None

        self.pages = QTabWidget(central)
        self.pages.setObjectName("mainPages")
        self.pages.setAccessibleName(self.tr("Till pages"))
        self.pages.setDocumentMode(True)
        # Built on their first visit (or first use), not before the first paint.
        self._customers_tab = LazyPage(self._build_customers_page, "customersTab", self.pages)
        self._history_tab = LazyPage(self._build_history_page, "historyTab", self.pages)
        self.pages.addTab(self._customers_tab, self.tr("Customers"))
        self.pages.addTab(self._history_tab, self.tr("History"))
        # The charge page is made inside the tab widget's own page stack (where the empty
        # tabs now are): handed to addTab from outside it, the whole page would get the style
        # sheet's style again (~20 M instructions, most of the window's build).
        self.charge_page = ChargePage(identity, self.events, self._customers_tab.parentWidget())
        self.pages.insertTab(0, self.charge_page, self.tr("Charge", "page tab: ring up a sale"))
        self.pages.setCurrentIndex(0)
        self.pages.setTabToolTip(0, self.tr("Ring up a card payment (Ctrl+1)"))
        self.pages.setTabToolTip(1, self.tr("Customers (Ctrl+2)"))
        self.pages.setTabToolTip(2, self.tr("Today's history (Ctrl+3)"))
        # Made with the services (`attach`): until then the Charge page is the only one
        # enabled, and it is the page shown.
        self._page_actions: list[QAction] = []

        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(header)
        layout.addWidget(self.pages, 1)
        self.setCentralWidget(central)

        # The menu's actions (settings, full screen, quit) are made once the window has
        # painted, or when first asked for (`_made_actions`).
        self._actions: _TillActions | None = None
        #: Opens the window where it was left (the launcher gives it the saved placement).
        self.placer = WindowPlacer()
        #: Set by the launcher: keeps where the window was when it closes.
        self.on_closed: Callable[[WindowPlacement], None] | None = None
        self.pin_dialog: PinDialog | None = None
        self.settings_dialog: SettingsDialog | None = None
        self.settled_receipt: ReceiptDialog | None = None
        #: Set by the launcher: rebuilds the till after the settings changed.
        self.on_restart: Callable[[], None] | None = None
        self._close_pending = False
        self._quit_pending = False
        self.charge_page.in_flight_changed.connect(self._flight_changed)
        self.runner.busy_changed.connect(self._flight_changed)

        # Ticks every second: the clock, and a visible proof the GUI thread never blocks.
        self.heartbeat = QTimer(self)
        self.heartbeat.setObjectName("heartbeatTimer")
        self.heartbeat.setInterval(1000)
        self.heartbeat.timeout.connect(self._tick)
        self.heartbeat_ticks = 0
        self.heartbeat.start()
        self._tick()
        # Made now, empty: the line appearing later would move the pages up. It says the
        # till is ready once Charge is (never while Charge says it is getting ready).
        self.statusBar()
        self._ready_message = {
            "TEST": self.tr("Ready. TEST mode."),
            "LIVE": self.tr("Ready. LIVE mode."),
            "SANDBOX": self.tr("Ready. SANDBOX mode."),
        }[identity.mode.value]
        self.charge_page.ready_to_charge.connect(self._announce_ready)
        self.charge_page.amount_input.setFocus()  # Qt's OtherFocusReason
        self.unfinished_box: SettledDialog | None = None
        self._sweep: Op[list[SettledAttempt]] | None = None
        # A crash or a lost answer may have left attempts open: settle them with Stripe
        # before anyone wonders whether an earlier customer paid (docs/product.md), and keep
        # checking those Stripe cannot answer for yet.
        self.sweep_timer = QTimer(self)
        self.sweep_timer.setObjectName("attemptSweepTimer")
        self.sweep_timer.setInterval(SWEEP_INTERVAL_MS)
        self.sweep_timer.timeout.connect(self.settle_open_attempts)
        self._first_sweep = True
        # The first settlement opens the journal (a worker checks it): once the window has
        # painted, like everything else it does not need to show itself.
        self._painted = False
        self._settling = False
        self._keep_fields_apart()
        self.installEventFilter(self)
        if ctx is not None:
            self.attach(ctx)
        else:
            # The other pages are built from the services: reachable once they exist.
            for index in (1, 2):
                self.pages.setTabEnabled(index, False)

    def _keep_fields_apart(self) -> None:
        """Never lower than the window's layout needs: below that Qt squeezes the fields
        together. That is about 560 px in each language the till speaks, so with a window
        manager's title bar it still fits a 1024 x 600 panel (a common till screen)."""
        self.setMinimumHeight(self.minimumSizeHint().height())

    def attach(self, ctx: TillContext) -> None:
        """The till's services exist: enable what needs them, and (after the first paint)
        settle what a crash left open."""
        self._context = ctx
        self.settings_action.setEnabled(ctx.setup is not None)
        for index in (1, 2):
            self.pages.setTabEnabled(index, True)
        self._add_page_shortcuts()
        self.charge_page.attach(ctx)
        if self._settling:
            self._start_settling()
        self.till_ready.emit()

    def _add_page_shortcuts(self) -> None:
        """Ctrl+1, Ctrl+2 and Ctrl+3 bring the pages up."""
        if self._page_actions:
            return
        # Known by their place in this list rather than by data set on them: a number in a
        # QVariant makes PySide6 build its QByteArray class.
        for index in range(3):
            action = self.addAction(self.tr("Page {number}").format(number=index + 1))
            # By its text: neither QKeySequence nor the Qt enums setShortcut's overloads would
            # build are needed (ui/lazy_qt.py).
            set_shortcut(action, f"Ctrl+{index + 1}")
            action.triggered.connect(self._switch_page)
            self._page_actions.append(action)

    @property
    def settings_action(self) -> QAction:
        """Settings (Ctrl+,), behind the manager PIN; enabled once the till is ready."""
        return self._made_actions().settings

    @property
    def full_screen_action(self) -> QAction:
        """Full screen (F11), checked while the window fills the display."""
        return self._made_actions().full_screen

    @property
    def quit_action(self) -> QAction:
        """Quit (Ctrl+Q): honours a payment in flight exactly as closing the window does."""
        return self._made_actions().quit

    def _made_actions(self) -> _TillActions:
        """The menu's actions, made the first time they are needed: once the window has
        painted (PySide6 builds QAction's class and its enums on first use, and the first
        paint needs none), or before, when the till's services are attached to a window
        that has not painted yet. Their shortcuts work with the menu never opened."""
        if self._actions is None:
            from PySide6.QtGui import QAction

            # Made from the parent alone and given their text after: the (text, parent)
            # overload makes PySide6 build its QIcon class to rule out (icon, text).
            settings = QAction(self)
            settings.setText(self.tr("&Settings…"))
            settings.setObjectName("settingsAction")
            set_shortcut(settings, "Ctrl+,")
            settings.setToolTip(self.tr("Business details, register, Stripe keys (manager PIN)"))
            # Until the till is ready: `attach` enables it (its first use of the action makes
            # the actions when the window has not painted yet).
            settings.setEnabled(False)
            settings.triggered.connect(self.open_settings)
            full_screen = QAction(self)
            full_screen.setText(self.tr("&Full screen"))
            full_screen.setObjectName("fullScreenAction")
            full_screen.setCheckable(True)
            full_screen.setChecked(self.isFullScreen())
            set_shortcut(full_screen, "F11")
            full_screen.setToolTip(
                self.tr("Fill the whole display, without title bar or task bar (F11)")
            )
            full_screen.triggered.connect(self.toggle_full_screen)
            quit_action = QAction(self)
            quit_action.setText(self.tr("&Quit"))
            quit_action.setObjectName("quitAction")
            set_shortcut(quit_action, "Ctrl+Q")
            quit_action.setToolTip(
                self.tr("Close the till (Ctrl+Q); waits for a payment in flight")
            )
            quit_action.triggered.connect(self.quit_till)
            # On the window too: the shortcuts work with the menu closed.
            self.addAction(quit_action)
            self.addAction(settings)
            self.addAction(full_screen)
            self._actions = _TillActions(settings, full_screen, quit_action)
        return self._actions

    @property
    def ready(self) -> bool:
        return self._context is not None

    @property
    def ctx(self) -> TillContext:
        assert self._context is not None, "the window is used before the till is ready"
        return self._context

    # -- after the first paint -----------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self and event.type() == QEvent.Type.Paint and not self._painted:
            self._painted = True
            self.removeEventFilter(self)
            QTimer.singleShot(0, self, self._after_first_paint)
        return False

    def _after_first_paint(self) -> None:
        if not self.isVisible():
            return
        # First the moment itself (the start-up benchmark's probe is told here), then the
        # deferred work, this window's included: the menu's actions, whose shortcuts work
        # from the end of this event on, and the settlement of what a crash left open.
        self.first_painted.emit()
        self._made_actions()
        self._settling = True
        if self.ready:
            self._start_settling()
        # What the first paint went without (ui/lazy_qt.py), while the services are built.
        QTimer.singleShot(0, self, build_deferred_classes)
        # Dialogs and pages the cashier opens first, imported while the till stands idle.
        QTimer.singleShot(250, self, _preload_modules)

    def _announce_ready(self) -> None:
        """The first time Charge works: "Ready." in the status line."""
        self.charge_page.ready_to_charge.disconnect(self._announce_ready)
        self.statusBar().showMessage(self._ready_message)

    def till_menu(self) -> QMenu:
        """The Till menu, made the first time it is asked for."""
        if self._till_menu is None:
            from PySide6.QtWidgets import QMenu

            menu = self._till_menu = QMenu(self)
            menu.setObjectName("tillMenu")
            menu.addAction(self.settings_action)
            menu.addAction(self.full_screen_action)
            menu.addSeparator()
            menu.addAction(self.quit_action)
        return self._till_menu

    def open_till_menu(self) -> None:
        """Below the header's Till button, its right edge on the button's."""
        from PySide6.QtCore import QPoint

        menu = self.till_menu()
        menu.ensurePolished()  # its size as the style sheet makes it
        button = self.menu_button
        corner = button.mapToGlobal(button.rect().bottomRight())
        menu.popup(QPoint(corner.x() - menu.sizeHint().width() + 1, corner.y() + 1))

    def toggle_full_screen(self) -> None:
        """F11: the whole display, or back to the window as it was."""
        self.placer.toggle_full_screen(self)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.WindowStateChange:
            if self._actions is not None:  # else it is checked as it is made
                self._actions.full_screen.setChecked(self.isFullScreen())
            self.placer.state_changed(self)
        super().changeEvent(event)

    def _start_settling(self) -> None:
        self.sweep_timer.start()
        self.settle_open_attempts()

    @property
    def customers_page(self) -> CustomersPage:
        page = self._customers_tab.page()
        assert isinstance(page, QWidget)
        return page  # type: ignore[return-value]

    @property
    def history_page(self) -> HistoryPage:
        page = self._history_tab.page()
        assert isinstance(page, QWidget)
        return page  # type: ignore[return-value]

    def _build_customers_page(self, parent: QWidget) -> QWidget:
        from .pages.customers_page import CustomersPage

        page = CustomersPage(self.ctx, self.events, parent)
        page.charge_requested.connect(self._charge_customer)
        return page

    def _build_history_page(self, parent: QWidget) -> QWidget:
        from .pages.history_page import HistoryPage

        return HistoryPage(self.ctx, self.events, parent)

    def settle_open_attempts(self) -> None:
        """Check every open attempt nobody is waiting for, off the GUI thread."""
        if self._sweep is not None and self._sweep.running:
            return
        self._sweep = (
            Op(self, self.ctx.attempts.settle_open)
            .success(self._on_open_settled)
            .failure(self._on_open_settle_failed)
            .run()
        )

    def _on_open_settled(self, settled: list[SettledAttempt]) -> None:
        # The domain's attempts and charges come with the services, after the first paint.
        from pos_app.domain.attempts import AttemptOutcome

        first, self._first_sweep = self._first_sweep, False
        for kind in {item.kind for item in settled if item.outcome is not AttemptOutcome.UNKNOWN}:
            self.events.notify(kind)
        # At start every open attempt is reported; later only those that got settled.
        shown = [s for s in settled if first or s.outcome is not AttemptOutcome.UNKNOWN]
        if not shown:
            return
        from .dialogs.settled_dialog import SettledDialog

        self.unfinished_box = SettledDialog(shown, self)
        self.unfinished_box.receipt_requested.connect(self._show_settled_receipt)
        self.unfinished_box.open()

    def _show_settled_receipt(self, item: SettledAttempt) -> None:
        """The receipt of a payment that went through before a crash (Stripe's charge)."""
        from pos_app.domain.models import Charge

        if not isinstance(item.result, Charge):
            return
        receipt = self.ctx.receipts.build(
            item.result, cashier=self.ctx.cashier, order_id=item.order_id
        )
        parent = self.unfinished_box if self.unfinished_box is not None else self
        from .dialogs.receipt_dialog import ReceiptDialog

        self.settled_receipt = ReceiptDialog(
            self.ctx.receipts, receipt, parent, printing=self.ctx.printing
        )
        self.settled_receipt.open()

    def _on_open_settle_failed(self, error: BaseException) -> None:
        self.statusBar().showMessage(
            self.tr(
                "Could not check unfinished payments with Stripe; they stay blocked and are "
                "checked again in a minute."
            ),
            15_000,
        )

    def _tick(self) -> None:
        self.heartbeat_ticks += 1
        text = clock_text(time.localtime())
        if text != self.clock_label.text():
            self.clock_label.setText(text)
            if self.isVisible():  # else its first resize event fits it
                self._fit_header()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_header()

    def _fit_header(self) -> None:
        """The clock is shown while the header has the room for everything in it at its
        preferred size, the business name at its shortest (96 px, or less when it is
        shorter); the badge's whole words come first."""
        bar = self._header_bar
        room = self.width() - 2 * HEADER_MARGIN
        widgets = (self.clock_label, self.mode_badge, self.menu_button)
        business = self.business_label
        needed = (
            min(business.minimumWidth(), business.fontMetrics().horizontalAdvance(business.whole()))
            + sum(widget.sizeHint().width() for widget in widgets)
            + bar.spacing() * len(widgets)
        )
        self.clock_label.setVisible(needed <= room)

    def _charge_customer(self, customer: object) -> None:
        self.pages.setCurrentWidget(self.charge_page)
        self.charge_page.customer_panel.select(customer)  # type: ignore[arg-type]
        self.charge_page.amount_input.setFocus()

    def _switch_page(self) -> None:
        sender = self.sender()
        index = next((i for i, a in enumerate(self._page_actions) if a is sender), None)
        if index is not None and self.pages.isTabEnabled(index):
            self.pages.setCurrentIndex(index)

    @property
    def payment_in_flight(self) -> bool:
        return self.charge_page.payment_in_flight or self.runner.keeping_open

    # -- settings ---------------------------------------------------------------------------

    def open_settings(self) -> None:
        """The manager PIN first (when one is set up), then the settings as stored."""
        if not self.ready or self.ctx.setup is None or self.settings_dialog is not None:
            return
        if self.payment_in_flight:
            self.statusBar().showMessage(
                self.tr("Finish the payment first, then open the settings."), 8000
            )
            return
        manager = self.ctx.manager
        if manager is None or not manager.configured:
            # No PIN yet (training without setup): the settings are where one is set.
            self._load_settings(None)
            return
        from pos_app.services.manager import ManagerAction

        from .dialogs.pin_dialog import PinDialog

        self.pin_dialog = PinDialog(
            manager,
            ManagerAction.SETTINGS,
            f"register {self.ctx.register_id}",
            self.tr(
                "Open the settings: business details, this register's name, the Stripe keys "
                "and training mode."
            ),
            parent=self,
        )
        self.pin_dialog.granted.connect(self._load_settings)
        self.pin_dialog.finished.connect(self._pin_closed)
        self.pin_dialog.open()

    def _pin_closed(self) -> None:
        dialog, self.pin_dialog = self.pin_dialog, None
        if dialog is not None:
            dialog.deleteLater()

    def _load_settings(self, grant: Grant | None) -> None:
        setup = self.ctx.setup
        if setup is None:
            return
        Op(self, setup.load).success(self._show_settings).run()

    def _show_settings(self, state: SetupState) -> None:
        setup = self.ctx.setup
        if setup is None or self.settings_dialog is not None:
            return
        if self.ctx.mode is Mode.SANDBOX and not state.form.training:
            # Started with --sandbox: the form shows the mode the till is in.
            import dataclasses  # the setup's state, a dataclass; not needed to start

            state = dataclasses.replace(state, form=dataclasses.replace(state.form, training=True))
        from .dialogs.settings_dialog import SettingsDialog

        self.settings_dialog = SettingsDialog(
            setup,
            state,
            mode=self.ctx.mode,
            running=(self.ctx.business_name, self.ctx.register_id),
            parent=self,
        )
        self.settings_dialog.saved.connect(self._settings_saved)
        self.settings_dialog.finished.connect(self._settings_closed)
        self.settings_dialog.open()

    def _settings_closed(self) -> None:
        dialog, self.settings_dialog = self.settings_dialog, None
        if dialog is not None:
            dialog.deleteLater()

    def _settings_saved(self, changed: list[str]) -> None:
        trail = self.ctx.trail
        if trail is not None:
            subject = f"register {self.ctx.register_id}"
            details = {"changed": changed}
            Op(self, lambda: trail.record("settings.saved", subject, details=details)).run()
        if self.on_restart is not None:
            # The launcher rebuilds the till from the new settings once this slot returns.
            QTimer.singleShot(0, self.on_restart)
        else:
            self.statusBar().showMessage(
                self.tr("Settings saved. They apply the next time the till starts."), 15_000
            )

    # -- closing ----------------------------------------------------------------------------

    def quit_till(self) -> bool:
        """Quit (Ctrl+Q, the menu, SIGTERM, Ctrl+C): now, or once a payment's outcome is
        known; returns whether the till closed at once."""
        self._quit_pending = True
        if self.close():
            QApplication.quit()
            return True
        return False

    def _flight_changed(self, busy: bool) -> None:
        if not busy and (self._close_pending or self._quit_pending):
            # After the outcome was shown: let the slots that show it run first.
            QTimer.singleShot(0, self._close_if_idle)

    def _close_if_idle(self) -> None:
        if not (self._close_pending or self._quit_pending) or self.payment_in_flight:
            return
        if self._quit_pending:
            self.quit_till()
        else:
            self.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.payment_in_flight:
            # A payment in flight is never abandoned (docs/architecture.md "Threading"): the
            # close is postponed, never dropped.
            event.ignore()
            self._close_pending = True
            self.statusBar().showMessage(
                self.tr("A payment is in progress. The till closes once its outcome is known."),
                0,
            )
            return
        self._close_pending = False
        self.heartbeat.stop()
        self.sweep_timer.stop()
        self.runner.drain(10_000)
        if self._context is not None:
            self._context.close()
        if self.on_closed is not None:
            self.on_closed(self.placer.placement(self))
        super().closeEvent(event)


#: What the cashier opens first, imported in idle time once the window stands.
_PRELOADED = (
    "pos_app.ui.dialogs.card_dialog",
    "pos_app.ui.dialogs.receipt_dialog",
    "pos_app.ui.dialogs.pin_dialog",
)


def _preload_modules() -> None:
    """Import (never build) the first dialogs on a worker thread: the GUI thread keeps its
    frames, and a cashier who opens one before it is done waits on the same import."""
    import importlib
    import threading

    def load() -> None:
        for name in _PRELOADED:
            importlib.import_module(name)

    threading.Thread(target=load, name="preload-dialogs", daemon=True).start()


class _TillActions:
    """The Till menu's actions (made by `MainWindow._made_actions`)."""

    __slots__ = ("full_screen", "quit", "settings")

    def __init__(self, settings: QAction, full_screen: QAction, quit: QAction) -> None:
        self.settings = settings
        self.full_screen = full_screen
        self.quit = quit
