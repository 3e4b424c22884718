"""The defects a new cashier found at the counter, each as the cashier met it.

Where Stripe is involved the real till runs against the sandbox (create_main_window, as
`pos-app` builds it); the rest use the widgets over the scripted charge service.
"""

from __future__ import annotations

import gc
import logging
import os
import re
import signal
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrintDialog
from PySide6.QtWidgets import QApplication, QLineEdit, QMessageBox, QPushButton

from pos_app.domain.money import Money
from pos_app.services.charging import ChargeRequest
from pos_app.services.context import TillContext
from pos_app.ui.dialogs.card_dialog import CardDialog
from pos_app.ui.main_window import MainWindow
from pos_app.ui.ops import TaskRunner
from tests.faults.plan import Action, Fault, Script
from tests.faults.proxy import FaultProxy
from tests.fixtures_peers import Peer

from .conftest import FakeCharges
from .helpers import (
    YEAR,
    FakeClock,
    button,
    field,
    key_in,
    label,
    paste,
    real_window,
    ring_up,
    sandbox_config,
    stripe_charges,
    till_env,
    top_level,
)

pytestmark = pytest.mark.gui


@pytest.fixture
def dialog(qtbot, fake_charges: FakeCharges, runner: TaskRunner) -> CardDialog:
    widget = CardDialog(fake_charges, ChargeRequest(Money(1250, "usd"), "FRONT-1-0001"))
    qtbot.addWidget(widget)
    widget.open()
    qtbot.waitExposed(widget)
    return widget


def charge_visa(qtbot, window: MainWindow, cents: str = "1250"):  # type: ignore[no-untyped-def]
    dialog = ring_up(qtbot, window, cents)
    key_in(qtbot, dialog)
    with qtbot.waitSignal(window.charge_page.charge_approved, timeout=30_000) as approved:
        qtbot.keyClick(field(dialog, "cardPostalInput"), Qt.Key.Key_Return)
    return approved.args[0]


# --- 1. Print does nothing --------------------------------------------------------------------


