"""The receipt dialog: shows the 80 mm receipt, prints it and saves it as a PDF.

Right after a charge it is also the approval moment: a green banner with the amount, the card
and the order above the receipt, and "New sale" as the default button (docs/ui.md "The
approval"), in the spirit of the "Payment complete" screens of Square and Shopify.

Print goes where the settings say (services/printing.py): the system print dialog when no
receipt printer is chosen; else straight to the printer, without a dialog — a system printer
through Qt on this thread, a thermal printer in ESC/POS on a worker. A printer that fails says
so in plain words, and the receipt is saved as a PDF at once: it is never lost. While a
thermal printer is printing, "New sale" waits for it, so a failure is never missed.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import SLOT, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QResizeEvent, QShowEvent
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

from pos_app.domain.errors import PrinterError
from pos_app.services.messages import cashier_message

from .. import receipt_printing
from ..amounts import format_amount
from ..ops import Op
from ..qtcompat import emit
from ..receipt_printing import print_receipt_html, receipt_page_layout
from ..style import icon, icon_pixmap, set_state
from ..widgets import describe, fit_to_screen
from .email_receipt import EmailReceiptRow

if TYPE_CHECKING:
    from pos_app.services.printing import ReceiptPrinting
    from pos_app.services.receipts import Receipt, ReceiptService

__all__ = ["ReceiptDialog", "receipt_page_layout"]

log = logging.getLogger(__name__)


class ReceiptDialog(QDialog):
    """Shows one receipt; open it with ``open()``.

    With `approved=True` it opens the approval moment of a sale just charged: the banner, the
    receipt choices and "New sale". `email_note` says what happens to the e-mailed receipt;
    with `email_sender` (live charges, no address given yet) the receipt can be e-mailed now.
    `printing` is the shop's receipt printer (None: Print asks each time); with `auto_print`
    the receipt prints as soon as the dialog shows (a sale just approved, when the shop asks
    for it). The cash drawer opens with the first print of an approved sale, when set up.
    """

    pdf_saved = Signal(str)
    printed = Signal()
    #: The printer failed: what the cashier reads (the receipt was saved as a PDF instead).
    print_failed = Signal(str)

    def __init__(
        self,
        receipts: ReceiptService,
        receipt: Receipt,
        parent: QWidget | None = None,
        *,
        approved: bool = False,
        email_note: str = "",
        email_sender: Callable[[str], object] | None = None,
        printing: ReceiptPrinting | None = None,
        auto_print: bool = False,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("receiptDialog")
        title = self.tr("Payment complete") if approved else self.tr("Receipt")
        if receipt.is_refund:
            title = self.tr("Refund receipt")
        self.setAccessibleName(title)
        self.setWindowTitle(title)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self._receipts = receipts
        self._receipt = receipt
        self._html = receipts.render_html(receipt)
        self._print_dialog: QPrintDialog | None = None
        self._printer: QPrinter | None = None
        self._printing = printing
        self._approved = approved
        self._auto_print = auto_print and printing is not None and not printing.setup.asks
        self._drawer_opened = False
        self._print_op: Op[str] | None = None
        self._close_result: int | None = None
        self._status_text = ""
        self._sized = False
        #: Seconds the last print through Qt held the GUI thread (measured, for the log).
        self.last_print_seconds = 0.0

        self.banner: QFrame | None = None
        self.approval_text = ""
        self.email_row: EmailReceiptRow | None = None
        if approved:
            self.banner = self._approval_banner(email_note)
            if email_sender is not None:
                self.email_row = EmailReceiptRow(email_sender, self.banner)
                banner_layout = self.banner.layout()
                if banner_layout is not None:
                    banner_layout.addWidget(self.email_row)

        self.view = QTextBrowser(self)
        self.view.setObjectName("receiptView")
        self.view.setAccessibleName(self.tr("Receipt preview"))
        self.view.setToolTip(self.tr("The receipt as it prints on an 80 mm roll"))
        self.view.setHtml(self._html)
        self.view.setOpenLinks(False)
        # Roughly the width of an 80 mm roll on screen, so the preview looks like the paper;
        # it scrolls rather than push the buttons off a small screen (1024 x 600).
        self.view.setFixedWidth(360)
        self.view.setMinimumHeight(160 if approved else 240)
        self.view.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Expanding)

        self.print_button = QPushButton(self.tr("Print"), self)
        if printing is None or printing.setup.asks:
            print_tip = self.tr("Print the receipt: choose the printer (Ctrl+P)")
        else:
            print_tip = self.tr("Print the receipt on {printer} (Ctrl+P)").format(
                printer=printing.setup.target.words
            )
        describe(self.print_button, "printReceiptButton", self.tr("Print receipt"), print_tip)
        self.print_button.setIcon(icon("print"))
        self.print_button.setShortcut("Ctrl+P")
        self.print_button.setAutoDefault(False)
        self.print_button.clicked.connect(self.print_receipt)
        self.save_button = QPushButton(self.tr("Save PDF"), self)
        describe(
            self.save_button,
            "saveReceiptPdfButton",
            self.tr("Save receipt as PDF"),
            self.tr("Save the receipt as a PDF in the receipts folder (Ctrl+S)"),
        )
        self.save_button.setIcon(icon("pdf"))
        self.save_button.setShortcut("Ctrl+S")
        self.save_button.setAutoDefault(False)
        self.save_button.clicked.connect(self._save_clicked)
        self.close_button = QPushButton(self.tr("New sale") if approved else self.tr("Done"), self)
        describe(
            self.close_button,
            "closeReceiptButton",
            self.tr("New sale") if approved else self.tr("Close receipt"),
            self.tr("Close the receipt and take the next order (Enter or Esc)"),
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

        # Shown when the printer failed: why, in plain words, where the PDF is, and Try again.
        self.problem_box = QFrame(self)
        self.problem_box.setObjectName("printProblemBox")
        self.problem_label = QLabel(self.problem_box)
        self.problem_label.setObjectName("printProblemLabel")
        self.problem_label.setWordWrap(True)
        self.problem_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.retry_button = QPushButton(self.tr("Try again"), self.problem_box)
        describe(
            self.retry_button,
            "retryPrintButton",
            self.tr("Print again"),
            self.tr("Print the receipt again once the printer is fixed (Ctrl+P)"),
        )
        self.retry_button.setAutoDefault(False)
        self.retry_button.clicked.connect(self.print_receipt)
        problem = QHBoxLayout(self.problem_box)
        problem.setContentsMargins(16, 8, 8, 8)
        problem.setSpacing(16)
        problem.addWidget(self.problem_label, 1)
        problem.addWidget(self.retry_button, 0, Qt.AlignmentFlag.AlignVCenter)
        self.problem_box.hide()

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
        layout.addWidget(self.problem_box)
        layout.addWidget(self.status_label)
        layout.addLayout(buttons)
        self.close_button.setFocus()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._sized:
            # Tall enough to read most of the receipt, never taller than the screen.
            self._sized = True
            fit_to_screen(self, preferred_height=640)
            if self._auto_print:
                # After the dialog is on screen: the cashier sees the receipt printing.
                QTimer.singleShot(0, self.print_receipt)

    def _approval_banner(self, email_note: str) -> QFrame:
        receipt = self._receipt
        banner = QFrame(self)
        banner.setObjectName("approvalBanner")
        tick = QLabel(banner)
        tick.setPixmap(icon_pixmap("approved", 48))
        tick.setFixedSize(48, 48)
        title = QLabel(self.tr("Approved"), banner)
        title.setObjectName("approvalTitle")
        amount = QLabel(format_amount(receipt.amount), banner)
        amount.setObjectName("approvalAmount")
        amount.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        card = QLabel(receipt.card, banner)
        card.setObjectName("approvalCard")
        card.setProperty("role", "approvalDetail")
        order = QLabel(self.tr("Order\u00a0{order}").format(order=receipt.order_id), banner)
        order.setObjectName("approvalOrder")
        order.setProperty("role", "approvalDetail")
        order.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        details = QHBoxLayout()
        details.setSpacing(16)
        details.addWidget(card)
        details.addStretch(1)
        details.addWidget(order)
        self.approval_text = self.tr("Approved {amount} — {card} — order {order}").format(
            amount=format_amount(receipt.amount), card=receipt.card, order=receipt.order_id
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

    @property
    def printing(self) -> bool:
        """A thermal printer is printing this receipt now."""
        return self._print_op is not None and self._print_op.running

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

    def problem_text(self) -> str:
        """What the cashier reads about a printer that failed ("" when none did)."""
        return self.problem_label.text() if self.problem_box.isVisible() else ""

    def save_pdf(self, path: Path | str | None = None) -> Path:
        """Write the receipt as an 80 mm-wide PDF; the default place is the receipts folder."""
        target = self._write_pdf(path)
        self._show_status(self.tr("Saved: {path}").format(path=target), str(target))
        emit(self.pdf_saved, str(target))
        return target

    def _write_pdf(self, path: Path | str | None = None) -> Path:
        target = Path(path) if path is not None else self._receipts.default_pdf_path(self._receipt)
        target.parent.mkdir(parents=True, exist_ok=True)
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(target))
        self.print_to(printer)
        return target

    def _save_clicked(self) -> None:
        self.save_pdf()

    def print_to(self, printer: QPrinter) -> None:
        """Lay the receipt out on an 80 mm roll, as long as it is, and print it on `printer`."""
        self.last_print_seconds = print_receipt_html(printer, self._html, self._doc_name())
        log.debug("receipt printed through Qt in %.1f ms", self.last_print_seconds * 1000)

    def _doc_name(self) -> str:
        if self._receipt.is_refund:
            return self.tr("Refund {order}").format(order=self._receipt.order_id)
        return self.tr("Receipt {order}").format(order=self._receipt.order_id)

    def print_receipt(self) -> None:
        """Print where the settings say: at once on the chosen printer, or ask (non-blocking)."""
        if self.printing or self._print_dialog is not None:
            return
        printing = self._printing
        if printing is None or printing.setup.asks:
            self._ask_where()
            return
        self.problem_box.hide()
        name = printing.setup.system_printer
        if name is not None:
            try:
                printer = receipt_printing.system_printer(name)
                self.print_to(printer)
            except PrinterError as exc:
                self._print_failed(exc)
                return
            self._printed(self.tr("Sent to the printer {printer}.").format(printer=name))
            return
        self._print_thermal(printing)

    def _print_thermal(self, printing: ReceiptPrinting) -> None:
        receipt = self._receipt
        drawer = self._approved and not self._drawer_opened
        self._drawer_opened = self._drawer_opened or drawer
        self.print_button.setEnabled(False)
        self.retry_button.setEnabled(False)
        self._show_status(
            self.tr("Printing on {printer}…").format(printer=printing.setup.target.words)
        )
        self._print_op = (
            Op(self, lambda: printing.print_thermal(receipt, open_drawer=drawer))
            .success(self._printed)
            .failure(self._print_failed)
            .run()
        )

    def _printed(self, words: str) -> None:
        self.print_button.setEnabled(True)
        self.retry_button.setEnabled(True)
        self.problem_box.hide()
        self._show_status(words)
        emit(self.printed)
        self._close_if_asked()

    def _print_failed(self, error: BaseException) -> None:
        """Say why in plain words and keep the receipt: a PDF in the receipts folder."""
        self.print_button.setEnabled(True)
        self.retry_button.setEnabled(True)
        words = cashier_message(error).text
        try:
            saved = self._write_pdf()
        except (OSError, PrinterError) as exc:
            reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
            text = self.tr(
                "Not printed. {why} Save the receipt as a PDF instead ({reason})."
            ).format(why=words, reason=reason)
            self._show_status(self.tr("Not printed: save the receipt as a PDF."))
        else:
            text = self.tr(
                "Not printed. {why} The receipt is saved as a PDF instead: {path}"
            ).format(why=words, path=saved)
            self._show_status(self.tr("Saved: {path}").format(path=saved), str(saved))
            emit(self.pdf_saved, str(saved))
        self.problem_label.setText(text)
        self.problem_label.setAccessibleName(text)
        set_state(self.problem_label, "error")
        self.problem_box.show()
        self._close_result = None  # the cashier reads this first; "New sale" closes then
        emit(self.print_failed, text)

    def _ask_where(self) -> None:
        """Ask where to print (non-blocking); the receipt prints when the dialog is accepted."""
        self._printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        self._printer.setPageLayout(receipt_page_layout())
        self._printer.setDocName(self._doc_name())
        if not receipt_printing.available_printers():
            # Then the dialog offers only a PDF file: named as Save PDF names it, in the
            # receipts folder. Qt names it itself only on X11; elsewhere the field held the
            # home folder, and Print answered that it is a folder. The folder is made now:
            # the dialog refuses a file it cannot open.
            target = self._receipts.default_pdf_path(self._receipt)
            try:
                target.parent.mkdir(parents=True, exist_ok=True)
            except OSError:
                log.warning("receipts folder cannot be made; the print dialog names no file")
            else:
                self._printer.setOutputFileName(str(target))
        dialog = QPrintDialog(self._printer, self)
        dialog.setObjectName("receiptPrintDialog")
        self._print_dialog = dialog
        dialog.finished.connect(self._print_dialog_closed)
        # PySide6 binds only QPrintDialog.open(receiver, member): the member is called once
        # when the dialog is accepted (a bare open() raises TypeError there).
        # The stubs type `member` as bytes; the binding takes only the str SLOT() returns.
        dialog.open(self, SLOT("_print_accepted()"))  # type: ignore[arg-type]

    def _print_dialog_closed(self) -> None:
        if self._print_dialog is not None and not self._print_dialog.isVisible():
            QTimer.singleShot(0, self._forget_print_dialog)

    def _forget_print_dialog(self) -> None:
        self._print_dialog = None

    @Slot()
    def _print_accepted(self) -> None:
        dialog, self._print_dialog = self._print_dialog, None
        printer = dialog.printer() if dialog is not None else self._printer
        if printer is None:
            return
        try:
            self.print_to(printer)
        except PrinterError as exc:
            self._print_failed(exc)
            return
        target = printer.outputFileName()
        if printer.outputFormat() is QPrinter.OutputFormat.PdfFormat and target:
            self._show_status(self.tr("Printed to {path}").format(path=target), target)
        elif printer.printerName():
            self._show_status(
                self.tr("Sent to the printer {printer}.").format(printer=printer.printerName())
            )
        else:
            self._show_status(self.tr("Sent to the printer."))
        emit(self.printed)

    # -- closing: never while a thermal printer is printing -----------------------------------

    def done(self, result: int) -> None:
        if self.printing:
            # "New sale" while the receipt prints: close once it printed; stay if it failed.
            self._close_result = result
            self._show_status(self.tr("Printing… the receipt closes once it is printed."))
            return
        super().done(result)

    def _close_if_asked(self) -> None:
        result, self._close_result = self._close_result, None
        if result is not None:
            self.done(result)
