"""Where a visit begins and ends in kiosk mode, for the visitor log.

A visit begins with the touch that wakes the kiosk: the attract loop's or the night
curtain's, recorded after the reset that touch sets off, so the reset is not part of it.
When the kiosk is simply waiting on its first view (just started, or after staff reloaded
the content) there is no veil to wake, so the first press, touch, key or wheel that reaches
the window begins one. A visit ends at the idle reset, at closing time, or when staff take
over.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QWidget

from kiosk.analytics.tracker import VisitTracker
from kiosk.ui.language_controller import LanguageController
from kiosk.ui.main_window import MainWindow

# Deliberate input only: a pointer drifting over the screen is not someone arriving.
ARRIVALS = frozenset(
    {
        QEvent.Type.MouseButtonPress,
        QEvent.Type.TouchBegin,
        QEvent.Type.KeyPress,
        QEvent.Type.Wheel,
        QEvent.Type.TabletPress,
    }
)


class VisitSessions(QObject):
    """Opens the tracker's session when a visitor arrives and closes it when they leave."""

    def __init__(
        self,
        window: MainWindow,
        languages: LanguageController,
        tracker: VisitTracker,
        veils: Sequence[QWidget],
    ) -> None:
        super().__init__(window)
        self._window = window
        self._languages = languages
        self._tracker = tracker
        # Layers that take a touch for themselves (attract loop, curtain, PIN pad): a press
        # on them is theirs; the attract loop and the curtain say when they were woken.
        self._veils = tuple(veils)
        self._waiting = False

    @property
    def in_visit(self) -> bool:
        return self._tracker.in_session

    def begin(self) -> None:
        """A visitor is here: record the view and language they see first."""
        self._stop_waiting()
        self._tracker.start_session(self._window.current_view_name(), self._languages.language.code)

    def end(self, idle_s: float = 0.0) -> None:
        """The visit is over; for the last ``idle_s`` seconds of it nobody touched anything."""
        self._tracker.end_session(idle_s)

    def await_visitor(self) -> None:
        """Begin a visit at the next press, touch, key or wheel that no veil takes."""
        handle = self._window.windowHandle()
        if handle is None or self._waiting:
            return
        # Only while waiting: between visits there is no filter on the window at all.
        handle.installEventFilter(self)
        self._waiting = True

    def stop(self) -> None:
        """Kiosk mode ends: close the visit and stop waiting for one."""
        self.end()
        self._stop_waiting()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() in ARRIVALS
            and not self._tracker.in_session
            and not any(veil.isVisible() for veil in self._veils)
        ):
            self.begin()
        return False  # only noticed: the press goes on to wherever it was going

    def _stop_waiting(self) -> None:
        handle = self._window.windowHandle()
        if self._waiting and handle is not None:
            handle.removeEventFilter(self)
        self._waiting = False
