"""Saving a card on file: the card entry dialog of a sale, for a new or an existing customer.

The same form, validation, in-flight lock and words as a walk-in charge (card_entry): a card
Stripe refuses when it is saved reads like a charge decline, and the number and CVC are
forgotten once Stripe holds the card as a token. For an existing customer the dialog also
asks for the card-on-file consent (a new customer gives it in the customer dialog).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QCheckBox, QLabel, QVBoxLayout, QWidget

from pos_app.domain.cards import CardDetails
from pos_app.domain.errors import AttemptUnresolved
from pos_app.services.attempts import AttemptPhase, AttemptProgress

from ..ops import Op, Task
from ..qtcompat import emit
from ..widgets import describe
from .card_entry import CardEntryDialog, Tokenized

if TYPE_CHECKING:
    from pos_app.services.customers import CustomerAccount

__all__ = ["SaveCardDialog", "Saver"]

SaveEvent = Tokenized | AttemptProgress
#: Saves the card: (card, on_tokenized, on_progress) -> the customer's account afterwards.
Saver = Callable[
    [CardDetails, Callable[[], None], Callable[[AttemptProgress], None]], "CustomerAccount"
]


class SaveCardDialog(CardEntryDialog):
    """Window-modal card entry whose card is kept on file; open it with ``open()``."""

    #: The CustomerAccount once Stripe has saved the card.
    saved = Signal(object)

    def _busy_text(self) -> str:
        return self.tr("Stripe is saving the card. Wait for the outcome before closing.")

    def __init__(
        self,
        save: Saver,
        *,
        customer_name: str,
        ask_consent: bool,
        business_name: str = "",
        parent: QWidget | None = None,
    ) -> None:
        # Before the dialog exists: QCoreApplication.translate with the class as the context.
        super().__init__(
            title=QCoreApplication.translate("SaveCardDialog", "Save card on file"),
            subtitle=QCoreApplication.translate("SaveCardDialog", "For {customer}").format(
                customer=customer_name
            ),
            amount_text="",
            button_text=QCoreApplication.translate("SaveCardDialog", "Save card"),
            button_tip=QCoreApplication.translate(
                "SaveCardDialog", "Save this card for the customer's next orders (Enter)"
            ),
            parent=parent,
        )
        self._save = save
        self._op: Op[CustomerAccount] | None = None
        self.consent_check: QCheckBox | None = None
        if ask_consent:
            check = QCheckBox(self.tr("The customer agrees to keep this card on file"), self)
            hint = QLabel(
                self.tr(
                    "{shop} may then charge it for their future orders; the consent is kept "
                    "with the card."
                ).format(shop=business_name)
                if business_name
                else self.tr(
                    "This shop may then charge it for their future orders; the consent is "
                    "kept with the card."
                ),
                self,
            )
            hint.setProperty("role", "hint")
            hint.setWordWrap(True)
            hint.setContentsMargins(28, 0, 0, 0)  # under the box's words, not its tick
            describe(
                check,
                "cardConsentCheck",
                self.tr("Card-on-file consent"),
                self.tr("Tick only once the customer has said yes; it is recorded with the card"),
            )
            layout = self.layout()
            assert isinstance(layout, QVBoxLayout)
            # Above the error box and the buttons, below the card itself.
            layout.insertWidget(layout.indexOf(self.error_label), check)
            layout.insertWidget(layout.indexOf(self.error_label), hint)
            check.toggled.connect(lambda _on: self._show_error(""))
            self.consent_check = check

    def submit(self) -> None:
        if (
            self.consent_check is not None
            and not self.consent_check.isChecked()
            and not (self.in_flight)
        ):
            self._show_error(
                self.tr("Tick the consent box once the customer has agreed. Nothing was saved.")
            )
            self.consent_check.setFocus()
            return
        super().submit()

    def _set_in_flight(self, in_flight: bool) -> None:
        super()._set_in_flight(in_flight)
        if self.consent_check is not None:
            self.consent_check.setEnabled(not in_flight)

    def _start(self, card: CardDetails) -> None:
        self._show_status("working", self.tr("Saving card…"))
        save = self._save

        def work(task: Task[SaveEvent]) -> CustomerAccount:
            return save(card, lambda: task.report(Tokenized()), task.report)

        self._op = (
            Op.task(self, work, self._event)
            .success(self._done)
            .failure(self._save_failed)
            .keeps_open()
            .run()
        )

    def _event(self, event: SaveEvent) -> None:
        if isinstance(event, Tokenized):
            self._tokenized()
        elif event.phase is AttemptPhase.CHECKING:
            self._show_status(
                "unknown", self.tr("Checking with Stripe… Do not save the card again.")
            )

    def _done(self, account: CustomerAccount) -> None:
        self._op = None
        self._succeeded()
        emit(self.saved, account)
        self.accept()

    def _save_failed(self, error: BaseException) -> None:
        self._op = None
        if isinstance(error, AttemptUnresolved):
            self.form.clear_all()
            self._set_in_flight(False)
            self.status.hide()
            self._show_error(
                self.tr(
                    "Stripe has not confirmed this yet. Do not save the card again: the till keeps "
                    "checking and the customer's list shows it once Stripe answers."
                )
            )
            return
        self._failed(error)
