"""Turning a keyed card into a Stripe token, for a charge or for saving it on a customer.

The number and CVC go to Stripe once, in the token request, and are then forgotten. An
account that refuses raw card numbers (docs/stripe.md §7) gets, outside live mode, the test
token that stands for a Stripe test card (docs/stripe.md §6), and a clear refusal otherwise.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime

from pos_app.domain.cards import CardDetails
from pos_app.domain.errors import (
    OutcomeUnknown,
    RawCardDataRefused,
    StripeConnectionError,
    ValidationError,
)
from pos_app.domain.i18n import translate
from pos_app.domain.keys import Mode
from pos_app.domain.models import Token
from pos_app.domain.stripe_test_cards import stripe_test_card

from .ports import StripeApi

__all__ = ["tokenize_card"]

log = logging.getLogger(__name__)


def tokenize_card(
    api: StripeApi,
    card: CardDetails,
    *,
    mode: Mode,
    idempotency_key: str,
    clock: Callable[[], datetime],
) -> Token:
    """A single-use token for `card`. Raises ValidationError (a number this test account
    cannot take), RawCardDataRefused (live), StripeConnectionError (no answer: nothing was
    charged or saved) or another StripeError (a decline of the number itself)."""
    try:
        # The token call moves no money; its key only dedupes its own retries.
        return api.create_token(card, idempotency_key=idempotency_key)
    except RawCardDataRefused:
        test_card = stripe_test_card(card.number) if mode is not Mode.LIVE else None
        if test_card is None:
            if mode is Mode.LIVE:
                raise
            raise ValidationError(
                "number",
                translate(
                    "CardTokens",
                    "This Stripe test account takes only Stripe's test card numbers "
                    "(for example 4242 4242 4242 4242).",
                ),
            ) from None
        log.info("raw card numbers refused in test mode; using Stripe's test token")
        return Token(id=test_card.token, card=None, created=clock(), livemode=False)
    except OutcomeUnknown as exc:
        # A token moves no money: no answer here means nothing was charged or saved.
        raise StripeConnectionError(
            "Stripe did not answer while reading the card. Nothing was charged or saved; "
            "try the card again."
        ) from exc
