"""The translation hook of the Qt-free layers (domain, storage, services).

Words a person reads (cashier messages, receipts, validation messages) are written in English
and passed through `translate(context, text)` with literal arguments, exactly like Qt's
`QCoreApplication.translate`: the catalogue tool (packaging/i18n.py) finds the calls by that
shape. Until the composition root installs Qt's translator (ui/i18n.py) the hook returns the
English text, so these layers and their tests need no Qt.

Placeholders are named and filled *after* translation:
`translate("Receipts", "Order {order}").format(order=order_id)`, so data never becomes part of
a template. `%n` with `n` is Qt's plural form ("%n charge(s)").
"""

from __future__ import annotations

from collections.abc import Callable

__all__ = [
    "LANGUAGES",
    "QT_TRANSLATE_NOOP",
    "SOURCE_LANGUAGE",
    "Translator",
    "install",
    "installed",
    "translate",
]

#: The languages the till ships, as ISO 639-1 codes; the source text is English.
SOURCE_LANGUAGE = "en"
LANGUAGES = (SOURCE_LANGUAGE, "de", "fr", "es")

#: Qt's signature: (context, source text, disambiguation, n) -> the translation.
Translator = Callable[[str, str, str | None, int], str]

_translator: Translator | None = None


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """`text` in the till's language; English (with %n filled in) until one is installed."""
    translator = _translator
    if translator is None:
        return text.replace("%n", str(n)) if n >= 0 else text
    return translator(context, text, disambiguation, n)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # the name lupdate knows
    """Marks `text` for the catalogue where it is defined (a table of messages) and returns it
    unchanged; it is translated where it is shown: `translate(context, TABLE[key])`."""
    return text


def install(translator: Translator | None) -> None:
    """Use `translator` from now on; None goes back to English."""
    global _translator
    _translator = translator


def installed() -> Translator | None:
    return _translator
