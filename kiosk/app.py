"""The composition root: builds the QApplication, theme, content and window, and hooks the
visitor log up to the window."""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtWidgets import QApplication, QWidget

from kiosk.analytics.log_writer import LogWriter, NullSink
from kiosk.analytics.tracker import VisitTracker
from kiosk.content.model import Pack
from kiosk.core import paths
from kiosk.core.languages import Language
from kiosk.core.map_data import MapData, load_map_data
from kiosk.ui.fonts import register_fonts
from kiosk.ui.language_controller import LanguageController
from kiosk.ui.main_window import MainWindow, ViewSpec
from kiosk.ui.theme import stylesheet

if TYPE_CHECKING:  # kiosk mode's parts load only when kiosk mode runs; views when shown
    from kiosk.session.kiosk_session import KioskSession
    from kiosk.ui.views.industries_view import IndustriesView
    from kiosk.ui.views.timeline_view import TimelineView

log = logging.getLogger(__name__)

VIEW_NAMES = ("overview", "climate", "industries", "timeline")
MINIMUM_SIZE = QSize(960, 600)
# Qt builds the per-machine folders (settings, log) from these two names.
ORGANIZATION_NAME = "sister-city-kiosk"
APPLICATION_NAME = "Sister-City Kiosk"


@dataclass
class Kiosk:
    """What ``build`` wires together; the caller keeps it alive while the app runs."""

    app: QApplication
    window: MainWindow
    languages: LanguageController
    visits: VisitRecorder  # records only inside a visitor session, which kiosk mode opens
    log: LogWriter | None = None  # None: analytics off, or a desktop window
    session: KioskSession | None = None  # kiosk mode only


def application(argv: list[str] | None = None) -> QApplication:
    """The one QApplication (created on first call)."""
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    name_application()
    return QApplication(argv if argv is not None else sys.argv[:1])


def name_application() -> None:
    """Name the application, which places its settings and log; needs no QApplication."""
    QCoreApplication.setApplicationName(APPLICATION_NAME)
    QCoreApplication.setOrganizationName(ORGANIZATION_NAME)


def load_map() -> MapData | None:
    """The bundled map, or None (the map then paints a neutral fallback)."""
    try:
        return load_map_data(paths.resource("map/region.json"))
    except (OSError, ValueError) as error:
        log.warning("map data unavailable, showing a plain map: %s", error)
        return None


def view_specs(
    pack: Pack, map_data: MapData | None, watch: Callable[[str, QWidget], None] | None = None
) -> list[ViewSpec]:
    """How each view is built from its slice of the pack, on first show.

    Each view's module is imported by its builder too: a start pays only for the first
    view, the others load when a visitor first opens them. ``watch`` is handed each view
    with its name as it is built (the visitor log connects to it there).
    """
    sources = {source.id: source for source in pack.sources}
    places = {place.id: place for place in pack.places}
    overview = pack.overview

    def overview_view() -> QWidget:
        from kiosk.ui.views.overview_view import OverviewView

        home, city = places[overview.home], places[overview.city]
        return OverviewView(overview, city, home, sources, map_data)

    def climate_view() -> QWidget:
        from kiosk.ui.views.climate_view import ClimateView

        return ClimateView(pack.climate, places, sources)

    def industries_view() -> QWidget:
        from kiosk.ui.views.industries_view import IndustriesView

        return IndustriesView(pack.industries, sources)

    def timeline_view() -> QWidget:
        from kiosk.ui.views.timeline_view import TimelineView

        return TimelineView(pack.timeline, sources)

    builders: dict[str, Callable[[], QWidget]] = {
        "overview": overview_view,
        "climate": climate_view,
        "industries": industries_view,
        "timeline": timeline_view,
    }
    if watch is None:
        return [ViewSpec(name, builders[name]) for name in VIEW_NAMES]
    return [ViewSpec(name, _watched(name, builders[name], watch)) for name in VIEW_NAMES]


