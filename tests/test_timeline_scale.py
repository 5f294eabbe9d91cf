"""The timeline's maths: where dates fall, how labels avoid each other, what a tap hits."""

from __future__ import annotations

import itertools
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kiosk.content.model import PartialDate
from kiosk.core.timeline_scale import (
    MIN_TARGET_PX,
    Box,
    LabelPlacement,
    LabelRequest,
    LabelRules,
    MarkerTarget,
    TimeScale,
    hit_test,
    midpoint,
    period,
    place_labels,
    stack_rows,
)

# The five exchanges of the seed text, in date order.
SEED = [
    PartialDate(2018, 8),
    PartialDate(2018, 12),
    PartialDate(2019, 3, 28),
    PartialDate(2020, 4),
    PartialDate(2021, 12, 9),
]


def ordinal(year: int, month: int = 1, day: int = 1) -> float:
    return float(date(year, month, day).toordinal())


def test_year_precision_covers_the_year_and_sits_mid_year() -> None:
    assert period(PartialDate(2019)) == (ordinal(2019), ordinal(2020))
    assert midpoint(PartialDate(2019)) == ordinal(2019) + 365 / 2


def test_month_precision_covers_the_month_and_sits_mid_month() -> None:
    assert period(PartialDate(2018, 8)) == (ordinal(2018, 8), ordinal(2018, 9))
    assert midpoint(PartialDate(2018, 8)) == ordinal(2018, 8) + 31 / 2
    assert period(PartialDate(2021, 12)) == (ordinal(2021, 12), ordinal(2022, 1))


def test_day_precision_sits_at_noon_of_the_day() -> None:
    assert period(PartialDate(2019, 3, 28)) == (ordinal(2019, 3, 28), ordinal(2019, 3, 29))
    assert midpoint(PartialDate(2021, 12, 9)) == ordinal(2021, 12, 9) + 0.5


def test_fit_puts_the_span_of_events_inside_the_padding() -> None:
    scale = TimeScale.fit(SEED, 100.0, 1100.0, padding=20.0)
    assert scale.x(ordinal(2018, 8)) == pytest.approx(120.0)
    assert scale.x(ordinal(2021, 12, 10)) == pytest.approx(1080.0)


def test_dates_map_to_the_right_x_at_each_precision() -> None:
    scale = TimeScale.fit(SEED, 0.0, 1000.0)
    per_day = 1000.0 / (ordinal(2021, 12, 10) - ordinal(2018, 8))
    assert scale.position(SEED[0]) == pytest.approx(15.5 * per_day)  # mid-August
    assert scale.position(SEED[2]) == pytest.approx(
        (ordinal(2019, 3, 28) + 0.5 - ordinal(2018, 8)) * per_day
    )
    low, high = scale.span(SEED[1])  # all of December 2018
    assert (low, high) == pytest.approx(
        (
            (ordinal(2018, 12) - ordinal(2018, 8)) * per_day,
            (ordinal(2019) - ordinal(2018, 8)) * per_day,
        )
    )
    assert scale.day(scale.position(SEED[3])) == pytest.approx(midpoint(SEED[3]))


def test_right_to_left_mirrors_the_axis() -> None:
    ltr = TimeScale.fit(SEED, 50.0, 950.0, padding=10.0)
    rtl = TimeScale.fit(SEED, 50.0, 950.0, padding=10.0, rtl=True)
    for value in SEED:
        assert rtl.position(value) == pytest.approx(1000.0 - ltr.position(value))
    assert rtl.position(SEED[0]) > rtl.position(SEED[-1])  # earliest at the right
    assert rtl.span(SEED[1])[0] < rtl.span(SEED[1])[1]
    assert rtl.day(rtl.position(SEED[2])) == pytest.approx(midpoint(SEED[2]))


