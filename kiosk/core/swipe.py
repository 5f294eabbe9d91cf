"""Deciding whether a finger's movement was a swipe to the next or previous item, or nothing.

Touch timelines are notorious for jumping on a trembling finger or on a second hand resting
on the screen. The rules here are deliberately conservative:

* Only the **first finger** counts. Points pressed while it is down are ignored, and the
  gesture ends when the first finger lifts.
* A **flick** moves one item: the finger's speed over its last
  :attr:`SwipeRules.velocity_window_ms` is at least :attr:`SwipeRules.flick_velocity`
  (0.45 px/ms = 450 px/s, a brisk but not frantic flick) *and* it travelled at least
  :attr:`SwipeRules.min_distance` (32 px) horizontally. The distance floor is what keeps a
  fast 5 px twitch from counting.
* A **drag** moves one item when it travelled at least a third of the width
  (:attr:`SwipeRules.drag_fraction`), however slowly, unless the finger flicked back at
  the end (the visitor changed their mind).
* The movement must be **horizontal**: ``|dx| >= 1.5 * |dy|`` (within about 34 degrees of
  the horizontal, :attr:`SwipeRules.dominance`), so vertical scrolling never turns a page.
* Anything else is **nothing**, and a press that stayed within
  :attr:`SwipeRules.tap_slop` (16 px) is a **tap**.

Direction: moving the finger towards the start of the reading direction pulls the next
item in. Left-to-right, a leftward swipe is NEXT; right-to-left it is PREVIOUS.

Times are in milliseconds, positions in logical pixels.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from enum import Enum


class Swipe(Enum):
    NEXT = "next"
    PREVIOUS = "previous"
    NONE = "none"


@dataclass(frozen=True)
class Sample:
    """Where the first finger was, and when (ms)."""

    x: float
    y: float
    t: float


@dataclass(frozen=True)
class SwipeRules:
    """Thresholds for :func:`classify`; the module docstring explains each."""

    flick_velocity: float = 0.45  # px/ms
    velocity_window_ms: float = 100.0
    min_distance: float = 32.0  # px, for flicks and as a floor for drags
    drag_fraction: float = 1.0 / 3.0  # of the width
    dominance: float = 1.5  # |dx| must be at least this times |dy|
    tap_slop: float = 16.0  # px a tap may wander


DEFAULT_RULES = SwipeRules()


def release_velocity(samples: Sequence[Sample], window_ms: float) -> float:
    """Horizontal speed (px/ms) over the last ``window_ms`` before the final sample."""
    last = samples[-1]
    first = samples[-2] if len(samples) > 1 else last
    for sample in reversed(samples[:-1]):
        if last.t - sample.t > window_ms:
            break
        first = sample
    elapsed = max(last.t - first.t, 1.0)  # equal timestamps: treat as one millisecond
    return (last.x - first.x) / elapsed


def classify(
    samples: Sequence[Sample], width: float, rtl: bool = False, rules: SwipeRules = DEFAULT_RULES
) -> Swipe:
    """Decide what a finished first-finger gesture (press ... release) asks for."""
    if len(samples) < 2:
        return Swipe.NONE
    dx = samples[-1].x - samples[0].x
    dy = samples[-1].y - samples[0].y
    if abs(dx) < rules.min_distance or abs(dx) < rules.dominance * abs(dy):
        return Swipe.NONE
    velocity = release_velocity(samples, rules.velocity_window_ms)
    flicked = abs(velocity) >= rules.flick_velocity
    same_way = (velocity > 0) == (dx > 0)
    dragged = abs(dx) >= rules.drag_fraction * width
    if not ((flicked and same_way) or (dragged and (same_way or not flicked))):
        return Swipe.NONE
    leftward = dx < 0
    return Swipe.NEXT if leftward != rtl else Swipe.PREVIOUS


def is_tap(samples: Sequence[Sample], rules: SwipeRules = DEFAULT_RULES) -> bool:
    """Whether the finger stayed close enough to where it pressed to count as a tap."""
    if not samples:
        return False
    start = samples[0]
    return all(
        abs(s.x - start.x) <= rules.tap_slop and abs(s.y - start.y) <= rules.tap_slop
        for s in samples
    )


@dataclass(frozen=True)
class Gesture:
    """What a finished gesture was: a swipe (or none) and whether it was a tap."""

    swipe: Swipe
    tap: bool
    start: Sample


@dataclass
class SwipeTracker:
    """Follows the first finger of a touch sequence (or the mouse) and classifies it.

    Feed it every point event; ids other than the first pressed one are ignored, so a
    second finger or a resting palm cannot navigate.
    """

    rules: SwipeRules = DEFAULT_RULES
    _finger: int | None = None
    _samples: list[Sample] = field(default_factory=list)

    @property
    def active(self) -> bool:
        return self._finger is not None

    def press(self, point_id: int, x: float, y: float, t: float) -> None:
        if self._finger is None:
            self._finger = point_id
            self._samples = [Sample(x, y, t)]

    def move(self, point_id: int, x: float, y: float, t: float) -> None:
        if point_id == self._finger:
            self._samples.append(Sample(x, y, t))

    def release(
        self, point_id: int, x: float, y: float, t: float, width: float, rtl: bool = False
    ) -> Gesture | None:
        """The finished gesture when the first finger lifts; ``None`` for other fingers."""
        if point_id != self._finger:
            return None
        samples = [*self._samples, Sample(x, y, t)]
        self.cancel()
        return Gesture(classify(samples, width, rtl, self.rules), is_tap(samples), samples[0])

    def cancel(self) -> None:
        self._finger = None
        self._samples = []
