"""How the composition root starts the training sandbox, from a checkout or a frozen build."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from pos_app.app import sandbox_command


def test_from_a_checkout_the_sandbox_runs_under_this_python() -> None:
    assert sandbox_command() == [sys.executable, "-m", "pos_app", "sandbox-server"]


def test_a_frozen_build_starts_the_console_exe_beside_the_windowed_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    windowed = tmp_path / "pos-app.exe"
    console = tmp_path / "pos-app-debug.exe"
    windowed.write_bytes(b"")
    console.write_bytes(b"")
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(windowed))

    assert sandbox_command() == [str(console), "sandbox-server"]

    console.unlink()
    assert sandbox_command() == [str(windowed), "sandbox-server"]
