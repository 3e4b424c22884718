"""The sandbox server process: its CLI, persistence, loopback binding, keys and the slow switch."""

from __future__ import annotations

import hashlib
import os
import re
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx
import pytest

from pos_app.sandbox.state import STORE_FILE
from tests.fixtures_peers import Peer
from tests.sandbox.helpers import card_form, charge, tokenize

REPO_ROOT = Path(__file__).resolve().parents[2]
KEY = ("sk_test_sandboxtests", "")


class Server:
    """`python -m pos_app.sandbox` started by a test, with its announced base URL."""

    def __init__(self, *args: str, cwd: Path) -> None:
        env = {**os.environ, "TMPDIR": str(cwd), "PYTHONPATH": str(REPO_ROOT)}
        self.process = subprocess.Popen(
            [sys.executable, "-m", "pos_app.sandbox", *args],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            cwd=cwd,
            env=env,
        )
        assert self.process.stdout is not None
        self.first_line = self.process.stdout.readline().decode()
        assert self.first_line, f"the sandbox did not start: {self.stop()}"
        self.base_url = self.first_line.removeprefix("listening on ").strip()

    def stop(self, signum: int = signal.SIGTERM) -> tuple[int, str]:
        """Signal the server; return its exit code and whatever else it printed."""
        if self.process.poll() is None:
            self.process.send_signal(signum)
        out, _ = self.process.communicate(timeout=15)
        return self.process.returncode, out.decode()


@pytest.fixture
def start(tmp_path: Path) -> Iterator[type[Server]]:
    started: list[Server] = []

    class Started(Server):
        def __init__(self, *args: str) -> None:
            super().__init__(*args, cwd=tmp_path)
            started.append(self)

    yield Started
    for server in started:
        if server.process.poll() is None:
            server.process.kill()
            server.process.communicate(timeout=15)


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")
@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGINT], ids=["SIGTERM", "SIGINT"])
def test_the_cli_announces_its_address_and_stops_cleanly_on_a_signal(
    start: type[Server], signum: int
) -> None:
    server = start("--port", "0")

    answer = httpx.get(f"{server.base_url}/v1/charges", auth=KEY)
    code, rest = server.stop(signum)

    assert server.first_line.startswith("listening on http://127.0.0.1:")
    assert int(server.base_url.rsplit(":", 1)[1]) > 0  # the real port, not 0
    assert answer.status_code == 200
    assert code == 0
    # Then one line per request: method, path, status and time; no query, body or key.
    assert re.fullmatch(r"GET /v1/charges 200 \d+\.\dms\n", rest), rest


def test_a_data_dir_keeps_charges_and_idempotent_answers_across_restarts(
    start: type[Server], tmp_path: Path
) -> None:
    data_dir = tmp_path / "data"
    first = start("--port", "0", "--data-dir", str(data_dir))
    card_key = {"Idempotency-Key": "card-1"}
    with httpx.Client(base_url=first.base_url, auth=KEY) as api:
        token = api.post("/v1/tokens", data=card_form("4242424242424242"), headers=card_key).json()
        paid = charge(api, source=token["id"], headers={"Idempotency-Key": "sale-1"}).json()
    first.stop()

    second = start("--port", "0", "--data-dir", str(data_dir))
    with httpx.Client(base_url=second.base_url, auth=KEY) as api:
        listed = api.get("/v1/charges").json()["data"]
        retry = charge(api, source=token["id"], headers={"Idempotency-Key": "sale-1"})
        reused = charge(api, source=token["id"])
        retokenized = api.post("/v1/tokens", data=card_form("4242424242424242"), headers=card_key)

    assert [c["id"] for c in listed] == [paid["id"]]
    assert retry.json()["id"] == paid["id"]
    assert retry.headers["Idempotent-Replayed"] == "true"
    assert reused.json()["error"]["code"] == "token_already_used"
    # A request carrying card data is replayed only while the server runs: not even a digest
    # of a card number is written to disk.
    assert "Idempotent-Replayed" not in retokenized.headers
    assert retokenized.json()["id"] != token["id"]
    assert (data_dir / STORE_FILE).is_file()