def test_month_and_year_ticks() -> None:
    scale = TimeScale.fit(SEED, 0.0, 1000.0)
    months = scale.month_ticks()
    assert (months[0].year, months[0].month) == (2018, 8)
    assert months[0].x == pytest.approx(0.0)
    assert (months[-1].year, months[-1].month) == (2021, 12)
    assert len(months) == 5 + 12 * 3  # Aug-Dec 2018, then three whole years
    assert all(a.x < b.x for a, b in itertools.pairwise(months))
    assert [t.year for t in scale.year_ticks()] == [2019, 2020, 2021]
    rtl = TimeScale.fit(SEED, 0.0, 1000.0, rtl=True)
    assert all(a.x > b.x for a, b in itertools.pairwise(rtl.month_ticks()))


def test_year_spans_cover_the_visible_part_of_each_year() -> None:
    scale = TimeScale.fit(SEED, 0.0, 1000.0)
    spans = scale.year_spans()
    assert [year for year, _, _ in spans] == [2018, 2019, 2020, 2021]
    assert spans[0][1] == pytest.approx(0.0)
    assert spans[0][2] == pytest.approx(scale.x(ordinal(2019)))
    assert spans[-1][2] == pytest.approx(1000.0)


def rules(**overrides: float | bool) -> LabelRules:
    values: dict[str, float | bool] = {"low": 0.0, "high": 1000.0, "clearance": 10.0, "gap": 8.0}
    values.update(overrides)
    return LabelRules(**values)  # type: ignore[arg-type]


def test_a_label_runs_forward_in_time_from_its_marker() -> None:
    (ltr,) = place_labels([LabelRequest(0, 300.0, 0, 200.0)], rules())
    assert (ltr.tier, ltr.left, ltr.right) == (0, 310.0, 510.0)
    (rtl,) = place_labels([LabelRequest(0, 300.0, 0, 200.0)], rules(rtl=True))
    assert (rtl.tier, rtl.left, rtl.right) == (0, 90.0, 290.0)


def test_a_label_at_the_edge_turns_back_instead_of_leaving_the_strip() -> None:
    (placed,) = place_labels([LabelRequest(0, 950.0, 0, 200.0)], rules())
    assert (placed.tier, placed.right) == (0, 940.0)


def test_close_events_in_one_lane_do_not_overlap_or_hide_markers() -> None:
    # December 2018 and March 2019 are about 100 px apart at kiosk widths.
    requests = [LabelRequest(0, 300.0, 0, 220.0), LabelRequest(1, 400.0, 0, 220.0)]
    first, second = place_labels(requests, rules())
    assert first.tier == second.tier == 0
    assert first.right < 300.0  # turned back so it does not cover the second marker
    assert second.left > 400.0
    assert not _overlap(first, second)


def test_labels_stack_into_a_tier_when_both_sides_are_taken() -> None:
    requests = [
        LabelRequest(0, 100.0, 0, 150.0),
        LabelRequest(1, 300.0, 0, 150.0),
        LabelRequest(2, 330.0, 0, 150.0),
    ]
    placed = place_labels(requests, rules())
    # Forward would cover the marker at 330, backward would overlap the first label.
    assert [p.tier for p in placed] == [0, 1, 0]
    assert placed[1].left <= 300.0 <= placed[1].right  # its stem reaches it


def test_a_label_takes_its_widest_wrapping_that_fits() -> None:
    # One line (400 px) would run into the next marker; two lines (180 px) fit before it.
    requests = [
        LabelRequest(0, 100.0, 0, 400.0, (180.0, 120.0)),
        LabelRequest(1, 400.0, 0, 150.0),
    ]
    first, second = place_labels(requests, rules())
    assert (first.tier, first.choice, first.right) == (0, 1, 290.0)
    assert (second.tier, second.left) == (0, 410.0)
    alone = place_labels(requests[:1], rules())[0]
    assert (alone.tier, alone.choice) == (0, 0)


def test_a_label_narrows_to_leave_the_next_one_room_on_the_track() -> None:
    # Right to left: the earlier label runs leftwards; at its widest it would leave the
    # last event (at the left edge) no room but a stacked tier.
    requests = [
        LabelRequest(0, 700.0, 0, 600.0, (300.0,)),
        LabelRequest(1, 60.0, 0, 280.0),
    ]
    first, second = place_labels(requests, rules(rtl=True))
    assert (first.tier, first.choice) == (0, 1)
    assert second.tier == 0


