"""Safe YAML reading that keeps every key's and value's position for error messages.

A pack file is read as bytes and refused when it is over 1 MiB, not UTF-8, or uses YAML
beyond plain data: anchors, aliases, merge keys (``<<``), tags other than the standard
scalar/list/mapping ones, duplicate keys, or nesting deeper than 32 levels. What is left
becomes a small tree of :class:`Scalar`, :class:`Sequence` and :class:`Mapping` nodes, each
with a 1-based line and column. Nothing here raises: every failure is a :class:`Problem`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

import yaml
from yaml.constructor import SafeConstructor
from yaml.error import Mark
from yaml.events import AliasEvent, MappingStartEvent, NodeEvent, ScalarEvent, SequenceStartEvent
from yaml.reader import ReaderError

from kiosk.content.problems import Problem

MAX_BYTES = 1024 * 1024
MAX_DEPTH = 32

_STD = "tag:yaml.org,2002:"
_SCALAR_TAGS = frozenset(_STD + name for name in ("str", "int", "float", "bool", "null"))
_ALLOWED_TAGS: dict[type[NodeEvent], frozenset[str]] = {
    ScalarEvent: _SCALAR_TAGS,
    SequenceStartEvent: frozenset({_STD + "seq"}),
    MappingStartEvent: frozenset({_STD + "map"}),
}
# The line breaks PyYAML counts, so our positions agree with its marks.
_LINE_BREAK = re.compile(r"\r\n|[\n\r\x85\u2028\u2029]")

Kind = Literal["string", "integer", "number", "boolean", "null", "unquoted date", "invalid"]
ScalarValue = str | int | float | bool | None


@dataclass(frozen=True)
class Node:
    """Where a value starts in its file (1-based line and column)."""

    line: int
    column: int


@dataclass(frozen=True)
class Scalar(Node):
    """A single value; ``kind`` names its YAML type for messages ("invalid": already reported)."""

    value: ScalarValue
    kind: Kind


@dataclass(frozen=True)
class Sequence(Node):
    """A YAML list."""

    items: tuple[Node, ...]


@dataclass(frozen=True)
class Mapping(Node):
    """A YAML mapping with string keys, in file order, without duplicates."""

    entries: tuple[tuple[Scalar, Node], ...]

    def get(self, key: str) -> Node | None:
        for name, value in self.entries:
            if name.value == key:
                return value
        return None


@dataclass(frozen=True)
class Parsed:
    """The result of reading one file: its tree (None when unusable) and its problems."""

    root: Node | None
    problems: tuple[Problem, ...] = field(default=())


def describe(node: Node) -> str:
    """A short description of what a value is, for "expected X, found Y" messages."""
    if isinstance(node, Mapping):
        return "a mapping"
    if isinstance(node, Sequence):
        return "a list"
    assert isinstance(node, Scalar)
    if node.kind == "null":
        return "nothing (null)"
    shown = repr(node.value) if node.kind == "string" else str(node.value)
    if node.kind == "boolean":
        shown = shown.lower()
    if len(shown) > 40:
        shown = shown[:37] + "..."
    return f"{node.kind} {shown}"


def read_yaml(path: Path, name: str) -> Parsed:
    """Read the pack file at ``path``, reporting problems under the name ``name``."""
    try:
        with path.open("rb") as stream:
            data = stream.read(MAX_BYTES + 1)
    except OSError as error:
        reason = error.strerror or type(error).__name__
        return Parsed(None, (Problem(name, 1, 1, f"cannot read file: {reason}"),))
    return parse_yaml(data, name)


def parse_yaml(data: bytes, name: str) -> Parsed:
    """Parse a pack file's bytes into a located tree, or say why it cannot be used."""
    if len(data) > MAX_BYTES:
        message = f"file is larger than 1 MiB ({MAX_BYTES:,} bytes); split or shorten it"
        return Parsed(None, (Problem(name, 1, 1, message),))
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        return Parsed(None, (_not_utf8(data, error, name),))
    try:
        return _compose(text, name)
    except Exception as error:  # noqa: BLE001 - a malformed file must never crash the check
        return Parsed(None, (Problem(name, 1, 1, f"cannot parse YAML: {error}"),))


def _not_utf8(data: bytes, error: UnicodeDecodeError, name: str) -> Problem:
    prefix = data[: error.start].decode("utf-8")
    line, column = position_in(prefix, len(prefix))
    byte = data[error.start]
    return Problem(name, line, column, f"not UTF-8: byte 0x{byte:02x} ({error.reason})")


def position_in(text: str, index: int) -> tuple[int, int]:
    """The 1-based line and column of ``text[index]``."""
    line, start = 1, 0
    for match in _LINE_BREAK.finditer(text, 0, index):
        line, start = line + 1, match.end()
    return line, index - start + 1


def _compose(text: str, name: str) -> Parsed:
    try:
        root = yaml.compose(text, Loader=_StrictLoader)
    except _TooDeepError as error:
        return Parsed(None, (*_refusals(error.loader, name), _at(name, error.mark, error.message)))
    except yaml.MarkedYAMLError as error:
        return Parsed(None, (_syntax_problem(error, name),))
    except ReaderError as error:
        line, column = position_in(text, error.position)
        message = f"character U+{ord(error.character):04X} is not allowed in a YAML file"
        return Parsed(None, (Problem(name, line, column, message),))
    if root is None:
        return Parsed(None, (Problem(name, 1, 1, "file is empty"),))
    refusals = _StrictLoader.last_refusals
    if refusals:
        return Parsed(None, tuple(_at(name, mark, message) for mark, message in refusals))
    problems: list[Problem] = []
    return Parsed(_convert(root, name, problems), tuple(problems))


def _at(name: str, mark: Mark | None, message: str) -> Problem:
    if mark is None:
        return Problem(name, 1, 1, message)
    return Problem(name, mark.line + 1, mark.column + 1, message)


def _refusals(loader: _StrictLoader, name: str) -> list[Problem]:
    return [_at(name, mark, message) for mark, message in loader.refusals]


def _syntax_problem(error: yaml.MarkedYAMLError, name: str) -> Problem:
    mark = error.problem_mark or error.context_mark
    message = f"YAML syntax error: {error.problem or error.context or 'unreadable'}"
    if error.context and error.problem and error.context_mark is not None:
        where = f"line {error.context_mark.line + 1}, column {error.context_mark.column + 1}"
        message += f" ({error.context} at {where})"
    return _at(name, mark, message)
