"""`python -m tests.benchmarks.run [--quick] [--out PATH]`: measure, print, write the report.

Starts the app's own sandbox server on 127.0.0.1 in a temporary directory, runs the four
sections (each against a baseline measured in the same run), stops the server whatever
happens, prints the figures and writes them to docs/benchmarks.md below its hand-written
introduction, which is kept as it is.
"""

from __future__ import annotations

import argparse
import os
import platform
import signal
import sqlite3
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import httpx

from pos_app.__main__ import GUI_SWITCH_INTERVAL
from pos_app.sandbox.process import SandboxProcess

from . import gaps
from .common import Plan, Section, raw_client
from .customers import customers_section
from .gaps import gaps_section
from .history_page import history_page_section
from .listing import listing_section
from .local import journal_section, money_section
from .measure import Memory, Row
from .receipt import receipt_section
from .sale import sale_section
from .startup import startup_section
from .stripe_library import stripe_library_section

__all__ = ["DEFAULT_OUT", "FULL", "MARKER", "QUICK", "main"]

REPO_ROOT = Path(__file__).resolve().parents[2]
DEFAULT_OUT = REPO_ROOT / "docs" / "benchmarks.md"
MARKER = (
    "<!-- Everything below this line is written by `python -m tests.benchmarks.run`; "
    "edit the introduction above it. -->"
)
FULL = Plan(sales=200, day_charges=300, listings=30, journal_pairs=400, money_samples=400)
QUICK = Plan(sales=40, day_charges=100, listings=5, journal_pairs=100, money_samples=100,
             history_charges=300, history_rounds=2, slow_charges=2, startup_rounds=3,
             stripe_sales=20, receipts=30)  # fmt: skip

DEFAULT_INTRO = """\
# Benchmarks

Speed and memory of the till's hot paths, each measured against a bare baseline in the same
run on the same machine and the same server, so the ratios (not the absolute figures) are what
to compare between machines and versions. Timed tests are not used for this: a slow CI box
would make them flaky without telling anything.

Regenerate with `python -m tests.benchmarks.run` (about 20 s on two cores); `--quick` is a
smoke run of a few seconds that writes no report unless `--out` is given.
"""


# -- formatting ----------------------------------------------------------------------------


def _duration(seconds: float) -> str:
    if seconds < 1e-3:
        return f"{seconds * 1e6:.2f} µs"
    if seconds < 1.0:
        return f"{seconds * 1e3:.2f} ms"
    return f"{seconds:.2f} s"


def _size(size: int) -> str:
    if size < 1024 * 1024:
        return f"{size / 1024:.0f} KiB"
    return f"{size / (1024 * 1024):.2f} MiB"


def _rate(ops_per_s: float) -> str:
    return f"{ops_per_s:,.0f}" if ops_per_s >= 100 else f"{ops_per_s:.1f}"


def _time_cells(row: Row) -> list[str]:
    t = row.timing
    ratio = "baseline" if row.baseline is None else f"{row.ratio:.2f}×"
    return [t.label, str(len(t.samples)), _duration(t.median), _duration(t.p90),
            _rate(t.ops_per_s), ratio]  # fmt: skip


def _memory_cells(memory: Memory, baseline: Memory | None) -> list[str]:
    ratio = "baseline" if baseline is None else f"{memory.peak / baseline.peak:.2f}×"
    return [memory.label, _size(memory.peak), _size(memory.held), ratio]


_TIME_HEAD = ["case", "samples", "median", "p90", "ops/s", "ratio to baseline"]
_MEMORY_HEAD = ["case", "peak (tracemalloc)", "held by the result", "peak vs baseline"]


def _markdown_table(head: list[str], rows: list[list[str]]) -> list[str]:
    lines = ["| " + " | ".join(head) + " |", "|" + "|".join("---" for _ in head) + "|"]
    return lines + ["| " + " | ".join(cells) + " |" for cells in rows]


def _text_table(head: list[str], rows: list[list[str]]) -> list[str]:
    widths = [max(len(cells[i]) for cells in [head, *rows]) for i in range(len(head))]
    lines = []
    for cells in [head, *rows]:
        # The case name left-aligned, the figures right-aligned.
        padded = [cells[0].ljust(widths[0])]
        padded += [cell.rjust(width) for cell, width in zip(cells[1:], widths[1:], strict=True)]
        lines.append("  ".join(padded))
    return lines


def _tables(
    section: Section, table: Callable[[list[str], list[list[str]]], list[str]]
) -> list[str]:
    lines: list[str] = []
    for rows in section.tables:
        lines += [*([""] if lines else []), *table(_TIME_HEAD, [_time_cells(r) for r in rows])]
    if section.memory:
        lines += ["", *table(_MEMORY_HEAD, [_memory_cells(m, b) for m, b in section.memory])]
    return lines


# -- the machine ---------------------------------------------------------------------------


def _cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def _filesystem(path: Path) -> str:
    """The file system type under `path` (Linux), since fsync's cost depends on it."""
    try:
        mounts = [line.split() for line in Path("/proc/self/mounts").read_text().splitlines()]
    except OSError:
        return "unknown"
    resolved = str(path.resolve())
    best = max(
        (m for m in mounts if len(m) > 2 and resolved.startswith(m[1].rstrip("/") + "/")),
        key=lambda m: len(m[1]),
        default=None,
    )
    return best[2] if best else "unknown"


