"""What every section shares: the plan of counts, the report section, the sandbox client."""

from __future__ import annotations

import os
import uuid
from dataclasses import dataclass, field
from datetime import date

import httpx

from pos_app.domain.cards import CardDetails
from pos_app.domain.money import Money
from pos_app.gateway import STRIPE_API_VERSION

from .measure import Memory, Row

# The GUI sections run Qt's own event loop, as the till asks for it (ui/style.py
# `new_application`): a background listing then makes way for the window (ui/window_gate.py).
# And the GUI thread paints alone, without Qt's pool of painting threads, as in the till.
os.environ.setdefault("QT_NO_GLIB", "1")
os.environ.setdefault("QT_NO_GUI_THREADPOOL", "1")

__all__ = [
    "AMOUNT",
    "CASHIER",
    "REGISTER",
    "SECRET_KEY",
    "TEST_VISA",
    "Plan",
    "Section",
    "new_key",
    "raw_client",
    "token_fields",
    "visa_card",
]

#: Any sk_test_ key opens the sandbox; this one is a placeholder, not a credential.
SECRET_KEY = "sk_test_benchmark_placeholder"
#: Stripe's always-approved test Visa (docs/stripe.md, test cards).
TEST_VISA = "4242424242424242"
REGISTER = "R1"
CASHIER = "bench"
AMOUNT = Money(1250, "usd")


@dataclass(frozen=True, slots=True)
class Plan:
    """How many operations each section times (counts, never durations)."""

    sales: int
    day_charges: int
    listings: int
    journal_pairs: int
    money_samples: int
    money_repeat: int = 10
    history_charges: int = 2000
    #: The 2,000-charge day takes ~20 s a round (bare paging and the page); seeding it, ~3 min.
    history_rounds: int = 3
    slow_charges: int = 4
    startup_rounds: int = 24
    stripe_sales: int = 100
    receipts: int = 200


@dataclass(slots=True)
class Section:
    title: str
    tables: list[list[Row]]  # each table starts with its baseline
    memory: list[tuple[Memory, Memory | None]] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


def new_key() -> str:
    return str(uuid.uuid4())


def raw_client(base_url: str) -> httpx.Client:
    """A bare client with only what Stripe requires on every request (docs/stripe.md §1)."""
    return httpx.Client(
        base_url=base_url,
        headers={"Authorization": f"Bearer {SECRET_KEY}", "Stripe-Version": STRIPE_API_VERSION},
        timeout=30.0,
    )


def visa_card() -> CardDetails:
    return CardDetails(TEST_VISA, exp_month=12, exp_year=date.today().year + 3, cvc="123")


def token_fields(card: CardDetails) -> dict[str, str]:
    """The form of POST /v1/tokens as the gateway sends it (docs/stripe.md §1.3)."""
    return {
        "card[number]": card.number,
        "card[exp_month]": str(card.exp_month),
        "card[exp_year]": str(card.exp_year),
        "card[cvc]": card.cvc,
    }
