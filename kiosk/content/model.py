"""The content pack as frozen dataclasses: what the views are given to show.

Nothing here knows YAML or Qt. The loader (``loader.py``) builds these objects only after
validation, so every reference (source ids, place ids, lanes, media) is known to resolve.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum
from pathlib import Path

from kiosk.core.languages import FALLBACK, Language


@dataclass(frozen=True)
class Text:
    """A visitor-facing string in each language; English is required and the fallback."""

    en: str
    zh: str | None = None
    ur: str | None = None

    def get(self, language: Language) -> str:
        value: str | None = getattr(self, language.code)
        return value if value else getattr(self, FALLBACK.code)

    def has(self, language: Language) -> bool:
        return bool(getattr(self, language.code))


class Precision(Enum):
    YEAR = "year"
    MONTH = "month"
    DAY = "day"


@dataclass(frozen=True, order=True)
class PartialDate:
    """A date known to a year, a month or a day; never shown more precisely than known."""

    year: int
    month: int | None = None
    day: int | None = None

    @property
    def precision(self) -> Precision:
        if self.day is not None:
            return Precision.DAY
        if self.month is not None:
            return Precision.MONTH
        return Precision.YEAR

    def iso(self) -> str:
        parts = [f"{self.year:04d}"]
        if self.month is not None:
            parts.append(f"{self.month:02d}")
        if self.day is not None:
            parts.append(f"{self.day:02d}")
        return "-".join(parts)


@dataclass(frozen=True)
class Source:
    """Where a fact comes from; views show it where a visitor can find it."""

    id: str
    title: Text
    publisher: Text
    date: PartialDate | None = None
    url: str | None = None
    note: Text | None = None


@dataclass(frozen=True)
class Place:
    """A city on the map, with what distance and time difference need."""

    id: str
    name: Text
    country: Text
    latitude: float
    longitude: float
    utc_offset_minutes: int
    time_zone: str
    source: str


@dataclass(frozen=True)
class Fact:
    """A key fact tile. ``value`` may hold ``{number}``, formatted for the language."""

    id: str
    label: Text
    value: Text
    source: str
    number: float | None = None
    icon: str | None = None


@dataclass(frozen=True)
class Passage:
    """A titled paragraph of text with its source."""

    title: Text
    text: Text
    source: str


@dataclass(frozen=True)
class Overview:
    city: str  # place id of the sister city
    home: str  # place id of the home city (Shenyang)
    title: Text  # the city's name as the hero shows it
    tagline: Text  # "Shenyang's 22nd sister city since 9 December 2021"
    since: PartialDate
    intro: Passage  # the "cloud foreign affairs" signing
    facts: tuple[Fact, ...]
    geography: Passage


class ClimateMeasure(Enum):
    MEAN_MAX = "mean_max"
    MEAN_MIN = "mean_min"
    PRECIPITATION = "precipitation"


@dataclass(frozen=True)
class ClimateSeries:
    """One city's monthly normals: temperatures in °C, precipitation in mm."""

    id: str
    place: str
    label: Text
    period: Text
    sources: tuple[str, ...]
    mean_max: tuple[float, ...]
    mean_min: tuple[float, ...]
    precipitation: tuple[float, ...]
    precipitation_source: str | None = None  # when the rain row comes from elsewhere


@dataclass(frozen=True)
class Climate:
    summary: Passage
    headlines: tuple[Fact, ...]
    series: tuple[ClimateSeries, ...]
    notes: tuple[Passage, ...] = ()


@dataclass(frozen=True)
class Industry:
    """A tile: a pillar industry, a handicraft or a financial sector."""

    id: str
    icon: str
    title: Text
    summary: Text  # one line on the tile
    detail: Text  # the detail card
    source: str


@dataclass(frozen=True)
class IndustryGroup:
    id: str
    title: Text
    items: tuple[Industry, ...]


@dataclass(frozen=True)
class Industries:
    intro: Passage
    groups: tuple[IndustryGroup, ...]


@dataclass(frozen=True)
class Lane:
    id: str
    title: Text


@dataclass(frozen=True)
class Era:
    id: str
    title: Text
    start: PartialDate
    end: PartialDate


@dataclass(frozen=True)
class TimelineEvent:
    id: str
    date: PartialDate
    title: Text
    place: Text
    text: Text
    source: str
    lane: str | None = None
    image: Path | None = None  # absolute path inside the pack, resolved by the loader


@dataclass(frozen=True)
class Timeline:
    title: Text
    lanes: tuple[Lane, ...]
    eras: tuple[Era, ...]
    events: tuple[TimelineEvent, ...]  # sorted by date


@dataclass(frozen=True)
class Pack:
    """A whole content pack, validated."""

    root: Path
    id: str
    name: Text
    default_language: Language
    sources: tuple[Source, ...]
    places: tuple[Place, ...]
    overview: Overview
    climate: Climate
    industries: Industries
    timeline: Timeline
    credits: tuple[Text, ...] = field(default=())

    def source(self, source_id: str) -> Source:
        for source in self.sources:
            if source.id == source_id:
                return source
        raise KeyError(source_id)

    def place(self, place_id: str) -> Place:
        for place in self.places:
            if place.id == place_id:
                return place
        raise KeyError(place_id)
