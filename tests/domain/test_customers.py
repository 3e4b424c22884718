"""A saved customer as the directory lists them: the default card, its expiry, the search key."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from pos_app.domain.cards import Brand
from pos_app.domain.customers import (
    CustomerSummary,
    ExpiryStatus,
    card_label,
    expiry_status,
    search_key,
    summary_of,
)
from pos_app.domain.models import Card, Customer

TODAY = date(2026, 11, 28)


@pytest.mark.parametrize(
    ("month", "year", "status"),
    [
        (10, 2026, ExpiryStatus.EXPIRED),  # worked through the end of October
        (11, 2026, ExpiryStatus.SOON),  # its last month
        (12, 2026, ExpiryStatus.SOON),  # next month
        (1, 2027, ExpiryStatus.VALID),
        (0, 0, ExpiryStatus.VALID),  # no expiry given: nothing to warn about
    ],
)
def test_a_card_is_flagged_from_the_month_before_it_expires(
    month: int, year: int, status: ExpiryStatus
) -> None:
    assert expiry_status(month, year, TODAY) is status


def test_cards_are_named_short_for_tight_places() -> None:
    assert card_label(Brand.AMEX, "0005") == "Amex •••• 0005"
    assert card_label(Brand.MASTERCARD, "4444") == "Mastercard •••• 4444"
    assert card_label(Brand.UNKNOWN, "") == "Card"


def test_a_summary_takes_the_default_card_and_when_it_was_saved() -> None:
    saved = "2026-03-12T10:00:00+00:00"
    card = Card(id="card_1", brand=Brand.VISA, last4="4242", exp_month=12, exp_year=2030)
    customer = Customer(
        id="cus_1",
        name="Ada Lovelace",
        email="ada@example.com",
        phone="+44 20 7946 0001",
        metadata={"card_consent_at": saved},
        default_source="card_1",
        default_card=card,
    )

    summary = summary_of(customer)

    assert (summary.card_text, summary.expiry) == ("Visa •••• 4242", "12/30")
    assert summary.card_saved_at == datetime(2026, 3, 12, 10, tzinfo=UTC)
    assert summary_of(Customer(id="cus_2", email="x@example.com")).has_card is False


def test_the_search_key_holds_the_phone_as_digits_too() -> None:
    key = search_key(CustomerSummary(id="cus_1", name="Ada", phone="+1 (555) 010-0100"))

    assert "15550100100" in key and "ada" in key


def test_a_summary_never_holds_more_than_four_digits_of_a_card() -> None:
    with pytest.raises(ValueError):
        CustomerSummary(id="cus_1", card_last4="4242424242424242")


def test_a_name_with_a_nul_is_still_found_and_its_key_holds_none() -> None:
    # The customer list packs the keys it scans with NUL between them.
    key = search_key(CustomerSummary(id="cus_1", name="Ada\x00 Lovelace", email="a@x.org"))

    assert "\x00" not in key
    assert "ada lovelace" in key
