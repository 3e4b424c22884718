"""The commands an owner or integrator runs: `pos-app --self-check`, `pos-app sandbox-server`."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from tests.fixtures_peers import Peer


def run_pos_app(
    *args: str, env: dict[str, str], timeout: float = 60
) -> subprocess.CompletedProcess[str]:
    full_env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", **env}
    return subprocess.run(
        [sys.executable, "-m", "pos_app", *args],
        env=full_env,
        capture_output=True,
        text=True,
        timeout=timeout,
    )


def test_self_check_reports_folders_backend_and_a_reachable_stripe(
    sandbox: Peer, tmp_path: Path
) -> None:
    done = run_pos_app(
        "--self-check",
        env={
            "POS_STRIPE_SECRET_KEY": sandbox.secret_key,
            "POS_STRIPE_API_BASE": sandbox.base_url,
            "POS_DATA_DIR": str(tmp_path),
        },
    )

    assert done.returncode == 0, done.stdout + done.stderr
    out = done.stdout
    assert re.search(r"^pos-app\s+\d+\.\d+\.\d+", out, re.M)
    assert re.search(r"^qt platform\s+offscreen", out, re.M)
    assert f"data folder      {tmp_path / 'data'}" in out
    assert re.search(r"^keyring\s+\S", out, re.M)
    assert "answers, key accepted" in out and out.rstrip().endswith("OK")
    assert re.search(r"^stripe fees\s+readable$", out, re.M)
    assert sandbox.secret_key not in out + done.stderr


def test_self_check_fails_when_stripe_refuses_the_key(sandbox: Peer, tmp_path: Path) -> None:
    done = run_pos_app(
        "--self-check",
        env={
            "POS_STRIPE_SECRET_KEY": "sk_live_refusedByTheSandbox000",
            "POS_STRIPE_API_BASE": sandbox.base_url,
            "POS_DATA_DIR": str(tmp_path),
        },
    )

    assert done.returncode == 1
    assert "KEY REFUSED" in done.stdout and "PROBLEM: Stripe refused the API key." in done.stdout
    assert "refusedByTheSandbox" not in done.stdout + done.stderr


def test_self_check_fails_without_keys_or_keychain(tmp_path: Path) -> None:
    done = run_pos_app("--self-check", env={"POS_DATA_DIR": str(tmp_path)})

    assert done.returncode == 1
    assert "PROBLEM:" in done.stdout and "POS_STRIPE_SECRET_KEY" in done.stdout
    assert "Traceback" not in done.stderr


@pytest.mark.parametrize("how", [signal.SIGTERM, signal.SIGINT], ids=["SIGTERM", "SIGINT"])
def test_sandbox_server_command_announces_itself_and_stops_on_a_signal(
    tmp_path: Path, how: signal.Signals
) -> None:
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "pos_app",
            "sandbox-server",
            "--port",
            "0",
            "--data-dir",
            str(tmp_path),
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        line = process.stdout.readline()  # blocks until the server is listening
        assert re.fullmatch(r"listening on http://127\.0\.0\.1:\d+\n", line)
        process.send_signal(how)
        assert process.wait(timeout=15) == 0
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()


def test_self_check_with_keys_in_the_environment_does_not_fail_on_the_keychain(
    sandbox: Peer, tmp_path: Path
) -> None:
    # tests/conftest.py installs keyring's "fail" backend: there is no keychain at all.
    done = run_pos_app(
        "--self-check",
        env={
            "POS_STRIPE_SECRET_KEY": sandbox.secret_key,
            "POS_STRIPE_API_BASE": sandbox.base_url,
            "POS_DATA_DIR": str(tmp_path),
        },
    )

    assert done.returncode == 0, done.stdout + done.stderr
    assert re.search(
        r"^keyring\s+keychain not used \(keys from the environment\)$", done.stdout, re.M
    )
    assert "NOT USABLE" not in done.stdout


def test_retry_log_lines_never_cut_into_the_self_check_report(tmp_path: Path) -> None:
    # Nothing listens on port 9 of this machine: every try fails and is retried (and logged).
    full_env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "POS_STRIPE_SECRET_KEY": "sk_test_unreachableStripe0000",
        "POS_STRIPE_API_BASE": "http://127.0.0.1:9",
        "POS_DATA_DIR": str(tmp_path),
    }
    done = subprocess.run(
        [sys.executable, "-m", "pos_app", "--self-check"],
        env=full_env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,  # one stream, in the order a terminal shows it
        text=True,
        timeout=120,
    )

    lines = done.stdout.splitlines()
    assert done.returncode == 1
    end = next(i for i, text in enumerate(lines) if text.endswith("problem(s) found"))
    report = lines[: end + 1]
    assert not any("failed:" in text or text.startswith("retry") for text in report), report
    assert "NOT REACHABLE" in done.stdout
    assert "log while checking:" in lines[end + 1 :]
    assert "unreachableStripe" not in done.stdout
