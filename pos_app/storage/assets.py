"""Where the application's read-only resources (stylesheet, icons, receipt template) live."""

from __future__ import annotations

import os
import sys
from pathlib import Path

__all__ = ["resource_path", "resources_dir"]


def resources_dir() -> Path:
    """The `resources/` folder: beside the package in a checkout, inside the bundle when frozen.

    `POS_RESOURCES_DIR` overrides both, for packagers who lay files out differently.
    """
    override = os.environ.get("POS_RESOURCES_DIR")
    if override:
        return Path(override)
    bundle = getattr(sys, "_MEIPASS", None)  # set by PyInstaller's bootloader
    if bundle:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parents[2] / "resources"


def resource_path(name: str) -> Path:
    return resources_dir() / name
