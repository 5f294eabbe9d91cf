"""The timeline view on the shipped pack, driven as a visitor would: keys, buttons, swipes,
autoplay, reset, right to left, the story's arrival and its QR code."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt, QVariantAnimation
from PySide6.QtGui import QWheelEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QGraphicsEffect, QWidget
from pytestqt.qtbot import QtBot

from kiosk.content.model import Pack
from kiosk.core.languages import Language
from kiosk.ui.views.timeline_view import TimelineView

EVENTS = 5


@pytest.fixture
def view(kiosk) -> Iterator[TimelineView]:  # type: ignore[no-untyped-def]
    kiosk.window.show_view("timeline")
    widget = kiosk.window.view("timeline")
    assert isinstance(widget, TimelineView)
    QApplication.processEvents()
    yield widget
    widget.reset()


def shown(view: TimelineView, pack: Pack) -> int:
    """The event the card shows, checked to be the strip's selection."""
    index = [e.id for e in pack.timeline.events].index(view.card.event_shown().id)
    assert index == view.strip.current()
    return index


def drag(widget: QWidget, start: QPoint, end: QPoint) -> None:
    QTest.mousePress(widget, Qt.MouseButton.LeftButton, pos=start)
    QTest.mouseMove(widget, (start + end) / 2)
    QTest.mouseRelease(widget, Qt.MouseButton.LeftButton, pos=end)


def test_the_pack_has_the_five_exchanges(karachi: Pack) -> None:
    assert len(karachi.timeline.events) == EVENTS


@pytest.mark.parametrize("focus", ["strip", "card", "next_button", "previous_button"])
def test_keys_work_wherever_focus_is_in_the_view(
    qtbot: QtBot, view: TimelineView, karachi: Pack, focus: str
) -> None:
    target = view.strip if focus == "strip" else view.card
    if focus.endswith("button"):
        target = getattr(view.card, focus)
    view.strip.set_current(1)
    for key, expected in [
        (Qt.Key.Key_Right, 2),
        (Qt.Key.Key_End, EVENTS - 1),
        (Qt.Key.Key_Right, EVENTS - 1),  # stays on the last
        (Qt.Key.Key_Left, EVENTS - 2),
        (Qt.Key.Key_Home, 0),
        (Qt.Key.Key_Left, 0),
    ]:
        qtbot.keyClick(target, key)
        assert shown(view, karachi) == expected, key


