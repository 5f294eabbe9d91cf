"""Notices when visitors have walked away: no touch, click, key or wheel for a while.

Zero CPU while waiting: input only stamps a clock, and one single-shot timer wakes at the
earliest moment the kiosk could be idle. When it wakes early (someone touched meanwhile)
it sleeps again for exactly the time still missing; nothing polls.
"""

from __future__ import annotations

from PySide6.QtCore import QElapsedTimer, QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QWidget

ACTIVITY = frozenset(
    {
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonRelease,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.KeyPress,
        QEvent.Type.TouchBegin,
        QEvent.Type.TouchUpdate,
        QEvent.Type.TouchEnd,
        QEvent.Type.TabletPress,
        QEvent.Type.TabletMove,
    }
)
# Waking this little before the deadline is treated as the deadline: timers are not exact.
_SLACK_MS = 20


class IdleWatcher(QObject):
    """Emits ``idle`` once after ``timeout_ms`` without input to the window; then stops."""

    idle = Signal()

    def __init__(self, window: QWidget, timeout_ms: int) -> None:
        super().__init__(window)
        self._window = window
        self._timeout_ms = timeout_ms
        self._since_input = QElapsedTimer()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._check)
        self._watching = False
        self._filtering = False

    @property
    def timeout_ms(self) -> int:
        return self._timeout_ms

    def set_timeout_ms(self, timeout_ms: int) -> None:
        """A new timeout, counted from the last input (tests and settings changes)."""
        self._timeout_ms = timeout_ms
        if self._watching:
            self._timer.start(max(0, timeout_ms - self._since_input.elapsed()))

    def is_watching(self) -> bool:
        return self._watching

    def start(self) -> None:
        """Watch from now on (the window must have been shown: input is read at its door)."""
        self._install()
        self._watching = True
        self._since_input.start()
        self._timer.start(self._timeout_ms)

    def stop(self) -> None:
        """Stop watching: the attract loop or the night curtain has taken over."""
        self._watching = False
        self._timer.stop()

    def remove(self) -> None:
        self.stop()
        handle = self._window.windowHandle()
        if self._filtering and handle is not None:
            handle.removeEventFilter(self)
        self._filtering = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self._watching and event.type() in ACTIVITY:
            self._since_input.restart()  # a stamp, not a timer restart: cheap per event
        return False

    def _install(self) -> None:
        handle = self._window.windowHandle()
        if handle is not None:
            # Installing again moves the filter to the front, and the front filter runs
            # first: the watcher sees every input even when the lockdown or the staff
            # corner swallows it afterwards.
            handle.installEventFilter(self)
            self._filtering = True

    def _check(self) -> None:
        if not self._watching:
            return
        missing = self._timeout_ms - self._since_input.elapsed()
        if missing > _SLACK_MS:
            self._timer.start(missing)
            return
        self._watching = False
        self.idle.emit()
