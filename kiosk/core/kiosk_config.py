"""The machine's kiosk settings file (TOML): reading it strictly, and writing the PIN hash.

A bad file never stops the kiosk: each problem names its line, and the setting it concerns
(or, for a file that is not TOML at all, every setting) falls back to its default.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import Any, Literal

from kiosk.core.languages import LANGUAGE_CODES, Language
from kiosk.core.opening_hours import ALWAYS_OPEN, WEEKDAYS, OpeningHours, Span, parse_day
from kiosk.core.pin_hash import is_pin_hash

FILE_NAME = "kiosk.toml"
IDLE_RANGE = (10, 86_400)
COUNTDOWN_RANGE = (3, 60)
Navigation = Literal["top", "bottom"]
NAVIGATION_PLACES: tuple[Navigation, ...] = ("top", "bottom")


@dataclass(frozen=True)
class KioskConfig:
    """What one exhibition machine is set to; every field has a sensible default."""

    idle_timeout_s: int = 90
    countdown_s: int = 10
    default_language: Language | None = None  # None: the content pack's default
    screen: int | None = None  # None: the primary screen
    show_cursor: bool = False
    opening_hours: OpeningHours = field(default=ALWAYS_OPEN)
    pin_hash: str | None = None
    # Where the row of view and language buttons sits; "bottom" puts it in reach of
    # children and visitors in wheelchairs on a tall screen.
    navigation: Navigation = "top"
    analytics: bool = True  # the anonymous visitor log (docs/analytics.md)


@dataclass(frozen=True)
class ConfigProblem:
    """One thing wrong in the file, at its 1-based line."""

    line: int
    message: str
    fatal: bool = False  # the file is not TOML at all: nothing in it could be read


TEMPLATE = """\
# Sister-City Kiosk: the settings of this machine, read by `kiosk run --kiosk`.
# A setting that is left out (or commented out with #) takes the default shown here.
# See docs/kiosk-setup.md for where this file lives and what each setting does.

[kiosk]
# Seconds without any touch, click, key or wheel before "Still there?" appears (10-86400).
idle_timeout = 90
# Seconds the "Still there?" countdown lasts before the kiosk starts over (3-60).
countdown = 10
# Language the kiosk returns to: "en", "zh" or "ur". Left out: the content pack's default.
# default_language = "zh"
# Which screen to fill, counting from 0. Left out: the primary screen.
# screen = 0
# Show the mouse pointer: true for a kiosk with a mouse, false for a touch screen.
show_cursor = false
# Where the bar of view and language buttons sits: "top" or "bottom" (easier to reach
# for children and wheelchair users on a tall screen).
navigation = "top"
# Keep an anonymous log of what visitors look at, for `kiosk report` (docs/analytics.md).
# false: record nothing.
analytics = true

[opening_hours]
# Outside these hours the screen goes dark; a touch wakes it for a while. Each value is
# "HH:MM-HH:MM" (several separated by commas) or "closed". "daily" sets every day that is
# not named; with no line here the kiosk stays on all the time.
# daily = "09:00-17:00"
# monday = "closed"

[admin]
# The staff PIN, written only by `kiosk set-pin` as a salted scrypt hash (never the PIN).
"""


def parse_config(text: str) -> tuple[KioskConfig, list[ConfigProblem]]:
    """The settings in ``text``, and every problem found (empty when the file is clean)."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        problem = ConfigProblem(_error_line(error), _error_message(error), fatal=True)
        return KioskConfig(), [problem]
    finder = _LineFinder(text)
    problems: list[ConfigProblem] = []
    values: dict[str, Any] = {}
    for section, table in data.items():
        if section not in _SECTIONS:
            known = ", ".join(f"[{name}]" for name in _SECTIONS)
            problems.append(_problem(finder, section, None, f"unknown section; known: {known}"))
        elif not isinstance(table, dict):
            problems.append(_problem(finder, section, None, f"{section} must be a [section]"))
        else:
            values |= _read_section(section, table, finder, problems)
    return _assemble(values, finder, problems), problems


def set_pin_hash(text: str, pin_hash: str) -> str:
    """``text`` with ``[admin] pin_hash`` set to ``pin_hash``; every other line is kept."""
    lines = text.splitlines()
    entry = f'pin_hash = "{pin_hash}"'
    header = _header_index(lines, "admin")
    if header is None:
        if lines and lines[-1].strip():
            lines.append("")
        lines += ["[admin]", entry]
        return "\n".join(lines) + "\n"
    end = _section_end(lines, header)
    for index in range(header + 1, end):
        if re.match(r"\s*pin_hash\s*=", lines[index]):
            lines[index] = entry
            return "\n".join(lines) + "\n"
    insert_at = end
    while insert_at > header + 1 and not lines[insert_at - 1].strip():
        insert_at -= 1  # after the section's last line, before the blank lines that end it
    lines.insert(insert_at, entry)
    return "\n".join(lines) + "\n"


# Readers turn a TOML value into the setting, or raise ValueError saying what is wanted.
def _whole_number(low: int, high: int, unit: str) -> Callable[[object], int]:
    def read(value: object) -> int:
        if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
            raise ValueError(f"must be a whole number of {unit} from {low} to {high}")
        return value

    return read


