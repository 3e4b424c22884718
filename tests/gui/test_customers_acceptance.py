"""Saved customers in the real till (create_main_window) against the sandbox, end to end.

A regular's card is saved with their consent, they are found by part of their e-mail and
charged for the next order without the card; cards are added, made the default and removed;
a card that saves and then declines, a deletion behind the manager's PIN, and a customer
deleted behind the till's back are what a cashier sees them to be.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import httpx
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QTableWidget,
    QTextBrowser,
)

from pos_app.services.customers import CustomerAccount
from pos_app.ui.dialogs.customer_dialog import CustomerDialog
from pos_app.ui.main_window import MainWindow
from pos_app.ui.pages.customers_page import CustomersPage
from tests.fixtures_peers import Peer

pytestmark = pytest.mark.gui

EXPIRY = f"12{(date.today().year + 2) % 100:02d}"
VISA = "4242424242424242"
MASTERCARD = "5555555555554444"
SAVES_THEN_DECLINES = "4000000000000341"
PIN = "2468"
LEFT = Qt.MouseButton.LeftButton


def build_window(qtbot, sandbox: Peer, data_dir: Path) -> MainWindow:
    from pos_app.app import create_main_window

    env = {
        "POS_STRIPE_SECRET_KEY": sandbox.secret_key,
        "POS_STRIPE_API_BASE": sandbox.base_url,
        "POS_DATA_DIR": str(data_dir),
        "POS_REGISTER_ID": "FRONT-1",
        "POS_CASHIER": "Sam",
        "POS_CURRENCY": "usd",
        "POS_MANAGER_PIN": PIN,
    }
    main = create_main_window(env)
    assert isinstance(main, MainWindow)
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    directory = main.customers_page.directory
    qtbot.waitUntil(lambda: directory.loaded and not directory.loading, timeout=30_000)
    return main


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "till-data"


@pytest.fixture
def window(qtbot, sandbox: Peer, data_dir: Path) -> Iterator[MainWindow]:
    main = build_window(qtbot, sandbox, data_dir)
    yield main
    assert main.runner.drain(30_000)
    main.close()


def stripe(peer: Peer, path: str, **params: str) -> dict:
    response = httpx.get(
        f"{peer.base_url}{path}", params=params, auth=(peer.secret_key, ""), timeout=10
    )
    response.raise_for_status()
    return response.json()


def key_in(qtbot, dialog, number: str) -> None:
    qtbot.keyClicks(dialog.findChild(QLineEdit, "cardNumberInput"), number)
    qtbot.keyClicks(dialog.findChild(QLineEdit, "cardExpiryInput"), EXPIRY)
    qtbot.keyClicks(dialog.findChild(QLineEdit, "cardCvcInput"), "123")


def customers_page(window: MainWindow) -> CustomersPage:
    """The Customers page, shown (its tab holds the page's lazy holder, not the page)."""
    page = window.customers_page
    window.pages.setCurrentIndex(1)
    return page


def new_customer_dialog(qtbot, page: CustomersPage) -> CustomerDialog:
    """The Customers page's New customer button clicked: its dialog, shown."""
    qtbot.mouseClick(page.findChild(QPushButton, "newCustomerButton"), LEFT)
    dialog = page.customer_dialog
    assert dialog is not None and dialog.objectName() == "customerDialog"
    qtbot.waitExposed(dialog)
    return dialog


def create_customer(
    qtbot,
    window: MainWindow,
    *,
    name: str = "Ada Lovelace",
    email: str = "ada.lovelace@example.com",
    phone: str = "+44 20 7946 0001",
    number: str = VISA,
) -> CustomerAccount:
    page = customers_page(window)
    dialog = new_customer_dialog(qtbot, page)
    qtbot.keyClicks(dialog.findChild(QLineEdit, "customerNameInput"), name)
    qtbot.keyClicks(dialog.findChild(QLineEdit, "customerEmailInput"), email)
    qtbot.keyClicks(dialog.findChild(QLineEdit, "customerPhoneInput"), phone)
    qtbot.mouseClick(dialog.findChild(QCheckBox, "customerConsentCheck"), LEFT)
    qtbot.mouseClick(dialog.findChild(QPushButton, "customerSaveButton"), LEFT)
    card_dialog = dialog.card_dialog
    assert card_dialog is not None and card_dialog.objectName() == "cardDialog"
    key_in(qtbot, card_dialog, number)
    with qtbot.waitSignal(dialog.created, timeout=30_000) as created:
        qtbot.mouseClick(card_dialog.findChild(QPushButton, "cardSubmitButton"), LEFT)
    qtbot.waitUntil(lambda: page.customer_dialog is None)
    return created.args[0]


def select(qtbot, window: MainWindow, query: str) -> CustomersPage:
    """Search the Customers page and select the only match, with its cards loaded."""
    page = customers_page(window)
    search = page.findChild(QLineEdit, "customerSearchInput")
    search.clear()
    qtbot.keyClicks(search, query)
    table = page.findChild(QTableView, "customerTable")
    qtbot.waitUntil(lambda: table.model().rowCount() == 1, timeout=10_000)
    table.selectRow(0)
    qtbot.waitUntil(lambda: page.account is not None, timeout=30_000)
    return page


def charge_selected(
    qtbot, window: MainWindow, cents: str, expected_button: str, description: str = ""
):
    """From the Customers page's Charge button to an approved sale; returns the result."""
    page = window.customers_page
    button = page.findChild(QPushButton, "chargeCustomerButton")
    # Disabled while the page still works on the customer (a new default card being saved).
    qtbot.waitUntil(button.isEnabled, timeout=30_000)
    qtbot.mouseClick(button, LEFT)
    charge_page = window.charge_page
    assert window.pages.currentWidget() is charge_page
    panel = charge_page.customer_panel
    qtbot.waitUntil(lambda: panel.account is not None, timeout=30_000)
    amount = charge_page.findChild(QLineEdit, "amountInput")
    qtbot.keyClicks(amount, cents)
    qtbot.keyClicks(charge_page.findChild(QLineEdit, "descriptionInput"), description)
    button = charge_page.findChild(QPushButton, "chargeButton")
    # Its whole words name the card; on a narrow page the button shows the amount alone
    # (the card is named in its picker above) rather than words cut at its edges.
    assert button.accessibleName() == expected_button
    assert button.text() in (expected_button, expected_button.partition(" to ")[0])
    assert button.fontMetrics().horizontalAdvance(button.text()) < button.width()
    with qtbot.waitSignal(charge_page.charge_approved, timeout=30_000) as approved:
        qtbot.mouseClick(button, LEFT)
        assert charge_page.card_dialog is None  # charged at once, no card dialog
    return approved.args[0]


def close_receipt(qtbot, window: MainWindow) -> None:
    receipt = window.charge_page.receipt_dialog
    if receipt is not None:
        receipt.accept()
        qtbot.waitUntil(lambda: window.charge_page.receipt_dialog is None)


def test_a_regular_is_saved_found_by_part_of_the_email_and_charged_without_the_card(
    qtbot, window: MainWindow, sandbox: Peer
) -> None:
    account = create_customer(qtbot, window)
    customer = stripe(sandbox, f"/v1/customers/{account.customer.id}")
    assert customer["metadata"]["card_consent_by"] == "Sam"
    assert customer["metadata"]["card_consent_register"] == "FRONT-1"
    assert customer["metadata"]["card_consent_at"]

    page = select(qtbot, window, "lovelace@exam")
    assert page.model.summary(0).name == "Ada Lovelace"
    cards = page.findChild(QTableWidget, "customerCardsTable")
    assert cards.rowCount() == 1 and "Visa •••• 4242" in cards.item(0, 0).text()

    result = charge_selected(qtbot, window, "3150", "Charge $31.50 to Visa •••• 4242")

    receipt = window.charge_page.receipt_dialog
    assert receipt is not None and receipt.isVisible()
    text = receipt.findChild(QTextBrowser, "receiptView").toPlainText()
    assert "VISA •••• 4242" in text and "$31.50" in text and result.order_id in text
    charges = stripe(sandbox, "/v1/charges")["data"]
    assert len(charges) == 1
    charge = charges[0]
    assert (charge["customer"], charge["amount"], charge["status"]) == (
        account.customer.id,
        3150,
        "succeeded",
    )
    assert charge["metadata"]["order_id"] == result.order_id
    assert charge["metadata"]["register_id"] == "FRONT-1"
    assert charge["metadata"]["cashier"] == "Sam"
    assert charge["metadata"]["attempt_key"] == result.attempt_key
    # The sale is done: the next one starts as a walk-in again.
    assert not window.charge_page.findChild(QLabel, "selectedCustomerLabel").isVisible()


def test_a_second_card_made_the_default_is_the_one_charged_and_a_card_can_be_removed(
    qtbot, window: MainWindow, sandbox: Peer
) -> None:
    create_customer(qtbot, window)
    page = select(qtbot, window, "Ada")

    qtbot.mouseClick(page.findChild(QPushButton, "addCardButton"), LEFT)
    dialog = page.card_dialog
    assert dialog is not None
    key_in(qtbot, dialog, MASTERCARD)
    submit = dialog.findChild(QPushButton, "cardSubmitButton")
    qtbot.mouseClick(submit, LEFT)
    assert "consent" in dialog.findChild(QLabel, "cardErrorLabel").text()  # not ticked yet
    qtbot.mouseClick(dialog.findChild(QCheckBox, "cardConsentCheck"), LEFT)
    with qtbot.waitSignal(dialog.saved, timeout=30_000):
        qtbot.mouseClick(submit, LEFT)
    cards = page.findChild(QTableWidget, "customerCardsTable")
    qtbot.waitUntil(lambda: cards.rowCount() == 2)

    mastercard = next(r for r in range(2) if "4444" in cards.item(r, 0).text())
    cards.selectRow(mastercard)
    qtbot.mouseClick(page.findChild(QPushButton, "defaultCardButton"), LEFT)
    qtbot.waitUntil(lambda: page.selected is not None and page.selected.card_last4 == "4444")
    assert (
        "Default"
        in cards.item(next(r for r in range(2) if "4444" in cards.item(r, 0).text()), 2).text()
    )

    result = charge_selected(qtbot, window, "1800", "Charge $18.00 to Mastercard •••• 4444")
    assert result.charge.card.last4 == "4444"
    assert (
        stripe(sandbox, f"/v1/charges/{result.charge.id}")["payment_method_details"]["card"][
            "last4"
        ]
        == "4444"
    )
    close_receipt(qtbot, window)

    page = select(qtbot, window, "Ada")
    cards = page.findChild(QTableWidget, "customerCardsTable")
    visa = next(r for r in range(cards.rowCount()) if "4242" in cards.item(r, 0).text())
    cards.selectRow(visa)
    qtbot.mouseClick(page.findChild(QPushButton, "removeCardButton"), LEFT)
    box = page.remove_box
    assert box is not None and box.objectName() == "removeCardConfirmBox"
    qtbot.mouseClick(box.findChild(QPushButton, "removeCardConfirmButton"), LEFT)
    qtbot.waitUntil(lambda: cards.rowCount() == 1, timeout=30_000)
    assert "4444" in cards.item(0, 0).text()
    assert page.notice.text() == "Visa •••• 4242 removed."  # which card went
    customer_id = page.selected.id
    left = stripe(sandbox, f"/v1/customers/{customer_id}/sources")["data"]
    assert [c["last4"] for c in left] == ["4444"]


def test_the_notice_names_the_removed_card_when_the_cards_were_read_again_meanwhile(
    qtbot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The customer's cards are read again while the removal is on its way (the list already
    without the card): the notice still says which card went, not just "Card removed."."""
    create_customer(qtbot, window)
    page = select(qtbot, window, "Ada")
    service = page.service
    assert service is not None
    removed, answered = threading.Event(), threading.Event()
    real_remove = service.remove_card

    def remove_then_wait(customer_id: str, card_id: str) -> CustomerAccount:
        account = real_remove(customer_id, card_id)
        removed.set()
        answered.wait(30)
        return account

    monkeypatch.setattr(service, "remove_card", remove_then_wait)
    cards = page.findChild(QTableWidget, "customerCardsTable")
    cards.selectRow(0)
    qtbot.mouseClick(page.findChild(QPushButton, "removeCardButton"), LEFT)
    box = page.remove_box
    assert box is not None
    qtbot.mouseClick(box.findChild(QPushButton, "removeCardConfirmButton"), LEFT)
    qtbot.waitUntil(removed.is_set, timeout=30_000)  # gone at Stripe, the answer held back
    page._load_account()  # what selecting her again, or another page's change, does
    qtbot.waitUntil(lambda: page.account is not None and cards.rowCount() == 0, timeout=30_000)
    answered.set()
    qtbot.waitUntil(lambda: page.notice.text() == "Visa •••• 4242 removed.", timeout=30_000)


def test_a_card_that_saves_and_then_declines_shows_a_decline_and_no_receipt(
    qtbot, window: MainWindow, sandbox: Peer
) -> None:
    create_customer(qtbot, window, number=SAVES_THEN_DECLINES)
    select(qtbot, window, "ada.lovelace@")
    page = window.customers_page
    button = page.findChild(QPushButton, "chargeCustomerButton")
    # Disabled while the page still works on the customer (a new default card being saved).
    qtbot.waitUntil(button.isEnabled, timeout=30_000)
    qtbot.mouseClick(button, LEFT)
    charge_page = window.charge_page
    panel = charge_page.customer_panel
    qtbot.waitUntil(lambda: panel.account is not None, timeout=30_000)
    qtbot.keyClicks(charge_page.findChild(QLineEdit, "amountInput"), "1250")
    status = charge_page.findChild(QLabel, "chargeStatusLabel")

    qtbot.mouseClick(charge_page.findChild(QPushButton, "chargeButton"), LEFT)
    qtbot.waitUntil(lambda: not panel.in_flight and "Declined" in status.text(), timeout=30_000)

    assert "Ask the customer for another card" in status.text()
    assert charge_page.receipt_dialog is None and charge_page.card_dialog is None
    charges = stripe(sandbox, "/v1/charges")["data"]
    assert [c["status"] for c in charges] == ["failed"]
    # The customer stays selected, ready for another of their cards.
    assert charge_page.findChild(QLabel, "selectedCustomerLabel").isVisible()


def test_a_card_refused_when_saving_reads_like_a_decline_and_saves_no_customer(
    qtbot, window: MainWindow, sandbox: Peer
) -> None:
    page = customers_page(window)
    dialog = new_customer_dialog(qtbot, page)
    qtbot.keyClicks(dialog.findChild(QLineEdit, "customerNameInput"), "Ada Lovelace")
    save = dialog.findChild(QPushButton, "customerSaveButton")
    qtbot.mouseClick(save, LEFT)
    assert dialog.card_dialog is None  # no consent yet: nothing opens, nothing is sent
    assert not dialog.findChild(QLabel, "customerConsentError").isHidden()
    qtbot.mouseClick(dialog.findChild(QCheckBox, "customerConsentCheck"), LEFT)
    qtbot.mouseClick(save, LEFT)
    card_dialog = dialog.card_dialog
    key_in(qtbot, card_dialog, "4000000000009995")
    error = card_dialog.findChild(QLabel, "cardErrorLabel")

    qtbot.mouseClick(card_dialog.findChild(QPushButton, "cardSubmitButton"), LEFT)
    qtbot.waitUntil(lambda: not card_dialog.in_flight and error.text() != "", timeout=30_000)

    assert "insufficient funds" in error.text()
    assert card_dialog.isVisible()
    assert stripe(sandbox, "/v1/customers")["data"] == []
    card_dialog.reject()
    dialog.reject()


def test_deleting_a_customer_needs_the_managers_pin(
    qtbot, window: MainWindow, sandbox: Peer
) -> None:
    account = create_customer(qtbot, window)
    page = select(qtbot, window, "Ada")

    qtbot.mouseClick(page.findChild(QPushButton, "deleteCustomerButton"), LEFT)
    confirm = page.delete_dialog
    assert confirm is not None and confirm.objectName() == "deleteCustomerDialog"
    assert "all their saved cards" in confirm.findChild(QLabel, "deleteCustomerText").text()
    reason = confirm.findChild(QLineEdit, "deleteReasonInput")
    qtbot.keyClicks(reason, "no")
    qtbot.keyClick(reason, Qt.Key.Key_Return)
    # Too short: said below the field, never drawn over it, and the dialog holds its lines.
    why = confirm.findChild(QLabel, "deleteReasonError")
    assert why.isVisible() and why.geometry().top() >= reason.geometry().bottom()
    assert confirm.height() >= confirm.layout().totalHeightForWidth(confirm.width())
    reason.clear()
    qtbot.keyClicks(reason, "asked to be forgotten")
    qtbot.mouseClick(confirm.findChild(QPushButton, "deleteCustomerConfirmButton"), LEFT)
    pin = page.pin_dialog
    assert pin is not None and pin.objectName() == "pinDialog"
    qtbot.keyClicks(pin.findChild(QLineEdit, "pinInput"), "1111")
    error = pin.findChild(QLabel, "pinErrorLabel")
    qtbot.mouseClick(pin.findChild(QPushButton, "pinSubmitButton"), LEFT)
    qtbot.waitUntil(lambda: error.text() != "", timeout=10_000)
    assert "not right" in error.text()
    assert stripe(sandbox, f"/v1/customers/{account.customer.id}").get("deleted") is None

    qtbot.keyClicks(pin.findChild(QLineEdit, "pinInput"), PIN)
    qtbot.mouseClick(pin.findChild(QPushButton, "pinSubmitButton"), LEFT)
    qtbot.waitUntil(lambda: page.model.total == 0, timeout=30_000)

    assert stripe(sandbox, f"/v1/customers/{account.customer.id}")["deleted"] is True
    trail = window.ctx.trail.entries()
    granted = [e for e in trail if e.action == "pin.granted"]
    deleted = [e for e in trail if e.action == "customer.delete"]
    assert granted[-1].details["why"] == "asked to be forgotten"
    assert (deleted[-1].subject, deleted[-1].details["why"]) == (
        account.customer.id,
        "asked to be forgotten",
    )


def test_a_customer_deleted_behind_the_tills_back_is_never_charged(
    qtbot, window: MainWindow, sandbox: Peer
) -> None:
    account = create_customer(qtbot, window)
    select(qtbot, window, "Ada")
    qtbot.mouseClick(window.customers_page.findChild(QPushButton, "chargeCustomerButton"), LEFT)
    charge_page = window.charge_page
    panel = charge_page.customer_panel
    qtbot.waitUntil(lambda: panel.account is not None, timeout=30_000)
    qtbot.keyClicks(charge_page.findChild(QLineEdit, "amountInput"), "3150")
    # Another register, or the Stripe Dashboard, deletes the customer now.
    httpx.delete(
        f"{sandbox.base_url}/v1/customers/{account.customer.id}", auth=(sandbox.secret_key, "")
    ).raise_for_status()
    status = charge_page.findChild(QLabel, "chargeStatusLabel")

    qtbot.mouseClick(charge_page.findChild(QPushButton, "chargeButton"), LEFT)
    qtbot.waitUntil(lambda: "deleted" in status.text(), timeout=30_000)

    assert "Nothing was charged" in status.text()
    assert stripe(sandbox, "/v1/charges")["data"] == []
    assert charge_page.receipt_dialog is None and charge_page.card_dialog is None
    assert window.customers_page.model.total == 0
    assert charge_page.findChild(QComboBox, "customerCardPicker").isHidden()
    # Charging now is a walk-in sale: the card dialog asks for a card.
    qtbot.mouseClick(charge_page.findChild(QPushButton, "chargeButton"), LEFT)
    assert charge_page.card_dialog is not None
    charge_page.card_dialog.reject()


def test_a_customer_deleted_elsewhere_leaves_the_list_with_a_notice_when_selected(
    qtbot, window: MainWindow, sandbox: Peer
) -> None:
    account = create_customer(qtbot, window)
    httpx.delete(
        f"{sandbox.base_url}/v1/customers/{account.customer.id}", auth=(sandbox.secret_key, "")
    ).raise_for_status()
    page = customers_page(window)
    page.findChild(QLineEdit, "customerSearchInput").clear()
    page.table.selectRow(0)
    notice = page.findChild(QLabel, "customerNoticeLabel")

    qtbot.waitUntil(lambda: page.model.total == 0, timeout=30_000)

    assert "deleted on another till or in the Stripe Dashboard" in notice.text()
    assert "Ada Lovelace" in notice.text()


def test_the_next_start_shows_the_list_at_once_and_a_damaged_copy_is_rebuilt(
    qtbot, sandbox: Peer, data_dir: Path
) -> None:
    first = build_window(qtbot, sandbox, data_dir)
    create_customer(qtbot, first, name="Grace Hopper", email="grace@navy.example.org")
    assert first.runner.drain(30_000)
    first.close()
    cache = data_dir / "data" / "customers.sqlite3"
    rows = sqlite3.connect(cache).execute("SELECT name, card_last4 FROM customers").fetchall()
    assert rows == [("Grace Hopper", "4242")]

    second = build_window(qtbot, sandbox, data_dir)
    assert second.customers_page.model.total == 1
    assert second.runner.drain(30_000)
    second.close()

    cache.write_bytes(b"\x00garbage" * 512)
    third = build_window(qtbot, sandbox, data_dir)
    qtbot.waitUntil(lambda: third.customers_page.model.total == 1, timeout=30_000)
    assert list(cache.parent.glob("customers.sqlite3.corrupt-*"))
    assert third.runner.drain(30_000)
    third.close()


def test_the_charge_pages_quick_search_finds_a_regular_and_repeats_their_last_order(
    qtbot, window: MainWindow, sandbox: Peer
) -> None:
    create_customer(qtbot, window)
    select(qtbot, window, "Ada")
    charge_selected(qtbot, window, "3150", "Charge $31.50 to Visa •••• 4242", "2 flat whites")
    close_receipt(qtbot, window)
    charge_page = window.charge_page
    panel = charge_page.customer_panel
    quick = charge_page.findChild(QLineEdit, "customerQuickSearchInput")

    qtbot.keyClicks(quick, "lovel")
    popup = panel.completer.popup()
    qtbot.waitUntil(popup.isVisible)
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: panel.account is not None, timeout=30_000)
    repeat = charge_page.findChild(QPushButton, "repeatLastOrderButton")
    qtbot.waitUntil(repeat.isEnabled)
    qtbot.mouseClick(repeat, LEFT)

    # At the window's narrowest the name is shown whole and the e-mail gives way to it
    # (the tooltip has both); with room, both are shown.
    chosen = charge_page.findChild(QLabel, "selectedCustomerLabel")
    whole = "Ada Lovelace · ada.lovelace@example.com"
    assert window.width() == 800
    assert chosen.text() == "Ada Lovelace" and chosen.toolTip() == whole
    window.resize(1280, 800)
    qtbot.waitUntil(lambda: chosen.text() == whole)
    window.resize(800, 600)
    qtbot.waitUntil(lambda: chosen.text() == "Ada Lovelace")
    assert charge_page.findChild(QLineEdit, "amountInput").text() == "$31.50"
    assert charge_page.findChild(QLineEdit, "descriptionInput").text() == "2 flat whites"
    button = charge_page.findChild(QPushButton, "chargeButton")
    assert button.text() == "Charge $31.50 to Visa •••• 4242"
    picker = charge_page.findChild(QComboBox, "customerCardPicker")
    assert picker.count() == 1 and "default" in picker.currentText()
    # A thousand half typed names no amount beside the card, and cannot be charged.
    amount = charge_page.findChild(QLineEdit, "amountInput")
    qtbot.keyClick(amount, Qt.Key.Key_Delete)  # the amount cleared
    qtbot.keyClicks(amount, "1,2")
    assert button.accessibleName() == "Charge to Visa •••• 4242" and not button.isEnabled()
    qtbot.keyClicks(amount, "34")
    assert button.accessibleName() == "Charge $1,234.00 to Visa •••• 4242"
    assert button.isEnabled()
    qtbot.mouseClick(charge_page.findChild(QPushButton, "clearCustomerButton"), LEFT)
    assert button.text() == "Charge $1,234.00"


def test_a_customer_not_on_the_tills_list_is_asked_of_stripe(
    qtbot, window: MainWindow, sandbox: Peer
) -> None:
    # Saved on another register after this till listed its customers.
    httpx.post(
        f"{sandbox.base_url}/v1/customers",
        data={"name": "Grace Hopper", "email": "grace@navy.example.org", "source": "tok_visa"},
        auth=(sandbox.secret_key, ""),
    ).raise_for_status()
    page = customers_page(window)
    table = page.findChild(QTableView, "customerTable")

    qtbot.keyClicks(page.findChild(QLineEdit, "customerSearchInput"), "grace@navy.example.org")
    qtbot.waitUntil(lambda: table.model().rowCount() == 1, timeout=10_000)

    assert page.model.summary(0).name == "Grace Hopper"
    assert page.model.summary(0).card_text == "Visa •••• 4242"
    assert "Found at Stripe" in page.findChild(QLabel, "customersStatusLabel").text()


def test_the_list_refreshes_when_the_till_changes(qtbot, window: MainWindow, sandbox: Peer) -> None:
    from pos_app.domain.attempts import AttemptKind

    # Saved elsewhere; this till hears of a customer change (its own, or one settled later).
    httpx.post(
        f"{sandbox.base_url}/v1/customers",
        data={"name": "Grace Hopper", "email": "grace@navy.example.org", "source": "tok_visa"},
        auth=(sandbox.secret_key, ""),
    ).raise_for_status()
    page = customers_page(window)
    assert page.model.total == 0

    window.events.notify(AttemptKind.CUSTOMER)

    qtbot.waitUntil(lambda: page.model.total == 1, timeout=30_000)
    assert page.model.summary(0).name == "Grace Hopper"


def test_tab_goes_the_way_the_eye_reads_the_charge_page(
    qtbot, window: MainWindow, sandbox: Peer
) -> None:
    page = window.charge_page

    def tabbed(count: int) -> list[str]:
        names = []
        for _ in range(count):
            qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
            names.append(QApplication.focusWidget().objectName())
        return names

    amount = page.findChild(QLineEdit, "amountInput")
    window.activateWindow()
    amount.setFocus()
    qtbot.waitUntil(amount.hasFocus)
    qtbot.keyClicks(amount, "500")  # Charge is skipped while there is nothing to charge
    # The customer's search sits between the amount and the order's fields, as on screen.
    assert tabbed(5) == [
        "customerQuickSearchInput",
        "orderIdInput",
        "descriptionInput",
        "receiptEmailInput",
        "chargeButton",
    ]
    create_customer(qtbot, window)
    select(qtbot, window, "Ada")
    button = window.customers_page.findChild(QPushButton, "chargeCustomerButton")
    qtbot.waitUntil(button.isEnabled, timeout=30_000)
    qtbot.mouseClick(button, LEFT)
    assert window.pages.currentWidget() is page
    window.activateWindow()  # the card dialog has just closed
    qtbot.waitUntil(amount.hasFocus)
    qtbot.keyClicks(amount, "500")
    # A chosen customer: Repeat is skipped until there is a last order; then ✕, the card.
    assert tabbed(6) == [
        "clearCustomerButton",
        "customerCardPicker",
        "orderIdInput",
        "descriptionInput",
        "receiptEmailInput",
        "chargeButton",
    ]


def test_the_new_customer_form_never_lays_a_field_over_its_caption(
    qtbot, window: MainWindow, sandbox: Peer
) -> None:
    page = customers_page(window)
    dialog = new_customer_dialog(qtbot, page)
    # The consent's message showing, under its wrapped words.
    qtbot.keyClicks(dialog.findChild(QLineEdit, "customerNameInput"), "Ada Lovelace")
    qtbot.mouseClick(dialog.findChild(QPushButton, "customerSaveButton"), LEFT)
    assert dialog.findChild(QLabel, "customerConsentError").isVisible()
    layout = dialog.layout()
    # As tall as its wrapped lines need at its width (it was only as tall as its hint, and
    # on a 600 px screen the captions sat on the fields above them).
    qtbot.waitUntil(lambda: dialog.height() >= layout.totalHeightForWidth(dialog.width()))
    rows = [
        (caption, caption.buddy())
        for caption in dialog.findChildren(QLabel)
        if caption.buddy() is not None and caption.isVisible()
    ]
    assert len(rows) == 4
    for caption, field in rows:
        assert caption.geometry().bottom() < field.geometry().top(), caption.text()
    dialog.reject()


def test_a_name_with_an_ampersand_reads_whole_on_the_charge_button(
    qtbot, window: MainWindow
) -> None:
    # A button reads "&" as its shortcut key: "Charge A&B" showed "Charge AB".
    create_customer(qtbot, window, name="A&B Catering", email="orders@ab.example.com")
    page = customers_page(window)
    qtbot.waitUntil(lambda: page.account is not None)
    assert page.charge_button.text().replace("&&", "&") == "Charge A&B"
    assert "&&" in page.charge_button.text()  # shown as one "&", not as a shortcut


def test_a_hurried_new_customer_form_says_only_what_is_still_wrong_and_keeps_a_pasted_phone(
    qtbot, window: MainWindow
) -> None:
    page = customers_page(window)
    dialog = new_customer_dialog(qtbot, page)
    name_error = dialog.findChild(QLabel, "customerNameError")
    qtbot.mouseClick(dialog.findChild(QCheckBox, "customerConsentCheck"), LEFT)
    qtbot.mouseClick(dialog.findChild(QPushButton, "customerSaveButton"), LEFT)
    assert name_error.isVisible() and "name or e-mail" in name_error.text()
    # An e-mail answers it: the name's message goes with the next Save, not with a name.
    qtbot.keyClicks(dialog.findChild(QLineEdit, "customerEmailInput"), "grace@navy.example.org")
    phone = dialog.findChild(QLineEdit, "customerPhoneInput")
    phone.insert("+49 (0) 30 1234 56789")  # pasted: 21 characters with its "+"
    assert phone.text() == "+49 (0) 30 1234 56789"  # nothing cut without a word
    qtbot.mouseClick(dialog.findChild(QPushButton, "customerSaveButton"), LEFT)
    assert not name_error.isVisible()
    assert dialog.card_dialog is not None  # on to the card, with the number whole
    dialog.card_dialog.reject()


def test_the_list_shows_a_phone_number_and_a_card_whole(qtbot, window: MainWindow) -> None:
    # At 1280 px "+44 20 7946 0001" was cut to "+44 20 7946 00…", its last digits lost.
    window.resize(1280, 800)
    create_customer(qtbot, window, number=MASTERCARD)
    page = customers_page(window)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    table = page.findChild(QTableView, "customerTable")
    metrics = table.fontMetrics()
    from pos_app.ui.customers_model import Column

    for column, text in ((Column.PHONE, "+44 20 7946 0001"), (Column.CARD, "Mastercard •••• 4444")):
        assert table.model().index(0, column).data() == text
        assert not table.isColumnHidden(column)
        # The cell's padding and the focus frame's margin on both sides (ui/text_cells.py).
        assert metrics.horizontalAdvance(text) + 2 * (8 + 4) <= table.columnWidth(column), text


def test_a_search_says_how_many_of_the_customers_it_shows(qtbot, window: MainWindow) -> None:
    page = customers_page(window)
    status = page.findChild(QLabel, "customersStatusLabel")
    # An empty list says so once, in its middle, not again in the line below it.
    qtbot.waitUntil(lambda: page.empty_label.text().startswith("No saved customers yet."))
    assert status.text() == ""
    create_customer(qtbot, window)
    create_customer(qtbot, window, name="Grace Hopper", email="grace@navy.example.org")
    qtbot.waitUntil(lambda: status.text() == "2 customers")
    search = page.findChild(QLineEdit, "customerSearchInput")
    qtbot.keyClicks(search, "grace")
    # "2 customers" beside one row read as the list's own count.
    qtbot.waitUntil(lambda: status.text() == "1 of 2 customers")
    search.clear()
    qtbot.waitUntil(lambda: status.text() == "2 customers")
