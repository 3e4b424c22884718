"""Pytest plugin that runs real Stripe emulators on loopback and hands tests a `Peer` for each.

Peers (docs/emulators.md): localstripe 1.15.10 (Python, stateful, resettable), stripe-stateful-mock
0.0.16 (Node, installed into a cache folder on first use, not resettable) and the app's own
sandbox (`python -m pos_app.sandbox`, localstripe plus a compatibility layer). Each runs as a
session-wide process started only when a test asks for it, bound to 127.0.0.1 on a free port,
with its output captured to a temp file that failure messages quote. Tests never sleep; only
the start-up wait polls.

Fixtures: `localstripe`, `stateful_mock`, `sandbox` (function scope, state reset where the
peer can), `stripe_peer` (parametrized over both emulators; override per test with
`peer_params(...)` to mark an emulator's known deviation as a strict xfail) and `gateway_for`.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

import httpx
import pytest

from tests.peers.process import PROBE_KEY, PeerProcess

if TYPE_CHECKING:
    from pos_app.gateway import StripeGateway

__all__ = [
    "LOCALSTRIPE",
    "SANDBOX",
    "STATEFUL_MOCK",
    "STATEFUL_MOCK_VERSION",
    "Deviation",
    "Peer",
    "SleepLog",
    "peer_params",
]

LOCALSTRIPE = "localstripe"
STATEFUL_MOCK = "stripe-stateful-mock"
SANDBOX = "sandbox"
STATEFUL_MOCK_VERSION = "0.0.16"

REPO_ROOT = Path(__file__).resolve().parents[1]
PEERS_DIR = Path(__file__).resolve().parent / "peers"
SECRET_KEY = PROBE_KEY
PUBLISHABLE_KEY = "pk_test_pospeers0000000000000000"

# Which fixture name means which peer, for the per-peer summary.
_FIXTURE_PEER = {"localstripe": LOCALSTRIPE, "stateful_mock": STATEFUL_MOCK, "sandbox": SANDBOX}


@dataclass(frozen=True, slots=True)
class Peer:
    """A running Stripe-compatible server the gateway can be pointed at."""

    name: str
    base_url: str
    secret_key: str = SECRET_KEY
    publishable_key: str = PUBLISHABLE_KEY

    @property
    def resettable(self) -> bool:
        """stripe-stateful-mock has no reset endpoint (docs/emulators.md §6): tests on it stay
        independent by creating their own objects and never asserting on global counts."""
        return self.name != STATEFUL_MOCK

    def reset(self) -> None:
        """Empty the peer's store (`DELETE /_config/data`); a no-op on stripe-stateful-mock."""
        if not self.resettable:
            return
        response = httpx.delete(f"{self.base_url}/_config/data", timeout=10)
        response.raise_for_status()


def _run_session_peer(peer_process: PeerProcess) -> Iterator[Peer]:
    try:
        yield Peer(peer_process.name, peer_process.start())
    finally:
        peer_process.stop()


# --- session-scoped processes (started lazily: only when a test needs them) ---------------


@pytest.fixture(scope="session")
def localstripe_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Peer]:
    pytest.importorskip("localstripe", reason="localstripe is not installed (pip install .[test])")
    workdir = tmp_path_factory.mktemp("peer-localstripe")
    launcher = PEERS_DIR / "localstripe_loopback.py"
    yield from _run_session_peer(
        PeerProcess(
            LOCALSTRIPE,
            [sys.executable, str(launcher), "--port", "0"],
            workdir / "output.log",
            cwd=workdir,
            env={"PYTHONDONTWRITEBYTECODE": "1", "TMPDIR": str(workdir)},
        ),
    )


def _peers_cache() -> Path:
    configured = os.environ.get("POS_TEST_PEERS_CACHE")
    return Path(configured).expanduser() if configured else REPO_ROOT / ".cache" / "test-peers"


def _installed_version(prefix: Path) -> str | None:
    manifest = prefix / "node_modules" / "stripe-stateful-mock" / "package.json"
    try:
        version = json.loads(manifest.read_text()).get("version")
    except (OSError, ValueError):
        return None
    return version if isinstance(version, str) else None


