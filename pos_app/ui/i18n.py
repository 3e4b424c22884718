"""The till's language: which one (the "Language" setting, else the system's), and Qt's
translators for it.

Two catalogues are loaded for a language: the till's own (`resources/i18n/pos_app_<lang>.qm`,
built by packaging/i18n.py from the .ts files translators edit) and Qt's for its own words
(`qtbase_<lang>.qm`: the buttons of message boxes, the print dialog, a line edit's menu), from
the folder PySide6 ships them in. The Qt-free layers translate through the domain's hook
(domain/i18n.py), which is pointed at `QCoreApplication.translate` here, so a receipt or a
cashier message is in the same language as the window around it.

The composition root calls `install_language` before it builds a window; the launcher calls
it again when the settings change, before the till is rebuilt, so a new language applies at
once. Widgets already built keep their words.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale

from pos_app.domain import i18n
from pos_app.domain.i18n import LANGUAGES, SOURCE_LANGUAGE
from pos_app.services.assets import catalogue_name, resource_path

if TYPE_CHECKING:
    from datetime import date, datetime
    from time import struct_time

    from PySide6.QtCore import QTranslator

__all__ = [
    "LANGUAGE_NAMES",
    "clock_text",
    "current_language",
    "date_text",
    "install_language",
    "language_choices",
    "moment_text",
    "resolve_language",
    "translated_in",
    "words_locale",
]

log = logging.getLogger(__name__)

#: Each language by its own name: whoever reads the list finds theirs whatever is shown now.
LANGUAGE_NAMES = {"en": "English", "de": "Deutsch", "fr": "Français", "es": "Español"}

_installed: list[QTranslator] = []
_current = SOURCE_LANGUAGE
#: The language as a locale, made once per language (table cells ask for it as they paint).
_words_locale = QLocale(SOURCE_LANGUAGE)


def language_choices() -> list[tuple[str, str]]:
    """(setting, shown name) for the settings' list: the system's language first."""
    system = QCoreApplication.translate("Languages", "System default")
    return [("", system), *((code, LANGUAGE_NAMES[code]) for code in LANGUAGES)]


def resolve_language(setting: str, system: QLocale | None = None) -> str:
    """The language to show for a stored setting ("" or one the till does not ship: the
    system's preferred language the till has, else English)."""
    if setting in LANGUAGES:
        return setting
    locale = system if system is not None else QLocale.system()
    for name in [*locale.uiLanguages(), locale.name()]:
        code = name.replace("-", "_").split("_")[0].lower()
        if code in LANGUAGES:
            return code
    return SOURCE_LANGUAGE


def current_language() -> str:
    """The language installed last (English before any)."""
    return _current


def translated_in(setting: str, context: str, text: str) -> str:
    """`text` in the language `setting` stands for (see `resolve_language`), whatever is
    shown now: for a form that shows what a choice of language will print."""
    language = resolve_language(setting)
    if language == SOURCE_LANGUAGE:
        return text
    from PySide6.QtCore import QTranslator

    own = resource_path(catalogue_name(language))
    translator = QTranslator()
    if not translator.load(own.stem, str(own.parent)):
        return text
    return translator.translate(context, text) or text


def install_language(setting: str, *, system: QLocale | None = None) -> str:
    """Load the translators for `setting` (see `resolve_language`) in place of the previous
    ones and point the domain's hook at Qt; returns the language now shown."""
    global _current, _words_locale
    app = QCoreApplication.instance()
    if app is None:
        raise RuntimeError("install_language needs a QApplication")
    language = resolve_language(setting, system)
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    if language != SOURCE_LANGUAGE:
        # Imported here: PySide6 builds a class (and its enums) on its first import, and an
        # English till's first paint needs neither.
        from PySide6.QtCore import QLibraryInfo, QTranslator

        own = resource_path(catalogue_name(language))
        qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        for name, folder in ((own.stem, str(own.parent)), (f"qtbase_{language}", qt_folder)):
            translator = QTranslator(app)
            if translator.load(name, folder):
                app.installTranslator(translator)
                _installed.append(translator)
            else:
                # The till still works, in English where a catalogue is missing.
                log.warning("no translation %s in %s", name, folder)
    i18n.install(_qt_translate)
    _current = language
    _words_locale = QLocale(language)
    log.info("language: %s (setting %r)", language, setting)
    return language


def words_locale() -> QLocale:
    """The till's language as a locale: day and month names read in the words around them
    ("Mi. 2. Dez."), whatever locale writes the amounts."""
    return _words_locale


def date_text(day: date, form: str = "d MMM yyyy") -> str:
    """`day` in the till's language, in Qt's date format `form`."""
    # Here, not with the module: the first paint (the header's clock) builds neither class.
    from PySide6.QtCore import QDate

    return words_locale().toString(QDate(day.year, day.month, day.day), form)


def clock_text(now: struct_time) -> str:
    """The header's clock at `now` (local time): the day in the till's language, then the
    time on the 24-hour clock ("Wed 2 Dec  14:05")."""
    # From one reading of the clock, in the words Qt's "ddd d MMM" would write, but from
    # the locale's names: QLocale.toString would make PySide6 build QDateTime's and QTime's
    # classes (and their enums) to pick an overload, and the clock is part of the first paint.
    words, short = words_locale(), QLocale.FormatType.ShortFormat
    weekday = words.dayName(now.tm_wday + 1, short)  # Qt counts from Monday = 1
    month = words.monthName(now.tm_mon, short)
    return f"{weekday} {now.tm_mday} {month}  {now.tm_hour:02d}:{now.tm_min:02d}"


def moment_text(moment: datetime, form: str = "d MMM yyyy, HH:mm") -> str:
    """`moment` in this computer's time zone, in the till's language (Qt's format `form`)."""
    from PySide6.QtCore import QDate, QDateTime, QTime

    local = moment.astimezone()
    when = QDateTime(
        QDate(local.year, local.month, local.day), QTime(local.hour, local.minute, local.second)
    )
    return words_locale().toString(when, form)


def _qt_translate(context: str, text: str, disambiguation: str | None, n: int) -> str:
    return QCoreApplication.translate(context, text, disambiguation, n)
