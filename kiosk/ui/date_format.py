"""Partial dates in the visitor's language, at the precision they are known, via QLocale.

Qt offers a locale's long date ("Thursday, 28 March 2019", "2019年3月28日星期四") but no
month-and-year or year-only pattern. Those are derived here from the long pattern by
dropping fields, so month order, suffixes such as 年 and 月 and the locale's month names
all still come from the locale's data rather than from lists in this code:

====== ================== ============ =============
 prec.  English            Chinese      Urdu
====== ================== ============ =============
 year   2018               2018年       2018
 month  August 2018        2018年8月    اگست 2018
 day    28 March 2019      2019年3月28日 28 مارچ، 2019
====== ================== ============ =============
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from functools import cache

from PySide6.QtCore import QDate, QLocale

from kiosk.content.model import PartialDate, Precision
from kiosk.core.languages import Language

# A Qt date format is runs of one field letter, quoted literals and other characters.
_TOKEN = re.compile(r"'(?:[^']|'')*'|([dMy])\1*|[^'dMy]+")
# Commas join the day-and-month group to the year ("d MMMM، yyyy", "MMMM d, yyyy"); with
# no day left they have nothing to separate, which matches CLDR's "MMMM y" patterns.
_COMMAS = ",،，"


def format_partial_date(date: PartialDate, language: Language, short: bool = False) -> str:
    """The date as a visitor reads it, e.g. "August 2018" / "2018年8月" / "اگست 2018".

    ``short`` abbreviates month names where the locale has abbreviations ("Aug 2018"),
    for tight spaces such as timeline markers.
    """
    locale = _locale(language.locale_name)
    pattern = _pattern(language.locale_name, date.precision, short)
    return locale.toString(QDate(date.year, date.month or 1, date.day or 1), pattern)


def month_name(month: int, language: Language, short: bool = True) -> str:
    """A month's stand-alone name for axis ticks: "Mar" / "3月" / "مارچ"."""
    kind = QLocale.FormatType.ShortFormat if short else QLocale.FormatType.LongFormat
    return _locale(language.locale_name).standaloneMonthName(month, kind)


@cache
def _locale(name: str) -> QLocale:
    return QLocale(name)


@cache
def _pattern(locale_name: str, precision: Precision, short: bool) -> str:
    tokens = _tokens(_locale(locale_name).dateFormat(QLocale.FormatType.LongFormat))
    tokens = _drop_field(tokens, lambda t: t.startswith("ddd"))  # never the weekday
    if precision is not Precision.DAY:
        tokens = _drop_field(tokens, lambda t: t[0] == "d")
        tokens = [_strip_commas(t) for t in tokens]
    if precision is Precision.YEAR:
        tokens = _drop_field(tokens, lambda t: t[0] == "M")
    pattern = "".join(tokens).strip()
    return pattern.replace("MMMM", "MMM") if short else pattern


def _tokens(pattern: str) -> list[str]:
    return [m.group(0) for m in _TOKEN.finditer(pattern)]


def _is_field(token: str) -> bool:
    return token[0] in "dMy"


def _is_separator(token: str) -> bool:
    """Spaces and punctuation between fields, as opposed to suffixes such as 日."""
    return not _is_field(token) and all(
        unicodedata.category(c)[0] in "ZP" for c in token.strip("'")
    )


def _drop_field(tokens: list[str], match: Callable[[str], bool]) -> list[str]:
    """Remove each matching field with its suffix (年/月/日) and one separator beside it."""
    result = list(tokens)
    i = 0
    while i < len(result):
        if not (_is_field(result[i]) and match(result[i])):
            i += 1
            continue
        del result[i]
        if i < len(result) and not _is_field(result[i]) and not _is_separator(result[i]):
            del result[i]  # the field's suffix
        if i < len(result) and _is_separator(result[i]):
            del result[i]
        elif i > 0 and _is_separator(result[i - 1]):
            del result[i - 1]
    return result


def _strip_commas(token: str) -> str:
    if _is_field(token) or not _is_separator(token):
        return token
    stripped = "".join(c for c in token if c not in _COMMAS)
    return stripped or " "
