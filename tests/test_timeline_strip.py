"""The timeline strip driven as a visitor would: taps, swipes, keys, autoplay, Urdu."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint, Qt, QVariantAnimation
from PySide6.QtGui import QAccessible
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from kiosk.content.model import Lane, PartialDate, Text, Timeline, TimelineEvent
from kiosk.core.languages import Language
from kiosk.ui.widgets.timeline_strip import TimelineStrip


def event(id_: str, date: PartialDate, lane: str, title: str, zh: str, ur: str) -> TimelineEvent:
    return TimelineEvent(
        id_, date, Text(title, zh, ur), Text("Shenyang"), Text(f"{title}."), "seed", lane
    )


TIMELINE = Timeline(
    Text("Friendship timeline", "友好交往", "دوستی کا سفر"),
    (
        Lane("to-shenyang", Text("Karachi → Shenyang")),
        Lane("to-karachi", Text("Shenyang → Karachi")),
        Lane("joint", Text("Joint and online")),
    ),
    (),
    (
        event("intent", PartialDate(2018, 8), "to-shenyang", "Mayor visits Shenyang",
              "卡拉奇市长访问沈阳", "کراچی کے میئر کا دورۂ شینیانگ"),
        event("exhibition", PartialDate(2018, 12), "to-karachi", "Delegation in Karachi",
              "沈阳代表团访问卡拉奇", "شینیانگ کا وفد کراچی میں"),
        event("forum", PartialDate(2019, 3, 28), "joint", "Cooperation forum",
              "中巴友好省市合作论坛", "تعاون فورم"),
        event("masks", PartialDate(2020, 4), "to-karachi", "20,000 masks for Karachi",
              "向卡拉奇捐赠2万只口罩", "کراچی کے لیے 20,000 ماسک"),
        event("twinning", PartialDate(2021, 12, 9), "joint", "Sister cities, signed online",
              "云签约结为友好城市", "آن لائن دستخط"),
    ),
)  # fmt: skip
LAST = len(TIMELINE.events) - 1


@pytest.fixture
def strip(qtbot: QtBot) -> Iterator[TimelineStrip]:
    widget = TimelineStrip(TIMELINE)
    widget.animations_enabled = False
    qtbot.addWidget(widget)
    widget.resize(1200, widget.heightForWidth(1200))
    widget.show()
    qtbot.waitExposed(widget)
    yield widget


def centre_x(strip: TimelineStrip, index: int) -> int:
    return strip.marker_rect(index).center().x()


def test_markers_run_in_time_order_and_are_finger_sized(strip: TimelineStrip) -> None:
    xs = [centre_x(strip, i) for i in range(len(TIMELINE.events))]
    assert xs == sorted(xs)
    for index in range(len(TIMELINE.events)):
        assert strip.marker_rect(index).width() >= 48
        assert strip.marker_rect(index).height() >= 48
        assert strip.rect().contains(strip.label_rect(index))


def test_labels_never_overlap(strip: TimelineStrip) -> None:
    rects = [strip.label_rect(i) for i in range(len(TIMELINE.events))]
    for a in range(len(rects)):
        for b in range(a + 1, len(rects)):
            assert not rects[a].intersects(rects[b]), (a, b)


def test_lanes_put_close_events_on_different_rows(strip: TimelineStrip) -> None:
    december, march = strip.marker_rect(1), strip.marker_rect(2)
    assert december.center().y() != march.center().y()


def test_tap_on_a_marker_selects_it(qtbot: QtBot, strip: TimelineStrip) -> None:
    with qtbot.waitSignal(strip.currentChanged) as changed:
        qtbot.mouseClick(strip, Qt.MouseButton.LeftButton, pos=strip.marker_rect(3).center())
    assert changed.args == [3]
    assert strip.current() == 3


def test_tap_anywhere_on_a_label_selects_it(qtbot: QtBot, strip: TimelineStrip) -> None:
    corner = strip.label_rect(4).bottomRight() - QPoint(3, 3)
    qtbot.mouseClick(strip, Qt.MouseButton.LeftButton, pos=corner)
    assert strip.current() == 4


def test_tap_on_empty_space_keeps_the_event(qtbot: QtBot, strip: TimelineStrip) -> None:
    strip.set_current(2)
    empty = QPoint(strip.width() - 5, 5)
    assert all(not strip.label_rect(i).contains(empty) for i in range(5))
    with qtbot.assertNotEmitted(strip.currentChanged):
        qtbot.mouseClick(strip, Qt.MouseButton.LeftButton, pos=empty)
    assert strip.current() == 2


def test_keys_step_jump_and_activate(qtbot: QtBot, strip: TimelineStrip) -> None:
    assert strip.focusPolicy() == Qt.FocusPolicy.StrongFocus
    qtbot.keyClick(strip, Qt.Key.Key_Right)
    assert strip.current() == 1
    qtbot.keyClick(strip, Qt.Key.Key_End)
    assert strip.current() == LAST
    qtbot.keyClick(strip, Qt.Key.Key_Right)  # stays on the last
    assert strip.current() == LAST
    qtbot.keyClick(strip, Qt.Key.Key_Left)
    assert strip.current() == LAST - 1
    qtbot.keyClick(strip, Qt.Key.Key_Home)
    assert strip.current() == 0
    with qtbot.waitSignal(strip.activated) as activated:
        qtbot.keyClick(strip, Qt.Key.Key_Return)
    assert activated.args == [0]


def test_right_to_left_puts_the_earliest_event_at_the_right(
    qtbot: QtBot, strip: TimelineStrip
) -> None:
    strip.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    strip.set_language(Language.UR)
    assert centre_x(strip, 0) > centre_x(strip, LAST)
    xs = [centre_x(strip, i) for i in range(len(TIMELINE.events))]
    assert xs == sorted(xs, reverse=True)
    qtbot.keyClick(strip, Qt.Key.Key_Left)  # towards later events, which lie to the left
    assert strip.current() == 1


def test_a_flick_moves_one_event_and_a_wobble_does_not(qtbot: QtBot, strip: TimelineStrip) -> None:
    strip.set_current(2)
    y = strip.height() - 4  # the axis band, clear of markers
    qtbot.mousePress(strip, Qt.MouseButton.LeftButton, pos=QPoint(600, y))
    qtbot.mouseMove(strip, QPoint(603, y))
    qtbot.mouseRelease(strip, Qt.MouseButton.LeftButton, pos=QPoint(596, y))
    assert strip.current() == 2
    qtbot.mousePress(strip, Qt.MouseButton.LeftButton, pos=QPoint(600, y))
    qtbot.mouseMove(strip, QPoint(500, y))
    qtbot.mouseRelease(strip, Qt.MouseButton.LeftButton, pos=QPoint(450, y))
    assert strip.current() == 3


def test_touch_swipe_counts_only_the_first_finger(qtbot: QtBot, strip: TimelineStrip) -> None:
    device = QTest.createTouchDevice()
    strip.set_current(2)
    y = strip.height() - 4
    QTest.touchEvent(strip, device).press(0, QPoint(600, y), strip).commit()
    QTest.touchEvent(strip, device).stationary(0).press(1, QPoint(900, y), strip).commit()
    QTest.touchEvent(strip, device).stationary(0).move(1, QPoint(100, y), strip).commit()
    QTest.touchEvent(strip, device).stationary(0).release(1, QPoint(80, y), strip).commit()
    QTest.touchEvent(strip, device).release(0, QPoint(602, y), strip).commit()
    assert strip.current() == 2
    QTest.touchEvent(strip, device).press(0, QPoint(600, y), strip).commit()
    QTest.touchEvent(strip, device).move(0, QPoint(500, y), strip).commit()
    QTest.touchEvent(strip, device).release(0, QPoint(400, y), strip).commit()
    assert strip.current() == 3


def test_touch_tap_selects(qtbot: QtBot, strip: TimelineStrip) -> None:
    device = QTest.createTouchDevice()
    target = strip.marker_rect(1).center()
    QTest.touchEvent(strip, device).press(0, target, strip).commit()
    QTest.touchEvent(strip, device).release(0, target, strip).commit()
    assert strip.current() == 1


def test_autoplay_advances_and_any_key_stops_it(qtbot: QtBot, strip: TimelineStrip) -> None:
    strip.start_autoplay(40)
    assert strip.is_autoplaying()
    with qtbot.waitSignal(strip.currentChanged, timeout=2000) as changed:
        pass
    assert changed.args == [1]
    with qtbot.waitSignal(strip.autoplayStopped):
        qtbot.keyClick(strip, Qt.Key.Key_Right)
    assert not strip.is_autoplaying()
    assert strip.current() == 2  # the key still did its job
    assert idle(strip)


def test_autoplay_loops_and_a_touch_stops_it(qtbot: QtBot, strip: TimelineStrip) -> None:
    strip.set_current(LAST)
    strip.start_autoplay(30)
    with qtbot.waitSignal(strip.currentChanged, timeout=2000) as changed:
        pass
    assert changed.args == [0]
    with qtbot.waitSignal(strip.autoplayStopped):
        qtbot.mousePress(strip, Qt.MouseButton.LeftButton, pos=QPoint(5, 5))
    assert not strip.is_autoplaying()


def test_nothing_ticks_while_hidden_or_idle(qtbot: QtBot, strip: TimelineStrip) -> None:
    strip.animations_enabled = True
    strip.start_autoplay(5000)
    strip.set_current(1)
    assert not idle(strip)
    strip.hide()
    assert idle(strip)
    assert strip.is_autoplaying()  # resumes when shown again
    strip.show()
    qtbot.waitExposed(strip)
    assert not idle(strip)
    strip.stop_autoplay()
    qtbot.waitUntil(lambda: idle(strip), timeout=1000)


def test_the_highlight_moves_in_a_short_transition(qtbot: QtBot, strip: TimelineStrip) -> None:
    strip.animations_enabled = True
    strip.set_current(3)
    animations = strip.findChildren(QVariantAnimation)
    running = [a for a in animations if a.state() is QVariantAnimation.State.Running]
    assert len(running) == 1
    assert running[0].duration() <= 250
    qtbot.waitUntil(lambda: idle(strip), timeout=1000)


def idle(strip: TimelineStrip) -> bool:
    animations = strip.findChildren(QVariantAnimation)
    return all(a.state() is QVariantAnimation.State.Stopped for a in animations)


@pytest.mark.parametrize(
    ("language", "description"),
    [
        (Language.EN, "Cooperation forum, 28 March 2019"),
        (Language.ZH, "中巴友好省市合作论坛, 2019年3月28日"),
        (Language.UR, "تعاون فورم, 28 مارچ، 2019"),
    ],
)
def test_the_selection_is_described_for_screen_readers(
    strip: TimelineStrip, language: Language, description: str
) -> None:
    strip.set_language(language)
    strip.set_current(2)
    assert strip.accessibleName() == TIMELINE.title.get(language)
    assert strip.accessibleDescription() == description


def test_the_selection_is_announced_when_a_screen_reader_listens(strip: TimelineStrip) -> None:
    QAccessible.setActive(True)
    try:
        strip.setFocus()
        strip.set_current(3)
        interface = QAccessible.queryAccessibleInterface(strip)
        assert interface.text(QAccessible.Text.Name) == "Friendship timeline"
        assert (
            interface.text(QAccessible.Text.Description) == "20,000 masks for Karachi, April 2020"
        )
    finally:
        QAccessible.setActive(False)


def test_out_of_range_selection_is_refused(strip: TimelineStrip) -> None:
    with pytest.raises(IndexError):
        strip.set_current(len(TIMELINE.events))


def test_height_follows_the_width(strip: TimelineStrip) -> None:
    assert strip.hasHeightForWidth()
    assert strip.heightForWidth(700) >= strip.heightForWidth(1600)
