"""Proof that this interpreter and PySide6 survive a kiosk's worth of ordinary Qt calls.

PySide6 6.12.0 on CPython 3.11 leaks references to None in void calls and signal emits, and
the interpreter aborts with "deallocating None" after some thousands. CPython 3.12 made
None immortal; the project requires it, and this test fails loudly if that ever regresses.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QLabel

CALLS = 20_000


class _Emitter(QObject):
    ping = Signal()
    value = Signal(int)


def test_interpreter_makes_none_immortal() -> None:
    assert sys.version_info >= (3, 12)


def test_twenty_thousand_qt_calls_survive(qtbot) -> None:
    label = QLabel()
    qtbot.addWidget(label)
    label.show()
    emitter = _Emitter()
    received: list[int] = []
    emitter.value.connect(received.append)
    emitter.ping.connect(label.clear)
    refs_before = sys.getrefcount(None)
    for index in range(CALLS):
        label.setText(str(index))  # a void method
        emitter.ping.emit()  # a signal emit into a void slot
        emitter.value.emit(index)
        label.update()
        if index % 500 == 0:
            label.repaint()
    assert len(received) == CALLS
    # On 3.12+ None's refcount is a fixed immortal value; a leak would grow it by ~CALLS.
    assert sys.getrefcount(None) - refs_before < CALLS // 10
