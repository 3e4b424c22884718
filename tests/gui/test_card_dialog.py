"""The card dialog: grouping, brand, Luhn, field errors on leaving, swipes, Enter and Esc."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton

from pos_app.domain.money import Money
from pos_app.services.charging import ChargeRequest
from pos_app.ui.dialogs.card_dialog import CardDialog
from pos_app.ui.ops import TaskRunner
from pos_app.ui.qtcompat import emit

from .conftest import FakeCharges

pytestmark = pytest.mark.gui

NEXT_YEAR = (date.today().year + 1) % 100
# Track 1 then track 2, as a keyboard-wedge reader types them (ISO 7813).
SWIPE = (
    f"%B4242424242424242^LOVELACE/ADA^{NEXT_YEAR:02d}12101000000000000000?"
    f";4242424242424242={NEXT_YEAR:02d}121010000000000?"
)


@pytest.fixture
def dialog(qtbot, fake_charges: FakeCharges, runner: TaskRunner) -> CardDialog:
    request = ChargeRequest(Money(1250, "usd"), "FRONT-1-0001")
    widget = CardDialog(fake_charges, request)
    qtbot.addWidget(widget)
    widget.open()
    qtbot.waitExposed(widget)
    return widget


def field(dialog: CardDialog, name: str) -> QLineEdit:
    found = dialog.findChild(QLineEdit, name)
    assert found is not None, name
    return found


def label(dialog: CardDialog, name: str) -> QLabel:
    found = dialog.findChild(QLabel, name)
    assert found is not None, name
    return found


def leave(qtbot, dialog: CardDialog, name: str) -> None:
    """Tab out of a field, as the cashier does."""
    qtbot.keyClick(field(dialog, name), Qt.Key.Key_Tab)


def test_the_number_is_grouped_per_brand_as_it_is_typed(qtbot, dialog: CardDialog) -> None:
    number = field(dialog, "cardNumberInput")
    qtbot.keyClicks(number, "42424242")
    assert number.text() == "4242 4242"
    assert label(dialog, "cardBrandLabel").text() == "Visa"
    number.clear()
    qtbot.keyClicks(number, "378282246310005")
    assert number.text() == "3782 822463 10005"
    assert label(dialog, "cardBrandLabel").text() == "American Express"
    assert field(dialog, "cardCvcInput").maxLength() == 4


def test_extra_digits_beyond_the_brand_length_are_refused(qtbot, dialog: CardDialog) -> None:
    number = field(dialog, "cardNumberInput")
    qtbot.keyClicks(number, "555555555555444499")  # Mastercard numbers have 16 digits
    assert number.text() == "5555 5555 5555 4444"


def test_luhn_feedback_once_the_number_is_complete(qtbot, dialog: CardDialog) -> None:
    number = field(dialog, "cardNumberInput")
    qtbot.keyClicks(number, "4242424242424241")
    assert "not valid" in label(dialog, "cardNumberError").text()
    qtbot.keyClick(number, Qt.Key.Key_Backspace)
    qtbot.keyClicks(number, "2")
    assert "looks right" in label(dialog, "cardNumberError").text()


def test_expiry_in_the_past_is_named_when_the_field_is_left(qtbot, dialog: CardDialog) -> None:
    expiry = field(dialog, "cardExpiryInput")
    expiry.setFocus()
    qtbot.keyClicks(expiry, "0120")
    assert expiry.text() == "01/20"  # the slash comes by itself
    assert label(dialog, "cardExpiryError").text() == ""
    leave(qtbot, dialog, "cardExpiryInput")
    assert label(dialog, "cardExpiryError").text() == "Expiry is in the past"


def test_short_cvc_is_named_when_the_field_is_left(qtbot, dialog: CardDialog) -> None:
    qtbot.keyClicks(field(dialog, "cardNumberInput"), "4242424242424242")
    cvc = field(dialog, "cardCvcInput")
    assert cvc.echoMode() == QLineEdit.EchoMode.Password
    assert cvc.maxLength() == 3
    cvc.setFocus()
    qtbot.keyClicks(cvc, "12")
    leave(qtbot, dialog, "cardCvcInput")
    assert label(dialog, "cardCvcError").text() == "CVC must be 3 digits"


def test_a_swipe_typed_by_a_wedge_reader_fills_the_card_and_leaves_no_trace(
    qtbot, dialog: CardDialog
) -> None:
    name = field(dialog, "cardNameInput")
    name.setFocus()
    qtbot.keyClicks(name, SWIPE)
    qtbot.keyClick(name, Qt.Key.Key_Return)  # readers end with Enter: it must not submit
    assert field(dialog, "cardNumberInput").text() == "4242 4242 4242 4242"
    assert field(dialog, "cardExpiryInput").text() == f"12/{NEXT_YEAR:02d}"
    assert name.text() == "ADA LOVELACE"
    assert label(dialog, "cardBrandLabel").text() == "Visa"
    for widget in dialog.findChildren(QLineEdit):
        assert "%" not in widget.text() and "^" not in widget.text() and "?" not in widget.text()
    assert dialog.isVisible() and not dialog.in_flight
    # No CVC on a stripe: none is asked for, and Enter charges the swiped card.
    cvc = field(dialog, "cardCvcInput")
    assert cvc.text() == "" and "Not needed" in cvc.placeholderText()
    assert dialog.findChild(QPushButton, "cardSubmitButton").hasFocus()


def test_a_swipe_without_enter_ends_when_the_reader_goes_quiet(qtbot, dialog: CardDialog) -> None:
    number = field(dialog, "cardNumberInput")
    qtbot.keyClicks(number, SWIPE)
    qtbot.waitUntil(lambda: number.text() == "4242 4242 4242 4242", timeout=2000)
    assert field(dialog, "cardExpiryInput").text() == f"12/{NEXT_YEAR:02d}"


def test_a_swipe_pasted_in_one_go_is_recognised(qtbot, dialog: CardDialog) -> None:
    postal = field(dialog, "cardPostalInput")
    postal.setMaxLength(200)
    emit(postal.textEdited, SWIPE)
    assert field(dialog, "cardNumberInput").text() == "4242 4242 4242 4242"
    assert postal.text() == ""


def test_an_unreadable_swipe_says_so_and_fills_nothing(qtbot, dialog: CardDialog) -> None:
    number = field(dialog, "cardNumberInput")
    qtbot.keyClicks(number, "%B1234^X?")
    qtbot.keyClick(number, Qt.Key.Key_Return)
    assert "could not be read" in label(dialog, "cardErrorLabel").text()
    assert number.text() == ""


def test_a_percent_sign_then_another_field_is_typing_not_a_swipe(qtbot, dialog: CardDialog) -> None:
    # A reader types into the field that has the focus: a key in another field ends what
    # was held back as a possible swipe, even at a reader's speed.
    name, postal = field(dialog, "cardNameInput"), field(dialog, "cardPostalInput")
    qtbot.keyClicks(name, "O'Brien 100%")
    qtbot.keyClicks(postal, "SW1A 1AA")
    assert name.text() == "O'Brien 100%"
    assert postal.text() == "SW1A 1AA"


def fill(qtbot, dialog: CardDialog, number: str = "4242424242424242") -> None:
    qtbot.keyClicks(field(dialog, "cardNumberInput"), number)
    qtbot.keyClicks(field(dialog, "cardExpiryInput"), f"12{NEXT_YEAR:02d}")
    qtbot.keyClicks(field(dialog, "cardCvcInput"), "123")
    qtbot.keyClicks(field(dialog, "cardPostalInput"), "10001")


def test_enter_with_errors_names_them_and_sends_nothing(
    qtbot, dialog: CardDialog, fake_charges: FakeCharges
) -> None:
    qtbot.keyClicks(field(dialog, "cardNumberInput"), "4242")
    qtbot.keyClick(field(dialog, "cardNumberInput"), Qt.Key.Key_Return)
    assert label(dialog, "cardNumberError").text() == "Card number is incomplete"
    assert label(dialog, "cardExpiryError").text() == "Enter the expiry as MM/YY"
    assert "Nothing was sent" in label(dialog, "cardErrorLabel").text()
    assert fake_charges.sent == []


def test_enter_submits_a_complete_card(
    qtbot, dialog: CardDialog, fake_charges: FakeCharges
) -> None:
    fill(qtbot, dialog)
    with qtbot.waitSignal(dialog.charge_succeeded, timeout=5000):
        qtbot.keyClick(field(dialog, "cardPostalInput"), Qt.Key.Key_Return)
    assert [(r.order_id, last4) for r, last4 in fake_charges.sent] == [("FRONT-1-0001", "4242")]
    assert not dialog.isVisible()


def test_escape_cancels_when_nothing_is_in_flight(qtbot, dialog: CardDialog) -> None:
    fill(qtbot, dialog)
    with qtbot.waitSignal(dialog.rejected, timeout=2000):
        qtbot.keyClick(field(dialog, "cardCvcInput"), Qt.Key.Key_Escape)
    assert field(dialog, "cardNumberInput").text() == ""  # no card data left behind


def test_every_field_is_named_and_explained(dialog: CardDialog) -> None:
    for name in (
        "cardNumberInput",
        "cardExpiryInput",
        "cardCvcInput",
        "cardPostalInput",
        "cardNameInput",
    ):
        widget = field(dialog, name)
        assert widget.accessibleName() and widget.toolTip(), name
    for name in ("cardSubmitButton", "cardCancelButton"):
        widget = dialog.findChild(QPushButton, name)
        assert widget.accessibleName() and widget.toolTip(), name
    assert "Enter" in dialog.findChild(QPushButton, "cardSubmitButton").toolTip()
    assert "Esc" in dialog.findChild(QPushButton, "cardCancelButton").toolTip()


def test_backspace_over_the_expiry_slash_works(qtbot, dialog: CardDialog) -> None:
    expiry = field(dialog, "cardExpiryInput")
    qtbot.keyClicks(expiry, "12")
    assert expiry.text() == "12/"
    qtbot.keyClick(expiry, Qt.Key.Key_Backspace)
    qtbot.keyClick(expiry, Qt.Key.Key_Backspace)
    assert expiry.text() == "1"


def test_the_cvc_takes_digits_only(qtbot, dialog: CardDialog) -> None:
    qtbot.keyClicks(field(dialog, "cardCvcInput"), "1a2b3")
    assert field(dialog, "cardCvcInput").text() == "123"
