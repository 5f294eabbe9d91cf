"""``kiosk report`` as staff run it: a log folder in, a table, a CSV and a PNG out.

The log is the one of test_analytics_report.py, whose figures are worked out by hand: five
sessions on 6 and 8 May 2024, the first three in a rotated file, the last line torn.
"""

from __future__ import annotations

import csv
import io
import os
import subprocess
import sys
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from kiosk.analytics.events import Event, Kind, encode
from kiosk.analytics.log_writer import LOG_NAME, LogWriter
from kiosk.analytics.tracker import VisitTracker
from kiosk.cli import main
from tests.test_analytics_report import S1, S2, S3, S4, S5_START, SHENYANG, at, lines


@pytest.fixture
def log_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "analytics"
    folder.mkdir()
    (folder / f"{LOG_NAME}.1").write_text(lines(S1 + S2 + S3), encoding="ascii")
    torn = encode(Event(Kind.SESSION_END, at(8, 11, 30), "en", 42.0))[:37]
    (folder / LOG_NAME).write_text(lines([*S4, S5_START]) + torn, encoding="ascii")
    return folder


def kiosk(*args: str, data_home: Path | None = None) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    if data_home is not None:
        env["XDG_DATA_HOME"] = str(data_home)
    return subprocess.run(
        [sys.executable, "-m", "kiosk", *args],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
        check=False,
    )


def no_traceback(result: subprocess.CompletedProcess[str]) -> bool:
    return "Traceback" not in result.stdout + result.stderr


def test_a_week_as_table_csv_and_png(qapp, log_dir: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QImage

    out = tmp_path / "out"
    result = kiosk(
        "report",
        "--log-dir",
        str(log_dir),
        "--since",
        "2024-05-06",
        "--until",
        "2024-05-07",
        "--csv",
        str(out / "week.csv"),
        "--png",
        str(out / "week.png"),
    )
    assert result.returncode == 0, result.stderr
    assert no_traceback(result)
    for line in [
        "Visitor report 2024-05-06 to 2024-05-07 (2 day(s))",
        "Sessions: 3",
        "Median session length: 2 min 00 s",  # 60, 120, 300 s
        "Language switches: 1",
    ]:
        assert line in result.stdout
    assert "skipped 1 damaged line(s)" in result.stderr
    assert f"{LOG_NAME}:9: skipped a damaged line" in result.stderr  # where, for staff
    rows = list(csv.reader(io.StringIO((out / "week.csv").read_text(encoding="utf-8"))))
    assert ["summary", "sessions", "3", "", ""] in rows
    assert [r for r in rows if r[0] == "sessions_per_day"] == [
        ["sessions_per_day", "2024-05-06", "3", "", ""],
        ["sessions_per_day", "2024-05-07", "0", "", ""],
    ]
    assert [r for r in rows if r[0] == "language"] == [
        ["language", "en", "2", "", "66.7"],
        ["language", "zh", "1", "", "33.3"],
    ]
    image = QImage(str(out / "week.png"))
    assert (image.width(), image.height()) == (1600, 1000)


@pytest.mark.parametrize(
    ("args", "says"),
    [
        (["--since", "yesterday"], "'yesterday' is not a date written as YYYY-MM-DD"),
        (["--until", "2024-02-30"], "'2024-02-30' is not a date"),
        (["--since", "6/5/2024"], "is not a date written as YYYY-MM-DD"),
        (["--since", "2024-05-08", "--until", "2024-05-06"], "--since 2024-05-08 is after"),
        (["--log-dir"], "expected one argument"),
    ],
)
def test_a_bad_date_is_a_usage_error_not_a_traceback(
    log_dir: Path, args: list[str], says: str
) -> None:
    folder = [] if args == ["--log-dir"] else ["--log-dir", str(log_dir)]
    result = kiosk("report", *folder, *args)
    assert result.returncode == 2
    assert says in result.stderr
    assert no_traceback(result)
    assert result.stdout == ""


def test_a_folder_named_that_is_not_there_is_a_usage_error(tmp_path: Path) -> None:
    result = kiosk("report", "--log-dir", str(tmp_path / "nowhere"))
    assert result.returncode == 2
    assert "not a readable folder" in result.stderr and no_traceback(result)


def test_an_empty_log_folder_says_so_kindly(tmp_path: Path) -> None:
    result = kiosk("report", "--log-dir", str(tmp_path))
    assert result.returncode == 0
    assert "Visitor report: no events recorded." in result.stdout
    assert "no event log in" in result.stderr and "analytics = false" in result.stderr
    assert no_traceback(result)


def test_a_kiosk_that_has_not_logged_yet_has_an_empty_report(tmp_path: Path) -> None:
    """This machine's own folder, not created until the first visitor: nothing is wrong."""
    result = kiosk("report", data_home=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "Visitor report: no events recorded." in result.stdout
    expected = tmp_path / "sister-city-kiosk" / "Sister-City Kiosk" / "analytics"
    assert f"no event log in {expected} yet" in result.stderr
    assert no_traceback(result)


def test_the_report_reads_what_the_writer_wrote(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """From the tracker through the writer's file to the printed table, in one process."""
    clock = [0.0]
    start = datetime(2024, 5, 6, 15, 0, tzinfo=SHENYANG)
    writer = LogWriter(tmp_path, max_bytes=600)  # small files: the visits span a rotation
    tracker = VisitTracker(
        writer,
        now=lambda: start + timedelta(seconds=clock[0]),
        clock=lambda: clock[0],
    )
    for visit in range(4):
        tracker.start_session("overview", "en")
        clock[0] += 20
        tracker.view_shown("industries")
        tracker.tile_opened("textiles" if visit % 2 else "machinery")
        clock[0] += 10 * (visit + 1)
        tracker.end_session()
        clock[0] += 3600  # the next visitor comes an hour later
    writer.close()
    assert (tmp_path / f"{LOG_NAME}.1").exists()
    assert main(["report", "--log-dir", str(tmp_path)]) == 0
    printed = [" ".join(line.split()) for line in capsys.readouterr().out.splitlines()]
    assert "Sessions: 4" in printed
    assert "Median session length: 45 s" in printed  # 30, 40, 50 and 60 s
    assert [row[:7] for row in printed if row[:2] in {"14", "15", "18", "19"}] == [
        "15:00 1",
        "18:00 1",
    ]
    assert "overview 4 20 s" in printed and "industries 4 25 s" in printed  # 10-40 s
    assert "machinery 2 20 s" in printed  # 10 and 30 s
    assert "textiles 2 30 s" in printed  # 20 and 40 s
