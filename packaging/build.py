"""Builds the Windows installer: venv, dependencies, PyInstaller, NSIS file lists, makensis.

Run on a Windows machine from anywhere:  py -3.11 packaging\\build.py
(`packaging\\build_windows.ps1` does the same). The result is dist\\pos-app-<version>-setup.exe.
Each step prints the command it runs; `--dry-run` prints them without running anything.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

PACKAGING_DIR = Path(__file__).resolve().parent
REPO_ROOT = PACKAGING_DIR.parent
if str(PACKAGING_DIR) not in sys.path:  # the helper scripts beside this one
    sys.path.insert(0, str(PACKAGING_DIR))

from make_icon import write_icon  # noqa: E402
from nsis_files import write_file_lists  # noqa: E402
from winversion import numeric_version, read_version  # noqa: E402

__all__ = [
    "DIST_DIR",
    "ICON",
    "LISTS_DIR",
    "installer_path",
    "main",
    "makensis_command",
    "pyinstaller_command",
    "resources_problem",
    "venv_python",
]

SPEC = PACKAGING_DIR / "pos-app.spec"
DIST_ROOT = REPO_ROOT / "dist"
DIST_DIR = DIST_ROOT / "pos-app"  # the spec's COLLECT name
WORK_DIR = REPO_ROOT / "build" / "pyinstaller"
LISTS_DIR = REPO_ROOT / "build" / "nsis"
DEFAULT_VENV = REPO_ROOT / "build" / "venv-windows"
ICON = REPO_ROOT / "resources" / "icons" / "app.ico"
NSI = REPO_ROOT / "installer.nsi"
_MAKENSIS_DEFAULTS = (
    Path(r"C:\Program Files (x86)\NSIS\makensis.exe"),
    Path(r"C:\Program Files\NSIS\makensis.exe"),
)


def venv_python(venv: Path) -> Path:
    if os.name == "nt":
        return venv / "Scripts" / "python.exe"
    return venv / "bin" / "python"


def installer_path(version: str) -> Path:
    return DIST_ROOT / f"pos-app-{version}-setup.exe"


def pyinstaller_command(python: Path) -> list[str]:
    return [
        str(python),
        "-m",
        "PyInstaller",
        str(SPEC),
        "--noconfirm",
        "--clean",
        "--distpath",
        str(DIST_ROOT),
        "--workpath",
        str(WORK_DIR),
    ]


def makensis_command(makensis: str, version: str) -> list[str]:
    """makensis with the version and folders passed as defines (see installer.nsi's header)."""
    # makensis takes /D on Windows; the POSIX build (used for checks) only takes -D.
    flag = "/" if os.name == "nt" else "-"
    numeric = ".".join(str(n) for n in numeric_version(version))
    return [
        makensis,
        f"{flag}V3",
        f"{flag}DVERSION={version}",
        f"{flag}DVERSION_NUMERIC={numeric}",
        f"{flag}DDIST_DIR={DIST_DIR}",
        f"{flag}DFILE_LISTS={LISTS_DIR}",
        f"{flag}DOUTFILE={installer_path(version)}",
        str(NSI),
    ]


def find_makensis(explicit: str | None) -> str | None:
    if explicit:
        return explicit
    found = shutil.which("makensis")
    if found:
        return found
    return next((str(path) for path in _MAKENSIS_DEFAULTS if path.is_file()), None)


def _run(command: Sequence[str], *, dry_run: bool) -> None:
    print("+", subprocess.list2cmdline(list(command)), flush=True)
    if not dry_run:
        subprocess.run(list(command), check=True, cwd=REPO_ROOT)


def resources_problem(self_check_output: str) -> str | None:
    """What is wrong with the `resources` line of a self-check, or None when it is whole."""
    for line in self_check_output.splitlines():
        label, _, value = line.partition(" ")
        if label == "resources":
            value = value.strip()
            if "NOT FOUND" in value or "INCOMPLETE" in value:
                return f"the frozen till cannot find its resources: {value}"
            return None
    return "the self-check printed no resources line"


def _smoke_test(version: str, exe: Path | None = None) -> None:
    """The frozen console exe must start, report the version being packaged and find every
    resource through its own loader (pos_app/services/assets.py), as the self-check shows."""
    exe = exe or DIST_DIR / ("pos-app-debug.exe" if os.name == "nt" else "pos-app-debug")
    result = subprocess.run(
        [str(exe), "--version"], capture_output=True, text=True, timeout=120, check=True
    )
    if result.stdout.strip() != f"pos-app {version}":
        raise SystemExit(f"{exe} --version printed {result.stdout.strip()!r}, not {version}")
    print(f"  {exe.name} --version: {result.stdout.strip()}")
    # A folder of its own and a made-up test key on a closed local port: the check touches
    # neither the builder's till data nor Stripe (its "not reachable" verdict is expected).
    env = {
        **os.environ,
        "POS_DATA_DIR": str(WORK_DIR / "smoke-test"),
        "POS_STRIPE_SECRET_KEY": "sk_test_buildSmokeTest000000000000",
        "POS_STRIPE_API_BASE": "http://127.0.0.1:9",
    }
    check = subprocess.run(
        [str(exe), "--self-check"], capture_output=True, text=True, timeout=120, env=env
    )
    problem = resources_problem(check.stdout)
    if problem is not None:
        raise SystemExit(f"{exe}: {problem}\n{check.stdout}{check.stderr}")
    print(f"  {exe.name} --self-check: resources found")


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--venv", type=Path, default=DEFAULT_VENV, help="build venv folder")
    parser.add_argument(
        "--no-venv", action="store_true", help="use this Python as it is (no venv, no installs)"
    )
    parser.add_argument("--makensis", help="path to makensis.exe (default: PATH, then NSIS)")
    parser.add_argument(
        "--skip-installer", action="store_true", help="stop after PyInstaller (no NSIS)"
    )
    parser.add_argument("--dry-run", action="store_true", help="print the commands only")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    version = read_version(REPO_ROOT)
    print(f"Building pos-app {version}")

    if args.no_venv:
        python = Path(sys.executable)
    else:
        python = venv_python(args.venv)
        if not python.exists():
            _run([sys.executable, "-m", "venv", str(args.venv)], dry_run=args.dry_run)
        _run([str(python), "-m", "pip", "install", "--upgrade", "pip"], dry_run=args.dry_run)
        _run(
            [str(python), "-m", "pip", "install", f"{REPO_ROOT}[sandbox,packaging]"],
            dry_run=args.dry_run,
        )

    if not ICON.is_file():
        print(f"+ draw {ICON.relative_to(REPO_ROOT)}")
        if not args.dry_run:
            write_icon(ICON)

    _run(pyinstaller_command(python), dry_run=args.dry_run)
    if not args.dry_run:
        _smoke_test(version)
    if args.skip_installer:
        return 0

    print(f"+ list the files of {DIST_DIR} into {LISTS_DIR}")
    if not args.dry_run:
        write_file_lists(DIST_DIR, LISTS_DIR)
    makensis = find_makensis(args.makensis)
    if makensis is None:
        print("makensis not found: install NSIS 3 or pass --makensis", file=sys.stderr)
        return 1
    _run(makensis_command(makensis, version), dry_run=args.dry_run)
    print(f"Installer: {installer_path(version)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
