"""The till's dialogs: card entry, receipt, first-run setup."""
