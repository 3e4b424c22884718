"""A till process for the crash tests: it starts as the till starts, charges a card, and (at
the chosen point) tells its parent it got there and waits to be killed.

    python -m tests.faults.crash_child API_BASE JOURNAL POINT [--advance-minutes N]

At start it settles what earlier runs left open (`settle_open`, as the till's start-up does).
POINT is where it stops:

* `tokenizing`: the attempt (journaled while the card is tokenized) is on disk, the card's
  token has not come back, and so the charge has not left;
* `journaled`: the attempt is on disk, its request has not left (the gateway is about to send);
* `held`: it just charges; the parent holds the answer in the proxy and kills it meanwhile;
* `answered`: the gateway returned Stripe's answer, the journal has not recorded it;
* `settle`: no charge; it only settles (the last start after the kills) and prints a summary.

It tells its parent by printing one line on stdout ("ready ..."), then blocks forever.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import sys
import threading
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

from pos_app.domain.cards import CardDetails
from tests.fixtures_peers import SANDBOX, Peer

from .till import Till, TillClock, usd

POINTS = ("tokenizing", "journaled", "held", "answered", "settle")


def _tell_parent_and_wait(what: str) -> None:
    print(f"ready {what}", flush=True)
    threading.Event().wait()  # until SIGKILL


def _stop_while_tokenizing(till: Till) -> None:
    """Stop in the token request once the attempt journaled meanwhile has committed."""
    journal = till.journal
    transaction = journal.transaction
    committed = threading.Event()

    @contextlib.contextmanager
    def watched() -> Iterator[Any]:
        with transaction() as tx:
            yield tx
        committed.set()

    def create_token(*args: Any, **kwargs: Any) -> Any:
        if not committed.wait(60):
            print("the attempt was never journaled", flush=True)
            return None
        _tell_parent_and_wait("tokenizing")

    journal.transaction = watched  # type: ignore[method-assign]
    till.gateway.create_token = create_token  # type: ignore[method-assign]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("api_base")
    parser.add_argument("journal", type=Path)
    parser.add_argument("point", choices=POINTS)
    parser.add_argument("--advance-minutes", type=float, default=0.0)
    args = parser.parse_args(argv)

    clock = TillClock()
    clock.advance(minutes=args.advance_minutes)
    till = Till(Peer(SANDBOX, args.api_base), args.journal, clock=clock)
    settled = till.pipeline.settle_open()  # the till's start-up settlement
    if args.point == "settle":
        summary: dict[str, Any] = {
            "settled": {s.attempt_key: s.outcome.value for s in settled},
            "open": [r.attempt_key for r in till.journal.open_attempts()],
        }
        print(json.dumps(summary), flush=True)
        till.close()
        return 0

    gateway = till.gateway
    send = gateway.create_charge

    def create_charge(**kwargs: Any) -> Any:
        key = kwargs["idempotency_key"]
        if args.point == "journaled":
            _tell_parent_and_wait(key)
        charge = send(**kwargs)
        if args.point == "answered":
            _tell_parent_and_wait(f"{key} {charge.id}")
        return charge

    gateway.create_charge = create_charge  # type: ignore[method-assign]
    if args.point == "tokenizing":
        # A till that has heard from Stripe since it started (the first sale of all takes its
        # token before journaling: Stripe's clock offset is learnt from the token's answer).
        till.charges.ping()
        _stop_while_tokenizing(till)
    card = CardDetails.from_input(
        "4242424242424242", f"12/{(date.today().year + 3) % 100:02d}", "123"
    )
    if args.point == "held":
        print("ready charging", flush=True)
    till.charges.charge_card(till.charges.build_request(amount=usd(1250)), card)
    print("charged: the kill came too late", flush=True)
    return 3


if __name__ == "__main__":
    sys.exit(main())
