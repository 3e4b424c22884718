"""First-run setup: Stripe keys, business details, register, currency and the manager PIN."""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from pos_app.domain.keys import KeyKind, key_kind, mode_for_key

from ..qtcompat import emit
from ..style import ensure_style, set_state
from ..widgets import describe

__all__ = ["CURRENCIES", "SetupData", "SetupDialog"]

#: Currencies offered by default (lowercase ISO codes, as Stripe spells them).
CURRENCIES = ("usd", "eur", "gbp", "cad", "aud", "nzd", "chf", "sek", "nok", "dkk", "jpy")


@dataclass(frozen=True, slots=True)
class SetupData:
    """What the setup dialog collected: the app puts the keys in the keychain and keeps only a
    salted hash of the PIN."""

    secret_key: str = field(repr=False)
    publishable_key: str
    business_name: str
    business_address: str
    register_name: str
    currency: str
    manager_pin: str = field(repr=False)
    #: Train against the local sandbox: no Stripe account, no real money.
    training_sandbox: bool = False


class SetupDialog(QDialog):
    """Collects SetupData with per-field validation; open it with ``open()``."""

    completed = Signal(object)

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        default_currency: str = "usd",
        default_register: str = "",
    ) -> None:
        super().__init__(parent)
        ensure_style()
        self.setObjectName("setupDialog")
        self.setAccessibleName("Till setup")
        self.setWindowTitle("Set up this till")
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setMinimumWidth(640)
        self.errors: dict[str, QLabel] = {}
        self.result_data: SetupData | None = None

        self.secret_key = self._line(
            "setupSecretKeyInput",
            "Secret or restricted key",
            "Stripe secret (sk_…) or restricted (rk_…) key; stored in the system keychain",
        )
        self.secret_key.setEchoMode(QLineEdit.EchoMode.Password)
        self.secret_key.setPlaceholderText("rk_live_… or sk_test_…")
        self.publishable_key = self._line(
            "setupPublishableKeyInput", "Publishable key", "Stripe publishable key (pk_…), optional"
        )
        self.publishable_key.setPlaceholderText("pk_live_… (optional)")
        self.sandbox = QCheckBox("Training mode: use the local sandbox, no Stripe account", self)
        describe(
            self.sandbox,
            "setupSandboxCheck",
            "Training mode",
            "Practise with the built-in sandbox; no real money moves (Space)",
        )
        self.sandbox.toggled.connect(self._sandbox_toggled)
        self.business_name = self._line(
            "setupBusinessNameInput", "Business name", "Printed at the top of every receipt"
        )
        self.address = QPlainTextEdit(self)
        describe(
            self.address,
            "setupAddressInput",
            "Business address",
            "Printed under the business name; Enter starts a new line, Tab moves on",
        )
        self.address.setTabChangesFocus(True)
        self.address.setFixedHeight(88)  # three lines of an address
        self.register_name = self._line(
            "setupRegisterInput",
            "Register name",
            "Which till this is, e.g. FRONT-1; on every charge",
        )
        self.register_name.setText(default_register)
        self.currency = QComboBox(self)
        describe(
            self.currency,
            "setupCurrencyCombo",
            "Default currency",
            "The currency this till charges in (Alt+Down opens the list)",
        )
        for code in CURRENCIES:
            self.currency.addItem(code.upper(), code)
        index = self.currency.findData(default_currency.lower())
        self.currency.setCurrentIndex(max(index, 0))
        self.pin = self._line(
            "setupPinInput", "Manager PIN", "4 to 8 digits; asked for refunds and settings"
        )
        self.pin_confirm = self._line(
            "setupPinConfirmInput", "Confirm manager PIN", "Type the same PIN again"
        )
        for pin in (self.pin, self.pin_confirm):
            pin.setEchoMode(QLineEdit.EchoMode.Password)
            pin.setMaxLength(8)

        grid = QGridLayout()
        grid.setHorizontalSpacing(16)
        grid.setVerticalSpacing(4)
        rows: list[tuple[str, QWidget, str]] = [
            ("Secret or restricted key", self.secret_key, "secret_key"),
            ("Publishable key", self.publishable_key, "publishable_key"),
            ("", self.sandbox, ""),
            ("Business name", self.business_name, "business_name"),
            ("Address", self.address, "business_address"),
            ("Register name", self.register_name, "register_name"),
            ("Currency", self.currency, "currency"),
            ("Manager PIN", self.pin, "manager_pin"),
            ("Confirm PIN", self.pin_confirm, "pin_confirm"),
        ]
        for row, (caption, widget, key) in enumerate(rows):
            if caption:
                label = QLabel(caption, self)
                label.setProperty("role", "fieldLabel")
                label.setBuddy(widget)
                grid.addWidget(label, row * 2, 0, Qt.AlignmentFlag.AlignRight)
            grid.addWidget(widget, row * 2, 1)
            if key:
                error = QLabel(self)
                error.setObjectName(f"{widget.objectName().removesuffix('Input')}Error")
                error.setProperty("role", "fieldError")
                error.setWordWrap(True)
                error.hide()
                self.errors[key] = error
                grid.addWidget(error, row * 2 + 1, 1)
        grid.setColumnStretch(1, 1)

        intro = QLabel(
            "Enter this shop's details once. The Stripe keys go to the system keychain, "
            "never to a file; the PIN is kept only as a salted hash.",
            self,
        )
        intro.setWordWrap(True)
        intro.setProperty("role", "hint")
        self.save_button = QPushButton("Save and start", self)
        describe(
            self.save_button,
            "setupSaveButton",
            "Save setup",
            "Check the details and start the till (Enter)",
        )
        self.save_button.setProperty("role", "primary")
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.submit)
        self.cancel_button = QPushButton("Cancel", self)
        describe(self.cancel_button, "setupCancelButton", "Cancel setup", "Quit setup (Esc)")
        self.cancel_button.setAutoDefault(False)
        self.cancel_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.cancel_button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 24, 24, 24)
        layout.setSpacing(16)
        title = QLabel("Set up this till", self)
        title.setProperty("role", "title")
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addLayout(grid)
        layout.addLayout(buttons)
        self.secret_key.setFocus()

    def _line(self, name: str, accessible: str, tooltip: str) -> QLineEdit:
        line = QLineEdit(self)
        describe(line, name, accessible, tooltip)
        return line

    def _sandbox_toggled(self, on: bool) -> None:
        self.secret_key.setEnabled(not on)
        self.publishable_key.setEnabled(not on)

    def _fit_height(self) -> None:
        # The wrapped intro needs more height than the layout's minimum says (height for
        # width); without this the grid squeezes the fixed-height address box when the error
        # lines appear.
        layout = self.layout()
        needed = layout.totalHeightForWidth(self.width()) if layout.hasHeightForWidth() else 0
        needed = max(needed, layout.totalMinimumSize().height())
        if self.height() < needed:
            self.resize(self.width(), needed)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._fit_height()

    def validate(self) -> dict[str, str]:
        """Per-field messages; empty when everything can be used."""
        errors: dict[str, str] = {}
        if not self.sandbox.isChecked():
            secret = self.secret_key.text().strip()
            kind = key_kind(secret) if secret else None
            if not secret:
                errors["secret_key"] = "Paste the Stripe secret or restricted key."
            elif kind not in (KeyKind.SECRET, KeyKind.RESTRICTED):
                errors["secret_key"] = "This is not a secret (sk_…) or restricted (rk_…) key."
            publishable = self.publishable_key.text().strip()
            if publishable:
                if key_kind(publishable) is not KeyKind.PUBLISHABLE:
                    errors["publishable_key"] = (
                        "A publishable key starts with pk_test_ or pk_live_."
                    )
                elif kind is not None and mode_for_key(publishable) != mode_for_key(secret):
                    errors["publishable_key"] = "Both keys must be test keys, or both live keys."
        if not self.business_name.text().strip():
            errors["business_name"] = "Enter the business name printed on receipts."
        elif len(self.business_name.text().strip()) > 80:
            errors["business_name"] = "Keep the business name under 80 characters."
        if len(self.address.toPlainText()) > 300:
            errors["business_address"] = "Keep the address under 300 characters."
        register = self.register_name.text().strip()
        if not register:
            errors["register_name"] = "Name this register, e.g. FRONT-1."
        elif len(register) > 40:
            errors["register_name"] = "Keep the register name under 40 characters."
        pin = self.pin.text()
        if not (pin.isdigit() and 4 <= len(pin) <= 8):
            errors["manager_pin"] = "The PIN is 4 to 8 digits."
        elif self.pin_confirm.text() != pin:
            errors["pin_confirm"] = "The two PINs differ. Type the PIN again."
        return errors

    def submit(self) -> None:
        errors = self.validate()
        for key, label in self.errors.items():
            label.setText(errors.get(key, ""))
            label.setVisible(key in errors)
        widgets = {
            "secret_key": self.secret_key,
            "publishable_key": self.publishable_key,
            "business_name": self.business_name,
            "register_name": self.register_name,
            "manager_pin": self.pin,
            "pin_confirm": self.pin_confirm,
        }
        for key, widget in widgets.items():
            widget.setProperty("invalid", key in errors)
            set_state(widget, "error" if key in errors else "")
        if errors:
            self._fit_height()
            first = next(iter(errors))
            widgets.get(first, self.address).setFocus()
            return
        sandbox = self.sandbox.isChecked()
        data = SetupData(
            secret_key="" if sandbox else self.secret_key.text().strip(),
            publishable_key="" if sandbox else self.publishable_key.text().strip(),
            business_name=self.business_name.text().strip(),
            business_address=self.address.toPlainText().strip(),
            register_name=self.register_name.text().strip(),
            currency=str(self.currency.currentData()),
            manager_pin=self.pin.text(),
            training_sandbox=sandbox,
        )
        self.result_data = data
        emit(self.completed, data)
        self.accept()

    def done(self, result: int) -> None:
        # The key and the PIN must not linger in a hidden dialog's widgets.
        for secret in (self.secret_key, self.pin, self.pin_confirm):
            secret.clear()
        super().done(result)
