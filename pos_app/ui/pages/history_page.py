"""The History page: a day's charges from Stripe, with totals, filters, details, refunds and export.

Behind the manager's PIN: opening the tab asks for it, and leaving the tab locks the page again
(the approval is for that visit). The day picked is cut in the shop's time zone and every
page of Stripe's list is read in the background; rows, totals and the hourly chart grow as
the pages arrive, and the window stays responsive throughout. Every register's charges are
there, declined attempts too. A change anywhere in the till (`till_changed`) reloads the day.
"""

from __future__ import annotations

import html
import logging
import os
import sys
from datetime import UTC, date, tzinfo
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QStandardPaths,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QHideEvent, QKeySequence, QResizeEvent, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPushButton,
    QStackedWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from pos_app.domain.attempts import AttemptKind
from pos_app.domain.models import Charge, ChargeStatus
from pos_app.services.day_report import NONE_KEY, STATUSES, DayReport, DayTotals
from pos_app.services.history import LoadCancelled
from pos_app.services.manager import Grant, ManagerAction
from pos_app.services.messages import cashier_message
from pos_app.services.refunds import RefundResult
from pos_app.services.report_formats import report_csv

from ..amounts import format_amount
from ..busy_bar import BusyBar
from ..cut_combo import CutComboBox
from ..events import TillEvents
from ..fitted_text import CutLabel, FittingButton
from ..growing_table import GrowingTable
from ..history_look import (
    DAY_FORMAT,
    StatusDelegate,
    cell_delegate,
    day_words,
    totals_html,
    totals_table_width,
)
from ..history_model import Column, HistoryFilter, HistoryModel, status_words
from ..hour_chart import HourChart
from ..i18n import words_locale
from ..ops import Op, Task
from ..qtcompat import emit
from ..steady_box import SteadyBox
from ..steady_label import SteadyLabel
from ..style import set_state
from ..text_cells import CELL_ROOM
from ..widgets import describe

if TYPE_CHECKING:
    from pos_app.services.context import TillContext

    from ..dialogs.charge_details_dialog import ChargeDetailsDialog
    from ..dialogs.pin_dialog import PinDialog
    from ..dialogs.receipt_dialog import ReceiptDialog
    from ..dialogs.refund_dialog import RefundDialog

__all__ = ["HistoryPage"]

log = logging.getLogger(__name__)

_COLUMN_WIDTHS = {
    Column.TIME: 100,  # "13:52:07" in the figures font, with the cell padding
    Column.AMOUNT: 108,
    Column.STATUS: 136,
    Column.CARD: 176,
    Column.CUSTOMER: 140,
    Column.ORDER: 148,
    Column.CASHIER: 96,
    Column.REGISTER: 96,
}
#: What a column must show whole in the table's own font (wider than its width above on a
#: platform whose font runs wide): a card's brand with its last four, a saved customer's id
#: and an order number (docs/ui.md, History). Longer register names are cut with "…".
_COLUMN_SAMPLES = {
    Column.CARD: "Mastercard •••• 0000",
    Column.CUSTOMER: "cus_NffrFeUfNV2Hib",  # Stripe's ids: "cus_" and 14 letters or digits
    Column.ORDER: "FRONT-1-000000",
}
#: Dropped first, in this order, when the table is narrower than its columns (a 1024 px
#: panel, an 800 px window), rather than cutting the last shown one and scrolling sideways:
#: each is in the charge's details (double-click), the register and the cashier in the
#: breakdowns above the rows as well (docs/ui.md, Tables).
_DROP_FIRST = (Column.REGISTER, Column.CASHIER, Column.CUSTOMER)
#: What the description, the last column, keeps of the table's width at the least.
_DESCRIPTION_ROOM = 96
#: A status label's padding around its words and its margins in the cell
#: (history_look.StatusDelegate), and the focus frame's.
_STATUS_LABEL_ROOM = 16 + 12 + 8
#: The totals' and chart's box; on a short screen (a 1024 x 600 panel) it gives the table
#: room for more rows, and the totals beyond its height scroll inside it.
_SUMMARY_HEIGHT = 176
_SHORT_SUMMARY_HEIGHT = 112
_SHORT_PAGE = 560
#: The day picker's padding, frame and drop-down button beside its words (the style sheet's).
_DATE_EDIT_CHROME = 60


def _names_unread(error: BaseException) -> None:
    # The rows keep the customers' Stripe ids; nothing the manager asked for is missing.
    log.warning("the saved customers' names could not be read: %s", type(error).__name__)


def _date_edit_width(edit: QDateEdit, year: int) -> int:
    """Wide enough for the year's longest day in the till's language ("Mi. 23 Sept. 2026"):
    in a short toolbar the picker is squeezed to its least width, and a narrower one cut its
    own date ("Do. 3 Dez. 202")."""
    locale, metrics = words_locale(), edit.fontMetrics()
    widest = max(
        metrics.horizontalAdvance(locale.toString(QDate(year, month, day), DAY_FORMAT))
        for month in range(1, 13)
        for day in range(22, 29)  # every day of the week, with two digits
    )
    return max(170, widest + _DATE_EDIT_CHROME)


#: The summary row's left and right margins together, and the gap between totals and chart.
_SUMMARY_MARGINS = 32
_SUMMARY_SPACING = 16
#: Typing a date in the date field changes it digit by digit: load once it has settled.
_DATE_SETTLE_MS = 300
#: While a day loads, rows, totals and chart are brought up to date at most this often (ms).
_SHOW_EVERY_MS = 400
#: How long after a batch of rows its totals, chart and count line are brought up to date.
_SUMMARY_AFTER_MS = 60


