"""One charge in full, for the manager: Stripe's outcome and risk, the decline, the refunds, the
customer; and its receipt printed again.

The row's charge shows at once; the refunds and the customer are read from Stripe in the
background (they are not in the day's list) and fill in when they arrive.
"""

from __future__ import annotations

import dataclasses
import html
from datetime import tzinfo

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from pos_app.domain.i18n import QT_TRANSLATE_NOOP
from pos_app.domain.models import Charge, RefundStatus
from pos_app.services.day_report import charge_status, status_words
from pos_app.services.history import ChargeDetails, HistoryService
from pos_app.services.messages import cashier_message
from pos_app.services.printing import ReceiptPrinting
from pos_app.services.receipts import Receipt, ReceiptService

from ..amounts import format_amount
from ..history_model import card_words
from ..ops import Op
from ..qtcompat import emit
from ..style import icon
from ..widgets import describe
from .receipt_dialog import ReceiptDialog
from .refund_dialog import reason_words

__all__ = ["ChargeDetailsDialog"]


def _row(label: str, value: str | None) -> str:
    shown = html.escape(value) if value else "<span style='color:#4b5563'>—</span>"
    return (
        f"<tr><td style='padding:2px 16px 2px 0;color:#374151;font-weight:600'>"
        f"{html.escape(label)}</td><td style='padding:2px 0'>{shown}</td></tr>"
    )


#: A refund's status as the manager reads it (translated where shown).
_REFUND_STATUS_WORDS = {
    RefundStatus.PENDING: QT_TRANSLATE_NOOP("ChargeDetailsDialog", "pending"),
    RefundStatus.REQUIRES_ACTION: QT_TRANSLATE_NOOP("ChargeDetailsDialog", "requires action"),
    RefundStatus.SUCCEEDED: QT_TRANSLATE_NOOP("ChargeDetailsDialog", "refunded"),
    RefundStatus.FAILED: QT_TRANSLATE_NOOP("ChargeDetailsDialog", "failed"),
    RefundStatus.CANCELED: QT_TRANSLATE_NOOP("ChargeDetailsDialog", "canceled"),
}


def refund_status_words(status: RefundStatus) -> str:
    """A refund's status in the till's language ("refunded", "pending")."""
    return QCoreApplication.translate("ChargeDetailsDialog", _REFUND_STATUS_WORDS[status])


