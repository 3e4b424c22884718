"""Card numbers: Luhn, brand by IIN range, expiry, masking and magnetic-stripe tracks."""

from __future__ import annotations

from enum import Enum

__all__ = ["Brand"]


class Brand(Enum):
    """Card brands the till recognises; the value is Stripe's display name."""

    VISA = "Visa"
    MASTERCARD = "MasterCard"
    AMEX = "American Express"
    DISCOVER = "Discover"
    DINERS = "Diners Club"
    JCB = "JCB"
    UNIONPAY = "UnionPay"
    UNKNOWN = "Unknown"
