"""Random visitor actions on the real main window, offscreen, seeded so a failure replays.

    python -m benchmarks.soak --actions 20000 --seed 1

Passes only with no Python exception, no Qt warning, and resident memory after the run
within 5 % of the memory after a 1,000-action warm-up.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import argparse
import contextlib
import ctypes
import gc
import json
import random
import statistics
import sys
import time
import traceback
from collections.abc import Callable
from dataclasses import asdict, dataclass, field

from PySide6.QtCore import QPoint, Qt, QtMsgType, qInstallMessageHandler
from PySide6.QtGui import QFont, QGuiApplication, QPixmapCache
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from kiosk import app as kiosk_app
from kiosk.content.loader import load_pack
from kiosk.core import paths
from kiosk.core.languages import Language
from kiosk.ui import icons
from kiosk.ui.widgets import industry_tile, label_sizes, plain_label, qr_code

KEYS = [
    Qt.Key.Key_Left,
    Qt.Key.Key_Right,
    Qt.Key.Key_Up,
    Qt.Key.Key_Down,
    Qt.Key.Key_Home,
    Qt.Key.Key_End,
    Qt.Key.Key_Return,
    Qt.Key.Key_Escape,
    Qt.Key.Key_Tab,
    Qt.Key.Key_Backtab,
    Qt.Key.Key_Space,
    Qt.Key.Key_A,
    Qt.Key.Key_PageDown,
    Qt.Key.Key_PageUp,
    Qt.Key.Key_F11,
]
SIZES = [(1920, 1080), (1080, 1920), (1280, 800), (960, 600), (1600, 900)]
WARM_UP = 1000
MEMORY_TOLERANCE = 0.05
SETTLE_SIZE = (1600, 900)
SAMPLES = 3
ACTIONS_BETWEEN_SAMPLES = 50


@dataclass
class SoakResult:
    actions: int
    seed: int
    seconds: float
    rss_after_warmup_kib: int
    rss_after_run_kib: int
    exceptions: list[str] = field(default_factory=list)
    qt_warnings: list[str] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)

    @property
    def memory_growth(self) -> float:
        return self.rss_after_run_kib / max(1, self.rss_after_warmup_kib) - 1.0

    @property
    def passed(self) -> bool:
        return (
            not self.exceptions and not self.qt_warnings and self.memory_growth <= MEMORY_TOLERANCE
        )


def release_free_memory() -> None:
    """Collect garbage and hand freed heap back to the OS, so RSS shows what is retained."""
    gc.collect()
    # Not glibc: RSS then includes free heap, which only makes the check stricter.
    with contextlib.suppress(OSError, AttributeError):
        ctypes.CDLL("libc.so.6").malloc_trim(0)


def settled_rss_kib(kiosk: kiosk_app.Kiosk) -> int:
    """RSS in one canonical state, comparable over time, so that only real growth shows.

    What a process holds depends on its recent history as well as on leaks: bounded caches
    (Qt's font engines and glyphs, its pixmap cache, our icons, painted tiles and texts,
    kept text sizes and layouts, the map's finished pictures)
    keep whatever the last visitors looked at, at the sizes they last saw. Each measurement
    therefore first tours every view in every language at one size, comes back to the idle
    reset's state (first view, English, details closed, scrolls at the start), then empties
    those caches. What remains is what the kiosk cannot give back: the leak we look for.
    """
    kiosk.window.resize(*SETTLE_SIZE)
    for language in (*(lang for lang in Language if lang != Language.EN), Language.EN):
        kiosk.languages.set_language(language)
        for name in kiosk.window.view_names:
            kiosk.window.show_view(name)
            kiosk.window.repaint()
    kiosk.window.reset(Language.EN)
    QGuiApplication.processEvents()
    release_caches()
    return rss_kib()


def release_caches() -> None:
    """Empty the bounded caches (Qt's and ours), then return freed heap to the system."""
    QPixmapCache.clear()
    icons.clear_cache()
    for module in (label_sizes, industry_tile, plain_label, qr_code):
        module.clear_cache()
    for widget in QApplication.allWidgets():
        release = getattr(widget, "release_render_cache", None)
        if callable(release):
            release()
    # Qt's per-thread cache of font engines and their glyph images; a new one is made on
    # the next text drawn, while fonts in use keep their own engines alive.
    QFont.cleanup()
    release_free_memory()


def sampled_rss_kib(kiosk: kiosk_app.Kiosk, visitor: Visitor) -> int:
    """The median of settled RSS at three points a few actions apart: one sample can land
    on an unlucky heap layout, three rarely all do."""
    samples = []
    for index in range(SAMPLES):
        if index:
            _act(visitor, ACTIONS_BETWEEN_SAMPLES)
        samples.append(settled_rss_kib(kiosk))
    return int(statistics.median(samples))


def rss_kib() -> int:
    """Resident set size of this process, from /proc (Linux)."""
    with open("/proc/self/statm", encoding="ascii") as statm:
        pages = int(statm.read().split()[1])
    return pages * os.sysconf("SC_PAGE_SIZE") // 1024


class Visitor:
    """Performs one random action at a time on the window."""

    def __init__(self, kiosk: kiosk_app.Kiosk, rng: random.Random) -> None:
        self._kiosk = kiosk
        self._window = kiosk.window
        self._rng = rng
        self.counts: dict[str, int] = {}
        # Weights: visitors mostly tap, swipe and press keys; staff rarely resize.
        self._actions: dict[str, tuple[int, Callable[[], None]]] = {
            "tap": (40, self.tap),
            "swipe": (12, self.swipe),
            "key": (25, self.key),
            "language": (6, self.language),
            "view": (12, self.view),
            "resize": (2, self.resize),
        }

    def act(self) -> None:
        names = list(self._actions)
        weights = [weight for weight, _ in self._actions.values()]
        name = self._rng.choices(names, weights)[0]
        self._actions[name][1]()
        self.counts[name] = self.counts.get(name, 0) + 1

    def _target(self) -> tuple[QWidget, QPoint]:
        point = QPoint(
            self._rng.randrange(self._window.width()), self._rng.randrange(self._window.height())
        )
        child = self._window.childAt(point)
        widget = child if child is not None else self._window
        return widget, widget.mapFrom(self._window, point)

    def tap(self) -> None:
        widget, point = self._target()
        QTest.mouseClick(widget, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, point)

    def swipe(self) -> None:
        widget, start = self._target()
        dx = self._rng.choice([-1, 1]) * self._rng.randrange(5, 600)
        QTest.mousePress(widget, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
        for step in range(1, 5):
            QTest.mouseMove(widget, start + QPoint(dx * step // 4, self._rng.randrange(-8, 9)))
        QTest.mouseRelease(
            widget, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start + QPoint(dx, 0)
        )

    def key(self) -> None:
        target = QApplication.focusWidget() or self._window
        QTest.keyClick(target, self._rng.choice(KEYS))

    def language(self) -> None:
        self._kiosk.languages.set_language(self._rng.choice(list(Language)))

    def view(self) -> None:
        self._window.show_view(self._rng.choice(self._window.view_names))

    def resize(self) -> None:
        self._window.resize(*self._rng.choice(SIZES))


def run_soak(actions: int, seed: int, warm_up: int = WARM_UP) -> SoakResult:
    """Run ``warm_up`` then ``actions`` random actions; collect failures and memory."""
    warnings: list[str] = []
    exceptions: list[str] = []

    def on_message(kind: QtMsgType, _context: object, message: str) -> None:
        if kind != QtMsgType.QtDebugMsg and kind != QtMsgType.QtInfoMsg:
            warnings.append(message)

    def on_exception(kind: type[BaseException], value: BaseException, tb: object) -> None:
        exceptions.append("".join(traceback.format_exception(kind, value, tb)))  # type: ignore[arg-type]

    previous_handler = qInstallMessageHandler(on_message)
    previous_hook, sys.excepthook = sys.excepthook, on_exception
    try:
        return _drive(actions, seed, warm_up, warnings, exceptions)
    finally:
        sys.excepthook = previous_hook
        qInstallMessageHandler(previous_handler)


def _drive(
    actions: int, seed: int, warm_up: int, warnings: list[str], exceptions: list[str]
) -> SoakResult:
    kiosk = kiosk_app.build(load_pack(paths.default_pack()), Language.EN)
    kiosk.window.resize(1600, 900)
    kiosk.window.show()
    visitor = Visitor(kiosk, random.Random(seed))
    # The actions between samples are part of the warm-up and of the run, so the totals
    # stay what was asked for.
    sampling = (SAMPLES - 1) * ACTIONS_BETWEEN_SAMPLES
    _act(visitor, max(0, warm_up - sampling))
    baseline = sampled_rss_kib(kiosk, visitor)
    started = time.perf_counter()
    _act(visitor, max(0, actions - sampling))
    final = sampled_rss_kib(kiosk, visitor)
    elapsed = time.perf_counter() - started
    result = SoakResult(
        actions, seed, elapsed, baseline, final, exceptions, warnings, visitor.counts
    )
    kiosk.window.close()
    return result


def _act(visitor: Visitor, count: int) -> None:
    for _ in range(count):
        visitor.act()
        QGuiApplication.processEvents()


def heap_in_use_kib() -> int | None:
    """Bytes glibc's main arena has handed out and not had back, in KiB (None elsewhere).

    RSS also counts heap that was freed but stays resident; this does not.
    """

    class MallInfo2(ctypes.Structure):
        _fields_ = [
            (name, ctypes.c_size_t)
            for name in [
                "arena",
                "ordblks",
                "smblks",
                "hblks",
                "hblkhd",
                "usmblks",
                "fsmblks",
                "uordblks",
                "fordblks",
                "keepcost",
            ]
        ]

    try:
        mallinfo2 = ctypes.CDLL("libc.so.6").mallinfo2
    except (OSError, AttributeError):
        return None
    mallinfo2.restype = MallInfo2
    return int(mallinfo2().uordblks) // 1024


def trace(actions: int, seed: int, every: int) -> int:
    """Print the settled state every ``every`` actions: RSS, heap in use, Python objects.

    For finding where memory goes: a leak climbs in every column; a cache or freed heap
    that stays resident moves RSS alone.
    """
    kiosk = kiosk_app.build(load_pack(paths.default_pack()), Language.EN)
    kiosk.window.resize(*SETTLE_SIZE)
    kiosk.window.show()
    visitor = Visitor(kiosk, random.Random(seed))
    print("actions  rss_kib  heap_in_use_kib  python_objects")
    for done in range(0, actions + 1, every):
        if done:
            _act(visitor, every)
        rss = settled_rss_kib(kiosk)
        print(f"{done:7d}  {rss:7d}  {heap_in_use_kib() or 0:15d}  {len(gc.get_objects()):14d}")
    kiosk.window.close()
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--actions", type=int, default=20_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--warm-up", type=int, default=WARM_UP)
    parser.add_argument(
        "--trace", type=int, metavar="EVERY", help="print the settled state every EVERY actions"
    )
    args = parser.parse_args()
    kiosk_app.application()
    if args.trace:
        return trace(args.actions, args.seed, args.trace)
    result = run_soak(args.actions, args.seed, args.warm_up)
    report = asdict(result) | {
        "memory_growth": round(result.memory_growth, 4),
        "passed": result.passed,
    }
    print(json.dumps(report, indent=2, ensure_ascii=False))
    return 0 if result.passed else 1


if __name__ == "__main__":
    sys.exit(main())
