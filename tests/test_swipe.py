"""Swipe rules: deliberate flicks and long drags navigate; wobbles and second fingers never."""

from __future__ import annotations

import pytest

from kiosk.core.swipe import Sample, Swipe, SwipeTracker, classify, is_tap, release_velocity

WIDTH = 900.0  # a third is 300 px


def track(
    points: list[tuple[float, float, float]], rtl: bool = False, finger: int = 0
) -> tuple[Swipe, bool]:
    """Feed one finger's press, moves and release; return the swipe and whether it tapped."""
    tracker = SwipeTracker()
    (x0, y0, t0), *moves, (x1, y1, t1) = points
    tracker.press(finger, x0, y0, t0)
    for x, y, t in moves:
        tracker.move(finger, x, y, t)
    gesture = tracker.release(finger, x1, y1, t1, WIDTH, rtl)
    assert gesture is not None
    return gesture.swipe, gesture.tap


def test_a_five_pixel_wobble_never_navigates_however_fast() -> None:
    assert track([(400, 300, 0), (405, 301, 2), (395, 299, 4), (400, 300, 6)]) == (Swipe.NONE, True)
    assert track([(400, 300, 0), (395, 300, 5)]) == (Swipe.NONE, True)


def test_a_fast_short_flick_moves_one_event() -> None:
    # 80 px in 60 ms: far less than a third of the width, but 1.3 px/ms.
    flick = [(500, 300, 0), (470, 301, 20), (440, 302, 40), (420, 302, 60)]
    assert track(flick) == (Swipe.NEXT, False)
    back = [(420, 302, 0), (450, 302, 20), (480, 301, 40), (500, 300, 60)]
    assert track(back) == (Swipe.PREVIOUS, False)


def test_a_slow_drag_over_a_third_moves_one_event() -> None:
    drag = [(700 - 35 * i, 300 + i % 3, 200.0 * i) for i in range(11)]  # 350 px in 2 s
    assert track(drag) == (Swipe.NEXT, False)


def test_a_slow_short_drag_snaps_back() -> None:
    drag = [(500 - 12 * i, 300, 100.0 * i) for i in range(11)]  # 120 px in 1 s
    assert track(drag) == (Swipe.NONE, False)


def test_a_drag_that_pauses_before_release_still_counts_when_long_enough() -> None:
    drag = [(700, 300, 0), (380, 300, 400), (380, 300, 900), (379, 300, 1200)]
    assert track(drag) == (Swipe.NEXT, False)


def test_a_long_drag_flicked_back_at_the_end_is_cancelled() -> None:
    drag = [(700, 300, 0), (300, 300, 800), (330, 300, 830), (360, 300, 850)]
    assert track(drag) == (Swipe.NONE, False)


def test_vertical_moves_never_navigate() -> None:
    assert track([(500, 100, 0), (420, 300, 50)]) == (Swipe.NONE, False)
    assert track([(500, 100, 0), (150, 400, 100)]) == (Swipe.NONE, False)


def test_right_to_left_flips_the_direction() -> None:
    leftward = [(500, 300, 0), (420, 300, 60)]
    assert track(leftward, rtl=False)[0] is Swipe.NEXT
    assert track(leftward, rtl=True)[0] is Swipe.PREVIOUS
    rightward = [(420, 300, 0), (500, 300, 60)]
    assert track(rightward, rtl=True)[0] is Swipe.NEXT


def test_a_second_finger_is_ignored() -> None:
    tracker = SwipeTracker()
    tracker.press(1, 400, 300, 0)
    tracker.press(2, 600, 300, 10)  # a second finger lands...
    tracker.move(2, 100, 300, 40)  # ...and flicks across the whole screen
    assert tracker.release(2, 50, 300, 50, WIDTH) is None  # it ends nothing
    assert tracker.active
    gesture = tracker.release(1, 402, 301, 80, WIDTH)
    assert gesture is not None
    assert (gesture.swipe, gesture.tap) == (Swipe.NONE, True)
    assert not tracker.active


def test_a_second_finger_cannot_start_a_gesture_while_the_first_is_down() -> None:
    tracker = SwipeTracker()
    tracker.press(1, 400, 300, 0)
    tracker.press(2, 800, 300, 5)
    tracker.move(1, 300, 300, 40)
    gesture = tracker.release(1, 250, 300, 60, WIDTH)
    assert gesture is not None
    assert gesture.start == Sample(400, 300, 0)
    assert gesture.swipe is Swipe.NEXT


def test_cancel_forgets_the_gesture() -> None:
    tracker = SwipeTracker()
    tracker.press(1, 400, 300, 0)
    tracker.cancel()
    assert tracker.release(1, 100, 300, 30, WIDTH) is None


def test_release_velocity_uses_only_the_last_moments() -> None:
    samples = [Sample(0, 0, 0), Sample(300, 0, 1000), Sample(300, 0, 1050), Sample(310, 0, 1100)]
    assert release_velocity(samples, 100.0) == pytest.approx(10 / 100)
    assert release_velocity([Sample(0, 0, 5), Sample(40, 0, 5)], 100.0) == pytest.approx(40.0)


def test_classify_needs_a_movement() -> None:
    assert classify([Sample(1, 1, 1)], WIDTH) is Swipe.NONE
    assert classify([], WIDTH) is Swipe.NONE
    assert not is_tap([])
