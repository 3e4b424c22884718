"""Run a fresh interpreter that reports what it saw as one JSON line: for checks that need
a process of their own (start-up order, imports, a screen scale set before Qt starts)."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

__all__ = ["child_report"]


def child_report(
    args: Sequence[str],
    env: Mapping[str, str],
    *,
    cwd: Path | None = None,
    timeout: float = 60,
) -> Any:
    """`python *args` in `env`; its last line of output, read as JSON. A child that fails
    fails the test with the end of what it wrote to stderr."""
    done = subprocess.run(
        [sys.executable, *args],
        cwd=cwd,
        env=dict(env),
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    return json.loads(done.stdout.strip().splitlines()[-1])
