"""Opening hours of an exhibition: when the kiosk should be lit, and when that next changes."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, timedelta
from itertools import pairwise

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
MINUTES_PER_DAY = 24 * 60
_SPAN = re.compile(r"^\s*(\d{1,2}):(\d{2})\s*-\s*(\d{1,2}):(\d{2})\s*$")

Span = tuple[int, int]  # minutes after midnight: opens, closes (closes may be 1440)


@dataclass(frozen=True)
class OpeningHours:
    """Open spans for each weekday (Monday first); an empty tuple is a closed day."""

    days: tuple[tuple[Span, ...], ...] = (((0, MINUTES_PER_DAY),),) * 7

    @property
    def always_open(self) -> bool:
        return all(spans == ((0, MINUTES_PER_DAY),) for spans in self.days)

    def is_open(self, moment: datetime) -> bool:
        minute = moment.hour * 60 + moment.minute
        return any(start <= minute < end for start, end in self.days[moment.weekday()])

    def next_change(self, moment: datetime) -> datetime | None:
        """The first moment after ``moment`` when open turns closed or back (None: never)."""
        if self.always_open or not any(self.days):
            return None
        now_open = self.is_open(moment)
        midnight = moment.replace(hour=0, minute=0, second=0, microsecond=0)
        for day in range(8):
            start_of_day = midnight + timedelta(days=day)
            for minute in self._boundaries(start_of_day.weekday()):
                candidate = start_of_day + timedelta(minutes=minute)
                if candidate > moment and self.is_open(candidate) != now_open:
                    return candidate
        return None

    def _boundaries(self, weekday: int) -> list[int]:
        edges = {edge for span in self.days[weekday] for edge in span}
        edges.add(0)  # a day that starts closed after an open evening changes at midnight
        return sorted(edge for edge in edges if edge < MINUTES_PER_DAY)


ALWAYS_OPEN = OpeningHours()


def parse_day(text: str) -> tuple[Span, ...]:
    """``"09:00-17:00"``, ``"09:00-12:00, 13:00-17:30"`` or ``"closed"``; raises ValueError."""
    if text.strip().lower() == "closed":
        return ()
    spans = [_parse_span(part) for part in text.split(",")]
    spans.sort()
    for (_, end), (start, _) in pairwise(spans):
        if start < end:
            raise ValueError(f"spans overlap in {text!r}")
    return tuple(spans)


def _parse_span(text: str) -> Span:
    match = _SPAN.match(text)
    if match is None:
        raise ValueError(f'{text.strip()!r} is not like "09:00-17:30" or "closed"')
    hours_open, minutes_open, hours_close, minutes_close = (int(g) for g in match.groups())
    opens = _minute_of_day(hours_open, minutes_open, text)
    closes = _minute_of_day(hours_close, minutes_close, text)
    if closes <= opens:
        raise ValueError(
            f"{text.strip()!r} closes before it opens (a span ends the same day; use 24:00)"
        )
    return opens, closes


def _minute_of_day(hours: int, minutes: int, text: str) -> int:
    if minutes > 59 or hours > 24 or (hours == 24 and minutes):
        raise ValueError(f"{text.strip()!r} has a time that does not exist")
    return hours * 60 + minutes
