"""The app icon file and the frozen entry script."""

from __future__ import annotations

import struct
import sys
import zlib

import pytest

from tests.packaging.support import REPO_ROOT, load


def _entries(data: bytes) -> list[tuple[int, bytes]]:
    reserved, kind, count = struct.unpack_from("<HHH", data)
    assert (reserved, kind) == (0, 1), "not an icon file"
    entries = []
    for index in range(count):
        width, height, _, _, planes, bits, size, offset = struct.unpack_from(
            "<BBBBHHII", data, 6 + 16 * index
        )
        assert width == height and planes == 1 and bits == 32
        entries.append((width or 256, data[offset : offset + size]))
    return entries


def test_shipped_icon_has_the_sizes_windows_shows() -> None:
    """Explorer, the taskbar and Add/Remove Programs pick 16, 32, 48 and 256 pixel images."""
    data = (REPO_ROOT / "resources" / "icons" / "app.ico").read_bytes()
    sizes = {size for size, _ in _entries(data)}
    assert {16, 32, 48, 256} <= sizes


def test_drawn_icon_is_opaque_accent_in_the_middle_and_clear_in_the_corner() -> None:
    make_icon = load("make_icon")
    [(_, image)] = _entries(make_icon.ico_bytes((16,)))
    header = struct.unpack_from("<IiiHHI", image)
    assert header == (40, 16, 32, 1, 32, 0)  # a 32-bit DIB, height doubled for the mask
    pixels = image[40 : 40 + 16 * 16 * 4]  # BGRA, bottom row first
    corner = pixels[0:4]
    left_edge_middle = pixels[(8 * 16 + 1) * 4 : (8 * 16 + 2) * 4]
    assert corner[3] == 0
    assert tuple(left_edge_middle) == (0xD8, 0x4E, 0x1D, 0xFF)  # the accent #1d4ed8


def test_large_icon_is_a_valid_png() -> None:
    [(size, image)] = _entries(load("make_icon").ico_bytes((256,)))
    assert size == 256 and image.startswith(b"\x89PNG\r\n\x1a\n")
    (kind,) = struct.unpack_from(">4s", image, 12)
    assert kind == b"IHDR" and struct.unpack_from(">II", image, 16) == (256, 256)
    idat = image.index(b"IDAT")
    (idat_length,) = struct.unpack_from(">I", image, idat - 4)
    raw = zlib.decompress(image[idat + 4 : idat + 4 + idat_length])
    assert len(raw) == 256 * (1 + 256 * 4)


def test_windowed_exe_without_console_streams_can_still_print(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """`pos-app.exe --version` from the windowed exe must not crash on a missing stdout."""
    entry = load("entry")
    monkeypatch.setattr(sys, "stdout", None)
    monkeypatch.setattr(sys, "stderr", None)
    entry._ensure_streams()
    try:
        assert sys.stdout is not None and sys.stderr is not None
        print("pos-app 0.1.0")
        sys.stderr.write("warning\n")
    finally:
        sys.stdout.close()
        sys.stderr.close()
