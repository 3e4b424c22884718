"""`till_changed(kind)`: how pages learn that money moved or customers changed.

One object, shared by every page (Anki's `operation_did_execute` habit): whoever charged,
refunded or changed a customer calls `notify`, and the history and customers pages refresh
without knowing who did it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from .qtcompat import emit

if TYPE_CHECKING:
    from pos_app.domain.attempts import AttemptKind

__all__ = ["TillEvents"]


class TillEvents(QObject):
    """Carries `till_changed` with the kind of change (an AttemptKind's value)."""

    till_changed = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tillEvents")
        self._listeners: list[Callable[[AttemptKind], None]] = []
        self.till_changed.connect(self._dispatch)

    def notify(self, kind: AttemptKind) -> None:
        """Something of `kind` changed at Stripe (call on the GUI thread)."""
        emit(self.till_changed, kind.value)

    def on_change(self, listener: Callable[[AttemptKind], None]) -> None:
        """Call `listener` (a bound method of a page) with the kind after every change."""
        self._listeners.append(listener)

    def _dispatch(self, value: str) -> None:
        # Imported here: the window (which owns this object) paints before the domain's
        # attempts are needed (docs/architecture.md, "Start-up").
        from pos_app.domain.attempts import AttemptKind

        kind = AttemptKind(value)
        for listener in list(self._listeners):
            listener(kind)
