"""The charge page's customer part: pick a saved customer and card, charge it without a card.

A quick search over the window's customer directory (or the Customers page's Charge button)
selects a customer; their saved cards fill the picker, the default preselected, expired ones
flagged. While a customer is selected, the page's Charge button names the card and charges it
at once through `Charging.charge_customer` — same journal, idempotency key, metadata (plus
`customer`), receipt and decline handling as a walk-in charge, but no card dialog. "Repeat
last order" prefills amount and description from the customer's last successful charge. A
customer deleted elsewhere is recognised (on selection, or by the charge's refusal), taken
off the list with a notice, and never charged.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QTimer, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QWidget,
)

from pos_app.domain.errors import AttemptUnresolved, CustomerDeleted
from pos_app.domain.i18n import QT_TRANSLATE_NOOP
from pos_app.domain.money import Money

from ..amounts import format_amount
from ..events import TillEvents
from ..fitted_text import CutLabel
from ..i18n import moment_text
from ..lazy_qt import Qt, set_enum
from ..ops import Op, Task
from ..qtcompat import emit
from ..widgets import describe

if TYPE_CHECKING:
    # Made with the customer directory, after the first paint (`completer`).
    from PySide6.QtCore import QStringListModel
    from PySide6.QtWidgets import QComboBox, QCompleter

    from pos_app.domain.customers import CustomerSummary, ExpiryStatus
    from pos_app.services.attempts import AttemptProgress
    from pos_app.services.charging import ChargeRequest, ChargeResult
    from pos_app.services.context import TillContext
    from pos_app.services.customers import CustomerAccount, LastOrder

    from ..customer_directory import CustomerDirectory

__all__ = ["CustomerChargePanel"]

#: Marked for the catalogue here, translated where shown; {name} is filled in by the directory.
DELETED = QT_TRANSLATE_NOOP(
    "CustomerChargePanel",
    "{name} was deleted on another till or in the Stripe Dashboard. Nothing was charged; "
    "they are no longer on the list.",
)
_OFFERED = 8


class CustomerChargePanel(QWidget):
    """Customer and card for the sale at hand; empty for a walk-in customer."""

    #: The customer or the card changed: the page renames its Charge button.
    selection_changed = Signal()
    #: (Money, description) of the customer's last successful order.
    repeat_order = Signal(object, str)
    #: (state, words) for the page's status line.
    status_changed = Signal(str, str)
    #: The order number the charge runs under, once the journal has taken it.
    order_assigned = Signal(str)
    #: The ChargeResult once Stripe approved the charge.
    charge_succeeded = Signal(object)
    in_flight_changed = Signal(bool)

    def __init__(
        self, ctx: TillContext | None, events: TillEvents, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("customerChargePanel")
        self._events = events
        #: None until `attach`: the window paints before the services and the customer
        #: directory are imported (docs/architecture.md, "Start-up").
        self._context: TillContext | None = None
        self._directory: CustomerDirectory | None = None
        self.customer: CustomerSummary | None = None
        self.account: CustomerAccount | None = None
        self._in_flight = False
        self._order_id = ""
        self._offered: dict[str, str] = {}
        self._loading: Op[CustomerAccount] | None = None
        self._charging: Op[ChargeResult] | None = None

        self.search_input = QLineEdit(self)
        describe(
            self.search_input,
            "customerQuickSearchInput",
            self.tr("Find a saved customer"),
            self.tr(
                "Type part of a saved customer's name, e-mail or phone to charge their card on file"
            ),
        )
        self.search_input.setPlaceholderText(
            self.tr("Saved customer? Type a name, e-mail or phone")
        )
        # The list of matches is made with the directory (`attach`): nothing can be offered
        # before, and its classes need not be built before the first paint.
        self._completer: QCompleter | None = None
        self._matches: QStringListModel | None = None
        self.search_input.textEdited.connect(self._offer)

        # In a narrow window the contact goes, then the name is cut with "…" ("Zoë O'Neil ·
        # zoe@e", cut by the label's edge, read as a wrong address).
        self.selected_label = CutLabel("", self)
        describe(
            self.selected_label,
            "selectedCustomerLabel",
            self.tr("Selected customer"),
            self.tr("The saved customer this sale is charged to"),
        )
        # Buttons are made from the parent alone and given their text after: the (text,
        # parent) overload makes PySide6 build its QIcon class before the first paint.
        self.repeat_button = QPushButton(self)
        # One word: the row's room is the customer's name's (in German "Letzte Bestellung
        # wiederholen" left it a few letters at 800 px); the accessible name says it all.
        self.repeat_button.setText(self.tr("Repeat", "fill in the customer's last order"))
        describe(
            self.repeat_button,
            "repeatLastOrderButton",
            self.tr("Repeat last order"),
            self.tr("Fill in the amount and description of this customer's last order"),
        )
        self.repeat_button.setAutoDefault(False)
        self.repeat_button.clicked.connect(self.repeat_last_order)
        self.clear_button = QPushButton(self)
        self.clear_button.setText("✕")
        describe(
            self.clear_button,
            "clearCustomerButton",
            self.tr("Clear customer"),
            self.tr("Charge a walk-in customer instead (the card is keyed in)"),
        )
        self.clear_button.setAutoDefault(False)
        self.clear_button.setFixedWidth(48)
        self.clear_button.clicked.connect(self.clear)
        chosen = QWidget(self)
        chosen_row = QHBoxLayout(chosen)
        chosen_row.setContentsMargins(0, 0, 0, 0)
        chosen_row.setSpacing(8)
        chosen_row.addWidget(self.selected_label, 1)
        chosen_row.addWidget(self.repeat_button)
        chosen_row.addWidget(self.clear_button)
        self.customer_stack = QStackedWidget(self)
        self.customer_stack.addWidget(self.search_input)
        self.customer_stack.addWidget(chosen)
        self.customer_stack.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

        # The saved card's row is made when a customer is first chosen (`_card_row`): hidden
        # until then, and a combo box makes its popup's ten widgets, all given the style
        # sheet's style, before the first paint.
        self._card_picker: QComboBox | None = None
        self._card_caption: QLabel | None = None
        self._caption_width = 0

        grid = self._grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(16)
        grid.setVerticalSpacing(8)
        self._captions = [self._caption(self.tr("Customer"))]
        grid.addWidget(self._captions[0], 0, 0)
        grid.addWidget(self.customer_stack, 0, 1)
        grid.setColumnStretch(1, 1)
        self._show()
        if ctx is not None:
            self.attach(ctx)

    def attach(self, ctx: TillContext) -> None:
        """The till's services exist: the directory of saved customers comes with them."""
        from ..customer_directory import CustomerDirectory

        self._context = ctx
        self.completer  # noqa: B018  (made now, as the directory that fills it)
        directory = self._directory = CustomerDirectory.attached(self._events, ctx)
        # From the event loop: the window paints before the cached list is read.
        QTimer.singleShot(0, directory, directory.start)
        directory.customer_removed.connect(self._removed_elsewhere)
        directory.customers_updated.connect(self._updated)
        if not directory.available:
            self.hide()

    def _caption(self, text: str) -> QLabel:
        caption = QLabel(text, self)
        caption.setProperty("role", "fieldLabel")
        set_enum(caption, "alignment", "AlignRight|AlignVCenter")
        if self._caption_width:
            caption.setMinimumWidth(max(caption.sizeHint().width(), self._caption_width))
        return caption

    def _card_row(self) -> QComboBox:
        """The saved card's caption and picker below the customer, made on first use."""
        if self._card_picker is None:
            from ..cut_combo import CutComboBox

            # Its chosen card's words are cut with "…" in a narrow window, never at its edge.
            picker = self._card_picker = CutComboBox(self)
            describe(
                picker,
                "customerCardPicker",
                self.tr("Saved card"),
                self.tr("The saved card to charge; the customer's default comes first"),
            )
            picker.currentIndexChanged.connect(lambda _i: emit(self.selection_changed))
            # Where it was when made with the panel: after the customer's buttons.
            QWidget.setTabOrder(self.clear_button, picker)
            caption = self._card_caption = self._caption(self.tr("Card"))
            self._captions.append(caption)
            self._grid.addWidget(caption, 1, 0)
            self._grid.addWidget(picker, 1, 1)
        return self._card_picker

    @property
    def card_picker(self) -> QComboBox:
        """The saved card's picker (made now if no customer was chosen yet)."""
        return self._card_row()

    @property
    def completer(self) -> QCompleter:
        """The quick search's list of matching customers, made on first use."""
        if self._completer is None:
            from PySide6.QtCore import QStringListModel
            from PySide6.QtWidgets import QCompleter

            self._matches = QStringListModel(self)
            completer = self._completer = QCompleter(self._matches, self)
            completer.setObjectName("customerQuickSearchCompleter")
            completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
            completer.setMaxVisibleItems(_OFFERED)
            self.search_input.setCompleter(completer)
            completer.activated.connect(self._picked)
        return self._completer

    @property
    def _ctx(self) -> TillContext:
        assert self._context is not None, "the panel is used before the till is ready"
        return self._context

    @property
    def directory(self) -> CustomerDirectory:
        assert self._directory is not None, "the panel is used before the till is ready"
        return self._directory

    def align_captions(self, form: QGridLayout) -> None:
        """Line the captions up with those of `form` (the page's order details) below."""
        widths = [
            widget.sizeHint().width()
            for row in range(form.rowCount())
            if (item := form.itemAtPosition(row, 0)) is not None
            and (widget := item.widget()) is not None
        ]
        self._caption_width = max(widths, default=0)
        for caption in self._captions:
            caption.setMinimumWidth(max(caption.sizeHint().width(), self._caption_width))

    # -- state ------------------------------------------------------------------------------

    @property
    def in_flight(self) -> bool:
        return self._in_flight

    @property
    def has_card(self) -> bool:
        """A saved customer and one of their cards are chosen: the sale is charged to it."""
        return self.customer is not None and self.card_id() is not None

    def card_id(self) -> str | None:
        if self._card_picker is None:
            return None
        value = self._card_picker.currentData()
        return value if isinstance(value, str) and value else None

    def card_text(self) -> str:
        if self._card_picker is None:
            return ""
        text = self._card_picker.currentData(Qt.ItemDataRole.AccessibleTextRole)
        return text if isinstance(text, str) else ""

    def button_text(self, money: Money) -> str | None:
        """The Charge button's words while a saved card is chosen ("Charge $31.50 to Visa ••••
        4242"), None for a walk-in sale."""
        if not self.has_card:
            return None
        if money.amount > 0:
            return self.tr("Charge {amount} to {card}").format(
                amount=format_amount(money), card=self.card_text()
            )
        return self.tr("Charge to {card}").format(card=self.card_text())

    # -- choosing -----------------------------------------------------------------------------

    def _offer(self, text: str) -> None:
        self._offered = {}
        if self._directory is None:
            return  # typed in before the till was ready: nothing saved to offer yet
        for summary in self.directory.model.matches(text, _OFFERED):
            label = " — ".join(p for p in (summary.name, summary.email or summary.phone) if p)
            if label in self._offered:
                label = f"{label} ({summary.id})"
            self._offered[label or summary.id] = summary.id
        completer = self.completer
        assert self._matches is not None  # made with the completer
        self._matches.setStringList(list(self._offered))
        if self._offered:
            completer.complete()

    def _picked(self, text: str) -> None:
        customer_id = self._offered.get(text)
        summary = self.directory.model.get(customer_id) if customer_id else None
        if summary is not None:
            self.select(summary)

    def select(self, summary: CustomerSummary) -> None:
        """Charge this sale to `summary` (their default card until another is picked)."""
        if self._in_flight:
            return
        self.customer, self.account = summary, None
        self.search_input.clear()
        self._show()
        self._load()
        emit(self.status_changed, "idle", self.ready_words())

    def ready_words(self) -> str:
        """What the page's status line says while the sale waits for its amount with a saved
        customer chosen, or "" for a walk-in sale. Without the customer's name, which the row
        above shows (cut to fit): a long one made the line four lines high, more than a
        1024 x 600 panel has room for."""
        if self.customer is None:
            return ""
        return self.tr("Type the amount, then press Enter to charge the saved card.")

    def clear(self) -> None:
        """Back to a walk-in sale."""
        if self._in_flight:
            return
        chosen = self.customer is not None
        self.customer, self.account = None, None
        self._show()
        if chosen:
            emit(
                self.status_changed, "idle", self.tr("Type an amount, then press Enter to charge.")
            )

    def _load(self) -> None:
        service, summary = self._ctx.customers, self.customer
        if service is None or summary is None:
            return
        customer_id = summary.id
        self._loading = (
            Op(self, lambda: service.account(customer_id))
            .success(self._loaded)
            .failure(lambda error: self._load_failed(customer_id, error))
            .run()
        )

    def _loaded(self, account: CustomerAccount) -> None:
        if self.customer is None or self.customer.id != account.customer.id or self._in_flight:
            return
        self.account = account
        self.customer = account.summary
        self.directory.apply(account.summary)
        self._show()

    def _load_failed(self, customer_id: str, error: BaseException) -> None:
        if isinstance(error, CustomerDeleted):
            self.directory.drop(customer_id, self.tr(DELETED))
            return
        if self.customer is not None and self.customer.id == customer_id:
            from pos_app.services.messages import cashier_message

            emit(
                self.status_changed,
                "error",
                self.tr("Could not load the customer's cards: {reason}").format(
                    reason=cashier_message(error).text
                ),
            )

    def _removed_elsewhere(self, customer_id: str, notice: str) -> None:
        if self.customer is not None and self.customer.id == customer_id and not self._in_flight:
            self.customer, self.account = None, None
            self._show()
            emit(self.status_changed, "error", notice)

    def _updated(self, summaries: list[CustomerSummary]) -> None:
        if self.customer is None or self.account is not None:
            return
        mine = next((s for s in summaries if s.id == self.customer.id), None)
        if mine is not None:
            self.customer = mine
            self._show()

    def _show(self) -> None:
        summary = self.customer
        chosen = summary is not None
        self.customer_stack.setCurrentIndex(1 if chosen else 0)
        keep = self.card_id()
        picker = self._card_row() if chosen else self._card_picker
        if picker is None:  # no customer was ever chosen: nothing to hide or fill
            self._show_customer_buttons()
            return
        if self._card_caption is not None:
            self._card_caption.setVisible(chosen)
        picker.setVisible(chosen)
        picker.blockSignals(True)
        picker.clear()
        if summary is not None:
            contact = summary.email or summary.phone
            shown = (
                f"{summary.name} · {contact}"
                if summary.name and contact
                else (summary.display_name)
            )
            self.selected_label.set_whole(shown, summary.display_name)
            self._fill_cards(summary, keep)
        else:
            self.selected_label.set_whole("")
        picker.blockSignals(False)
        picker.setEnabled(not self._in_flight)
        self._show_customer_buttons()

    def _show_customer_buttons(self) -> None:
        last = self.account.last_order if self.account is not None else None
        self.repeat_button.setEnabled(last is not None and not self._in_flight)
        self.repeat_button.setToolTip(
            _last_order_tip(last) if last is not None else self.tr("No earlier order to repeat")
        )
        self.clear_button.setEnabled(not self._in_flight)
        emit(self.selection_changed)

    def _fill_cards(self, summary: CustomerSummary, keep: str | None) -> None:
        today = self._ctx.today()
        if self.account is None:
            # Until the cards are read: the default the list knows about.
            if summary.has_card:
                self._add_card(summary.card_id, summary.card_text, summary.expiry, True, None)
            return
        from pos_app.domain.customers import card_label, expiry_status, expiry_text

        default = self.account.customer.default_source
        cards = sorted(self.account.cards, key=lambda c: c.id != default)
        for card in cards:
            status = expiry_status(card.exp_month, card.exp_year, today)
            self._add_card(
                card.id,
                card_label(card.brand, card.last4),
                expiry_text(card.exp_month, card.exp_year),
                card.id == default,
                status,
            )
        if not cards:
            self.card_picker.addItem(self.tr("No card on file — add one on the Customers page"), "")
        ids = [self.card_picker.itemData(i) for i in range(self.card_picker.count())]
        if keep in ids:
            self.card_picker.setCurrentIndex(ids.index(keep))

    def _add_card(
        self,
        card_id: str,
        label: str,
        expires: str,
        is_default: bool,
        status: ExpiryStatus | None,
    ) -> None:
        # The customer's domain is imported with the services, after the first paint.
        from pos_app.domain.customers import ExpiryStatus

        words = [label]
        if expires:
            words.append(self.tr("exp. {expiry}").format(expiry=expires))
        if status is ExpiryStatus.EXPIRED:
            words.append(self.tr("EXPIRED"))
        elif status is ExpiryStatus.SOON:
            words.append(self.tr("expires soon"))
        if is_default:
            words.append(self.tr("default", "the customer's default card"))
        self.card_picker.addItem(" · ".join(words), card_id)
        self.card_picker.setItemData(
            self.card_picker.count() - 1, label, Qt.ItemDataRole.AccessibleTextRole
        )

    def repeat_last_order(self) -> None:
        last = self.account.last_order if self.account is not None else None
        if last is not None:
            emit(self.repeat_order, last.amount, last.description)

    # -- charging -----------------------------------------------------------------------------

    def charge(self, request: ChargeRequest) -> None:
        """Charge the chosen card for `request` at once (no card dialog)."""
        summary, card_id = self.customer, self.card_id()
        if summary is None or card_id is None or self._in_flight:
            return
        charges, label = self._ctx.charges, self.card_text()
        self._order_id = request.order_id
        self._set_in_flight(True)
        emit(self.status_changed, "working", self.tr("Charging {card}…").format(card=label))

        def work(task: Task[AttemptProgress]) -> ChargeResult:
            return charges.charge_customer(request, summary.id, card_id, on_progress=task.report)

        self._charging = (
            Op.task(self, work, self._progress)
            .success(self._charged)
            .failure(lambda error: self._charge_failed(summary, error))
            .keeps_open()
            .run()
        )

    def _progress(self, event: AttemptProgress) -> None:
        from pos_app.services.attempts import AttemptPhase

        if event.order_id and event.order_id != self._order_id:
            self._order_id = event.order_id
            emit(self.order_assigned, event.order_id)
        if event.phase is AttemptPhase.CHECKING:
            emit(
                self.status_changed,
                "unknown",
                self.tr("Checking payment status… Do not charge the card again."),
            )

    def _charged(self, result: ChargeResult) -> None:
        self._charging = None
        self._set_in_flight(False)
        emit(self.charge_succeeded, result)
        # The sale is done: the next one starts as a walk-in (the page says "Approved").
        self.customer, self.account = None, None
        self._show()

    def _charge_failed(self, summary: CustomerSummary, error: BaseException) -> None:
        self._charging = None
        self._set_in_flight(False)
        if isinstance(error, CustomerDeleted):
            self.directory.drop(summary.id, self.tr(DELETED))
            return
        if isinstance(error, AttemptUnresolved):
            emit(
                self.status_changed,
                "unknown",
                self.tr(
                    "Stripe has not confirmed this payment yet. Do not charge the card again: "
                    "the order stays open and the till keeps checking. History shows the outcome."
                ),
            )
            return
        from pos_app.services.messages import cashier_message

        message = cashier_message(error)
        state = {"declined": "declined", "invalid": "invalid", "unknown": "unknown"}.get(
            message.kind, "error"
        )
        words = message.text
        if self._order_id and state in ("declined", "error"):
            words = self.tr("{message} Order {order} is still open.").format(
                message=words, order=self._order_id
            )
        emit(self.status_changed, state, words)

    def _set_in_flight(self, in_flight: bool) -> None:
        self._in_flight = in_flight
        self.search_input.setEnabled(not in_flight)
        self.clear_button.setEnabled(not in_flight)
        if self._card_picker is not None:
            self._card_picker.setEnabled(not in_flight)
        self.repeat_button.setEnabled(not in_flight and self.account is not None)
        emit(self.in_flight_changed, in_flight)


def _last_order_tip(last: LastOrder) -> str:
    when = moment_text(last.created, "dd MMM yyyy")
    amount = format_amount(last.amount)
    if last.description:
        return QCoreApplication.translate(
            "CustomerChargePanel", "Fill in {amount} — {description} (last order, {date})"
        ).format(amount=amount, description=last.description, date=when)
    return QCoreApplication.translate(
        "CustomerChargePanel", "Fill in {amount} (last order, {date})"
    ).format(amount=amount, date=when)