def test_the_data_file_never_holds_a_card_number(start: type[Server], tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    server = start("--port", "0", "--data-dir", str(data_dir))
    with httpx.Client(base_url=server.base_url, auth=KEY) as api:
        token = tokenize(api, "5555555555554444")
        api.post("/v1/customers", data={"source": token["id"]})
    server.stop()

    saved = (data_dir / STORE_FILE).read_bytes()
    assert b"5555555555554444" not in saved
    assert b"4444" in saved  # last4 is kept for the receipt
    # Nor an unkeyed hash of it, which could be brute-forced back into the number.
    for digest in (hashlib.sha1, hashlib.sha256, hashlib.md5):
        hexed = digest(b"5555555555554444").hexdigest()
        assert hexed[:16].encode() not in saved
    assert token["card"]["fingerprint"].encode() in saved


def _stamp(path: Path) -> int | None:
    return path.stat().st_mtime_ns if path.exists() else None


def test_without_a_data_dir_nothing_is_written(start: type[Server], tmp_path: Path) -> None:
    shared = Path("/tmp/localstripe.pickle")  # localstripe's hard-coded store file
    before = _stamp(shared)
    server = start("--port", "0")
    with httpx.Client(base_url=server.base_url, auth=KEY) as api:
        charge(api, source=tokenize(api, "4242424242424242")["id"])
    server.stop()

    assert list(tmp_path.iterdir()) == []  # the working and temp folder stay empty
    assert _stamp(shared) == before


@pytest.mark.skipif(not Path("/proc/net/tcp").exists(), reason="reads Linux's socket table")
def test_it_listens_on_loopback_only(start: type[Server]) -> None:
    server = start("--port", "0")
    port = int(server.base_url.rsplit(":", 1)[1])

    listening = []
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        if not Path(table).exists():
            continue
        with open(table) as handle:
            for row in list(handle)[1:]:
                local, state = row.split()[1], row.split()[3]
                if state == "0A" and int(local.rsplit(":", 1)[1], 16) == port:
                    listening.append((table, local.rsplit(":", 1)[0]))

    assert listening == [("/proc/net/tcp", "0100007F")]  # 127.0.0.1, and no IPv6 socket


def test_a_non_loopback_address_of_this_machine_is_refused(start: type[Server]) -> None:
    server = start("--port", "0")
    port = int(server.base_url.rsplit(":", 1)[1])
    try:
        with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe:
            probe.connect(("192.0.2.1", 9))  # no packet is sent; picks the outward address
            address = probe.getsockname()[0]
    except OSError:
        pytest.skip("this machine has no non-loopback IPv4 address")
    if address.startswith("127."):
        pytest.skip("this machine has no non-loopback IPv4 address")

    with pytest.raises(httpx.ConnectError):
        httpx.get(f"http://{address}:{port}/v1/charges", auth=KEY, timeout=5)


# --- keys --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "authorization",
    [None, "Bearer sk_live_abcdefgh", "Bearer rk_test_abcdefgh", "Bearer sk_test_", "Bearer x"],
)
def test_anything_but_a_test_secret_key_is_refused(
    sandbox: Peer, authorization: str | None
) -> None:
    headers = {"Authorization": authorization} if authorization else {}

    response = httpx.get(f"{sandbox.base_url}/v1/charges", headers=headers)

    assert response.status_code == 401
    error = response.json()["error"]
    assert error["type"] == "invalid_request_error"
    assert "abcdefgh" not in error["message"]  # a key is never echoed


def test_a_publishable_key_may_tokenize_but_not_charge(sandbox: Peer) -> None:
    as_field = httpx.post(
        f"{sandbox.base_url}/v1/tokens",
        data={**card_form("4242424242424242"), "key": sandbox.publishable_key},
    )
    as_bearer = httpx.post(
        f"{sandbox.base_url}/v1/tokens",
        data=card_form("4242424242424242"),
        headers={"Authorization": f"Bearer {sandbox.publishable_key}"},
    )
    charging = httpx.post(
        f"{sandbox.base_url}/v1/charges",
        data={"amount": 1000, "currency": "eur", "source": as_field.json()["id"]},
        headers={"Authorization": f"Bearer {sandbox.publishable_key}"},
    )

    assert as_field.status_code == 200
    assert as_bearer.json()["card"]["last4"] == "4242"
    assert charging.status_code == 401
    assert "publishable API key" in charging.json()["error"]["message"]


# --- the slow-answer switch -----------------------------------------------------------------


