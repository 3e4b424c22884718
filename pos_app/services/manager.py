"""Manager approval and the audit trail: the PIN behind refunds, deletions and overrides.

The PIN is kept only as a salted hash (or, for automation, given in the environment and then
compared in constant time). Checking it costs a key derivation, so callers run `authorize` off
the GUI thread. Five wrong PINs in a row lock it for five minutes; the count lives in the
audit trail, so a restart does not reset it. Every manager action is appended to the trail —
who, when, which register, what, why — which the database itself keeps append-only.
"""

from __future__ import annotations

import hmac
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from enum import StrEnum
from typing import Any, Protocol

from pos_app.domain.errors import ConfigurationError, PosError
from pos_app.domain.i18n import translate
from pos_app.storage.attempts import AuditEntry
from pos_app.storage.settings import verify_pin

__all__ = [
    "AuditLog",
    "AuditTrail",
    "Grant",
    "ManagerAction",
    "ManagerAuth",
    "PinLocked",
    "PinRejected",
]

MAX_TRIES = 5
LOCKOUT = timedelta(minutes=5)

_REJECTED = "pin.rejected"
_GRANTED = "pin.granted"


class ManagerAction(StrEnum):
    """What a manager approves; the audit trail's `action` column."""

    REFUND = "refund"
    CUSTOMER_DELETION = "customer.delete"
    LIVE_MODE = "live_mode.confirm"
    OVERRIDE_BLOCKED_ORDER = "order.override"
    SETTINGS = "settings.change"
    HISTORY = "history.open"
    RESUME_PAYMENTS = "payments.resume"


class PinRejected(PosError):
    """A wrong PIN; `tries_left` before the lock."""

    def __init__(self, tries_left: int) -> None:
        if tries_left > 1:
            text = translate(
                "ManagerApproval", "That PIN is not right. {count} more tries before it locks."
            ).format(count=tries_left)
        elif tries_left == 1:
            text = translate(
                "ManagerApproval",
                "That PIN is not right. One more try before it locks for five minutes.",
            )
        else:
            text = translate("ManagerApproval", "That PIN is not right.")
        super().__init__(text)
        self.tries_left = tries_left


class PinLocked(PosError):
    """Too many wrong PINs: no PIN is checked until `until`."""

    def __init__(self, until: datetime) -> None:
        super().__init__(
            translate(
                "ManagerApproval", "Too many wrong PINs. Manager approval is locked until {time}."
            ).format(time=f"{until.astimezone():%H:%M}")
        )
        self.until = until


class AuditLog(Protocol):
    """Where entries go: the journal's append-only audit table."""

    def record_audit(
        self, actor: str, action: str, subject: str, details: Mapping[str, Any] | None = None
    ) -> AuditEntry: ...

    def audit_entries(self, since: datetime | None = None) -> list[AuditEntry]: ...


@dataclass(frozen=True, slots=True)
class Grant:
    """A manager's approval of one action, as checked and recorded."""

    action: ManagerAction
    subject: str
    reason: str
    at: datetime


class AuditTrail:
    """Appends manager actions with the register and the cashier at the till."""

    def __init__(self, log: AuditLog, *, register_id: str, cashier: str) -> None:
        self._log = log
        self.register_id = register_id
        self.cashier = cashier

    def record(
        self,
        action: str,
        subject: str,
        *,
        reason: str = "",
        details: Mapping[str, Any] | None = None,
    ) -> AuditEntry:
        return self._log.record_audit(
            f"manager (at {self.cashier}'s till)",
            action,
            subject,
            {
                "register": self.register_id,
                "cashier": self.cashier,
                "why": reason,
                **(details or {}),
            },
        )

    def entries(self, since: datetime | None = None) -> list[AuditEntry]:
        return self._log.audit_entries(since)


def _utc_now() -> datetime:
    return datetime.now(UTC)


class ManagerAuth:
    """Checks the manager PIN (blocking: call it from a worker) and records each approval."""

    def __init__(
        self,
        trail: AuditTrail,
        *,
        pin_hash: str | None,
        env_pin: str | None = None,
        clock: Callable[[], datetime] = _utc_now,
        verify: Callable[[str, str | None], bool] = verify_pin,
    ) -> None:
        self._trail = trail
        self._pin_hash = pin_hash
        self._env_pin = env_pin
        self._clock = clock
        self._verify = verify

    @property
    def configured(self) -> bool:
        return bool(self._pin_hash or self._env_pin)

    def authorize(self, pin: str, action: ManagerAction, subject: str, reason: str = "") -> Grant:
        """The Grant for `action` on `subject` when `pin` is the manager's, recorded in the
        trail. Raises PinLocked, PinRejected, or ConfigurationError when no PIN is set up."""
        if not self.configured:
            raise ConfigurationError(
                translate(
                    "ManagerApproval", "No manager PIN is set up; set one in the till's setup."
                )
            )
        locked_until = self._locked_until()
        if locked_until is not None:
            raise PinLocked(locked_until)
        if not self._matches(pin):
            self._trail.record(_REJECTED, subject, details={"for": action.value})
            failures = self._recent_failures()
            if failures >= MAX_TRIES:
                raise PinLocked(self._clock() + LOCKOUT)
            raise PinRejected(MAX_TRIES - failures)
        self._trail.record(_GRANTED, subject, reason=reason, details={"for": action.value})
        return Grant(action, subject, reason, self._clock())

    def _matches(self, pin: str) -> bool:
        if self._env_pin is not None:
            return hmac.compare_digest(pin.encode(), self._env_pin.encode())
        return self._verify(pin, self._pin_hash)

    def _failure_run(self) -> list[AuditEntry]:
        """Wrong PINs in a row (newest first) within the lockout window; a right one ends it."""
        run: list[AuditEntry] = []
        for entry in reversed(self._trail.entries(self._clock() - LOCKOUT)):
            if entry.action == _GRANTED:
                break
            if entry.action == _REJECTED:
                run.append(entry)
        return run

    def _recent_failures(self) -> int:
        return len(self._failure_run())

    def _locked_until(self) -> datetime | None:
        run = self._failure_run()
        if len(run) < MAX_TRIES:
            return None
        # No PIN is checked while locked, so the newest wrong one is the lock's start.
        until = run[0].ts + LOCKOUT
        return until if until > self._clock() else None