def test_1_print_opens_the_print_dialog_and_prints_the_receipt(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    charge_visa(qtbot, window)
    receipt = window.charge_page.receipt_dialog
    assert receipt is not None

    # Before the fix the slot raised TypeError here and only the log said so.
    print_button = button(receipt, "printReceiptButton")
    assert print_button.shortcut().toString() == "Ctrl+P"
    qtbot.mouseClick(print_button, Qt.MouseButton.LeftButton)
    printing = receipt.findChild(QPrintDialog, "receiptPrintDialog")
    assert printing is not None and printing.isVisible()

    # Print to a PDF file, as a cashier without a receipt printer would.
    target = tmp_path / "printed.pdf"
    printing.findChild(QLineEdit, "filename").setText(str(target))
    with qtbot.waitSignal(receipt.printed, timeout=10_000):
        printing.accept()

    data = target.read_bytes()
    assert data.startswith(b"%PDF") and len(data) > 1024
    box = re.search(rb"/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]", data)
    assert box is not None and abs(float(box.group(1)) - 226.77) < 1  # an 80 mm roll
    assert str(target) in receipt.status_text()


@pytest.mark.parametrize("printers", [[], ["Front counter"]])
def test_1_without_a_printer_the_dialogs_pdf_is_named_in_the_receipts_folder(
    qtbot, window: MainWindow, monkeypatch: pytest.MonkeyPatch, printers: list[str]
) -> None:
    from pos_app.ui import receipt_printing

    monkeypatch.setattr(receipt_printing, "available_printers", lambda: list(printers))
    charge_visa(qtbot, window)
    receipt = window.charge_page.receipt_dialog
    assert receipt is not None
    qtbot.mouseClick(button(receipt, "printReceiptButton"), Qt.MouseButton.LeftButton)
    printing = receipt.findChild(QPrintDialog, "receiptPrintDialog")
    assert printing is not None and printing.isVisible()
    name = printing.printer().outputFileName()
    if printers:
        # The system's printer comes first, as the system chose it: no file is named.
        assert name == ""
    else:
        # Print to a file is all there is: it is the receipt's own PDF, not a folder.
        path = Path(name)
        assert path.parent.name == "receipts" and path.suffix == ".pdf"
        assert "000" in path.name  # the order number
        with qtbot.waitSignal(receipt.printed, timeout=10_000):
            printing.accept()
        assert path.read_bytes().startswith(b"%PDF")
        assert str(path) in receipt.status_text()
    printing.reject()


# --- 2. Unexpected errors are silent -----------------------------------------------------------


def test_2_an_unexpected_error_shows_a_dialog_that_stays_and_names_the_log(
    qtbot, tmp_path: Path
) -> None:
    from pos_app import __main__ as entry

    log_file = tmp_path / "logs" / "pos-app.log"
    saved_hook, saved_reporter, saved_log = sys.excepthook, entry._reporter, entry._log_file
    try:
        entry.install_excepthook(log_file)
        try:
            raise RuntimeError("a bug in a slot")
        except RuntimeError:
            entry._excepthook(*sys.exc_info())  # type: ignore[arg-type]
        gc.collect()  # the hook has returned: nothing but the reporter holds the dialog
        qtbot.waitUntil(lambda: top_level("crashDialog") is not None, timeout=2000)
        box = top_level("crashDialog")
        assert isinstance(box, QMessageBox)
        assert "unexpected error" in box.text()
        assert str(log_file) in box.informativeText()
        # A second error while it is open does not stack a second dialog.
        try:
            raise ValueError("another")
        except ValueError:
            entry._excepthook(*sys.exc_info())  # type: ignore[arg-type]
        crash_boxes = [w for w in QApplication.topLevelWidgets() if w.objectName() == "crashDialog"]
        assert [b.isVisible() for b in crash_boxes].count(True) == 1
        assert "More errors since this one: 1." in box.informativeText()
        box.accept()
    finally:
        sys.excepthook, entry._reporter, entry._log_file = saved_hook, saved_reporter, saved_log


def test_2_the_hook_shows_the_dialog_even_when_installed_without_a_log_path(qtbot) -> None:
    from pos_app import __main__ as entry

    saved = entry._reporter, entry._log_file
    entry._reporter, entry._log_file = None, None
    try:
        try:
            raise RuntimeError("boom")
        except RuntimeError:
            entry._excepthook(*sys.exc_info())  # type: ignore[arg-type]
        gc.collect()
        qtbot.waitUntil(lambda: top_level("crashDialog") is not None, timeout=2000)
        box = top_level("crashDialog")
        assert isinstance(box, QMessageBox)
        box.accept()
    finally:
        entry._reporter, entry._log_file = saved


# --- 3. Expiry typed as printed is refused -------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "shown"),
    [
        (f"12/{YEAR:02d}", f"12/{YEAR:02d}"),
        (f"12/20{YEAR:02d}", f"12/20{YEAR:02d}"),
        (f"12{YEAR:02d}", f"12/{YEAR:02d}"),
        (f"1220{YEAR:02d}", f"12/20{YEAR:02d}"),
        (f"3/{YEAR:02d}", f"03/{YEAR:02d}"),
        (f"12 / {YEAR:02d}", f"12/{YEAR:02d}"),
    ],
)
def test_3_expiry_typed_as_printed_is_taken(
    qtbot, dialog: CardDialog, typed: str, shown: str
) -> None:
    expiry = field(dialog, "cardExpiryInput")
    qtbot.keyClicks(expiry, typed)
    assert expiry.text() == shown
    assert "expiry" not in dialog.form.validate()


@pytest.mark.parametrize(
    "pasted",
    [f"12/{YEAR:02d}", f"12/20{YEAR:02d}", f"12{YEAR:02d}", f"12 / 20{YEAR:02d}", f"12-{YEAR:02d}"],
)
def test_3_expiry_pasted_as_printed_is_taken(qtbot, dialog: CardDialog, pasted: str) -> None:
    expiry = field(dialog, "cardExpiryInput")
    paste(qtbot, expiry, pasted)
    assert re.fullmatch(r"12/(20)?\d\d", expiry.text())
    assert "expiry" not in dialog.form.validate()


