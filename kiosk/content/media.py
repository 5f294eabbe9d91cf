"""Media paths in a pack: each must name a file inside the pack, and (strictly) be used."""

from __future__ import annotations

import os
import re
from pathlib import Path, PurePosixPath

from kiosk.content.problems import Problem

MEDIA_FOLDER = "media"
_DRIVE = re.compile(r"^[A-Za-z]:")  # "C:..." is absolute on Windows even with slashes


class MediaPathError(ValueError):
    """A media path that the pack must not use; the message says why."""


def resolve_media(root: Path, relative: str) -> Path:
    """The real path of the file that ``relative`` names inside the pack at ``root``.

    ``root`` must already be resolved. Raises :class:`MediaPathError` for a path that is
    empty, absolute, uses backslashes or ``..``, leads out of the pack (also through a
    symbolic link), is missing, or differs in letter case from the file on disk (which
    would work on Windows and fail on Linux).
    """
    parts = _safe_parts(relative)
    path = root.joinpath(*parts)
    try:
        real = path.resolve()
        is_file = real.is_file()
    except (OSError, RuntimeError, ValueError) as error:  # link loops, NUL bytes
        raise MediaPathError(f"cannot use media path {relative!r}: {error}") from None
    if not real.is_relative_to(root):
        raise MediaPathError(f"media path {relative!r} leads outside the pack")
    if not is_file:
        what = "is not a file" if real.exists() else "names a missing file"
        raise MediaPathError(f"media path {relative!r} {what}")
    _check_case(root, parts, relative)
    return real


def _safe_parts(relative: str) -> tuple[str, ...]:
    if not relative.strip():
        raise MediaPathError("media path is empty")
    if "\\" in relative:
        raise MediaPathError(f"media path {relative!r} uses backslashes: write forward slashes")
    posix = PurePosixPath(relative)
    if posix.is_absolute() or _DRIVE.match(relative) or relative.startswith("~"):
        raise MediaPathError(f"media path {relative!r} is absolute: write it relative to the pack")
    if ".." in posix.parts:
        raise MediaPathError(f"media path {relative!r} uses '..': keep media inside the pack")
    return posix.parts


def _check_case(root: Path, parts: tuple[str, ...], relative: str) -> None:
    folder = root
    for part in parts:
        try:
            names = os.listdir(folder)
        except OSError as error:
            raise MediaPathError(f"cannot use media path {relative!r}: {error}") from None
        if part not in names:
            message = f"media path {relative!r} differs in letter case from the file on disk"
            raise MediaPathError(message)
        folder = folder / part


def unused_media(root: Path, used: set[Path]) -> list[Problem]:
    """A problem for each file under ``media/`` whose real path is not in ``used``."""
    folder = root / MEDIA_FOLDER
    if not folder.is_dir():
        return []
    problems = []
    for path in sorted(folder.rglob("*")):
        relative = path.relative_to(root)
        # Dot-files are version-control placeholders and desktop clutter, not content.
        if any(part.startswith(".") for part in relative.parts) or not path.is_file():
            continue
        if path.resolve() not in used:
            message = "unused media file: nothing in the pack refers to it"
            problems.append(Problem(relative.as_posix(), 1, 1, message))
    return problems