def machine(work: Path) -> list[tuple[str, str]]:
    usable = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    return [
        ("Date", datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")),
        ("CPU", f"{_cpu_model()}, {os.cpu_count()} cores ({usable} usable)"),
        ("Python", f"{platform.python_implementation()} {platform.python_version()}"),
        ("OS", platform.platform()),
        ("Libraries", f"httpx {httpx.__version__}, SQLite {sqlite3.sqlite_version}"),
        ("Temp file system", f"{_filesystem(work)} (the journals and the sandbox's data file)"),
    ]


# -- running -------------------------------------------------------------------------------


def _reset(base_url: str) -> None:
    # localstripe's reset: empties the store, the idempotency cache and the switches.
    with raw_client(base_url) as client:
        client.delete("/_config/data").raise_for_status()


def run_sections(
    plan: Plan, work: Path, say: Callable[[str], None], only: tuple[str, ...] = ()
) -> list[Section]:
    # The windows measured here run with the till's own thread switch interval and garbage
    # collection (both set by pos_app.__main__.run_gui for the GUI): a worker holding the GIL
    # is measured as in the till, and cycles are collected on the GUI thread's timer, never
    # in the middle of a worker's page.
    sys.setswitchinterval(GUI_SWITCH_INTERVAL)
    from pos_app.ui.gc_guard import GuiThreadCollector

    from .customers import gui_app

    collector = GuiThreadCollector(gui_app(), settle_after_ms=None)
    sandbox = SandboxProcess([sys.executable, "-m", "pos_app", "sandbox-server"], work / "sandbox")
    sections: list[Section] = []
    try:
        base_url = sandbox.start()
        say(f"sandbox server at {base_url}")
        gaps.SERVER_PID = sandbox.pid

        def reset() -> None:
            _reset(base_url)

        steps: list[tuple[str, Callable[[], Section]]] = [
            ("start-up", lambda: startup_section(plan, work)),
            ("walk-in charge", lambda: sale_section(base_url, work, plan, reset, sandbox.pid)),
            (
                "stripe library",
                lambda: stripe_library_section(base_url, work, plan, reset, sandbox.pid),
            ),
            ("day listing", lambda: listing_section(base_url, plan)),
            ("journal", lambda: journal_section(work, plan)),
            ("money parsing", lambda: money_section(plan)),
            ("customer directory", lambda: customers_section(plan)),
            ("history page", lambda: history_page_section(base_url, plan, work)),
            ("gui gaps", lambda: gaps_section(base_url, plan, work)),
            ("receipt", lambda: receipt_section(base_url, work, plan)),
        ]
        for name, step in steps:
            if only and not any(part in name for part in only):
                continue
            reset()
            # As a till does once it has started: what lives on is frozen, out of the
            # collections that happen while a section measures.
            collector.settle()
            started = time.perf_counter()
            sections.append(step())
            say(f"{name}: {time.perf_counter() - started:.1f} s")
    finally:
        sandbox.stop()
        collector.stop()
    return sections


def _method(plan: Plan, quick: bool) -> list[str]:
    return [
        f"- Plan: {'quick' if quick else 'full'} — {plan.sales} sales per case, "
        f"{plan.day_charges} charges listed {plan.listings} times per case, "
        f"{plan.journal_pairs} journal pairs per case, {plan.money_samples} money samples of "
        f"{plan.money_repeat} passes over the inputs.",
        "- The server is the app's own sandbox (`SandboxProcess`, localstripe behind the "
        "compatibility layer, its data file in a temporary directory) on 127.0.0.1, started "
        "once and reset with `DELETE /_config/data` before each section.",
        "- Loops are bounded by counts, never by durations. A few warm-up runs of every case "
        "come first; then the cases alternate in rounds (ABC, CBA, …) so drift of the machine "
        "or of the server's store falls evenly on all of them.",
        "- Each sample is one operation timed with `time.perf_counter` (money parsing: one "
        "batch, divided by its size). Median and p90 (nearest rank) are per operation; ops/s "
        "is operations over the time they took together.",
        '- "ratio to baseline" is paired: in every round the case and its baseline run back '
        "to back, the round's ratio is the case's median over the baseline's, and the column "
        "shows the median of those ratios. A slow spell of the (virtual) machine then moves "
        "both sides of a ratio together instead of skewing one side's median.",
        '- Memory is tracemalloc\'s peak during one listing after the timed runs; "held" is '
        "what the returned list still occupies.",
        "- The sale baseline sends exactly the till's form fields (checked once before timing "
        "with a recording transport) and decodes the JSON answers; the till's figure includes "
        "taking the next order number, as a sale does. Where the machine allows it, the two "
        "sale sections run the sandbox server on a core of its own and this process on the "
        "others, as Stripe runs on machines the till does not share (tests/benchmarks/cores.py); "
        "the walk-in section also times the bare and the till's sale with the server free to "
        "use every core.",
        "- Start-up: each sample is one fresh process, from just before it is spawned to the "
        "line it prints once its window has painted and the event loop is idle; byte code is "
        "cached in the run's folder first, as in an installed till.",
        "- GUI gaps: a 5 ms precise QTimer on the GUI thread; a watchdog thread samples every "
        "thread's stack (`sys._current_frames`) while the timer is more than 16 ms late, and "
        "each tick reads the GUI thread's time on a core and waiting for one (its CPU clock "
        "and Linux's schedstat), which the longest gap is split into. The "
        "windows run with the till's thread switch interval (0.2 ms) and its garbage "
        "collection (automatic collection off, cycles collected from a 100 ms timer on the GUI "
        "thread, only the youngest generation while a listing runs, what lives from the start "
        "and what a listing left frozen out of later passes: `ui/gc_guard.py`). The event loop "
        "is Qt's own (as the till asks for it on Linux), run as the till runs it, waiting for "
        "events: a listing's worker makes way for the window while it handles them "
        "(`ui/window_gate.py`).",
    ]


def report(sections: list[Section], plan: Plan, quick: bool, work: Path, took: float) -> str:
    lines = [MARKER, "", "## Machine", ""]
    lines += [f"- {name}: {value}" for name, value in machine(work)]
    lines += [f"- Whole run: {took:.0f} s", "", "## Method", "", *_method(plan, quick)]
    lines += ["", "## Results"]
    for number, section in enumerate(sections, 1):
        lines += ["", f"### {number}. {section.title}", "", *_tables(section, _markdown_table)]
        lines += ["", *[f"- {note}" for note in section.notes]]
    lines += ["", "## What the ratios mean", "", *_meaning()]
    return "\n".join(lines) + "\n"


def _meaning() -> list[str]:
    return [
        "- Walk-in charge: the till's overhead per sale over the bare wire conversation. Only "
        "the difference in milliseconds matters to a cashier; on loopback the baseline has no "
        "network in it, so the ratio overstates what anyone at the counter can notice.",
        "- Day listing: the cost of turning Stripe's JSON into typed domain objects (money, "
        "card, status) once the JSON is decoded, and what that does to peak memory.",
        "- Journal: the price of durability. A large ratio is expected and accepted: it is "
        "the fsync that lets the till prove after a crash whether a customer was charged.",
        "- Money parsing: the price of accepting what cashiers actually type.",
        "- History page: what showing a busy day as it arrives adds to reading it from Stripe, "
        "and how long the window may stop answering meanwhile (a gap under 100 ms is not "
        "noticed).",
        "- Start-up: what the till adds to a bare Qt window before the cashier sees it; the "
        "network, the journal and the other pages come after the first paint.",
        "- Stripe's library: the same two calls made the usual way; the till should cost less "
        "per sale while also journaling the attempt durably before it is sent.",
        "- GUI gaps: a gap over 16 ms is a dropped frame; the stack named with it says where "
        "the time went.",
        "- A ratio that grows between two runs on the same machine points at a regression in "
        "the till's code; absolute figures vary with the machine and its disk.",
    ]


def write_report(path: Path, generated: str) -> None:
    """Keep the introduction above the marker (or write the default one), replace the rest."""
    intro = DEFAULT_INTRO
    if path.exists():
        text = path.read_text(encoding="utf-8")
        if MARKER in text:
            intro = text.split(MARKER, 1)[0].rstrip("\n") + "\n"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(intro + "\n" + generated, encoding="utf-8")


def _exit_on_sigterm(signum: int, frame: object) -> None:
    raise SystemExit(128 + signum)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.benchmarks.run", description=__doc__)
    parser.add_argument("--quick", action="store_true", help="fewer samples (a smoke run)")
    parser.add_argument(
        "--out",
        type=Path,
        default=None,
        help=f"report file (default {DEFAULT_OUT.relative_to(REPO_ROOT)}; "
        "with --quick none unless given)",
    )
    parser.add_argument(
        "--only",
        default="",
        help="run only the sections whose names contain one of these comma-separated words "
        "(for example 'customer,history,gaps'); no report file unless --out is given",
    )
    args = parser.parse_args(argv)
    plan = QUICK if args.quick else FULL
    only = tuple(part.strip() for part in args.only.split(",") if part.strip())
    partial = args.quick or bool(only)
    out: Path | None = args.out if args.out is not None else (None if partial else DEFAULT_OUT)

    def say(text: str) -> None:
        print(text, file=sys.stderr, flush=True)

    # A terminated run still stops its sandbox server and removes its files: SIGTERM unwinds
    # through the `finally` blocks like Ctrl+C does.
    signal.signal(signal.SIGTERM, _exit_on_sigterm)
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="pos-bench-") as temp:
        work = Path(temp)
        sections = run_sections(plan, work, say, only)
        took = time.perf_counter() - started
        for number, section in enumerate(sections, 1):
            print(f"\n{number}. {section.title}")
            print("\n".join(_tables(section, _text_table)))
        print(f"\nwhole run: {took:.1f} s")
        if out is not None:
            write_report(out, report(sections, plan, args.quick, work, took))
            print(f"written to {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
