"""Stripe's documented test cards: each number, the test token that stands for it, and how
Stripe declines it (docs/stripe.md §6).

One table serves both the charge service (which charges the token when a test account refuses
raw numbers) and the training sandbox (which declines these numbers as Stripe does).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType

__all__ = ["STRIPE_TEST_CARDS", "Decline", "StripeTestCard", "stripe_test_card"]

_DECLINED = "Your card was declined."


@dataclass(frozen=True, slots=True)
class Decline:
    """How Stripe declines a test card: the error's fields and the charge's outcome."""

    code: str
    decline_code: str
    message: str = _DECLINED
    param: str | None = None
    #: False for the card that can be saved on a customer and then fails every charge.
    declines_on_attach: bool = True

    @property
    def seller_message(self) -> str:
        if self.decline_code == "generic_decline":
            return "The bank did not return any further details with this decline."
        return f"The bank returned the decline code `{self.decline_code}`."


@dataclass(frozen=True, slots=True)
class StripeTestCard:
    number: str
    token: str
    decline: Decline | None = None


def _cards(*cards: StripeTestCard) -> Mapping[str, StripeTestCard]:
    return MappingProxyType({card.number: card for card in cards})


STRIPE_TEST_CARDS: Mapping[str, StripeTestCard] = _cards(
    StripeTestCard("4242424242424242", "tok_visa"),
    StripeTestCard("4000056655665556", "tok_visa_debit"),
    StripeTestCard("5555555555554444", "tok_mastercard"),
    StripeTestCard("5200828282828210", "tok_mastercard_debit"),
    StripeTestCard("5105105105105100", "tok_mastercard_prepaid"),
    StripeTestCard("378282246310005", "tok_amex"),
    StripeTestCard("371449635398431", "tok_amex"),
    StripeTestCard("6011111111111117", "tok_discover"),
    StripeTestCard("3056930009020004", "tok_diners"),
    StripeTestCard("36227206271667", "tok_diners"),
    StripeTestCard("3566002020360505", "tok_jcb"),
    StripeTestCard("6200000000000005", "tok_unionpay"),
    StripeTestCard(
        "4000000000000002", "tok_chargeDeclined", Decline("card_declined", "generic_decline")
    ),
    StripeTestCard(
        "4000000000009995",
        "tok_chargeDeclinedInsufficientFunds",
        Decline("card_declined", "insufficient_funds", "Your card has insufficient funds."),
    ),
    StripeTestCard(
        "4000000000009987", "tok_chargeDeclinedLostCard", Decline("card_declined", "lost_card")
    ),
    StripeTestCard(
        "4000000000009979",
        "tok_chargeDeclinedStolenCard",
        Decline("card_declined", "stolen_card"),
    ),
    StripeTestCard(
        "4000000000000069",
        "tok_chargeDeclinedExpiredCard",
        Decline("expired_card", "expired_card", "Your card has expired.", param="exp_month"),
    ),
    StripeTestCard(
        "4000000000000127",
        "tok_chargeDeclinedIncorrectCvc",
        Decline("incorrect_cvc", "incorrect_cvc", "Your card's security code is incorrect.", "cvc"),
    ),
    StripeTestCard(
        "4000000000000119",
        "tok_chargeDeclinedProcessingError",
        Decline(
            "processing_error",
            "processing_error",
            "An error occurred while processing your card. Try again in a little bit.",
        ),
    ),
    StripeTestCard(
        "4000000000006975",
        "tok_chargeDeclinedVelocityLimitExceeded",
        Decline(
            "card_declined",
            "card_velocity_exceeded",
            "Your card was declined for making repeated attempts too frequently or exceeding "
            "its amount limit.",
        ),
    ),
    # "Attach OK, charges fail": the card can be saved on a customer, then every charge fails.
    StripeTestCard(
        "4000000000000341",
        "tok_chargeCustomerFail",
        Decline("card_declined", "generic_decline", declines_on_attach=False),
    ),
    StripeTestCard("4100000000000019", "tok_radarBlock"),
    StripeTestCard("4000000000000101", "tok_cvcCheckFail"),
    StripeTestCard("4000000000000036", "tok_avsZipFail"),
    StripeTestCard("4000000000000259", "tok_createDispute"),
    StripeTestCard("4000000000000077", "tok_bypassPending"),
)


def stripe_test_card(number: str) -> StripeTestCard | None:
    """The test card with this number, or None for any other number."""
    return STRIPE_TEST_CARDS.get(number)
