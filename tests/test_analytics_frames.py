"""Logging 10,000 events while the window is driven costs the GUI thread next to nothing.

The benchmark (``make bench``, benchmarks/analytics_frames.py) holds the wall-clock target:
no frame over 16.7 ms. Wall frames on a shared two-core test machine are too noisy for a
test, so this one measures what logging itself takes on the GUI thread, frame by frame,
while the disk is made slow (every fsync sleeps): a writer that ever waited for the disk on
the caller's thread would spend tens of milliseconds a frame here and fail.
"""

from __future__ import annotations

import os
import statistics
import time
from pathlib import Path

import pytest

from benchmarks import analytics_frames
from kiosk.analytics.events import Event
from kiosk.analytics.log_reader import read_log
from kiosk.analytics.log_writer import LogWriter

FSYNC_S = 0.003  # an SD card or a USB stick on a bad day
BUDGET_MS = 16.7
# What logging a frame's events may take on the GUI thread: a tenth of a frame's budget.
FRAME_SHARE_MS = BUDGET_MS / 10


@pytest.fixture
def slow_disk(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    syncs: list[float] = []
    real_fsync = os.fsync

    def fsync(fd: int) -> None:
        time.sleep(FSYNC_S)
        real_fsync(fd)
        syncs.append(FSYNC_S)

    monkeypatch.setattr(os, "fsync", fsync)
    return syncs


def test_ten_thousand_events_cost_each_frame_a_fraction_of_its_budget(
    qtbot, tmp_path: Path, slow_disk: list[float]
) -> None:  # type: ignore[no-untyped-def]
    kiosk = analytics_frames.open_kiosk()
    qtbot.addWidget(kiosk.window)
    run = analytics_frames.drive(kiosk, tmp_path, events=10_000, frames=500)

    # Everything reached the disk, through rotations and slow syncs, and nothing was dropped.
    assert run.logged >= 10_000 and run.dropped == 0
    assert run.written == run.logged == len(read_log(tmp_path).events)
    assert len(list(tmp_path.iterdir())) > 3  # it rotated
    assert slow_disk, "the writer never synced"
    # Twenty events a frame, logged on the GUI thread: a typical frame pays well under a
    # millisecond, and 99 frames in 100 stay within a tenth of the frame budget (the
    # hundredth may be a context switch on a busy machine, not the log).
    assert statistics.median(run.logging_ms) < 1.0
    assert analytics_frames.percentile(run.logging_ms, 0.99) < FRAME_SHARE_MS
    # Each call into the writer only appends to a queue.
    assert statistics.median(run.call_us) < 20.0


def test_a_writer_that_waited_for_the_disk_would_fail_it(
    qtbot, tmp_path: Path, slow_disk: list[float], monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    """The check above can fail: here each call waits until its line is written and synced."""
    queue_only = LogWriter.log

    def log_and_wait(self: LogWriter, event: Event) -> bool:
        taken = queue_only(self, event)
        self.flush()
        return taken

    monkeypatch.setattr(LogWriter, "log", log_and_wait)
    kiosk = analytics_frames.open_kiosk()
    qtbot.addWidget(kiosk.window)
    run = analytics_frames.drive(kiosk, tmp_path, events=200, frames=10)
    assert analytics_frames.percentile(run.logging_ms, 0.99) >= FRAME_SHARE_MS
