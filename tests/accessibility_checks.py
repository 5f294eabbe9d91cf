"""What the accessibility tests look for in a window: names, roles, targets, reading order.

The checks walk real widgets as Qt's accessibility bridge sees them
(``QAccessible.queryAccessibleInterface``), so a name set anywhere but where a screen reader
reads it does not count.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass

import numpy as np
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QAccessible, QImage
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QFrame,
    QTableView,
    QTableWidget,
    QWidget,
)

FINGER = 48  # px: the smallest touch target (issue 9)
BUTTON_ROLES = {
    QAccessible.Role.Button,
    QAccessible.Role.CheckBox,
    QAccessible.Role.RadioButton,
    QAccessible.Role.PageTab,
}


def role_fits(widget: QWidget) -> bool:
    """Whether the role says what the control is: a kind of button for buttons, a table
    for the table, a pane for a page that scrolls, a frame for a card read out whole."""
    role = accessible_role(widget)
    if isinstance(widget, QAbstractButton):
        return role in BUTTON_ROLES
    if isinstance(widget, QTableWidget):
        return role == QAccessible.Role.Table
    if isinstance(widget, QAbstractScrollArea):
        return role == QAccessible.Role.Client
    if isinstance(widget, QFrame):
        return role == QAccessible.Role.Border and bool(widget.accessibleDescription())
    return False


def in_window(widget: QWidget, window: QWidget) -> QRect:
    """``widget``'s rectangle in ``window``'s coordinates."""
    return QRect(widget.mapTo(window, widget.rect().topLeft()), widget.size())


def visible_part(widget: QWidget, window: QWidget) -> QRect:
    """The part of ``widget`` not cut off by a scrolled viewport or any other ancestor."""
    rect = in_window(widget, window)
    parent = widget.parentWidget()
    while parent is not None and parent is not window:
        rect = rect.intersected(in_window(parent, window))
        parent = parent.parentWidget()
    return rect.intersected(window.rect())


def is_interactive(widget: QWidget, window: QWidget) -> bool:
    """A visible control a visitor can operate: a button, or anything Tab can reach.

    A disabled widget that never takes focus (a table's corner) is decoration.
    """
    if not widget.isVisibleTo(window):
        return False
    tab = bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)
    if not widget.isEnabled() and widget.focusPolicy() == Qt.FocusPolicy.NoFocus:
        return False
    if isinstance(widget, QAbstractButton):
        return True
    return tab and widget.focusProxy() is None


def under_finger(widget: QWidget, window: QWidget) -> bool:
    """Whether a tap on the widget's middle reaches it (or, for a stand-in over a painted
    item, its owner), rather than an overlay lying over it (a detail card's scrim)."""
    target = widget
    if widget.testAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents):
        owner = widget.parentWidget()
        if owner is None:
            return False
        target = owner
    visible = visible_part(widget, window)
    if visible.isEmpty():
        return False
    hit = window.childAt(visible.center())
    return hit is not None and (hit is target or target.isAncestorOf(hit))


def interactive_widgets(window: QWidget) -> list[QWidget]:
    return [w for w in window.findChildren(QWidget) if is_interactive(w, window)]


def accessible_name(widget: QWidget) -> str:
    interface = QAccessible.queryAccessibleInterface(widget)
    return interface.text(QAccessible.Text.Name).strip() if interface is not None else ""


def accessible_role(widget: QWidget) -> QAccessible.Role:
    interface = QAccessible.queryAccessibleInterface(widget)
    return interface.role() if interface is not None else QAccessible.Role.NoRole


def describe(widget: QWidget) -> str:
    name = accessible_name(widget) or widget.objectName() or "?"
    return f"{type(widget).__name__} {name[:40]!r}"


@dataclass(frozen=True)
class Finding:
    where: str
    problem: str

    def __str__(self) -> str:
        return f"{self.where}: {self.problem}"


