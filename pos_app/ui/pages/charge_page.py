"""The charge page: amount, keypad and order details; opens the card dialog and then the receipt."""

from __future__ import annotations

from itertools import pairwise
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QShortcut
from PySide6.QtWidgets import (
    QGridLayout,
    QLabel,
    QLineEdit,
    QSpacerItem,
    QVBoxLayout,
    QWidget,
)

from pos_app.domain.errors import ValidationError
from pos_app.domain.i18n import QT_TRANSLATE_NOOP
from pos_app.domain.keys import Mode
from pos_app.domain.money import Money, check_chargeable
from pos_app.services.identity import TillIdentity

from ..amounts import format_amount
from ..events import TillEvents
from ..fitted_text import FittingButton
from ..lazy_qt import Qt, set_enum, set_shortcut
from ..ops import Op
from ..qtcompat import emit
from ..room import CompactRoom, height_needed
from ..style import set_state
from ..widgets import AmountInput, Keypad, StatusLine, describe, sentence
from .customer_charge_panel import CustomerChargePanel

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMessageBox

    from pos_app.services.charging import ChargeRequest, ChargeResult
    from pos_app.services.context import TillContext
    from pos_app.services.manager import Grant

    from ..dialogs.card_dialog import CardDialog
    from ..dialogs.pin_dialog import PinDialog
    from ..dialogs.receipt_dialog import ReceiptDialog

__all__ = ["ChargePage"]

#: The order's column's least width (px): 800 px windows give it this, the keypad the rest.
_ORDER_COLUMN_MIN_WIDTH = 480
#: The page's vertical room (px): its top and bottom margin, the spacing between the amount,
#: the order's part and Charge, and the gap above the status line. Compact where the page is
#: lower than its layout needs (ui/room.py): a saved customer's Card row on a 1024 x 600
#: panel with a title bar. The amount's digits get smaller there too (style.qss).
_ROOMY = (12, 12, 8)
_COMPACT = (6, 8, 0)

#: Marked for the catalogue here, translated where shown (`self.tr(_READY)`).
_READY = QT_TRANSLATE_NOOP("ChargePage", "Type an amount, then press Enter to charge.")
#: Until the till's services are built, just after the window first painted.
_GETTING_READY = QT_TRANSLATE_NOOP("ChargePage", "Getting ready…")
#: Outcomes of the last sale: they leave as soon as the next amount is typed. An unknown
#: outcome stays ("do not charge the card again" is about that customer's card).
_STALE_WHEN_TYPING = ("approved", "declined", "error", "invalid", "idle")

_FIELD_NAMES = {
    "amount": QT_TRANSLATE_NOOP("ChargePage", "Amount"),
    "order_id": QT_TRANSLATE_NOOP("ChargePage", "Order number"),
    "description": QT_TRANSLATE_NOOP("ChargePage", "Description"),
    "receipt_email": QT_TRANSLATE_NOOP("ChargePage", "Receipt e-mail"),
}


