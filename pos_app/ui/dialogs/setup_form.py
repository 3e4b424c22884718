"""The fields the setup and settings dialogs share: how the till takes payments (a Stripe
account or training), the keys and where to find them, the shop, the register and the PIN.

Two columns, so the whole form fits a 1024 x 600 screen. The rules are not here: the dialogs
ask the setup service (services/setup.py), which asks storage/setup.py.
"""

from __future__ import annotations

from itertools import pairwise

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from pos_app.domain.errors import ValidationError
from pos_app.domain.money import Money
from pos_app.services.setup import (
    SETUP_FIELDS,
    SetupForm,
    SetupState,
    dashboard_keys_hint,
    default_confirm_above,
)

from ..amounts import (
    format_amount,
    format_plain,
    locale_choices,
    locale_for,
    locale_words,
    parse_amount,
)
from ..i18n import language_choices
from ..qtcompat import emit
from ..style import set_state
from ..widgets import describe

#: The widest a field's caption gets before it wraps (docs/ui.md: long translations).
_CAPTION_WIDTH = 170

__all__ = ["CURRENCIES", "SetupFields"]

#: Currencies offered by default (lowercase ISO codes, as Stripe spells them).
CURRENCIES = ("usd", "eur", "gbp", "cad", "aud", "nzd", "chf", "sek", "nok", "dkk", "jpy")


