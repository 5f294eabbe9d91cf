"""Invisible stand-ins that give painted items a name, a role and the keyboard focus.

The timeline's markers, the chart's months, the map's places and the fact tiles are drawn
by their owners, so Qt's accessibility sees one widget where a visitor sees many items.
Each item gets a child widget over it instead: a screen reader finds it by its name, role
(radio button for a choice among the owner's items, button for an action, text for a
place), state (checked for the chosen one) and rectangle, and the keyboard focus rests on
it. Qt for Python could also implement ``QAccessibleInterface`` in Python and install a
factory; these plain widgets do the same with Qt's own interfaces, need no Python code
called from the accessibility bridge, and take part in Tab order like any control.

The stand-ins never take a mouse or touch event (those reach the owner as before) and
hand every key to the owner, which keeps its own keyboard handling; the owner draws the
focus ring where its item is, unless the stand-in is asked to draw it.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFocusEvent, QKeyEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget

from kiosk.ui.palette import current as current_palette

RING = 3  # px, as the stylesheet's focus border
FINGER = 48  # px: the smallest target a finger may be given (WCAG 2.5.5)


def snapped(rect: QRectF) -> QRect:
    """``rect`` with its edges on whole pixels, so touching items share an edge, not a pixel."""
    left, top = round(rect.left()), round(rect.top())
    return QRect(left, top, round(rect.right()) - left, round(rect.bottom()) - top)


def finger_sized(rect: QRect, side: int = FINGER) -> QRect:
    """``rect`` grown about its centre to at least ``side`` pixels each way."""
    grow_x, grow_y = max(0, side - rect.width()), max(0, side - rect.height())
    return rect.adjusted(-(grow_x // 2), -(grow_y // 2), grow_x - grow_x // 2, grow_y - grow_y // 2)


class ItemProxy(QAbstractButton):
    """One painted item as a control: focusable, named, pressable by assistive technology.

    ``choice=True`` makes it one of a set of which one is chosen (role radio button, and
    checked when chosen); otherwise it is a push button. ``ring=True`` draws the focus ring
    round its own rectangle, for owners that draw none.
    """

    focusChanged = Signal(bool)
    # Whether the owner's ring can lie outside the item (the chart rings its whole plot
    # while no month is chosen): then all of it repaints, else just round the item.
    repaint_owner_on_focus = False

    def __init__(self, owner: QWidget, *, choice: bool = False, ring: bool = False) -> None:
        super().__init__(owner)
        self._ring = ring
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        if choice:
            self.setCheckable(True)
            self.setAutoExclusive(True)  # Qt then reports it as a radio button
        self.setProperty("paintedItem", True)  # what the accessibility tests look for

    def sizeHint(self) -> QSize:
        return QSize(0, 0)  # placed by its owner, never by a layout

    def paintEvent(self, event: QPaintEvent) -> None:
        if self._ring and self.hasFocus():
            with QPainter(self) as painter:
                painter.setRenderHint(QPainter.RenderHint.Antialiasing)
                painter.setPen(QPen(QColor(current_palette().focus), RING))
                inset = RING / 2 + 1
                box = QRectF(self.rect()).adjusted(inset, inset, -inset, -inset)
                painter.drawRoundedRect(box, 16, 16)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        event.ignore()  # the owner's keys: they reach it as the event propagates

    def keyReleaseEvent(self, event: QKeyEvent) -> None:
        event.ignore()

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self._focus_changed(True)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self._focus_changed(False)

    def _focus_changed(self, focused: bool) -> None:
        self.focusChanged.emit(focused)
        owner = self.parentWidget()
        if owner is not None and self.repaint_owner_on_focus:
            owner.update()
        elif owner is not None:  # the owner draws (or hides) the ring round this item
            owner.update(self.geometry().adjusted(-RING - 6, -RING - 6, RING + 6, RING + 6))


class ItemLabel(QLabel):
    """A painted item that is read, not operated (a place on the map): a named text."""

    def __init__(self, owner: QWidget) -> None:
        super().__init__(owner)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.setProperty("paintedItem", True)


class ItemChoices:
    """Stand-ins for an owner's row of items, of which one is chosen (or none yet).

    One stand-in at a time is in the Tab order and is the owner's focus proxy: the chosen
    item, or the first while none is. So Tab reaches the row once, the arrow keys move in
    it (the owner's), and the focus follows the choice.
    """

    def __init__(self, owner: QWidget, count: int, pressed: Callable[[int], None]) -> None:
        self._owner = owner
        self.items = [ItemProxy(owner, choice=True) for _ in range(count)]
        for index, item in enumerate(self.items):
            item.clicked.connect(lambda _=False, i=index: pressed(i))
        self._focus_index = -1
        self.choose(None)

    def __len__(self) -> int:
        return len(self.items)

    def describe(self, index: int, name: str, description: str = "") -> None:
        item = self.items[index]
        item.setAccessibleName(name)
        item.setAccessibleDescription(description)

    def place(self, index: int, rect: QRect) -> None:
        self.items[index].setGeometry(rect)

    def choose(self, index: int | None) -> None:
        """Mark ``index`` as chosen and make it the one Tab and the owner's focus reach."""
        if index is not None:
            self.items[index].setChecked(True)  # auto-exclusive: the others uncheck
        else:
            for item in self.items:  # a chosen radio button refuses to uncheck itself
                item.setAutoExclusive(False)
                item.setChecked(False)
                item.setAutoExclusive(True)
        focus = index if index is not None else 0
        if not self.items or focus == self._focus_index:
            return
        had_focus = self._owner.hasFocus()
        self._focus_index = focus
        for number, item in enumerate(self.items):
            policy = Qt.FocusPolicy.TabFocus if number == focus else Qt.FocusPolicy.NoFocus
            item.setFocusPolicy(policy)
        self._owner.setFocusProxy(self.items[focus])
        if had_focus:
            self.items[focus].setFocus(Qt.FocusReason.OtherFocusReason)

    def focused(self) -> int | None:
        """The item with the keyboard focus, if one has it."""
        for number, item in enumerate(self.items):
            if item.hasFocus():
                return number
        return None
