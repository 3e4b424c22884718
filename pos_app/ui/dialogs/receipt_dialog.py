"""The receipt dialog: shows the 80 mm receipt, prints it and saves it as a PDF.

Right after a charge it is also the approval moment: a green banner with the amount, the card
and the order above the receipt, and "New sale" as the default button (docs/ui.md "The
approval"), in the spirit of the "Payment complete" screens of Square and Shopify.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import SLOT, QMarginsF, QSizeF, Qt, Signal, Slot
from PySide6.QtGui import QPageLayout, QPageSize, QResizeEvent, QShowEvent, QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from pos_app.domain.money import format_money

from ..qtcompat import emit
from ..style import icon, icon_pixmap
from ..widgets import describe, fit_to_screen

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
    """Shows one receipt; open it with ``open()``.

    With `approved=True` it opens the approval moment of a sale just charged: the banner, the
    receipt choices and "New sale". `email_note` says what happens to the e-mailed receipt.
    """

    pdf_saved = Signal(str)
    printed = Signal()

    def __init__(
        self,
        receipts: ReceiptService,
        receipt: Receipt,
        parent: QWidget | None = None,
        *,
        approved: bool = False,
        email_note: str = "",
    ) -> None:
        super().__init__(parent)
        self.setObjectName("receiptDialog")
        self.setAccessibleName("Payment complete" if approved else "Receipt")
        self.setWindowTitle("Payment complete" if approved else "Receipt")
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self._receipts = receipts
        self._receipt = receipt
        self._html = receipts.render_html(receipt)
        self._print_dialog: QPrintDialog | None = None
        self._printer: QPrinter | None = None
        self._status_text = ""
        self._sized = False

        self.banner: QFrame | None = None
        self.approval_text = ""
        if approved:
            self.banner = self._approval_banner(email_note)

        self.view = QTextBrowser(self)
        self.view.setObjectName("receiptView")
        self.view.setAccessibleName("Receipt preview")
        self.view.setToolTip("The receipt as it prints on an 80 mm roll")
        self.view.setHtml(self._html)
        self.view.setOpenLinks(False)
        # Roughly the width of an 80 mm roll on screen, so the preview looks like the paper;
        # it scrolls rather than push the buttons off a small screen (1024 x 600).
        self.view.setFixedWidth(360)
        self.view.setMinimumHeight(160 if approved else 240)
        self.view.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Expanding)

        self.print_button = QPushButton("Print", self)
        describe(
            self.print_button, "printReceiptButton", "Print receipt", "Print the receipt (Ctrl+P)"
        )
        self.print_button.setIcon(icon("print"))
        self.print_button.setShortcut("Ctrl+P")
        self.print_button.setAutoDefault(False)
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
        self.save_button.setAutoDefault(False)
        self.save_button.clicked.connect(self._save_clicked)
        self.close_button = QPushButton("New sale" if approved else "Done", self)
        describe(
            self.close_button,
            "closeReceiptButton",
            "New sale" if approved else "Close receipt",
            "Close the receipt and take the next order (Enter or Esc)",
        )
        self.close_button.setProperty("role", "primary")
        self.close_button.setProperty("compact", True)
        self.close_button.setDefault(True)
        self.close_button.clicked.connect(self.accept)

        # One line, elided in the middle: a long folder must not wrap over the preview.
        self.status_label = QLabel(self)
        self.status_label.setObjectName("receiptStatusLabel")
        self.status_label.setProperty("role", "hint")
        self.status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)

        buttons = QHBoxLayout()
        buttons.setSpacing(8)
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.save_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 24, 24, 24)
        layout.setSpacing(16)
        if self.banner is not None:
            layout.addWidget(self.banner)
        layout.addWidget(self.view, 1, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self.status_label)
        layout.addLayout(buttons)
        self.close_button.setFocus()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._sized:
            # Tall enough to read most of the receipt, never taller than the screen.
            self._sized = True
            fit_to_screen(self, preferred_height=640)

    def _approval_banner(self, email_note: str) -> QFrame:
        receipt = self._receipt
        banner = QFrame(self)
        banner.setObjectName("approvalBanner")
        tick = QLabel(banner)
        tick.setPixmap(icon_pixmap("approved", 48))
        tick.setFixedSize(48, 48)
        title = QLabel("Approved", banner)
        title.setObjectName("approvalTitle")
        amount = QLabel(format_money(receipt.amount), banner)
        amount.setObjectName("approvalAmount")
        amount.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        card = QLabel(receipt.card, banner)
        card.setObjectName("approvalCard")
        card.setProperty("role", "approvalDetail")
        order = QLabel(f"Order\u00a0{receipt.order_id}", banner)
        order.setObjectName("approvalOrder")
        order.setProperty("role", "approvalDetail")
        order.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        details = QHBoxLayout()
        details.setSpacing(16)
        details.addWidget(card)
        details.addStretch(1)
        details.addWidget(order)
        self.approval_text = (
            f"Approved {format_money(receipt.amount)} — {receipt.card} — order {receipt.order_id}"
        )
        banner.setAccessibleName(self.approval_text)
        top = QHBoxLayout()
        top.setSpacing(16)
        top.addWidget(tick)
        top.addWidget(title, 1)
        top.addWidget(amount)
        column = QVBoxLayout(banner)
        column.setContentsMargins(16, 8, 16, 8)
        column.setSpacing(4)
        column.addLayout(top)
        column.addLayout(details)
        if email_note:
            note = QLabel(email_note, banner)
            note.setObjectName("approvalEmailNote")
            note.setWordWrap(True)
            column.addWidget(note)
        return banner

    @property
    def html(self) -> str:
        return self._html

    def _document(self) -> QTextDocument:
        document = QTextDocument()
        document.setHtml(self._html)
        return document

    def _show_status(self, text: str, tooltip: str = "") -> None:
        self._status_text = text
        self.status_label.setToolTip(tooltip or text)
        self.status_label.setAccessibleDescription(tooltip or text)
        self._elide_status()

    def _elide_status(self) -> None:
        width = max(self.status_label.width(), 120)
        metrics = self.status_label.fontMetrics()
        self.status_label.setText(
            metrics.elidedText(self._status_text, Qt.TextElideMode.ElideMiddle, width)
        )

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._elide_status()

    def status_text(self) -> str:
        """The whole message of the status line (shown elided when it is long)."""
        return self._status_text

    def save_pdf(self, path: Path | str | None = None) -> Path:
        """Write the receipt as an 80 mm-wide PDF; the default place is the receipts folder."""
        target = Path(path) if path is not None else self._receipts.default_pdf_path(self._receipt)
        target.parent.mkdir(parents=True, exist_ok=True)
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(target))
        self.print_to(printer)
        self._show_status(f"Saved: {target}", str(target))
        emit(self.pdf_saved, str(target))
        return target

    def _save_clicked(self) -> None:
        self.save_pdf()

    def print_to(self, printer: QPrinter) -> None:
        """Lay the receipt out on an 80 mm roll and print it on `printer`."""
        printer.setPageLayout(receipt_page_layout())
        printer.setDocName(f"Receipt {self._receipt.order_id}")
        self._document().print_(printer)

    def print_receipt(self) -> None:
        """Ask where to print (non-blocking); the receipt prints when the dialog is accepted."""
        self._printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        self._printer.setPageLayout(receipt_page_layout())
        self._printer.setDocName(f"Receipt {self._receipt.order_id}")
        dialog = QPrintDialog(self._printer, self)
        dialog.setObjectName("receiptPrintDialog")
        self._print_dialog = dialog
        # PySide6 binds only QPrintDialog.open(receiver, member): the member is called once
        # when the dialog is accepted (a bare open() raises TypeError there).
        # The stubs type `member` as bytes; the binding takes only the str SLOT() returns.
        dialog.open(self, SLOT("_print_accepted()"))  # type: ignore[arg-type]

    @Slot()
    def _print_accepted(self) -> None:
        dialog, self._print_dialog = self._print_dialog, None
        printer = dialog.printer() if dialog is not None else self._printer
        if printer is None:
            return
        self.print_to(printer)
        target = printer.outputFileName()
        if printer.outputFormat() is QPrinter.OutputFormat.PdfFormat and target:
            self._show_status(f"Printed to {target}", target)
        else:
            self._show_status(f"Sent to the printer {printer.printerName()}.".replace(" .", "."))
        emit(self.printed)
