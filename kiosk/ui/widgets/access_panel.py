"""The accessibility panel: large text and high contrast, by the navigation's button.

It lies over the whole window, transparent, holding one card beside the button: a tap
anywhere outside the card, its close button, the accessibility button again or Escape
closes it, and Tab stays inside the card while it is open. Switching an option leaves the
panel open, so a visitor sees the change at once and can switch it back.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPoint, QRect, QSize, Qt, Signal, SignalInstance
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QApplication, QFrame, QPushButton, QVBoxLayout, QWidget

from kiosk.ui import icons
from kiosk.ui.palette import current as current_palette
from kiosk.ui.widgets.plain_label import PlainLabel

GAP = 12  # between the button and the card
CLOSE = 56
CLOSE_ICON = 28
MIN_CARD_WIDTH = 360


class AccessPanel(QWidget):
    """Two switches and a close button in a card; reports what the visitor asks for."""

    largeTextToggled = Signal(bool)
    highContrastToggled = Signal(bool)
    closeRequested = Signal(bool)  # True when asked from the keyboard

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("AccessPanel")
        # Opened by a finger, the panel itself holds the focus (no ring on a switch the
        # visitor did not choose), so Escape and Tab work from the first key.
        self.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self._anchor = QRect()
        self._below = True
        self._press_outside = False
        self.card = QFrame(self)
        self.card.setObjectName("AccessCard")
        self.card.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.title = PlainLabel("CardTitle", self.card)
        self.large_text = self._option("large-text", self.largeTextToggled)
        self.high_contrast = self._option("high-contrast", self.highContrastToggled)
        self.close_button = QPushButton(self.card)
        self.close_button.setObjectName("access-close")
        self.close_button.setProperty("role", "action")
        self.close_button.setMinimumSize(CLOSE, CLOSE)
        self.close_button.setIconSize(QSize(CLOSE_ICON, CLOSE_ICON))
        self.close_button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.close_button.clicked.connect(lambda: self.closeRequested.emit(False))
        self._lay_out()
        self.card.installEventFilter(self)
        self.retranslate()
        self.hide()

    def _option(self, name: str, signal: SignalInstance) -> QPushButton:
        button = QPushButton(self.card)
        button.setObjectName(name)
        button.setProperty("role", "option")
        button.setCheckable(True)
        button.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # a tap leaves no focus ring behind
        button.toggled.connect(signal)
        return button

    def _lay_out(self) -> None:
        column = QVBoxLayout(self.card)
        column.setContentsMargins(24, 20, 24, 24)
        column.setSpacing(14)
        column.addWidget(self.title)
        for widget in (self.large_text, self.high_contrast):
            column.addWidget(widget)
        column.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignTrailing)

    # -- public API ------------------------------------------------------------------------

    def set_options(self, large_text: bool, high_contrast: bool) -> None:
        """Show the options in force, without reporting them back as a visitor's choice."""
        for button, on in ((self.large_text, large_text), (self.high_contrast, high_contrast)):
            button.blockSignals(True)
            button.setChecked(on)
            button.blockSignals(False)

    def open_by(self, anchor: QRect, below: bool, from_keyboard: bool = False) -> None:
        """Show the card next to ``anchor`` (the button, in the parent's coordinates):
        under it for a navigation at the top, over it for one at the bottom. Opened from the
        keyboard, focus goes to the first switch."""
        self.follow(anchor, below)
        self.close_button.setIcon(icons.icon("close", CLOSE_ICON, current_palette().accent_text))
        self.show()
        self.raise_()
        if from_keyboard:
            self.large_text.setFocus(Qt.FocusReason.TabFocusReason)
        else:
            self.setFocus(Qt.FocusReason.OtherFocusReason)

    def follow(self, anchor: QRect, below: bool) -> None:
        """Move the card to the button's new place (the window resized or turned)."""
        self._anchor, self._below = QRect(anchor), below
        self._place()

    def _place(self) -> None:
        host = self.parentWidget()
        if host is None:
            return
        self.setGeometry(host.rect())
        hint = self.card.sizeHint()
        margin = 16
        width = min(max(hint.width(), MIN_CARD_WIDTH), self.width() - 2 * margin)
        height = min(self.card.heightForWidth(width), self.height() - 2 * margin)
        if height <= 0:
            height = min(hint.height(), self.height() - 2 * margin)
        # The card's trailing edge lines up with the button's: the card opens inwards.
        x = self._anchor.left() if self.isRightToLeft() else self._anchor.right() - width + 1
        x = max(margin, min(x, self.width() - margin - width))
        y = self._anchor.bottom() + GAP if self._below else self._anchor.top() - GAP - height
        y = max(margin, min(y, self.height() - margin - height))
        self.card.setGeometry(QRect(QPoint(x, y), QSize(width, height)))

    # -- events ----------------------------------------------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:
        # Only a press and a release both outside the card close it.
        self._press_outside = not self.card.geometry().contains(event.position().toPoint())

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        outside = not self.card.geometry().contains(event.position().toPoint())
        if self._press_outside and outside:
            self.closeRequested.emit(False)
        self._press_outside = False

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.closeRequested.emit(True)
            return
        super().keyPressEvent(event)

    def focusNextPrevChild(self, next: bool) -> bool:
        # Tab stays in the card while it is open, as in the industries' detail card.
        chain = [self.large_text, self.high_contrast, self.close_button]
        focused = QApplication.focusWidget()
        if focused in chain:
            index = (chain.index(focused) + (1 if next else -1)) % len(chain)
        else:
            index = 0 if next else len(chain) - 1
        reason = Qt.FocusReason.TabFocusReason if next else Qt.FocusReason.BacktabFocusReason
        chain[index].setFocus(reason)
        return True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        resized = watched is self.card and event.type() == QEvent.Type.LayoutRequest
        if resized and self.isVisible():
            self._place()  # larger text, other words: the card grows, within the window
        return super().eventFilter(watched, event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.title.set_content(self.tr("Easier to read"))
        self.large_text.setText(self.tr("Large text"))
        self.large_text.setAccessibleName(self.tr("Large text"))
        self.high_contrast.setText(self.tr("High contrast"))
        self.high_contrast.setAccessibleName(self.tr("High contrast"))
        self.close_button.setAccessibleName(self.tr("Close"))
        self.setAccessibleName(self.tr("Accessibility"))
