"""packaging/build.py's check of the frozen till: it reads the self-check's resources line."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.fixtures_peers import Peer
from tests.packaging.support import load

build = load("build")

# The self-check of an install that lacks one required resource (a broken bundle).
SELF_CHECK_MISSING = (
    "import pos_app.services.assets as assets\n"
    "assets.REQUIRED_RESOURCES += ('icons/left-out.svg',)\n"
    "from pos_app.__main__ import main\n"
    "raise SystemExit(main(['--self-check']))\n"
)


def _self_check(sandbox: Peer, tmp_path: Path, *args: str) -> str:
    env = {
        **os.environ,
        "POS_DATA_DIR": str(tmp_path),
        "POS_STRIPE_SECRET_KEY": sandbox.secret_key,
        "POS_STRIPE_API_BASE": sandbox.base_url,
        "QT_QPA_PLATFORM": "offscreen",
    }
    done = subprocess.run(
        [sys.executable, *args], env=env, capture_output=True, text=True, timeout=60
    )
    return done.stdout


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (("-m", "pos_app", "--self-check"), None),
        (("-c", SELF_CHECK_MISSING), "cannot find its resources"),
    ],
    ids=["whole", "one-missing"],
)
def test_the_build_passes_a_whole_bundle_and_stops_a_broken_one(
    sandbox: Peer, tmp_path: Path, args: tuple[str, ...], expected: str | None
) -> None:
    problem = build.resources_problem(_self_check(sandbox, tmp_path, *args))
    if expected is None:
        assert problem is None
    else:
        assert problem is not None and expected in problem and "icons/left-out.svg" in problem


def test_a_self_check_without_a_resources_line_is_refused() -> None:
    assert build.resources_problem("pos-app 0.1.0\nOK\n") == (
        "the self-check printed no resources line"
    )
