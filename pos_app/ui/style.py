"""Look and feel: Fusion base, a light palette, the QSS stylesheet and SVG icons
(services.assets), mode colours.

The till is light whatever the system's theme: the palette set here is light in every role
and group, and the style sheet gives every surface it styles — windows, fields, lists,
popups, menus, combo-box lists, tooltips — its own background and text colour, so a system
dark mode (or a dark palette set later) never puts dark text on a dark ground.
"""

from __future__ import annotations

import os
from functools import cache
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication, QWidget

from pos_app.domain.keys import Mode
from pos_app.services.assets import ICONS_DIR, STYLE_SHEET, resource_path, resource_text

if TYPE_CHECKING:
    # Imported where an icon is made: the first screen's icons come from the style sheet,
    # and PySide6 builds QIcon's class (its theme icons) on its first use (ui/lazy_qt.py).
    from PySide6.QtGui import QIcon, QPixmap

__all__ = [
    "apply_style",
    "ensure_style",
    "icon",
    "icon_pixmap",
    "initial_state",
    "light_palette",
    "mode_badge_words",
    "new_application",
    "set_state",
]

#: Set on a QApplication made by `new_application`: it was given Fusion when it was made.
_FUSION_GIVEN = "posFusionGiven"


#: (role, active/inactive colour, disabled colour): the style sheet's colours, for what Fusion
#: draws itself (check boxes, scroll bars, the calendar, rich text links).
_LIGHT = (
    (QPalette.ColorRole.Window, "#f8fafc", "#f1f5f9"),
    (QPalette.ColorRole.WindowText, "#111827", "#6b7280"),
    (QPalette.ColorRole.Base, "#ffffff", "#f1f5f9"),
    (QPalette.ColorRole.AlternateBase, "#f8fafc", "#f1f5f9"),
    (QPalette.ColorRole.Text, "#111827", "#6b7280"),
    (QPalette.ColorRole.PlaceholderText, "#6b7280", "#9ca3af"),
    (QPalette.ColorRole.Button, "#ffffff", "#f1f5f9"),
    (QPalette.ColorRole.ButtonText, "#111827", "#6b7280"),
    (QPalette.ColorRole.BrightText, "#ffffff", "#ffffff"),
    (QPalette.ColorRole.Highlight, "#dbeafe", "#e5e7eb"),
    (QPalette.ColorRole.HighlightedText, "#111827", "#6b7280"),
    (QPalette.ColorRole.ToolTipBase, "#111827", "#111827"),
    (QPalette.ColorRole.ToolTipText, "#f9fafb", "#f9fafb"),
    (QPalette.ColorRole.Link, "#1d4ed8", "#6b7280"),
    (QPalette.ColorRole.LinkVisited, "#5b21b6", "#6b7280"),
    (QPalette.ColorRole.Light, "#ffffff", "#ffffff"),
    (QPalette.ColorRole.Midlight, "#e2e8f0", "#e2e8f0"),
    (QPalette.ColorRole.Mid, "#cbd5e1", "#cbd5e1"),
    (QPalette.ColorRole.Dark, "#94a3b8", "#94a3b8"),
    (QPalette.ColorRole.Shadow, "#64748b", "#64748b"),
)


def light_palette() -> QPalette:
    """The till's light palette, every role in every colour group."""
    palette = QPalette()
    for role, normal, disabled in _LIGHT:
        for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
            palette.setColor(group, role, QColor(normal))
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor(disabled))
    return palette


def new_application(argv: list[str]) -> QApplication:
    """The till's QApplication, told to use Fusion as it is made (Qt's `-style` argument,
    last so that it wins): `app.setStyle("Fusion")` would hand Python the QStyle it makes,
    and wrapping it builds PySide6's QStyle class with its enums (15-30 ms) before the first
    paint (ui/lazy_qt.py)."""
    # On Linux, Qt's own event loop rather than glib's: it says it has woken before it
    # handles anything, which lets background listings make way for the window
    # (ui/window_gate.py). The till uses no glib-based library; Windows has no glib.
    os.environ.setdefault("QT_NO_GLIB", "1")
    # The GUI thread paints alone. Qt would split a large fill (a tall rounded panel, the
    # window's background) across a pool of its own threads and wait for them: on a two-core
    # till whose other core runs a listing's worker, the GUI thread then waits for a core in
    # the middle of a paint, and the pool's two threads are started before the first paint.
    os.environ.setdefault("QT_NO_GUI_THREADPOOL", "1")
    app = QApplication([*argv, "-style", "Fusion"])
    app.setProperty(_FUSION_GIVEN, True)
    return app


def apply_style(app: QApplication) -> None:
    """Fusion everywhere (same look on every OS), the light palette, the till's stylesheet
    and body font."""
    if app.property(_FUSION_GIVEN) is not True:
        app.setStyle("Fusion")
    # Set after the style: a style may hand the application its own (system, maybe dark)
    # palette when it is set.
    app.setPalette(light_palette())
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
    from PySide6.QtGui import QIcon

    return QIcon(str(resource_path(f"{ICONS_DIR}/{name}.svg")))


def icon_pixmap(name: str, size: int) -> QPixmap:
    from PySide6.QtCore import QSize

    return icon(name).pixmap(QSize(size, size))


def mode_badge_words(mode: Mode, register_id: str, cashier: str) -> tuple[str, str, str]:
    """The badge always says the mode in words (colour alone is never enough): the mode and
    the register in long words ("SANDBOX MODE  ·  Register FRONT-1") and in short ones
    ("SANDBOX  ·  FRONT-1") for a narrow window, and the cashier (`BadgeLabel`)."""
    translate = QCoreApplication.translate
    whole = {
        "TEST": translate("ModeBadge", "TEST MODE"),
        "LIVE": translate("ModeBadge", "LIVE MODE"),
        "SANDBOX": translate("ModeBadge", "SANDBOX MODE"),
    }[mode.value]
    short = {
        "TEST": translate("ModeBadge", "TEST", "the mode in the badge of a narrow window"),
        "LIVE": translate("ModeBadge", "LIVE", "the mode in the badge of a narrow window"),
        "SANDBOX": translate("ModeBadge", "SANDBOX", "the mode in the badge of a narrow window"),
    }[mode.value]
    if register_id:
        whole += "  ·  " + translate("ModeBadge", "Register {register}").format(
            register=register_id
        )
        short += "  ·  " + register_id
    return whole, short, cashier


def initial_state(widget: QWidget, state: str, name: str = "state") -> None:
    """The ``state`` property (or the property `name`) of a widget being built, before it
    was ever shown: it is polished when its window first shows and reads the property then,
    so nothing needs to be re-applied (and the style, which `set_state` reaches for, is not
    asked for before the first paint; see `new_application`)."""
    widget.setProperty(name, state)


def set_state(widget: QWidget, state: str, name: str = "state") -> None:
    """Set the ``state`` property the stylesheet keys colours on (or the property `name`,
    such as a status line's ``statusIcon``), and re-apply the style.

    Re-applying the style sheet is the costly part (rules are matched again, the widget's
    geometry is asked for again, the window lays out and repaints once more), so a state
    that did not change is left alone: pages set it again with every page that arrives."""
    if widget.property(name) == state:
        return
    widget.setProperty(name, state)
    style = widget.style()
    style.unpolish(widget)
    style.polish(widget)
    widget.update()
