"""The analytics vocabulary and the tracker that turns visitor actions into events."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from kiosk.analytics.events import Event, Kind, decode, encode
from kiosk.analytics.tracker import VisitTracker

SHENYANG = timezone(timedelta(hours=8))
NOON = datetime(2024, 5, 6, 12, 0, tzinfo=SHENYANG)


class Recorder:
    """A sink that keeps what it is given."""

    def __init__(self) -> None:
        self.events: list[Event] = []

    def log(self, event: Event) -> bool:
        self.events.append(event)
        return True

    def summary(self) -> list[tuple[str, str, float | None]]:
        return [(e.kind.value, e.name, e.dwell_s) for e in self.events]


class Clocks:
    """A wall clock and a monotonic clock that move only when told."""

    def __init__(self) -> None:
        self.seconds = 0.0

    def now(self) -> datetime:
        return NOON + timedelta(seconds=self.seconds)

    def monotonic(self) -> float:
        return 1000.0 + self.seconds

    def wait(self, seconds: float) -> None:
        self.seconds += seconds


@pytest.fixture
def recorder() -> Recorder:
    return Recorder()


@pytest.fixture
def clocks() -> Clocks:
    return Clocks()


@pytest.fixture
def tracker(recorder: Recorder, clocks: Clocks) -> VisitTracker:
    return VisitTracker(recorder, now=clocks.now, clock=clocks.monotonic)


def test_an_event_survives_a_round_trip_through_its_line() -> None:
    event = Event(Kind.VIEW_SHOWN, NOON, "climate", 12.34)
    line = encode(event)
    assert line == (
        '{"v":1,"at":"2024-05-06T12:00:00+08:00","kind":"view_shown","name":"climate",'
        '"dwell_s":12.3}'
    )
    assert decode(line) == Event(Kind.VIEW_SHOWN, NOON, "climate", 12.3)


@pytest.mark.parametrize(
    "name",
    ["Ahmed Khan", "ahmed@example.org", "+86 24 1234 5678", "31.5,74.3", "", "x" * 65, "é"],
)
def test_free_text_cannot_become_an_event(name: str) -> None:
    with pytest.raises(ValueError, match="not an identifier"):
        Event(Kind.TILE_OPENED, NOON, name, 1.0)


def test_an_event_needs_an_offset_and_the_right_dwell() -> None:
    with pytest.raises(ValueError, match="offset"):
        Event(Kind.SESSION_START, NOON.replace(tzinfo=None), "en")
    with pytest.raises(ValueError, match="needs a dwell"):
        Event(Kind.VIEW_SHOWN, NOON, "climate")
    with pytest.raises(ValueError, match="takes no dwell"):
        Event(Kind.LANGUAGE_CHOSEN, NOON, "zh", 3.0)
    with pytest.raises(ValueError, match="out of range"):
        Event(Kind.VIEW_SHOWN, NOON, "climate", -1.0)


HEAD = '{"v":1,"at":"2024-05-06T12:00:00+08:00",'


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        (HEAD + '"kind":"view_sh', "not JSON"),
        ("[1, 2]", "not a JSON object"),
        (HEAD.replace('"v":1', '"v":2') + '"kind":"session_start","name":"en"}', "version"),
        (HEAD + '"kind":"poke","name":"en"}', "unknown kind"),
        ('{"v":1,"at":"yesterday","kind":"session_start","name":"en"}', "bad time"),
        ('{"v":1,"at":"2024-05-06T12:00:00","kind":"session_start","name":"en"}', "offset"),
        (HEAD + '"kind":"view_shown","name":"x","dwell_s":true}', "bad dwell"),
        (HEAD + '"kind":"view_shown","name":"x","dwell_s":NaN}', "bad dwell"),
        (HEAD + '"kind":"view_shown","name":"x","dwell_s":1e9}', "out of range"),
        (HEAD + '"kind":"session_start","name":7}', "name"),
    ],
)
def test_a_line_that_is_not_an_event_says_why(line: str, reason: str) -> None:
    with pytest.raises(ValueError, match=reason):
        decode(line)


def test_a_visit_is_recorded_with_dwell_times(
    tracker: VisitTracker, recorder: Recorder, clocks: Clocks
) -> None:
    tracker.start_session("overview", "en")
    clocks.wait(10)
    tracker.view_shown("timeline")
    tracker.event_opened("signing-2021")
    clocks.wait(4)
    tracker.event_opened("visit-2019")
    clocks.wait(6)
    tracker.language_chosen("zh")
    tracker.view_shown("industries")
    tracker.tile_opened("textiles")
    clocks.wait(3)
    tracker.item_closed()
    clocks.wait(2)
    tracker.end_session()
    assert recorder.summary() == [
        ("session_start", "en", None),
        ("view_shown", "overview", 10.0),
        ("event_opened", "signing-2021", 4.0),
        ("language_chosen", "zh", None),
        ("event_opened", "visit-2019", 6.0),
        ("view_shown", "timeline", 10.0),
        ("tile_opened", "textiles", 3.0),
        ("view_shown", "industries", 5.0),
        ("session_end", "zh", 25.0),
    ]
    # Each look is stamped with the time it began, so the report counts it in its hour.
    assert recorder.events[5].at == NOON + timedelta(seconds=10)


def test_the_idle_reset_closes_what_is_open_and_then_records_nothing(
    tracker: VisitTracker, recorder: Recorder, clocks: Clocks
) -> None:
    tracker.start_session("overview", "en")
    tracker.view_shown("industries")
    tracker.tile_opened("machinery")
    clocks.wait(90)
    tracker.end_session()  # the idle watcher's reset
    closed = recorder.summary()
    assert closed[-3:] == [
        ("tile_opened", "machinery", 90.0),
        ("view_shown", "industries", 90.0),
        ("session_end", "en", 90.0),
    ]
    # The reset and the attract loop's autoplay are not a visitor.
    tracker.view_shown("overview")
    tracker.event_opened("visit-2019")
    tracker.language_chosen("en")
    tracker.end_session()
    assert recorder.summary() == closed
    assert not tracker.in_session


def test_the_idle_wait_before_the_reset_is_not_counted_as_looking(
    tracker: VisitTracker, recorder: Recorder, clocks: Clocks
) -> None:
    tracker.start_session("overview", "en")
    clocks.wait(30)
    tracker.view_shown("timeline")
    tracker.event_opened("visit-2019")
    clocks.wait(20 + 100)  # 20 s reading, then 90 s idle and a 10 s countdown
    tracker.end_session(idle_s=100)
    assert recorder.summary()[-3:] == [
        ("event_opened", "visit-2019", 20.0),
        ("view_shown", "timeline", 20.0),
        ("session_end", "en", 50.0),
    ]


def test_repeats_are_one_look(tracker: VisitTracker, recorder: Recorder, clocks: Clocks) -> None:
    tracker.start_session("timeline", "en")
    tracker.event_opened("visit-2019")
    clocks.wait(5)
    tracker.event_opened("visit-2019")  # shown again after a language switch
    tracker.view_shown("timeline")
    tracker.language_chosen("en")
    tracker.end_session()
    assert recorder.summary() == [
        ("session_start", "en", None),
        ("event_opened", "visit-2019", 5.0),
        ("view_shown", "timeline", 5.0),
        ("session_end", "en", 5.0),
    ]


def test_a_new_session_ends_the_one_left_open(tracker: VisitTracker, recorder: Recorder) -> None:
    tracker.start_session("overview", "en")
    tracker.start_session("overview", "ur")
    kinds = [kind for kind, _, _ in recorder.summary()]
    assert kinds == ["session_start", "view_shown", "session_end", "session_start"]


def test_an_id_the_log_cannot_hold_costs_a_record_not_the_tap(
    tracker: VisitTracker, recorder: Recorder, caplog: pytest.LogCaptureFixture
) -> None:
    tracker.start_session("overview", "en")
    tracker.tile_opened("not an id")
    tracker.end_session()
    assert "not recorded" in caplog.text
    assert [kind for kind, _, _ in recorder.summary()] == [
        "session_start",
        "view_shown",
        "session_end",
    ]


def test_the_window_signals_feed_the_tracker(kiosk, karachi, recorder: Recorder) -> None:  # type: ignore[no-untyped-def]
    """The hook points the composition root connects, driven on the real window."""
    from kiosk.core.languages import Language

    window, languages = kiosk.window, kiosk.languages
    tracker = VisitTracker(recorder)
    window.viewChanged.connect(tracker.view_shown)
    languages.languageChanged.connect(lambda language: tracker.language_chosen(language.code))
    timeline = window.view("timeline")
    ids = [event.id for event in karachi.timeline.events]
    timeline.strip.currentChanged.connect(lambda index: tracker.event_opened(ids[index]))
    industries = window.view("industries")
    for tile in industries.tiles().values():
        tile.activated.connect(tracker.tile_opened)

    tracker.start_session(window.current_view_name(), languages.language.code)
    window.nav.viewRequested.emit("timeline")
    timeline.strip.set_current(2)
    languages.set_language(Language.ZH)
    window.nav.viewRequested.emit("industries")
    first_tile = next(iter(industries.tiles()))
    industries.tiles()[first_tile].activated.emit(first_tile)
    tracker.end_session()
    window.reset(Language.EN)

    names = [(kind, name) for kind, name, _ in recorder.summary()]
    assert names == [
        ("session_start", "en"),
        ("view_shown", window.view_names[0]),
        ("language_chosen", "zh"),
        ("event_opened", ids[2]),
        ("view_shown", "timeline"),
        ("tile_opened", first_tile),
        ("view_shown", "industries"),
        ("session_end", "zh"),
    ]
