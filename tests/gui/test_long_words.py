"""A long e-mail address wraps in a label, and is copied from it as it was typed."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from pos_app.ui.long_words import WrappingLabel, breakable, unbroken

ADDRESS = "accounts.payable.department.northern.region@very-long-company-name-example.co.uk"


def test_only_long_words_get_break_points_and_the_text_reads_the_same() -> None:
    text = f"Delete {ADDRESS}? +44\u00a020\u00a07946\u00a00001 a.b@c.de"
    shown = breakable(text)
    assert unbroken(shown) == text
    assert shown.count("\u200b") == ADDRESS.count(".") + ADDRESS.count("@") + ADDRESS.count("-")
    assert "a.b@c.de" in shown and "+44\u00a020" in shown  # short words stay whole


def test_a_long_address_wraps_within_a_narrow_label_and_copies_clean(qtbot) -> None:
    label = WrappingLabel()
    qtbot.addWidget(label)
    label.set_words(f"{ADDRESS} · +44 20 7946 0001")
    label.setFixedWidth(300)
    label.show()
    qtbot.waitExposed(label)
    assert label.minimumSizeHint().width() <= 300  # no word wider than the label
    assert label.heightForWidth(300) >= 3 * label.fontMetrics().height()  # it wrapped
    label.setFocus()
    label.setSelection(0, len(label.text()))
    QGuiApplication.clipboard().clear()
    qtbot.keyClick(label, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert QGuiApplication.clipboard().text() == f"{ADDRESS} · +44 20 7946 0001"
