"""Deleting a customer: says what goes for good, asks why; the manager's PIN comes next.

Deletion cannot be undone at Stripe (docs/stripe.md §4.4), so the dialog names the customer
and their saved cards, and wants a reason, which the manager's approval and the audit trail
keep. `confirmed` carries the reason; the caller then asks for the PIN (PinDialog).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..long_words import breakable
from ..qtcompat import emit
from ..style import set_state
from ..widgets import describe, fit_to_screen

__all__ = ["DeleteCustomerDialog"]


class DeleteCustomerDialog(QDialog):
    """Window-modal confirmation with a required reason; open it with ``open()``."""

    confirmed = Signal(str)

    def __init__(self, name: str, cards: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("deleteCustomerDialog")
        self.setAccessibleName(self.tr("Delete customer"))
        self.setWindowTitle(self.tr("Delete customer"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setMinimumWidth(480)

        # A customer known by a long e-mail address: it wraps after its dots, whole.
        title = QLabel(breakable(self.tr("Delete {name}?").format(name=name)), self)
        title.setProperty("role", "title")
        title.setWordWrap(True)
        words = (
            # "All their saved cards", not "their 2 saved card(s)": the till ships no English
            # catalogue, so a %n plural read "card(s)" in English.
            self.tr(
                "{name} and all their saved cards are deleted at Stripe for good; this cannot "
                "be undone. Their past payments stay in the history. A manager approves it "
                "with the PIN."
            )
            if cards
            else self.tr(
                "{name} and their details are deleted at Stripe for good; this cannot be "
                "undone. Their past payments stay in the history. A manager approves it with "
                "the PIN."
            )
        )
        text = QLabel(breakable(words.format(name=name)), self)
        text.setObjectName("deleteCustomerText")
        text.setWordWrap(True)
        caption = QLabel(self.tr("Why is the customer deleted?"), self)
        caption.setProperty("role", "fieldLabel")
        self.reason_input = QLineEdit(self)
        describe(
            self.reason_input,
            "deleteReasonInput",
            self.tr("Reason"),
            self.tr("Why the customer is deleted; kept in the audit trail (Enter continues)"),
        )
        self.reason_input.setPlaceholderText(self.tr("e.g. the customer asked to be removed"))
        self.reason_input.setMaxLength(200)
        caption.setBuddy(self.reason_input)
        self.reason_input.returnPressed.connect(self.confirm)
        self.reason_input.textEdited.connect(lambda _text: self._show_error(""))
        self.error_label = QLabel(self)
        self.error_label.setObjectName("deleteReasonError")
        self.error_label.setProperty("role", "fieldError")
        self.error_label.setWordWrap(True)  # German's ran past the dialog's edge
        self.error_label.hide()

        cancel = QPushButton(self.tr("Keep the customer"), self)
        describe(
            cancel,
            "deleteCustomerCancelButton",
            self.tr("Keep the customer"),
            self.tr("Delete nothing (Esc)"),
        )
        cancel.setAutoDefault(False)
        cancel.clicked.connect(self.reject)
        self.confirm_button = QPushButton(self.tr("Delete — manager PIN"), self)
        describe(
            self.confirm_button,
            "deleteCustomerConfirmButton",
            self.tr("Delete, with the manager's PIN"),
            self.tr("Ask the manager for the PIN to delete this customer (Enter)"),
        )
        self.confirm_button.setProperty("role", "danger")
        self.confirm_button.setDefault(True)
        self.confirm_button.clicked.connect(self.confirm)
        buttons = QHBoxLayout()
        buttons.addWidget(cancel)
        buttons.addStretch(1)
        buttons.addWidget(self.confirm_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 24, 24, 24)
        layout.setSpacing(16)
        layout.addWidget(title)
        layout.addWidget(text)
        column = QVBoxLayout()
        column.setSpacing(4)
        column.addWidget(caption)
        column.addWidget(self.reason_input)
        column.addWidget(self.error_label)
        layout.addLayout(column)
        layout.addLayout(buttons)
        self.reason_input.setFocus()

    def confirm(self) -> None:
        reason = self.reason_input.text().strip()
        if len(reason) < 3:
            self._show_error(self.tr("Say in a few words why the customer is deleted."))
            self.reason_input.setFocus()
            return
        emit(self.confirmed, reason)
        self.accept()

    def _show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.setVisible(bool(text))
        set_state(self.reason_input, "error" if text else "")
        if text and self.isVisible():
            fit_to_screen(self)  # the message's room: it was drawn over the reason field