def test_the_delay_switch_slows_charges_without_blocking_other_requests(
    sandbox: Peer, sandbox_api: httpx.Client
) -> None:
    delay_s = 0.5
    switched = httpx.post(f"{sandbox.base_url}/_pos/config", data={"charge_delay_ms": 500})
    source = tokenize(sandbox_api, "4242424242424242")["card"]["id"]

    def timed_charge() -> float:
        began = time.monotonic()
        assert charge(sandbox_api, source=source).status_code == 200
        return time.monotonic() - began

    def timed_list() -> float:
        began = time.monotonic()
        assert sandbox_api.get("/v1/charges").status_code == 200
        return time.monotonic() - began

    began = time.monotonic()
    with ThreadPoolExecutor(3) as pool:
        charges = [pool.submit(timed_charge) for _ in range(2)]
        listing = pool.submit(timed_list)
        charge_times = [future.result() for future in charges]
        list_time = listing.result()
    wall = time.monotonic() - began

    assert switched.json()["charge_delay_ms"] == 500
    assert min(charge_times) >= delay_s
    assert list_time < delay_s
    assert wall < 2 * delay_s  # both delayed charges waited at the same time


def test_resetting_the_data_turns_the_delay_switch_off(sandbox: Peer) -> None:
    httpx.post(f"{sandbox.base_url}/_pos/config", json={"charge_delay_ms": 1500})

    httpx.delete(f"{sandbox.base_url}/_config/data")

    assert httpx.get(f"{sandbox.base_url}/_pos/config").json() == {
        "charge_delay_ms": 0,
        "lose_charge_answers": 0,
        "refuse_raw_card_data": 0,
    }


@pytest.mark.parametrize("value", ["-1", "soon", "600001"])
def test_a_bad_delay_is_refused(sandbox: Peer, value: str) -> None:
    response = httpx.post(f"{sandbox.base_url}/_pos/config", data={"charge_delay_ms": value})

    assert response.status_code == 400
    assert response.json()["error"]["param"] == "charge_delay_ms"


# --- the lost-answer switch -----------------------------------------------------------------


def test_a_lost_answer_still_makes_the_charge_and_the_same_key_replays_it(
    sandbox: Peer, sandbox_api: httpx.Client
) -> None:
    switched = httpx.post(f"{sandbox.base_url}/_pos/config", data={"lose_charge_answers": "1"})
    assert switched.json()["lose_charge_answers"] == 1
    token = tokenize(sandbox_api, "4242424242424242")["id"]
    form = {"amount": "1000", "currency": "usd", "source": token}
    headers = {"Idempotency-Key": "lost-answer-1"}

    with pytest.raises(httpx.RemoteProtocolError):
        sandbox_api.post("/v1/charges", data=form, headers=headers)
    replay = sandbox_api.post("/v1/charges", data=form, headers=headers)

    assert replay.status_code == 200
    assert replay.headers["Idempotent-Replayed"] == "true"
    listed = sandbox_api.get("/v1/charges").json()["data"]
    assert [c["id"] for c in listed] == [replay.json()["id"]]
    assert httpx.get(f"{sandbox.base_url}/_pos/config").json()["lose_charge_answers"] == 0


@pytest.mark.parametrize("value", ["-1", "many", "101"])
def test_a_bad_lost_answer_count_is_refused(sandbox: Peer, value: str) -> None:
    response = httpx.post(f"{sandbox.base_url}/_pos/config", data={"lose_charge_answers": value})

    assert response.status_code == 400
    assert response.json()["error"]["param"] == "lose_charge_answers"


# --- idempotency details beyond the gap tests ---------------------------------------------


def test_a_key_reused_on_another_endpoint_is_refused(sandbox_api: httpx.Client) -> None:
    paid = charge(
        sandbox_api,
        source=tokenize(sandbox_api, "4242424242424242")["id"],
        headers={"Idempotency-Key": "k-1"},
    ).json()

    refund = sandbox_api.post(
        "/v1/refunds", data={"charge": paid["id"]}, headers={"Idempotency-Key": "k-1"}
    )

    assert refund.status_code == 400
    assert refund.json()["error"]["type"] == "idempotency_error"
    assert sandbox_api.get(f"/v1/charges/{paid['id']}").json()["amount_refunded"] == 0
