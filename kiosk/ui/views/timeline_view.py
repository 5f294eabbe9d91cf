"""Timeline: the exchanges between the cities as a strip of markers and a story card.

The strip selects an event and the card tells its story; taps, swipes (on either), the
card's buttons, the keys and autoplay all move the same selection, so the two never
disagree. The keys work wherever focus is inside this view and nowhere else.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QEasingCurve,
    QEvent,
    QObject,
    QPoint,
    QRect,
    Qt,
    QTimer,
    QVariantAnimation,
    Signal,
)
from PySide6.QtGui import QHideEvent, QKeyEvent, QPainter, QShowEvent
from PySide6.QtWidgets import QGraphicsEffect, QWidget

from kiosk.content.model import Source, Timeline
from kiosk.core.languages import Language
from kiosk.ui.views.scroll_page import ScrollPage
from kiosk.ui.widgets.plain_label import PlainLabel
from kiosk.ui.widgets.story_card import StoryCard
from kiosk.ui.widgets.timeline_strip import (
    DEFAULT_INTERVAL_MS,
    TRANSITION_MS,
    TimelineStrip,
    animations_wanted,
)

SLIDE_PX = 32  # how far the new story travels in as it fades in
_STOPPING = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.TouchBegin,
    QEvent.Type.Wheel,
}
_STEPS = {Qt.Key.Key_Left.value: -1, Qt.Key.Key_Right.value: 1}
_JUMPS = {Qt.Key.Key_Home.value: 0, Qt.Key.Key_End.value: -1}
_OPEN = {Qt.Key.Key_Return.value, Qt.Key.Key_Enter.value}


class TimelineView(ScrollPage):
    """The strip selects an event; the card tells its story; both stay in step."""

    prepared = Signal()  # every event is painted ahead for the current language and width
    # The id of the event whose story the card now shows: selected, or re-shown in a new
    # language (then the same id again).
    eventShown = Signal(str)

    def __init__(
        self, timeline: Timeline, sources: dict[str, Source], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._timeline = timeline
        self._language = Language.EN
        self._shown = -1
        self._title = PlainLabel("ViewTitle", self)
        self._strip = TimelineStrip(timeline, self)
        self._card = StoryCard(sources, self)
        self._card.keep_room_for(timeline.events)
        # Tighter than other pages below the title: Urdu's tall lines then fit the whole
        # timeline and the longest story on a 1920x1080 screen without scrolling.
        self.column().setSpacing(12)
        margins = self.column().contentsMargins()
        margins.setBottom(20)
        self.column().setContentsMargins(margins)
        self.column().addWidget(self._title)
        self.column().addWidget(self._strip)
        self.column().addWidget(self._card, 1)
        self.column().addStretch(0)  # what a portrait page has beyond the card's greatest height
        self.animations_enabled = animations_wanted()
        self._arrival = _Arrival(self._card.content)
        # After a language change, every event's story and label is painted one per turn
        # of the event loop, so a first tap costs a blit, not shaping text. It stops when
        # done: nothing ticks at idle.
        self._warm_next = 0
        self._warmed: tuple[Language, int] | None = None
        self._warm_timer = QTimer(self)
        self._warm_timer.setSingleShot(True)
        self._warm_timer.timeout.connect(self._warm_one)
        self._strip.currentChanged.connect(self._show_current)
        # A tap on the current marker brings its story into view (a finger focuses nothing).
        self._strip.activated.connect(lambda: self.ensureWidgetVisible(self._card, 0, 0))
        self._card.stepRequested.connect(self.step)
        # A visitor touching the card takes over from the attract loop's autoplay.
        self._card.touched.connect(self.stop_autoplay)
        self.setFocusProxy(self._strip)
        # Everything that takes input in the view, so keys are scoped to it and any touch,
        # click, wheel or key here stops autoplay (a press on a label reaches the card).
        buttons = (self._card.previous_button, self._card.next_button)
        for widget in (self.viewport(), self._strip, self._card, *buttons):
            widget.installEventFilter(self)

    @property
    def strip(self) -> TimelineStrip:
        return self._strip

    @property
    def card(self) -> StoryCard:
        return self._card

    # -- the kiosk's interface -------------------------------------------------------------

    def set_language(self, language: Language) -> None:
        self._language = language
        self._warmed = None
        self._title.set_content(self._timeline.title.get(language))
        self._strip.set_language(language)
        self._show_current(self._strip.current(), animate=False)
        self._warm_up()

    def reset(self) -> None:
        """Back to the start: autoplay off, the first event, scrolled to the top."""
        self.stop_autoplay()
        if self._timeline.events:
            self._strip.set_current(0)
        self._arrival.finish()
        self.reset_scroll()

    def select(self, item_id: str) -> bool:
        for index, event in enumerate(self._timeline.events):
            if event.id == item_id:
                self._strip.set_current(index)
                return True
        return False

    def start_autoplay(self, interval_ms: int = DEFAULT_INTERVAL_MS) -> None:
        """Step through the events every ``interval_ms``, for the attract loop."""
        self._strip.start_autoplay(interval_ms)

    def stop_autoplay(self) -> None:
        """Hand control to the visitor; any touch or key in the view does this too."""
        self._strip.stop_autoplay()

    def is_autoplaying(self) -> bool:
        return self._strip.is_autoplaying()

    # -- navigation ------------------------------------------------------------------------

    def step(self, step: int) -> None:
        count = len(self._timeline.events)
        if count:
            self._strip.set_current(max(0, min(count - 1, self._strip.current() + step)))

    def _jump(self, index: int) -> None:
        if self._timeline.events:
            self._strip.set_current(index % len(self._timeline.events))

    def _open(self) -> None:
        """Enter on the timeline: go to the story, for eyes and for screen readers."""
        self.ensureWidgetVisible(self._card, 0, 0)
        self._card.setFocus(Qt.FocusReason.OtherFocusReason)

    def _show_current(self, index: int, animate: bool = True) -> None:
        if index < 0:
            return
        events = self._timeline.events
        self._card.show_event(events[index], self._language)
        self._card.set_position(index, len(events), self._language)
        if animate and self._shown >= 0 and index != self._shown:
            later = 1 if index > self._shown else -1
            # The story arrives from where the visitor's eye goes next: from the right
            # left to right, from the left under Urdu.
            side = -later if self.isRightToLeft() else later
            self._arrival.play(side * SLIDE_PX, self.animations_enabled and self.isVisible())
        self._shown = index
        self.eventShown.emit(events[index].id)

    # -- preparing ahead ---------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._warm_up()

    def hideEvent(self, event: QHideEvent) -> None:
        self._warm_timer.stop()
        self._arrival.finish()
        super().hideEvent(event)

    def _warm_up(self) -> None:
        if self._warmed == (self._language, self.viewport().width()):
            return  # back on this tab, nothing changed: all is prepared already
        self._warm_next = 0
        if self.isVisible():
            self._warm_timer.start(0)

    def _warm_one(self) -> None:
        events = self._timeline.events
        if self._warm_next >= len(events) or not self.isVisible():
            return
        bar = self.verticalScrollBar().sizeHint().width()
        self._card.prepare(events[self._warm_next], self._language, narrower_by=bar)
        self._strip.prepare(self._warm_next)
        self._warm_next += 1
        if self._warm_next < len(events):
            self._warm_timer.start(0)
        else:
            self._warmed = (self._language, self.viewport().width())
            self.prepared.emit()

    # -- input ---------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.viewport() and event.type() == QEvent.Type.Resize:
            self._warm_up()  # texts are laid out per width (a scroll bar changes it too)
        if event.type() in _STOPPING:
            self.stop_autoplay()  # whatever the visitor does, the attract loop yields
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            return self._key(event)
        return False

    def _key(self, event: QKeyEvent) -> bool:
        """Arrows step in reading direction, Home/End jump, Enter opens the story."""
        key = event.key()
        if event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            return False  # Alt+Left and the like belong to someone else
        if key in _STEPS:
            direction = -1 if self.isRightToLeft() else 1
            self.step(_STEPS[key] * direction)
        elif key in _JUMPS:
            self._jump(_JUMPS[key])
        elif key in _OPEN and self._strip.hasFocus():
            self._open()
        else:
            return False
        return True


class _Arrival(QGraphicsEffect):
    """Fades and slides the card's story in when the event changes, in under 250 ms.

    It is switched on only while it plays, so at rest the story paints directly; the first
    frame draws nothing, so a selection's input-to-paint time pays nothing for it.
    """

    def __init__(self, target: QWidget) -> None:
        super().__init__(target)
        self._t = 1.0
        self._shift = 0.0
        self._animation = QVariantAnimation(self)
        self._animation.setStartValue(0.0)
        self._animation.setEndValue(1.0)
        self._animation.setDuration(TRANSITION_MS)
        self._animation.setEasingCurve(QEasingCurve.Type.OutCubic)
        self._animation.valueChanged.connect(self._on_value)
        self._animation.finished.connect(self.finish)
        self.setEnabled(False)
        target.setGraphicsEffect(self)

    def play(self, shift: float, animated: bool) -> None:
        if not animated:
            self.finish()
            return
        self._shift = shift
        self._t = 0.0
        self.setEnabled(True)
        self._animation.start()

    def finish(self) -> None:
        self._animation.stop()
        self._t = 1.0
        self.setEnabled(False)

    def _on_value(self, value: float) -> None:
        self._t = float(value)
        self.update()

    def draw(self, painter: QPainter) -> None:
        if self._t <= 0.0:
            return
        # The story as painted, at its own origin (the effect adds no margin round it); it
        # slides within its own rectangle, so nothing is drawn over the buttons beside it.
        pixmap = self.sourcePixmap(Qt.CoordinateSystem.LogicalCoordinates)
        painter.save()
        painter.setOpacity(self._t)
        painter.setClipRect(QRect(QPoint(0, 0), pixmap.deviceIndependentSize().toSize()))
        painter.drawPixmap(round(self._shift * (1.0 - self._t)), 0, pixmap)
        painter.restore()
