"""Ids a pack defines and the references between its files, checked once all are read."""

from __future__ import annotations

import difflib
from dataclasses import dataclass

from kiosk.content.problems import Problem

# Where each kind of referenced id is defined, for "unknown ..." hints.
_HOMES = {
    "source": "pack.yaml sources",
    "place": "pack.yaml places",
    "lane": "timeline.yaml lanes",
}


@dataclass(frozen=True)
class Site:
    """Where a value was written: pack-relative file, 1-based line and column."""

    file: str
    line: int
    column: int

    def __str__(self) -> str:
        return f"{self.file}:{self.line}:{self.column}"

    def problem(self, message: str) -> Problem:
        return Problem(self.file, self.line, self.column, message)


class Registry:
    """The ids defined in each scope ("source", "fact", ...) and the references to them."""

    def __init__(self) -> None:
        self._defined: dict[str, dict[str, Site]] = {}
        self._references: list[tuple[str, str, Site]] = []
        self._incomplete: set[str] = set()

    def define(self, scope: str, ident: str, site: Site) -> Problem | None:
        """Record an id; a second definition is a problem that says where the first was."""
        known = self._defined.setdefault(scope, {})
        first = known.get(ident)
        if first is not None:
            return site.problem(f"duplicate {scope} id {ident!r} (first at {first})")
        known[ident] = site
        return None

    def refer(self, scope: str, ident: str, site: Site) -> None:
        """Note a reference, checked by :meth:`check` once every definition is known."""
        self._references.append((scope, ident, site))

    def mark_incomplete(self, scope: str) -> None:
        """The list defining ``scope`` could not be read: its references go unchecked."""
        self._incomplete.add(scope)

    def ids(self, scope: str) -> tuple[str, ...]:
        return tuple(self._defined.get(scope, {}))

    def check(self) -> list[Problem]:
        """A problem for every reference to an id that no definition gave."""
        problems = []
        for scope, ident, site in self._references:
            if scope in self._incomplete or ident in self._defined.get(scope, {}):
                continue
            problems.append(site.problem(f"unknown {scope} {ident!r} ({self._hint(scope, ident)})"))
        return problems

    def _hint(self, scope: str, ident: str) -> str:
        known = self.ids(scope)
        home = _HOMES.get(scope, f"{scope} ids")
        if not known:
            return f"{home} defines none"
        close = difflib.get_close_matches(ident, known, n=1)
        if close:
            return f"did you mean {close[0]!r}?"
        shown = ", ".join(known[:10]) + (", ..." if len(known) > 10 else "")
        return f"{home}: {shown}"
