"""The card dialog: takes the card for one order and shows the charge's states while it runs.

The charge — tokenize, journal, send, and the checks of an unknown outcome — runs as one Op in
the charge service and its attempt pipeline; this dialog holds no timer and no retry schedule,
it only shows what the service reports. A payment in flight is never abandoned
(docs/architecture.md "Threading"): while it runs the form is locked, the button cannot fire
again and the dialog cannot be cancelled.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from pos_app.domain.cards import CardDetails
from pos_app.domain.errors import AttemptUnresolved, ValidationError
from pos_app.domain.money import format_money
from pos_app.services.attempts import AttemptPhase, AttemptProgress
from pos_app.services.messages import cashier_message

from ..ops import Op, Task
from ..qtcompat import emit
from ..style import icon
from ..widgets import StatusLine, describe
from .card_form import CardForm

if TYPE_CHECKING:
    from pos_app.services.charging import ChargeRequest, ChargeResult, Charging

__all__ = ["CardDialog"]


@dataclass(frozen=True, slots=True)
class _Tokenized:
    """Reported once Stripe holds the card as a token: the fields can forget it."""


ChargeEvent = _Tokenized | AttemptProgress


class CardDialog(QDialog):
    """Window-modal card entry for one ChargeRequest; open it with ``open()``."""

    #: Emitted with the ChargeResult once Stripe approved the charge.
    charge_succeeded = Signal(object)
    #: (state, words) for the charge page's status line: working/unknown/declined/error/...
    status_changed = Signal(str, str)
    in_flight_changed = Signal(bool)
    #: The order number the charge runs under, once the journal has taken it.
    order_assigned = Signal(str)

    def __init__(
        self,
        charges: Charging,
        request: ChargeRequest,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("cardDialog")
        self.setAccessibleName("Card payment")
        self.setWindowTitle("Card payment")
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setMinimumWidth(560)
        self._charges = charges
        self._request = request
        self._in_flight = False
        self._op: Op[ChargeResult] | None = None

        amount_text = format_money(request.amount)
        title = QLabel("Card payment", self)
        title.setProperty("role", "title")
        amount = QLabel(amount_text, self)
        amount.setObjectName("cardAmountLabel")
        amount.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        order = QLabel(f"Order {request.order_id}" if request.order_id else "New order", self)
        order.setObjectName("cardOrderLabel")
        self.order_label = order
        order.setProperty("role", "hint")
        header = QHBoxLayout()
        titles = QVBoxLayout()
        titles.setSpacing(4)
        titles.addWidget(title)
        titles.addWidget(order)
        header.addLayout(titles)
        header.addStretch(1)
        header.addWidget(amount)

        self.form = CardForm(self)
        self.form.swipe_failed.connect(self._swipe_failed)
        self.form.swipe_read.connect(self._swipe_read)

        self.error_label = QLabel(self)
        self.error_label.setObjectName("cardErrorLabel")
        self.error_label.setWordWrap(True)
        self.error_label.setAccessibleName("Card payment problem")
        self.error_label.hide()
        self.status = StatusLine("cardStatusLabel", self)
        self.status.hide()

        self.cancel_button = QPushButton("Cancel", self)
        describe(
            self.cancel_button,
            "cardCancelButton",
            "Cancel card payment",
            "Back to the order without charging (Esc)",
        )
        self.cancel_button.setAutoDefault(False)
        self.cancel_button.clicked.connect(self.reject)
        self.submit_button = QPushButton(f"Charge {amount_text}", self)
        describe(
            self.submit_button,
            "cardSubmitButton",
            f"Charge {amount_text}",
            f"Charge {amount_text} to this card (Enter)",
        )
        self.submit_button.setProperty("role", "primary")
        self.submit_button.setIcon(icon("card"))
        self.submit_button.setIconSize(QSize(28, 28))
        self.submit_button.setDefault(True)
        self.submit_button.clicked.connect(self.submit)
        buttons = QHBoxLayout()
        buttons.setSpacing(16)
        buttons.addWidget(self.cancel_button)
        buttons.addStretch(1)
        buttons.addWidget(self.submit_button, 2)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 24, 24, 24)
        layout.setSpacing(16)
        layout.addLayout(header)
        layout.addWidget(self.form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        QWidget.setTabOrder(self.form.inputs["name"], self.submit_button)
        QWidget.setTabOrder(self.submit_button, self.cancel_button)
        self.form.inputs["number"].setFocus()

    # -- state ----------------------------------------------------------------------------

    @property
    def in_flight(self) -> bool:
        """True from submit until the outcome is known (including unknown-outcome checks)."""
        return self._in_flight

    @property
    def request(self) -> ChargeRequest:
        return self._request

    def _set_in_flight(self, in_flight: bool) -> None:
        self._in_flight = in_flight
        self.form.set_locked(in_flight)
        self.submit_button.setEnabled(not in_flight)
        self.cancel_button.setEnabled(not in_flight)
        emit(self.in_flight_changed, in_flight)

    def _show_status(self, state: str, text: str) -> None:
        self.status.set_status(state, text)
        self.status.setVisible(bool(text))
        emit(self.status_changed, state, text)

    def _show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.setVisible(bool(text))

    # -- submitting -----------------------------------------------------------------------

    def submit(self) -> None:
        """Validate (nothing is sent on error), lock the form and charge in the worker."""
        if self._in_flight or self.form.capturing_swipe:
            return
        errors = self.form.validate()
        if errors:
            self.form.show_errors(errors)
            self._show_error("Check the fields marked in red. Nothing was sent.")
            return
        values = self.form.values()
        try:
            card = CardDetails.from_input(
                values["number"],
                values["expiry"],
                values["cvc"],
                name=values["name"],
                postal_code=values["postal_code"],
            )
        except ValidationError as exc:
            self.form.show_errors({exc.field: exc.message})
            self._show_error("Check the fields marked in red. Nothing was sent.")
            return
        self._show_error("")
        self._set_in_flight(True)
        self._show_status("working", "Charging card…")
        charges, request = self._charges, self._request

        def charge(task: Task[ChargeEvent]) -> ChargeResult:
            return charges.charge_card(
                request,
                card,
                on_tokenized=lambda: task.report(_Tokenized()),
                on_progress=task.report,
            )

        self._op = (
            Op.task(self, charge, self._charge_event)
            .success(self._charge_done)
            .failure(self._charge_failed)
            .keeps_open()
            .run()
        )

    def _charge_event(self, event: ChargeEvent) -> None:
        if isinstance(event, _Tokenized):
            # Stripe holds the card now (a token stands for it): forget number and CVC.
            self.form.clear_secrets()
            return
        if event.order_id and event.order_id != self._request.order_id:
            # Another card for this sale (after a decline) stays on the same order.
            self._request = dataclasses.replace(self._request, order_id=event.order_id)
            self.order_label.setText(f"Order {event.order_id}")
            emit(self.order_assigned, event.order_id)
        if event.phase is AttemptPhase.CHECKING:
            self._show_status("unknown", "Checking payment status… Do not charge the card again.")

    def _charge_done(self, result: ChargeResult) -> None:
        self._op = None
        self.form.clear_all()
        self._set_in_flight(False)
        self._show_status("approved", f"Approved {format_money(result.charge.amount)}")
        emit(self.charge_succeeded, result)
        self.accept()

    def _charge_failed(self, error: BaseException) -> None:
        self._op = None
        message = cashier_message(error)
        self.form.clear_all()
        self._set_in_flight(False)
        if isinstance(error, AttemptUnresolved):
            # Still unknown after the wait: the order stays blocked and the till keeps
            # checking in the background; the cashier must not charge it again.
            text = (
                "Stripe has not confirmed this payment yet. Do not charge the card again: the "
                "order stays open and the till keeps checking. History shows the outcome."
            )
            self._show_error(text)
            self.status.hide()
            emit(self.status_changed, "unknown", text)
            return
        if message.field:
            self.form.set_error(message.field, message.text)
        self._show_error(message.text)
        state = {"declined": "declined", "invalid": "invalid", "unknown": "unknown"}.get(
            message.kind, "error"
        )
        words = message.text if message.kind in ("declined", "unknown") else f"{message.title}."
        # The dialog shows the words once, in its error box; the page's status line mirrors them.
        self.status.hide()
        emit(self.status_changed, state, words)
        self.form.inputs["number"].setFocus()

    # -- swipes ---------------------------------------------------------------------------

    def _swipe_failed(self, text: str) -> None:
        self._show_error(text)

    def _swipe_read(self) -> None:
        self._show_error("")

    # -- closing --------------------------------------------------------------------------

    def reject(self) -> None:
        if self._in_flight:
            self._show_error("A payment is in progress. Wait for its outcome before closing.")
            return
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._in_flight:
            event.ignore()
            self._show_error("A payment is in progress. Wait for its outcome before closing.")
            return
        super().closeEvent(event)

    def done(self, result: int) -> None:
        # Never leave card data behind in a hidden dialog.
        self.form.clear_all()
        super().done(result)
