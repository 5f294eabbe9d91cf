"""The attract loop: a tour of highlights that plays until a visitor touches the screen."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QLineF, QPointF, QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
    QPixmap,
    QResizeEvent,
)
from PySide6.QtWidgets import QApplication, QScrollArea, QWidget

from kiosk.core.languages import Language
from kiosk.session.veil import Veil
from kiosk.ui.fonts import FontSet
from kiosk.ui.icons import pixmap
from kiosk.ui.main_window import MainWindow
from kiosk.ui.palette import DEFAULT
from kiosk.ui.widgets.climate_chart import ClimateChart
from kiosk.ui.widgets.map_widget import MapWidget

# Shown in all three languages at once, whatever the interface language, so every visitor
# finds an invitation they can read: these are not tr() strings, which give one language.
INVITATION: tuple[tuple[Language, str, float], ...] = (
    (Language.EN, "Touch to explore", 34.0),
    (Language.ZH, "触摸屏幕开始探索", 30.0),
    (Language.UR, "اسکرین کو چھو کر دریافت کیجیے", 27.0),
)
TIMELINE_INTERVAL_MS = 5000
MONTH_STEP_MS = 2500
_HIGHLIGHT_MONTHS = (0, 6)  # January and July: winter and summer in both cities


@dataclass(frozen=True)
class TourStop:
    """One view the tour shows, and for how long."""

    view: str
    duration_ms: int


DEFAULT_TOUR = (
    TourStop("overview", 12_000),
    TourStop("climate", 12_000),
    TourStop("timeline", 6 * TIMELINE_INTERVAL_MS),
)


class AttractLoop(Veil):
    """Tours the views behind an invitation; the waking touch is swallowed, not a click."""

    woken = Signal()

    def __init__(
        self,
        window: MainWindow,
        fonts: FontSet,
        tour: tuple[TourStop, ...] = DEFAULT_TOUR,
        timeline_interval_ms: int = TIMELINE_INTERVAL_MS,
    ) -> None:
        super().__init__(window)
        self.setObjectName("AttractLoop")
        self._window = window
        self._fonts = fonts
        self._tour = tour
        self._interval_ms = timeline_interval_ms
        self._index = -1
        self._month = 0
        self._banner: QPixmap | None = None
        self._step = _single_shot(self, self._advance)
        self._months = QTimer(self)
        self._months.setInterval(MONTH_STEP_MS)
        self._months.timeout.connect(self._next_month)
        self.touched.connect(self._on_touched)
        self.setAccessibleName("\n".join(text for _, text, _ in INVITATION))

    def is_running(self) -> bool:
        return self.isVisible()

    def current_stop(self) -> TourStop | None:
        return self._tour[self._index] if self.is_running() and self._index >= 0 else None

    def start(self) -> None:
        """Cover the kiosk and start the tour at its first stop."""
        self._index = -1
        self.cover()
        self._advance()

    def stop(self) -> None:
        """End the tour and uncover the kiosk (the views keep whatever state it left)."""
        self._step.stop()
        self._leave_stop()
        self.hide()

    def _on_touched(self) -> None:
        if not self._step.isActive():
            return  # a second finger while the first is still down: one wake is enough
        self._step.stop()
        self._leave_stop()
        # Hide only once the finger lifts, so the release lands here too (see Veil).
        self.released.connect(self._wake, Qt.ConnectionType.SingleShotConnection)

    def _wake(self) -> None:
        self.hide()
        self.woken.emit()

    def _advance(self) -> None:
        self._leave_stop()
        self._index = (self._index + 1) % len(self._tour)
        stop = self._tour[self._index]
        had_keys = QApplication.focusWidget()
        self._window.show_view(stop.view)
        self._feature(stop.view)
        # show_view hands the keyboard to the view: give it back to whoever had it when
        # that was a layer above the tour (the staff PIN pad), else keep it here.
        if had_keys is not None and had_keys is not self and self._above(had_keys):
            had_keys.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self.setFocus(Qt.FocusReason.OtherFocusReason)
        self._step.start(stop.duration_ms)

    def _above(self, widget: QWidget) -> bool:
        """Whether ``widget`` is not in a view (nor in this layer): a layer over the tour."""
        inside = [self, *self._window.built_views().values()]
        return not any(each is widget or each.isAncestorOf(widget) for each in inside)

    def _feature(self, name: str) -> None:
        view = self._window.view(name)
        if name == "overview":
            _bring_into_view(view, view.findChild(MapWidget))
        elif name == "climate":
            chart = view.findChild(ClimateChart)
            _bring_into_view(view, chart)
            self._month = 0
            self._next_month()
            self._months.start()
        elif name == "timeline":
            _call(view, "start_autoplay", self._interval_ms)

    def _leave_stop(self) -> None:
        self._months.stop()
        for view in self._window.built_views().values():
            _call(view, "stop_autoplay")
        chart = self._chart()
        if chart is not None:
            _call(chart, "set_selected_month", None)

    def _next_month(self) -> None:
        chart = self._chart()
        if chart is not None:
            _call(chart, "set_selected_month", _HIGHLIGHT_MONTHS[self._month])
        self._month = (self._month + 1) % len(_HIGHLIGHT_MONTHS)

    def _chart(self) -> QWidget | None:
        view = self._window.built_views().get("climate")
        return view.findChild(ClimateChart) if view is not None else None

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._banner = None
        super().resizeEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        if self._banner is None:
            # Sized for a 1080-line screen, smaller on a small one, never below legible.
            scale = max(0.8, min(1.5, self.height() / 1080))
            self._banner = render_banner(self._fonts, self.width(), self.devicePixelRatioF(), scale)
        banner_size = self._banner.deviceIndependentSize()
        left = (self.width() - banner_size.width()) / 2
        top = self.height() - banner_size.height() - max(24.0, self.height() * 0.045)
        with QPainter(self) as painter:
            painter.drawPixmap(QPointF(left, top), self._banner)


@dataclass(frozen=True)
class _Banner:
    """Where the card's parts go: the icon, one box per language, dividers between."""

    width: float
    height: float
    icon: QRectF
    boxes: tuple[QRectF, ...]
    dividers: tuple[QLineF, ...] = ()


