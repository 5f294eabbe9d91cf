"""The figures exhibition staff ask for, computed from the events of a date range.

Days and hours are the kiosk's local wall-clock time as recorded, so "10:00" means ten in the
morning at the exhibition, wherever the report is run.
"""

from __future__ import annotations

import statistics
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta

from kiosk.analytics.events import Event, Kind

HOURS = 24


@dataclass(frozen=True)
class Tally:
    """How often one thing was seen and, where known, its median dwell in seconds."""

    name: str
    count: int
    median_dwell_s: float | None = None


@dataclass(frozen=True)
class Share:
    """One language's sessions and their percentage of all sessions with a known language."""

    name: str
    sessions: int
    percent: float


@dataclass(frozen=True)
class Report:
    """Everything ``kiosk report`` prints, writes to CSV and draws."""

    first_day: date | None  # the range shown: --since/--until, else the data's own span
    last_day: date | None
    sessions: int
    median_session_s: float | None
    sessions_per_day: tuple[tuple[date, int], ...]  # every day in the range, empty ones too
    sessions_per_hour: tuple[int, ...]  # index is the hour, 0-23
    views: tuple[Tally, ...]  # most viewed first
    events: tuple[Tally, ...]
    tiles: tuple[Tally, ...]
    languages: tuple[Share, ...]  # sessions by the language they ended in
    language_switches: int

    @property
    def is_empty(self) -> bool:
        return self.sessions == 0 and not self.views


def in_range(event: Event, since: date | None, until: date | None) -> bool:
    """True if ``event`` happened on a day from ``since`` to ``until``, both included."""
    day = event.at.date()
    return (since is None or day >= since) and (until is None or day <= until)


def build_report(
    events: Iterable[Event], since: date | None = None, until: date | None = None
) -> Report:
    """The report over the events between ``since`` and ``until`` (inclusive, either open)."""
    chosen = [event for event in events if in_range(event, since, until)]
    starts = [e for e in chosen if e.kind is Kind.SESSION_START]
    ends = [e for e in chosen if e.kind is Kind.SESSION_END]
    first, last = _span(chosen, since, until)
    return Report(
        first_day=first,
        last_day=last,
        sessions=len(starts),
        median_session_s=_median([e.dwell_s for e in ends]),
        sessions_per_day=_per_day(starts, first, last),
        sessions_per_hour=_per_hour(starts),
        views=tally(chosen, Kind.VIEW_SHOWN),
        events=tally(chosen, Kind.EVENT_OPENED),
        tiles=tally(chosen, Kind.TILE_OPENED),
        languages=language_split(ends),
        language_switches=sum(1 for e in chosen if e.kind is Kind.LANGUAGE_CHOSEN),
    )


def tally(events: Iterable[Event], kind: Kind) -> tuple[Tally, ...]:
    """Counts and median dwell per name for ``kind``, most frequent first, then by name."""
    dwells: dict[str, list[float | None]] = defaultdict(list)
    for event in events:
        if event.kind is kind:
            dwells[event.name].append(event.dwell_s)
    tallies = [Tally(name, len(values), _median(values)) for name, values in dwells.items()]
    return tuple(sorted(tallies, key=lambda t: (-t.count, t.name)))


def language_split(ends: Iterable[Event]) -> tuple[Share, ...]:
    """Sessions by the language they ended in: the one the visitor chose to read."""
    counts = Counter(event.name for event in ends)
    total = sum(counts.values())
    shares = [Share(name, n, 100.0 * n / total) for name, n in counts.items()]
    return tuple(sorted(shares, key=lambda s: (-s.sessions, s.name)))


def _span(
    events: list[Event], since: date | None, until: date | None
) -> tuple[date | None, date | None]:
    days = [event.at.date() for event in events]
    first = since if since is not None else min(days, default=None)
    last = until if until is not None else max(days, default=None)
    if first is not None and last is None:
        last = first  # --since alone on an empty log: a one-day range, not an unbounded one
    if last is not None and first is None:
        first = last
    return first, last


def _per_day(
    starts: list[Event], first: date | None, last: date | None
) -> tuple[tuple[date, int], ...]:
    if first is None or last is None:
        return ()
    counts = Counter(event.at.date() for event in starts)
    days = (first + timedelta(days=i) for i in range((last - first).days + 1))
    return tuple((day, counts[day]) for day in days)


def _per_hour(starts: list[Event]) -> tuple[int, ...]:
    counts = Counter(event.at.hour for event in starts)
    return tuple(counts[hour] for hour in range(HOURS))


def _median(values: Iterable[float | None]) -> float | None:
    known = [value for value in values if value is not None]
    return statistics.median(known) if known else None
