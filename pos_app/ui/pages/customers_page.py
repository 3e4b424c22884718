"""The Customers page: the directory with search as you type, and the chosen customer's cards.

Left, the customers (the window's CustomerDirectory: cached at start, refreshed from Stripe
behind it, filtered on every keystroke); right, the selected customer's saved cards with
their actions — add another, make one the default, remove one — and the way to charge them
or, with the manager's PIN, delete them. Every change goes through the customer service (its
attempts) in an Op, and is announced on `till_changed`.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QAbstractItemModel, QItemSelection, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor, QKeySequence, QResizeEvent, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from pos_app.domain.attempts import AttemptKind
from pos_app.domain.customers import (
    CONSENT_BY,
    CONSENT_REGISTER,
    CustomerSummary,
    ExpiryStatus,
    card_label,
    card_saved_at,
    expiry_status,
    expiry_text,
)
from pos_app.domain.errors import CustomerDeleted
from pos_app.domain.i18n import QT_TRANSLATE_NOOP
from pos_app.services.manager import Grant, ManagerAction
from pos_app.services.messages import cashier_message

from ..customer_directory import CustomerDirectory
from ..customers_model import Column, CustomersModel
from ..events import TillEvents
from ..fitted_text import CutLabel, FittingButton
from ..i18n import moment_text
from ..long_words import WrappingLabel
from ..ops import Op
from ..qtcompat import emit
from ..room import CompactRoom, height_needed
from ..steady_label import SteadyLabel
from ..style import icon
from ..text_cells import CELL_ROOM, TextCellDelegate
from ..text_table import TextTable
from ..widgets import StatusLine, describe

if TYPE_CHECKING:
    from pos_app.domain.models import Card
    from pos_app.services.context import TillContext
    from pos_app.services.customers import CustomerAccount, CustomerService

    from ..dialogs.customer_dialog import CustomerDialog
    from ..dialogs.delete_customer_dialog import DeleteCustomerDialog
    from ..dialogs.pin_dialog import PinDialog
    from ..dialogs.save_card_dialog import SaveCardDialog

__all__ = ["CustomersPage", "set_up_table"]

#: Marked for the catalogue here, translated where shown; {name} is filled in by the directory.
DELETED_ELSEWHERE = QT_TRANSLATE_NOOP(
    "CustomersPage",
    "{name} was deleted on another till or in the Stripe Dashboard, and is no longer on the list.",
)
#: Arrow keys through the list load a customer's cards only once the cashier settles on one.
DETAIL_DELAY_MS = 200
#: How long a notice of something done stays up.
NOTICE_MS = 8000
_ROW_HEIGHT = 40
_CARD_COLUMNS = (
    QT_TRANSLATE_NOOP("CustomersPage", "Card · saved on"),
    QT_TRANSLATE_NOOP("CustomersPage", "Expires"),
    "",
)
#: Fixed widths of the narrow columns; the e-mail takes what is left.
_WIDTHS = {Column.PHONE: 160, Column.CARD: 196, Column.EXPIRES: 108, Column.SAVED: 128}
#: What a column shows whole in the table's own font: a phone number written as people write
#: them ("+44 20 7946 00…" lost its last digits) and a card's brand with its last four.
_SAMPLES = {Column.PHONE: "+44 20 7946 0000", Column.CARD: "Mastercard •••• 0000"}
#: Below these list widths the column gives way (the selected customer's panel shows it).
_HIDE_BELOW = {Column.SAVED: 880, Column.PHONE: 700}
_DETAIL_WIDTH = 400
_CARD_ROW_HEIGHT = 56


def set_up_table(table: QTableView, model: QAbstractItemModel, *, sortable: bool = True) -> None:
    """The customer list's look and behaviour (also what the search benchmark types into)."""
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    # The arrows move between rows; Tab leaves the table instead of going from cell to cell.
    table.setTabKeyNavigation(False)
    if sortable:
        table.setSortingEnabled(True)
        table.sortByColumn(Column.NAME, Qt.SortOrder.AscendingOrder)
    table.setAlternatingRowColors(True)
    table.setShowGrid(False)
    table.setWordWrap(False)
    table.setTextElideMode(Qt.TextElideMode.ElideRight)
    vertical = table.verticalHeader()
    vertical.hide()
    # Fixed, uniform rows: the view never measures 50,000 rows (and a TextTable paints them
    # in one call: ui/text_table.py).
    vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    vertical.setDefaultSectionSize(_ROW_HEIGHT)
    header = table.horizontalHeader()
    header.setHighlightSections(False)
    header.setMinimumSectionSize(64)
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    metrics = table.fontMetrics()
    for column in Column:
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        width = _WIDTHS.get(column, 180)
        sample = _SAMPLES.get(column)
        if sample is not None:
            width = max(width, metrics.horizontalAdvance(sample) + CELL_ROOM)
        header.resizeSection(column, width)
    header.setSectionResizeMode(Column.EMAIL, QHeaderView.ResizeMode.Stretch)
    if isinstance(model, CustomersModel):
        # Cells painted from laid-out lines kept between repaints (ui/text_cells.py).
        table.setItemDelegate(TextCellDelegate(table, model.cell_look))


