"""Readers for the values a pack file holds: text, ids, dates, numbers, paths.

Each reader takes a located node (or None when its key is missing, which the caller has
already reported), records any problem with the node's position, and returns a value: a
neutral placeholder when the node is unusable, so reading goes on and a whole pack's
problems come out in one run. The pack is only built when no problem was found.
"""

from __future__ import annotations

import calendar
import difflib
import math
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

from kiosk.content.media import MediaPathError, resolve_media
from kiosk.content.model import PartialDate, Text
from kiosk.content.problems import Problem
from kiosk.content.references import Registry, Site
from kiosk.content.yaml_source import Mapping, Node, Scalar, Sequence, describe
from kiosk.core.languages import FALLBACK, LANGUAGE_CODES, Language

ID_PATTERN = re.compile(r"[a-z0-9][a-z0-9-]{0,63}")
_DATE = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")
_UTC_OFFSET = re.compile(r"([+-])(\d{2}):(\d{2})")
_TIME_ZONE = re.compile(r"[A-Za-z][A-Za-z0-9_+-]*(?:/[A-Za-z0-9_+-]+)*")
_DATE_FORMS = '"2018", "2018-08" or "2019-03-28"'
EMPTY_TEXT = Text("")


@dataclass(frozen=True)
class Shape:
    """The keys one kind of mapping takes, for unknown- and missing-key checks."""

    name: str
    required: tuple[str, ...]
    optional: tuple[str, ...] = ()


TEXT = Shape("Text", ("en",), ("zh", "ur"))


@dataclass
class Report:
    """What reading a pack has found so far, shared by the readers of all its files."""

    root: Path
    icons: frozenset[str] | None  # None: no icon set to check against
    problems: list[Problem] = field(default_factory=list)
    translations: list[Problem] = field(default_factory=list)  # reported by --strict only
    registry: Registry = field(default_factory=Registry)
    media_used: set[Path] = field(default_factory=set)
    complete: bool = True  # every pack file was read, so every media reference is known


