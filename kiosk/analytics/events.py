"""The event vocabulary of the visitor log and its one-line JSON form.

Nothing personal can be recorded: an event is a kind, a time, at most one short identifier
(a view name, a content id or a language code) and a dwell in seconds. Identifiers are checked
against a pattern that free text cannot match, so no typed text, name or coordinate can ever
reach the log.
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

FORMAT_VERSION = 1
# Content ids are lower-case words joined by hyphens; this admits them and little more.
NAME_PATTERN = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.-]{0,63}")
# A dwell longer than a day is a clock jump, not a visitor; it would skew every median.
MAX_DWELL_S = 86_400.0


class Kind(StrEnum):
    """What happened. The value is the word written to the log."""

    SESSION_START = "session_start"  # name: the language the session starts in
    SESSION_END = "session_end"  # name: the language it ended in; dwell: its length
    VIEW_SHOWN = "view_shown"  # name: view; dwell: how long it stayed on screen
    EVENT_OPENED = "event_opened"  # name: timeline event id; dwell: time it stayed selected
    TILE_OPENED = "tile_opened"  # name: industry id; dwell: time its detail stayed open
    LANGUAGE_CHOSEN = "language_chosen"  # name: the language a visitor switched to


# Kinds whose dwell is only known when the thing ends, so it is required for them.
DWELL_KINDS = frozenset({Kind.SESSION_END, Kind.VIEW_SHOWN, Kind.EVENT_OPENED, Kind.TILE_OPENED})


@dataclass(frozen=True, slots=True)
class Event:
    """One line of the log. ``at`` is local wall-clock time with its UTC offset."""

    kind: Kind
    at: datetime
    name: str
    dwell_s: float | None = None

    def __post_init__(self) -> None:
        if self.at.tzinfo is None:
            raise ValueError("an event time must carry its UTC offset")
        if not NAME_PATTERN.fullmatch(self.name):
            raise ValueError(f"not an identifier: {self.name[:80]!r}")
        if (self.dwell_s is None) == (self.kind in DWELL_KINDS):
            need = "needs a" if self.kind in DWELL_KINDS else "takes no"
            raise ValueError(f"{self.kind} {need} dwell time")
        if self.dwell_s is not None and not 0.0 <= self.dwell_s <= MAX_DWELL_S:
            raise ValueError(f"dwell {self.dwell_s!r} s is out of range")


def local_now() -> datetime:
    """The wall-clock time of the kiosk, with its offset, to the second."""
    return datetime.now().astimezone().replace(microsecond=0)


def encode(event: Event) -> str:
    """One JSON line (no newline) for ``event``; keys in a fixed order for people reading it."""
    record: dict[str, object] = {
        "v": FORMAT_VERSION,
        "at": event.at.isoformat(timespec="seconds"),
        "kind": event.kind.value,
        "name": event.name,
    }
    if event.dwell_s is not None:
        record["dwell_s"] = round(event.dwell_s, 1)
    return json.dumps(record, ensure_ascii=True, separators=(",", ":"))


def decode(line: str) -> Event:
    """The event a line holds; ValueError says briefly why a line is not one."""
    try:
        record = json.loads(line)
    except json.JSONDecodeError:
        raise ValueError("not JSON") from None
    if not isinstance(record, dict):
        raise ValueError("not a JSON object")
    if record.get("v") != FORMAT_VERSION:
        raise ValueError(f"unknown format version {record.get('v')!r}")
    return Event(
        kind=_kind(record.get("kind")),
        at=_time(record.get("at")),
        name=_string(record.get("name"), "name"),
        dwell_s=_dwell(record.get("dwell_s")),
    )


def _kind(value: object) -> Kind:
    try:
        return Kind(_string(value, "kind"))
    except ValueError:
        raise ValueError(f"unknown kind {value!r}") from None


def _time(value: object) -> datetime:
    try:
        return datetime.fromisoformat(_string(value, "at"))
    except ValueError:
        raise ValueError(f"bad time {value!r}") from None


def _string(value: object, key: str) -> str:
    if not isinstance(value, str):
        raise ValueError(f"{key} must be a string")
    return value


def _dwell(value: object) -> float | None:
    if value is None:
        return None
    # bool is an int to Python, but true is not a number of seconds.
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        raise ValueError(f"bad dwell {value!r}")
    return float(value)
