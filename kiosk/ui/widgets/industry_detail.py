"""The detail card over the industry tiles: large icon, text, source, close and arrows.

The card sits on a dimmed scrim that covers the view. A tap on the scrim, the close button
or Escape closes it; the arrow buttons, the Left and Right keys and a one-finger swipe on
the card ask the owner for the neighbouring tile's card. When the text does not fit (a
small window, a long Nastaliq paragraph) the words scroll inside the card, so the close
button and the arrows always stay in reach.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QPoint, QPointF, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPixmap,
    QResizeEvent,
)
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QPushButton,
    QScrollArea,
    QScroller,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from kiosk.content.model import Industry, Source
from kiosk.core.languages import Language
from kiosk.core.swipe import Gesture, Swipe
from kiosk.ui import icons, palette
from kiosk.ui.formatting import locale_for, source_line
from kiosk.ui.widgets.card import Card
from kiosk.ui.widgets.focus_ring import FocusRing
from kiosk.ui.widgets.industry_tile import InkLabel
from kiosk.ui.widgets.plain_label import PlainLabel
from kiosk.ui.widgets.swipe_input import TOUCH_EVENTS, SwipeInput

PADDING = 32
MAX_WIDTH = 1160
WIDE = 760  # from this card width the icon sits beside the words, not above them
DISC = 200
ICON = 136
BUTTON = 64  # close and arrows: a thumb-sized target, above the 56 px this card promises
ARROW_ICON = 32
SCRIM = QColor(20, 30, 28, 160)


class IndustryDetail(QWidget):
    """A dimmed scrim with one card; a tap outside the card or Escape closes it."""

    closeRequested = Signal(bool)  # True when asked from the keyboard
    stepRequested = Signal(int)  # -1 previous, +1 next, in reading order

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("IndustryDetail")  # the card's type scale is in kiosk.qss
        # It holds the focus while open, for its keys, but is no Tab stop: Tab walks the card.
        self.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self._card = _SwipeCard(self)
        self._card.swiped.connect(self.stepRequested)
        self._card.installEventFilter(self)
        self._icon = QLabel(self._card)
        self._icon.setFixedSize(DISC, DISC)
        self.group_label = InkLabel("DetailGroup", self._card)
        self.title_label = InkLabel("DetailTitle", self._card)
        self.text_label = InkLabel("DetailText", self._card)
        self.source_label = InkLabel("SourceLine", self._card)
        self.counter_label = PlainLabel("DetailCounter", self._card, wrap=False)
        self.close_button = self._button(lambda: self.closeRequested.emit(False))
        self.previous_button = self._button(lambda: self.stepRequested.emit(-1))
        self.next_button = self._button(lambda: self.stepRequested.emit(1))
        self._scroll = _TextScroll(self._words(), self._card)
        self._body = QGridLayout()
        self._wide: bool | None = None
        self._press_outside = False
        self._icon_name = "fallback"
        self._icon_key: tuple[str, int, float, palette.Palette] | None = None
        self._lay_out()
        self._retranslate()
        self._flip_arrows()
        self.hide()

    def _button(self, slot: Callable[[], None]) -> QPushButton:
        button = QPushButton(self._card)
        button.setProperty("role", "action")
        button.setIconSize(QSize(ARROW_ICON, ARROW_ICON))
        button.setMinimumSize(BUTTON, BUTTON)
        # Taps leave no focus ring behind; Tab still reaches every button.
        button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        button.installEventFilter(self)  # Left, Right and Escape work whatever has focus
        button.clicked.connect(slot)
        return button

    def _words(self) -> QWidget:
        words = QWidget()
        # The scroll area sizes its widget by height for width; a wrapped label's own
        # minimum (its height at its narrowest) would make it scroll for nothing.
        words.setMinimumSize(1, 1)
        column = QVBoxLayout(words)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        for label, space in ((self.group_label, 4), (self.title_label, 14), (self.text_label, 16)):
            column.addWidget(label)
            column.addSpacing(space)
        column.addWidget(self.source_label)
        column.addStretch(1)
        return words

    def _lay_out(self) -> None:
        self.close_button.setIcon(icons.icon("close", ARROW_ICON, palette.current().accent_text))
        self._body.setHorizontalSpacing(36)
        self._body.setVerticalSpacing(20)
        self._arrange(wide=True)
        arrows = QHBoxLayout()
        arrows.setSpacing(16)
        arrows.addWidget(self.previous_button)
        arrows.addStretch(1)
        arrows.addWidget(self.counter_label)
        arrows.addStretch(1)
        arrows.addWidget(self.next_button)
        rule = QFrame(self._card)
        rule.setFixedHeight(1)
        rule.setObjectName("DetailRule")
        box = self._card.box()
        box.setSpacing(24)
        box.addLayout(self._body, 1)
        box.addWidget(rule)
        box.addLayout(arrows)

    # -- public API ----------------------------------------------------------------------

    def card(self) -> QFrame:
        return self._card

    def scroll_needed(self) -> int:
        """How many pixels of the words are out of sight (0 when the card shows them all)."""
        return self._scroll.verticalScrollBar().maximum()

    def text_viewport(self) -> QWidget:
        return self._scroll.viewport()

    def show_industry(
        self, industry: Industry, group_title: str, source: Source, language: Language
    ) -> None:
        """Show ``industry`` in ``language`` and take the keyboard focus."""
        self.ensurePolished()  # the card's type sizes, before its height is measured
        title = industry.title.get(language)
        self._icon_name = industry.icon
        self._icon.setAccessibleName(title)
        self.group_label.set_content(group_title)
        self.title_label.set_content(title)
        self.text_label.set_content(industry.detail.get(language))
        self.source_label.set_content(source_line(source, language))
        self.setAccessibleName(title)
        self._scroll.setAccessibleName(title)
        self._scroll.verticalScrollBar().setValue(0)
        # The scroll area does not tell the card that its words changed, and the layouts
        # keep their heights for the last width: both must hear it before the card is sized.
        self._scroll.updateGeometry()
        self._forget_sizes()
        host = self.parentWidget()
        if host is not None:
            self.setGeometry(host.rect())
        self._place()
        self.show()
        self.raise_()
        focused = QApplication.focusWidget()
        if focused is None or not self.isAncestorOf(focused):
            self.setFocus(Qt.FocusReason.OtherFocusReason)

    def set_position(
        self, index: int, count: int, neighbours: tuple[str, str], language: Language
    ) -> None:
        """Say which card of how many this is; the arrows name the cards they lead to."""
        locale = locale_for(language)
        text = self.tr("%1 of %2").replace("%1", locale.toString(index + 1))
        self.counter_label.set_content(text.replace("%2", locale.toString(count)))
        for button, name, spoken in (
            (self.previous_button, neighbours[0], self.tr("Previous: %1")),
            (self.next_button, neighbours[1], self.tr("Next: %1")),
        ):
            # An isolate keeps a Latin name whole inside the mirrored button, and back.
            button.setText(f"\u2068{name}\u2069")
            button.setAccessibleName(spoken.replace("%1", name))

    # -- layout --------------------------------------------------------------------------

    def _place(self) -> None:
        """Centre a card as wide as suits the view, as tall as its words (or the view)."""
        margin = max(16, min(48, min(self.width(), self.height()) // 20))
        room = self.rect().adjusted(margin, margin, -margin, -margin)
        width = min(MAX_WIDTH, room.width())
        wide = width >= WIDE
        self._arrange(wide)
        self._show_icon(DISC if wide else DISC * 3 // 4)
        for button in (self.close_button, self.previous_button, self.next_button):
            # A short card scrolls its words; its buttons keep the height their words need
            # (the stylesheet's minimum would let a tall Nastaliq name be squeezed).
            button.setMinimumHeight(max(BUTTON, button.sizeHint().height()))
        height = min(room.height(), self._card.heightForWidth(width))
        self._card.setGeometry(QRect(QPoint(0, 0), QSize(width, height)))
        self._card.move(room.center() - self._card.rect().center())

    def _forget_sizes(self) -> None:
        """Every layout in the card measures afresh: after a new type size (large text) its
        rows would keep the heights they had, and the card would squeeze its buttons."""
        for layout in self._card.findChildren(QLayout):
            layout.invalidate()

    def _show_icon(self, disc: int) -> None:
        key = (self._icon_name, disc, self.devicePixelRatioF(), palette.current())
        if key != self._icon_key:  # a new pixmap asks for a relayout: only when it changed
            self._icon_key = key
            self._icon.setFixedSize(disc, disc)
            self._icon.setPixmap(_disc_pixmap(*key))

    def _arrange(self, wide: bool) -> None:
        """Wide: icon, words and close side by side. Narrow: the words under the icon."""
        if wide == self._wide:
            return
        self._wide = wide
        for widget in (self._icon, self._scroll, self.close_button):
            self._body.removeWidget(widget)
        top = Qt.AlignmentFlag.AlignTop
        self._body.addWidget(self._icon, 0, 0, top)
        self._body.addWidget(self.close_button, 0, 2, top | Qt.AlignmentFlag.AlignRight)
        if wide:
            self._body.addWidget(self._scroll, 0, 1)
        else:
            self._body.addWidget(self._scroll, 1, 0, 1, 3)
        self._body.setColumnStretch(1, 1)
        self._body.setRowStretch(0 if wide else 1, 1)
        self._body.setRowStretch(1 if wide else 0, 0)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._place()

    # -- events --------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        with QPainter(self) as painter:
            painter.fillRect(event.rect(), SCRIM)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        # Only a press and a release both outside the card close it: a swipe that began
        # on the card and ended off it must not.
        self._press_outside = not self._card.geometry().contains(event.position().toPoint())

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        outside = not self._card.geometry().contains(event.position().toPoint())
        if self._press_outside and outside:
            self.closeRequested.emit(False)
        self._press_outside = False

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if not self._handle_key(event):
            super().keyPressEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            return self._handle_key(event)
        if watched is self._card and event.type() == QEvent.Type.LayoutRequest:
            self._place()  # the words' size changed (a font, a language): fit the card again
        return super().eventFilter(watched, event)

    def _handle_key(self, event: QKeyEvent) -> bool:
        key = event.key()
        forward = Qt.Key.Key_Left if self.isRightToLeft() else Qt.Key.Key_Right
        backward = Qt.Key.Key_Right if self.isRightToLeft() else Qt.Key.Key_Left
        if key == Qt.Key.Key_Escape:
            self.closeRequested.emit(True)
        elif key == forward:
            self.stepRequested.emit(1)
        elif key == backward:
            self.stepRequested.emit(-1)
        else:
            return False
        return True

    def focusNextPrevChild(self, next: bool) -> bool:
        # Tab stays on the card while it is open: the tiles behind the scrim are out of play.
        # The words join in when they scroll, so the keys can scroll them too.
        chain = [self.close_button, self.previous_button, self.next_button]
        if self.scroll_needed():
            chain.insert(0, self._scroll)
        focused = QApplication.focusWidget()
        if focused in chain:
            index = (chain.index(focused) + (1 if next else -1)) % len(chain)
        else:
            index = 0 if next else len(chain) - 1
        reason = Qt.FocusReason.TabFocusReason if next else Qt.FocusReason.BacktabFocusReason
        chain[index].setFocus(reason)
        return True

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        elif event.type() == QEvent.Type.LayoutDirectionChange:
            self._flip_arrows()
        elif event.type() == QEvent.Type.StyleChange and self.isVisible():
            self._forget_sizes()  # the theme's disc tint and type sizes: draw and fit again
            self._place()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.close_button.setAccessibleName(self.tr("Close"))

    def _flip_arrows(self) -> None:
        # Arrows point the way the cards move, so they swap under right to left; the next
        # button's arrow sits after its words, so that button runs the other way round.
        rtl = self.isRightToLeft()
        back, ahead = ("next", "previous") if rtl else ("previous", "next")
        ink = palette.current().accent_text
        self.previous_button.setIcon(icons.icon(back, ARROW_ICON, ink))
        self.next_button.setIcon(icons.icon(ahead, ARROW_ICON, ink))
        opposite = Qt.LayoutDirection.LeftToRight if rtl else Qt.LayoutDirection.RightToLeft
        self.next_button.setLayoutDirection(opposite)


class _SwipeCard(Card):
    """The card itself: follows the first finger (or the mouse) and reports swipes."""

    swiped = Signal(int)  # -1 previous, +1 next, in reading order

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent, padding=PADDING)
        self._swipes = SwipeInput(self, self._finish, buttons_click=True)

    def event(self, event: QEvent) -> bool:
        if event.type() in TOUCH_EVENTS and (handled := self._swipes.event(event)) is not None:
            return handled
        return super().event(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        # Accepted, so the release comes here too and the scrim never reads it as a tap.
        self._swipes.mouse_press(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        self._swipes.mouse_move(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        self._swipes.mouse_release(event)

    def _finish(self, gesture: Gesture | None) -> None:
        if gesture is not None and gesture.swipe is not Swipe.NONE:
            self.swiped.emit(1 if gesture.swipe is Swipe.NEXT else -1)


class _TextScroll(QScrollArea):
    """The card's words: as tall as they need, and scrolling only when the card cannot be."""

    def __init__(self, words: QWidget, parent: QWidget) -> None:
        super().__init__(parent)
        self._words = words
        self.setObjectName("DetailScroll")
        # In the card's Tab chain only while the words scroll; then the ring shows it.
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.focus_ring = FocusRing(self)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.viewport().setAutoFillBackground(False)
        self.setWidget(words)
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        # Kinetic touch scrolling only while there is something to scroll: otherwise the
        # scroller would take the fingers that swipe the card.
        self.verticalScrollBar().rangeChanged.connect(self._grab_when_scrollable)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._words.heightForWidth(width)

    def sizeHint(self) -> QSize:
        width = max(self.width(), 400)
        return QSize(width, self.heightForWidth(width))

    def minimumSizeHint(self) -> QSize:
        return QSize(200, 3 * self.fontMetrics().lineSpacing())

    def _grab_when_scrollable(self, low: int, high: int) -> None:
        if high > low:
            QScroller.grabGesture(self.viewport(), QScroller.ScrollerGestureType.TouchGesture)
        else:
            QScroller.ungrabGesture(self.viewport())


def _disc_pixmap(icon: str, disc: int, ratio: float, colours: palette.Palette) -> QPixmap:
    """The icon on its tinted disc; the icon itself comes rendered from the icon cache."""
    image = QPixmap(round(disc * ratio), round(disc * ratio))
    image.setDevicePixelRatio(ratio)
    image.fill(Qt.GlobalColor.transparent)
    size = round(disc * ICON / DISC)
    with QPainter(image) as painter:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(colours.disc))
        painter.drawEllipse(QRectF(0, 0, disc, disc))
        offset = (disc - size) / 2
        painter.drawPixmap(QPointF(offset, offset), icons.pixmap(icon, size, colours.text, ratio))
    return image
