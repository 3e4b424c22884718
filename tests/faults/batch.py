"""Batches of till operations under seeded random faults, judged against the server's records.

For each kind (charges with approving and declining cards, refunds, new customers, cards
attached to customers, and a random mix of them), a batch of operations goes through the
till's own services and attempt pipeline, over the fault proxy in front of the sandbox, with
a fault drawn per request by `RandomFaults(seed)` from every fault the proxy has. Then the
batch is settled as the till settles: the pipeline's foreground checks while the faults go
on, one background sweep still under faults, then, with the faults off and time moved past
the never-executed window (for the till and for Stripe's clock alike), `settle_open()`.

Finally the sandbox's own records (read directly, never through the proxy) are compared with
the journal: no order charged twice, no refund executed twice, no duplicate customer or card
(`duplicates`); every attempt settled as the server holds it — SUCCEEDED exactly when the
object exists, DECLINED exactly when the charge failed, FAILED exactly when nothing exists —
and no object the journal does not know (`lost`); no attempt left open (`unresolved`).

Run the full-size batches (and optionally write the figures into docs/reliability.md):

    python -m tests.faults.batch --kind all --ops 300 --seed 1 [--write-doc]
"""

from __future__ import annotations

import argparse
import logging
import random
import sys
import tempfile
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from pos_app.domain.attempts import AttemptKind, AttemptRecord, AttemptState
from pos_app.domain.cards import CardDetails
from pos_app.domain.errors import PosError
from pos_app.domain.models import Card, Charge
from pos_app.services.customer_ops import AttachCardOperation, CreateCustomerOperation
from pos_app.services.lookups import LAST4_REF
from pos_app.services.refunds import RefundOperation
from tests.fixtures_peers import Peer

from .plan import (
    CUT_SHORT,
    DROP,
    ERROR_500,
    ERROR_500_AFTER,
    ERROR_500_AFTER_RETRY,
    ERROR_500_RETRY,
    HOLD,
    IN_USE,
    NOT_JSON,
    PASS,
    RATE_LIMITED,
    RATE_LIMITED_RETRY,
    REFUSE,
    RESET,
    TRUNCATED,
    Fault,
    RandomFaults,
)
from .proxy import FaultProxy
from .till import SHORT_POLICY, Server, Till, TillClock, usd

__all__ = ["KINDS", "WEIGHTS", "Tally", "run_batch", "sandbox_peer"]

KINDS = ("charge", "refund", "customer", "card", "mix")
DELAY = Fault.delay(60.0)  # answered only once the till gave up (its read time-out)
#: Every fault the proxy has, drawn per request; about one request in three meets one.
WEIGHTS: dict[Fault, float] = {
    PASS: 66.0,
    REFUSE: 1.5,
    RESET: 3.0,
    DROP: 4.0,
    HOLD: 2.0,
    DELAY: 1.0,
    ERROR_500: 2.0,
    ERROR_500_RETRY: 2.0,
    ERROR_500_AFTER: 3.0,
    ERROR_500_AFTER_RETRY: 2.0,
    IN_USE: 2.0,
    RATE_LIMITED: 3.0,
    RATE_LIMITED_RETRY: 2.0,
    TRUNCATED: 2.0,
    CUT_SHORT: 1.5,
    NOT_JSON: 2.0,
}
READ_TIMEOUT = 1.0  # the delay fault costs this much; a healthy sandbox answers far sooner
#: Stripe's test cards: most approve, some decline (generic, insufficient funds).
APPROVING = ("4242424242424242", "5555555555554444", "378282246310005", "6011111111111117")
DECLINING = ("4000000000000002", "4000000000009995")
#: Cards a customer can hold at once, each with its own last four digits.
ATTACHABLE = ("4242424242424242", "5555555555554444", "6011111111111117", "3056930009020004")


@dataclass
class Tally:
    """What one batch did and what the comparison found."""

    kind: str
    ops: int = 0
    faults: Counter[str] = field(default_factory=Counter)
    outcomes: Counter[str] = field(default_factory=Counter)
    attempts: Counter[str] = field(default_factory=Counter)
    duplicates: int = 0
    lost: int = 0
    unresolved: int = 0
    problems: list[str] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def injected(self) -> int:
        return sum(self.faults.values())

    @property
    def clean(self) -> bool:
        return self.duplicates == self.lost == self.unresolved == 0 and not self.problems

    def summary(self) -> str:
        faults = ", ".join(f"{name}: {n}" for name, n in sorted(self.faults.items()))
        settled = ", ".join(f"{state}: {n}" for state, n in sorted(self.attempts.items()))
        return (
            f"{self.kind}: {self.ops} operations, {self.injected} faults injected, "
            f"duplicates {self.duplicates}, lost {self.lost}, unresolved {self.unresolved} "
            f"({self.seconds:.0f} s)\n  faults: {faults}\n  journal: {settled}"
            + "".join(f"\n  PROBLEM: {p}" for p in self.problems[:20])
        )


