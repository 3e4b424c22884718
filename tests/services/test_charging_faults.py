"""The charge flow under faults Stripe can produce, on the wire (httpx.MockTransport).

What a cashier would notice: a lost answer never becomes "failed" nor a second charge; the
same attempt is replayed with the same key; test numbers work on accounts that refuse raw
card data; a live account that refuses them gets a plain explanation.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from urllib.parse import parse_qsl

import httpx
import pytest

from pos_app.domain.cards import CardDetails
from pos_app.domain.errors import CardDeclined, RawCardDataRefused, ValidationError
from pos_app.domain.keys import Mode
from pos_app.domain.money import Money
from pos_app.gateway import GatewayConfig, StripeGateway
from pos_app.services.charging import (
    AttemptUnresolved,
    ChargeNotMade,
    ChargeService,
)
from pos_app.services.messages import cashier_message
from pos_app.services.receipts import ReceiptService, ShopDetails
from pos_app.storage.journal import Journal

NOW = datetime(2026, 11, 28, 12, 0, tzinfo=UTC)
RAW_CARD_REFUSAL = (
    "Sending credit card numbers directly to the Stripe API is generally unsafe. We suggest "
    "you use test tokens that map to the test card you are using, see "
    "https://stripe.com/docs/testing."
)


def card(number: str = "4242424242424242", cvc: str = "123") -> CardDetails:
    return CardDetails.from_input(number, "12/30", cvc, today=NOW.date())


def charge_body(form: dict[str, str], *, status: str = "succeeded") -> dict[str, object]:
    metadata = {k[9:-1]: v for k, v in form.items() if k.startswith("metadata[")}
    return {
        "id": "ch_fault1",
        "object": "charge",
        "amount": int(form["amount"]),
        "amount_refunded": 0,
        "currency": form["currency"],
        "status": status,
        "paid": status == "succeeded",
        "captured": True,
        "refunded": False,
        "created": int(NOW.timestamp()),
        "livemode": False,
        "metadata": metadata,
        "payment_method_details": {
            "type": "card",
            "card": {"brand": "visa", "last4": "4242", "exp_month": 12, "exp_year": 2030},
        },
    }


class FakeStripe:
    """A scripted Stripe: `charge_faults` are raised/returned for the first charge POSTs."""

    def __init__(self) -> None:
        self.requests: list[httpx.Request] = []
        self.charge_faults: list[Callable[[httpx.Request], httpx.Response]] = []
        self.token_response: Callable[[httpx.Request], httpx.Response] | None = None
        self.listed: list[dict[str, object]] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        form = dict(parse_qsl(request.content.decode())) if request.content else {}
        if request.url.path == "/v1/tokens":
            if self.token_response is not None:
                return self.token_response(request)
            return httpx.Response(
                200,
                json={
                    "id": "tok_fault1",
                    "object": "token",
                    "created": int(NOW.timestamp()),
                    "livemode": False,
                    "card": {
                        "id": "card_1",
                        "brand": "Visa",
                        "last4": "4242",
                        "exp_month": 12,
                        "exp_year": 2030,
                    },
                },
            )
        if request.url.path == "/v1/charges" and request.method == "POST":
            if self.charge_faults:
                return self.charge_faults.pop(0)(request)
            return httpx.Response(200, json=charge_body(form))
        if request.url.path == "/v1/charges" and request.method == "GET":
            return httpx.Response(
                200, json={"object": "list", "has_more": False, "data": self.listed}
            )
        return httpx.Response(404, json={"error": {"type": "invalid_request_error"}})

    def charge_posts(self) -> list[httpx.Request]:
        return [r for r in self.requests if r.method == "POST" and r.url.path == "/v1/charges"]


def read_timeout(request: httpx.Request) -> httpx.Response:
    raise httpx.ReadTimeout("timed out", request=request)


def server_error(request: httpx.Request) -> httpx.Response:
    return httpx.Response(500, json={"error": {"type": "api_error", "message": "boom"}})


@pytest.fixture
def stripe() -> FakeStripe:
    return FakeStripe()


class Clock:
    """One clock for the till and its journal, moved by the test."""

    def __init__(self) -> None:
        self.now = NOW

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def journal(tmp_path: Path, clock: Clock) -> Journal:
    j = Journal(tmp_path / "journal.sqlite3", clock=clock)
    yield j
    j.close()


def make_service(
    stripe: FakeStripe,
    journal: Journal,
    tmp_path: Path,
    clock: Clock,
    *,
    mode: Mode = Mode.TEST,
) -> ChargeService:
    gateway = StripeGateway(
        GatewayConfig(secret_key="sk_test_faults", api_base="https://stripe.test", max_retries=2),
        transport=httpx.MockTransport(stripe),
        sleep=lambda seconds: None,
    )
    receipts = ReceiptService(
        ShopDetails("Corner Shop"), register_id="R1", mode=mode, receipts_dir=tmp_path
    )
    return ChargeService(
        gateway,
        journal,
        receipts,
        register_id="R1",
        cashier="Ann",
        mode=mode,
        currency="usd",
        clock=clock,
    )


def request_for(service: ChargeService, order_id: str = "R1-000001"):
    return service.build_request(amount=Money(1250, "usd"), order_id=order_id)


def test_lost_answers_leave_the_payment_checking_not_failed(
    stripe: FakeStripe, journal: Journal, tmp_path: Path, clock: Clock
) -> None:
    stripe.charge_faults = [read_timeout, read_timeout, read_timeout]
    service = make_service(stripe, journal, tmp_path, clock)

    with pytest.raises(AttemptUnresolved) as raised:
        service.charge_card(request_for(service), card())

    assert cashier_message(raised.value).kind == "unknown"
    assert journal.get(raised.value.attempt_key).state == "unknown"
    keys = {r.headers["Idempotency-Key"] for r in stripe.charge_posts()}
    assert keys == {raised.value.attempt_key}  # three attempts, one key


def test_an_unsettled_order_cannot_be_charged_again(
    stripe: FakeStripe, journal: Journal, tmp_path: Path, clock: Clock
) -> None:
    stripe.charge_faults = [read_timeout, read_timeout, read_timeout]
    service = make_service(stripe, journal, tmp_path, clock)
    with pytest.raises(AttemptUnresolved) as first:
        service.charge_card(request_for(service), card())
    tokens_before = len([r for r in stripe.requests if r.url.path == "/v1/tokens"])

    with pytest.raises(AttemptUnresolved) as second:
        service.charge_card(request_for(service), card())

    assert second.value.attempt_key == first.value.attempt_key
    assert len([r for r in stripe.requests if r.url.path == "/v1/tokens"]) == tokens_before
    assert len(stripe.charge_posts()) == 3


def test_checking_replays_the_same_request_with_the_same_key(
    stripe: FakeStripe, journal: Journal, tmp_path: Path, clock: Clock
) -> None:
    stripe.charge_faults = [server_error, server_error, server_error]
    service = make_service(stripe, journal, tmp_path, clock)
    with pytest.raises(AttemptUnresolved) as raised:
        service.charge_card(request_for(service), card())

    result = service.check_attempt(raised.value.attempt_key)

    posts = stripe.charge_posts()
    assert len(posts) == 4
    assert {p.headers["Idempotency-Key"] for p in posts} == {raised.value.attempt_key}
    assert len({p.content for p in posts}) == 1  # byte-identical parameters
    assert result.charge.succeeded and result.receipt.card == "VISA •••• 4242"
    assert journal.get(raised.value.attempt_key).state == "succeeded"


def test_after_a_restart_the_attempt_is_found_by_its_key_in_stripes_list(
    stripe: FakeStripe, journal: Journal, tmp_path: Path, clock: Clock
) -> None:
    stripe.charge_faults = [read_timeout, read_timeout, read_timeout]
    service = make_service(stripe, journal, tmp_path, clock)
    with pytest.raises(AttemptUnresolved) as raised:
        service.charge_card(request_for(service), card())
    key = raised.value.attempt_key
    form = dict(parse_qsl(stripe.charge_posts()[0].content.decode()))
    stripe.listed = [charge_body(form)]

    restarted = make_service(stripe, journal, tmp_path, clock)  # the in-memory request is gone
    result = restarted.check_attempt(key)

    assert result.charge.metadata["attempt_key"] == key
    assert len(stripe.charge_posts()) == 3  # looked up, not charged again
    listing = [r for r in stripe.requests if r.method == "GET"][-1]
    assert "created[gte]" in listing.url.params


def test_an_attempt_stripe_never_saw_is_released_after_the_grace_period(
    stripe: FakeStripe, journal: Journal, tmp_path: Path, clock: Clock
) -> None:
    stripe.charge_faults = [read_timeout, read_timeout, read_timeout]
    service = make_service(stripe, journal, tmp_path, clock)
    with pytest.raises(AttemptUnresolved) as raised:
        service.charge_card(request_for(service), card())
    restarted = make_service(stripe, journal, tmp_path, clock)

    with pytest.raises(AttemptUnresolved):  # too early to tell
        restarted.check_attempt(raised.value.attempt_key)
    clock.now = NOW + timedelta(minutes=3)
    with pytest.raises(ChargeNotMade):
        restarted.check_attempt(raised.value.attempt_key)

    assert journal.open_attempts("R1-000001") == []


def test_a_decline_keeps_the_order_open_for_another_card(
    stripe: FakeStripe, journal: Journal, tmp_path: Path, clock: Clock
) -> None:
    def decline(request: httpx.Request) -> httpx.Response:
        return httpx.Response(
            402,
            headers={"Request-Id": "req_decl"},
            json={
                "error": {
                    "type": "card_error",
                    "code": "card_declined",
                    "decline_code": "insufficient_funds",
                    "charge": "ch_failed1",
                    "message": "Your card has insufficient funds.",
                }
            },
        )

    stripe.charge_faults = [decline]
    service = make_service(stripe, journal, tmp_path, clock)
    with pytest.raises(CardDeclined) as raised:
        service.charge_card(request_for(service), card())
    assert "insufficient funds" in cashier_message(raised.value).text
    assert len(stripe.charge_posts()) == 1  # a 402 is never retried

    result = service.charge_card(request_for(service), card("5555555555554444"))
    keys = [p.headers["Idempotency-Key"] for p in stripe.charge_posts()]
    assert result.charge.succeeded and keys[0] != keys[1]


def test_raw_card_refusal_in_test_mode_charges_the_matching_test_token(
    stripe: FakeStripe, journal: Journal, tmp_path: Path, clock: Clock
) -> None:
    stripe.token_response = lambda r: httpx.Response(
        400, json={"error": {"type": "invalid_request_error", "message": RAW_CARD_REFUSAL}}
    )
    service = make_service(stripe, journal, tmp_path, clock)

    service.charge_card(request_for(service), card("4000000000000002"))

    form = dict(parse_qsl(stripe.charge_posts()[0].content.decode()))
    assert form["source"] == "tok_chargeDeclined"

    with pytest.raises(ValidationError) as raised:
        service.charge_card(request_for(service, "R1-000002"), card("4111111111111111"))
    assert raised.value.field == "number"


def test_raw_card_refusal_in_live_mode_explains_instead_of_charging(
    stripe: FakeStripe, journal: Journal, tmp_path: Path, clock: Clock
) -> None:
    stripe.token_response = lambda r: httpx.Response(
        400, json={"error": {"type": "invalid_request_error", "message": RAW_CARD_REFUSAL}}
    )
    service = make_service(stripe, journal, tmp_path, clock, mode=Mode.LIVE)

    with pytest.raises(RawCardDataRefused) as raised:
        service.charge_card(request_for(service), card())

    assert stripe.charge_posts() == []
    message = cashier_message(raised.value)
    assert "raw card data" in message.text and "Nothing was charged" in message.text


def test_the_attempt_is_journaled_before_the_request_leaves(
    stripe: FakeStripe, journal: Journal, tmp_path: Path, clock: Clock
) -> None:
    seen: list[str] = []

    def inspect(request: httpx.Request) -> httpx.Response:
        form = dict(parse_qsl(request.content.decode()))
        record = journal.get(form["metadata[attempt_key]"])
        seen.append(record.state if record else "missing")
        return httpx.Response(200, json=charge_body(form))

    stripe.charge_faults = [inspect]
    service = make_service(stripe, journal, tmp_path, clock)
    service.charge_card(request_for(service), card())
    assert seen == ["sending"]


def test_nothing_card_shaped_reaches_the_journal_or_the_charge(
    stripe: FakeStripe, journal: Journal, tmp_path: Path, clock: Clock
) -> None:
    service = make_service(stripe, journal, tmp_path, clock)
    service.charge_card(request_for(service), card("4242424242424242", cvc="987"))
    journal.close()

    for path in tmp_path.rglob("*"):
        if path.is_file():
            data = path.read_bytes()
            assert b"4242424242424242" not in data and b"sk_test_faults" not in data
    body = stripe.charge_posts()[0].content.decode()
    assert "4242424242424242" not in body and "cvc" not in body


def test_start_up_settles_what_a_crash_left_open(
    stripe: FakeStripe, journal: Journal, tmp_path: Path, clock: Clock
) -> None:
    stripe.charge_faults = [read_timeout] * 6
    service = make_service(stripe, journal, tmp_path, clock)
    with pytest.raises(AttemptUnresolved) as executed:
        service.charge_card(request_for(service, "R1-000001"), card())
    with pytest.raises(AttemptUnresolved):
        service.charge_card(request_for(service, "R1-000002"), card())
    form = dict(parse_qsl(stripe.charge_posts()[0].content.decode()))
    stripe.listed = [charge_body(form)]  # only the first one reached Stripe
    clock.now = NOW + timedelta(minutes=3)

    settled = make_service(stripe, journal, tmp_path, clock).settle_unfinished()

    assert [(s.order_id, s.outcome) for s in settled] == [
        ("R1-000001", "approved"),
        ("R1-000002", "not charged"),
    ]
    assert journal.get(executed.value.attempt_key).state == "succeeded"
    assert journal.open_attempts() == []


def test_training_mode_refuses_a_receipt_email_by_name(
    stripe: FakeStripe, journal: Journal, tmp_path: Path, clock: Clock
) -> None:
    service = make_service(stripe, journal, tmp_path, clock, mode=Mode.SANDBOX)

    with pytest.raises(ValidationError) as raised:
        service.build_request(
            amount=Money(1250, "usd"), order_id="R1-000001", receipt_email="ann@example.com"
        )

    assert raised.value.field == "receipt_email" and "training" in raised.value.message
    assert stripe.requests == []