def control_findings(window: QWidget, where: str) -> list[Finding]:
    """Every control without a name or a role, smaller than a finger, or over another."""
    findings = []
    controls = interactive_widgets(window)
    for control in controls:
        label = f"{where}: {describe(control)}"
        if not accessible_name(control):
            findings.append(Finding(label, "no accessible name"))
        if not role_fits(control):
            findings.append(Finding(label, f"role {accessible_role(control).name}"))
        if control.width() < FINGER or control.height() < FINGER:
            size = f"{control.width()}x{control.height()}"
            findings.append(Finding(label, f"target {size}, under {FINGER} px"))
        if isinstance(control, QTableView):  # a tap on a row picks it: rows are targets too
            rows = control.verticalHeader()
            low = min((rows.sectionSize(i) for i in range(rows.count())), default=FINGER)
            if low < FINGER:
                findings.append(Finding(label, f"rows {low} px high, under {FINGER} px"))
    reachable = [control for control in controls if under_finger(control, window)]
    findings += overlap_findings(reachable, window, where)
    return findings


def overlap_findings(controls: list[QWidget], window: QWidget, where: str) -> list[Finding]:
    """Targets a finger could hit two of at once: visible parts that overlap.

    A control inside another (a button on a card, a month on its chart) is the finger's
    target where it is; only unrelated controls must keep apart.
    """
    findings = []
    for first, second in itertools.combinations(controls, 2):
        if first.isAncestorOf(second) or second.isAncestorOf(first):
            continue
        overlap = visible_part(first, window).intersected(visible_part(second, window))
        if not overlap.isEmpty():
            pair = f"{describe(first)} and {describe(second)}"
            findings.append(Finding(f"{where}: {pair}", f"overlap by {overlap.size().toTuple()}"))
    return findings


def smallest_gap(controls: list[QWidget], window: QWidget) -> int:
    """The least distance between two unrelated, visible targets (for the report)."""
    gaps = []
    for first, second in itertools.combinations(controls, 2):
        if first.isAncestorOf(second) or second.isAncestorOf(first):
            continue
        a, b = visible_part(first, window), visible_part(second, window)
        if a.isEmpty() or b.isEmpty():
            continue
        dx = max(b.left() - a.right() - 1, a.left() - b.right() - 1, 0)
        dy = max(b.top() - a.bottom() - 1, a.top() - b.bottom() - 1, 0)
        gaps.append(max(dx, dy))
    return min(gaps, default=0)


def reads_before(first: QRect, second: QRect, rtl: bool) -> bool:
    """Whether a reader meets ``first`` no later than ``second``: by lines top to bottom,
    along a line in the reading direction. A rectangle holding another comes first."""
    if first.contains(second) or second.contains(first):
        return first.contains(second)
    overlap = min(first.bottom(), second.bottom()) - max(first.top(), second.top())
    same_line = overlap > 0.5 * min(first.height(), second.height())
    if not same_line:
        return first.top() < second.top()
    if rtl:
        return first.right() >= second.right()
    return first.left() <= second.left()


def focus_ring_pixels(window: QWidget, widget: QWidget, colours: list[str]) -> int:
    """How many pixels in and just round ``widget`` are one of a focus ring's ``colours``."""
    image = window.grab().toImage().convertToFormat(QImage.Format.Format_RGBA8888)
    area = in_window(widget, window).adjusted(-4, -4, 4, 4).intersected(window.rect())
    width, height = image.width(), image.height()
    data = np.frombuffer(bytes(image.constBits()), dtype=np.uint8, count=image.sizeInBytes())
    pixels = data.reshape(height, image.bytesPerLine())[:, : width * 4].reshape(height, width, 4)
    part = pixels[area.top() : area.bottom() + 1, area.left() : area.right() + 1, :3].astype(int)
    found = np.zeros(part.shape[:2], dtype=bool)
    for colour in colours:
        value = int(colour.lstrip("#"), 16)
        rgb = np.array([(value >> 16) & 0xFF, (value >> 8) & 0xFF, value & 0xFF])
        found |= np.abs(part - rgb).sum(axis=2) < 40
    return int(found.sum())
