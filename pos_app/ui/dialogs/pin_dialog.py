"""The manager PIN prompt: says what it approves, checks the PIN off the GUI thread.

Opened with `open()` (window-modal, never `exec()`); `granted` carries the Grant once the
PIN is right, and the caller then does the action. A wrong PIN clears the field and says how
many tries are left; a locked PIN says until when.
"""

from __future__ import annotations

from PySide6.QtCore import QRegularExpression, Qt, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from pos_app.services.manager import Grant, ManagerAction, ManagerAuth, PinLocked, PinRejected
from pos_app.services.messages import cashier_message

from ..ops import Op
from ..qtcompat import emit
from ..style import set_state
from ..widgets import describe, fit_to_screen

__all__ = ["PinDialog"]


class PinDialog(QDialog):
    """Asks for the manager PIN to approve one action."""

    granted = Signal(object)

    def __init__(
        self,
        auth: ManagerAuth,
        action: ManagerAction,
        subject: str,
        what: str,
        *,
        reason: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("pinDialog")
        self.setAccessibleName(self.tr("Manager approval"))
        self.setWindowTitle(self.tr("Manager approval"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setMinimumWidth(420)
        self._auth = auth
        self._action = action
        self._subject = subject
        self._reason = reason
        self._op: Op[Grant] | None = None

        title = QLabel(self.tr("Manager PIN"), self)
        title.setProperty("role", "title")
        what_label = QLabel(what, self)
        what_label.setObjectName("pinWhatLabel")
        what_label.setWordWrap(True)
        self.pin_input = QLineEdit(self)
        describe(
            self.pin_input,
            "pinInput",
            self.tr("Manager PIN"),
            self.tr("4 to 8 digits, hidden (Enter)"),
        )
        self.pin_input.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin_input.setMaxLength(8)
        self.pin_input.setValidator(
            QRegularExpressionValidator(QRegularExpression(r"\d{0,8}"), self.pin_input)
        )
        self.pin_input.returnPressed.connect(self.submit)
        self.error_label = QLabel(self)
        self.error_label.setObjectName("pinErrorLabel")
        self.error_label.setProperty("role", "fieldError")
        self.error_label.setWordWrap(True)
        self.error_label.hide()

        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        describe(
            self.cancel_button,
            "pinCancelButton",
            self.tr("Cancel"),
            self.tr("Do not approve (Esc)"),
        )
        self.cancel_button.setAutoDefault(False)
        self.cancel_button.clicked.connect(self.reject)
        self.submit_button = QPushButton(self.tr("Approve"), self)
        describe(
            self.submit_button,
            "pinSubmitButton",
            self.tr("Approve"),
            self.tr("Check the PIN (Enter)"),
        )
        self.submit_button.setProperty("role", "primary")
        self.submit_button.setProperty("compact", True)
        self.submit_button.setDefault(True)
        self.submit_button.clicked.connect(self.submit)

        buttons = QHBoxLayout()
        buttons.addWidget(self.cancel_button)
        buttons.addStretch(1)
        buttons.addWidget(self.submit_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 24, 24, 24)
        layout.setSpacing(16)
        layout.addWidget(title)
        layout.addWidget(what_label)
        layout.addWidget(self.pin_input)
        layout.addWidget(self.error_label)
        layout.addLayout(buttons)
        self.pin_input.setFocus()

    @property
    def checking(self) -> bool:
        return self._op is not None and self._op.running

    def submit(self) -> None:
        pin = self.pin_input.text()
        if self.checking:
            return
        if len(pin) < 4:
            self._show_error(self.tr("The PIN is 4 to 8 digits."))
            return
        self._set_busy(True)
        auth, action, subject, reason = self._auth, self._action, self._subject, self._reason
        self._op = (
            Op(self, lambda: auth.authorize(pin, action, subject, reason))
            .success(self._granted)
            .failure(self._refused)
            .run()
        )

    def _granted(self, grant: Grant) -> None:
        self._set_busy(False)
        self.pin_input.clear()
        emit(self.granted, grant)
        self.accept()

    def _refused(self, error: BaseException) -> None:
        self._set_busy(False)
        self.pin_input.clear()
        if isinstance(error, PinLocked):
            self.submit_button.setEnabled(False)
            self.pin_input.setEnabled(False)
        self._show_error(
            str(error)
            if isinstance(error, PinRejected | PinLocked)
            else cashier_message(error).text
        )
        self.pin_input.setFocus()

    def _show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.setVisible(bool(text))
        set_state(self.pin_input, "error" if text else "")
        if text and self.isVisible():
            # Room for the message's lines: a German one takes two, and the dialog kept its
            # height, cutting the lines above and below it.
            fit_to_screen(self)

    def _set_busy(self, busy: bool) -> None:
        self.pin_input.setReadOnly(busy)
        self.submit_button.setEnabled(not busy)
        self.submit_button.setText(self.tr("Checking…") if busy else self.tr("Approve"))

    def reject(self) -> None:
        if self.checking:
            return  # the check finishes first; it is quick
        super().reject()

    def done(self, result: int) -> None:
        self.pin_input.clear()  # a PIN never lingers in a hidden dialog
        super().done(result)
