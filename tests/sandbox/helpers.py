"""Small Stripe calls the sandbox tests share (form-encoded, as the gateway sends them)."""

from __future__ import annotations

from typing import Any

import httpx


def card_form(number: str, cvc: str = "123") -> dict[str, str]:
    return {
        "card[number]": number,
        "card[exp_month]": "12",
        "card[exp_year]": "2030",
        "card[cvc]": cvc,
    }


def tokenize(api: httpx.Client, number: str, cvc: str = "123") -> dict[str, Any]:
    response = api.post("/v1/tokens", data=card_form(number, cvc))
    assert response.status_code == 200, response.text
    token: dict[str, Any] = response.json()
    return token


def charge(
    api: httpx.Client, amount: int = 1000, headers: dict[str, str] | None = None, **params: Any
) -> httpx.Response:
    return api.post(
        "/v1/charges", data={"amount": amount, "currency": "eur", **params}, headers=headers
    )


def card_id(api: httpx.Client, number: str = "4242424242424242") -> str:
    """A chargeable `card_…` id: localstripe's workaround for `tok_` (docs/emulators.md §2.3), so
    that tests of other gaps fail on plain localstripe only for their own gap."""
    return str(tokenize(api, number)["card"]["id"])
