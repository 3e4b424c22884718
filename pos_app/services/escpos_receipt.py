"""Receipts on thermal printers in ESC/POS: the receipt's layout as bytes, and the three ways
to the printer — USB, the network (port 9100), a raw Windows printer queue.

python-escpos (the optional extra `pos-app[escpos]`) builds the bytes: its capabilities data
picks the code page each character needs (é, €, £, •). It is imported only when a thermal
receipt is printed, on a worker: it takes a third of a second to load. The bytes are built in
full first and sent in one write, so a printer that fails fails before or after a receipt,
rarely in the middle of one. Every failure leaves as a PrinterError in the cashier's words.
"""

from __future__ import annotations

import contextlib
import os
import textwrap
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from types import ModuleType
from typing import Any, Protocol

from pos_app.domain.errors import (
    PrinterError,
    PrinterOutOfPaper,
    PrinterSupportMissing,
    PrinterUnavailable,
)
from pos_app.domain.i18n import translate
from pos_app.domain.printers import PrinterKind, PrinterTarget

from .receipts import ReceiptLayout, centred, pair

__all__ = [
    "COLUMNS",
    "DeviceFactory",
    "EscposDevice",
    "RawDevice",
    "Win32RawDevice",
    "open_device",
    "receipt_bytes",
    "render_escpos",
    "send",
]

#: Font A on an 80 mm roll: 576 dots across, 12 dots a character.
COLUMNS = 48
#: How long a printer may take to answer "is there paper?" before printing goes ahead anyway
#: (not every printer answers status queries).
STATUS_TIMEOUT_S = 1.5
#: How long to wait for a network printer to accept the connection, or a USB write to finish.
CONNECT_TIMEOUT_S = 5.0


def load_escpos(cache_dir: Path | None = None) -> ModuleType:
    """The escpos package; PrinterSupportMissing when it is not installed.

    Its capabilities data is cached (pickled) in `cache_dir`, not in a new temporary folder
    on every start of the till.
    """
    if cache_dir is not None:
        cache_dir.mkdir(parents=True, exist_ok=True)
        os.environ.setdefault("ESCPOS_CAPABILITIES_PICKLE_DIR", str(cache_dir))
    try:
        import escpos.printer
    except ImportError as exc:
        raise PrinterSupportMissing(
            translate(
                "Printers",
                "Printing on a thermal printer needs python-escpos, which is not installed. "
                "Install the till with its escpos extra (pip install 'pos-app[escpos]').",
            )
        ) from exc
    module: ModuleType = escpos
    return module


# -- the receipt as ESC/POS ----------------------------------------------------------------------


def _printable(text: str) -> str:
    # A thermal font has no narrow no-break space; python-escpos finds a code page for the rest.
    return text.replace("\u202f", " ").replace("\u00a0", " ")


