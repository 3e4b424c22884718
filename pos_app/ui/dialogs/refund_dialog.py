"""The refund dialog: how much of a charge goes back and why, approved by the manager's PIN.

Refund is pressed once: the form locks, the PIN prompt opens, and only a PIN given for this
very charge starts the refund — one attempt of the pipeline, with its own idempotency key, so
a double click or a lost answer never refunds twice (services/refunds.py). While it is in
flight the dialog cannot be closed; an answer that is still unknown keeps it from being sent
again.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from pos_app.domain.errors import ValidationError
from pos_app.domain.models import Charge
from pos_app.services.attempts import AttemptPhase, AttemptProgress
from pos_app.services.manager import Grant, ManagerAction, ManagerAuth
from pos_app.services.messages import refund_message
from pos_app.services.refunds import (
    REFUND_REASONS,
    RefundRequest,
    RefundResult,
    RefundService,
    validate_refund,
)

from ..amounts import format_amount, format_plain, parse_amount
from ..history_model import card_words
from ..i18n import date_text
from ..ops import Op
from ..qtcompat import emit
from ..widgets import StatusLine, describe
from .pin_dialog import PinDialog

if TYPE_CHECKING:
    from datetime import tzinfo

__all__ = ["REASON_WORDS", "RefundDialog", "reason_words"]

#: Stripe's refund reasons (docs/stripe.md §4.5) as the manager reads them (in English; shown
#: through `reason_words`).
REASON_WORDS = {
    "requested_by_customer": QT_TRANSLATE_NOOP("RefundDialog", "Requested by the customer"),
    "duplicate": QT_TRANSLATE_NOOP("RefundDialog", "Charged twice (duplicate)"),
    "fraudulent": QT_TRANSLATE_NOOP("RefundDialog", "Fraudulent payment"),
}


def reason_words(reason: str) -> str:
    """A refund reason in the till's language; one the till does not know (Stripe may add
    reasons), as Stripe wrote it."""
    words = REASON_WORDS.get(reason)
    return QCoreApplication.translate("RefundDialog", str(words)) if words else reason


class RefundDialog(QDialog):
    """Window-modal; open it with ``open()``. Emits `refunded(RefundResult)` on success."""

    refunded = Signal(object)
    #: (state, words) for the page's status line.
    status_changed = Signal(str, str)

    def __init__(
        self,
        refunds: RefundService,
        manager: ManagerAuth | None,
        charge: Charge,
        zone: tzinfo,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("refundDialog")
        self.setAccessibleName(self.tr("Refund"))
        self.setWindowTitle(self.tr("Refund"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setMinimumWidth(520)
        self._refunds = refunds
        self._manager = manager
        self._charge = charge
        self._request: RefundRequest | None = None
        self._busy = False
        self._stuck = False  # outcome unknown: never send this again from here
        self.pin_dialog: PinDialog | None = None
        self._op: Op[RefundResult] | None = None

        left = charge.refundable
        created = charge.created.astimezone(zone)
        title = QLabel(self.tr("Refund"), self)
        title.setProperty("role", "title")
        card = card_words(charge.card) or self.tr("card")
        order = charge.metadata.get("order_id") or charge.id
        facts = [
            self.tr("Order {order} · {card}").format(order=order, card=card),
            self.tr("Charged {amount} at {time} on {date}").format(
                amount=format_amount(charge.amount),
                time=f"{created:%H:%M}",
                date=date_text(created.date(), "d MMM"),
            ),
        ]
        if charge.amount_refunded.amount:
            facts.append(
                self.tr("Already refunded: {amount}").format(
                    amount=format_amount(charge.amount_refunded)
                )
            )
        settled = charge.settlement
        if settled is not None and settled.fee.amount:
            # Stripe does not give its fee back on a refund: a full refund costs the shop it.
            facts.append(
                self.tr("Stripe keeps its fee of {fee} on a refund.").format(
                    fee=format_amount(settled.fee)
                )
            )
        summary = QLabel("\n".join(facts), self)
        summary.setObjectName("refundChargeLabel")
        summary.setProperty("role", "hint")
        summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.amount_input = QLineEdit(format_plain(left), self)
        describe(
            self.amount_input,
            "refundAmountInput",
            self.tr("Refund amount"),
            self.tr(
                "How much goes back to the card: at most {amount} (all of it unless you change it)"
            ).format(amount=format_amount(left)),
        )
        self.amount_input.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.amount_input.textEdited.connect(self._amount_edited)
        self.amount_hint = QLabel(
            self.tr("Up to {amount}: all that is left.").format(amount=format_amount(left)), self
        )
        self.amount_hint.setProperty("role", "hint")
        self.reason_input = QComboBox(self)
        describe(
            self.reason_input,
            "refundReasonInput",
            self.tr("Reason"),
            self.tr("Why the money goes back (sent to Stripe and kept in the audit log)"),
        )
        for reason in REFUND_REASONS:
            self.reason_input.addItem(reason_words(reason), reason)
        self.note_input = QLineEdit(self)
        describe(
            self.note_input,
            "refundNoteInput",
            self.tr("Note"),
            self.tr(
                "Optional: what happened, in your own words (kept with the refund and in the "
                "audit log)"
            ),
        )
        self.note_input.setMaxLength(500)
        self.note_input.setPlaceholderText(self.tr("e.g. cup arrived broken"))

        form = QGridLayout()
        form.setHorizontalSpacing(16)
        form.setVerticalSpacing(8)
        # The hint sits under the amount, in the field column (row 1).
        for row, caption, field in (
            (0, self.tr("Amount"), self.amount_input),
            (2, self.tr("Reason"), self.reason_input),
            (3, self.tr("Note"), self.note_input),
        ):
            label = QLabel(caption, self)
            label.setProperty("role", "fieldLabel")
            label.setBuddy(field)
            label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            form.addWidget(label, row, 0)
            form.addWidget(field, row, 1)
        form.addWidget(self.amount_hint, 1, 1)
        form.setColumnStretch(1, 1)

        self.error_label = QLabel(self)
        self.error_label.setObjectName("refundErrorLabel")
        self.error_label.setAccessibleName(self.tr("Refund problem"))
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        self.status = StatusLine("refundStatusLabel", self)
        self.status.hide()

        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        describe(
            self.cancel_button,
            "refundCancelButton",
            self.tr("Cancel refund"),
            self.tr("Back (Esc)"),
        )
        self.cancel_button.setAutoDefault(False)
        self.cancel_button.clicked.connect(self.reject)
        self.submit_button = QPushButton(self)
        describe(
            self.submit_button,
            "refundSubmitButton",
            self.tr("Refund"),
            self.tr("Give the money back to the card; a manager's PIN is asked first (Enter)"),
        )
        self.submit_button.setProperty("role", "primary")
        self.submit_button.setProperty("compact", True)
        self.submit_button.setDefault(True)
        self.submit_button.clicked.connect(self.submit)
        buttons = QHBoxLayout()
        buttons.addWidget(self.cancel_button)
        buttons.addStretch(1)
        buttons.addWidget(self.submit_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 24, 24, 24)
        layout.setSpacing(16)
        layout.addWidget(title)
        layout.addWidget(summary)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        self._amount_edited()
        self.amount_input.selectAll()
        self.amount_input.setFocus()

    @property
    def charge(self) -> Charge:
        return self._charge

    @property
    def busy(self) -> bool:
        """From the click on Refund until the outcome is known (the PIN prompt included)."""
        return self._busy

    # -- the form -------------------------------------------------------------------------------

    def _amount_edited(self) -> None:
        try:
            request = self._validated()
        except ValidationError:
            self.submit_button.setText(self.tr("Refund"))
        else:
            self.submit_button.setText(
                self.tr("Refund {amount}").format(amount=format_amount(request.amount))
            )
        self.submit_button.setAccessibleName(self.submit_button.text())
        self._show_error("")

    def _validated(self) -> RefundRequest:
        return validate_refund(
            self._charge,
            self.amount_input.text(),
            str(self.reason_input.currentData()),
            self.note_input.text(),
            parse=parse_amount,
            fmt=format_amount,
        )

    def _show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.setVisible(bool(text))

    def _lock(self, busy: bool) -> None:
        self._busy = busy
        for widget in (self.amount_input, self.reason_input, self.note_input):
            widget.setEnabled(not busy and not self._stuck)
        self.submit_button.setEnabled(not busy and not self._stuck)
        self.cancel_button.setEnabled(not busy)

    # -- refunding ------------------------------------------------------------------------------

    def submit(self) -> None:
        """Validate (nothing is sent on error), lock, and ask for the manager's PIN."""
        if self._busy or self._stuck:
            return
        try:
            request = self._validated()
        except ValidationError as exc:
            self._show_error(exc.message)
            return
        if self._manager is None:
            self._show_error(
                self.tr("Manager approval is not available on this till. Nothing was sent.")
            )
            return
        self._request = request
        self._show_error("")
        self._lock(True)
        what = self.tr("Refund {amount} of order {order}").format(
            amount=format_amount(request.amount),
            order=request.charge.metadata.get("order_id") or request.charge.id,
        )
        reason = reason_words(request.reason)
        if request.note:
            reason = self.tr("{reason}: {note}").format(reason=reason, note=request.note)
        dialog = PinDialog(
            self._manager, ManagerAction.REFUND, request.charge.id, what, reason=reason, parent=self
        )
        dialog.granted.connect(self._approved)
        dialog.finished.connect(self._pin_closed)
        self.pin_dialog = dialog
        dialog.open()

    def _pin_closed(self, result: int) -> None:
        dialog, self.pin_dialog = self.pin_dialog, None
        if dialog is not None:
            dialog.deleteLater()
        if result != QDialog.DialogCode.Accepted.value:
            self._lock(False)
            self._show_error(self.tr("Not approved. Nothing was refunded."))
            self.amount_input.setFocus()

    def _approved(self, grant: Grant) -> None:
        request = self._request
        if request is None or (self._op is not None and self._op.running):
            return
        refunds = self._refunds
        self._status(
            "working", self.tr("Refunding {amount}…").format(amount=format_amount(request.amount))
        )
        self._op = (
            Op.task(
                self,
                lambda task: refunds.refund(
                    request, grant, on_progress=task.report, cancel=task.cancelled
                ),
                self._progress,
            )
            .success(self._succeeded)
            .failure(self._failed)
            .keeps_open()
            .run()
        )

    def _progress(self, progress: AttemptProgress) -> None:
        if progress.phase is AttemptPhase.CHECKING:
            self._status(
                "unknown",
                self.tr(
                    "The answer from Stripe was lost. Checking whether the refund went through — "
                    "do not refund again."
                ),
            )

    def _succeeded(self, result: RefundResult) -> None:
        self._lock(False)
        self._status(
            "approved",
            self.tr("Refunded {amount}.").format(amount=format_amount(result.refund.amount)),
        )
        emit(self.refunded, result)
        self.accept()

    def _failed(self, error: BaseException) -> None:
        message = refund_message(error)
        if message.kind == "unknown":
            self._stuck = True  # it may have gone through: only the pipeline settles it now
            self.cancel_button.setText(self.tr("Close"))
        self._lock(False)
        self.status.hide()
        self._show_error(message.text)
        emit(self.status_changed, message.kind, message.text)
        if message.field == "amount" and not self._stuck:
            self.amount_input.setFocus()
            self.amount_input.selectAll()

    def _status(self, state: str, text: str) -> None:
        self.status.set_status(state, text)
        self.status.setVisible(bool(text))
        emit(self.status_changed, state, text)

    # -- closing --------------------------------------------------------------------------------

    def reject(self) -> None:
        if self._busy:
            if self.pin_dialog is None:
                self._show_error(
                    self.tr(
                        "The refund is on its way to Stripe. Wait for the outcome before closing."
                    )
                )
            return
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._busy:
            event.ignore()
            return
        super().closeEvent(event)
