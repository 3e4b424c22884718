"""Crash runs: a real till process charging through the fault proxy is killed with SIGKILL at a
chosen point, again and again on one journal; then the till starts once more, settles, and
its journal is compared with the sandbox's charges.

The kill points (tests/faults/crash_child.py):

* `tokenizing` — a walk-in sale's attempt is journaled while its card is tokenized: killed
  once the attempt is on disk and the token has not come back, so the charge never left; it
  settles as not made like `journaled`;
* `journaled` — after the attempt is journaled, before its request leaves: never executed, so
  once past the never-executed window on Stripe's clock it settles as not made;
* `held` — after the sandbox executed the charge, before the answer arrives (the proxy holds
  it; the parent waits until it is held, kills the child, then lets it go);
* `answered` — after the answer arrived, before the journal recorded it.

Each child is a till start: it first settles what the earlier, killed ones left open, as the
till's start-up does. After the last kill, one more start runs with Stripe's clock and its own
moved past the never-executed window. Nothing sleeps: the parent waits for the child's line
on its stdout, or for the proxy to hold the answer.
"""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from pos_app.domain.attempts import AttemptState
from pos_app.storage.journal import Journal
from tests.fixtures_peers import REPO_ROOT, Peer

from .plan import HOLD, Script
from .proxy import FaultProxy
from .till import Server

__all__ = ["KILL_POINTS", "CrashResult", "run_crashes", "run_point"]

KILL_POINTS = ("tokenizing", "journaled", "held", "answered")
_EXPECTED = {
    "tokenizing": AttemptState.FAILED,
    "journaled": AttemptState.FAILED,
    "held": AttemptState.SUCCEEDED,
    "answered": AttemptState.SUCCEEDED,
}
_WAIT_S = 60.0


@dataclass
class CrashResult:
    """What the kills at one point left, once the next start settled them."""

    point: str
    runs: int = 0
    states: dict[str, int] = field(default_factory=dict)
    charges: int = 0
    duplicates: int = 0
    lost: int = 0
    unresolved: int = 0
    problems: list[str] = field(default_factory=list)

    @property
    def clean(self) -> bool:
        return self.duplicates == self.lost == self.unresolved == 0 and not self.problems

    @property
    def outcome(self) -> str:
        settled = ", ".join(f"{n} {state}" for state, n in sorted(self.states.items()))
        return (
            f"{settled}; {self.charges} charges on the server; duplicates {self.duplicates}, "
            f"lost {self.lost}, unresolved {self.unresolved}"
        )

    def __str__(self) -> str:
        problems = "".join(f"\n  PROBLEM: {p}" for p in self.problems[:20])
        return f"kill {self.point}: {self.runs} runs: {self.outcome}{problems}"


def _start(api_base: str, journal: Path, point: str, advance: float = 0.0) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [
            sys.executable, "-m", "tests.faults.crash_child", api_base, str(journal), point,
            "--advance-minutes", str(advance),
        ],
        cwd=REPO_ROOT,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )  # fmt: skip


def _kill(child: subprocess.Popen[str]) -> None:
    child.kill()  # SIGKILL: no clean-up, no atexit, no journal close
    child.wait(_WAIT_S)
    if child.stdout is not None:
        child.stdout.close()


def _one_kill(proxy: FaultProxy, journal: Path, point: str) -> str | None:
    """Start a till, kill it at `point`; a problem, or None."""
    if point == "held":
        proxy.set_plan(Script("POST", "/v1/charges", [HOLD]))
    child = _start(proxy.url, journal, point)
    try:
        assert child.stdout is not None
        if point == "held":
            if not proxy.wait_held(timeout=_WAIT_S):
                return "the charge never reached the proxy"
        else:
            line = child.stdout.readline()
            if not line.startswith("ready"):
                return f"the child ended before its kill point: {line!r}"
    finally:
        _kill(child)
    if point == "held":
        proxy.release()  # the answer goes to a dead process
        if not proxy.wait_idle(timeout=_WAIT_S):
            return "the proxy is still handling a request"
        proxy.clear_plan()
    return None


def run_point(peer: Peer, point: str, *, runs: int, workdir: Path) -> CrashResult:
    """`runs` kills at `point` on one journal, then a start that settles; compared."""
    peer.reset()
    journal = workdir / f"crash-{point}.sqlite3"
    result = CrashResult(point)
    with FaultProxy(peer) as proxy:
        for _ in range(runs):
            problem = _one_kill(proxy, journal, point)
            result.runs += 1
            if problem is not None:
                result.problems.append(problem)
        # The next start, after the never-executed window on Stripe's clock (and the till's).
        proxy.shift_stripe_clock(minutes=4)
        settler = _start(proxy.url, journal, "settle", advance=4.0)
        output, _ = settler.communicate(timeout=_WAIT_S * 4)
        if settler.returncode != 0:
            result.problems.append(f"the settling start failed ({settler.returncode})")
        else:
            json.loads(output.strip().splitlines()[-1])
    _compare(result, journal, peer)
    return result


def _compare(result: CrashResult, journal_path: Path, peer: Peer) -> None:
    server = Server(peer)
    try:
        charges = server.charges()
    finally:
        server.close()
    result.charges = len(charges)
    by_key: dict[str | None, list[str]] = {}
    for charge in charges:
        by_key.setdefault(charge.metadata.get("attempt_key"), []).append(charge.id)
    orders: dict[str | None, int] = {}
    for charge in charges:
        order = charge.metadata.get("order_id")
        orders[order] = orders.get(order, 0) + 1
    with Journal(journal_path) as journal:
        from datetime import UTC, datetime

        records = journal.attempts_between(
            datetime(2000, 1, 1, tzinfo=UTC), datetime(2100, 1, 1, tzinfo=UTC)
        )
    for record in records:
        result.states[record.state.value] = result.states.get(record.state.value, 0) + 1
        held = by_key.pop(record.attempt_key, [])
        if record.is_open:
            result.unresolved += 1
            result.problems.append(f"{record.attempt_key} still {record.state.value}")
        if len(held) > 1:
            result.duplicates += len(held) - 1
            result.problems.append(f"{record.attempt_key} charged {len(held)} times")
        succeeded = record.state is AttemptState.SUCCEEDED
        if succeeded != bool(held) or (succeeded and record.stripe_id not in held):
            result.lost += 1
            result.problems.append(f"{record.attempt_key} {record.state.value}, server: {held}")
        if record.state is not _EXPECTED[result.point] and not record.is_open:
            result.problems.append(f"{record.attempt_key} settled {record.state.value}")
    for key, ids in by_key.items():
        result.lost += len(ids)
        result.problems.append(f"charges {ids} ({key}) are in no attempt of the journal")
    for order, times in orders.items():
        if order and times > 1:
            result.duplicates += times - 1
            result.problems.append(f"order {order} charged {times} times")
    if len(records) != result.runs:
        result.problems.append(f"{len(records)} attempts journaled for {result.runs} runs")


def run_crashes(peer: Peer, *, runs: int, workdir: Path) -> Iterator[CrashResult]:
    for point in KILL_POINTS:
        yield run_point(peer, point, runs=runs, workdir=workdir)
