"""The staff PIN pad, and behind it the staff menu: exit the kiosk, reload the content."""

from __future__ import annotations

import logging
import math

from PySide6.QtCore import QElapsedTimer, QEvent, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QKeyEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kiosk.core.pin_hash import MAX_DIGITS, verify_pin
from kiosk.core.staff_access import Backoff
from kiosk.session.veil import Veil
from kiosk.ui.icons import icon
from kiosk.ui.palette import DEFAULT
from kiosk.ui.widgets.plain_label import PlainLabel

log = logging.getLogger(__name__)

KEY_PX = 100
_SCRIM = QColor(DEFAULT.tab_bar)
_SCRIM.setAlphaF(0.9)
STYLE = f"""
QFrame#VeilCard {{ background: {DEFAULT.surface}; border-radius: 32px; }}
QLabel#VeilTitle {{ color: {DEFAULT.text}; font-size: 28pt; font-weight: 700; }}
QLabel#VeilBody {{ color: {DEFAULT.text_muted}; font-size: 17pt; }}
QLabel#VeilBody[tone="error"] {{ color: {DEFAULT.home}; font-weight: 700; }}
QPushButton[role="key"] {{
    background: {DEFAULT.surface_alt}; color: {DEFAULT.text}; border: none;
    border-radius: {KEY_PX // 2}px; font-size: 26pt; font-weight: 700;
    min-width: {KEY_PX}px; max-width: {KEY_PX}px; min-height: {KEY_PX}px; max-height: {KEY_PX}px;
}}
QPushButton[role="key"]:pressed {{ background: {DEFAULT.accent}; color: {DEFAULT.accent_text}; }}
QPushButton[role="key"]:disabled {{ background: {DEFAULT.background}; color: {DEFAULT.border}; }}
QPushButton[role="key"][accent="true"] {{
    background: {DEFAULT.accent}; color: {DEFAULT.accent_text}; font-size: 20pt;
}}
QPushButton[role="wide"], QPushButton[role="danger"] {{
    border-radius: 16px; min-height: 64px; padding: 8px 28px; font-size: 17pt; font-weight: 700;
}}
QPushButton[role="wide"] {{
    background: {DEFAULT.surface}; color: {DEFAULT.accent}; border: 2px solid {DEFAULT.accent};
}}
QPushButton[role="danger"] {{
    background: {DEFAULT.home}; color: {DEFAULT.accent_text}; border: none;
}}
"""


