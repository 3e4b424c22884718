"""The PySide6 user interface: the only layer that imports Qt; it calls services via TaskRunner."""

from __future__ import annotations

from .dialogs import CardDialog, CardForm, ReceiptDialog, SetupData, SetupDialog
from .main_window import MainWindow
from .pages import ChargePage, EmptyPage
from .style import apply_style, ensure_style
from .widgets import AmountInput, Keypad, StatusLine
from .workers import GuiRelay, TaskRunner

__all__ = [
    "AmountInput",
    "CardDialog",
    "CardForm",
    "ChargePage",
    "EmptyPage",
    "GuiRelay",
    "Keypad",
    "MainWindow",
    "ReceiptDialog",
    "SetupData",
    "SetupDialog",
    "StatusLine",
    "TaskRunner",
    "apply_style",
    "ensure_style",
]
