"""``kiosk report`` on a synthetic log whose figures are worked out by hand.

The log: five sessions over Monday 6 and Wednesday 8 May 2024 (none on Tuesday), the first
three in a rotated file, the last one cut off by a power cut mid-line.

    session  start         length  ended in  views (s)                          opened (s)
    S1       Mon 10:05     120     en        overview 30, timeline 60, ind. 30  e-2018 20, e-2019 40, textiles 25
    S2       Mon 10:40      60     zh        overview 20, climate 40            (chose zh)
    S3       Mon 14:10     300     en        overview 100, timeline 200         e-2019 150, e-2021 50
    S4       Wed 11:00      90     ur        overview 10, industries 80         textiles 30, machinery 50 (chose ur)
    S5       Wed 11:30       ?     -         (its session_end line is torn)
"""  # noqa: E501

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest

from kiosk.analytics.events import Event, Kind, encode
from kiosk.analytics.log_reader import read_log
from kiosk.analytics.log_writer import LOG_NAME
from kiosk.analytics.report import Report, Share, Tally, build_report
from kiosk.analytics.report_csv import format_csv
from kiosk.analytics.report_table import duration, format_report
from kiosk.commands.report import run_report

SHENYANG = timezone(timedelta(hours=8))
Look = tuple[str, float]


def at(day: int, hour: int, minute: int) -> datetime:
    return datetime(2024, 5, day, hour, minute, tzinfo=SHENYANG)


def session(
    start: datetime,
    length: float,
    language: str,
    views: list[Look],
    opened: Sequence[tuple[Kind, str, float]] = (),
    chose: str | None = None,
) -> list[Event]:
    """The lines one visit leaves, in the order the tracker writes them."""
    first = start.astimezone(SHENYANG)
    events = [Event(Kind.SESSION_START, first, "en")]
    if chose:
        events.append(Event(Kind.LANGUAGE_CHOSEN, first + timedelta(seconds=5), chose))
    events += [Event(kind, first, name, dwell) for kind, name, dwell in opened]
    events += [Event(Kind.VIEW_SHOWN, first, name, dwell) for name, dwell in views]
    events.append(Event(Kind.SESSION_END, first, language, length))
    return events


S1 = session(
    at(6, 10, 5),
    120,
    "en",
    [("overview", 30), ("timeline", 60), ("industries", 30)],
    [
        (Kind.EVENT_OPENED, "e-2018", 20),
        (Kind.EVENT_OPENED, "e-2019", 40),
        (Kind.TILE_OPENED, "textiles", 25),
    ],
)
S2 = session(at(6, 10, 40), 60, "zh", [("overview", 20), ("climate", 40)], chose="zh")
S3 = session(
    at(6, 14, 10),
    300,
    "en",
    [("overview", 100), ("timeline", 200)],
    [(Kind.EVENT_OPENED, "e-2019", 150), (Kind.EVENT_OPENED, "e-2021", 50)],
)
S4 = session(
    at(8, 11, 0),
    90,
    "ur",
    [("overview", 10), ("industries", 80)],
    [(Kind.TILE_OPENED, "textiles", 30), (Kind.TILE_OPENED, "machinery", 50)],
    chose="ur",
)
S5_START = Event(Kind.SESSION_START, at(8, 11, 30), "en")


def lines(events: list[Event]) -> str:
    return "".join(encode(event) + "\n" for event in events)


@pytest.fixture
def log_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "analytics"
    folder.mkdir()
    (folder / f"{LOG_NAME}.1").write_text(lines(S1 + S2 + S3), encoding="ascii")
    torn = encode(Event(Kind.SESSION_END, at(8, 11, 30), "en", 42.0))[:37]
    (folder / LOG_NAME).write_text(lines([*S4, S5_START]) + torn, encoding="ascii")
    return folder


@pytest.fixture
def report(log_dir: Path) -> Report:
    return build_report(read_log(log_dir).events)


