"""Each localstripe gap the sandbox closes (docs/emulators.md §0): failing on plain localstripe,
passing on the sandbox."""

from __future__ import annotations

import time

import httpx
import pytest

from tests.sandbox.conftest import on_plain_and_sandbox
from tests.sandbox.helpers import card_form, card_id, charge, tokenize

# --- gap 1: charging a token ---------------------------------------------------------------


@on_plain_and_sandbox("gap 1, source=tok_… is rejected with 400 and tokens are reusable")
def test_a_token_pays_once_and_only_once(api: httpx.Client) -> None:
    token = tokenize(api, "4242424242424242")

    paid = charge(api, source=token["id"])
    again = charge(api, source=token["id"])

    assert paid.status_code == 200, paid.text
    assert paid.json()["status"] == "succeeded"
    assert again.status_code == 400
    assert again.json()["error"]["code"] == "token_already_used"


# --- gap 2: a day's charges and refunds ------------------------------------------------------


@on_plain_and_sandbox("gap 2, created[gte]+created[lt] answers 400, lists are oldest first")
def test_a_days_charges_list_newest_first_in_pages(api: httpx.Client) -> None:
    source = card_id(api)
    start = int(time.time())
    ids = [charge(api, amount=100 * n, source=source).json()["id"] for n in (1, 2, 3)]
    day = {"created[gte]": start - 5, "created[lt]": int(time.time()) + 5}

    first = api.get("/v1/charges", params={**day, "limit": 2}).json()
    rest = api.get(
        "/v1/charges", params={**day, "limit": 2, "starting_after": first["data"][-1]["id"]}
    ).json()
    tomorrow = api.get(
        "/v1/charges", params={"created[gt]": start + 86400, "created[lte]": start + 2 * 86400}
    ).json()

    assert [c["id"] for c in first["data"] + rest["data"]] == ids[::-1]
    assert (first["has_more"], rest["has_more"]) == (True, False)
    assert tomorrow["data"] == []


@on_plain_and_sandbox("gap 2, GET /v1/refunds knows no created filter (500)")
def test_a_days_refunds_list_by_created_window(api: httpx.Client) -> None:
    paid = charge(api, source=card_id(api)).json()
    start = int(time.time())
    api.post("/v1/refunds", data={"charge": paid["id"], "amount": 300})

    today = api.get("/v1/refunds", params={"created[gte]": start - 5, "created[lt]": start + 86400})
    later = api.get("/v1/refunds", params={"created[gte]": start + 86400})

    assert today.status_code == 200, today.text
    assert [r["amount"] for r in today.json()["data"]] == [300]
    assert later.json()["data"] == []


@on_plain_and_sandbox("gap 2, limit above 100 is accepted")
def test_a_page_limit_above_100_is_refused(api: httpx.Client) -> None:
    response = api.get("/v1/charges", params={"limit": 101})

    assert response.status_code == 400
    assert response.json()["error"]["param"] == "limit"


# --- gap 3: idempotency ----------------------------------------------------------------------


@on_plain_and_sandbox("gap 3, the Idempotency-Key is ignored: a retry charges twice")
def test_a_retried_charge_is_replayed_not_charged_twice(api: httpx.Client) -> None:
    source = card_id(api)
    key = {"Idempotency-Key": "order-A-1-attempt-1"}

    first = charge(api, source=source, headers=key)
    retry = charge(api, source=source, headers=key)
    listed = api.get("/v1/charges").json()["data"]

    assert retry.status_code == first.status_code == 200
    assert retry.json()["id"] == first.json()["id"]
    assert retry.headers["Idempotent-Replayed"] == "true"
    assert len(listed) == 1


