"""Never a traceback on screen: an error in a slot is logged, and the kiosk goes home."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import QWidget

from kiosk.session.crash_guard import FULL_REPORTS_PER_MINUTE, LOG_NAME, default_log_folder
from tests.session_harness import KioskRun, close_kiosk_mode, open_kiosk_mode, settings_text

# The guard must own sys.excepthook here, as it does in the kiosk.
pytestmark = pytest.mark.qt_no_exception_capture


@pytest.fixture
def guarded(qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[KioskRun]:  # type: ignore[no-untyped-def]
    run = open_kiosk_mode(tmp_path, monkeypatch, settings_text(), keep_crash_guard=True)
    qtbot.addWidget(run.kiosk.window)
    qtbot.waitExposed(run.kiosk.window)
    window = run.kiosk.window
    window.show_view("industries")
    view = window.view("industries")
    view.open_detail(next(iter(view.tiles())))
    yield run
    close_kiosk_mode(run)


def log_text() -> str:
    return (default_log_folder() / LOG_NAME).read_text(encoding="utf-8")


def test_error_in_a_slot_is_logged_and_the_window_goes_home(guarded: KioskRun, qtbot) -> None:
    def broken_slot() -> None:
        raise RuntimeError("a slot that was never meant to fail")

    guard = guarded.parts.crash_guard
    assert guard is not None
    with qtbot.waitSignal(guard.recovered, timeout=3000):
        QTimer.singleShot(0, broken_slot)
    window = guarded.kiosk.window
    assert window.isVisible() and window.isFullScreen()
    assert window.current_view_name() == "overview"
    assert window.view("industries").open_industry_id() is None
    text = log_text()
    assert "RuntimeError: a slot that was never meant to fail" in text
    assert "Traceback" in text and "broken_slot" in text


def test_error_while_painting_is_logged_and_the_kiosk_carries_on(guarded: KioskRun, qtbot) -> None:
    class Broken(QWidget):
        def paintEvent(self, event: QPaintEvent) -> None:
            raise ValueError("cannot paint")

    broken = Broken(guarded.kiosk.window)
    guard = guarded.parts.crash_guard
    assert guard is not None
    with qtbot.waitSignal(guard.recovered, timeout=3000):
        broken.show()
    broken.deleteLater()
    assert "ValueError: cannot paint" in log_text()
    assert guarded.kiosk.window.isVisible()


def test_error_in_a_thread_is_logged(guarded: KioskRun, qtbot) -> None:
    def work() -> None:
        raise OSError("a worker that failed")

    guard = guarded.parts.crash_guard
    assert guard is not None
    with qtbot.waitSignal(guard.recovered, timeout=3000):
        thread = threading.Thread(target=work, name="content-worker")
        thread.start()
        thread.join()
    assert "unexpected error in content-worker" in log_text()


def test_a_storm_of_errors_is_logged_in_moderation(guarded: KioskRun) -> None:
    guard = guarded.parts.crash_guard
    assert guard is not None
    for number in range(FULL_REPORTS_PER_MINUTE + 30):
        try:
            raise KeyError(number)
        except KeyError as error:
            guard.on_exception(KeyError, error, error.__traceback__)
    assert log_text().count("Traceback") == FULL_REPORTS_PER_MINUTE
