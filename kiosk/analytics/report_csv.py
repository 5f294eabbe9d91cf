"""The report as one CSV file a spreadsheet opens: one row per figure, in long form.

Long form (``section, item, count, median_seconds, percent``) keeps every figure in a single
sheet that a pivot table or filter can slice, instead of one file per table.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from pathlib import Path

from kiosk.analytics.report import Report, Tally

HEADER = ("section", "item", "count", "median_seconds", "percent")
Row = tuple[str, str, str, str, str]


def report_rows(report: Report) -> Iterator[Row]:
    """Every figure of ``report`` as a CSV row, the header first."""
    yield HEADER
    yield ("summary", "sessions", str(report.sessions), "", "")
    yield ("summary", "median_session", "", _seconds(report.median_session_s), "")
    yield ("summary", "language_switches", str(report.language_switches), "", "")
    for day, count in report.sessions_per_day:
        yield ("sessions_per_day", day.isoformat(), str(count), "", "")
    for hour, count in enumerate(report.sessions_per_hour):
        yield ("sessions_per_hour", f"{hour:02d}", str(count), "", "")
    yield from _tallies("view", report.views)
    yield from _tallies("event", report.events)
    yield from _tallies("tile", report.tiles)
    for share in report.languages:
        yield ("language", share.name, str(share.sessions), "", f"{share.percent:.1f}")


def format_csv(report: Report) -> str:
    """The CSV text of ``report`` (with ``\\r\\n`` line ends, as RFC 4180 has them)."""
    buffer = io.StringIO()
    csv.writer(buffer).writerows(report_rows(report))
    return buffer.getvalue()


def write_csv(report: Report, path: Path) -> None:
    """Write the CSV to ``path``; OSError if it cannot."""
    path.write_text(format_csv(report), encoding="utf-8", newline="")


def _tallies(section: str, tallies: tuple[Tally, ...]) -> Iterator[Row]:
    for tally in tallies:
        yield (section, tally.name, str(tally.count), _seconds(tally.median_dwell_s), "")


def _seconds(value: float | None) -> str:
    return "" if value is None else f"{value:.1f}"
