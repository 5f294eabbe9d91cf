"""The story card under the timeline: the selected event told in full, with its source.

Everything from the pack is shown as plain text (never rich text). A horizontal swipe with
one finger, or the previous/next buttons, ask the owner to step; the card itself does not
know the timeline, so the owner calls :meth:`StoryCard.set_position` to enable the buttons.
"""

from __future__ import annotations

import logging
from collections import OrderedDict
from collections.abc import Callable, Mapping
from math import ceil
from pathlib import Path

from PySide6.QtCore import QEvent, QPointF, QSize, Qt, Signal
from PySide6.QtGui import (
    QEventPoint,
    QImageReader,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPixmap,
    QResizeEvent,
    QTextLayout,
    QTextOption,
    QTouchEvent,
)
from PySide6.QtWidgets import QAbstractButton, QBoxLayout, QHBoxLayout, QLabel, QPushButton, QWidget

from kiosk.content.model import Source, TimelineEvent
from kiosk.core import paths
from kiosk.core.languages import Language
from kiosk.core.swipe import Gesture, Swipe, SwipeTracker
from kiosk.ui import icons
from kiosk.ui.date_format import format_partial_date
from kiosk.ui.formatting import locale_for, source_line
from kiosk.ui.palette import DEFAULT
from kiosk.ui.widgets.card import Card
from kiosk.ui.widgets.plain_label import PlainLabel

log = logging.getLogger(__name__)

# The card's own type scale and colours, in the units of the app stylesheet.
_STYLE = f"""
QLabel#StoryDate {{ color: {DEFAULT.accent}; font-weight: 700; font-size: 14pt; }}
QLabel#StoryPlace {{ color: {DEFAULT.text_muted}; font-size: 14pt; }}
QLabel#StoryTitle {{ color: {DEFAULT.text}; font-weight: 700; font-size: 22pt; }}
"""
_IMAGE_CACHE_SIZE = 8
_PADDING = 28
_WIDE = 760  # from this card width the picture sits beside the words, not above them
_LAYOUT_CACHE_SIZE = 24  # (text, width) pairs: every event at the widths a layout probes
_ICON_PX = 32
_TOUCH = {QEvent.Type.TouchBegin, QEvent.Type.TouchUpdate, QEvent.Type.TouchEnd}
_RELAYOUT = {QEvent.Type.FontChange, QEvent.Type.LayoutDirectionChange, QEvent.Type.StyleChange}


