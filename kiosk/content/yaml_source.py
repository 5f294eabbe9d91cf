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
from functools import cache
from pathlib import Path
from typing import Any, Literal

import yaml
from yaml.constructor import SafeConstructor
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
    except Exception as error:  # a malformed file must never crash the check
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
    fast = _compose_fast(text, name)
    if fast is not None:
        return fast
    try:
        loader = _StrictLoader(text)
    except ReaderError as error:  # the reader checks every character up front
        line, column = position_in(text, error.position)
        code = error.character if isinstance(error.character, int) else ord(error.character)
        message = f"character U+{code:04X} is not allowed in a YAML file"
        return Parsed(None, (Problem(name, line, column, message),))
    try:
        root = loader.get_single_node()
    except _TooDeepError as error:
        return Parsed(None, (*loader.refusals_in(name), _at(name, error.position, str(error))))
    except yaml.MarkedYAMLError as error:
        return Parsed(None, (*loader.refusals_in(name), _syntax_problem(error, name)))
    finally:
        loader.dispose()
    if loader.refusals:
        return Parsed(None, tuple(loader.refusals_in(name)))
    if root is None:
        return Parsed(None, (Problem(name, 1, 1, "file is empty"),))
    problems: list[Problem] = []
    return Parsed(_convert(root, name, problems), tuple(problems))


def _compose_fast(text: str, name: str) -> Parsed | None:
    """The tree of a file that composes cleanly, scanned by LibYAML; None otherwise.

    PyYAML's pure-Python scanner is most of the time a start spends on the pack. LibYAML's
    gives the same events and marks (columns in characters, lines from 0), and the same
    strict composer runs over them. Any trouble, a refusal or a syntax error, returns None
    so the pure-Python path finds it again and words it as the messages it always gave.
    """
    fast_loader = _fast_loader()
    if fast_loader is None:
        return None
    loader = fast_loader(text)
    try:
        root = loader.get_single_node()
    except Exception:  # reported by the exact path
        return None
    finally:
        loader.dispose()
    if root is None or loader.refusals:  # type: ignore[attr-defined]
        return None
    problems: list[Problem] = []
    return Parsed(_convert(root, name, problems), tuple(problems))


Position = tuple[int, int]


def _position(mark: object) -> Position:
    """The 1-based position of a PyYAML mark (0-based), or the file's start without one."""
    line, column = getattr(mark, "line", 0), getattr(mark, "column", 0)
    return (line + 1, column + 1) if isinstance(line, int) and isinstance(column, int) else (1, 1)


def _at(name: str, position: Position, message: str) -> Problem:
    return Problem(name, position[0], position[1], message)


def _syntax_problem(error: yaml.MarkedYAMLError, name: str) -> Problem:
    message = f"YAML syntax error: {error.problem or error.context or 'unreadable'}"
    if error.context and error.problem and error.context_mark is not None:
        line, column = _position(error.context_mark)
        message += f" ({error.context} at line {line}, column {column})"
    return _at(name, _position(error.problem_mark or error.context_mark), message)


class _TooDeepError(Exception):
    """Nesting too deep: composing stops here, before recursion can exhaust the stack."""

    def __init__(self, position: Position) -> None:
        super().__init__(f"nesting deeper than {MAX_DEPTH} levels is not allowed")
        self.position = position


class _StrictComposing:
    """Composing that records anchors, aliases and custom tags instead of following them.

    Aliases become empty placeholders, so an alias bomb never expands, and composing goes on
    to find every refusal in the file in one pass. Mixed in before a PyYAML composer.
    """

    refusals: list[tuple[Position, str]]
    _depth: int

    def _start_strict(self) -> None:
        self.refusals = []
        self._depth = 0

    def refusals_in(self, name: str) -> list[Problem]:
        return [_at(name, position, message) for position, message in self.refusals]

    def compose_node(self, parent: yaml.Node | None, index: int) -> yaml.Node | None:
        # The parser's stubs leave its event methods untyped.
        event = self.peek_event()  # type: ignore[attr-defined]
        if isinstance(event, AliasEvent):
            self.get_event()  # type: ignore[attr-defined]
            message = f"aliases (*{event.anchor}) are not allowed: write the value out"
            self.refusals.append((_position(event.start_mark), message))
            return yaml.ScalarNode(_STD + "null", "")  # a placeholder: the file is refused
        self._refuse_properties(event)
        nests = isinstance(event, SequenceStartEvent | MappingStartEvent)
        if nests and self._depth >= MAX_DEPTH:
            raise _TooDeepError(_position(event.start_mark))
        self._depth += nests
        try:
            return super().compose_node(parent, index)  # type: ignore[misc,no-any-return]
        finally:
            self._depth -= nests

    def _refuse_properties(self, event: NodeEvent) -> None:
        if event.anchor is not None:
            message = f"anchors (&{event.anchor}) are not allowed: write the value out"
            self.refusals.append((_position(event.start_mark), message))
            event.anchor = None  # composing goes on as if it had none
        tag = getattr(event, "tag", None)
        allowed = _ALLOWED_TAGS.get(type(event), frozenset())
        if tag is not None and tag != "!" and tag not in allowed:
            shown = "!!" + tag.removeprefix(_STD) if tag.startswith(_STD) else tag
            message = f"tag {shown!r} is not allowed: use plain strings, numbers, lists, mappings"
            self.refusals.append((_position(event.start_mark), message))


