"""Amounts in the shop's locale (pos_app/ui/amounts.py): written and read as the locale writes
them, with Stripe's decimals whatever the locale data says, on the screens and on receipts."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import httpx
import pytest
from escpos.printer import File
from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QLabel,
    QLineEdit,
    QPushButton,
    QStyle,
    QStyleOptionComboBox,
    QTextBrowser,
)

from pos_app.app import apply_locale, create_main_window
from pos_app.domain.cards import Brand
from pos_app.domain.errors import ValidationError
from pos_app.domain.keys import Mode
from pos_app.domain.models import Card, Charge, ChargeStatus
from pos_app.domain.money import Money
from pos_app.domain.printers import PrinterKind, PrinterTarget
from pos_app.services.context import TillContext
from pos_app.services.escpos_receipt import EscposDevice
from pos_app.services.printing import PrinterSetup, ReceiptPrinting
from pos_app.services.receipts import ReceiptService, ShopDetails
from pos_app.services.setup import SetupState
from pos_app.storage.paths import AppPaths
from pos_app.storage.settings import Settings, SettingsStore
from pos_app.storage.setup import SetupForm, validate_setup
from pos_app.ui import amounts
from pos_app.ui.amounts import format_amount, format_plain, locale_for, parse_amount
from pos_app.ui.dialogs.refund_dialog import RefundDialog
from pos_app.ui.dialogs.settings_dialog import SettingsDialog
from pos_app.ui.dialogs.setup_form import SetupFields
from pos_app.ui.events import TillEvents
from pos_app.ui.pages.charge_page import ChargePage
from pos_app.ui.widgets import AmountInput
from tests.fixtures_peers import Peer

from .test_acceptance import EXPIRY

pytestmark = pytest.mark.gui

NBSP = "\u00a0"
NNBSP = "\u202f"  # French groups digits with a narrow no-break space


@pytest.fixture
def german() -> Iterator[QLocale]:
    locale = QLocale("de_DE")
    amounts.set_locale(locale)
    yield locale


def money(minor: int, currency: str) -> Money:
    return Money(minor, currency)


# -- writing --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("locale", "amount", "written"),
    [
        ("en_US", money(123450, "usd"), "$1,234.50"),
        ("en_US", money(123450, "eur"), "€1,234.50"),
        ("en_US", money(0, "usd"), "$0.00"),
        ("de_DE", money(123450, "eur"), f"1.234,50{NBSP}€"),
        ("de_DE", money(1250, "usd"), f"12,50{NBSP}$"),
        ("fr_FR", money(123450, "eur"), f"1{NNBSP}234,50{NBSP}€"),
        ("fr_FR", money(123456789, "eur"), f"1{NNBSP}234{NNBSP}567,89{NBSP}€"),
        ("ja_JP", money(1235, "jpy"), "￥1,235"),
        ("en_US", money(1235, "jpy"), "¥1,235"),
        ("de_DE", money(1235, "jpy"), f"1.235{NBSP}¥"),
        # Three decimals (KWD): Stripe's exponent, in the locale's separators.
        ("en_US", money(1234500, "kwd"), f"KWD{NBSP}1,234.500"),
        ("de_DE", money(1234500, "kwd"), f"1.234,500{NBSP}KWD"),
        ("fr_FR", money(12340, "kwd"), f"12,340{NBSP}KWD"),
        # A code stands beside the number with a space; the locale's own symbol where known.
        ("en_US", money(1250, "sek"), f"SEK{NBSP}12.50"),
        ("de_CH", money(123450, "chf"), f"CHF{NBSP}1'234.50"),
        ("nl_NL", money(123450, "eur"), f"€{NBSP}1.234,50"),
        # Negative amounts (a day's net after refunds): the locale's minus, never brackets.
        ("en_US", money(-1250, "usd"), "-$12.50"),
        ("de_DE", money(-1250, "eur"), f"-12,50{NBSP}€"),
    ],
)
def test_amounts_are_written_as_the_locale_writes_money(
    locale: str, amount: Money, written: str
) -> None:
    assert format_amount(amount, QLocale(locale)) == written


@pytest.mark.parametrize(
    ("locale", "amount", "written"),
    [
        # Stripe: two decimals. The locale data: none (Qt writes 1,235 kr. for 1234.5).
        ("is_IS", money(123456, "isk"), f"1.234,56{NBSP}kr."),
        ("hu_HU", money(123456, "huf"), f"1234,56{NBSP}Ft"),
        ("id_ID", money(123456, "idr"), f"Rp{NBSP}1.234,56"),
        ("es_CO", money(123456, "cop"), f"${NBSP}1.234,56"),
        # ISK is charged in whole units: a whole amount shows none, as on the domain's format.
        ("is_IS", money(50000, "isk"), f"500{NBSP}kr."),
    ],
)
def test_the_decimals_are_stripes_not_the_locale_datas(
    locale: str, amount: Money, written: str
) -> None:
    qt_own = QLocale(locale).toCurrencyString(1234.56)
    assert "56" not in qt_own  # the locale data rounds these currencies to whole units
    assert format_amount(amount, QLocale(locale)) == written
    assert parse_amount(written, amount.currency, QLocale(locale)) == amount


def test_format_plain_is_the_number_to_edit_and_reads_back() -> None:
    for name in ("en_US", "de_DE", "fr_FR", "ja_JP"):
        locale = QLocale(name)
        for amount in (money(123450, "eur"), money(1235, "jpy"), money(1234560, "kwd")):
            text = format_plain(amount, locale)
            assert text.isascii() and "," not in text.replace(locale.decimalPoint(), "")
            assert parse_amount(text, amount.currency, locale) == amount


def test_a_computer_without_a_locale_writes_amounts_in_united_states_english() -> None:
    assert format_amount(money(123450, "usd"), locale_for("C")) == "$1,234.50"


# -- reading --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("locale", "currency", "text", "minor"),
    [
        ("en_US", "usd", "1,234.50", 123450),
        ("en_US", "usd", "$1,234.50", 123450),
        ("en_US", "usd", "  12.5 USD ", 1250),
        ("en_US", "usd", "1,234", 123400),
        ("de_DE", "eur", "1.234,50", 123450),
        ("de_DE", "eur", "1234,5", 123450),
        ("de_DE", "eur", f"1.234,50{NBSP}€", 123450),
        ("de_DE", "eur", "EUR 12,50", 1250),
        ("de_DE", "eur", ",50", 50),
        ("de_DE", "eur", "12,", 1200),
        ("de_DE", "eur", "1 234,50", 123450),  # spaces only ever group
        ("fr_FR", "eur", "1 234,50 €", 123450),  # typed: plain spaces
        ("fr_FR", "eur", f"1{NNBSP}234,50{NBSP}€", 123450),  # pasted: as written
        ("fr_FR", "eur", "12,5", 1250),
        ("ja_JP", "jpy", "¥1,235", 1235),
        ("ja_JP", "jpy", "￥1,235", 1235),
        ("ja_JP", "jpy", "１，２３５円", 1235),  # full-width, from an input method
        ("en_US", "kwd", "1,234.5", 1234500),
        ("de_DE", "kwd", "1.234,560 KWD", 1234560),
        ("de_CH", "chf", "CHF 1'234.50", 123450),
    ],
)
def test_typed_and_pasted_amounts_are_read_in_the_locale(
    locale: str, currency: str, text: str, minor: int
) -> None:
    assert parse_amount(text, currency, QLocale(locale)) == Money(minor, currency)


@pytest.mark.parametrize(
    ("locale", "currency", "text", "words"),
    [
        # The other convention's decimal point: never guessed, 12.50 € could be 1250 €.
        ("de_DE", "eur", "12.50", "Use “,” for the decimals, as in 1.234,50."),
        ("de_DE", "eur", "1,234.50", "Use “,” for the decimals, as in 1.234,50."),
        ("en_US", "usd", "12,50", "Use “.” for the decimals, as in 1,234.50."),
        ("en_US", "usd", "1.234,50", "Use “.” for the decimals, as in 1,234.50."),
        ("fr_FR", "eur", "12.50", f"Use “,” for the decimals, as in 1{NNBSP}234,50."),
        ("de_DE", "eur", "1.23.456", "Use “,” for the decimals, as in 1.234,50."),
        ("en_US", "usd", "1 23 456", "Group the digits in threes, as in 1,234.50."),
        # A decimal with the wrong separator, never a thousand: these read as $5.00 and 1,00 €.
        ("en_US", "usd", "0,005", "Use “.” for the decimals, as in 1,234.50."),
        ("de_DE", "eur", "0.001", "Use “,” for the decimals, as in 1.234,50."),
        ("de_DE", "eur", "zwölf", "Type an amount such as 1.234,50."),
        ("de_DE", "eur", "12,50 Euro", "Type an amount such as 1.234,50."),
        ("de_DE", "eur", "   ", "Enter an amount."),
        ("de_DE", "eur", "-12,50", "The amount cannot be negative."),
        ("de_DE", "eur", "12,50 USD", "That amount is not in EUR."),
        ("de_DE", "eur", "12,505", "EUR amounts have at most 2 decimals."),
        ("ja_JP", "jpy", "1,235.5", "JPY amounts have no decimal places."),
        ("ja_JP", "jpy", "12.5", "JPY amounts have no decimal places."),
        ("en_US", "kwd", "1.2345", "KWD amounts have at most 3 decimals."),
        ("en_US", "kwd", "abc", "Type an amount such as 1,234.500."),
        ("ja_JP", "jpy", "abc", "Type an amount such as 1,235."),
        ("en_US", "usd", "12.5²", "Type an amount such as 1,234.50."),
        ("en_US", "usd", "1234567890123.45", "That amount is too large."),
    ],
)
def test_ambiguous_or_invalid_text_is_refused_naming_the_field_and_the_problem(
    locale: str, currency: str, text: str, words: str
) -> None:
    with pytest.raises(ValidationError) as refused:
        parse_amount(text, currency, QLocale(locale), field="confirm_above")
    assert refused.value.field == "confirm_above"
    assert refused.value.message == words


def test_a_minus_is_read_where_the_caller_allows_it() -> None:
    locale = QLocale("de_DE")
    assert parse_amount("-12,50 €", "eur", locale, allow_negative=True) == Money(-1250, "eur")
    assert parse_amount("(12.50)", "usd", QLocale("en_US"), allow_negative=True).amount == -1250


# -- the till's screens ---------------------------------------------------------------------


def test_the_amount_field_shows_and_takes_the_locales_decimal_separator(
    qtbot, german: QLocale
) -> None:
    field = AmountInput("eur")
    qtbot.addWidget(field)
    shown = []
    for digit in "1250":
        qtbot.keyClicks(field, digit)
        shown.append(field.text())
    assert shown == [f"0,01{NBSP}€", f"0,12{NBSP}€", f"1,25{NBSP}€", f"12,50{NBSP}€"]
    field.clear_amount()
    qtbot.keyClicks(field, "1234,5")
    assert field.text() == f"1.234,50{NBSP}€"
    assert field.money() == Money(123450, "eur")
    # The numeric keypad's separator key means the decimals whatever it sends.
    field.clear_amount()
    qtbot.keyClicks(field, "7")
    qtbot.keyClick(field, Qt.Key.Key_Period, Qt.KeyboardModifier.KeypadModifier)
    qtbot.keyClicks(field, "5")
    assert field.money() == Money(750, "eur")


def test_a_german_till_reads_a_typed_point_as_thousands(qtbot, german: QLocale) -> None:
    field = AmountInput("eur")
    qtbot.addWidget(field)
    qtbot.keyClicks(field, "1.234,56")
    assert field.text() == f"1.234,56{NBSP}€"
    assert field.money() == Money(123456, "eur") and field.problem() == ""
    # "12.50" is not how Germany writes twelve euros fifty: shown as typed, never charged.
    field.clear_amount()
    qtbot.keyClicks(field, "12.50")
    assert field.text() == f"12.50{NBSP}€"
    assert field.problem() == "Type three digits after each “.”, as in 1.234,50."


def test_a_pasted_amount_is_read_in_the_locale_and_a_foreign_one_refused_with_why(
    qtbot, german: QLocale
) -> None:
    field = AmountInput("eur")
    qtbot.addWidget(field)
    refusals: list[str] = []
    field.refused.connect(refusals.append)
    QGuiApplication.clipboard().setText("1.234,56 €")
    qtbot.keyClick(field, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert field.money() == Money(123456, "eur")
    assert field.text() == f"1.234,56{NBSP}€"
    assert field.paste_amount("12.50") is False
    assert field.money() == Money(123456, "eur")
    assert refusals == ["Not pasted: Use “,” for the decimals, as in 1.234,50."]


def test_the_charge_page_in_german(qtbot, till: TillContext, german: QLocale) -> None:
    till = dataclasses.replace(till, currency="eur")
    page = ChargePage(till, TillEvents())
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    qtbot.keyClicks(page.amount_input, "4")
    assert not page.charge_button.isEnabled()
    status = page.findChild(QLabel, "chargeStatusLabel")
    assert status is not None
    assert status.text() == f"The minimum card charge is 0,50{NBSP}€."
    qtbot.keyClicks(page.amount_input, "9,9")
    assert page.charge_button.text() == f"Charge 49,90{NBSP}€"


def test_the_refund_dialog_offers_and_reads_the_amount_in_the_locale(
    qtbot, german: QLocale
) -> None:
    dialog = RefundDialog(None, None, charge(Money(123450, "eur")), UTC)  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    assert dialog.amount_input.text() == "1234,50"
    assert dialog.submit_button.text() == f"Refund 1.234,50{NBSP}€"
    dialog.amount_input.setText("1.000,5")
    dialog.amount_input.textEdited.emit("1.000,5")
    assert dialog.submit_button.text() == f"Refund 1.000,50{NBSP}€"
    dialog.amount_input.setText("2.000")
    dialog.submit()
    error = dialog.findChild(QLabel, "refundErrorLabel")
    assert error is not None
    assert error.text() == f"At most 1.234,50{NBSP}€ is left to refund on this charge."


# -- receipts -------------------------------------------------------------------------------


def charge(amount: Money) -> Charge:
    return Charge(
        id="ch_3PqRsTuVwXyZ0123",
        amount=amount,
        amount_refunded=Money(0, amount.currency),
        status=ChargeStatus.SUCCEEDED,
        paid=True,
        captured=True,
        refunded=False,
        created=datetime(2026, 3, 4, 12, 30, tzinfo=UTC),
        livemode=False,
        description="2 Milchkaffee",
        metadata={"order_id": "FRONT-1-000042", "entry_method": "swiped"},
        card=Card(id="", brand=Brand.VISA, last4="4242", exp_month=12, exp_year=2030),
    )


def german_receipts(tmp_path: Path) -> ReceiptService:
    return ReceiptService(
        ShopDetails("Eckcafé", "Hauptstraße 1\n10115 Berlin", "Danke!"),
        register_id="FRONT-1",
        mode=Mode.TEST,
        receipts_dir=tmp_path,
        format_amount=lambda m: format_amount(m, QLocale("de_DE")),
    )


def test_a_receipt_rendered_with_the_german_formatter(tmp_path: Path) -> None:
    service = german_receipts(tmp_path)
    receipt = service.build(charge(Money(123450, "eur")), cashier="Sam")
    text = service.render_text(receipt)
    total = next(line for line in text.splitlines() if line.startswith("TOTAL"))
    assert total.endswith(f"1.234,50{NBSP}€") and len(total) == 42
    assert f"1.234,50{NBSP}€" in service.render_html(receipt)
    assert "$" not in text and "1,234.50" not in text


def test_the_thermal_receipt_uses_the_same_formatter_and_prints_plain_spaces(
    tmp_path: Path,
) -> None:
    service = german_receipts(tmp_path)
    out = tmp_path / "lp0"
    printing = ReceiptPrinting(
        PrinterSetup(PrinterTarget(PrinterKind.NETWORK, host="printer.local")),
        device_factory=lambda target: EscposDevice(File(str(out))),
        format_amount=service.format_amount,
    )
    printing.print_thermal(service.build(charge(Money(123450, "eur")), cashier="Sam"))
    total = next(line for line in out.read_bytes().split(b"\n") if b"TOTAL" in line)
    assert total.endswith(b"1.234,50 \x80")  # € in code page 1252, a plain space before it
    assert b"1,234.50" not in out.read_bytes()


# -- the setting ----------------------------------------------------------------------------


def test_the_locale_is_stored_in_the_settings_and_applied_when_the_till_is_built(
    tmp_path: Path,
) -> None:
    store = SettingsStore(tmp_path / "settings.json")
    store.save(Settings(locale="fr_FR"))
    assert store.load().locale == "fr_FR"
    with pytest.raises(ValidationError):
        Settings(locale="french")
    assert validate_setup(SetupForm(locale="de-DE"), require_keys=False, require_pin=False)[
        "locale"
    ]
    fmt = apply_locale(store.load())
    assert fmt(Money(123450, "eur")) == f"1{NNBSP}234,50{NBSP}€"
    assert format_amount(Money(123450, "eur")) == f"1{NNBSP}234,50{NBSP}€"
    apply_locale(Settings())  # "" follows the computer (United States English here)
    assert format_amount(Money(123450, "eur")) == "€1,234.50"


def test_the_settings_offer_the_system_default_and_a_list_of_locales(qtbot) -> None:
    fields = SetupFields(SetupState(SetupForm(locale="de_DE")), settings=True)
    qtbot.addWidget(fields)
    combo = fields.locale_choice
    assert combo is not None
    names = [combo.itemData(i) for i in range(combo.count())]
    assert names[0] == "" and combo.itemText(0) == "System default"
    assert {"en_US", "en_GB", "de_DE", "fr_FR", "es_ES", "it_IT", "nl_NL", "ja_JP"} <= set(names)
    assert combo.currentData() == "de_DE"
    assert combo.currentText() == "Deutsch (Deutschland)"
    sample = fields.locale_sample
    assert sample is not None
    assert sample.text() == (f"Amounts read 1.234,50{NBSP}$. It applies once saved.")
    combo.setCurrentIndex(combo.findData("fr_FR"))
    assert fields.form().locale == "fr_FR"
    fields.currency.setCurrentIndex(fields.currency.findData("eur"))
    assert sample.text() == f"Amounts read 1{NNBSP}234,50{NBSP}€. It applies once saved."
    combo.setCurrentIndex(0)
    assert fields.form().locale == ""
    assert sample.text() == (
        "This computer's: American English. Amounts read €1,234.50. It applies once saved."
    )
    # The first-run setup has no choice and keeps what is stored.
    first = SetupFields(SetupState(SetupForm(locale="ja_JP"), first_run=True), settings=False)
    qtbot.addWidget(first)
    assert first.locale_choice is None and first.form().locale == "ja_JP"


# -- the real till against the sandbox --------------------------------------------------------


def test_a_german_till_charges_an_amount_typed_with_a_comma_in_the_right_minor_units(
    qtbot, sandbox: Peer, tmp_path: Path
) -> None:
    env = {
        "POS_STRIPE_SECRET_KEY": sandbox.secret_key,
        "POS_STRIPE_API_BASE": sandbox.base_url,
        "POS_DATA_DIR": str(tmp_path / "till-data"),
        "POS_REGISTER_ID": "FRONT-1",
        "POS_CASHIER": "Sam",
        "POS_CURRENCY": "eur",
    }
    paths = AppPaths.resolve(env).ensure()
    SettingsStore(paths.settings_path).save(Settings(business_name="Eckcafé", locale="de_DE"))
    window = create_main_window(env)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    page = window.charge_page

    qtbot.keyClicks(page.amount_input, "1234,5")
    assert page.amount_input.text() == f"1.234,50{NBSP}€"
    assert page.charge_button.text() == f"Charge 1.234,50{NBSP}€"
    qtbot.keyClick(page.amount_input, Qt.Key.Key_Return)
    # Above the shop's threshold (1.000 €) the amount is read back first, in German style.
    box = page.large_confirm_box
    assert box is not None
    assert box.text() == f"Charge 1.234,50{NBSP}€?"
    assert box.informativeText().startswith(f"This is more than 1.000,00{NBSP}€.")
    confirm = next(b for b in box.buttons() if b.objectName() == "largeAmountConfirmButton")
    qtbot.mouseClick(confirm, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.card_dialog is not None, timeout=5000)
    dialog = page.card_dialog
    assert dialog is not None
    qtbot.keyClicks(dialog.findChild(QLineEdit, "cardNumberInput"), "4242424242424242")
    qtbot.keyClicks(dialog.findChild(QLineEdit, "cardExpiryInput"), EXPIRY)
    qtbot.keyClicks(dialog.findChild(QLineEdit, "cardCvcInput"), "123")
    qtbot.keyClicks(dialog.findChild(QLineEdit, "cardPostalInput"), "10115")
    with qtbot.waitSignal(page.charge_approved, timeout=30_000) as approved:
        qtbot.mouseClick(
            dialog.findChild(QPushButton, "cardSubmitButton"), Qt.MouseButton.LeftButton
        )
    result = approved.args[0]

    response = httpx.get(
        f"{sandbox.base_url}/v1/charges/{result.charge.id}",
        auth=(sandbox.secret_key, ""),
        timeout=10,
    )
    assert response.json()["amount"] == 123450 and response.json()["currency"] == "eur"
    status = window.findChild(QLabel, "chargeStatusLabel")
    assert status is not None and status.text().startswith(f"Approved 1.234,50{NBSP}€ — VISA")
    receipt = page.receipt_dialog
    assert receipt is not None
    text = receipt.findChild(QTextBrowser, "receiptView").toPlainText()
    assert "1.234,50" in text and "1,234.50" not in text
    assert window.runner.drain(30_000)
    window.close()


def test_every_locale_name_fits_the_settings_list_on_a_small_panel(qtbot) -> None:
    dialog = SettingsDialog(
        None,  # type: ignore[arg-type]
        SetupState(SetupForm(business_name="Eckcafé", register_id="R1")),
        mode=Mode.SANDBOX,
    )
    qtbot.addWidget(dialog)
    dialog.resize(dialog.minimumWidth(), 600)
    dialog.show()
    qtbot.waitExposed(dialog)
    combo = dialog.fields.locale_choice
    assert combo is not None
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    room = combo.style().subControlRect(
        QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, combo
    )
    metrics = combo.fontMetrics()
    cut = [
        combo.itemText(i)
        for i in range(combo.count())
        if metrics.horizontalAdvance(combo.itemText(i)) > room.width()
    ]
    assert cut == []
