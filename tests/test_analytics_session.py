"""Visits in kiosk mode: a session from the waking touch to the idle reset, and no log at all
when the settings switch analytics off."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from kiosk.analytics.log_reader import read_log
from kiosk.commands.report import default_log_dir
from kiosk.content.model import Pack
from kiosk.core.languages import Language
from tests import session_harness
from tests.session_harness import (
    KioskRun,
    centre_of,
    close_kiosk_mode,
    open_kiosk_mode,
    settings_text,
    tap,
    touch_screen,
)

kiosk_mode = session_harness.kiosk_mode  # the fixture, shared

IDLE_MS, COUNTDOWN_MS = 300, 600
Line = tuple[str, str, float | None]


def logged(run: KioskRun) -> list[Line]:
    """Every line the kiosk has written so far."""
    log = run.kiosk.log
    assert log is not None
    assert log.flush()
    if not log.folder.is_dir():
        return []
    contents = read_log(log.folder)
    assert contents.damaged == []
    return [(e.kind.value, e.name, e.dwell_s) for e in contents.events]


def names(lines: list[Line]) -> list[tuple[str, str]]:
    return [(kind, name) for kind, name, _ in lines]


def touch_tab(run: KioskRun, view: str) -> None:
    window = run.kiosk.window
    tap(window, centre_of(window.nav.view_button(view)), touch_screen())


def hurry(run: KioskRun) -> None:
    """The settings' minimum is 10 s; the same path in under a second."""
    run.session.countdown_ms = COUNTDOWN_MS
    run.parts.idle.set_timeout_ms(IDLE_MS)


def idle_reset(run: KioskRun, qtbot) -> None:  # type: ignore[no-untyped-def]
    hurry(run)
    with qtbot.waitSignal(run.parts.countdown.expired, timeout=5000):
        pass
    assert run.parts.attract.is_running()


def test_the_log_is_where_kiosk_report_looks(kiosk_mode: KioskRun) -> None:
    log = kiosk_mode.kiosk.log
    assert log is not None  # on by default
    assert log.folder == default_log_dir()
    assert log.folder.is_relative_to(kiosk_mode.data)


def test_a_visit_runs_from_the_first_touch_to_the_idle_reset(kiosk_mode: KioskRun, qtbot) -> None:
    window = kiosk_mode.kiosk.window
    assert logged(kiosk_mode) == []  # started, and nobody has touched it yet
    touch_tab(kiosk_mode, "climate")  # nothing to wake: the first touch also works
    assert window.current_view_name() == "climate"
    idle_reset(kiosk_mode, qtbot)
    lines = logged(kiosk_mode)
    assert names(lines) == [
        ("session_start", "en"),
        ("view_shown", "overview"),
        ("view_shown", "climate"),
        ("session_end", "en"),
    ]
    # The idle timeout and the countdown (0.9 s together) are not time spent looking.
    climate, session = lines[2][2], lines[3][2]
    assert climate is not None and session is not None
    assert climate < 0.5 and session < 0.5


def test_the_attract_loop_is_not_a_visit_and_its_waking_touch_starts_one(
    kiosk_mode: KioskRun, qtbot
) -> None:
    window, parts = kiosk_mode.kiosk.window, kiosk_mode.parts
    touch_tab(kiosk_mode, "industries")
    idle_reset(kiosk_mode, qtbot)
    first_visit = logged(kiosk_mode)
    # What the tour does on its own: other views, the timeline playing.
    window.show_view("timeline")
    window.view("timeline").start_autoplay(30)
    qtbot.wait(200)
    window.show_view("overview")
    assert logged(kiosk_mode) == first_visit
    with qtbot.waitSignal(parts.attract.woken, timeout=2000):
        touch_tab(kiosk_mode, "timeline")  # swallowed: it wakes, it does not click
    tap(window, centre_of(window.nav.language_button(Language.ZH)), touch_screen())
    kiosk_mode.session.stop()  # staff leave kiosk mode: the visit ends too
    assert names(logged(kiosk_mode)[len(first_visit) :]) == [
        ("session_start", "en"),
        ("language_chosen", "zh"),
        ("view_shown", "overview"),
        ("session_end", "zh"),
    ]


def test_a_touch_during_the_countdown_continues_the_visit(kiosk_mode: KioskRun, qtbot) -> None:
    parts = kiosk_mode.parts
    touch_tab(kiosk_mode, "timeline")
    kiosk_mode.session.countdown_ms = 20_000
    parts.idle.set_timeout_ms(IDLE_MS)
    qtbot.waitUntil(parts.countdown.isVisible, timeout=3000)
    with qtbot.waitSignal(parts.countdown.dismissed, timeout=2000):
        touch_tab(kiosk_mode, "climate")
    # Still the same visit: no end, no second start; the view it left the tab on is open.
    assert names(logged(kiosk_mode)) == [("session_start", "en"), ("view_shown", "overview")]
    kiosk_mode.session.stop()
    kinds = [kind for kind, _ in names(logged(kiosk_mode))]
    assert kinds.count("session_start") == kinds.count("session_end") == 1


def test_the_curtain_woken_at_night_starts_a_visit_and_opening_time_ends_it(
    kiosk_mode: KioskRun, qtbot
) -> None:
    window, parts = kiosk_mode.kiosk.window, kiosk_mode.parts
    parts.hours.closed.emit()
    assert logged(kiosk_mode) == []
    with qtbot.waitSignal(parts.curtain.woken, timeout=2000):
        touch_tab(kiosk_mode, "climate")
    touch_tab(kiosk_mode, "climate")
    assert window.current_view_name() == "climate"
    parts.hours.opened.emit()  # the tour takes over the screen
    assert names(logged(kiosk_mode)) == [
        ("session_start", "en"),
        ("view_shown", "overview"),
        ("view_shown", "climate"),
        ("session_end", "en"),
    ]


def test_staff_reloading_the_content_end_the_visit_and_the_next_touch_starts_one(
    kiosk_mode: KioskRun, karachi: Pack
) -> None:
    touch_tab(kiosk_mode, "climate")
    kiosk_mode.parts.packs.reloaded.emit(karachi)
    kiosk_mode.parts.pin_pad.dismiss()
    QApplication.processEvents()
    assert names(logged(kiosk_mode))[-1] == ("session_end", "en")
    touch_tab(kiosk_mode, "timeline")
    assert names(logged(kiosk_mode))[-2:] == [("session_start", "en"), ("view_shown", "overview")]


@pytest.fixture
def analytics_off(qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[KioskRun]:  # type: ignore[no-untyped-def]
    settings = settings_text().replace("analytics = true", "analytics = false")
    assert "analytics = false" in settings
    run = open_kiosk_mode(tmp_path, monkeypatch, settings)
    qtbot.addWidget(run.kiosk.window)
    qtbot.waitExposed(run.kiosk.window)
    yield run
    close_kiosk_mode(run)


def test_analytics_off_in_the_settings_writes_nothing(analytics_off: KioskRun, qtbot) -> None:
    assert analytics_off.kiosk.log is None
    touch_tab(analytics_off, "industries")
    industries = analytics_off.kiosk.window.view("industries")
    industries.open_detail(next(iter(industries.tiles())))
    idle_reset(analytics_off, qtbot)
    with qtbot.waitSignal(analytics_off.parts.attract.woken, timeout=2000):
        touch_tab(analytics_off, "timeline")
    analytics_off.session.stop()
    written = [path.name for path in analytics_off.data.rglob("*")]
    assert "kiosk.log" in written  # the data folder is in use, but holds no visitor log
    assert "analytics" not in written and not any(n.startswith("events.jsonl") for n in written)
