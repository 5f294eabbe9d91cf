"""Kiosk mode, and a window that reads settings or watches its pack: the session's parts.

``kiosk run --kiosk`` comes here to build the lockdown, idle watcher, attract loop, staff
door, screen, crash guard, pack watcher and visitor log, and hand them to the session;
``--watch`` and ``--config`` on a desktop window use the settings and the watcher alone.
Only kiosk mode keeps the visitor log: without its idle reset one visitor cannot be told
from the next, and a desktop window is staff or authors previewing, not visitors.
"""

from __future__ import annotations

import logging
import sys
from dataclasses import dataclass
from pathlib import Path

from kiosk import app as kiosk_app
from kiosk.analytics.log_writer import FOLDER_NAME as ANALYTICS_FOLDER
from kiosk.commands.load import load_or_report
from kiosk.commands.run import show_desktop_window
from kiosk.content.model import Pack
from kiosk.core.kiosk_config import KioskConfig
from kiosk.core.languages import Language
from kiosk.session.admin_gesture import AdminGesture
from kiosk.session.attract_loop import AttractLoop
from kiosk.session.config import config_path, load_config
from kiosk.session.countdown_overlay import CountdownOverlay
from kiosk.session.crash_guard import CrashGuard, default_log_folder, start_log_file
from kiosk.session.idle_watcher import IdleWatcher
from kiosk.session.kiosk_session import KioskSession, SessionParts
from kiosk.session.lockdown import Lockdown
from kiosk.session.night_curtain import NightCurtain, OpeningHoursClock
from kiosk.session.pack_snapshots import PackSnapshots, Refusal
from kiosk.session.pack_watcher import PackWatcher
from kiosk.session.pin_pad import PinPad
from kiosk.session.screen import BlankingInhibitor, PointerHider, show_full_screen
from kiosk.session.visit_sessions import VisitSessions
from kiosk.ui.fonts import register_fonts

log = logging.getLogger(__name__)
SNAPSHOT_FOLDER = "packs"


def open_managed(
    content: Path | None,
    language: Language | None,
    view: str,
    kiosk_mode: bool,
    screen: int | None,
    watch: bool,
    config: Path | None,
) -> kiosk_app.Kiosk | None:
    """``open_window`` for kiosk mode, ``--watch`` or ``--config`` (None if the pack is bad)."""
    data = default_log_folder()
    if kiosk_mode:
        start_log_file(data)  # first, so problems in the settings are in the log too
    settings = _settings(kiosk_mode, config)
    source = kiosk_app.pack_root(content)
    snapshots = PackSnapshots(data / SNAPSHOT_FOLDER)
    pack = _first_pack(content, source, snapshots if watch else None)
    if pack is None:
        return None
    home = _Home(language or settings.default_language, pack.default_language)
    analytics = data / ANALYTICS_FOLDER if kiosk_mode and settings.analytics else None
    kiosk = kiosk_app.build(pack, home(), analytics=analytics)
    # Tall portrait kiosks can put the navigation within a seated visitor's reach.
    kiosk.window.set_navigation_edge(settings.navigation)
    kiosk.window.show_view(view)
    number = screen if screen is not None else settings.screen
    # Kiosk mode always has one: the staff menu can reload the content without --watch.
    watcher = PackWatcher(source, snapshots, kiosk.window)
    if kiosk_mode:
        show_full_screen(kiosk.window, number)
        kiosk.session = _start_session(kiosk, settings, home, watcher)
    else:
        show_desktop_window(kiosk.window, number)
        watcher.reloaded.connect(lambda new: _apply_pack(kiosk, home, new))
    if watch:
        watcher.start()
    return kiosk


@dataclass
class _Home:
    """The language the kiosk returns to: the chosen one, else the current pack's."""

    chosen: Language | None
    pack_default: Language

    def __call__(self) -> Language:
        return self.chosen or self.pack_default


def _settings(kiosk_mode: bool, override: Path | None) -> KioskConfig:
    if not kiosk_mode and override is None:
        return KioskConfig()  # a desktop window reads no machine settings unless told to
    return load_config(config_path(override))


def _first_pack(content: Path | None, source: Path, snapshots: PackSnapshots | None) -> Pack | None:
    """The pack to open with; with ``--watch``, a checked copy, or the last good one."""
    if snapshots is None:
        return load_or_report(content)
    taken = snapshots.take(source)
    if not isinstance(taken, Refusal):
        return taken
    for line in taken.lines:
        print(line, file=sys.stderr)
    kept = snapshots.latest()
    if kept is None:
        print(
            f"kiosk: the content pack {source} has problems; run `kiosk check {source}`",
            file=sys.stderr,
        )
        return None
    log.error("content pack %s has problems; showing the last good copy instead", source)
    return kept


def _start_session(
    kiosk: kiosk_app.Kiosk, settings: KioskConfig, home: _Home, watcher: PackWatcher
) -> KioskSession:
    window = kiosk.window
    kiosk.app.setQuitOnLastWindowClosed(False)
    attract = AttractLoop(window, register_fonts())
    pin_pad = PinPad(window, settings.pin_hash)
    curtain = NightCurtain(window)
    parts = SessionParts(
        lockdown=Lockdown(window),
        idle=IdleWatcher(window, settings.idle_timeout_s * 1000),
        countdown=CountdownOverlay(window),
        attract=attract,
        gesture=AdminGesture(window),
        pin_pad=pin_pad,
        curtain=curtain,
        hours=OpeningHoursClock(settings.opening_hours, window),
        pointer=PointerHider(window),
        blanking=BlankingInhibitor(window),
        packs=watcher,
        visits=VisitSessions(
            window, kiosk.languages, kiosk.visits.tracker, (attract, curtain, pin_pad)
        ),
        crash_guard=CrashGuard(window, fault_file=default_log_folder() / "faults.log"),
    )
    session = KioskSession(
        window,
        kiosk.languages,
        parts,
        settings.countdown_s * 1000,
        home,
        lambda pack: _apply_pack(kiosk, home, pack),
    )
    session.exitRequested.connect(lambda: kiosk.app.exit(0))
    if not settings.show_cursor:
        parts.pointer.hide_pointer()
    session.start()
    return session


def _apply_pack(kiosk: kiosk_app.Kiosk, home: _Home, pack: Pack) -> None:
    home.pack_default = pack.default_language
    kiosk_app.show_pack(kiosk, pack)
