"""Long words that wrap: an e-mail or web address of 80 characters in a wrapped label.

A label wraps only between words, so one word wider than its room made the label at least
that wide and ran past its panel's edge (a customer known only by a long e-mail address).
`breakable` lets such a word wrap after its punctuation ("accounts.payable.", "example.co.")
with zero-width spaces, which show nothing; `WrappingLabel` does it for a label a cashier may
copy from, and copies the text without them (a pasted address with an invisible space in it
would not reach anyone).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QKeySequence
from PySide6.QtWidgets import QLabel, QMenu, QWidget

if TYPE_CHECKING:
    from PySide6.QtGui import QContextMenuEvent, QKeyEvent

__all__ = ["LONG_WORD", "WrappingLabel", "breakable", "unbroken"]

#: A word this long (characters) may wrap after its punctuation; shorter ones stay whole.
LONG_WORD = 24
_AFTER = frozenset("@._-/+")
_BREAK = "\u200b"  # ZERO WIDTH SPACE


def breakable(text: str) -> str:
    """`text` with a break allowed after each "@", ".", "_", "-", "/" or "+" inside its long
    words; it reads the same."""
    parts = re.split(r"(\s+)", text)  # words and the spaces between them, kept
    for index, word in enumerate(parts):
        if len(word) >= LONG_WORD and not word.isspace():
            parts[index] = "".join(c + _BREAK if c in _AFTER else c for c in word[:-1]) + word[-1]
    return "".join(parts)


def unbroken(text: str) -> str:
    """The text `breakable` was given."""
    return text.replace(_BREAK, "")


class WrappingLabel(QLabel):
    """A word-wrapped label the mouse can select in, whose long words wrap (`breakable`) and
    whose copies (Ctrl+C, the context menu's Copy) are the text as it was given."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

    def set_words(self, text: str) -> None:
        """Show `text`, its long words breakable."""
        self.setText(breakable(text))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.matches(QKeySequence.StandardKey.Copy) and self.hasSelectedText():
            self._copy()
            event.accept()
            return
        super().keyPressEvent(event)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        menu = QMenu(self)
        copy = menu.addAction(self.tr("Copy"))
        copy.setEnabled(self.hasSelectedText())
        copy.triggered.connect(self._copy)
        select_all = menu.addAction(self.tr("Select all"))
        select_all.triggered.connect(self._select_all)
        menu.exec(event.globalPos())
        menu.deleteLater()

    def _select_all(self) -> None:
        self.setSelection(0, len(self.text()))

    def _copy(self) -> None:
        QGuiApplication.clipboard().setText(unbroken(self.selectedText()))
