"""Card entry in a dialog: the form, its validation, the in-flight lock and the outcome's words.

The base of the dialogs that take a card — the charge (card_dialog.CardDialog) and saving a
card for a customer. A subclass says what to do with the card (`_start`), through one Op; the
base never sends anything itself, holds no timer and no retry schedule, and while the work is
in flight the form is locked, the button cannot fire again and the dialog cannot be closed
(docs/architecture.md "Threading": a payment in flight is never abandoned).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from pos_app.domain.cards import CardDetails
from pos_app.domain.errors import ValidationError
from pos_app.services.messages import CashierMessage, cashier_message

from ..qtcompat import emit
from ..style import icon
from ..widgets import StatusLine, describe
from .card_form import CardForm

__all__ = ["CardEntryDialog", "Tokenized"]


@dataclass(frozen=True, slots=True)
class Tokenized:
    """Reported once Stripe holds the card as a token: the fields can forget it."""


class CardEntryDialog(QDialog):
    """Window-modal card entry; open it with ``open()``. Subclasses implement `_start`."""

    #: (state, words) for the page's status line: working/unknown/declined/error/...
    status_changed = Signal(str, str)
    in_flight_changed = Signal(bool)

    def __init__(
        self,
        *,
        title: str,
        subtitle: str,
        amount_text: str,
        button_text: str,
        button_tip: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("cardDialog")
        self.setAccessibleName(title)
        self.setWindowTitle(title)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setMinimumWidth(560)
        self._in_flight = False

        title_label = QLabel(title, self)
        title_label.setProperty("role", "title")
        amount = QLabel(amount_text, self)
        amount.setObjectName("cardAmountLabel")
        amount.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.order_label = QLabel(subtitle, self)
        self.order_label.setObjectName("cardOrderLabel")
        self.order_label.setProperty("role", "hint")
        header = QHBoxLayout()
        titles = QVBoxLayout()
        titles.setSpacing(4)
        titles.addWidget(title_label)
        titles.addWidget(self.order_label)
        header.addLayout(titles)
        header.addStretch(1)
        header.addWidget(amount)

        self.form = CardForm(self)
        self.form.swipe_failed.connect(self._swipe_failed)
        self.form.swipe_read.connect(self._swipe_read)

        self.error_label = QLabel(self)
        self.error_label.setObjectName("cardErrorLabel")
        self.error_label.setWordWrap(True)
        self.error_label.setAccessibleName(f"{title} problem")
        self.error_label.hide()
        self.status = StatusLine("cardStatusLabel", self)
        self.status.hide()

        self.cancel_button = QPushButton("Cancel", self)
        describe(self.cancel_button, "cardCancelButton", f"Cancel {title.lower()}", "Back (Esc)")
        self.cancel_button.setAutoDefault(False)
        self.cancel_button.clicked.connect(self.reject)
        self.submit_button = QPushButton(button_text, self)
        describe(self.submit_button, "cardSubmitButton", button_text, button_tip)
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

    # -- what subclasses provide ------------------------------------------------------------

    def _start(self, card: CardDetails) -> None:
        """Send `card` off (through an Op); call `_succeeded` or `_failed` when it is done."""
        raise NotImplementedError

    # -- state ----------------------------------------------------------------------------

    @property
    def in_flight(self) -> bool:
        """True from submit until the outcome is known (including unknown-outcome checks)."""
        return self._in_flight

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
        """Validate (nothing is sent on error), lock the form and start the work."""
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
        self._start(card)

    def _tokenized(self) -> None:
        # Stripe holds the card now (a token stands for it): forget number and CVC.
        self.form.clear_secrets()

    def _succeeded(self) -> None:
        self.form.clear_all()
        self._set_in_flight(False)

    def _failed(self, error: BaseException) -> CashierMessage:
        """Show the cashier message for `error` once, point at its field; returns it."""
        message = cashier_message(error)
        self.form.clear_all()
        self._set_in_flight(False)
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
        return message

    # -- swipes ---------------------------------------------------------------------------

    def _swipe_failed(self, text: str) -> None:
        self._show_error(text)

    def _swipe_read(self) -> None:
        self._show_error("")

    # -- closing --------------------------------------------------------------------------

    _BUSY = "Stripe is still answering. Wait for the outcome before closing."

    def reject(self) -> None:
        if self._in_flight:
            self._show_error(self._BUSY)
            return
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._in_flight:
            event.ignore()
            self._show_error(self._BUSY)
            return
        super().closeEvent(event)

    def done(self, result: int) -> None:
        # Never leave card data behind in a hidden dialog.
        self.form.clear_all()
        super().done(result)