class PinPad(Veil):
    """Asks for the staff PIN; wrong PINs lock the pad for longer each time."""

    exitRequested = Signal()
    reloadRequested = Signal()
    closed = Signal()

    def __init__(self, window: QWidget, pin_hash: str | None, backoff: Backoff | None = None):
        super().__init__(window)
        self.setObjectName("PinPad")
        self.setStyleSheet(STYLE)
        self._pin_hash = pin_hash
        self._backoff = backoff or Backoff()
        self._clock = QElapsedTimer()
        self._clock.start()
        self._digits = ""
        self._entry = PinEntryPage(self)
        self._menu = StaffMenuPage(self)
        self._ticker = QTimer(self)
        self._ticker.setSingleShot(True)
        self._ticker.timeout.connect(self._refresh_lock)
        self._lay_out()
        self._connect()
        self.retranslate()

    def _lay_out(self) -> None:
        card = QFrame(self)
        card.setObjectName("VeilCard")
        box = QVBoxLayout(card)
        box.setContentsMargins(48, 40, 48, 40)
        # Two pages in one box, one hidden: unlike a stacked widget, the card then takes
        # the size of the page shown, not of the taller one.
        box.addWidget(self._entry)
        box.addWidget(self._menu)
        self._menu.hide()
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        outer.addWidget(card, 0, Qt.AlignmentFlag.AlignHCenter)
        outer.addStretch(1)

    def _connect(self) -> None:
        for digit, button in self._entry.digit_buttons.items():
            button.clicked.connect(lambda _=False, d=digit: self.press_digit(d))
        self._entry.delete.clicked.connect(self.delete_digit)
        self._entry.confirm.clicked.connect(self.submit)
        self._entry.cancel.clicked.connect(self.dismiss)
        self._menu.exit.clicked.connect(self.exitRequested)
        self._menu.reload.clicked.connect(self.reloadRequested)
        self._menu.back.clicked.connect(self.dismiss)

    @property
    def has_pin(self) -> bool:
        return self._pin_hash is not None

    def open(self) -> None:
        """Show the pad, empty, on top of everything."""
        self._digits = ""
        self._show_page(self._entry)
        self._menu.set_status("")
        self.retranslate()
        self.cover()
        if self._pin_hash is None:
            log.warning("staff pad opened, but no staff PIN is set; run `kiosk set-pin`")
        self._refresh_lock()

    def dismiss(self) -> None:
        self._digits = ""
        self._ticker.stop()
        if self.isVisible():
            self.hide()
            self.closed.emit()

    def show_status(self, text: str) -> None:
        """A line under the staff menu, e.g. the result of a reload."""
        self._menu.set_status(text)

    def status(self) -> str:
        return self._menu.status.text()

    def entered(self) -> int:
        return len(self._digits)

    def locked_seconds(self) -> float:
        return self._backoff.remaining(self._now())

    def message(self) -> str:
        return self._entry.prompt.text()

    def press_digit(self, digit: str) -> None:
        if self._accepting() and len(self._digits) < MAX_DIGITS:
            self._digits += digit
            self._entry.dots.set_count(len(self._digits))

    def delete_digit(self) -> None:
        self._digits = self._digits[:-1]
        self._entry.dots.set_count(len(self._digits))

    def submit(self) -> None:
        if not self._accepting() or not self._digits or self._pin_hash is None:
            return
        pin, self._digits = self._digits, ""
        self._entry.dots.set_count(0)
        if verify_pin(pin, self._pin_hash):
            self._backoff.succeed()
            log.info("staff PIN accepted; staff menu open")
            self._show_page(self._menu)
            self._menu.exit.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        delay = self._backoff.fail(self._now())
        log.warning(
            "wrong staff PIN (%d in a row); pad locked %.0f s", self._backoff.failures, delay
        )
        self._refresh_lock()

    def _show_page(self, page: QWidget) -> None:
        for each in (self._entry, self._menu):
            each.setVisible(each is page)

    def _accepting(self) -> bool:
        return self._pin_hash is not None and self.locked_seconds() <= 0

    def _now(self) -> float:
        return self._clock.elapsed() / 1000

    def _refresh_lock(self) -> None:
        """Keys on or off, and the line that says why; ticks only while the pad is locked."""
        remaining = self.locked_seconds()
        self._entry.set_keys_enabled(self._accepting())
        if self._pin_hash is None:
            self._entry.set_prompt(self._no_pin_text(), error=True)
        elif remaining > 0:
            text = self.tr("Wrong PIN. Try again in %n second(s).", "", math.ceil(remaining))
            self._entry.set_prompt(text, error=True)
        else:
            self._entry.set_prompt(self.tr("Enter the staff PIN"), error=False)
        if remaining > 0 and self.isVisible():
            # Wake when the whole seconds shown change (or the lock ends), not before.
            self._ticker.start(int((remaining - math.floor(remaining)) * 1000) + 5)
        else:
            self._ticker.stop()

    def _no_pin_text(self) -> str:
        return self.tr("No staff PIN is set on this machine. Set one with “kiosk set-pin”.")

    def keyPressEvent(self, event: QKeyEvent) -> None:
        text = event.text()
        if not self._entry.isVisible():
            super().keyPressEvent(event)
        elif text.isascii() and text.isdigit() and len(text) == 1:
            self.press_digit(text)
        elif event.key() == Qt.Key.Key_Backspace:
            self.delete_digit()
        elif event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.submit()
        event.accept()

    def paintEvent(self, event: QPaintEvent) -> None:
        with QPainter(self) as painter:
            painter.fillRect(self.rect(), _SCRIM)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self._entry.retranslate()
        self._menu.retranslate()
        self.setAccessibleName(self._entry.title.text())
        self._refresh_lock()


