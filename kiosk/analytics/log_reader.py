"""Reads the event log back, oldest file first, skipping lines a crash or power cut damaged.

A damaged line costs one warning naming its file and line and nothing else: the report is
still made from every line that reads.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from pathlib import Path

from kiosk.analytics.events import Event, decode
from kiosk.analytics.log_writer import LOG_NAME, log_path

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Damage:
    """A line that was skipped, and why."""

    file: Path
    line: int
    reason: str

    def __str__(self) -> str:
        return f"{self.file}:{self.line}: skipped a damaged line ({self.reason})"


@dataclass
class LogContents:
    """Every event that read, in file order, and the lines that did not."""

    events: list[Event] = field(default_factory=list)
    damaged: list[Damage] = field(default_factory=list)
    files: list[Path] = field(default_factory=list)


def log_files(folder: Path) -> list[Path]:
    """The log files in ``folder``, oldest first: the rotated ones, then the current one."""
    rotated: list[tuple[int, Path]] = []
    for path in folder.glob(f"{LOG_NAME}.*"):
        suffix = path.name.removeprefix(f"{LOG_NAME}.")
        if suffix.isdigit() and path.is_file():
            rotated.append((int(suffix), path))
    ordered = [path for _, path in sorted(rotated, reverse=True)]
    current = log_path(folder, 0)
    return [*ordered, current] if current.is_file() else ordered


def read_log(folder: Path) -> LogContents:
    """All events in ``folder``; OSError if the folder itself cannot be read."""
    if not folder.is_dir():
        raise NotADirectoryError(f"{folder} is not a folder")
    contents = LogContents()
    for path in log_files(folder):
        try:
            data = path.read_bytes()
        except FileNotFoundError:
            continue  # rotated away by a running kiosk between listing and reading
        contents.files.append(path)
        for number, line in enumerate(data.split(b"\n"), start=1):
            _read_line(path, number, line, contents)
    return contents


def _read_line(path: Path, number: int, line: bytes, contents: LogContents) -> None:
    if not line.strip():
        return  # the newline a writer adds after a torn line, or the end of the file
    try:
        contents.events.append(decode(line.decode("utf-8")))
    except ValueError as error:  # UnicodeDecodeError is one too
        reason = "not UTF-8" if isinstance(error, UnicodeDecodeError) else str(error)
        damage = Damage(path, number, reason)
        contents.damaged.append(damage)
        log.warning("%s", damage)
