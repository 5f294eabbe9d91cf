"""The interactive timeline: lanes of event markers over a dated axis, driven by touch.

Tap a marker (its dot or anywhere on its label), swipe with one finger, or use the keys;
autoplay steps through the events for the attract loop until a visitor touches. Geometry is
cached per width (:mod:`~kiosk.ui.widgets.timeline_layout`) and the static layer as a
pixmap (:mod:`~kiosk.ui.widgets.timeline_painter`), so a selection change or a
full repaint stays well inside one 60 Hz frame, and nothing ticks while nothing moves.
"""

from __future__ import annotations

import os
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtCore import (
    QEasingCurve,
    QEvent,
    QPointF,
    QRect,
    QRectF,
    QSize,
    Qt,
    QTimer,
    QVariantAnimation,
    Signal,
)
from PySide6.QtGui import (
    QAccessible,
    QAccessibleAnnouncementEvent,
    QAccessibleEvent,
    QColor,
    QGuiApplication,
    QHideEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPixmap,
    QRegion,
    QResizeEvent,
    QShowEvent,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from kiosk.content.model import Timeline
from kiosk.core.languages import FALLBACK, Language
from kiosk.core.swipe import Gesture, Swipe
from kiosk.core.timeline_scale import hit_test
from kiosk.ui.date_format import format_partial_date
from kiosk.ui.palette import PaletteWatch
from kiosk.ui.palette import current as current_palette
from kiosk.ui.widgets.item_proxy import ItemChoices, ItemProxy, finger_sized
from kiosk.ui.widgets.swipe_input import TOUCH_EVENTS, SwipeInput
from kiosk.ui.widgets.timeline_layout import HALO, Fonts, Geometry, build_geometry
from kiosk.ui.widgets.timeline_painter import (
    PaintState,
    paint_dynamic,
    paint_emphasised,
    paint_static,
)

# "1" switches the highlight transition off: tests, and installations asking for less motion.
NO_ANIMATIONS_ENV = "KIOSK_NO_ANIMATIONS"
TRANSITION_MS = 220
DEFAULT_INTERVAL_MS = 6000


def animations_wanted() -> bool:
    """Whether transitions should play: not when switched off, nor when nobody can watch.

    Offscreen rendering (tests, ``kiosk shot``) paints the final state at once, so a
    screenshot taken right after a selection shows the selection, not a frame of its fade.
    """
    if os.environ.get(NO_ANIMATIONS_ENV, "") == "1":
        return False
    return QGuiApplication.platformName() != "offscreen"


@dataclass
class _Cached:
    """One width's geometry and its painted layers, drawn on first use."""

    geometry: Geometry
    ratio: float = 1.0
    static: QPixmap | None = None  # background, lanes, axis and markers at rest
    labels: dict[int, QPixmap] = field(default_factory=dict)  # labels as when selected


class TimelineStrip(QWidget):
    """Tap, swipe or key through a timeline's events; one is always current."""

    currentChanged = Signal(int)
    activated = Signal(int)  # Enter on the current event, or a tap on it
    autoplayStopped = Signal()

    def __init__(self, timeline: Timeline, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._timeline = timeline
        self._language = FALLBACK
        self._current = 0
        self._previous = 0
        self._t = 1.0  # highlight transition, 0 = on the previous marker, 1 = arrived
        self._progress = 0.0  # autoplay: share of the interval elapsed
        self._autoplaying = False
        self._cache: OrderedDict[int, _Cached] = OrderedDict()  # per width
        self._font_cache: Fonts | None = None
        self._swipes = SwipeInput(self, self._finish, on_touch=self._taken_over)
        self._palette = PaletteWatch()
        self.animations_enabled = animations_wanted()
        self._transition = self._animation(TRANSITION_MS, self._on_transition)
        self._transition.setEasingCurve(QEasingCurve.Type.OutCubic)
        self._clock = self._animation(DEFAULT_INTERVAL_MS, self._on_clock)
        self._clock.finished.connect(self._advance)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        # Each marker as a named, focusable item for the keyboard and screen readers.
        self._items = ItemChoices(self, len(timeline.events), self._item_pressed)
        self._items.choose(0 if timeline.events else None)
        # The items follow the layout once it is built (after a resize, a new language or
        # font), on the next turn of the event loop rather than measuring text twice.
        self._place_timer = QTimer(self)
        self._place_timer.setSingleShot(True)
        self._place_timer.timeout.connect(self._place_items)
        self.set_language(FALLBACK)

    def _animation(self, duration: int, slot: Callable[[float], None]) -> QVariantAnimation:
        animation = QVariantAnimation(self)
        animation.setStartValue(0.0)
        animation.setEndValue(1.0)
        animation.setDuration(duration)
        animation.valueChanged.connect(slot)
        return animation

    # -- public API ------------------------------------------------------------------------

    def set_language(self, language: Language) -> None:
        """Relabel markers, axis and lanes in ``language``."""
        self._language = language
        self.setAccessibleName(self._timeline.title.get(language))
        for index in range(len(self._timeline.events)):
            self._items.describe(index, self.describe(index))
        self._invalidate()
        self._announce()

    def current(self) -> int:
        return self._current if self._timeline.events else -1

    def set_current(self, index: int) -> None:
        """Select event ``index`` (date order); emits ``currentChanged`` when it changes."""
        if not 0 <= index < len(self._timeline.events):
            raise IndexError(f"no event {index} in a timeline of {len(self._timeline.events)}")
        if index == self._current:
            return
        # An interrupted transition leaves its old marker half faded: repaint it too.
        stale = (self._previous,) if self._t < 1.0 else ()
        self._previous, self._current = self._current, index
        self._progress = 0.0
        self._start_transition(*stale)
        self._items.choose(index)
        if self._autoplaying and self._clock.state() is self._clock.State.Running:
            self._clock.start()  # a new event gets the full interval
        self._announce()
        self.currentChanged.emit(index)

    def marker_rect(self, index: int) -> QRect:
        """The marker's finger-sized hit square (at least 48 px)."""
        square = self._geometry().targets[index].areas()[0]
        corners = QPointF(square.left, square.top), QPointF(square.right, square.bottom)
        return QRectF(*corners).toAlignedRect()

    def label_rect(self, index: int) -> QRect:
        """The marker's label box, tappable as a whole."""
        return self._geometry().markers[index].label.toAlignedRect()

    def item(self, index: int) -> ItemProxy:
        """Marker ``index`` as an accessible, focusable item over its label."""
        return self._items.items[index]

    def describe(self, index: int) -> str:
        """Screen-reader text for an event: its title and its date at the known precision."""
        event = self._timeline.events[index]
        date = format_partial_date(event.date, self._language)
        return f"{event.title.get(self._language)}, {date}"

    def start_autoplay(self, interval_ms: int = DEFAULT_INTERVAL_MS) -> None:
        """Advance one event every ``interval_ms``, looping, until a touch or key."""
        self._clock.setDuration(max(interval_ms, 1))
        self._autoplaying = True
        self._progress = 0.0
        if self.isVisible():
            self._clock.start()

    def stop_autoplay(self) -> None:
        """Stop advancing; emits ``autoplayStopped`` if autoplay was on."""
        if not self._autoplaying:
            return
        self._autoplaying = False
        self._clock.stop()
        self._progress = 0.0
        self.update()
        self.autoplayStopped.emit()

    def is_autoplaying(self) -> bool:
        return self._autoplaying

    def prepare(self, index: int) -> None:
        """Draw what selecting ``index`` will show, ahead of time, when idle."""
        if self.isVisible() and 0 <= index < len(self._timeline.events):
            self._static_layer()
            self._emphasised(index)

    # -- Qt overrides ----------------------------------------------------------------------

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._geometry(width).height

    def sizeHint(self) -> QSize:
        width = max(self.width(), 640)
        return QSize(width, self.heightForWidth(width))

    def minimumSizeHint(self) -> QSize:
        # The height at the width we have, not at the narrowest width: a narrow strip stacks
        # its labels and is much taller, and would make every enclosing layout too tall.
        return QSize(320, self.heightForWidth(max(self.width(), 320)))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.oldSize().width() != event.size().width():
            self.updateGeometry()  # the height (and minimum height) depend on the width
        self._place_timer.start(0)

    def changeEvent(self, event: QEvent) -> None:
        kinds = {QEvent.Type.FontChange, QEvent.Type.LayoutDirectionChange}
        if event.type() in kinds:
            self._invalidate()
        elif event.type() == QEvent.Type.StyleChange and self._palette.changed():
            self._invalidate()  # the lanes' colours and every painted layer follow the theme
        super().changeEvent(event)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._place_timer.start(0)
        if self._autoplaying and self._clock.state() is not self._clock.State.Running:
            self._clock.start()

    def hideEvent(self, event: QHideEvent) -> None:
        # Nothing ticks while nobody can see it: the kiosk idles at zero CPU.
        self._clock.stop()
        self._transition.stop()
        self._t = 1.0
        super().hideEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        self.stop_autoplay()
        later, earlier = Qt.Key.Key_Right.value, Qt.Key.Key_Left.value
        if self.isRightToLeft():  # time runs leftwards, and so do the arrow keys
            later, earlier = earlier, later
        last = len(self._timeline.events) - 1
        moves = {
            later: self._current + 1,
            earlier: self._current - 1,
            Qt.Key.Key_Home.value: 0,
            Qt.Key.Key_End.value: last,
        }
        activate = {Qt.Key.Key_Return.value, Qt.Key.Key_Enter.value, Qt.Key.Key_Space.value}
        if event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            super().keyPressEvent(event)  # Alt+Left and the like belong to someone else
        elif event.key() in moves and last >= 0:
            self.set_current(max(0, min(last, moves[event.key()])))
        elif event.key() in activate and last >= 0:
            self.activated.emit(self._current)
        else:
            super().keyPressEvent(event)

    def event(self, event: QEvent) -> bool:
        if event.type() in TOUCH_EVENTS and (handled := self._swipes.event(event)) is not None:
            return handled
        return super().event(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() is Qt.MouseButton.LeftButton:
            self.stop_autoplay()
            self.setFocus(Qt.FocusReason.MouseFocusReason)
        self._swipes.mouse_press(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        self._swipes.mouse_move(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        self._swipes.mouse_release(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        geometry = self._geometry()
        state = PaintState(
            self._current,
            self._previous,
            self._t,
            self._progress if self._autoplaying else None,
            self.hasFocus(),
            self.isRightToLeft(),
        )
        with QPainter(self) as painter:
            painter.drawPixmap(0, 0, self._static_layer())
            if self.height() > geometry.height:
                below = QRect(0, geometry.height, self.width(), self.height() - geometry.height)
                painter.fillRect(below, QColor(current_palette().background))
            paint_dynamic(painter, geometry, state, self._fonts(), self._emphasised)

    # -- input -----------------------------------------------------------------------------

    def _taken_over(self) -> None:
        """A finger on the strip: the visitor steers now, and the keys follow the strip."""
        self.stop_autoplay()
        self.setFocus(Qt.FocusReason.OtherFocusReason)

    def _finish(self, gesture: Gesture | None) -> None:
        if gesture is None:
            return
        step = {Swipe.NEXT: 1, Swipe.PREVIOUS: -1}.get(gesture.swipe, 0)
        if step:
            last = len(self._timeline.events) - 1
            self.set_current(max(0, min(last, self._current + step)))
        elif gesture.tap:
            index = hit_test(self._geometry().targets, gesture.start.x, gesture.start.y)
            if index is not None and index == self._current:
                self.activated.emit(index)
            elif index is not None:
                self.set_current(index)

    # -- animation -------------------------------------------------------------------------

    def _start_transition(self, *stale: int) -> None:
        self._transition.stop()
        if self.animations_enabled and self.isVisible():
            self._t = 0.0
            self._transition.start()
        else:
            self._t = 1.0
        self._update_selection(*stale)

    def _on_transition(self, value: float) -> None:
        self._t = float(value)
        self._update_selection()

    def _update_selection(self, *others: int) -> None:
        """Repaint only what the selection touches: two markers, their guides, the axis.

        A full repaint blits the whole static layer; this keeps a selection, and every
        frame of its transition, to a few small rectangles.
        """
        if not self._timeline.events or not self.isVisible():
            return  # nothing to repaint; and no layout for a width the strip lacks yet
        geometry, fonts = self._geometry(), self._fonts()
        ring = 1.5 * HALO * fonts.base + 4
        region = QRegion()
        spans: list[float] = []
        for index in {self._previous, self._current, *others}:
            marker = geometry.markers[index]
            dot = marker.dot
            region += marker.label.adjusted(-8, -8, 8, 8).toAlignedRect()
            region += QRectF(dot.x() - ring, dot.y() - ring, 2 * ring, 2 * ring).toAlignedRect()
            region += QRectF(dot.x() - 4, dot.y(), 8, geometry.axis_y - dot.y()).toAlignedRect()
            spans.extend(marker.span)
        axis = QRectF(min(spans) - 8, geometry.axis_y - 6, max(spans) - min(spans) + 16, 12)
        self.update(region + axis.toAlignedRect())

    def _on_clock(self, value: float) -> None:
        self._progress = float(value)
        if self._timeline.events:
            # Only the progress bar changes: repaint just the current label.
            self.update(self._geometry().markers[self._current].label.toAlignedRect())

    def _advance(self) -> None:
        if not self._autoplaying or not self._timeline.events:
            return
        self.set_current((self._current + 1) % len(self._timeline.events))
        self._progress = 0.0
        if self.isVisible():
            self._clock.start()

    def _announce(self) -> None:
        if not self._timeline.events:
            return
        described = self.describe(self._current)
        self.setAccessibleDescription(described)
        if QAccessible.isActive():
            kind = QAccessible.Event.Focus if self.hasFocus() else QAccessible.Event.NameChanged
            QAccessible.updateAccessibility(QAccessibleEvent(self, kind))
            # Said aloud even when focus is elsewhere (autoplay, the card's buttons).
            QAccessible.updateAccessibility(QAccessibleAnnouncementEvent(self, described))

    def release_render_cache(self) -> None:
        """Forget the painted layers (memory measurements call this; painted again on use)."""
        self._cache.clear()
        self.update()

    # -- geometry --------------------------------------------------------------------------

    def _invalidate(self) -> None:
        self._cache.clear()
        self._font_cache = None
        self.updateGeometry()
        self.update()
        self._place_timer.start(0)

    def _place_items(self) -> None:
        """Each marker's item over its label, at least a finger's size."""
        if not self.isVisible() or self.width() <= 0:
            return
        for index in range(len(self._items)):
            self._items.place(index, finger_sized(self.label_rect(index)))

    def _item_pressed(self, index: int) -> None:
        """A screen reader pressed a marker's item: as a tap on the marker."""
        self.stop_autoplay()
        if index == self._current:
            self.activated.emit(index)
        else:
            self.set_current(index)

    def _fonts(self) -> Fonts:
        if self._font_cache is None:
            self._font_cache = Fonts.from_font(self.font())
        return self._font_cache

    def _cached(self, width: int | None = None) -> _Cached:
        width = self.width() if width is None else width
        found = self._cache.get(width)
        if found is None:
            geometry = build_geometry(
                self._timeline, self._language, self._fonts(), width, self.isRightToLeft()
            )
            found = self._cache[width] = _Cached(geometry)
            # A few widths: layouts probe some, and a page's scroll bar coming and going
            # flips between two; each keeps its painted layers.
            while len(self._cache) > 4:
                self._cache.popitem(last=False)
        else:
            self._cache.move_to_end(width)
        return found

    def _geometry(self, width: int | None = None) -> Geometry:
        return self._cached(width).geometry

    def _static_layer(self) -> QPixmap:
        cached, ratio = self._cached(), self.devicePixelRatioF()
        if cached.static is None or cached.ratio != ratio:
            rtl = self.isRightToLeft()
            cached.static = paint_static(cached.geometry, self._fonts(), rtl, self.width(), ratio)
            cached.ratio = ratio
            cached.labels.clear()
            # Pixmaps are a few MB at kiosk widths: keep them for this width and the one
            # before (a page's scroll bar flips between two), not for every width probed.
            painted = [c for c in self._cache.values() if c.static is not None]
            for stale in painted[:-2]:
                stale.static = None
                stale.labels.clear()
        return cached.static

    def _emphasised(self, index: int) -> QPixmap:
        """The selected look of marker ``index``'s label, drawn on first use."""
        cached = self._cached()
        if index not in cached.labels:
            marker, rtl = cached.geometry.markers[index], self.isRightToLeft()
            cached.labels[index] = paint_emphasised(marker, self._fonts(), rtl, cached.ratio)
        return cached.labels[index]