@on_plain_and_sandbox("gap 3, a reused key with other parameters makes a new charge")
def test_a_reused_key_with_other_parameters_is_refused(api: httpx.Client) -> None:
    source = card_id(api)
    key = {"Idempotency-Key": "order-A-2-attempt-1"}
    charge(api, amount=1000, source=source, headers=key)

    other = charge(api, amount=2000, source=source, headers=key)

    assert other.status_code == 400
    error = other.json()["error"]
    assert error["type"] == "idempotency_error"
    assert error["message"].startswith(
        "Keys for idempotent requests can only be used with the same parameters they were "
        "first used with"
    )


@on_plain_and_sandbox("gap 3, declines are not replayed under their key")
def test_a_retried_decline_replays_the_same_failed_charge(api: httpx.Client) -> None:
    source = card_id(api, "4000000000000002")
    key = {"Idempotency-Key": "order-A-3-attempt-1"}

    first = charge(api, source=source, headers=key)
    retry = charge(api, source=source, headers=key)

    assert first.status_code == retry.status_code == 402
    assert retry.json()["error"]["charge"] == first.json()["error"]["charge"]
    assert retry.headers["Idempotent-Replayed"] == "true"


# --- gap 4: declines -------------------------------------------------------------------------

DECLINES = [
    ("4000000000000002", "card_declined", "generic_decline", "Your card was declined."),
    (
        "4000000000009995",
        "card_declined",
        "insufficient_funds",
        "Your card has insufficient funds.",
    ),
    ("4000000000009987", "card_declined", "lost_card", "Your card was declined."),
    ("4000000000009979", "card_declined", "stolen_card", "Your card was declined."),
    ("4000000000000069", "expired_card", "expired_card", "Your card has expired."),
    (
        "4000000000000127",
        "incorrect_cvc",
        "incorrect_cvc",
        "Your card's security code is incorrect.",
    ),
    ("4000000000000119", "processing_error", "processing_error", None),
    ("4000000000006975", "card_declined", "card_velocity_exceeded", None),
    ("4000000000000341", "card_declined", "generic_decline", "Your card was declined."),
]


@pytest.mark.parametrize(("number", "code", "decline_code", "message"), DECLINES)
@on_plain_and_sandbox("gap 4, test cards are charged fine or declined without card_error")
def test_a_declining_test_card_is_declined_as_stripe_does(
    api: httpx.Client, number: str, code: str, decline_code: str, message: str | None
) -> None:
    response = charge(api, source=card_id(api, number))

    assert response.status_code == 402
    error = response.json()["error"]
    assert (error["type"], error["code"], error["decline_code"]) == (
        "card_error",
        code,
        decline_code,
    )
    assert error["charge"].startswith("ch_")
    if message is not None:
        assert error["message"] == message
    if code == "incorrect_cvc":
        assert error["param"] == "cvc"


@on_plain_and_sandbox("gap 4, failed charges carry no outcome and a generic failure_code")
def test_a_declined_charge_shows_in_the_list_with_its_reason(api: httpx.Client) -> None:
    declined = charge(api, source=card_id(api, "4000000000009995")).json()["error"]["charge"]

    listed = api.get("/v1/charges").json()["data"]

    assert [c["id"] for c in listed] == [declined]
    failed = listed[0]
    assert failed["status"] == "failed"
    assert failed["failure_code"] == "card_declined"
    assert failed["failure_message"] == "Your card has insufficient funds."
    assert failed["outcome"]["type"] == "issuer_declined"
    assert failed["outcome"]["network_status"] == "declined_by_network"
    assert "insufficient_funds" in failed["outcome"]["seller_message"]


@on_plain_and_sandbox("gap 4, attach declines say invalid_request_error without decline_code")
def test_saving_a_declining_card_fails_with_its_reason_and_saves_nothing(
    api: httpx.Client,
) -> None:
    token = tokenize(api, "4000000000000069")

    response = api.post("/v1/customers", data={"source": token["id"], "email": "a@example.com"})

    assert response.status_code == 402
    error = response.json()["error"]
    assert (error["type"], error["code"], error["decline_code"]) == (
        "card_error",
        "expired_card",
        "expired_card",
    )
    assert api.get("/v1/customers").json()["data"] == []


