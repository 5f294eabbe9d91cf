"""Formats pack content for a language: fact values, numbers and source lines."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from kiosk.content.model import Fact, Source
from kiosk.core.languages import Language
from kiosk.ui.date_format import format_partial_date


def locale_for(language: Language) -> QLocale:
    return QLocale(language.locale_name)


def format_number(value: float, language: Language, decimals: int | None = None) -> str:
    """A number with the language's digits and grouping; integers without decimals."""
    locale = locale_for(language)
    if decimals is None:
        decimals = 0 if float(value).is_integer() else 1
    if decimals == 0:
        return locale.toString(round(value))
    return locale.toString(float(value), "f", decimals)


def fact_value(fact: Fact, language: Language) -> str:
    """The fact's value text, with ``{number}`` formatted for the language."""
    text = fact.value.get(language)
    if fact.number is not None:
        text = text.replace("{number}", format_number(fact.number, language))
    return text


def source_line(source: Source, language: Language) -> str:
    """'Source: title — publisher, date' in the visitor's language."""
    parts = [source.title.get(language), source.publisher.get(language)]
    if source.date is not None:
        parts.append(format_partial_date(source.date, language))
    citation = QCoreApplication.translate("Sources", ", ").join(parts)
    return QCoreApplication.translate("Sources", "Source: %1").replace("%1", citation)
