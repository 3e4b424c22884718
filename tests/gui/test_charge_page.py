"""The charge page: terminal-style amount entry, keypad, live Charge button, Enter and Esc."""

from __future__ import annotations

from typing import TypeVar

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QPushButton, QWidget

from pos_app.domain.money import Money
from pos_app.services.context import TillContext
from pos_app.ui.events import TillEvents
from pos_app.ui.main_window import MainWindow
from pos_app.ui.ops import TaskRunner
from pos_app.ui.pages.charge_page import ChargePage
from pos_app.ui.widgets import AmountInput

from .conftest import FakeCharges
from .event_count import EventCount

W = TypeVar("W", bound=QWidget)

pytestmark = pytest.mark.gui


@pytest.fixture
def page(qtbot, till: TillContext, runner: TaskRunner) -> ChargePage:
    widget = ChargePage(till, TillEvents())
    qtbot.addWidget(widget)
    widget.resize(1000, 640)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def amount(page: ChargePage) -> QLineEdit:
    field = page.findChild(QLineEdit, "amountInput")
    assert field is not None
    return field


def button(page: ChargePage, name: str) -> QPushButton:
    found = page.findChild(QPushButton, name)
    assert found is not None, name
    return found


def status(page: ChargePage) -> str:
    label = page.findChild(QLabel, "chargeStatusLabel")
    assert label is not None
    return label.text()


def test_typed_digits_fill_from_the_cents_like_a_terminal(qtbot, page: ChargePage) -> None:
    field = amount(page)
    shown = []
    for digit in "1250":
        qtbot.keyClicks(field, digit)
        shown.append(field.text())
    assert shown == ["$0.01", "$0.12", "$1.25", "$12.50"]
    assert field.alignment() & Qt.AlignmentFlag.AlignRight
    assert button(page, "chargeButton").text() == "Charge $12.50"


def test_a_decimal_separator_also_works(qtbot, page: ChargePage) -> None:
    qtbot.keyClicks(amount(page), "12.5")
    assert amount(page).text() == "$12.50"
    qtbot.keyClicks(amount(page), "09")  # a third decimal is refused, as USD has two
    assert amount(page).text() == "$12.50"


def test_an_amount_typed_with_its_thousands_separator_is_charged_as_written(
    qtbot, page: ChargePage
) -> None:
    # A hurried cashier types "1,234.56" as it is written; the "," once meant the decimals
    # and the field showed $1.23.
    qtbot.keyClicks(amount(page), "1,234.56")
    assert amount(page).text() == "$1,234.56"
    assert button(page, "chargeButton").text() == "Charge $1,234.56"
    qtbot.keyClick(amount(page), Qt.Key.Key_Escape)
    qtbot.keyClicks(amount(page), "12,000")
    assert amount(page).text() == "$12,000.00"
    # Where no thousands can end, "," is the decimal key as before.
    qtbot.keyClick(amount(page), Qt.Key.Key_Escape)
    qtbot.keyClicks(amount(page), "1234,5")
    assert amount(page).text() == "$1,234.50"


def test_keys_typed_over_a_pasted_amount_start_a_new_one(qtbot, page: ChargePage) -> None:
    # A filled-in amount is not the start of a typed one: the decimal key made the cents of
    # $31.50 whole units ($3,150.00), and "20.00" typed over it came to $315,020.00.
    field = amount(page)
    assert isinstance(field, AmountInput)
    field.paste_amount("31.50")
    qtbot.keyClicks(field, ".")
    assert field.text() == "$0.00"
    field.paste_amount("31.50")
    qtbot.keyClicks(field, "20.00")
    assert field.text() == "$20.00"
    assert button(page, "chargeButton").text() == "Charge $20.00"
    field.paste_amount("31.50")
    qtbot.keyClicks(field, "1,200")
    assert field.text() == "$1,200.00"
    # Backspace edits the amount shown, as it does a typed one; Delete clears it.
    field.paste_amount("31.50")
    qtbot.keyClick(field, Qt.Key.Key_Backspace)
    assert field.text() == "$3.15"
    qtbot.keyClicks(field, "0")
    assert field.text() == "$31.50"
    field.paste_amount("31.50")
    qtbot.keyClick(field, Qt.Key.Key_Delete)
    assert field.text() == "$0.00"
    # A regular's last order, repeated, fills the amount in the same way.
    page.customer_panel.repeat_order.emit(Money(3150, "usd"), "2 flat whites")
    assert field.text() == "$31.50"
    qtbot.keyClicks(field, "9.")
    assert field.text() == "$9.00"


