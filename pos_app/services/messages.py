"""What the cashier reads when something goes wrong: plain words that say what to do next.

Rules (docs/stripe.md §3.3): the fraud-type declines (fraudulent, lost, stolen, pickup,
merchant blacklist) are presented exactly like a generic decline; a declined card gets the
till's own words for its code; a refused request (400) quotes Stripe's own message after the
till's sentence, so that whoever fixes it knows what Stripe objected to; everything else gets a
generic text plus the Request-Id for support.
"""

from __future__ import annotations

from dataclasses import dataclass

from pos_app.domain.attempts import AttemptKind, AttemptOutcome, SettledAttempt
from pos_app.domain.errors import (
    AttemptBlocked,
    AttemptNotMade,
    AttemptUnresolved,
    AuthenticationFailed,
    CardDeclined,
    ConfigurationError,
    CustomerDeleted,
    IdempotencyConflict,
    InvalidRequest,
    OutcomeUnknown,
    PermissionDenied,
    PosError,
    PrinterError,
    RateLimited,
    RawCardDataRefused,
    StripeConnectionError,
    StripeError,
    ValidationError,
)
from pos_app.domain.money import AmountFormat, format_money

__all__ = ["CashierMessage", "cashier_message", "refund_message", "settled_line"]

DECLINED = "declined"
UNKNOWN = "unknown"
INVALID = "invalid"
CONFIG = "config"
ERROR = "error"

_PLAIN_DECLINE = "Declined. Ask the customer for another card or another way to pay."

# Declines whose details must not be told to the customer (Stripe's decline-code table).
_MASKED_DECLINES = frozenset(
    {"fraudulent", "lost_card", "stolen_card", "pickup_card", "merchant_blacklist"}
)

# decline_code or code -> (text, field to point at)
_DECLINE_TEXT: dict[str, tuple[str, str | None]] = {
    "insufficient_funds": (
        "Declined: insufficient funds. Ask for another card or a smaller amount.",
        None,
    ),
    "expired_card": (
        "Declined: the card has expired. Check the expiry date or ask for another card.",
        "expiry",
    ),
    "incorrect_cvc": (
        "Declined: the security code (CVC) is wrong. Check it with the customer and try again.",
        "cvc",
    ),
    "invalid_cvc": ("The security code (CVC) is not valid. Check it and try again.", "cvc"),
    "incorrect_number": ("The card number is wrong. Check it and key it in again.", "number"),
    "invalid_number": ("The card number is not valid. Check it and key it in again.", "number"),
    "invalid_expiry_month": ("The expiry month is not valid. Check the expiry date.", "expiry"),
    "invalid_expiry_year": ("The expiry year is not valid. Check the expiry date.", "expiry"),
    "incorrect_zip": (
        "Declined: the postal code does not match. Check it and retry.",
        "postal_code",
    ),
    "processing_error": (
        "The card could not be processed. Try once more; if it fails again, ask for another card.",
        None,
    ),
    "card_velocity_exceeded": (
        "Declined: the card has reached its limit. Ask for another card.",
        None,
    ),
    "card_decline_rate_limit_exceeded": (
        "Declined too many times. Wait a while or ask for another card.",
        None,
    ),
}


@dataclass(frozen=True, slots=True)
class CashierMessage:
    """One message for the till: `kind` picks colour and icon, `field` a card-dialog field."""

    kind: str
    title: str
    text: str
    field: str | None = None


def _support_suffix(exc: StripeError) -> str:
    return f" (Stripe request {exc.request_id})" if exc.request_id else ""


# Stripe's parameter -> the card dialog's field.
_CARD_PARAMS = {"number": "number", "exp_month": "expiry", "exp_year": "expiry", "cvc": "cvc"}


def _stripe_words(exc: StripeError) -> str:
    """': “Stripe's message”.' for a refused request ('.' when Stripe gave none). The gateway
    has already masked anything key-shaped in it (gateway/errors.py `redact`)."""
    words = exc.message.strip().rstrip(".")
    if not words or words.startswith("Stripe answered HTTP"):
        return "."
    return f": “{words}”."


def _decline(exc: CardDeclined) -> CashierMessage:
    codes = [c for c in (exc.decline_code, exc.code) if c]
    if any(code in _MASKED_DECLINES for code in codes):
        return CashierMessage(DECLINED, "Card declined", _PLAIN_DECLINE)
    for code in codes:
        if code in _DECLINE_TEXT:
            text, field = _DECLINE_TEXT[code]
            return CashierMessage(DECLINED, "Card declined", text, field)
    return CashierMessage(DECLINED, "Card declined", _PLAIN_DECLINE)