def test_labels_in_different_rows_do_not_interact() -> None:
    requests = [LabelRequest(0, 300.0, 0, 220.0), LabelRequest(1, 310.0, 1, 220.0)]
    first, second = place_labels(requests, rules())
    assert (first.left, second.left) == (310.0, 320.0)


@given(
    st.lists(
        st.tuples(st.floats(0, 1000), st.integers(0, 2), st.floats(40, 300)),
        min_size=1,
        max_size=12,
    )
)
def test_no_two_labels_in_a_row_and_tier_ever_overlap(
    items: list[tuple[float, int, float]],
) -> None:
    requests = [LabelRequest(i, x, row, w) for i, (x, row, w) in enumerate(sorted(items))]
    placed = place_labels(requests, rules())
    for a in placed:
        for b in placed:
            if a is not b and a.row == b.row and a.tier == b.tier:
                assert not _overlap(a, b)


def _overlap(a: LabelPlacement, b: LabelPlacement) -> bool:
    return a.left < b.right and b.left < a.right


def test_rows_grow_with_their_tiers() -> None:
    placed = [LabelPlacement(0, 0, 0, 0, 100), LabelPlacement(1, 1, 1, 0, 100)]
    rows = stack_rows(placed, [60.0, 50.0], 3, top=10.0, tier_gap=5.0, padding=4.0)
    assert rows[0].top == 10.0
    assert rows[0].bottom - rows[0].top == pytest.approx(60 + 8)
    assert rows[1].bottom - rows[1].top == pytest.approx(2 * 50 + 5 + 8)
    assert rows[2].bottom - rows[2].top == pytest.approx(MIN_TARGET_PX + 8)  # empty lane
    box = rows[1].label_box(placed[1], 50.0)
    assert box.bottom < rows[1].track  # a stacked label hangs above its track


def test_a_tap_near_a_marker_hits_it_with_a_finger_sized_area() -> None:
    targets = [MarkerTarget(0, 100.0, 100.0, radius=6.0)]
    assert hit_test(targets, 100.0, 100.0) == 0
    assert hit_test(targets, 100.0 + 23.0, 100.0 - 23.0) == 0  # inside the 48 px square
    assert hit_test(targets, 100.0 + 30.0, 100.0) is None


def test_the_whole_label_is_tappable() -> None:
    label = Box(110.0, 80.0, 400.0, 130.0)
    targets = [MarkerTarget(0, 100.0, 100.0, 6.0, label)]
    assert hit_test(targets, 390.0, 125.0) == 0


def test_overlapping_hit_areas_pick_the_nearest_marker() -> None:
    targets = [MarkerTarget(0, 100.0, 100.0, 6.0), MarkerTarget(1, 130.0, 100.0, 6.0)]
    assert hit_test(targets, 112.0, 100.0) == 0
    assert hit_test(targets, 119.0, 100.0) == 1


def test_a_tap_on_a_label_beats_a_neighbour_whose_square_reaches_it() -> None:
    first = MarkerTarget(0, 100.0, 100.0, 6.0, Box(60.0, 80.0, 118.0, 130.0))
    second = MarkerTarget(1, 140.0, 100.0, 6.0, Box(150.0, 80.0, 300.0, 130.0))
    assert hit_test([first, second], 117.0, 120.0) == 0  # on the label, within 48 px of 1
    assert hit_test([first, second], 140.0, 100.0) == 1


def test_box_distance() -> None:
    box = Box(0.0, 0.0, 10.0, 10.0)
    assert box.distance(5.0, 5.0) == 0.0
    assert box.distance(13.0, 14.0) == pytest.approx(5.0)
    assert box.overlaps(Box(9.0, 9.0, 20.0, 20.0))
    assert not box.overlaps(Box(11.0, 0.0, 20.0, 10.0))
