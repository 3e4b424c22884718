"""SandboxProcess: the till's way to run the sandbox server as a quiet child process."""

from __future__ import annotations

import subprocess
import sys
import threading
import time
from pathlib import Path

import httpx
import pytest

from pos_app.sandbox import LOG_FILE, SandboxProcess, SandboxStartError
from pos_app.sandbox.state import STORE_FILE

SERVER = [sys.executable, "-m", "pos_app.sandbox"]


def test_the_child_serves_until_stopped_and_keeps_its_data(tmp_path: Path) -> None:
    with SandboxProcess(SERVER, tmp_path) as sandbox:
        url = sandbox.base_url
        answer = httpx.get(f"{url}/v1/charges", auth=("sk_test_till", ""))
        customer = httpx.post(f"{url}/v1/customers", data={"name": "Ada"}, auth=("sk_test_t", ""))
        child = sandbox._process
        pid = sandbox.pid

    assert url.startswith("http://127.0.0.1:")
    assert answer.status_code == 200
    assert customer.status_code == 200
    assert child is not None and child.poll() is not None  # stopped on leaving the block
    assert not sandbox.running
    assert child is not None and pid == child.pid  # named while it ran
    assert sandbox.pid is None  # and no longer once stopped
    assert (tmp_path / STORE_FILE).is_file()
    with pytest.raises(httpx.ConnectError):
        httpx.get(f"{url}/v1/charges", auth=("sk_test_till", ""), timeout=2)


def test_a_child_that_dies_early_is_reported_with_its_output(tmp_path: Path) -> None:
    dying = [
        sys.executable,
        "-c",
        "import sys; sys.stderr.write('no localstripe here'); sys.exit(3)",
    ]

    with pytest.raises(SandboxStartError, match="no localstripe here"):
        SandboxProcess(dying, tmp_path).start()


def test_a_silent_child_is_given_up_after_the_deadline(tmp_path: Path) -> None:
    silent = [sys.executable, "-c", "import time; time.sleep(60)"]
    process = SandboxProcess(silent, tmp_path, startup_timeout=0.5)

    with pytest.raises(SandboxStartError, match="did not start within"):
        process.start()

    assert not process.running


def test_the_child_output_goes_to_its_log_not_the_console(
    tmp_path: Path, capfd: pytest.CaptureFixture[str]
) -> None:
    noisy = [
        sys.executable,
        "-c",
        "import sys, time; sys.stderr.write('warning text\\n'); sys.stderr.flush();"
        "print('listening on http://127.0.0.1:9', flush=True); print('chatter', flush=True);"
        "time.sleep(60)",
    ]

    with SandboxProcess(noisy, tmp_path) as sandbox:
        assert sandbox.base_url == "http://127.0.0.1:9"

    out, err = capfd.readouterr()
    assert "chatter" not in out + err
    assert "warning text" not in out + err
    assert "warning text" in (tmp_path / LOG_FILE).read_text()


def test_base_url_before_start_says_the_server_is_not_running(tmp_path: Path) -> None:
    with pytest.raises(RuntimeError, match="not running"):
        _ = SandboxProcess(SERVER, tmp_path).base_url


def test_the_child_stops_when_the_till_dies_without_cleaning_up(tmp_path: Path) -> None:
    # A till killed outright (crash, task manager) never calls stop(); the server notices its
    # stdin closing and stops, instead of holding the port and the data file.
    till = subprocess.run(
        [
            sys.executable,
            "-c",
            "import os, sys; from pathlib import Path; "
            "from pos_app.sandbox import SandboxProcess; "
            f"s = SandboxProcess({SERVER!r}, Path({str(tmp_path)!r})); s.start(); "
            "print(s.base_url, flush=True); os._exit(9)",
        ],
        capture_output=True,
        text=True,
        timeout=60,
    )
    url = till.stdout.strip()
    assert till.returncode == 9 and url.startswith("http://127.0.0.1:")

    deadline = time.monotonic() + 20
    while True:  # the orphan's own shutdown is asynchronous: wait for the port to close
        try:
            httpx.get(f"{url}/v1/charges", auth=("sk_test_till", ""), timeout=1)
        except httpx.ConnectError:
            break
        assert time.monotonic() < deadline, "the orphaned sandbox server kept running"
        threading.Event().wait(0.1)