class CustomersPage(QWidget):
    """Find a customer, look after their saved cards, charge them."""

    #: The CustomerSummary the cashier wants to charge (the window opens the charge page).
    charge_requested = Signal(object)

    def __init__(self, ctx: TillContext, events: TillEvents, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("customersPage")
        self.setAccessibleName(self.tr("Customers"))
        self._ctx = ctx
        self._events = events
        self.directory = CustomerDirectory.attached(events, ctx)
        self.model = self.directory.model
        self.account: CustomerAccount | None = None
        self.selected: CustomerSummary | None = None
        self.customer_dialog: CustomerDialog | None = None
        self.card_dialog: SaveCardDialog | None = None
        self.delete_dialog: DeleteCustomerDialog | None = None
        self.pin_dialog: PinDialog | None = None
        self.remove_box: QMessageBox | None = None
        self._busy: Op[CustomerAccount] | Op[None] | None = None
        self._detail_op: Op[CustomerAccount] | None = None

        # -- the search row -------------------------------------------------------------------
        self.search_input = QLineEdit(self)
        describe(
            self.search_input,
            "customerSearchInput",
            self.tr("Search customers"),
            self.tr("Type part of a name, e-mail or phone number (Ctrl+F; Enter picks the first)"),
        )
        self.search_input.setPlaceholderText(self.tr("Search by name, e-mail or phone"))
        self.search_input.setClearButtonEnabled(True)
        self.search_input.textChanged.connect(self.directory.search)
        self.search_input.returnPressed.connect(self._pick_first)
        self.new_button = QPushButton(self.tr("New customer"), self)
        describe(
            self.new_button,
            "newCustomerButton",
            self.tr("New customer"),
            self.tr("Save a new customer with their card on file (Ctrl+N)"),
        )
        self.new_button.setProperty("role", "primary")
        self.new_button.setProperty("compact", True)
        self.new_button.clicked.connect(self.new_customer)
        top = QHBoxLayout()
        top.setSpacing(16)
        top.addWidget(self.search_input, 1)
        top.addWidget(self.new_button)

        self.notice = StatusLine("customerNoticeLabel", self)
        self.notice.hide()
        # Good news goes away by itself; a problem stays until the next action.
        self._notice_timer = QTimer(self)
        self._notice_timer.setSingleShot(True)
        self._notice_timer.setInterval(NOTICE_MS)
        self._notice_timer.timeout.connect(self._notice_done)

        # -- the list ---------------------------------------------------------------------------
        self.table = TextTable(self)
        describe(
            self.table,
            "customerTable",
            self.tr("Customers"),
            self.tr(
                "Saved customers; click a heading to sort, Enter charges the selected customer"
            ),
        )
        set_up_table(self.table, self.model)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.table.doubleClicked.connect(lambda _index: self.charge_selected())
        enter = QShortcut(QKeySequence(Qt.Key.Key_Return), self.table)
        enter.setContext(Qt.ShortcutContext.WidgetShortcut)
        enter.activated.connect(self.charge_selected)

        self.empty_label = QLabel(self)
        self.empty_label.setObjectName("customersEmptyLabel")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.list_stack = QStackedWidget(self)
        self.list_stack.addWidget(self.table)
        self.list_stack.addWidget(self.empty_label)
        # It changes with every page of a load: a new text repaints the line alone.
        count_line = SteadyLabel(self)
        self.count_label = count_line.label
        self.count_label.setObjectName("customersStatusLabel")
        self.count_label.setProperty("role", "hint")
        self.count_label.setWordWrap(True)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.setSpacing(8)
        left_layout.addWidget(self.list_stack, 1)
        left_layout.addWidget(count_line)

        # -- the selected customer --------------------------------------------------------------
        self.detail = self._build_detail()

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("customersSplitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 0)
        self._splitter_moved = False
        self.splitter.splitterMoved.connect(self._handle_moved)

        layout = self._layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.notice)
        layout.addWidget(self.splitter, 1)
        self._set_room(False)
        self._room = CompactRoom(self, lambda: height_needed(self, self.notice), self._set_room)

        find = QShortcut(QKeySequence.StandardKey.Find, self)
        find.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        find.activated.connect(self.search_input.setFocus)
        new = QShortcut(QKeySequence.StandardKey.New, self)
        new.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        new.activated.connect(self.new_customer)

        self._detail_timer = QTimer(self)
        self._detail_timer.setSingleShot(True)
        self._detail_timer.setInterval(DETAIL_DELAY_MS)
        self._detail_timer.timeout.connect(self._load_account)

        #: What the directory last said of the list ("12 customers", "Loading customers…").
        self._directory_words = ""
        self.directory.status_changed.connect(self._directory_status)
        self.directory.customer_removed.connect(self._customer_removed)
        self.model.modelReset.connect(self._rows_changed)
        self.model.modelReset.connect(self._keep_selection)
        self.model.rowsInserted.connect(self._rows_changed)
        self.model.rowsRemoved.connect(self._rows_changed)
        self._show_account(None)
        self._rows_changed()
        if not self.directory.available:
            self.search_input.setEnabled(False)
            self.new_button.setEnabled(False)
            self._directory_status(self.tr("Saved customers are not available on this till."))
        self.directory.start()

    def _build_detail(self) -> QFrame:
        panel = QFrame(self)
        panel.setObjectName("customerDetailPanel")
        panel.setMinimumWidth(_DETAIL_WIDTH)
        # One line, cut with "…" (the tooltip has it whole): a name on two lines pushed the
        # saved cards under their buttons on a 1024 x 600 panel.
        self.name_label = CutLabel("", panel)
        self.name_label.setObjectName("customerNameLabel")
        self.name_label.setProperty("role", "title")
        # An e-mail address too long for the panel wraps after its dots (ui/long_words.py).
        self.contact_label = WrappingLabel(panel)
        self.contact_label.setObjectName("customerContactLabel")
        cards_caption = QLabel(self.tr("Saved cards"), panel)
        cards_caption.setProperty("role", "fieldLabel")

        self.cards_table = QTableWidget(0, len(_CARD_COLUMNS), panel)
        describe(
            self.cards_table,
            "customerCardsTable",
            self.tr("Saved cards"),
            self.tr(
                "The customer's cards on file; the default is charged unless another is chosen"
            ),
        )
        self.cards_table.setHorizontalHeaderLabels([self.tr(c) if c else "" for c in _CARD_COLUMNS])
        self.cards_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.cards_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.cards_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.cards_table.setTabKeyNavigation(False)  # as the list's (`set_up_table`)
        self.cards_table.setShowGrid(False)
        self.cards_table.setWordWrap(False)
        # A narrow panel cuts a card's words in their middle: "Master…•• 4444" still says
        # which card it is, where "Mastercard •••• …" lost its last four digits.
        self.cards_table.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.cards_table.verticalHeader().hide()
        self.cards_table.verticalHeader().setDefaultSectionSize(_CARD_ROW_HEIGHT)
        cards_header = self.cards_table.horizontalHeader()
        cards_header.setHighlightSections(False)
        cards_header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        cards_header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, len(_CARD_COLUMNS)):
            cards_header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.cards_table.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        # One card stays in view however short the screen; taller screens show them all.
        self.cards_table.setMinimumHeight(_CARD_ROW_HEIGHT + 48)
        self.cards_table.itemSelectionChanged.connect(self._card_selection_changed)

        self.add_card_button = self._button(
            panel,
            self.tr("Add card"),
            "addCardButton",
            self.tr("Save another card for this customer"),
            "small",
        )
        self.add_card_button.clicked.connect(self.add_card)
        self.default_card_button = self._button(
            panel,
            self.tr("Set default"),
            "defaultCardButton",
            self.tr("Charge the selected card unless another is chosen"),
            "small",
        )
        self.default_card_button.clicked.connect(self.make_default)
        self.remove_card_button = self._button(
            panel,
            self.tr("Remove", "button: remove the selected card"),
            "removeCardButton",
            self.tr("Remove the selected card (asks first)"),
            "small",
        )
        self.remove_card_button.clicked.connect(self.remove_card)
        card_buttons = QHBoxLayout()
        card_buttons.setSpacing(8)
        card_buttons.addWidget(self.add_card_button)
        card_buttons.addWidget(self.default_card_button)
        card_buttons.addWidget(self.remove_card_button)

        self.detail_status = QLabel(panel)
        self.detail_status.setObjectName("customerDetailStatus")
        self.detail_status.setProperty("role", "hint")
        self.detail_status.setWordWrap(True)

        # "Charge Friedrich" where there is room, "Charge" where there is not (a German
        # "Kassieren: Friedric" was cut by the button's edge at 1024 px).
        self.charge_button = FittingButton(panel)
        self.charge_button.set_forms(self.tr("Charge"))
        describe(
            self.charge_button,
            "chargeCustomerButton",
            self.tr("Charge this customer"),
            self.tr("Ring up a sale for this customer on a saved card, no card needed (Enter)"),
        )
        self.charge_button.setProperty("role", "primary")
        self.charge_button.setProperty("compact", True)
        self.charge_button.setIcon(icon("card"))
        self.charge_button.setIconSize(QSize(24, 24))
        self.charge_button.clicked.connect(self.charge_selected)
        self.delete_button = self._button(
            panel,
            self.tr("Delete…"),
            "deleteCustomerButton",
            self.tr("Delete this customer and their cards for good (manager PIN)"),
        )
        self.delete_button.setProperty("role", "danger")
        self.delete_button.clicked.connect(self.delete_customer)

        layout = self._detail_layout = QVBoxLayout(panel)
        layout.setSpacing(8)
        layout.addWidget(self.name_label)
        layout.addWidget(self.contact_label)
        layout.addSpacing(8)
        layout.addWidget(cards_caption)
        layout.addWidget(self.cards_table, 1)
        layout.addLayout(card_buttons)
        layout.addWidget(self.detail_status)
        layout.addSpacing(8)
        bottom = QHBoxLayout()
        bottom.setSpacing(8)
        bottom.addWidget(self.delete_button)
        bottom.addWidget(self.charge_button, 1)
        layout.addLayout(bottom)
        return panel

    @staticmethod
    def _button(parent: QWidget, text: str, name: str, tip: str, size: str = "") -> QPushButton:
        button = QPushButton(parent)
        if size:
            button.setProperty("size", size)  # before the text: the size hint sees the padding
        button.setText(text)
        # Never narrower than its words, in any language: the panel widens instead.
        button.setMinimumWidth(button.sizeHint().width())
        describe(button, name, text.rstrip("…"), tip)
        button.setAutoDefault(False)
        return button

    @property
    def service(self) -> CustomerService | None:
        return self._ctx.customers

    # -- fitting the screen ---------------------------------------------------------------

    @property
    def compact(self) -> bool:
        """The page takes its compact room (`_set_room`): it is lower than it needs."""
        return self._room.compact

    def _set_room(self, compact: bool) -> None:
        """Less room around the parts and a smaller notice while the page is lower than it
        needs (ui/room.py): a notice above the list on a 1024 x 600 panel pushed the saved
        cards under their buttons."""
        top, spacing, bottom = (12, 8, 8) if compact else (24, 16, 16)
        self._layout.setContentsMargins(24, top, 24, bottom)
        self._layout.setSpacing(spacing)
        inside = 10 if compact else 16
        self._detail_layout.setContentsMargins(16, inside, 16, inside)
        self.notice.set_compact(compact)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if not self._splitter_moved:
            total = self.splitter.width() - self.splitter.handleWidth()
            detail = max(_DETAIL_WIDTH, self.detail.minimumSizeHint().width())
            self.splitter.setSizes([max(0, total - detail), detail])
        self._fit_columns()

    def _handle_moved(self, _position: int, _index: int) -> None:
        self._splitter_moved = True
        self._fit_columns()

    def _fit_columns(self) -> None:
        """Narrow screens drop the columns the customer's panel shows anyway; the name gets
        a fair share and the e-mail the rest."""
        width = self.splitter.sizes()[0] if self.splitter.sizes() else self.width()
        for column, below in _HIDE_BELOW.items():
            self.table.setColumnHidden(column, width < below)
        shown = sum(w for c, w in _WIDTHS.items() if not self.table.isColumnHidden(c))
        self.table.horizontalHeader().resizeSection(
            Column.NAME, max(140, min(200, (width - shown) // 2))
        )

    # -- the list ---------------------------------------------------------------------------

    def _rows_changed(self) -> None:
        self._say_count()
        if self.model.rowCount():
            self.list_stack.setCurrentWidget(self.table)
            return
        if not self.directory.available:
            text = self.tr("Saved customers are not available on this till.")
        elif self.model.query.strip():
            text = self.tr("No customer matches “{query}”.").format(query=self.model.query.strip())
        elif not self.directory.loaded or self.directory.loading:
            text = self.tr("Loading customers…")
        elif self.directory.failed:
            text = self.tr("Could not load customers. {reason}").format(
                reason=self.directory.failed
            )
        else:
            text = self.tr(
                "No saved customers yet.\nPress New customer to keep a regular's card on file."
            )
        self.empty_label.setText(text)
        self.list_stack.setCurrentWidget(self.empty_label)

    def _keep_selection(self) -> None:
        # A search or a merged page resets the model: the chosen customer stays chosen.
        if self.selected is None:
            return
        row = self.model.row_of(self.selected.id)
        if row is not None:
            self.table.selectRow(row)

    def _directory_status(self, text: str) -> None:
        self._directory_words = text
        self._rows_changed()

    def _say_count(self) -> None:
        """The directory's words ("12 customers"), or how many of them a search shows: the
        total beside a filtered list read as the list's own count."""
        shown, total = self.model.rowCount(), self.model.total
        if total == 0:
            # The empty list's own words say it in the middle ("No saved customers yet.",
            # "Loading customers…"); the line below said it a second time.
            self.count_label.setText("")
        elif self.model.query.strip() and total > 1 and shown < total:
            self.count_label.setText(
                self.tr("{shown} of {count} customers").format(
                    shown=f"{shown:,}", count=f"{total:,}"
                )
            )
        else:
            self.count_label.setText(self._directory_words)

    def _pick_first(self) -> None:
        if self.model.rowCount():
            self.table.selectRow(0)
            self.table.setFocus()

    def _selection_changed(self, selected: QItemSelection, deselected: QItemSelection) -> None:
        rows = self.table.selectionModel().selectedRows()
        summary = self.model.summary(rows[0].row()) if rows else None
        if summary is None:
            # Filtered out of view: the detail stays, but nothing acts on a row not shown.
            if self.selected is not None and self.model.row_of(self.selected.id) is None:
                self.selected, self.account = None, None
                self._show_account(None)
            return
        if self.selected is not None and summary.id == self.selected.id:
            self.selected = summary
            return
        self.selected, self.account = summary, None
        self._show_account(None)
        self._detail_timer.start()
        self._notice_done()  # what was done is old news once another customer is chosen

    def select_customer(self, customer_id: str) -> None:
        """Select a customer's row (clearing the search if it hides them)."""
        row = self.model.row_of(customer_id)
        if row is None and self.search_input.text():
            self.search_input.clear()
            row = self.model.row_of(customer_id)
        if row is not None:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))

    # -- the selected customer ------------------------------------------------------------

    def _load_account(self) -> None:
        service, summary = self.service, self.selected
        if service is None or summary is None or self.directory.closed:
            return
        self._detail_say(self.tr("Loading cards…"))
        customer_id = summary.id
        self._detail_op = (
            Op(self, lambda: service.account(customer_id))
            .success(self._account_loaded)
            .failure(lambda error: self._account_failed(customer_id, error))
            .run()
        )

    def _account_loaded(self, account: CustomerAccount) -> None:
        if self.selected is None or account.customer.id != self.selected.id:
            return  # the cashier moved on meanwhile
        self.directory.apply(account.summary)  # may move the row: selection follows below
        self.account, self.selected = account, account.summary
        row = self.model.row_of(account.customer.id)
        if row is not None and not self.table.selectionModel().isRowSelected(row):
            self.table.selectRow(row)
        self._show_account(account)

    def _account_failed(self, customer_id: str, error: BaseException) -> None:
        if isinstance(error, CustomerDeleted):
            self.directory.drop(customer_id, self.tr(DELETED_ELSEWHERE))
            return
        if self.selected is not None and self.selected.id == customer_id:
            self._detail_say(
                self.tr("Could not load the cards. {reason}").format(
                    reason=cashier_message(error).text
                )
            )

    def _show_account(self, account: CustomerAccount | None) -> None:
        summary = self.selected
        have = summary is not None
        if summary is None:
            self.name_label.set_whole(self.tr("No customer selected"))
            self.contact_label.set_words(
                self.tr("Pick a customer on the left to see their saved cards.")
            )
        else:
            self.name_label.set_whole(summary.name or summary.email or summary.id)
            note = account.customer.description if account is not None else None
            # A phone number wraps as a whole, never in the middle.
            phone = summary.phone.replace(" ", "\u00a0")
            contact = " · ".join(p for p in (summary.email, phone) if p)
            self.contact_label.set_words("\n".join(p for p in (contact, note or "") if p))
        self.cards_table.setRowCount(0)
        cards = account.cards if account is not None else ()
        default = account.customer.default_source if account is not None else None
        today = self._ctx.today()
        for card in cards:
            self._add_card_row(card, card.id == default, today)
        if account is not None and default is not None:
            row = next((i for i, c in enumerate(cards) if c.id == default), 0)
            self.cards_table.selectRow(row)
        self._detail_say("" if account is not None or not have else self.tr("Loading cards…"))
        if account is not None and not cards:
            self._detail_say(self.tr("No card on file. Add one to charge this customer."))
        name = summary.name.split()[0] if summary is not None and summary.name else ""
        # "&&": a button reads "&" as its shortcut key ("Charge A&B" showed "Charge AB").
        name = name.replace("&", "&&")
        self.charge_button.set_forms(
            *((self.tr("Charge {name}").format(name=name),) if name else ()), self.tr("Charge")
        )
        self._update_buttons()

    def _add_card_row(self, card: Card, is_default: bool, today: date) -> None:
        row = self.cards_table.rowCount()
        self.cards_table.insertRow(row)
        status = expiry_status(card.exp_month, card.exp_year, today)
        expires = expiry_text(card.exp_month, card.exp_year)
        if status is ExpiryStatus.EXPIRED:
            expires = self.tr("{expiry}\nexpired").format(expiry=expires)
        elif status is ExpiryStatus.SOON:
            expires = self.tr("{expiry}\nsoon").format(expiry=expires)
        metadata = self.account.customer.metadata if self.account is not None else {}
        saved = card_saved_at(card, metadata)
        when = "\n" + moment_text(saved, "dd MMM yyyy") if saved else ""
        items = (
            QTableWidgetItem(card_label(card.brand, card.last4) + when),
            QTableWidgetItem(expires),
            QTableWidgetItem(
                self.tr("Default", "the customer's default card") if is_default else ""
            ),
        )
        items[0].setData(Qt.ItemDataRole.UserRole, card.id)
        if saved is not None:
            record = card.metadata if CONSENT_BY in card.metadata else metadata
            who = record.get(CONSENT_BY, "")
            where = record.get(CONSENT_REGISTER, "")
            if who and where:
                tip = self.tr(
                    "Saved on {date} by {cashier} at register {register}, with the customer's "
                    "consent"
                )
            elif who:
                tip = self.tr("Saved on {date} by {cashier}, with the customer's consent")
            elif where:
                tip = self.tr("Saved on {date} at register {register}, with the customer's consent")
            else:
                tip = self.tr("Saved on {date}, with the customer's consent")
            items[0].setToolTip(
                tip.format(
                    date=moment_text(saved, "dd MMM yyyy, HH:mm"), cashier=who, register=where
                )
            )
        if status is not ExpiryStatus.VALID:
            colour = "#b91c1c" if status is ExpiryStatus.EXPIRED else "#92400e"
            items[1].setForeground(QBrush(QColor(colour)))
            items[1].setToolTip(
                self.tr("This card has expired: ask for another card")
                if status is ExpiryStatus.EXPIRED
                else self.tr("This card expires this month or next")
            )
        if is_default:
            items[2].setToolTip(self.tr("Charged when no other card is chosen"))
        for column, item in enumerate(items):
            self.cards_table.setItem(row, column, item)

    def _detail_say(self, text: str) -> None:
        self.detail_status.setText(text)
        self.detail_status.setVisible(bool(text))

    def selected_card(self) -> str | None:
        """The id of the card selected in the cards table."""
        rows = self.cards_table.selectionModel().selectedRows()
        if not rows:
            return None
        item = self.cards_table.item(rows[0].row(), 0)
        value = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        return value if isinstance(value, str) else None

    def _card_selection_changed(self) -> None:
        self._update_buttons()

    def _update_buttons(self) -> None:
        working = self._busy is not None and self._busy.running
        have = self.selected is not None and self.service is not None
        loaded = have and self.account is not None
        card = self.selected_card()
        default = self.account.customer.default_source if self.account is not None else None
        self.add_card_button.setEnabled(loaded and not working)
        self.default_card_button.setEnabled(
            loaded and card is not None and card != default and not working
        )
        self.remove_card_button.setEnabled(loaded and card is not None and not working)
        self.charge_button.setEnabled(have and not working)
        self.delete_button.setEnabled(have and not working and self._ctx.manager is not None)

    def _customer_removed(self, customer_id: str, notice: str) -> None:
        if self.selected is not None and self.selected.id == customer_id:
            self.selected, self.account = None, None
            self._show_account(None)
        self._say("error", notice)

    def _say(self, state: str, text: str) -> None:
        self.notice.set_status(state, text)
        self.notice.setVisible(bool(text))
        if state == "approved":
            self._notice_timer.start()
        else:
            self._notice_timer.stop()

    def _notice_done(self) -> None:
        if self.notice.state == "approved":
            self.notice.hide()

    # -- actions ----------------------------------------------------------------------------

    def new_customer(self) -> None:
        service = self.service
        if service is None or self.customer_dialog is not None:
            return
        from ..dialogs.customer_dialog import CustomerDialog

        dialog = CustomerDialog(
            service, business_name=self._ctx.business_name, parent=self.window()
        )
        dialog.created.connect(self._created)
        dialog.finished.connect(self._customer_dialog_finished)
        self.customer_dialog = dialog
        dialog.open()

    def _created(self, account: CustomerAccount) -> None:
        summary = account.summary
        self.directory.apply(summary)
        self._events.notify(AttemptKind.CUSTOMER)
        if summary.has_card:
            saved = self.tr("Saved {name} with {card}.").format(
                name=summary.display_name, card=summary.card_text
            )
        else:
            saved = self.tr("Saved {name}.").format(name=summary.display_name)
        self.select_customer(summary.id)
        if self.selected is not None and self.selected.id == summary.id:
            self._account_loaded(account)
        # After the selection: choosing another customer's row clears what was done before.
        self._say("approved", saved)

    def _customer_dialog_finished(self) -> None:
        dialog, self.customer_dialog = self.customer_dialog, None
        if dialog is not None:
            dialog.deleteLater()

    def add_card(self) -> None:
        service, summary = self.service, self.selected
        if service is None or summary is None or self.card_dialog is not None:
            return
        customer_id = summary.id
        from ..dialogs.save_card_dialog import SaveCardDialog

        dialog = SaveCardDialog(
            lambda card, tokenized, progress: service.add_card(
                customer_id, card, on_tokenized=tokenized, on_progress=progress
            ),
            customer_name=summary.display_name,
            ask_consent=True,
            business_name=self._ctx.business_name,
            parent=self.window(),
        )
        dialog.saved.connect(lambda account: self._changed(account, AttemptKind.CARD, "saved"))
        dialog.finished.connect(self._card_dialog_finished)
        self.card_dialog = dialog
        dialog.open()

    def _card_dialog_finished(self) -> None:
        dialog, self.card_dialog = self.card_dialog, None
        if dialog is not None:
            dialog.deleteLater()

    def make_default(self) -> None:
        service, summary, card = self.service, self.selected, self.selected_card()
        if service is None or summary is None or card is None:
            return
        customer_id = summary.id
        self._run(
            lambda: service.set_default(customer_id, card),
            AttemptKind.DEFAULT_CARD,
            "made the default",
            self.tr("Making it the default…"),
        )

    def remove_card(self) -> None:
        summary, card = self.selected, self.selected_card()
        if summary is None or card is None or self.account is None:
            return
        shown = next((c for c in self.account.cards if c.id == card), None)
        label = card_label(shown.brand, shown.last4) if shown is not None else self.tr("this card")
        box = QMessageBox(
            QMessageBox.Icon.Question, self.tr("Remove card"), "", parent=self.window()
        )
        box.setObjectName("removeCardConfirmBox")
        box.setText(
            self.tr("Remove {card} from {name}'s saved cards?").format(
                card=label, name=summary.display_name
            )
        )
        box.setInformativeText(self.tr("It can be saved again later only with the card in hand."))
        remove = box.addButton(self.tr("Remove card"), QMessageBox.ButtonRole.DestructiveRole)
        remove.setObjectName("removeCardConfirmButton")
        keep = box.addButton(self.tr("Keep it"), QMessageBox.ButtonRole.RejectRole)
        keep.setObjectName("removeCardCancelButton")
        box.setDefaultButton(keep)
        box.setWindowModality(Qt.WindowModality.WindowModal)
        box.finished.connect(lambda _result: self._remove_answered(box, card, shown))
        self.remove_box = box
        box.open()

    def _remove_answered(self, box: QMessageBox, card_id: str, chosen: Card | None) -> None:
        self.remove_box = None
        box.deleteLater()
        clicked = box.clickedButton()
        service, summary = self.service, self.selected
        if clicked is None or clicked.objectName() != "removeCardConfirmButton":
            return
        if service is None or summary is None:
            return
        customer_id = summary.id
        # The card as the cashier chose it: the account shown may be read again before the
        # answer comes (already without it), and the notice must still say which card went.
        self._run(
            lambda: service.remove_card(customer_id, card_id),
            AttemptKind.CARD_REMOVAL,
            "removed",
            self.tr("Removing the card…"),
            chosen,
        )

    def _run(
        self,
        work: Callable[[], CustomerAccount],
        kind: AttemptKind,
        done: str,
        progress: str,
        card: Card | None = None,
    ) -> None:
        self._detail_say(progress)
        self._busy = (
            Op(self, work)
            .success(lambda account: self._changed(account, kind, done, card))
            .failure(self._failed)
            .with_progress(progress)
            .run()
        )
        self._update_buttons()

    def _changed(
        self, account: CustomerAccount, kind: AttemptKind, done: str, card: Card | None = None
    ) -> None:
        self._busy = None
        self.directory.apply(account.summary)
        self._events.notify(kind)
        before = {c.id: c for c in self.account.cards} if self.account is not None else {}
        if self.selected is not None and self.selected.id == account.customer.id:
            self.selected = account.summary
            self._account_loaded(account)
        after = {c.id for c in account.cards}
        # The card added, or the card taken off ("Card removed." did not say which).
        if card is not None:
            touched = [card]
        else:
            touched = [c for c in account.cards if c.id not in before] or [
                c for card_id, c in before.items() if card_id not in after
            ]
        if kind is AttemptKind.DEFAULT_CARD:
            self._say(
                "approved",
                self.tr("{card} is now the default card.").format(card=account.summary.card_text),
            )
        elif touched:
            label = card_label(touched[0].brand, touched[0].last4)
            self._say("approved", self._done_words(done, True).format(card=label))
        else:
            self._say("approved", self._done_words(done, False))

    def _done_words(self, done: str, named: bool) -> str:
        """What became of a card, as a whole sentence ({card} where `named`)."""
        if done == "saved":
            return self.tr("{card} saved.") if named else self.tr("Card saved.")
        if done == "removed":
            return self.tr("{card} removed.") if named else self.tr("Card removed.")
        return self.tr("{card} made the default.") if named else self.tr("Card made the default.")

    def _failed(self, error: BaseException) -> None:
        self._busy = None
        summary = self.selected
        if isinstance(error, CustomerDeleted) and summary is not None:
            self.directory.drop(summary.id, self.tr(DELETED_ELSEWHERE))
            return
        message = cashier_message(error)
        self._detail_say("")
        self._say(
            "error", self.tr("{title}: {message}").format(title=message.title, message=message.text)
        )
        self._update_buttons()

    def charge_selected(self) -> None:
        if self.selected is not None and self.charge_button.isEnabled():
            emit(self.charge_requested, self.selected)

    def delete_customer(self) -> None:
        summary = self.selected
        if summary is None or self._ctx.manager is None or self.delete_dialog is not None:
            return
        cards = len(self.account.cards) if self.account is not None else 0
        from ..dialogs.delete_customer_dialog import DeleteCustomerDialog

        dialog = DeleteCustomerDialog(summary.display_name, cards, self.window())
        dialog.confirmed.connect(lambda reason: self._ask_pin(summary, reason))
        dialog.finished.connect(self._delete_dialog_finished)
        self.delete_dialog = dialog
        dialog.open()

    def _delete_dialog_finished(self) -> None:
        dialog, self.delete_dialog = self.delete_dialog, None
        if dialog is not None:
            dialog.deleteLater()

    def _ask_pin(self, summary: CustomerSummary, reason: str) -> None:
        manager = self._ctx.manager
        if manager is None:
            return
        from ..dialogs.pin_dialog import PinDialog

        dialog = PinDialog(
            manager,
            ManagerAction.CUSTOMER_DELETION,
            summary.id,
            self.tr("Delete {name} and their saved cards for good. Reason: {reason}").format(
                name=summary.display_name, reason=reason
            ),
            reason=reason,
            parent=self.window(),
        )
        dialog.granted.connect(lambda grant: self._delete(summary, grant))
        dialog.finished.connect(self._pin_finished)
        self.pin_dialog = dialog
        dialog.open()

    def _pin_finished(self) -> None:
        dialog, self.pin_dialog = self.pin_dialog, None
        if dialog is not None:
            dialog.deleteLater()

    def _delete(self, summary: CustomerSummary, grant: Grant) -> None:
        service = self.service
        if service is None:
            return
        self._detail_say(self.tr("Deleting…"))
        self._busy = (
            Op(self, lambda: service.delete(summary.id, grant))
            .success(lambda _none: self._deleted(summary))
            .failure(self._failed)
            .with_progress(self.tr("Deleting the customer…"))
            .run()
        )
        self._update_buttons()

    def _deleted(self, summary: CustomerSummary) -> None:
        self._busy = None
        self.directory.drop(summary.id, self.tr("{name} was deleted, with their saved cards."))
        self._events.notify(AttemptKind.CUSTOMER_DELETION)
        self._say("approved", self.tr("{name} was deleted.").format(name=summary.display_name))
        self._update_buttons()
