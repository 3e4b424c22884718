"""Draws the application icon (a card on the accent colour) as a Windows .ico, stdlib only.

The build runs this when `resources/icons/app.ico` is missing, so a fresh checkout needs no image
tools; the shapes follow resources/icons/card.svg and the accent of resources/style.qss.
"""

from __future__ import annotations

import struct
import zlib
from pathlib import Path

__all__ = ["SIZES", "ico_bytes", "write_icon"]

SIZES = (16, 24, 32, 48, 256)
_ACCENT = (0x1D, 0x4E, 0xD8)
_WHITE = (0xFF, 0xFF, 0xFF)
_Rgba = tuple[int, int, int, int]


def _in_rounded_rect(
    u: float, v: float, box: tuple[float, float, float, float], radius: float
) -> bool:
    left, top, right, bottom = box
    if not (left <= u <= right and top <= v <= bottom):
        return False
    dx = max(left + radius - u, 0.0, u - (right - radius))
    dy = max(top + radius - v, 0.0, v - (bottom - radius))
    return dx * dx + dy * dy <= radius * radius


def _sample(u: float, v: float) -> tuple[tuple[int, int, int], float]:
    """The colour and opacity of the artwork at (u, v) in the unit square."""
    if not _in_rounded_rect(u, v, (0.03, 0.03, 0.97, 0.97), 0.2):
        return _ACCENT, 0.0
    on_card = _in_rounded_rect(u, v, (0.15, 0.26, 0.85, 0.74), 0.07)
    stripe = 0.36 <= v <= 0.45
    name_line = _in_rounded_rect(u, v, (0.24, 0.57, 0.48, 0.63), 0.03)
    if on_card and not stripe and not name_line:
        return _WHITE, 1.0
    return _ACCENT, 1.0


def _pixels(size: int) -> list[_Rgba]:
    """Row-major RGBA pixels, top row first, supersampled so that small sizes stay smooth."""
    grid = 4 if size <= 64 else 2
    pixels: list[_Rgba] = []
    for y in range(size):
        for x in range(size):
            red = green = blue = alpha = 0.0
            for sy in range(grid):
                for sx in range(grid):
                    u = (x + (sx + 0.5) / grid) / size
                    v = (y + (sy + 0.5) / grid) / size
                    (r, g, b), a = _sample(u, v)
                    red, green, blue, alpha = red + r * a, green + g * a, blue + b * a, alpha + a
            if alpha == 0:
                pixels.append((0, 0, 0, 0))
                continue
            pixels.append(
                (
                    round(red / alpha),
                    round(green / alpha),
                    round(blue / alpha),
                    round(255 * alpha / grid**2),
                )
            )
    return pixels


def _png(size: int, pixels: list[_Rgba]) -> bytes:
    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    rows = b"".join(
        b"\x00" + bytes(c for pixel in pixels[y * size : (y + 1) * size] for c in pixel)
        for y in range(size)
    )
    header = struct.pack(">IIBBBBB", size, size, 8, 6, 0, 0, 0)  # 8-bit RGBA
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(rows, 9))
        + chunk(b"IEND", b"")
    )


def _dib(size: int, pixels: list[_Rgba]) -> bytes:
    # Small sizes as classic 32-bit DIBs, which every Windows version and NSIS read.
    header = struct.pack("<IiiHHIIiiII", 40, size, size * 2, 1, 32, 0, 0, 0, 0, 0, 0)
    colour = b"".join(
        bytes((b, g, r, a))
        for y in reversed(range(size))
        for (r, g, b, a) in pixels[y * size : (y + 1) * size]
    )
    mask_row = ((size + 31) // 32) * 4  # 1 bit a pixel, rows padded to 4 bytes; alpha rules
    return header + colour + b"\x00" * (mask_row * size)


def ico_bytes(sizes: tuple[int, ...] = SIZES) -> bytes:
    """An .ico holding the icon at each size (256 as PNG, the rest as DIB)."""
    images = [(size, (_png if size >= 256 else _dib)(size, _pixels(size))) for size in sizes]
    offset = 6 + 16 * len(images)
    directory = struct.pack("<HHH", 0, 1, len(images))
    for size, data in images:
        edge = 0 if size >= 256 else size  # 0 means 256 in an icon directory
        directory += struct.pack("<BBBBHHII", edge, edge, 0, 0, 1, 32, len(data), offset)
        offset += len(data)
    return directory + b"".join(data for _, data in images)


def write_icon(target: Path, sizes: tuple[int, ...] = SIZES) -> Path:
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(ico_bytes(sizes))
    return target


if __name__ == "__main__":
    default = Path(__file__).resolve().parents[1] / "resources" / "icons" / "app.ico"
    print(write_icon(default))
