"""The event log on disk: rotation, never blocking the caller, surviving a crash mid-line."""

from __future__ import annotations

import subprocess
import sys
import textwrap
import threading
import time
from collections.abc import Callable, Iterator
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import BinaryIO

import pytest

from kiosk.analytics import log_writer
from kiosk.analytics.events import Event, Kind, encode
from kiosk.analytics.log_reader import log_files, read_log
from kiosk.analytics.log_writer import LOG_NAME, LogWriter

SHENYANG = timezone(timedelta(hours=8))
START = datetime(2024, 5, 6, 9, 0, tzinfo=SHENYANG)


def numbered(count: int, first: int = 0) -> list[Event]:
    """Views named v0, v1, ... a second apart, so order and loss are easy to see."""
    return [
        Event(Kind.VIEW_SHOWN, START + timedelta(seconds=i), f"v{i}", 1.0)
        for i in range(first, first + count)
    ]


def names(folder: Path) -> list[str]:
    return [event.name for event in read_log(folder).events]


MakeWriter = Callable[..., LogWriter]


@pytest.fixture
def writer(tmp_path: Path) -> Iterator[MakeWriter]:
    """Makes writers on ``tmp_path / "log"`` and closes them after the test."""
    made: list[LogWriter] = []

    def make(**options: int) -> LogWriter:
        made.append(LogWriter(tmp_path / "log", **options))
        return made[-1]

    yield make
    for each in made:
        each.close()


def test_events_are_written_one_line_each_and_read_back_in_order(
    writer: MakeWriter, tmp_path: Path
) -> None:
    log = writer()
    for event in numbered(20):
        assert log.log(event)
    assert log.flush()
    text = (tmp_path / "log" / LOG_NAME).read_text(encoding="ascii")
    assert text.count("\n") == 20 and text.endswith("\n")
    assert names(tmp_path / "log") == [f"v{i}" for i in range(20)]


def test_files_rotate_by_size_and_keep_the_newest(writer: MakeWriter, tmp_path: Path) -> None:
    folder = tmp_path / "log"
    log = writer(max_bytes=1000, max_files=3)
    line_bytes = len(encode(numbered(1, 100)[0])) + 1
    for event in numbered(200, 100):  # names of equal length: v100 ... v299
        log.log(event)
    log.close()
    files = log_files(folder)
    assert [f.name for f in files] == [f"{LOG_NAME}.2", f"{LOG_NAME}.1", LOG_NAME]
    assert all(f.stat().st_size <= 1000 for f in files)
    per_file = 1000 // line_bytes
    assert all(f.stat().st_size == per_file * line_bytes for f in files[:-1])
    kept = names(folder)
    # The newest events, unbroken and in order: rotation dropped only the oldest.
    assert kept == [f"v{i}" for i in range(300 - len(kept), 300)]
    assert 2 * per_file < len(kept) <= 3 * per_file


