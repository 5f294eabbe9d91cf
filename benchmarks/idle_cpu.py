"""Child process: show the kiosk, let it settle, then report CPU percent over N seconds."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import resource
import sys
import time

from PySide6.QtCore import QTimer

from kiosk.commands.run import open_window

SETTLE_MS = 2000


def cpu_seconds() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def main(seconds: float) -> None:
    opened = open_window(None, None, "overview", kiosk_mode=False, screen=None)
    assert opened is not None
    opened.window.resize(1920, 1080)
    marks: dict[str, float] = {}

    def begin() -> None:
        marks["cpu"], marks["wall"] = cpu_seconds(), time.monotonic()
        QTimer.singleShot(int(seconds * 1000), end)

    def end() -> None:
        cpu = cpu_seconds() - marks["cpu"]
        wall = time.monotonic() - marks["wall"]
        print(f"{100.0 * cpu / wall:.3f}", flush=True)
        opened.app.quit()

    QTimer.singleShot(SETTLE_MS, begin)
    opened.app.exec()


if __name__ == "__main__":
    main(float(sys.argv[1]) if len(sys.argv) > 1 else 20.0)
