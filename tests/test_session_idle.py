"""Idle reset and attract loop in kiosk mode: countdown, reset, tour, and the waking touch."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QElapsedTimer, QPoint, QPointF, Qt, QTimer
from PySide6.QtGui import QWheelEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from kiosk.core.languages import Language
from kiosk.session.attract_loop import AttractLoop, TourStop
from kiosk.ui.fonts import register_fonts
from tests import session_harness
from tests.session_harness import (
    KioskRun,
    centre_of,
    click_window,
    press_key,
    tap,
    touch_screen,
)

kiosk_mode = session_harness.kiosk_mode  # the fixture, shared

SHORT_IDLE_MS, SHORT_COUNTDOWN_MS = 300, 600


def hurry(run: KioskRun) -> None:
    """The settings' minimum is 10 s; a test needs the same path in a fraction of a second."""
    run.session.countdown_ms = SHORT_COUNTDOWN_MS
    run.parts.idle.set_timeout_ms(SHORT_IDLE_MS)


def leave_state_behind(run: KioskRun) -> None:
    """A visitor's traces: Urdu, an open industry detail, the industries view."""
    window = run.kiosk.window
    run.kiosk.languages.set_language(Language.UR)
    window.show_view("industries")
    view = window.view("industries")
    view.open_detail(next(iter(view.tiles())))
    assert view.open_industry_id() is not None


def test_idle_counts_down_then_resets_home_and_attracts(kiosk_mode: KioskRun, qtbot) -> None:
    window, parts = kiosk_mode.kiosk.window, kiosk_mode.parts
    leave_state_behind(kiosk_mode)
    hurry(kiosk_mode)
    with qtbot.waitSignal(parts.idle.idle, timeout=3000):
        pass
    assert parts.countdown.isVisible()
    assert parts.countdown.accessibleName()  # "Still there?" in the visitor's language
    assert window.current_view_name() == "industries"  # nothing resets before the countdown
    with qtbot.waitSignal(parts.countdown.expired, timeout=3000):
        pass
    assert not parts.countdown.isVisible()
    assert window.current_view_name() == "overview"
    assert kiosk_mode.kiosk.languages.language is Language.EN  # the settings' default
    assert window.view("industries").open_industry_id() is None
    assert parts.attract.is_running()
    assert parts.attract.current_stop() == TourStop("overview", 12_000)
    assert not parts.idle.is_watching()  # the tour runs; nothing waits for idle meanwhile


@pytest.mark.parametrize("how", ["touch", "click", "key"])
def test_touch_during_countdown_keeps_the_visitor_where_they_were(
    kiosk_mode: KioskRun, qtbot, how: str
) -> None:
    window, parts = kiosk_mode.kiosk.window, kiosk_mode.parts
    leave_state_behind(kiosk_mode)
    kiosk_mode.session.countdown_ms = 20_000
    parts.idle.set_timeout_ms(SHORT_IDLE_MS)
    qtbot.waitUntil(parts.countdown.isVisible, timeout=3000)
    with qtbot.waitSignal(parts.countdown.dismissed, timeout=2000):
        touch(kiosk_mode, how, centre_of(window.nav.view_button("timeline")))
    assert not parts.countdown.isVisible()
    assert window.current_view_name() == "industries"  # the touch did not reach the tab
    assert kiosk_mode.kiosk.languages.language is Language.UR
    assert parts.idle.is_watching()


@pytest.mark.parametrize("how", ["touch", "click"])
def test_waking_touch_is_swallowed_and_the_next_one_clicks(
    kiosk_mode: KioskRun, qtbot, how: str
) -> None:
    window, parts = kiosk_mode.kiosk.window, kiosk_mode.parts
    parts.attract.start()
    clicks: list[bool] = []
    window.nav.view_button("timeline").clicked.connect(lambda: clicks.append(True))
    target = centre_of(window.nav.view_button("timeline"))
    with qtbot.waitSignal(parts.attract.woken, timeout=2000):
        touch(kiosk_mode, how, target)
    assert not parts.attract.is_running()
    assert clicks == []
    assert window.current_view_name() == "overview"
    assert parts.idle.is_watching()
    # The same touch once awake does switch the view: the test above could have failed.
    touch(kiosk_mode, how, target)
    assert clicks and window.current_view_name() == "timeline"