@on_plain_and_sandbox("gap 4, the saved card's later decline says invalid_request_error")
def test_a_saved_card_that_attached_fine_is_declined_when_charged(api: httpx.Client) -> None:
    token = tokenize(api, "4000000000000341")
    customer = api.post("/v1/customers", data={"source": token["id"]})

    response = charge(api, customer=customer.json()["id"])

    assert customer.status_code == 200
    assert response.status_code == 402
    error = response.json()["error"]
    assert (error["type"], error["decline_code"]) == ("card_error", "generic_decline")


@on_plain_and_sandbox("gap 4, a number failing Luhn is tokenized")
def test_a_mistyped_card_number_is_refused_at_tokenization(api: httpx.Client) -> None:
    response = api.post(
        "/v1/tokens",
        data={
            "card[number]": "4242424242424241",
            "card[exp_month]": "12",
            "card[exp_year]": "2030",
            "card[cvc]": "123",
        },
    )

    assert response.status_code == 402
    error = response.json()["error"]
    assert (error["type"], error["code"], error["param"]) == (
        "card_error",
        "incorrect_number",
        "number",
    )


# --- gap 5: refunds --------------------------------------------------------------------------


@on_plain_and_sandbox("gap 5, refunds are not capped")
def test_refunds_never_exceed_what_was_paid(api: httpx.Client) -> None:
    paid = charge(api, amount=1000, source=card_id(api)).json()
    part = api.post("/v1/refunds", data={"charge": paid["id"], "amount": 300})

    too_much = api.post("/v1/refunds", data={"charge": paid["id"], "amount": 800})
    rest = api.post("/v1/refunds", data={"charge": paid["id"]})
    once_more = api.post("/v1/refunds", data={"charge": paid["id"]})
    after = api.get(f"/v1/charges/{paid['id']}").json()

    assert part.status_code == 200
    assert too_much.status_code == 400
    assert too_much.json()["error"]["code"] == "amount_too_large"
    assert rest.json()["amount"] == 700
    assert once_more.status_code == 400
    assert once_more.json()["error"]["code"] == "charge_already_refunded"
    assert (after["amount_refunded"], after["refunded"]) == (1000, True)


@pytest.mark.parametrize("reason", ["duplicate", "fraudulent", "requested_by_customer"])
@on_plain_and_sandbox("gap 5, reason is rejected on refunds")
def test_a_refund_keeps_its_reason(api: httpx.Client, reason: str) -> None:
    paid = charge(api, source=card_id(api)).json()

    refund = api.post("/v1/refunds", data={"charge": paid["id"], "reason": reason})

    assert refund.status_code == 200, refund.text
    assert refund.json()["reason"] == reason
    assert refund.json()["amount"] == paid["amount"]


# --- gap 6: card details and outcome on charges ----------------------------------------------


@on_plain_and_sandbox("gap 6, charges have no payment_method_details nor outcome")
def test_a_charge_tells_the_receipt_which_card_paid(api: httpx.Client) -> None:
    paid = charge(api, source=card_id(api, "5555555555554444")).json()

    details = paid["payment_method_details"]
    assert details["type"] == "card"
    card = details["card"]
    assert (card["brand"], card["last4"], card["exp_month"], card["exp_year"]) == (
        "mastercard",
        "4444",
        12,
        2030,
    )
    assert card["network"] == "mastercard"
    assert card["checks"]["cvc_check"] == "pass"
    assert {"funding", "country", "fingerprint"} <= card.keys()
    assert paid["outcome"]["type"] == "authorized"
    assert paid["outcome"]["network_status"] == "approved_by_network"
    assert paid["outcome"]["seller_message"] == "Payment complete."


