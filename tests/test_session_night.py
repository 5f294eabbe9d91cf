"""Opening hours: dark outside them, a touch wakes the screen, opening time invites visitors."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QObject

from kiosk.core.languages import Language
from kiosk.core.opening_hours import OpeningHours, parse_day
from kiosk.session.night_curtain import OpeningHoursClock
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

NINE_TO_FIVE = OpeningHours((parse_day("09:00-17:00"),) * 7)


class FakeClock:
    def __init__(self, moment: datetime) -> None:
        self.moment = moment

    def __call__(self) -> datetime:
        return self.moment


def test_clock_announces_closing_and_opening_and_sleeps_until_then(qapp) -> None:
    clock = FakeClock(datetime(2024, 6, 3, 16, 0))
    owner = QObject()
    hours = OpeningHoursClock(NINE_TO_FIVE, owner, now=clock)
    events: list[str] = []
    hours.closed.connect(lambda: events.append("closed"))
    hours.opened.connect(lambda: events.append("opened"))
    hours.start()
    assert hours.is_open() and events == []
    assert 3_595_000 <= hours.next_check_ms() <= 3_605_000  # one timer, to 17:00
    clock.moment += timedelta(hours=1, seconds=1)
    hours.check()
    assert events == ["closed"] and not hours.is_open()
    clock.moment = datetime(2024, 6, 4, 9, 0, 1)
    hours.check()
    assert events == ["closed", "opened"]
    hours.stop()


def test_closing_time_darkens_and_a_touch_wakes_without_clicking(
    kiosk_mode: KioskRun, qtbot
) -> None:
    window, parts = kiosk_mode.kiosk.window, kiosk_mode.parts
    kiosk_mode.kiosk.languages.set_language(Language.UR)
    window.show_view("climate")
    parts.hours.closed.emit()
    assert parts.curtain.isVisible() and not parts.idle.is_watching()
    assert window.current_view_name() == "overview"
    assert kiosk_mode.kiosk.languages.language is Language.EN
    target = centre_of(window.nav.language_button(Language.ZH))
    with qtbot.waitSignal(parts.curtain.woken, timeout=2000):
        tap(window, target, touch_screen())
    assert not parts.curtain.isVisible()
    assert kiosk_mode.kiosk.languages.language is Language.EN  # the wake was not a click
    assert parts.idle.is_watching()


def test_after_hours_an_idle_kiosk_goes_dark_again_not_to_the_attract_loop(
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    hour = (datetime.now().hour + 12) % 24  # half an hour open, twelve hours from now
    hours = f'[opening_hours]\ndaily = "{hour:02d}:00-{hour:02d}:30"\n'
    text = settings_text().replace("[opening_hours]\n", hours)
    run = open_kiosk_mode(tmp_path, monkeypatch, text)
    qtbot.addWidget(run.kiosk.window)
    try:
        window, parts = run.kiosk.window, run.parts
        assert parts.curtain.isVisible()  # started outside opening hours: dark at once
        with qtbot.waitSignal(parts.curtain.woken, timeout=2000):
            tap(window, centre_of(window), touch_screen())
        run.session.countdown_ms = 100
        parts.idle.set_timeout_ms(100)
        with qtbot.waitSignal(parts.countdown.expired, timeout=3000):
            pass
        assert parts.curtain.isVisible()
        assert not parts.attract.is_running()
    finally:
        close_kiosk_mode(run)


def test_opening_time_starts_the_attract_loop(kiosk_mode: KioskRun) -> None:
    parts = kiosk_mode.parts
    parts.hours.closed.emit()
    parts.hours.opened.emit()
    assert not parts.curtain.isVisible()
    assert parts.attract.is_running()
