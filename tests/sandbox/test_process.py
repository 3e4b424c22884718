"""SandboxProcess: the till's way to run the sandbox server as a quiet child process."""

from __future__ import annotations

import sys
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

    assert url.startswith("http://127.0.0.1:")
    assert answer.status_code == 200
    assert customer.status_code == 200
    assert child is not None and child.poll() is not None  # stopped on leaving the block
    assert not sandbox.running
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
