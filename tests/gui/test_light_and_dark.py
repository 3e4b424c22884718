"""The till stays light and legible when the system is dark, and sharp at twice the scale.

A system dark mode hands the application a dark palette. The till's style sheet gives every
surface it styles its own light background and dark text, popups, menus and combo-box lists
included; these tests put a dark Fusion palette on the application after the style, render
the main window, the card dialog, a combo-box list and the menu, and measure the contrast of
every piece of text in the grabbed images. The PNGs land in the test's folder to be looked at.
"""

from __future__ import annotations

import os
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QMenu,
    QWidget,
)

from pos_app.domain.money import Money
from pos_app.services.charging import ChargeRequest
from pos_app.services.context import TillContext
from pos_app.ui.dialogs.card_dialog import CardDialog
from pos_app.ui.main_window import MainWindow
from pos_app.ui.style import light_palette

from ..python_child import child_report
from .conftest import FakeCharges

pytestmark = pytest.mark.gui

REPO = Path(__file__).resolve().parents[2]
#: WCAG's large-text minimum; anti-aliased glyphs of real text stay well above it, while dark
#: text on a dark ground (the fault looked for) is near 1:1.
MIN_CONTRAST = 3.0


def dark_palette() -> QPalette:
    """What a system in dark mode hands a Fusion application."""
    palette = QPalette()
    colours = {
        QPalette.ColorRole.Window: "#2b2b2b",
        QPalette.ColorRole.WindowText: "#f0f0f0",
        QPalette.ColorRole.Base: "#1e1e1e",
        QPalette.ColorRole.AlternateBase: "#2b2b2b",
        QPalette.ColorRole.Text: "#f0f0f0",
        QPalette.ColorRole.Button: "#353535",
        QPalette.ColorRole.ButtonText: "#f0f0f0",
        QPalette.ColorRole.Highlight: "#2a82da",
        QPalette.ColorRole.HighlightedText: "#000000",
        QPalette.ColorRole.ToolTipBase: "#f0f0f0",
        QPalette.ColorRole.ToolTipText: "#1e1e1e",
        QPalette.ColorRole.PlaceholderText: "#8a8a8a",
    }
    for role, colour in colours.items():
        palette.setColor(role, QColor(colour))
    return palette


def luminance(rgb: int) -> float:
    def channel(value: int) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (rgb >> 16) & 255, (rgb >> 8) & 255, rgb & 255
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)


def contrast(a: int, b: int) -> float:
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def text_contrast(image: QImage, rect: QRect) -> tuple[float, str, str]:
    """The ground (the commonest colour in `rect`) and the colour standing out most from it
    among those covering a few pixels: the text's."""
    counts: Counter[int] = Counter()
    rect = rect.intersected(image.rect())
    for y in range(rect.top(), rect.bottom() + 1):
        for x in range(rect.left(), rect.right() + 1):
            counts[image.pixel(x, y) & 0xFFFFFF] += 1
    ground = counts.most_common(1)[0][0]
    inked = [colour for colour, n in counts.items() if n >= 4 and colour != ground]
    best = max(inked, key=lambda colour: contrast(ground, colour), default=ground)
    return contrast(ground, best), f"#{ground:06x}", f"#{best:06x}"


def illegible(top: QWidget, image: QImage) -> list[str]:
    """Every visible piece of text of `top` whose contrast with its ground is too low."""
    scale = image.devicePixelRatio()
    found = []
    for widget in top.findChildren(QWidget):
        if not widget.isVisibleTo(top) or widget.window() is not top:
            continue
        if isinstance(widget, QLabel) and widget.pixmap().isNull():
            words = widget.text()
        elif isinstance(widget, QAbstractButton | QLineEdit):
            words = widget.text() or (
                widget.placeholderText() if isinstance(widget, QLineEdit) else ""
            )
        else:
            continue
        if not words.strip() or widget.width() < 8 or widget.height() < 8:
            continue
        corner = widget.mapTo(top, QPoint(0, 0))
        rect = QRect(
            int(corner.x() * scale),
            int(corner.y() * scale),
            int(widget.width() * scale),
            int(widget.height() * scale),
        )
        ratio, ground, ink = text_contrast(image, rect)
        if ratio < MIN_CONTRAST:
            name = widget.objectName() or type(widget).__name__
            found.append(f"{name} {words[:30]!r}: {ink} on {ground} = {ratio:.1f}:1")
    return found


