"""Fuzzing the loader with mutated copies of the minimal pack: problems, never a traceback."""

from __future__ import annotations

import functools
import json
import os
import re
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kiosk.content import loader
from kiosk.content.loader import PACK_FILES, check_pack, load_pack
from kiosk.content.problems import PackError, Problem

MINIMAL = Path(__file__).parent / "packs" / "minimal"
ICONS = frozenset({"area", "textiles", "banks"})
PROBLEM_LINE = re.compile(r"^[^:]+:\d+:\d+: .+$")
BREAKS = re.compile(r"\r\n|[\n\r\x85\u2028\u2029]")
# `make fuzz` raises the count; `make test` keeps it modest.
EXAMPLES = int(os.environ.get("KIOSK_FUZZ_EXAMPLES", "60"))
FUZZ = settings(
    max_examples=EXAMPLES,
    deadline=2000,
    # Each example makes its own temporary folder; the monkeypatch is scoped to the body.
    suppress_health_check=[HealthCheck.too_slow],
)

Expect = Literal["valid", "invalid", "unknown"]


@dataclass(frozen=True)
class Mutation:
    """A pack file's new bytes, and whether the change must make the pack invalid."""

    kind: str
    file: str
    data: bytes
    expect: Expect
    english: str | None = None  # a Text value that must load exactly as written


@functools.cache
def original(name: str) -> str:
    return (MINIMAL / name).read_text(encoding="utf-8")


# Letters of several scripts (Latin, Arabic/Urdu, Hebrew, CJK), combining marks, digits,
# punctuation and spaces: never control characters, so valid text stays valid.
VISIBLE = st.characters(categories=["L", "M", "N", "P", "S", "Zs"])
RTL_AND_MARKS = st.sampled_from("کراچیشہرعبריתًٌٍَُِّْ\u0301\u0308\u200f\u200e中文")
TEXT = st.text(st.one_of(VISIBLE, RTL_AND_MARKS), min_size=1, max_size=80).filter(
    lambda text: text.strip() and "{number}" not in text
)


def _lines(name: str) -> list[str]:
    return original(name).splitlines(keepends=True)


@st.composite
def mutations(draw: st.DrawFn) -> Mutation:
    kind = draw(st.sampled_from(sorted(_MUTATORS)))
    return _MUTATORS[kind](draw)


def _identity(draw: st.DrawFn) -> Mutation:
    name = draw(st.sampled_from(PACK_FILES))
    return Mutation("identity", name, original(name).encode(), "valid")


def _unicode_value(draw: st.DrawFn) -> Mutation:
    text = draw(TEXT)
    new = original("overview.yaml").replace(
        "en: Sindh", f"en: {json.dumps(text, ensure_ascii=False)}"
    )
    return Mutation("unicode-value", "overview.yaml", new.encode(), "valid", english=text)


def _unicode_insert(draw: st.DrawFn) -> Mutation:
    name = draw(st.sampled_from(PACK_FILES))
    text = original(name)
    at = draw(st.integers(0, len(text)))
    junk = draw(st.text(st.one_of(RTL_AND_MARKS, st.characters()), min_size=1, max_size=20))
    return Mutation("unicode-insert", name, (text[:at] + junk + text[at:]).encode(), "unknown")


def _delete_line(draw: st.DrawFn) -> Mutation:
    name = draw(st.sampled_from(PACK_FILES))
    lines = _lines(name)
    index = draw(st.integers(0, len(lines) - 1))
    return Mutation(
        "delete-line", name, "".join(lines[:index] + lines[index + 1 :]).encode(), "unknown"
    )


def _duplicate_line(draw: st.DrawFn) -> Mutation:
    name = draw(st.sampled_from(PACK_FILES))
    lines = _lines(name)
    index = draw(st.integers(0, len(lines) - 1))
    # Every non-comment line of the minimal pack holds a key: repeating it repeats the key
    # (or, for "- id: x", starts an item with a duplicate id and no other keys).
    expect: Expect = "unknown" if lines[index].lstrip().startswith("#") else "invalid"
    new = lines[: index + 1] + lines[index:]
    return Mutation("duplicate-line", name, "".join(new).encode(), expect)


def _truncate(draw: st.DrawFn) -> Mutation:
    name = draw(st.sampled_from(PACK_FILES))
    data = original(name).encode()
    cut = draw(st.integers(0, len(data) - 1))
    return Mutation("truncate", name, data[:cut], "invalid" if cut == 0 else "unknown")