class SetupFields(QWidget):
    """The shared form; `settings=True` adds the large-charge threshold and makes keys and
    PIN optional (empty keeps what is stored)."""

    #: The training / Stripe account choice changed.
    mode_changed = Signal(bool)

    def __init__(
        self,
        state: SetupState,
        *,
        settings: bool,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("setupFields")
        self._state = state
        self._settings = settings
        self.inputs: dict[str, QWidget] = {}
        self.errors: dict[str, QLabel] = {}
        form = state.form

        # -- how the till takes payments: a clear choice, not a checkbox between key fields
        self.stripe_choice = QRadioButton(self.tr("This shop's Stripe account"))
        describe(
            self.stripe_choice,
            "setupStripeChoice",
            self.tr("Stripe account"),
            self.tr("Charge real cards (or Stripe's test cards with test keys) through Stripe"),
        )
        self.training_choice = QRadioButton(self.tr("Training mode: no account, no real money"))
        describe(
            self.training_choice,
            "setupTrainingChoice",
            self.tr("Training mode"),
            self.tr(
                "Practise with the built-in sandbox on this computer; every screen says SANDBOX"
            ),
        )
        for choice in (self.stripe_choice, self.training_choice):
            choice.setProperty("role", "choice")
        self._choices = QButtonGroup(self)
        self._choices.addButton(self.stripe_choice)
        self._choices.addButton(self.training_choice)
        (self.training_choice if form.training else self.stripe_choice).setChecked(True)
        self.training_choice.toggled.connect(self._training_toggled)

        # -- the keys, and where to find them
        self.keys_hint = QLabel(dashboard_keys_hint(), self)
        self.keys_hint.setObjectName("setupKeysHint")
        self.keys_hint.setProperty("role", "hint")
        self.keys_hint.setWordWrap(True)
        self.secret_key = self._line(
            "secret_key",
            "setupSecretKeyInput",
            self.tr("Secret or restricted key"),
            self.tr(
                "The secret key (sk_…) or a restricted key (rk_…); kept in the system keychain"
            ),
        )
        self.secret_key.setEchoMode(QLineEdit.EchoMode.Password)
        self.publishable_key = self._line(
            "publishable_key",
            "setupPublishableKeyInput",
            self.tr("Publishable key"),
            self.tr("The publishable key (pk_…) from the same page, optional"),
        )
        self.secret_key.setPlaceholderText(self.tr("sk_live_… or rk_live_…"))
        self.publishable_key.setPlaceholderText(self.tr("pk_live_… (optional)"))
        self.keys_note = QLabel(self)
        self.keys_note.setObjectName("setupKeysNote")
        self.keys_note.setProperty("role", "hint")
        self.keys_note.setWordWrap(True)
        if state.keys_from_env:
            self.keys_note.setText(
                self.tr(
                    "The keys come from the environment (POS_STRIPE_SECRET_KEY): change them there."
                )
            )
        elif state.has_stored_keys:
            self.keys_note.setText(
                self.tr("Keys are stored in the keychain. Leave empty to keep them.")
            )
            self.secret_key.setPlaceholderText(self.tr("Stored: leave empty to keep"))
            self.publishable_key.setPlaceholderText(self.tr("Stored: leave empty to keep"))
        self.keys_note.setVisible(bool(self.keys_note.text()))

        # -- the shop and the register
        self.business_name = self._line(
            "business_name",
            "setupBusinessNameInput",
            self.tr("Business name"),
            self.tr("Printed at the top of every receipt"),
        )
        self.business_name.setText(form.business_name)
        self.address = QPlainTextEdit(self)
        describe(
            self.address,
            "setupAddressInput",
            self.tr("Business address"),
            self.tr("Printed under the business name; Enter starts a new line, Tab moves on"),
        )
        self.address.setTabChangesFocus(True)
        self.address.setFixedHeight(76)  # three lines of an address
        self.address.setPlainText(form.business_address)
        self.inputs["business_address"] = self.address
        self.register_name = self._line(
            "register_id",
            "setupRegisterInput",
            self.tr("Register name"),
            self.tr("Which till this is, e.g. FRONT-1: letters, digits, - or _; on every charge"),
        )
        self.register_name.setText(form.register_id)
        self.register_name.setPlaceholderText(self.tr("e.g. FRONT-1"))
        self.currency = QComboBox(self)
        describe(
            self.currency,
            "setupCurrencyCombo",
            self.tr("Currency"),
            self.tr("The currency this till charges in (Alt+Down opens the list)"),
        )
        codes = list(CURRENCIES)
        if form.currency not in codes:
            codes.append(form.currency)
        for code in codes:
            self.currency.addItem(code.upper(), code)
        self.currency.setCurrentIndex(max(self.currency.findData(form.currency), 0))
        self.inputs["currency"] = self.currency
        self.locale_choice: QComboBox | None = None
        self.locale_sample: QLabel | None = None
        if settings:
            self.locale_choice = QComboBox(self)
            describe(
                self.locale_choice,
                "setupLocaleCombo",
                self.tr("Locale"),
                self.tr(
                    "How amounts are written and read on the screens and receipts: the decimal "
                    "separator, the grouping and where the currency symbol goes (Alt+Down opens "
                    "the list)"
                ),
            )
            # Never wider than the column: the names are kept short (ui/amounts.py).
            self.locale_choice.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            self.locale_choice.setMinimumContentsLength(12)
            for name, words in locale_choices():
                self.locale_choice.addItem(words, name)
            if self.locale_choice.findData(form.locale) < 0:
                self.locale_choice.addItem(form.locale, form.locale)  # a name set by hand
            self.locale_choice.setCurrentIndex(max(self.locale_choice.findData(form.locale), 0))
            self.inputs["locale"] = self.locale_choice
            # What the choice means, in the till's currency: "1.234,50 €" under "Deutsch".
            self.locale_sample = QLabel(self)
            self.locale_sample.setObjectName("setupLocaleSample")
            self.locale_sample.setProperty("role", "hint")
            self.locale_sample.setWordWrap(True)
            self.locale_choice.currentIndexChanged.connect(self._show_locale_sample)
            self.currency.currentIndexChanged.connect(self._show_locale_sample)
            self._show_locale_sample()
        self.language = QComboBox(self)
        describe(
            self.language,
            "setupLanguageCombo",
            self.tr("Language"),
            self.tr(
                "The language of the till and its receipts; it changes when the settings are "
                "saved and the till starts again"
            ),
        )
        for code, name in language_choices():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(self.language.findData(form.language), 0))
        self.inputs["language"] = self.language
        self.confirm_above: QLineEdit | None = None
        if settings:
            self.confirm_above = self._line(
                "confirm_above",
                "setupConfirmAboveInput",
                self.tr("Confirm charges above"),
                self.tr("A charge above this amount is read back to the cashier before the card"),
            )
            if form.confirm_above is not None:
                self.confirm_above.setText(format_plain(Money(form.confirm_above, form.currency)))
            default = Money(default_confirm_above(form.currency), form.currency)
            self.confirm_above.setPlaceholderText(
                self.tr("{amount} (the default)").format(amount=format_plain(default))
            )

        # -- the manager PIN
        optional_pin = settings and state.has_pin
        self.pin = self._line(
            "manager_pin",
            "setupPinInput",
            self.tr("New manager PIN") if optional_pin else self.tr("Manager PIN"),
            self.tr("4 to 8 digits; asked for refunds and settings")
            + (self.tr("; leave empty to keep the PIN") if optional_pin else ""),
        )
        self.pin_confirm = self._line(
            "pin_confirm",
            "setupPinConfirmInput",
            self.tr("Confirm manager PIN"),
            self.tr("Type the same PIN again"),
        )
        for pin in (self.pin, self.pin_confirm):
            pin.setEchoMode(QLineEdit.EchoMode.Password)
            pin.setMaxLength(8)
        if optional_pin:
            self.pin.setPlaceholderText(self.tr("Leave empty to keep it"))

        # -- layout: the payments column and the shop column
        choice_box = QFrame(self)
        choice_box.setObjectName("setupChoiceBox")
        choices = QVBoxLayout(choice_box)
        choices.setContentsMargins(16, 8, 16, 8)
        choices.setSpacing(8)
        choices.addWidget(self.stripe_choice)
        choices.addWidget(self.training_choice)

        left = QGridLayout()
        left.setHorizontalSpacing(16)
        left.setVerticalSpacing(8)
        left.addWidget(self._caption(self.tr("How this till takes payments")), 0, 0, 1, 2)
        left.addWidget(choice_box, 1, 0, 1, 2)
        left.addWidget(self.keys_hint, 2, 0, 1, 2)
        row = 3
        for caption, key in (
            (self.tr("Secret key"), "secret_key"),
            (self.tr("Publishable key"), "publishable_key"),
        ):
            row = self._add_row(left, row, caption, key)
        left.addWidget(self.keys_note, row, 0, 1, 2)
        left.setRowStretch(row + 1, 1)
        left.setColumnStretch(1, 1)

        right = QGridLayout()
        right.setHorizontalSpacing(16)
        right.setVerticalSpacing(8)
        #: The shop's section starts here (a scrolled form shows it from its caption).
        self.shop_caption = self._caption(self.tr("This shop and this register"))
        right.addWidget(self.shop_caption, 0, 0, 1, 2)
        row = 1
        shop_rows = [
            (self.tr("Business name"), "business_name"),
            (self.tr("Address"), "business_address"),
            (self.tr("Register name"), "register_id"),
            (self.tr("Currency"), "currency"),
            (self.tr("Language"), "language"),
        ]
        if settings:
            shop_rows.append((self.tr("Locale"), "locale"))
            shop_rows.append((self.tr("Confirm charges over"), "confirm_above"))
        shop_rows += [
            (self.tr("New PIN") if optional_pin else self.tr("Manager PIN"), "manager_pin"),
            (self.tr("Confirm PIN"), "pin_confirm"),
        ]
        for caption, key in shop_rows:
            row = self._add_row(right, row, caption, key)
            if key == "locale" and self.locale_sample is not None:
                right.addWidget(self.locale_sample, row, 1)
                row += 1
        right.setRowStretch(row, 1)
        right.setColumnStretch(1, 1)

        columns = QHBoxLayout(self)
        columns.setContentsMargins(0, 0, 0, 0)
        columns.setSpacing(24)
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)
        # Tab goes the way the form reads: the choice, the keys, then the shop's rows top to
        # bottom. Made in another order (the choice last, Locale before Language), Tab went
        # from Currency to Locale above Language and from the PIN back up to the choice.
        chain = [
            self.stripe_choice,
            self.training_choice,
            self.inputs["secret_key"],
            self.inputs["publishable_key"],
            *(self.inputs[key] for _caption, key in shop_rows),
        ]
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)
        self._training_toggled(self.training_choice.isChecked())

    # -- building ---------------------------------------------------------------------------

    def _line(self, key: str, name: str, accessible: str, tooltip: str) -> QLineEdit:
        line = QLineEdit(self)
        describe(line, name, accessible, tooltip)
        self.inputs[key] = line
        # A field being fixed loses its message (messages never go stale).
        line.textEdited.connect(self._edited)
        return line

    def _edited(self) -> None:
        sender = self.sender()
        for key, widget in self.inputs.items():
            if widget is sender:
                self._set_error(key, "")

    def _caption(self, text: str) -> QLabel:
        label = QLabel(text, self)
        label.setProperty("role", "sectionTitle")
        return label

    def _add_row(self, grid: QGridLayout, row: int, caption: str, key: str) -> int:
        widget = self.inputs[key]
        label = QLabel(caption, self)
        label.setProperty("role", "fieldLabel")
        label.setBuddy(widget)
        # A long caption ("Zahlungen bestätigen über") takes two lines instead of pushing its
        # field out of the column.
        label.setWordWrap(True)
        label.setMaximumWidth(_CAPTION_WIDTH)
        label.ensurePolished()  # the caption's own (bold) font, from the style sheet
        natural = label.fontMetrics().horizontalAdvance(caption) + 4
        label.setMinimumWidth(min(natural, _CAPTION_WIDTH))  # short captions stay one line
        # Beside a one-line field the caption sits on its middle; beside the address, on top.
        vertical = (
            Qt.AlignmentFlag.AlignTop
            if isinstance(widget, QPlainTextEdit)
            else Qt.AlignmentFlag.AlignVCenter
        )
        if isinstance(widget, QPlainTextEdit):
            label.setContentsMargins(0, 8, 0, 0)
        grid.addWidget(label, row, 0, Qt.AlignmentFlag.AlignRight | vertical)
        widget.setMinimumWidth(220)
        grid.addWidget(widget, row, 1)
        error = QLabel(self)
        error.setObjectName(f"{widget.objectName().removesuffix('Input')}Error")
        error.setProperty("role", "fieldError")
        error.setWordWrap(True)
        error.hide()
        self.errors[key] = error
        # Under the field, but as wide as caption and field: most messages fit one line.
        grid.addWidget(error, row + 1, 0, 1, 2)
        error.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        return row + 2

    def _show_locale_sample(self) -> None:
        if self.locale_choice is None or self.locale_sample is None:
            return
        locale = locale_for(str(self.locale_choice.currentData()))
        sample = format_amount(Money(123450, str(self.currency.currentData())), locale)
        words = self.tr("Amounts read {sample}. It applies once saved.").format(sample=sample)
        if not self.locale_choice.currentData():
            words = self.tr("This computer's: {locale}. {words}").format(
                locale=locale_words(locale), words=words
            )
        self.locale_sample.setText(words)

    def _training_toggled(self, training: bool) -> None:
        keys_editable = not training and not self._state.keys_from_env
        for widget in (self.secret_key, self.publishable_key):
            widget.setEnabled(keys_editable)
        self.keys_hint.setEnabled(not training)
        if training:
            for key in ("secret_key", "publishable_key"):
                self._set_error(key, "")
        emit(self.mode_changed, training)

    # -- values and messages ---------------------------------------------------------------

    @property
    def training(self) -> bool:
        return self.training_choice.isChecked()

    def form(self) -> SetupForm:
        """What is typed now (the threshold, when unreadable, is reported by `own_errors`)."""
        currency = str(self.currency.currentData())
        return SetupForm(
            training=self.training,
            secret_key="" if self.training else self.secret_key.text().strip(),
            publishable_key="" if self.training else self.publishable_key.text().strip(),
            business_name=self.business_name.text().strip(),
            business_address=self.address.toPlainText().strip(),
            register_id=self.register_name.text().strip(),
            currency=currency,
            language=str(self.language.currentData()),
            manager_pin=self.pin.text(),
            pin_confirm=self.pin_confirm.text(),
            confirm_above=self._confirm_above(currency),
            # The first-run setup has no choice: the computer's own, or what is stored.
            locale=str(self.locale_choice.currentData())
            if self.locale_choice
            else self._state.form.locale,
        )

    def _confirm_above(self, currency: str) -> int | None:
        if self.confirm_above is None or not self.confirm_above.text().strip():
            return None
        try:
            return parse_amount(self.confirm_above.text(), currency, field="confirm_above").amount
        except ValidationError:
            return None

    def own_errors(self) -> dict[str, str]:
        """What only the form can tell: a threshold that is not an amount."""
        field = self.confirm_above
        if field is None or not field.text().strip():
            return {}
        try:
            parse_amount(field.text(), str(self.currency.currentData()), field="confirm_above")
        except ValidationError as exc:
            message = exc.message.rstrip(".") + "."
            return {"confirm_above": message}
        return {}

    def show_errors(self, errors: dict[str, str]) -> QWidget | None:
        """Each field's message under it; returns the first field with one (to focus)."""
        for key in self.errors:
            self._set_error(key, errors.get(key, ""))
        first = next((key for key in SETUP_FIELDS if key in errors and key in self.inputs), None)
        return self.inputs[first] if first is not None else None

    def _set_error(self, key: str, message: str) -> None:
        label = self.errors.get(key)
        if label is None:
            return
        label.setText(message)
        label.setVisible(bool(message))
        widget = self.inputs[key]
        widget.setProperty("invalid", bool(message))
        set_state(widget, "error" if message else "")

    def clear_secrets(self) -> None:
        """The keys and the PIN must not linger in a hidden dialog's widgets."""
        for secret in (self.secret_key, self.publishable_key, self.pin, self.pin_confirm):
            secret.clear()