def grab(qtbot, widget: QWidget, path: Path) -> QImage:  # type: ignore[no-untyped-def]
    for _ in range(3):
        QApplication.processEvents()
    pixmap = widget.grab()
    pixmap.save(str(path))
    return pixmap.toImage()


@pytest.fixture
def window(qtbot, qapp: QApplication, till: TillContext) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    main = MainWindow(till)  # the till's style is applied here
    # Then the system turns dark: the dark palette arrives after the till's own.
    qapp.setPalette(dark_palette())
    qtbot.addWidget(main)
    main.resize(1280, 800)
    main.show()
    qtbot.waitExposed(main)
    yield main
    main.runner.drain(10_000)
    main.close()
    qapp.setPalette(light_palette())


def test_the_main_window_and_the_card_dialog_stay_legible_on_a_dark_system(
    qtbot, window: MainWindow, fake_charges: FakeCharges, tmp_path: Path
) -> None:
    assert QApplication.palette().color(QPalette.ColorRole.Window).lightness() < 64  # dark
    image = grab(qtbot, window, tmp_path / "main-window-dark.png")
    assert illegible(window, image) == []
    ground = QColor(image.pixel(image.width() // 3, image.height() // 2))
    assert ground.lightness() > 230  # the page is light, not the system's grey

    dialog = CardDialog(fake_charges, ChargeRequest(Money(1250, "usd"), "FRONT-1-0001"), window)
    dialog.open()
    qtbot.waitExposed(dialog)
    image = grab(qtbot, dialog, tmp_path / "card-dialog-dark.png")
    assert illegible(dialog, image) == []
    dialog.reject()


def test_popups_menus_and_combo_lists_stay_light_on_a_dark_system(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    combo = QComboBox(window.charge_page)
    combo.setObjectName("darkCheckCombo")
    combo.addItems(["USD", "EUR", "GBP", "Thermal printer on the network (ESC/POS)"])
    combo.show()
    combo.showPopup()
    popup = combo.view().window()
    qtbot.waitExposed(popup)
    image = grab(qtbot, popup, tmp_path / "combo-list-dark.png")
    ratio, ground, ink = text_contrast(image, image.rect())
    assert QColor(ground).lightness() > 230, ground
    assert ratio >= 4.5, (ground, ink)
    # The chosen row too: its highlight keeps the words readable.
    view = combo.view()
    row = view.visualRect(view.model().index(combo.currentIndex(), 0))
    corner = view.viewport().mapTo(popup, row.topLeft())
    scale = image.devicePixelRatio()
    chosen = QRect(int(corner.x() * scale), int(corner.y() * scale),
                   int(row.width() * scale), int(row.height() * scale))  # fmt: skip
    ratio, ground, ink = text_contrast(image, chosen.adjusted(6, 6, -6, -6))
    assert ratio >= 4.5, ("the chosen row", ground, ink)
    combo.hidePopup()

    menu = window.till_menu()
    assert menu is window.findChild(QMenu, "tillMenu")
    menu.popup(window.mapToGlobal(QPoint(8, 24)))
    qtbot.waitExposed(menu)
    image = grab(qtbot, menu, tmp_path / "menu-dark.png")
    ratio, ground, ink = text_contrast(image, image.rect())
    assert QColor(ground).lightness() > 230, ground
    assert ratio >= 4.5, (ground, ink)
    menu.hide()


def test_at_twice_the_scale_the_screens_are_sharp_and_nothing_is_cut(tmp_path: Path) -> None:
    env = {**os.environ, "QT_SCALE_FACTOR": "2", "QT_QPA_PLATFORM": "offscreen"}
    report = child_report(
        ["-m", "tests.gui.render_at_scale", str(tmp_path)], env, cwd=REPO, timeout=120
    )
    assert report["scale"] == 2.0
    for screen in ("main-window", "card-dialog", "receipt"):
        shown = report[screen]
        assert shown["ratio"] == 2.0
        assert shown["physical"] == [2 * shown["logical"][0], 2 * shown["logical"][1]]
        assert shown["problems"] == [], (screen, shown["problems"])
        # The SVG icons are drawn at twice the pixels, not a blurred enlargement.
        for name, (logical, width, height) in shown["icons"].items():
            assert width >= 2 * logical - 1 and height >= logical, (screen, name)
        assert (tmp_path / f"{screen}.png").stat().st_size > 10_000
