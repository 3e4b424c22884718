"""A recording httpx.MockTransport and a gateway wired to it, with sleep and random captured."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qsl

import httpx

from pos_app.gateway import GatewayConfig, StripeGateway

SECRET = "sk_test_51SecretKeyForTestsOnly"
PUBLISHABLE = "pk_test_51PublishableKeyForTests"

Reply = httpx.Response | BaseException | Callable[[httpx.Request], httpx.Response]


def ok(payload: dict[str, Any], request_id: str = "req_ok") -> httpx.Response:
    return httpx.Response(200, json=payload, headers={"Request-Id": request_id})


def stripe_error(
    status: int,
    error: dict[str, Any] | None = None,
    *,
    request_id: str = "req_err",
    headers: dict[str, str] | None = None,
) -> httpx.Response:
    all_headers = {"Request-Id": request_id, **(headers or {})}
    body = {"error": error or {"type": "api_error", "message": "Something went wrong"}}
    return httpx.Response(status, json=body, headers=all_headers)


@dataclass
class Recorder:
    """Answers each request with the next scripted reply and keeps the requests."""

    replies: list[Reply]
    requests: list[httpx.Request] = field(default_factory=list)

    def __call__(self, request: httpx.Request) -> httpx.Response:
        request.read()
        self.requests.append(request)
        if not self.replies:
            raise AssertionError(f"unexpected request {request.method} {request.url}")
        reply = self.replies.pop(0)
        if isinstance(reply, BaseException):
            if isinstance(reply, httpx.RequestError):
                reply.request = request
            raise reply
        if isinstance(reply, httpx.Response):
            return reply
        return reply(request)


@dataclass
class Rig:
    gateway: StripeGateway
    recorder: Recorder
    sleeps: list[float]

    @property
    def requests(self) -> list[httpx.Request]:
        return self.recorder.requests

    @property
    def last(self) -> httpx.Request:
        return self.recorder.requests[-1]


def make_rig(*replies: Reply, u: float = 0.25, **config: Any) -> Rig:
    settings: dict[str, Any] = {"secret_key": SECRET, "app_version": "1.2.3", **config}
    recorder = Recorder(list(replies))
    sleeps: list[float] = []
    gateway = StripeGateway(
        GatewayConfig(**settings),
        transport=httpx.MockTransport(recorder),
        sleep=sleeps.append,
        random=lambda: u,
    )
    return Rig(gateway, recorder, sleeps)


def form(request: httpx.Request) -> list[tuple[str, str]]:
    """The form pairs of a POST body, in order."""
    return parse_qsl(request.content.decode("ascii"), keep_blank_values=True)


def query(request: httpx.Request) -> list[tuple[str, str]]:
    return parse_qsl(request.url.query.decode("ascii"), keep_blank_values=True)


def raw_path(request: httpx.Request) -> str:
    return request.url.raw_path.decode("ascii").split("?", 1)[0]


def charge_json(charge_id: str = "ch_1", **overrides: Any) -> dict[str, Any]:
    body: dict[str, Any] = {
        "id": charge_id,
        "object": "charge",
        "amount": 1050,
        "amount_refunded": 0,
        "currency": "usd",
        "status": "succeeded",
        "paid": True,
        "captured": True,
        "refunded": False,
        "created": 1_700_000_000,
        "livemode": False,
        "metadata": {"order_id": "A-1001"},
        "payment_method_details": {
            "type": "card",
            "card": {"brand": "visa", "last4": "4242", "exp_month": 8, "exp_year": 2030},
        },
    }
    body.update(overrides)
    return body


def customer_json(customer_id: str = "cus_1", **overrides: Any) -> dict[str, Any]:
    body: dict[str, Any] = {
        "id": customer_id,
        "object": "customer",
        "email": "amy@example.com",
        "name": "Amy",
        "created": 1_700_000_000,
        "livemode": False,
        "metadata": {},
        "default_source": "card_1",
    }
    body.update(overrides)
    return body


def card_json(card_id: str = "card_1", **overrides: Any) -> dict[str, Any]:
    body: dict[str, Any] = {
        "id": card_id,
        "object": "card",
        "brand": "MasterCard",
        "last4": "4444",
        "exp_month": 12,
        "exp_year": 2031,
        "customer": "cus_1",
    }
    body.update(overrides)
    return body


def refund_json(refund_id: str = "re_1", **overrides: Any) -> dict[str, Any]:
    body: dict[str, Any] = {
        "id": refund_id,
        "object": "refund",
        "amount": 300,
        "currency": "usd",
        "charge": "ch_1",
        "status": "succeeded",
        "created": 1_700_000_100,
        "metadata": {},
    }
    body.update(overrides)
    return body


def page(items: list[dict[str, Any]], has_more: bool, url: str = "/v1/charges") -> dict[str, Any]:
    return {"object": "list", "data": items, "has_more": has_more, "url": url}
