"""One till per data folder: the lock a GUI start takes, and what a second start tells the user.

A second till on the same folder would start a second sandbox on the same data files and a
second logger rotating the same log, and two tills could number receipts from the same journal.

The lock is the operating system's own on an open file (`flock` on Linux and macOS, a
byte-range lock on Windows), not a file whose presence means "open": the system lets go of it
when the process ends, however it ends, so a till that crashed, was killed or lost its power
never leaves a lock that the next start must judge stale, and taking it writes nothing to disk
that must be synced (the start-up waits for no disk).
"""

from __future__ import annotations

import contextlib
import errno
import os
import sys
from pathlib import Path

from pos_app.storage.paths import AppPaths

__all__ = [
    "ALREADY_OPEN_EXIT",
    "FolderLock",
    "already_open_message",
    "lock_data_folder",
    "tell_already_open",
]

#: Exit status of a start refused because the till is already open on the same data folder.
ALREADY_OPEN_EXIT = 3

if sys.platform == "win32":
    import msvcrt

    def _try_lock(fd: int) -> None:
        # The first byte, whether or not the file has one: Windows locks ranges past the end.
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)  # OSError at once when another holds it

    def _unlock(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _try_lock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)  # OSError at once when another holds it


class FolderLock:
    """The data folder's lock while this till runs; `release` when it closes (the operating
    system releases it anyway when the process ends)."""

    def __init__(self, path: Path, fd: int | None) -> None:
        self.path = path
        self._fd = fd

    @property
    def held(self) -> bool:
        """False when the lock file could not be made (the till runs without it)."""
        return self._fd is not None

    def release(self) -> None:
        """Let go of the lock and remove its file (a closed till leaves none behind)."""
        fd, self._fd = self._fd, None
        if fd is None:
            return
        if sys.platform == "win32":
            # An open file cannot be removed there: unlocked and closed first. Another start
            # that opens it in between keeps it (the removal fails, and is not needed).
            _unlock(fd)
            os.close(fd)
            with contextlib.suppress(OSError):
                self.path.unlink(missing_ok=True)
        else:
            # Removed while still held, then closed: a start in between finds it held.
            self.path.unlink(missing_ok=True)
            os.close(fd)


def lock_data_folder(paths: AppPaths) -> FolderLock | None:
    """The data folder's lock, held until released or the process ends; None when another
    running till holds it."""
    path = paths.lock_file
    for _ in range(_TRIES):
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            # Not inherited by child processes (Python's default): the sandbox server
            # started by this till does not hold the lock after the till has gone.
            fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
        except OSError:
            # The folder check at start-up has already proved the folder writable, so this
            # is rare: refusing to open would stop the shop over a lock file, so the till
            # starts with the lock not held and says so.
            print(f"pos-app: cannot create the lock file {path}", file=sys.stderr)
            return FolderLock(path, None)
        try:
            _try_lock(fd)
        except OSError as exc:
            os.close(fd)
            if exc.errno in _HELD_ERRNOS:
                return None  # another running till holds it
            # A file system without locks (some network shares): as when the file cannot
            # be made, the till starts without the lock rather than stop the shop.
            print(f"pos-app: cannot lock {path} ({exc.strerror})", file=sys.stderr)
            return FolderLock(path, None)
        if _still_named(fd, path):
            # Which process holds it, for whoever looks (nothing reads it back: not synced).
            os.ftruncate(fd, 0)
            os.lseek(fd, 0, os.SEEK_SET)
            os.write(fd, f"{os.getpid()}\n".encode())
            return FolderLock(path, fd)
        # A closing till removed the file between our open and our lock: the lock we got
        # is on a file nobody else can find. Again, on the file the name now gives.
        os.close(fd)
    return None


#: Opens of a lock file that a closing till removed at that moment, before giving up.
_TRIES = 5
#: What a lock held by another process fails with (flock: EWOULDBLOCK, which is EAGAIN on
#: Linux; Windows' locking: EACCES, or EDEADLOCK once its retries are spent).
_HELD_ERRNOS = frozenset(
    {errno.EAGAIN, errno.EWOULDBLOCK, errno.EACCES, getattr(errno, "EDEADLOCK", errno.EDEADLK)}
)


def _still_named(fd: int, path: Path) -> bool:
    """The locked file is the one `path` names (a closing till removes its file while it
    still holds the lock, so a start may have opened the file that was just removed)."""
    if sys.platform == "win32":
        return True  # an open file cannot be removed there
    try:
        named = os.stat(path)
    except FileNotFoundError:
        return False
    opened = os.fstat(fd)
    return (named.st_dev, named.st_ino) == (opened.st_dev, opened.st_ino)


def already_open_message(paths: AppPaths) -> str:
    return (
        "The till is already open on this computer, with its data in "
        f"{paths.data_dir}.\n\nSwitch to the open till's window (it may be minimised) "
        "instead of starting it again."
    )


def tell_already_open(paths: AppPaths) -> None:
    """Say so on stderr, and in a message box when there is a screen to show one on."""
    text = already_open_message(paths)
    print(f"pos-app: {text}", file=sys.stderr)
    # Imported here: the till that starts normally never shows this box.
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QApplication, QMessageBox

    _app = QApplication.instance() or QApplication(sys.argv[:1])
    if QGuiApplication.platformName() in ("offscreen", "minimal"):
        return  # nobody could close a box there: the message on stderr is all
    box = QMessageBox(QMessageBox.Icon.Information, "pos-app", text)
    box.setObjectName("alreadyOpenDialog")
    box.exec()
