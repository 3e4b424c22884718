"""Walk-in charge: the till's whole stack against the same two POSTs over bare httpx."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from urllib.parse import parse_qsl

import httpx

from pos_app.domain.cards import CardDetails, EntryMethod
from pos_app.domain.keys import Mode
from pos_app.gateway import GatewayConfig, StripeGateway
from pos_app.services.attempts import AttemptPipeline
from pos_app.services.charging import ChargeOperation, ChargeService
from pos_app.services.receipts import ReceiptService, ShopDetails
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
    token_fields,
    visa_card,
)
from .cores import server_on_own_core
from .measure import Row, interleaved, ratio

__all__ = ["sale_section"]


class _RawSale:
    """The two POSTs the till sends for a sale, with the same form fields, over bare httpx."""

    def __init__(self, client: httpx.Client, card: CardDetails) -> None:
        self._client = client
        self._card = card
        self._number = 0

    def token_fields(self) -> dict[str, str]:
        return token_fields(self._card)

    def charge_fields(self, source: str, attempt_key: str) -> dict[str, str]:
        self._number += 1
        return {
            "amount": str(AMOUNT.amount),
            "currency": AMOUNT.currency,
            "source": source,
            "metadata[order_id]": f"B-{self._number:06d}",
            "metadata[register_id]": REGISTER,
            "metadata[cashier]": CASHIER,
            "metadata[attempt_key]": attempt_key,
            "metadata[entry_method]": "keyed",
            "capture": "true",
        }

    def __call__(self) -> None:
        token = self._client.post(
            "/v1/tokens", data=self.token_fields(), headers={"Idempotency-Key": new_key()}
        )
        token.raise_for_status()
        attempt_key = new_key()
        charge = self._client.post(
            "/v1/charges",
            data=self.charge_fields(token.json()["id"], attempt_key),
            headers={"Idempotency-Key": attempt_key},
        )
        charge.raise_for_status()
        if charge.json()["status"] != "succeeded":
            raise RuntimeError("the baseline charge was not approved")


class _Recorder(httpx.BaseTransport):
    """Notes the form field names of each POST, then sends it for real."""

    def __init__(self) -> None:
        self._inner = httpx.HTTPTransport()
        self.posts: list[tuple[str, list[str]]] = []

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        fields = sorted(name for name, _ in parse_qsl(request.read().decode("ascii")))
        self.posts.append((request.url.path, fields))
        return self._inner.handle_request(request)

    def close(self) -> None:
        self._inner.close()


def _receipts(receipts_dir: Path) -> ReceiptService:
    return ReceiptService(
        ShopDetails("Benchmark Shop"),
        register_id=REGISTER,
        mode=Mode.SANDBOX,
        receipts_dir=receipts_dir,
    )


def _till(gateway: StripeGateway, journal: Journal, receipts_dir: Path) -> ChargeService:
    receipts = _receipts(receipts_dir)
    pipeline = AttemptPipeline(gateway, journal, register_id=REGISTER, cashier=CASHIER)
    return ChargeService(
        gateway,
        pipeline,
        receipts,
        register_id=REGISTER,
        cashier=CASHIER,
        mode=Mode.SANDBOX,
        currency=AMOUNT.currency,
    )


def _check_same_fields(base_url: str, journal: Journal, work: Path, raw: _RawSale) -> None:
    """One sale each way, untimed: the baseline must send what the till sends."""
    recorder = _Recorder()
    config = GatewayConfig(secret_key=SECRET_KEY, api_base=base_url)
    with StripeGateway(config, transport=recorder) as gateway:
        till = _till(gateway, journal, work / "receipts")
        till.charge_card(till.build_request(amount=AMOUNT), visa_card())
    ours = [
        (path, sorted(name for name, _ in parse_qsl(_encode(fields))))
        for path, fields in (
            ("/v1/tokens", raw.token_fields()),
            ("/v1/charges", raw.charge_fields("tok_x", "k")),
        )
    ]
    if recorder.posts != ours:
        raise RuntimeError(f"baseline fields differ from the till's: {recorder.posts} != {ours}")


def _encode(fields: dict[str, str]) -> str:
    return str(httpx.QueryParams(fields))


def sale_section(
    base_url: str, work: Path, plan: Plan, reset: Callable[[], None], server_pid: int | None
) -> Section:
    card = visa_card()
    config = GatewayConfig(secret_key=SECRET_KEY, api_base=base_url)
    with (
        raw_client(base_url) as client,
        StripeGateway(config) as gateway,
        Journal(work / "sale-journal.sqlite3") as journal,
    ):
        raw = _RawSale(client, card)
        _check_same_fields(base_url, journal, work, raw)
        till = _till(gateway, journal, work / "receipts")

        def gateway_sale() -> None:
            token = gateway.create_token(card, idempotency_key=new_key())
            attempt_key = new_key()
            metadata = {"order_id": "G-1", "register_id": REGISTER, "cashier": CASHIER}
            charge = gateway.create_charge(
                amount=AMOUNT,
                source=token.id,
                metadata={**metadata, "attempt_key": attempt_key},
                idempotency_key=attempt_key,
            )
            if not charge.succeeded:
                raise RuntimeError("the gateway charge was not approved")

        def till_sale() -> None:
            request = till.build_request(amount=AMOUNT)
            if not till.charge_card(request, card).charge.succeeded:
                raise RuntimeError("the till's charge was not approved")

        # The same sale with the attempt journaled only after the token came back (as the
        # till did before the two overlapped), from the same public parts.
        pipeline = AttemptPipeline(gateway, journal, register_id=REGISTER, cashier=CASHIER)
        receipts = _receipts(work / "receipts")

        def sequential_sale() -> None:
            token = gateway.create_token(card, idempotency_key=new_key())
            operation = ChargeOperation(
                AMOUNT, REGISTER, CASHIER, source=token.id, entry=EntryMethod.KEYED
            )
            done = pipeline.submit(operation)
            receipts.build(
                done.result, cashier=CASHIER, order_id=done.order_id, entry=EntryMethod.KEYED
            )
            if not done.result.succeeded:
                raise RuntimeError("the sequential charge was not approved")

        # Small rounds with a reset before each: the sandbox rewrites its whole store after
        # every write, so a growing store would slow the server down through the section.
        per_round = 5
        rounds = max(1, plan.sales // per_round)
        with server_on_own_core(server_pid) as placement:
            base, gate, full, sequential = interleaved(
                [
                    ("bare httpx: POST /v1/tokens + POST /v1/charges", raw),
                    ("StripeGateway: create_token + create_charge", gateway_sale),
                    ("till: ChargeService.charge_card (order number, journal, receipt)", till_sale),
                    (
                        "the same, journaled only after the token (the order before)",
                        sequential_sale,
                    ),
                ],
                rounds=rounds,
                per_round=per_round,
                warmup=3,
                between_rounds=reset,
            )
        # The same pair with the server free to run on any core, for comparison.
        shared_base, shared_full = interleaved(
            [
                ("bare httpx, the server sharing every core", raw),
                ("till: ChargeService.charge_card, the server sharing every core", till_sale),
            ],
            rounds=rounds,
            per_round=per_round,
            warmup=3,
            between_rounds=reset,
        )
    ms = 1000.0
    if placement is None:
        where = (
            "The server could not be given a core of its own here (one usable core, or no "
            "CPU affinity on this system): both tables share every core."
        )
    else:
        where = (
            f"Timed with {placement} (tests/benchmarks/cores.py): the loopback server stands "
            "for Stripe, whose machines the till does not share. Sharing both cores, the "
            "kernel put the server and the journal's thread on one of them, which made the "
            "token's round trip longer by the journal's work, a cost Stripe's own machines "
            f"never add. The second table is the same pair with the server on any core: "
            f"{ratio(shared_full, shared_base):.2f}× "
            f"({(shared_full.median - shared_base.median) * ms:.2f} ms more per sale, "
            "median)."
        )
    return Section(
        "Walk-in charge through the whole stack",
        [
            [Row(base), Row(gate, base), Row(full, base), Row(sequential, base)],
            [Row(shared_base), Row(shared_full, shared_base)],
        ],
        notes=[
            f"A sale costs the till {(full.median - base.median) * ms:.2f} ms more than the two "
            f"bare requests ({ratio(full, base):.2f}×, median). Of that, "
            f"{(gate.median - base.median) * ms:.2f} ms is the gateway (form encoding, headers, "
            "error mapping, parsing into domain objects) and "
            f"{(full.median - gate.median) * ms:.2f} ms the service's own work around the "
            "wire: what the token's round trip does not hide of the attempt's durable "
            "write, the handoff to the journal's thread and back, the UPDATE that completes "
            "the row, the outcome, the request fingerprints and the receipt.",
            "What is synced, and when: the attempt and its order number are committed in one "
            "transaction (the order counter, one check that payments are not paused and "
            "nothing open holds the order, the row: key, order, amount, Stripe's clock "
            "offset) with one fsync, on the journal's thread while the token request is out "
            "(a token moves no money, and the row does not depend on it). The charge leaves "
            "only once that commit has returned and the row is completed with the exact "
            "request's fingerprint and its real send time, one UPDATE without an fsync (synced "
            "only when the token took over 5 s); the outcome after the answer is one UPDATE "
            "without an fsync. Recovery never needs what those unsynced writes hold: after a "
            "crash an attempt is looked up by its key in Stripe's list, never replayed, and a "
            'lost outcome reads "sending" again and is looked up. A card that cannot be read '
            "leaves nothing: the row is deleted once written and its order number given back. "
            'Every crash point is in docs/reliability.md ("What the journal syncs, and '
            'when").',
            "The same sale journaled only after the token, as the till did before: "
            f"{ratio(sequential, base):.2f}× the bare requests, against {ratio(full, base):.2f}× "
            f"with the journal's write overlapping the token ({ratio(full, sequential):.3f}× "
            "the sequential sale, paired; "
            f"{(full.median - sequential.median) * ms:+.2f} ms per sale, median). The overlap "
            "hides the fsync's wait behind the token's round trip when a core is free for the "
            "journal's thread; on a machine whose cores are busy the two threads take turns, "
            "and the gain shrinks to the handoff's cost or below.",
            where,
            "On loopback the baseline is only the sandbox's own work, so the ratio is an upper "
            "bound: against Stripe both requests cross the internet and an authorisation can "
            "take seconds (docs/stripe.md §2.4), next to which this overhead is small.",
        ],
    )