def render_escpos(
    layout: ReceiptLayout, printer: Any, *, cut: bool, drawer: bool, columns: int = COLUMNS
) -> None:
    """Print `layout` on a python-escpos printer object, then cut and open the drawer."""
    p = printer

    def lines(texts: list[str]) -> None:
        for text in texts:
            p.textln(_printable(text))

    p.hw("INIT")
    p.set_with_default(align="center", bold=True, double_width=True, double_height=True)
    lines(textwrap.wrap(layout.business_name, columns // 2) or [""])
    p.set_with_default(align="center")
    lines([line for line in (*layout.address, layout.tax_line) if line])
    if layout.banner:
        p.set_with_default(align="center", bold=True)
        lines(["", f"*** {layout.banner} ***"])
    if layout.title:
        p.set_with_default(align="center", bold=True, double_width=True, double_height=True)
        lines(["", layout.title])
    p.set_with_default()
    lines([""])
    for row in layout.details:
        lines(pair(row.label, row.value, columns))
    lines(["-" * columns])
    if layout.description:
        lines(textwrap.wrap(layout.description, columns))
    p.set_with_default(bold=True, double_height=True)
    lines(pair(layout.total.label, layout.total.value, columns))
    p.set_with_default()
    lines(["-" * columns])
    for row in layout.payment:
        lines(pair(row.label, row.value, columns))
    p.set_with_default(bold=True)
    lines(pair(translate("Receipts", "Status"), layout.status, columns))
    if layout.banner:
        p.set_with_default(align="center", bold=True)
        lines(["", f"*** {layout.banner} ***"])
    if layout.footer:
        p.set_with_default(align="center")
        lines([""])
        for line in layout.footer:
            lines(centred(line, columns))
    p.set_with_default()
    if cut:
        # GS V 66 0: feed just to the cutter and cut there, so the roll is cut right after the
        # last line (no blank stretch at the bottom, none wasted at the top of the next one).
        p.cut(feed=False)
    else:
        p.ln(4)  # past the tear bar
    if drawer:
        p.cashdraw(2)  # ESC p 0: the drawer on connector pin 2, the usual wiring


def receipt_bytes(
    layout: ReceiptLayout, *, cut: bool, drawer: bool, cache_dir: Path | None = None
) -> bytes:
    """The whole receipt as one ESC/POS byte stream."""
    escpos = load_escpos(cache_dir)
    dummy = escpos.printer.Dummy()
    render_escpos(layout, dummy, cut=cut, drawer=drawer)
    return bytes(dummy.output)


# -- the ways to a printer -----------------------------------------------------------------------


class RawDevice(Protocol):
    """A printer that takes raw bytes."""

    def open(self) -> None: ...

    def paper_status(self) -> int | None:
        """2 plenty, 1 near its end, 0 out; None when the printer cannot say."""

    def write(self, data: bytes) -> None: ...

    def close(self) -> None: ...


DeviceFactory = Callable[[PrinterTarget], RawDevice]


class EscposDevice:
    """A python-escpos printer object (Usb, Network, File…) as a RawDevice."""

    def __init__(self, printer: Any) -> None:
        self.printer = printer

    def open(self) -> None:
        self.printer.open()

    def paper_status(self) -> int | None:
        if type(self.printer).__name__ not in ("Network", "Usb"):
            return None  # a device that is only written to (a file, a spooler) cannot answer
        sock = getattr(self.printer, "device", None) if self._network else None
        previous = sock.gettimeout() if sock is not None else None
        try:
            if sock is not None:
                sock.settimeout(STATUS_TIMEOUT_S)
            return int(self.printer.paper_status())
        except (NotImplementedError, OSError):
            return None  # a printer without a status channel: print and see
        finally:
            if sock is not None:
                sock.settimeout(previous)

    @property
    def _network(self) -> bool:
        return type(self.printer).__name__ == "Network"

    def write(self, data: bytes) -> None:
        self.printer._raw(data)

    def close(self) -> None:
        self.printer.close()


class Win32RawDevice:
    """A Windows printer queue taking the bytes as they are (the "RAW" data type).

    `win32print` is pywin32's module, given by the caller: it exists on Windows only, and the
    tests hand in a stand-in with its functions to follow the same path elsewhere.
    """

    def __init__(self, name: str, win32print: Any) -> None:
        self.name = name
        self._api = win32print
        self._handle: Any = None

    def open(self) -> None:
        api = self._api
        flags = api.PRINTER_ENUM_LOCAL | api.PRINTER_ENUM_CONNECTIONS
        names = {entry[2] for entry in api.EnumPrinters(flags, None, 1)}
        if self.name not in names:
            raise FileNotFoundError(self.name)
        self._handle = api.OpenPrinter(self.name)

    def paper_status(self) -> int | None:
        return None  # the spooler does not pass status bytes back

    def write(self, data: bytes) -> None:
        api, handle = self._api, self._handle
        api.StartDocPrinter(handle, 1, ("Receipt", None, "RAW"))
        try:
            api.StartPagePrinter(handle)
            api.WritePrinter(handle, data)
            api.EndPagePrinter(handle)
        finally:
            api.EndDocPrinter(handle)

    def close(self) -> None:
        if self._handle is not None:
            handle, self._handle = self._handle, None
            self._api.ClosePrinter(handle)


def _win32print() -> Any:
    try:
        import win32print
    except ImportError as exc:
        raise PrinterSupportMissing(
            translate(
                "Printers",
                "A Windows receipt printer needs pywin32, which this computer does not have. "
                "Install the till with its escpos extra (pip install 'pos-app[escpos]').",
            )
        ) from exc
    return win32print


def open_device(target: PrinterTarget, *, cache_dir: Path | None = None) -> RawDevice:
    """The device for `target` (not yet opened)."""
    if target.kind is PrinterKind.WINDOWS:
        return Win32RawDevice(target.name, _win32print())
    escpos = load_escpos(cache_dir)
    if target.kind is PrinterKind.USB:
        return EscposDevice(
            escpos.printer.Usb(
                target.vendor_id, target.product_id, timeout=int(CONNECT_TIMEOUT_S * 1000)
            )
        )
    if target.kind is PrinterKind.NETWORK:
        return EscposDevice(
            escpos.printer.Network(target.host, target.port, timeout=CONNECT_TIMEOUT_S)
        )
    raise PrinterError(
        translate("Printers", "{printer} is not a thermal printer.").format(
            printer=_cap(target.words)
        ),
        printer=target.words,
    )


@contextmanager
def _failures(target: PrinterTarget, stage: str) -> Iterator[None]:
    """Whatever a device raises, in the cashier's words (the receipt itself is kept)."""
    where = target.words
    try:
        yield
    except PrinterError:
        raise
    except RuntimeError as exc:  # python-escpos: a library this kind of printer needs is missing
        raise PrinterSupportMissing(
            translate("Printers", "{printer} cannot be used: {reason}").format(
                printer=_cap(where), reason=exc
            ),
            printer=where,
        ) from exc
    except ValueError as exc:  # pyusb: no USB library (libusb) on this computer
        if type(exc).__name__ != "NoBackendError":
            raise
        raise PrinterSupportMissing(
            translate(
                "Printers",
                "USB printing needs the libusb library, which this computer does not have. "
                "Install it, or use the printer through the system's printers.",
            ),
            printer=where,
        ) from exc
    except Exception as exc:
        raise PrinterUnavailable(_unavailable(target, stage, exc), printer=where) from exc


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def _unavailable(target: PrinterTarget, stage: str, exc: BaseException) -> str:
    where = _cap(target.words)
    if stage == "open":
        if target.kind is PrinterKind.NETWORK:
            return translate(
                "Printers",
                "{printer} is not answering. Check that it is switched on and on the network, "
                "and that its address is right.",
            ).format(printer=where)
        if target.kind is PrinterKind.WINDOWS:
            return translate(
                "Printers",
                "{printer} is not among this computer's printers. Check its name in Settings.",
            ).format(printer=where)
        return translate(
            "Printers",
            "{printer} was not found. Check that it is switched on and its cable plugged in.",
        ).format(printer=where)
    return translate(
        "Printers",
        "{printer} stopped answering while printing ({error}). Check its power, cable and paper.",
    ).format(printer=where, error=type(exc).__name__)


def send(
    target: PrinterTarget,
    data: bytes,
    *,
    factory: DeviceFactory,
) -> None:
    """Open the printer, make sure it has paper (when it can tell), write `data`, close."""
    with _failures(target, "open"):
        device = factory(target)
        device.open()
    try:
        with _failures(target, "status"):
            status = device.paper_status()
        if status == 0:
            raise PrinterOutOfPaper(
                translate(
                    "Printers",
                    "{printer} is out of paper (or its cover is open). Put in a new roll, close "
                    "the cover, and print again.",
                ).format(printer=_cap(target.words)),
                printer=target.words,
            )
        with _failures(target, "write"):
            device.write(data)
    finally:
        # Closing a device that failed must not hide why it failed.
        with contextlib.suppress(Exception):
            device.close()
