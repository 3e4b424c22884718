"""Thermal receipts in ESC/POS: the byte stream a printer gets (through python-escpos's File
printer and a network printer on 127.0.0.1), and each failure in the cashier's words."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from types import SimpleNamespace

import pytest
from escpos.printer import File

from pos_app.domain.cards import Brand, EntryMethod
from pos_app.domain.errors import PrinterOutOfPaper, PrinterSupportMissing, PrinterUnavailable
from pos_app.domain.keys import Mode
from pos_app.domain.models import Card, Charge, ChargeStatus, Refund, RefundStatus
from pos_app.domain.money import Money
from pos_app.domain.printers import PrinterKind, PrinterTarget
from pos_app.services.escpos_receipt import EscposDevice, Win32RawDevice, send
from pos_app.services.printing import PrinterSetup, ReceiptPrinting
from pos_app.services.receipts import Receipt, ReceiptService, ShopDetails
from tests.printing.printer_peer import PAPER_OUT, closed_port, network_printer

CUT = b"\x1dVB\x00"  # GS V 66 0: feed to the cutter, cut
DRAWER = b"\x1bp\x00"  # ESC p 0: pulse the drawer on pin 2
INIT = b"\x1b@"


def shop() -> ReceiptService:
    return ReceiptService(
        ShopDetails(
            "Corner Café",
            "1 Main Street\nSpringfield",
            "Returns within 30 days with this receipt.\nThank you!",
            tax_id="VAT GB123456789",
        ),
        register_id="FRONT-1",
        mode=Mode.TEST,
        receipts_dir=Path("unused"),
    )


def charge(**changes: object) -> Charge:
    values: dict[str, object] = {
        "id": "ch_3PqRsTuVwXyZ0123",
        "amount": Money(1250, "usd"),
        "amount_refunded": Money(0, "usd"),
        "status": ChargeStatus.SUCCEEDED,
        "paid": True,
        "captured": True,
        "refunded": False,
        "created": datetime(2026, 3, 4, 12, 30, tzinfo=UTC),
        "livemode": False,
        "description": "2 flat whites",
        "metadata": {"order_id": "FRONT-1-000042", "entry_method": "swiped"},
        "card": Card(id="", brand=Brand.VISA, last4="4242", exp_month=12, exp_year=2030),
    }
    values.update(changes)
    return Charge(**values)  # type: ignore[arg-type]


def sale() -> Receipt:
    return shop().build(charge(), cashier="Sam")


def file_printing(path: Path, **setup: bool) -> ReceiptPrinting:
    """Printing on python-escpos's File printer (what a /dev/usb/lp0 printer would get)."""
    target = PrinterTarget(PrinterKind.NETWORK, host="printer.local")
    return ReceiptPrinting(
        PrinterSetup(target, **setup), device_factory=lambda t: EscposDevice(File(str(path)))
    )


def test_a_sale_prints_its_text_then_cuts_after_the_last_line_and_opens_the_drawer(
    tmp_path: Path,
) -> None:
    out = tmp_path / "lp0"
    printing = file_printing(out, cut_paper=True, open_drawer=True)
    words = printing.print_thermal(sale(), open_drawer=True)
    data = out.read_bytes()

    assert data.startswith(INIT)
    # The shop, the sale and the card, with é and • in the printer's code pages.
    for text in (
        b"Corner Caf\x82",  # é in code page 437
        b"1 Main Street",
        b"Tax ID VAT GB123456789",
        b"*** TEST \x1bt\x10\x97 NOT A REAL PAYMENT ***",  # — in code page 1252
        b"FRONT-1-000042",
        b"2 flat whites",
        b"$12.50",
        b"VISA \x95\x95\x95\x95 4242",  # • in code page 1252
        b"Swiped",
        b"WXYZ-0123",  # no receipt number from Stripe yet: a short reference
        b"ch_3PqRsTuVwXyZ0123",
        b"APPROVED",
        b"Returns within 30 days with this receipt.",
    ):
        assert text in data, text
    total = next(line for line in data.split(b"\n") if b"TOTAL" in line)
    assert total.endswith(b"$12.50") and len(total.split(b"TOTAL")[1]) == 48 - 5
    # Cut right after the last line (no blank stretch), then the drawer.
    assert data.count(CUT) == 1 and data.count(DRAWER) == 1
    last_line = data.rindex(b"Thank you!\n")
    assert data.index(CUT) > last_line and data.index(DRAWER) > data.index(CUT)
    assert b"\n\n" not in data[last_line + len(b"Thank you!\n") :]
    assert words == "Printed on the network receipt printer at printer.local:9100."


