"""Folder layout: one root under POS_DATA_DIR, else the platform's per-user folders."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from pos_app.domain.errors import StorageError
from pos_app.storage.paths import AppPaths


def test_pos_data_dir_puts_everything_under_one_root(tmp_path: Path) -> None:
    paths = AppPaths.resolve({"POS_DATA_DIR": str(tmp_path / "till")})

    assert paths.data_dir == tmp_path / "till" / "data"
    assert paths.config_dir == tmp_path / "till" / "config"
    assert paths.log_dir == tmp_path / "till" / "logs"
    assert paths.journal_path == paths.data_dir / "journal.sqlite3"
    assert paths.settings_path == paths.config_dir / "settings.json"
    assert paths.sandbox_dir == paths.data_dir / "sandbox"
    assert paths.receipts_dir == paths.data_dir / "receipts"
    assert paths.log_file == paths.log_dir / "pos-app.log"


def test_without_pos_data_dir_the_platform_folders_name_the_app() -> None:
    paths = AppPaths.resolve({})

    for folder in (paths.data_dir, paths.config_dir, paths.log_dir):
        assert "pos-app" in folder.parts


def test_blank_pos_data_dir_counts_as_unset() -> None:
    assert AppPaths.resolve({"POS_DATA_DIR": "  "}) == AppPaths.resolve({})


def test_ensure_creates_private_folders(tmp_path: Path) -> None:
    paths = AppPaths.under(tmp_path / "till").ensure()

    for folder in (paths.data_dir, paths.config_dir, paths.log_dir):
        assert folder.is_dir()
        if os.name == "posix":
            assert stat.S_IMODE(folder.stat().st_mode) == 0o700


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_ensure_on_an_unwritable_place_says_which_folder(tmp_path: Path) -> None:
    locked = tmp_path / "locked"
    locked.mkdir(mode=0o500)
    if os.access(locked, os.W_OK):  # running as root: permissions are not enforced
        pytest.skip("permissions are not enforced for this user")
    with pytest.raises(StorageError, match="Cannot create the folder"):
        AppPaths.under(locked / "till").ensure()
