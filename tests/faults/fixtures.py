"""Pytest plugin: a fault-injecting proxy in front of the sandbox or stripe-stateful-mock.

`fault_proxy` sits in front of the sandbox (emptied for each test); `stateful_mock_fault_proxy`
in front of stripe-stateful-mock, which is never reset (tests use fresh keys and their own
objects). Each is started for one test and stopped after it, failing the test's teardown if
one of its threads would not stop.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.fixtures_peers import Peer

from .proxy import FaultProxy

__all__ = ["fault_proxy", "stateful_mock_fault_proxy"]


@pytest.fixture
def fault_proxy(sandbox: Peer) -> Iterator[FaultProxy]:
    """A FaultProxy in front of an empty sandbox; `fault_proxy.peer` goes through it."""
    with FaultProxy(sandbox) as proxy:
        yield proxy


@pytest.fixture
def stateful_mock_fault_proxy(stateful_mock: Peer) -> Iterator[FaultProxy]:
    """A FaultProxy in front of stripe-stateful-mock (which charges only magic tokens)."""
    with FaultProxy(stateful_mock) as proxy:
        yield proxy
