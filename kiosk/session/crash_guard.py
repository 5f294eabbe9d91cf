"""Never a traceback on screen: unexpected exceptions are logged and the kiosk goes home.

Qt for Python hands an exception raised in a slot or an event handler to
``sys.excepthook`` and carries on; threads use ``threading.excepthook``. The guard takes
both, writes the traceback to a rotating log in the application's data folder, and asks
the session (on the GUI thread, after the failing handler has returned) to go home.
"""

from __future__ import annotations

import faulthandler
import logging
import logging.handlers
import sys
import threading
from pathlib import Path
from types import TracebackType
from typing import IO

from PySide6.QtCore import QElapsedTimer, QObject, QStandardPaths, Qt, Signal

log = logging.getLogger("kiosk.crash")

LOG_NAME = "kiosk.log"
LOG_BYTES, LOG_BACKUPS = 1_000_000, 5
FULL_REPORTS_PER_MINUTE = 20
RECOVERY_GAP_MS = 2000  # an exception in every paint must not become a reset in every paint


def default_log_folder() -> Path:
    return Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation))


def start_log_file(folder: Path) -> Path | None:
    """Send the kiosk's log to a rotating file in ``folder`` as well; None if not writable."""
    path = folder / LOG_NAME
    try:
        folder.mkdir(parents=True, exist_ok=True)
        handler = logging.handlers.RotatingFileHandler(
            path, maxBytes=LOG_BYTES, backupCount=LOG_BACKUPS, encoding="utf-8"
        )
    except OSError as error:
        logging.getLogger("kiosk").error("cannot write the log in %s: %s", folder, error)
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.setLevel(logging.INFO)
    root = logging.getLogger("kiosk")
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    return path


class CrashGuard(QObject):
    """Logs every uncaught exception and emits ``recovered`` so the UI can return home."""

    recovered = Signal()
    _failed = Signal()  # emitted from any thread; delivered on the GUI thread

    def __init__(self, parent: QObject | None = None, fault_file: Path | None = None) -> None:
        super().__init__(parent)
        self._fault_path = fault_file
        self._fault_stream: IO[str] | None = None
        self._previous_hook = sys.excepthook
        self._previous_thread_hook = threading.excepthook
        self._since_recovery = QElapsedTimer()
        self._minute = QElapsedTimer()
        self._reports = 0
        self._suppressed = 0
        self._failed.connect(self._recover, Qt.ConnectionType.QueuedConnection)

    def install(self) -> None:
        self._previous_hook = sys.excepthook
        self._previous_thread_hook = threading.excepthook
        sys.excepthook = self.on_exception
        threading.excepthook = self._on_thread_exception
        self._enable_fault_handler()

    def uninstall(self) -> None:
        if sys.excepthook == self.on_exception:
            sys.excepthook = self._previous_hook
        if threading.excepthook == self._on_thread_exception:
            threading.excepthook = self._previous_thread_hook
        if self._fault_stream is not None:
            faulthandler.disable()
            self._fault_stream.close()
            self._fault_stream = None

    def on_exception(
        self,
        kind: type[BaseException],
        value: BaseException,
        trace: TracebackType | None,
    ) -> None:
        if issubclass(kind, KeyboardInterrupt | SystemExit):
            self._previous_hook(kind, value, trace)
            return
        self._report("unexpected error; the kiosk returns home and keeps running", value, trace)
        self._failed.emit()

    def _on_thread_exception(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_value is None or isinstance(args.exc_value, SystemExit):
            return
        name = args.thread.name if args.thread is not None else "a thread"
        self._report(f"unexpected error in {name}", args.exc_value, args.exc_traceback)
        self._failed.emit()

    def _report(self, message: str, value: BaseException, trace: TracebackType | None) -> None:
        if not self._minute.isValid() or self._minute.elapsed() > 60_000:
            if self._suppressed:
                log.error(
                    "%d more errors in the last minute were not logged in full", self._suppressed
                )
            self._minute.start()
            self._reports = self._suppressed = 0
        if self._reports >= FULL_REPORTS_PER_MINUTE:
            self._suppressed += 1
            return
        self._reports += 1
        log.error(message, exc_info=(type(value), value, trace))

    def _recover(self) -> None:
        if self._since_recovery.isValid() and self._since_recovery.elapsed() < RECOVERY_GAP_MS:
            return
        self._since_recovery.start()
        self.recovered.emit()

    def _enable_fault_handler(self) -> None:
        """Hard crashes (in Qt itself) leave a Python stack in the data folder too."""
        if self._fault_path is None or self._fault_stream is not None:
            return
        if faulthandler.is_enabled():
            return  # someone (a test runner, PYTHONFAULTHANDLER) already records them
        try:
            self._fault_stream = self._fault_path.open("a", encoding="utf-8")
        except OSError:
            return
        faulthandler.enable(self._fault_stream)
