"""The main window's pages."""

from __future__ import annotations

from .charge_page import ChargePage
from .empty_page import EmptyPage

__all__ = ["ChargePage", "EmptyPage"]
