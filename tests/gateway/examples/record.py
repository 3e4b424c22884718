"""Records this folder's example Stripe objects from the emulators the test suite runs.

Run it from the repository root (Node.js and npm are needed for stripe-stateful-mock)::

    .venv/bin/python -m tests.gateway.examples.record

It starts the app's sandbox (localstripe plus the compatibility layer) and stripe-stateful-mock
on 127.0.0.1 exactly as tests/fixtures_peers.py does, makes the calls below with the wire rules
of docs/stripe.md §1 (Bearer key, form encoding, pinned Stripe-Version, an idempotency key on
every POST) and writes each answer verbatim as `<name>.json`. Only the files in `RECORDED` are
rewritten; the hand-written ones (README.md in this folder lists them) are left alone. Ids and
`created` change on every run; what test_parse.py asserts comes from the inputs below (amounts,
cards, metadata, declines), so re-recording must keep the tests green.

Only Stripe's test card numbers are used, and an answer carries at most a card's last four
digits; test_parse.py checks that no example holds a card number or an API key.
"""

from __future__ import annotations

import json
import shutil
import sys
import tempfile
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import httpx
import pytest

from pos_app.gateway import STRIPE_API_VERSION, encode_params, form_encode
from tests.fixtures_peers import (
    PEERS_DIR,
    REPO_ROOT,
    SANDBOX,
    STATEFUL_MOCK,
    _ensure_stateful_mock,
    _peers_cache,
)
from tests.peers.process import PROBE_KEY, PeerProcess

HERE = Path(__file__).resolve().parent

#: Written by this script; everything else in the folder is written by hand.
RECORDED = (
    "token",
    "card",
    "customer_with_sources",
    "customer_default_source_expanded",
    "customer_deleted",
    "charge_expanded",
    "charge_refunded",
    "charge_list",
    "charge_succeeded",
    "charge_failed",
    "refund",
    "refund_charge_expanded",
)

EXP_YEAR = 2034  # fixed, so the examples (and what the tests assert) do not age


def _card(number: str, **extra: str | int) -> dict[str, str | int]:
    return {"number": number, "exp_month": 12, "exp_year": EXP_YEAR, "cvc": "123", **extra}


class Recorder:
    """A bare Stripe client for one peer that keeps each answer it is asked to keep."""

    def __init__(self, base_url: str) -> None:
        self._http = httpx.Client(
            base_url=base_url,
            headers={
                "Authorization": f"Bearer {PROBE_KEY}",
                "Stripe-Version": STRIPE_API_VERSION,
                "User-Agent": "pos-app-examples-recorder",
            },
            timeout=30,
        )
        self.kept: dict[str, dict[str, Any]] = {}

    def close(self) -> None:
        self._http.close()

    def _answer(self, response: httpx.Response, keep: str | None, expect: int) -> Any:
        if response.status_code != expect:
            raise RuntimeError(
                f"{response.request.method} {response.request.url.path}: expected HTTP {expect}, "
                f"got {response.status_code}: {response.text[:500]}"
            )
        body = response.json()
        if keep is not None:
            self.kept[keep] = body
        return body

    def post(
        self, path: str, params: dict[str, Any], keep: str | None = None, expect: int = 200
    ) -> Any:
        response = self._http.post(
            path,
            content=form_encode(encode_params(params)),
            headers={
                "Content-Type": "application/x-www-form-urlencoded",
                "Idempotency-Key": str(uuid.uuid4()),
            },
        )
        return self._answer(response, keep, expect)

    def get(self, path: str, params: dict[str, Any] | None = None, keep: str | None = None) -> Any:
        query = form_encode(encode_params(params or {}))
        return self._answer(self._http.get(f"{path}?{query}" if query else path), keep, 200)

    def delete(self, path: str, keep: str | None = None) -> Any:
        return self._answer(self._http.delete(path), keep, 200)


