"""Frame times while the visitor log records: the window driven as 10,000 events are logged.

    python -m benchmarks.analytics_frames        # the figures alone (bench.py includes them)

Each frame is one visitor action (a tab switch, a timeline selection, an industry detail
opening or closing), the events logged with it through the tracker and the writer, and the
synchronous repaint of the window at 1920x1080. The writer's thread encodes, writes and
syncs meanwhile, rotating its files, so what it costs the GUI thread (the queue append, the
GIL it takes) shows in the frames. The same frames are also run with nothing logged, as the
baseline on this machine at this moment.

The worst frame is that of the best of ``RUNS`` runs, each logging all 10,000 events: a
frame that logging slows is slow in every run, while a neighbour's burst on a shared
machine rarely hits all of them.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import statistics
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtWidgets import QApplication

from kiosk import app as kiosk_app
from kiosk.analytics.events import Event
from kiosk.analytics.log_reader import read_log
from kiosk.analytics.log_writer import LogWriter
from kiosk.analytics.tracker import VisitTracker
from kiosk.content.loader import load_pack
from kiosk.core import paths
from kiosk.core.languages import Language
from kiosk.ui.views.industries_view import IndustriesView
from kiosk.ui.views.timeline_view import TimelineView

EVENTS = 10_000
FRAMES = 500  # 20 events a frame: far burstier than any visitor, who makes one or two
RUNS = 3
ROTATE_BYTES = 128 * 1024  # small files, so the run rotates several times...
KEEP_FILES = 32  # ...and keeps them all, so every event can be counted afterwards


@dataclass
class TimedSink:
    """Passes events to the writer, timing each call as the GUI thread pays for it."""

    writer: LogWriter
    call_ns: list[int] = field(default_factory=list)

    def log(self, event: Event) -> bool:
        started = time.perf_counter_ns()
        taken = self.writer.log(event)
        self.call_ns.append(time.perf_counter_ns() - started)
        return taken


@dataclass
class FrameRun:
    """What one run measured: each frame's wall time and the logging inside it."""

    frame_ms: list[float] = field(default_factory=list)
    logging_ms: list[float] = field(default_factory=list)  # GUI-thread time logging the burst
    call_us: list[float] = field(default_factory=list)  # each call into the writer
    logged: int = 0
    written: int = 0
    dropped: int = 0


def open_kiosk() -> kiosk_app.Kiosk:
    """The kiosk window at 1920x1080 with every view built and painted once."""
    kiosk = kiosk_app.build(load_pack(paths.default_pack()), Language.EN)
    kiosk.window.resize(1920, 1080)
    kiosk.window.show()
    QApplication.processEvents()
    for name in kiosk.window.view_names:  # first-show cost is start-up, not a frame
        kiosk.window.show_view(name)
        kiosk.window.repaint()
    return kiosk


def visitor_actions(kiosk: kiosk_app.Kiosk) -> list[Callable[[], None]]:
    """One visitor's round of the kiosk, one action a frame; each logs through the hooks."""
    window = kiosk.window
    timeline, industries = window.view("timeline"), window.view("industries")
    assert isinstance(timeline, TimelineView) and isinstance(industries, IndustriesView)
    tiles = list(industries.tiles())
    steps = iter(range(10**9))
    return [
        lambda: window.show_view("timeline"),
        lambda: timeline.strip.set_current(next(steps) % 5),
        lambda: timeline.strip.set_current(next(steps) % 5),
        lambda: window.show_view("industries"),
        lambda: industries.open_detail(tiles[next(steps) % len(tiles)]),
        industries.close_detail,
        lambda: window.show_view("climate"),
        lambda: window.show_view("overview"),
    ]


def drive(
    kiosk: kiosk_app.Kiosk,
    folder: Path | None,
    events: int = EVENTS,
    frames: int = FRAMES,
) -> FrameRun:
    """``frames`` frames of visitor actions; with a ``folder``, ``events`` events logged there."""
    run = FrameRun()
    writer = LogWriter(folder, ROTATE_BYTES, KEEP_FILES) if folder is not None else None
    sink = TimedSink(writer) if writer is not None else None
    tracker = kiosk.visits.tracker
    if sink is not None:
        kiosk.visits.tracker = VisitTracker(sink)
        kiosk.visits.tracker.start_session(kiosk.window.current_view_name(), "en")
    actions = visitor_actions(kiosk)
    try:
        for frame in range(frames):
            quota = events * (frame + 1) // frames  # events logged by the end of this frame
            started = time.perf_counter()
            actions[frame % len(actions)]()
            if sink is not None:
                burst = time.perf_counter()
                _top_up(kiosk.visits.tracker, sink, quota, frame)
                run.logging_ms.append((time.perf_counter() - burst) * 1000)
            kiosk.window.repaint()
            run.frame_ms.append((time.perf_counter() - started) * 1000)
    finally:
        kiosk.visits.tracker.end_session()
        kiosk.visits.tracker = tracker
    if writer is not None and sink is not None and folder is not None:
        writer.close(timeout=60)
        run.call_us = [ns / 1000 for ns in sink.call_ns]
        run.logged, run.dropped = len(sink.call_ns), writer.dropped
        run.written = len(read_log(folder).events)
    return run


def _top_up(tracker: VisitTracker, sink: TimedSink, quota: int, frame: int) -> None:
    """Log through the tracker until ``quota`` events have gone to the writer in all."""
    names = (f"burst-{frame}-a", f"burst-{frame}-b")
    index = 0
    while len(sink.call_ns) < quota:
        tracker.event_opened(names[index % 2])  # each closes the last: one event a call
        index += 1


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def measure(events: int = EVENTS, frames: int = FRAMES, runs: int = RUNS) -> dict[str, float]:
    kiosk = open_kiosk()
    drive(kiosk, None, 0, len(visitor_actions(kiosk)))  # warm every action once, unmeasured
    baselines, logged = [], []
    for _ in range(runs):  # alternating, so machine noise hits both alike
        baselines.append(drive(kiosk, None, 0, frames))
        with tempfile.TemporaryDirectory(prefix="kiosk-analytics-bench-") as folder:
            logged.append(_checked(drive(kiosk, Path(folder), events, frames), events))
    kiosk.window.close()
    frames_ms = [ms for run in logged for ms in run.frame_ms]
    calls_us = [us for run in logged for us in run.call_us]
    return {
        "analytics_events_logged": float(min(run.logged for run in logged)),
        "analytics_worst_frame_ms": min(max(run.frame_ms) for run in logged),
        "analytics_worst_any_run_ms": max(frames_ms),
        "analytics_frame_p95_ms": percentile(frames_ms, 0.95),
        "analytics_base_worst_ms": min(max(run.frame_ms) for run in baselines),
        "analytics_base_p95_ms": percentile([ms for run in baselines for ms in run.frame_ms], 0.95),
        "analytics_burst_p99_ms": percentile([ms for run in logged for ms in run.logging_ms], 0.99),
        "analytics_call_median_us": statistics.median(calls_us),
        "analytics_call_p99_us": percentile(calls_us, 0.99),
    }


def _checked(run: FrameRun, events: int) -> FrameRun:
    if run.logged < events or run.written != run.logged or run.dropped:
        raise RuntimeError(
            f"the log lost events: {run.written} of {run.logged} written, {run.dropped} dropped"
        )
    return run


if __name__ == "__main__":
    for key, value in measure().items():
        print(f"{key:<28}{value:>12.3f}")
