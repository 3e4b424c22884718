"""The approval screen's "E-mail the receipt": an address, a button, and what became of it.

Shown only where Stripe e-mails receipts (live charges). Sending asks Stripe to set the
charge's `receipt_email`, an attempt of the pipeline like any other (never sent twice); the
address is checked before anything is sent.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from pos_app.domain.errors import ValidationError
from pos_app.services.messages import cashier_message
from pos_app.services.receipt_email import valid_receipt_email

from ..ops import Op
from ..style import set_state
from ..widgets import describe

__all__ = ["EmailReceiptRow"]


class EmailReceiptRow(QWidget):
    """An address field and "E-mail receipt"; `send(address)` runs off the GUI thread."""

    def __init__(self, send: Callable[[str], object], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("emailReceiptRow")
        self._send = send
        self._op: Op[object] | None = None
        self.address = QLineEdit(self)
        describe(
            self.address,
            "emailReceiptInput",
            self.tr("Customer's e-mail"),
            self.tr("Stripe e-mails the receipt to this address (Enter sends)"),
        )
        self.address.setPlaceholderText("customer@example.com")
        self.address.returnPressed.connect(self.submit)
        self.button = QPushButton(self.tr("E-mail receipt"), self)
        describe(
            self.button,
            "emailReceiptButton",
            self.tr("E-mail receipt"),
            self.tr("Ask Stripe to e-mail the receipt to the customer"),
        )
        self.button.setAutoDefault(False)
        self.button.clicked.connect(self.submit)
        self.status = QLabel(self)
        self.status.setObjectName("emailReceiptStatus")
        self.status.setWordWrap(True)
        self.status.setProperty("role", "hint")
        self.status.hide()
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(8)
        row.addWidget(self.address, 1)
        row.addWidget(self.button)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(4)
        column.addLayout(row)
        column.addWidget(self.status)

    @property
    def sending(self) -> bool:
        return self._op is not None and self._op.running

    def submit(self) -> None:
        if self.sending:
            return
        try:
            address = valid_receipt_email(self.address.text())
        except ValidationError as exc:
            self._say("invalid", self.tr("{problem} Nothing was sent.").format(problem=exc.message))
            return
        self._busy(True)
        self._say(
            "working",
            self.tr("Asking Stripe to e-mail the receipt to {address}…").format(address=address),
        )
        send = self._send
        self._op = (
            Op(self, lambda: send(address))
            .success(lambda _charge: self._sent(address))
            .failure(self._failed)
            .keeps_open()
            .run()
        )

    def _sent(self, address: str) -> None:
        self._busy(False)
        self.address.setReadOnly(True)
        self.button.setEnabled(False)
        self._say("ok", self.tr("Stripe e-mails the receipt to {address}.").format(address=address))

    def _failed(self, error: BaseException) -> None:
        self._busy(False)
        message = cashier_message(error)
        self._say("error" if message.kind != "unknown" else "unknown", message.text)

    def _busy(self, busy: bool) -> None:
        self.address.setReadOnly(busy)
        self.button.setEnabled(not busy)

    def _say(self, state: str, text: str) -> None:
        self.status.setText(text)
        self.status.setVisible(bool(text))
        set_state(self.status, state)