def record_sandbox(api: Recorder) -> None:
    """Tokens, cards, customers, expansions, a refunded charge and a list page."""
    visa = api.post(
        "/v1/tokens",
        {"card": _card("4242424242424242", name="Ada Lovelace", address_zip="10001")},
        keep="token",
    )
    customer = api.post(
        "/v1/customers",
        {
            "source": visa["id"],
            "email": "ada@example.com",
            "name": "Ada Lovelace",
            "metadata": {"loyalty": "gold"},
        },
    )
    cus = customer["id"]
    mastercard = api.post("/v1/tokens", {"card": _card("5555555555554444")})
    card = api.post(f"/v1/customers/{cus}/sources", {"source": mastercard["id"]})
    # The card with its owner expanded; the cards in `sources` below carry the owner's id.
    api.get(f"/v1/customers/{cus}/sources/{card['id']}", {"expand": ["customer"]}, keep="card")
    api.get(f"/v1/customers/{cus}", {"expand": ["sources"]}, keep="customer_with_sources")
    api.get(
        f"/v1/customers/{cus}",
        {"expand": ["default_source"]},
        keep="customer_default_source_expanded",
    )

    # Charging the saved customer, with every expandable id the parser reads expanded.
    charge = api.post(
        "/v1/charges",
        {
            "amount": 2000,
            "currency": "usd",
            "customer": cus,
            "description": "Order A-1002",
            "metadata": {"order_id": "A-1002", "register_id": "front"},
            "expand": ["customer", "balance_transaction", "payment_method"],
        },
        keep="charge_expanded",
    )
    api.post(
        "/v1/refunds",
        {"charge": charge["id"], "amount": 500, "reason": "duplicate", "expand": ["charge"]},
        keep="refund_charge_expanded",
    )
    api.get(f"/v1/charges/{charge['id']}", {"expand": ["refunds"]}, keep="charge_refunded")

    # Two more sales with keyed cards, so a page of two has more behind it.
    for order_id, amount in (("A-1003", 750), ("A-1005", 1250)):
        token = api.post("/v1/tokens", {"card": _card("4242424242424242")})
        api.post(
            "/v1/charges",
            {
                "amount": amount,
                "currency": "usd",
                "source": token["id"],
                "metadata": {"order_id": order_id},
            },
        )
    api.get("/v1/charges", {"limit": 2}, keep="charge_list")

    gone = api.post("/v1/customers", {"email": "gone@example.com"})
    api.delete(f"/v1/customers/{gone['id']}", keep="customer_deleted")


def record_stateful_mock(api: Recorder) -> None:
    """The richest charge shapes (legacy `source` beside `payment_method_details`), a decline
    with its outcome, and a refund. The mock has no /v1/tokens: Stripe's test tokens stand in."""
    api.post(
        "/v1/charges",
        {
            "amount": 1050,
            "currency": "usd",
            "source": "tok_visa",
            "description": "Order A-1001",
            "receipt_email": "ada@example.com",
            "metadata": {"order_id": "A-1001", "attempt_key": "att-example-1001"},
        },
        keep="charge_succeeded",
    )
    declined = api.post(
        "/v1/charges",
        {
            "amount": 4200,
            "currency": "usd",
            "source": "tok_chargeDeclinedInsufficientFunds",
            "metadata": {"order_id": "A-1004"},
        },
        expect=402,
    )
    api.get(f"/v1/charges/{declined['error']['charge']}", keep="charge_failed")
    sale = api.post("/v1/charges", {"amount": 1000, "currency": "usd", "source": "tok_mastercard"})
    api.post(
        "/v1/refunds",
        {
            "charge": sale["id"],
            "amount": 300,
            "reason": "requested_by_customer",
            "metadata": {"approved_by": "manager"},
        },
        keep="refund",
    )


@contextmanager
def _running(process: PeerProcess) -> Iterator[Recorder]:
    recorder = Recorder(process.start())
    try:
        yield recorder
    finally:
        recorder.close()
        process.stop()


def main() -> int:
    node = shutil.which("node")
    if node is None:
        print("node is not installed: stripe-stateful-mock cannot run", file=sys.stderr)
        return 1
    prefix = _peers_cache()
    try:
        _ensure_stateful_mock(prefix)  # npm install on first use, as the fixtures do
    except pytest.skip.Exception as why:
        print(f"stripe-stateful-mock is unavailable: {why}", file=sys.stderr)
        return 1
    kept: dict[str, dict[str, Any]] = {}
    with tempfile.TemporaryDirectory(prefix="pos-examples-") as scratch:
        work = Path(scratch)
        (work / "data").mkdir()
        sandbox = PeerProcess(
            SANDBOX,
            [
                sys.executable,
                "-m",
                "pos_app.sandbox",
                "--port",
                "0",
                "--data-dir",
                str(work / "data"),
            ],
            work / "sandbox.log",
            cwd=REPO_ROOT,
            env={"PYTHONDONTWRITEBYTECODE": "1", "TMPDIR": str(work)},
        )
        with _running(sandbox) as api:
            record_sandbox(api)
            kept |= api.kept
        mock = PeerProcess(
            STATEFUL_MOCK,
            [node, str(PEERS_DIR / "stateful_mock_loopback.js"), str(prefix), "0"],
            work / "stateful-mock.log",
            cwd=work,
        )
        with _running(mock) as api:
            record_stateful_mock(api)
            kept |= api.kept
    missing = set(RECORDED) - set(kept)
    if missing:
        raise RuntimeError(f"not recorded: {sorted(missing)}")
    for name in RECORDED:
        text = json.dumps(kept[name], indent=2, ensure_ascii=False) + "\n"
        (HERE / f"{name}.json").write_text(text, encoding="utf-8")
        print(f"wrote {(HERE / f'{name}.json').relative_to(REPO_ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