class FileReader:
    """Reads the values of one pack file, reporting problems under its name."""

    def __init__(self, report: Report, file: str) -> None:
        self.report = report
        self.file = file

    def site(self, node: Node) -> Site:
        return Site(self.file, node.line, node.column)

    def problem(self, node: Node, message: str) -> None:
        self.report.problems.append(self.site(node).problem(message))

    def expected(self, node: Node, expected: str) -> None:
        """Report a value of the wrong type, unless reading it already failed."""
        if isinstance(node, Scalar) and node.kind == "invalid":
            return
        hint = ""
        if "string" in expected and isinstance(node, Scalar) and node.kind != "string":
            hint = " (put it in quotes)"
        self.problem(node, f"expected {expected}, found {describe(node)}{hint}")

    def fields(self, node: Node | None, shape: Shape) -> dict[str, Node]:
        """The known keys of a mapping, after reporting unknown and missing ones."""
        if node is None:
            return {}
        if not isinstance(node, Mapping):
            self.expected(node, f"a mapping ({shape.name})")
            return {}
        allowed = (*shape.required, *shape.optional)
        found: dict[str, Node] = {}
        for key, value in node.entries:
            name = str(key.value)
            if name in allowed:
                found[name] = value
            else:
                listed = ", ".join(allowed)
                self.problem(key, f"unknown key {name!r} in {shape.name} (allowed: {listed})")
        for name in shape.required:
            if name not in found:
                self.problem(node, f"missing required key {name!r} in {shape.name}")
        return found

    def items(self, node: Node | None, what: str, minimum: int = 0) -> tuple[Node, ...]:
        """The items of a list, which must hold at least ``minimum`` of them."""
        if node is None:
            return ()
        if not isinstance(node, Sequence):
            self.expected(node, f"a list of {what}")
            return ()
        if len(node.items) < minimum:
            self.problem(
                node, f"the list of {what} needs at least {minimum}, found {len(node.items)}"
            )
        return node.items

    def string(self, node: Node | None, what: str = "a string") -> str:
        if node is None:
            return ""
        if not isinstance(node, Scalar) or node.kind != "string":
            self.expected(node, what)
            return ""
        return str(node.value)

    def ident(self, node: Node | None, scope: str) -> str:
        """An id defined here: well formed and unique in its scope."""
        ident = self.string(node, f"a {scope} id (a string)")
        if node is None or not ident:
            return ident
        if not ID_PATTERN.fullmatch(ident):
            rule = "lowercase a-z, 0-9 and '-', starting with a letter or digit, at most 64"
            self.problem(node, f"bad {scope} id {ident!r}: use {rule}")
        duplicate = self.report.registry.define(scope, ident, self.site(node))
        if duplicate:
            self.report.problems.append(duplicate)
        return ident

    def ref(self, node: Node | None, scope: str) -> str:
        """A reference to an id of ``scope``, checked once the whole pack is read."""
        ident = self.string(node, f"a {scope} id (a string)")
        if node is not None and ident:
            self.report.registry.refer(scope, ident, self.site(node))
        return ident

    def text(self, node: Node | None) -> Text:
        """Localized text; notes each missing translation for ``--strict``."""
        if node is None:
            return EMPTY_TEXT
        if not isinstance(node, Mapping):
            self.expected(node, "Text (a mapping with en, zh, ur)")
            return EMPTY_TEXT
        fields = self.fields(node, TEXT)
        values = {code: self._text_value(fields.get(code)) for code in LANGUAGE_CODES}
        english = values.pop(FALLBACK.code)
        english_node = fields.get(FALLBACK.code)
        # Only a blank or null en is "empty": other kinds were already reported as wrong.
        blank = isinstance(english_node, Scalar) and english_node.kind in ("string", "null")
        if english is None and english_node is not None and blank:
            self.problem(english_node, "English text (en) must not be empty")
        excerpt = (english or "")[:40]
        for code, value in values.items():
            if value is None:
                message = f"missing {code} translation of {excerpt!r}"
                self.report.translations.append(self.site(node).problem(message))
        return Text(english or "", zh=values["zh"], ur=values["ur"])

    def _text_value(self, node: Node | None) -> str | None:
        if node is None or (isinstance(node, Scalar) and node.kind == "null"):
            return None
        value = self.string(node, "text (a string)")
        # Block scalars (| and >) end with a line break that is layout, not content.
        value = value.rstrip("\r\n")
        for char in value:
            if unicodedata.category(char) == "Cc" and char not in "\n\t":
                self.problem(node, f"text holds control character U+{ord(char):04X}")
                break
        return value if value.strip() else None

    def date(self, node: Node | None) -> PartialDate | None:
        """A date at its known precision; None when missing or not a real date."""
        if node is None:
            return None
        if not isinstance(node, Scalar) or node.kind != "string":
            self.expected(node, f"a date as a quoted string ({_DATE_FORMS})")
            return None
        try:
            return parse_date(str(node.value))
        except ValueError as error:
            self.problem(node, str(error))
            return None

    def number(
        self, node: Node | None, what: str, low: float | None = None, high: float | None = None
    ) -> float | None:
        """A finite number (bool is not one), within ``low``..``high`` when given."""
        if node is None:
            return None
        if not isinstance(node, Scalar) or node.kind not in ("integer", "number"):
            self.expected(node, f"a number ({what})")
            return None
        assert isinstance(node.value, int | float)
        value = float(node.value)
        if not math.isfinite(value):
            self.problem(node, f"{what} must be a finite number, found {value}")
            return None
        if (low is not None and value < low) or (high is not None and value > high):
            bounds = _bounds(low, high)
            self.problem(node, f"{what} must be {bounds}, found {value:g}")
            return None
        return value

    def language(self, node: Node | None) -> Language:
        code = self.string(node, "a language code (a string)")
        if node is None or not code:
            return FALLBACK
        try:
            return Language.from_code(code)
        except ValueError as error:
            self.problem(node, str(error))
            return FALLBACK

    def url(self, node: Node | None) -> str:
        value = self.string(node, "a URL (a string)")
        if node is None or not value:
            return value
        try:
            parts = urlsplit(value)
            ok = parts.scheme in ("http", "https") and bool(parts.netloc)
        except ValueError:
            ok = False
        if not ok or any(char.isspace() for char in value):
            self.problem(node, f"bad URL {value!r}: it must start with http:// or https://")
        return value

    def utc_offset(self, node: Node | None) -> int:
        """A standard UTC offset such as "+05:00", in minutes."""
        value = self.string(node, 'a UTC offset such as "+05:00" (a string)')
        if node is None or not value:
            return 0
        match = _UTC_OFFSET.fullmatch(value)
        if not match or int(match[2]) > 14 or int(match[3]) > 59:
            self.problem(node, f'bad UTC offset {value!r}: write it as "+05:00" or "-03:30"')
            return 0
        minutes = int(match[2]) * 60 + int(match[3])
        return -minutes if match[1] == "-" else minutes

    def time_zone(self, node: Node | None) -> str:
        value = self.string(node, "an IANA time zone name such as 'Asia/Karachi'")
        if node is not None and value and not _TIME_ZONE.fullmatch(value):
            self.problem(node, f"bad time zone {value!r}: use an IANA name such as Asia/Karachi")
        return value

    def icon(self, node: Node | None) -> str:
        """The name of an icon in the kiosk's icon set (checked when the set is present)."""
        name = self.string(node, "an icon name (a string)")
        icons = self.report.icons
        if node is not None and name and icons is not None and name not in icons:
            close = ", ".join(repr(n) for n in _close(name, icons)) or "none close"
            self.problem(node, f"unknown icon {name!r} (similar icons: {close})")
        return name

    def media(self, node: Node | None) -> Path | None:
        """A media path inside the pack, as the real path of the file it names."""
        relative = self.string(node, "a media path (a string)")
        if node is None or not isinstance(node, Scalar) or node.kind != "string":
            return None
        try:
            path = resolve_media(self.report.root, relative)
        except MediaPathError as error:
            self.problem(node, str(error))
            return None
        self.report.media_used.add(path)
        return path

    def optional[T](self, node: Node | None, read: Callable[[Node], T]) -> T | None:
        """Read an optional value: None when the key is absent."""
        return None if node is None else read(node)


def parse_date(text: str) -> PartialDate:
    """A date written "YYYY", "YYYY-MM" or "YYYY-MM-DD"; ValueError says what is wrong."""
    match = _DATE.fullmatch(text)
    if not match:
        raise ValueError(f"bad date {text!r}: write {_DATE_FORMS}")
    year, month, day = (int(group) if group else None for group in match.groups())
    assert year is not None
    if year < 1:
        raise ValueError(f"impossible date {text!r}: there is no year 0")
    if month is not None and not 1 <= month <= 12:
        raise ValueError(f"impossible date {text!r}: month {month} does not exist")
    if month is not None and day is not None:
        days = calendar.monthrange(year, month)[1]
        if not 1 <= day <= days:
            month_name = calendar.month_name[month]
            raise ValueError(f"impossible date {text!r}: {month_name} {year} has {days} days")
    return PartialDate(year, month, day)


def _close(name: str, known: frozenset[str]) -> list[str]:
    return difflib.get_close_matches(name, sorted(known), n=3, cutoff=0.5)


def _bounds(low: float | None, high: float | None) -> str:
    if low is not None and high is not None:
        return f"between {low:g} and {high:g}"
    return f"at least {low:g}" if low is not None else f"at most {high:g}"
