"""A scripted Stripe on the wire (httpx.MockTransport) for the services' fault tests.

It answers tokens, charges, refunds, customers and cards with Stripe-shaped JSON, keeps what
it executed, replays a stored answer for a repeated idempotency key (with
`Idempotent-Replayed: true`), stamps every answer with a `Date` header from its own clock
(which the test moves), and plays scripted faults for chosen requests: a fault may run
before the request executes (nothing happens) or after it (the request executed, its answer
is lost).
"""

from __future__ import annotations

import email.utils
import itertools
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from urllib.parse import parse_qsl

import httpx

from pos_app.domain.money import Money
from pos_app.domain.stripe_test_cards import stripe_test_card
from pos_app.gateway import GatewayConfig, StripeGateway
from pos_app.services.attempts import AttemptPipeline
from pos_app.services.settle_policy import SettlePolicy
from pos_app.storage.journal import Journal

NOW = datetime(2026, 11, 28, 12, 0, tzinfo=UTC)

#: A fault: (when, what). "before" faults stop the request from executing; "after" faults
#: let it execute and then replace its answer.
Fault = tuple[str, Callable[[httpx.Request], httpx.Response]]


def read_timeout(request: httpx.Request) -> httpx.Response:
    raise httpx.ReadTimeout("timed out", request=request)


def refused(request: httpx.Request) -> httpx.Response:
    raise httpx.ConnectError("connection refused", request=request)


def status(code: int, *, retry: str | None = None, error_type: str = "api_error") -> Callable:
    def answer(request: httpx.Request) -> httpx.Response:
        headers = {"Stripe-Should-Retry": retry} if retry is not None else {}
        body = {"error": {"type": error_type, "message": f"HTTP {code} from the script"}}
        return httpx.Response(code, headers=headers, json=body)

    return answer


LOST = ("after", read_timeout)  # executed, answer lost
NEVER_ARRIVED = ("before", read_timeout)  # sent, lost on the way: Stripe never executed it
NOT_SENT = ("before", refused)  # the connection was refused: it never left


class Clock:
    """A hand-moved clock (aware UTC)."""

    def __init__(self, now: datetime = NOW) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **kwargs: float) -> None:
        self.now += timedelta(**kwargs)


@dataclass
class ScriptedStripe:
    """The server side: objects, idempotency, faults and its own clock."""

    clock: Clock = field(default_factory=Clock)
    requests: list[httpx.Request] = field(default_factory=list)
    faults: dict[tuple[str, str], list[Fault]] = field(default_factory=dict)
    charges: list[dict[str, object]] = field(default_factory=list)
    refunds: list[dict[str, object]] = field(default_factory=list)
    customers: dict[str, dict[str, object]] = field(default_factory=dict)
    replays: dict[str, tuple[int, bytes]] = field(default_factory=dict)
    refuse_raw_cards: bool = False
    declining_tokens: set[str] = field(default_factory=set)
    _ids: itertools.count[int] = field(default_factory=lambda: itertools.count(1))

    def fail(self, method: str, path: str, *faults: Fault) -> None:
        """Play `faults` on the next requests to (method, path), one each, in order."""
        self.faults.setdefault((method, path), []).extend(faults)

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        route = (request.method, _route(request.url.path))
        fault = self.faults.get(route, []).pop(0) if self.faults.get(route) else None
        if fault is not None and fault[0] == "before":
            return self._dated(fault[1](request))
        response = self._execute(request)
        if fault is not None:
            return self._dated(fault[1](request))
        return response

    def posts(self, path: str) -> list[httpx.Request]:
        return [r for r in self.requests if r.method == "POST" and r.url.path == path]

    # -- executing -----------------------------------------------------------------------

    def _dated(self, response: httpx.Response) -> httpx.Response:
        response.headers["Date"] = email.utils.format_datetime(self.clock(), usegmt=True)
        return response

    def _execute(self, request: httpx.Request) -> httpx.Response:
        key = request.headers.get("Idempotency-Key")
        if key is not None and key in self.replays:
            code, body = self.replays[key]
            return self._dated(
                httpx.Response(code, content=body, headers={"Idempotent-Replayed": "true"})
            )
        code, payload = self._handle(request)
        body = json.dumps(payload).encode()
        if key is not None and code < 500:
            self.replays[key] = (code, body)
        return self._dated(
            httpx.Response(code, content=body, headers={"Content-Type": "application/json"})
        )

    def _id(self, prefix: str) -> str:
        return f"{prefix}_{next(self._ids):06d}"

    def _handle(self, request: httpx.Request) -> tuple[int, dict[str, object]]:
        form = dict(parse_qsl(request.content.decode())) if request.content else {}
        path = request.url.path
        created = int(self.clock().timestamp())
        if request.method == "POST" and path == "/v1/tokens":
            number = form.get("card[number]", "")
            if self.refuse_raw_cards:
                return 400, _error(
                    "invalid_request_error",
                    "Sending credit card numbers directly to the Stripe API is generally unsafe.",
                )
            token_id = self._id("tok")
            test_card = stripe_test_card(number)
            if test_card is not None and test_card.decline is not None:
                self.declining_tokens.add(token_id)
            return 200, {
                "id": token_id,
                "object": "token",
                "created": created,
                "livemode": False,
                "card": _card(self._id("card"), number[-4:]),
            }
        if request.method == "POST" and path == "/v1/charges":
            return self._charge(form, created)
        if request.method == "GET" and path == "/v1/charges":
            since = int(request.url.params.get("created[gte]", "0"))
            data = [c for c in self.charges if int(str(c["created"])) >= since]
            return 200, {"object": "list", "has_more": False, "data": data[::-1]}
        if request.method == "POST" and path == "/v1/refunds":
            refund = {
                "id": self._id("re"),
                "object": "refund",
                "amount": int(form.get("amount", "0")),
                "currency": "usd",
                "charge": form["charge"],
                "status": "succeeded",
                "created": created,
                "metadata": _metadata(form),
            }
            self.refunds.append(refund)
            return 200, refund
        if request.method == "GET" and path == "/v1/refunds":
            charge = request.url.params.get("charge")
            data = [r for r in self.refunds if r["charge"] == charge]
            return 200, {"object": "list", "has_more": False, "data": data[::-1]}
        if request.method == "POST" and path == "/v1/customers":
            customer = {
                "id": self._id("cus"),
                "object": "customer",
                "created": created,
                "name": form.get("name"),
                "email": form.get("email"),
                "metadata": _metadata(form),
                "default_source": None,
            }
            self.customers[str(customer["id"])] = customer
            return 200, customer
        if request.method == "GET" and path == "/v1/customers":
            data = list(self.customers.values())[::-1]
            return 200, {"object": "list", "has_more": False, "data": data}
        if request.method == "GET" and path == "/v1/charges/ch_known":
            return 200, self.charges[0]
        return 404, _error("invalid_request_error", f"no route {request.method} {path}")

    def _charge(self, form: dict[str, str], created: int) -> tuple[int, dict[str, object]]:
        source = form.get("source", "")
        declined = source == "tok_chargeDeclined" or source in self.declining_tokens
        charge = {
            "id": self._id("ch"),
            "object": "charge",
            "amount": int(form["amount"]),
            "amount_refunded": 0,
            "currency": form["currency"],
            "status": "failed" if declined else "succeeded",
            "paid": not declined,
            "captured": not declined,
            "refunded": False,
            "created": created,
            "livemode": False,
            "customer": form.get("customer"),
            "metadata": _metadata(form),
            "payment_method_details": {
                "type": "card",
                "card": _card("", "4242") | {"brand": "visa"},
            },
        }
        self.charges.append(charge)
        if declined:
            return 402, {
                "error": {
                    "type": "card_error",
                    "code": "card_declined",
                    "decline_code": "generic_decline",
                    "message": "Your card was declined.",
                    "charge": charge["id"],
                }
            }
        return 200, charge

    def executed_charges(self, key: str) -> list[dict[str, object]]:
        return [c for c in self.charges if c["metadata"].get("attempt_key") == key]  # type: ignore[union-attr]


