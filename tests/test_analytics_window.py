"""The visitor log as the real window feeds it: what a visitor taps becomes the events."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from kiosk import app as kiosk_app
from kiosk.analytics.log_reader import read_log
from kiosk.analytics.tracker import VisitTracker
from kiosk.content.model import Pack
from kiosk.core.languages import Language
from kiosk.ui.views.industries_view import IndustriesView
from kiosk.ui.views.timeline_view import TimelineView
from tests.test_analytics_events import Clocks, Recorder


@pytest.fixture
def logged(qtbot: QtBot, karachi: Pack, tmp_path: Path) -> Iterator[kiosk_app.Kiosk]:
    """The real window on the shipped pack, keeping its visitor log in ``tmp_path``."""
    built = kiosk_app.build(karachi, Language.EN, analytics=tmp_path / "analytics")
    qtbot.addWidget(built.window)
    built.window.resize(1600, 900)
    built.window.show()
    qtbot.waitExposed(built.window)
    yield built
    kiosk_app.finish(built)
    built.languages.set_language(Language.EN)


def click(qtbot: QtBot, widget: QWidget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)
    QApplication.processEvents()


def timeline_of(kiosk: kiosk_app.Kiosk) -> TimelineView:
    view = kiosk.window.view("timeline")
    assert isinstance(view, TimelineView)
    return view


def industries_of(kiosk: kiosk_app.Kiosk) -> IndustriesView:
    view = kiosk.window.view("industries")
    assert isinstance(view, IndustriesView)
    return view


def test_a_visit_tapped_through_the_window_is_the_log(
    logged: kiosk_app.Kiosk, qtbot: QtBot, karachi: Pack
) -> None:
    window, nav = logged.window, logged.window.nav
    events = [event.id for event in karachi.timeline.events]
    industries = [item.id for group in karachi.industries.groups for item in group.items]
    # A desktop window opens no session by itself (kiosk mode does, at the waking touch).
    logged.visits.tracker.start_session(window.current_view_name(), "en")

    click(qtbot, nav.view_button("timeline"))  # its first story is on screen at once
    timeline = timeline_of(logged)
    strip = timeline.strip
    qtbot.mouseClick(strip, Qt.MouseButton.LeftButton, pos=strip.marker_rect(2).center())
    click(qtbot, timeline.card.next_button)
    click(qtbot, nav.language_button(Language.ZH))
    click(qtbot, nav.view_button("industries"))
    view = industries_of(logged)
    click(qtbot, view.tiles()[industries[0]])
    click(qtbot, view.detail().next_button)
    click(qtbot, view.detail().close_button)
    click(qtbot, nav.view_button("timeline"))  # the story it left is shown again
    kiosk_app.finish(logged)

    assert logged.log is not None
    contents = read_log(logged.log.folder)
    assert contents.damaged == []
    assert [(e.kind.value, e.name) for e in contents.events] == [
        ("session_start", "en"),
        ("view_shown", "overview"),
        ("event_opened", events[0]),
        ("event_opened", events[2]),
        ("language_chosen", "zh"),
        ("event_opened", events[3]),
        ("view_shown", "timeline"),
        ("tile_opened", industries[0]),
        ("tile_opened", industries[1]),
        ("view_shown", "industries"),
        ("event_opened", events[3]),
        ("view_shown", "timeline"),
        ("session_end", "zh"),
    ]
    assert all(e.dwell_s is None or e.dwell_s >= 0 for e in contents.events)


def test_outside_a_session_the_window_records_nothing(
    logged: kiosk_app.Kiosk, qtbot: QtBot
) -> None:
    """A desktop window (and kiosk mode between visitors) has no session open."""
    nav = logged.window.nav
    click(qtbot, nav.view_button("industries"))
    view = industries_of(logged)
    click(qtbot, next(iter(view.tiles().values())))
    click(qtbot, nav.language_button(Language.UR))
    click(qtbot, nav.view_button("timeline"))
    kiosk_app.finish(logged)
    assert logged.log is not None
    assert not logged.log.folder.exists()  # not one line, so not even the folder


def test_what_the_views_behind_do_is_not_counted(kiosk, qtbot: QtBot) -> None:  # type: ignore[no-untyped-def]
    """A language switch or a reset reaches hidden views too; only the one on screen counts."""
    recorder, clocks = Recorder(), Clocks()
    kiosk.visits.tracker = VisitTracker(recorder, now=clocks.now, clock=clocks.monotonic)
    window = kiosk.window
    industries = window.view("industries")
    window.show_view("industries")
    first = next(iter(industries.tiles()))
    industries.open_detail(first)
    kiosk.visits.tracker.start_session("industries", "en")  # the detail is already open
    window.show_view("timeline")
    story = timeline_of(kiosk).card.event_shown().id
    clocks.wait(7)
    industries.close_detail()  # as a reset would: the visitor is reading the timeline
    kiosk.languages.set_language(Language.UR)  # re-shows the story on screen: the same look
    clocks.wait(5)
    kiosk.visits.tracker.end_session()
    assert recorder.summary() == [
        ("session_start", "en", None),
        ("view_shown", "industries", 0.0),
        ("language_chosen", "ur", None),
        ("event_opened", story, 12.0),  # not cut short by the detail closing behind it
        ("view_shown", "timeline", 12.0),
        ("session_end", "ur", 12.0),
    ]


def test_a_detail_left_open_counts_again_when_its_view_returns(kiosk) -> None:  # type: ignore[no-untyped-def]
    recorder = Recorder()
    kiosk.visits.tracker = VisitTracker(recorder)
    window = kiosk.window
    kiosk.visits.tracker.start_session("overview", "en")
    window.show_view("industries")
    first = next(iter(window.view("industries").tiles()))
    window.view("industries").open_detail(first)
    window.show_view("climate")
    window.show_view("industries")
    window.view("industries").close_detail()
    kiosk.visits.tracker.end_session()
    opened = [name for kind, name, _ in recorder.summary() if kind == "tile_opened"]
    assert opened == [first, first]
