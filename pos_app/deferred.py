"""Built on first use: the gateway and the journal the window does not need to paint.

The till shows its window first (docs/architecture.md, "Start-up"). Importing httpx and
building its TLS context, or opening and checking the journal, happens on the first request
the services make, which is always on a worker thread (ui/ops.py). The composition root hands
the services these stand-ins in place of the real objects.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Generic, TypeVar

if TYPE_CHECKING:
    from datetime import datetime, timedelta

__all__ = ["Deferred", "DeferredGateway", "DeferredJournal"]

T = TypeVar("T")


class Deferred(Generic[T]):
    """Forwards every attribute to the object `build` returns, built once on first use.

    Thread-safe: two workers asking at once get the same object, built once. A failed build
    raises to the caller that asked and is tried again on the next use.
    """

    def __init__(self, build: Callable[[], T]) -> None:
        self._build = build
        self._lock = threading.Lock()
        self._value: T | None = None

    @property
    def built(self) -> bool:
        return self._value is not None

    def resolve(self) -> T:
        value = self._value
        if value is None:
            with self._lock:
                value = self._value
                if value is None:
                    value = self._value = self._build()
        return value

    def __getattr__(self, name: str) -> Any:
        # Only for names this class does not define itself (the target's methods); the
        # stand-in's own names (`resolve`, `built`) are chosen so as not to shadow any.
        if name.startswith("_"):
            raise AttributeError(name)
        return getattr(self.resolve(), name)


class DeferredGateway(Deferred[T]):
    """The Stripe gateway: its client (httpx, TLS) is built by the first request's worker.

    Stripe's clock is unknown until Stripe has answered, so asking for it builds nothing.
    """

    @property
    def clock_offset(self) -> timedelta | None:
        return getattr(self._value, "clock_offset", None)

    def stripe_now(self) -> datetime | None:
        return self.resolve().stripe_now() if self.built else None  # type: ignore[attr-defined]

    def close(self) -> None:
        with self._lock:
            if self._value is not None:
                self._value.close()  # type: ignore[attr-defined]


class DeferredJournal(Deferred[T]):
    """The attempt journal: opened (and quick_checked, and recovered when damaged) by the
    first worker that needs it; the start-up settlement is that worker."""

    def close(self) -> None:
        with self._lock:
            if self._value is not None:
                self._value.close()  # type: ignore[attr-defined]
