"""The map widget: markers where the projection says, labels that never collide, no crash."""

from __future__ import annotations

import itertools

import pytest
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QImage
from pytestqt.qtbot import QtBot

from kiosk.content.model import Place, Text
from kiosk.core import paths
from kiosk.core.languages import Language
from kiosk.core.map_data import MapData, load_map_data
from kiosk.ui import fonts
from kiosk.ui.palette import DEFAULT as PALETTE
from kiosk.ui.widgets.map_widget import MapWidget
from tests.image_compare import PIXEL_FRACTION_TOLERANCE, differing_fraction

KARACHI = Place(
    "karachi", Text("Karachi", "卡拉奇", "کراچی"), Text("Pakistan", "巴基斯坦", "پاکستان"),
    24.8608, 67.0104, 5 * 60, "Asia/Karachi", "facts",
)  # fmt: skip
SHENYANG = Place(
    "shenyang", Text("Shenyang", "沈阳", "شین یانگ"), Text("China", "中国", "چین"),
    41.8047, 123.4339, 8 * 60, "Asia/Shanghai", "facts",
)  # fmt: skip
LANDSCAPE, PORTRAIT, SMALL = (1100, 700), (900, 1000), (600, 400)


@pytest.fixture(scope="module")
def map_data() -> MapData:
    return load_map_data(paths.resource("map/region.json"))


def make_map(
    qtbot: QtBot, data: MapData | None, size: tuple[int, int], language: Language = Language.EN
) -> MapWidget:
    widget = MapWidget(data, KARACHI, SHENYANG)
    qtbot.addWidget(widget)
    widget.setFont(fonts.register_fonts().font_for(language, 11.0))
    widget.set_language(language)
    widget.resize(*size)
    return widget


def close(a: QColor, b: QColor, tolerance: int = 12) -> bool:
    return all(abs(x - y) <= tolerance for x, y in zip(a.getRgb()[:3], b.getRgb()[:3], strict=True))


def assert_marker_at(image: QImage, at: QPointF, radius: float, color: str) -> None:
    """The marker's disc is centred within 2 px of ``at``.

    Its fill shows at the centre and at ``radius - 2.5`` in all four directions; were the disc
    off by 3 px or more, one of those points would fall on its white ring or beyond.
    """
    reach = radius - 2.5
    for dx, dy in ((0, 0), (reach, 0), (-reach, 0), (0, reach), (0, -reach)):
        pixel = image.pixelColor(round(at.x() + dx), round(at.y() + dy))
        assert close(pixel, QColor(color)), (at, dx, dy, pixel.name(), color)


@pytest.mark.parametrize("size", [LANDSCAPE, SMALL])
def test_markers_are_drawn_where_projected(
    qtbot: QtBot, map_data: MapData, size: tuple[int, int]
) -> None:
    widget = make_map(qtbot, map_data, size)
    image = widget.grab().toImage()
    radius = widget.reserved_rects()["marker:city"].width() / 2 - 3
    city, home = widget.marker_position("karachi"), widget.marker_position("shenyang")
    assert_marker_at(image, city, radius, PALETTE.city)
    assert_marker_at(image, home, radius, PALETTE.home)
    # Geography, roughly: Shenyang lies north-east of Karachi, both inside the widget.
    assert home.x() > city.x() + size[0] / 3 and home.y() < city.y()
    assert QRectF(widget.rect()).contains(city) and QRectF(widget.rect()).contains(home)


def test_markers_move_with_the_size(qtbot: QtBot, map_data: MapData) -> None:
    widget = make_map(qtbot, map_data, LANDSCAPE)
    before = widget.marker_position("shenyang")
    widget.resize(*SMALL)
    after = widget.marker_position("shenyang")
    assert after.x() < before.x()
    assert_marker_at(
        widget.grab().toImage(),
        after,
        widget.reserved_rects()["marker:home"].width() / 2 - 3,
        PALETTE.home,
    )


def assert_no_collisions(widget: MapWidget) -> None:
    labels, reserved = widget.label_rects(), widget.reserved_rects()
    bounds = QRectF(widget.rect())
    for (a, ra), (b, rb) in itertools.combinations(labels.items(), 2):
        assert not ra.intersects(rb), f"{a} {ra} overlaps {b} {rb}"
    for key, rect in labels.items():
        assert bounds.contains(rect), f"{key} {rect} leaves the map"
        for other, area in reserved.items():
            if key.startswith("inset:") and other == "inset":
                assert area.contains(rect), f"{key} {rect} leaves the close-up"
            else:
                assert not rect.intersects(area), f"{key} {rect} covers {other} {area}"


