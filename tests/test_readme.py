"""The README's Quick start is what a shop owner and CI run: keep its two lines honest."""

from __future__ import annotations

import re
from pathlib import Path

README = Path(__file__).resolve().parents[1] / "README.md"


def quick_start_blocks() -> list[str]:
    quick = README.read_text(encoding="utf-8").split("## Quick start", 1)[1]
    return [b.strip() for b in re.findall(r"```(?:sh|bash|shell)?\n(.*?)```", quick, re.S)]


def test_first_block_installs_and_starts_the_sandbox_till() -> None:
    run = quick_start_blocks()[0]
    assert "\n" not in run
    assert "python3 -m venv .venv" in run and "pip install" in run
    assert run.endswith("pos-app --sandbox")


def test_second_block_installs_and_runs_the_whole_suite() -> None:
    test = quick_start_blocks()[1]
    assert "\n" not in test
    assert "'.[test]'" in test and "-m pytest" in test


def test_ci_runs_the_readme_line() -> None:
    ci = (README.parent / ".ci" / "run").read_text(encoding="utf-8")
    assert "blocks[1]" in ci and 'bash -c "$line"' in ci
