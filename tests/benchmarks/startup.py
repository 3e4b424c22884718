"""Start-up: process start to the main window shown and idle, against a bare QMainWindow.

Both are started the same way, as a fresh `python` process on the offscreen platform, and
timed from just before the process is spawned to the line it prints once its window has
painted and the event loop is idle. The till is started as its installed launchers start it
(the `pos-app` script and the Windows build's entry script both import
`pos_app.__main__.main` and call it; `python -m` would add runpy's import and a package
search that neither pays, 1-2 ms), given with `-c` like the bare window's program, with the
keys and the manager PIN in the environment and stored settings in its per-user folders (a
till set up by its owner); `POS_STARTUP_PROBE` makes it print that line
(pos_app/launcher.py), and a second one once its services are built after that paint and
Charge works; then it quits. The
baseline builds and shows a QMainWindow and prints from a zero timer armed at its first
paint, which is where the till's first line comes too. Byte code is cached in the run's own folder
(`PYTHONPYCACHEPREFIX`), as an installed till has its .pyc files.

Three steps between the two are timed in the same rounds, to say where the till's extra time
goes: the bare window with one line of text (the font stack a window without text never
loads; fontconfig set up on a helper thread, as the till starts it), then with the till's
look as well (its palette, body font and style sheet, from `pos_app.ui.style`), then with
every module the till imports before its first paint loaded first, the way
`pos_app.__main__` loads them. What is left between the last step and the till
is reading its settings, taking its lock, opening its log and building and painting its window.

Just before its ready line each program prints what its start has cost the machine so far
(processor time in user space and in the kernel, and minor page faults, where the platform
counts them), and the section reports the bare window's and the till's side by side.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import textwrap
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from pos_app.launcher import (
    STARTUP_CHARGE_READY,
    STARTUP_PROBE_ENV,
    STARTUP_READY,
    STARTUP_USAGE,
)
from pos_app.storage.paths import AppPaths
from pos_app.storage.settings import Settings, SettingsStore, hash_pin

from .common import SECRET_KEY, Plan, Section
from .measure import Row, Timing, interleaved, ratio

__all__ = ["startup_section"]

REPO_ROOT = Path(__file__).resolve().parents[2]

#: Prints "ready" from a zero timer armed at the window's first paint, then quits: the line
#: every start-up case is timed to (the till prints its own at the same moment).
_READY_AT_FIRST_PAINT = textwrap.dedent(
    f"""
    from PySide6.QtCore import QEvent, QObject, QTimer

    def ready():
        # As the till's probe does (pos_app/launcher.py, `startup_usage`).
        try:
            import resource
        except ImportError:
            pass
        else:
            used = resource.getrusage(resource.RUSAGE_SELF)
            print(
                f"{STARTUP_USAGE} {{used.ru_utime:.6f}} {{used.ru_stime:.6f}} {{used.ru_minflt}}",
                flush=True,
            )
        print("ready", flush=True)
        app.quit()

    class FirstPaint(QObject):
        def eventFilter(self, watched, event):
            if event.type() == QEvent.Type.Paint:
                watched.removeEventFilter(self)
                QTimer.singleShot(0, ready)
            return False
    """
)

_SHOW_AND_RUN = textwrap.dedent(
    """
    probe = FirstPaint(window)
    window.installEventFilter(probe)
    window.show()
    app.exec()
    """
)

_BARE = (
    "import sys\n"
    + _READY_AT_FIRST_PAINT
    + textwrap.dedent(
        """
        from PySide6.QtWidgets import QApplication, QMainWindow

        app = QApplication(sys.argv)
        window = QMainWindow()
        window.resize(1280, 800)
        """
    )
    + _SHOW_AND_RUN
)

#: The bare window, one step at a time towards the till (`_STEPS`): argv[1] is the step.
_STEP = (
    textwrap.dedent(
        """
        import sys
        step = int(sys.argv[1])
        # Every step sets up fontconfig on a helper thread, as the till does first of all
        # (pos_app/font_warmup.py): the steps measure text as the till pays for it.
        from pos_app.font_warmup import warm_font_configuration
        warm_font_configuration()
        if step >= 3:
            # As pos_app.__main__ loads them: the Qt-free modules before PySide6.
            import pos_app.app
            import pos_app.services.assets
            import pos_app.services.identity
        if step >= 2:
            # As the till does, PySide6's import hook is told which modules use Qt.
            import pos_app
            from pos_app.ui.lazy_qt import register_modules_with_feature_hook
            register_modules_with_feature_hook(pos_app, ("ui", "app"))
        if step >= 3:
            import pos_app.launcher
        """
    )
    + _READY_AT_FIRST_PAINT
    + textwrap.dedent(
        """
        from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

        if step >= 2:
            from pos_app.ui.style import apply_style, new_application
            app = new_application(sys.argv)
            apply_style(app)
        else:
            app = QApplication(sys.argv)
        window = QMainWindow()
        window.resize(1280, 800)
        QLabel("Corner Bakery", window).move(24, 24)
        """
    )
    + _SHOW_AND_RUN
)

#: The till as its launchers run it (pyproject.toml `[project.gui-scripts]`,
#: packaging/entry.py).
_TILL = "import sys\nfrom pos_app.__main__ import main\nsys.exit(main())\n"

_STEPS = (
    "bare window with one line of text",
    "… and the till's look (palette, font, style sheet)",
    "… and the till's modules loaded before it",
)


def _env(work: Path) -> dict[str, str]:
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in ("PYTHONDONTWRITEBYTECODE", "PYTHON_KEYRING_BACKEND")
    }
    env.update(
        {
            "QT_QPA_PLATFORM": "offscreen",
            "PYTHONPYCACHEPREFIX": str(work / "pycache"),
            "PYTHONPATH": str(REPO_ROOT),
            # The per-user folders of an installed till (platformdirs, as without
            # POS_DATA_DIR), moved into the run's folder.
            **{name: str(work / "startup-home" / name.lower()) for name in _XDG},
            "POS_STRIPE_SECRET_KEY": SECRET_KEY,
            "POS_STRIPE_PUBLISHABLE_KEY": "pk_test_benchmark_placeholder",
            # Nothing listens there: the till must show itself without Stripe.
            "POS_STRIPE_API_BASE": "http://127.0.0.1:9",
            "POS_MANAGER_PIN": "4821",
            STARTUP_PROBE_ENV: "1",
        }
    )
    return env


_XDG = ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME")


@contextmanager
def _environment(env: dict[str, str]) -> Iterator[None]:
    """`env`'s XDG folders in this process for a moment (platformdirs reads them)."""
    saved = {name: os.environ.get(name) for name in _XDG}
    os.environ.update({name: env[name] for name in _XDG})
    try:
        yield
    finally:
        for name, value in saved.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value