def render_banner(
    fonts: FontSet, available_width: int, ratio: float, scale: float = 1.0
) -> QPixmap:
    """The invitation card: a touch icon and the three languages, cached as one picture.

    One row along the bottom where it fits, so the tour stays in view; stacked otherwise.
    """
    lines = [(fonts.font_for(lang, size * scale), text) for lang, text, size in INVITATION]
    for font, _ in lines:
        font.setBold(True)
    sizes = [
        (QFontMetricsF(font).horizontalAdvance(text), QFontMetricsF(font).height())
        for font, text in lines
    ]
    banner = _row(sizes, scale)
    if banner.width > available_width - 96 * scale:
        banner = _column(sizes, scale)
    image = QPixmap(QSize(round(banner.width * ratio), round(banner.height * ratio)))
    image.setDevicePixelRatio(ratio)
    image.fill(Qt.GlobalColor.transparent)
    with QPainter(image) as painter:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        card = QPainterPath()
        radius = min(40 * scale, banner.height / 2)
        card.addRoundedRect(QRectF(0, 0, banner.width, banner.height), radius, radius)
        painter.fillPath(card, QColor(DEFAULT.tab_bar))
        _paint_touch_icon(painter, banner.icon)
        _paint_lines(painter, lines, banner)
    return image


def _row(sizes: list[tuple[float, float]], scale: float) -> _Banner:
    icon, pad, gap = 88 * scale, 28 * scale, 56 * scale
    height = max(icon, *(h for _, h in sizes)) + 2 * pad
    left = pad + icon + gap * 0.75
    boxes, dividers = [], []
    for index, (width, line_height) in enumerate(sizes):
        if index:
            dividers.append(QLineF(left - gap / 2, height * 0.3, left - gap / 2, height * 0.7))
        boxes.append(QRectF(left, (height - line_height) / 2, width, line_height))
        left += width + gap
    icon_box = QRectF(pad, (height - icon) / 2, icon, icon)
    return _Banner(left - gap + pad * 1.5, height, icon_box, tuple(boxes), tuple(dividers))


def _column(sizes: list[tuple[float, float]], scale: float) -> _Banner:
    icon, gap, pad = 120 * scale, 40 * scale, 44 * scale
    text_width = max(w for w, _ in sizes)
    text_height = sum(h for _, h in sizes)
    height = max(icon, text_height) + pad * 2
    top = (height - text_height) / 2
    boxes = []
    for _, line_height in sizes:
        boxes.append(QRectF(pad + icon + gap, top, text_width, line_height))
        top += line_height
    icon_box = QRectF(pad, (height - icon) / 2, icon, icon)
    return _Banner(pad * 2 + icon + gap + text_width, height, icon_box, tuple(boxes))


def _paint_touch_icon(painter: QPainter, box: QRectF) -> None:
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(DEFAULT.accent))
    painter.drawEllipse(box)
    inner = round(box.width() * 0.56)
    glyph = pixmap("touch", inner, DEFAULT.accent_text, painter.device().devicePixelRatioF())
    offset = (box.width() - inner) / 2
    painter.drawPixmap(QPointF(box.left() + offset, box.top() + offset), glyph)


def _paint_lines(painter: QPainter, lines: list[tuple[QFont, str]], banner: _Banner) -> None:
    divider = QColor(DEFAULT.tab_text)
    divider.setAlphaF(0.35)
    painter.setPen(QPen(divider, 2))
    for line in banner.dividers:
        painter.drawLine(line)
    colours = (DEFAULT.accent_text, DEFAULT.tab_text, DEFAULT.tab_text)
    for (font, text), box, colour in zip(lines, banner.boxes, colours, strict=True):
        painter.setFont(font)
        painter.setPen(QColor(colour))
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter, text)


def _bring_into_view(view: QWidget, target: QWidget | None) -> None:
    if isinstance(view, QScrollArea) and target is not None:
        view.ensureWidgetVisible(target, 0, 0)


def _call(target: object, name: str, *args: object) -> None:
    """Call ``target.name(*args)`` when the widget offers it (views grow features apart)."""
    method = getattr(target, name, None)
    if callable(method):
        method(*args)


def _single_shot(parent: QWidget, slot: Callable[[], None]) -> QTimer:
    timer = QTimer(parent)
    timer.setSingleShot(True)
    timer.timeout.connect(slot)
    return timer