@on_plain_and_sandbox("gap 6, charges of a saved customer have no payment_method_details")
def test_a_saved_customer_charge_tells_which_card_paid(api: httpx.Client) -> None:
    token = tokenize(api, "4242424242424242")
    customer = api.post("/v1/customers", data={"source": token["id"]}).json()

    paid = charge(api, customer=customer["id"]).json()

    assert paid["payment_method_details"]["card"]["brand"] == "visa"
    assert paid["payment_method_details"]["card"]["last4"] == "4242"
    assert paid["outcome"]["risk_level"] == "normal"


# --- gap 7: brands ---------------------------------------------------------------------------

BRANDS = [
    ("5555555555554444", "MasterCard", "123"),
    ("2223003122003222", "MasterCard", "123"),
    ("378282246310005", "American Express", "1234"),
    ("6011111111111117", "Discover", "123"),
    ("3056930009020004", "Diners Club", "123"),
    ("3566002020360505", "JCB", "123"),
    ("6200000000000005", "UnionPay", "123"),
]


@pytest.mark.parametrize(("number", "brand", "cvc"), BRANDS)
@on_plain_and_sandbox("gap 7, every card is a Visa and 15-digit Amex is refused")
def test_a_card_shows_its_brand(api: httpx.Client, number: str, brand: str, cvc: str) -> None:
    token = tokenize(api, number, cvc)

    assert token["card"]["brand"] == brand
    assert token["card"]["last4"] == number[-4:]


# --- gap 8: receipt_email on charges -----------------------------------------------------------


@on_plain_and_sandbox("gap 8, receipt_email is refused: 400 'Unexpected receipt_email'")
def test_a_charge_takes_a_receipt_email(api: httpx.Client) -> None:
    paid = charge(api, source=card_id(api), receipt_email="ann@example.com")

    assert paid.status_code == 200, paid.text
    assert paid.json()["receipt_email"] == "ann@example.com"
    assert api.get(f"/v1/charges/{paid.json()['id']}").json()["receipt_email"] == (
        "ann@example.com"
    )


def test_the_sandbox_refuses_a_malformed_receipt_email_as_stripe_does(
    sandbox_api: httpx.Client,
) -> None:
    refused = charge(sandbox_api, source=card_id(sandbox_api), receipt_email="not-an-address")

    assert refused.status_code == 400
    assert refused.json()["error"]["param"] == "receipt_email"


# --- gap 9: a card without a CVC (a swiped card) ---------------------------------------------


@on_plain_and_sandbox("gap 9, a card without a CVC is refused: 400 'Bad request'")
def test_a_card_without_a_cvc_is_tokenized_and_charged(api: httpx.Client) -> None:
    form = {k: v for k, v in card_form("4242424242424242").items() if k != "card[cvc]"}
    token = api.post("/v1/tokens", data=form)

    assert token.status_code == 200, token.text
    assert token.json()["card"]["cvc_check"] is None
    paid = charge(api, source=token.json()["card"]["id"])
    assert paid.status_code == 200 and paid.json()["status"] == "succeeded"


# --- gap 10: a customer's cards ---------------------------------------------------------------


def _customer(api: httpx.Client, number: str = "4242424242424242", **fields: str) -> dict:
    response = api.post("/v1/customers", data={"source": tokenize(api, number)["id"], **fields})
    assert response.status_code == 200, response.text
    customer: dict = response.json()
    return customer


@on_plain_and_sandbox("gap 10, limit and starting_after are refused on a customer's cards")
def test_a_customers_cards_are_listed_in_pages(api: httpx.Client) -> None:
    customer = _customer(api)
    for number in ("5555555555554444", "378282246310005"):
        cvc = "1234" if number.startswith("37") else "123"
        api.post(
            f"/v1/customers/{customer['id']}/sources",
            data={"source": tokenize(api, number, cvc)["id"]},
        )
    path = f"/v1/customers/{customer['id']}/sources"

    first = api.get(path, params={"object": "card", "limit": 2})
    rest = api.get(
        path,
        params={"object": "card", "limit": 2, "starting_after": first.json()["data"][-1]["id"]},
    )

    assert first.status_code == 200, first.text
    assert (first.json()["has_more"], rest.json()["has_more"]) == (True, False)
    last4 = [c["last4"] for c in first.json()["data"] + rest.json()["data"]]
    assert sorted(last4) == ["0005", "4242", "4444"]


