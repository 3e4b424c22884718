"""The till's main window: wires the header, the pages, the worker and the close guard."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QDateTime, Qt, QTimer
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMessageBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from pos_app.domain.attempts import AttemptOutcome, SettledAttempt
from pos_app.services.messages import settled_line

from .events import TillEvents
from .ops import Op, TaskRunner
from .pages.charge_page import ChargePage
from .pages.empty_page import EmptyPage
from .pages.history_page import HistoryPage
from .style import ensure_style, mode_badge_text, set_state

if TYPE_CHECKING:
    from pos_app.services.context import TillContext

#: How often open attempts nobody waits for are checked with Stripe again.
SWEEP_INTERVAL_MS = 60_000

__all__ = ["MainWindow"]


class MainWindow(QMainWindow):
    """Header with the mode badge, then the Charge / Customers / History pages."""

    def __init__(self, ctx: TillContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        ensure_style()
        self.setObjectName("mainWindow")
        self.setWindowTitle(f"{ctx.business_name} — Till" if ctx.business_name else "Till")
        self.setMinimumSize(960, 680)
        self.ctx = ctx
        self.runner = TaskRunner.shared()
        self.events = TillEvents(self)

        header = QWidget(self)
        header.setObjectName("tillHeader")
        business = QLabel(ctx.business_name or "Till", header)
        business.setObjectName("businessNameLabel")
        self.clock_label = QLabel(header)
        self.clock_label.setObjectName("clockLabel")
        self.mode_badge = QLabel(mode_badge_text(ctx.mode, ctx.register_id, ctx.cashier), header)
        self.mode_badge.setObjectName("modeBadge")
        self.mode_badge.setAccessibleName("Till mode")
        self.mode_badge.setToolTip(
            {
                "TEST": "Stripe test mode: test cards only, no real money moves",
                "LIVE": "Live mode: real cards are charged",
                "SANDBOX": "Training sandbox: nothing leaves this computer",
            }[ctx.mode.value]
        )
        self.mode_badge.setProperty("mode", ctx.mode.value)
        set_state(self.mode_badge, ctx.mode.value)
        bar = QHBoxLayout(header)
        bar.setContentsMargins(24, 8, 24, 8)
        bar.setSpacing(16)
        bar.addWidget(business)
        bar.addStretch(1)
        bar.addWidget(self.clock_label)
        bar.addWidget(self.mode_badge)

        self.pages = QTabWidget(self)
        self.pages.setObjectName("mainPages")
        self.pages.setAccessibleName("Till pages")
        self.pages.setDocumentMode(True)
        self.charge_page = ChargePage(ctx, self.events, self.pages)
        self.customers_page = EmptyPage(
            "customersPage",
            "Customers",
            "The customer directory is not part of this version of the till yet. "
            "Saved customers and their cards will be listed here.",
        )
        self.history_page = HistoryPage(ctx, self.events, self.pages)
        self.pages.addTab(self.charge_page, "Charge")
        self.pages.addTab(self.customers_page, "Customers")
        self.pages.addTab(self.history_page, "History")
        self.pages.setTabToolTip(0, "Ring up a card payment (Ctrl+1)")
        self.pages.setTabToolTip(1, "Customers (Ctrl+2)")
        self.pages.setTabToolTip(2, "Today's history (Ctrl+3)")
        for index in range(3):
            action = self.addAction(f"Page {index + 1}")
            action.setShortcut(f"Ctrl+{index + 1}")
            action.setData(index)
            action.triggered.connect(self._switch_page)

        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(header)
        layout.addWidget(self.pages, 1)
        self.setCentralWidget(central)

        # Ticks every second: the clock, and a visible proof the GUI thread never blocks.
        self.heartbeat = QTimer(self)
        self.heartbeat.setObjectName("heartbeatTimer")
        self.heartbeat.setInterval(1000)
        self.heartbeat.timeout.connect(self._tick)
        self.heartbeat_ticks = 0
        self.heartbeat.start()
        self._tick()
        self.statusBar().showMessage(f"Ready. {ctx.mode.value} mode.")
        self.charge_page.amount_input.setFocus(Qt.FocusReason.OtherFocusReason)
        self.unfinished_box: QMessageBox | None = None
        self._sweep: Op[list[SettledAttempt]] | None = None
        # A crash or a lost answer may have left attempts open: settle them with Stripe
        # before anyone wonders whether an earlier customer paid (docs/product.md), and keep
        # checking those Stripe cannot answer for yet.
        self.sweep_timer = QTimer(self)
        self.sweep_timer.setObjectName("attemptSweepTimer")
        self.sweep_timer.setInterval(SWEEP_INTERVAL_MS)
        self.sweep_timer.timeout.connect(self.settle_open_attempts)
        self.sweep_timer.start()
        self._first_sweep = True
        self.settle_open_attempts()

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
        first, self._first_sweep = self._first_sweep, False
        for kind in {item.kind for item in settled if item.outcome is not AttemptOutcome.UNKNOWN}:
            self.events.notify(kind)
        # At start every open attempt is reported; later only those that got settled.
        shown = [s for s in settled if first or s.outcome is not AttemptOutcome.UNKNOWN]
        if not shown:
            return
        self.unfinished_box = QMessageBox(
            QMessageBox.Icon.Information,
            "Earlier payments checked",
            "What was still open has been checked with Stripe:\n\n"
            + "\n".join(settled_line(item) for item in shown),
            QMessageBox.StandardButton.Ok,
            self,
        )
        self.unfinished_box.setObjectName("unfinishedPaymentsBox")
        self.unfinished_box.open()

    def _on_open_settle_failed(self, error: BaseException) -> None:
        self.statusBar().showMessage(
            "Could not check unfinished payments with Stripe; they stay blocked and are "
            "checked again in a minute.",
            15_000,
        )

    def _tick(self) -> None:
        self.heartbeat_ticks += 1
        self.clock_label.setText(QDateTime.currentDateTime().toString("ddd d MMM  HH:mm"))

    def _switch_page(self) -> None:
        action = self.sender()
        index = action.data() if action is not None else None  # type: ignore[attr-defined]
        if isinstance(index, int):
            self.pages.setCurrentIndex(index)

    @property
    def payment_in_flight(self) -> bool:
        return self.charge_page.payment_in_flight or self.runner.keeping_open

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.payment_in_flight:
            # A payment in flight is never abandoned (docs/architecture.md "Threading").
            event.ignore()
            self.statusBar().showMessage(
                "A payment is in progress. The till closes once its outcome is known.", 10_000
            )
            return
        self.heartbeat.stop()
        self.sweep_timer.stop()
        self.runner.drain(10_000)
        self.ctx.close()
        super().closeEvent(event)