def test_the_torn_line_is_the_only_loss(log_dir: Path) -> None:
    contents = read_log(log_dir)
    assert len(contents.events) == len(S1 + S2 + S3 + S4) + 1
    assert [(d.file.name, d.line) for d in contents.damaged] == [(LOG_NAME, len(S4) + 2)]


def test_sessions_per_day_and_hour(report: Report) -> None:
    assert report.sessions == 5
    assert (report.first_day, report.last_day) == (date(2024, 5, 6), date(2024, 5, 8))
    assert report.sessions_per_day == (
        (date(2024, 5, 6), 3),
        (date(2024, 5, 7), 0),  # a day with no visitors is shown, not skipped
        (date(2024, 5, 8), 2),
    )
    expected_hours = [0] * 24
    expected_hours[10], expected_hours[11], expected_hours[14] = 2, 2, 1
    assert report.sessions_per_hour == tuple(expected_hours)


def test_median_session_length_uses_the_sessions_that_ended(report: Report) -> None:
    assert report.median_session_s == 105.0  # median of 60, 90, 120, 300


def test_most_viewed_views_events_and_tiles(report: Report) -> None:
    assert report.views == (
        Tally("overview", 4, 25.0),
        Tally("industries", 2, 55.0),  # ties in count go by name
        Tally("timeline", 2, 130.0),
        Tally("climate", 1, 40.0),
    )
    assert report.events == (
        Tally("e-2019", 2, 95.0),
        Tally("e-2018", 1, 20.0),
        Tally("e-2021", 1, 50.0),
    )
    assert report.tiles == (Tally("textiles", 2, 27.5), Tally("machinery", 1, 50.0))


def test_language_split(report: Report) -> None:
    assert report.languages == (Share("en", 2, 50.0), Share("ur", 1, 25.0), Share("zh", 1, 25.0))
    assert report.language_switches == 2


def test_since_and_until_pick_whole_days(log_dir: Path) -> None:
    events = read_log(log_dir).events
    wednesday = build_report(events, since=date(2024, 5, 8))
    assert wednesday.sessions == 2
    assert wednesday.median_session_s == 90.0
    assert wednesday.sessions_per_day == ((date(2024, 5, 8), 2),)
    assert wednesday.languages == (Share("ur", 1, 100.0),)
    monday = build_report(events, until=date(2024, 5, 6))
    assert (monday.sessions, monday.median_session_s) == (3, 120.0)
    tuesday = build_report(events, since=date(2024, 5, 7), until=date(2024, 5, 7))
    assert tuesday.sessions_per_day == ((date(2024, 5, 7), 0),)
    assert tuesday.is_empty


def test_the_table_reads_as_staff_expect(report: Report) -> None:
    text = format_report(report)
    assert "Visitor report 2024-05-06 to 2024-05-08 (3 day(s))" in text
    assert "Median session length: 1 min 45 s" in text
    assert "  2024-05-07 Tue         0\n" in text
    assert "  10:00         2  " + "#" * 30 + "\n" in text
    assert "  14:00         1  " + "#" * 15 + "\n" in text
    assert "  overview        4         25 s\n" in text
    assert "  timeline        2   2 min 10 s\n" in text
    assert "  ur               1    25%" in text
    assert "Traceback" not in text


def test_an_empty_log_says_so() -> None:
    assert format_report(build_report([])) == "Visitor report: no events recorded.\n"


@pytest.mark.parametrize(
    ("seconds", "text"), [(None, "-"), (0.4, "0 s"), (59.6, "1 min 00 s"), (125, "2 min 05 s")]
)
def test_durations(seconds: float | None, text: str) -> None:
    assert duration(seconds) == text


