"""Choosing the language: the setting, else the system's; the Qt-free layers' hook."""

from __future__ import annotations

import dataclasses
import time
from pathlib import Path

from PySide6.QtCore import QLocale

from pos_app.domain import i18n
from pos_app.services.setup import TillSetup
from pos_app.storage.settings import SettingsStore
from pos_app.storage.setup import validate_setup
from pos_app.ui.i18n import (
    clock_text,
    install_language,
    language_choices,
    resolve_language,
    words_locale,
)


def test_without_qt_the_hook_returns_the_english_with_the_count_filled_in() -> None:
    previous = i18n.installed()
    i18n.install(None)
    try:
        assert i18n.translate("Ctx", "Order {order}") == "Order {order}"
        assert i18n.translate("Ctx", "%n card(s)", None, 3) == "3 card(s)"
    finally:
        i18n.install(previous)


def test_the_setting_wins_else_the_system_language_the_till_has_else_english() -> None:
    assert resolve_language("fr", QLocale("de_DE")) == "fr"
    assert resolve_language("", QLocale("de_DE")) == "de"
    assert resolve_language("", QLocale("es_MX")) == "es"
    assert resolve_language("", QLocale("ja_JP")) == "en"
    assert resolve_language("it", QLocale("fr_CA")) == "fr"  # a language the till lacks


def test_the_settings_offer_the_system_default_and_each_language_by_its_own_name(
    qapp: object,
) -> None:
    assert [code for code, _ in language_choices()] == ["", "en", "de", "fr", "es"]
    assert dict(language_choices())["fr"] == "Français"


def test_the_language_is_kept_in_the_settings_file(tmp_path: Path) -> None:
    setup = TillSetup(SettingsStore(tmp_path / "s.json"), lambda: None, lambda s, p: None)
    form = dataclasses.replace(
        setup.load(first_run=True).form,
        training=True,
        business_name="Corner Café",
        register_id="FRONT-1",
        manager_pin="2468",
        pin_confirm="2468",
        language="de",
    )
    setup.save(form, first_run=True)
    assert setup.load().form.language == "de"
    assert "language" in validate_setup(dataclasses.replace(form, language="xx"))


def test_installing_a_language_points_the_domain_hook_at_qt(qapp: object) -> None:
    try:
        assert install_language("de") == "de"
        assert i18n.installed() is not None
    finally:
        assert install_language("en") == "en"


def test_the_header_clock_reads_in_the_tills_language_as_qts_own_format_writes_it(
    qapp: object,
) -> None:
    # The clock is written from the locale's day and month names (no QDateTime before the
    # first paint); it must say exactly what Qt's "ddd d MMM  HH:mm" says, in every language.
    from PySide6.QtCore import QDate, QDateTime, QTime

    moments = [
        time.struct_time((2026, 12, 2, 9, 5, 0, 2, 336, 0)),  # a Wednesday morning
        time.struct_time((2027, 1, 10, 0, 0, 0, 6, 10, 0)),  # a Sunday at midnight
        time.struct_time((2027, 6, 22, 21, 59, 0, 1, 173, 1)),  # a Tuesday in June
    ]
    try:
        for language in ("en", "de", "fr", "es"):
            install_language(language)
            for now in moments:
                qt = QDateTime(
                    QDate(now.tm_year, now.tm_mon, now.tm_mday), QTime(now.tm_hour, now.tm_min)
                )
                expected = words_locale().toString(qt, "ddd d MMM  HH:mm")
                assert clock_text(now) == expected, language
        install_language("de")
        assert clock_text(moments[0]) == "Mi. 2 Dez.  09:05"
    finally:
        install_language("en")
