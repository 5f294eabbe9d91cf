"""Writes events as JSON Lines from a background thread, so logging never stalls a frame.

The caller only appends the event to a bounded queue, which takes no lock; when the queue
is full (a disk that has stopped answering) the event is dropped and counted rather than
waiting. The thread writes
each line with a single ``write`` on an unbuffered file, so a line reaches the operating
system whole, and calls ``fsync`` once per batch it takes off the queue: in normal use a batch
is one line, so a crash or a power cut loses at most the line being written. Files rotate by
size, ``events.jsonl`` then ``events.jsonl.1`` (the newest old one) and so on.
"""

from __future__ import annotations

import contextlib
import logging
import os
import threading
from collections import deque
from pathlib import Path
from typing import BinaryIO, Protocol

from kiosk.analytics.events import Event, encode

log = logging.getLogger(__name__)

FOLDER_NAME = "analytics"  # the log's folder, inside the kiosk's data folder
LOG_NAME = "events.jsonl"
MAX_BYTES = 1024 * 1024
MAX_FILES = 5  # the current file and four rotated ones: at most about 5 MiB on disk
QUEUE_SIZE = 2048
# Lines taken off the queue per fsync when a burst arrives; bounds what one fsync covers.
BATCH = 64
_STOP = object()


class EventSink(Protocol):
    """Where events go: the writer, or nothing when analytics are switched off."""

    def log(self, event: Event) -> bool: ...


class NullSink:
    """Accepts and forgets every event: analytics switched off."""

    def log(self, event: Event) -> bool:
        return False