def test_csv_has_every_figure_in_long_form(report: Report) -> None:
    rows = list(csv.reader(io.StringIO(format_csv(report))))
    assert rows[0] == ["section", "item", "count", "median_seconds", "percent"]
    assert ["summary", "sessions", "5", "", ""] in rows
    assert ["summary", "median_session", "", "105.0", ""] in rows
    days = [row[1:3] for row in rows if row[0] == "sessions_per_day"]
    assert days == [["2024-05-06", "3"], ["2024-05-07", "0"], ["2024-05-08", "2"]]
    hours = [row for row in rows if row[0] == "sessions_per_hour"]
    assert len(hours) == 24 and hours[10] == ["sessions_per_hour", "10", "2", "", ""]
    assert [r for r in rows if r[0] == "tile"] == [
        ["tile", "textiles", "2", "27.5", ""],
        ["tile", "machinery", "1", "50.0", ""],
    ]
    assert [r for r in rows if r[0] == "language"] == [
        ["language", "en", "2", "", "50.0"],
        ["language", "ur", "1", "", "25.0"],
        ["language", "zh", "1", "", "25.0"],
    ]


def test_run_report_prints_and_writes_csv(
    log_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out" / "visits.csv"
    assert run_report(log_dir, None, None, out, None) == 0
    printed = capsys.readouterr()
    assert "Sessions: 5" in printed.out
    assert "skipped 1 damaged line(s)" in printed.err
    assert out.read_text(encoding="utf-8").startswith("section,item,count")


def test_run_report_exit_codes(
    log_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = tmp_path / "nowhere"
    assert run_report(missing, None, None, None, None) == 2
    assert run_report(log_dir, date(2024, 5, 8), date(2024, 5, 6), None, None) == 2
    a_file = log_dir / LOG_NAME
    assert run_report(a_file, None, None, None, None) == 2
    # The report is still printed when an output file cannot be written; the status says so.
    assert run_report(log_dir, None, None, log_dir, None) == 1
    empty = tmp_path / "empty"
    empty.mkdir()
    assert run_report(empty, None, None, None, None) == 0
    printed = capsys.readouterr()
    assert "is after --until" in printed.err
    assert "not a readable folder" in printed.err
    assert "could not write" in printed.err
    assert "no event log in" in printed.err
    assert "Traceback" not in printed.out + printed.err


def test_run_report_draws_the_png_at_its_size(qapp, log_dir: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QImage

    from kiosk.ui.widgets.report_chart import SIZE

    png = tmp_path / "visits.png"
    assert run_report(log_dir, None, None, None, png) == 0
    image = QImage(str(png))
    assert (image.width(), image.height()) == (SIZE.width(), SIZE.height())
    # Green day bars and blue hour bars were painted, not just the background.
    colours = {image.pixelColor(x, y).name() for x in range(0, 1600, 8) for y in range(0, 1000, 8)}
    assert {"#0b6e4f", "#2f6db5"} <= colours


def test_the_chart_of_an_empty_report_still_draws(qapp) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QSize

    from kiosk.ui.widgets.report_chart import render_report_chart

    image = render_report_chart(build_report([]), QSize(800, 500))
    assert (image.width(), image.height()) == (800, 500)


@pytest.mark.parametrize("most", [0, 1, 2, 3, 5, 7, 12, 13, 40, 99, 1234])
def test_chart_ticks_are_whole_sessions(most: int) -> None:
    from kiosk.ui.widgets.report_chart import count_ticks

    ticks = count_ticks(most)
    assert ticks.start == 0 and ticks.stop >= most
    assert all(value == int(value) for value in ticks.values)
    assert 2 <= ticks.intervals <= 6


def test_the_report_reads_where_the_kiosk_writes(tmp_path: Path) -> None:
    """``default_log_dir`` without an app matches the folder the running kiosk's app has."""
    import os
    import subprocess
    import sys

    env = {**os.environ, "XDG_DATA_HOME": str(tmp_path), "QT_QPA_PLATFORM": "offscreen"}
    code = "from kiosk.commands.report import default_log_dir; print(default_log_dir())"
    in_app = "from kiosk.app import application; application(); " + code
    folders = [
        subprocess.run(
            [sys.executable, "-c", script],
            capture_output=True,
            text=True,
            env=env,
            check=True,
            timeout=60,
        ).stdout.strip()
        for script in (code, in_app)
    ]
    assert folders[0] == folders[1]
    assert Path(folders[0]).is_relative_to(tmp_path)
    assert folders[0].endswith("analytics")
