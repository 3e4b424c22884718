"""Charging through the card dialog with a scripted service: outcomes the cashier must see.

The service is faked here to script outcomes the sandbox cannot produce on demand (an unknown
outcome, a charge held in flight); test_acceptance.py runs the same flow on the real app.
"""

from __future__ import annotations

import threading
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton, QTextBrowser

from pos_app.domain.attempts import AttemptKind
from pos_app.domain.errors import AttemptUnresolved, CardDeclined, RawCardDataRefused
from pos_app.services.context import TillContext
from pos_app.ui.main_window import MainWindow

from .conftest import FakeCharges

pytestmark = pytest.mark.gui

EXPIRY = f"12{(date.today().year + 2) % 100:02d}"


@pytest.fixture
def window(qtbot, till: TillContext) -> MainWindow:
    main = MainWindow(till)
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    yield main
    main.runner.drain(10_000)


def start_card_payment(qtbot, window: MainWindow, cents: str = "1250"):
    page = window.charge_page
    qtbot.keyClicks(page.findChild(QLineEdit, "amountInput"), cents)
    qtbot.mouseClick(page.findChild(QPushButton, "chargeButton"), Qt.MouseButton.LeftButton)
    dialog = page.card_dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    return dialog


def key_in(qtbot, dialog, number: str = "4242424242424242") -> None:
    qtbot.keyClicks(dialog.findChild(QLineEdit, "cardNumberInput"), number)
    qtbot.keyClicks(dialog.findChild(QLineEdit, "cardExpiryInput"), EXPIRY)
    qtbot.keyClicks(dialog.findChild(QLineEdit, "cardCvcInput"), "123")


def status_text(window: MainWindow) -> str:
    return window.findChild(QLabel, "chargeStatusLabel").text()


def test_an_approved_charge_shows_the_receipt_and_opens_the_next_order(
    qtbot, window: MainWindow, fake_charges: FakeCharges
) -> None:
    dialog = start_card_payment(qtbot, window)
    key_in(qtbot, dialog)
    with qtbot.waitSignal(window.charge_page.charge_approved, timeout=5000):
        qtbot.mouseClick(
            dialog.findChild(QPushButton, "cardSubmitButton"), Qt.MouseButton.LeftButton
        )
    assert status_text(window) == "Approved $12.50 — VISA •••• 4242 — order FRONT-1-0001"
    receipt = window.charge_page.receipt_dialog
    assert receipt is not None and receipt.isVisible()
    html = receipt.findChild(QTextBrowser, "receiptView").toPlainText()
    assert "VISA •••• 4242" in html and "FRONT-1-0001" in html and "$12.50" in html
    # The next sale takes its number when it is charged: the field waits empty.
    assert window.findChild(QLineEdit, "orderIdInput").text() == ""
    assert fake_charges.orders == 1
    assert window.findChild(QLineEdit, "amountInput").text() == "$0.00"


def test_card_number_and_cvc_are_cleared_as_soon_as_the_token_exists(
    qtbot, window: MainWindow, fake_charges: FakeCharges
) -> None:
    fake_charges.gate = threading.Event()
    dialog = start_card_payment(qtbot, window)
    key_in(qtbot, dialog)
    number = dialog.findChild(QLineEdit, "cardNumberInput")
    cvc = dialog.findChild(QLineEdit, "cardCvcInput")
    qtbot.keyClick(cvc, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: number.text() == "" and cvc.text() == "", timeout=5000)
    assert dialog.in_flight
    assert status_text(window) == "Charging card…"
    # The empty field names the card being charged; it does not ask for it again while the
    # payment runs (a cashier would start keying it in).
    assert number.placeholderText() == "VISA •••• 4242"
    fake_charges.gate.set()
    qtbot.waitUntil(lambda: window.charge_page.card_dialog is None, timeout=5000)