def test_half_typed_thousands_show_as_typed_and_charge_nothing(
    qtbot, page: ChargePage, fake_charges: FakeCharges
) -> None:
    field = amount(page)
    refusals: list[str] = []
    assert isinstance(field, AmountInput)
    field.refused.connect(refusals.append)
    qtbot.keyClicks(field, "12,50")  # the decimals in some countries, not in this shop's
    assert field.text() == "$12,50"
    charge = button(page, "chargeButton")
    assert charge.text() == "Charge" and not charge.isEnabled()
    sentence = "Type three digits after each “,”, as in 1,234.50."
    assert status(page) == sentence
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert status(page) == f"Amount: {sentence} Nothing was sent."
    assert page.card_dialog is None and fake_charges.sent == []
    qtbot.keyClicks(field, ".")  # no decimals until the group is whole
    assert refusals == [sentence] and field.text() == "$12,50"
    qtbot.keyClicks(field, "05")  # a fourth digit in a group is refused
    assert field.text() == "$12,500.00" and refusals == [sentence, sentence]
    assert charge.text() == "Charge $12,500.00" and charge.isEnabled()


def test_backspace_letters_and_leading_zeros(qtbot, page: ChargePage) -> None:
    field = amount(page)
    qtbot.keyClicks(field, "00abc123")
    assert field.text() == "$1.23"
    qtbot.keyClick(field, Qt.Key.Key_Backspace)
    assert field.text() == "$0.12"
    assert button(page, "chargeButton").text() == "Charge $0.12"


def test_zero_decimal_currency_counts_whole_yen(qtbot) -> None:
    field = AmountInput("jpy")
    qtbot.addWidget(field)
    qtbot.keyClicks(field, "500")
    assert field.text() == "¥500"
    assert field.money() == Money(500, "jpy")


def test_keypad_buttons_type_into_the_amount_and_are_big_enough(qtbot, page: ChargePage) -> None:
    for name in ("keypad1", "keypad2", "keypad00", "keypadBackspace", "keypad5"):
        qtbot.mouseClick(button(page, name), Qt.MouseButton.LeftButton)
    assert amount(page).text() == "$12.05"
    qtbot.mouseClick(button(page, "keypadClear"), Qt.MouseButton.LeftButton)
    assert amount(page).text() == "$0.00"
    for key in [*"0123456789", "00", "Backspace", "Clear"]:
        keypad_button = button(page, f"keypad{key}")
        assert keypad_button.width() >= 48 and keypad_button.height() >= 48, key
        assert keypad_button.toolTip() and keypad_button.accessibleName(), key
    assert not button(page, "chargeButton").isEnabled()


def test_every_interactive_widget_is_named_and_explained(page: ChargePage) -> None:
    for name in ("amountInput", "orderIdInput", "descriptionInput", "receiptEmailInput"):
        field = page.findChild(QLineEdit, name)
        assert field is not None and field.accessibleName() and field.toolTip(), name
    assert "Enter" in button(page, "chargeButton").toolTip()


def test_no_order_number_is_taken_before_a_sale_is_charged(
    qtbot, page: ChargePage, fake_charges: FakeCharges
) -> None:
    order = page.findChild(QLineEdit, "orderIdInput")
    assert order.text() == "" and "taken when charged" in order.placeholderText()
    assert not order.isReadOnly()  # a paper order number may be typed
    assert fake_charges.orders == 0


def test_enter_without_an_amount_names_the_amount_and_sends_nothing(
    qtbot, page: ChargePage, fake_charges: FakeCharges
) -> None:
    qtbot.keyClick(amount(page), Qt.Key.Key_Return)
    assert status(page).startswith("Amount:")
    assert page.card_dialog is None
    assert fake_charges.sent == []


