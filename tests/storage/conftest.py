"""Storage test helpers: a fake secret key to hunt for on disk, and paths under tmp_path."""

from __future__ import annotations

from pathlib import Path

import pytest

from pos_app.storage.paths import AppPaths
from pos_app.storage.settings import SettingsStore

#: Looks like a real key so that any leak is caught by a plain byte search.
FAKE_SECRET = "sk_test_FAKEsecretNeverOnDisk4242"
FAKE_PUBLISHABLE = "pk_test_FAKEpublishableNeverOnDisk42"
FAKE_LIVE_SECRET = "sk_live_FAKEliveSecretNeverOnDisk42"


@pytest.fixture
def paths(tmp_path: Path) -> AppPaths:
    return AppPaths.under(tmp_path / "root").ensure()


@pytest.fixture
def settings_store(paths: AppPaths) -> SettingsStore:
    return SettingsStore(paths.settings_path)


def files_contain(folder: Path, needle: str) -> list[Path]:
    """Every file below `folder` whose bytes contain `needle`."""
    data = needle.encode()
    return [p for p in folder.rglob("*") if p.is_file() and data in p.read_bytes()]
