"""The header: a long business name, then the clock, then the badge's words give way; the
mode, the register and the Till button never do."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QWidget

from pos_app.domain.keys import Mode
from pos_app.services.identity import TillIdentity
from pos_app.ui.fitted_text import BadgeLabel, CutLabel, FittingButton
from pos_app.ui.main_window import MainWindow

pytestmark = pytest.mark.gui

LONG_NAME = "The Corner Bakery & Café of Springfield, since 1887"


def shown(qtbot, name: str, width: int) -> MainWindow:  # type: ignore[no-untyped-def]
    window = MainWindow(TillIdentity(Mode.SANDBOX, "usd", "FRONT-12", "Alexandra", name))
    qtbot.addWidget(window)
    window.resize(width, 600)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_a_long_name_is_cut_with_an_ellipsis_and_the_badge_stays_whole(qtbot) -> None:
    window = shown(qtbot, LONG_NAME, 1024)
    name = window.findChild(CutLabel, "businessNameLabel")
    assert name is not None
    assert name.text().endswith("…") and LONG_NAME.startswith(name.text()[:-1].rstrip())
    assert name.fontMetrics().horizontalAdvance(name.text()) <= name.contentsRect().width()
    assert name.toolTip() == LONG_NAME
    badge = window.mode_badge
    # Mode, register and cashier all shown: the badge has the room its words ask for.
    assert badge.width() >= badge.sizeHint().width()
    assert "Alexandra" in badge.text()
    # And the Till button keeps its place at the right, whole.
    button = window.menu_button
    assert button.width() >= button.sizeHint().width()
    header = button.parentWidget()
    assert isinstance(header, QWidget)
    assert button.geometry().right() < header.width()


def test_a_name_that_fits_is_shown_whole_and_again_when_the_window_grows(qtbot) -> None:
    window = shown(qtbot, "Corner Bakery", 1280)
    name = window.findChild(CutLabel, "businessNameLabel")
    assert name is not None and name.text() == "Corner Bakery"
    # At the window's narrowest, beside a long badge, it gives way (cut, never misspelt).
    window.resize(800, 600)
    qtbot.waitUntil(lambda: name.text().endswith("…"))
    window.resize(1280, 600)
    qtbot.waitUntil(lambda: name.text() == "Corner Bakery")


def test_the_cut_is_the_longest_start_that_fits(qtbot) -> None:
    holder = QWidget()
    qtbot.addWidget(holder)
    label = CutLabel("Springfield", holder)
    metrics = label.fontMetrics()
    room = metrics.horizontalAdvance("Springf…")
    assert label.fitted(room) == "Springf…"
    assert label.fitted(room - 1) == "Spring…"
    assert label.fitted(metrics.horizontalAdvance("Springfield")) == "Springfield"
    assert label.fitted(0) == "…"
    # With a shorter form, that comes before any cut, and the cut is of it.
    label.set_whole("Springfield · hello@springfield.example", "Springfield")
    assert label.fitted(metrics.horizontalAdvance("Springfield")) == "Springfield"
    assert label.fitted(room) == "Springf…"
    assert label.toolTip() == "Springfield · hello@springfield.example"


def fits(label: QWidget) -> bool:
    return label.fontMetrics().horizontalAdvance(label.text()) <= label.contentsRect().width()


def test_at_800_px_the_clock_goes_before_the_badge_loses_a_word(qtbot) -> None:
    window = shown(qtbot, "Corner Bakery", 1024)
    clock, badge = window.clock_label, window.mode_badge
    assert clock.isVisible() and clock.text()
    whole = "SANDBOX MODE  ·  Register FRONT-12  ·  Alexandra"
    assert badge.text() == whole
    window.resize(800, 600)
    # The task bar has a clock; the badge keeps every word, the register and the cashier.
    qtbot.waitUntil(lambda: not clock.isVisible() and badge.text() == whole)
    assert fits(badge)
    window.resize(1024, 600)
    qtbot.waitUntil(clock.isVisible)
    assert badge.text() == whole


def test_long_names_shorten_the_words_then_cut_the_cashier_never_the_register(qtbot) -> None:
    window = MainWindow(
        TillIdentity(
            Mode.SANDBOX, "usd", "TERRACE-BAR-02", "Maximiliane Schwarzenberger", LONG_NAME
        )
    )
    qtbot.addWidget(window)
    window.resize(800, 600)
    window.show()
    qtbot.waitExposed(window)
    badge = window.mode_badge
    # The register stays whole (a cut "TERRACE-BAR-0" would be another register's number),
    # the mode is said in a word, and the cashier's name is cut with "…".
    assert badge.text().startswith("SANDBOX  ·  TERRACE-BAR-02  ·  Maxim")
    assert badge.text().endswith("…") and fits(badge)
    # The whole words are in the tooltip and for a screen reader.
    whole = "SANDBOX MODE  ·  Register TERRACE-BAR-02  ·  Maximiliane Schwarzenberger"
    assert badge.toolTip() == f"Training sandbox: nothing leaves this computer\n{whole}"
    assert badge.accessibleDescription() == whole
    # The Till button is whole, at the right, and the name still says where this is.
    button = window.menu_button
    assert button.width() >= button.sizeHint().width()
    assert window.business_label.text().startswith("The")
    window.resize(1280, 600)
    qtbot.waitUntil(lambda: badge.text() == whole)
    assert badge.toolTip() == "Training sandbox: nothing leaves this computer"
    assert window.clock_label.isVisible()


def test_the_badge_gives_way_in_steps(qtbot) -> None:
    holder = QWidget()
    qtbot.addWidget(holder)
    badge = BadgeLabel(holder)
    badge.set_words("LIVE MODE  ·  Register R2", "LIVE  ·  R2", "Ann Lee", "Live")
    metrics = badge.fontMetrics()
    whole, short = "LIVE MODE  ·  Register R2  ·  Ann Lee", "LIVE  ·  R2  ·  Ann Lee"
    assert badge.fitted(metrics.horizontalAdvance(whole)) == whole
    assert badge.fitted(metrics.horizontalAdvance(whole) - 1) == short
    assert badge.fitted(metrics.horizontalAdvance("LIVE  ·  R2  ·  Ann…")) == "LIVE  ·  R2  ·  Ann…"
    # Never shorter than the mode, the register and the name's first letter.
    assert badge.fitted(0) == "LIVE  ·  R2  ·  A…"
    badge.set_words("LIVE MODE", "LIVE", "", "Live")
    assert badge.fitted(0) == "LIVE"
    assert badge.text() == "LIVE MODE"


def test_a_buttons_words_get_shorter_rather_than_cut_by_its_edge(qtbot) -> None:
    holder = QWidget()
    qtbot.addWidget(holder)
    button = FittingButton(holder)
    button.set_forms("Kassieren: Friedrich", "Kassieren")
    holder.show()
    qtbot.waitExposed(holder)
    # Measured with the font the style sheet gives it, once shown.
    long_width, short_width = button.sizeHint().width(), button.minimumSizeHint().width()
    assert short_width < long_width
    button.resize(long_width, 40)
    qtbot.waitUntil(lambda: button.text() == "Kassieren: Friedrich")
    button.resize(long_width - 1, 40)
    qtbot.waitUntil(lambda: button.text() == "Kassieren")
    assert button.accessibleName() == "Kassieren: Friedrich"
    button.resize(long_width + 40, 40)
    qtbot.waitUntil(lambda: button.text() == "Kassieren: Friedrich")


def test_a_combo_box_cuts_its_chosen_words_with_an_ellipsis(qtbot) -> None:
    from pos_app.ui.cut_combo import CutComboBox

    holder = QWidget()
    qtbot.addWidget(holder)
    box = CutComboBox(holder)
    words = "Mastercard •••• 4444 · exp. 08/30 · par défaut"
    box.addItem(words)
    holder.show()
    qtbot.waitExposed(holder)
    box.resize(box.sizeHint().width() + 40, box.sizeHint().height())
    qtbot.waitUntil(lambda: box.shown_text() == words)
    box.resize(220, box.height())
    qtbot.waitUntil(lambda: box.shown_text().endswith("…"))
    assert words.startswith(box.shown_text()[:-1].rstrip())
    box.grab()  # painted with the cut words
    assert box.currentText() == words  # the item itself is whole
