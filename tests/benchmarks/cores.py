"""The sandbox server on a core of its own while a sale is timed, as Stripe runs on its own
machines.

On a two-core machine the kernel placed the loopback server and the till's journal thread on
the same core: traced over 190 sales, the journal's thread waited 0.77-0.92 ms a sale for a
core and the token's round trip grew by 0.4 ms, a cost that cannot arise against Stripe,
whose servers do not share the till's processor (docs/benchmarks.md, "Where the targets
stand"). Pinned, the server keeps one core and every thread of this process (the bare
client, the till's caller and its journal thread alike) shares the rest: the bare requests
and the till are measured the same way, and the till has one core fewer for its two threads
than when the server shared both.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

__all__ = ["server_on_own_core"]


def _tasks(pid: int | str) -> list[int]:
    try:
        return [int(tid) for tid in os.listdir(f"/proc/{pid}/task")]
    except OSError:
        return []


def _pin(tids: list[int], cores: set[int]) -> bool:
    """Move `tids` onto `cores`; False when one could not be moved (it stays as it is). A
    thread that ended meanwhile does not count."""
    moved = True
    for tid in tids:
        try:
            os.sched_setaffinity(tid, cores)
        except ProcessLookupError:
            continue  # ended meanwhile (ProcessLookupError is an OSError: caught first)
        except OSError:
            moved = False
    return moved


@contextmanager
def server_on_own_core(server_pid: int | None) -> Iterator[str | None]:
    """Pin `server_pid` to the last usable core and this process to the others for the
    block; yields how (for the report), or None where that cannot be done (one usable core,
    no server, a server this process may not move, or a system without CPU affinity)."""
    setaffinity = getattr(os, "sched_setaffinity", None)
    getaffinity = getattr(os, "sched_getaffinity", None)
    if server_pid is None or setaffinity is None or getaffinity is None:
        yield None
        return
    ours = set(getaffinity(0))
    if len(ours) < 2 or not Path("/proc/self/task").is_dir():
        yield None
        return
    theirs = set(getaffinity(server_pid))
    server_core = max(ours)
    rest = ours - {server_core}
    if not _pin(_tasks(server_pid), {server_core}):
        # Half a placement would only take a core from the till: none at all, and say so.
        _pin(_tasks(server_pid), theirs)
        yield None
        return
    _pin(_tasks("self"), rest)
    try:
        yield (f"the sandbox server on core {server_core}, this process on {_core_list(rest)}")
    finally:
        # Threads started meanwhile inherited the narrowed set: every one goes back.
        _pin(_tasks("self"), ours)
        _pin(_tasks(server_pid), theirs)


def _core_list(cores: set[int]) -> str:
    ordered = sorted(cores)
    return f"core {ordered[0]}" if len(ordered) == 1 else "cores " + ", ".join(map(str, ordered))
