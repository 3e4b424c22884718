"""The receipt printer chosen once: Print prints at once without a dialog, every approved sale
prints by itself when the shop asks, a printer that fails says why and keeps the receipt as a
PDF, and the receipt through Qt is an 80 mm PDF as long as the receipt."""

from __future__ import annotations

import dataclasses
import json
import re
import shutil
import subprocess
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QApplication, QComboBox, QLabel, QTabWidget

from pos_app.domain.cards import Brand, EntryMethod
from pos_app.domain.keys import Mode
from pos_app.domain.models import Card, Charge, ChargeStatus
from pos_app.domain.money import Money
from pos_app.domain.printers import PrinterKind, PrinterTarget
from pos_app.services.printing import PrinterSetup, ReceiptPrinting
from pos_app.services.receipts import Receipt, ReceiptService
from pos_app.services.setup import TillSetup
from pos_app.storage.paths import AppPaths
from pos_app.storage.secrets import MemorySecretStore
from pos_app.storage.settings import Settings, SettingsStore
from pos_app.ui import receipt_printing
from pos_app.ui.dialogs.receipt_dialog import ReceiptDialog
from pos_app.ui.dialogs.settings_dialog import SettingsDialog
from pos_app.ui.main_window import MainWindow
from tests.fixtures_peers import Peer
from tests.printing.printer_peer import NetworkPrinter, closed_port, network_printer

from .helpers import button, key_in, real_window, ring_up, till_env

pytestmark = pytest.mark.gui

CUT = b"\x1dVB\x00"
DRAWER = b"\x1bp\x00"
PT_PER_MM = 72 / 25.4


def a_sale(receipts: ReceiptService, footer: str = "Thank you!") -> Receipt:
    shop = dataclasses.replace(receipts.shop, footer=footer, tax_id="VAT GB123456789")
    service = ReceiptService(
        shop, register_id="FRONT-1", mode=Mode.TEST, receipts_dir=receipts.receipts_dir
    )
    charge = Charge(
        id="ch_test_pdf123456",
        amount=Money(1250, "usd"),
        amount_refunded=Money(0, "usd"),
        status=ChargeStatus.SUCCEEDED,
        paid=True,
        captured=True,
        refunded=False,
        created=datetime(2026, 3, 4, 12, 30, tzinfo=UTC),
        livemode=False,
        description="Two coffees",
        metadata={"order_id": "FRONT-1-0042"},
        card=Card(id="", brand=Brand.VISA, last4="4242", exp_month=12, exp_year=2030),
    )
    return service.build(charge, cashier="Sam", entry=EntryMethod.SWIPED)


def open_dialog(qtbot, receipts: ReceiptService, receipt: Receipt, **kwargs: object):  # type: ignore[no-untyped-def]
    dialog = ReceiptDialog(receipts, receipt, **kwargs)  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    dialog.open()
    qtbot.waitExposed(dialog)
    return dialog


def media_box(path: Path) -> tuple[float, float]:
    box = re.search(rb"/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]", path.read_bytes())
    assert box is not None
    return float(box.group(1)), float(box.group(2))


def pdf_text(path: Path) -> str | None:
    """The PDF's text through poppler's pdftotext (.ci/run installs it); None without it."""
    tool = shutil.which("pdftotext")
    if tool is None:
        return None
    done = subprocess.run(
        [tool, "-layout", str(path), "-"], capture_output=True, text=True, check=True, timeout=60
    )
    return done.stdout


def test_through_qt_the_receipt_is_an_80mm_pdf_as_long_as_its_text(
    qtbot, receipts: ReceiptService, tmp_path: Path, runner
) -> None:
    short = open_dialog(qtbot, receipts, a_sale(receipts))
    long_footer = "\n".join(f"Returns policy line {n}" for n in range(1, 7))
    longer = open_dialog(qtbot, receipts, a_sale(receipts, long_footer))
    # Print to a PDF printer, as Qt prints to any printer.
    paths = []
    for dialog, name in ((short, "short.pdf"), (longer, "long.pdf")):
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(tmp_path / name))
        dialog.print_to(printer)
        paths.append(tmp_path / name)
    (short_w, short_h), (long_w, long_h) = media_box(paths[0]), media_box(paths[1])
    assert abs(short_w - 80 * PT_PER_MM) < 1 and abs(long_w - 80 * PT_PER_MM) < 1
    # The page follows the content: five more footer lines make a longer page, and no page
    # is a 200 mm sheet with the receipt at its top.
    assert 60 * PT_PER_MM < short_h < 150 * PT_PER_MM
    assert long_h - short_h > 5 * 3 * PT_PER_MM
    text = pdf_text(paths[0])
    if text is not None:
        expected = ("Corner Café", "Tax ID VAT GB123456789", "FRONT-1-0042", "$12.50",
                    "VISA •••• 4242", "Swiped", "ch_test_pdf123456", "Thank you!")  # fmt: skip
        for words in expected:
            assert words in text, words
        assert text.count("\f") == 1  # one page
    else:  # no poppler here: the sizes above and a PDF of some substance
        assert paths[0].stat().st_size > 2048


