"""The till's journal read by another process (`pos-app report`), while the till may be running.

Read-only at the SQLite level (`mode=ro`): the reader never creates, migrates, recovers or
checkpoints the journal, so that a report run at closing time cannot disturb the till that
owns it (storage/journal.py). The journal's WAL lets it read while the till writes; it sees
the attempts committed when each query starts.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from pathlib import Path
from types import TracebackType

from pos_app.domain.attempts import AttemptRecord
from pos_app.domain.errors import StorageError
from pos_app.domain.i18n import translate

from .attempt_rows import AttemptReads, to_record

__all__ = ["JournalReader"]


class JournalReader(AttemptReads):
    """The journal's attempts, read only (services/journal_check.py `JournalReads`).

    Raises StorageError when the file is missing or cannot be read; opening never creates it.
    """

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        if not self.path.is_file():
            raise StorageError(
                translate("StorageErrors", "No journal at {path}.").format(path=self.path)
            )
        try:
            self._conn = sqlite3.connect(
                f"{self.path.resolve().as_uri()}?mode=ro", uri=True, timeout=10.0
            )
        except sqlite3.Error as exc:
            raise _unreadable(exc) from exc

    def __enter__(self) -> JournalReader:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def close(self) -> None:
        self._conn.close()

    def _query(self, sql: str, args: Iterable[object] = ()) -> list[AttemptRecord]:
        try:
            rows = self._conn.execute(sql, tuple(args)).fetchall()
        except sqlite3.Error as exc:
            raise _unreadable(exc) from exc
        return [to_record(row) for row in rows]


def _unreadable(exc: sqlite3.Error) -> StorageError:
    return StorageError(
        translate("StorageErrors", "The journal could not be read: {reason}").format(reason=exc)
    )