class StoryCard(Card):
    """Title, date at its precision, place, full text, source and an image when there is one."""

    stepRequested = Signal(int)  # -1 previous, +1 next event
    touched = Signal()  # any press on the card: the owner stops autoplay, the visitor leads

    def __init__(self, sources: Mapping[str, Source], parent: QWidget | None = None) -> None:
        super().__init__(parent, padding=_PADDING)
        self.setStyleSheet(_STYLE)
        self._sources = sources
        self._event: TimelineEvent | None = None
        self._images: OrderedDict[Path, QPixmap | None] = OrderedDict()
        self._scaled_key: tuple[int, int, int] | None = None
        self._tracker = SwipeTracker()
        self._position: tuple[int, int, Language | None] | None = None
        self.date_label = PlainLabel("StoryDate", self, wrap=False)
        self.place_label = _Wrapped("StoryPlace", self)
        self.title_label = _Wrapped("StoryTitle", self)
        self.text_label = _Wrapped("Body", self)
        self.source_label = _Wrapped("SourceLine", self)
        self.image_label = QLabel(self)
        self.counter_label = PlainLabel("Muted", self, wrap=False)
        self.previous_button = self._button(lambda: self.stepRequested.emit(-1))
        self.next_button = self._button(lambda: self.stepRequested.emit(1))
        self._body = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self._lay_out()
        self.setAttribute(Qt.WidgetAttribute.WA_AcceptTouchEvents)
        self.image_label.hide()
        self._retranslate()
        self._flip_arrows()

    def _button(self, slot: Callable[[], None]) -> QPushButton:
        button = QPushButton(self)
        button.setProperty("role", "action")
        button.setIconSize(QSize(_ICON_PX, _ICON_PX))
        button.setMinimumSize(64, 64)  # a thumb-sized target, above the 48 px floor
        button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        button.pressed.connect(self.touched)
        button.clicked.connect(slot)
        return button

    def _lay_out(self) -> None:
        heading = QHBoxLayout()
        heading.setSpacing(16)
        heading.addWidget(self.date_label)
        heading.addWidget(self.place_label, 1)
        words = QBoxLayout(QBoxLayout.Direction.TopToBottom)
        words.setSpacing(12)
        words.addLayout(heading)
        for label in (self.title_label, self.text_label, self.source_label):
            words.addWidget(label)
        words.addStretch(1)
        self._body.setSpacing(28)
        self._body.addLayout(words, 3)
        self._body.addWidget(self.image_label, 2, Qt.AlignmentFlag.AlignTop)
        arrows = QHBoxLayout()
        arrows.addWidget(self.previous_button)
        arrows.addStretch(1)
        arrows.addWidget(self.counter_label)
        arrows.addStretch(1)
        arrows.addWidget(self.next_button)
        self.box().addLayout(self._body, 1)
        self.box().addLayout(arrows)

    # -- public API ------------------------------------------------------------------------

    def show_event(self, event: TimelineEvent, language: Language) -> None:
        """Show ``event`` in ``language``; the date at the precision it is known."""
        self._event = event
        title, date = event.title.get(language), format_partial_date(event.date, language)
        self.date_label.set_content(date)
        self.place_label.set_content(event.place.get(language))
        self.title_label.set_content(title)
        self.text_label.set_content(event.text.get(language))
        source = self._sources.get(event.source)
        self.source_label.set_content(source_line(source, language) if source else "")
        self.source_label.setVisible(source is not None)
        self.setAccessibleName(title)
        self.setAccessibleDescription(f"{title}, {date}")
        self._show_image(event)
        self.image_label.setAccessibleName(title)

    def set_position(self, index: int, count: int, language: Language | None = None) -> None:
        """Say which event of how many is shown, and enable the buttons that can move."""
        self._position = (index, count, language)
        locale = locale_for(language) if language else self.locale()
        text = self.tr("%1 of %2").replace("%1", locale.toString(index + 1))
        self.counter_label.set_content(text.replace("%2", locale.toString(count)))
        self.previous_button.setEnabled(index > 0)
        self.next_button.setEnabled(index < count - 1)

    def event_shown(self) -> TimelineEvent | None:
        return self._event

    # -- image -----------------------------------------------------------------------------

    def _show_image(self, event: TimelineEvent) -> None:
        pixmap = self._load(event.image) if event.image else None
        self.image_label.setVisible(pixmap is not None)
        if pixmap is not None:
            self._fit_image(pixmap)

    def _load(self, path: Path) -> QPixmap | None:
        """The image at full size, from a small cache: visitors go back and forth.

        An unreadable image is remembered too, so it warns once, not on every visit.
        """
        if path in self._images:
            self._images.move_to_end(path)
            return self._images[path]
        reader = QImageReader(str(path))
        reader.setAutoTransform(True)  # honour EXIF rotation from phone cameras
        image = reader.read()
        if image.isNull():
            log.warning(
                "event image %s unreadable (%s); showing the story without it",
                path,
                reader.errorString(),
            )
        self._images[path] = None if image.isNull() else QPixmap.fromImage(image)
        while len(self._images) > _IMAGE_CACHE_SIZE:
            self._images.popitem(last=False)
        return self._images[path]

    def _fit_image(self, pixmap: QPixmap) -> None:
        """Scale to the card: a side column when wide, the full width when narrow."""
        width = self.width()
        if width >= _WIDE:
            box = QSize(max(int(width * 0.36), 160), 360)
        else:
            inner = max(width - 2 * _PADDING, 160)
            box = QSize(inner, min(360, int(inner * 0.6)))
        key = (pixmap.cacheKey(), box.width(), box.height())
        if key != self._scaled_key:  # smooth scaling is slow; do it once per image and size
            self._scaled_key = key
            self.image_label.setPixmap(
                pixmap.scaled(
                    box,
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            )

    # -- Qt overrides ----------------------------------------------------------------------

    def minimumSizeHint(self) -> QSize:
        # Wrapped labels report their height at their narrowest; at the width the card has,
        # the text needs far less, so the view above need not grow (or scroll) for nothing.
        width = max(self.width(), 320)
        return QSize(320, self.heightForWidth(width))

    def resizeEvent(self, event: QResizeEvent) -> None:
        # Side by side when there is room, the picture above the words when narrow.
        wide = event.size().width() >= _WIDE
        direction = QBoxLayout.Direction.LeftToRight if wide else QBoxLayout.Direction.BottomToTop
        if self._body.direction() != direction:
            self._body.setDirection(direction)
            self._body.setStretchFactor(self.image_label, 2 if wide else 0)
        if self._event is not None and self._event.image:
            pixmap = self._load(self._event.image)
            if pixmap is not None:
                self._fit_image(pixmap)
        super().resizeEvent(event)
        if event.oldSize().width() != event.size().width():
            self.updateGeometry()  # the minimum height depends on the width

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
            if self._position is not None:
                self.set_position(*self._position)  # "3 of 5" in the new language
        elif event.type() == QEvent.Type.LayoutDirectionChange:
            self._flip_arrows()
        super().changeEvent(event)

    def event(self, event: QEvent) -> bool:
        if event.type() in _TOUCH and isinstance(event, QTouchEvent):
            if event.type() == QEvent.Type.TouchBegin and self._on_button(event):
                event.ignore()  # let Qt turn the touch into a click on the button
                return False
            self._touch(event)
            return True
        if event.type() == QEvent.Type.TouchCancel:
            self._tracker.cancel()
            return True
        return super().event(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.touched.emit()
        if event.button() is Qt.MouseButton.LeftButton:
            pos = event.position()
            self._tracker.press(-1, pos.x(), pos.y(), float(event.timestamp()))

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        pos = event.position()
        self._tracker.move(-1, pos.x(), pos.y(), float(event.timestamp()))

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() is Qt.MouseButton.LeftButton:
            pos, t = event.position(), float(event.timestamp())
            rtl = self.isRightToLeft()
            self._finish(self._tracker.release(-1, pos.x(), pos.y(), t, self.width(), rtl))

    # -- helpers ---------------------------------------------------------------------------

    def _on_button(self, event: QTouchEvent) -> bool:
        points = event.points()
        child = self.childAt(points[0].position().toPoint()) if points else None
        return isinstance(child, QAbstractButton)

    def _touch(self, event: QTouchEvent) -> None:
        if event.type() == QEvent.Type.TouchBegin:
            self.touched.emit()
        for point in event.points():
            pos, t = point.position(), float(point.timestamp() or event.timestamp())
            if point.state() is QEventPoint.State.Pressed:
                self._tracker.press(point.id(), pos.x(), pos.y(), t)
            elif point.state() is QEventPoint.State.Released:
                width, rtl = self.width(), self.isRightToLeft()
                self._finish(self._tracker.release(point.id(), pos.x(), pos.y(), t, width, rtl))
            elif point.state() is QEventPoint.State.Updated:  # stationary points add nothing
                self._tracker.move(point.id(), pos.x(), pos.y(), t)

    def _finish(self, gesture: Gesture | None) -> None:
        if gesture is not None and gesture.swipe is not Swipe.NONE:
            step = 1 if gesture.swipe is Swipe.NEXT else -1
            if (self.next_button if step > 0 else self.previous_button).isEnabled():
                self.stepRequested.emit(step)

    def _retranslate(self) -> None:
        self.previous_button.setAccessibleName(self.tr("Previous event"))
        self.next_button.setAccessibleName(self.tr("Next event"))

    def _flip_arrows(self) -> None:
        # Arrows point the way the story moves, so they swap under right to left.
        rtl = self.isRightToLeft()
        for button, name in ((self.previous_button, "previous"), (self.next_button, "next")):
            shown = {"previous": "next", "next": "previous"}[name] if rtl else name
            if _has_icon(shown):
                button.setIcon(icons.icon(shown, _ICON_PX, DEFAULT.accent_text))
                button.setText("")
            else:
                button.setText("‹" if shown == "previous" else "›")


class _Wrapped(PlainLabel):
    """A wrapped plain-text label that lays each text out once per width and keeps it.

    QLabel sizes wrapped text by laying it out at several trial widths, at zero width for
    its minimum, and again on every paint; with Nastaliq that took a whole frame per
    selection. Here a ``QTextLayout`` per (text, width) serves size hints and painting, and
    is kept for when the visitor (or autoplay) comes back to the event. A ``QTextLayout``
    never interprets markup: the text stays plain text.
    """

    def __init__(self, object_name: str, parent: QWidget) -> None:
        super().__init__(object_name, parent)
        self._layouts: OrderedDict[tuple[str, int], tuple[QTextLayout, float]] = OrderedDict()

    def heightForWidth(self, width: int) -> int:
        return ceil(self._laid_out(width)[1])

    def sizeHint(self) -> QSize:
        # At the width the label has, which is laid out already; a trial width would cost
        # another layout of the text for a hint the height-for-width layout ignores.
        width = self.width() if self.width() > 1 else 40 * self.fontMetrics().averageCharWidth()
        return QSize(width, self.heightForWidth(width))

    def minimumSizeHint(self) -> QSize:
        return QSize(8 * self.fontMetrics().averageCharWidth(), self.fontMetrics().lineSpacing())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in _RELAYOUT:
            self._layouts.clear()
        super().changeEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        layout, _ = self._laid_out(self.width())
        with QPainter(self) as painter:
            painter.setPen(self.palette().color(self.foregroundRole()))
            layout.draw(painter, QPointF(0, 0))

    def _laid_out(self, width: int) -> tuple[QTextLayout, float]:
        key = (self.text(), width)
        found = self._layouts.get(key)
        if found is None:
            found = self._layouts[key] = self._lay_out_text(width)
            while len(self._layouts) > _LAYOUT_CACHE_SIZE:
                self._layouts.popitem(last=False)
        else:
            self._layouts.move_to_end(key)
        return found

    def _lay_out_text(self, width: int) -> tuple[QTextLayout, float]:
        # U+2028 is how QTextLayout spells a line break inside one paragraph.
        layout = QTextLayout(self.text().replace("\n", "\u2028"), self.font())
        rtl = self.layoutDirection() is Qt.LayoutDirection.RightToLeft
        option = QTextOption(Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft)
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        option.setTextDirection(self.layoutDirection())
        layout.setTextOption(option)
        height = 0.0
        layout.beginLayout()
        while (line := layout.createLine()).isValid():
            line.setLineWidth(max(width, 1))
            line.setPosition(QPointF(0, height))
            height += line.height()
        layout.endLayout()
        return layout, height


def _has_icon(name: str) -> bool:
    try:
        return paths.resource(f"icons/{name}.svg").is_file()
    except (OSError, ValueError):
        return False