#: CPU time (user, system; seconds) and minor page faults of one start, until its first paint.
Usage = tuple[float, float, int]


def _until_ready(
    command: list[str],
    env: dict[str, str],
    marker: str,
    lock_file: Path | None = None,
    usage: list[Usage] | None = None,
) -> None:
    process = subprocess.Popen(
        command, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True
    )
    try:
        assert process.stdout is not None
        for line in process.stdout:
            fields = line.split()
            if line.startswith(STARTUP_USAGE) and len(fields) == 5 and usage is not None:
                usage.append((float(fields[2]), float(fields[3]), int(fields[4])))
            if line.strip() == marker:
                return
        raise RuntimeError(f"{command[1:3]} exited without reporting its window")
    finally:
        # The time is taken; the till's shutdown (draining its workers) is not part of it.
        process.kill()
        process.wait()
        if lock_file is not None:
            # A till closed as usual removes its lock file; a killed one leaves it (unheld).
            # Each start is timed as the morning's, after a till closed the evening before.
            lock_file.unlink(missing_ok=True)


def startup_section(plan: Plan, work: Path) -> Section:
    env = _env(work)
    with _environment(env):
        paths = AppPaths.resolve(env)
        data = paths.config_dir
    data.mkdir(parents=True, exist_ok=True)
    SettingsStore(data / "settings.json").save(
        Settings(
            business_name="Corner Bakery",
            register_id="FRONT-1",
            manager_pin_hash=hash_pin("1357"),
        )
    )

    bare_usage: list[Usage] = []
    till_usage: list[Usage] = []

    def bare() -> None:
        _until_ready([sys.executable, "-c", _BARE], env, "ready", usage=bare_usage)

    def till() -> None:
        _until_ready([sys.executable, "-c", _TILL], env, STARTUP_READY, paths.lock_file, till_usage)

    def till_charging() -> None:
        _until_ready([sys.executable, "-c", _TILL], env, STARTUP_CHARGE_READY, paths.lock_file)

    def step(number: int) -> Callable[[], None]:
        return lambda: _until_ready([sys.executable, "-c", _STEP, str(number)], env, "ready")

    started = time.perf_counter()
    base, ours, charging, *steps = interleaved(
        [
            ("bare PySide6 QMainWindow: process start to shown and idle", bare),
            ("till (as `pos-app` starts it, keys + PIN in env, stored settings)", till),
            ("till, until its services are built and Charge works", till_charging),
            *((label, step(number)) for number, label in enumerate(_STEPS, start=1)),
        ],
        rounds=plan.startup_rounds,
        per_round=1,
        warmup=2,  # also writes the byte code cache
    )
    took = time.perf_counter() - started
    found = ratio(ours, base)
    notes = [
        f"The till's window is shown and idle {_ms(ours, base)} ms after a bare Qt window's "
        f"({found:.2f}×, paired median; target at most 1.3×). {plan.startup_rounds} "
        f"alternating rounds, {took:.0f} s.",
        f"Its services (imported and built after that first paint, while Charge says "
        f'"Getting ready…") are ready {_ms(charging, ours)} ms later, '
        f"{ratio(charging, base):.2f}× the bare window.",
        _where_it_goes(base, steps, ours),
    ]
    if bare_usage and till_usage:
        notes.append(_cpu_and_faults(bare_usage, till_usage))
    return Section(
        "Start-up: process start to the main window shown and idle",
        [[Row(base), Row(ours, base), Row(charging, base), *(Row(s, base) for s in steps)]],
        notes=notes,
    )