def test_print_on_a_chosen_system_printer_prints_at_once_without_a_dialog(
    qtbot, receipts: ReceiptService, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, runner
) -> None:
    spooled = tmp_path / "front-desk.pdf"
    asked: list[str] = []

    def front_desk(name: str) -> QPrinter:
        # The system printer "Front desk", as Qt would hand it out: here it writes a PDF.
        asked.append(name)
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(spooled))
        return printer

    monkeypatch.setattr(receipt_printing, "system_printer", front_desk)
    printing = ReceiptPrinting(PrinterSetup(PrinterTarget(PrinterKind.SYSTEM, name="Front desk")))
    dialog = open_dialog(qtbot, receipts, a_sale(receipts), printing=printing)
    with qtbot.waitSignal(dialog.printed, timeout=10_000):
        qtbot.mouseClick(button(dialog, "printReceiptButton"), Qt.MouseButton.LeftButton)
    assert asked == ["Front desk"]
    assert dialog.findChildren(QPrintDialog) == []
    assert spooled.read_bytes().startswith(b"%PDF")
    assert dialog.status_text() == "Sent to the printer Front desk."
    assert dialog.last_print_seconds < 1.0  # on the GUI thread, and quick


def test_a_printer_that_fails_says_why_and_the_receipt_is_kept_as_a_pdf(
    qtbot, receipts: ReceiptService, runner
) -> None:
    port = closed_port()
    printing = ReceiptPrinting(
        PrinterSetup(PrinterTarget(PrinterKind.NETWORK, host="127.0.0.1", port=port))
    )
    receipt = a_sale(receipts)
    dialog = open_dialog(qtbot, receipts, receipt, printing=printing, approved=True)
    with qtbot.waitSignal(dialog.print_failed, timeout=20_000) as failed:
        qtbot.mouseClick(button(dialog, "printReceiptButton"), Qt.MouseButton.LeftButton)
        # "New sale" while it prints: the dialog waits for the outcome.
        qtbot.mouseClick(button(dialog, "closeReceiptButton"), Qt.MouseButton.LeftButton)
        assert dialog.isVisible()
    saved = receipts.default_pdf_path(receipt)
    assert failed.args[0] == (
        f"Not printed. The network receipt printer at 127.0.0.1:{port} is not answering. "
        "Check that it is switched on and on the network, and that its address is right. "
        f"The receipt is saved as a PDF instead: {saved}"
    )
    assert saved.read_bytes().startswith(b"%PDF")
    assert dialog.isVisible()  # the failure is read before the next sale
    assert dialog.findChild(QLabel, "printProblemLabel").isVisible()
    assert button(dialog, "retryPrintButton").isVisible()
    dialog.accept()
    assert not dialog.isVisible()


# -- the real till -------------------------------------------------------------------------------


@pytest.fixture
def printer() -> Iterator[NetworkPrinter]:
    with network_printer() as peer:
        yield peer


@pytest.fixture
def till_with_printer(qtbot, sandbox: Peer, tmp_path: Path, printer: NetworkPrinter):  # type: ignore[no-untyped-def]
    env = till_env(sandbox, tmp_path / "till")
    store = SettingsStore(AppPaths.resolve(env).ensure().settings_path)
    store.save(
        Settings(
            business_name="Corner Café",
            receipt_printer=f"network:127.0.0.1:{printer.port}",
            auto_print=True,
            open_drawer=True,
        )
    )
    window = real_window(qtbot, env)
    yield window
    assert window.runner.drain(30_000)
    window.close()


