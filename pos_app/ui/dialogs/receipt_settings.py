"""The settings' "Receipts and printer" tab: what the receipt says below the address and at the
bottom (tax number, footer), and where receipts print.

The printer is chosen once: "ask each time" (the system print dialog), one of this computer's
printers (Qt lists them), or a thermal printer spoken to in ESC/POS over USB, the network or
a raw Windows queue. The rules are not here: the settings dialog asks the setup service
(services/setup.py), which asks storage/setup.py and domain/printers.py.
"""

from __future__ import annotations

import dataclasses
import sys

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from pos_app.domain.printers import DEFAULT_PRINTER_PORT, PrinterKind
from pos_app.services.setup import SETUP_FIELDS, SetupForm

from ..receipt_printing import available_printers
from ..style import set_state
from ..widgets import describe

__all__ = ["ReceiptFields"]

_KIND_HINTS = {
    PrinterKind.ASK: QT_TRANSLATE_NOOP(
        "ReceiptFields", "Print opens the print dialog each time, to choose the printer or a PDF."
    ),
    PrinterKind.SYSTEM: QT_TRANSLATE_NOOP(
        "ReceiptFields",
        "Print sends the receipt to this printer at once, on an 80 mm page as long as the "
        "receipt. Set the printer's paper to an 80 mm roll in the system's settings.",
    ),
    PrinterKind.USB: QT_TRANSLATE_NOOP(
        "ReceiptFields",
        "A thermal printer on USB, spoken to in ESC/POS. Its vendor and product ids are shown "
        "by lsusb (Linux) or Device Manager → Details → Hardware Ids (Windows).",
    ),
    PrinterKind.NETWORK: QT_TRANSLATE_NOOP(
        "ReceiptFields",
        "A thermal printer on the shop's network, spoken to in ESC/POS on its raw port (9100 "
        "unless its manual says otherwise). Give it a fixed address.",
    ),
    PrinterKind.WINDOWS: QT_TRANSLATE_NOOP(
        "ReceiptFields",
        "A thermal printer installed in Windows (its driver or the Generic / Text Only one): "
        "the receipt is sent to it raw, in ESC/POS.",
    ),
}


