"""Climate: the source's headline figures and both cities' year drawn side by side."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QPushButton, QWidget

from kiosk.content.model import Climate, ClimateSeries, Place, Source
from kiosk.core.languages import Language
from kiosk.ui.formatting import source_line
from kiosk.ui.views.scroll_page import ScrollPage
from kiosk.ui.widgets.card import Card
from kiosk.ui.widgets.climate_chart import ClimateChart
from kiosk.ui.widgets.fact_tile import FactTile
from kiosk.ui.widgets.passage_card import PassageCard
from kiosk.ui.widgets.plain_label import PlainLabel
from kiosk.ui.widgets.tile_grid import TileGrid


class ClimateView(ScrollPage):
    """Headline cards, the monthly chart with a °C/°F switch, and every series' source."""

    def __init__(
        self,
        climate: Climate,
        places: dict[str, Place],
        sources: dict[str, Source],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._climate = climate
        self._sources = sources
        self._summary = PassageCard(climate.summary, sources[climate.summary.source], self)
        self._headlines = [FactTile(f, sources[f.source]) for f in climate.headlines]
        self._chart = ClimateChart(climate.series, self)
        self._chart.setMinimumHeight(460)
        self._celsius = self._unit_button(False)
        self._fahrenheit = self._unit_button(True)
        self._series_sources = [PlainLabel("SourceLine", self) for _ in climate.series]
        self._notes = [PassageCard(n, sources[n.source], self) for n in climate.notes]
        self._lay_out()
        self._celsius.setChecked(True)
        self.retranslate()

    def _unit_button(self, fahrenheit: bool) -> QPushButton:
        button = QPushButton("°F" if fahrenheit else "°C", self, checkable=True)
        button.setProperty("role", "toggle")
        button.clicked.connect(lambda: self.set_fahrenheit(fahrenheit))
        return button

    def _lay_out(self) -> None:
        units = QButtonGroup(self)
        units.addButton(self._celsius)
        units.addButton(self._fahrenheit)
        self.column().addWidget(self._summary)
        self.column().addWidget(TileGrid(self._headlines, 260, self))
        chart_card = Card(self)
        toggle = QHBoxLayout()
        toggle.addStretch(1)
        toggle.addWidget(self._celsius)
        toggle.addWidget(self._fahrenheit)
        chart_card.box().addLayout(toggle)
        chart_card.box().addWidget(self._chart, 1)
        for label in self._series_sources:
            chart_card.box().addWidget(label)
        self.column().addWidget(chart_card)
        for note in self._notes:
            self.column().addWidget(note)

    def set_fahrenheit(self, on: bool) -> None:
        self._chart.set_unit_fahrenheit(on)
        (self._fahrenheit if on else self._celsius).setChecked(True)

    def set_language(self, language: Language) -> None:
        self._summary.set_language(language)
        for tile in self._headlines:
            tile.set_language(language)
        self._chart.set_language(language)
        for label, series in zip(self._series_sources, self._climate.series, strict=True):
            label.set_content(self._series_source_text(series, language))
        for note in self._notes:
            note.set_language(language)

    def _series_source_text(self, series: ClimateSeries, language: Language) -> str:
        lines = [
            f"{series.label.get(language)} · {series.period.get(language)} · "
            + source_line(self._sources[source_id], language)
            for source_id in series.sources
        ]
        if series.precipitation_source:
            rain = source_line(self._sources[series.precipitation_source], language)
            lines.append(
                self.tr("%1 rainfall").replace("%1", series.label.get(language)) + " · " + rain
            )
        return "\n".join(lines)

    def retranslate(self) -> None:
        self._celsius.setAccessibleName(self.tr("Show degrees Celsius"))
        self._fahrenheit.setAccessibleName(self.tr("Show degrees Fahrenheit"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def reset(self) -> None:
        self.set_fahrenheit(False)
        self._chart.set_selected_month(None)
        for tile in self._headlines:
            tile.set_source_shown(False)
        self.reset_scroll()

    def select(self, item_id: str) -> bool:
        return False
