"""The journal's values: attempt kinds and states, the Attempt and AuditEntry records."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from typing import Any

from pos_app.domain.errors import StorageError
from pos_app.domain.money import Money

__all__ = [
    "OPEN_STATES",
    "Attempt",
    "AttemptBlocked",
    "AttemptKind",
    "AttemptState",
    "AuditEntry",
    "request_fingerprint",
]


class AttemptKind(StrEnum):
    CHARGE = "charge"
    REFUND = "refund"
    CUSTOMER = "customer"
    CARD = "card"


class AttemptState(StrEnum):
    SENDING = "sending"
    SUCCEEDED = "succeeded"
    DECLINED = "declined"
    FAILED = "failed"
    UNKNOWN = "unknown"


#: Stripe may have executed these (docs/stripe.md §8 step 4): no new attempt for the order.
OPEN_STATES = frozenset({AttemptState.SENDING, AttemptState.UNKNOWN})


class AttemptBlocked(StorageError):
    """An attempt of the same kind for this order may still have executed: reconcile first."""

    def __init__(self, order_id: str, open_attempts: list[Attempt]) -> None:
        super().__init__(
            f"Order {order_id} has a payment whose result is not known yet; "
            "check its status before trying again."
        )
        self.order_id = order_id
        self.open_attempts = open_attempts


@dataclass(frozen=True, slots=True)
class Attempt:
    """One Stripe write as the till saw it; attempt_key is also its Idempotency-Key."""

    attempt_key: str
    kind: AttemptKind
    order_id: str | None
    register_id: str
    cashier: str
    amount: int | None
    currency: str | None
    customer_id: str | None
    request_fingerprint: str
    state: AttemptState
    stripe_id: str | None
    card_brand: str | None
    card_last4: str | None
    error_code: str | None
    decline_code: str | None
    message: str | None
    created_at: datetime
    updated_at: datetime

    @property
    def is_open(self) -> bool:
        return self.state in OPEN_STATES

    @property
    def money(self) -> Money | None:
        if self.amount is None or self.currency is None:
            return None
        return Money(self.amount, self.currency)


@dataclass(frozen=True, slots=True)
class AuditEntry:
    id: int
    ts: datetime
    actor: str
    action: str
    subject: str
    details: dict[str, Any] = field(default_factory=dict, hash=False)


def request_fingerprint(params: Mapping[str, object] | Iterable[tuple[str, object]]) -> str:
    """sha256 of the canonical request parameters: proves "same request" without storing it
    (the parameters may hold a token; docs/stripe.md §1.5 compares parameters on replay)."""
    pairs = params.items() if isinstance(params, Mapping) else params
    canonical = json.dumps(
        sorted([str(k), v] for k, v in pairs),
        sort_keys=True,
        separators=(",", ":"),
        ensure_ascii=False,
        default=str,
    )
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()
