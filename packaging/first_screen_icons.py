"""The first screen's icons as PNG files, rendered from their SVG sources.

The Charge screen shows the Charge button's card, the keypad's backspace and the status
line's icon in its very first frame. Drawn from SVG, the first of them makes Qt load its SVG
library and two plugins before the window can paint (about 2% of the till's start-up,
docs/benchmarks.md); a PNG needs neither. So the style sheet names PNG files for these, each
rendered here from `resources/icons/<name>.svg` by Qt's own SVG icon engine (the one that
drew them before), at the size the style sheet draws it and at 1x, 2x and 3x the pixels
(`<name>.png`, `<name>@2x.png`, `<name>@3x.png`; Qt picks the file for the screen's scale).
Every other icon stays SVG: it is drawn after the first paint.

tests/test_first_screen_icons.py renders them again and fails when an SVG changed without
this being run.

Usage: python packaging/first_screen_icons.py
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSize
from PySide6.QtGui import QIcon, QImage
from PySide6.QtWidgets import QApplication

ICONS_DIR = Path(__file__).resolve().parents[1] / "resources" / "icons"

#: Each first-screen icon and the size (px) the style sheet draws it at: the Charge button's
#: `qproperty-iconSize`, the backspace key's, and the status line's 40 px icon label (every
#: status the line can show, so that no state change brings the SVG library back in).
ICON_SIZES = {
    "card": 28,
    "backspace": 26,
    "info": 40,
    "pending": 40,
    "approved": 40,
    "declined": 40,
    "unknown": 40,
}
SCALES = (1, 2, 3)


def png_name(name: str, scale: int) -> str:
    return f"{name}.png" if scale == 1 else f"{name}@{scale}x.png"


def render(name: str, scale: int, icons_dir: Path = ICONS_DIR) -> QImage:
    """`name`'s SVG as Qt's SVG icon engine draws it at its size and `scale`."""
    size = ICON_SIZES[name]
    icon = QIcon(str(icons_dir / f"{name}.svg"))
    return icon.pixmap(QSize(size, size), float(scale)).toImage()


def main() -> int:
    _app = QApplication.instance() or QApplication(sys.argv[:1])
    for name in ICON_SIZES:
        for scale in SCALES:
            target = ICONS_DIR / png_name(name, scale)
            if not render(name, scale).save(str(target), "PNG"):
                print(f"could not write {target}", file=sys.stderr)
                return 1
            print(f"wrote {target.relative_to(ICONS_DIR.parents[1])}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
