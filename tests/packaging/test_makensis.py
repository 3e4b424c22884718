"""Compiles installer.nsi with the real makensis against a stand-in build of the app."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

import pos_app
from tests.packaging.support import NSI, load

MAKENSIS = shutil.which("makensis")
pytestmark = pytest.mark.skipif(
    MAKENSIS is None,
    reason="makensis not installed (Debian/Ubuntu: apt-get install nsis)",
)


def _stand_in_build(root: Path) -> Path:
    dist = root / "dist" / "pos-app"
    for name in (
        "pos-app.exe",
        "pos-app-debug.exe",
        "_internal/python311.dll",
        "_internal/pos_app/resources/style.qss",
        "_internal/PySide6/plugins/platforms/qwindows.dll",
    ):
        path = dist / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(b"stand-in")
    return dist


def _makensis(tmp_path: Path, dist: Path, *defines: str) -> subprocess.CompletedProcess[str]:
    assert MAKENSIS is not None
    lists = tmp_path / "lists"
    load("nsis_files").write_file_lists(dist, lists)
    return subprocess.run(
        [
            MAKENSIS,
            "-V2",
            "-WX",  # a warning (unused variable, missing file) fails the build
            f"-DDIST_DIR={dist}",
            f"-DFILE_LISTS={lists}",
            *defines,
            str(NSI),
        ],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def test_installer_compiles_into_a_windows_executable(tmp_path: Path) -> None:
    out = tmp_path / f"pos-app-{pos_app.__version__}-setup.exe"
    result = _makensis(
        tmp_path,
        _stand_in_build(tmp_path),
        f"-DVERSION={pos_app.__version__}",
        f"-DOUTFILE={out}",
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert out.read_bytes()[:2] == b"MZ"


def test_installer_compiles_with_its_default_version(tmp_path: Path) -> None:
    out = tmp_path / "default-version.exe"
    result = _makensis(tmp_path, _stand_in_build(tmp_path), f"-DOUTFILE={out}")
    assert result.returncode == 0, result.stdout + result.stderr
    assert pos_app.__version__.encode("utf-16-le") in out.read_bytes()  # VIAddVersionKey


def test_installer_refuses_to_build_without_the_app(tmp_path: Path) -> None:
    empty = tmp_path / "dist" / "pos-app"
    (empty / "_internal").mkdir(parents=True)
    (empty / "_internal" / "x.dll").write_bytes(b"x")
    result = _makensis(tmp_path, empty, f"-DOUTFILE={tmp_path / 'never.exe'}")
    assert result.returncode != 0
    assert "build the app with PyInstaller first" in result.stdout + result.stderr
    assert not (tmp_path / "never.exe").exists()
