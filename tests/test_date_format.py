"""Dates at the precision they are known, in each visitor language, from QLocale's data."""

from __future__ import annotations

import pytest

from kiosk.content.model import PartialDate
from kiosk.core.languages import Language
from kiosk.ui.date_format import format_partial_date, month_name

YEAR, MONTH, DAY = PartialDate(2018), PartialDate(2018, 8), PartialDate(2019, 3, 28)


@pytest.mark.parametrize(
    ("date", "language", "expected"),
    [
        (YEAR, Language.EN, "2018"),
        (MONTH, Language.EN, "August 2018"),
        (DAY, Language.EN, "28 March 2019"),
        (YEAR, Language.ZH, "2018年"),
        (MONTH, Language.ZH, "2018年8月"),
        (DAY, Language.ZH, "2019年3月28日"),
        (YEAR, Language.UR, "2018"),
        (MONTH, Language.UR, "اگست 2018"),
        (DAY, Language.UR, "28 مارچ، 2019"),
    ],
)
def test_each_precision_in_each_language(
    date: PartialDate, language: Language, expected: str
) -> None:
    assert format_partial_date(date, language) == expected


@pytest.mark.parametrize("language", list(Language))
def test_never_more_precise_than_known(language: Language) -> None:
    assert "28" not in format_partial_date(PartialDate(2019, 3), language)
    assert "3" not in format_partial_date(PartialDate(2018), language)
    weekday = {"en": "Thursday", "zh": "星期四", "ur": "جمعرات"}[language.code]
    assert weekday not in format_partial_date(DAY, language)


@pytest.mark.parametrize(
    ("language", "month", "day"),
    [
        (Language.EN, "Aug 2018", "9 Dec 2021"),
        (Language.ZH, "2018年8月", "2021年12月9日"),
        (Language.UR, "اگست 2018", "9 دسمبر، 2021"),
    ],
)
def test_short_forms_for_markers(language: Language, month: str, day: str) -> None:
    assert format_partial_date(MONTH, language, short=True) == month
    assert format_partial_date(PartialDate(2021, 12, 9), language, short=True) == day


def test_month_names_for_axis_ticks() -> None:
    assert month_name(3, Language.EN) == "Mar"
    assert month_name(3, Language.ZH) == "3月"
    assert month_name(3, Language.UR, short=False) == "مارچ"
