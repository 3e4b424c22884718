"""Check boxes under the till's style sheet: a ticked box is the same size as an empty one
(its words do not move when it is ticked) and reads as ticked, enabled or not."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QCheckBox, QVBoxLayout, QWidget

from pos_app.ui.style import ensure_style

pytestmark = pytest.mark.gui

BACKGROUND = QColor("#f8fafc")


def box_drawn(image: QImage) -> tuple[int, int, int, int]:
    """The bounding box (left, top, right, bottom) of what differs from the window's ground
    in the image's first 24 columns (the indicator; the words start 8 px after it)."""
    xs, ys = [], []
    for y in range(image.height()):
        for x in range(min(24, image.width())):
            colour = image.pixelColor(x, y)
            if (
                max(abs(colour.red() - BACKGROUND.red()), abs(colour.blue() - BACKGROUND.blue()))
                > 24
            ):
                xs.append(x)
                ys.append(y)
    return min(xs), min(ys), max(xs), max(ys)


def test_a_ticked_box_is_as_large_as_an_empty_one_and_reads_ticked_when_disabled(qtbot) -> None:
    ensure_style()
    window = QWidget()
    window.setObjectName("chargePage")  # the till's light ground (style.qss)
    layout = QVBoxLayout(window)
    boxes = {}
    for ticked in (False, True):
        for enabled in (True, False):
            box = QCheckBox("Cut the paper after each receipt", window)
            box.setChecked(ticked)
            box.setEnabled(enabled)
            layout.addWidget(box)
            boxes[ticked, enabled] = box
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)

    drawn = {key: box_drawn(box.grab().toImage()) for key, box in boxes.items()}
    sizes = {(r - left, b - top) for left, top, r, b in drawn.values()}
    assert len(sizes) == 1, drawn  # one size, ticked or not, enabled or not
    widths = {box.sizeHint().width() for key, box in boxes.items() if key[1]}
    assert len(widths) == 1  # the words start at the same place

    def middle(key: tuple[bool, bool]) -> QColor:
        left, top, _right, bottom = drawn[key]
        image = boxes[key].grab().toImage()
        return image.pixelColor(left + 2, (top + bottom) // 2)  # inside the edge, off the tick

    assert middle((True, True)).name() == "#1d4ed8"  # the accent, as the primary button
    assert middle((True, False)).name() == "#94a3b8"  # grey, still filled: ticked, disabled
    assert middle((False, False)).name() == "#ffffff"  # an empty box stays empty
