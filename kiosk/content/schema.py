"""The pack schema (docs/content-packs.md): one reader per kind of mapping and per file."""

from __future__ import annotations

from dataclasses import dataclass

from kiosk.content.fields import FileReader, Shape
from kiosk.content.model import (
    Climate,
    ClimateSeries,
    Era,
    Fact,
    Industries,
    Industry,
    IndustryGroup,
    Lane,
    Overview,
    PartialDate,
    Passage,
    Place,
    Source,
    Text,
    Timeline,
    TimelineEvent,
)
from kiosk.content.yaml_source import Mapping, Node, Scalar, Sequence
from kiosk.core.languages import Language

SCHEMA_VERSION = 1
NO_DATE = PartialDate(1)  # stands in for an unreadable date; the pack is not built then

PACK = Shape(
    "pack.yaml",
    ("schema", "id", "name", "default_language", "sources", "places"),
    ("credits",),
)
SOURCE = Shape("Source", ("id", "title", "publisher"), ("date", "url", "note"))
PLACE = Shape(
    "Place",
    ("id", "name", "country", "latitude", "longitude", "utc_offset", "time_zone", "source"),
)
OVERVIEW = Shape(
    "overview.yaml",
    ("city", "home", "title", "tagline", "since", "intro", "facts", "geography"),
)
PASSAGE = Shape("Passage", ("title", "text", "source"))
FACT = Shape("Fact", ("id", "label", "value", "source"), ("number", "icon"))


@dataclass(frozen=True)
class PackHeader:
    """What ``pack.yaml`` holds: the pack's identity, sources and places."""

    id: str
    name: Text
    default_language: Language
    sources: tuple[Source, ...]
    places: tuple[Place, ...]
    credits: tuple[Text, ...]


def read_pack_header(r: FileReader, root: Node) -> PackHeader:
    """Read ``pack.yaml``."""
    f = r.fields(root, PACK)
    _schema_version(r, f.get("schema"))
    for scope in ("sources", "places"):
        if not isinstance(f.get(scope), Sequence):
            # Without the list, every reference to it would be a second, noisy problem.
            r.report.registry.mark_incomplete(scope.removesuffix("s"))
    return PackHeader(
        id=r.ident(f.get("id"), "pack"),
        name=r.text(f.get("name")),
        default_language=r.language(f.get("default_language")),
        sources=tuple(read_source(r, n) for n in r.items(f.get("sources"), "sources")),
        places=tuple(read_place(r, n) for n in r.items(f.get("places"), "places")),
        credits=tuple(r.text(n) for n in r.items(f.get("credits"), "credits")),
    )


def _schema_version(r: FileReader, node: Node | None) -> None:
    if node is None:
        return
    if not isinstance(node, Scalar) or node.kind != "integer":
        r.expected(node, "the integer 1 (schema version)")
    elif node.value != SCHEMA_VERSION:
        r.problem(node, f"schema {node.value} is not supported: this kiosk reads schema 1")


def read_source(r: FileReader, node: Node) -> Source:
    f = r.fields(node, SOURCE)
    return Source(
        id=r.ident(f.get("id"), "source"),
        title=r.text(f.get("title")),
        publisher=r.text(f.get("publisher")),
        date=r.date(f.get("date")),
        url=r.optional(f.get("url"), r.url),
        note=r.optional(f.get("note"), r.text),
    )


def read_place(r: FileReader, node: Node) -> Place:
    f = r.fields(node, PLACE)
    return Place(
        id=r.ident(f.get("id"), "place"),
        name=r.text(f.get("name")),
        country=r.text(f.get("country")),
        latitude=r.number(f.get("latitude"), "latitude", -90, 90) or 0.0,
        longitude=r.number(f.get("longitude"), "longitude", -180, 180) or 0.0,
        utc_offset_minutes=r.utc_offset(f.get("utc_offset")),
        time_zone=r.time_zone(f.get("time_zone")),
        source=r.ref(f.get("source"), "source"),
    )


def read_passage(r: FileReader, node: Node | None) -> Passage:
    f = r.fields(node, PASSAGE)
    return Passage(
        title=r.text(f.get("title")),
        text=r.text(f.get("text")),
        source=r.ref(f.get("source"), "source"),
    )


