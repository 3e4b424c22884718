"""Receipts through Qt's printing: an 80 mm page as tall as the receipt, and the system's
printers by name.

A QTextDocument is laid out and painted on the GUI thread (Qt's rule for documents and
QPrinter); it takes a few milliseconds for a receipt (docs/benchmarks.md, "Receipt
printing"), so nothing here needs a worker. The page is exactly as tall as the receipt plus
the margins: a PDF or a roll printer driver gets no blank stretch below the last line.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QCoreApplication, QMarginsF, QSizeF
from PySide6.QtGui import QPageLayout, QPageSize, QPainter, QTextDocument
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo

from pos_app.domain.errors import PrinterUnavailable

__all__ = [
    "MARGIN_MM",
    "ROLL_WIDTH_MM",
    "available_printers",
    "print_receipt_html",
    "receipt_page_layout",
    "system_printer",
]

#: An 80 mm thermal roll.
ROLL_WIDTH_MM = 80.0
MARGIN_MM = 4.0
#: A page at least this tall, whatever the receipt: some drivers refuse tiny pages.
MIN_LENGTH_MM = 40.0


def receipt_page_layout(length_mm: float = 200.0) -> QPageLayout:
    """An 80 mm roll page `length_mm` long with 4 mm margins."""
    size = QPageSize(
        QSizeF(ROLL_WIDTH_MM, max(length_mm, MIN_LENGTH_MM)),
        QPageSize.Unit.Millimeter,
        QCoreApplication.translate("ReceiptPrinting", "Receipt roll 80 mm"),
        QPageSize.SizeMatchPolicy.ExactMatch,
    )
    margins = QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM)
    return QPageLayout(size, QPageLayout.Orientation.Portrait, margins, QPageLayout.Unit.Millimeter)


def print_receipt_html(printer: QPrinter, html: str, title: str) -> float:
    """Print one receipt on `printer` on a page as tall as it; returns the seconds it took.

    Raises PrinterUnavailable when Qt cannot start or finish the job (a printer that went
    away between the settings and the sale).
    """
    started = time.perf_counter()
    printer.setFullPage(False)
    printer.setDocName(title)
    printer.setPageLayout(receipt_page_layout())
    document = QTextDocument()
    # Laid out in the printer's own units: its resolution turns the template's points into
    # dots, so the width is the roll's printable width whatever the printer's resolution.
    document.documentLayout().setPaintDevice(printer)
    document.setDocumentMargin(0)
    document.setHtml(html)
    page = printer.pageRect(QPrinter.Unit.DevicePixel)
    document.setTextWidth(page.width())
    dots_per_mm = printer.resolution() / 25.4
    length = document.size().height() / dots_per_mm + 2 * MARGIN_MM + 1.0
    printer.setPageLayout(receipt_page_layout(length))
    painter = QPainter()
    if not painter.begin(printer):
        raise PrinterUnavailable(
            QCoreApplication.translate(
                "ReceiptPrinting", "The printer “{printer}” would not start the receipt."
            ).format(printer=printer.printerName() or printer.outputFileName()),
            printer=printer.printerName(),
        )
    try:
        document.drawContents(painter)
    finally:
        painter.end()
    if printer.printerState() is QPrinter.PrinterState.Error:
        raise PrinterUnavailable(
            QCoreApplication.translate(
                "ReceiptPrinting",
                "The printer “{printer}” reported an error printing the receipt.",
            ).format(printer=printer.printerName()),
            printer=printer.printerName(),
        )
    return time.perf_counter() - started


def available_printers() -> list[str]:
    """The names of this computer's printers, as the system's print dialog lists them."""
    return list(QPrinterInfo.availablePrinterNames())


def system_printer(name: str) -> QPrinter:
    """A QPrinter on the system printer `name`; PrinterUnavailable when there is none."""
    info = QPrinterInfo.printerInfo(name)
    if info.isNull():
        raise PrinterUnavailable(
            QCoreApplication.translate(
                "ReceiptPrinting",
                "The printer “{printer}” is not among this computer's printers. Check that it "
                "is installed and switched on, or choose another one in Settings.",
            ).format(printer=name),
            printer=name,
        )
    return QPrinter(info, QPrinter.PrinterMode.HighResolution)
