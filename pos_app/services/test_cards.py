"""Stripe's documented test card numbers and the test tokens that stand for them.

When a test-mode account refuses raw card numbers (stripe-api.md §7), Stripe asks integrations
to use these tokens instead (stripe-api.md §6), so a keyed test number still exercises the
real decline paths.
"""

from __future__ import annotations

__all__ = ["TEST_TOKENS", "test_token_for"]

TEST_TOKENS: dict[str, str] = {
    "4242424242424242": "tok_visa",
    "4000056655665556": "tok_visa_debit",
    "5555555555554444": "tok_mastercard",
    "5200828282828210": "tok_mastercard_debit",
    "5105105105105100": "tok_mastercard_prepaid",
    "378282246310005": "tok_amex",
    "371449635398431": "tok_amex",
    "6011111111111117": "tok_discover",
    "3056930009020004": "tok_diners",
    "36227206271667": "tok_diners",
    "3566002020360505": "tok_jcb",
    "6200000000000005": "tok_unionpay",
    "4000000000000002": "tok_chargeDeclined",
    "4000000000009995": "tok_chargeDeclinedInsufficientFunds",
    "4000000000009987": "tok_chargeDeclinedLostCard",
    "4000000000009979": "tok_chargeDeclinedStolenCard",
    "4000000000000069": "tok_chargeDeclinedExpiredCard",
    "4000000000000127": "tok_chargeDeclinedIncorrectCvc",
    "4000000000000119": "tok_chargeDeclinedProcessingError",
    "4000000000006975": "tok_chargeDeclinedVelocityLimitExceeded",
    "4000000000000341": "tok_chargeCustomerFail",
    "4100000000000019": "tok_radarBlock",
    "4000000000000101": "tok_cvcCheckFail",
    "4000000000000036": "tok_avsZipFail",
    "4000000000000259": "tok_createDispute",
    "4000000000000077": "tok_bypassPending",
}


def test_token_for(number: str) -> str | None:
    """The test token for one of Stripe's test numbers, or None for any other number."""
    return TEST_TOKENS.get(number)


# pytest would otherwise try to collect the function because of its name.
test_token_for.__test__ = False  # type: ignore[attr-defined]