def test_3_a_card_with_its_expiry_typed_with_the_slash_is_charged(
    qtbot, window: MainWindow, sandbox: Peer
) -> None:
    dialog = ring_up(qtbot, window)
    key_in(qtbot, dialog, expiry=f"12/20{YEAR:02d}")  # MM/YYYY, slash and all
    with qtbot.waitSignal(window.charge_page.charge_approved, timeout=30_000):
        qtbot.keyClick(field(dialog, "cardPostalInput"), Qt.Key.Key_Return)
    (charge,) = stripe_charges(sandbox)
    assert charge["payment_method_details"]["card"]["exp_year"] == 2000 + YEAR


# --- 4. Pasting 1,250.00 shows $1.25 -----------------------------------------------------------


@pytest.mark.parametrize(
    ("pasted", "shown"),
    [("1,250.00", "$1,250.00"), ("$12.50", "$12.50"), ("1250", "$1,250.00"), ("0.5", "$0.50")],
)
def test_4_a_pasted_amount_is_read_as_an_amount(
    qtbot, window: MainWindow, pasted: str, shown: str
) -> None:
    amount = field(window, "amountInput")
    paste(qtbot, amount, pasted)
    assert amount.text() == shown


def test_4_a_pasted_text_that_is_no_amount_changes_nothing_and_says_so(
    qtbot, window: MainWindow
) -> None:
    amount = field(window, "amountInput")
    qtbot.keyClicks(amount, "999")
    paste(qtbot, amount, "twelve fifty")
    assert amount.text() == "$9.99"
    assert label(window, "chargeStatusLabel").text().startswith("Not pasted:")


# --- 5. Digits are dropped without a word ---------------------------------------------------------


@pytest.mark.parametrize("typed", ["99999999.99", "9999999999"])
def test_5_a_key_past_the_largest_charge_is_refused_with_a_word(
    qtbot, window: MainWindow, typed: str
) -> None:
    amount = field(window, "amountInput")
    qtbot.keyClicks(amount, typed)
    assert amount.text() == "$999,999.99"  # Stripe's largest amount, never $99,999,999.00
    status = label(window, "chargeStatusLabel")
    assert status.text() == "The largest card charge is $999,999.99."
    assert window.charge_page.status.state == "invalid"


def test_5_a_large_amount_is_confirmed_before_the_card_dialog_opens(
    qtbot, window: MainWindow, sandbox: Peer
) -> None:
    page = window.charge_page
    amount = field(window, "amountInput")
    qtbot.keyClicks(amount, "150000")  # $1,500.00, above the default $1,000.00
    qtbot.keyClick(amount, Qt.Key.Key_Return)
    box = page.large_confirm_box
    assert box is not None and box.isVisible() and page.card_dialog is None
    assert box.text() == "Charge $1,500.00?"
    assert "more than $1,000.00" in box.informativeText()
    assert box.defaultButton().objectName() == "largeAmountChangeButton"
    box.defaultButton().click()  # Enter: change the amount
    qtbot.waitUntil(lambda: page.large_confirm_box is None, timeout=2000)
    assert page.card_dialog is None and stripe_charges(sandbox) == []

    qtbot.keyClick(amount, Qt.Key.Key_Return)
    next(
        b for b in page.large_confirm_box.buttons() if b.objectName() == "largeAmountConfirmButton"
    ).click()
    qtbot.waitUntil(lambda: page.card_dialog is not None, timeout=2000)
    key_in(qtbot, page.card_dialog)
    with qtbot.waitSignal(page.charge_approved, timeout=30_000):
        qtbot.keyClick(field(page.card_dialog, "cardPostalInput"), Qt.Key.Key_Return)
    assert [c["amount"] for c in stripe_charges(sandbox)] == [150000]


