"""The moments around a sale: a decline, a swipe, the approval, words that never go stale,
the minimum, Quit, and a card dialog that keeps its shape."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QLineEdit, QMenuBar, QPushButton

from pos_app.domain.errors import CardDeclined, StripeConnectionError
from pos_app.services.context import TillContext
from pos_app.ui.main_window import MainWindow
from tests.faults.plan import REFUSE, Script
from tests.faults.proxy import FaultProxy
from tests.fixtures_peers import Peer

from .conftest import FakeCharges
from .helpers import (
    VISA,
    WRONG_CVC_CARD,
    YEAR,
    button,
    field,
    key_in,
    label,
    real_window,
    ring_up,
    stripe_charges,
    till_env,
)

pytestmark = pytest.mark.gui

SWIPE = (
    f"%B4242424242424242^LOVELACE/ADA^{YEAR:02d}12101000000000000000?"
    f";4242424242424242={YEAR:02d}121010000000000?"
)


@pytest.fixture
def fake_window(qtbot, till: TillContext) -> Iterator[MainWindow]:
    main = MainWindow(till)
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    yield main
    main.runner.drain(10_000)


def submit(qtbot, dialog) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(button(dialog, "cardSubmitButton"), Qt.MouseButton.LeftButton)


# --- a decline keeps what is right ------------------------------------------------------------


def test_a_wrong_cvc_clears_the_cvc_keeps_the_rest_says_it_once_and_points_there(
    qtbot, window: MainWindow
) -> None:
    dialog = ring_up(qtbot, window)
    key_in(qtbot, dialog, WRONG_CVC_CARD, name="Ada Lovelace")
    error = label(dialog, "cardErrorLabel")
    submit(qtbot, dialog)
    qtbot.waitUntil(lambda: error.text() != "" and not dialog.in_flight, timeout=30_000)

    assert error.text().startswith("Declined: the security code (CVC) is wrong.")
    cvc = field(dialog, "cardCvcInput")
    assert cvc.text() == "" and cvc.property("invalid") is True
    # What was right stays: expiry, postal code and name.
    assert field(dialog, "cardExpiryInput").text() == f"12/{YEAR:02d}"
    assert field(dialog, "cardPostalInput").text() == "10001"
    assert field(dialog, "cardNameInput").text() == "Ada Lovelace"
    # The number went with the token; the field says which card to key in again.
    number = field(dialog, "cardNumberInput")
    assert number.text() == "" and number.placeholderText() == "Key VISA •••• 0127 in again"
    assert number.hasFocus()
    # One message: the error box, not the same words again under the field.
    assert label(dialog, "cardCvcError").text() == ""
    assert label(dialog, "cardNumberError").text() == ""
    # Another try on the same order: only the number and the CVC are keyed again.
    qtbot.keyClicks(number, VISA)
    qtbot.keyClicks(cvc, "123")
    assert error.text() == ""  # fixing the CVC took the message away
    with qtbot.waitSignal(window.charge_page.charge_approved, timeout=30_000):
        submit(qtbot, dialog)


@pytest.fixture
def proxied_window(qtbot, fault_proxy: FaultProxy, tmp_path: Path) -> Iterator[MainWindow]:
    main = real_window(qtbot, till_env(fault_proxy.peer, tmp_path / "till"))
    yield main
    assert main.runner.drain(30_000)
    main.close()


def test_stripe_out_of_reach_clears_nothing_and_the_same_card_is_tried_again(
    qtbot, proxied_window: MainWindow, fault_proxy: FaultProxy, sandbox: Peer
) -> None:
    dialog = ring_up(qtbot, proxied_window)
    key_in(qtbot, dialog, name="Ada Lovelace")
    fault_proxy.set_plan(Script(None, "*", [REFUSE]))  # the network is down
    error = label(dialog, "cardErrorLabel")
    submit(qtbot, dialog)
    qtbot.waitUntil(lambda: error.text() != "" and not dialog.in_flight, timeout=60_000)

    assert error.text() == (
        "Could not reach Stripe. Nothing was charged. Check the network and try again."
    )
    assert field(dialog, "cardNumberInput").text() == "4242 4242 4242 4242"
    assert field(dialog, "cardCvcInput").text() == "123"
    assert field(dialog, "cardExpiryInput").text() == f"12/{YEAR:02d}"
    assert field(dialog, "cardNameInput").text() == "Ada Lovelace"
    assert button(dialog, "cardSubmitButton").hasFocus()  # Enter tries again
    fault_proxy.clear_plan()
    with qtbot.waitSignal(proxied_window.charge_page.charge_approved, timeout=30_000):
        qtbot.keyClick(button(dialog, "cardSubmitButton"), Qt.Key.Key_Return)
    assert len(stripe_charges(sandbox)) == 1


def test_a_plain_decline_empties_the_card_for_another_one(
    qtbot, fake_window: MainWindow, fake_charges: FakeCharges
) -> None:
    fake_charges.outcomes.append(CardDeclined("Your card was declined.", code="card_declined"))
    dialog = ring_up(qtbot, fake_window)
    key_in(qtbot, dialog, name="Ada Lovelace")
    error = label(dialog, "cardErrorLabel")
    submit(qtbot, dialog)
    qtbot.waitUntil(lambda: error.text() != "" and not dialog.in_flight, timeout=5000)
    for name in ("cardNumberInput", "cardExpiryInput", "cardCvcInput", "cardNameInput"):
        assert field(dialog, name).text() == "", name
    assert field(dialog, "cardNumberInput").hasFocus()
    # The decline's words go once the next card is being keyed.
    qtbot.keyClicks(field(dialog, "cardNumberInput"), "4")
    assert error.text() == ""


# --- a swiped card ------------------------------------------------------------------------------


def test_a_swiped_card_needs_no_cvc_and_forgets_the_previous_cards_cvc(
    qtbot, window: MainWindow, sandbox: Peer
) -> None:
    dialog = ring_up(qtbot, window)
    qtbot.keyClicks(field(dialog, "cardCvcInput"), "999")  # from a card keyed before
    number = field(dialog, "cardNumberInput")
    number.setFocus()
    qtbot.keyClicks(number, SWIPE)
    qtbot.keyClick(number, Qt.Key.Key_Return)  # the reader's Enter: read, not submitted
    assert field(dialog, "cardCvcInput").text() == ""
    assert dialog.form.validate() == {}
    with qtbot.waitSignal(window.charge_page.charge_approved, timeout=30_000):
        qtbot.keyClick(button(dialog, "cardSubmitButton"), Qt.Key.Key_Return)
    (charge,) = stripe_charges(sandbox)
    assert charge["payment_method_details"]["card"]["last4"] == "4242"


def test_keying_a_number_after_a_swipe_asks_for_the_cvc_again(
    qtbot, fake_window: MainWindow
) -> None:
    dialog = ring_up(qtbot, fake_window)
    number = field(dialog, "cardNumberInput")
    number.setFocus()
    qtbot.keyClicks(number, SWIPE)
    qtbot.keyClick(number, Qt.Key.Key_Return)
    assert "cvc" not in dialog.form.validate()
    number.clear()
    qtbot.keyClicks(number, VISA)
    assert dialog.form.validate().get("cvc") == "CVC must be 3 digits"


# --- messages never go stale ---------------------------------------------------------------------


def test_the_last_sales_approval_leaves_when_the_next_amount_is_typed(
    qtbot, fake_window: MainWindow
) -> None:
    dialog = ring_up(qtbot, fake_window)
    key_in(qtbot, dialog)
    with qtbot.waitSignal(fake_window.charge_page.charge_approved, timeout=5000):
        submit(qtbot, dialog)
    status = label(fake_window, "chargeStatusLabel")
    assert status.text().startswith("Approved $12.50")
    fake_window.charge_page.receipt_dialog.accept()
    qtbot.keyClicks(field(fake_window, "amountInput"), "5")
    assert status.text() == "The minimum card charge is $0.50."
    qtbot.keyClicks(field(fake_window, "amountInput"), "00")
    assert status.text() == "Type an amount, then press Enter to charge."


def test_a_fields_message_leaves_when_the_field_is_fixed(qtbot, fake_window: MainWindow) -> None:
    page = fake_window.charge_page
    email = field(fake_window, "receiptEmailInput")
    qtbot.keyClicks(field(fake_window, "amountInput"), "1250")
    qtbot.keyClicks(email, "ann@")
    qtbot.keyClick(email, Qt.Key.Key_Return)
    status = label(fake_window, "chargeStatusLabel")
    assert status.text().startswith("Receipt e-mail:")
    qtbot.keyClicks(email, "example.com")
    assert status.text() == "Type an amount, then press Enter to charge."
    assert email.property("invalid") is False
    assert page.card_dialog is None

    dialog = ring_up(qtbot, fake_window, "")
    expiry = field(dialog, "cardExpiryInput")
    qtbot.keyClicks(field(dialog, "cardNumberInput"), VISA)
    qtbot.keyClicks(expiry, "13")
    submit(qtbot, dialog)
    assert label(dialog, "cardExpiryError").text() != ""
    expiry.clear()
    qtbot.keyClicks(expiry, f"12{YEAR:02d}")
    assert label(dialog, "cardExpiryError").text() == ""


def test_number_looks_right_leaves_with_the_number(
    qtbot, fake_window: MainWindow, fake_charges: FakeCharges
) -> None:
    fake_charges.gate = threading.Event()
    dialog = ring_up(qtbot, fake_window)
    key_in(qtbot, dialog)
    hint = label(dialog, "cardNumberError")
    assert "Number looks right" in hint.text()
    submit(qtbot, dialog)
    qtbot.waitUntil(lambda: field(dialog, "cardNumberInput").text() == "", timeout=5000)
    assert hint.text() == ""
    fake_charges.gate.set()
    qtbot.waitUntil(lambda: fake_window.charge_page.card_dialog is None, timeout=5000)


# --- the approval moment --------------------------------------------------------------------------


def test_the_approval_shows_amount_card_order_the_receipt_choices_and_new_sale(
    qtbot, window: MainWindow
) -> None:
    dialog = ring_up(qtbot, window)
    key_in(qtbot, dialog)
    with qtbot.waitSignal(window.charge_page.charge_approved, timeout=30_000) as approved:
        submit(qtbot, dialog)
    order = approved.args[0].order_id
    receipt = window.charge_page.receipt_dialog
    assert receipt.windowTitle() == "Payment complete"
    assert label(receipt, "approvalTitle").text() == "Approved"
    assert label(receipt, "approvalAmount").text() == "$12.50"
    assert label(receipt, "approvalCard").text() == "VISA •••• 4242"
    assert label(receipt, "approvalOrder").text() == f"Order\u00a0{order}"
    for name in ("printReceiptButton", "saveReceiptPdfButton"):
        assert button(receipt, name).isVisible() and button(receipt, name).isEnabled()
    new_sale = button(receipt, "closeReceiptButton")
    assert new_sale.text() == "New sale" and new_sale.isDefault() and new_sale.hasFocus()
    with qtbot.waitSignal(receipt.finished, timeout=2000):
        qtbot.keyClick(new_sale, Qt.Key.Key_Return)
    amount = field(window, "amountInput")
    qtbot.waitUntil(lambda: window.focusWidget() is amount, timeout=2000)


# --- the minimum ----------------------------------------------------------------------------------


def test_charge_stays_disabled_below_the_minimum_with_the_reason_shown(
    qtbot, fake_window: MainWindow, fake_charges: FakeCharges
) -> None:
    amount = field(fake_window, "amountInput")
    charge = button(fake_window, "chargeButton")
    qtbot.keyClicks(amount, "49")
    assert not charge.isEnabled()
    assert label(fake_window, "chargeStatusLabel").text() == "The minimum card charge is $0.50."
    assert charge.toolTip() == "The minimum card charge is $0.50."
    qtbot.mouseClick(charge, Qt.MouseButton.LeftButton)
    assert fake_window.charge_page.card_dialog is None and fake_charges.sent == []
    qtbot.keyClicks(amount, "0")  # $4.90
    assert charge.isEnabled()


# --- Quit -----------------------------------------------------------------------------------------


def test_the_menu_has_settings_full_screen_and_quit_with_their_shortcuts(
    fake_window: MainWindow,
) -> None:
    menu = fake_window.till_menu()
    names = [a.objectName() for a in menu.actions() if not a.isSeparator()]
    assert names == ["settingsAction", "fullScreenAction", "quitAction"]
    assert fake_window.quit_action.shortcut().toString() == "Ctrl+Q"
    assert fake_window.full_screen_action.shortcut().toString() == "F11"


def test_the_till_menu_opens_from_a_button_a_finger_can_hit_or_alt_t(
    qtbot, fake_window: MainWindow
) -> None:
    button = fake_window.menu_button
    # In the header, right of the mode badge, as tall as a fingertip.
    assert button.parentWidget().objectName() == "tillHeader"
    assert button.height() >= 44
    assert button.geometry().left() > fake_window.mode_badge.geometry().right()
    assert fake_window.findChild(QMenuBar) is None  # no desktop menu bar above it
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    menu = fake_window.till_menu()
    qtbot.waitUntil(menu.isVisible)
    # Below the button, its right edge on the button's (within the menu's frame).
    top_right = button.mapToGlobal(button.rect().bottomRight())
    assert menu.geometry().top() > top_right.y() - 1
    assert abs(menu.geometry().right() - top_right.x()) <= 4
    menu.hide()
    fake_window.activateWindow()
    qtbot.waitUntil(fake_window.isActiveWindow)
    qtbot.keyClick(fake_window, Qt.Key.Key_T, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(menu.isVisible)
    menu.hide()


def test_quit_when_idle_closes_the_till(qtbot, fake_window: MainWindow) -> None:
    fake_window.quit_action.trigger()
    assert not fake_window.isVisible()


def test_quit_during_a_payment_waits_for_its_outcome_then_closes(
    qtbot, fake_window: MainWindow, fake_charges: FakeCharges
) -> None:
    fake_charges.gate = threading.Event()
    dialog = ring_up(qtbot, fake_window)
    key_in(qtbot, dialog)
    submit(qtbot, dialog)
    qtbot.waitUntil(lambda: fake_charges.sent != [], timeout=5000)
    fake_window.quit_action.trigger()
    assert fake_window.isVisible()
    assert "closes once its outcome is known" in fake_window.statusBar().currentMessage()
    fake_charges.gate.set()
    qtbot.waitUntil(lambda: not fake_window.isVisible(), timeout=5000)
    assert len(fake_charges.sent) == 1


def test_closing_the_window_during_a_payment_keeps_its_promise(
    qtbot, fake_window: MainWindow, fake_charges: FakeCharges
) -> None:
    fake_charges.gate = threading.Event()
    fake_charges.outcomes.append(StripeConnectionError("down"))
    dialog = ring_up(qtbot, fake_window)
    key_in(qtbot, dialog)
    submit(qtbot, dialog)
    qtbot.waitUntil(lambda: fake_charges.sent != [], timeout=5000)
    assert not fake_window.close()
    fake_charges.gate.set()
    qtbot.waitUntil(lambda: not fake_window.isVisible(), timeout=5000)


# --- the card dialog keeps its shape --------------------------------------------------------------


def test_the_card_dialog_keeps_its_layout_when_errors_appear(
    qtbot, fake_window: MainWindow
) -> None:
    dialog = ring_up(qtbot, fake_window)
    watched = [
        field(dialog, "cardNumberInput"),
        field(dialog, "cardExpiryInput"),
        field(dialog, "cardCvcInput"),
        field(dialog, "cardPostalInput"),
        button(dialog, "cardSubmitButton"),
    ]
    before = [w.geometry() for w in watched] + [dialog.size()]
    qtbot.keyClicks(field(dialog, "cardNumberInput"), "4242")
    submit(qtbot, dialog)  # every field gets its error, the error box its words
    assert label(dialog, "cardErrorLabel").isVisible()
    assert label(dialog, "cardExpiryError").text() != ""
    after = [w.geometry() for w in watched] + [dialog.size()]
    assert after == before


def test_the_brand_badge_never_narrows_the_number_field(qtbot, fake_window: MainWindow) -> None:
    dialog = ring_up(qtbot, fake_window)
    number = field(dialog, "cardNumberInput")
    width = number.width()
    qtbot.keyClicks(number, "378282246310005")
    assert label(dialog, "cardBrandLabel").text() == "American Express"
    assert number.width() == width


def test_the_focus_ring_on_a_primary_button_is_clearly_visible(
    qtbot, fake_window: MainWindow
) -> None:
    dialog = ring_up(qtbot, fake_window)
    submit_button = button(dialog, "cardSubmitButton")
    submit_button.setFocus()
    qtbot.waitUntil(submit_button.hasFocus, timeout=2000)
    image = submit_button.grab().toImage()
    edge = QColor(image.pixel(1, image.height() // 2))
    fill = QColor(image.pixel(image.width() // 2, 4 + image.height() // 8))

    def luminance(colour: QColor) -> float:
        def channel(value: int) -> float:
            c = value / 255
            return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

        r, g, b = (channel(v) for v in (colour.red(), colour.green(), colour.blue()))
        return 0.2126 * r + 0.7152 * g + 0.0722 * b

    ring, inside = luminance(edge), luminance(fill)
    page = luminance(QColor("#f8fafc"))
    # WCAG's 3:1 for a focus indicator, against the button and against the page.
    assert (max(ring, inside) + 0.05) / (min(ring, inside) + 0.05) >= 3
    assert (page + 0.05) / (ring + 0.05) >= 3


def test_every_card_field_is_a_line_edit_with_words(qtbot, fake_window: MainWindow) -> None:
    dialog = ring_up(qtbot, fake_window)
    for widget in dialog.findChildren(QLineEdit):
        assert widget.accessibleName() and widget.toolTip(), widget.objectName()
    assert QApplication.activeModalWidget() in (dialog, None)
    assert all(b.toolTip() for b in dialog.findChildren(QPushButton))