def test_a_restart_on_a_full_file_rotates_before_writing(
    writer: MakeWriter, tmp_path: Path
) -> None:
    folder = tmp_path / "log"
    first = writer(max_bytes=1000, max_files=3)
    line_bytes = len(encode(numbered(1, 100)[0])) + 1
    for event in numbered(1000 // line_bytes, 100):  # exactly as many as fit
        first.log(event)
    first.close()
    assert [f.name for f in log_files(folder)] == [LOG_NAME]
    second = writer(max_bytes=1000, max_files=3)
    second.log(numbered(1, 200)[0])
    second.close()
    files = log_files(folder)
    assert [f.name for f in files] == [f"{LOG_NAME}.1", LOG_NAME]
    assert all(f.stat().st_size <= 1000 for f in files)
    assert names(folder)[-1] == "v200"


def test_a_slow_disk_never_blocks_the_caller(
    writer: MakeWriter, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real_write = log_writer._write_all

    def slow_write(file: BinaryIO, data: bytes) -> None:
        time.sleep(0.005)  # a disk that takes 5 ms per line, as an SD card on a bad day
        real_write(file, data)

    monkeypatch.setattr(log_writer, "_write_all", slow_write)
    log = writer(queue_size=64)
    events = numbered(10_000)
    started = time.perf_counter()
    accepted = sum(log.log(event) for event in events)
    elapsed = time.perf_counter() - started
    assert elapsed < 0.050, f"10,000 log calls took {elapsed * 1000:.1f} ms"
    assert log.dropped == 10_000 - accepted > 0
    log.close()
    written = names(tmp_path / "log")
    assert len(written) == accepted  # everything accepted reached the disk, in order
    assert written == sorted(written, key=lambda name: int(name[1:]))


def test_a_full_queue_drops_and_counts_with_one_warning(
    writer: MakeWriter,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    entered, gate = threading.Event(), threading.Event()
    real_write = log_writer._write_all

    def stuck_write(file: BinaryIO, data: bytes) -> None:
        entered.set()
        gate.wait(10)  # a disk that has stopped answering
        real_write(file, data)

    monkeypatch.setattr(log_writer, "_write_all", stuck_write)
    log = writer(queue_size=2)
    first, *rest = numbered(11)
    assert log.log(first)
    assert entered.wait(5)  # the thread is stuck writing the first line
    results = [log.log(event) for event in rest]
    assert results == [True, True] + [False] * 8
    assert log.dropped == 8
    gate.set()
    log.close()
    assert names(tmp_path / "log") == ["v0", "v1", "v2"]
    # Warned by the thread, once, not by the caller: a console write can outlast a frame.
    assert caplog.text.count("dropping events") == 1
    assert "8 events were dropped" in caplog.text


def test_each_batch_is_synced_to_disk(writer: MakeWriter, monkeypatch: pytest.MonkeyPatch) -> None:
    synced: list[int] = []
    monkeypatch.setattr(log_writer.os, "fsync", synced.append)
    log = writer()
    for event in numbered(3):
        log.log(event)
        assert log.flush()  # one event at a time, as visitors make them
    assert len(synced) == 3


def test_a_crash_mid_line_loses_only_that_line(tmp_path: Path) -> None:
    """A real process dies half-way through writing a line; the next run carries on."""
    folder = tmp_path / "log"
    script = textwrap.dedent(
        f"""
        import os
        from datetime import datetime
        from pathlib import Path
        from kiosk.analytics import log_writer
        from kiosk.analytics.events import Event, Kind

        def event(index):
            return Event(Kind.VIEW_SHOWN, datetime.now().astimezone(), f"v{{index}}", 1.0)

        log = log_writer.LogWriter(Path({str(folder)!r}))
        for index in range(5):
            log.log(event(index))
        log.flush()

        def dying_write(file, data):
            file.write(data[: len(data) // 2])
            os._exit(3)  # the power goes, or the process is killed, mid-line

        log_writer._write_all = dying_write
        log.log(event(5))
        log.flush()
        """
    )
    checkout = Path(__file__).parents[1]
    died = subprocess.run([sys.executable, "-c", script], cwd=checkout, check=False, timeout=60)
    assert died.returncode == 3
    assert not (folder / LOG_NAME).read_bytes().endswith(b"\n")  # the torn line is there
    restarted = LogWriter(folder)
    for event in numbered(2, 6):
        restarted.log(event)
    restarted.close()
    contents = read_log(folder)
    assert [e.name for e in contents.events] == ["v0", "v1", "v2", "v3", "v4", "v6", "v7"]
    assert [(d.file.name, d.line) for d in contents.damaged] == [(LOG_NAME, 6)]


def test_a_damaged_line_is_skipped_with_a_warning_naming_file_and_line(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    good = [encode(event) for event in numbered(4)]
    path = tmp_path / LOG_NAME
    damaged = [good[0], '{"v":1,"at":"2024-05-06T09', good[1], "", good[2]]
    path.write_bytes("\n".join(damaged).encode() + b"\n\xff\xfe\n" + good[3].encode())
    contents = read_log(tmp_path)
    assert [e.name for e in contents.events] == ["v0", "v1", "v2", "v3"]
    assert [(d.line, d.reason) for d in contents.damaged] == [(2, "not JSON"), (6, "not UTF-8")]
    warnings = [r.getMessage() for r in caplog.records if r.levelname == "WARNING"]
    assert warnings == [
        f"{path}:2: skipped a damaged line (not JSON)",
        f"{path}:6: skipped a damaged line (not UTF-8)",
    ]


def test_files_are_read_oldest_first_and_strangers_ignored(tmp_path: Path) -> None:
    chunks = {f"{LOG_NAME}.10": 0, f"{LOG_NAME}.2": 1, f"{LOG_NAME}.1": 2, LOG_NAME: 3}
    for name, index in chunks.items():
        (tmp_path / name).write_text(encode(numbered(1, index)[0]) + "\n", encoding="ascii")
    (tmp_path / f"{LOG_NAME}.bak").write_text("not ours\n", encoding="ascii")
    (tmp_path / "notes.txt").write_text("not ours\n", encoding="ascii")
    assert names(tmp_path) == ["v0", "v1", "v2", "v3"]


def test_a_write_error_is_counted_and_the_writer_carries_on(
    writer: MakeWriter,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    real_write = log_writer._write_all
    failures = iter([True, False, False])

    def full_disk(file: BinaryIO, data: bytes) -> None:
        if next(failures, False):
            file.write(data[:7])  # part of the line got out before the disk filled
            raise OSError(28, "No space left on device")
        real_write(file, data)

    monkeypatch.setattr(log_writer, "_write_all", full_disk)
    log = writer()
    for event in numbered(3):
        log.log(event)
    assert log.flush()
    assert log.failed == 1
    assert "No space left" in caplog.text
    contents = read_log(tmp_path / "log")
    assert [e.name for e in contents.events] == ["v1", "v2"]
    assert len(contents.damaged) == 1