class ChargePage(QWidget):
    """Where a sale is rung up: the amount is the biggest thing, one primary action."""

    charge_approved = Signal(object)
    in_flight_changed = Signal(bool)
    #: Nothing stops a charge any more (services attached, nothing waited for).
    ready_to_charge = Signal()

    def __init__(
        self,
        till: TillContext | TillIdentity,
        events: TillEvents,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("chargePage")
        # Given only the till's identity, the page shows at once and waits for `attach`
        # (the services are built after the window's first paint): Charge stays disabled
        # and an Enter meanwhile is remembered, then charged once the till is ready.
        ctx = None if isinstance(till, TillIdentity) else till
        self._context: TillContext | None = None
        self._charge_when_ready = False
        self._events = events
        self.card_dialog: CardDialog | None = None
        self.receipt_dialog: ReceiptDialog | None = None
        self.live_confirm_box: QMessageBox | None = None
        self.large_confirm_box: QMessageBox | None = None
        self.live_pin_dialog: PinDialog | None = None
        self._pending_request: ChargeRequest | None = None
        #: Why nothing can be charged yet (the training sandbox still starting), or None.
        self.waiting_for: str | None = None

        self.amount_input = AmountInput(till.currency, self)
        describe(
            self.amount_input,
            "amountInput",
            self.tr("Amount"),
            self.tr(
                "Type the amount: digits fill from the cents, a decimal point also works "
                "(Enter charges, Esc clears)"
            ),
        )
        self.keypad = Keypad(self)
        self.keypad.key_pressed.connect(self._keypad_pressed)

        self.order_id_input = QLineEdit(self)
        describe(
            self.order_id_input,
            "orderIdInput",
            self.tr("Order number"),
            self.tr(
                "Order number: the register's next number is taken when the card is charged; "
                "type one to match a paper order (Tab)"
            ),
        )
        self.order_id_input.setPlaceholderText(self.tr("Next number, taken when charged"))
        self.description_input = QLineEdit(self)
        describe(
            self.description_input,
            "descriptionInput",
            self.tr("Description"),
            self.tr("What was sold, shown on the receipt (optional, Tab)"),
        )
        self.description_input.setMaxLength(500)
        self.description_input.setPlaceholderText(self.tr("e.g. 2 coffees"))
        self.receipt_email_input = QLineEdit(self)
        describe(
            self.receipt_email_input,
            "receiptEmailInput",
            self.tr("Receipt e-mail"),
            self.tr("Customer's e-mail for Stripe's receipt (optional, Tab)"),
        )
        self.receipt_email_input.setPlaceholderText(
            self.tr("customer@example.com", "an example e-mail address")
        )
        if till.mode is Mode.SANDBOX:
            # Nothing leaves this computer in training: there is no one to send a mail.
            self.receipt_email_input.setEnabled(False)
            self.receipt_email_input.setPlaceholderText(self.tr("Not sent in training mode"))
            self.receipt_email_input.setToolTip(
                self.tr(
                    "Receipt e-mails are sent by Stripe for live charges only; "
                    "training mode sends nothing"
                )
            )
        form = QGridLayout()
        form.setHorizontalSpacing(16)
        form.setVerticalSpacing(8)
        for row, (caption, field) in enumerate(
            (
                (self.tr("Order number"), self.order_id_input),
                (self.tr("Description"), self.description_input),
                (self.tr("Receipt e-mail"), self.receipt_email_input),
            )
        ):
            label = QLabel(caption, self)
            label.setProperty("role", "fieldLabel")
            label.setBuddy(field)
            set_enum(label, "alignment", "AlignRight|AlignVCenter")
            form.addWidget(label, row, 0)
            form.addWidget(field, row, 1)
        form.setColumnStretch(1, 1)

        # Says at once what `_show_readiness` will: the line's style is then applied once.
        reason = self._blocked_reason()
        self.status = StatusLine(
            "chargeStatusLabel",
            self,
            state="working" if reason else "idle",
            text=reason or self.tr(_READY),
        )
        # "Charge $12.50 to Visa •••• 4242", or "Charge $12.50" where that does not fit (the
        # card is named just above it): a French "Débiter 12,50 € sur Mastercard •••• 44" was
        # cut at both ends at 800 px.
        self.charge_button = FittingButton(self)
        describe(
            self.charge_button,
            "chargeButton",
            self.tr("Charge"),
            self.tr("Take the card payment for this amount (Enter)"),
        )
        self.charge_button.setProperty("role", "primary")
        # Its icon comes from the style sheet (#chargeButton).
        self.charge_button.setMinimumHeight(72)
        self.charge_button.clicked.connect(self.start_charge)

        grid = self._grid = QGridLayout(self)
        grid.setHorizontalSpacing(24)
        self.customer_panel = CustomerChargePanel(None, events, self)
        self.customer_panel.align_captions(form)
        self.customer_panel.selection_changed.connect(self._customer_changed)
        self.customer_panel.in_flight_changed.connect(self._customer_charge_in_flight)
        self.customer_panel.status_changed.connect(self._dialog_status)
        self.customer_panel.order_assigned.connect(self.order_id_input.setText)
        self.customer_panel.charge_succeeded.connect(self._approved)
        self.customer_panel.repeat_order.connect(self._repeat_order)
        left = QVBoxLayout()
        # The customer row and the order's fields read as one form (their captions line up),
        # spaced like its rows: the page then still fits a 1024 x 600 panel.
        left.setSpacing(8)
        left.addWidget(self.customer_panel)
        left.addLayout(form)
        left.addStretch(1)
        self._status_gap = QSpacerItem(0, 0)
        left.addItem(self._status_gap)
        left.addWidget(self.status)
        self._left = left
        self._set_room(False)
        self._room = CompactRoom(self, self._height_needed, self._set_room)
        # The keypad runs the full height beside amount, details and Charge, as on a card
        # terminal: the page then fits a 1024 x 600 panel with keys of full size.
        grid.addWidget(self.amount_input, 0, 0)
        grid.addLayout(left, 1, 0)
        grid.addWidget(self.keypad, 0, 1, 3, 1)
        grid.addWidget(self.charge_button, 2, 0)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 2)
        # At the window's narrowest the order's column keeps room for a saved card's words
        # (its picker and Charge button); the keypad's keys stay above their 64 px.
        grid.setColumnMinimumWidth(0, _ORDER_COLUMN_MIN_WIDTH)
        grid.setRowStretch(1, 1)

        for field in (
            self.amount_input,
            self.order_id_input,
            self.description_input,
            self.receipt_email_input,
        ):
            field.returnPressed.connect(self.start_charge)
        self.order_id_input.textEdited.connect(self._field_edited)
        self.receipt_email_input.textEdited.connect(self._field_edited)
        self.amount_input.amount_changed.connect(self._amount_changed)
        self.amount_input.refused.connect(self._amount_refused)
        self.description_input.textEdited.connect(self._field_edited)
        # Tab goes the way the eye does: the amount, the customer (its search, or the chosen
        # one's buttons and card), the order's fields, then Charge.
        panel = self.customer_panel
        chain = (
            self.amount_input,
            panel.search_input,
            panel.repeat_button,
            panel.clear_button,
            self.order_id_input,
            self.description_input,
            self.receipt_email_input,
            self.charge_button,
        )
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)
        escape = QShortcut(self)
        set_shortcut(escape, "Esc", "key")
        set_enum(escape, "context", "WidgetWithChildrenShortcut")
        escape.activated.connect(self.back_out)

        self.amount_input.setFocus()
        if ctx is not None:
            self.attach(ctx)
        else:
            self._show_readiness()

    def attach(self, ctx: TillContext) -> None:
        """The till's services are built: Charge works (at once, if Enter came meanwhile)."""
        self._context = ctx
        self.customer_panel.attach(ctx)
        self._show_readiness()

    @property
    def ready(self) -> bool:
        """The services are attached (charging may still wait, see `waiting_for`)."""
        return self._context is not None

    @property
    def _ctx(self) -> TillContext:
        assert self._context is not None, "the charge page is used before the till is ready"
        return self._context

    def _blocked_reason(self) -> str | None:
        """Why nothing can be charged yet, or None."""
        if self.waiting_for:
            return self.waiting_for
        return None if self.ready else self.tr(_GETTING_READY)

    def _show_readiness(self) -> None:
        reason = self._blocked_reason()
        self.status.set_status("working" if reason else "idle", reason or self._ready_words())
        self._update_charge_button()
        if reason is None:
            self.ready_to_charge.emit()
        if reason is None and self._charge_when_ready:
            self._charge_when_ready = False
            # From the event loop, as if Enter was pressed now.
            QTimer.singleShot(0, self, self.start_charge)

    # -- room ---------------------------------------------------------------------------

    @property
    def compact(self) -> bool:
        """The page takes its compact room (`_set_room`): it is lower than it needs."""
        return self._room.compact

    def _height_needed(self) -> int:
        return height_needed(self, self.status)

    def _set_room(self, compact: bool) -> None:
        """Compact room while the page is lower than its layout needs (ui/room.py): it saves
        about 47 px, what a saved customer's Card row takes."""
        margin, spacing, gap = _COMPACT if compact else _ROOMY
        self._grid.setContentsMargins(24, margin, 24, margin)
        self._grid.setVerticalSpacing(spacing)
        self._status_gap.changeSize(0, gap)
        self._left.invalidate()
        if compact:
            set_state(self.amount_input, "compact", "density")
        elif self.amount_input.property("density") is not None:
            set_state(self.amount_input, "roomy", "density")

    # -- state ----------------------------------------------------------------------------

    @property
    def payment_in_flight(self) -> bool:
        """A payment is being charged or its outcome checked: nothing may close or recharge."""
        dialog = self.card_dialog
        return (dialog is not None and dialog.in_flight) or self.customer_panel.in_flight

    def money(self) -> Money:
        return self.amount_input.money()

    def _amount_changed(self, money: object) -> None:
        """The cashier typed: the last sale's words go, the button follows the amount."""
        assert isinstance(money, Money)
        self._mark_invalid(self.amount_input, False)
        if self.card_dialog is None and self.status.state in _STALE_WHEN_TYPING:
            reason = self.amount_input.problem() or self._minimum_reason(money)
            self.status.set_status("idle", reason or self._ready_words())
        self._update_charge_button()

    def _ready_words(self) -> str:
        """The idle line: whose saved card the sale is charged to (the line said so when the
        customer was chosen, and keeps saying it while the amount is typed), else how to
        charge."""
        return self.customer_panel.ready_words() or self.tr(_READY)

    def set_waiting(self, reason: str | None) -> None:
        """Charge stays disabled, saying `reason`, until called again with None."""
        self.waiting_for = reason
        self._show_readiness()

    def _minimum_reason(self, money: Money) -> str:
        """Why Charge stays disabled for an amount above zero, or "" when it may charge."""
        if money.amount <= 0:
            return ""
        try:
            check_chargeable(money, format_amount)
        except ValidationError as exc:
            return sentence(exc.message)
        return ""

    def _update_charge_button(self) -> None:
        money = self.amount_input.money()
        # Half-typed thousands ("1,2"): no amount is named until its digits are all there.
        problem = self.amount_input.problem()
        text = (
            self.tr("Charge {amount}").format(amount=format_amount(money))
            if money.amount > 0 and not problem
            else self.tr("Charge")
        )
        with_card = self.customer_panel.button_text(Money(0, money.currency) if problem else money)
        self.charge_button.set_forms(*((with_card, text) if with_card else (text,)))
        reason = self._blocked_reason() or problem or self._minimum_reason(money)
        self.charge_button.setEnabled(
            money.amount > 0
            and not reason
            and self.card_dialog is None
            and not self.customer_panel.in_flight
        )
        self.charge_button.setToolTip(
            reason or self.tr("Take the card payment for this amount (Enter)")
        )

    def _amount_refused(self, reason: str) -> None:
        # A key that changed nothing says why, where the cashier looks (docs/ui.md).
        self.status.set_status("invalid", reason)

    def _keypad_pressed(self, key: str) -> None:
        if self.card_dialog is None:
            self.amount_input.press(key)
            self.amount_input.setFocus()

    def _field_edited(self) -> None:
        sender = self.sender()
        if isinstance(sender, QLineEdit):
            named = sender.property("invalid") is True
            self._mark_invalid(sender, False)
            if named and self.status.state == "invalid" and self.card_dialog is None:
                # The field the message was about is being fixed: the message goes with it.
                self.status.set_status("idle", self._ready_words())

    def _mark_invalid(self, field: QWidget, invalid: bool) -> None:
        field.setProperty("invalid", invalid)
        set_state(field, "error" if invalid else "")

    def back_out(self) -> None:
        """Esc: clear the amount; pressed again on an empty amount, clear the order details."""
        if self.card_dialog is not None:
            return
        if self.amount_input.money().amount:
            self.amount_input.clear_amount()
        else:
            self.description_input.clear()
            self.receipt_email_input.clear()
        self._charge_when_ready = False
        if not self._blocked_reason():
            self.status.set_status("idle", self._ready_words())
        self.amount_input.setFocus()

    # -- charging -------------------------------------------------------------------------

    def start_charge(self) -> None:
        """Validate the order (nothing is sent on error), confirm live mode, open the card."""
        if (
            self.card_dialog is not None
            or self.live_confirm_box is not None
            or self.large_confirm_box is not None
        ):
            return
        if self.live_pin_dialog is not None:
            return
        amount = self.amount_input.money()
        problem = self.amount_input.problem()
        if problem:
            self._invalid(ValidationError("amount", problem))
            return
        if self._blocked_reason():
            # Not lost: charged as soon as the till is ready (Esc forgets it).
            self._charge_when_ready = amount.amount > 0
            return
        if amount.amount <= 0:
            self._invalid(ValidationError("amount", self.tr("Type the amount to charge.")))
            return
        try:
            request = self._ctx.charges.build_request(
                amount=amount,
                order_id=self.order_id_input.text(),
                description=self.description_input.text(),
                receipt_email=self.receipt_email_input.text(),
            )
        except ValidationError as exc:
            self._invalid(exc)
            return
        limit = self._ctx.confirm_above
        if limit is not None and limit.currency == amount.currency and amount.amount > limit.amount:
            self._confirm_large(request)
        else:
            self._confirmed_amount(request)

    def _confirmed_amount(self, request: ChargeRequest) -> None:
        if self._ctx.live_confirmation_needed():
            self._confirm_live(request)
        else:
            self._open_card_dialog(request)

    def _invalid(self, exc: ValidationError) -> None:
        name = self.tr(_FIELD_NAMES[exc.field]) if exc.field in _FIELD_NAMES else exc.field
        self.status.set_status(
            "invalid",
            self.tr("{field}: {problem} Nothing was sent.").format(
                field=name, problem=sentence(exc.message)
            ),
        )
        field = {
            "amount": self.amount_input,
            "order_id": self.order_id_input,
            "description": self.description_input,
            "receipt_email": self.receipt_email_input,
        }.get(exc.field, self.amount_input)
        self._mark_invalid(field, True)
        field.setFocus()

    def _confirm_large(self, request: ChargeRequest) -> None:
        """An amount above the shop's threshold is read back before the card is asked for: a
        slipped finger on the keypad must not become a real charge."""
        self._pending_request = request
        limit = self._ctx.confirm_above
        assert limit is not None
        amount = format_amount(request.amount)
        # The confirmations are imported when first asked for, like the dialogs: the window
        # paints without building their classes (ui/lazy_qt.py).
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(
            QMessageBox.Icon.Question, self.tr("Check the amount"), "", parent=self.window()
        )
        box.setObjectName("largeAmountBox")
        box.setText(self.tr("Charge {amount}?").format(amount=amount))
        box.setInformativeText(
            self.tr("This is more than {limit}. Check the amount with the customer.").format(
                limit=format_amount(limit)
            )
        )
        charge = box.addButton(
            self.tr("Charge {amount}").format(amount=amount), QMessageBox.ButtonRole.AcceptRole
        )
        charge.setObjectName("largeAmountConfirmButton")
        change = box.addButton(self.tr("Change the amount"), QMessageBox.ButtonRole.RejectRole)
        change.setObjectName("largeAmountChangeButton")
        box.setDefaultButton(change)
        box.setWindowModality(Qt.WindowModality.WindowModal)
        box.finished.connect(self._large_confirm_finished)
        self.large_confirm_box = box
        box.open()

    def _large_confirm_finished(self) -> None:
        box, request = self.large_confirm_box, self._pending_request
        self.large_confirm_box, self._pending_request = None, None
        if box is None or request is None:
            return
        box.deleteLater()
        clicked = box.clickedButton()
        if clicked is not None and clicked.objectName() == "largeAmountConfirmButton":
            self._confirmed_amount(request)
        else:
            self.status.set_status(
                "idle", self.tr("Not charged. Correct the amount, then press Enter.")
            )
            self.amount_input.setFocus()

    def _confirm_live(self, request: ChargeRequest) -> None:
        self._pending_request = request
        from PySide6.QtWidgets import QMessageBox  # see _confirm_large

        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Live mode"), "", parent=self.window())
        box.setObjectName("liveConfirmBox")
        box.setText(
            self.tr("This till is in LIVE mode. {amount} will be charged to a real card.").format(
                amount=format_amount(request.amount)
            )
        )
        box.setInformativeText(self.tr("Confirm once per day before the first live charge."))
        charge = box.addButton(
            self.tr("Charge {amount} for real").format(amount=format_amount(request.amount)),
            QMessageBox.ButtonRole.AcceptRole,
        )
        charge.setObjectName("liveConfirmButton")
        cancel = box.addButton(self.tr("Cancel"), QMessageBox.ButtonRole.RejectRole)
        cancel.setObjectName("liveCancelButton")
        box.setDefaultButton(cancel)
        box.setWindowModality(Qt.WindowModality.WindowModal)
        box.finished.connect(self._live_confirm_finished)
        self.live_confirm_box = box
        box.open()

    def _live_confirm_finished(self) -> None:
        box, request = self.live_confirm_box, self._pending_request
        self.live_confirm_box, self._pending_request = None, None
        if box is None or request is None:
            return
        box.deleteLater()
        clicked = box.clickedButton()
        if clicked is not None and clicked.objectName() == "liveConfirmButton":
            self._ask_live_approval(request)
        else:
            self.status.set_status("idle", self.tr("Live charge cancelled. Nothing was charged."))

    def _ask_live_approval(self, request: ChargeRequest) -> None:
        """Live charging is a manager's decision: their PIN, recorded in the audit trail."""
        manager = self._ctx.manager
        if manager is None:
            self.status.set_status(
                "error",
                self.tr(
                    "Live charging needs a manager's PIN, and none is set up. Nothing was charged."
                ),
            )
            return
        day = self._ctx.today()
        from pos_app.services.manager import ManagerAction

        from ..dialogs.pin_dialog import PinDialog

        dialog = PinDialog(
            manager,
            ManagerAction.LIVE_MODE,
            f"live:{day.isoformat()}",
            self.tr("Approve live charging for today: real cards, starting with {amount}.").format(
                amount=format_amount(request.amount)
            ),
            reason="live mode confirmed for the day",
            parent=self.window(),
        )
        dialog.granted.connect(lambda grant: self._live_approved(request, grant))
        dialog.finished.connect(self._live_pin_closed)
        self.live_pin_dialog = dialog
        dialog.open()

    def _live_approved(self, request: ChargeRequest, grant: Grant) -> None:
        day = self._ctx.confirm_live_today()
        store, trail = self._ctx.store_live_confirmation, self._ctx.trail
        from pos_app.services.manager import ManagerAction

        def remember() -> None:
            store(day)
            if trail is not None:
                trail.record(ManagerAction.LIVE_MODE.value, grant.subject, reason=grant.reason)

        Op(self, remember).run()
        self._open_card_dialog(request)

    def _live_pin_closed(self, result: int) -> None:
        dialog, self.live_pin_dialog = self.live_pin_dialog, None
        if dialog is not None:
            dialog.deleteLater()
        from PySide6.QtWidgets import QDialog  # built with the first dialog, not at start

        if result != QDialog.DialogCode.Accepted.value:
            self.status.set_status(
                "idle", self.tr("Live charge not approved. Nothing was charged.")
            )

    def _open_card_dialog(self, request: ChargeRequest) -> None:
        if self.customer_panel.has_card:
            self.customer_panel.charge(request)  # a saved card: no card dialog
            return
        from ..dialogs.card_dialog import CardDialog

        dialog = CardDialog(self._ctx.charges, request, self.window())
        dialog.status_changed.connect(self._dialog_status)
        dialog.order_assigned.connect(self.order_id_input.setText)
        dialog.charge_succeeded.connect(self._approved)
        dialog.in_flight_changed.connect(self.in_flight_changed)
        dialog.finished.connect(self._dialog_finished)
        self.card_dialog = dialog
        self.charge_button.setEnabled(False)
        self.status.set_status(
            "idle",
            self.tr("Waiting for the card: {amount}").format(amount=format_amount(request.amount)),
        )
        dialog.open()

    def _dialog_status(self, state: str, text: str) -> None:
        self.status.set_status(state, text)

    def _approved(self, result: ChargeResult) -> None:
        charge = result.charge
        card = (
            charge.card.masked
            if charge.card is not None
            else self.tr("card", "the card of an approved sale, when its number is not known")
        )
        self.status.set_status(
            "approved",
            self.tr("Approved {amount} — {card} — order {order}").format(
                amount=format_amount(charge.amount), card=card, order=result.order_id
            ),
        )
        email = self.card_dialog.request.receipt_email if self.card_dialog is not None else ""
        self.amount_input.clear_amount()
        self.description_input.clear()
        self.receipt_email_input.clear()
        self.order_id_input.clear()
        emit(self.charge_approved, result)
        from pos_app.domain.attempts import AttemptKind

        self._events.notify(AttemptKind.CHARGE)
        # The approval moment: amount, card and order at a glance, the receipt choices, and
        # "New sale" as the default button (docs/ui.md "The approval").
        printing = self._ctx.printing
        sender = None
        if self._ctx.receipt_emails_sent and not email:
            # Where Stripe e-mails receipts (live), the customer may still ask for one.
            charges, charge_id, order_id = self._ctx.charges, charge.id, result.order_id

            def sender(address: str) -> object:
                return charges.email_receipt(charge_id, address, order_id=order_id)

        from ..dialogs.receipt_dialog import ReceiptDialog

        receipt = ReceiptDialog(
            self._ctx.receipts,
            result.receipt,
            self.window(),
            approved=True,
            email_note=self._email_note(email),
            email_sender=sender,
            printing=printing,
            # Every approved sale prints at once when the shop asks for it (never a reprint).
            auto_print=printing is not None and printing.setup.auto_print,
        )
        receipt.finished.connect(self._receipt_finished)
        self.receipt_dialog = receipt
        receipt.open()

    def _email_note(self, email: str) -> str:
        if not email:
            return ""
        if self._ctx.receipt_emails_sent:
            return self.tr("Stripe e-mails its receipt to {email}.").format(email=email)
        return self.tr(
            "Not e-mailed to {email}: Stripe sends receipt e-mails for live charges only."
        ).format(email=email)

    def _dialog_finished(self, result: int) -> None:
        dialog = self.card_dialog
        self.card_dialog = None
        if dialog is not None:
            dialog.deleteLater()
        from PySide6.QtWidgets import QDialog  # built with the first dialog, not at start

        if result != QDialog.DialogCode.Accepted.value:
            if self.status.state == "unknown":
                pass  # the words already say: not known yet, do not charge again
            elif self.status.state in ("declined", "error", "invalid"):
                order = self.order_id_input.text()
                if order:
                    text = self.tr("{message} Order {order} is still open.").format(
                        message=self.status.text(), order=order
                    )
                    self.status.set_status(self.status.state, text)
            else:
                self.status.set_status("idle", self.tr("Cancelled. Nothing was charged."))
        self._update_charge_button()
        if self.receipt_dialog is None:
            self.amount_input.setFocus()

    def _customer_changed(self) -> None:
        self._amount_changed(self.money())

    def _customer_charge_in_flight(self, in_flight: bool) -> None:
        emit(self.in_flight_changed, in_flight)
        self._amount_changed(self.money())

    def _repeat_order(self, amount: Money, description: str) -> None:
        self.amount_input.set_money(amount)
        self.description_input.setText(description)
        self.amount_input.setFocus()

    def _receipt_finished(self) -> None:
        self.receipt_dialog = None
        self.amount_input.setFocus()
