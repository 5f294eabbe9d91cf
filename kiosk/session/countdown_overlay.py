"""The "Still there?" card: a few seconds' countdown before the kiosk starts over."""

from __future__ import annotations

import math

from PySide6.QtCore import (
    QEasingCurve,
    QEvent,
    QLocale,
    QRectF,
    QSize,
    Qt,
    QVariantAnimation,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QFrame, QVBoxLayout, QWidget

from kiosk.session.veil import Veil
from kiosk.ui.palette import DEFAULT
from kiosk.ui.widgets.plain_label import PlainLabel

RING_SIZE = 220
_SCRIM = QColor(DEFAULT.tab_bar)
_SCRIM.setAlphaF(0.84)
STYLE = f"""
QFrame#VeilCard {{ background: {DEFAULT.surface}; border-radius: 32px; }}
QLabel#VeilTitle {{ color: {DEFAULT.text}; font-size: 38pt; font-weight: 700; }}
QLabel#VeilBody {{ color: {DEFAULT.text_muted}; font-size: 20pt; }}
"""


class CountdownOverlay(Veil):
    """Dims the kiosk and counts down; a touch anywhere cancels, the end emits ``expired``."""

    expired = Signal()
    dismissed = Signal()

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setObjectName("CountdownOverlay")
        self.setStyleSheet(STYLE)
        self._ring = CountdownRing(self)
        self._title = PlainLabel("VeilTitle", self)
        self._body = PlainLabel("VeilBody", self)
        self._animation = QVariantAnimation(self)
        self._animation.setStartValue(1.0)
        self._animation.setEndValue(0.0)
        self._animation.setEasingCurve(QEasingCurve.Type.Linear)
        self._animation.valueChanged.connect(self._on_progress)
        self._animation.finished.connect(self._on_finished)
        self._lay_out()
        self.touched.connect(self.cancel)
        self.retranslate()

    def _lay_out(self) -> None:
        card = QFrame(self)
        card.setObjectName("VeilCard")
        card.setFixedWidth(680)
        column = QVBoxLayout(card)
        column.setContentsMargins(56, 48, 56, 56)
        column.setSpacing(18)
        column.addWidget(self._ring, 0, Qt.AlignmentFlag.AlignHCenter)
        column.addSpacing(8)
        for label in (self._title, self._body):
            label.setAlignment(Qt.AlignmentFlag.AlignHCenter)
            column.addWidget(label)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        outer.addWidget(card, 0, Qt.AlignmentFlag.AlignHCenter)
        outer.addStretch(1)

    def start(self, duration_ms: int) -> None:
        """Cover the kiosk and count ``duration_ms`` down to zero."""
        self._animation.stop()
        self._animation.setDuration(max(1, duration_ms))
        self._ring.set_state(1.0, duration_ms)
        self.retranslate()
        self.cover()
        self._animation.start()

    def is_counting(self) -> bool:
        return self.isVisible()

    def cancel(self) -> None:
        """Stop counting (a visitor is still there); emits ``dismissed`` once released."""
        if self._animation.state() != QVariantAnimation.State.Running:
            return
        self._animation.stop()
        self.released.connect(self._finish_dismiss, Qt.ConnectionType.SingleShotConnection)

    def abort(self) -> None:
        """Hide without a word (the kiosk is being reset or closed for other reasons)."""
        self._animation.stop()
        self.hide()

    def _finish_dismiss(self) -> None:
        self.hide()
        self.dismissed.emit()

    def _on_progress(self, value: float) -> None:
        self._ring.set_state(value, self._animation.duration())

    def _on_finished(self) -> None:
        self.hide()
        self.expired.emit()

    def paintEvent(self, event: QPaintEvent) -> None:
        with QPainter(self) as painter:
            painter.fillRect(self.rect(), _SCRIM)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self._title.set_content(self.tr("Still there?"))
        self._body.set_content(self.tr("Touch anywhere to keep exploring."))
        self.setAccessibleName(self._title.text())


class CountdownRing(QWidget):
    """A ring that empties as time runs out, with the whole seconds left in its middle."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._share = 1.0
        self._seconds = 0
        self.setFixedSize(QSize(RING_SIZE, RING_SIZE))
        # Opaque: each frame repaints the ring alone, not the dimmed kiosk beneath it.
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)

    def seconds_left(self) -> int:
        return self._seconds

    def set_state(self, share: float, duration_ms: int) -> None:
        seconds = math.ceil(share * duration_ms / 1000 - 1e-6)
        if seconds != self._seconds:
            self._seconds = seconds
            self.setAccessibleName(self.tr("Starting over in %n second(s)", "", seconds))
        self._share = share
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        with QPainter(self) as painter:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.fillRect(self.rect(), QColor(DEFAULT.surface))
            width = 16.0
            box = QRectF(self.rect()).adjusted(width, width, -width, -width)
            painter.setPen(QPen(QColor(DEFAULT.surface_alt), width))
            painter.drawEllipse(box)
            pen = QPen(QColor(DEFAULT.accent), width)
            pen.setCapStyle(Qt.PenCapStyle.RoundCap)
            painter.setPen(pen)
            # Qt angles are 1/16 degree from three o'clock; negative runs clockwise, as a clock.
            painter.drawArc(box, 90 * 16, -round(self._share * 360 * 16))  # clockwise
            self._paint_number(painter, box)

    def _paint_number(self, painter: QPainter, box: QRectF) -> None:
        font = QFont(self.font())
        font.setPointSizeF(64)
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(QColor(DEFAULT.text))
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter, QLocale().toString(self._seconds))
