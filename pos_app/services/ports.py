"""The ports services depend on, besides the payment gateway: the local attempt journal."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Protocol

__all__ = ["AttemptJournal", "AttemptRecord"]


class AttemptRecord(Protocol):
    """One journaled attempt, as services read it."""

    @property
    def attempt_key(self) -> str: ...
    @property
    def kind(self) -> str: ...
    @property
    def order_id(self) -> str | None: ...
    @property
    def state(self) -> str: ...
    @property
    def stripe_id(self) -> str | None: ...
    @property
    def created_at(self) -> datetime: ...


class AttemptJournal(Protocol):
    """Local, durable record of every money-moving request, written before it is sent."""

    def next_order_id(self, register_id: str) -> str: ...

    def begin_attempt(
        self,
        *,
        attempt_key: str,
        kind: str,
        order_id: str | None,
        register_id: str,
        cashier: str,
        amount: int | None,
        currency: str | None,
        customer_id: str | None,
        request_fingerprint: str,
    ) -> AttemptRecord: ...

    def mark_succeeded(
        self,
        attempt_key: str,
        *,
        stripe_id: str,
        card_brand: str | None = None,
        card_last4: str | None = None,
    ) -> None: ...

    def mark_declined(
        self,
        attempt_key: str,
        *,
        stripe_id: str | None,
        error_code: str | None,
        decline_code: str | None,
    ) -> None: ...

    def mark_failed(self, attempt_key: str, *, error_code: str | None) -> None: ...

    def mark_unknown(self, attempt_key: str) -> None: ...

    def get(self, attempt_key: str) -> AttemptRecord | None: ...

    def open_attempts(self, order_id: str | None = None) -> Sequence[AttemptRecord]: ...