def _ensure_stateful_mock(prefix: Path) -> None:
    if _installed_version(prefix) == STATEFUL_MOCK_VERSION:
        return
    npm = shutil.which("npm")
    if npm is None:
        pytest.skip("npm is not installed: cannot install stripe-stateful-mock")
    prefix.mkdir(parents=True, exist_ok=True)
    command = [
        npm, "install", "--prefix", str(prefix), "--no-audit", "--no-fund",
        "--cache", str(prefix / "npm-cache"), f"stripe-stateful-mock@{STATEFUL_MOCK_VERSION}",
    ]  # fmt: skip
    try:
        result = subprocess.run(command, capture_output=True, text=True, timeout=300, check=False)
    except subprocess.TimeoutExpired:
        pytest.skip("npm install stripe-stateful-mock timed out (offline?)")
    if result.returncode != 0 or _installed_version(prefix) != STATEFUL_MOCK_VERSION:
        pytest.skip(
            f"npm install stripe-stateful-mock@{STATEFUL_MOCK_VERSION} failed "
            f"(offline?): {(result.stderr or result.stdout)[-500:]}"
        )


@pytest.fixture(scope="session")
def stateful_mock_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Peer]:
    node = shutil.which("node")
    if node is None:
        pytest.skip("node is not installed: cannot run stripe-stateful-mock")
    prefix = _peers_cache()
    _ensure_stateful_mock(prefix)
    workdir = tmp_path_factory.mktemp("peer-stateful-mock")
    launcher = PEERS_DIR / "stateful_mock_loopback.js"
    yield from _run_session_peer(
        PeerProcess(
            STATEFUL_MOCK,
            [node, str(launcher), str(prefix), "0"],
            workdir / "output.log",
            cwd=workdir,
        ),
    )


@pytest.fixture(scope="session")
def sandbox_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Peer]:
    if not (REPO_ROOT / "pos_app" / "sandbox" / "__main__.py").is_file():
        pytest.skip("pos_app.sandbox has no __main__ yet: `python -m pos_app.sandbox` unavailable")
    workdir = tmp_path_factory.mktemp("peer-sandbox")
    data_dir = workdir / "data"
    data_dir.mkdir()
    yield from _run_session_peer(
        PeerProcess(
            SANDBOX,
            [sys.executable, "-m", "pos_app.sandbox", "--port", "0", "--data-dir", str(data_dir)],
            workdir / "output.log",
            cwd=REPO_ROOT,
            env={"PYTHONDONTWRITEBYTECODE": "1", "TMPDIR": str(workdir)},
        ),
    )


# --- function-scoped peers ---------------------------------------------------------------


@pytest.fixture
def localstripe(localstripe_server: Peer) -> Peer:
    """localstripe with an empty store."""
    localstripe_server.reset()
    return localstripe_server


@pytest.fixture
def stateful_mock(stateful_mock_server: Peer) -> Peer:
    """stripe-stateful-mock; its state is never reset, so tests create their own objects."""
    return stateful_mock_server


@pytest.fixture
def sandbox(sandbox_server: Peer) -> Peer:
    """The app's sandbox with an empty store."""
    sandbox_server.reset()
    return sandbox_server


_PEER_FIXTURE = {LOCALSTRIPE: "localstripe", STATEFUL_MOCK: "stateful_mock", SANDBOX: "sandbox"}


@pytest.fixture(params=[LOCALSTRIPE, STATEFUL_MOCK], ids=[LOCALSTRIPE, STATEFUL_MOCK])
def stripe_peer(request: pytest.FixtureRequest) -> Peer:
    """One of the emulators, by name; runs a test once against each."""
    peer: Peer = request.getfixturevalue(_PEER_FIXTURE[request.param])
    return peer


@dataclass(frozen=True, slots=True)
class Deviation:
    """An emulator's known departure from Stripe: the reason, and the failure it causes."""

    reason: str
    raises: type[BaseException] | tuple[type[BaseException], ...] | None = None


