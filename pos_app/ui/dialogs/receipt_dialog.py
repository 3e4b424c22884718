"""The receipt dialog: shows the 80 mm receipt, prints it and saves it as a PDF."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QMarginsF, QSizeF, Qt, Signal
from PySide6.QtGui import QPageLayout, QPageSize, QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ..qtcompat import emit
from ..style import icon
from ..widgets import describe

if TYPE_CHECKING:
    from pos_app.services.receipts import Receipt, ReceiptService

__all__ = ["ReceiptDialog", "receipt_page_layout"]

#: An 80 mm thermal roll; 200 mm is long enough for one receipt, the printer cuts anyway.
ROLL_WIDTH_MM = 80.0
ROLL_LENGTH_MM = 200.0


def receipt_page_layout() -> QPageLayout:
    size = QPageSize(
        QSizeF(ROLL_WIDTH_MM, ROLL_LENGTH_MM),
        QPageSize.Unit.Millimeter,
        "Receipt roll 80 mm",
        QPageSize.SizeMatchPolicy.ExactMatch,
    )
    return QPageLayout(
        size, QPageLayout.Orientation.Portrait, QMarginsF(4, 4, 4, 4), QPageLayout.Unit.Millimeter
    )


class ReceiptDialog(QDialog):
    """Shows one receipt; open it with ``open()``."""

    pdf_saved = Signal(str)

    def __init__(
        self, receipts: ReceiptService, receipt: Receipt, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("receiptDialog")
        self.setAccessibleName("Receipt")
        self.setWindowTitle("Receipt")
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self._receipts = receipts
        self._receipt = receipt
        self._html = receipts.render_html(receipt)
        self._print_dialog: QPrintDialog | None = None
        self._printer: QPrinter | None = None

        self.view = QTextBrowser(self)
        self.view.setObjectName("receiptView")
        self.view.setAccessibleName("Receipt preview")
        self.view.setToolTip("The receipt as it prints on an 80 mm roll")
        self.view.setHtml(self._html)
        self.view.setOpenLinks(False)
        # Roughly the width of an 80 mm roll on screen, so the preview looks like the paper.
        self.view.setFixedWidth(360)
        self.view.setMinimumHeight(480)

        self.print_button = QPushButton("Print", self)
        describe(
            self.print_button, "printReceiptButton", "Print receipt", "Print the receipt (Ctrl+P)"
        )
        self.print_button.setIcon(icon("print"))
        self.print_button.setShortcut("Ctrl+P")
        self.print_button.clicked.connect(self.print_receipt)
        self.save_button = QPushButton("Save PDF", self)
        describe(
            self.save_button,
            "saveReceiptPdfButton",
            "Save receipt as PDF",
            "Save the receipt as a PDF in the receipts folder (Ctrl+S)",
        )
        self.save_button.setIcon(icon("pdf"))
        self.save_button.setShortcut("Ctrl+S")
        self.save_button.clicked.connect(self._save_clicked)
        self.close_button = QPushButton("Done", self)
        describe(
            self.close_button,
            "closeReceiptButton",
            "Close receipt",
            "Close the receipt and take the next order (Enter or Esc)",
        )
        self.close_button.setProperty("role", "primary")
        self.close_button.setProperty("compact", True)
        self.close_button.setDefault(True)
        self.close_button.clicked.connect(self.accept)

        self.status_label = QLabel(self)
        self.status_label.setObjectName("receiptStatusLabel")
        self.status_label.setProperty("role", "hint")
        self.status_label.setWordWrap(True)
        self.status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        buttons = QHBoxLayout()
        buttons.setSpacing(8)
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.save_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 24, 24, 24)
        layout.setSpacing(16)
        layout.addWidget(self.view, 1, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self.status_label)
        layout.addLayout(buttons)
        self.close_button.setFocus()

    @property
    def html(self) -> str:
        return self._html

    def _document(self) -> QTextDocument:
        document = QTextDocument()
        document.setHtml(self._html)
        return document

    def save_pdf(self, path: Path | str | None = None) -> Path:
        """Write the receipt as an 80 mm-wide PDF; the default place is the receipts folder."""
        target = Path(path) if path is not None else self._receipts.default_pdf_path(self._receipt)
        target.parent.mkdir(parents=True, exist_ok=True)
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(target))
        printer.setPageLayout(receipt_page_layout())
        printer.setDocName(f"Receipt {self._receipt.order_id}")
        self._document().print_(printer)
        self.status_label.setText(f"Saved: {target}")
        emit(self.pdf_saved, str(target))
        return target

    def _save_clicked(self) -> None:
        self.save_pdf()

    def print_receipt(self) -> None:
        """Ask where to print (non-blocking); the receipt prints when the dialog is accepted."""
        self._printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        self._printer.setPageLayout(receipt_page_layout())
        dialog = QPrintDialog(self._printer, self)
        dialog.setObjectName("receiptPrintDialog")
        dialog.accepted.connect(self._print_accepted)
        self._print_dialog = dialog
        dialog.open()

    def _print_accepted(self) -> None:
        if self._printer is not None:
            self._document().print_(self._printer)
            self.status_label.setText("Sent to the printer.")
