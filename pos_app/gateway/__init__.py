"""The gateway layer: the only code that speaks Stripe's wire format (over httpx)."""

from __future__ import annotations

from .config import DEFAULT_API_BASE, STRIPE_API_VERSION, GatewayConfig
from .encoding import encode_params, form_encode
from .errors import error_from_response, error_from_transport, redact
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
from .protocol import CardInput, PaymentGateway
from .retry import RetryPolicy
from .stripe import StripeGateway

__all__ = [
    "DEFAULT_API_BASE",
    "STRIPE_API_VERSION",
    "CardInput",
    "GatewayConfig",
    "PaymentGateway",
    "RetryPolicy",
    "StripeGateway",
    "encode_params",
    "error_from_response",
    "error_from_transport",
    "form_encode",
    "parse_brand",
    "parse_card",
    "parse_charge",
    "parse_customer",
    "parse_list",
    "parse_refund",
    "parse_search",
    "parse_token",
    "redact",
]
