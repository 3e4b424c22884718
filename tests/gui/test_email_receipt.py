"""The approval screen's "E-mail receipt": only where Stripe e-mails receipts, checked before
anything is sent, sent once."""

from __future__ import annotations

import threading
from datetime import UTC, datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton

from pos_app.domain.cards import Brand
from pos_app.domain.keys import Mode
from pos_app.domain.models import Card, Charge, ChargeStatus
from pos_app.domain.money import Money
from pos_app.services.context import TillContext
from pos_app.services.receipts import ReceiptService
from pos_app.ui.dialogs.receipt_dialog import ReceiptDialog
from pos_app.ui.main_window import MainWindow
from pos_app.ui.ops import TaskRunner

from .conftest import FakeCharges
from .test_card_flow import key_in, start_card_payment

pytestmark = pytest.mark.gui


def approved_charge() -> Charge:
    return Charge(
        id="ch_live_1",
        amount=Money(3150, "usd"),
        amount_refunded=Money(0, "usd"),
        status=ChargeStatus.SUCCEEDED,
        paid=True,
        captured=True,
        refunded=False,
        created=datetime.now(UTC),
        livemode=True,
        metadata={"order_id": "FRONT-1-000042"},
        card=Card(id="", brand=Brand.VISA, last4="4242", exp_month=12, exp_year=2030),
    )


def test_the_receipt_is_e_mailed_once_to_a_checked_address(
    qtbot, receipts: ReceiptService, runner: TaskRunner
) -> None:
    sent: list[str] = []
    gate = threading.Event()

    def send(address: str) -> object:
        sent.append(address)
        assert gate.wait(10)
        return address

    receipt = receipts.build(approved_charge(), cashier="Sam", order_id="FRONT-1-000042")
    dialog = ReceiptDialog(receipts, receipt, approved=True, email_sender=send)
    qtbot.addWidget(dialog)
    dialog.open()
    address = dialog.findChild(QLineEdit, "emailReceiptInput")
    button = dialog.findChild(QPushButton, "emailReceiptButton")
    status = dialog.findChild(QLabel, "emailReceiptStatus")

    qtbot.keyClicks(address, "ann at example")
    qtbot.keyClick(address, Qt.Key.Key_Return)
    assert "does not look right" in status.text() and "Nothing was sent" in status.text()
    assert sent == []

    address.clear()
    qtbot.keyClicks(address, "ann@example.com")
    qtbot.keyClick(address, Qt.Key.Key_Return)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)  # a second press while it is sent
    qtbot.waitUntil(lambda: sent == ["ann@example.com"], timeout=5000)
    gate.set()
    qtbot.waitUntil(lambda: "Stripe e-mails the receipt to ann@example.com" in status.text())
    assert sent == ["ann@example.com"] and not button.isEnabled()
    # "New sale" stays the default button: Enter after e-mailing starts the next sale.
    assert dialog.findChild(QPushButton, "closeReceiptButton").isDefault()


def test_no_e_mail_choice_where_stripe_sends_no_receipts(
    qtbot, receipts: ReceiptService, runner: TaskRunner
) -> None:
    receipt = receipts.build(approved_charge(), cashier="Sam", order_id="FRONT-1-000042")
    dialog = ReceiptDialog(receipts, receipt, approved=True)
    qtbot.addWidget(dialog)
    dialog.open()
    assert dialog.findChild(QLineEdit, "emailReceiptInput") is None
    assert receipts.mode is Mode.TEST


def test_after_a_live_sale_the_customer_can_still_ask_for_an_e_mailed_receipt(
    qtbot, till: TillContext, fake_charges: FakeCharges
) -> None:
    till.receipt_emails_sent = True  # where Stripe e-mails receipts: live charges
    window = MainWindow(till)
    qtbot.addWidget(window)
    window.show()
    dialog = start_card_payment(qtbot, window)
    key_in(qtbot, dialog)
    with qtbot.waitSignal(window.charge_page.charge_approved, timeout=5000):
        qtbot.keyClick(dialog.findChild(QLineEdit, "cardCvcInput"), Qt.Key.Key_Return)
    receipt = window.charge_page.receipt_dialog
    assert receipt is not None
    address = receipt.findChild(QLineEdit, "emailReceiptInput")
    qtbot.keyClicks(address, "kim@example.org")
    qtbot.keyClick(address, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: fake_charges.emailed != [], timeout=5000)
    assert fake_charges.emailed == [("ch_test_1", "kim@example.org")]
    assert window.runner.drain(10_000)
