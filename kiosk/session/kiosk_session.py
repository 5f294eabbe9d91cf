"""The kiosk's day: visitors, idle countdown, reset, attract loop, night, staff and errors.

The parts are made by the composition root (``kiosk run``); this class only decides what
follows what:

    in use --idle--> "Still there?" --expired--> reset, then attract loop (or night curtain)
      ^                 | touch                        | touch (swallowed)
      +-----------------+------------------------------+

A visitor session for the visitor log runs from the waking touch to the reset.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal

from kiosk.content.model import Pack
from kiosk.core.languages import Language
from kiosk.session.admin_gesture import AdminGesture
from kiosk.session.attract_loop import AttractLoop
from kiosk.session.countdown_overlay import CountdownOverlay
from kiosk.session.crash_guard import CrashGuard
from kiosk.session.idle_watcher import IdleWatcher
from kiosk.session.lockdown import Lockdown
from kiosk.session.night_curtain import NightCurtain, OpeningHoursClock
from kiosk.session.pack_watcher import PackWatcher
from kiosk.session.pin_pad import PinPad
from kiosk.session.screen import BlankingInhibitor, PointerHider
from kiosk.session.visit_sessions import VisitSessions
from kiosk.ui.language_controller import LanguageController
from kiosk.ui.main_window import MainWindow

log = logging.getLogger(__name__)


@dataclass
class SessionParts:
    """Everything kiosk mode is made of, built and configured by the composition root."""

    lockdown: Lockdown
    idle: IdleWatcher
    countdown: CountdownOverlay
    attract: AttractLoop
    gesture: AdminGesture
    pin_pad: PinPad
    curtain: NightCurtain
    hours: OpeningHoursClock
    pointer: PointerHider
    blanking: BlankingInhibitor
    packs: PackWatcher
    visits: VisitSessions
    crash_guard: CrashGuard | None = None


class KioskSession(QObject):
    """Runs kiosk mode on a shown window; ``exitRequested`` when staff leave it."""

    exitRequested = Signal()

    def __init__(
        self,
        window: MainWindow,
        languages: LanguageController,
        parts: SessionParts,
        countdown_ms: int,
        home_language: Callable[[], Language],
        apply_pack: Callable[[Pack], None],
    ) -> None:
        super().__init__(window)
        self._window = window
        self._languages = languages
        self.parts = parts
        self._countdown_ms = countdown_ms
        self._home_language = home_language
        self._apply_pack = apply_pack
        self._connect()

    def _connect(self) -> None:
        p = self.parts
        p.idle.idle.connect(self._on_idle)
        p.countdown.expired.connect(self._on_countdown_expired)
        p.countdown.dismissed.connect(p.idle.start)
        p.attract.woken.connect(self._on_woken)
        p.curtain.woken.connect(self._on_curtain_woken)
        p.hours.closed.connect(self._on_closing_time)
        p.hours.opened.connect(self._on_opening_time)
        p.gesture.triggered.connect(self._open_staff_pad)
        p.pin_pad.exitRequested.connect(self._on_exit)
        p.pin_pad.reloadRequested.connect(p.packs.reload_now)
        p.packs.reloaded.connect(self._on_pack)
        p.packs.refused.connect(self._on_refused)
        p.packs.unchanged.connect(self._on_unchanged)
        if p.crash_guard is not None:
            p.crash_guard.recovered.connect(self.go_home)

    @property
    def countdown_ms(self) -> int:
        return self._countdown_ms

    @countdown_ms.setter
    def countdown_ms(self, value: int) -> None:
        self._countdown_ms = value

    def start(self) -> None:
        """Lock down and start watching; the window must already be shown full screen."""
        p = self.parts
        p.lockdown.engage()
        p.gesture.install()
        p.blanking.inhibit()
        p.hours.start()
        if p.crash_guard is not None:
            p.crash_guard.install()
        p.idle.start()  # installed last, so it sees input before anything swallows it
        if p.hours.is_open():
            p.visits.await_visitor()  # the first view is on screen: no attract loop to wake
        else:
            self._close_for_the_night()

    def stop(self) -> None:
        """Undo everything ``start`` did (the staff exit)."""
        p = self.parts
        p.visits.stop()
        for hide in (p.countdown.abort, p.attract.stop, p.pin_pad.dismiss, p.curtain.hide):
            hide()
        p.idle.remove()
        p.hours.stop()
        p.packs.stop()
        p.gesture.remove()
        p.lockdown.release()
        p.pointer.restore()
        p.blanking.release()
        if p.crash_guard is not None:
            p.crash_guard.uninstall()

    def go_home(self) -> None:
        """After an error: the first view in the visitor's language, nothing left open."""
        p = self.parts
        log.info("returning home after an error")
        p.countdown.abort()
        p.attract.stop()
        p.pin_pad.dismiss()
        self._window.reset(self._languages.language)
        if not p.curtain.isVisible():
            p.idle.start()

    def _open_staff_pad(self) -> None:
        self.parts.pin_pad.open()
        # Also over the attract loop or the night curtain, where nothing else waits for
        # idle: a pad left open by staff who walked away closes by itself.
        self.parts.idle.start()

    def _on_idle(self) -> None:
        p = self.parts
        p.pin_pad.dismiss()  # staff walked away from the pad: it closes like everything else
        if p.attract.is_running() or p.curtain.isVisible():
            return  # the tour or the dark screen goes on; nobody is there to ask
        p.countdown.start(self._countdown_ms)

    def _on_countdown_expired(self) -> None:
        log.info("idle: starting over for the next visitor")
        # Before the reset, which no visitor asked for. Nobody touched the screen during the
        # idle timeout or the countdown, so neither counts as time spent looking.
        untouched_ms = self.parts.idle.timeout_ms + self._countdown_ms
        self.parts.visits.end(idle_s=untouched_ms / 1000)
        self._window.reset(self._home_language())
        if self.parts.hours.is_open():
            self.parts.attract.start()
        else:
            self._close_for_the_night()

    def _on_woken(self) -> None:
        self._window.reset(self._home_language())
        self.parts.visits.begin()
        self.parts.idle.start()

    def _on_curtain_woken(self) -> None:
        # The window was reset at closing time; the visitor sees the first view.
        self.parts.visits.begin()
        self.parts.idle.start()

    def _on_closing_time(self) -> None:
        log.info("closing time: the screen goes dark until a touch or opening time")
        p = self.parts
        p.visits.end()
        p.countdown.abort()
        p.attract.stop()
        p.pin_pad.dismiss()
        self._window.reset(self._home_language())
        self._close_for_the_night()

    def _close_for_the_night(self) -> None:
        self.parts.idle.stop()
        self.parts.curtain.lower_curtain()

    def _on_opening_time(self) -> None:
        log.info("opening time: the attract loop invites the first visitor")
        p = self.parts
        p.visits.end()  # someone who woke the curtain; the tour now takes the screen
        p.curtain.hide()
        p.countdown.abort()
        p.idle.stop()
        p.attract.start()

    def _on_exit(self) -> None:
        log.info("staff exit from kiosk mode")
        self.stop()
        self.exitRequested.emit()

    def _on_pack(self, pack: Pack) -> None:
        p = self.parts
        p.visits.end()  # new content (staff, or --watch): the kiosk starts over, so does the visit
        p.countdown.abort()
        was_attracting = p.attract.is_running()
        p.attract.stop()
        self._apply_pack(pack)
        self._window.reset(self._home_language())
        p.pin_pad.show_status(self.tr("The content was reloaded."))
        if was_attracting:
            p.attract.start()
        elif not p.curtain.isVisible():
            p.visits.await_visitor()

    def _on_refused(self, lines: list[str]) -> None:
        self.parts.pin_pad.show_status(
            self.tr("The new content has problems, so the current content stays. See the log.")
        )

    def _on_unchanged(self) -> None:
        self.parts.pin_pad.show_status(self.tr("The content has not changed."))