class _StrictLoader(_StrictComposing, yaml.SafeLoader):
    """PyYAML's pure-Python safe loader, composing strictly: its messages are the exact ones."""

    def __init__(self, stream: str) -> None:
        super().__init__(stream)
        self._start_strict()


_CONSTRUCT = SafeConstructor()


def _convert(node: yaml.Node, name: str, problems: list[Problem]) -> Node:
    if isinstance(node, yaml.MappingNode):
        return _mapping(node, name, problems)
    line, column = _position(node.start_mark)
    if isinstance(node, yaml.SequenceNode):
        items = tuple(_convert(item, name, problems) for item in node.value)
        return Sequence(line, column, items)
    assert isinstance(node, yaml.ScalarNode)
    value, kind, error = _scalar_value(node)
    if error:
        problems.append(Problem(name, line, column, error))
    return Scalar(line, column, value, kind)


def _mapping(node: yaml.MappingNode, name: str, problems: list[Problem]) -> Mapping:
    entries: list[tuple[Scalar, Node]] = []
    seen: dict[str, Scalar] = {}
    for key_node, value_node in node.value:
        line, column = _position(key_node.start_mark)
        key = Scalar(line, column, str(key_node.value), "string")
        problem = _key_problem(key_node, key, seen)
        if problem:
            problems.append(Problem(name, line, column, problem))
            continue
        seen[str(key.value)] = key
        entries.append((key, _convert(value_node, name, problems)))
    line, column = _position(node.start_mark)
    return Mapping(line, column, tuple(entries))


def _key_problem(key_node: yaml.Node, key: Scalar, seen: dict[str, Scalar]) -> str | None:
    if not isinstance(key_node, yaml.ScalarNode):
        return "a mapping key must be a plain name, not a list or mapping"
    if key_node.tag == _STD + "merge":
        return "merge keys (<<) are not allowed: write the keys out"
    first = seen.get(str(key.value))
    if first is not None:
        return f"duplicate key {key.value!r} (first at line {first.line}, column {first.column})"
    return None


def _scalar_value(node: yaml.ScalarNode) -> tuple[ScalarValue, Kind, str | None]:
    """The value of a scalar as the YAML 1.1 safe schema reads it, its kind, and any error."""
    raw = str(node.value)
    tag = node.tag
    if tag == _STD + "null":
        return None, "null", None
    if tag == _STD + "bool":
        flag = SafeConstructor.bool_values.get(raw.lower())
        if flag is None:
            return None, "invalid", f"{raw[:40]!r} is not a boolean"
        return flag, "boolean", None
    if tag == _STD + "int":
        return _integer(node, raw)
    if tag == _STD + "float":
        try:
            return _CONSTRUCT.construct_yaml_float(node), "number", None
        except ValueError:
            return None, "invalid", f"{raw[:40]!r} is not a number"
    if tag == _STD + "timestamp":
        return raw, "unquoted date", None  # kept as written: the schema wants quoted dates
    return raw, "string", None


def _integer(node: yaml.ScalarNode, raw: str) -> tuple[ScalarValue, Kind, str | None]:
    try:
        value = _CONSTRUCT.construct_yaml_int(node)
    except ValueError:  # also Python's limit on digits in a decimal string
        return None, "invalid", f"{raw[:40]!r} is not an integer the kiosk can read"
    if value.bit_length() > 64:  # no pack needs more, and huge ints overflow float maths
        return None, "invalid", f"integer {raw[:20]}... is too large"
    return value, "integer", None


@cache
def _fast_loader() -> type[yaml.SafeLoader] | None:
    """The strict loader over LibYAML's scanner and parser, where PyYAML was built with it."""
    try:
        # Absent when PyYAML was built without LibYAML; the stubs do not list it.
        from yaml.cyaml import CParser  # type: ignore[attr-defined]
    except ImportError:
        return None
    c_parser: Any = CParser

    class FastStrictLoader(
        _StrictComposing,
        c_parser,  # type: ignore[misc]
        yaml.composer.Composer,
        yaml.constructor.SafeConstructor,
        yaml.resolver.Resolver,
    ):
        def __init__(self, stream: str) -> None:
            c_parser.__init__(self, stream)
            yaml.composer.Composer.__init__(self)
            yaml.constructor.SafeConstructor.__init__(self)
            yaml.resolver.Resolver.__init__(self)
            self._start_strict()

        # LibYAML would compose in C, past the strict checks: only its events are used.
        get_single_node = yaml.composer.Composer.get_single_node

    return FastStrictLoader