# --- 6. SIGTERM (and Ctrl+C) during a charge is dropped -------------------------------------------


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")
@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGINT], ids=["SIGTERM", "Ctrl+C"])
def test_6_a_signal_during_a_charge_closes_the_till_once_the_outcome_is_known(
    qtbot, window: MainWindow, sandbox: Peer, signum: int
) -> None:
    from pos_app.__main__ import _quit_on_signals

    sandbox_config(sandbox, charge_delay_ms="1500")
    dialog = ring_up(qtbot, window)
    key_in(qtbot, dialog)
    previous = {s: signal.getsignal(s) for s in (signal.SIGTERM, signal.SIGINT)}
    ticker = _quit_on_signals(QApplication.instance(), window.quit_till)
    try:
        qtbot.keyClick(field(dialog, "cardPostalInput"), Qt.Key.Key_Return)
        assert dialog.in_flight
        os.kill(os.getpid(), signum)
        qtbot.waitUntil(
            lambda: "closes once its outcome is known" in window.statusBar().currentMessage(),
            timeout=5000,
        )
        assert window.isVisible()  # postponed, not done: the payment is still in flight
        # ... and not dropped: once Stripe answers, the till closes.
        qtbot.waitUntil(lambda: not window.isVisible(), timeout=30_000)
    finally:
        ticker.stop()
        for signum_, handler in previous.items():
            signal.signal(signum_, handler)
    assert [c["status"] for c in stripe_charges(sandbox)] == ["succeeded"]


# --- 7. A receipt e-mail in test mode makes the sandbox refuse the charge -------------------------


def test_7_a_receipt_email_in_test_mode_is_charged_and_said_not_sent(
    qtbot, window: MainWindow, sandbox: Peer
) -> None:
    email = field(window, "receiptEmailInput")
    assert email.isEnabled()  # test mode: Stripe takes the address
    qtbot.keyClicks(email, "ann@example.com")
    charge_visa(qtbot, window)

    (charge,) = stripe_charges(sandbox)
    assert charge["receipt_email"] == "ann@example.com"
    receipt = window.charge_page.receipt_dialog
    note = label(receipt, "approvalEmailNote").text()
    assert note == (
        "Not e-mailed to ann@example.com: Stripe sends receipt e-mails for live charges only."
    )


@pytest.fixture
def proxied_window(qtbot, fault_proxy: FaultProxy, tmp_path: Path) -> Iterator[MainWindow]:
    main = real_window(qtbot, till_env(fault_proxy.peer, tmp_path / "till"))
    yield main
    assert main.runner.drain(30_000)
    main.close()


def test_7_a_refused_request_says_what_stripe_said_and_its_request_id(
    qtbot, proxied_window: MainWindow, fault_proxy: FaultProxy, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO)
    refused = Fault(
        "400 unknown parameter",
        Action.ANSWER,
        forward=False,
        status=400,
        error_type="invalid_request_error",
        message="Received unknown parameter: receipt_email",
    )
    fault_proxy.set_plan(Script("POST", "/v1/charges", [refused]))
    dialog = ring_up(qtbot, proxied_window)
    key_in(qtbot, dialog)
    error = label(dialog, "cardErrorLabel")
    qtbot.keyClick(field(dialog, "cardPostalInput"), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: error.text() != "" and not dialog.in_flight, timeout=30_000)

    match = re.fullmatch(
        r"Stripe refused the request: “Received unknown parameter: receipt_email”\. "
        r"Nothing was charged\. \(Stripe request (req_fault\d+)\)",
        error.text(),
    )
    assert match is not None, error.text()
    logged = [r.getMessage() for r in caplog.records if "refused" in r.getMessage()]
    assert any(
        "Received unknown parameter: receipt_email" in line and match.group(1) in line
        for line in logged
    ), logged


# --- 8. % or ; typed by hand starts swipe capture -------------------------------------------------


def test_8_a_percent_or_semicolon_typed_by_hand_stays_in_the_field(
    qtbot, dialog: CardDialog
) -> None:
    dialog.form.clock = FakeClock(step=0.2)  # a person: a fifth of a second between keys
    name = field(dialog, "cardNameInput")
    name.setFocus()
    qtbot.keyClicks(name, "Ann 50%; O'Neil")
    assert name.text() == "Ann 50%; O'Neil"
    assert not dialog.form.capturing_swipe
    assert label(dialog, "cardErrorLabel").text() == ""


def test_8_a_lone_percent_typed_last_still_arrives(qtbot, dialog: CardDialog) -> None:
    dialog.form.clock = FakeClock(step=0.2)
    postal = field(dialog, "cardPostalInput")
    postal.setFocus()
    qtbot.keyClicks(postal, "AB1%")
    qtbot.waitUntil(lambda: postal.text() == "AB1%", timeout=2000)


