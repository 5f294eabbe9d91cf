"""Timeline: the exchanges between the cities as a strip of markers and a story card."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from kiosk.content.model import Source, Timeline
from kiosk.core.languages import Language
from kiosk.ui.views.scroll_page import ScrollPage
from kiosk.ui.widgets.plain_label import PlainLabel
from kiosk.ui.widgets.story_card import StoryCard
from kiosk.ui.widgets.timeline_strip import TimelineStrip


class TimelineView(ScrollPage):
    """The strip selects an event; the card tells its story; both stay in step."""

    def __init__(
        self, timeline: Timeline, sources: dict[str, Source], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._timeline = timeline
        self._language = Language.EN
        self._title = PlainLabel("ViewTitle", self)
        self._strip = TimelineStrip(timeline, self)
        self._card = StoryCard(sources, self)
        self.column().addWidget(self._title)
        self.column().addWidget(self._strip)
        self.column().addWidget(self._card, 1)
        self._strip.currentChanged.connect(self._show_current)
        self._card.stepRequested.connect(self.step)
        # A visitor touching the card takes over from the attract loop's autoplay.
        self._card.touched.connect(self._strip.stop_autoplay)
        self.setFocusProxy(self._strip)

    @property
    def strip(self) -> TimelineStrip:
        return self._strip

    @property
    def card(self) -> StoryCard:
        return self._card

    def step(self, step: int) -> None:
        count = len(self._timeline.events)
        self._strip.set_current(max(0, min(count - 1, self._strip.current() + step)))

    def _show_current(self, index: int) -> None:
        self._card.show_event(self._timeline.events[index], self._language)
        self._card.set_position(index, len(self._timeline.events), self._language)

    def set_language(self, language: Language) -> None:
        self._language = language
        self._title.set_content(self._timeline.title.get(language))
        self._strip.set_language(language)
        self._show_current(self._strip.current())

    def reset(self) -> None:
        self._strip.stop_autoplay()
        self._strip.set_current(0)
        self.reset_scroll()

    def select(self, item_id: str) -> bool:
        for index, event in enumerate(self._timeline.events):
            if event.id == item_id:
                self._strip.set_current(index)
                return True
        return False
