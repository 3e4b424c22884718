"""A scrolled form that brings the whole focused field into view, not only its text cursor."""

from __future__ import annotations

from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QScrollArea, QWidget

__all__ = ["FormScrollArea"]


class FormScrollArea(QScrollArea):
    """A QScrollArea for a form of fields.

    When Tab moves into a field, Qt's scroll area brings the field's *text cursor* into view
    (`ensureWidgetVisible` asks a line edit for its cursor rectangle) and does nothing when
    that rectangle is already shown: a field at the viewport's lower edge kept its bottom
    padding and border out of sight (5 px of the settings' Confirm PIN field on a 1024 x 600
    panel). This one then shows the whole field with a little room around it."""

    #: Room kept between a field and the viewport's edge: its focus border stays clear of it.
    MARGIN = 8

    def focusNextPrevChild(self, next: bool) -> bool:
        moved = super().focusNextPrevChild(next)
        # The scroll area's own focus child: the application's is None while the window is
        # not the active one.
        focused = self.focusWidget()
        if moved and focused is not None:
            self.show_whole(focused)
        return moved

    def show_whole(self, field: QWidget) -> None:
        """Scroll as little as needed for all of `field` (a widget of the form) to show;
        a field taller than the viewport shows from its top."""
        content = self.widget()
        if content is None or not content.isAncestorOf(field):
            return
        top = field.mapTo(content, QPoint(0, 0)).y() - self.MARGIN
        bottom = top + field.height() + 2 * self.MARGIN
        bar = self.verticalScrollBar()
        seen = self.viewport().height()
        if top < bar.value():
            bar.setValue(max(top, 0))
        elif bottom > bar.value() + seen:
            bar.setValue(min(top, bottom - seen, bar.maximum()))
