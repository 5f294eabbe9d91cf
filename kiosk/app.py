"""The composition root: builds the QApplication, theme, content and window."""

from __future__ import annotations

import logging
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtWidgets import QApplication

from kiosk.content.model import Pack
from kiosk.core import paths
from kiosk.core.languages import Language
from kiosk.core.map_data import MapData, load_map_data
from kiosk.ui.fonts import register_fonts
from kiosk.ui.language_controller import LanguageController
from kiosk.ui.main_window import MainWindow, ViewSpec
from kiosk.ui.theme import stylesheet
from kiosk.ui.views.climate_view import ClimateView
from kiosk.ui.views.industries_view import IndustriesView
from kiosk.ui.views.overview_view import OverviewView
from kiosk.ui.views.timeline_view import TimelineView

if TYPE_CHECKING:  # kiosk mode's parts load only when kiosk mode runs
    from kiosk.session.kiosk_session import KioskSession

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


def view_specs(pack: Pack, map_data: MapData | None) -> list[ViewSpec]:
    """How each view is built from its slice of the pack, on first show."""
    sources = {source.id: source for source in pack.sources}
    places = {place.id: place for place in pack.places}
    overview = pack.overview
    builders = {
        "overview": lambda: OverviewView(
            overview, places[overview.city], places[overview.home], sources, map_data
        ),
        "climate": lambda: ClimateView(pack.climate, places, sources),
        "industries": lambda: IndustriesView(pack.industries, sources),
        "timeline": lambda: TimelineView(pack.timeline, sources),
    }
    return [ViewSpec(name, builders[name]) for name in VIEW_NAMES]


def build(pack: Pack, language: Language | None = None, argv: list[str] | None = None) -> Kiosk:
    """Create the app (if needed), register fonts, apply the theme and build the window."""
    app = application(argv)
    fonts = register_fonts()
    app.setStyleSheet(stylesheet())
    languages = LanguageController(app, fonts)
    languages.set_language(language or pack.default_language)
    window = MainWindow(view_specs(pack, load_map()), languages, pack.name)
    window.setMinimumSize(MINIMUM_SIZE)
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
    return Kiosk(app, window, languages)


def show_pack(kiosk: Kiosk, pack: Pack) -> None:
    """Rebuild the window's views from ``pack`` (a content update that checked clean)."""
    kiosk.window.replace_views(view_specs(pack, load_map()), pack.name)


def pack_root(content: Path | None) -> Path:
    return content if content is not None else paths.default_pack()
