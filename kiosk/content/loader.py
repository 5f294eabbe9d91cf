"""Loading and checking a content pack: every problem in one run, each with its position.

``load_pack`` gives the validated :class:`~kiosk.content.model.Pack` or raises
:class:`~kiosk.content.problems.PackError` with all problems; ``check_pack`` returns them
(``kiosk check``), adding missing translations and unused media when strict.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from kiosk.content.fields import FileReader, Report
from kiosk.content.media import unused_media
from kiosk.content.model import Climate, Industries, Overview, Pack, Timeline
from kiosk.content.problems import PackError, Problem
from kiosk.content.schema import (
    PackHeader,
    read_climate,
    read_industries,
    read_overview,
    read_pack_header,
    read_timeline,
)
from kiosk.content.yaml_source import Node, read_yaml
from kiosk.core.paths import resource

PACK_FILES = ("pack.yaml", "overview.yaml", "climate.yaml", "industries.yaml", "timeline.yaml")


def load_pack(root: Path) -> Pack:
    """Load and validate the content pack in the folder ``root``.

    Raises :class:`PackError` holding every problem found in the whole pack, sorted by
    file and position. Missing translations and unused media are not errors here (see
    :func:`check_pack`). Raises :class:`OSError` (``FileNotFoundError``,
    ``NotADirectoryError``, ``PermissionError``) when ``root`` itself is missing, not a
    folder or unreadable: a usage error, which ``kiosk check`` turns into exit status 2.
    """
    pack, report = _read_pack(root)
    if pack is None or report.problems:
        raise PackError(report.problems)
    return pack


def check_pack(root: Path, *, strict: bool = False) -> list[Problem]:
    """Every problem in the pack at ``root``, sorted; an empty list means it is valid.

    ``strict`` adds one problem per missing zh/ur translation (at its Text mapping) and one
    per file under ``media/`` that nothing refers to. Raises :class:`OSError` like
    :func:`load_pack` when ``root`` cannot be read as a folder.
    """
    _, report = _read_pack(root)
    problems = list(report.problems)
    if strict:
        problems += report.translations
        if report.complete:  # with a file unread, any media file might look unused
            problems += unused_media(report.root, report.media_used)
    return sorted(set(problems))


def known_icons() -> frozenset[str] | None:
    """The names of the kiosk's icons, or None when there is no icon set to check against."""
    try:
        names = frozenset(path.stem for path in resource("icons").glob("*.svg"))
    except OSError:
        return None
    return names or None


def _read_pack(root: Path) -> tuple[Pack | None, Report]:
    folder = _open_folder(root)
    report = Report(root=folder, icons=known_icons())
    trees = {name: _read_file(report, name) for name in PACK_FILES}
    if trees["pack.yaml"] is None:
        # Sources and places are defined there: references to them cannot be judged.
        report.registry.mark_incomplete("source")
        report.registry.mark_incomplete("place")
    header = _section(report, trees, "pack.yaml", read_pack_header)
    overview = _section(report, trees, "overview.yaml", read_overview)
    climate = _section(report, trees, "climate.yaml", read_climate)
    industries = _section(report, trees, "industries.yaml", read_industries)
    timeline = _section(report, trees, "timeline.yaml", read_timeline)
    report.problems.extend(report.registry.check())
    if header and overview and climate and industries and timeline and not report.problems:
        return _build(folder, header, overview, climate, industries, timeline), report
    return None, report


def _open_folder(root: Path) -> Path:
    """The pack folder, resolved; raises OSError when it is missing or not a folder."""
    folder = Path(root).resolve()
    with os.scandir(folder):  # raises FileNotFoundError, NotADirectoryError, PermissionError
        pass
    return folder


def _read_file(report: Report, name: str) -> Node | None:
    path = report.root / name
    if not path.exists():
        others = ", ".join(PACK_FILES)
        report.problems.append(Problem(name, 1, 1, f"missing file {name} (a pack needs {others})"))
        report.complete = False
        return None
    if not _inside(path, report.root):
        report.problems.append(Problem(name, 1, 1, "file is a link that leads outside the pack"))
        report.complete = False
        return None
    parsed = read_yaml(path, name)
    report.problems.extend(parsed.problems)
    report.complete = report.complete and parsed.root is not None
    return parsed.root


def _inside(path: Path, folder: Path) -> bool:
    try:
        return path.resolve().is_relative_to(folder)
    except (OSError, RuntimeError):  # a link loop: reading it will say what is wrong
        return True


def _section[T](
    report: Report,
    trees: dict[str, Node | None],
    name: str,
    read: Callable[[FileReader, Node], T],
) -> T | None:
    tree = trees[name]
    return None if tree is None else read(FileReader(report, name), tree)


def _build(
    folder: Path,
    header: PackHeader,
    overview: Overview,
    climate: Climate,
    industries: Industries,
    timeline: Timeline,
) -> Pack:
    return Pack(
        root=folder,
        id=header.id,
        name=header.name,
        default_language=header.default_language,
        sources=header.sources,
        places=header.places,
        overview=overview,
        climate=climate,
        industries=industries,
        timeline=timeline,
        credits=header.credits,
    )