class ChargeDetailsDialog(QDialog):
    """Window-modal; open it with ``open()``. `refund_requested` asks the page to refund."""

    refund_requested = Signal(object)

    def __init__(
        self,
        history: HistoryService,
        receipts: ReceiptService | None,
        charge: Charge,
        zone: tzinfo,
        *,
        can_refund: bool,
        parent: QWidget | None = None,
        printing: ReceiptPrinting | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("chargeDetailsDialog")
        self.setAccessibleName(self.tr("Charge details"))
        self.setWindowTitle(self.tr("Charge details"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setMinimumSize(600, 560)
        self._history = history
        self._receipts = receipts
        self._printing = printing
        self._charge = charge
        self._zone = zone
        self._details: ChargeDetails | None = None
        self.receipt_dialog: ReceiptDialog | None = None

        title = QLabel(
            f"{format_amount(charge.amount)} — {status_words(charge_status(charge))}", self
        )
        title.setProperty("role", "title")
        title.setObjectName("chargeDetailsTitle")
        self.body = QLabel(self)
        self.body.setObjectName("chargeDetailsText")
        self.body.setTextFormat(Qt.TextFormat.RichText)
        self.body.setWordWrap(True)
        self.body.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.body.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        scroll = QScrollArea(self)
        scroll.setObjectName("chargeDetailsArea")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(self.body)

        self.receipt_button = QPushButton(self.tr("Print receipt again"), self)
        describe(
            self.receipt_button,
            "reprintReceiptButton",
            self.tr("Print the receipt again"),
            self.tr("Show this charge's receipt to print it or save it as a PDF"),
        )
        self.receipt_button.setIcon(icon("print"))
        self.receipt_button.setEnabled(receipts is not None and charge.succeeded)
        self.receipt_button.clicked.connect(self.show_receipt)
        self.refund_button = QPushButton(self.tr("Refund…"), self)
        describe(
            self.refund_button,
            "detailsRefundButton",
            self.tr("Refund this charge"),
            self.tr("Give money back on this charge (manager PIN)"),
        )
        self.refund_button.setEnabled(can_refund)
        self.refund_button.clicked.connect(self._refund)
        self.close_button = QPushButton(self.tr("Close"), self)
        describe(
            self.close_button,
            "closeDetailsButton",
            self.tr("Close details"),
            self.tr("Close (Esc)"),
        )
        self.close_button.setProperty("role", "primary")
        self.close_button.setProperty("compact", True)
        self.close_button.setDefault(True)
        self.close_button.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.setSpacing(8)
        buttons.addWidget(self.receipt_button)
        buttons.addWidget(self.refund_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 24, 24, 24)
        layout.setSpacing(16)
        layout.addWidget(title)
        layout.addWidget(scroll, 1)
        layout.addLayout(buttons)
        self._render(loading=True)
        self.close_button.setFocus()
        self._op: Op[ChargeDetails] = (
            Op(self, lambda: history.details(charge.id))
            .success(self._loaded)
            .failure(self._load_failed)
            .run()
        )

    @property
    def details(self) -> ChargeDetails | None:
        return self._details

    @property
    def loading(self) -> bool:
        return self._op.running

    def _loaded(self, details: ChargeDetails) -> None:
        self._details = details
        # Stripe's figures came with the day's listing; the charge read again has none.
        settled = details.charge.settlement or self._charge.settlement
        self._charge = dataclasses.replace(details.charge, settlement=settled)
        self._render()

    def _load_failed(self, error: BaseException) -> None:
        self._render(
            note=self.tr("Refunds and customer could not be read: {reason}").format(
                reason=cashier_message(error).text
            )
        )

    def _render(self, *, loading: bool = False, note: str | None = None) -> None:
        charge, zone = self._charge, self._zone
        settled = charge.settlement
        outcome = charge.outcome
        card = charge.card
        metadata = charge.metadata
        decline = None
        if not charge.succeeded:
            reason = outcome.reason if outcome is not None else None
            decline = " / ".join(dict.fromkeys(c for c in (charge.failure_code, reason) if c))
        rows = [
            _row(self.tr("Charge"), charge.id),
            _row(self.tr("When"), f"{charge.created.astimezone(zone):%Y-%m-%d %H:%M:%S %Z}"),
            _row(self.tr("Amount"), format_amount(charge.amount)),
            _row(self.tr("Refunded"), format_amount(charge.amount_refunded)),
            _row(self.tr("Stripe fee"), format_amount(settled.fee) if settled else None),
            _row(
                self.tr("After the fee"),
                # In the account's currency where Stripe converted the charge.
                format_amount(settled.net) if settled else None,
            ),
            _row(self.tr("Status"), status_words(charge_status(charge))),
            _row(self.tr("Outcome"), outcome.type if outcome is not None else None),
            _row(self.tr("Network"), outcome.network_status if outcome is not None else None),
            _row(
                self.tr("Seller message"), outcome.seller_message if outcome is not None else None
            ),
            _row(self.tr("Risk level"), outcome.risk_level if outcome is not None else None),
            _row(self.tr("Decline code"), decline),
            _row(self.tr("Failure message"), charge.failure_message),
            _row(self.tr("Card"), card_words(card) or None),
            _row(
                self.tr("Card expiry"),
                f"{card.exp_month:02d}/{card.exp_year}" if card and card.exp_year else None,
            ),
            _row(self.tr("Order"), metadata.get("order_id")),
            _row(self.tr("Cashier"), metadata.get("cashier")),
            _row(self.tr("Register"), metadata.get("register_id")),
            _row(self.tr("Description"), charge.description),
        ]
        parts = [f"<table>{''.join(rows)}</table>"]
        details = self._details
        parts.append("<h3>" + html.escape(self.tr("Customer")) + "</h3>")
        if not charge.customer:
            parts.append("<p>" + html.escape(self.tr("Walk-in: no saved customer.")) + "</p>")
        elif details is None:
            parts.append(f"<p>{html.escape(charge.customer)}</p>")
        elif details.customer is not None:
            customer = details.customer
            parts.append(
                "<table>"
                + _row(self.tr("Customer"), customer.id)
                + _row(self.tr("Name"), customer.name)
                + _row(self.tr("E-mail"), customer.email)
                + _row(self.tr("Phone"), customer.phone)
                + "</table>"
            )
        else:
            parts.append(
                f"<p>{html.escape(charge.customer)}. {html.escape(details.customer_note or '')}</p>"
            )
        parts.append("<h3>" + html.escape(self.tr("Refunds")) + "</h3>")
        if details is None:
            parts.append(
                "<p>" + html.escape(self.tr("Reading from Stripe…")) + "</p>" if loading else ""
            )
        elif not details.refunds:
            parts.append("<p>" + html.escape(self.tr("None.")) + "</p>")
        else:
            refund_rows = [
                _row(
                    f"{refund.created.astimezone(zone):%Y-%m-%d %H:%M}",
                    f"{format_amount(refund.amount)} — {refund_status_words(refund.status)}"
                    + (f" — {reason_words(refund.reason)}" if refund.reason else "")
                    + (f" — {refund.metadata['note']}" if refund.metadata.get("note") else "")
                    + f" ({refund.id})",
                )
                for refund in details.refunds
            ]
            parts.append(f"<table>{''.join(refund_rows)}</table>")
        if note:
            parts.append(f"<p style='color:#7f1d1d'>{html.escape(note)}</p>")
        self.body.setText("".join(parts))

    def show_receipt(self) -> None:
        """The charge's receipt in the receipt dialog (print, save as PDF)."""
        if self._receipts is None or self.receipt_dialog is not None:
            return
        receipt: Receipt = self._history.receipt(self._charge)
        # A reprint prints when Print is pressed, never by itself.
        dialog = ReceiptDialog(self._receipts, receipt, self, printing=self._printing)
        dialog.finished.connect(self._receipt_closed)
        self.receipt_dialog = dialog
        dialog.open()

    def _receipt_closed(self) -> None:
        dialog, self.receipt_dialog = self.receipt_dialog, None
        if dialog is not None:
            dialog.deleteLater()

    def _refund(self) -> None:
        emit(self.refund_requested, self._charge)
        self.accept()
