"""The till's translation catalogues: regenerate them from the code, compile them for the till.

Usage (from anywhere, with the project's environment):
    python packaging/i18n.py update    # pos_app/**/*.py -> resources/i18n/pos_app_<lang>.ts
    python packaging/i18n.py release   # resources/i18n/*.ts -> resources/i18n/*.qm

`update` runs Qt's lupdate (shipped with PySide6 as pyside6-lupdate) over every module of
pos_app: it finds `self.tr("…")`, `QCoreApplication.translate("Context", "…")` and the Qt-free
layers' `translate("Context", "…")` (pos_app/domain/i18n.py) by their shape, adds new messages
as unfinished, keeps every translation already made and drops messages the code no longer
has. The catalogues carry no line numbers, so a change elsewhere in a file does not touch
them. Translators then fill them in with Qt Linguist (pyside6-linguist resources/i18n/…ts).

`release` compiles each .ts into the .qm the till loads (pos_app/ui/i18n.py); messages still
unfinished are left out, so the till shows English there rather than a draft. Both the .ts and
the .qm files are committed: tests/i18n checks that they match the code and each other.
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

PACKAGING_DIR = Path(__file__).resolve().parent
REPO_ROOT = PACKAGING_DIR.parent
SOURCE_DIR = REPO_ROOT / "pos_app"
CATALOGUE_DIR = REPO_ROOT / "resources" / "i18n"
#: The languages translated (the source language, English, has no catalogue); keep in step
#: with pos_app/domain/i18n.py LANGUAGES.
LANGUAGES = ("de", "fr", "es")

__all__ = [
    "CATALOGUE_DIR",
    "LANGUAGES",
    "catalogue",
    "lrelease",
    "lupdate",
    "main",
    "release",
    "source_files",
    "strip_extracomments",
    "update",
]


def catalogue(language: str, suffix: str = ".ts", folder: Path = CATALOGUE_DIR) -> Path:
    return folder / f"pos_app_{language}{suffix}"


def _tool(name: str) -> list[str]:
    """Qt's tool as PySide6 ships it, run from this interpreter's PySide6 (no PATH needed)."""
    import PySide6

    folder = Path(PySide6.__file__).resolve().parent
    for candidate in (folder / name, folder / f"{name}.exe"):
        if candidate.is_file():
            return [str(candidate)]
    # Older wheels keep the tools only behind the pyside6-* entry points.
    return [sys.executable, "-c", f"from PySide6.scripts.pyside_tool import {name}; {name}()"]


def source_files(root: Path = SOURCE_DIR) -> list[Path]:
    """Every module that may hold words to translate (the sandbox server shows none)."""
    return sorted(
        path
        for path in root.rglob("*.py")
        if "__pycache__" not in path.parts and "sandbox" not in path.relative_to(root).parts
    )


def lupdate(
    targets: Sequence[Path], *, sources: Sequence[Path] | None = None, quiet: bool = True
) -> None:
    """Regenerate the .ts files `targets` from `sources` (every module of pos_app)."""
    files = list(sources) if sources is not None else source_files()
    command = [
        *_tool("lupdate"),
        *(["-silent"] if quiet else []),
        *(str(path) for path in files),
        "-locations",
        "none",
        "-no-obsolete",
        "-source-language",
        "en",
        "-ts",
        *(str(path) for path in targets),
    ]
    _run(command)


def lrelease(ts: Path, qm: Path, *, unfinished: bool = False) -> None:
    """Compile one catalogue; `unfinished` keeps unfinished translations (tests' drafts)."""
    command = [*_tool("lrelease"), "-silent", str(ts), "-qm", str(qm)]
    if not unfinished:
        command.insert(-3, "-nounfinished")
    _run(command)


def _run(command: list[str]) -> None:
    result = subprocess.run(command, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        raise RuntimeError(
            f"{' '.join(command[:1])} failed ({result.returncode}):\n{result.stdout}{result.stderr}"
        )


def update(languages: Sequence[str] = LANGUAGES) -> list[Path]:
    CATALOGUE_DIR.mkdir(parents=True, exist_ok=True)
    targets = [catalogue(language) for language in languages]
    lupdate(targets)
    for path in targets:
        strip_extracomments(path)
    return targets


_EXTRACOMMENT = re.compile(r"\n *<extracomment>.*?</extracomment>", re.S)


def strip_extracomments(ts: Path) -> None:
    """lupdate reads every `#:` comment as a note for translators, and this code base writes
    `#:` above constants and attributes for people reading the code: attached to the next
    message, they would mislead. A translator's hint is the disambiguation argument instead
    (`tr("Void", "button: cancel the sale")`)."""
    text = ts.read_text(encoding="utf-8")
    fixed = _EXTRACOMMENT.sub("", text)
    if fixed != text:
        ts.write_text(fixed, encoding="utf-8")


def release(languages: Sequence[str] = LANGUAGES) -> list[Path]:
    built = []
    for language in languages:
        qm = catalogue(language, ".qm")
        lrelease(catalogue(language), qm)
        built.append(qm)
    return built


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="packaging/i18n.py", description=__doc__.split("\n")[0])
    parser.add_argument("command", choices=("update", "release"))
    parser.add_argument(
        "--language", action="append", choices=LANGUAGES, help="only this language (repeatable)"
    )
    args = parser.parse_args(argv)
    languages = tuple(args.language or LANGUAGES)
    paths = update(languages) if args.command == "update" else release(languages)
    for path in paths:
        print(path.relative_to(REPO_ROOT))
    return 0


if __name__ == "__main__":
    sys.exit(main())