def _route(path: str) -> str:
    return path


def _metadata(form: dict[str, str]) -> dict[str, str]:
    return {k[9:-1]: v for k, v in form.items() if k.startswith("metadata[")}


def _card(card_id: str, last4: str) -> dict[str, object]:
    return {
        "id": card_id,
        "object": "card",
        "brand": "Visa",
        "last4": last4,
        "exp_month": 12,
        "exp_year": 2030,
    }


def _error(error_type: str, message: str) -> dict[str, object]:
    return {"error": {"type": error_type, "message": message}}


@dataclass
class Rig:
    """A till's services over the scripted Stripe: gateway, journal, pipeline, and what the
    pipeline slept."""

    stripe: ScriptedStripe
    till_clock: Clock
    gateway: StripeGateway
    journal: Journal
    pipeline: AttemptPipeline
    slept: list[float]


def make_rig(
    stripe: ScriptedStripe,
    journal_path: Path,
    *,
    till_clock: Clock | None = None,
    policy: SettlePolicy | None = None,
    max_retries: int = 2,
) -> Rig:
    """A fresh "process": new gateway and pipeline (nothing in memory) on the same journal."""
    clock = till_clock or stripe.clock
    gateway = StripeGateway(
        GatewayConfig(
            secret_key="sk_test_scripted",
            api_base="https://stripe.test",
            max_retries=max_retries,
        ),
        transport=httpx.MockTransport(stripe),
        sleep=lambda seconds: None,
        clock=clock,
    )
    # A till has usually heard from Stripe (a token, a list) before it charges: the offset
    # of Stripe's clock is known, and faults scripted for lookups hit lookups only.
    gateway.list_charges(limit=1)
    journal = Journal(journal_path, clock=clock)
    slept: list[float] = []

    def sleep(seconds: float) -> None:
        # Waiting moves every clock, the server's included: time passes for everyone.
        slept.append(seconds)
        stripe.clock.advance(seconds=seconds)
        if clock is not stripe.clock:
            clock.advance(seconds=seconds)

    elapsed = [0.0]

    def monotonic() -> float:
        return sum(slept) + elapsed[0]

    pipeline = AttemptPipeline(
        gateway,
        journal,
        register_id="R1",
        cashier="Ann",
        policy=policy or SettlePolicy(first_wait=0.5, max_wait=4.0, jitter=0.0, deadline=20.0),
        clock=clock,
        monotonic=monotonic,
        sleep=sleep,
        random=lambda: 0.5,
    )
    return Rig(stripe, clock, gateway, journal, pipeline, slept)


def usd(amount: int) -> Money:
    return Money(amount, "usd")