def test_8_a_pasted_text_is_a_swipe_only_when_it_is_a_whole_track(
    qtbot, dialog: CardDialog
) -> None:
    name = field(dialog, "cardNameInput")
    paste(qtbot, name, "Ann 50%; O'Neil")
    assert name.text() == "Ann 50%; O'Neil"
    assert field(dialog, "cardNumberInput").text() == ""
    name.clear()
    track = f";4242424242424242={YEAR:02d}121010000000000?"
    paste(qtbot, name, track)
    assert field(dialog, "cardNumberInput").text() == "4242 4242 4242 4242"
    assert name.text() == ""


# --- 9. Order numbers are taken when a sale is charged --------------------------------------------


def test_9_an_order_number_is_taken_by_the_charge_not_by_the_screen(
    qtbot, window: MainWindow
) -> None:
    order = field(window, "orderIdInput")
    assert order.text() == ""
    first = charge_visa(qtbot, window)
    window.charge_page.receipt_dialog.accept()
    second = charge_visa(qtbot, window)
    assert (first.order_id, second.order_id) == ("FRONT-1-000001", "FRONT-1-000002")


# --- 10. "Saved: …pdf" overlaps the preview; messages without a full stop -------------------------


def test_10_the_saved_line_never_overlaps_the_receipt(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    charge_visa(qtbot, window)
    receipt = window.charge_page.receipt_dialog
    deep = tmp_path / ("a-long-folder-name-" * 6) / "receipt.pdf"
    receipt.save_pdf(deep)
    status = label(receipt, "receiptStatusLabel")
    view = receipt.view
    assert not status.geometry().intersects(view.geometry())
    assert status.height() <= status.fontMetrics().lineSpacing() * 2
    assert receipt.status_text() == f"Saved: {deep}"


def test_10_every_charge_page_message_is_a_sentence(
    qtbot, till: TillContext, runner: TaskRunner
) -> None:
    main = MainWindow(till)
    qtbot.addWidget(main)
    main.show()
    amount = field(main, "amountInput")
    status = label(main, "chargeStatusLabel")
    seen = []
    qtbot.keyClicks(amount, "25")
    seen.append(status.text())
    qtbot.keyClick(amount, Qt.Key.Key_Return)
    seen.append(status.text())
    qtbot.keyClick(amount, Qt.Key.Key_Delete)
    qtbot.keyClick(amount, Qt.Key.Key_Return)
    seen.append(status.text())
    assert seen[0] == "The minimum card charge is $0.50."
    assert seen[1] == "Amount: The minimum card charge is $0.50. Nothing was sent."
    for text in seen:
        assert text.endswith("."), text
        assert not re.search(r"[^.!?…] Nothing was sent", text), text
    main.runner.drain(10_000)


def test_10_no_button_of_the_charge_page_is_left_without_words(qtbot, window: MainWindow) -> None:
    for widget in window.charge_page.findChildren(QPushButton):
        assert widget.toolTip() and widget.accessibleName(), widget.objectName()


def test_fake_charges_fixture_is_not_leaking_threads(fake_charges: FakeCharges) -> None:
    assert fake_charges.gate is None or isinstance(fake_charges.gate, threading.Event)


def test_5_the_large_amount_threshold_is_the_shops_own(
    qtbot, sandbox: Peer, tmp_path: Path
) -> None:
    from pos_app.storage.paths import AppPaths
    from pos_app.storage.settings import Settings, SettingsStore

    env = till_env(sandbox, tmp_path / "till")
    SettingsStore(AppPaths.resolve(env).ensure().settings_path).save(Settings(confirm_above=5000))
    main = real_window(qtbot, env)
    try:
        amount = field(main, "amountInput")
        qtbot.keyClicks(amount, "6000")  # $60.00, above the shop's $50.00
        qtbot.keyClick(amount, Qt.Key.Key_Return)
        box = main.charge_page.large_confirm_box
        assert box is not None and "more than $50.00" in box.informativeText()
        box.defaultButton().click()
    finally:
        assert main.runner.drain(30_000)
        main.close()
