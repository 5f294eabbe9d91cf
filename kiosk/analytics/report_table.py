"""The report as plain-text tables for a terminal, in English for exhibition staff."""

from __future__ import annotations

from collections.abc import Sequence

from kiosk.analytics.report import Report, Tally

TOP = 10  # rows per "most viewed" table; the CSV has them all
BAR_WIDTH = 30  # characters of the longest bar in the per-day and per-hour tables


def format_report(report: Report) -> str:
    """The whole report, sections separated by blank lines, ending in a newline."""
    sections = [_summary(report)]
    if not report.is_empty:
        sections += [
            _table("Sessions per day", ("Day", "Sessions", ""), _day_rows(report), bars=True),
            _table("Sessions per hour", ("Hour", "Sessions", ""), _hour_rows(report), bars=True),
            _tally_table("Most-viewed views", "View", report.views),
            _tally_table("Most-opened timeline events", "Event", report.events),
            _tally_table("Most-opened industry tiles", "Tile", report.tiles),
            _language_table(report),
        ]
    return "\n\n".join(sections) + "\n"


def duration(seconds: float | None) -> str:
    """``2 min 05 s`` or ``48 s``; a dash when unknown."""
    if seconds is None:
        return "-"
    whole = round(seconds)
    minutes, rest = divmod(whole, 60)
    return f"{minutes} min {rest:02d} s" if minutes else f"{rest} s"


def _summary(report: Report) -> str:
    if report.first_day is None or report.last_day is None:
        return "Visitor report: no events recorded."
    days = (report.last_day - report.first_day).days + 1
    lines = [
        f"Visitor report {report.first_day} to {report.last_day} ({days} day(s))",
        f"Sessions: {report.sessions}",
        f"Median session length: {duration(report.median_session_s)}",
        f"Language switches: {report.language_switches}",
    ]
    return "\n".join(lines)


def _day_rows(report: Report) -> list[tuple[str, ...]]:
    most = max((n for _, n in report.sessions_per_day), default=0)
    return [(f"{day} {day:%a}", str(n), _bar(n, most)) for day, n in report.sessions_per_day]


def _hour_rows(report: Report) -> list[tuple[str, ...]]:
    counts = report.sessions_per_hour
    most = max(counts, default=0)
    busy = [hour for hour, n in enumerate(counts) if n]
    if not busy:
        return []
    # Only from the first to the last busy hour: the night is always empty.
    hours = range(busy[0], busy[-1] + 1)
    return [(f"{h:02d}:00", str(counts[h]), _bar(counts[h], most)) for h in hours]


def _tally_table(title: str, heading: str, tallies: Sequence[Tally]) -> str:
    rows = [(t.name, str(t.count), duration(t.median_dwell_s)) for t in tallies[:TOP]]
    more = len(tallies) - TOP
    table = _table(title, (heading, "Times", "Median time"), rows)
    return table + (f"\n  ... and {more} more (see --csv)" if more > 0 else "")


def _language_table(report: Report) -> str:
    rows = [(s.name, str(s.sessions), f"{s.percent:.0f}%") for s in report.languages]
    title = "Languages (sessions by the language they ended in)"
    return _table(title, ("Language", "Sessions", "Share"), rows)


def _bar(count: int, most: int) -> str:
    return "#" * round(BAR_WIDTH * count / most) if most else ""


def _table(
    title: str, headings: tuple[str, ...], rows: Sequence[tuple[str, ...]], bars: bool = False
) -> str:
    """``title`` over aligned columns: names left, figures right, a bar column left."""
    if not rows:
        return f"{title}\n  (none)"
    widths = [max(len(r[i]) for r in [headings, *rows]) for i in range(len(headings))]
    lines = [title] + ["  " + _row(row, widths, bars) for row in [headings, *rows]]
    return "\n".join(line.rstrip() for line in lines)


def _row(cells: Sequence[str], widths: Sequence[int], bars: bool) -> str:
    parts = []
    for index, (cell, width) in enumerate(zip(cells, widths, strict=True)):
        left = index == 0 or (bars and index == len(cells) - 1)
        parts.append(cell.ljust(width) if left else cell.rjust(width))
    return "  ".join(parts)
