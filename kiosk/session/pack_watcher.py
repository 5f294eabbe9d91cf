"""``kiosk run --watch``: reloads the content pack when its folder changes and it checks clean."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer, Signal

from kiosk.session.pack_snapshots import PackSnapshots, Refusal, fingerprint

log = logging.getLogger(__name__)

# Copying a pack touches many files over a few moments; wait for quiet before checking.
DEBOUNCE_MS = 1500


class PackWatcher(QObject):
    """Watches ``source``; emits ``reloaded`` with a clean new pack or ``refused`` with why."""

    reloaded = Signal(object)  # Pack
    refused = Signal(list)  # list[str]: FILE:LINE:COL: message
    unchanged = Signal()

    def __init__(
        self,
        source: Path,
        snapshots: PackSnapshots,
        parent: QObject | None = None,
        debounce_ms: int = DEBOUNCE_MS,
    ) -> None:
        super().__init__(parent)
        self._source = source
        self._snapshots = snapshots
        self._seen = fingerprint(source) if source.is_dir() else ()
        self._refusal: Refusal | None = None
        self._watching = False
        self._watcher = QFileSystemWatcher(self)
        self._watcher.directoryChanged.connect(self._changed)
        self._watcher.fileChanged.connect(self._changed)
        self._quiet = QTimer(self)
        self._quiet.setSingleShot(True)
        self._quiet.setInterval(debounce_ms)
        self._quiet.timeout.connect(self.reload_now)

    @property
    def source(self) -> Path:
        return self._source

    def start(self) -> None:
        """Watch the folder, its subfolders and files from now on."""
        self._watching = True
        self._rewatch()
        log.info("watching %s for content updates", self._source)

    def stop(self) -> None:
        self._watching = False
        self._quiet.stop()
        watched = self._watcher.files() + self._watcher.directories()
        if watched:
            self._watcher.removePaths(watched)

    def reload_now(self) -> None:
        """Check the folder now; take it if it changed and is clean (also the staff menu)."""
        if self._watching:
            self._rewatch()  # editors replace files, which drops them from the watch
        current = fingerprint(self._source) if self._source.is_dir() else ()
        if current == self._seen:
            if self._refusal is not None:  # still the refused files: say so again
                self.refused.emit(list(self._refusal.lines))
            else:
                self.unchanged.emit()
            return
        self._seen = current
        result = self._snapshots.take(self._source)
        if isinstance(result, Refusal):
            self._refusal = result
            for line in result.lines:
                log.error("%s", line)
            log.error("content update in %s refused; the current content stays", self._source)
            self.refused.emit(list(result.lines))
            return
        self._refusal = None
        log.info("content pack reloaded from %s", self._source)
        self.reloaded.emit(result)

    def _changed(self, path: str) -> None:
        self._quiet.start()  # restarts: the check runs once the folder has been quiet

    def _rewatch(self) -> None:
        if not self._source.is_dir():
            if (
                self._source.parent.is_dir()
                and str(self._source.parent) not in self._watcher.directories()
            ):
                self._watcher.addPath(str(self._source.parent))
            return
        # The parent too: a folder deleted and copied anew is seen coming back.
        wanted = [str(self._source.parent), str(self._source)]
        wanted += [str(path) for path in self._source.rglob("*")]
        known = set(self._watcher.files() + self._watcher.directories())
        missing = [path for path in wanted if path not in known]
        if missing:
            self._watcher.addPaths(missing)