@on_plain_and_sandbox("gap 10, any default_source is saved, even another customer's card")
def test_a_default_card_must_be_one_of_the_customers_cards(api: httpx.Client) -> None:
    customer = _customer(api)
    stranger = _customer(api, "5555555555554444")

    refused = api.post(
        f"/v1/customers/{customer['id']}", data={"default_source": stranger["default_source"]}
    )
    after = api.get(f"/v1/customers/{customer['id']}")

    assert refused.status_code == 400
    error = refused.json()["error"]
    assert (error["code"], error["param"]) == ("resource_missing", "default_source")
    assert after.status_code == 200
    assert after.json()["default_source"] == customer["default_source"]


@on_plain_and_sandbox("gap 10, source=tok_… on a customer update is refused (400)")
def test_a_new_card_given_on_update_replaces_the_default(api: httpx.Client) -> None:
    customer = _customer(api)
    old = customer["default_source"]

    updated = api.post(
        f"/v1/customers/{customer['id']}",
        data={"source": tokenize(api, "5555555555554444")["id"]},
    )
    cards = api.get(f"/v1/customers/{customer['id']}/sources", params={"object": "card"})

    assert updated.status_code == 200, updated.text
    new = updated.json()["default_source"]
    assert new != old
    assert [(c["id"], c["last4"]) for c in cards.json()["data"]] == [(new, "4444")]


@on_plain_and_sandbox("gap 10, metadata is refused when a card is added to a customer")
def test_a_saved_card_keeps_its_metadata(api: httpx.Client) -> None:
    customer = _customer(api)

    card = api.post(
        f"/v1/customers/{customer['id']}/sources",
        data={"source": tokenize(api, "5555555555554444")["id"], "metadata[saved_by]": "Sam"},
    )

    assert card.status_code == 200, card.text
    assert card.json()["metadata"] == {"saved_by": "Sam"}


# --- gap 11: finding customers ----------------------------------------------------------------


@on_plain_and_sandbox("gap 11, customers are listed oldest first")
def test_customers_by_email_are_listed_newest_first_in_pages(api: httpx.Client) -> None:
    twins = [_customer(api, email="twin@example.com", name=f"Twin {n}")["id"] for n in (1, 2, 3)]
    _customer(api, email="other@example.com")

    first = api.get("/v1/customers", params={"email": "twin@example.com", "limit": 2}).json()
    rest = api.get(
        "/v1/customers",
        params={"email": "twin@example.com", "limit": 2, "starting_after": first["data"][-1]["id"]},
    ).json()

    assert [c["id"] for c in first["data"] + rest["data"]] == twins[::-1]
    assert (first["has_more"], rest["has_more"]) == (True, False)


@on_plain_and_sandbox("gap 11, /v1/customers/search is a 404")
def test_customers_are_found_by_search(api: httpx.Client) -> None:
    ada = _customer(api, email="ada@example.com", name="Ada Lovelace", phone="+44 20 7946 0001")
    _customer(api, email="grace@example.org", name="Grace Hopper")

    by_part = api.get("/v1/customers/search", params={"query": "name~'lovel'"})
    either = api.get(
        "/v1/customers/search", params={"query": "email:'GRACE@example.org' OR phone~'7946'"}
    )
    too_short = api.get("/v1/customers/search", params={"query": "name~'lo'"})

    assert by_part.status_code == 200, by_part.text
    assert by_part.json()["object"] == "search_result"
    assert [c["id"] for c in by_part.json()["data"]] == [ada["id"]]
    assert len(either.json()["data"]) == 2
    assert too_short.status_code == 400


