"""Last-known-good copies of the content pack, so a bad update never replaces a good pack.

The kiosk never shows the watched folder itself: it copies it, checks the copy exactly as
``kiosk check`` would, and shows the copy only when it is clean. Staff may be halfway
through copying files, or may copy a broken file; the kiosk keeps showing the last good
pack, also after a restart.
"""

from __future__ import annotations

import logging
import shutil
import time
from dataclasses import dataclass
from pathlib import Path

from kiosk.content.loader import check_pack, load_pack
from kiosk.content.model import Pack
from kiosk.content.problems import PackError

log = logging.getLogger(__name__)
PREFIX = "pack-"


@dataclass(frozen=True)
class Refusal:
    """Why an update was not taken: one ``FILE:LINE:COL: message`` line per problem."""

    lines: tuple[str, ...]


def fingerprint(folder: Path) -> tuple[tuple[str, int, int], ...]:
    """Names, sizes and times of every file: cheap, and changes whenever a file does."""
    entries = []
    for path in sorted(folder.rglob("*")):
        try:
            stat = path.lstat()
        except OSError:
            continue
        entries.append((path.relative_to(folder).as_posix(), stat.st_size, stat.st_mtime_ns))
    return tuple(entries)


class PackSnapshots:
    """Keeps checked copies of a pack under ``store``; the newest clean one is current."""

    def __init__(self, store: Path) -> None:
        self._store = store

    def take(self, source: Path) -> Pack | Refusal:
        """Copy ``source``, check the copy, and keep it (and only it) when it is clean."""
        target = self._store / f"{PREFIX}{time.time_ns():020d}"
        try:
            self._store.mkdir(parents=True, exist_ok=True)
            # Links stay links, so a link leading out of the pack is still refused.
            shutil.copytree(source, target, symlinks=True)
        except OSError as error:
            shutil.rmtree(target, ignore_errors=True)
            return Refusal((f"{source}: cannot copy the pack: {error}",))
        refusal = _check(source, target)
        if refusal is not None:
            shutil.rmtree(target, ignore_errors=True)
            return refusal
        try:
            pack = load_pack(target)
        except (PackError, OSError) as error:
            shutil.rmtree(target, ignore_errors=True)
            return Refusal((f"{source}: {error}",))
        self._prune(keep=target)
        return pack

    def latest(self) -> Pack | None:
        """The newest kept copy that still loads, or None."""
        for folder in sorted(self._folders(), reverse=True):
            try:
                return load_pack(folder)
            except (PackError, OSError) as error:
                log.warning("kept content pack %s no longer loads: %s", folder, error)
        return None

    def _folders(self) -> list[Path]:
        if not self._store.is_dir():
            return []
        return [path for path in self._store.iterdir() if path.name.startswith(PREFIX)]

    def _prune(self, keep: Path) -> None:
        for folder in self._folders():
            if folder != keep:
                shutil.rmtree(folder, ignore_errors=True)


def _check(source: Path, copy: Path) -> Refusal | None:
    try:
        problems = check_pack(copy)
    except OSError as error:
        return Refusal((f"{source}: cannot read the pack: {error}",))
    if not problems:
        return None
    # Named as the source file, so staff can open the file they edited.
    return Refusal(tuple(f"{source / p.file}:{p.line}:{p.column}: {p.message}" for p in problems))
