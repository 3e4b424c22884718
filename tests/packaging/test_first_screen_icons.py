"""The first screen's PNG icons are what their SVG sources draw (packaging/first_screen_icons.py).

An SVG edited without the PNGs rendered again would leave the Charge screen with the old
picture: each PNG is compared with a fresh rendering of its SVG, at each scale.
"""

from __future__ import annotations

import pytest
from PySide6.QtGui import QImage

from tests.packaging.support import load

_icons = load("first_screen_icons")
ICON_SIZES: dict[str, int] = _icons.ICON_SIZES
ICONS_DIR = _icons.ICONS_DIR

#: Largest difference in any colour channel tolerated per pixel: another Qt release may
#: smooth an edge a little differently; an edited drawing moves far more.
_EDGE_TOLERANCE = 40
#: ... and on how many pixels at most (of the smallest icon's 616).
_EDGE_PIXELS = 12


def _channels(pixel: int) -> tuple[int, int, int, int]:
    return (pixel >> 24) & 255, (pixel >> 16) & 255, (pixel >> 8) & 255, pixel & 255


@pytest.mark.parametrize("scale", _icons.SCALES)
@pytest.mark.parametrize("name", sorted(ICON_SIZES))
def test_each_png_is_its_svg_at_its_size_and_scale(qapp: object, name: str, scale: int) -> None:
    stored = QImage(str(ICONS_DIR / _icons.png_name(name, scale)))
    assert not stored.isNull(), f"{_icons.png_name(name, scale)} is missing: run the script"
    fresh = _icons.render(name, scale).convertToFormat(QImage.Format.Format_ARGB32)
    stored = stored.convertToFormat(QImage.Format.Format_ARGB32)
    assert (stored.width(), stored.height()) == (fresh.width(), fresh.height())
    # Drawn at the size the style sheet gives it (a wide card icon keeps its proportions).
    assert max(stored.width(), stored.height()) == ICON_SIZES[name] * scale
    off = 0
    for y in range(fresh.height()):
        for x in range(fresh.width()):
            a, b = _channels(stored.pixel(x, y)), _channels(fresh.pixel(x, y))
            if max(abs(p - q) for p, q in zip(a, b, strict=True)) > _EDGE_TOLERANCE:
                off += 1
    assert off <= _EDGE_PIXELS, f"{_icons.png_name(name, scale)} differs from its SVG: rerun it"


def test_the_style_sheet_draws_the_first_screen_from_these_pngs() -> None:
    sheet = (ICONS_DIR.parent / "style.qss").read_text(encoding="utf-8")
    for name in ICON_SIZES:
        assert f"@ICONS@/{name}.png" in sheet
        assert f"@ICONS@/{name}.svg" not in sheet
