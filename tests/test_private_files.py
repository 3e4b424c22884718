"""Every file the till writes about sales and its set-up is readable by the till's user only.

On POSIX: the folders are 0700 and the journal (with SQLite's -wal and -shm), settings.json,
the log (and each file a rollover starts) and the crash trace are 0600, whatever the umask,
and a file an older version left wider is narrowed when the till opens it.
"""

from __future__ import annotations

import logging
import os
import stat
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from pos_app.logs import PrivateRotatingFileHandler, configure_logging
from pos_app.storage.journal import Journal
from pos_app.storage.paths import AppPaths
from pos_app.storage.settings import Settings, SettingsStore

ENABLE_TRACE = """
import os, sys
from pathlib import Path
from pos_app.logs import enable_crash_trace
os.umask(0o022)
enable_crash_trace(Path(sys.argv[1]))
"""

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture
def paths(tmp_path: Path) -> Iterator[AppPaths]:
    previous = os.umask(0o022)  # the usual desktop umask: files would be 0644
    try:
        yield AppPaths.under(tmp_path / "till").ensure()
    finally:
        os.umask(previous)


@pytest.fixture
def till_logging() -> Iterator[None]:
    root = logging.getLogger()
    before, level = list(root.handlers), root.level
    yield
    for handler in list(root.handlers):
        if handler not in before:
            root.removeHandler(handler)
            handler.close()
    root.setLevel(level)


def test_the_folders_are_private(paths: AppPaths) -> None:
    for folder in (paths.data_dir, paths.config_dir, paths.log_dir):
        assert mode(folder) == 0o700


def test_the_journal_and_its_companions_are_private(paths: AppPaths) -> None:
    with Journal(paths.journal_path) as journal:
        journal.next_order_id("R1")
        files = sorted(p.name for p in paths.data_dir.iterdir())
        assert files == ["journal.sqlite3", "journal.sqlite3-shm", "journal.sqlite3-wal"]
        for name in files:
            assert mode(paths.data_dir / name) == 0o600, name


def test_a_journal_left_readable_by_others_is_narrowed(paths: AppPaths) -> None:
    Journal(paths.journal_path).close()
    paths.journal_path.chmod(0o644)

    Journal(paths.journal_path).close()

    assert mode(paths.journal_path) == 0o600


def test_the_settings_file_is_private(paths: AppPaths) -> None:
    SettingsStore(paths.settings_path).save(Settings(business_name="Corner Books"))

    assert mode(paths.settings_path) == 0o600


def test_the_log_and_every_rolled_over_log_are_private(paths: AppPaths, till_logging: None) -> None:
    paths.log_file.write_text("from an older version\n")
    paths.log_file.chmod(0o644)

    configure_logging(paths.log_file)
    logging.getLogger("pos_app.test").info("till ready")
    assert mode(paths.log_file) == 0o600

    handler = next(h for h in logging.getLogger().handlers if hasattr(h, "doRollover"))
    handler.doRollover()  # type: ignore[attr-defined]
    logging.getLogger("pos_app.test").info("after the rollover")
    for path in (paths.log_file, paths.log_file.with_name("pos-app.log.1")):
        assert mode(path) == 0o600, path.name


def test_the_crash_trace_is_private(paths: AppPaths) -> None:
    # In a child: the trace takes over faulthandler for the life of its process.
    subprocess.run(
        [sys.executable, "-c", ENABLE_TRACE, str(paths.crash_trace_file)],
        check=True,
        timeout=60,
    )

    assert mode(paths.crash_trace_file) == 0o600


def test_the_log_rolls_over_before_it_passes_its_size_and_keeps_five_older_files(
    tmp_path: Path,
) -> None:
    log_file = tmp_path / "pos-app.log"
    handler = PrivateRotatingFileHandler(log_file, max_bytes=200, backup_count=5)
    handler.setFormatter(logging.Formatter("%(message)s"))
    logger = logging.Logger("pos_app.rotation-test")
    logger.addHandler(handler)
    try:
        for number in range(40):
            logger.warning("line %02d %s", number, "x" * 40)  # 49 bytes with its newline
    finally:
        handler.close()

    names = sorted(p.name for p in tmp_path.iterdir())
    assert names == ["pos-app.log", *(f"pos-app.log.{n}" for n in range(1, 6))]
    for path in tmp_path.iterdir():
        assert path.stat().st_size < 200, path.name
        assert mode(path) == 0o600, path.name
    # The newest lines are in the log, the ones before them in .1, and so on.
    assert log_file.read_text().splitlines()[-1].startswith("line 39")
    last_in_first = (tmp_path / "pos-app.log.1").read_text().splitlines()[-1]
    first_in_log = log_file.read_text().splitlines()[0]
    assert int(last_in_first.split()[1]) + 1 == int(first_in_log.split()[1])
