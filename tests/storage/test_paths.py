"""Folder layout: one root under POS_DATA_DIR, else the platform's per-user folders."""

from __future__ import annotations

import os
import stat
import sys
from pathlib import Path

import pytest

from pos_app.domain.errors import StorageError
from pos_app.storage.paths import APP_AUTHOR, APP_NAME, AppPaths


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


_PLAIN = {"HOME": "/home/cashier"}


@pytest.mark.skipif(sys.platform != "linux", reason="the Linux folders without platformdirs")
@pytest.mark.parametrize(
    "environ",
    [
        _PLAIN,
        {**_PLAIN, "XDG_DATA_HOME": "/srv/data", "XDG_CONFIG_HOME": "/srv/config/"},
        {**_PLAIN, "XDG_STATE_HOME": "/var/state", "XDG_CACHE_HOME": "/var/cache"},
        {**_PLAIN, "XDG_DATA_HOME": "", "XDG_CONFIG_HOME": "   "},
        {**_PLAIN, "XDG_CONFIG_HOME": "relative/config"},
        {"HOME": "/"},
        {"HOME": "relative-home"},
        {},
        {**_PLAIN, "ANDROID_DATA": "/data", "ANDROID_ROOT": "/system"},
    ],
    ids=[
        "defaults",
        "xdg-data-config",
        "xdg-state",
        "blank-xdg",
        "relative-xdg",
        "root-home",
        "relative-home",
        "no-home",
        "android-vars",
    ],
)
def test_the_linux_folders_are_the_ones_platformdirs_names(
    monkeypatch: pytest.MonkeyPatch, environ: dict[str, str]
) -> None:
    import platformdirs

    for name in ("HOME", "XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
        monkeypatch.delenv(name, raising=False)
    for name, value in environ.items():
        monkeypatch.setenv(name, value)

    paths = AppPaths.resolve({})

    assert paths == AppPaths(
        data_dir=Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR)),
        config_dir=Path(platformdirs.user_config_dir(APP_NAME, APP_AUTHOR)),
        log_dir=Path(platformdirs.user_log_dir(APP_NAME, APP_AUTHOR)),
    )


@pytest.mark.skipif(sys.platform != "linux", reason="the Linux folders without platformdirs")
def test_plain_linux_folders_are_found_without_platformdirs(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "conf"))
    monkeypatch.delitem(sys.modules, "platformdirs", raising=False)
    monkeypatch.setitem(sys.modules, "platformdirs", None)  # importing it would fail

    paths = AppPaths.resolve({})

    assert paths.config_dir == tmp_path / "conf" / "pos-app"
    assert paths.data_dir == tmp_path / ".local" / "share" / "pos-app"
    assert paths.log_dir == tmp_path / ".local" / "state" / "pos-app" / "log"
