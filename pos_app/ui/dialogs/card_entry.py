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
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from pos_app.domain.cards import CardDetails
from pos_app.domain.errors import ValidationError
from pos_app.services.messages import CashierMessage, cashier_message

from ..qtcompat import emit
from ..style import icon
from ..widgets import StatusLine, describe, sentence
from .card_form import FIELDS, CardForm

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
        #: Brand and last four of the card last sent ("VISA •••• 4242"), never more.
        self._sent_card = ""
        #: What the message in the error box is about: "fields" (the form's own check), a
        #: field key, "card" (a decline: another card), or "" (nothing to fix in the form).
        self._error_about = ""

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
        self.form.edited.connect(self._form_edited)

        # The error box and the status line share one place of a fixed height: a message
        # appearing or going never moves the fields or the buttons.
        self.messages = QStackedWidget(self)
        self.messages.setObjectName("cardMessages")
        self.error_label = QLabel(self.messages)
        self.error_label.setObjectName("cardErrorLabel")
        self.error_label.setWordWrap(True)
        self.error_label.setAccessibleName(self.tr("{title}: problem").format(title=title))
        self.error_label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.status = StatusLine("cardStatusLabel", self.messages)
        self._no_message = QLabel(
            self.tr("Swipe the card or key it in, then press Enter. Esc goes back."), self.messages
        )
        self._no_message.setObjectName("cardHintLabel")
        self._no_message.setProperty("role", "hint")
        self._no_message.setWordWrap(True)
        self._no_message.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.messages.addWidget(self._no_message)
        self.messages.addWidget(self.error_label)
        self.messages.addWidget(self.status)
        self.messages.setFixedHeight(max(self.error_label.fontMetrics().lineSpacing() * 3 + 24, 64))
        self.error_label.hide()
        self.status.hide()

        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        describe(
            self.cancel_button,
            "cardCancelButton",
            self.tr("Cancel: {title}").format(title=title),
            self.tr("Back (Esc)"),
        )
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
        layout.addWidget(self.messages)
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
        self.messages.setCurrentWidget(self.status if text else self._no_message)
        emit(self.status_changed, state, text)

    def _show_error(self, text: str, about: str = "") -> None:
        self.error_label.setText(text)
        self.error_label.setVisible(bool(text))
        self._error_about = about if text else ""
        if text:
            self.status.hide()
            self.messages.setCurrentWidget(self.error_label)
        elif self.messages.currentWidget() is self.error_label:
            self.messages.setCurrentWidget(self._no_message)

    def _form_edited(self, key: str) -> None:
        """The cashier is fixing something: a message about it goes once it is fixed."""
        about = self._error_about
        if about == "fields":
            if not self.form.validate():
                self._show_error("")
        elif about and (about == key or (about == "card" and key == "number")):
            self._show_error("")

    # -- submitting -----------------------------------------------------------------------

    def submit(self) -> None:
        """Validate (nothing is sent on error), lock the form and start the work."""
        if self._in_flight or self.form.capturing_swipe:
            return
        errors = self.form.validate()
        if errors:
            self.form.show_errors(errors)
            self._show_error(self.tr("Check the fields marked in red. Nothing was sent."), "fields")
            return
        values = self.form.values()
        try:
            card = CardDetails.from_input(
                values["number"],
                values["expiry"],
                values["cvc"],
                name=values["name"],
                postal_code=values["postal_code"],
                cvc_required=not self.form.swiped,
            )
        except ValidationError as exc:
            self.form.show_errors({exc.field: exc.message})
            self._show_error(self.tr("Check the fields marked in red. Nothing was sent."), "fields")
            return
        self._show_error("")
        self._sent_card = card.masked
        self._set_in_flight(True)
        self._start(card)

    def _tokenized(self) -> None:
        # Stripe holds the card now (a token stands for it): forget number and CVC. While
        # the charge runs the empty field names the card being charged; "Key it in again"
        # would read as an order in the middle of a payment (`_failed` says it if needed).
        self.form.clear_secrets(hint=self._sent_card)

    def _succeeded(self) -> None:
        self.form.clear_all()
        self._set_in_flight(False)

    def _ask_for_card_again(self) -> None:
        """The number field, emptied when the token was made, asks for the same card again."""
        number = self.form.inputs["number"]
        if self._sent_card and not number.text():
            number.setPlaceholderText(self.tr("Key {card} in again").format(card=self._sent_card))

    def _failed(self, error: BaseException) -> CashierMessage:
        """Show the cashier message for `error` once, keep what is right, point at the field
        to fix; returns the message.

        A decline naming a field (a wrong CVC, a wrong expiry) empties that field only; a
        plain decline means another card, so the card fields are emptied; anything else
        (Stripe out of reach, a key problem) empties nothing: the same card is tried again.
        Number and CVC are gone anyway once Stripe made a token of them.
        """
        message = cashier_message(error)
        self._set_in_flight(False)
        field = message.field if message.field in FIELDS else None
        if message.kind == "declined" and field:
            self.form.clear_fields((field,))
        elif message.kind == "declined":
            self.form.clear_all()  # another card: nothing of this one stays, not even a hint
        if field:
            self.form.mark(field)
        if field or message.kind not in ("declined", "unknown"):
            # The same card is tried again: its number and CVC went with the token. (Not
            # while Stripe's answer is unknown: that card may have been charged.)
            self._ask_for_card_again()
        self._show_error(message.text, field or ("card" if message.kind == "declined" else ""))
        state = {"declined": "declined", "invalid": "invalid", "unknown": "unknown"}.get(
            message.kind, "error"
        )
        words = message.text if message.kind in ("declined", "unknown") else sentence(message.title)
        # The dialog says it once, in its error box; the page's status line mirrors it.
        emit(self.status_changed, state, words)
        target = self.form.first_to_fill(also=field)
        (target or self.submit_button).setFocus()
        return message

    # -- swipes ---------------------------------------------------------------------------

    def _swipe_failed(self, text: str) -> None:
        self._show_error(text, "card")

    def _swipe_read(self) -> None:
        self._show_error("")
        # Nothing else is needed from a swiped card: Enter charges it.
        self.submit_button.setFocus()

    # -- closing --------------------------------------------------------------------------

    def _busy_text(self) -> str:
        """Why the dialog does not close now (each kind of dialog says what it waits for)."""
        return self.tr("Stripe is still answering. Wait for the outcome before closing.")

    def reject(self) -> None:
        if self._in_flight:
            self._show_error(self._busy_text())
            return
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._in_flight:
            event.ignore()
            self._show_error(self._busy_text())
            return
        super().closeEvent(event)

    def done(self, result: int) -> None:
        # Never leave card data behind in a hidden dialog.
        self.form.clear_all()
        super().done(result)