def read_fact(r: FileReader, node: Node) -> Fact:
    f = r.fields(node, FACT)
    fact = Fact(
        id=r.ident(f.get("id"), "fact"),
        label=r.text(f.get("label")),
        value=r.text(f.get("value")),
        source=r.ref(f.get("source"), "source"),
        number=r.number(f.get("number"), "number"),
        icon=r.optional(f.get("icon"), r.icon),
    )
    _check_number_placeholder(r, fact, f.get("value"), f.get("number"))
    return fact


def _check_number_placeholder(
    r: FileReader, fact: Fact, value: Node | None, number: Node | None
) -> None:
    """``{number}`` in the value needs a number; a number needs ``{number}`` in every language."""
    if not isinstance(value, Mapping):
        return
    texts = {code: getattr(fact.value, code) for code in ("en", "zh", "ur")}
    written = {code: text for code, text in texts.items() if text}
    if number is None:
        users = [code for code, text in written.items() if "{number}" in text]
        if users:
            listed = ", ".join(users)
            r.problem(value, f"value uses {{number}} ({listed}) but the fact has no number")
        return
    for code, text in written.items():
        if "{number}" not in text:
            r.problem(value.get(code) or value, f"{code} value lacks {{number}} for its number")


def read_overview(r: FileReader, root: Node) -> Overview:
    """Read ``overview.yaml``."""
    f = r.fields(root, OVERVIEW)
    return Overview(
        city=r.ref(f.get("city"), "place"),
        home=r.ref(f.get("home"), "place"),
        title=r.text(f.get("title")),
        tagline=r.text(f.get("tagline")),
        since=r.date(f.get("since")) or NO_DATE,
        intro=read_passage(r, f.get("intro")),
        facts=tuple(read_fact(r, n) for n in r.items(f.get("facts"), "facts", minimum=1)),
        geography=read_passage(r, f.get("geography")),
    )


CLIMATE = Shape("climate.yaml", ("summary", "headlines", "series"), ("notes",))
SERIES = Shape(
    "Series",
    ("id", "place", "label", "period", "sources", "mean_max", "mean_min", "precipitation"),
    ("precipitation_source",),
)
MONTHS = 12


def read_climate(r: FileReader, root: Node) -> Climate:
    """Read ``climate.yaml``."""
    f = r.fields(root, CLIMATE)
    return Climate(
        summary=read_passage(r, f.get("summary")),
        headlines=tuple(read_fact(r, n) for n in r.items(f.get("headlines"), "headlines")),
        series=tuple(read_series(r, n) for n in r.items(f.get("series"), "series", minimum=1)),
        notes=tuple(read_passage(r, n) for n in r.items(f.get("notes"), "notes")),
    )


def read_series(r: FileReader, node: Node) -> ClimateSeries:
    f = r.fields(node, SERIES)
    sources = r.items(f.get("sources"), "source ids", minimum=1)
    mean_max = _monthly(r, f.get("mean_max"), "mean_max", -90, 60)
    mean_min = _monthly(r, f.get("mean_min"), "mean_min", -90, 60)
    if mean_max is not None and mean_min is not None:
        _check_min_below_max(r, f["mean_min"], mean_min, mean_max)
    return ClimateSeries(
        id=r.ident(f.get("id"), "series"),
        place=r.ref(f.get("place"), "place"),
        label=r.text(f.get("label")),
        period=r.text(f.get("period")),
        sources=tuple(r.ref(n, "source") for n in sources),
        mean_max=mean_max or (),
        mean_min=mean_min or (),
        precipitation=_monthly(r, f.get("precipitation"), "precipitation", 0, None) or (),
        precipitation_source=r.ref(f.get("precipitation_source"), "source") or None,
    )


def _monthly(
    r: FileReader, node: Node | None, what: str, low: float, high: float | None
) -> tuple[float, ...] | None:
    """Twelve monthly values, January first; None when any is unusable."""
    items = r.items(node, f"{what} values")
    if node is None or not isinstance(node, Sequence):
        return None
    if len(items) != MONTHS:
        r.problem(node, f"{what} needs exactly 12 values (January first), found {len(items)}")
        return None
    values = [r.number(item, f"{what} for month {i}", low, high) for i, item in enumerate(items, 1)]
    if any(value is None for value in values):
        return None
    return tuple(value for value in values if value is not None)


def _check_min_below_max(
    r: FileReader, node: Node, mean_min: tuple[float, ...], mean_max: tuple[float, ...]
) -> None:
    assert isinstance(node, Sequence)
    for month, (low, high, item) in enumerate(zip(mean_min, mean_max, node.items, strict=True), 1):
        if low > high:
            r.problem(item, f"mean_min for month {month} ({low:g}) is above mean_max ({high:g})")


