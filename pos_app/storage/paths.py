"""Where the till keeps its data, configuration and logs on disk."""

from __future__ import annotations

import os
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
        # Only here: a till given its folder (POS_DATA_DIR) starts without it.
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