@pytest.mark.parametrize("language", list(Language), ids=lambda lang: lang.code)
@pytest.mark.parametrize("size", [(1920, 1080), LANDSCAPE, (1000, 800), PORTRAIT, SMALL], ids=str)
def test_labels_never_overlap(
    qtbot: QtBot, map_data: MapData, language: Language, size: tuple[int, int]
) -> None:
    widget = make_map(qtbot, map_data, size, language)
    labels = widget.label_rects()
    assert {"city", "home", "country:586", "country:156"} <= set(labels)
    assert_no_collisions(widget)


def test_all_map_labels_show_at_a_kiosk_size(qtbot: QtBot, map_data: MapData) -> None:
    widget = make_map(qtbot, map_data, LANDSCAPE)
    assert set(widget.label_rects()) == {
        "city", "home", "country:586", "country:156", "sea:Arabian Sea",
        "inset:city", "inset:river:Indus", "inset:sea:Arabian Sea", "inset:scale",
    }  # fmt: skip
    assert {"badge", "inset", "credit", "marker:city", "marker:home"} <= set(
        widget.reserved_rects()
    )


def test_distance_and_time_read_in_the_language(qtbot: QtBot, map_data: MapData) -> None:
    widget = make_map(qtbot, map_data, LANDSCAPE)
    assert widget.accessibleName() == "Map of Karachi and Shenyang"
    assert widget.accessibleDescription() == "5,463 km\nShenyang is 3 hours ahead"
    widget.set_language(Language.ZH)
    assert "沈阳" in widget.accessibleDescription()


def differing_pixels(a: QImage, b: QImage) -> int:
    return sum(
        a.pixel(x, y) != b.pixel(x, y)
        for y in range(0, a.height(), 2)
        for x in range(0, a.width(), 2)
    )


def test_the_map_does_not_mirror_right_to_left(qtbot: QtBot, map_data: MapData) -> None:
    widget = make_map(qtbot, map_data, SMALL, Language.UR)
    before = widget.grab().toImage()
    city, labels = widget.marker_position("karachi"), widget.label_rects()
    widget.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    assert widget.marker_position("karachi") == city
    assert widget.label_rects() == labels
    # Glyph caching may shift a few text pixels between two renders; a mirror moves most.
    sampled = before.width() * before.height() // 4
    assert differing_pixels(widget.grab().toImage(), before) < sampled * 0.01


@pytest.mark.parametrize("size", [LANDSCAPE, SMALL, (40, 30), (1, 1)], ids=str)
def test_without_map_data_a_plain_map_still_shows_both_cities(
    qtbot: QtBot, size: tuple[int, int]
) -> None:
    widget = make_map(qtbot, None, size)
    image = widget.grab().toImage()
    if size[0] < 300:
        return  # nothing to check but that it did not crash
    assert close(image.pixelColor(size[0] // 2, size[1] - 3), QColor(PALETTE.sea))
    radius = widget.reserved_rects()["marker:city"].width() / 2 - 3
    assert_marker_at(image, widget.marker_position("karachi"), radius, PALETTE.city)
    assert {"city", "home"} <= set(widget.label_rects())
    assert_no_collisions(widget)


def test_language_switch_keeps_the_geometry(qtbot: QtBot, map_data: MapData) -> None:
    widget = make_map(qtbot, map_data, LANDSCAPE)
    city = widget.marker_position("karachi")
    for language in (Language.ZH, Language.UR, Language.EN):
        widget.set_language(language)
        assert widget.marker_position("karachi") == city
        assert_no_collisions(widget)


def test_repaint_copies_a_cached_picture(qtbot: QtBot, map_data: MapData) -> None:
    widget = make_map(qtbot, map_data, LANDSCAPE)
    widget.show()
    qtbot.waitExposed(widget)
    first = widget.grab().toImage()
    widget.repaint()
    assert widget.grab().toImage() == first


def test_switching_back_to_a_language_copies_its_kept_map(
    qtbot: QtBot, map_data, monkeypatch
) -> None:
    """Back in a language at a size it has shown, the map is copied, not drawn again, and
    it looks exactly as drawn afresh."""
    widget = make_map(qtbot, map_data, LANDSCAPE)
    widget.show()
    drawn = []
    original = MapWidget._render
    monkeypatch.setattr(
        MapWidget, "_render", lambda self, scene: drawn.append(1) or original(self, scene)
    )
    first = widget.grab().toImage()
    widget.set_language(Language.UR)
    widget.grab()
    assert len(drawn) == 2
    widget.set_language(Language.EN)
    assert widget.grab().toImage() == first
    widget.set_language(Language.UR)
    widget.grab()
    assert len(drawn) == 2  # both switches copied a kept map
    widget.set_language(Language.EN)
    widget.release_render_cache()
    # Drawn afresh it looks the same; Qt's text anti-aliasing varies by a shade with the
    # state of its glyph caches, so this takes the image tests' tolerance.
    assert differing_fraction(widget.grab().toImage(), first) <= PIXEL_FRACTION_TOLERANCE
    assert len(drawn) == 3