def cashier_message(exc: BaseException) -> CashierMessage:
    """Classify any error the charge flow can raise into words for the cashier."""
    if isinstance(exc, ValidationError):
        return CashierMessage(INVALID, "Check the entry", exc.message, exc.field)
    if isinstance(exc, AttemptUnresolved | OutcomeUnknown):
        return CashierMessage(
            UNKNOWN,
            "Checking payment status…",
            "The answer from Stripe was lost. Checking whether the payment went through — "
            "do not charge the card again.",
        )
    if isinstance(exc, AttemptBlocked):
        return CashierMessage(
            UNKNOWN,
            "Still being checked",
            "An earlier payment for this order is still being checked with Stripe. Wait for "
            "its outcome; do not take the payment again.",
        )
    if isinstance(exc, AttemptNotMade):
        return CashierMessage(ERROR, "Not charged", str(exc))
    if isinstance(exc, PrinterError):
        # Already in the cashier's words, naming the printer; the payment is not concerned.
        return CashierMessage(ERROR, "Receipt not printed", exc.message)
    if isinstance(exc, CardDeclined):
        return _decline(exc)
    if isinstance(exc, RawCardDataRefused):
        return CashierMessage(
            CONFIG,
            "Keyed card entry is not enabled",
            "This Stripe account does not accept card numbers typed into the till. "
            "Stripe allows it only after the business asks Stripe for raw card data access "
            "and files a PCI self-assessment (SAQ D). Nothing was charged.",
        )
    if isinstance(exc, AuthenticationFailed):
        return CashierMessage(
            CONFIG,
            "Stripe key refused",
            "Stripe did not accept this register's API key. A manager must check the keys "
            "in Setup. Nothing was charged." + _support_suffix(exc),
        )
    if isinstance(exc, PermissionDenied):
        return CashierMessage(
            CONFIG,
            "Key lacks a permission",
            "This register's restricted key may not do this. A manager must grant the "
            "permission in Stripe. Nothing was charged." + _support_suffix(exc),
        )
    if isinstance(exc, StripeConnectionError):
        return CashierMessage(
            ERROR,
            "Stripe unreachable",
            "Could not reach Stripe. Nothing was charged. Check the network and try again.",
        )
    if isinstance(exc, RateLimited):
        return CashierMessage(
            ERROR,
            "Stripe is busy",
            "Stripe asked the till to slow down. Wait a moment and try again. Nothing was charged.",
        )
    if isinstance(exc, CustomerDeleted):
        return CashierMessage(
            ERROR,
            "Customer deleted",
            "This customer has been deleted, on another till or in the Stripe Dashboard. "
            "Nothing was charged, and they are taken off the list.",
        )
    if isinstance(exc, IdempotencyConflict):
        return CashierMessage(
            ERROR,
            "Payment needs checking",
            "Stripe saw this payment attempt with different details. Ask a manager to check "
            "today's history before charging again." + _support_suffix(exc),
        )
    if isinstance(exc, InvalidRequest):
        return CashierMessage(
            ERROR,
            "Stripe refused the request",
            f"Stripe refused the request{_stripe_words(exc)} Nothing was charged."
            + _support_suffix(exc),
            _CARD_PARAMS.get(exc.param or ""),
        )
    if isinstance(exc, ConfigurationError):
        return CashierMessage(CONFIG, "Setup needed", str(exc))
    if isinstance(exc, StripeError):
        return CashierMessage(
            ERROR, "Stripe error", "Stripe reported an error." + _support_suffix(exc)
        )
    if isinstance(exc, PosError):
        return CashierMessage(ERROR, "Something went wrong", str(exc))
    return CashierMessage(
        ERROR,
        "Something went wrong",
        "An unexpected error happened. The details are in the log.",
    )


_NOTHING_REFUNDED = " Nothing was refunded."

#: Stripe's refusals of a refund (docs/stripe.md §4.5), in the manager's words.
_REFUND_REFUSALS = {
    "charge_already_refunded": "This charge has already been refunded in full.",
    "amount_too_large": "That is more than is left to refund on this charge.",
    "charge_disputed": "The customer has disputed this charge with their bank; it cannot be "
    "refunded here. Answer the dispute in the Stripe Dashboard.",
    "resource_missing": "Stripe does not know this charge (was it made with other keys?).",
}