def test_an_approved_charge_prints_its_receipt_by_itself_and_print_again_needs_no_dialog(
    qtbot, till_with_printer: MainWindow, printer: NetworkPrinter
) -> None:
    window = till_with_printer
    dialog = ring_up(qtbot, window)
    key_in(qtbot, dialog)
    with qtbot.waitSignal(window.charge_page.charge_approved, timeout=30_000) as approved:
        qtbot.mouseClick(button(dialog, "cardSubmitButton"), Qt.MouseButton.LeftButton)
    result = approved.args[0]
    receipt = window.charge_page.receipt_dialog
    assert receipt is not None
    # Printed by itself once the approval is on screen (the GUI thread keeps running).
    qtbot.waitUntil(lambda: receipt.status_text().startswith("Printed on"), timeout=20_000)
    [first] = printer.wait_jobs(1)
    assert result.order_id.encode() in first and b"$12.50" in first and b"Keyed" in first
    assert first.count(CUT) == 1 and first.count(DRAWER) == 1  # the sale opens the drawer

    # Print again: straight to the printer, no dialog, and the drawer stays shut.
    with qtbot.waitSignal(receipt.printed, timeout=20_000):
        qtbot.mouseClick(button(receipt, "printReceiptButton"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(printer.jobs) == 2, timeout=10_000)
    jobs = printer.wait_jobs(2)
    assert result.order_id.encode() in jobs[1] and DRAWER not in jobs[1]
    dialogs = [w for w in QApplication.topLevelWidgets() if isinstance(w, QPrintDialog)]
    assert not any(w.isVisible() for w in dialogs) and receipt.findChildren(QPrintDialog) == []
    assert result.entry is EntryMethod.KEYED
    receipt.accept()


def test_the_settings_choose_the_receipt_printer_on_their_own_tab(
    qtbot, tmp_path: Path, runner
) -> None:
    store = SettingsStore(tmp_path / "settings.json")
    store.save(Settings(business_name="Corner Café", training_mode=True))
    setup = TillSetup(store, MemorySecretStore, lambda secret, publishable: None)
    dialog = SettingsDialog(setup, setup.load(), mode=Mode.SANDBOX)
    qtbot.addWidget(dialog)
    dialog.open()
    qtbot.waitExposed(dialog)
    dialog.pin.setText("2468")
    dialog.pin_confirm.setText("2468")
    fields = dialog.receipt_fields
    assert fields is not None
    tabs = dialog.findChild(QTabWidget, "settingsTabs")
    combo = dialog.findChild(QComboBox, "setupPrinterCombo")
    assert combo.currentData() == "ask" and not fields.auto_print.isEnabled()
    assert fields.select_printer(PrinterKind.NETWORK)
    assert not fields.host.isHidden() and fields.usb.isHidden()
    fields.host.setText("not a host!")
    fields.port.setText("70000")
    fields.auto_print.setChecked(True)
    fields.tax_id.setText("VAT GB123456789")
    fields.footer.setPlainText("Returns within 30 days.\nThank you!")
    qtbot.mouseClick(button(dialog, "setupSaveButton"), Qt.MouseButton.LeftButton)
    assert tabs.currentIndex() == 1  # the first problem is on the receipts tab
    host_error = dialog.findChild(QLabel, "setupPrinterHostError")
    assert host_error.isVisible() and "not an address" in host_error.text()
    assert "65535" in dialog.findChild(QLabel, "setupPrinterPortError").text()

    fields.host.setText("192.168.1.50")
    fields.port.clear()
    with qtbot.waitSignal(dialog.saved, timeout=20_000) as saved:
        qtbot.mouseClick(button(dialog, "setupSaveButton"), Qt.MouseButton.LeftButton)
    assert {"printer_kind", "printer_host", "auto_print", "tax_id", "receipt_footer"} <= set(
        saved.args[0]
    )
    stored = json.loads((tmp_path / "settings.json").read_text("utf-8"))
    assert stored["receipt_printer"] == "network:192.168.1.50:9100"
    assert stored["auto_print"] is True and stored["cut_paper"] is True
    assert stored["tax_id"] == "VAT GB123456789"
    assert stored["receipt_footer"] == "Returns within 30 days.\nThank you!"
