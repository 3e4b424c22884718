"""Printing receipts where the shop set up: the receipt printer chosen once in the settings.

Three ways: "ask each time" (the system print dialog), a printer of the operating system
(printed through Qt by the UI, on the GUI thread, since a QTextDocument lives there), or a
thermal printer spoken to directly in ESC/POS (services/escpos_receipt.py), which this
service does itself — blocking on a device, so call `print_thermal` from a worker.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import partial
from pathlib import Path

from pos_app.domain.i18n import translate
from pos_app.domain.money import AmountFormat, format_money
from pos_app.domain.printers import PrinterKind, PrinterTarget
from pos_app.storage.settings import Settings

from .escpos_receipt import DeviceFactory, open_device, receipt_bytes, send
from .receipts import Receipt, ReceiptLayout, receipt_layout

__all__ = ["PrinterSetup", "ReceiptPrinting"]


@dataclass(frozen=True, slots=True)
class PrinterSetup:
    """The printer part of the settings."""

    target: PrinterTarget = field(default_factory=PrinterTarget)
    #: Print every approved charge's receipt at once (never a reprint unless asked).
    auto_print: bool = False
    cut_paper: bool = True
    open_drawer: bool = False

    @classmethod
    def from_settings(cls, settings: Settings) -> PrinterSetup:
        return cls(settings.printer, settings.auto_print, settings.cut_paper, settings.open_drawer)

    @property
    def asks(self) -> bool:
        """Print opens the system print dialog (no receipt printer is chosen)."""
        return self.target.kind is PrinterKind.ASK

    @property
    def thermal(self) -> bool:
        """The receipt printer is spoken to in ESC/POS by this service."""
        return self.target.kind.escpos

    @property
    def system_printer(self) -> str | None:
        """The name of the system printer receipts go to through Qt, if that is the choice."""
        return self.target.name if self.target.kind is PrinterKind.SYSTEM else None


class ReceiptPrinting:
    """Prints receipts on the shop's thermal printer; knows the setup the UI follows."""

    def __init__(
        self,
        setup: PrinterSetup,
        *,
        cache_dir: Path | None = None,
        device_factory: DeviceFactory | None = None,
        format_amount: AmountFormat = format_money,
    ) -> None:
        self.setup = setup
        #: How amounts are written on the thermal receipt: as on every other rendering.
        self.format_amount = format_amount
        self._cache_dir = cache_dir
        self._factory = device_factory or partial(open_device, cache_dir=cache_dir)

    def thermal_bytes(self, receipt: Receipt | ReceiptLayout, *, open_drawer: bool) -> bytes:
        """The receipt as the ESC/POS bytes sent to the printer (cut and drawer as set up)."""
        if isinstance(receipt, ReceiptLayout):
            layout = receipt
        else:
            layout = receipt_layout(receipt, self.format_amount)
        return receipt_bytes(
            layout,
            cut=self.setup.cut_paper,
            drawer=open_drawer and self.setup.open_drawer,
            cache_dir=self._cache_dir,
        )

    def print_thermal(self, receipt: Receipt, *, open_drawer: bool = False) -> str:
        """Print `receipt` on the thermal printer (blocking); returns what to tell the cashier.

        `open_drawer`: this is the receipt of a sale just made, so the drawer opens if the
        shop wants it to. Raises a PrinterError in the cashier's words.
        """
        target = self.setup.target
        data = self.thermal_bytes(receipt, open_drawer=open_drawer)
        send(target, data, factory=self._factory)
        return translate("Printers", "Printed on {printer}.").format(printer=target.words)