def test_attract_tour_visits_map_climate_and_plays_the_timeline(
    kiosk_mode: KioskRun, qtbot
) -> None:
    window = kiosk_mode.kiosk.window
    kiosk_mode.parts.attract.stop()
    tour = (TourStop("overview", 60), TourStop("climate", 60), TourStop("timeline", 60_000))
    loop = AttractLoop(window, register_fonts(), tour, timeline_interval_ms=3000)
    seen: list[str] = []
    window.viewChanged.connect(seen.append)
    loop.start()
    timeline = window.view("timeline")
    qtbot.waitUntil(lambda: loop.current_stop() == tour[2], timeout=3000)
    assert seen[-3:] == ["overview", "climate", "timeline"]
    assert timeline.is_autoplaying()
    assert loop.isVisible() and loop.geometry() == window.rect()
    with qtbot.waitSignal(loop.woken, timeout=2000):
        click_window(window, QPoint(window.width() // 2, window.height() // 2))
    assert not timeline.is_autoplaying()
    loop.deleteLater()


@pytest.mark.parametrize("kind", ["touch", "move", "key", "wheel"])
def test_every_kind_of_input_postpones_idle(kiosk_mode: KioskRun, qtbot, kind: str) -> None:
    parts = kiosk_mode.parts
    parts.idle.set_timeout_ms(400)
    parts.idle.start()  # count from now
    clock = QElapsedTimer()
    clock.start()
    at_input: list[int] = []

    def nudge() -> None:
        at_input.append(clock.elapsed())
        touch(kiosk_mode, kind, QPoint(400, 300))

    QTimer.singleShot(250, nudge)
    with qtbot.waitSignal(parts.idle.idle, timeout=3000):
        pass
    assert at_input, "idle came before the input"
    assert clock.elapsed() - at_input[0] >= 400 - 25


def test_idle_waits_on_one_single_shot_timer_and_nothing_else(kiosk_mode: KioskRun) -> None:
    parts = kiosk_mode.parts
    timers = [
        timer
        for part in (parts.idle, parts.countdown, parts.attract, parts.pin_pad, parts.hours)
        for timer in part.findChildren(QTimer)
        if timer.isActive()
    ]
    assert len(timers) == 1 and timers[0].isSingleShot()
    before = timers[0].remainingTime()
    for x in range(200, 260):  # a burst of input only stamps a clock
        QTest.mouseMove(kiosk_mode.kiosk.window.windowHandle(), QPoint(x, 300))
    assert timers[0].remainingTime() <= before


def touch(run: KioskRun, how: str, point: QPoint) -> None:
    window = run.kiosk.window
    actions: dict[str, Callable[[], None]] = {
        "touch": lambda: tap(window, point, touch_screen()),
        "click": lambda: click_window(window, point),
        "move": lambda: move_mouse(window, point),
        "key": lambda: press_key(window, Qt.Key.Key_Space),
        "wheel": lambda: wheel(window, point),
    }
    actions[how]()
    QApplication.processEvents()


def move_mouse(window: QWidget, point: QPoint) -> None:
    # Two steps: a move to where the pointer already is would be no move at all.
    for step in (point, point + QPoint(9, 5)):
        QTest.mouseMove(window.windowHandle(), step)


def wheel(window: QWidget, point: QPoint) -> None:
    position = QPointF(point)
    event = QWheelEvent(
        position,
        QPointF(window.mapToGlobal(point)),
        QPoint(),
        QPoint(0, -120),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(window.windowHandle(), event)


def test_the_tour_moving_on_leaves_a_layer_above_it_on_top(kiosk_mode: KioskRun, qtbot) -> None:
    window = kiosk_mode.kiosk.window
    kiosk_mode.parts.attract.stop()
    tour = (TourStop("overview", 60), TourStop("climate", 60_000))
    loop = AttractLoop(window, register_fonts(), tour)
    loop.start()
    pad = kiosk_mode.parts.pin_pad
    pad.open()
    qtbot.waitUntil(lambda: loop.current_stop() == tour[1], timeout=3000)
    on_top = window.childAt(window.rect().center())
    assert on_top is pad or pad.isAncestorOf(on_top)
    assert QApplication.focusWidget() is pad  # the tour took no keys from the pad
    loop.stop()
    loop.deleteLater()
