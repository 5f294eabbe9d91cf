"""The climate comparison told in a few sentences, worded from the two cities' figures.

:func:`~kiosk.core.climate_story.build_story` finds the facts (the month the cities differ
most, the month they are closest, the wet season, the annual totals); this card words them
with ``tr()`` templates, and formats months and numbers with ``QLocale`` in the visitor's
language and unit. Nothing here is a hard-coded fact: other figures give other sentences.
"""

from __future__ import annotations

import functools
import re

from PySide6.QtCore import QEvent, QLocale
from PySide6.QtWidgets import QWidget

from kiosk.content.model import ClimateSeries
from kiosk.core.chart_scale import TemperatureUnit, approximately, convert_difference
from kiosk.core.climate_story import (
    ClimateStory,
    MonthDifference,
    build_story,
    rain_contrast,
)
from kiosk.core.languages import FALLBACK, Language
from kiosk.ui.widgets.card import Card
from kiosk.ui.widgets.climate_chart_layout import NBSP, isolate_ltr
from kiosk.ui.widgets.plain_label import PlainLabel

_PLACEHOLDER = re.compile(r"%(\d)")


def fill(template: str, *values: str) -> str:
    """``template`` with %1, %2, … replaced in one pass, so a value holding "%2" stays as is."""
    return _PLACEHOLDER.sub(lambda match: values[int(match.group(1)) - 1], template)


class ClimateStoryCard(Card):
    """A titled card of sentences comparing the sister city (``city``) with ``home``."""

    def __init__(
        self, city: ClimateSeries, home: ClimateSeries, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._city, self._home = city, home
        self._story = build_story(city, home)
        self._language = FALLBACK
        self._unit = TemperatureUnit.CELSIUS
        self._title = PlainLabel("CardTitle", self)
        self._sentences = [PlainLabel("StorySentence", self) for _ in range(4)]
        self._footnote = PlainLabel("SourceLine", self)
        self.box().setSpacing(14)
        for label in (self._title, *self._sentences, self._footnote):
            self.box().addWidget(label)
        self._refresh()

    # -- public API -------------------------------------------------------------------------

    def set_language(self, language: Language) -> None:
        self._language = language
        self._refresh()

    def set_unit_fahrenheit(self, on: bool) -> None:
        self._unit = TemperatureUnit.FAHRENHEIT if on else TemperatureUnit.CELSIUS
        self._refresh()

    def story(self) -> ClimateStory:
        return self._story

    def sentences(self) -> list[str]:
        """The sentences as shown, in order."""
        return [label.text() for label in self._sentences if not label.isHidden()]

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._refresh()
        super().changeEvent(event)

    # -- wording ----------------------------------------------------------------------------

    def _refresh(self) -> None:
        title = fill(self.tr("%1 beside %2"), self._name(self._city), self._name(self._home))
        self._title.set_content(title)
        sentences = [
            s for s in (self._largest(), self._closest(), self._wet_season(), self._annual()) if s
        ]
        for label, text in zip(self._sentences, sentences + [""] * 4, strict=False):
            label.set_content(text)
            label.setHidden(not text)
        note = self.tr("Worked out from the monthly figures in the chart; sources under it.")
        self._footnote.set_content(note)
        self.setAccessibleName(title)

    def _largest(self) -> str:
        """The month the cities differ most, from home's side: "In January Shenyang is …"."""
        gap = self._story.largest_difference
        if self._about(gap) == 0:
            return ""
        template = (
            self.tr("In %1 %2 is about %3 colder than %4.")
            if gap.home_is_colder
            else self.tr("In %1 %2 is about %3 warmer than %4.")
        )
        home, city = self._name(self._home), self._name(self._city)
        return fill(template, self._month(gap.month), home, self._degrees(gap), city)

    def _closest(self) -> str:
        """The month the cities feel most alike, again from home's side."""
        gap = self._story.smallest_difference
        if self._about(gap) == 0:
            template = self.tr("In %1 the two cities are about as warm as each other.")
            return fill(template, self._month(gap.month))
        template = (
            self.tr("The two cities are closest in %1, when %2 is about %3 colder.")
            if gap.home_is_colder
            else self.tr("The two cities are closest in %1, when %2 is about %3 warmer.")
        )
        return fill(template, self._month(gap.month), self._name(self._home), self._degrees(gap))

    def _wet_season(self) -> str:
        story = self._story
        city, home = story.city.wet_spell, story.home.wet_spell
        if story.shared_wet_months:
            months = self._months(story.shared_wet_months)
            if city.brings_most and home.brings_most:
                return fill(self.tr("Both cities get most of their rain in %1."), months)
            return fill(self.tr("Both cities get the most rain in %1."), months)
        template = self.tr("%1 gets the most rain in %2, %3 in %4.")
        return fill(
            template,
            self._name(self._city),
            self._months(city.months),
            self._name(self._home),
            self._months(home.months),
        )

    def _annual(self) -> str:
        """The year's totals, the drier city first so "times as much" means the other."""
        story, contrast = self._story, rain_contrast(self._story)
        totals = [
            (self._name(self._city), self._mm(story.city.annual_rain_mm)),
            (self._name(self._home), self._mm(story.home.annual_rain_mm)),
        ]
        if not contrast.home_is_wetter:
            totals.reverse()
        (drier, drier_mm), (wetter, wetter_mm) = totals
        if contrast.times is None:
            template = self.tr("In a year %1 gets %2 of rain and %3 gets %4.")
            return fill(template, drier, drier_mm, wetter, wetter_mm)
        template = self.tr("In a year %1 gets %2 of rain and %3 gets %4, about %5 times as much.")
        return fill(template, drier, drier_mm, wetter, wetter_mm, self._number(contrast.times))

    # -- formatting -------------------------------------------------------------------------

    def _locale(self) -> QLocale:
        return QLocale(self._language.locale_name)

    def _name(self, series: ClimateSeries) -> str:
        return series.label.get(self._language)

    def _month(self, month: int) -> str:
        return self._locale().monthName(month + 1, QLocale.FormatType.LongFormat)

    def _months(self, months: tuple[int, ...]) -> str:
        """ "July and August" (a longer spell chains the same template)."""
        names = [self._month(m) for m in months]
        return functools.reduce(lambda a, b: fill(self.tr("%1 and %2"), a, b), names)

    def _about(self, gap: MonthDifference) -> int:
        """The difference in the visitor's unit, rounded for "about" (5s from 15 up)."""
        return abs(approximately(convert_difference(gap.difference_c, self._unit)))

    def _degrees(self, gap: MonthDifference) -> str:
        text = self._locale().toString(self._about(gap)) + NBSP + self._unit.symbol
        return isolate_ltr(text) if self._language.right_to_left else text

    def _mm(self, mm: float) -> str:
        # No isolate: the unit is a translated word, which follows the number in reading order.
        return self._locale().toString(round(mm)) + NBSP + self.tr("mm")

    def _number(self, value: float) -> str:
        decimals = 0 if value.is_integer() else 1
        return self._locale().toString(value, "f", decimals)
