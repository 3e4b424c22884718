"""The sale benchmarks give the loopback server a core of its own, and give it back after."""

from __future__ import annotations

import os
import subprocess
import sys
import threading

import pytest

from tests.benchmarks.cores import server_on_own_core

pytestmark = pytest.mark.skipif(
    not hasattr(os, "sched_setaffinity") or len(os.sched_getaffinity(0)) < 2,
    reason="needs CPU affinity and two usable cores",
)


def test_the_server_gets_a_core_of_its_own_and_everything_is_given_back() -> None:
    server = subprocess.Popen(
        [sys.executable, "-c", "import sys; sys.stdin.read()"], stdin=subprocess.PIPE
    )
    try:
        ours = os.sched_getaffinity(0)
        theirs = os.sched_getaffinity(server.pid)
        with server_on_own_core(server.pid) as placement:
            assert placement is not None
            server_cores = os.sched_getaffinity(server.pid)
            assert len(server_cores) == 1
            assert not server_cores & os.sched_getaffinity(0)
            # A thread started meanwhile (the journal's) shares this process's cores.
            seen: list[set[int]] = []
            worker = threading.Thread(target=lambda: seen.append(os.sched_getaffinity(0)))
            worker.start()
            worker.join()
            assert seen == [os.sched_getaffinity(0)]
        assert os.sched_getaffinity(0) == ours
        assert os.sched_getaffinity(server.pid) == theirs
    finally:
        server.communicate(b"")


def test_without_a_server_nothing_is_moved() -> None:
    ours = os.sched_getaffinity(0)
    with server_on_own_core(None) as placement:
        assert placement is None
        assert os.sched_getaffinity(0) == ours


def test_a_server_that_cannot_be_moved_leaves_every_core_shared(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    server = subprocess.Popen(
        [sys.executable, "-c", "import sys; sys.stdin.read()"], stdin=subprocess.PIPE
    )
    try:
        server_threads = set(os.listdir(f"/proc/{server.pid}/task"))
        real = os.sched_setaffinity

        def refusing(tid: int, cores: set[int]) -> None:
            if str(tid) in server_threads:
                raise PermissionError("not ours to move")
            real(tid, cores)

        monkeypatch.setattr(os, "sched_setaffinity", refusing)
        ours = os.sched_getaffinity(0)
        with server_on_own_core(server.pid) as placement:
            assert placement is None  # the report then says the cores were shared
            assert os.sched_getaffinity(0) == ours
    finally:
        server.communicate(b"")