INDUSTRIES = Shape("industries.yaml", ("intro", "groups"))
GROUP = Shape("Group", ("id", "title", "items"))
INDUSTRY = Shape("Industry", ("id", "icon", "title", "summary", "detail", "source"))


def read_industries(r: FileReader, root: Node) -> Industries:
    """Read ``industries.yaml``."""
    f = r.fields(root, INDUSTRIES)
    return Industries(
        intro=read_passage(r, f.get("intro")),
        groups=tuple(read_group(r, n) for n in r.items(f.get("groups"), "groups", minimum=1)),
    )


def read_group(r: FileReader, node: Node) -> IndustryGroup:
    f = r.fields(node, GROUP)
    return IndustryGroup(
        id=r.ident(f.get("id"), "group"),
        title=r.text(f.get("title")),
        items=tuple(read_industry(r, n) for n in r.items(f.get("items"), "items", minimum=1)),
    )


def read_industry(r: FileReader, node: Node) -> Industry:
    f = r.fields(node, INDUSTRY)
    return Industry(
        id=r.ident(f.get("id"), "industry"),
        icon=r.icon(f.get("icon")),
        title=r.text(f.get("title")),
        summary=r.text(f.get("summary")),
        detail=r.text(f.get("detail")),
        source=r.ref(f.get("source"), "source"),
    )


TIMELINE = Shape("timeline.yaml", ("title", "events"), ("lanes", "eras"))
LANE = Shape("Lane", ("id", "title"))
ERA = Shape("Era", ("id", "title", "start", "end"))
EVENT = Shape("Event", ("id", "date", "title", "place", "text", "source"), ("lane", "image"))


def read_timeline(r: FileReader, root: Node) -> Timeline:
    """Read ``timeline.yaml``; events come out in date order (stable for equal dates)."""
    f = r.fields(root, TIMELINE)
    lanes = tuple(read_lane(r, n) for n in r.items(f.get("lanes"), "lanes"))
    if f.get("lanes") is not None and not isinstance(f.get("lanes"), Sequence):
        r.report.registry.mark_incomplete("lane")
    nodes = r.items(f.get("events"), "events", minimum=1)
    events = tuple(read_event(r, n, lanes_given=bool(lanes)) for n in nodes)
    return Timeline(
        title=r.text(f.get("title")),
        lanes=lanes,
        eras=tuple(read_era(r, n) for n in r.items(f.get("eras"), "eras")),
        events=tuple(sorted(events, key=lambda event: date_key(event.date))),
    )


def date_key(date: PartialDate) -> tuple[int, int, int]:
    """Sort key for dates of mixed precision: "2018" before "2018-08" before "2018-08-09"."""
    return (date.year, date.month or 0, date.day or 0)


def read_lane(r: FileReader, node: Node) -> Lane:
    f = r.fields(node, LANE)
    return Lane(id=r.ident(f.get("id"), "lane"), title=r.text(f.get("title")))


def read_era(r: FileReader, node: Node) -> Era:
    f = r.fields(node, ERA)
    era = Era(
        id=r.ident(f.get("id"), "era"),
        title=r.text(f.get("title")),
        start=r.date(f.get("start")) or NO_DATE,
        end=r.date(f.get("end")) or NO_DATE,
    )
    if NO_DATE not in (era.start, era.end) and _latest(era.end) < date_key(era.start):
        r.problem(f["end"], f"era ends ({era.end.iso()}) before it starts ({era.start.iso()})")
    return era


def _latest(date: PartialDate) -> tuple[int, int, int]:
    """The last day a partial date may mean, so "2019" does not end before "2019-03"."""
    return (date.year, date.month or 12, date.day or 31)


def read_event(r: FileReader, node: Node, *, lanes_given: bool) -> TimelineEvent:
    f = r.fields(node, EVENT)
    if lanes_given and "lane" not in f and isinstance(node, Mapping):
        r.problem(node, "missing required key 'lane' in Event (timeline.yaml has lanes)")
    return TimelineEvent(
        id=r.ident(f.get("id"), "event"),
        date=r.date(f.get("date")) or NO_DATE,
        title=r.text(f.get("title")),
        place=r.text(f.get("place")),
        text=r.text(f.get("text")),
        source=r.ref(f.get("source"), "source"),
        lane=r.ref(f.get("lane"), "lane") or None,
        image=r.media(f["image"]) if "image" in f else None,
    )