def peer_params(
    *,
    localstripe: str | Deviation | None = None,
    stateful_mock: str | Deviation | None = None,
) -> pytest.MarkDecorator:
    """Run a test on both emulators; a reason (or a Deviation naming the exception it leads
    to) marks that emulator's known deviation from Stripe as a strict xfail. The client is
    never bent to suit an emulator."""

    def param(name: str, deviation: str | Deviation | None) -> Any:
        if deviation is None:
            return pytest.param(name, id=name)
        if isinstance(deviation, str):
            deviation = Deviation(deviation)
        mark = pytest.mark.xfail(strict=True, reason=deviation.reason, raises=deviation.raises)
        return pytest.param(name, marks=[mark], id=name)

    return pytest.mark.parametrize(
        "stripe_peer",
        [param(LOCALSTRIPE, localstripe), param(STATEFUL_MOCK, stateful_mock)],
        indirect=True,
    )


# --- the gateway under test --------------------------------------------------------------


@dataclass(slots=True)
class SleepLog:
    """An injected `sleep` that records the back-off delays instead of waiting."""

    delays: list[float] = field(default_factory=list)

    def __call__(self, seconds: float) -> None:
        self.delays.append(seconds)


@pytest.fixture
def gateway_for() -> Iterator[Callable[..., StripeGateway]]:
    """`gateway_for(peer, max_retries=0, sleep=None, transport=None, clock=None, **config)`
    -> a StripeGateway on `peer`.

    Back-off never sleeps (a `SleepLog` is injected unless `sleep` is given); `transport`
    lets a test watch the wire; `clock` stands in for the till's clock; every gateway is
    closed at teardown.
    """
    from pos_app.gateway import GatewayConfig, StripeGateway

    made: list[StripeGateway] = []

    def build(
        peer: Peer,
        *,
        max_retries: int = 0,
        sleep: Callable[[float], None] | None = None,
        transport: httpx.BaseTransport | None = None,
        clock: Callable[[], datetime] | None = None,
        **config: Any,
    ) -> StripeGateway:
        gateway = StripeGateway(
            GatewayConfig(
                **{
                    "secret_key": peer.secret_key,
                    "api_base": peer.base_url,
                    "max_retries": max_retries,
                    **config,  # e.g. a wrong secret_key for an auth test
                }
            ),
            transport=transport,
            sleep=sleep if sleep is not None else SleepLog(),
            **({"clock": clock} if clock is not None else {}),
        )
        made.append(gateway)
        return gateway

    yield build
    for gateway in made:
        gateway.close()


# --- per-peer result summary ---------------------------------------------------------------


def _peer_of(item: pytest.Item) -> str | None:
    callspec = getattr(item, "callspec", None)
    if callspec is not None and "stripe_peer" in callspec.params:
        return str(callspec.params["stripe_peer"])
    names = getattr(item, "fixturenames", ())
    for fixture, peer in _FIXTURE_PEER.items():
        if fixture in names:
            return peer
    return None


_ITEM_PEERS = pytest.StashKey[dict[str, str]]()


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    peers = config.stash.setdefault(_ITEM_PEERS, {})
    for item in items:
        peer = _peer_of(item)
        if peer is not None:
            peers[item.nodeid] = peer
            item.add_marker(pytest.mark.peer(peer))


def pytest_terminal_summary(terminalreporter: Any, exitstatus: int, config: pytest.Config) -> None:
    peers = config.stash.get(_ITEM_PEERS, {})
    if not peers:
        return
    counts: dict[str, dict[str, int]] = {}
    for category in ("passed", "failed", "error", "skipped", "xfailed", "xpassed"):
        seen: set[str] = set()
        for report in terminalreporter.stats.get(category, []):
            nodeid = str(getattr(report, "nodeid", ""))
            if nodeid not in peers or nodeid in seen:
                continue
            # Passed setup/teardown reports are not test results; count only the call.
            if category == "passed" and getattr(report, "when", "call") != "call":
                continue
            seen.add(nodeid)
            per_peer = counts.setdefault(peers[nodeid], {})
            per_peer[category] = per_peer.get(category, 0) + 1
    if not counts:
        return
    terminalreporter.section("results per Stripe peer")
    for peer in sorted(counts):
        parts = ", ".join(f"{n} {category}" for category, n in counts[peer].items())
        terminalreporter.write_line(f"peer {peer}: {parts}")
