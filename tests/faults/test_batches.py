"""Small seeded batches of every kind of operation under random faults, and kills at every
point, judged against the sandbox's own records (the full-size runs: tests/faults/batch.py,
figures in docs/reliability.md).

What a shop would notice: no order charged twice, no refund given twice, no customer or card
saved twice, nothing charged that the till does not know of, nothing it calls charged that
is not, and nothing left "being checked" once Stripe answers again.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.fixtures_peers import Peer

from .batch import KINDS, run_batch
from .crash import KILL_POINTS, run_point

OPS = 24
SEED = 1
KILLS = 3


@pytest.mark.parametrize("kind", KINDS)
def test_a_seeded_batch_under_random_faults_matches_the_server(
    sandbox: Peer, tmp_path: Path, kind: str
) -> None:
    tally = run_batch(sandbox, kind, ops=OPS, seed=SEED, workdir=tmp_path)

    assert tally.ops == OPS
    assert tally.injected >= OPS // 3, tally.summary()  # the faults really were there
    assert (tally.duplicates, tally.lost, tally.unresolved) == (0, 0, 0), tally.summary()
    assert tally.problems == [], tally.summary()
    assert tally.attempts["succeeded"] > 0, tally.summary()


def test_the_same_seed_meets_the_same_faults(sandbox: Peer, tmp_path: Path) -> None:
    first = run_batch(sandbox, "customer", ops=12, seed=7, workdir=tmp_path / "first")
    again = run_batch(sandbox, "customer", ops=12, seed=7, workdir=tmp_path / "again")

    assert first.faults == again.faults and first.attempts == again.attempts


@pytest.mark.parametrize("point", KILL_POINTS)
def test_a_till_killed_at_any_point_settles_into_what_the_server_holds(
    sandbox: Peer, tmp_path: Path, point: str
) -> None:
    result = run_point(sandbox, point, runs=KILLS, workdir=tmp_path)

    assert result.runs == KILLS
    assert result.clean, str(result)
    never_left = point in ("tokenizing", "journaled")
    expected = "failed" if never_left else "succeeded"
    assert result.states == {expected: KILLS}, str(result)
    assert result.charges == (0 if never_left else KILLS)
