"""Look and feel: Fusion base, the QSS stylesheet and SVG icons (services.assets), mode colours."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QSize
from PySide6.QtGui import QFont, QIcon, QPixmap
from PySide6.QtWidgets import QApplication, QWidget

from pos_app.domain.keys import Mode
from pos_app.services.assets import ICONS_DIR, STYLE_SHEET, resource_path, resource_text

__all__ = [
    "apply_style",
    "ensure_style",
    "icon",
    "icon_pixmap",
    "mode_badge_text",
    "set_state",
]


def apply_style(app: QApplication) -> None:
    """Fusion everywhere (same look on every OS) plus the till's stylesheet and body font."""
    app.setStyle("Fusion")
    font = QFont(app.font())
    # 14 px body minimum (docs/ui.md "Overall"); pixel size so high-DPI scales it.
    font.setPixelSize(15)
    app.setFont(font)
    sheet = resource_text(STYLE_SHEET)
    # Qt resolves url() against the working directory: point it at the installed icons instead.
    icons = resource_path(ICONS_DIR).as_posix()
    app.setStyleSheet(sheet.replace("@ICONS@", icons))
    app.setProperty("posStyleApplied", True)


def ensure_style() -> None:
    """Apply the till's style once, whichever window the application shows first."""
    app = QApplication.instance()
    if isinstance(app, QApplication) and app.property("posStyleApplied") is not True:
        apply_style(app)


@cache
def icon(name: str) -> QIcon:
    """An SVG icon of the resources' icons/ folder by base name (scales cleanly on high-DPI)."""
    return QIcon(str(resource_path(f"{ICONS_DIR}/{name}.svg")))


def icon_pixmap(name: str, size: int) -> QPixmap:
    return icon(name).pixmap(QSize(size, size))


def mode_badge_text(mode: Mode, register_id: str, cashier: str) -> str:
    """The badge always says the mode in words: colour alone is never enough."""
    parts = [f"{mode.value} MODE"]
    if register_id:
        parts.append(f"Register {register_id}")
    if cashier:
        parts.append(cashier)
    return "  ·  ".join(parts)


def set_state(widget: QWidget, state: str) -> None:
    """Set the ``state`` property the stylesheet keys colours on, and re-apply the style."""
    widget.setProperty("state", state)
    style = widget.style()
    style.unpolish(widget)
    style.polish(widget)
    widget.update()