def _language(value: object) -> Language:
    if not isinstance(value, str) or value not in LANGUAGE_CODES:
        raise ValueError(f"must be one of {', '.join(repr(c) for c in LANGUAGE_CODES)}")
    return Language.from_code(value)


def _screen(value: object) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= 15:
        raise ValueError("must be a screen number from 0 (the first screen) to 15")
    return value


def _boolean(value: object) -> bool:
    if not isinstance(value, bool):
        raise ValueError("must be true or false (without quotes)")
    return value


def _navigation(value: object) -> Navigation:
    if value not in NAVIGATION_PLACES:
        raise ValueError('must be "top" or "bottom"')
    return value


def _hours(value: object) -> tuple[Span, ...]:
    if not isinstance(value, str):
        raise ValueError('must be a quoted text such as "09:00-17:00" or "closed"')
    return parse_day(value)


def _pin_hash(value: object) -> str:
    if not isinstance(value, str) or not is_pin_hash(value):
        raise ValueError("is not a hash written by `kiosk set-pin`; run it again to set the PIN")
    return value


_SECTIONS: dict[str, dict[str, tuple[str, Callable[[object], Any]]]] = {
    "kiosk": {
        "idle_timeout": ("idle_timeout_s", _whole_number(*IDLE_RANGE, "seconds")),
        "countdown": ("countdown_s", _whole_number(*COUNTDOWN_RANGE, "seconds")),
        "default_language": ("default_language", _language),
        "screen": ("screen", _screen),
        "show_cursor": ("show_cursor", _boolean),
        "navigation": ("navigation", _navigation),
        "analytics": ("analytics", _boolean),
    },
    "opening_hours": {day: (day, _hours) for day in ("daily", *WEEKDAYS)},
    "admin": {"pin_hash": ("pin_hash", _pin_hash)},
}


def _read_section(
    section: str, table: dict[str, Any], finder: _LineFinder, problems: list[ConfigProblem]
) -> dict[str, Any]:
    known = _SECTIONS[section]
    values: dict[str, Any] = {}
    for key, raw in table.items():
        if key not in known:
            names = ", ".join(known)
            problems.append(_problem(finder, section, key, f"unknown setting; known: {names}"))
            continue
        name, read = known[key]
        try:
            values[name] = read(raw)
        except ValueError as error:
            message = f"{error}, not {_shown(raw)}; using the default"
            problems.append(_problem(finder, section, key, message))
    return values


_KIOSK_FIELDS = tuple(name for name, _ in _SECTIONS["kiosk"].values())


def _assemble(
    values: dict[str, Any], finder: _LineFinder, problems: list[ConfigProblem]
) -> KioskConfig:
    config = KioskConfig()
    for name in _KIOSK_FIELDS:
        if name in values:
            config = replace(config, **{name: values[name]})
    if "pin_hash" in values:
        config = replace(config, pin_hash=values["pin_hash"])
    days = [values.get(day, values.get("daily")) for day in WEEKDAYS]
    if any(spans is not None for spans in days):
        every_day = ((0, 24 * 60),)
        hours = OpeningHours(tuple(every_day if spans is None else spans for spans in days))
        if not any(hours.days):
            line = finder.line("opening_hours", None)
            problems.append(ConfigProblem(line, "opening_hours close every day; ignoring them"))
        else:
            config = replace(config, opening_hours=hours)
    return config


def _problem(finder: _LineFinder, section: str, key: str | None, message: str) -> ConfigProblem:
    where = f"[{section}]" if key is None else f"[{section}] {key}"
    return ConfigProblem(finder.line(section, key), f"{where}: {message}")


def _shown(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return repr(value) if not isinstance(value, str) else f'"{value}"'


class _LineFinder:
    """Finds the line of a section header or a key (tomllib does not report positions)."""

    def __init__(self, text: str) -> None:
        self._lines = text.splitlines()

    def line(self, section: str, key: str | None) -> int:
        header = _header_index(self._lines, section)
        if header is None:
            return 1
        if key is None:
            return header + 1
        pattern = re.compile(rf"\s*[\"']?{re.escape(key)}[\"']?\s*=")
        for index in range(header + 1, _section_end(self._lines, header)):
            if pattern.match(self._lines[index]):
                return index + 1
        return header + 1


def _header_index(lines: list[str], section: str) -> int | None:
    pattern = re.compile(rf"\s*\[\s*{re.escape(section)}\s*\]\s*(#.*)?$")
    for index, line in enumerate(lines):
        if pattern.match(line):
            return index
    return None


def _section_end(lines: list[str], header: int) -> int:
    for index in range(header + 1, len(lines)):
        if re.match(r"\s*\[", lines[index]):
            return index
    return len(lines)


def _error_line(error: tomllib.TOMLDecodeError) -> int:
    line = getattr(error, "lineno", None)
    if isinstance(line, int):
        return line
    match = re.search(r"at line (\d+)", str(error))
    return int(match.group(1)) if match else 1


def _error_message(error: tomllib.TOMLDecodeError) -> str:
    message = getattr(error, "msg", None) or re.sub(r"\s*\(at [^)]*\)$", "", str(error))
    return f"not valid TOML: {message}; using the default for every setting"