def _expiry() -> str:
    return f"12/{(date.today().year + 3) % 100:02d}"


def _card(number: str) -> CardDetails:
    cvc = "1234" if number.startswith("37") else "123"
    return CardDetails.from_input(number, _expiry(), cvc)


@contextmanager
def _releasing_held(proxy: FaultProxy) -> Iterator[None]:
    """Hold-then-release: every held answer is let go as soon as it is held."""
    stop = threading.Event()

    def release_loop() -> None:
        while not stop.is_set():
            if proxy.wait_held(timeout=0.2):
                proxy.release()

    releaser = threading.Thread(target=release_loop, name="batch-releaser", daemon=True)
    releaser.start()
    try:
        yield
    finally:
        stop.set()
        releaser.join(10)


class _Batch:
    def __init__(self, peer: Peer, kind: str, ops: int, seed: int, workdir: Path) -> None:
        self.peer = peer
        self.kind = kind
        self.ops = ops
        self.seed = seed
        self.rng = random.Random(f"{seed}:{kind}:operations")
        self.workdir = workdir
        self.tally = Tally(kind)
        self.charges_to_refund: list[Charge] = []
        self.customers: list[str] = []
        self.cards_left: dict[str, list[str]] = {}

    # -- operations -------------------------------------------------------------------------

    def charge(self, till: Till) -> str:
        number = self.rng.choice(DECLINING if self.rng.random() < 0.25 else APPROVING)
        request = till.charges.build_request(amount=usd(self.rng.randrange(500, 20_000)))
        result = till.charges.charge_card(request, _card(number))
        if result.charge.succeeded:
            self.charges_to_refund.append(result.charge)
        return "charged"

    def refund(self, till: Till) -> str:
        if not self.charges_to_refund:
            return self.charge(till)
        charge = self.charges_to_refund.pop(self.rng.randrange(len(self.charges_to_refund)))
        whole = self.rng.random() < 0.5
        amount = None if whole else usd(max(50, charge.amount.amount // 3))
        till.pipeline.submit(RefundOperation(charge.id, "R1", "Sam", amount=amount))
        return "refunded"

    def customer(self, till: Till) -> str:
        n = len(self.customers) + self.tally.ops
        token = till.gateway.create_token(_card(APPROVING[n % 2]), idempotency_key=_key())
        operation = CreateCustomerOperation(
            name=f"Customer {self.seed}-{n}",
            email=f"c{self.seed}-{self.kind}-{n}@example.com",
            phone="",
            note="",
            token_id=token.id,
            register_id="R1",
            cashier="Sam",
            consent_at="2026-12-02T10:15:00+00:00",
        )
        done = till.pipeline.submit(operation)
        customer_id = getattr(done.result, "id", None)
        if isinstance(customer_id, str):
            self._can_attach(customer_id, holding=APPROVING[n % 2])
        return "customer created"

    def card(self, till: Till) -> str:
        open_customers = [c for c, cards in self.cards_left.items() if cards]
        if not open_customers:
            return self.customer(till)
        customer_id = self.rng.choice(open_customers)
        number = self.cards_left[customer_id].pop(0)
        token = till.gateway.create_token(_card(number), idempotency_key=_key())
        ref = token.card.id if token.card is not None else f"{LAST4_REF}{number[-4:]}"
        till.pipeline.submit(AttachCardOperation(customer_id, token.id, ref))
        return "card attached"

    def _can_attach(self, customer_id: str, holding: str | None = None) -> None:
        self.customers.append(customer_id)
        self.cards_left[customer_id] = [n for n in ATTACHABLE if n != holding]

    def one(self, till: Till) -> Callable[[Till], str]:
        if self.kind != "mix":
            return getattr(self, self.kind)  # type: ignore[no-any-return]
        return getattr(self, self.rng.choice(("charge", "charge", "refund", "customer", "card")))  # type: ignore[no-any-return]

    # -- set-up with the faults off --------------------------------------------------------

    def set_up(self, till: Till) -> None:
        if self.kind == "refund":
            for n in range(self.ops):
                request = till.charges.build_request(amount=usd(1000 + 10 * n))
                self.charges_to_refund.append(
                    till.charges.charge_card(request, _card(APPROVING[n % 2])).charge
                )
        if self.kind == "card":
            for n in range(max(1, self.ops // 3)):
                token = till.gateway.create_token(_card(APPROVING[0]), idempotency_key=_key())
                customer = till.gateway.create_customer(
                    idempotency_key=_key(), source=token.id, email=f"set-up-{n}@example.com"
                )
                self._can_attach(customer.id, holding=APPROVING[0])

    # -- the run ------------------------------------------------------------------------------

    def run(self) -> Tally:
        started = time.monotonic()
        self.peer.reset()
        clock = TillClock()
        with FaultProxy(self.peer) as proxy, _releasing_held(proxy):
            till = Till(
                proxy.peer,
                self.workdir / f"{self.kind}-{self.seed}.sqlite3",
                clock=clock,
                read_timeout=READ_TIMEOUT,
                policy=SHORT_POLICY,
            )
            server = Server(self.peer)
            try:
                self.set_up(till)
                # Each kind meets its own sequence of faults, all drawn from the one seed.
                proxy.set_plan(RandomFaults(self.seed * 100 + KINDS.index(self.kind), WEIGHTS))
                for _ in range(self.ops):
                    if proxy.refusing:
                        proxy.end_outage()  # an outage lasts for one operation at most
                    operation = self.one(till)
                    self.tally.ops += 1
                    try:
                        self.tally.outcomes[operation(till)] += 1
                    except PosError as exc:
                        self.tally.outcomes[type(exc).__name__] += 1
                # The background sweep while the faults still go on...
                if proxy.refusing:
                    proxy.end_outage()
                till.pipeline.settle_open()
                # ...then the start-up settlement: faults off, past the never-executed window.
                assert proxy.wait_idle(timeout=60), "the proxy is still handling a request"
                proxy.clear_plan()
                clock.advance(minutes=4)
                proxy.shift_stripe_clock(minutes=4)
                till.pipeline.settle_open()
                self.tally.faults.update(s.fault.name for s in proxy.seen if s.fault is not PASS)
                self.tally.faults["refuse (outages)"] = proxy.outages
                if not self.tally.faults["refuse (outages)"]:
                    del self.tally.faults["refuse (outages)"]
                self.compare(till, server)
            finally:
                till.close()
                server.close()
        self.tally.seconds = time.monotonic() - started
        return self.tally

    # -- the comparison ------------------------------------------------------------------------

    def compare(self, till: Till, server: Server) -> None:
        tally = self.tally
        records = till.journal.attempts_between(_EPOCH, _FAR)
        tally.attempts.update(r.state.value for r in records)
        tally.unresolved = sum(1 for r in records if r.is_open)
        for r in records:
            if r.is_open:
                tally.problems.append(f"open: {r.kind.value} {r.attempt_key} {r.state.value}")
        by_kind: dict[AttemptKind, list[AttemptRecord]] = {}
        for r in records:
            by_kind.setdefault(r.kind, []).append(r)
        self._compare_keyed(
            by_kind.get(AttemptKind.CHARGE, []),
            {c.id: (c.metadata.get("attempt_key"), c.succeeded) for c in server.charges()},
            "charge",
        )
        self._orders_charged_once(server)
        self._compare_keyed(
            by_kind.get(AttemptKind.REFUND, []),
            {r.id: (r.metadata.get("attempt_key"), True) for r in server.refunds()},
            "refund",
        )
        self._compare_keyed(
            by_kind.get(AttemptKind.CUSTOMER, []),
            {c.id: (c.metadata.get("attempt_key"), True) for c in server.customers()},
            "customer",
        )
        self._compare_cards(by_kind.get(AttemptKind.CARD, []), server)

    def _compare_keyed(
        self,
        records: list[AttemptRecord],
        held: dict[str, tuple[str | None, bool]],
        what: str,
    ) -> None:
        """Objects carrying `metadata[attempt_key]` against the journal's attempts."""
        tally = self.tally
        per_key: dict[str, list[tuple[str, bool]]] = {}
        for object_id, (key, succeeded) in held.items():
            if key is not None:
                per_key.setdefault(key, []).append((object_id, succeeded))
        known = {r.attempt_key for r in records}
        for key, objects in per_key.items():
            if len(objects) > 1:
                tally.duplicates += len(objects) - 1
                tally.problems.append(f"{what} {key} executed {len(objects)} times")
            if key not in known:
                tally.lost += 1
                tally.problems.append(f"{what} {objects[0][0]} has no attempt in the journal")
        for record in records:
            objects = per_key.get(record.attempt_key, [])
            succeeded = [o for o, ok in objects if ok]
            state = record.state
            if record.is_open:
                continue  # counted as unresolved
            if state is AttemptState.SUCCEEDED and not (
                len(succeeded) == 1 and record.stripe_id == succeeded[0]
            ):
                tally.lost += 1
                tally.problems.append(f"{what} {record.attempt_key} succeeded, server: {objects}")
            elif state is AttemptState.DECLINED and (succeeded or not objects):
                tally.lost += 1
                tally.problems.append(f"{what} {record.attempt_key} declined, server: {objects}")
            elif state is AttemptState.FAILED and objects:
                tally.lost += 1
                tally.problems.append(f"{what} {record.attempt_key} failed, server: {objects}")

    def _orders_charged_once(self, server: Server) -> None:
        orders = Counter(
            c.metadata.get("order_id") for c in server.charges() if c.succeeded and c.metadata
        )
        for order, times in orders.items():
            if order and times > 1:
                self.tally.duplicates += times - 1
                self.tally.problems.append(f"order {order} charged {times} times")
        for charge in server.charges():
            if charge.amount_refunded.amount > charge.amount.amount:
                self.tally.duplicates += 1
                self.tally.problems.append(f"charge {charge.id} refunded more than it took")

    def _compare_cards(self, records: list[AttemptRecord], server: Server) -> None:
        tally = self.tally
        for customer_id in self.customers:
            cards = [c for c in server.cards_of(customer_id) if isinstance(c, Card)]
            last4s = Counter(c.last4 for c in cards)
            for last4, times in last4s.items():
                if times > 1:
                    tally.duplicates += times - 1
                    tally.problems.append(f"card {last4} attached {times} times to {customer_id}")
        for record in records:
            assert record.customer_id is not None
            if record.is_open:
                continue  # counted as unresolved
            cards = [c for c in server.cards_of(record.customer_id) if isinstance(c, Card)]
            ref = record.lookup_ref or ""
            present = any(
                c.last4 == ref.removeprefix(LAST4_REF) if ref.startswith(LAST4_REF) else c.id == ref
                for c in cards
            )
            if (record.state is AttemptState.SUCCEEDED) != present:
                tally.lost += 1
                tally.problems.append(
                    f"card {record.attempt_key} {record.state.value}, on the server: {present}"
                )


def _key() -> str:
    import uuid

    return str(uuid.uuid4())


_EPOCH = __import__("datetime").datetime(2000, 1, 1, tzinfo=__import__("datetime").UTC)
_FAR = __import__("datetime").datetime(2100, 1, 1, tzinfo=__import__("datetime").UTC)


def run_batch(peer: Peer, kind: str, *, ops: int, seed: int, workdir: Path) -> Tally:
    """One batch of `ops` operations of `kind` (see the module) on a reset `peer`."""
    if kind not in KINDS:
        raise ValueError(f"kind must be one of {KINDS}")
    return _Batch(peer, kind, ops, seed, workdir).run()


@contextmanager
def sandbox_peer(workdir: Path) -> Iterator[Peer]:
    """The app's sandbox on loopback, as the test fixture starts it."""
    from tests.fixtures_peers import REPO_ROOT, SANDBOX
    from tests.peers.process import PeerProcess

    data = workdir / "sandbox-data"
    data.mkdir(parents=True, exist_ok=True)
    process = PeerProcess(
        SANDBOX,
        [sys.executable, "-m", "pos_app.sandbox", "--port", "0", "--data-dir", str(data)],
        workdir / "sandbox.log",
        cwd=REPO_ROOT,
        env={"PYTHONDONTWRITEBYTECODE": "1", "TMPDIR": str(workdir)},
    )
    try:
        yield Peer(SANDBOX, process.start())
    finally:
        process.stop()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.faults.batch", description=__doc__)
    parser.add_argument("--kind", choices=[*KINDS, "all"], default="all")
    parser.add_argument("--ops", type=int, default=300)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--crash-runs", type=int, default=20, help="kills per kill point")
    parser.add_argument("--no-crashes", action="store_true", help="skip the crash runs")
    parser.add_argument(
        "--write-doc", action="store_true", help="write the figures into docs/reliability.md"
    )
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.ERROR)  # every injected fault would log a warning
    kinds = KINDS if args.kind == "all" else (args.kind,)
    tallies: list[Tally] = []
    crashes: list[object] = []
    with tempfile.TemporaryDirectory(prefix="pos-batch-") as folder:
        workdir = Path(folder)
        with sandbox_peer(workdir) as peer:
            for kind in kinds:
                tally = run_batch(peer, kind, ops=args.ops, seed=args.seed, workdir=workdir)
                print(tally.summary(), flush=True)
                tallies.append(tally)
            if not args.no_crashes:
                from .crash import run_crashes

                crashes = list(run_crashes(peer, runs=args.crash_runs, workdir=workdir))
                for crash in crashes:
                    print(crash, flush=True)
    command = " ".join(["python -m tests.faults.batch", *(argv or sys.argv[1:])])
    if args.write_doc:
        from .report import write_figures

        write_figures(tallies, crashes, command=command, seed=args.seed)
    ok = all(t.clean for t in tallies) and all(getattr(c, "clean", True) for c in crashes)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
