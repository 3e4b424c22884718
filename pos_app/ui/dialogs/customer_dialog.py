"""The new-customer dialog: name, e-mail, phone, note and the card-on-file consent, then the card.

Nothing is sent until the card is submitted: Save checks the details (the service's own
validation), then opens the card dialog on top, and submitting the card creates the customer
with it. Cancelling the card comes back here with the details still filled in.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from pos_app.domain.errors import ValidationError
from pos_app.services.customers import NewCustomer, validate_new_customer

from ..qtcompat import emit
from ..style import set_state
from ..widgets import describe, fit_to_screen
from .save_card_dialog import SaveCardDialog

if TYPE_CHECKING:
    from PySide6.QtGui import QShowEvent

    from pos_app.services.customers import CustomerAccount, CustomerService

__all__ = ["CustomerDialog"]


class CustomerDialog(QDialog):
    """Window-modal; open it with ``open()``. `created` carries the new CustomerAccount."""

    created = Signal(object)

    def __init__(
        self, service: CustomerService, *, business_name: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("customerDialog")
        self.setAccessibleName(self.tr("New customer"))
        self.setWindowTitle(self.tr("New customer"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setMinimumWidth(560)
        self._service = service
        self.card_dialog: SaveCardDialog | None = None

        title = QLabel(self.tr("New customer"), self)
        title.setProperty("role", "title")
        hint = QLabel(
            self.tr("Their card is taken next and kept on file for their next orders."), self
        )
        hint.setProperty("role", "hint")
        hint.setWordWrap(True)

        self.inputs: dict[str, QLineEdit] = {}
        self.errors: dict[str, QLabel] = {}
        grid = QGridLayout()
        grid.setHorizontalSpacing(16)
        grid.setVerticalSpacing(4)
        fields = (
            ("name", "customerNameInput", self.tr("Name"), self.tr("e.g. Ada Lovelace"), 256),
            ("email", "customerEmailInput", self.tr("E-mail"), "ada@example.com", 512),
            # Longer than the 20 characters (and "+") the check allows: a number pasted with
            # one character too many is refused with its message, never cut without a word.
            ("phone", "customerPhoneInput", self.tr("Phone"), "+1 555 0100", 40),
            (
                "note",
                "customerNoteInput",
                self.tr("Note (optional)"),
                self.tr("e.g. oat milk, table 4"),
                350,
            ),
        )
        tips = {
            "name": self.tr("The customer's name, as the till lists it (name or e-mail needed)"),
            "email": self.tr(
                "The customer's e-mail: finds them again quickly (name or e-mail needed)"
            ),
            "phone": self.tr("The customer's phone number (optional)"),
            "note": self.tr(
                "Anything worth remembering, kept at Stripe with the customer (optional)"
            ),
        }
        for row, (key, name, caption, placeholder, length) in enumerate(fields):
            field = QLineEdit(self)
            describe(field, name, caption.removesuffix(" (optional)"), tips[key])
            field.setPlaceholderText(placeholder)
            field.setMaxLength(length)
            field.textEdited.connect(lambda _text, k=key: self._set_error(k, ""))
            field.returnPressed.connect(self.save)
            label = QLabel(caption, self)
            label.setProperty("role", "fieldLabel")
            label.setBuddy(field)
            error = QLabel(self)
            error.setObjectName(f"{name.removesuffix('Input')}Error")
            error.setProperty("role", "fieldError")
            error.setWordWrap(True)
            error.hide()
            grid.addWidget(label, row * 3, 0)
            grid.addWidget(field, row * 3 + 1, 0)
            grid.addWidget(error, row * 3 + 2, 0)
            self.inputs[key] = field
            self.errors[key] = error

        self.consent_check = QCheckBox(
            self.tr("The customer agrees to keep their card on file"), self
        )
        consent_words = (
            self.tr(
                "{shop} may then charge it for their future orders. Who took the consent, when "
                "and at which register is kept with the customer at Stripe."
            ).format(shop=business_name)
            if business_name
            else self.tr(
                "This shop may then charge it for their future orders. Who took the consent, "
                "when and at which register is kept with the customer at Stripe."
            )
        )
        consent_hint = QLabel(consent_words, self)
        consent_hint.setProperty("role", "hint")
        consent_hint.setWordWrap(True)
        consent_hint.setContentsMargins(28, 0, 0, 0)  # under the box's words, not its tick
        describe(
            self.consent_check,
            "customerConsentCheck",
            self.tr("Card-on-file consent"),
            self.tr(
                "Tick only once the customer has said yes; who, when and which register are "
                "recorded"
            ),
        )
        self.consent_check.toggled.connect(lambda _on: self._set_error("consent", ""))
        self.consent_error = QLabel(self)
        self.consent_error.setObjectName("customerConsentError")
        self.consent_error.setProperty("role", "fieldError")
        self.consent_error.setWordWrap(True)
        self.consent_error.hide()
        self.errors["consent"] = self.consent_error

        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        describe(
            self.cancel_button,
            "customerCancelButton",
            self.tr("Cancel"),
            self.tr("Save nothing (Esc)"),
        )
        self.cancel_button.setAutoDefault(False)
        self.cancel_button.clicked.connect(self.reject)
        self.save_button = QPushButton(self.tr("Next: take the card"), self)
        describe(
            self.save_button,
            "customerSaveButton",
            self.tr("Next: take the card"),
            self.tr("Check the details, then key in the card to save (Enter)"),
        )
        self.save_button.setProperty("role", "primary")
        self.save_button.setProperty("compact", True)
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        buttons = QHBoxLayout()
        buttons.addWidget(self.cancel_button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 24, 24, 24)
        layout.setSpacing(16)
        layout.addWidget(title)
        layout.addWidget(hint)
        layout.addLayout(grid)
        consent = QVBoxLayout()
        consent.setSpacing(4)
        consent.addWidget(self.consent_check)
        consent.addWidget(consent_hint)
        consent.addWidget(self.consent_error)
        layout.addLayout(consent)
        layout.addLayout(buttons)
        self.inputs["name"].setFocus()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        fit_to_screen(self)

    def save(self) -> None:
        """Check the details (nothing is sent on error), then take the card."""
        if self.card_dialog is not None:
            return
        # What the last Save said goes: an e-mail typed since answers "name or e-mail".
        for key in self.errors:
            self._set_error(key, "")
        try:
            new = validate_new_customer(
                name=self.inputs["name"].text(),
                email=self.inputs["email"].text(),
                phone=self.inputs["phone"].text(),
                note=self.inputs["note"].text(),
                consent=self.consent_check.isChecked(),
            )
        except ValidationError as exc:
            self._set_error(exc.field, exc.message)
            target = self.inputs.get(exc.field)
            (target or self.consent_check).setFocus()
            return
        self._take_card(new)

    def _take_card(self, new: NewCustomer) -> None:
        service = self._service
        dialog = SaveCardDialog(
            lambda card, tokenized, progress: service.create(
                new, card, on_tokenized=tokenized, on_progress=progress
            ),
            customer_name=new.name or new.email,
            ask_consent=False,
            parent=self,
        )
        dialog.saved.connect(self._saved)
        dialog.finished.connect(self._card_finished)
        self.card_dialog = dialog
        dialog.open()

    def _saved(self, account: CustomerAccount) -> None:
        emit(self.created, account)

    def _card_finished(self, result: int) -> None:
        dialog, self.card_dialog = self.card_dialog, None
        if dialog is not None:
            dialog.deleteLater()
        if result == QDialog.DialogCode.Accepted.value:
            self.accept()

    def _set_error(self, key: str, message: str) -> None:
        label = self.errors.get(key)
        if label is None:
            return
        label.setText(message)
        label.setVisible(bool(message))
        field = self.inputs.get(key)
        if field is not None:
            field.setProperty("invalid", bool(message))
            set_state(field, "error" if message else "")
        if message and self.isVisible():
            fit_to_screen(self)  # room for the message's lines

    def reject(self) -> None:
        if self.card_dialog is not None and self.card_dialog.in_flight:
            return  # the card is being saved: its outcome comes first
        super().reject()
