"""The dialog an unexpected error shows: it stays until closed and says where the log is.

Python's excepthook runs for an error nobody caught (in a slot too); the hook logs the error
and hands it here. The dialog is kept by this module, not by the hook's frame: a parentless
window held only by a local is destroyed when the hook returns, before anyone saw it.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMessageBox

__all__ = ["CrashReporter"]


class CrashReporter:
    """Shows one crash dialog at a time; further errors while it is open are counted in it."""

    def __init__(self, log_file: Path | None = None) -> None:
        self.log_file = log_file
        self.box: QMessageBox | None = None
        self._more = 0

    def report(self) -> None:
        """Show (or update) the dialog; does nothing without a QApplication."""
        # Imported here: the reporter is made at start, before the window's first paint,
        # which reads neither (ui/lazy_qt.py).
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QApplication, QMessageBox

        if not isinstance(QApplication.instance(), QApplication):
            return
        if self.box is not None and self.box.isVisible():
            self._more += 1
            self.box.setInformativeText(self._details())
            return
        self._more = 0
        box = QMessageBox(
            QMessageBox.Icon.Critical,
            QCoreApplication.translate("CrashDialog", "pos-app — unexpected error"),
            QCoreApplication.translate(
                "CrashDialog",
                "An unexpected error happened. The till keeps running; if something looks "
                "wrong, finish the current sale and restart the till.",
            ),
            QMessageBox.StandardButton.Ok,
        )
        box.setObjectName("crashDialog")
        box.setInformativeText(self._details())
        box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        box.finished.connect(self._closed)
        self.box = box
        box.open()

    def _details(self) -> str:
        where = (
            QCoreApplication.translate("CrashDialog", "The details are in the log: {path}").format(
                path=self.log_file
            )
            if self.log_file is not None
            else QCoreApplication.translate(
                "CrashDialog",
                "The details are in the till's log (pos-app --self-check shows its folder).",
            )
        )
        if self._more:
            # A count after a colon, not Qt's %n plural: lupdate makes a plural message only
            # of tr(), so a translate() with %n was never translated.
            more = QCoreApplication.translate(
                "CrashDialog", "More errors since this one: {count}."
            ).format(count=self._more)
            where += f"\n{more}"
        return where

    def _closed(self) -> None:
        box, self.box = self.box, None
        if box is not None:
            box.deleteLater()
