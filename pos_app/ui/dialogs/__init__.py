"""The till's dialogs: card entry, receipt, first-run setup."""

from __future__ import annotations

from .card_dialog import CardDialog
from .card_form import CardForm
from .receipt_dialog import ReceiptDialog
from .setup_dialog import SetupData, SetupDialog

__all__ = ["CardDialog", "CardForm", "ReceiptDialog", "SetupData", "SetupDialog"]
