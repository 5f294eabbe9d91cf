"""``kiosk report``: what visitors looked at, from the kiosk's own event log.

Exit status as ``kiosk check``: 0 the report was made (also from an empty log), 1 an output
file could not be written, 2 a usage error (a bad date range, a log folder that cannot be
read).
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path

from kiosk.analytics.log_reader import LogContents, read_log
from kiosk.analytics.log_writer import FOLDER_NAME
from kiosk.analytics.report import Report, build_report
from kiosk.analytics.report_csv import write_csv
from kiosk.analytics.report_table import format_report

EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE = 0, 1, 2
# The names kiosk.app gives the running kiosk: Qt builds its data folder from them, so the
# report must use the same ones to read where the kiosk writes.
ORGANIZATION_NAME = "sister-city-kiosk"
APPLICATION_NAME = "Sister-City Kiosk"


def default_log_dir() -> Path:
    """Where the kiosk keeps its event log: ``<app data>/analytics``."""
    from PySide6.QtCore import QCoreApplication, QStandardPaths

    if QCoreApplication.instance() is None:
        QCoreApplication.setOrganizationName(ORGANIZATION_NAME)
        QCoreApplication.setApplicationName(APPLICATION_NAME)
    location = QStandardPaths.StandardLocation.AppDataLocation
    return Path(QStandardPaths.writableLocation(location)) / FOLDER_NAME


def run_report(
    log_dir: Path | None,
    since: date | None,
    until: date | None,
    csv: Path | None,
    png: Path | None,
) -> int:
    """Print the report for ``since``..``until`` (inclusive); optionally write CSV and PNG.

    ``log_dir`` None reads this machine's own log, which need not exist yet: a kiosk that
    has had no visitor (or runs with analytics off) has an empty log, not a wrong folder.
    """
    if since is not None and until is not None and since > until:
        return _usage(f"--since {since} is after --until {until}")
    folder = default_log_dir() if log_dir is None else log_dir
    if log_dir is not None and not log_dir.is_dir():
        return _usage(f"{log_dir}: not a readable folder (has the kiosk written a log there?)")
    try:
        contents = read_log(folder) if folder.is_dir() else LogContents()
    except OSError as error:
        return _usage(f"{folder}: cannot read the log folder: {error.strerror or error}")
    if not contents.files:
        print(f"kiosk report: {_no_log(folder)}", file=sys.stderr)
    if contents.damaged:
        print(f"kiosk report: skipped {len(contents.damaged)} damaged line(s)", file=sys.stderr)
    report = build_report(contents.events, since, until)
    print(format_report(report), end="")
    status = EXIT_OK
    if csv is not None and not _write(csv, lambda: write_csv(report, csv)):
        status = EXIT_PROBLEMS
    if png is not None and not _write(png, lambda: _write_png(report, png)):
        status = EXIT_PROBLEMS
    return status


def _no_log(folder: Path) -> str:
    return (
        f"no event log in {folder} yet. The kiosk records visits in kiosk mode "
        "(`kiosk run --kiosk`) unless its settings say `analytics = false`; "
        "see docs/analytics.md"
    )


def _usage(message: str) -> int:
    print(f"kiosk report: {message}", file=sys.stderr)
    return EXIT_USAGE


def _write(path: Path, writer: Callable[[], None]) -> bool:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        writer()
    except OSError as error:
        print(f"kiosk report: could not write {path}: {error.strerror or error}", file=sys.stderr)
        return False
    return True


def _write_png(report: Report, path: Path) -> None:
    # Qt is loaded only when a picture is asked for: the table and CSV need none of it.
    from PySide6.QtGui import QGuiApplication

    from kiosk.ui.widgets.report_chart import save_report_chart

    app = QGuiApplication.instance()
    if app is None:
        # Offscreen whatever the session offers: the picture needs fonts, not a screen.
        app = QGuiApplication(["kiosk", "-platform", "offscreen"])
    if not save_report_chart(report, path):
        raise OSError("Qt could not save the PNG")
