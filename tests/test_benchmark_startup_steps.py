"""The start-up section's steps between the bare window and the till still start and paint,
and the third has loaded the modules the till loads before its first paint (the section's
explanation of where the till's time goes rests on both)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.benchmarks.startup import _STEP, _STEPS, REPO_ROOT

_LOADED = "import sys; print(sorted(m for m in sys.modules if m.startswith('pos_app')))\n"


def _run(step: int, tmp_path: Path, script: str = _STEP) -> str:
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "PYTHONPATH": str(REPO_ROOT),
        "XDG_CONFIG_HOME": str(tmp_path),
    }
    done = subprocess.run(
        [sys.executable, "-c", script, str(step)],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    return done.stdout


@pytest.mark.parametrize("step", range(1, len(_STEPS) + 1))
def test_each_step_paints_its_window_and_says_so(step: int, tmp_path: Path) -> None:
    lines = _run(step, tmp_path).splitlines()
    assert lines[1] == "ready"
    # Before it, what the start cost until then, as the till's probe says it (Linux).
    usage = lines[0].split()
    assert usage[:2] == ["pos-app:", "usage"] and float(usage[2]) > 0 and int(usage[4]) > 0


def test_the_last_step_has_the_modules_the_till_loads_before_its_first_paint(
    tmp_path: Path,
) -> None:
    loaded = _run(len(_STEPS), tmp_path, _STEP + _LOADED).splitlines()[2]
    for module in ("pos_app.launcher", "pos_app.ui.main_window", "pos_app.ui.pages.charge_page"):
        assert repr(module) in loaded
    # ... and nothing the till itself keeps until after that paint.
    assert "'pos_app.gateway" not in loaded and "'pos_app.services.context'" not in loaded