def _ms(timing: Timing, baseline: Timing) -> str:
    """How much longer `timing` took than `baseline` (ms): the median over the rounds of the
    two's difference within a round, which a slow spell of the machine moves on both sides
    (a difference of the overall medians can even come out negative on a noisy machine)."""
    within_rounds = [
        statistics.median(ours) - statistics.median(theirs)
        for ours, theirs in zip(timing.rounds, baseline.rounds, strict=True)
    ]
    return f"{statistics.median(within_rounds) * 1e3:.0f}"


def _where_it_goes(base: Timing, steps: list[Timing], till: Timing) -> str:
    """The till's extra time over the bare window, step by step (paired within each round of
    the same run, `_ms`)."""
    text, look, modules = steps
    return (
        f"Where the {_ms(till, base)} ms go (each step's paired difference with the one "
        f"before it, median over the rounds, so the parts need not add up exactly): one line "
        f"of text "
        f"{_ms(text, base)} ms (the first font, with fontconfig set up on a helper thread as "
        f"the till does it), the till's look "
        f"{_ms(look, text)} ms (its style module, palette and style sheet, and the style "
        f"sheet's polish and paint), the modules the till loads before its first paint "
        f"{_ms(modules, look)} ms, and the rest {_ms(till, modules)} ms (settings, lock, log, "
        f"and the window's build and paint beyond one line of text). A window that shows the "
        f"till's look with one line of text is {ratio(look, base):.2f}× the bare one."
    )


def _cpu_and_faults(bare: list[Usage], till: list[Usage]) -> str:
    """What each start cost the machine until its first paint (medians over the rounds): the
    processor in user space and in the kernel, and the minor page faults."""

    def median_of(usage: list[Usage], index: int) -> float:
        return statistics.median(sample[index] for sample in usage)

    bare_user, bare_system = median_of(bare, 0) * 1e3, median_of(bare, 1) * 1e3
    till_user, till_system = median_of(till, 0) * 1e3, median_of(till, 1) * 1e3
    bare_faults, till_faults = median_of(bare, 2), median_of(till, 2)
    return (
        f"Processor time until the first paint (medians): the bare window {bare_user:.0f} ms "
        f"in user space and {bare_system:.0f} ms in the kernel, the till {till_user:.0f} and "
        f"{till_system:.0f} ms ({till_user / bare_user:.2f}× and "
        f"{till_system / bare_system:.2f}×); minor page faults {bare_faults:,.0f} against "
        f"{till_faults:,.0f}. The kernel's share is the files the till reads and maps (its "
        f"modules, the font configuration and fonts, the style sheet's icons) and the memory "
        f"it touches for the first time."
    )
