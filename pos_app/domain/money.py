"""Money as integer minor units plus a lowercase ISO currency; parsing and formatting at the edge."""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["Money"]


@dataclass(frozen=True, slots=True)
class Money:
    """An amount in the currency's minor unit (cents, yen, fils): never a float."""

    amount: int
    currency: str

    def __post_init__(self) -> None:
        if isinstance(self.amount, bool) or not isinstance(self.amount, int):
            raise TypeError("Money.amount must be an int of minor units")
        if self.currency != self.currency.lower() or len(self.currency) != 3:
            raise ValueError("Money.currency must be a lowercase ISO 4217 code")
