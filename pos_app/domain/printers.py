"""The receipt printer a till is set up with, and the rules for each way of reaching one.

A printer is "ask each time" (the system print dialog), a printer of the operating system
printed to through Qt, or a thermal printer spoken to directly in ESC/POS: over USB (vendor
and product id), over the network (host, port 9100) or as a raw Windows printer (by name).
The settings file keeps the choice as one line (`PrinterTarget.spec`); the settings dialog
asks `printer_problems` about what was typed, and `PrinterTarget.parse` asks the same rules,
so a printer one of them accepts is never refused by the other.
"""

from __future__ import annotations

import ipaddress
import re
from enum import StrEnum

from .errors import ValidationError
from .i18n import translate
from .records import frozen_record

__all__ = [
    "DEFAULT_PRINTER_PORT",
    "PRINTER_FIELDS",
    "PrinterKind",
    "PrinterTarget",
    "format_usb_ids",
    "parse_usb_ids",
    "printer_problems",
]

#: The raw printing port of network receipt printers (JetDirect / "port 9100").
DEFAULT_PRINTER_PORT = 9100
PRINTER_NAME_MAX = 200
#: Field keys of the printer's part of the settings form, in the order they are shown.
PRINTER_FIELDS = ("printer_kind", "printer_name", "printer_usb", "printer_host", "printer_port")
# Compiled (and cached by `re`) when a USB or network printer is first read: most tills ask.
_USB_RE = r"^\s*(?:0x)?([0-9a-fA-F]{1,4})\s*[:/ ]\s*(?:0x)?([0-9a-fA-F]{1,4})\s*$"
_HOST_LABEL_RE = r"^(?!-)[A-Za-z0-9-]{1,63}(?<!-)$"


class PrinterKind(StrEnum):
    ASK = "ask"  # the system print dialog each time
    SYSTEM = "system"  # a printer of the operating system, through Qt
    USB = "usb"  # ESC/POS over USB
    NETWORK = "network"  # ESC/POS over TCP
    WINDOWS = "windows"  # ESC/POS sent raw to a Windows printer queue

    @property
    def escpos(self) -> bool:
        return self in (PrinterKind.USB, PrinterKind.NETWORK, PrinterKind.WINDOWS)


@frozen_record
class PrinterTarget:
    """Where receipts print; only the fields of its kind mean anything."""

    kind: PrinterKind = PrinterKind.ASK
    name: str = ""  # SYSTEM and WINDOWS: the printer's name as the system lists it
    vendor_id: int = 0  # USB
    product_id: int = 0  # USB
    host: str = ""  # NETWORK
    port: int = DEFAULT_PRINTER_PORT  # NETWORK

    @property
    def spec(self) -> str:
        """The one line the settings file keeps, e.g. "network:192.168.1.50:9100"."""
        if self.kind is PrinterKind.USB:
            return f"usb:{format_usb_ids(self.vendor_id, self.product_id)}"
        if self.kind is PrinterKind.NETWORK:
            return f"network:{self.host}:{self.port}"
        if self.kind in (PrinterKind.SYSTEM, PrinterKind.WINDOWS):
            return f"{self.kind.value}:{self.name}"
        return PrinterKind.ASK.value

    @property
    def words(self) -> str:
        """The printer in a cashier's words, for messages ("the USB printer 04b8:0202")."""
        if self.kind is PrinterKind.USB:
            return translate("Printers", "the USB receipt printer {ids}").format(
                ids=format_usb_ids(self.vendor_id, self.product_id)
            )
        if self.kind is PrinterKind.NETWORK:
            return translate("Printers", "the network receipt printer at {address}").format(
                address=f"{self.host}:{self.port}"
            )
        if self.kind is PrinterKind.WINDOWS:
            return translate("Printers", "the receipt printer “{name}”").format(name=self.name)
        if self.kind is PrinterKind.SYSTEM:
            return translate("Printers", "the printer “{name}”").format(name=self.name)
        return translate("Printers", "the printer chosen in the print dialog")

    @classmethod
    def parse(cls, spec: str) -> PrinterTarget:
        """The target a settings line names; ValidationError("receipt_printer") when it is
        not one (the same rules as the settings form)."""
        kind_text, _, rest = (spec or "ask").partition(":")
        fields = {"printer_kind": kind_text, "printer_name": "", "printer_usb": "",
                  "printer_host": "", "printer_port": ""}  # fmt: skip
        if kind_text in (PrinterKind.SYSTEM, PrinterKind.WINDOWS):
            fields["printer_name"] = rest
        elif kind_text == PrinterKind.USB:
            fields["printer_usb"] = rest
        elif kind_text == PrinterKind.NETWORK:
            host, _, port = rest.rpartition(":")
            fields["printer_host"], fields["printer_port"] = host, port
        elif rest:
            fields["printer_kind"] = spec  # "ask:…" is not a printer
        try:
            return cls.from_fields(**fields)
        except ValidationError as exc:
            raise ValidationError("receipt_printer", exc.message) from None

    @classmethod
    def from_fields(
        cls,
        *,
        printer_kind: str,
        printer_name: str = "",
        printer_usb: str = "",
        printer_host: str = "",
        printer_port: str = "",
    ) -> PrinterTarget:
        """The target the settings form describes; the first problem as a ValidationError."""
        problems = printer_problems(
            printer_kind,
            name=printer_name,
            usb=printer_usb,
            host=printer_host,
            port=printer_port,
        )
        for key in PRINTER_FIELDS:
            if key in problems:
                raise ValidationError(key, problems[key])
        kind = PrinterKind(printer_kind)
        if kind is PrinterKind.USB:
            vendor, product = parse_usb_ids(printer_usb)
            return cls(kind, vendor_id=vendor, product_id=product)
        if kind is PrinterKind.NETWORK:
            port = int(printer_port.strip()) if printer_port.strip() else DEFAULT_PRINTER_PORT
            return cls(kind, host=printer_host.strip(), port=port)
        if kind in (PrinterKind.SYSTEM, PrinterKind.WINDOWS):
            return cls(kind, name=printer_name.strip())
        return cls()


