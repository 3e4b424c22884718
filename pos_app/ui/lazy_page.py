"""A tab that builds its page the first time it is shown or asked for.

The Customers and History pages cost a few dozen milliseconds to import and build; the till
shows its window without them (docs/architecture.md, "Start-up"). The stand-in builds the
real page synchronously in its first show event, before anything is painted, so the cashier
never sees it empty.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QVBoxLayout, QWidget

if TYPE_CHECKING:
    from PySide6.QtGui import QShowEvent

__all__ = ["LazyPage"]


class LazyPage(QWidget):
    """Holds the page `build(parent)` makes, once, filling the whole tab."""

    def __init__(
        self, build: Callable[[QWidget], QWidget], name: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        # Weakly: the window owns this tab, and a cycle through a Qt wrapper would be
        # collected in whatever order the collector picks.
        self._build = weakref.WeakMethod(build)
        self._page: QWidget | None = None
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(0)

    @property
    def built(self) -> bool:
        return self._page is not None

    def page(self) -> QWidget:
        """The real page, built now if it was not yet."""
        if self._page is None:
            build = self._build()
            if build is None:
                raise RuntimeError("the window that builds this page is gone")
            self._page = build(self)
            self._layout.addWidget(self._page)
        return self._page

    def showEvent(self, event: QShowEvent) -> None:
        if self._page is None:
            # Shown inside an already visible tab: the page gets its own show event.
            self.page().show()
        super().showEvent(event)