class HistoryPage(QWidget):
    """The manager's day; `loaded(count)` when a day has been read in full."""

    loaded = Signal(int)
    load_failed = Signal(str)
    page_arrived = Signal(int)
    unlocked_changed = Signal(bool)
    exported = Signal(str)

    def __init__(self, ctx: TillContext, events: TillEvents, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("historyPage")
        self.setAccessibleName(self.tr("History"))
        self._ctx = ctx
        self._events = events
        self._history = ctx.history
        self._unlocked = False
        self._generation = 0
        self._load: Op[DayReport] | None = None
        self._report: DayReport | None = None
        self._totals: DayTotals | None = None
        self._cashiers: set[str] = set()
        self._registers: set[str] = set()
        self._reselect: str | None = None
        self.pin_dialog: PinDialog | None = None
        self.refund_dialog: RefundDialog | None = None
        #: The refund receipt offered once a refund went through (Print, Save PDF, Done).
        self.refund_receipt: ReceiptDialog | None = None
        self.details_dialog: ChargeDetailsDialog | None = None
        self.export_dialog: QFileDialog | None = None
        self._zone: tzinfo = self._history.zone if self._history is not None else UTC
        self._summary_box: QFrame | None = None
        #: Each column's width as the page set it (`_fit_columns`).
        self._column_widths: dict[Column, int] = {}
        #: Whether a charge of the day names a saved customer: until one does, the Customer
        #: column is only as wide as its heading.
        self._with_customers = False
        self._customer_width = 0
        #: The day `_with_customers` was learnt for.
        self._customers_day: date | None = None

        self._stack = QStackedWidget(self)
        self._stack.addWidget(self._build_locked())
        self._stack.addWidget(self._build_content())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._stack)
        self._settle = QTimer(self)
        self._settle.setSingleShot(True)
        self._settle.setInterval(_DATE_SETTLE_MS)
        self._settle.timeout.connect(self.refresh)
        # Pages that arrive while the last ones are still being shown wait a moment and are
        # shown together: a fast server never floods the GUI thread with repaints.
        self._pending: list[Charge] = []
        self._fresh: list[Charge] = []  # arrived, not yet among the filters' choices
        self._summary_due = False  # the totals and the count line are to follow the rows
        self._cooldown = QTimer(self)
        self._cooldown.setSingleShot(True)
        self._cooldown.setInterval(_SHOW_EVERY_MS)
        # Queued: rows are shown as window work, after the event loop has said it woke,
        # so a background load waits meanwhile (ui/window_gate.py).
        self._cooldown.timeout.connect(self._cooled_down, Qt.ConnectionType.QueuedConnection)
        self._summary = QTimer(self)
        self._summary.setSingleShot(True)
        self._summary.setInterval(_SUMMARY_AFTER_MS)
        self._summary.timeout.connect(self._show_summary, Qt.ConnectionType.QueuedConnection)
        # The day read in full, its rows shown: its reconciliation and summary follow in the
        # summary's own frame (`_finish`), as a page's summary does.
        self._finishing: DayReport | None = None
        self._finish_after = QTimer(self)
        self._finish_after.setSingleShot(True)
        self._finish_after.setInterval(_SUMMARY_AFTER_MS)
        self._finish_after.timeout.connect(self._finish, Qt.ConnectionType.QueuedConnection)
        events.on_change(self._till_changed)
        self._show_locked()

    # -- building -------------------------------------------------------------------------------

    def _build_locked(self) -> QWidget:
        panel = QWidget(self)
        panel.setObjectName("historyLockedPanel")
        title = QLabel(self.tr("Manager approval needed"), panel)
        title.setObjectName("historyLockedTitle")
        title.setProperty("role", "title")
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.locked_text = QLabel(panel)
        self.locked_text.setObjectName("historyLockedText")
        self.locked_text.setWordWrap(True)
        self.locked_text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.unlock_button = QPushButton(self.tr("Enter manager PIN"), panel)
        describe(
            self.unlock_button,
            "historyUnlockButton",
            self.tr("Enter manager PIN"),
            self.tr("Show the day's charges and totals after the manager's PIN"),
        )
        self.unlock_button.setProperty("role", "primary")
        self.unlock_button.setProperty("compact", True)
        self.unlock_button.clicked.connect(self.ask_pin)
        box = QVBoxLayout(panel)
        box.setContentsMargins(24, 24, 24, 24)
        box.setSpacing(16)
        box.addStretch(1)
        box.addWidget(title)
        box.addWidget(self.locked_text)
        box.addWidget(self.unlock_button, 0, Qt.AlignmentFlag.AlignHCenter)
        box.addStretch(2)
        return panel

    def _build_content(self) -> QWidget:
        panel = QWidget(self)
        panel.setObjectName("historyContent")
        today = self._today()

        day_label = QLabel(self.tr("Day"), panel)
        day_label.setProperty("role", "fieldLabel")
        self.date_edit = QDateEdit(panel)
        describe(
            self.date_edit,
            "historyDateEdit",
            self.tr("Day"),
            self.tr("The day to list, in the shop's time zone (Alt+Down opens the calendar)"),
        )
        day_label.setBuddy(self.date_edit)
        self.date_edit.setCalendarPopup(True)
        # Day and month names in the till's language, as in the header's clock.
        self.date_edit.setLocale(words_locale())
        self.date_edit.setDisplayFormat(DAY_FORMAT)
        self.date_edit.setDate(QDate(today.year, today.month, today.day))
        self.date_edit.setMaximumDate(QDate(today.year, today.month, today.day))
        self.date_edit.setMinimumWidth(_date_edit_width(self.date_edit, today.year))
        self.date_edit.dateChanged.connect(self._date_changed)
        self.refresh_button = QPushButton(self.tr("Refresh"), panel)
        describe(
            self.refresh_button,
            "historyRefreshButton",
            self.tr("Refresh"),
            self.tr("Read the day from Stripe again (F5)"),
        )
        self.refresh_button.setShortcut("F5")
        self.refresh_button.clicked.connect(self.refresh)
        # Busy until the first rows are shown; from there the count line says how the load
        # goes (a busy bar animates: a repaint of its own every frame while rows arrive).
        # Always shown, empty when idle: showing a hidden widget repaints the whole window.
        self.progress = BusyBar(panel)
        self.progress.setObjectName("historyProgress")
        self.progress.setAccessibleName(self.tr("Loading the day"))
        # It changes with every page of the day: a new text repaints the line alone.
        # Cut with "…" when the toolbar is short (a cut "jeu. 3 déc. 20" read as a wrong
        # year); the day's line drops its time zone, then its day, first.
        state_line = SteadyLabel(panel, make_label=lambda holder: CutLabel("", holder))
        label = state_line.label
        assert isinstance(label, CutLabel)
        self.state_label = label
        self.state_label.setObjectName("historyStateLabel")
        self.state_label.setProperty("role", "hint")
        # "CSV…" where the toolbar is short (German "CSV exportieren…" at 800 px cut the
        # date beside it).
        self.export_button = FittingButton(panel)
        describe(
            self.export_button,
            "exportCsvButton",
            self.tr("Export CSV"),
            self.tr("Save the day's charges as a CSV file for a spreadsheet (Ctrl+E)"),
        )
        self.export_button.set_forms(
            self.tr("Export CSV…"), self.tr("CSV…", "the Export CSV button, in a short toolbar")
        )
        self.export_button.setShortcut("Ctrl+E")
        self.export_button.clicked.connect(self.export_csv)
        self.refund_button = QPushButton(self.tr("Refund…"), panel)
        describe(
            self.refund_button,
            "refundButton",
            self.tr("Refund"),
            self.tr("Give money back on the selected charge (manager PIN)"),
        )
        self.refund_button.clicked.connect(self.refund_selected)
        top = QHBoxLayout()
        top.setSpacing(8)
        top.addWidget(day_label)
        top.addWidget(self.date_edit)
        top.addWidget(self.refresh_button)
        top.addSpacing(8)
        top.addWidget(self.progress, 0, Qt.AlignmentFlag.AlignVCenter)
        top.addWidget(state_line, 1)
        top.addWidget(self.export_button)
        top.addWidget(self.refund_button)

        self.status_filter = CutComboBox(panel)
        describe(
            self.status_filter,
            "historyStatusFilter",
            self.tr("Status filter"),
            self.tr("Show one status"),
        )
        self.status_filter.addItem(self.tr("Any status"), None)
        for status in STATUSES:
            self.status_filter.addItem(status_words(status).capitalize(), status)
        self.cashier_filter = CutComboBox(panel)
        describe(
            self.cashier_filter,
            "historyCashierFilter",
            self.tr("Cashier filter"),
            self.tr("Show one cashier"),
        )
        self.register_filter = CutComboBox(panel)
        describe(
            self.register_filter,
            "historyRegisterFilter",
            self.tr("Register filter"),
            self.tr("Show one register"),
        )
        self.search_input = QLineEdit(panel)
        describe(
            self.search_input,
            "historySearchInput",
            self.tr("Search"),
            self.tr("Find charges by order, card, customer, description or charge id (Ctrl+F)"),
        )
        self.search_input.setPlaceholderText(self.tr("Search order, card, customer, description…"))
        self.search_input.setClearButtonEnabled(True)
        filter_label = QLabel(self.tr("Show", "caption of the history's filters"), panel)
        filter_label.setProperty("role", "fieldLabel")
        filter_label.setBuddy(self.status_filter)
        filters = QHBoxLayout()
        filters.setSpacing(8)
        filters.addWidget(filter_label)
        filters.addWidget(self.status_filter)
        filters.addWidget(self.cashier_filter)
        filters.addWidget(self.register_filter)
        filters.addWidget(self.search_input, 1)
        for combo in (self.status_filter, self.cashier_filter, self.register_filter):
            combo.setMinimumWidth(150)
            combo.currentIndexChanged.connect(self._filters_changed)
        self.search_input.textChanged.connect(self._filters_changed)
        find = QShortcut(QKeySequence.StandardKey.Find, panel)
        find.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        find.activated.connect(self.search_input.setFocus)

        # A text view, not a word-wrapped label in a scroll area: the label's rich text was
        # laid out again at several widths (the layouts asking its height for a width) each
        # time the totals changed, 8-10 ms of a frame every 400 ms while a day loads; the
        # view lays its document out once, at its own width, and scrolls it itself.
        self.totals_view = QTextBrowser(panel)
        self.totals_view.setObjectName("historyTotalsLabel")
        self.totals_view.setAccessibleName(self.tr("Day totals"))
        self.totals_view.setOpenLinks(False)
        self.totals_view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.totals_view.setFrameShape(QFrame.Shape.NoFrame)
        # Its table is never wrapped (ui/history_look.py): in a window too narrow even
        # without the chart (`_fit_summary`), the rest of it is scrolled to, not cut off.
        self.totals_view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.totals_view.document().setDocumentMargin(0)
        self.chart = HourChart(panel)
        summary = QFrame(panel)
        summary.setObjectName("historySummary")
        summary_box = QHBoxLayout(summary)
        summary_box.setContentsMargins(_SUMMARY_MARGINS // 2, 8, _SUMMARY_MARGINS // 2, 8)
        summary_box.setSpacing(_SUMMARY_SPACING)
        summary_box.addWidget(self.totals_view, 3)
        summary_box.addWidget(self.chart, 1)
        self._summary_box = summary
        self._fit_summary()

        self.model = HistoryModel(self._zone, panel)
        self.proxy = HistoryFilter(panel)
        self.proxy.setSourceModel(self.model)
        # Pages of the day arrive below the fold: they do not repaint the rows shown.
        self.table = GrowingTable(panel)
        describe(
            self.table,
            "historyTable",
            self.tr("Charges of the day"),
            self.tr("Every register's charges of the day; double-click (or Enter) for details"),
        )
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        # The arrows move between rows; Tab leaves the table (it went from cell to cell, and
        # a keyboard never got out of it).
        self.table.setTabKeyNavigation(False)
        self.table.setAlternatingRowColors(True)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(Column.TIME, Qt.SortOrder.DescendingOrder)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        # The scroll bar is always there: a day's first page would otherwise bring it in,
        # narrowing every row and the last column under the manager's eyes, and repainting
        # each row twice in that frame.
        self.table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        # Every row is as high as the others: the table never measures rows as they arrive.
        self.table.set_row_height(36)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)
        header.setHighlightSections(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        metrics = self.table.fontMetrics()
        for column, width in _COLUMN_WIDTHS.items():
            sample = _COLUMN_SAMPLES.get(column)
            if sample is not None:
                width = max(width, metrics.horizontalAdvance(sample) + CELL_ROOM)
            if column == Column.STATUS:
                # Its widest label in the till's language whole ("teilweise erstattet" ran
                # past both ends of its label in German).
                widest = max(metrics.horizontalAdvance(status_words(s)) for s in STATUSES)
                width = max(width, widest + _STATUS_LABEL_ROOM)
            self.table.setColumnWidth(column, width)
            self._column_widths[column] = width
        self.table.installEventFilter(self)
        self.table.setItemDelegateForColumn(
            Column.STATUS,
            StatusDelegate(
                self.table, lambda row: self.model.status_of(self.proxy.source_row(row))
            ),
        )
        self.table.setItemDelegate(cell_delegate(self.table, self.model, self.proxy))
        self.table.doubleClicked.connect(self._row_activated)
        self.table.activated.connect(self._row_activated)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.message = QLabel(panel)
        self.message.setObjectName("historyMessageLabel")
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setWordWrap(True)
        self.rows = QStackedWidget(panel)
        self.rows.setObjectName("historyRows")
        self.rows.addWidget(self.table)
        self.rows.addWidget(self.message)

        box = QVBoxLayout(panel)
        box.setContentsMargins(24, 16, 24, 16)
        box.setSpacing(8)
        box.addLayout(top)
        box.addLayout(filters)
        box.addWidget(summary)
        # Rows arriving page by page never lay out (and repaint) the rest of the page.
        box.addWidget(SteadyBox(self.rows, panel), 1)
        self._reset_filter_choices()
        self._show_totals()
        self._update_actions()
        return panel

    # -- the PIN ------------------------------------------------------------------------------

    @property
    def unlocked(self) -> bool:
        return self._unlocked

    def _show_locked(self) -> None:
        if self._history is None:
            text = self.tr("The day's history is not available on this till.")
        elif self._ctx.manager is None:
            text = self.tr(
                "Manager approval is not set up on this till, so the history stays closed."
            )
        else:
            text = self.tr(
                "The day's charges, totals and refunds are for the manager. "
                "Enter the manager's PIN to open them."
            )
        self.locked_text.setText(text)
        self.unlock_button.setEnabled(self._history is not None and self._ctx.manager is not None)
        self._stack.setCurrentIndex(0)

    def ask_pin(self) -> None:
        """Ask for the manager's PIN (once: a second ask while it is open does nothing)."""
        manager = self._ctx.manager
        if self._unlocked or self.pin_dialog is not None or manager is None:
            return
        if self._history is None:
            return
        from ..dialogs.pin_dialog import PinDialog

        dialog = PinDialog(
            manager,
            ManagerAction.HISTORY,
            "history",
            self.tr("Open the day's charges, totals and refunds."),
            parent=self.window(),
        )
        dialog.granted.connect(self._granted)
        dialog.finished.connect(self._pin_closed)
        self.pin_dialog = dialog
        dialog.open()

    def _granted(self, grant: Grant) -> None:
        self.unlock(grant)

    def unlock(self, grant: Grant) -> None:
        """Open the page for this visit with a manager's approval and load the day."""
        if grant.action is not ManagerAction.HISTORY:
            return
        self._unlocked = True
        self._stack.setCurrentIndex(1)
        today = self._today()
        self.date_edit.setMaximumDate(QDate(today.year, today.month, today.day))
        emit(self.unlocked_changed, True)
        self.refresh()
        self.table.setFocus()

    def _pin_closed(self) -> None:
        dialog, self.pin_dialog = self.pin_dialog, None
        if dialog is not None:
            dialog.deleteLater()

    def lock(self) -> None:
        """Close the page: nothing of the day stays on screen or in memory."""
        was = self._unlocked
        self._unlocked = False
        self._generation += 1
        if self._load is not None:
            self._load.cancel()
        self._settle.stop()
        self._cooldown.stop()
        self._drop_finish()
        self._pending = []
        self._summary_due, self._fresh = False, []
        self._report = None
        self._totals = None
        self.model.clear()
        self._reset_filter_choices()
        self._show_totals()
        self.state_label.set_whole("")
        self.progress.set_busy(False)
        self._update_actions()
        self._show_locked()
        if was:
            emit(self.unlocked_changed, False)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_summary()

    def _fit_summary(self) -> None:
        box = self._summary_box
        if box is not None:
            short = self.height() < _SHORT_PAGE
            box.setFixedHeight(_SHORT_SUMMARY_HEIGHT if short else _SUMMARY_HEIGHT)
            self._fit_chart()

    def _fit_chart(self) -> None:
        """The chart beside the totals while the totals' table has its whole width in the
        three quarters of the row it gets; in a narrower window the totals take the row (the
        table's figures matter more than the bars)."""
        totals = self._totals
        box = self._summary_box
        if box is None or totals is None or not totals.totals:
            self.chart.setVisible(True)
            return
        room = box.width() - _SUMMARY_MARGINS - _SUMMARY_SPACING
        needed = totals_table_width(totals, self.totals_view.font())
        # What the totals are left beside the chart: three quarters of the row, less where
        # the chart's own minimum takes more, and less the totals' scroll bar (a short
        # screen scrolls them). Counted as a quarter alone, the German net ("Netto") was cut
        # at 1024 px with the chart still shown.
        chart = max(room - room * 3 // 4, self.chart.minimumWidth())
        scroll_bar = self.totals_view.verticalScrollBar().sizeHint().width()
        self.chart.setVisible(needed <= room - chart - scroll_bar)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table and event.type() == QEvent.Type.Resize:
            self._fit_columns()
        return False

    def _fit_columns(self) -> None:
        """Every column the table has room for, whole; the least needed go first."""
        table = self.table
        # The vertical scroll bar counted as shown: a day of a few rows more would otherwise
        # take back a column it had just been given.
        room = (
            table.width()
            - 2 * table.frameWidth()
            - table.verticalScrollBar().sizeHint().width()
            - _DESCRIPTION_ROOM
        )
        customer_width = self._column_widths[Column.CUSTOMER]
        if not self._with_customers:
            customer_width = min(
                customer_width, table.horizontalHeader().sectionSizeHint(Column.CUSTOMER)
            )
        if customer_width != self._customer_width:
            # Only when it changes: a width the manager dragged stays until then.
            self._customer_width = customer_width
            table.setColumnWidth(Column.CUSTOMER, customer_width)
        widths = {**self._column_widths, Column.CUSTOMER: customer_width}
        needed = sum(widths.values())
        dropped: set[Column] = set()
        for column in _DROP_FIRST:
            if needed <= room:
                break
            dropped.add(column)
            needed -= widths[column]
        for column in _DROP_FIRST:
            table.setColumnHidden(column, column in dropped)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not event.spontaneous() and not self._unlocked:
            # The tab was opened: the approval is asked for this visit.
            QTimer.singleShot(0, self.ask_pin)

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        if not event.spontaneous():
            # Another tab was opened (not a minimised window): the visit is over.
            if self.pin_dialog is not None:
                self.pin_dialog.reject()
            self.lock()

    # -- loading ------------------------------------------------------------------------------

    @property
    def loading(self) -> bool:
        return self._load is not None and self._load.running

    @property
    def report(self) -> DayReport | None:
        """The day as last read in full (None while loading)."""
        return self._report

    @property
    def totals(self) -> DayTotals | None:
        return self._totals

    def day(self) -> date:
        value = self.date_edit.date()
        return date(value.year(), value.month(), value.day())

    def set_day(self, day: date) -> None:
        """Pick a day (as the date field does) and load it at once."""
        self.date_edit.blockSignals(True)
        self.date_edit.setDate(QDate(day.year, day.month, day.day))
        self.date_edit.blockSignals(False)
        self.refresh()

    def _date_changed(self) -> None:
        if self._unlocked:
            self._settle.start()

    def refresh(self) -> None:
        """Read the picked day from Stripe again, every page, in the background."""
        history = self._history
        if not self._unlocked or history is None:
            return
        self._settle.stop()
        if self._load is not None and self._load.running:
            self._load.cancel()
        self._generation += 1
        generation = self._generation
        selected = self.selected_charge()
        self._reselect = selected.id if selected is not None else self._reselect
        day = self.day()
        window = history.window(day)
        self._report = None
        self._pending = []
        self._summary_due, self._fresh = False, []
        self._cooldown.stop()
        self._drop_finish()
        self._totals = DayTotals(window)
        self._cashiers, self._registers = set(), set()
        if day != self._customers_day:
            # Another day: its Customer column is as wide as its heading until one of its
            # charges names a saved customer. The same day read again keeps its width: its
            # charges named one before, and the column narrowed only to widen again with
            # the first page, repainting every row shown twice over.
            self._with_customers = False
            self._customers_day = day
        self._fit_columns()
        self.model.clear()
        self._reset_filter_choices()
        self._show_totals()
        self.progress.set_busy(True)
        self._state(self.tr("Reading {day} from Stripe…").format(day=day_words(day)), "")
        # The rows' table, empty, while the line above and the busy bar say the day is being
        # read: shown now, it is laid out and its header painted in this frame, not in the
        # first page's, which then only draws its rows (docs/benchmarks.md, GUI gaps).
        self.rows.setCurrentWidget(self.table)
        self._update_actions()

        def fetch(task: Task[tuple[Charge, ...]]) -> DayReport:
            return history.fetch_day(day, on_page=task.report, cancel=task.cancelled)

        def arrived(page: tuple[Charge, ...]) -> None:
            self._page(generation, page)

        self._load = (
            Op.task(self, fetch, arrived)
            .in_background()
            .success(lambda report: self._done(generation, report))
            .failure(lambda error: self._failed(generation, error))
            .run()
        )

    def _read_names(self) -> None:
        """Who paid, by name rather than Stripe's id: the saved customers' local copy (no
        request to Stripe), read off the GUI thread once a day's charge names one of them."""
        customers = self._ctx.customers
        if customers is not None:
            Op(self, customers.names).success(self._named).failure(_names_unread).run()

    def _named(self, names: dict[str, str]) -> None:
        self.model.set_customer_names(names)
        self.proxy.refilter()

    def _page(self, generation: int, charges: tuple[Charge, ...]) -> None:
        if generation != self._generation or self._totals is None:
            return
        self._pending.extend(charges)
        if not self._cooldown.isActive():
            self._show_pending()
            self._cooldown.start()

    def _cooled_down(self) -> None:
        if self._pending:
            self._show_pending()
            self._cooldown.start()

    def _show_pending(self) -> None:
        charges, self._pending = self._pending, []
        if not charges or self._totals is None:
            return
        fresh = self.model.append(charges)
        if not self._with_customers and any(charge.customer for charge in fresh):
            self._with_customers = True
            self._fit_columns()
            self._read_names()
        self._totals.add(fresh)
        self._fresh.extend(fresh)
        count = self.model.rowCount()
        self._reselect_row()
        self._show_rows_or_message()
        emit(self.page_arrived, count)
        # The totals, the chart, the filters' choices and the count line follow a moment
        # later (SUMMARY_AFTER_MS): the rows are painted first and the rest in a frame of its
        # own, so neither holds the window for two. (A zero timer would run before the
        # table's delayed layout and repaint, and the two would share a frame again.)
        if not self._summary_due:
            self._summary_due = True
            self._summary.start()

    def _show_summary(self) -> None:
        if not self._summary_due or self._totals is None:
            return
        self._summary_due = False
        fresh, self._fresh = self._fresh, []
        self._learn_filter_choices(fresh)
        self._show_totals()
        self.progress.set_busy(False)  # with the line that now counts, in the same frame
        count = self.model.rowCount()
        self._state(
            self.tr("Reading from Stripe… {count} charges so far").format(count=f"{count:,}"), ""
        )

    def _done(self, generation: int, report: DayReport) -> None:
        if generation != self._generation:
            return
        self._cooldown.stop()
        self._finishing = report
        rows_to_show = bool(self._pending)
        self._show_pending()
        self._summary.stop()
        self._summary_due = False  # the whole day's summary follows in `_finish`
        if rows_to_show:
            # The last rows are painted in this frame and the day's reconciliation and
            # summary in one of their own: together they held the window for more than one
            # on a busy day (docs/benchmarks.md).
            self._finish_after.start()
        else:
            self._finish()

    def _finish(self) -> None:
        report, self._finishing = self._finishing, None
        if report is None:
            return
        self._report = report
        # Stripe's whole answer is the record: rows it listed twice or changed between pages
        # are put right, and the totals are those of the whole day. The filters learn the
        # choices of the rows not yet summarised and of those put right; the others' were
        # learnt as their pages were summarised.
        changed = self.model.reconcile(report.charges)
        fresh, self._fresh = self._fresh, []
        self._totals = report.totals
        self._learn_filter_choices([*fresh, *changed])
        self._show_totals()
        self.progress.set_busy(False)
        window = report.window
        count = len(report.charges)
        hours = round(window.length.total_seconds() / 3600, 1)
        if count == 1:
            counted = self.tr("1 charge")
        else:
            # The plural forms (written with thousands separators, hence {count} for %n).
            counted = self.tr("{count} charges", "", count).format(count=f"{count:,}")
        parts = [counted, day_words(window.day), report.zone_name]
        if hours != 24:
            parts.append(
                self.tr("a {hours}-hour day (the clocks changed)").format(hours=f"{hours:g}")
            )
        # Where even the count does not fit, nothing: the totals below count the charges
        # too, and "12 c…" read as a broken word.
        self._state(" · ".join(parts), "", " · ".join(parts[:2]), counted, "")
        self._reselect_row()
        self._reselect = None
        self._show_rows_or_message()
        self._update_actions()
        emit(self.loaded, count)

    def _drop_finish(self) -> None:
        self._finish_after.stop()
        self._finishing = None

    def _failed(self, generation: int, error: BaseException) -> None:
        if generation != self._generation or isinstance(error, LoadCancelled):
            return
        self._cooldown.stop()
        self._show_pending()  # what did arrive stays on screen
        self._show_summary()
        self.progress.set_busy(False)
        # Loading the day charges nothing: the message's sentence saying so is left out.
        nothing = QCoreApplication.translate("CashierMessages", "Nothing was charged.")
        text = cashier_message(error).text.replace(f" {nothing}", "")
        self._state(
            self.tr("Could not read the day from Stripe. {reason}").format(reason=text), "error"
        )
        if not self.model.rowCount():
            self._show_message(
                self.tr(
                    "Could not load the day's charges. {reason} Press Refresh to try again."
                ).format(reason=text)
            )
        self._update_actions()
        emit(self.load_failed, text)

    def _till_changed(self, kind: AttemptKind) -> None:
        if self._unlocked and kind.moves_money:
            self.refresh()

    # -- what is shown ------------------------------------------------------------------------

    def _state(self, text: str, state: str, *shorter: str) -> None:
        """The state line says `text`, or the first of the `shorter` forms that fits, or the
        last one cut with "…"; its tooltip has `text` whole."""
        self.state_label.set_whole(text, *shorter)
        set_state(self.state_label, state)

    def _announce(self, text: str) -> None:
        """A confirmation that outlives the reload it causes: in the window's status bar."""
        window = self.window()
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(text, 20_000)
        else:
            self._state(text, "ok")

    def _show_message(self, text: str) -> None:
        self.message.setText(text)
        self.rows.setCurrentWidget(self.message)

    def _show_rows_or_message(self) -> None:
        if self.proxy.rowCount() or (self.loading and not self.model.rowCount()):
            self.rows.setCurrentWidget(self.table)  # empty until the first page (`refresh`)
        elif self.model.rowCount():
            self._show_message(self.tr("No charge of this day matches the filters."))
        else:
            self._show_message(self.tr("No charges on this day."))

    def _show_totals(self) -> None:
        totals = self._totals
        report = self._report
        check = report.journal_check if report is not None else None
        journal_news = report is not None and (
            report.journal_check_error is not None
            or (check is not None and (not check.agrees or bool(check.still_open)))
        )
        if totals is None or not (
            totals.totals
            or totals.earlier_refunds
            or not totals.earlier_refunds_read
            or journal_news
        ):
            self.totals_view.setHtml(
                "<p style='color:#4b5563'>{}</p>".format(html.escape(self.tr("No charges yet.")))
                if totals is not None
                else ""
            )
            self.chart.clear()
            return
        self.totals_view.setHtml(totals_html(totals, self._report))
        self._fit_chart()
        currencies = totals.currencies()
        if not currencies:
            self.chart.clear()
            return
        chart_currency = self._ctx.currency if self._ctx.currency in currencies else currencies[0]
        hours = totals.window.hours()
        self.chart.set_data(
            chart_currency, hours, totals.hourly.get(chart_currency, [0] * len(hours))
        )

    def _reset_filter_choices(self) -> None:
        for combo, any_text in (
            (self.cashier_filter, self.tr("Any cashier")),
            (self.register_filter, self.tr("Any register")),
        ):
            combo.blockSignals(True)
            wanted = combo.currentData()
            combo.clear()
            combo.addItem(any_text, None)
            if wanted is not None:
                # Keep the manager's choice across a reload, even before its rows arrive.
                combo.addItem(str(wanted), wanted)
                combo.setCurrentIndex(1)
            combo.blockSignals(False)

    def _learn_filter_choices(self, charges: list[Charge] | tuple[Charge, ...]) -> None:
        for combo, seen, key in (
            (self.cashier_filter, self._cashiers, "cashier"),
            (self.register_filter, self._registers, "register_id"),
        ):
            for charge in charges:
                value = charge.metadata.get(key) or NONE_KEY
                if value not in seen:
                    seen.add(value)
                    if combo.findData(value) < 0:
                        shown = (
                            self.tr("(none)", "no cashier or register")
                            if value == NONE_KEY
                            else value
                        )
                        combo.addItem(shown, value)

    def _filters_changed(self) -> None:
        self.proxy.set_filters(
            status=self.status_filter.currentData(),
            cashier=self.cashier_filter.currentData(),
            register=self.register_filter.currentData(),
            text=self.search_input.text(),
        )
        self._show_rows_or_message()
        self._update_actions()

    # -- selection, details, refunds ----------------------------------------------------------

    def selected_charge(self) -> Charge | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        return self.proxy.charges([rows[0].row()])[0]

    def select_charge(self, charge_id: str) -> bool:
        """Select the row of a charge (scrolled into view); False when it is not shown."""
        row = self.model.row_of(charge_id)
        if row is None:
            return False
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if not index.isValid():
            return False
        self.table.selectionModel().select(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.table.setCurrentIndex(index)
        self.table.scrollTo(index)
        return True

    def _reselect_row(self) -> None:
        if self._reselect is not None and self.select_charge(self._reselect):
            self._reselect = None

    def _selection_changed(self) -> None:
        self._update_actions()

    def _refundable(self, charge: Charge | None) -> bool:
        return (
            charge is not None
            and charge.status is ChargeStatus.SUCCEEDED
            and charge.refundable.amount > 0
            and self._ctx.refunds is not None
        )

    def _update_actions(self) -> None:
        charge = self.selected_charge() if self._unlocked else None
        self.refund_button.setEnabled(self._refundable(charge) and self.refund_dialog is None)
        self.export_button.setEnabled(self._report is not None and not self.loading)

    def _row_activated(self, index: QModelIndex | QPersistentModelIndex) -> None:
        if not index.isValid() or self.details_dialog is not None or self._history is None:
            return
        charge = self.proxy.charges([index.row()])[0]
        from ..dialogs.charge_details_dialog import ChargeDetailsDialog

        dialog = ChargeDetailsDialog(
            self._history,
            self._ctx.receipts,
            charge,
            self._zone,
            can_refund=self._refundable(charge),
            parent=self.window(),
            printing=self._ctx.printing,
        )
        dialog.refund_requested.connect(self._refund_from_details)
        dialog.finished.connect(self._details_closed)
        self.details_dialog = dialog
        dialog.open()

    def _details_closed(self) -> None:
        dialog, self.details_dialog = self.details_dialog, None
        if dialog is not None:
            dialog.deleteLater()

    def _refund_from_details(self, charge: Charge) -> None:
        QTimer.singleShot(0, lambda: self.open_refund(charge))

    def refund_selected(self) -> None:
        charge = self.selected_charge()
        if charge is not None:
            self.open_refund(charge)

    def open_refund(self, charge: Charge) -> None:
        """The refund dialog for `charge` (once: not while another is open)."""
        refunds = self._ctx.refunds
        if refunds is None or self.refund_dialog is not None or not self._refundable(charge):
            return
        from ..dialogs.refund_dialog import RefundDialog

        dialog = RefundDialog(refunds, self._ctx.manager, charge, self._zone, self.window())
        dialog.refunded.connect(self._refunded)
        dialog.finished.connect(self._refund_closed)
        self.refund_dialog = dialog
        self._update_actions()
        dialog.open()

    def _refunded(self, result: RefundResult) -> None:
        charge = result.request.charge
        order = charge.metadata.get("order_id") or charge.id
        self._announce(
            self.tr("Refunded {amount} on order {order}.").format(
                amount=format_amount(result.refund.amount), order=order
            )
        )
        self._reselect = charge.id
        # Every page hears it; this one reloads the day, so the row and the totals show it.
        self._events.notify(AttemptKind.REFUND)
        # Offered once the refund dialog has closed: the customer's receipt for the refund.
        QTimer.singleShot(0, lambda: self.offer_refund_receipt(result))

    def offer_refund_receipt(self, result: RefundResult) -> None:
        """The refund's receipt in the receipt dialog, to print or save (not printed unasked)."""
        if self.refund_receipt is not None:
            return
        receipt = self._ctx.receipts.build_refund(
            result.refund, result.request.charge, cashier=self._ctx.cashier
        )
        from ..dialogs.receipt_dialog import ReceiptDialog

        dialog = ReceiptDialog(
            self._ctx.receipts, receipt, self.window(), printing=self._ctx.printing
        )
        dialog.finished.connect(self._refund_receipt_closed)
        self.refund_receipt = dialog
        dialog.open()

    def _refund_receipt_closed(self) -> None:
        dialog, self.refund_receipt = self.refund_receipt, None
        if dialog is not None:
            dialog.deleteLater()

    def _refund_closed(self) -> None:
        dialog, self.refund_dialog = self.refund_dialog, None
        if dialog is not None:
            dialog.deleteLater()
        self._update_actions()

    # -- export -------------------------------------------------------------------------------

    def export_csv(self) -> None:
        """Ask where to save the day as CSV (non-blocking), then write it off the GUI thread."""
        report = self._report
        if report is None or self.export_dialog is not None:
            return
        documents = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation
        )
        # A user without a Documents folder (a till's own account often has none) starts in
        # their home folder: given a folder that does not exist, the dialog would open in
        # the working directory, which is the till's install folder.
        folder = Path(documents) if documents and Path(documents).is_dir() else Path.home()
        suggested = folder / f"charges-{report.window.day.isoformat()}.csv"
        dialog = QFileDialog(self.window(), self.tr("Export the day as CSV"), str(suggested))
        dialog.setObjectName("exportCsvDialog")
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        if sys.platform.startswith("linux") and os.environ.get("QT_NO_GLIB"):
            # The till runs Qt's own event loop on Linux (ui/style.py): a GTK file dialog
            # would need glib's to answer. Qt's own dialog needs none.
            dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
        dialog.setNameFilter(self.tr("CSV files (*.csv)"))
        dialog.setDefaultSuffix("csv")
        dialog.selectFile(suggested.name)
        dialog.fileSelected.connect(lambda path: self.write_csv(Path(path), report))
        dialog.finished.connect(self._export_closed)
        self.export_dialog = dialog
        dialog.open()

    def _export_closed(self) -> None:
        dialog, self.export_dialog = self.export_dialog, None
        if dialog is not None:
            dialog.deleteLater()

    def write_csv(self, path: Path, report: DayReport | None = None) -> None:
        """Write the day (as last read) to `path` in the background."""
        report = report or self._report
        if report is None:
            return

        def write() -> Path:
            path.write_bytes(report_csv(report).encode("utf-8"))
            return path

        count = len(report.charges)
        (
            Op(self, write)
            .success(lambda saved: self._exported(saved, count))
            .failure(self._export_failed)
            .run()
        )

    def _exported(self, path: Path, count: int) -> None:
        self._announce(
            self.tr("Saved {count} charges to {path}", "", count).format(
                count=f"{count:,}", path=path
            )
        )
        emit(self.exported, str(path))

    def _export_failed(self, error: BaseException) -> None:
        reason = error.strerror if isinstance(error, OSError) and error.strerror else str(error)
        self._state(self.tr("Could not save the CSV file: {reason}").format(reason=reason), "error")

    # -- helpers ------------------------------------------------------------------------------

    def _today(self) -> date:
        return self._history.today() if self._history is not None else date.today()
