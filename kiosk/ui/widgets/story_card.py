"""The story card under the timeline: the selected event told in full, with its source.

Everything from the pack is shown as plain text (never rich text). A horizontal swipe with
one finger, or the previous/next buttons at the card's sides, ask the owner to step; the
card does not know the timeline, so the owner calls :meth:`StoryCard.set_position` to
enable the buttons. When the event's source has a web address the card shows it as a QR
code, so a visitor can take the original home on a phone.
"""

from __future__ import annotations

import logging
from collections import OrderedDict
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path

from PySide6.QtCore import QEvent, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QImageReader,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QPixmap,
    QResizeEvent,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QBoxLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kiosk.content.model import Source, TimelineEvent
from kiosk.core import paths
from kiosk.core.languages import Language
from kiosk.core.swipe import Gesture, Swipe
from kiosk.ui import icons, palette
from kiosk.ui.date_format import format_partial_date
from kiosk.ui.formatting import locale_for, source_line
from kiosk.ui.widgets.card import Card
from kiosk.ui.widgets.plain_label import PlainLabel
from kiosk.ui.widgets.qr_code import QrCode
from kiosk.ui.widgets.swipe_input import TOUCH_EVENTS, SwipeInput
from kiosk.ui.widgets.wrapped_label import WrappedLabel

log = logging.getLogger(__name__)

_RAIL_W, _RAIL_H, _RAIL_GAP = 64, 96, 16  # previous/next: tall thumb-sized rails
_IMAGE_CACHE_SIZE = 8
_PADDING = 24
_ASPECT = 0.55  # the card's usual greatest height for its width, see _cap_height
_WIDE = 760  # from this card width the picture sits beside the words, not above them
_ICON_PX = 32


