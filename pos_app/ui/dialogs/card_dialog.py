"""The card dialog of a sale: takes the card for one order and shows the charge's states.

The charge — tokenize, journal, send, and the checks of an unknown outcome — runs as one Op in
the charge service and its attempt pipeline; this dialog only shows what the service reports.
"""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QWidget

from pos_app.domain.cards import CardDetails, EntryMethod
from pos_app.domain.errors import AttemptUnresolved
from pos_app.services.attempts import AttemptPhase, AttemptProgress

from ..amounts import format_amount
from ..ops import Op, Task
from ..qtcompat import emit
from .card_entry import CardEntryDialog, Tokenized

if TYPE_CHECKING:
    from pos_app.services.charging import ChargeRequest, ChargeResult, Charging

__all__ = ["CardDialog"]

ChargeEvent = Tokenized | AttemptProgress


class CardDialog(CardEntryDialog):
    """Window-modal card entry for one ChargeRequest; open it with ``open()``."""

    #: Emitted with the ChargeResult once Stripe approved the charge.
    charge_succeeded = Signal(object)
    #: The order number the charge runs under, once the journal has taken it.
    order_assigned = Signal(str)

    def _busy_text(self) -> str:
        return self.tr("A payment is in progress. Wait for its outcome before closing.")

    def __init__(
        self,
        charges: Charging,
        request: ChargeRequest,
        parent: QWidget | None = None,
    ) -> None:
        amount_text = format_amount(request.amount)
        # Before the dialog exists: QCoreApplication.translate with the class as the context.
        super().__init__(
            title=QCoreApplication.translate("CardDialog", "Card payment"),
            subtitle=(
                QCoreApplication.translate("CardDialog", "Order {order}").format(
                    order=request.order_id
                )
                if request.order_id
                else QCoreApplication.translate("CardDialog", "New order")
            ),
            amount_text=amount_text,
            button_text=QCoreApplication.translate("CardDialog", "Charge {amount}").format(
                amount=amount_text
            ),
            button_tip=QCoreApplication.translate(
                "CardDialog", "Charge {amount} to this card (Enter)"
            ).format(amount=amount_text),
            parent=parent,
        )
        self._charges = charges
        self._request = request
        self._op: Op[ChargeResult] | None = None

    @property
    def request(self) -> ChargeRequest:
        return self._request

    def _start(self, card: CardDetails) -> None:
        self._show_status("working", self.tr("Charging card…"))
        # How the card came in goes on the receipt (the form knows a swipe from keying).
        entry = EntryMethod.SWIPED if self.form.swiped else EntryMethod.KEYED
        self._request = dataclasses.replace(self._request, entry=entry)
        charges, request = self._charges, self._request

        def charge(task: Task[ChargeEvent]) -> ChargeResult:
            return charges.charge_card(
                request,
                card,
                on_tokenized=lambda: task.report(Tokenized()),
                on_progress=task.report,
            )

        self._op = (
            Op.task(self, charge, self._charge_event)
            .success(self._charge_done)
            .failure(self._charge_failed)
            .keeps_open()
            .run()
        )

    def _charge_event(self, event: ChargeEvent) -> None:
        if isinstance(event, Tokenized):
            self._tokenized()
            return
        if event.order_id and event.order_id != self._request.order_id:
            # Another card for this sale (after a decline) stays on the same order.
            self._request = dataclasses.replace(self._request, order_id=event.order_id)
            self.order_label.setText(self.tr("Order {order}").format(order=event.order_id))
            emit(self.order_assigned, event.order_id)
        if event.phase is AttemptPhase.CHECKING:
            self._show_status(
                "unknown", self.tr("Checking payment status… Do not charge the card again.")
            )

    def _charge_done(self, result: ChargeResult) -> None:
        self._op = None
        self._succeeded()
        self._show_status(
            "approved",
            self.tr("Approved {amount}").format(amount=format_amount(result.charge.amount)),
        )
        emit(self.charge_succeeded, result)
        self.accept()

    def _charge_failed(self, error: BaseException) -> None:
        self._op = None
        if isinstance(error, AttemptUnresolved):
            # Still unknown after the wait: the order stays blocked and the till keeps
            # checking in the background; the cashier must not charge it again.
            self.form.clear_all()
            self._set_in_flight(False)
            text = self.tr(
                "Stripe has not confirmed this payment yet. Do not charge the card again: the "
                "order stays open and the till keeps checking. History shows the outcome."
            )
            self._show_error(text)
            self.status.hide()
            emit(self.status_changed, "unknown", text)
            return
        self._failed(error)