@on_plain_and_sandbox("gap 11, /v1/customers/search is a 404")
def test_a_search_pages_with_next_page(api: httpx.Client) -> None:
    for n in range(3):
        _customer(api, email=f"page{n}@example.com", name=f"Paged {n}")

    first = api.get("/v1/customers/search", params={"query": "name~'paged'", "limit": 2}).json()
    rest = api.get(
        "/v1/customers/search",
        params={"query": "name~'paged'", "limit": 2, "page": first["next_page"]},
    ).json()

    assert first["has_more"] and not rest["has_more"] and rest["next_page"] is None
    names = [c["name"] for c in first["data"] + rest["data"]]
    assert names == ["Paged 2", "Paged 1", "Paged 0"]


# --- gap 12: deleted and unknown customers ---------------------------------------------------


@on_plain_and_sandbox("gap 12, a deleted customer answers 404 instead of its stub")
def test_a_deleted_customer_is_retrieved_as_its_stub(api: httpx.Client) -> None:
    customer = _customer(api)
    api.delete(f"/v1/customers/{customer['id']}")

    response = api.get(f"/v1/customers/{customer['id']}")

    assert response.status_code == 200
    assert response.json() == {"id": customer["id"], "object": "customer", "deleted": True}


@pytest.mark.parametrize("which", ["deleted", "unknown"])
@on_plain_and_sandbox("gap 12, charging a missing customer answers 404 without a code")
def test_charging_a_deleted_or_unknown_customer_is_refused_as_resource_missing(
    api: httpx.Client, which: str
) -> None:
    customer_id = "cus_nobodyhere0000"
    if which == "deleted":
        customer_id = _customer(api)["id"]
        api.delete(f"/v1/customers/{customer_id}")

    response = charge(api, customer=customer_id)

    assert response.status_code == 400
    error = response.json()["error"]
    assert (error["type"], error["code"], error["param"]) == (
        "invalid_request_error",
        "resource_missing",
        "customer",
    )
    assert api.get("/v1/charges").json()["data"] == []


# --- gap 13: Stripe's test tokens ------------------------------------------------------------


@on_plain_and_sandbox("gap 13, Stripe's test tokens are unknown (404)")
def test_stripes_test_tokens_pay_and_save_cards(api: httpx.Client) -> None:
    paid = charge(api, source="tok_visa")
    again = charge(api, source="tok_visa")
    saved = api.post("/v1/customers", data={"source": "tok_mastercard"})

    assert paid.status_code == again.status_code == 200, paid.text
    assert paid.json()["payment_method_details"]["card"]["last4"] == "4242"
    assert saved.status_code == 200, saved.text
    card = api.get(f"/v1/customers/{saved.json()['id']}/sources").json()["data"][0]
    assert (card["brand"], card["last4"]) == ("MasterCard", "4444")


@pytest.mark.parametrize(
    ("token", "decline_code"),
    [
        ("tok_chargeDeclined", "generic_decline"),
        ("tok_chargeDeclinedInsufficientFunds", "insufficient_funds"),
    ],
)
@on_plain_and_sandbox("gap 13, Stripe's test tokens are unknown (404)")
def test_stripes_declining_test_tokens_decline(
    api: httpx.Client, token: str, decline_code: str
) -> None:
    response = charge(api, source=token)

    assert response.status_code == 402
    assert response.json()["error"]["decline_code"] == decline_code


# --- the raw card switch ---------------------------------------------------------------------


@on_plain_and_sandbox("the training switch refuse_raw_card_data does not exist")
def test_the_raw_card_switch_refuses_card_numbers_like_a_stripe_test_account(
    api: httpx.Client,
) -> None:
    switched = api.post("/_pos/config", data={"refuse_raw_card_data": "1"})

    refused = api.post("/v1/tokens", data=card_form("4242424242424242"))
    by_token = charge(api, source="tok_visa")

    assert switched.status_code == 200
    assert refused.status_code == 400
    error = refused.json()["error"]
    assert error["type"] == "invalid_request_error"
    assert "sending credit card numbers directly" in error["message"].lower()
    assert by_token.status_code == 200