def refund_message(exc: BaseException) -> CashierMessage:
    """Words for what went wrong with a refund; says whether money went back or not."""
    if isinstance(exc, ValidationError):
        return CashierMessage(INVALID, "Check the refund", exc.message, exc.field)
    if isinstance(exc, AttemptUnresolved | OutcomeUnknown):
        return CashierMessage(
            UNKNOWN,
            "Checking the refund…",
            "The answer from Stripe was lost and it is not known yet whether the refund went "
            "through. The till keeps checking; do not refund this charge again.",
        )
    if isinstance(exc, AttemptBlocked):
        return CashierMessage(
            UNKNOWN,
            "Still being checked",
            "An earlier refund of this charge is still being checked with Stripe. Wait for its "
            "outcome before refunding again.",
        )
    if isinstance(exc, AttemptNotMade):
        return CashierMessage(ERROR, "Not refunded", str(exc))
    if isinstance(exc, InvalidRequest) and exc.code in _REFUND_REFUSALS:
        text = _REFUND_REFUSALS[exc.code] + _NOTHING_REFUNDED
        return CashierMessage(ERROR, "Stripe refused the refund", text, "amount")
    if isinstance(exc, InvalidRequest):
        return CashierMessage(
            ERROR,
            "Stripe refused the refund",
            "Stripe refused the refund." + _NOTHING_REFUNDED + _support_suffix(exc),
        )
    if isinstance(exc, StripeConnectionError):
        return CashierMessage(
            ERROR,
            "Stripe unreachable",
            "Could not reach Stripe." + _NOTHING_REFUNDED + " Check the network and try again.",
        )
    message = cashier_message(exc)
    text = message.text.replace("Nothing was charged", "Nothing was refunded")
    return CashierMessage(message.kind, message.title, text, None)


_KIND_WORDS = {
    AttemptKind.CHARGE: "payment",
    AttemptKind.REFUND: "refund",
    AttemptKind.CUSTOMER: "new customer",
    AttemptKind.CARD: "card saved for a customer",
    AttemptKind.CUSTOMER_DELETION: "customer deletion",
    AttemptKind.CARD_REMOVAL: "card removal",
    AttemptKind.DEFAULT_CARD: "change of a customer's default card",
    AttemptKind.RECEIPT_EMAIL: "receipt e-mail",
}

_OUTCOME_WORDS = {
    AttemptKind.CHARGE: {
        AttemptOutcome.SUCCEEDED: "went through: the customer paid",
        AttemptOutcome.DECLINED: "was declined: nothing was charged",
        AttemptOutcome.NOT_MADE: "never reached Stripe: nothing was charged",
    },
    AttemptKind.REFUND: {
        AttemptOutcome.SUCCEEDED: "went through: the money goes back to the card",
        AttemptOutcome.NOT_MADE: "never reached Stripe: nothing was refunded",
    },
    AttemptKind.CUSTOMER: {AttemptOutcome.SUCCEEDED: "went through: the customer is saved"},
    AttemptKind.CARD: {AttemptOutcome.SUCCEEDED: "went through: the card is saved"},
    AttemptKind.CUSTOMER_DELETION: {
        AttemptOutcome.SUCCEEDED: "went through: the customer is deleted"
    },
    AttemptKind.CARD_REMOVAL: {AttemptOutcome.SUCCEEDED: "went through: the card is removed"},
    AttemptKind.RECEIPT_EMAIL: {
        AttemptOutcome.SUCCEEDED: "went through: Stripe e-mails the receipt",
        AttemptOutcome.NOT_MADE: "never reached Stripe: no receipt was e-mailed",
    },
}
_DEFAULT_WORDS = {
    AttemptOutcome.SUCCEEDED: "went through",
    AttemptOutcome.DECLINED: "was refused by the card's bank",
    AttemptOutcome.NOT_MADE: "never reached Stripe: nothing changed",
}
_STILL_UNKNOWN = "is still not known: do not repeat it; the till keeps checking"


def settled_line(item: SettledAttempt, fmt: AmountFormat = format_money) -> str:
    """One sentence about an attempt a crash or a lost answer left open, as settling left it
    (`fmt` writes its amount: the shop's locale on the till's screens)."""
    what = _KIND_WORDS[item.kind]
    subject = f"The {what}"
    if item.order_id:
        subject += f" for order {item.order_id}"
    details = [fmt(item.amount)] if item.amount is not None else []
    if item.card:
        details.append(item.card)
    if details:
        subject += f" ({', '.join(details)})"
    if item.outcome is AttemptOutcome.UNKNOWN:
        words = _STILL_UNKNOWN
    else:
        words = _OUTCOME_WORDS.get(item.kind, {}).get(item.outcome, _DEFAULT_WORDS[item.outcome])
    return f"{subject} {words}."
