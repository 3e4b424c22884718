"""Where the till keeps its data, configuration and logs on disk."""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping
from pathlib import Path

from pos_app.domain.errors import StorageError
from pos_app.domain.i18n import translate
from pos_app.domain.records import frozen_record

__all__ = ["APP_AUTHOR", "APP_NAME", "DATA_DIR_ENV", "AppPaths"]

APP_NAME = "pos-app"
APP_AUTHOR = "pos-app"
#: One folder holding everything (portable installs, tests, several tills on one machine).
DATA_DIR_ENV = "POS_DATA_DIR"


@frozen_record
class AppPaths:
    """The three folders the application writes to, and the well-known files inside them."""

    data_dir: Path
    config_dir: Path
    log_dir: Path

    @classmethod
    def resolve(cls, env: Mapping[str, str]) -> AppPaths:
        """POS_DATA_DIR/{data,config,logs} when set, else the platform's per-user folders."""
        root = env.get(DATA_DIR_ENV, "").strip()
        if root:
            base = Path(root).expanduser().resolve()
            return cls(base / "data", base / "config", base / "logs")
        folders = _linux_folders()
        if folders is not None:
            return cls(*folders)
        # Only here: a till given its folder (POS_DATA_DIR), or on Linux with a plain
        # environment (_linux_folders), starts without it.
        import platformdirs

        return cls(
            data_dir=Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR)),
            config_dir=Path(platformdirs.user_config_dir(APP_NAME, APP_AUTHOR)),
            log_dir=Path(platformdirs.user_log_dir(APP_NAME, APP_AUTHOR)),
        )

    @classmethod
    def under(cls, root: Path) -> AppPaths:
        """All three folders below one root (the layout POS_DATA_DIR selects)."""
        return cls.resolve({DATA_DIR_ENV: str(root)})

    def ensure(self) -> AppPaths:
        """Create the folders, private to the current user on POSIX (they hold sales data)."""
        for folder in (self.data_dir, self.config_dir, self.log_dir):
            try:
                folder.mkdir(mode=0o700, parents=True, exist_ok=True)
                if os.name == "posix":
                    # mkdir's mode is filtered by the umask and ignored for existing folders.
                    folder.chmod(0o700)
            except OSError as exc:
                raise StorageError(
                    translate(
                        "StorageErrors",
                        "Cannot create the folder {folder}: {reason}. "
                        "Check that the disk is writable and that you have permission.",
                    ).format(folder=folder, reason=exc.strerror or exc)
                ) from exc
        return self

    @property
    def journal_path(self) -> Path:
        return self.data_dir / "journal.sqlite3"

    @property
    def settings_path(self) -> Path:
        return self.config_dir / "settings.json"

    @property
    def window_placement_path(self) -> Path:
        """Where the window was last closed (storage/window_placement.py)."""
        return self.config_dir / "window.json"

    @property
    def sandbox_dir(self) -> Path:
        return self.data_dir / "sandbox"

    @property
    def receipts_dir(self) -> Path:
        return self.data_dir / "receipts"

    @property
    def log_file(self) -> Path:
        return self.log_dir / "pos-app.log"

    @property
    def crash_trace_file(self) -> Path:
        """Where a hard crash (segfault, abort) leaves the Python stack of every thread."""
        return self.log_dir / "crash-trace.log"

    @property
    def lock_file(self) -> Path:
        """Held by the till that has this data folder open (one till per folder)."""
        return self.data_dir / "pos-app.lock"


#: The XDG base folders the till's own are in, and where each is when its variable is unset.
_XDG_HOMES = (
    ("XDG_DATA_HOME", "~/.local/share"),
    ("XDG_CONFIG_HOME", "~/.config"),
    ("XDG_STATE_HOME", "~/.local/state"),
)


def _linux_folders() -> tuple[Path, Path, Path] | None:
    """platformdirs' answer on Linux (data, config, state/log), without importing it: it is
    most of what the till spends finding its folders before the first paint.

    Only for the plain case, where every version of platformdirs since 4.0 agrees: each XDG
    variable is an absolute path or unset, and HOME is absolute; None otherwise (Android, a
    relative XDG variable or HOME, no HOME), and platformdirs decides. Read from
    os.environ, as platformdirs reads it. tests/storage/test_paths.py compares the two.
    """
    if sys.platform != "linux" or hasattr(sys, "getandroidapilevel"):
        return None
    environ = os.environ
    if environ.get("ANDROID_DATA") == "/data" and environ.get("ANDROID_ROOT") == "/system":
        return None
    bases = []
    for name, default in _XDG_HOMES:
        value = environ.get(name, "")
        if value.startswith("/"):
            bases.append(value)
        elif value.strip():
            return None
        elif environ.get("HOME", "").startswith("/"):
            bases.append(os.path.expanduser(default))
        else:
            return None
    data, config, state = (os.path.join(base, APP_NAME) for base in bases)
    return Path(data), Path(config), Path(state, "log")