class ReceiptFields(QWidget):
    """The receipt and printer fields of the settings form."""

    def __init__(
        self, form: SetupForm, parent: QWidget | None = None, *, printers: list[str] | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("receiptFields")
        self.inputs: dict[str, QWidget] = {}
        self.errors: dict[str, QLabel] = {}
        self._rows: dict[str, list[QWidget]] = {}

        # -- what the receipt says
        self.tax_id = QLineEdit(form.tax_id, self)
        describe(
            self.tax_id,
            "setupTaxIdInput",
            self.tr("Tax number"),
            self.tr("The shop's VAT, GST or tax number, printed under the address (optional)"),
        )
        self.tax_id.setPlaceholderText(self.tr("e.g. VAT GB123456789 (optional)"))
        self.tax_id.setMaxLength(60)
        self.footer = QPlainTextEdit(self)
        describe(
            self.footer,
            "setupFooterInput",
            self.tr("Receipt footer"),
            self.tr(
                "Printed at the bottom of every receipt: the returns policy, a thank-you; Enter "
                "starts a new line, Tab moves on"
            ),
        )
        self.footer.setTabChangesFocus(True)
        self.footer.setFixedHeight(100)  # four lines
        self.footer.setPlainText(form.receipt_footer)
        self.inputs["tax_id"] = self.tax_id
        self.inputs["receipt_footer"] = self.footer

        # -- where receipts print
        self.printer = QComboBox(self)
        describe(
            self.printer,
            "setupPrinterCombo",
            self.tr("Receipt printer"),
            self.tr("Where Print sends receipts (Alt+Down opens the list)"),
        )
        # Item data: the kind, or "system:" and the printer's name (plain text, so findData
        # compares it).
        self.printer.addItem(self.tr("Ask each time (the print dialog)"), PrinterKind.ASK.value)
        names = printers if printers is not None else available_printers()
        if form.printer_kind == PrinterKind.SYSTEM and form.printer_name not in names:
            names = [*names, form.printer_name]
        for name in names:
            self.printer.addItem(name, f"{PrinterKind.SYSTEM.value}:{name}")
        self.printer.addItem(self.tr("Thermal printer on USB"), PrinterKind.USB.value)
        self.printer.addItem(self.tr("Thermal printer on the network"), PrinterKind.NETWORK.value)
        if sys.platform == "win32" or form.printer_kind == PrinterKind.WINDOWS:
            self.printer.addItem(self.tr("Windows printer, raw ESC/POS"), PrinterKind.WINDOWS.value)
        wanted = form.printer_kind
        if form.printer_kind == PrinterKind.SYSTEM:
            wanted = f"{PrinterKind.SYSTEM.value}:{form.printer_name}"
        index = self.printer.findData(wanted)
        self.printer.setCurrentIndex(max(index, 0))
        self.inputs["printer_kind"] = self.printer

        self.usb = self._line(
            "printer_usb",
            "setupPrinterUsbInput",
            self.tr("USB ids"),
            self.tr("Vendor and product id, four hex digits each, e.g. 04b8:0202"),
        )
        self.usb.setText(form.printer_usb)
        self.usb.setPlaceholderText("04b8:0202")
        self.host = self._line(
            "printer_host",
            "setupPrinterHostInput",
            self.tr("Printer address"),
            self.tr("The network printer's IP address or name, e.g. 192.168.1.50"),
        )
        self.host.setText(form.printer_host)
        self.host.setPlaceholderText("192.168.1.50")
        self.port = self._line(
            "printer_port",
            "setupPrinterPortInput",
            self.tr("Printer port"),
            self.tr("The printer's raw port; empty is {port}").format(port=DEFAULT_PRINTER_PORT),
        )
        self.port.setText(form.printer_port)
        self.port.setPlaceholderText(
            self.tr("{port} (the usual)").format(port=DEFAULT_PRINTER_PORT)
        )
        self.port.setMaxLength(5)
        self.windows_name = self._line(
            "printer_name",
            "setupPrinterNameInput",
            self.tr("Windows printer name"),
            self.tr("The printer's name as Windows lists it in Printers & scanners"),
        )
        if form.printer_kind == PrinterKind.WINDOWS:
            self.windows_name.setText(form.printer_name)
        self.windows_name.setPlaceholderText(self.tr("e.g. EPSON TM-T20III Receipt"))

        self.kind_hint = QLabel(self)
        self.kind_hint.setObjectName("setupPrinterHint")
        self.kind_hint.setProperty("role", "hint")
        self.kind_hint.setWordWrap(True)

        self.auto_print = QCheckBox(self.tr("Print every approved sale at once"), self)
        describe(
            self.auto_print,
            "setupAutoPrintCheck",
            self.tr("Print automatically"),
            self.tr(
                "The receipt prints as soon as a charge is approved (reprints only when asked)"
            ),
        )
        self.auto_print.setChecked(form.auto_print)
        self.cut_paper = QCheckBox(self.tr("Cut the paper after each receipt"), self)
        describe(
            self.cut_paper,
            "setupCutPaperCheck",
            self.tr("Cut the paper"),
            self.tr("Thermal printers with a cutter: cut right after the last line"),
        )
        self.cut_paper.setChecked(form.cut_paper)
        self.open_drawer = QCheckBox(self.tr("Open the cash drawer with each sale's receipt"), self)
        describe(
            self.open_drawer,
            "setupCashDrawerCheck",
            self.tr("Open the cash drawer"),
            self.tr("A drawer cabled to the thermal printer opens when a sale's receipt prints"),
        )
        self.open_drawer.setChecked(form.open_drawer)
        for key, box in (
            ("auto_print", self.auto_print),
            ("cut_paper", self.cut_paper),
            ("open_drawer", self.open_drawer),
        ):
            self.inputs[key] = box

        # -- layout: the receipt's words, then the printer
        left = QGridLayout()
        left.setHorizontalSpacing(16)
        left.setVerticalSpacing(8)
        left.addWidget(self._caption(self.tr("What the receipt says")), 0, 0, 1, 2)
        row = self._add_row(left, 1, self.tr("Tax number"), "tax_id")
        row = self._add_row(left, row, self.tr("Footer"), "receipt_footer")
        note = QLabel(
            self.tr(
                "The business name and address are on the first tab. The receipt also shows the "
                "card, how it was taken (keyed, swiped, card on file) and Stripe's receipt number "
                "or a short reference."
            ),
            self,
        )
        note.setProperty("role", "hint")
        note.setWordWrap(True)
        left.addWidget(note, row, 0, 1, 2)
        left.setRowStretch(row + 1, 1)
        left.setColumnStretch(1, 1)

        right = QGridLayout()
        right.setHorizontalSpacing(16)
        right.setVerticalSpacing(8)
        right.addWidget(self._caption(self.tr("Receipt printer")), 0, 0, 1, 2)
        row = self._add_row(right, 1, self.tr("Printer"), "printer_kind")
        right.addWidget(self.kind_hint, row, 0, 1, 2)
        row += 1
        for caption, key in (
            (self.tr("USB ids"), "printer_usb"),
            (self.tr("Address"), "printer_host"),
            (self.tr("Port"), "printer_port"),
            (self.tr("Name"), "printer_name"),
        ):
            row = self._add_row(right, row, caption, key)
        checks = QVBoxLayout()
        checks.setSpacing(8)
        checks.addWidget(self.auto_print)
        checks.addWidget(self.cut_paper)
        checks.addWidget(self.open_drawer)
        right.addLayout(checks, row, 0, 1, 2)
        right.setRowStretch(row + 1, 1)
        right.setColumnStretch(1, 1)

        columns = QHBoxLayout(self)
        columns.setContentsMargins(0, 16, 0, 0)
        columns.setSpacing(24)
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)
        self.printer.currentIndexChanged.connect(self._kind_changed)
        self._kind_changed()

    # -- building ---------------------------------------------------------------------------

    def _line(self, key: str, name: str, accessible: str, tooltip: str) -> QLineEdit:
        line = QLineEdit(self)
        describe(line, name, accessible, tooltip)
        self.inputs[key] = line
        line.textEdited.connect(lambda _text, key=key: self._set_error(key, ""))
        return line

    def _caption(self, text: str) -> QLabel:
        label = QLabel(text, self)
        label.setProperty("role", "sectionTitle")
        return label

    def _add_row(self, grid: QGridLayout, row: int, caption: str, key: str) -> int:
        widget = self.inputs[key]
        label = QLabel(caption, self)
        label.setProperty("role", "fieldLabel")
        label.setBuddy(widget)
        tall = isinstance(widget, QPlainTextEdit)
        vertical = Qt.AlignmentFlag.AlignTop if tall else Qt.AlignmentFlag.AlignVCenter
        if tall:
            label.setContentsMargins(0, 8, 0, 0)
        grid.addWidget(label, row, 0, Qt.AlignmentFlag.AlignRight | vertical)
        widget.setMinimumWidth(220)
        grid.addWidget(widget, row, 1)
        error = QLabel(self)
        base = widget.objectName().removesuffix("Input").removesuffix("Combo")
        error.setObjectName(f"{base}Error")
        error.setProperty("role", "fieldError")
        error.setWordWrap(True)
        error.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        error.hide()
        self.errors[key] = error
        grid.addWidget(error, row + 1, 0, 1, 2)
        self._rows[key] = [label, widget]
        return row + 2

    # -- behaviour --------------------------------------------------------------------------

    @property
    def kind(self) -> PrinterKind:
        return PrinterKind(str(self.printer.currentData()).partition(":")[0])

    def select_printer(self, kind: PrinterKind, name: str = "") -> bool:
        """Choose a printer in the list as the manager would; False when it is not there."""
        data = f"{kind.value}:{name}" if kind is PrinterKind.SYSTEM else kind.value
        index = self.printer.findData(data)
        if index >= 0:
            self.printer.setCurrentIndex(index)
        return index >= 0

    def _kind_changed(self) -> None:
        kind = self.kind
        shown = {
            "printer_usb": kind is PrinterKind.USB,
            "printer_host": kind is PrinterKind.NETWORK,
            "printer_port": kind is PrinterKind.NETWORK,
            "printer_name": kind is PrinterKind.WINDOWS,
        }
        for key, visible in shown.items():
            for widget in self._rows[key]:
                widget.setVisible(visible)
            if not visible:
                self._set_error(key, "")
        self._set_error("printer_kind", "")
        self.kind_hint.setText(self.tr(str(_KIND_HINTS[kind])))
        for box in (self.cut_paper, self.open_drawer):
            box.setEnabled(kind.escpos)
        self.auto_print.setEnabled(kind is not PrinterKind.ASK)

    def apply(self, form: SetupForm) -> SetupForm:
        """`form` with what is typed here."""
        kind = self.kind
        system_name = str(self.printer.currentData()).partition(":")[2]
        name = self.windows_name.text().strip() if kind is PrinterKind.WINDOWS else system_name
        return dataclasses.replace(
            form,
            tax_id=self.tax_id.text().strip(),
            receipt_footer=self.footer.toPlainText().strip(),
            printer_kind=kind.value,
            printer_name=str(name),
            printer_usb=self.usb.text().strip() if kind is PrinterKind.USB else "",
            printer_host=self.host.text().strip() if kind is PrinterKind.NETWORK else "",
            printer_port=self.port.text().strip() if kind is PrinterKind.NETWORK else "",
            auto_print=self.auto_print.isChecked() and kind is not PrinterKind.ASK,
            cut_paper=self.cut_paper.isChecked(),
            open_drawer=self.open_drawer.isChecked(),
        )

    def show_errors(self, errors: dict[str, str]) -> QWidget | None:
        """Each field's message under it; returns the first field with one (to focus)."""
        for key in self.errors:
            self._set_error(key, errors.get(key, ""))
        first = next((key for key in SETUP_FIELDS if key in errors and key in self.errors), None)
        return self.inputs[first] if first is not None else None

    def _set_error(self, key: str, message: str) -> None:
        label = self.errors.get(key)
        if label is None:
            return
        label.setText(message)
        label.setVisible(bool(message))
        widget = self.inputs[key]
        widget.setProperty("invalid", bool(message))
        set_state(widget, "error" if message else "")
