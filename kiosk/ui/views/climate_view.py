"""Climate: the source's headline figures and both cities' year drawn side by side.

Landscape puts the comparison story and the first note beside the chart, so the chart, the
story and the headline figures share the first screen; portrait stacks them. The chart and
its table share one selected month; switching unit or page cross-fades for 200 ms, only
when a visitor asks for it, never in tests or screenshots, and nothing ticks when it ends.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Sequence

from PySide6.QtCore import QEvent, Qt, QVariantAnimation
from PySide6.QtGui import QHideEvent, QPainter, QPaintEvent, QPixmap, QResizeEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QGridLayout,
    QHBoxLayout,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kiosk.content.model import Climate, ClimateSeries, Place, Source
from kiosk.core.languages import Language
from kiosk.ui.formatting import source_line
from kiosk.ui.views.scroll_page import ScrollPage
from kiosk.ui.widgets.card import Card
from kiosk.ui.widgets.climate_chart import ClimateChart
from kiosk.ui.widgets.climate_chart_layout import isolate_ltr
from kiosk.ui.widgets.climate_story_card import ClimateStoryCard
from kiosk.ui.widgets.climate_table import ClimateTable
from kiosk.ui.widgets.fact_tile import FactTile
from kiosk.ui.widgets.passage_card import PassageCard
from kiosk.ui.widgets.plain_label import PlainLabel
from kiosk.ui.widgets.timeline_strip import animations_wanted

TRANSITION_MS = 200
_SPACING = 20
_MIN_CHART = 420  # below this the month names and the callout crowd each other


class CrossFade(QWidget):
    """A still of ``target`` taken before a change, fading out over it once the change is made.

    Clicks pass through to the widget underneath, so a visitor never waits for the fade. It
    lives here, beside its only user, rather than in a module of its own under ``widgets/``.
    """

    def __init__(self, target: QWidget, parent: QWidget) -> None:
        super().__init__(parent)
        self._target = target
        self._still: QPixmap | None = None
        self._opacity = 1.0
        self.enabled = animations_wanted()
        self.animation = QVariantAnimation(self)
        self.animation.setStartValue(1.0)
        self.animation.setEndValue(0.0)
        self.animation.setDuration(TRANSITION_MS)
        self.animation.valueChanged.connect(self._fade)
        self.animation.finished.connect(self.stop)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.hide()

    def run(self, change: Callable[[], None]) -> None:
        """Make ``change``, cross-fading from the old picture when anyone can watch."""
        if not (self.enabled and self._target.isVisible()):
            change()
            return
        self.stop()
        self._still = self._target.grab()
        self.setGeometry(self._target.geometry())
        self.raise_()
        self.show()
        change()
        self.animation.start()

    def stop(self) -> None:
        self.animation.stop()
        self._still = None
        self.hide()

    def _fade(self, value: float) -> None:
        self._opacity = value
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        if self._still is not None:
            with QPainter(self) as painter:
                painter.setOpacity(self._opacity)
                painter.drawPixmap(0, 0, self._still)


def _regrid(grid: QGridLayout, widgets: Sequence[QWidget], columns: int) -> None:
    """Lay ``widgets`` out afresh in ``columns`` equal columns, in reading order."""
    for widget in widgets:
        grid.removeWidget(widget)
    for index, widget in enumerate(widgets):
        grid.addWidget(widget, index // columns, index % columns, Qt.AlignmentFlag.AlignTop)
    for column in range(max(grid.columnCount(), columns)):
        grid.setColumnStretch(column, 1 if column < min(columns, len(widgets)) else 0)


class ClimateView(ScrollPage):
    """Headline cards, the comparison story, the chart or table with °C/°F, and sources."""

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
        self._landscape: bool | None = None
        self._headline_columns = 4
        self._unit_fahrenheit = False
        self._summary = PassageCard(climate.summary, sources[climate.summary.source], self)
        self._headlines = [FactTile(f, sources[f.source], self) for f in climate.headlines]
        self._story = self._story_card(climate.series)
        self._chart = ClimateChart(climate.series, self)
        self._table = ClimateTable(climate.series, self)
        self._pages = QStackedWidget(self)
        self._chart_title = PlainLabel("CardTitle", self, wrap=False)
        self._chart_button, self._table_button = self._toggle(), self._toggle()
        # Isolated, or Urdu's right-to-left buttons would read "C°".
        self._celsius, self._fahrenheit = (
            self._toggle(isolate_ltr("°C")),
            self._toggle(isolate_ltr("°F")),
        )
        self._series_sources = [PlainLabel("SourceLine", self) for _ in climate.series]
        self._notes = [PassageCard(n, sources[n.source], self) for n in climate.notes]
        self._chart_card = self._build_chart_card()
        self._headline_grid = QGridLayout()
        self._row = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self._more = QGridLayout()
        self._lay_out()
        self._connect()
        # Tab reads the toolbar before the chart it drives (the chart was made first).
        chain = [self._chart_button, self._table_button, self._celsius, self._fahrenheit]
        for first, second in itertools.pairwise([*chain, self._chart, self._table]):
            QWidget.setTabOrder(first, second)
        self.set_fahrenheit(False)
        self.show_table(False)
        self.retranslate()

    # -- construction -----------------------------------------------------------------------

    def _story_card(self, series: tuple[ClimateSeries, ...]) -> ClimateStoryCard | None:
        # The pack lists the sister city first and home second, as the chart colours them.
        return ClimateStoryCard(series[0], series[1], self) if len(series) >= 2 else None

    def _toggle(self, text: str = "") -> QPushButton:
        # Checked shows the choice in force. Not an exclusive group: Qt would make each pair
        # one Tab stop, out of reach of a visitor whose keypad has only Tab and Space.
        button = QPushButton(text, self)
        button.setCheckable(True)
        button.setProperty("role", "toggle")
        return button

    def _build_chart_card(self) -> Card:
        card = Card(self)
        self._pages.addWidget(self._chart)
        self._pages.addWidget(self._table)
        self._fade = CrossFade(self._pages, card)
        toolbar = QHBoxLayout()
        toolbar.setSpacing(10)
        toolbar.addWidget(self._chart_title, 1)
        for group in ((self._chart_button, self._table_button), (self._celsius, self._fahrenheit)):
            for button in group:
                toolbar.addWidget(button)
            toolbar.addSpacing(14)
        card.box().addLayout(toolbar)
        card.box().addWidget(self._pages, 1)
        for label in self._series_sources:
            card.box().addWidget(label)
        return card

    def _lay_out(self) -> None:
        side = QWidget(self)
        column = QVBoxLayout(side)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(_SPACING)
        for card in (self._story, *self._notes[:1]):
            if card is not None:
                column.addWidget(card)
        column.addStretch(1)
        self._row.setSpacing(_SPACING)
        self._row.addWidget(side)
        self._row.addWidget(self._chart_card)
        for layout in (self._headline_grid, self._row, self._more):
            self.column().addLayout(layout)
        self.column().addStretch(1)  # spare height goes below the cards, not into the chart
        self._headline_grid.setSpacing(_SPACING)
        self._more.setSpacing(_SPACING)
        self._arrange(landscape=True)

    def _connect(self) -> None:
        self._chart_button.clicked.connect(lambda: self._page_clicked(False))
        self._table_button.clicked.connect(lambda: self._page_clicked(True))
        self._celsius.clicked.connect(lambda: self._unit_clicked(False))
        self._fahrenheit.clicked.connect(lambda: self._unit_clicked(True))
        # Each side sets the other without emitting, so the two can never echo each other.
        self._chart.monthSelected.connect(self._table.set_selected_month)
        self._table.monthSelected.connect(self._chart.set_selected_month)

    # -- arrangement ------------------------------------------------------------------------

    def _arrange(self, landscape: bool) -> None:
        """Side by side in landscape (story and first note beside the chart), else stacked."""
        if landscape == self._landscape:
            return
        self._landscape = landscape
        horizontal, vertical = QBoxLayout.Direction.LeftToRight, QBoxLayout.Direction.TopToBottom
        self._row.setDirection(horizontal if landscape else vertical)
        # Across, the chart takes two thirds; down, it takes any spare height.
        self._row.setStretch(0, 1 if landscape else 0)
        self._row.setStretch(1, 2 if landscape else 1)
        count = max(len(self._headlines), 1)
        self._headline_columns = min(count, 4) if landscape or count <= 4 else 2
        _regrid(self._headline_grid, self._headlines, self._headline_columns)
        _regrid(self._more, [self._summary, *self._notes[1:]], 3 if landscape else 1)

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._refit()
        super().resizeEvent(event)

    def _refit(self) -> None:
        """Arrange for the window's shape and fit the first screen to the headlines' height,
        which changes with the size and with the language (a longer headline, a taller row)."""
        viewport, window = self.viewport().size(), self.window()
        landscape = window.width() >= window.height()  # as the other views decide
        self._arrange(landscape)
        self._fit_first_screen(viewport.width(), viewport.height(), landscape)

    def _fit_first_screen(self, width: int, height: int, landscape: bool) -> None:
        """Size the chart so headlines, story and chart fill the first screen in landscape.

        In portrait the chart takes a good share of the width in height instead.
        """
        margins = self.column().contentsMargins()
        inner = width - margins.left() - margins.right()
        if landscape:
            # The row ends where the gap before the cards below begins, so those cards start
            # just off screen: nothing of them is painted until a visitor scrolls.
            room = height - margins.top() - self._headlines_height(inner) - _SPACING
            self._chart_card.setMinimumHeight(max(room, 0))
            self._chart.setMinimumHeight(_MIN_CHART)
        else:
            self._chart_card.setMinimumHeight(0)
            self._chart.setMinimumHeight(max(_MIN_CHART, int(inner * 0.62)))

    def _headlines_height(self, inner: int) -> int:
        """The headline rows' height (and the gap under them) at a column ``inner`` px wide."""
        if not self._headlines:
            return 0
        columns = self._headline_columns
        width = (inner - (columns - 1) * _SPACING) // columns
        rows = -(-len(self._headlines) // columns)
        tallest = max(
            t.heightForWidth(width) if t.hasHeightForWidth() else t.sizeHint().height()
            for t in self._headlines
        )
        return rows * (tallest + _SPACING)

    # -- state ------------------------------------------------------------------------------

    def _unit_clicked(self, fahrenheit: bool) -> None:
        if fahrenheit != self._unit_fahrenheit:
            self._fade.run(lambda: self.set_fahrenheit(fahrenheit))
        self._show_choices()  # a click toggled the button: checked is the unit in force

    def _page_clicked(self, table: bool) -> None:
        if table != self.table_shown():
            self._fade.run(lambda: self.show_table(table))
        self._show_choices()

    def _show_choices(self) -> None:
        table, fahrenheit = self.table_shown(), self._unit_fahrenheit
        for button, on in (
            (self._chart_button, not table),
            (self._table_button, table),
            (self._celsius, not fahrenheit),
            (self._fahrenheit, fahrenheit),
        ):
            button.setChecked(on)

    def is_fahrenheit(self) -> bool:
        return self._unit_fahrenheit

    def set_fahrenheit(self, on: bool) -> None:
        self._unit_fahrenheit = on
        self._chart.set_unit_fahrenheit(on)
        self._table.set_unit_fahrenheit(on)
        if self._story is not None:
            self._story.set_unit_fahrenheit(on)
        self._show_choices()

    def table_shown(self) -> bool:
        return self._pages.currentWidget() is self._table

    def show_table(self, on: bool) -> None:
        self._pages.setCurrentWidget(self._table if on else self._chart)
        self._show_choices()

    def set_language(self, language: Language) -> None:
        self._summary.set_language(language)
        for tile in self._headlines:
            tile.set_language(language)
        if self._story is not None:
            self._story.set_language(language)
        self._chart.set_language(language)
        self._table.set_language(language)
        for label, series in zip(self._series_sources, self._climate.series, strict=True):
            label.set_content(self._series_source_text(series, language))
        for note in self._notes:
            note.set_language(language)
        # Fitted to this language's headlines, not the last one's: otherwise the page's
        # layout would depend on the language a visitor came from.
        self._refit()

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
        self._chart_title.set_content(self.tr("Month by month"))
        self._chart_button.setText(self.tr("Chart"))
        self._table_button.setText(self.tr("Table"))
        self._chart_button.setAccessibleName(self.tr("Show the chart"))
        self._table_button.setAccessibleName(self.tr("Show the table of figures"))
        self._celsius.setAccessibleName(self.tr("Show degrees Celsius"))
        self._fahrenheit.setAccessibleName(self.tr("Show degrees Fahrenheit"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def hideEvent(self, event: QHideEvent) -> None:
        self._fade.stop()  # nothing ticks behind another view
        super().hideEvent(event)

    def reset(self) -> None:
        """Back to how a new visitor finds it: °C, the chart, no month, sources folded, top."""
        self._fade.stop()
        self.set_fahrenheit(False)
        self.show_table(False)
        self._chart.set_selected_month(None)
        self._table.set_selected_month(None)
        for tile in self._headlines:
            tile.set_source_shown(False)
        self.reset_scroll()

    def select(self, item_id: str) -> bool:
        return False

    # -- for tests and the attract loop -----------------------------------------------------

    def chart(self) -> ClimateChart:
        return self._chart

    def table(self) -> ClimateTable:
        return self._table

    def story(self) -> ClimateStoryCard | None:
        return self._story

    def crossfade(self) -> CrossFade:
        return self._fade

    def buttons(self) -> dict[str, QPushButton]:
        return {
            "chart": self._chart_button,
            "table": self._table_button,
            "celsius": self._celsius,
            "fahrenheit": self._fahrenheit,
        }
