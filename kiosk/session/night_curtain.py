"""Outside opening hours the kiosk draws a black curtain over itself; a touch lifts it."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtWidgets import QWidget

from kiosk.core.opening_hours import OpeningHours
from kiosk.session.veil import Veil

# Wake at least hourly to look again: a clock change or a long sleep cannot strand the
# kiosk in the wrong state, and QTimer cannot wait weeks anyway.
MAX_WAIT_MS = 60 * 60 * 1000


class NightCurtain(Veil):
    """Black over the whole window; the touch that lifts it is swallowed."""

    woken = Signal()

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setObjectName("NightCurtain")
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.released.connect(self._lift)
        self.retranslate()

    def lower_curtain(self) -> None:
        self.cover()

    def _lift(self) -> None:
        self.hide()
        self.woken.emit()

    def paintEvent(self, event: QPaintEvent) -> None:
        with QPainter(self) as painter:
            painter.fillRect(self.rect(), Qt.GlobalColor.black)

    def retranslate(self) -> None:
        self.setAccessibleName(self.tr("Closed. Touch the screen to wake it."))


class OpeningHoursClock(QObject):
    """Emits ``opened`` and ``closed`` as the opening hours change; one timer, no polling."""

    opened = Signal()
    closed = Signal()

    def __init__(
        self,
        hours: OpeningHours,
        parent: QObject | None = None,
        now: Callable[[], datetime] = datetime.now,
    ) -> None:
        super().__init__(parent)
        self._hours = hours
        self._now = now
        self._open = hours.is_open(now())
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.check)

    def is_open(self) -> bool:
        return self._open

    def start(self) -> None:
        self.check()

    def next_check_ms(self) -> int:
        """Milliseconds until the clock looks again (-1: never, the hours never change)."""
        return self._timer.remainingTime()

    def stop(self) -> None:
        self._timer.stop()

    def check(self) -> None:
        """Look at the clock now: announce a change, and sleep until the next one."""
        moment = self._now()
        is_open = self._hours.is_open(moment)
        if is_open != self._open:
            self._open = is_open
            (self.opened if is_open else self.closed).emit()
        change = self._hours.next_change(moment)
        if change is None:
            self._timer.stop()
            return
        wait_ms = int((change - moment).total_seconds() * 1000) + 500
        self._timer.start(max(1000, min(MAX_WAIT_MS, wait_ms)))