def test_an_invalid_email_is_named_and_nothing_is_sent(
    qtbot, page: ChargePage, fake_charges: FakeCharges
) -> None:
    qtbot.keyClicks(amount(page), "1250")
    email = page.findChild(QLineEdit, "receiptEmailInput")
    qtbot.keyClicks(email, "not-an-address")
    qtbot.keyClick(email, Qt.Key.Key_Return)
    assert status(page).startswith("Receipt e-mail:")
    assert "Nothing was sent" in status(page)
    assert email.property("invalid") is True
    assert page.card_dialog is None and fake_charges.sent == []


def test_below_the_minimum_is_refused_before_anything_is_sent(qtbot, page: ChargePage) -> None:
    qtbot.keyClicks(amount(page), "25")
    qtbot.mouseClick(button(page, "chargeButton"), Qt.MouseButton.LeftButton)
    assert "minimum" in status(page)
    assert page.card_dialog is None


def test_enter_with_a_valid_amount_opens_the_card_dialog(qtbot, page: ChargePage) -> None:
    qtbot.keyClicks(amount(page), "1250")
    qtbot.keyClick(amount(page), Qt.Key.Key_Return)
    dialog = page.card_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.objectName() == "cardDialog"
    assert dialog.findChild(QPushButton, "cardSubmitButton").text() == "Charge $12.50"
    assert not button(page, "chargeButton").isEnabled()


def test_escape_clears_the_amount_then_the_details(qtbot, page: ChargePage) -> None:
    qtbot.keyClicks(amount(page), "999")
    description = page.findChild(QLineEdit, "descriptionInput")
    description.setText("Two coffees")
    qtbot.keyClick(amount(page), Qt.Key.Key_Escape)
    assert amount(page).text() == "$0.00"
    assert description.text() == "Two coffees"
    qtbot.keyClick(amount(page), Qt.Key.Key_Escape)
    assert description.text() == ""


def test_tab_order_follows_the_flow(qtbot, page: ChargePage) -> None:
    # Without a customer directory (this till has none) the customer row is not there.
    assert not page.customer_panel.isVisible()
    amount(page).setFocus()
    qtbot.keyClicks(amount(page), "500")
    order = []
    for _ in range(4):
        qtbot.keyClick(page.focusWidget(), Qt.Key.Key_Tab)
        order.append(page.focusWidget().objectName())
    assert order == ["orderIdInput", "descriptionInput", "receiptEmailInput", "chargeButton"]


def shown(qtbot, widget: W, width: int, height: int) -> W:  # type: ignore[no-untyped-def]
    """`widget` at `width` x `height`, shown and exposed (its first paint done)."""
    qtbot.addWidget(widget)
    widget.resize(width, height)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


@pytest.fixture
def early_page(qtbot, till: TillContext, runner: TaskRunner) -> ChargePage:
    """The page as the window first paints it: the till's identity, no services yet."""
    return shown(qtbot, ChargePage(till.identity, TillEvents()), 1000, 640)


def test_before_the_services_exist_charge_waits_and_says_so(
    qtbot, early_page: ChargePage, till: TillContext
) -> None:
    qtbot.keyClicks(amount(early_page), "1250")
    assert status(early_page) == "Getting ready…"
    assert not button(early_page, "chargeButton").isEnabled()
    assert button(early_page, "chargeButton").toolTip() == "Getting ready…"

    early_page.attach(till)
    assert status(early_page) == "Type an amount, then press Enter to charge."
    assert button(early_page, "chargeButton").isEnabled()


def test_enter_before_the_services_exist_is_charged_once_they_do(
    qtbot, early_page: ChargePage, till: TillContext
) -> None:
    qtbot.keyClicks(amount(early_page), "1250")
    qtbot.keyClick(amount(early_page), Qt.Key.Key_Return)
    assert early_page.card_dialog is None  # nothing to charge with yet, and no error either
    assert status(early_page) == "Getting ready…"

    early_page.attach(till)
    qtbot.waitUntil(lambda: early_page.card_dialog is not None)
    assert early_page.card_dialog.isVisible()
    early_page.card_dialog.reject()


def test_esc_forgets_an_enter_made_before_the_services_existed(
    qtbot, early_page: ChargePage, till: TillContext
) -> None:
    qtbot.keyClicks(amount(early_page), "1250")
    qtbot.keyClick(amount(early_page), Qt.Key.Key_Return)
    qtbot.keyClick(amount(early_page), Qt.Key.Key_Escape)

    early_page.attach(till)
    QApplication.processEvents()  # where a remembered charge would start
    assert early_page.card_dialog is None


