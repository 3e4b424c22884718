"""Moving a damaged or unreadable file aside (never deleting it), and telling start-up so.

The rule for every file the till keeps (the journal, the settings, later the customer cache):
a file the till cannot read is renamed beside itself with the time, `journal.sqlite3` to
`journal.sqlite3.corrupt-20261202T101500`, together with its companions (SQLite's `-wal` and
`-shm`, which follow the new name so the moved database still opens with them). Nothing is
deleted and nothing is overwritten: whatever the file still holds can be recovered by hand.
Each move is logged and remembered for this process, so that start-up can tell the manager
what was moved where (`take_moved`), once.
"""

from __future__ import annotations

import logging
import os
import threading
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from pos_app.domain.errors import StorageError
from pos_app.domain.i18n import QT_TRANSLATE_NOOP, translate
from pos_app.domain.records import frozen_record

if TYPE_CHECKING:
    # Imported where a file is moved aside: nothing is before the first paint.
    from datetime import datetime

__all__ = [
    "CORRUPT_MARK",
    "SQLITE_COMPANIONS",
    "Quarantined",
    "aside_path",
    "move_aside",
    "moved_aside_beside",
    "take_moved",
]

log = logging.getLogger(__name__)

#: What a moved-aside file's name carries after the original name, before the time.
CORRUPT_MARK = ".corrupt-"
#: SQLite's files beside a database: they belong to it and move with it.
SQLITE_COMPANIONS = ("-wal", "-shm", "-journal")

# What the manager reads, a whole sentence for each kind of file (by `what`), translated
# when shown; any other file is named by its path.
_COULD_NOT_READ = {
    "the journal": QT_TRANSLATE_NOOP(
        "StorageErrors", "The journal could not be read ({reason}). It was moved to {moved_to}."
    ),
    "the settings file": QT_TRANSLATE_NOOP(
        "StorageErrors",
        "The settings file could not be read ({reason}). It was moved to {moved_to}.",
    ),
    "the customer list's local copy": QT_TRANSLATE_NOOP(
        "StorageErrors",
        "The customer list's local copy could not be read ({reason}). It was moved to {moved_to}.",
    ),
}
_COULD_NOT_READ_FILE = QT_TRANSLATE_NOOP(
    "StorageErrors", "The file {path} could not be read ({reason}). It was moved to {moved_to}."
)
_COULD_NOT_MOVE = {
    "the journal": QT_TRANSLATE_NOOP(
        "StorageErrors",
        "The journal {path} cannot be read ({reason}) and could not be moved aside ({error}). "
        "Nothing was changed. Check the folder's permissions, or move the file away by hand, "
        "then start the till again.",
    ),
    "the settings file": QT_TRANSLATE_NOOP(
        "StorageErrors",
        "The settings file {path} cannot be read ({reason}) and could not be moved aside "
        "({error}). Nothing was changed. Check the folder's permissions, or move the file "
        "away by hand, then start the till again.",
    ),
    "the customer list's local copy": QT_TRANSLATE_NOOP(
        "StorageErrors",
        "The customer list's local copy {path} cannot be read ({reason}) and could not be "
        "moved aside ({error}). Nothing was changed. Check the folder's permissions, or move "
        "the file away by hand, then start the till again.",
    ),
}
_COULD_NOT_MOVE_FILE = QT_TRANSLATE_NOOP(
    "StorageErrors",
    "The file {path} cannot be read ({reason}) and could not be moved aside ({error}). "
    "Nothing was changed. Check the folder's permissions, or move the file away by hand, "
    "then start the till again.",
)

_moved: list[Quarantined] = []
_moved_lock = threading.Lock()


@frozen_record
class Quarantined:
    """One file moved aside: from where, to where, why and when (UTC)."""

    original: Path
    moved_to: Path
    reason: str
    moved_at: datetime
    what: str  # "the journal", "the settings file": which file, in English (logs, tests)

    def describe(self) -> str:
        """One sentence for the start-up message, in the till's language."""
        template = _COULD_NOT_READ.get(self.what, _COULD_NOT_READ_FILE)
        return translate("StorageErrors", template).format(
            path=self.original, reason=self.reason, moved_to=self.moved_to
        )


def _utc_now() -> datetime:
    from datetime import UTC, datetime

    return datetime.now(UTC)


def _stamp(moment: datetime) -> str:
    from datetime import UTC

    return moment.astimezone(UTC).strftime("%Y%m%dT%H%M%S")


def aside_path(path: Path, moment: datetime, companions: Sequence[str] = ()) -> Path:
    """`<name>.corrupt-<stamp>`, with -2, -3 ... when that name (or a companion's) is taken."""
    stamp = _stamp(moment)
    candidate = path.with_name(f"{path.name}{CORRUPT_MARK}{stamp}")
    number = 1
    while candidate.exists() or any(
        candidate.with_name(candidate.name + suffix).exists() for suffix in companions
    ):
        number += 1
        candidate = path.with_name(f"{path.name}{CORRUPT_MARK}{stamp}-{number}")
    return candidate


def move_aside(
    path: Path,
    *,
    reason: str,
    what: str,
    companions: Sequence[str] = (),
    clock: Callable[[], datetime] = _utc_now,
    to: Path | None = None,
) -> Quarantined:
    """Rename `path` (and `path` + each companion suffix that exists) aside with the time,
    to `to` when the caller reserved the name with `aside_path`.

    Raises StorageError when the file cannot be moved (a read-only folder): the caller must
    then stop rather than start over an empty file.
    """
    path = Path(path)
    moment = clock()
    target = to if to is not None else aside_path(path, moment, companions)
    try:
        # Companions first: a database moved without its WAL would lose the WAL's pages.
        for suffix in companions:
            companion = path.with_name(path.name + suffix)
            if companion.exists():
                os.replace(companion, target.with_name(target.name + suffix))
        os.replace(path, target)
    except OSError as exc:
        template = _COULD_NOT_MOVE.get(what, _COULD_NOT_MOVE_FILE)
        raise StorageError(
            translate("StorageErrors", template).format(
                path=path, reason=reason, error=exc.strerror or exc
            )
        ) from exc
    from datetime import UTC

    moved = Quarantined(path, target, reason, moment.astimezone(UTC), what)
    # The log stays in English, whatever the till's language.
    log.error("%s %s could not be read (%s); it was moved to %s", what, path, reason, target)
    with _moved_lock:
        _moved.append(moved)
    return moved


def take_moved() -> list[Quarantined]:
    """What this process moved aside that nobody has reported yet (and forget it)."""
    with _moved_lock:
        taken = list(_moved)
        _moved.clear()
    return taken


def moved_aside_beside(path: Path) -> list[Path]:
    """Earlier moved-aside copies of `path`, oldest first (not their companions)."""
    path = Path(path)
    prefix = path.name + CORRUPT_MARK
    try:
        found = [
            p
            for p in path.parent.iterdir()
            if p.name.startswith(prefix) and not p.name.endswith(SQLITE_COMPANIONS)
        ]
    except OSError:
        return []
    return sorted(found, key=lambda p: p.name)