def _watched(
    name: str, build: Callable[[], QWidget], watch: Callable[[str, QWidget], None]
) -> Callable[[], QWidget]:
    def build_and_watch() -> QWidget:
        view = build()
        watch(name, view)
        return view

    return build_and_watch


def build(
    pack: Pack,
    language: Language | None = None,
    argv: list[str] | None = None,
    analytics: Path | None = None,
) -> Kiosk:
    """Create the app (if needed), register fonts, apply the theme and build the window.

    ``analytics`` is the folder for the visitor log; None records nothing.
    """
    app = application(argv)
    fonts = register_fonts()
    app.setStyleSheet(stylesheet())
    languages = LanguageController(app, fonts)
    languages.set_language(language or pack.default_language)
    # The writer's thread starts now but touches the disk only at the first event.
    log = LogWriter(analytics) if analytics is not None else None
    visits = VisitRecorder(VisitTracker(log if log is not None else NullSink()))
    window = MainWindow(view_specs(pack, load_map(), visits.watch), languages, pack.name)
    window.setMinimumSize(MINIMUM_SIZE)
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
    visits.attach(window, languages)
    kiosk = Kiosk(app, window, languages, visits, log)
    if log is not None:
        # Tests and embedders drop the window without finish(); the log must not outlive it.
        window.destroyed.connect(lambda: finish(kiosk))
    return kiosk


def finish(kiosk: Kiosk) -> None:
    """When the kiosk closes: end the visit on screen and write out the log (idempotent)."""
    kiosk.visits.tracker.end_session()
    if kiosk.log is not None:
        kiosk.log.close()


def show_pack(kiosk: Kiosk, pack: Pack) -> None:
    """Rebuild the window's views from ``pack`` (a content update that checked clean)."""
    kiosk.window.replace_views(view_specs(pack, load_map(), kiosk.visits.watch), pack.name)


def pack_root(content: Path | None) -> Path:
    return content if content is not None else paths.default_pack()


class VisitRecorder:
    """Feeds the visit tracker from the window: views shown, languages, items opened.

    A view's own signals count only while that view is on screen, because a language
    switch re-shows, and a reset closes, things in the views behind it too. Coming back to
    a view counts what it still shows (the timeline's story, an open detail) again: the
    visitor is looking at it again.
    """

    def __init__(self, tracker: VisitTracker) -> None:
        self.tracker = tracker
        self._window: MainWindow | None = None
        self._story: tuple[QWidget, str] | None = None  # the timeline, the event on its card

    def attach(self, window: MainWindow, languages: LanguageController) -> None:
        self._window = window
        window.viewChanged.connect(self._view_shown)
        languages.languageChanged.connect(self._language_chosen)

    def watch(self, name: str, built: QWidget) -> None:
        """Connect to a view as the window builds it (known by name: the view classes are
        imported only when their view is first shown)."""
        if name == "industries":
            view = cast("IndustriesView", built)
            view.detailOpened.connect(
                lambda item: self._on_screen(view, self.tracker.tile_opened, item)
            )
            view.detailClosed.connect(lambda: self._on_screen(view, self.tracker.item_closed))
        elif name == "timeline":
            timeline = cast("TimelineView", built)
            timeline.eventShown.connect(lambda event: self._story_shown(timeline, event))

    def _view_shown(self, name: str) -> None:
        self.tracker.view_shown(name)
        assert self._window is not None  # attached before any view is shown to a visitor
        view = self._window.view(name)
        if name == "industries" and (industry := cast("IndustriesView", view).open_industry_id()):
            self.tracker.tile_opened(industry)
        elif self._story is not None and self._story[0] is view:
            self.tracker.event_opened(self._story[1])

    def _story_shown(self, view: TimelineView, event: str) -> None:
        self._story = (view, event)
        self._on_screen(view, self.tracker.event_opened, event)

    def _on_screen(self, view: QWidget, record: Callable[..., None], *args: str) -> None:
        window = self._window
        if window is not None and window.view(window.current_view_name()) is view:
            record(*args)

    def _language_chosen(self, language: Language) -> None:
        self.tracker.language_chosen(language.code)
