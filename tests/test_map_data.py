"""The bundled map file loads, holds what the overview draws, and bad files are refused."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from kiosk.core import paths
from kiosk.core.geo import Bounds, LonLat
from kiosk.core.map_data import MapData, load_map_data

KARACHI = LonLat(67.0104, 24.8608)
SHENYANG = LonLat(123.4339, 41.8047)


@pytest.fixture(scope="module")
def shipped_path() -> Path:
    return paths.resource("map/region.json")


@pytest.fixture(scope="module")
def shipped(shipped_path: Path) -> MapData:
    return load_map_data(shipped_path)


def test_shipped_map_is_compact_and_credited(shipped_path: Path, shipped: MapData) -> None:
    assert shipped_path.stat().st_size < 400 * 1024
    assert shipped.credit == "Made with Natural Earth"
    assert "Natural Earth" in shipped.source
    assert (shipped_path.parent / "PROVENANCE.md").is_file()
    assert (shipped_path.parent / "LICENSE-world-atlas.txt").is_file()


def test_shipped_map_covers_the_region(shipped: MapData) -> None:
    region = shipped.region
    assert region.focus == Bounds(20.0, 0.0, 150.0, 60.0)
    for corner in (LonLat(20, 0), LonLat(150, 60)):
        assert region.bounds.contains(corner)
    assert len(region.land) > 50
    assert region.bounds.contains(KARACHI) and region.bounds.contains(SHENYANG)


def test_shipped_map_knows_each_city_country(shipped: MapData) -> None:
    pakistan = shipped.region.country_at(KARACHI)
    china = shipped.region.country_at(SHENYANG)
    assert pakistan is not None and (pakistan.id, pakistan.name) == ("586", "Pakistan")
    assert china is not None and (china.id, china.name) == ("156", "China")
    assert shipped.region.country_at(LonLat(65.0, 15.0)) is None  # the Arabian Sea


def test_shipped_map_has_the_rivers(shipped: MapData) -> None:
    rivers = {river.name: river for river in shipped.region.rivers}
    assert {"Indus", "Liao"} <= set(rivers)
    assert rivers["Indus"].name_in("zh") == "印度河"
    assert rivers["Indus"].name_in("en") == "Indus"
    assert any(border.between.count("586") for border in shipped.region.borders)


def test_shipped_closeup_shows_karachi_and_the_indus(shipped: MapData) -> None:
    closeup = shipped.closeup
    assert closeup.focus.contains(KARACHI)
    assert closeup.bounds.contains(LonLat(66.0, 23.5)) and closeup.bounds.contains(LonLat(69, 26))
    assert [river.name for river in closeup.rivers] == ["Indus"]
    country = closeup.country_at(KARACHI)
    assert country is not None and country.id == "586"
    assert closeup.land


def _write(tmp_path: Path, document: Any) -> Path:
    path = tmp_path / "region.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    return path


def test_missing_file_is_a_value_error(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match=r"region\.json"):
        load_map_data(tmp_path / "region.json")


def test_corrupt_file_is_a_value_error(tmp_path: Path) -> None:
    path = tmp_path / "region.json"
    path.write_text('{"format": "sister-city-kiosk region map", "version": 1, "reg', "utf-8")
    with pytest.raises(ValueError, match=r"region\.json"):
        load_map_data(path)
    path.write_bytes(b"\xff\xfe\x00garbage")
    with pytest.raises(ValueError):
        load_map_data(path)


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda d: d.update(version=2), "version"),
        (lambda d: d.pop("credit"), "credit"),
        (lambda d: d["region"].update(land="land"), "region.land: expected a list"),
        (lambda d: d["region"]["land"][0].append(1.0), r"region.land\[0\]: expected"),
        (lambda d: d["region"]["land"][0].__setitem__(0, "67.0"), "must be numbers"),
        (lambda d: d["region"]["land"][0].__setitem__(1, 95.0), "out of range"),
        (lambda d: d["region"].update(focus=[150, 0, 20, 60]), "bad longitudes"),
        (lambda d: d["region"]["countries"][0].update(id=586), r"countries\[0\].id"),
        (lambda d: d["closeup"]["borders"][0].update(between=["586"]), "two country ids"),
        (lambda d: d["seas"][0].update(anchor=[64.5]), r"seas\[0\].anchor"),
    ],
)
def test_wrong_shapes_are_named(
    tmp_path: Path, shipped_path: Path, change: Any, message: str
) -> None:
    document = json.loads(shipped_path.read_text(encoding="utf-8"))
    change(document)
    with pytest.raises(ValueError, match=message):
        load_map_data(_write(tmp_path, document))


def test_not_a_number_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "region.json"
    path.write_text('{"format": "sister-city-kiosk region map", "x": NaN}', "utf-8")
    with pytest.raises(ValueError, match="NaN"):
        load_map_data(path)
