"""First-run setup: how the till takes payments, the Stripe keys, the shop, the register, the
currency and the manager PIN; checked with Stripe, then saved.

The settings dialog (settings_dialog.py) is the same form after the first run. Both ask the
setup service (services/setup.py) for the rules, the key check and the saving, as the charge
page asks the charge service; the check and the save run off the GUI thread.
"""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import QPoint, QRect, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QStyle,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from pos_app.domain.errors import (
    ConfigurationError,
    SecretStoreUnavailable,
    StripeError,
    ValidationError,
)
from pos_app.services.messages import cashier_message
from pos_app.services.setup import (
    DEFAULT_RECEIPT_FOOTER,
    SetupForm,
    SetupState,
    TillSetup,
    key_check_words,
)

from ..i18n import translated_in
from ..ops import Op
from ..qtcompat import emit
from ..scrolled_form import FormScrollArea
from ..style import ensure_style, set_state
from ..widgets import describe, keep_on_screen, screen_of
from .receipt_settings import ReceiptFields
from .setup_form import CURRENCIES, SetupFields

__all__ = ["CURRENCIES", "SetupDialog"]

#: The dialog's least width with the form in two columns (long translations beside a scroll bar).
_TWO_COLUMNS_WIDTH = 940


class SetupDialog(QDialog):
    """Collects, checks and saves the setup; open it with ``open()``.

    `completed` carries the SetupForm as saved, without keys or PIN.
    """

    completed = Signal(object)

    def __init__(
        self,
        setup: TillSetup,
        state: SetupState,
        parent: QWidget | None = None,
        *,
        settings: bool = False,
    ) -> None:
        super().__init__(parent)
        ensure_style()
        self._setup = setup
        self._state = state
        self._settings = settings
        self._op: Op[dict[str, str]] | None = None
        self._sized = False
        self.result_form: SetupForm | None = None
        name = self.tr("Settings") if settings else self.tr("Set up this till")
        self.setObjectName("settingsDialog" if settings else "setupDialog")
        self.setAccessibleName(name)
        self.setWindowTitle(name)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        # Room for the locale names beside the scroll bar the shop column gets on a small panel
        # (one column on a screen narrower still: `_refit`).
        self.setMinimumWidth(_TWO_COLUMNS_WIDTH)

        title = QLabel(name, self)
        title.setProperty("role", "title")
        self.intro = QLabel(self)
        self.intro.setObjectName("setupIntro")
        self.intro.setWordWrap(True)
        self.intro.setProperty("role", "hint")
        self.fields = SetupFields(state, settings=settings, parent=self)
        self.fields.mode_changed.connect(self._mode_changed)

        self.message = QLabel(self)
        self.message.setObjectName("setupMessageLabel")
        self.message.setWordWrap(True)
        self.message.setProperty("role", "fieldError")
        self.message.hide()

        self.save_button = QPushButton(self)
        describe(
            self.save_button,
            "setupSaveButton",
            self.tr("Save settings") if settings else self.tr("Save setup"),
            self.tr("Check the keys with Stripe, save, and start the till (Enter)"),
        )
        self.save_button.setProperty("role", "primary")
        self.save_button.setProperty("compact", True)
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.submit)
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        describe(
            self.cancel_button,
            "setupCancelButton",
            self.tr("Cancel") if settings else self.tr("Cancel setup"),
            self.tr("Close without saving (Esc)") if settings else self.tr("Quit setup (Esc)"),
        )
        self.cancel_button.setAutoDefault(False)
        self.cancel_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.cancel_button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 24, 24, 24)
        layout.setSpacing(16)
        # The form scrolls when the screen is too short for it (a 1024 x 600 panel with every
        # message showing); title, messages and buttons always stay in view.
        self.scroll_area = self._scrolling(self.fields, "setupScroll")
        # Settings only: the receipt's words and the receipt printer, on a tab of their own.
        self.receipt_fields: ReceiptFields | None = None
        self.tabs: QTabWidget | None = None
        body: QWidget = self.scroll_area
        if settings:
            self.receipt_fields = ReceiptFields(state.form, self)
            self.fields.setContentsMargins(0, 16, 0, 0)
            self.tabs = QTabWidget(self)
            self.tabs.setObjectName("settingsTabs")
            self.tabs.setAccessibleName(self.tr("Settings pages"))
            self.tabs.setDocumentMode(True)
            self.tabs.addTab(self.scroll_area, self.tr("Payments and shop"))
            self.tabs.addTab(
                self._scrolling(self.receipt_fields, "receiptSettingsScroll"),
                self.tr("Receipts and printer"),
            )
            self.tabs.setTabToolTip(0, self.tr("Stripe keys, business, register, currency, PIN"))
            self.tabs.setTabToolTip(1, self.tr("Tax number, footer and the receipt printer"))
            body = self.tabs
            #: The language the footer field's default is in (`_language_chosen`).
            self._footer_language = str(self.fields.language.currentData())
            self.fields.language.currentIndexChanged.connect(self._language_chosen)
        layout.addWidget(title)
        layout.addWidget(self.intro)
        layout.addWidget(body, 1)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self._mode_changed(self.fields.training)
        (self.fields.business_name if state.form.training else self.fields.secret_key).setFocus()
        if not state.form.training and not self.fields.secret_key.isEnabled():
            self.fields.business_name.setFocus()

    def _language_chosen(self) -> None:
        """A footer still as the till wrote it follows the language chosen, on screen before
        it is saved; one the shop wrote stays as written."""
        receipt = self.receipt_fields
        assert receipt is not None
        chosen = str(self.fields.language.currentData())
        untouched = {
            DEFAULT_RECEIPT_FOOTER,
            translated_in(self._footer_language, "Receipts", DEFAULT_RECEIPT_FOOTER),
        }
        if receipt.footer.toPlainText().strip() in untouched:
            receipt.footer.setPlainText(translated_in(chosen, "Receipts", DEFAULT_RECEIPT_FOOTER))
        self._footer_language = chosen

    def _scrolling(self, page: QWidget, name: str) -> FormScrollArea:
        area = FormScrollArea(self)
        area.setObjectName(name)
        area.setWidgetResizable(True)
        area.setFrameShape(QFrame.Shape.NoFrame)
        area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # Not a stop of its own for Tab: nothing showed where the focus had gone.
        area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        area.setWidget(page)
        # The form sits on the dialog's own background, not the scroll area's grey.
        page.setAutoFillBackground(False)
        area.viewport().setAutoFillBackground(False)
        return area

    def form(self) -> SetupForm:
        """What is typed now, on every tab."""
        form = self.fields.form()
        if self.receipt_fields is not None:
            return self.receipt_fields.apply(form)
        # The first-run setup has no receipt tab: what is stored stays as it is.
        stored = self._state.form
        return dataclasses.replace(
            form,
            tax_id=stored.tax_id,
            receipt_footer=stored.receipt_footer,
            printer_kind=stored.printer_kind,
            printer_name=stored.printer_name,
            printer_usb=stored.printer_usb,
            printer_host=stored.printer_host,
            printer_port=stored.printer_port,
            auto_print=stored.auto_print,
            cut_paper=stored.cut_paper,
            open_drawer=stored.open_drawer,
            locale=stored.locale,
        )

    def _show_errors(self, errors: dict[str, str]) -> QWidget | None:
        """Every field's message on both tabs; the first field with one, its tab shown."""
        first = self.fields.show_errors(errors)
        if self.receipt_fields is not None:
            on_receipts = self.receipt_fields.show_errors(errors)
            if first is None and on_receipts is not None and self.tabs is not None:
                self.tabs.setCurrentIndex(1)
                return on_receipts
        if first is not None and self.tabs is not None:
            self.tabs.setCurrentIndex(0)
        return first

    # -- convenience for tests and automation -------------------------------------------------

    @property
    def secret_key(self) -> QLineEdit:
        return self.fields.secret_key

    @property
    def publishable_key(self) -> QLineEdit:
        return self.fields.publishable_key

    @property
    def business_name(self) -> QLineEdit:
        return self.fields.business_name

    @property
    def address(self) -> QPlainTextEdit:
        return self.fields.address

    @property
    def register_name(self) -> QLineEdit:
        return self.fields.register_name

    @property
    def pin(self) -> QLineEdit:
        return self.fields.pin

    @property
    def pin_confirm(self) -> QLineEdit:
        return self.fields.pin_confirm

    @property
    def training_choice(self) -> QRadioButton:
        return self.fields.training_choice

    @property
    def busy(self) -> bool:
        return self._op is not None and self._op.running

    # -- behaviour ---------------------------------------------------------------------------

    def _mode_changed(self, training: bool) -> None:
        if training:
            self.intro.setText(
                self.tr(
                    "Training mode runs the till against a sandbox on this computer: no Stripe "
                    "account, no network, no real money. Every screen and receipt says SANDBOX. "
                    "Keys can be added later in Settings."
                )
            )
            self.save_button.setText(
                self.tr("Save") if self._settings else self.tr("Start training")
            )
        else:
            self.intro.setText(
                self.tr(
                    "The Stripe keys go to the system keychain, never to a file, and are checked "
                    "with Stripe before anything is saved. The PIN is kept only as a salted hash."
                )
            )
            self.save_button.setText(
                self.tr("Check keys and save") if self._settings else self.tr("Save and start")
            )
        self._show_message("")

    def _show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._sized:
            self._sized = True
            self._refit()

    def _room(self) -> int:
        screen = screen_of(self)
        return screen.availableGeometry().height() - 48 if screen is not None else 10_000

    def validate(self) -> dict[str, str]:
        """Per-field messages for what is typed now; empty when it can be checked and saved."""
        form = self.form()
        return {**self._setup.validate_state(self._state, form), **self.fields.own_errors()}

    def submit(self) -> None:
        """Validate (nothing leaves on error), then check the keys with Stripe and save."""
        if self.busy:
            return
        errors = self.validate()
        first = self._show_errors(errors)
        if errors:
            self._show_message(self.tr("Check the fields marked in red. Nothing was saved."))
            if first is not None:
                first.setFocus()
            self._refit()
            return
        form = self.form()
        self._set_busy(
            True,
            self.tr("Checking the keys with Stripe…") if form.secret_key else self.tr("Saving…"),
        )
        setup, first_run = self._setup, not self._settings

        def check_and_save() -> dict[str, str]:
            problems = setup.check_keys(form)
            if not problems:
                setup.save(form, first_run=first_run)
            return problems

        self._op = Op(self, check_and_save).success(self._checked).failure(self._failed).run()

    def _checked(self, problems: dict[str, str]) -> None:
        self._set_busy(False, "")
        if problems:
            first = self._show_errors(problems)
            self._show_message(self.tr("Stripe did not accept the keys. Nothing was saved."))
            if first is not None:
                first.setFocus()
            self._refit()
            return
        saved = dataclasses.replace(
            self.form(), secret_key="", publishable_key="", manager_pin="", pin_confirm=""
        )
        self.result_form = saved
        self._saved(saved)
        emit(self.completed, saved)
        self.accept()

    def _saved(self, form: SetupForm) -> None:
        """What a subclass says once saved (the settings dialog lists what changed)."""

    def _failed(self, error: BaseException) -> None:
        self._set_busy(False, "")
        if isinstance(error, ValidationError):
            first = self._show_errors({error.field: error.message})
            self._show_message(self.tr("Check the fields marked in red. Nothing was saved."))
            if first is not None:
                first.setFocus()
        elif isinstance(error, SecretStoreUnavailable):
            self._show_message(
                self.tr(
                    "This computer has no keychain to keep the Stripe keys in. Choose training "
                    "mode to start now, or set POS_STRIPE_SECRET_KEY in the till's environment."
                )
            )
            self.fields.training_choice.setFocus()
        elif isinstance(error, StripeError):
            self._show_message(key_check_words(error) + self.tr(" Nothing was saved."))
        elif isinstance(error, ConfigurationError):
            self._show_message(str(error))
        else:
            self._show_message(cashier_message(error).text)
        self._refit()

    def _set_busy(self, busy: bool, text: str) -> None:
        self.fields.setEnabled(not busy)
        if self.receipt_fields is not None:
            self.receipt_fields.setEnabled(not busy)
        self.save_button.setEnabled(not busy)
        self.cancel_button.setEnabled(not busy)
        if busy:
            self.message.setProperty("role", "hint")
            set_state(self.message, "")
            self._show_message(text)
        else:
            self.message.setProperty("role", "fieldError")
            set_state(self.message, "")
            self._show_message("")

    def _refit(self) -> None:
        """As tall as the form needs (messages add lines), never taller than the screen:
        beyond that the form scrolls."""
        pages: list[QWidget] = [self.fields]
        if self.receipt_fields is not None:
            pages.append(self.receipt_fields)
        screen = screen_of(self)
        across = screen.availableGeometry().width() if screen is not None else 10_000
        if across < _TWO_COLUMNS_WIDTH:
            # An 800 px panel: the columns one above the other, the form scrolling down,
            # rather than a dialog wider than the screen with Save beyond its edge.
            for page in pages:
                columns = page.layout()  # the page's two columns, side by side
                assert isinstance(columns, QBoxLayout)
                columns.setDirection(QBoxLayout.Direction.TopToBottom)
            self.setMinimumWidth(0)
        for page in pages:
            page.adjustSize()
        wanted = max(page.sizeHint().height() for page in pages)
        body: QWidget = self.tabs if self.tabs is not None else self.scroll_area
        if self.tabs is not None:
            wanted += self.tabs.tabBar().sizeHint().height() + 8
        layout = self.layout()
        total = layout.totalSizeHint().height() if layout is not None else 0
        others = total - body.sizeHint().height()
        room = self._room()
        body.setMinimumHeight(max(min(wanted, room - others), 120))
        # As wide as the widest form needs beside its scroll bar (long translations), within
        # the screen: the form never scrolls sideways, so a narrower dialog would cut fields.
        bar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        margins = layout.contentsMargins() if layout is not None else None
        frame = 24 + (margins.left() + margins.right() if margins is not None else 0)
        needed = max(page.minimumSizeHint().width() for page in pages) + bar + frame
        width = min(max(self.width(), self.sizeHint().width(), needed), across)
        self.resize(width, min(max(self.height(), others + wanted), room))
        keep_on_screen(self)
        focused = self.focusWidget()
        if focused is not None and self.fields.isAncestorOf(focused):
            # The field the form starts in, in view however the form is folded.
            self._show_section_of(focused)

    def _show_section_of(self, focused: QWidget) -> None:
        """Scroll the form to the focused field's section, from its caption: brought into
        view alone, the field left the line above the caption cut through its middle (the
        training choice, on an 800 px panel's single column)."""
        area = self.scroll_area
        viewport = area.viewport()
        if viewport.rect().contains(QRect(focused.mapTo(viewport, QPoint(0, 0)), focused.size())):
            return  # in view as the form stands: the top of the form stays shown
        top = self.fields.shop_caption.mapTo(self.fields, QPoint(0, 0)).y() - 8
        field = focused.mapTo(self.fields, QPoint(0, 0)).y()
        if top < field and field + focused.height() - top <= viewport.height():
            bar = area.verticalScrollBar()
            bar.setValue(min(max(top, 0), bar.maximum()))
        area.show_whole(focused)

    def reject(self) -> None:
        if self.busy:
            return  # the check or the save finishes first
        super().reject()

    def done(self, result: int) -> None:
        # The key and the PIN must not linger in a hidden dialog's widgets.
        self.fields.clear_secrets()
        super().done(result)
