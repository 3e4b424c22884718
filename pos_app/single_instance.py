"""One till per data folder: the lock a GUI start takes, and what a second start tells the user.

A second till on the same folder would start a second sandbox on the same data files and a
second logger rotating the same log, and two tills could number receipts from the same journal.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QLockFile

from pos_app.storage.paths import AppPaths

__all__ = ["ALREADY_OPEN_EXIT", "already_open_message", "lock_data_folder", "tell_already_open"]

#: Exit status of a start refused because the till is already open on the same data folder.
ALREADY_OPEN_EXIT = 3


def lock_data_folder(paths: AppPaths) -> QLockFile | None:
    """The data folder's lock, held until unlocked or the process ends; None when another
    running till holds it.

    A lock left behind by a till that crashed or was killed is taken over: QLockFile sees
    that the process it names is gone. Age alone never makes it stale (staleLockTime 0),
    because a till stays open all day.
    """
    paths.lock_file.parent.mkdir(parents=True, exist_ok=True)
    lock = QLockFile(str(paths.lock_file))
    lock.setStaleLockTime(0)
    if lock.tryLock(0):
        return lock
    if lock.error() is QLockFile.LockError.LockFailedError:
        return None
    # Any other failure (the folder check at start-up has already proved the folder
    # writable, so this is rare): refusing to open would stop the shop over a lock file, so
    # the till starts with the lock not held and says so.
    print(f"pos-app: cannot create the lock file {paths.lock_file}", file=sys.stderr)
    return lock


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
