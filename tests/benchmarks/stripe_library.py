"""A sale with Stripe's official Python library against the till's and the bare wire.

The same two requests (a card token, then a captured charge with the same metadata and
idempotency keys) against the same sandbox: `stripe.Token.create` + `stripe.Charge.create`
with `api_base` pointed at 127.0.0.1, two bare httpx POSTs, and the till's whole
ChargeService.charge_card (journal included). Runs when `stripe` is importable (the `bench`
extra); otherwise the section says so and measures nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from pos_app.gateway import STRIPE_API_VERSION, GatewayConfig, StripeGateway
from pos_app.storage.journal import Journal

from .common import (
    AMOUNT,
    CASHIER,
    REGISTER,
    SECRET_KEY,
    Plan,
    Section,
    new_key,
    raw_client,
    visa_card,
)
from .cores import server_on_own_core
from .measure import Row, interleaved, ratio
from .sale import _RawSale, _till

__all__ = ["stripe_library_section"]


def stripe_library_section(
    base_url: str, work: Path, plan: Plan, reset: Callable[[], None], server_pid: int | None
) -> Section:
    title = "A sale with Stripe's official library (`stripe`) against the till"
    try:
        import stripe
    except ImportError:
        return Section(
            title,
            [],
            notes=[
                "Skipped: `stripe` is not installed (pip install -e '.[bench]' adds it). The "
                "till never imports it; only this comparison does."
            ],
        )
    stripe.api_key = SECRET_KEY
    stripe.api_base = base_url
    stripe.api_version = STRIPE_API_VERSION
    card = visa_card()
    number = 0

    def official() -> None:
        nonlocal number
        number += 1
        token = stripe.Token.create(
            card={
                "number": card.number,
                "exp_month": str(card.exp_month),
                "exp_year": str(card.exp_year),
                "cvc": card.cvc,
            },
            idempotency_key=new_key(),
        )
        attempt_key = new_key()
        charge = stripe.Charge.create(
            amount=AMOUNT.amount,
            currency=AMOUNT.currency,
            source=token.id,
            metadata={
                "order_id": f"S-{number:06d}",
                "register_id": REGISTER,
                "cashier": CASHIER,
                "attempt_key": attempt_key,
                "entry_method": "keyed",
            },
            capture=True,
            idempotency_key=attempt_key,
        )
        if charge.status != "succeeded":
            raise RuntimeError("the stripe library's charge was not approved")

    config = GatewayConfig(secret_key=SECRET_KEY, api_base=base_url)
    with (
        raw_client(base_url) as client,
        StripeGateway(config) as gateway,
        Journal(work / "stripe-lib-journal.sqlite3") as journal,
    ):
        raw = _RawSale(client, card)
        till = _till(gateway, journal, work / "receipts-stripe-lib")

        def till_sale() -> None:
            request = till.build_request(amount=AMOUNT)
            if not till.charge_card(request, card).charge.succeeded:
                raise RuntimeError("the till's charge was not approved")

        per_round = 5
        with server_on_own_core(server_pid) as placement:
            base, lib, ours = interleaved(
                [
                    ("bare httpx: POST /v1/tokens + POST /v1/charges", raw),
                    (f"stripe {stripe.VERSION}: Token.create + Charge.create", official),
                    ("till: ChargeService.charge_card (journal, receipt)", till_sale),
                ],
                rounds=max(1, plan.stripe_sales // per_round),
                per_round=per_round,
                warmup=3,
                between_rounds=reset,
            )
    ms = 1e3
    versus = ratio(ours, lib)
    notes = [
        f"The till's whole sale is {ratio(ours, base):.2f}× the bare requests and "
        f"{versus:.2f}× Stripe's library making the same two calls "
        f"({(ours.median - lib.median) * ms:+.2f} ms per sale, median; the library "
        f"is {ratio(lib, base):.2f}× the bare requests). The till "
        + ("is faster" if versus < 1 else "is NOT faster")
        + " than the official library while also journaling the attempt durably before "
        "sending and building the receipt.",
        f"The library sends its own pinned headers and uses its default HTTP client "
        f"(requests, a keep-alive session); it was pointed at the sandbox with "
        f"`stripe.api_base` and the same API version ({STRIPE_API_VERSION}).",
        f"Timed with {placement}, as in the walk-in charge above."
        if placement
        else "The server shared every core with this process (no core could be set apart).",
    ]
    return Section(title, [[Row(base), Row(lib, base), Row(ours, base)]], notes=notes)