def test_no_cutter_no_drawer_and_a_reprint_never_opens_the_drawer(tmp_path: Path) -> None:
    out = tmp_path / "lp0"
    file_printing(out, cut_paper=False, open_drawer=False).print_thermal(sale(), open_drawer=True)
    assert b"\x1dV" not in out.read_bytes() and DRAWER not in out.read_bytes()
    file_printing(out, cut_paper=True, open_drawer=True).print_thermal(sale(), open_drawer=False)
    assert CUT in out.read_bytes() and DRAWER not in out.read_bytes()


def test_a_refund_receipt_says_refund_with_the_original_order_and_the_amount(
    tmp_path: Path,
) -> None:
    refund = Refund(
        id="re_3AbCdEfGhIjKl789",
        amount=Money(450, "usd"),
        charge="ch_3PqRsTuVwXyZ0123",
        status=RefundStatus.SUCCEEDED,
        created=datetime(2026, 3, 5, 9, 0, tzinfo=UTC),
        receipt_number="1234-5678",
    )
    receipt = shop().build_refund(refund, charge(), cashier="Kim")
    out = tmp_path / "lp0"
    file_printing(out, cut_paper=True, open_drawer=True).print_thermal(receipt)
    data = out.read_bytes()
    for text in (b"REFUND", b"Original order", b"FRONT-1-000042", b"Sale total", b"$12.50",
                 b"REFUNDED", b"$4.50", b"Receipt no.", b"1234-5678", b"re_3AbCdEfGhIjKl789",
                 b"Kim"):  # fmt: skip
        assert text in data, text
    assert DRAWER not in data  # money went back to the card, not into the drawer


def test_a_network_printer_gets_the_whole_receipt_in_one_job() -> None:
    with network_printer() as printer:
        target = PrinterTarget(PrinterKind.NETWORK, host="127.0.0.1", port=printer.port)
        printing = ReceiptPrinting(PrinterSetup(target, open_drawer=True))
        words = printing.print_thermal(sale(), open_drawer=True)
        [job] = printer.wait_jobs(1)
    assert job == printing.thermal_bytes(sale(), open_drawer=True)
    assert b"FRONT-1-000042" in job and job.endswith(DRAWER + b"22")
    assert words == f"Printed on the network receipt printer at 127.0.0.1:{printer.port}."


def test_a_printer_out_of_paper_says_so_and_prints_nothing() -> None:
    with network_printer(paper=PAPER_OUT) as printer:
        target = PrinterTarget(PrinterKind.NETWORK, host="127.0.0.1", port=printer.port)
        with pytest.raises(PrinterOutOfPaper) as caught:
            ReceiptPrinting(PrinterSetup(target)).print_thermal(sale())
        [job] = printer.wait_jobs(1)
    assert b"FRONT-1-000042" not in job
    assert "is out of paper" in caught.value.message and "new roll" in caught.value.message


def test_a_printer_switched_off_is_not_answering() -> None:
    target = PrinterTarget(PrinterKind.NETWORK, host="127.0.0.1", port=closed_port())
    with pytest.raises(PrinterUnavailable) as caught:
        ReceiptPrinting(PrinterSetup(target)).print_thermal(sale())
    assert caught.value.message.startswith(
        f"The network receipt printer at 127.0.0.1:{target.port} is not answering."
    )