def test_keys_outside_the_view_leave_it_alone(qtbot: QtBot, kiosk, view: TimelineView) -> None:  # type: ignore[no-untyped-def]
    outside = kiosk.window.nav
    qtbot.keyClick(outside, Qt.Key.Key_Right)
    qtbot.keyClick(outside, Qt.Key.Key_End)
    assert view.strip.current() == 0
    qtbot.keyClick(view.strip, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert view.strip.current() == 0  # Alt+Right belongs to someone else


def test_enter_on_the_timeline_opens_the_story(qtbot: QtBot, view: TimelineView) -> None:
    view.strip.setFocus()
    qtbot.keyClick(view.strip, Qt.Key.Key_Return)
    assert view.card.hasFocus()
    qtbot.keyClick(view.card, Qt.Key.Key_Right)  # the keys still step from the story
    assert view.strip.current() == 1


def test_buttons_and_strip_stay_in_step(qtbot: QtBot, view: TimelineView, karachi: Pack) -> None:
    card = view.card
    assert not card.previous_button.isEnabled()
    qtbot.mouseClick(card.next_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(card.next_button, Qt.MouseButton.LeftButton)
    assert shown(view, karachi) == 2
    assert card.counter_label.text() == "3 of 5"
    qtbot.mouseClick(view.strip, Qt.MouseButton.LeftButton, pos=view.strip.marker_rect(4).center())
    assert shown(view, karachi) == 4
    assert card.counter_label.text() == "5 of 5"
    assert not card.next_button.isEnabled()
    qtbot.mouseClick(card.previous_button, Qt.MouseButton.LeftButton)
    assert shown(view, karachi) == 3


@pytest.mark.parametrize("where", ["card", "strip"])
def test_a_swipe_on_card_or_strip_moves_one_event(
    view: TimelineView, karachi: Pack, where: str
) -> None:
    widget = view.card if where == "card" else view.strip
    # On the card's words; on the strip, the axis band clear of the labels.
    y = view.card.height() // 2 if where == "card" else view.strip.height() - 4
    view.strip.set_current(2)
    right, left = QPoint(widget.width() * 3 // 4, y), QPoint(widget.width() // 4, y)
    drag(widget, right, left)  # pull the next story in from the right
    assert shown(view, karachi) == 3
    drag(widget, left, right)
    assert shown(view, karachi) == 2
    drag(widget, right, right + QPoint(-5, 2))  # a wobble changes nothing
    assert shown(view, karachi) == 2


def test_only_the_first_finger_swipes_the_card(view: TimelineView, karachi: Pack) -> None:
    card, device = view.card, QTest.createTouchDevice()
    view.strip.set_current(2)
    y = card.height() // 2
    QTest.touchEvent(card, device).press(0, QPoint(600, y), card).commit()
    QTest.touchEvent(card, device).stationary(0).press(1, QPoint(900, y), card).commit()
    QTest.touchEvent(card, device).stationary(0).move(1, QPoint(100, y), card).commit()
    QTest.touchEvent(card, device).stationary(0).release(1, QPoint(80, y), card).commit()
    QTest.touchEvent(card, device).release(0, QPoint(603, y), card).commit()
    assert shown(view, karachi) == 2


def test_autoplay_advances_the_story_until_a_visitor_acts(
    qtbot: QtBot, view: TimelineView, karachi: Pack
) -> None:
    def play() -> None:
        view.start_autoplay(30)
        assert view.is_autoplaying()
        with qtbot.waitSignal(view.strip.currentChanged, timeout=2000):
            pass
        assert shown(view, karachi) == view.strip.current()  # the card follows

    play()
    with qtbot.waitSignal(view.strip.autoplayStopped):
        qtbot.keyClick(view.card.next_button, Qt.Key.Key_Tab)  # any key, not only arrows
    play()
    with qtbot.waitSignal(view.strip.autoplayStopped):
        qtbot.mousePress(view.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(5, 5))
    qtbot.mouseRelease(view.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(5, 5))
    play()
    with qtbot.waitSignal(view.strip.autoplayStopped):
        qtbot.mouseClick(view.card, Qt.MouseButton.LeftButton, pos=QPoint(200, 20))
    play()
    wheel = QWheelEvent(
        QPointF(5, 5), QPointF(5, 5), QPoint(), QPoint(0, -120), Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase, False,
    )  # fmt: skip
    with qtbot.waitSignal(view.strip.autoplayStopped):
        QApplication.sendEvent(view.viewport(), wheel)
    play()
    with qtbot.waitSignal(view.strip.autoplayStopped):
        view.stop_autoplay()
    assert not view.is_autoplaying()


def test_reset_stops_autoplay_and_goes_back_to_the_start(
    kiosk,
    view: TimelineView,
    karachi: Pack,  # type: ignore[no-untyped-def]
) -> None:
    kiosk.window.resize(1280, 600)  # short enough to scroll
    QApplication.processEvents()
    view.strip.set_current(3)
    view.start_autoplay(10_000)
    view.verticalScrollBar().setValue(view.verticalScrollBar().maximum())
    assert view.verticalScrollBar().value() > 0
    view.reset()
    assert not view.is_autoplaying()
    assert shown(view, karachi) == 0
    assert view.verticalScrollBar().value() == 0


def test_urdu_runs_right_to_left(qtbot: QtBot, kiosk, view: TimelineView, karachi: Pack) -> None:  # type: ignore[no-untyped-def]
    kiosk.languages.set_language(Language.UR)
    QApplication.processEvents()
    assert view.isRightToLeft()
    xs = [view.strip.marker_rect(i).center().x() for i in range(EVENTS)]
    assert xs == sorted(xs, reverse=True)  # the earliest exchange at the right
    card = view.card
    assert card.next_button.x() < card.previous_button.x()
    for label in (card.title_label, card.text_label, card.source_label):
        assert label.isRightToLeft()  # laid out right-aligned
    qtbot.keyClick(card.next_button, Qt.Key.Key_Left)  # towards later, which lies left
    assert shown(view, karachi) == 1
    y = card.height() // 2
    drag(card, QPoint(card.width() // 4, y), QPoint(card.width() * 3 // 4, y))
    assert shown(view, karachi) == 2  # a rightward swipe pulls the next story in
    assert card.date_label.text() == "28 مارچ، 2019"


def test_the_story_arrives_in_a_short_transition(qtbot: QtBot, view: TimelineView) -> None:
    effect = view.card.content.graphicsEffect()
    assert isinstance(effect, QGraphicsEffect)
    view.strip.set_current(1)
    assert not effect.isEnabled()  # off in tests and offscreen: the final state at once
    view.animations_enabled = True
    view.strip.set_current(2)
    assert effect.isEnabled()
    animations = [a for a in effect.findChildren(QVariantAnimation) if a.state() is a.State.Running]
    assert len(animations) == 1
    assert animations[0].duration() <= 250
    qtbot.waitUntil(lambda: not effect.isEnabled(), timeout=1000)
    view.animations_enabled = False


def test_the_selection_is_described_and_named(view: TimelineView, karachi: Pack) -> None:
    view.strip.set_current(2)
    forum = karachi.timeline.events[2]
    assert view.strip.accessibleDescription() == f"{forum.title.get(Language.EN)}, 28 March 2019"
    assert view.card.accessibleName() == forum.title.get(Language.EN)
    assert forum.text.get(Language.EN) in view.card.accessibleDescription()
    for button in (view.card.previous_button, view.card.next_button, view.card.qr_code):
        assert button.accessibleName()


def test_every_story_offers_its_source_as_a_qr_code(view: TimelineView, karachi: Pack) -> None:
    for index, event in enumerate(karachi.timeline.events):
        view.strip.set_current(index)
        url = karachi.source(event.source).url
        assert url and url.startswith("https://www.shenyang.gov.cn/")  # the seed's page
        assert view.card.qr_code.isVisible()
        assert view.card.qr_code.url() == url
        assert not view.card.qr_code.pixmap().isNull()


@pytest.mark.parametrize("language", list(Language), ids=lambda lang: lang.code)
def test_the_page_keeps_its_shape_from_event_to_event(
    qtbot: QtBot,
    kiosk,
    view: TimelineView,
    language: Language,  # type: ignore[no-untyped-def]
) -> None:
    kiosk.window.resize(1920, 1080)
    with qtbot.waitSignal(view.prepared, timeout=5000):
        kiosk.languages.set_language(language)
    shapes = set()
    for index in range(EVENTS):
        view.strip.set_current(index)
        QApplication.processEvents()
        shapes.add((view.viewport().width(), view.strip.height(), view.card.height()))
        assert not view.verticalScrollBar().isVisible()  # it all fits at 1920x1080
    assert len(shapes) == 1  # no jump, no scroll bar coming and going, no re-flow


def test_animated_selections_leave_no_trace_on_screen(
    qtbot: QtBot, kiosk, view: TimelineView
) -> None:  # type: ignore[no-untyped-def]
    # The strip repaints only the markers a selection touches, and the story fades in over
    # the card: after quick, interrupted transitions the screen must still equal a full paint.
    effect = view.card.content.graphicsEffect()
    arrival = effect.findChildren(QVariantAnimation)[0]
    animations = [arrival, *view.strip.findChildren(QVariantAnimation)]
    view.animations_enabled = view.strip.animations_enabled = True
    try:
        for index in [3, 1, 4, 0, 2, 1]:
            with qtbot.waitSignal(arrival.valueChanged):  # a frame of each transition
                view.strip.set_current(index)
        qtbot.waitUntil(lambda: all(a.state() is a.State.Stopped for a in animations), timeout=2000)
        QApplication.processEvents()
        window = kiosk.window
        on_screen = window.screen().grabWindow(window.winId()).toImage()
        assert on_screen == window.grab().toImage().convertToFormat(on_screen.format())
    finally:
        view.animations_enabled = view.strip.animations_enabled = False
