"""Stripe's test card numbers as the sandbox reads them: wire brand names and scripted declines."""

from __future__ import annotations

from dataclasses import dataclass

from pos_app.domain.cards import Brand

__all__ = ["DECLINES", "Decline", "decline_for", "wire_brand"]


# The lowercase enum Stripe uses in payment_method_details.card.brand (stripe-api.md §4.3).
_WIRE_BRAND = {
    Brand.VISA: "visa",
    Brand.MASTERCARD: "mastercard",
    Brand.AMEX: "amex",
    Brand.DISCOVER: "discover",
    Brand.DINERS: "diners",
    Brand.JCB: "jcb",
    Brand.UNIONPAY: "unionpay",
    Brand.UNKNOWN: "unknown",
}


def wire_brand(display_name: str) -> str:
    """Stripe's display-cased card brand ("American Express") -> its lowercase enum ("amex")."""
    for brand, wire in _WIRE_BRAND.items():
        if brand.value == display_name:
            return wire
    return "unknown"


@dataclass(frozen=True, slots=True)
class Decline:
    """How Stripe declines one test card: the error body's fields and the charge's outcome."""

    code: str
    decline_code: str
    message: str
    param: str | None = None
    declines_on_attach: bool = True

    @property
    def seller_message(self) -> str:
        if self.decline_code == "generic_decline":
            return "The bank did not return any further details with this decline."
        return f"The bank returned the decline code `{self.decline_code}`."


_DECLINED = "Your card was declined."

# Stripe's declining test cards (stripe-api.md §6, "Declined payments"), keyed by number.
DECLINES: dict[str, Decline] = {
    "4000000000000002": Decline("card_declined", "generic_decline", _DECLINED),
    "4000000000009995": Decline(
        "card_declined", "insufficient_funds", "Your card has insufficient funds."
    ),
    "4000000000009987": Decline("card_declined", "lost_card", _DECLINED),
    "4000000000009979": Decline("card_declined", "stolen_card", _DECLINED),
    "4000000000000069": Decline(
        "expired_card", "expired_card", "Your card has expired.", param="exp_month"
    ),
    "4000000000000127": Decline(
        "incorrect_cvc", "incorrect_cvc", "Your card's security code is incorrect.", param="cvc"
    ),
    "4000000000000119": Decline(
        "processing_error",
        "processing_error",
        "An error occurred while processing your card. Try again in a little bit.",
    ),
    "4000000000006975": Decline(
        "card_declined",
        "card_velocity_exceeded",
        "Your card was declined for making repeated attempts too frequently or exceeding its "
        "amount limit.",
    ),
    # "Attach OK, charges fail": the card can be saved on a customer, then every charge fails.
    "4000000000000341": Decline(
        "card_declined", "generic_decline", _DECLINED, declines_on_attach=False
    ),
}


def decline_for(number: str) -> Decline | None:
    """The scripted decline of a test card number, or None when it is approved."""
    return DECLINES.get(number)