def _random_bytes(draw: st.DrawFn) -> Mutation:
    name = draw(st.sampled_from(PACK_FILES))
    data = original(name).encode()
    junk = draw(st.binary(max_size=40))
    junk = junk[: len(junk) // 2] + b"\xff" + junk[len(junk) // 2 :]  # never UTF-8
    at = draw(st.integers(0, len(data)))
    return Mutation("random-bytes", name, data[:at] + junk + data[at:], "invalid")


def _huge_number(draw: st.DrawFn) -> Mutation:
    number = draw(
        st.one_of(
            st.integers(5, 6000).map(lambda digits: "9" * digits),
            st.integers(91, 10**400).map(str),
            st.sampled_from(["1.0e+999", "-1.0e+999", ".inf", "-.Inf", ".nan", "0x" + "f" * 99]),
            st.floats(min_value=90.001, allow_infinity=True).map(repr),
        )
    )
    new = original("pack.yaml").replace("latitude: 24.86", f"latitude: {number}")
    return Mutation("huge-number", "pack.yaml", new.encode(), "invalid")


def _deep_nesting(draw: st.DrawFn) -> Mutation:
    depth = draw(st.integers(1, 300))
    opener, closer = draw(st.sampled_from([("[", "]"), ("{a: ", "}")]))
    value = opener * depth + "x" + closer * depth
    name = draw(st.sampled_from(PACK_FILES))
    text = original(name)
    first_en = text.index("en: ")
    end = text.index("\n", first_en)
    new = text[: first_en + 4] + value + text[end:]  # a Text's en must be a string
    return Mutation("deep-nesting", name, new.encode(), "invalid")


def _alias_bomb(draw: st.DrawFn) -> Mutation:
    levels = draw(st.integers(1, 40))
    width = draw(st.integers(2, 9))
    bomb = ["lol0: &lol0 [lol]"]
    for level in range(1, levels + 1):
        aliases = ", ".join([f"*lol{level - 1}"] * width)
        bomb.append(f"lol{level}: &lol{level} [{aliases}]")
    name = draw(st.sampled_from(PACK_FILES))
    new = "\n".join(bomb) + "\n" + original(name)
    return Mutation("alias-bomb", name, new.encode(), "invalid")


def _wrong_type(draw: st.DrawFn) -> Mutation:
    name, old = draw(
        st.sampled_from(
            [
                ("pack.yaml", "schema: 1"),
                ("overview.yaml", "city: karachi"),
                ("climate.yaml", "sources: [normals]"),
                ("timeline.yaml", 'date: "2021-12-09"'),
                ("industries.yaml", "icon: textiles"),
            ]
        )
    )
    key = old.split(":")[0]
    value = draw(st.sampled_from(["true", "null", "[]", "{}", "3.5", "- x", "[1, [2]]"]))
    new = original(name).replace(old, f"{key}: {value}", 1)
    return Mutation("wrong-type", name, new.encode(), "invalid")


def _extra_key(draw: st.DrawFn) -> Mutation:
    name = draw(st.sampled_from(PACK_FILES))
    key = draw(st.from_regex(r"[a-z_]{1,12}", fullmatch=True))
    new = f"{key}_extra: 1\n" + original(name)  # no schema key ends in "_extra"
    return Mutation("extra-key", name, new.encode(), "invalid")


_MUTATORS = {
    "identity": _identity,
    "unicode-value": _unicode_value,
    "unicode-insert": _unicode_insert,
    "delete-line": _delete_line,
    "duplicate-line": _duplicate_line,
    "truncate": _truncate,
    "random-bytes": _random_bytes,
    "huge-number": _huge_number,
    "deep-nesting": _deep_nesting,
    "alias-bomb": _alias_bomb,
    "wrong-type": _wrong_type,
    "extra-key": _extra_key,
}


def _line_count(root: Path, problem: Problem) -> int:
    text = (root / problem.file).read_bytes().decode("utf-8", errors="replace")
    return len(BREAKS.findall(text)) + 1


def _assert_well_formed(root: Path, problems: list[Problem]) -> None:
    for problem in problems:
        assert PROBLEM_LINE.match(str(problem)), str(problem)
        if (root / problem.file).is_file():
            assert problem.line <= _line_count(root, problem), str(problem)


@FUZZ
@given(mutation=mutations())
def test_mutated_pack_gives_problems_never_a_traceback(mutation: Mutation) -> None:
    with tempfile.TemporaryDirectory() as folder, pytest.MonkeyPatch.context() as patch:
        patch.setattr(loader, "known_icons", lambda: ICONS)
        root = Path(folder) / "pack"
        shutil.copytree(MINIMAL, root)
        (root / mutation.file).write_bytes(mutation.data)
        problems = check_pack(root)
        strict = check_pack(root, strict=True)
        _assert_well_formed(root, strict)
        assert set(problems) <= set(strict)
        try:
            pack = load_pack(root)
        except PackError as error:
            assert list(error.problems) == problems
            pack = None
        if mutation.expect == "invalid":
            assert problems and pack is None, mutation.kind
        if mutation.expect == "valid":
            assert strict == [] and pack is not None, strict
        if mutation.english is not None and pack is not None:
            assert pack.overview.facts[1].value.en == mutation.english
