"""Read-only resources for the layers above services (the UI may not reach into storage)."""

from __future__ import annotations

from pos_app.storage.assets import resource_path, resources_dir

__all__ = ["resource_path", "resources_dir"]