class StandInWin32Print:
    """pywin32's win32print where there is no Windows: the same calls, recorded."""

    PRINTER_ENUM_LOCAL = 2
    PRINTER_ENUM_CONNECTIONS = 4

    def __init__(self, names: list[str]) -> None:
        self.names = names
        self.calls: list[tuple[str, object]] = []
        self.written = b""

    def EnumPrinters(self, flags: int, name: object, level: int) -> list[tuple[object, ...]]:
        return [(0, f"{n},,", n, "") for n in self.names]

    def OpenPrinter(self, name: str) -> str:
        self.calls.append(("OpenPrinter", name))
        return f"handle:{name}"

    def StartDocPrinter(self, handle: str, level: int, info: tuple[str, None, str]) -> int:
        self.calls.append(("StartDocPrinter", info[2]))
        return 1

    def StartPagePrinter(self, handle: str) -> None:
        self.calls.append(("StartPagePrinter", handle))

    def WritePrinter(self, handle: str, data: bytes) -> int:
        self.written += data
        return len(data)

    def EndPagePrinter(self, handle: str) -> None:
        self.calls.append(("EndPagePrinter", handle))

    def EndDocPrinter(self, handle: str) -> None:
        self.calls.append(("EndDocPrinter", handle))

    def ClosePrinter(self, handle: str) -> None:
        self.calls.append(("ClosePrinter", handle))


def test_a_windows_printer_gets_the_bytes_raw_in_one_document() -> None:
    api = StandInWin32Print(["EPSON TM-T20III Receipt"])
    target = PrinterTarget(PrinterKind.WINDOWS, name="EPSON TM-T20III Receipt")
    printing = ReceiptPrinting(
        PrinterSetup(target), device_factory=lambda t: Win32RawDevice(t.name, api)
    )
    printing.print_thermal(sale())
    assert api.written == printing.thermal_bytes(sale(), open_drawer=False)
    assert [name for name, _ in api.calls] == [
        "OpenPrinter", "StartDocPrinter", "StartPagePrinter", "EndPagePrinter", "EndDocPrinter",
        "ClosePrinter",
    ]  # fmt: skip
    assert ("StartDocPrinter", "RAW") in api.calls

    gone = PrinterTarget(PrinterKind.WINDOWS, name="Receipt (unplugged)")
    with pytest.raises(PrinterUnavailable) as caught:
        ReceiptPrinting(
            PrinterSetup(gone), device_factory=lambda t: Win32RawDevice(t.name, api)
        ).print_thermal(sale())
    assert "is not among this computer's printers" in caught.value.message


def test_a_usb_printer_without_its_library_or_unplugged_is_named_in_words() -> None:
    from escpos.exceptions import DeviceNotFoundError

    target = PrinterTarget(PrinterKind.USB, vendor_id=0x04B8, product_id=0x0202)

    def failing(error: Exception):  # type: ignore[no-untyped-def]
        def open_() -> None:
            raise error

        return lambda t: SimpleNamespace(open=open_, close=lambda: None)

    with pytest.raises(PrinterUnavailable) as unplugged:
        send(target, b"x", factory=failing(DeviceNotFoundError("no device")))
    assert unplugged.value.message == (
        "The USB receipt printer 04b8:0202 was not found. Check that it is switched on and its "
        "cable plugged in."
    )
    from usb.core import NoBackendError

    with pytest.raises(PrinterSupportMissing) as no_libusb:
        send(target, b"x", factory=failing(NoBackendError("No backend available")))
    assert "needs the libusb library" in no_libusb.value.message


@pytest.mark.parametrize(
    ("spec", "kind"),
    [
        ("ask", PrinterKind.ASK),
        ("system:Front desk", PrinterKind.SYSTEM),
        ("usb:04b8:0202", PrinterKind.USB),
        ("network:192.168.1.50:9100", PrinterKind.NETWORK),
        ("windows:EPSON TM-T20III Receipt", PrinterKind.WINDOWS),
    ],
)
def test_the_settings_line_names_the_printer_both_ways(spec: str, kind: PrinterKind) -> None:
    target = PrinterTarget.parse(spec)
    assert target.kind is kind and target.spec == spec


def test_the_entry_method_is_on_the_receipt_and_a_saved_customer_is_a_card_on_file() -> None:
    assert sale().entry is EntryMethod.SWIPED
    saved = shop().build(charge(metadata={"order_id": "A-1"}, customer="cus_123"), cashier="S")
    assert saved.entry is EntryMethod.CARD_ON_FILE
    assert shop().build(charge(metadata={}), cashier="S").entry is None