class LogWriter:
    """Appends events to ``folder`` from its own thread; ``close()`` drains and stops it.

    ``log`` may be called from one thread at a time (the GUI thread); it never blocks.
    """

    def __init__(
        self,
        folder: Path,
        max_bytes: int = MAX_BYTES,
        max_files: int = MAX_FILES,
        queue_size: int = QUEUE_SIZE,
    ) -> None:
        if max_bytes < 1 or max_files < 1:
            raise ValueError("max_bytes and max_files must be positive")
        self._folder = folder
        self._max_bytes = max_bytes
        self._max_files = max_files
        # deque.append and len are atomic under the GIL, so the caller takes no lock at all;
        # queue.Queue costs a lock and, when full, an exception: several microseconds a call.
        self._pending: deque[object] = deque()
        self._limit = queue_size
        self._wake = threading.Event()
        self._dropped = 0
        self._warned = False
        self._failed = 0
        self._file: BinaryIO | None = None
        self._size = 0
        self._torn = False  # the file may end mid-line: start the next line on a fresh one
        self._thread = threading.Thread(target=self._run, name="analytics-log", daemon=True)
        self._thread.start()

    @property
    def folder(self) -> Path:
        return self._folder

    @property
    def dropped(self) -> int:
        """Events refused because the queue was full."""
        return self._dropped

    @property
    def failed(self) -> int:
        """Events the thread could not write (a full or vanished disk)."""
        return self._failed

    def log(self, event: Event) -> bool:
        """Queue ``event`` for writing; False if it was dropped. Never waits."""
        if len(self._pending) >= self._limit:
            # Only counted here: the warning is the thread's job, since a log handler writing
            # to a console can take longer than a frame.
            self._dropped += 1
            return False
        self._pending.append(event)
        if not self._wake.is_set():
            self._wake.set()  # only when the thread may be asleep: set() takes a lock
        return True

    def flush(self, timeout: float = 5.0) -> bool:
        """Wait until every queued event is on disk; False on timeout (for tests and close)."""
        done = threading.Event()
        self._post(done)
        return done.wait(timeout)

    def close(self, timeout: float = 5.0) -> None:
        """Write what is queued, then stop the thread and close the file."""
        if not self._thread.is_alive():
            return
        self._post(_STOP)
        self._thread.join(timeout)
        if self._thread.is_alive():
            log.warning("analytics: the log did not drain in %.0f s; stopping anyway", timeout)
        if self._dropped:
            log.warning("analytics: %d events were dropped", self._dropped)

    def _post(self, mark: object) -> None:
        # Marks go in even when the queue is full: they are not events and must not be lost.
        self._pending.append(mark)
        self._wake.set()

    def _run(self) -> None:
        try:
            while self._write_batch(self._take_batch()):
                pass
        except Exception:
            # Analytics must never take the kiosk down; the visitor sees nothing of this.
            log.exception("analytics: the log writer stopped")
        finally:
            self._close_file()

    def _take_batch(self) -> list[object]:
        """Up to BATCH items, sleeping until there is at least one."""
        while not self._pending:
            self._wake.wait()
            # Cleared before the queue is read again, so an append after this wakes us.
            self._wake.clear()
        batch: list[object] = []
        while self._pending and len(batch) < BATCH:
            batch.append(self._pending.popleft())
        return batch

    def _write_batch(self, batch: list[object]) -> bool:
        """Write the events in ``batch``, fsync once, release waiters; False at the stop mark."""
        if self._dropped and not self._warned:
            self._warned = True
            log.warning("analytics: the log cannot keep up; dropping events")
        written = False
        for item in batch:
            if isinstance(item, Event):
                written = self._write_line(encode(item)) or written
                continue
            if written:
                self._sync()
                written = False
            if isinstance(item, threading.Event):
                item.set()
            elif item is _STOP:
                return False
        if written:
            self._sync()
        return True

    def _write_line(self, line: str) -> bool:
        data = line.encode("ascii") + b"\n"
        try:
            file = self._open_for(len(data) + 1)
            if self._torn:
                data = b"\n" + data
            _write_all(file, data)
        except OSError as error:
            self._failed += 1
            if self._failed == 1:
                log.warning("analytics: cannot write to %s: %s", self._folder, error)
            self._close_file()
            return False
        self._torn = False
        self._size += len(data)
        return True

    def _open_for(self, incoming: int) -> BinaryIO:
        """The open current file, rotated first if ``incoming`` bytes would overfill it."""
        file = self._file if self._file is not None else self._open()
        if self._size > 0 and self._size + incoming > self._max_bytes:
            self._close_file()
            rotate(self._folder, self._max_files)
            file = self._open()
        return file

    def _open(self) -> BinaryIO:
        self._folder.mkdir(parents=True, exist_ok=True)
        path = self._folder / LOG_NAME
        # Unbuffered: each write() is one system call, so a line is never split by us.
        file = open(path, "ab", buffering=0)  # noqa: SIM115 - kept open across calls
        self._file = file
        self._size = file.tell()
        self._torn = not _ends_with_newline(path, self._size)
        return file

    def _sync(self) -> None:
        if self._file is None:
            return
        try:
            os.fsync(self._file.fileno())
        except OSError as error:
            log.warning("analytics: fsync failed: %s", error)

    def _close_file(self) -> None:
        if self._file is not None:
            # Every line was already written or counted as failed; nothing is left to lose.
            with contextlib.suppress(OSError):
                self._file.close()
            self._file = None


def log_path(folder: Path, index: int) -> Path:
    """The current file (index 0) or the ``index``-th newest rotated one."""
    return folder / (LOG_NAME if index == 0 else f"{LOG_NAME}.{index}")


def rotate(folder: Path, max_files: int) -> None:
    """Shift ``events.jsonl.N`` to ``N+1`` (dropping the oldest) and the current file to ``.1``."""
    log_path(folder, max_files - 1).unlink(missing_ok=True)
    for index in range(max_files - 2, -1, -1):
        source = log_path(folder, index)
        if source.exists():
            os.replace(source, log_path(folder, index + 1))


def _write_all(file: BinaryIO, data: bytes) -> None:
    view = memoryview(data)
    while view:
        count = file.write(view)
        if not count:
            raise OSError("the disk accepted no bytes")
        view = view[count:]


def _ends_with_newline(path: Path, size: int) -> bool:
    """True for an empty file or one whose last byte ends a line (a crash may have torn it)."""
    if size == 0:
        return True
    with path.open("rb") as file:
        file.seek(size - 1)
        return file.read(1) == b"\n"
