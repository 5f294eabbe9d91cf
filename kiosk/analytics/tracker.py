"""Turns what a visitor does into log events, timing how long each thing stayed on screen.

The Qt side connects signals to these methods and nothing more, so every rule about what is
recorded lives here and is tested without a window. Outside a session nothing is recorded:
the attract loop's autoplay and the reset after a visitor leaves are not visits.

A view, timeline event or industry detail is logged when it ends (the next one is shown, the
detail closes or the session ends), because only then is its dwell known; the line carries
the time it started.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from kiosk.analytics.events import MAX_DWELL_S, Event, Kind, local_now
from kiosk.analytics.log_writer import EventSink

log = logging.getLogger(__name__)


@dataclass
class _Open:
    """Something on screen now: what it is, and when it appeared on both clocks."""

    kind: Kind
    name: str
    at: datetime
    since: float


class VisitTracker:
    """Records one visitor session at a time; call it from the GUI thread only."""

    def __init__(
        self,
        sink: EventSink,
        now: Callable[[], datetime] = local_now,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._sink = sink
        self._now = now  # wall clock, for the report's days and hours
        self._clock = clock  # monotonic, so a clock change cannot make a dwell negative
        self._session: _Open | None = None
        self._view: _Open | None = None
        self._item: _Open | None = None  # the timeline event or industry detail open
        self._language = ""

    @property
    def in_session(self) -> bool:
        return self._session is not None

    def start_session(self, view: str, language: str) -> None:
        """A visitor woke the kiosk: ``view`` and ``language`` are what they see first."""
        if self._session is not None:
            self.end_session()
        self._language = language
        self._session = self._open(Kind.SESSION_START, language)
        self._emit(Kind.SESSION_START, language, self._session.at, None)
        self._view = self._open(Kind.VIEW_SHOWN, view)

    def end_session(self, idle_s: float = 0.0) -> None:
        """The idle reset (or closing the app): close what is open, then the session.

        ``idle_s`` is how long the kiosk stood untouched before the reset (the idle timeout
        and the countdown); it is taken off every dwell, because nobody was looking.
        """
        if self._session is None:
            return
        end = self._clock() - max(idle_s, 0.0)
        self._close_view(end)
        self._finish(self._session, Kind.SESSION_END, self._language, end)
        self._session = None

    def view_shown(self, view: str) -> None:
        if self._session is None or (self._view is not None and self._view.name == view):
            return
        self._close_view()
        self._view = self._open(Kind.VIEW_SHOWN, view)

    def event_opened(self, event_id: str) -> None:
        """A timeline event became the selected one."""
        self._open_item(Kind.EVENT_OPENED, event_id)

    def tile_opened(self, industry_id: str) -> None:
        """An industry's detail opened (by a tap, or by stepping to the next one)."""
        self._open_item(Kind.TILE_OPENED, industry_id)

    def item_closed(self) -> None:
        """The industry detail closed; the visitor is back at the tiles."""
        self._close_item()

    def language_chosen(self, language: str) -> None:
        if self._session is None or language == self._language:
            return
        self._language = language
        self._emit(Kind.LANGUAGE_CHOSEN, language, self._now(), None)

    def _open_item(self, kind: Kind, name: str) -> None:
        if self._session is None:
            return
        if self._item is not None and (self._item.kind, self._item.name) == (kind, name):
            return  # re-shown after a language switch: still the same look
        self._close_item()
        self._item = self._open(kind, name)

    def _close_view(self, end: float | None = None) -> None:
        self._close_item(end)  # an open event or detail belongs to the view being left
        if self._view is not None:
            self._finish(self._view, Kind.VIEW_SHOWN, self._view.name, end)
            self._view = None

    def _close_item(self, end: float | None = None) -> None:
        if self._item is not None:
            self._finish(self._item, self._item.kind, self._item.name, end)
            self._item = None

    def _open(self, kind: Kind, name: str) -> _Open:
        return _Open(kind, name, self._now(), self._clock())

    def _finish(self, opened: _Open, kind: Kind, name: str, end: float | None = None) -> None:
        stop = self._clock() if end is None else end
        dwell = min(max(stop - opened.since, 0.0), MAX_DWELL_S)
        self._emit(kind, name, opened.at, dwell)

    def _emit(self, kind: Kind, name: str, at: datetime, dwell: float | None) -> None:
        try:
            event = Event(kind, at, name, dwell)
        except ValueError as error:
            # A content id the log cannot hold must cost one record, never the visitor's tap.
            log.warning("analytics: not recorded: %s", error)
            return
        self._sink.log(event)