def test_the_sales_words_repaint_the_status_line_and_nothing_else(
    qtbot, till: TillContext, runner: TaskRunner
) -> None:
    # In the main window a label that asked for room, or a busy bar shown or hidden, made
    # the tab widget repaint the whole page and its tab bar at every step of a sale.
    # The amount's cursor stays still: its blink would repaint the field while the bar waits.
    hints = QGuiApplication.styleHints()
    flash = hints.cursorFlashTime()
    hints.setCursorFlashTime(0)
    try:
        _the_sales_words_repaint_the_status_line_only(qtbot, till)
    finally:
        hints.setCursorFlashTime(flash)


def _the_sales_words_repaint_the_status_line_only(qtbot, till: TillContext) -> None:
    window = shown(qtbot, MainWindow(till), 1280, 800)
    line = window.charge_page.status
    line.set_status("idle", "Type an amount, then press Enter to charge.")
    qtbot.wait(50)  # lets the first layout and paints finish
    words = EventCount(QEvent.Type.Paint)
    line.label.installEventFilter(words)
    elsewhere = [window.pages.tabBar(), window.charge_page.keypad, amount(window.charge_page)]
    counts = [EventCount(QEvent.Type.Paint) for _ in elsewhere]
    for widget, count in zip(elsewhere, counts, strict=True):
        widget.installEventFilter(count)

    # Words that keep to one line: a message that needs another line lays the page out
    # again, as it must.
    for state, text in (
        ("working", "Charging $12.50…"),
        ("unknown", "Checking with Stripe…"),
        ("approved", "Approved $12.50"),
    ):
        painted = words.count
        line.set_status(state, text)
        qtbot.waitUntil(lambda painted=painted: words.count > painted)
        if state == "working":
            # A short wait reads from the words; the bar comes once it lasts.
            assert not line.bar_shown
            qtbot.waitUntil(lambda: line.bar_shown and line.busy_bar.isVisible(), timeout=2000)
        else:
            # Still busy ("unknown"), the bar stays; the outcome takes it away.
            assert line.bar_shown == (state == "unknown")
    qtbot.wait(50)  # a repaint of the page would come with the last one

    assert [count.count for count in counts] == [0, 0, 0]
    # The bar keeps clear of the words, and gives their room back when it goes.
    assert line.label.contentsMargins().right() == 0
    line.set_status("working", "Charging $12.50…")
    label_right = line.label.mapTo(line, line.label.contentsRect().topRight())
    qtbot.waitUntil(lambda: line.bar_shown)
    bar = line.busy_bar.mapTo(line, line.busy_bar.rect().topLeft())
    assert label_right.x() < bar.x()  # the words made room before the bar came


def test_a_wait_shorter_than_the_bars_delay_shows_no_bar(
    qtbot, till: TillContext, runner: TaskRunner
) -> None:
    window = shown(qtbot, MainWindow(till), 1280, 800)
    line = window.charge_page.status
    line.set_status("working", "Charging $12.50…")
    assert line.bar_coming and not line.bar_shown
    line.set_status("approved", "Approved $12.50")
    assert not line.bar_coming and not line.bar_shown  # it will not come later either
    assert line.label.contentsMargins().right() == 0


def test_a_long_message_gets_every_line_it_needs(
    qtbot, till: TillContext, runner: TaskRunner
) -> None:
    # The smallest panel: the message wraps to several lines.
    window = shown(qtbot, MainWindow(till), 1024, 600)
    line = window.charge_page.status
    words = line.label
    short_height = words.height()
    line.set_status(
        "unknown",
        "No answer from Stripe yet: checking whether the card was charged. "
        "Do not charge the card again.",
    )
    qtbot.waitUntil(lambda: words.height() > short_height)
    assert words.height() >= words.heightForWidth(words.width())  # nothing cut off
    assert window.minimumSizeHint().height() <= 600 - 30  # still fits the panel
    line.set_status("approved", "Approved $12.50")
    qtbot.waitUntil(lambda: words.height() == short_height)