def parse_usb_ids(text: str) -> tuple[int, int]:
    """ "04b8:0202" (hex, as `lsusb` and Device Manager show them) -> (0x04b8, 0x0202)."""
    match = re.match(_USB_RE, text or "")
    if match is None:
        raise ValueError(text)
    vendor, product = int(match[1], 16), int(match[2], 16)
    if not vendor or not product:
        raise ValueError(text)
    return vendor, product


def format_usb_ids(vendor: int, product: int) -> str:
    return f"{vendor:04x}:{product:04x}"


def _host_problem(host: str) -> str | None:
    host = host.strip()
    if not host:
        return translate("Printers", "Type the printer's address, e.g. 192.168.1.50.")
    try:
        ipaddress.ip_address(host)
        return None
    except ValueError:
        pass
    labels = host.rstrip(".").split(".")
    if len(host) > 253 or not all(re.match(_HOST_LABEL_RE, label) for label in labels):
        return translate(
            "Printers", "That is not an address: use the printer's IP address or its name."
        )
    return None


def printer_problems(
    kind: str, *, name: str = "", usb: str = "", host: str = "", port: str = ""
) -> dict[str, str]:
    """Each printer field's problem in a sentence (keys from PRINTER_FIELDS); empty when the
    printer can be saved."""
    try:
        chosen = PrinterKind(kind)
    except ValueError:
        return {"printer_kind": translate("Printers", "Choose how receipts are printed.")}
    problems: dict[str, str] = {}
    if chosen in (PrinterKind.SYSTEM, PrinterKind.WINDOWS):
        if not name.strip():
            problems["printer_name"] = translate("Printers", "Choose the printer by its name.")
        elif len(name) > PRINTER_NAME_MAX or any(ord(c) < 32 for c in name):
            problems["printer_name"] = translate("Printers", "That printer name cannot be used.")
    elif chosen is PrinterKind.USB:
        try:
            parse_usb_ids(usb)
        except ValueError:
            problems["printer_usb"] = translate(
                "Printers",
                "Type the vendor and product id as four hex digits each, e.g. 04b8:0202.",
            )
    elif chosen is PrinterKind.NETWORK:
        problem = _host_problem(host)
        if problem:
            problems["printer_host"] = problem
        text = port.strip()
        if text and (not text.isdigit() or not 1 <= int(text) <= 65535):
            problems["printer_port"] = translate(
                "Printers", "The port is a number from 1 to 65535 (usually 9100)."
            )
    return problems
