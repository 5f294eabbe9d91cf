"""The content-pack loader: the minimal pack loads, and each kind of bad pack is pinpointed."""

from __future__ import annotations

import os
import shutil
from dataclasses import dataclass
from pathlib import Path

import pytest

from kiosk.content import loader
from kiosk.content.loader import check_pack, load_pack
from kiosk.content.model import PartialDate, Precision, Text
from kiosk.content.problems import PackError, Problem
from kiosk.content.yaml_source import MAX_BYTES, Mapping, Scalar, parse_yaml
from kiosk.core.languages import Language

MINIMAL = Path(__file__).parent / "packs" / "minimal"
# A fixed icon set, so these tests do not change when the drawn icons do.
ICONS = frozenset({"area", "textiles", "banks"})


@pytest.fixture(autouse=True)
def fixed_icons(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(loader, "known_icons", lambda: ICONS)


@pytest.fixture
def pack(tmp_path: Path) -> Path:
    target = tmp_path / "pack"
    shutil.copytree(MINIMAL, target)
    return target


def edit(pack: Path, name: str, old: str, new: str) -> str:
    """Replace the one occurrence of ``old`` in a pack file; returns the new text."""
    path = pack / name
    text = path.read_text(encoding="utf-8")
    assert text.count(old) == 1, f"{old!r} must occur once in {name}"
    text = text.replace(old, new)
    path.write_text(text, encoding="utf-8")
    return text


def locate(text: str, needle: str, nth: int = 0) -> tuple[int, int]:
    """The 1-based line and column of the ``nth`` occurrence of ``needle``."""
    index = -1
    for _ in range(nth + 1):
        index = text.index(needle, index + 1)
    line_start = text.rfind("\n", 0, index) + 1
    return text.count("\n", 0, index) + 1, index - line_start + 1


def rejected(pack: Path) -> tuple[Problem, ...]:
    """The problems load_pack raises; check_pack must report the same ones."""
    with pytest.raises(PackError) as caught:
        load_pack(pack)
    assert list(caught.value.problems) == check_pack(pack)
    return caught.value.problems


def assert_only(found: tuple[Problem, ...] | list[Problem], file: str, at: tuple[int, int]) -> str:
    """Exactly one problem, in ``file`` at ``at``; returns its message."""
    assert [(p.file, p.line, p.column) for p in found] == [(file, *at)], found
    return found[0].message


# --- the minimal pack -----------------------------------------------------------------


def test_minimal_pack_is_clean_even_when_strict() -> None:
    assert check_pack(MINIMAL, strict=True) == []


def test_minimal_pack_loads_into_the_model() -> None:
    pack = load_pack(MINIMAL)
    assert pack.root == MINIMAL.resolve()
    assert (pack.id, pack.default_language) == ("minimal", Language.EN)
    assert pack.name == Text("Karachi", "卡拉奇", "کراچی")
    assert [s.id for s in pack.sources] == ["seed", "normals"]
    assert pack.source("seed").date == PartialDate(2022, 6, 16)
    assert pack.source("normals").url == "https://example.org/normals"
    karachi = pack.place("karachi")
    assert (karachi.latitude, karachi.longitude, karachi.utc_offset_minutes) == (24.86, 67.01, 300)
    assert karachi.time_zone == "Asia/Karachi"
    assert pack.overview.since == PartialDate(2021, 12, 9)
    area = pack.overview.facts[0]
    assert (area.id, area.number, area.icon, area.value.en) == (
        "area",
        3527.0,
        "area",
        "{number} km²",
    )
    assert len(pack.credits) == 1


def test_minimal_pack_climate_industries_and_timeline() -> None:
    pack = load_pack(MINIMAL)
    karachi, shenyang = pack.climate.series
    assert karachi.mean_max[0] == 26.0 and len(karachi.mean_min) == 12
    assert shenyang.precipitation_source == "seed" and karachi.precipitation_source is None
    assert shenyang.sources == ("normals",)
    assert [g.id for g in pack.industries.groups] == ["pillars", "finance"]
    assert pack.industries.groups[1].items[0].icon == "banks"
    timeline = pack.timeline
    assert [lane.id for lane in timeline.lanes] == ["to-shenyang", "to-karachi"]
    assert timeline.eras[0].end == PartialDate(2021, 12, 8)


def test_events_are_sorted_by_date_with_their_precision() -> None:
    events = load_pack(MINIMAL).timeline.events
    assert [e.id for e in events] == ["expo", "visit", "signing"]
    assert [e.date.precision for e in events] == [Precision.MONTH, Precision.YEAR, Precision.DAY]
    assert events[2].image == MINIMAL.resolve() / "media" / "signing.png"
    assert events[0].image is None and events[2].lane == "to-karachi"


def test_text_is_kept_as_written(pack: Path) -> None:
    edit(pack, "overview.yaml", "en: Sindh\n", 'en: "<b>Sindh</b>  &amp; \\u202Bx"\n')
    assert load_pack(pack).overview.facts[1].value.en == "<b>Sindh</b>  &amp; \u202bx"


def test_icon_check_is_skipped_without_an_icon_set(
    pack: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(loader, "known_icons", lambda: None)
    edit(pack, "industries.yaml", "icon: textiles", "icon: not-drawn-yet")
    assert check_pack(pack) == []


# --- one kind of bad pack per case, each pinned to file, line and column ------------------


@dataclass(frozen=True)
class Case:
    """Replace ``old`` by ``new`` in ``file``; expect one problem where ``at`` now stands."""

    id: str
    file: str
    old: str
    new: str
    at: str  # text whose first character is where the problem is reported
    says: str  # part of the message
    nth: int = 0


CASES = [
    Case(
        "unknown-key",
        "pack.yaml",
        "    source: seed\n  - id: shenyang",
        "    source: seed\n    colour: red\n  - id: shenyang",
        "colour",
        "unknown key 'colour'",
    ),
    Case(
        "missing-required-key",
        "pack.yaml",
        "    time_zone: Asia/Karachi\n",
        "",
        "id: karachi",
        "missing required key 'time_zone' in Place",
    ),
    Case(
        "wrong-type-string-for-number",
        "pack.yaml",
        "latitude: 24.86",
        'latitude: "24.86"',
        '"24.86"',
        "expected a number (latitude), found string '24.86'",
    ),
    Case(
        "bool-is-not-a-number",
        "overview.yaml",
        "number: 3527",
        "number: true",
        "true",
        "found boolean true",
    ),
    Case(
        "text-not-a-mapping",
        "timeline.yaml",
        "title:\n  en: Exchanges\n  zh: 交流\n  ur: تبادلے\n",
        "title: Exchanges\n",
        "Exchanges",
        "expected Text (a mapping with en, zh, ur)",
    ),
    Case("empty-english", "overview.yaml", "en: Sindh", 'en: ""', '""', "must not be empty"),
    Case(
        "yes-is-not-text",
        "overview.yaml",
        "en: Sindh",
        "en: yes",
        "yes",
        "expected text (a string), found boolean true (put it in quotes)",
    ),
    Case(
        "duplicate-key",
        "overview.yaml",
        "home: shenyang\n",
        "home: shenyang\ncity: karachi\n",
        "city",
        "duplicate key 'city' (first at line 1, column 1)",
        nth=1,
    ),
    Case(
        "duplicate-id",
        "timeline.yaml",
        "  - id: expo\n",
        "  - id: signing\n",
        "signing\n",
        "duplicate event id 'signing' (first at timeline.yaml:",
        nth=1,
    ),
    Case(
        "duplicate-fact-id-across-files",
        "climate.yaml",
        "id: winter-min",
        "id: area",
        "area",
        "duplicate fact id 'area' (first at overview.yaml:23:9)",
    ),
    Case(
        "impossible-day",
        "timeline.yaml",
        'date: "2021-12-09"',
        'date: "2021-02-30"',
        '"2021-02-30"',
        "impossible date '2021-02-30'",
    ),
    Case(
        "month-13",
        "timeline.yaml",
        'date: "2018-08"',
        'date: "2018-13"',
        '"2018-13"',
        "month 13 does not exist",
    ),
    Case(
        "bad-date-format",
        "overview.yaml",
        'since: "2021-12-09"',
        'since: "9 Dec 2021"',
        '"9 Dec',
        "bad date '9 Dec 2021'",
    ),
    Case(
        "unquoted-date",
        "overview.yaml",
        'since: "2021-12-09"',
        "since: 2021-12-09",
        "2021-12-09",
        "found unquoted date 2021-12-09 (put it in quotes)",
    ),
    Case(
        "unknown-source",
        "industries.yaml",
        "        source: seed\n  - id: finance",
        "        source: sead\n  - id: finance",
        "sead",
        "unknown source 'sead' (did you mean",
    ),
    Case(
        "unknown-place",
        "overview.yaml",
        "home: shenyang",
        "home: harbin",
        "harbin",
        "unknown place 'harbin'",
    ),
    Case(
        "unknown-lane",
        "timeline.yaml",
        "lane: to-shenyang",
        "lane: sideways",
        "sideways",
        "unknown lane 'sideways'",
    ),
    Case(
        "lane-required-with-lanes",
        "timeline.yaml",
        "    lane: to-shenyang\n",
        "",
        "id: expo",
        "missing required key 'lane' in Event",
    ),
    Case(
        "missing-media",
        "timeline.yaml",
        "image: media/signing.png",
        "image: media/gone.png",
        "media/gone.png",
        "names a missing file",
    ),
    Case(
        "dotdot-media",
        "timeline.yaml",
        "image: media/signing.png",
        "image: media/../../pack/media/signing.png",
        "media/..",
        "uses '..'",
    ),
    Case(
        "absolute-media",
        "timeline.yaml",
        "image: media/signing.png",
        "image: /etc/hostname",
        "/etc",
        "is absolute",
    ),
    Case(
        "backslash-media",
        "timeline.yaml",
        "image: media/signing.png",
        "image: media\\signing.png",
        "media\\",
        "uses backslashes",
    ),
    Case(
        "wrong-letter-case-media",
        "timeline.yaml",
        "image: media/signing.png",
        "image: media/Signing.png",
        "media/S",
        "media path",
    ),
    Case("nan", "pack.yaml", "latitude: 24.86", "latitude: .nan", ".nan", "finite"),
    Case("infinity", "climate.yaml", "number: 13", "number: -.inf", "-.inf", "finite"),
    Case(
        "latitude-range",
        "pack.yaml",
        "latitude: 41.80",
        "latitude: 91",
        "91",
        "latitude must be between -90 and 90",
    ),
    Case(
        "climate-list-length",
        "climate.yaml",
        "precipitation: [1, 4, 2, 1, 0, ",
        "precipitation: [1, 4, 2, 0, ",
        "[1, 4, 2, 0",
        "exactly 12 values",
    ),
    Case(
        "min-above-max",
        "climate.yaml",
        "mean_min: [13,",
        "mean_min: [27,",
        "27, 15",
        "mean_min for month 1 (27) is above mean_max (26)",
    ),
    Case(
        "negative-rain",
        "climate.yaml",
        "precipitation: [6,",
        "precipitation: [-6,",
        "-6",
        "precipitation for month 1 must be at least 0",
    ),
    Case(
        "number-without-placeholder",
        "overview.yaml",
        'zh: "{number}平方公里"',
        'zh: "3527平方公里"',
        '"3527',
        "zh value lacks {number}",
    ),
    Case(
        "placeholder-without-number",
        "climate.yaml",
        "    number: 13\n",
        "",
        'en: "{number} °C"',
        "value uses {number} (en, zh, ur) but the fact has no number",
    ),
    Case(
        "utc-offset",
        "pack.yaml",
        'utc_offset: "+08:00"',
        'utc_offset: "+8"',
        '"+8"',
        "bad UTC offset",
    ),
    Case(
        "url-scheme",
        "pack.yaml",
        "url: https://example.org/normals",
        "url: ftp://example.org/normals",
        "ftp",
        "http:// or https://",
    ),
    Case(
        "era-ends-before-start",
        "timeline.yaml",
        'end: "2021-12-08"',
        'end: "2017"',
        '"2017"',
        "era ends (2017) before it starts (2018-08)",
    ),
    Case(
        "bad-id", "industries.yaml", "id: textiles", "id: Textiles", "Textiles", "bad industry id"
    ),
    Case(
        "unknown-icon",
        "industries.yaml",
        "icon: textiles",
        "icon: textile",
        "textile\n",
        "unknown icon 'textile' (similar icons: 'textiles')",
    ),
    Case("schema-version", "pack.yaml", "schema: 1", "schema: 2", "2", "schema 2 is not supported"),
    Case(
        "language",
        "pack.yaml",
        "default_language: en",
        "default_language: fr",
        "fr",
        "unknown language 'fr'",
    ),
    Case(
        "alias",
        "timeline.yaml",
        "title:\n  en: Exchanges",
        "title: &t\n  en: Exchanges",
        "&t",
        "anchors (&t) are not allowed",
    ),
    Case(
        "merge-key",
        "overview.yaml",
        "intro:\n",
        "intro:\n  <<: {x: 1}\n",
        "<<",
        "merge keys (<<) are not allowed",
    ),
    Case(
        "custom-tag",
        "overview.yaml",
        "city: karachi",
        "city: !!python/name:os.system karachi",
        "!!python",
        "tag '!!python/name:os.system' is not allowed",
    ),
    Case(
        "tab-syntax-error",
        "overview.yaml",
        "home: shenyang\n",
        "home: shenyang\n\tx: 1\n",
        "\tx",
        "YAML syntax error",
    ),
    Case(
        "control-character",
        "overview.yaml",
        "en: Sindh",
        'en: "Sin\\x07dh"',
        '"Sin',
        "control character U+0007",
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[case.id for case in CASES])
def test_bad_pack_is_pinpointed(pack: Path, case: Case) -> None:
    text = edit(pack, case.file, case.old, case.new)
    message = assert_only(rejected(pack), case.file, locate(text, case.at, case.nth))
    assert case.says in message


def test_cases_are_distinct_kinds() -> None:
    assert len({case.id for case in CASES}) == len(CASES) >= 18


def test_empty_list(pack: Path) -> None:
    text = (pack / "industries.yaml").read_text(encoding="utf-8")
    head = text[: text.index("  - id: finance")]
    text = head.replace(
        "    items:\n      - id: textiles", "    items: []\n    old:\n      - id: x"
    )
    text = text[: text.index("    old:")]
    (pack / "industries.yaml").write_text(text, encoding="utf-8")
    message = assert_only(rejected(pack), "industries.yaml", locate(text, "[]"))
    assert message == "the list of items needs at least 1, found 0"


def test_truncated_file(pack: Path) -> None:
    path = pack / "climate.yaml"
    text = path.read_text(encoding="utf-8")
    text = text[: text.index("27, 31, 33")]  # stops inside the flow list of mean_max
    path.write_text(text, encoding="utf-8")
    end = (text.count("\n") + 1, len(text) - text.rfind("\n"))
    message = assert_only(rejected(pack), "climate.yaml", end)
    assert message.startswith("YAML syntax error:") and "'<stream end>'" in message


def test_binary_garbage(pack: Path) -> None:
    (pack / "timeline.yaml").write_bytes((pack / "media" / "signing.png").read_bytes())
    message = assert_only(rejected(pack), "timeline.yaml", (1, 1))
    assert message == "not UTF-8: byte 0x89 (invalid start byte)"


def test_control_character_in_the_file(pack: Path) -> None:
    (pack / "timeline.yaml").write_bytes(b"title:\n  en: \x00\n")
    message = assert_only(rejected(pack), "timeline.yaml", (2, 7))
    assert message == "character U+0000 is not allowed in a YAML file"


def test_non_utf8_byte_is_located(pack: Path) -> None:
    path = pack / "overview.yaml"
    data = path.read_bytes().replace("zh: 信德省".encode(), "zh: 信德".encode() + b"\xff")
    path.write_bytes(data)
    text = data[: data.index(b"\xff")].decode()
    line = text.count("\n") + 1
    column = len(text) - text.rfind("\n")
    message = assert_only(rejected(pack), "overview.yaml", (line, column))
    assert message == "not UTF-8: byte 0xff (invalid start byte)"


def test_oversized_file(pack: Path) -> None:
    with (pack / "climate.yaml").open("a", encoding="utf-8") as stream:
        stream.write("# " + "x" * MAX_BYTES + "\n")
    message = assert_only(rejected(pack), "climate.yaml", (1, 1))
    assert "larger than 1 MiB" in message


def test_missing_pack_file(pack: Path) -> None:
    (pack / "industries.yaml").unlink()
    message = assert_only(rejected(pack), "industries.yaml", (1, 1))
    assert message.startswith("missing file industries.yaml")


def test_missing_translation_only_when_strict(pack: Path) -> None:
    text = edit(pack, "overview.yaml", "      ur: سندھ\n", "")
    assert load_pack(pack).overview.facts[1].value.ur is None
    assert check_pack(pack) == []
    message = assert_only(check_pack(pack, strict=True), "overview.yaml", locate(text, "en: Sindh"))
    assert message == "missing ur translation of 'Sindh'"


def test_blank_and_null_translations_count_as_missing(pack: Path) -> None:
    edit(pack, "overview.yaml", "      ur: سندھ\n", "      ur:\n")
    edit(pack, "timeline.yaml", "zh: 交流", 'zh: "  "')
    found = check_pack(pack, strict=True)
    assert [(p.file, p.message) for p in found] == [
        ("overview.yaml", "missing ur translation of 'Sindh'"),
        ("timeline.yaml", "missing zh translation of 'Exchanges'"),
    ]


def test_unused_media_only_when_strict(pack: Path) -> None:
    shutil.copy(pack / "media" / "signing.png", pack / "media" / "spare.png")
    (pack / "media" / ".gitkeep").touch()
    assert check_pack(pack) == []
    message = assert_only(check_pack(pack, strict=True), "media/spare.png", (1, 1))
    assert "unused media file" in message


def test_symlink_leading_out_of_the_pack(pack: Path, tmp_path: Path) -> None:
    outside = tmp_path / "outside.png"
    shutil.copy(pack / "media" / "signing.png", outside)
    try:
        os.symlink(outside, pack / "media" / "link.png")
    except OSError:
        pytest.skip("symbolic links are not available here")
    text = edit(pack, "timeline.yaml", "image: media/signing.png", "image: media/link.png")
    message = assert_only(rejected(pack), "timeline.yaml", locate(text, "media/link.png"))
    assert message == "media path 'media/link.png' leads outside the pack"


def test_symlink_inside_the_pack_is_fine(pack: Path) -> None:
    try:
        os.symlink("signing.png", pack / "media" / "alias.png")
    except OSError:
        pytest.skip("symbolic links are not available here")
    edit(pack, "timeline.yaml", "image: media/signing.png", "image: media/alias.png")
    assert load_pack(pack).timeline.events[2].image == pack.resolve() / "media" / "signing.png"
    assert check_pack(pack, strict=True) == []


def test_alias_bomb_is_refused_without_expanding(pack: Path) -> None:
    bomb = "".join(f"b{i}: &b{i} [*b{i - 1}, *b{i - 1}, *b{i - 1}]\n" for i in range(1, 30))
    text = "b0: &b0 [lol]\n" + bomb
    (pack / "timeline.yaml").write_text(text, encoding="utf-8")
    found = rejected(pack)
    assert {p.file for p in found} == {"timeline.yaml"}
    assert (found[0].line, found[0].column) == (1, 5)
    assert found[0].message == "anchors (&b0) are not allowed: write the value out"
    assert sum("aliases (*b0)" in p.message for p in found) == 3


def test_deep_nesting_is_refused(pack: Path) -> None:
    text = "title: " + "[" * 40 + "]" * 40 + "\n"
    (pack / "timeline.yaml").write_text(text, encoding="utf-8")
    # The top-level mapping and 31 lists make 32 levels: the 32nd list is one too many.
    message = assert_only(rejected(pack), "timeline.yaml", (1, 8 + 31))
    assert message == "nesting deeper than 32 levels is not allowed"


def test_all_problems_in_all_files_in_one_run(pack: Path) -> None:
    edit(pack, "pack.yaml", "latitude: 24.86", "latitude: high")
    edit(pack, "overview.yaml", 'since: "2021-12-09"', 'since: "2021-12-32"')
    edit(
        pack,
        "climate.yaml",
        "sources: [normals]\n    mean_max: [26",
        "sources: [norms]\n    mean_max: [26",
    )
    edit(pack, "industries.yaml", "icon: banks", "icon: bank\n        colour: gold")
    (pack / "timeline.yaml").write_bytes(b"title: \xc3\x28\n")
    found = rejected(pack)
    assert [p.file for p in found] == [
        "climate.yaml",
        "industries.yaml",
        "industries.yaml",
        "overview.yaml",
        "pack.yaml",
        "timeline.yaml",
    ]
    assert all(p.line > 1 for p in found[:5])


def test_broken_pack_yaml_does_not_flood_references(pack: Path) -> None:
    (pack / "pack.yaml").write_text("schema: [1\n", encoding="utf-8")
    found = rejected(pack)
    assert [p.file for p in found] == ["pack.yaml"]


def test_pack_file_linking_outside_is_refused(pack: Path, tmp_path: Path) -> None:
    outside = tmp_path / "elsewhere.yaml"
    (pack / "climate.yaml").rename(outside)
    try:
        os.symlink(outside, pack / "climate.yaml")
    except OSError:
        pytest.skip("symbolic links are not available here")
    message = assert_only(rejected(pack), "climate.yaml", (1, 1))
    assert "outside the pack" in message


def test_missing_folder_is_an_os_error(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        load_pack(tmp_path / "nowhere")
    (tmp_path / "file").write_text("x")
    with pytest.raises(NotADirectoryError):
        check_pack(tmp_path / "file")


def test_empty_folder_reports_every_missing_file(tmp_path: Path) -> None:
    found = check_pack(tmp_path)
    assert [str(p).split(":")[0] for p in found] == sorted(loader.PACK_FILES)
    assert all(str(p).startswith(f"{p.file}:1:1: missing file") for p in found)


def test_problem_prints_as_one_line() -> None:
    problem = Problem("a.yaml", 3, 7, "two\nlines\u2028here")
    assert str(problem) == "a.yaml:3:7: two lines here"
    assert sorted([Problem("b", 1, 1, "x"), Problem("a", 9, 1, "x"), Problem("a", 2, 5, "x")])[
        0
    ] == Problem("a", 2, 5, "x")


def test_yaml_tree_keeps_positions() -> None:
    parsed = parse_yaml(b"a: 1\nb:\n  - x\n  - {c: yes}\n", "f.yaml")
    assert parsed.problems == ()
    root = parsed.root
    assert isinstance(root, Mapping)
    assert root.get("a") == Scalar(1, 4, 1, "integer")
    assert root.get("b") is not None and (root.get("b").line, root.get("b").column) == (3, 3)
