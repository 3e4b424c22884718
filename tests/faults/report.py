"""Writes the figures of a full-size batch and crash run into docs/reliability.md, between its
`<!-- figures:start -->` and `<!-- figures:end -->` lines (the rest of the page is prose)."""

from __future__ import annotations

import platform
from collections import Counter
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path

from .batch import Tally
from .crash import CrashResult

__all__ = ["DOC", "figures", "write_figures"]

DOC = Path(__file__).resolve().parents[2] / "docs" / "reliability.md"
START = "<!-- figures:start -->"
END = "<!-- figures:end -->"


def figures(tallies: Sequence[Tally], crashes: Sequence[object], *, command: str, seed: int) -> str:
    """The figures section, in Markdown."""
    when = datetime.now(UTC).strftime("%Y-%m-%d")
    lines = [
        f"Measured {when} on {platform.system()} with Python {platform.python_version()}, "
        f"seed {seed}:",
        "",
        "```sh",
        command,
        "```",
        "",
        "| Batch | Operations | Faults injected | Duplicates | Lost | Unresolved | Journal |",
        "| --- | ---: | ---: | ---: | ---: | ---: | --- |",
    ]
    for t in tallies:
        journal = ", ".join(f"{n} {state}" for state, n in sorted(t.attempts.items()))
        lines.append(
            f"| {t.kind} | {t.ops} | {t.injected} | {t.duplicates} | {t.lost} | "
            f"{t.unresolved} | {journal} |"
        )
    kinds = [t.kind for t in tallies]
    faults: Counter[str] = Counter()
    for t in tallies:
        faults.update(t.faults)
    lines += [
        "",
        "Faults injected, by fault and batch:",
        "",
        "| Fault | " + " | ".join(kinds) + " |",
        "| --- |" + " ---: |" * len(kinds),
    ]
    for name in sorted(faults):
        row = " | ".join(str(t.faults.get(name, 0)) for t in tallies)
        lines.append(f"| {name} | {row} |")
    problems = [p for t in tallies for p in t.problems]
    if problems:
        lines += ["", "Left over (see the known gap above):", ""]
        lines += [f"- {p}" for p in problems[:20]]
    results = [c for c in crashes if isinstance(c, CrashResult)]
    if results:
        lines += [
            "",
            "| Kill point | Runs | Outcome after the next start |",
            "| --- | ---: | --- |",
        ]
        lines += [f"| {c.point} | {c.runs} | {c.outcome} |" for c in results]
    return "\n".join(lines)


def write_figures(
    tallies: Sequence[Tally], crashes: Sequence[object], *, command: str, seed: int
) -> None:
    text = DOC.read_text(encoding="utf-8")
    head, rest = text.split(START, 1)
    _, tail = rest.split(END, 1)
    body = figures(tallies, crashes, command=command, seed=seed)
    DOC.write_text(f"{head}{START}\n{body}\n{END}{tail}", encoding="utf-8")
