"""The charge page: amount, keypad and order details; opens the card dialog and then the receipt."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QGridLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from pos_app.domain.attempts import AttemptKind
from pos_app.domain.errors import ValidationError
from pos_app.domain.keys import Mode
from pos_app.domain.money import Money, format_money
from pos_app.services.manager import Grant, ManagerAction

from ..dialogs.card_dialog import CardDialog
from ..dialogs.pin_dialog import PinDialog
from ..dialogs.receipt_dialog import ReceiptDialog
from ..events import TillEvents
from ..ops import Op
from ..qtcompat import emit
from ..style import icon, set_state
from ..widgets import AmountInput, Keypad, StatusLine, describe

if TYPE_CHECKING:
    from pos_app.services.charging import ChargeRequest, ChargeResult
    from pos_app.services.context import TillContext

__all__ = ["ChargePage"]

_FIELD_NAMES = {
    "amount": "Amount",
    "order_id": "Order number",
    "description": "Description",
    "receipt_email": "Receipt e-mail",
}


class ChargePage(QWidget):
    """Where a sale is rung up: the amount is the biggest thing, one primary action."""

    charge_approved = Signal(object)
    in_flight_changed = Signal(bool)

    def __init__(self, ctx: TillContext, events: TillEvents, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("chargePage")
        self._ctx = ctx
        self._events = events
        self.card_dialog: CardDialog | None = None
        self.receipt_dialog: ReceiptDialog | None = None
        self.live_confirm_box: QMessageBox | None = None
        self.live_pin_dialog: PinDialog | None = None
        self._pending_request: ChargeRequest | None = None

        self.amount_input = AmountInput(ctx.currency, self)
        describe(
            self.amount_input,
            "amountInput",
            "Amount",
            "Type the amount: digits fill from the cents, a decimal point also works "
            "(Enter charges, Esc clears)",
        )
        self.keypad = Keypad(self)
        self.keypad.key_pressed.connect(self._keypad_pressed)

        self.order_id_input = QLineEdit(self)
        describe(
            self.order_id_input,
            "orderIdInput",
            "Order number",
            "Order number: the register's next number is taken when the card is charged; "
            "type one to match a paper order (Tab)",
        )
        self.order_id_input.setPlaceholderText("Next number, taken when charged")
        self.description_input = QLineEdit(self)
        describe(
            self.description_input,
            "descriptionInput",
            "Description",
            "What was sold, shown on the receipt (optional, Tab)",
        )
        self.description_input.setMaxLength(500)
        self.description_input.setPlaceholderText("e.g. 2 coffees")
        self.receipt_email_input = QLineEdit(self)
        describe(
            self.receipt_email_input,
            "receiptEmailInput",
            "Receipt e-mail",
            "Customer's e-mail for Stripe's receipt (optional, Tab)",
        )
        self.receipt_email_input.setPlaceholderText("customer@example.com")
        if ctx.mode is Mode.SANDBOX:
            # Nothing leaves this computer in training: there is no one to send a mail.
            self.receipt_email_input.setEnabled(False)
            self.receipt_email_input.setPlaceholderText("Not sent in training mode")
            self.receipt_email_input.setToolTip(
                "Receipt e-mails are sent by Stripe for live charges only; "
                "training mode sends nothing"
            )
        form = QGridLayout()
        form.setHorizontalSpacing(16)
        form.setVerticalSpacing(8)
        for row, (caption, field) in enumerate(
            (
                ("Order number", self.order_id_input),
                ("Description", self.description_input),
                ("Receipt e-mail", self.receipt_email_input),
            )
        ):
            label = QLabel(caption, self)
            label.setProperty("role", "fieldLabel")
            label.setBuddy(field)
            label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            form.addWidget(label, row, 0)
            form.addWidget(field, row, 1)
        form.setColumnStretch(1, 1)

        self.status = StatusLine("chargeStatusLabel", self)
        self.charge_button = QPushButton(self)
        describe(
            self.charge_button,
            "chargeButton",
            "Charge",
            "Take the card payment for this amount (Enter)",
        )
        self.charge_button.setProperty("role", "primary")
        self.charge_button.setIcon(icon("card"))
        self.charge_button.setIconSize(QSize(28, 28))
        self.charge_button.setMinimumHeight(72)
        self.charge_button.clicked.connect(self.start_charge)

        grid = QGridLayout(self)
        grid.setContentsMargins(24, 24, 24, 24)
        grid.setHorizontalSpacing(24)
        grid.setVerticalSpacing(16)
        left = QVBoxLayout()
        left.setSpacing(16)
        details = QLabel("Order details", self)
        details.setProperty("role", "fieldLabel")
        left.addWidget(details)
        left.addLayout(form)
        left.addStretch(1)
        left.addWidget(self.status)
        grid.addWidget(self.amount_input, 0, 0, 1, 2)
        grid.addLayout(left, 1, 0)
        grid.addWidget(self.keypad, 1, 1)
        grid.addWidget(self.charge_button, 2, 0, 1, 2)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 2)
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
        QWidget.setTabOrder(self.amount_input, self.order_id_input)
        QWidget.setTabOrder(self.order_id_input, self.description_input)
        QWidget.setTabOrder(self.description_input, self.receipt_email_input)
        QWidget.setTabOrder(self.receipt_email_input, self.charge_button)
        escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        escape.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        escape.activated.connect(self.back_out)

        self._amount_changed(self.amount_input.money())
        self.status.set_status("idle", "Type an amount, then press Enter to charge.")
        self.amount_input.setFocus()

    # -- state ----------------------------------------------------------------------------

    @property
    def payment_in_flight(self) -> bool:
        """A payment is being charged or its outcome checked: nothing may close or recharge."""
        dialog = self.card_dialog
        return dialog is not None and dialog.in_flight

    def money(self) -> Money:
        return self.amount_input.money()

    def _amount_changed(self, money: object) -> None:
        assert isinstance(money, Money)
        text = f"Charge {format_money(money)}" if money.amount > 0 else "Charge"
        self.charge_button.setText(text)
        self.charge_button.setAccessibleName(text)
        self.charge_button.setEnabled(money.amount > 0 and self.card_dialog is None)
        self._mark_invalid(self.amount_input, False)

    def _keypad_pressed(self, key: str) -> None:
        if self.card_dialog is None:
            self.amount_input.press(key)
            self.amount_input.setFocus()

    def _field_edited(self) -> None:
        sender = self.sender()
        if isinstance(sender, QLineEdit):
            self._mark_invalid(sender, False)

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
        self.status.set_status("idle", "Type an amount, then press Enter to charge.")
        self.amount_input.setFocus()

    # -- charging -------------------------------------------------------------------------

    def start_charge(self) -> None:
        """Validate the order (nothing is sent on error), confirm live mode, open the card."""
        if self.card_dialog is not None or self.live_confirm_box is not None:
            return
        if self.live_pin_dialog is not None:
            return
        amount = self.amount_input.money()
        if amount.amount <= 0:
            self._invalid(ValidationError("amount", "Type the amount to charge."))
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
        if self._ctx.live_confirmation_needed():
            self._confirm_live(request)
        else:
            self._open_card_dialog(request)

    def _invalid(self, exc: ValidationError) -> None:
        name = _FIELD_NAMES.get(exc.field, exc.field)
        self.status.set_status("invalid", f"{name}: {exc.message} Nothing was sent.")
        field = {
            "amount": self.amount_input,
            "order_id": self.order_id_input,
            "description": self.description_input,
            "receipt_email": self.receipt_email_input,
        }.get(exc.field, self.amount_input)
        self._mark_invalid(field, True)
        field.setFocus()

    def _confirm_live(self, request: ChargeRequest) -> None:
        self._pending_request = request
        box = QMessageBox(QMessageBox.Icon.Warning, "Live mode", "", parent=self.window())
        box.setObjectName("liveConfirmBox")
        box.setText(
            f"This till is in LIVE mode. {format_money(request.amount)} will be "
            "charged to a real card."
        )
        box.setInformativeText("Confirm once per day before the first live charge.")
        charge = box.addButton(
            f"Charge {format_money(request.amount)} for real", QMessageBox.ButtonRole.AcceptRole
        )
        charge.setObjectName("liveConfirmButton")
        cancel = box.addButton("Cancel", QMessageBox.ButtonRole.RejectRole)
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
            self.status.set_status("idle", "Live charge cancelled. Nothing was charged.")

    def _ask_live_approval(self, request: ChargeRequest) -> None:
        """Live charging is a manager's decision: their PIN, recorded in the audit trail."""
        manager = self._ctx.manager
        if manager is None:
            self.status.set_status(
                "error",
                "Live charging needs a manager's PIN, and none is set up. Nothing was charged.",
            )
            return
        day = self._ctx.today()
        dialog = PinDialog(
            manager,
            ManagerAction.LIVE_MODE,
            f"live:{day.isoformat()}",
            f"Approve live charging for today: real cards, starting with "
            f"{format_money(request.amount)}.",
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
        if result != QDialog.DialogCode.Accepted.value:
            self.status.set_status("idle", "Live charge not approved. Nothing was charged.")

    def _open_card_dialog(self, request: ChargeRequest) -> None:
        dialog = CardDialog(self._ctx.charges, request, self.window())
        dialog.status_changed.connect(self._dialog_status)
        dialog.order_assigned.connect(self.order_id_input.setText)
        dialog.charge_succeeded.connect(self._approved)
        dialog.in_flight_changed.connect(self.in_flight_changed)
        dialog.finished.connect(self._dialog_finished)
        self.card_dialog = dialog
        self.charge_button.setEnabled(False)
        self.status.set_status("idle", f"Waiting for the card: {format_money(request.amount)}")
        dialog.open()

    def _dialog_status(self, state: str, text: str) -> None:
        self.status.set_status(state, text)

    def _approved(self, result: ChargeResult) -> None:
        charge = result.charge
        card = charge.card.masked if charge.card is not None else "card"
        self.status.set_status(
            "approved", f"Approved {format_money(charge.amount)} — {card} — order {result.order_id}"
        )
        self.amount_input.clear_amount()
        self.description_input.clear()
        self.receipt_email_input.clear()
        self.order_id_input.clear()
        emit(self.charge_approved, result)
        self._events.notify(AttemptKind.CHARGE)
        receipt = ReceiptDialog(self._ctx.receipts, result.receipt, self.window())
        receipt.finished.connect(self._receipt_finished)
        self.receipt_dialog = receipt
        receipt.open()

    def _dialog_finished(self, result: int) -> None:
        dialog = self.card_dialog
        self.card_dialog = None
        if dialog is not None:
            dialog.deleteLater()
        if result != QDialog.DialogCode.Accepted.value:
            if self.status.state == "unknown":
                pass  # the words already say: not known yet, do not charge again
            elif self.status.state in ("declined", "error", "invalid"):
                order = self.order_id_input.text()
                if order:
                    text = f"{self.status.text()} Order {order} is still open."
                    self.status.set_status(self.status.state, text)
            else:
                self.status.set_status("idle", "Cancelled. Nothing was charged.")
        self._amount_changed(self.amount_input.money())
        if self.receipt_dialog is None:
            self.amount_input.setFocus()

    def _receipt_finished(self) -> None:
        self.receipt_dialog = None
        self.amount_input.setFocus()
