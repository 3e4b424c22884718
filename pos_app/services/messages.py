"""What the cashier reads when something goes wrong: plain words that say what to do next.

Rules (docs/stripe.md §3.3): the fraud-type declines (fraudulent, lost, stolen, pickup,
merchant blacklist) are presented exactly like a generic decline; a declined card gets the
till's own words for its code; a refused request (400) quotes Stripe's own message after the
till's sentence, so that whoever fixes it knows what Stripe objected to; everything else gets a
generic text plus the Request-Id for support.

Every sentence goes through the translation hook (domain/i18n.py): the words are in the till's
language, Stripe's own message and ids are quoted as they are.
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
from pos_app.domain.i18n import QT_TRANSLATE_NOOP, translate
from pos_app.domain.money import AmountFormat, format_money

__all__ = ["CashierMessage", "cashier_message", "refund_message", "settled_line"]

DECLINED = "declined"
UNKNOWN = "unknown"
INVALID = "invalid"
CONFIG = "config"
ERROR = "error"

_CONTEXT = "CashierMessages"

# Declines whose details must not be told to the customer (Stripe's decline-code table).
_MASKED_DECLINES = frozenset(
    {"fraudulent", "lost_card", "stolen_card", "pickup_card", "merchant_blacklist"}
)

# decline_code or code -> (text, field to point at); translated where shown.
_DECLINE_TEXT: dict[str, tuple[str, str | None]] = {
    "insufficient_funds": (
        QT_TRANSLATE_NOOP(
            "CashierMessages",
            "Declined: insufficient funds. Ask for another card or a smaller amount.",
        ),
        None,
    ),
    "expired_card": (
        QT_TRANSLATE_NOOP(
            "CashierMessages",
            "Declined: the card has expired. Check the expiry date or ask for another card.",
        ),
        "expiry",
    ),
    "incorrect_cvc": (
        QT_TRANSLATE_NOOP(
            "CashierMessages",
            "Declined: the security code (CVC) is wrong. Check it with the customer and try again.",
        ),
        "cvc",
    ),
    "invalid_cvc": (
        QT_TRANSLATE_NOOP(
            "CashierMessages", "The security code (CVC) is not valid. Check it and try again."
        ),
        "cvc",
    ),
    "incorrect_number": (
        QT_TRANSLATE_NOOP(
            "CashierMessages", "The card number is wrong. Check it and key it in again."
        ),
        "number",
    ),
    "invalid_number": (
        QT_TRANSLATE_NOOP(
            "CashierMessages", "The card number is not valid. Check it and key it in again."
        ),
        "number",
    ),
    "invalid_expiry_month": (
        QT_TRANSLATE_NOOP(
            "CashierMessages", "The expiry month is not valid. Check the expiry date."
        ),
        "expiry",
    ),
    "invalid_expiry_year": (
        QT_TRANSLATE_NOOP(
            "CashierMessages", "The expiry year is not valid. Check the expiry date."
        ),
        "expiry",
    ),
    "incorrect_zip": (
        QT_TRANSLATE_NOOP(
            "CashierMessages", "Declined: the postal code does not match. Check it and retry."
        ),
        "postal_code",
    ),
    "processing_error": (
        QT_TRANSLATE_NOOP(
            "CashierMessages",
            "The card could not be processed. Try once more; if it fails again, ask for another "
            "card.",
        ),
        None,
    ),
    "card_velocity_exceeded": (
        QT_TRANSLATE_NOOP(
            "CashierMessages", "Declined: the card has reached its limit. Ask for another card."
        ),
        None,
    ),
    "card_decline_rate_limit_exceeded": (
        QT_TRANSLATE_NOOP(
            "CashierMessages", "Declined too many times. Wait a while or ask for another card."
        ),
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
    if not exc.request_id:
        return ""
    return " " + translate("CashierMessages", "(Stripe request {request})").format(
        request=exc.request_id
    )


# Stripe's parameter -> the card dialog's field.
_CARD_PARAMS = {"number": "number", "exp_month": "expiry", "exp_year": "expiry", "cvc": "cvc"}


def _stripe_words(exc: StripeError) -> str | None:
    """Stripe's message for a refused request (None when it gave none). The gateway has
    already masked anything key-shaped in it (gateway/errors.py `redact`)."""
    words = exc.message.strip().rstrip(".")
    if not words or words.startswith("Stripe answered HTTP"):
        return None
    return words


def _plain_decline() -> str:
    return translate(
        "CashierMessages", "Declined. Ask the customer for another card or another way to pay."
    )


def _decline(exc: CardDeclined) -> CashierMessage:
    title = translate("CashierMessages", "Card declined")
    codes = [c for c in (exc.decline_code, exc.code) if c]
    if any(code in _MASKED_DECLINES for code in codes):
        return CashierMessage(DECLINED, title, _plain_decline())
    for code in codes:
        if code in _DECLINE_TEXT:
            text, field = _DECLINE_TEXT[code]
            return CashierMessage(DECLINED, title, translate(_CONTEXT, text), field)
    return CashierMessage(DECLINED, title, _plain_decline())


def cashier_message(exc: BaseException) -> CashierMessage:
    """Classify any error the charge flow can raise into words for the cashier."""
    return _message(exc, translate("CashierMessages", "Nothing was charged."))


def _message(exc: BaseException, nothing: str) -> CashierMessage:
    """`cashier_message`, with `nothing` saying what did not happen (charged, refunded)."""
    if isinstance(exc, ValidationError):
        return CashierMessage(
            INVALID, translate("CashierMessages", "Check the entry"), exc.message, exc.field
        )
    if isinstance(exc, AttemptUnresolved | OutcomeUnknown):
        return CashierMessage(
            UNKNOWN,
            translate("CashierMessages", "Checking payment status…"),
            translate(
                "CashierMessages",
                "The answer from Stripe was lost. Checking whether the payment went through — "
                "do not charge the card again.",
            ),
        )
    if isinstance(exc, AttemptBlocked):
        return CashierMessage(
            UNKNOWN,
            translate("CashierMessages", "Still being checked"),
            translate(
                "CashierMessages",
                "An earlier payment for this order is still being checked with Stripe. Wait "
                "for its outcome; do not take the payment again.",
            ),
        )
    if isinstance(exc, AttemptNotMade):
        return CashierMessage(ERROR, translate("CashierMessages", "Not charged"), str(exc))
    if isinstance(exc, PrinterError):
        # Already in the cashier's words, naming the printer; the payment is not concerned.
        return CashierMessage(
            ERROR, translate("CashierMessages", "Receipt not printed"), exc.message
        )
    if isinstance(exc, CardDeclined):
        return _decline(exc)
    if isinstance(exc, RawCardDataRefused):
        return CashierMessage(
            CONFIG,
            translate("CashierMessages", "Keyed card entry is not enabled"),
            translate(
                "CashierMessages",
                "This Stripe account does not accept card numbers typed into the till. "
                "Stripe allows it only after the business asks Stripe for raw card data access "
                "and files a PCI self-assessment (SAQ D).",
            )
            + f" {nothing}",
        )
    if isinstance(exc, AuthenticationFailed):
        return CashierMessage(
            CONFIG,
            translate("CashierMessages", "Stripe key refused"),
            translate(
                "CashierMessages",
                "Stripe did not accept this register's API key. A manager must check the keys "
                "in Setup.",
            )
            + f" {nothing}"
            + _support_suffix(exc),
        )
    if isinstance(exc, PermissionDenied):
        return CashierMessage(
            CONFIG,
            translate("CashierMessages", "Key lacks a permission"),
            translate(
                "CashierMessages",
                "This register's restricted key may not do this. A manager must grant the "
                "permission in Stripe.",
            )
            + f" {nothing}"
            + _support_suffix(exc),
        )
    if isinstance(exc, StripeConnectionError):
        return CashierMessage(
            ERROR,
            translate("CashierMessages", "Stripe unreachable"),
            translate("CashierMessages", "Could not reach Stripe.")
            + f" {nothing} "
            + translate("CashierMessages", "Check the network and try again."),
        )
    if isinstance(exc, RateLimited):
        return CashierMessage(
            ERROR,
            translate("CashierMessages", "Stripe is busy"),
            translate(
                "CashierMessages",
                "Stripe asked the till to slow down. Wait a moment and try again.",
            )
            + f" {nothing}",
        )
    if isinstance(exc, CustomerDeleted):
        return CashierMessage(
            ERROR,
            translate("CashierMessages", "Customer deleted"),
            translate(
                "CashierMessages",
                "This customer has been deleted, on another till or in the Stripe Dashboard. "
                "Nothing was charged, and they are taken off the list.",
            ),
        )
    if isinstance(exc, IdempotencyConflict):
        return CashierMessage(
            ERROR,
            translate("CashierMessages", "Payment needs checking"),
            translate(
                "CashierMessages",
                "Stripe saw this payment attempt with different details. Ask a manager to "
                "check today's history before charging again.",
            )
            + _support_suffix(exc),
        )
    if isinstance(exc, InvalidRequest):
        stripe_words = _stripe_words(exc)
        refused = (
            translate("CashierMessages", "Stripe refused the request: “{reason}”.").format(
                reason=stripe_words
            )
            if stripe_words
            else translate("CashierMessages", "Stripe refused the request.")
        )
        return CashierMessage(
            ERROR,
            translate("CashierMessages", "Stripe refused the request"),
            f"{refused} {nothing}" + _support_suffix(exc),
            _CARD_PARAMS.get(exc.param or ""),
        )
    if isinstance(exc, ConfigurationError):
        return CashierMessage(CONFIG, translate("CashierMessages", "Setup needed"), str(exc))
    if isinstance(exc, StripeError):
        return CashierMessage(
            ERROR,
            translate("CashierMessages", "Stripe error"),
            translate("CashierMessages", "Stripe reported an error.") + _support_suffix(exc),
        )
    if isinstance(exc, PosError):
        return CashierMessage(ERROR, translate("CashierMessages", "Something went wrong"), str(exc))
    return CashierMessage(
        ERROR,
        translate("CashierMessages", "Something went wrong"),
        translate("CashierMessages", "An unexpected error happened. The details are in the log."),
    )


#: Stripe's refusals of a refund (docs/stripe.md §4.5), in the manager's words.
_REFUND_REFUSALS = {
    "charge_already_refunded": QT_TRANSLATE_NOOP(
        "CashierMessages", "This charge has already been refunded in full."
    ),
    "amount_too_large": QT_TRANSLATE_NOOP(
        "CashierMessages", "That is more than is left to refund on this charge."
    ),
    "charge_disputed": QT_TRANSLATE_NOOP(
        "CashierMessages",
        "The customer has disputed this charge with their bank; it cannot be refunded here. "
        "Answer the dispute in the Stripe Dashboard.",
    ),
    "resource_missing": QT_TRANSLATE_NOOP(
        "CashierMessages", "Stripe does not know this charge (was it made with other keys?)."
    ),
}


def refund_message(exc: BaseException) -> CashierMessage:
    """Words for what went wrong with a refund; says whether money went back or not."""
    nothing = translate("CashierMessages", "Nothing was refunded.")
    if isinstance(exc, ValidationError):
        return CashierMessage(
            INVALID, translate("CashierMessages", "Check the refund"), exc.message, exc.field
        )
    if isinstance(exc, AttemptUnresolved | OutcomeUnknown):
        return CashierMessage(
            UNKNOWN,
            translate("CashierMessages", "Checking the refund…"),
            translate(
                "CashierMessages",
                "The answer from Stripe was lost and it is not known yet whether the refund "
                "went through. The till keeps checking; do not refund this charge again.",
            ),
        )
    if isinstance(exc, AttemptBlocked):
        return CashierMessage(
            UNKNOWN,
            translate("CashierMessages", "Still being checked"),
            translate(
                "CashierMessages",
                "An earlier refund of this charge is still being checked with Stripe. Wait for "
                "its outcome before refunding again.",
            ),
        )
    if isinstance(exc, AttemptNotMade):
        return CashierMessage(ERROR, translate("CashierMessages", "Not refunded"), str(exc))
    refused = translate("CashierMessages", "Stripe refused the refund")
    if isinstance(exc, InvalidRequest) and exc.code in _REFUND_REFUSALS:
        text = translate(_CONTEXT, _REFUND_REFUSALS[exc.code]) + f" {nothing}"
        return CashierMessage(ERROR, refused, text, "amount")
    if isinstance(exc, InvalidRequest):
        return CashierMessage(
            ERROR,
            refused,
            translate("CashierMessages", "Stripe refused the refund.")
            + f" {nothing}"
            + _support_suffix(exc),
        )
    message = _message(exc, nothing)
    return CashierMessage(message.kind, message.title, message.text, None)


#: Every (kind, outcome) as a whole sentence, so that a translation can agree its words with
#: the kind's; `{which}` is the order and its details, or nothing.
_SETTLED: dict[tuple[AttemptKind, AttemptOutcome], str] = {
    (AttemptKind.CHARGE, AttemptOutcome.SUCCEEDED): QT_TRANSLATE_NOOP(
        "SettledAttempts", "The payment{which} went through: the customer paid."
    ),
    (AttemptKind.CHARGE, AttemptOutcome.DECLINED): QT_TRANSLATE_NOOP(
        "SettledAttempts", "The payment{which} was declined: nothing was charged."
    ),
    (AttemptKind.CHARGE, AttemptOutcome.NOT_MADE): QT_TRANSLATE_NOOP(
        "SettledAttempts", "The payment{which} never reached Stripe: nothing was charged."
    ),
    (AttemptKind.CHARGE, AttemptOutcome.UNKNOWN): QT_TRANSLATE_NOOP(
        "SettledAttempts",
        "The payment{which} is still not known: do not repeat it; the till keeps checking.",
    ),
    (AttemptKind.REFUND, AttemptOutcome.SUCCEEDED): QT_TRANSLATE_NOOP(
        "SettledAttempts", "The refund{which} went through: the money goes back to the card."
    ),
    (AttemptKind.REFUND, AttemptOutcome.DECLINED): QT_TRANSLATE_NOOP(
        "SettledAttempts", "The refund{which} was refused by the card's bank."
    ),
    (AttemptKind.REFUND, AttemptOutcome.NOT_MADE): QT_TRANSLATE_NOOP(
        "SettledAttempts", "The refund{which} never reached Stripe: nothing was refunded."
    ),
    (AttemptKind.REFUND, AttemptOutcome.UNKNOWN): QT_TRANSLATE_NOOP(
        "SettledAttempts",
        "The refund{which} is still not known: do not repeat it; the till keeps checking.",
    ),
    (AttemptKind.CUSTOMER, AttemptOutcome.SUCCEEDED): QT_TRANSLATE_NOOP(
        "SettledAttempts", "The new customer{which} went through: the customer is saved."
    ),
    (AttemptKind.CUSTOMER, AttemptOutcome.DECLINED): QT_TRANSLATE_NOOP(
        "SettledAttempts", "The new customer{which} was refused by the card's bank."
    ),
    (AttemptKind.CUSTOMER, AttemptOutcome.NOT_MADE): QT_TRANSLATE_NOOP(
        "SettledAttempts", "The new customer{which} never reached Stripe: nothing changed."
    ),
    (AttemptKind.CUSTOMER, AttemptOutcome.UNKNOWN): QT_TRANSLATE_NOOP(
        "SettledAttempts",
        "The new customer{which} is still not known: do not repeat it; the till keeps checking.",
    ),
    (AttemptKind.CARD, AttemptOutcome.SUCCEEDED): QT_TRANSLATE_NOOP(
        "SettledAttempts", "The card saved for a customer{which} went through: the card is saved."
    ),
    (AttemptKind.CARD, AttemptOutcome.DECLINED): QT_TRANSLATE_NOOP(
        "SettledAttempts", "The card saved for a customer{which} was refused by the card's bank."
    ),
    (AttemptKind.CARD, AttemptOutcome.NOT_MADE): QT_TRANSLATE_NOOP(
        "SettledAttempts",
        "The card saved for a customer{which} never reached Stripe: nothing changed.",
    ),
    (AttemptKind.CARD, AttemptOutcome.UNKNOWN): QT_TRANSLATE_NOOP(
        "SettledAttempts",
        "The card saved for a customer{which} is still not known: do not repeat it; "
        "the till keeps checking.",
    ),
    (AttemptKind.CUSTOMER_DELETION, AttemptOutcome.SUCCEEDED): QT_TRANSLATE_NOOP(
        "SettledAttempts", "The customer deletion{which} went through: the customer is deleted."
    ),
    (AttemptKind.CUSTOMER_DELETION, AttemptOutcome.DECLINED): QT_TRANSLATE_NOOP(
        "SettledAttempts", "The customer deletion{which} was refused by the card's bank."
    ),
    (AttemptKind.CUSTOMER_DELETION, AttemptOutcome.NOT_MADE): QT_TRANSLATE_NOOP(
        "SettledAttempts", "The customer deletion{which} never reached Stripe: nothing changed."
    ),
    (AttemptKind.CUSTOMER_DELETION, AttemptOutcome.UNKNOWN): QT_TRANSLATE_NOOP(
        "SettledAttempts",
        "The customer deletion{which} is still not known: do not repeat it; "
        "the till keeps checking.",
    ),
    (AttemptKind.CARD_REMOVAL, AttemptOutcome.SUCCEEDED): QT_TRANSLATE_NOOP(
        "SettledAttempts", "The card removal{which} went through: the card is removed."
    ),
    (AttemptKind.CARD_REMOVAL, AttemptOutcome.DECLINED): QT_TRANSLATE_NOOP(
        "SettledAttempts", "The card removal{which} was refused by the card's bank."
    ),
    (AttemptKind.CARD_REMOVAL, AttemptOutcome.NOT_MADE): QT_TRANSLATE_NOOP(
        "SettledAttempts", "The card removal{which} never reached Stripe: nothing changed."
    ),
    (AttemptKind.CARD_REMOVAL, AttemptOutcome.UNKNOWN): QT_TRANSLATE_NOOP(
        "SettledAttempts",
        "The card removal{which} is still not known: do not repeat it; the till keeps checking.",
    ),
    (AttemptKind.DEFAULT_CARD, AttemptOutcome.SUCCEEDED): QT_TRANSLATE_NOOP(
        "SettledAttempts", "The change of a customer's default card{which} went through."
    ),
    (AttemptKind.DEFAULT_CARD, AttemptOutcome.DECLINED): QT_TRANSLATE_NOOP(
        "SettledAttempts",
        "The change of a customer's default card{which} was refused by the card's bank.",
    ),
    (AttemptKind.DEFAULT_CARD, AttemptOutcome.NOT_MADE): QT_TRANSLATE_NOOP(
        "SettledAttempts",
        "The change of a customer's default card{which} never reached Stripe: nothing changed.",
    ),
    (AttemptKind.DEFAULT_CARD, AttemptOutcome.UNKNOWN): QT_TRANSLATE_NOOP(
        "SettledAttempts",
        "The change of a customer's default card{which} is still not known: do not repeat it; "
        "the till keeps checking.",
    ),
    (AttemptKind.RECEIPT_EMAIL, AttemptOutcome.SUCCEEDED): QT_TRANSLATE_NOOP(
        "SettledAttempts", "The receipt e-mail{which} went through: Stripe e-mails the receipt."
    ),
    (AttemptKind.RECEIPT_EMAIL, AttemptOutcome.DECLINED): QT_TRANSLATE_NOOP(
        "SettledAttempts", "The receipt e-mail{which} was refused by the card's bank."
    ),
    (AttemptKind.RECEIPT_EMAIL, AttemptOutcome.NOT_MADE): QT_TRANSLATE_NOOP(
        "SettledAttempts",
        "The receipt e-mail{which} never reached Stripe: no receipt was e-mailed.",
    ),
    (AttemptKind.RECEIPT_EMAIL, AttemptOutcome.UNKNOWN): QT_TRANSLATE_NOOP(
        "SettledAttempts",
        "The receipt e-mail{which} is still not known: do not repeat it; the till keeps checking.",
    ),
}


def settled_line(item: SettledAttempt, fmt: AmountFormat = format_money) -> str:
    """One sentence about an attempt a crash or a lost answer left open, as settling left it
    (`fmt` writes its amount: the shop's locale on the till's screens)."""
    which = (
        translate("SettledAttempts", " for order {order}").format(order=item.order_id)
        if item.order_id
        else ""
    )
    details = [fmt(item.amount)] if item.amount is not None else []
    if item.card:
        details.append(item.card)
    if details:
        which += f" ({', '.join(details)})"
    template = translate("SettledAttempts", _SETTLED[item.kind, item.outcome])
    return template.format(which=which)