class PinEntryPage(QWidget):
    """Title, prompt, the entered digits as dots, and the keypad."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.title = PlainLabel("VeilTitle", self)
        self.prompt = PlainLabel("VeilBody", self)
        self.dots = PinDots(self)
        self.digit_buttons = {str(n): _key(str(n), self) for n in range(10)}
        self.delete = _key("", self)
        self.delete.setIcon(icon("previous", 36, DEFAULT.text))
        self.delete.setIconSize(QSize(36, 36))
        self.confirm = _key("", self)
        self.confirm.setProperty("accent", "true")
        self.cancel = _button("wide", self)
        self._lay_out()

    def _lay_out(self) -> None:
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(16)
        for label in (self.title, self.prompt):
            label.setAlignment(Qt.AlignmentFlag.AlignHCenter)
            column.addWidget(label)
        column.addWidget(self.dots)
        keypad = QWidget(self)
        # A keypad reads 1-2-3 left to right in every language, as on every phone.
        keypad.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        grid = QGridLayout(keypad)
        grid.setSpacing(18)
        grid.setContentsMargins(0, 8, 0, 8)
        order = [*"123456789"]
        for index, digit in enumerate(order):
            grid.addWidget(self.digit_buttons[digit], index // 3, index % 3)
        grid.addWidget(self.delete, 3, 0)
        grid.addWidget(self.digit_buttons["0"], 3, 1)
        grid.addWidget(self.confirm, 3, 2)
        column.addWidget(keypad, 0, Qt.AlignmentFlag.AlignHCenter)
        column.addWidget(self.cancel)

    def set_prompt(self, text: str, *, error: bool) -> None:
        self.prompt.set_content(text)
        tone = "error" if error else ""
        if self.prompt.property("tone") != tone:
            self.prompt.setProperty("tone", tone)
            self.prompt.style().unpolish(self.prompt)
            self.prompt.style().polish(self.prompt)

    def set_keys_enabled(self, enabled: bool) -> None:
        for button in (*self.digit_buttons.values(), self.delete, self.confirm):
            button.setEnabled(enabled)

    def retranslate(self) -> None:
        self.title.set_content(self.tr("Staff access"))
        self.confirm.setText(self.tr("OK"))
        self.confirm.setAccessibleName(self.tr("Confirm the PIN"))
        self.delete.setAccessibleName(self.tr("Delete the last digit"))
        self.cancel.setText(self.tr("Cancel"))
        self.cancel.setAccessibleName(self.cancel.text())
        self.dots.set_count(self.dots.count())  # its spoken name, in the new language


class StaffMenuPage(QWidget):
    """What staff may do once the PIN is right."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.title = PlainLabel("VeilTitle", self)
        self.status = PlainLabel("VeilBody", self)
        self.exit = _button("danger", self)
        self.reload = _button("wide", self)
        self.back = _button("wide", self)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(18)
        self.title.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.status.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        column.addWidget(self.title)
        for button in (self.exit, self.reload, self.back):
            button.setMinimumWidth(420)
            column.addWidget(button)
        column.addWidget(self.status)

    def set_status(self, text: str) -> None:
        self.status.set_content(text)
        self.status.setVisible(bool(text))

    def retranslate(self) -> None:
        self.title.set_content(self.tr("Staff menu"))
        for button, text in (
            (self.exit, self.tr("Exit the kiosk")),
            (self.reload, self.tr("Reload the content")),
            (self.back, self.tr("Back to the kiosk")),
        ):
            button.setText(text)
            button.setAccessibleName(text)


class PinDots(QWidget):
    """One dot per digit typed, never the digits themselves."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._count = 0
        self.setFixedHeight(44)

    def count(self) -> int:
        return self._count

    def set_count(self, count: int) -> None:
        self._count = count
        self.setAccessibleName(self.tr("%n digit(s) entered", "", count))
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        slots = max(4, self._count)
        size, gap = 20.0, 16.0
        left = (self.width() - slots * size - (slots - 1) * gap) / 2
        top = (self.height() - size) / 2
        with QPainter(self) as painter:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            for slot in range(slots):
                filled = slot < self._count
                painter.setPen(QColor(DEFAULT.accent if filled else DEFAULT.border))
                painter.setBrush(QColor(DEFAULT.accent) if filled else Qt.BrushStyle.NoBrush)
                painter.drawEllipse(int(left + slot * (size + gap)), int(top), int(size), int(size))


def _key(text: str, parent: QWidget) -> QPushButton:
    button = QPushButton(text, parent)
    button.setProperty("role", "key")
    button.setAccessibleName(text)
    button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
    button.setAutoRepeat(False)
    return button


def _button(role: str, parent: QWidget) -> QPushButton:
    button = QPushButton(parent)
    button.setProperty("role", role)
    button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
    return button
