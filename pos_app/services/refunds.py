"""Refunds: giving money back on a charge, as an attempt of the pipeline (never twice).

A refund moves money like a charge: a double click must refund once, and a lost answer is
settled by Stripe's answer for its key, never repeated under a new one. While a refund of a
charge is open, no other refund of that charge may begin (docs/stripe.md §4.5).
"""

from __future__ import annotations

from dataclasses import dataclass

from pos_app.domain.attempts import AttemptKind
from pos_app.domain.models import Refund
from pos_app.domain.money import Money
from pos_app.storage.attempts import request_fingerprint

from .attempts import Facts
from .ports import StripeApi

__all__ = ["REFUND_REASONS", "RefundOperation"]

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
