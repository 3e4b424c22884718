"""The gateway layer: the only code that speaks Stripe's wire format (over httpx)."""

from __future__ import annotations

from .config import STRIPE_API_VERSION, GatewayConfig
from .parse import (
    parse_brand,
    parse_card,
    parse_charge,
    parse_customer,
    parse_list,
    parse_refund,
    parse_search,
    parse_token,
)
from .retry import RetryPolicy
from .stripe import StripeGateway

__all__ = [
    "STRIPE_API_VERSION",
    "GatewayConfig",
    "RetryPolicy",
    "StripeGateway",
    "parse_brand",
    "parse_card",
    "parse_charge",
    "parse_customer",
    "parse_list",
    "parse_refund",
    "parse_search",
    "parse_token",
]
