"""Child process for the start-up benchmark: open a window, report the first painted frame.

    python benchmarks/first_paint.py bare     # a bare PySide6 window
    python benchmarks/first_paint.py kiosk    # the kiosk, opened as `kiosk run` opens it

Prints ``FIRST_PAINT <time.monotonic()>`` once the first frame has been painted, then exits.
``time.monotonic`` is one system-wide clock on Linux, so the parent can subtract its own
reading taken just before it started this process.
"""

from __future__ import annotations

import sys
import time


def _report_first_paint(app: object, window: object) -> None:
    from PySide6.QtCore import QEvent, QObject, QTimer

    class FirstPaint(QObject):
        def __init__(self) -> None:
            super().__init__()
            self.seen = False

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if not self.seen and event.type() == QEvent.Type.Paint:
                self.seen = True
                # A zero timer fires after the whole paint cycle (and flush) has finished.
                QTimer.singleShot(0, finish)
            return False

    def finish() -> None:
        print(f"FIRST_PAINT {time.monotonic():.6f}", flush=True)
        app.quit()  # type: ignore[attr-defined]

    watcher = FirstPaint()
    app.installEventFilter(watcher)  # type: ignore[attr-defined]
    app.exec()  # type: ignore[attr-defined]


def bare() -> None:
    from PySide6.QtWidgets import QApplication, QWidget

    app = QApplication(sys.argv[:1])
    window = QWidget()
    window.resize(1920, 1080)
    window.show()
    _report_first_paint(app, window)


def kiosk() -> None:
    from kiosk.commands.run import open_window

    opened = open_window(None, None, "overview", kiosk_mode=False, screen=None)
    assert opened is not None
    opened.window.resize(1920, 1080)
    _report_first_paint(opened.app, opened.window)


if __name__ == "__main__":
    {"bare": bare, "kiosk": kiosk}[sys.argv[1]]()
