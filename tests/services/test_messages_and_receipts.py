"""What the cashier reads after an error, and what the customer takes home."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from pos_app.domain.attempts import AttemptKind, AttemptOutcome, SettledAttempt
from pos_app.domain.cards import Brand
from pos_app.domain.errors import (
    AttemptBlocked,
    AttemptUnresolved,
    AuthenticationFailed,
    CardDeclined,
    InvalidRequest,
    StripeConnectionError,
    ValidationError,
)
from pos_app.domain.keys import Mode
from pos_app.domain.models import Card, Charge, ChargeStatus, Refund, RefundStatus
from pos_app.domain.money import Money
from pos_app.services.messages import cashier_message, settled_line
from pos_app.services.receipts import ReceiptService, ShopDetails

PLAIN = "Declined. Ask the customer for another card or another way to pay."


def declined(code: str = "card_declined", decline_code: str | None = None) -> CardDeclined:
    return CardDeclined(
        "Your card was declined because it was reported stolen.",
        code=code,
        decline_code=decline_code,
        request_id="req_123",
    )


@pytest.mark.parametrize(
    "decline_code",
    ["fraudulent", "lost_card", "stolen_card", "pickup_card", "merchant_blacklist"],
)
def test_fraud_type_declines_read_exactly_like_a_plain_decline(decline_code: str) -> None:
    message = cashier_message(declined(decline_code=decline_code))

    assert (message.kind, message.text) == ("declined", PLAIN)
    assert "stolen" not in message.text and "fraud" not in message.text


@pytest.mark.parametrize(
    ("code", "decline_code", "words", "field"),
    [
        ("card_declined", "insufficient_funds", "insufficient funds", None),
        ("expired_card", None, "expired", "expiry"),
        ("incorrect_cvc", None, "security code (CVC) is wrong", "cvc"),
        ("incorrect_number", None, "card number is wrong", "number"),
        ("processing_error", None, "Try once more", None),
        ("card_declined", "generic_decline", PLAIN, None),
    ],
)
def test_declines_say_what_to_do_next_and_point_at_the_field(
    code: str, decline_code: str | None, words: str, field: str | None
) -> None:
    message = cashier_message(declined(code, decline_code))

    assert message.kind == "declined" and words in message.text and message.field == field


def test_a_lost_answer_is_checking_never_failed() -> None:
    message = cashier_message(
        AttemptUnresolved("still open", attempt_key="k", kind=AttemptKind.CHARGE, order_id="R1-1")
    )

    assert message.kind == "unknown"
    assert "Checking" in message.title and "do not charge the card again" in message.text


def test_a_blocked_order_says_to_wait_not_to_charge_again() -> None:
    message = cashier_message(
        AttemptBlocked("open", attempt_key="k", kind=AttemptKind.CHARGE, order_id="R1-1")
    )

    assert message.kind == "unknown" and "do not take the payment again" in message.text


@pytest.mark.parametrize(
    ("kind", "outcome", "words"),
    [
        (AttemptKind.CHARGE, AttemptOutcome.SUCCEEDED, "went through: the customer paid"),
        (AttemptKind.CHARGE, AttemptOutcome.NOT_MADE, "never reached Stripe: nothing was charged"),
        (AttemptKind.CHARGE, AttemptOutcome.UNKNOWN, "is still not known: do not repeat it"),
        (AttemptKind.REFUND, AttemptOutcome.SUCCEEDED, "the money goes back to the card"),
        (AttemptKind.REFUND, AttemptOutcome.NOT_MADE, "nothing was refunded"),
        (
            AttemptKind.CUSTOMER,
            AttemptOutcome.SUCCEEDED,
            "new customer went through: the customer is saved",
        ),
        (AttemptKind.CUSTOMER_DELETION, AttemptOutcome.NOT_MADE, "nothing changed"),
    ],
)
def test_start_up_settlement_reads_as_plain_words(
    kind: AttemptKind, outcome: AttemptOutcome, words: str
) -> None:
    item = SettledAttempt(
        attempt_key="k",
        kind=kind,
        outcome=outcome,
        order_id="R1-000042" if kind is AttemptKind.CHARGE else None,
        subject_id=None,
        amount=Money(3150, "usd") if kind.moves_money else None,
        created_at=datetime(2026, 3, 1, tzinfo=UTC),
        card="VISA •••• 4242" if kind is AttemptKind.CHARGE else None,
    )

    line = settled_line(item)

    assert words in line and line.endswith(".")
    if kind is AttemptKind.CHARGE:
        assert line.startswith("The payment for order R1-000042 ($31.50, VISA •••• 4242)")


def test_failures_before_stripe_acted_say_nothing_was_charged() -> None:
    for error in (
        StripeConnectionError("connect failed"),
        AuthenticationFailed("Invalid API Key provided: sk_test_****", request_id="req_9"),
        InvalidRequest("No such token: 'tok_x'", request_id="req_8"),
    ):
        message = cashier_message(error)
        assert "Nothing was charged" in message.text
        assert "sk_test_" not in message.text or "****" in message.text


def test_a_refused_request_quotes_stripe_and_its_request_id() -> None:
    error = InvalidRequest(
        "Received unknown parameter: receipt_email", request_id="req_42", param="receipt_email"
    )

    message = cashier_message(error)

    assert message.text == (
        "Stripe refused the request: “Received unknown parameter: receipt_email”. "
        "Nothing was charged. (Stripe request req_42)"
    )
    assert message.field is None
    assert cashier_message(InvalidRequest("x", param="exp_year")).field == "expiry"


def test_a_validation_error_names_the_field() -> None:
    message = cashier_message(ValidationError("receipt_email", "That e-mail address is wrong."))

    assert (message.kind, message.field) == ("invalid", "receipt_email")


def charge(description: str = "2 flat whites") -> Charge:
    return Charge(
        id="ch_receipt1",
        amount=Money(1250, "usd"),
        amount_refunded=Money(0, "usd"),
        status=ChargeStatus.SUCCEEDED,
        paid=True,
        captured=True,
        refunded=False,
        created=datetime(2026, 11, 28, 15, 30, tzinfo=UTC),
        livemode=False,
        description=description,
        metadata={"order_id": "FRONT-1-000042"},
        card=Card(id="", brand=Brand.VISA, last4="4242", exp_month=12, exp_year=2030),
    )


@pytest.mark.parametrize("mode", [Mode.TEST, Mode.SANDBOX, Mode.LIVE])
def test_a_receipt_carries_what_the_customer_and_the_shop_need(tmp_path: Path, mode: Mode) -> None:
    service = ReceiptService(
        ShopDetails("Corner <Bakery>", "1 Main Street\nSpringfield", "Thank you!"),
        register_id="FRONT-1",
        mode=mode,
        receipts_dir=tmp_path,
    )
    receipt = service.build(charge("<b>2</b> flat whites"), cashier="Sam")
    html = service.render_html(receipt)
    text = service.render_text(receipt)

    local = datetime(2026, 11, 28, 15, 30, tzinfo=UTC).astimezone()
    for expected in (
        "Corner &lt;Bakery&gt;",  # escaped, never interpreted
        "1 Main Street<br/>Springfield",
        "FRONT-1",
        "Sam",
        local.strftime("%Y-%m-%d"),
        local.strftime("%H:%M:%S"),
        "$12.50",
        "VISA •••• 4242",
        "FRONT-1-000042",
        "&lt;b&gt;2&lt;/b&gt; flat whites",
        "ch_receipt1",
        "APPROVED",
    ):
        assert expected in html
    assert ("NOT A REAL PAYMENT" in html) is (mode is not Mode.LIVE)
    assert (f"*** {mode.value} — NOT A REAL PAYMENT ***" in text) is (mode is not Mode.LIVE)
    assert service.default_pdf_path(receipt) == tmp_path / "receipt-FRONT-1-000042-ch_receipt1.pdf"


def test_receipts_give_the_time_in_the_shops_zone_as_the_history_does(tmp_path: Path) -> None:
    # A till whose computer runs on another zone than the shop's (POS_TIMEZONE): the sale's
    # receipt, its refund's and a reprint from History all say the shop's time.
    service = ReceiptService(
        ShopDetails("Corner Bakery"),
        register_id="FRONT-1",
        mode=Mode.TEST,
        receipts_dir=tmp_path,
        zone=ZoneInfo("Pacific/Auckland"),  # 15:30 UTC is 04:30 the next day there
    )
    sale = service.build(charge(), cashier="Sam")
    assert sale.issued_at.isoformat() == "2026-11-29T04:30:00+13:00"
    text = service.render_text(sale)
    assert "2026-11-29" in text and "04:30:00" in text
    refund = Refund(
        id="re_1",
        amount=Money(500, "usd"),
        charge="ch_receipt1",
        status=RefundStatus.SUCCEEDED,
        created=datetime(2026, 11, 28, 22, 0, tzinfo=UTC),
    )
    given_back = service.build_refund(refund, charge(), cashier="Sam")
    assert given_back.issued_at.isoformat() == "2026-11-29T11:00:00+13:00"
    assert given_back.original_issued_at == sale.issued_at


def test_a_shop_without_an_address_or_footer_prints_no_blank_lines(tmp_path: Path) -> None:
    # A line break with nothing after it printed an empty line under the shop's name, and an
    # empty footer paragraph a blank stretch of paper after the status.
    bare = ReceiptService(
        ShopDetails("Corner Bakery", "", ""),
        register_id="FRONT-1",
        mode=Mode.LIVE,
        receipts_dir=tmp_path,
    )
    html = bare.render_html(bare.build(charge(), cashier="Sam"))
    assert '<span class="business">Corner Bakery</span></p>' in html
    assert '<p class="center muted">' not in html and "<br/><span" not in html
    taxed = ReceiptService(
        ShopDetails("Corner Bakery", "", "", tax_id="VAT GB123456789"),
        register_id="FRONT-1",
        mode=Mode.LIVE,
        receipts_dir=tmp_path,
    )
    html = taxed.render_html(taxed.build(charge(), cashier="Sam"))
    assert (
        '<span class="business">Corner Bakery</span><br/><span class="muted">Tax ID VAT '
        "GB123456789</span></p>"
    ) in html
