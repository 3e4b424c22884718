"""The generated NSIS lists: every built file installed, and only those files removed."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.packaging.support import load

nsis_files = load("nsis_files")


def _dist(root: Path) -> Path:
    dist = root / "pos-app"
    for name in (
        "pos-app.exe",
        "pos-app-debug.exe",
        "_internal/python311.dll",
        "_internal/pos_app/resources/style.qss",
        "_internal/pos_app/resources/icons/card.svg",
        "_internal/PySide6/plugins/platforms/qwindows.dll",
        "_internal/odd$name.txt",
    ):
        path = dist / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(b"x")
    return dist


def test_every_built_file_is_installed_and_removed(tmp_path: Path) -> None:
    dist = _dist(tmp_path)
    install, uninstall = nsis_files.write_file_lists(dist, tmp_path / "lists")
    installed = re.findall(r'^File "\$\{DIST_DIR\}\\(.*)"$', install.read_text(), re.M)
    deleted = re.findall(r'^Delete "\$INSTDIR\\(.*)"$', uninstall.read_text(), re.M)
    built = sorted(
        str(p.relative_to(dist)).replace("/", "\\") for p in dist.rglob("*") if p.is_file()
    )
    assert sorted(installed) == built
    # `$` is literal at compile time but must be doubled for the run-time Delete.
    assert sorted(name.replace("$$", "$") for name in deleted) == built
    assert 'Delete "$INSTDIR\\_internal\\odd$$name.txt"' in uninstall.read_text()


def test_each_file_goes_into_its_own_folder(tmp_path: Path) -> None:
    install, _ = nsis_files.write_file_lists(_dist(tmp_path), tmp_path / "lists")
    lines = install.read_text().splitlines()
    qwindows = next(i for i, line in enumerate(lines) if line.endswith('qwindows.dll"'))
    target = next(line for line in reversed(lines[:qwindows]) if line.startswith("SetOutPath"))
    assert target == 'SetOutPath "$INSTDIR\\_internal\\PySide6\\plugins\\platforms"'


def test_folders_are_removed_only_when_empty_deepest_first(tmp_path: Path) -> None:
    _, uninstall = nsis_files.write_file_lists(_dist(tmp_path), tmp_path / "lists")
    text = uninstall.read_text()
    assert "/r" not in text
    folders = re.findall(r'^RMDir "\$INSTDIR\\(.*)"$', text, re.M)
    assert folders.index("_internal\\PySide6\\plugins\\platforms") < folders.index(
        "_internal\\PySide6"
    )
    assert folders[-1] == "_internal"
    last_delete = max(i for i, line in enumerate(text.splitlines()) if line.startswith("Delete"))
    first_rmdir = min(i for i, line in enumerate(text.splitlines()) if line.startswith("RMDir"))
    assert last_delete < first_rmdir


def test_a_missing_build_is_reported_not_packaged(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError, match="run PyInstaller first"):
        nsis_files.write_file_lists(tmp_path / "nothing", tmp_path / "lists")
    (tmp_path / "empty").mkdir()
    with pytest.raises(ValueError, match="is empty"):
        nsis_files.write_file_lists(tmp_path / "empty", tmp_path / "lists")
