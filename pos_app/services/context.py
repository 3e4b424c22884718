"""The till's running context: who is at which register, in what mode, with which services.

Built once by the composition root (app.py) and handed to the UI; holds no Qt.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING, Protocol

from pos_app.domain.keys import Mode

from .identity import TillIdentity

if TYPE_CHECKING:
    # Only named in annotations: the window shows before the services are imported
    # (docs/architecture.md, "Start-up").
    from pos_app.domain.attempts import SettledAttempt
    from pos_app.domain.money import Money

    from .charging import Charging
    from .customers import CustomerService
    from .history import HistoryService
    from .manager import AuditTrail, ManagerAuth
    from .printing import ReceiptPrinting
    from .receipts import ReceiptService
    from .refunds import RefundService
    from .setup import TillSetup

__all__ = ["OpenAttempts", "TillContext", "TillIdentity"]


class OpenAttempts(Protocol):
    """Settling what a crash or a lost answer left open (the attempt pipeline)."""

    def settle_open(self) -> list[SettledAttempt]: ...


@dataclass(eq=False)
class TillContext:
    mode: Mode
    currency: str
    register_id: str
    cashier: str
    business_name: str
    charges: Charging
    receipts: ReceiptService
    attempts: OpenAttempts
    #: The manager PIN behind refunds, deletions and overrides, and the trail they leave.
    manager: ManagerAuth | None = None
    trail: AuditTrail | None = None
    #: Saved customers and their cards (None where the till runs without them, e.g. tests).
    customers: CustomerService | None = None
    #: The day the live mode was last confirmed (read once at start), and how to store today's.
    live_confirmed_on: date | None = None
    store_live_confirmation: Callable[[date], None] = lambda day: None
    today: Callable[[], date] = date.today
    #: The manager's day (every register's charges from Stripe) and refunds.
    history: HistoryService | None = None
    refunds: RefundService | None = None
    #: Called on close: stops the sandbox, closes the HTTP client and the journal.
    closers: list[Callable[[], None]] = field(default_factory=list)
    #: A charge above this amount asks the cashier to confirm it first (None: never).
    confirm_above: Money | None = None
    #: The settings behind the manager PIN (None: the till has no settings to change).
    setup: TillSetup | None = None
    #: Whether Stripe e-mails receipts in this mode (live charges only; never in training).
    receipt_emails_sent: bool = False
    #: The receipt printer chosen in the settings (None: Print asks each time).
    printing: ReceiptPrinting | None = None

    @property
    def identity(self) -> TillIdentity:
        return TillIdentity(
            self.mode, self.currency, self.register_id, self.cashier, self.business_name
        )

    def live_confirmation_needed(self) -> bool:
        """A live key asks for confirmation before the first charge of each day."""
        return self.mode is Mode.LIVE and self.live_confirmed_on != self.today()

    def confirm_live_today(self) -> date:
        """Remember today's confirmation in memory; returns the day, which the caller stores
        off the GUI thread with `store_live_confirmation`."""
        self.live_confirmed_on = self.today()
        return self.live_confirmed_on

    def close(self) -> None:
        while self.closers:
            closer = self.closers.pop()
            closer()
