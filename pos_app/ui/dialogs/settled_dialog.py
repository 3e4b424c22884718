"""The start-up report: what became of the attempts a crash or a lost answer left open.

One line per attempt, naming the order, the amount and the card (services/messages.py
`settled_line`), and for each payment that went through a button that shows its receipt, so
the customer who paid before the crash can still be handed one.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from pos_app.domain.attempts import AttemptKind, AttemptOutcome, SettledAttempt
from pos_app.domain.models import Charge
from pos_app.services.messages import settled_line

from ..amounts import format_amount
from ..qtcompat import emit
from ..widgets import describe, fit_to_screen

__all__ = ["SettledDialog", "has_receipt"]


def has_receipt(item: SettledAttempt) -> bool:
    """Whether Stripe's charge was found for a payment that went through."""
    return (
        item.kind is AttemptKind.CHARGE
        and item.outcome is AttemptOutcome.SUCCEEDED
        and isinstance(item.result, Charge)
    )


class SettledDialog(QDialog):
    """Window-modal report of settled attempts; open it with ``open()``."""

    #: The SettledAttempt whose receipt the cashier asked for.
    receipt_requested = Signal(object)

    def __init__(self, items: list[SettledAttempt], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("unfinishedPaymentsBox")
        self.setAccessibleName(self.tr("Earlier payments checked"))
        self.setWindowTitle(self.tr("Earlier payments checked"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setMinimumWidth(560)
        self._items = list(items)
        self._lines = [settled_line(item, format_amount) for item in self._items]
        self.receipt_buttons: list[QPushButton] = []

        title = QLabel(self.tr("Earlier payments checked"), self)
        title.setProperty("role", "title")
        intro = QLabel(self.tr("What was still open has been checked with Stripe:"), self)
        intro.setWordWrap(True)

        rows = QWidget(self)
        grid = QGridLayout(rows)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(16)
        grid.setVerticalSpacing(8)
        for row, (item, line) in enumerate(zip(self._items, self._lines, strict=True)):
            words = QLabel(line, rows)
            words.setObjectName("settledLine")
            words.setWordWrap(True)
            words.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            grid.addWidget(words, row, 0)
            if has_receipt(item):
                button = QPushButton(self.tr("Receipt"), rows)
                describe(
                    button,
                    "settledReceiptButton",
                    self.tr("Receipt for order {order}").format(order=item.order_id),
                    self.tr("Show, print or save the receipt of order {order}").format(
                        order=item.order_id
                    ),
                )
                button.setAutoDefault(False)
                button.clicked.connect(lambda _=False, it=item: emit(self.receipt_requested, it))
                self.receipt_buttons.append(button)
                grid.addWidget(button, row, 1, Qt.AlignmentFlag.AlignTop)
        grid.setColumnStretch(0, 1)
        scroll = QScrollArea(self)
        scroll.setObjectName("settledList")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(rows)

        ok = QPushButton(self.tr("OK"), self)
        describe(
            ok, "settledOkButton", self.tr("Close the report"), self.tr("Close (Enter or Esc)")
        )
        ok.setProperty("role", "primary")
        ok.setProperty("compact", True)
        ok.setDefault(True)
        ok.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(ok)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 24, 24, 24)
        layout.setSpacing(16)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addWidget(scroll, 1)
        layout.addLayout(buttons)
        ok.setFocus()
        fit_to_screen(self)

    def text(self) -> str:
        """The report's words (as a message box would give them)."""
        return self.tr("What was still open has been checked with Stripe:\n\n") + "\n".join(
            self._lines
        )