def test_while_in_flight_nothing_can_fire_twice_cancel_or_close(
    qtbot, window: MainWindow, fake_charges: FakeCharges
) -> None:
    fake_charges.gate = threading.Event()
    dialog = start_card_payment(qtbot, window)
    key_in(qtbot, dialog)
    submit = dialog.findChild(QPushButton, "cardSubmitButton")
    qtbot.mouseClick(submit, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(submit, Qt.MouseButton.LeftButton)
    qtbot.mouseDClick(submit, Qt.MouseButton.LeftButton)
    dialog.submit()
    assert len(fake_charges.sent) <= 1
    qtbot.waitUntil(lambda: len(fake_charges.sent) == 1, timeout=5000)
    assert not submit.isEnabled()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.isVisible()
    assert "in progress" in dialog.findChild(QLabel, "cardErrorLabel").text()
    assert not window.close()
    assert window.isVisible()
    assert "payment is in progress" in window.statusBar().currentMessage()
    fake_charges.gate.set()
    qtbot.waitUntil(lambda: window.charge_page.card_dialog is None, timeout=5000)
    assert len(fake_charges.sent) == 1


def test_a_decline_keeps_the_order_open_with_words_and_no_receipt(
    qtbot, window: MainWindow, fake_charges: FakeCharges
) -> None:
    fake_charges.outcomes.append(
        CardDeclined(
            "Your card has insufficient funds.",
            http_status=402,
            code="card_declined",
            decline_code="insufficient_funds",
        )
    )
    dialog = start_card_payment(qtbot, window)
    key_in(qtbot, dialog, "4000000000009995")
    error = dialog.findChild(QLabel, "cardErrorLabel")
    qtbot.keyClick(dialog.findChild(QLineEdit, "cardCvcInput"), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "insufficient funds" in error.text(), timeout=5000)
    assert dialog.isVisible() and not dialog.in_flight
    assert dialog.findChild(QLineEdit, "cardNumberInput").text() == ""
    assert dialog.findChild(QLineEdit, "cardExpiryInput").text() == ""
    assert status_text(window).startswith("Declined: insufficient funds")
    assert window.charge_page.receipt_dialog is None
    # Another card for the same order.
    key_in(qtbot, dialog)
    with qtbot.waitSignal(dialog.charge_succeeded, timeout=5000):
        qtbot.keyClick(dialog.findChild(QLineEdit, "cardCvcInput"), Qt.Key.Key_Return)
    # The first try took the order number; the second card is charged on the same order.
    assert [r.order_id for r, _ in fake_charges.sent] == ["", "FRONT-1-0001"]
    assert fake_charges.orders == 1


def test_a_fraud_decline_reads_as_a_plain_decline(
    qtbot, window: MainWindow, fake_charges: FakeCharges
) -> None:
    fake_charges.outcomes.append(
        CardDeclined("Your card was declined.", code="card_declined", decline_code="stolen_card")
    )
    dialog = start_card_payment(qtbot, window)
    key_in(qtbot, dialog)
    error = dialog.findChild(QLabel, "cardErrorLabel")
    qtbot.keyClick(dialog.findChild(QLineEdit, "cardCvcInput"), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: error.text() != "", timeout=5000)
    assert "stolen" not in error.text().lower()
    assert error.text().startswith("Declined.")


def test_cancel_after_a_decline_says_the_order_is_still_open(
    qtbot, window: MainWindow, fake_charges: FakeCharges
) -> None:
    fake_charges.outcomes.append(CardDeclined("Your card was declined.", code="card_declined"))
    dialog = start_card_payment(qtbot, window)
    key_in(qtbot, dialog)
    qtbot.keyClick(dialog.findChild(QLineEdit, "cardCvcInput"), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.in_flight and fake_charges.sent != [], timeout=5000)
    with qtbot.waitSignal(dialog.rejected, timeout=2000):
        qtbot.keyClick(dialog.findChild(QLineEdit, "cardNumberInput"), Qt.Key.Key_Escape)
    assert "Order FRONT-1-0001 is still open" in status_text(window)
    assert window.findChild(QPushButton, "chargeButton").isEnabled()


def test_an_unknown_outcome_reads_checking_and_locks_until_it_is_settled(
    qtbot, window: MainWindow, fake_charges: FakeCharges
) -> None:
    # The service reports "checking" while it settles an unknown outcome; the dialog only
    # shows it: the form stays locked, the window stays open, no second charge is possible.
    import threading

    fake_charges.outcomes.append("checking")
    fake_charges.gate = threading.Event()
    dialog = start_card_payment(qtbot, window)
    key_in(qtbot, dialog)
    qtbot.keyClick(dialog.findChild(QLineEdit, "cardCvcInput"), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.in_flight and fake_charges.sent != [], timeout=5000)
    assert not window.close()
    assert not dialog.findChild(QPushButton, "cardSubmitButton").isEnabled()
    with qtbot.waitSignal(window.charge_page.charge_approved, timeout=5000):
        fake_charges.gate.set()
    assert len(fake_charges.sent) == 1
    assert status_text(window).startswith("Approved $12.50")


def test_still_unknown_after_the_wait_never_says_nothing_was_charged(
    qtbot, window: MainWindow, fake_charges: FakeCharges
) -> None:
    fake_charges.outcomes.append(
        AttemptUnresolved(
            "open", attempt_key="att_1", kind=AttemptKind.CHARGE, order_id="FRONT-1-0001"
        )
    )
    dialog = start_card_payment(qtbot, window)
    key_in(qtbot, dialog)
    error = dialog.findChild(QLabel, "cardErrorLabel")
    qtbot.keyClick(dialog.findChild(QLineEdit, "cardCvcInput"), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "Do not charge the card again" in error.text(), timeout=5000)
    # Nor does the number field ask for the card: it may have been charged.
    number = dialog.findChild(QLineEdit, "cardNumberInput")
    assert number.text() == "" and "again" not in number.placeholderText()
    with qtbot.waitSignal(dialog.rejected, timeout=2000):
        qtbot.keyClick(dialog.findChild(QLineEdit, "cardNumberInput"), Qt.Key.Key_Escape)
    assert "Nothing was charged" not in status_text(window)
    assert "Do not charge the card again" in status_text(window)
    # The order keeps its number: charging it again is refused by the journal's block.
    assert window.findChild(QLineEdit, "orderIdInput").text() == "FRONT-1-0001"


def test_raw_card_data_refused_is_explained_plainly(
    qtbot, window: MainWindow, fake_charges: FakeCharges
) -> None:
    fake_charges.outcomes.append(RawCardDataRefused("Sending credit card numbers directly…"))
    dialog = start_card_payment(qtbot, window)
    key_in(qtbot, dialog)
    error = dialog.findChild(QLabel, "cardErrorLabel")
    qtbot.keyClick(dialog.findChild(QLineEdit, "cardCvcInput"), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: error.text() != "", timeout=5000)
    assert "does not accept card numbers typed into the till" in error.text()
    assert "Nothing was charged" in error.text()
    assert status_text(window) == "Keyed card entry is not enabled."


def test_the_mode_badge_shows_the_word_register_and_cashier(window: MainWindow) -> None:
    badge = window.findChild(QLabel, "modeBadge")
    assert badge.text() == "TEST MODE  ·  Register FRONT-1  ·  Sam"
    assert badge.isVisible()
    # The Customers and History tabs build their pages on the first visit.
    assert [window.pages.widget(i).objectName() for i in range(3)] == [
        "chargePage",
        "customersTab",
        "historyTab",
    ]
    assert window.customers_page.objectName() == "customersPage"
    assert window.history_page.objectName() == "historyPage"
    assert window.customers_page.parent() is window.pages.widget(1)
    assert window.pages.objectName() == "mainPages"


@pytest.fixture
def live_window(qtbot, till: TillContext, tmp_path) -> MainWindow:
    from pos_app.domain.keys import Mode
    from pos_app.services.manager import AuditTrail, ManagerAuth
    from pos_app.storage.journal import Journal

    confirmed: list[date] = []
    till.mode = Mode.LIVE
    till.live_confirmed_on = None
    till.store_live_confirmation = confirmed.append
    journal = Journal(tmp_path / "journal.sqlite3")
    till.trail = AuditTrail(journal, register_id="FRONT-1", cashier="Sam")
    till.manager = ManagerAuth(till.trail, pin_hash=None, env_pin="4821")
    main = MainWindow(till)
    main.stored_confirmations = confirmed  # type: ignore[attr-defined]
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    yield main
    main.runner.drain(10_000)
    journal.close()


def test_live_mode_asks_once_a_day_before_the_first_charge(qtbot, live_window: MainWindow) -> None:
    page = live_window.charge_page
    assert live_window.findChild(QLabel, "modeBadge").text().startswith("LIVE MODE")
    qtbot.keyClicks(page.findChild(QLineEdit, "amountInput"), "1250")
    qtbot.keyClick(page.findChild(QLineEdit, "amountInput"), Qt.Key.Key_Return)
    box = page.live_confirm_box
    assert box is not None and box.isVisible() and page.card_dialog is None
    assert "$12.50 will be charged to a real card" in box.text()
    box.findChild(QPushButton, "liveCancelButton").click()
    qtbot.waitUntil(lambda: page.live_confirm_box is None, timeout=2000)
    assert page.card_dialog is None
    assert status_text(live_window) == "Live charge cancelled. Nothing was charged."

    qtbot.keyClick(page.findChild(QLineEdit, "amountInput"), Qt.Key.Key_Return)
    page.live_confirm_box.findChild(QPushButton, "liveConfirmButton").click()
    # Going live is the manager's decision: their PIN first, and a line in the audit trail.
    qtbot.waitUntil(lambda: page.live_pin_dialog is not None, timeout=2000)
    assert page.card_dialog is None
    pin = page.live_pin_dialog
    qtbot.keyClicks(pin.findChild(QLineEdit, "pinInput"), "4821")
    qtbot.keyClick(pin.findChild(QLineEdit, "pinInput"), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.card_dialog is not None, timeout=5000)
    page.card_dialog.reject()
    qtbot.waitUntil(lambda: page.card_dialog is None, timeout=2000)
    # Confirmed for today, and stored (off the GUI thread): the next charge goes straight
    # to the card.
    stored = live_window.stored_confirmations  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: stored == [date.today()], timeout=2000)
    trail = live_window.ctx.trail
    qtbot.waitUntil(lambda: any(e.action == "live_mode.confirm" for e in trail.entries()))
    qtbot.keyClick(page.findChild(QLineEdit, "amountInput"), Qt.Key.Key_Return)
    assert page.live_confirm_box is None and page.card_dialog is not None


def test_live_mode_is_not_confirmed_without_the_manager(qtbot, live_window: MainWindow) -> None:
    page = live_window.charge_page
    qtbot.keyClicks(page.findChild(QLineEdit, "amountInput"), "1250")
    qtbot.keyClick(page.findChild(QLineEdit, "amountInput"), Qt.Key.Key_Return)
    page.live_confirm_box.findChild(QPushButton, "liveConfirmButton").click()
    qtbot.waitUntil(lambda: page.live_pin_dialog is not None, timeout=2000)
    page.live_pin_dialog.findChild(QPushButton, "pinCancelButton").click()
    qtbot.waitUntil(lambda: page.live_pin_dialog is None, timeout=2000)
    assert page.card_dialog is None
    assert status_text(live_window) == "Live charge not approved. Nothing was charged."
    assert live_window.stored_confirmations == []  # type: ignore[attr-defined]
    assert live_window.ctx.live_confirmation_needed()