class StoryCard(Card):
    """Title, date at its precision, place, full text, source, image and source QR code."""

    stepRequested = Signal(int)  # -1 previous, +1 next event
    touched = Signal()  # any press on the card: the owner stops autoplay, the visitor leads

    def __init__(self, sources: Mapping[str, Source], parent: QWidget | None = None) -> None:
        super().__init__(parent, padding=_PADDING)
        self._sources = sources
        self._event: TimelineEvent | None = None
        self._images: OrderedDict[Path, QPixmap | None] = OrderedDict()
        self._scaled_key: tuple[int, int, int] | None = None
        self._swipes = SwipeInput(
            self, self._finish, on_touch=self.touched.emit, buttons_click=True
        )
        self._position: tuple[int, int, Language | None] | None = None
        self._wide = True
        self._language: Language | None = None
        self._reserved = (0, 0)  # (card width, height of its tallest story), see keep_room_for
        self._room_for: tuple[TimelineEvent, ...] = ()
        # The story (not the buttons) is one widget, so the owner can animate its arrival.
        self.content = _Story(self)
        self.date_label = PlainLabel("StoryDate", self.content, wrap=False)
        self.place_label = WrappedLabel("StoryPlace", self.content)
        self.counter_label = PlainLabel("Muted", self.content, wrap=False)
        self.title_label = WrappedLabel("StoryTitle", self.content)
        self.text_label = WrappedLabel("Body", self.content)
        self.source_label = WrappedLabel("SourceLine", self.content)
        self.image_label = QLabel(self.content)
        self.qr_code = QrCode(self.content)
        self.previous_button = self._button(lambda: self.stepRequested.emit(-1))
        self.next_button = self._button(lambda: self.stepRequested.emit(1))
        self._body = QBoxLayout(QBoxLayout.Direction.LeftToRight, self.content)
        self._words = QVBoxLayout()
        self._aside = QBoxLayout(QBoxLayout.Direction.TopToBottom)
        self._lay_out()
        # Tab (or Enter on the timeline) brings a screen reader here to read the story;
        # a finger never focuses it, so no focus ring appears on a touch.
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.image_label.hide()
        self._retranslate()
        self._flip_arrows()

    def _button(self, slot: Callable[[], None]) -> QPushButton:
        button = QPushButton(self)
        button.setProperty("role", "action")
        button.setIconSize(QSize(_ICON_PX, _ICON_PX))
        button.setObjectName("StoryRail")
        button.setFixedSize(_RAIL_W, _RAIL_H)  # well above the 48 px a finger needs
        button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        button.pressed.connect(self.touched)
        button.clicked.connect(slot)
        return button

    def _lay_out(self) -> None:
        heading = QHBoxLayout()
        heading.setSpacing(16)
        heading.addWidget(self.date_label)
        heading.addWidget(self.place_label, 1)
        heading.addWidget(self.counter_label, 0, Qt.AlignmentFlag.AlignTop)
        self._words.setSpacing(10)
        self._words.addLayout(heading)
        for label in (self.title_label, self.text_label, self.source_label):
            self._words.addWidget(label)
        self._words.addStretch(1)
        self._aside.setSpacing(20)
        self._aside.addWidget(self.image_label, 0, Qt.AlignmentFlag.AlignTop)
        self._aside.addWidget(self.qr_code, 0, Qt.AlignmentFlag.AlignTop)
        self._aside.addStretch(1)
        self._body.setContentsMargins(0, 0, 0, 0)
        self._body.setSpacing(28)
        self._body.addLayout(self._words, 3)
        self._body.addLayout(self._aside, 0)
        # Previous and next flank the story, as in a slide show: they cost width, which the
        # card has, rather than height, which Urdu's tall lines need.
        rails = QHBoxLayout()
        rails.setSpacing(_RAIL_GAP)
        rails.addWidget(self.previous_button, 0, Qt.AlignmentFlag.AlignVCenter)
        rails.addWidget(self.content, 1)
        rails.addWidget(self.next_button, 0, Qt.AlignmentFlag.AlignVCenter)
        self.box().addLayout(rails, 1)

    def _arrange(self, wide: bool) -> None:
        """Wide: picture and QR code beside the words. Narrow: side by side below them."""
        self._wide = wide
        across, down = QBoxLayout.Direction.LeftToRight, QBoxLayout.Direction.TopToBottom
        self._body.setDirection(across if wide else down)
        self._aside.setDirection(down if wide else across)
        self._stretch_columns()

    def _stretch_columns(self) -> None:
        # A picture shares the width with the words; a QR code alone takes only its own.
        picture = self._wide and not self.image_label.isHidden()
        self._body.setStretchFactor(self._aside, 2 if picture else 0)

    # -- public API ------------------------------------------------------------------------

    def show_event(self, event: TimelineEvent, language: Language) -> None:
        """Show ``event`` in ``language``; the date at the precision it is known."""
        relanguage = language is not self._language
        self._event, self._language = event, language
        if relanguage:
            self._keep_room()  # other words, other line breaks
        self._put_texts(event, language)
        for label in (self.date_label, *self._wrapped()):
            label.setAccessibleName(label.text())
        self.source_label.setVisible(bool(self.source_label.text()))
        title, date = self.title_label.text(), self.date_label.text()
        self.setAccessibleName(title)
        self.setAccessibleDescription(
            f"{date}, {self.place_label.text()}. {self.text_label.text()}"
        )
        self._show_image(event)
        self.image_label.setAccessibleName(title)
        source = self._sources.get(event.source)
        self.qr_code.set_url(source.url if source is not None else None)
        self._cap_height()

    def keep_room_for(self, events: Sequence[TimelineEvent]) -> None:
        """Be as tall as the tallest of ``events``' stories, at every width, in this language.

        The page then keeps its shape from event to event: nothing below jumps, and no
        scroll bar comes and goes (which would re-flow the timeline above). Measured now
        and on every change of width or language, so it never depends on idle time.
        """
        self._room_for = tuple(events)
        self._keep_room()

    def prepare(self, event: TimelineEvent, language: Language, narrower_by: int = 0) -> None:
        """Paint ``event``'s texts now, for when it is shown: then that costs a blit.

        The owner calls this for each event when idle, which keeps shaping Nastaliq out
        of the moment a visitor taps. ``narrower_by``: lay the story out that much
        narrower too, as a scroll area does (a scroll bar's width) to see if it needs one.
        """
        shown = self._event
        if shown is None or self.width() <= 1 or language is not self._language:
            return
        self._put_texts(event, language)
        for label in self._wrapped():
            label.prepare(label.text())
        if narrower_by:
            self._story_height(self.width() - narrower_by)
        self._put_texts(shown, language)

    def _keep_room(self) -> None:
        # Each story is tried in the labels at the card's width, through the layout a tap
        # uses; so the text layouts kept are also the very ones a tap will ask for.
        shown, language, width = self._event, self._language, self.width()
        if shown is None or language is None or not self.isVisible():
            return
        self._reserved = (0, 0)
        tallest = 0
        for event in self._room_for:
            self._put_texts(event, language)
            tallest = max(tallest, self._story_height(width))
        self._put_texts(shown, language)
        self._reserved = (width, tallest)
        self._cap_height()
        self.updateGeometry()

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

    def _put_texts(self, event: TimelineEvent, language: Language) -> None:
        source = self._sources.get(event.source)
        self.date_label.setText(format_partial_date(event.date, language))
        self.place_label.setText(event.place.get(language))
        self.title_label.setText(event.title.get(language))
        self.text_label.setText(event.text.get(language))
        self.source_label.setText(source_line(source, language) if source else "")
        # Nested layouts keep their last height-for-width until the next activation.
        self._words.invalidate()
        self._body.invalidate()

    def _wrapped(self) -> tuple[WrappedLabel, ...]:
        return self.place_label, self.title_label, self.text_label, self.source_label

    # -- image -----------------------------------------------------------------------------

    def _show_image(self, event: TimelineEvent) -> None:
        pixmap = self._load(event.image) if event.image else None
        self.image_label.setVisible(pixmap is not None)
        if pixmap is not None:
            self._fit_image(pixmap)
        self._stretch_columns()

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
            box = QSize(max(int(width * 0.32), 160), 360)
        else:
            inner = max(width - 2 * _PADDING - 168, 160)
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

    def sizeHint(self) -> QSize:
        width = max(self.width(), 320)  # as the story's hint: no text at a trial width
        return QSize(320, self.heightForWidth(width))

    def heightForWidth(self, width: int) -> int:
        reserved_width, reserved = self._reserved
        return max(self._story_height(width), reserved if width == reserved_width else 0)

    def _story_height(self, width: int) -> int:
        # Asked for a height, Qt's box layouts leave the stylesheet border out of the width
        # and would lay every text out again at a width the card never has: ask the story
        # at its real width instead.
        chrome = self.frameWidth() + _PADDING
        inner = width - 2 * chrome - 2 * (_RAIL_W + _RAIL_GAP)
        return max(self.content.heightForWidth(inner), _RAIL_H) + 2 * chrome

    def minimumSizeHint(self) -> QSize:
        # Wrapped labels report their height at their narrowest; at the width the card has,
        # the text needs far less, so the view above need not grow (or scroll) for nothing.
        width = max(self.width(), 320)
        return QSize(320, self.heightForWidth(width))

    def release_render_cache(self) -> None:
        """Forget the decoded images (memory measurements call this; shown ones stay)."""
        self._images.clear()

    def resizeEvent(self, event: QResizeEvent) -> None:
        wide = event.size().width() >= _WIDE
        if wide != self._wide:
            self._arrange(wide)
        if self._event is not None and self._event.image:
            pixmap = self._load(self._event.image)
            if pixmap is not None:
                self._fit_image(pixmap)
        super().resizeEvent(event)
        if event.oldSize().width() != event.size().width():
            self._keep_room()
            self._cap_height()
            self.updateGeometry()  # the minimum height depends on the width

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._keep_room()

    def _cap_height(self) -> None:
        """Fill a landscape page, but on a portrait one grow only to half the width or so.

        The buttons sit at the card's middle; capped, they stay beside the story, and in
        the same place for every event (only a story taller than the cap moves them).
        """
        width = self.width()
        if self.isVisible():  # before the first show the width is a placeholder
            self.setMaximumHeight(max(self.heightForWidth(width), round(width * _ASPECT)))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
            if self._position is not None:
                self.set_position(*self._position)  # "3 of 5" in the new language
        elif event.type() == QEvent.Type.LayoutDirectionChange:
            self._flip_arrows()
        super().changeEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self.hasFocus():  # the story itself has keyboard focus: ring the card
            with QPainter(self) as painter:
                painter.setRenderHint(QPainter.RenderHint.Antialiasing)
                painter.setPen(QPen(QColor(palette.current().focus), 3))
                painter.drawRoundedRect(QRectF(self.rect()).adjusted(2, 2, -2, -2), 17, 17)

    def event(self, event: QEvent) -> bool:
        if event.type() in TOUCH_EVENTS and (handled := self._swipes.event(event)) is not None:
            return handled
        return super().event(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.touched.emit()
        self._swipes.mouse_press(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        self._swipes.mouse_move(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        self._swipes.mouse_release(event)

    # -- helpers ---------------------------------------------------------------------------

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
                button.setIcon(icons.icon(shown, _ICON_PX, palette.current().accent_text))
                button.setText("")
            else:
                button.setText("‹" if shown == "previous" else "›")


class _Story(QWidget):
    """The card's words, picture and QR code: one widget, so the owner can animate them."""

    def sizeHint(self) -> QSize:
        # QWidget's hint is the layout's height at the hint's own (narrow) width, which
        # would shape every text again at a width the story never has; at its real width
        # the height is known already.
        return QSize(self.minimumSizeHint().width(), self.heightForWidth(max(self.width(), 1)))


def _has_icon(name: str) -> bool:
    try:
        return paths.resource(f"icons/{name}.svg").is_file()
    except (OSError, ValueError):
        return False
