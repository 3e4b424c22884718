"""Refunds: giving money back on a charge, as an attempt of the pipeline (never twice).

A refund moves money like a charge: a double click must refund once, and a lost answer is
settled by Stripe's answer for its key, never repeated under a new one. While a refund of a
charge is open, no other refund of that charge may begin (docs/stripe.md §4.5). A refund needs
a manager's approval for that very charge (a Grant), and each one, whatever its outcome, is
written to the audit trail with who approved it, the amount and the reason.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass

from pos_app.domain.attempts import AttemptKind
from pos_app.domain.errors import (
    AttemptBlocked,
    AttemptError,
    AttemptNotMade,
    AttemptUnresolved,
    PosError,
    StripeError,
    ValidationError,
)
from pos_app.domain.i18n import translate
from pos_app.domain.models import Charge, Refund
from pos_app.domain.money import AmountFormat, Money, format_money, parse_amount
from pos_app.storage.attempts import request_fingerprint

from .attempts import AttemptPipeline, AttemptProgress, Facts
from .manager import AuditTrail, Grant, ManagerAction
from .ports import StripeApi

__all__ = [
    "REFUND_REASONS",
    "RefundOperation",
    "RefundRequest",
    "RefundResult",
    "RefundService",
    "validate_refund",
]

#: The reasons Stripe accepts on a refund (docs/stripe.md §4.5).
REFUND_REASONS = ("requested_by_customer", "duplicate", "fraudulent")


@dataclass(frozen=True, slots=True)
class RefundOperation:
    """`POST /v1/refunds` on one charge; `amount` None refunds what is left."""

    charge_id: str
    register_id: str
    cashier: str
    amount: Money | None = None
    reason: str | None = None
    note: str = ""  # the manager's own words, kept in metadata for the audit
    order_id: str | None = None  # the original order, for reports and receipts

    kind = AttemptKind.REFUND

    @property
    def facts(self) -> Facts:
        return Facts(
            order_id=self.order_id,
            block_key=f"refund:{self.charge_id}",
            subject_id=self.charge_id,
            amount=self.amount,
        )

    @property
    def register_for_order(self) -> str | None:
        return None  # a refund belongs to the charge's order; it never takes a new number

    def with_order(self, order_id: str) -> RefundOperation:
        return self

    def _metadata(self, attempt_key: str) -> dict[str, str]:
        metadata = {
            "register_id": self.register_id,
            "cashier": self.cashier,
            "attempt_key": attempt_key,
        }
        if self.order_id:
            metadata["order_id"] = self.order_id
        if self.note:
            metadata["note"] = self.note[:500]  # Stripe's limit per value (docs/stripe.md §4.7)
        return metadata

    def fingerprint(self, attempt_key: str) -> str:
        return request_fingerprint(
            {
                "charge": self.charge_id,
                "amount": self.amount.amount if self.amount else None,
                "reason": self.reason,
                "metadata": self._metadata(attempt_key),
            }
        )

    def send(self, api: StripeApi, attempt_key: str) -> Refund:
        return api.create_refund(
            charge_id=self.charge_id,
            amount=self.amount,
            reason=self.reason,
            metadata=self._metadata(attempt_key),
            idempotency_key=attempt_key,
        )

    def accept(self, found: object) -> Refund:
        if not isinstance(found, Refund):
            raise TypeError(f"a refund attempt found a {type(found).__name__}")
        return found


@dataclass(frozen=True, slots=True)
class RefundRequest:
    """A validated refund: how much of which charge, why (Stripe's reason), the manager's note."""

    charge: Charge
    amount: Money
    reason: str
    note: str = ""

    @property
    def full(self) -> bool:
        return self.amount == self.charge.refundable


@dataclass(frozen=True, slots=True)
class RefundResult:
    refund: Refund
    attempt_key: str
    request: RefundRequest


def validate_refund(
    charge: Charge,
    amount_text: str,
    reason: str,
    note: str = "",
    *,
    parse: Callable[[str, str], Money] = parse_amount,
    fmt: AmountFormat = format_money,
) -> RefundRequest:
    """A RefundRequest from what the manager typed; ValidationError names the bad field.

    An empty amount means everything that is left on the charge. `parse` reads the amount
    and `fmt` writes the amounts of the messages: the shop's locale on the till's screens
    (ui/amounts.py), the domain's own by default.
    """
    if not charge.succeeded:
        raise ValidationError(
            "charge", translate("Refunds", "Only a charge that went through can be refunded.")
        )
    left = charge.refundable
    if left.amount <= 0:
        raise ValidationError(
            "charge", translate("Refunds", "This charge has already been refunded in full.")
        )
    currency = charge.amount.currency
    amount = left if not amount_text.strip() else parse(amount_text, currency)
    if amount.amount <= 0:
        raise ValidationError("amount", translate("Refunds", "Type an amount above zero."))
    if amount.amount > left.amount:
        raise ValidationError(
            "amount",
            translate("Refunds", "At most {amount} is left to refund on this charge.").format(
                amount=fmt(left)
            ),
        )
    if reason not in REFUND_REASONS:
        raise ValidationError("reason", translate("Refunds", "Pick the reason for the refund."))
    note = note.strip()
    if len(note) > 500:
        raise ValidationError(
            "note", translate("Refunds", "The note is too long (500 characters at most).")
        )
    return RefundRequest(charge, amount, reason, note)


class RefundService:
    """Refunds a charge through the attempt pipeline once a manager approved it."""

    def __init__(
        self,
        pipeline: AttemptPipeline,
        trail: AuditTrail | None,
        *,
        register_id: str,
        cashier: str,
    ) -> None:
        self._pipeline = pipeline
        self._trail = trail
        self.register_id = register_id
        self.cashier = cashier

    def refund(
        self,
        request: RefundRequest,
        grant: Grant,
        *,
        on_progress: Callable[[AttemptProgress], None] | None = None,
        cancel: threading.Event | None = None,
    ) -> RefundResult:
        """Send the refund (blocking). Raises what the pipeline raises: a definite StripeError
        (nothing refunded: already refunded, amount too large, ...), AttemptBlocked,
        AttemptUnresolved (still unknown: it stays open and is settled later)."""
        charge = request.charge
        if grant.action is not ManagerAction.REFUND or grant.subject != charge.id:
            raise PosError(
                translate(
                    "Refunds", "The manager's approval is for another action; ask for it again."
                )
            )
        operation = RefundOperation(
            charge_id=charge.id,
            register_id=self.register_id,
            cashier=self.cashier,
            amount=request.amount,
            reason=request.reason,
            note=request.note,
            order_id=charge.metadata.get("order_id") or None,
        )
        try:
            done = self._pipeline.submit(operation, on_progress=on_progress, cancel=cancel)
        except AttemptError as exc:
            self._record(request, grant, _attempt_outcome(exc), {"attempt_key": exc.attempt_key})
            raise
        except StripeError as exc:
            # Definite: Stripe refused it and nothing was refunded.
            details = {"code": exc.code or "", "request_id": exc.request_id or ""}
            self._record(request, grant, "refused", details)
            raise
        details = {"refund": done.result.id, "attempt_key": done.attempt_key}
        self._record(request, grant, "refunded", details)
        return RefundResult(done.result, done.attempt_key, request)

    def _record(
        self, request: RefundRequest, grant: Grant, outcome: str, details: dict[str, str]
    ) -> None:
        if self._trail is None:
            return
        self._trail.record(
            ManagerAction.REFUND.value,
            request.charge.id,
            reason=grant.reason or request.reason,
            details={
                "amount": request.amount.amount,
                "currency": request.amount.currency,
                "stripe_reason": request.reason,
                "note": request.note,
                "order_id": request.charge.metadata.get("order_id", ""),
                "approved_at": grant.at.isoformat(),
                "outcome": outcome,
                **details,
            },
        )


def _attempt_outcome(exc: AttemptError) -> str:
    if isinstance(exc, AttemptUnresolved):
        return "unknown: still being checked"
    if isinstance(exc, AttemptBlocked):
        return "blocked: an earlier refund of this charge is still being checked"
    if isinstance(exc, AttemptNotMade):
        return "not made"
    return "refused"
