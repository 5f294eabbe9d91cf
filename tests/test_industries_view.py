"""The Industries view: tiles for every item, the detail card, touch, keys and layout."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QScroller, QWidget
from pytestqt.qtbot import QtBot

from kiosk.content.model import Industry, Pack
from kiosk.core.languages import Language
from kiosk.ui import icons
from kiosk.ui.views.industries_view import IndustriesView
from kiosk.ui.widgets.industry_tile import IndustryTile
from kiosk.ui.widgets.tile_grid import TileGrid, neighbour

LANGUAGES = pytest.mark.parametrize("language", list(Language), ids=lambda lang: lang.code)
SIZES = {"landscape": (1920, 1080), "portrait": (1080, 1920)}


@pytest.fixture
def shown(qtbot: QtBot, karachi: Pack) -> Iterator[object]:
    """A function that builds the kiosk in a language and size and shows the Industries."""
    from kiosk import app as kiosk_app

    built: list[object] = []

    def show(language: Language = Language.EN, size: tuple[int, int] = (1920, 1080)):  # type: ignore[no-untyped-def]
        kiosk = kiosk_app.build(karachi, language)
        built.append(kiosk)
        qtbot.addWidget(kiosk.window)
        kiosk.window.setMinimumSize(1, 1)
        kiosk.window.resize(*size)
        kiosk.window.show()
        qtbot.waitExposed(kiosk.window)
        kiosk.window.show_view("industries")
        QApplication.processEvents()
        view = kiosk.window.view("industries")
        assert isinstance(view, IndustriesView)
        return view

    yield show
    for kiosk in built:
        kiosk.languages.set_language(Language.EN)  # type: ignore[attr-defined]


def items(pack: Pack) -> list[Industry]:
    return [item for group in pack.industries.groups for item in group.items]


def centre(widget: QWidget, view: IndustriesView) -> QPoint:
    return widget.mapTo(view, widget.rect().center())


# -- tiles ---------------------------------------------------------------------------------


@LANGUAGES
def test_every_item_is_a_tile_with_an_accessible_name(shown, karachi: Pack, language) -> None:
    view = shown(language)
    tiles = view.tiles()
    assert list(tiles) == [item.id for item in items(karachi)]
    for item in items(karachi):
        tile = tiles[item.id]
        assert isinstance(tile, QAbstractButton)  # screen readers announce a button
        assert tile.accessibleName() == item.title.get(language) != ""
        assert tile.accessibleDescription() == item.summary.get(language)
        assert tile.text() == item.title.get(language)
        assert tile.isVisibleTo(view)
        assert tile.isRightToLeft() == language.right_to_left


def test_tiles_are_finger_sized_and_line_up(shown) -> None:
    view = shown()
    tiles = list(view.tiles().values())
    assert min(t.height() for t in tiles) >= 48
    assert len({t.height() for t in tiles}) == 1  # one height in every group
    assert len({t.width() for t in tiles}) <= 2  # QGridLayout may hand out a spare pixel


@pytest.mark.parametrize(("size", "columns"), [((1920, 1080), 6), ((1080, 1920), 3)])
def test_grid_reflows_to_the_window(shown, size, columns) -> None:
    view = shown(Language.EN, size)
    grids = view.findChildren(TileGrid)
    assert [g.columns() for g in grids] == [columns] * len(grids)
    view.window().resize(1280, 720)
    for _ in range(3):
        QApplication.processEvents()
    assert {g.columns() for g in grids} == {3}
    assert view.widget().width() == view.viewport().width()  # nothing hangs off the side


# -- the detail card -----------------------------------------------------------------------


@pytest.mark.parametrize("index", [0, 10, -1], ids=["first", "middle", "last"])
def test_a_tap_opens_the_right_detail(shown, qtbot: QtBot, karachi: Pack, index: int) -> None:
    view = shown()
    item = items(karachi)[index]
    qtbot.mouseClick(view.tiles()[item.id], Qt.MouseButton.LeftButton)
    detail = view.detail()
    assert detail.isVisible()
    assert view.open_industry_id() == item.id
    assert detail.title_label.text() == item.title.get(Language.EN)
    assert detail.text_label.text() == item.detail.get(Language.EN)
    source = next(s for s in karachi.sources if s.id == item.source)
    assert source.title.get(Language.EN) in detail.source_label.text()
    assert detail.group_label.text() in [g.title.en for g in karachi.industries.groups]


def test_the_card_is_wide_and_its_targets_are_large(shown) -> None:
    view = shown()
    view.select("lace")
    detail = view.detail()
    assert detail.card().width() >= 0.55 * view.width()
    for button in (detail.close_button, detail.previous_button, detail.next_button):
        assert button.width() >= 56 and button.height() >= 56
        assert button.accessibleName()


@LANGUAGES
def test_arrow_buttons_and_keys_step_to_the_neighbours(shown, qtbot, karachi, language) -> None:
    view = shown(language)
    ids = [item.id for item in items(karachi)]
    view.select(ids[5])
    detail = view.detail()
    qtbot.mouseClick(detail.next_button, Qt.MouseButton.LeftButton)
    assert view.open_industry_id() == ids[6]
    qtbot.mouseClick(detail.previous_button, Qt.MouseButton.LeftButton)
    assert view.open_industry_id() == ids[5]
    # The arrow that points into the reading direction goes forward: Left under Urdu.
    forward = Qt.Key.Key_Left if language.right_to_left else Qt.Key.Key_Right
    QTest.keyClick(QApplication.focusWidget(), forward)
    assert view.open_industry_id() == ids[6]
    assert detail.title_label.text() == items(karachi)[6].title.get(language)
    # The buttons sit where the arrows point: next on the right, or on the left in Urdu.
    next_is_left = detail.next_button.x() < detail.previous_button.x()
    assert next_is_left == language.right_to_left


def test_stepping_wraps_round_the_ends(shown, karachi: Pack) -> None:
    view = shown()
    ids = [item.id for item in items(karachi)]
    view.select(ids[-1])
    view.detail().next_button.click()
    assert view.open_industry_id() == ids[0]
    view.detail().previous_button.click()
    assert view.open_industry_id() == ids[-1]


def _drag(qtbot: QtBot, widget: QWidget, start: QPoint, end: QPoint) -> None:
    qtbot.mousePress(widget, Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(widget, (start + end) / 2)
    qtbot.mouseRelease(widget, Qt.MouseButton.LeftButton, pos=end)


@LANGUAGES
def test_a_swipe_on_the_card_moves_to_the_neighbour(shown, qtbot, karachi, language) -> None:
    view = shown(language)
    ids = [item.id for item in items(karachi)]
    view.select(ids[5])
    card = view.detail().card()
    y = card.height() // 2
    right, left = QPoint(card.width() * 4 // 5, y), QPoint(card.width() // 5, y)
    _drag(qtbot, card, right, left)  # the finger moves left
    # Left-to-right the next card comes in from the right; right-to-left from the left.
    assert view.open_industry_id() == (ids[4] if language.right_to_left else ids[6])
    _drag(qtbot, card, left, right)
    assert view.open_industry_id() == ids[5]
    assert view.detail().isVisible()  # a swipe never reads as a tap outside


def test_a_touch_swipe_follows_the_first_finger_only(shown, karachi: Pack) -> None:
    view = shown()
    ids = [item.id for item in items(karachi)]
    view.select(ids[5])
    card = view.detail().card()
    device = QTest.createTouchDevice()
    y = card.height() // 2
    touch = lambda: QTest.touchEvent(card, device)  # noqa: E731
    touch().press(0, QPoint(300, y), card).commit()
    touch().stationary(0).press(1, QPoint(900, y), card).commit()  # a second hand, resting
    touch().move(0, QPoint(600, y), card).move(1, QPoint(200, y), card).commit()
    touch().release(0, QPoint(900, y), card).stationary(1).commit()
    touch().release(1, QPoint(100, y), card).commit()
    # The first finger went right: the previous card. The second one's leftward drag is
    # ignored, or it would have stepped forward.
    assert view.open_industry_id() == ids[4]


def _touch_tap(widget: QWidget, point: QPoint) -> None:
    device = QTest.createTouchDevice()
    QTest.touchEvent(widget, device).press(0, point, widget).commit()
    QTest.touchEvent(widget, device).release(0, point, widget).commit()


def test_fingers_open_a_tile_and_close_the_card(shown, qtbot) -> None:
    # Small enough to lie inside the offscreen screen, which touch points need.
    view = shown(Language.EN, (790, 790))
    tile = view.tiles()["tapestry"]
    view.ensureWidgetVisible(tile)
    _touch_tap(view.viewport(), tile.mapTo(view.viewport(), tile.rect().center()))
    qtbot.waitUntil(lambda: view.open_industry_id() == "tapestry")
    card, close = view.detail().card(), view.detail().close_button
    _touch_tap(card, close.mapTo(card, close.rect().center()))
    qtbot.waitUntil(lambda: not view.detail().isVisible())
    view.select("tapestry")
    _touch_tap(view.detail(), QPoint(8, view.detail().height() - 8))  # on the scrim
    qtbot.waitUntil(lambda: not view.detail().isVisible())


def test_a_small_wobble_on_the_card_does_nothing(shown, qtbot, karachi: Pack) -> None:
    view = shown()
    view.select("lace")
    card = view.detail().card()
    middle = card.rect().center()
    _drag(qtbot, card, middle, middle + QPoint(12, 3))
    assert view.open_industry_id() == "lace"


def test_a_tap_outside_closes_and_a_tap_inside_does_not(shown, qtbot) -> None:
    view = shown()
    view.select("lace")
    detail = view.detail()
    qtbot.mouseClick(detail.card(), Qt.MouseButton.LeftButton, pos=QPoint(40, 40))
    assert detail.isVisible()
    outside = QPoint(detail.card().x() // 2, detail.height() // 2)
    qtbot.mouseClick(detail, Qt.MouseButton.LeftButton, pos=outside)
    assert not detail.isVisible()
    assert view.open_industry_id() is None


def test_the_close_button_closes_and_focus_returns_to_the_tile(shown, qtbot) -> None:
    view = shown()
    tile = view.tiles()["pottery"]
    qtbot.mouseClick(tile, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(view.detail().close_button, Qt.MouseButton.LeftButton)
    assert not view.detail().isVisible()
    assert tile.hasFocus()


# -- keyboard ------------------------------------------------------------------------------


def test_enter_opens_escape_closes_and_focus_returns(shown, qtbot) -> None:
    view = shown()
    tile = view.tiles()["bronze"]
    tile.setFocus(Qt.FocusReason.TabFocusReason)
    QTest.keyClick(tile, Qt.Key.Key_Return)
    assert view.open_industry_id() == "bronze"
    assert view.detail().isAncestorOf(QApplication.focusWidget()) or view.detail().hasFocus()
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    assert view.open_industry_id() is None
    assert tile.hasFocus()
    QTest.keyClick(tile, Qt.Key.Key_Space)  # Space, as on any button
    assert view.open_industry_id() == "bronze"


def test_escape_closes_whichever_card_button_has_focus(shown) -> None:
    view = shown()
    view.select("lace")
    detail = view.detail()
    QTest.keyClick(detail, Qt.Key.Key_Tab)
    assert detail.close_button.hasFocus()
    QTest.keyClick(detail.close_button, Qt.Key.Key_Tab)
    QTest.keyClick(detail.previous_button, Qt.Key.Key_Tab)
    QTest.keyClick(detail.next_button, Qt.Key.Key_Tab)
    assert detail.close_button.hasFocus()  # Tab goes round the card, not behind it
    QTest.keyClick(detail.close_button, Qt.Key.Key_Escape)
    assert not detail.isVisible()


def _visual_neighbour(view: IndustriesView, tile: IndustryTile, dx: int, dy: int) -> str:
    """The tile a visitor sees next to ``tile`` that way: the nearest one in its row for
    Left and Right; for Up and Down the nearest one in its column."""
    here = centre(tile, view)
    best = None
    for item_id, other in view.tiles().items():
        there = centre(other, view)
        along = (there.x() - here.x()) * dx + (there.y() - here.y()) * dy
        across = abs(there.y() - here.y()) if dx else abs(there.x() - here.x())
        in_line = across < (tile.height() if dx else tile.width()) / 2
        if along > 0 and in_line and (best is None or along < best[0]):
            best = (along, item_id)
    assert best is not None
    return best[1]


@LANGUAGES
def test_arrow_keys_move_focus_to_the_tile_that_way(shown, karachi, language) -> None:
    view = shown(language)
    tiles = view.tiles()
    ids = [item.id for item in items(karachi)]
    first = tiles[ids[0]]
    first.setFocus(Qt.FocusReason.TabFocusReason)
    # Reading order runs away from the first tile: right in English, left in Urdu.
    along = Qt.Key.Key_Left if language.right_to_left else Qt.Key.Key_Right
    QTest.keyClick(first, along)
    assert tiles[ids[1]].hasFocus()
    went_left = centre(tiles[ids[1]], view).x() < centre(first, view).x()
    assert went_left == language.right_to_left
    moves = [(Qt.Key.Key_Down, 0, 1), (Qt.Key.Key_Down, 0, 1), (Qt.Key.Key_Left, -1, 0)]
    moves += [(Qt.Key.Key_Up, 0, -1), (Qt.Key.Key_Right, 1, 0)]
    for key, dx, dy in moves:
        here = QApplication.focusWidget()
        assert isinstance(here, IndustryTile)
        expected = _visual_neighbour(view, here, dx, dy)
        QTest.keyClick(here, key)
        assert QApplication.focusWidget() is tiles[expected], (key, here.industry_id)


def _grid_rects(rows: list[str], top: int = 0) -> dict[str, QRect]:
    """Tiles 100 px wide and tall with 10 px gaps; ``rows`` spells each row's ids."""
    return {
        item: QRect(110 * column, top + 110 * row, 100, 100)
        for row, ids in enumerate(rows)
        for column, item in enumerate(ids)
        if item != "."
    }


def test_neighbour_stays_in_the_row_and_follows_the_column() -> None:
    rects = _grid_rects(["abc", "de"]) | _grid_rects(["fgh"], top=300)
    assert neighbour(rects, "a", Qt.Key.Key_Right) == "b"
    assert neighbour(rects, "c", Qt.Key.Key_Right) is None  # no wrapping to the next row
    assert neighbour(rects, "b", Qt.Key.Key_Left) == "a"
    assert neighbour(rects, "b", Qt.Key.Key_Down) == "e"
    # Nothing under "c" in its group: the column carries on into the next group.
    assert neighbour(rects, "c", Qt.Key.Key_Down) == "h"
    assert neighbour(rects, "h", Qt.Key.Key_Up) == "c"
    assert neighbour(rects, "a", Qt.Key.Key_Up) is None


def test_neighbour_falls_back_to_the_nearest_row_outside_the_beam() -> None:
    rects = _grid_rects(["..c", "a"])  # nothing at all under "c"
    assert neighbour(rects, "c", Qt.Key.Key_Down) == "a"


def test_down_from_a_short_row_crosses_into_the_next_group(shown, karachi: Pack) -> None:
    view = shown()  # six columns: the main industries' second row holds three tiles
    pillars = karachi.industries.groups[0].items
    last_top_row = view.tiles()[pillars[5].id]
    last_top_row.setFocus(Qt.FocusReason.TabFocusReason)
    QTest.keyClick(last_top_row, Qt.Key.Key_Down)
    focused = QApplication.focusWidget()
    assert isinstance(focused, IndustryTile)
    assert focused.industry_id == karachi.industries.groups[1].items[5].id


def test_keyboard_focus_scrolls_the_tile_into_view(shown, karachi: Pack) -> None:
    view = shown(Language.UR, (1280, 720))
    tile = view.tiles()[items(karachi)[0].id]
    tile.setFocus(Qt.FocusReason.TabFocusReason)
    seen = QRect(QPoint(0, 0), view.viewport().size())
    for _ in range(8):
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Down)
        tile = QApplication.focusWidget()
        assert isinstance(tile, IndustryTile)
        assert seen.contains(QRect(tile.mapTo(view.viewport(), QPoint(0, 0)), tile.size()))
    assert tile.industry_id == items(karachi)[-3].id  # the bottom row, first column
    assert view.verticalScrollBar().value() > 0


# -- layout: nothing clipped, in any language, either way up -------------------------------


def _label_fits(label: QLabel) -> str | None:
    """Why ``label``'s text does not fit it, measured with its own font; None if it fits."""
    text, width = label.text(), label.contentsRect().width()
    metrics = QFontMetrics(label.font())
    if label.wordWrap():
        flags = Qt.TextFlag.TextWordWrap
        needed = metrics.boundingRect(QRect(0, 0, width, 100_000), flags, text)
        if needed.width() > width:
            return f"a word is wider ({needed.width()}) than the label ({width})"
        if label.heightForWidth(label.width()) > label.height():
            return f"needs {label.heightForWidth(label.width())} px, has {label.height()}"
    elif metrics.horizontalAdvance(text) > width:
        return f"{metrics.horizontalAdvance(text)} px of text in {width} px"
    return None


def _ink_on_edge(label: QLabel) -> bool:
    """Whether glyphs touch the label's top or bottom row: there QLabel would cut them.

    Nastaliq climbs far above the font's ascent, so this looks at the pixels themselves.
    """
    image = label.grab().toImage()

    def inked(y: int) -> bool:
        for x in range(image.width()):
            colour = image.pixelColor(x, y)
            if colour.alpha() > 60 and colour.lightness() < 160:
                return True
        return False

    return inked(0) or inked(image.height() - 1)


def _clipped_labels(root: QWidget, inside: QWidget) -> list[str]:
    found = []
    frame = QRect(inside.mapTo(root, QPoint(0, 0)), inside.size())
    for label in root.findChildren(QLabel):
        if not label.isVisibleTo(root) or not label.text():
            continue
        problem = _label_fits(label)
        where = QRect(label.mapTo(root, QPoint(0, 0)), label.size())
        if problem is None and not frame.contains(where):
            problem = f"{where} lies outside {frame}"
        if problem is None and _ink_on_edge(label):
            problem = "glyphs cut off at its top or bottom edge"
        if problem:
            found.append(f"{label.objectName()} {label.text()[:30]!r}: {problem}")
    return found


def _clipped_tiles(view: IndustriesView) -> list[str]:
    found = []
    for item_id, tile in view.tiles().items():
        inside = tile.rect().toRectF().adjusted(2, 2, -2, -2)
        above = None
        for box, ink, widest in tile.text_boxes():
            if widest > box.width():
                found.append(f"{item_id}: a {widest:.0f} px line in a {box.width():.0f} px box")
            if not inside.contains(ink):  # measured glyphs, not the font's nominal height
                found.append(f"{item_id}: glyphs {ink} reach the edge of the tile {tile.rect()}")
            if above is not None and ink.top() < above:
                found.append(f"{item_id}: the line under the title runs into it")
            above = ink.bottom()
    return found


@pytest.mark.parametrize("size", list(SIZES), ids=list(SIZES))
@LANGUAGES
def test_no_text_is_clipped(shown, karachi: Pack, language, size) -> None:
    view = shown(language, SIZES[size])
    assert _clipped_tiles(view) == []
    assert _clipped_labels(view.widget(), view.widget()) == []
    detail = view.detail()
    for item in items(karachi):
        view.select(item.id)
        QApplication.processEvents()
        assert detail.scroll_needed() == 0, item.id  # the whole text shows, no scrolling
        problems = _clipped_labels(detail.card(), detail.card())
        assert problems == [], item.id


def test_a_small_window_scrolls_the_words_not_the_buttons(shown, karachi: Pack) -> None:
    view = shown(Language.UR, (960, 600))
    detail = view.detail()
    longest = max(items(karachi), key=lambda item: len(item.detail.ur or ""))
    view.select(longest.id)
    QApplication.processEvents()
    card = detail.card()
    assert QRect(QPoint(0, 0), view.size()).contains(card.geometry())
    for button in (detail.close_button, detail.previous_button, detail.next_button):
        assert card.rect().contains(button.geometry())
    if detail.scroll_needed() > 0:  # then a finger can scroll it, with momentum
        assert QScroller.hasScroller(detail.text_viewport())


def test_the_page_scrolls_with_momentum(shown) -> None:
    view = shown()
    assert QScroller.hasScroller(view.viewport())


# -- language, reset, performance ----------------------------------------------------------


def test_an_open_card_follows_a_language_switch(shown, karachi: Pack) -> None:
    view = shown()
    view.select("lace")
    view.window().nav.language_button(Language.UR).click()
    QApplication.processEvents()
    lace = next(item for item in items(karachi) if item.id == "lace")
    assert view.detail().title_label.text() == lace.title.ur
    assert view.detail().isRightToLeft()


def test_reset_closes_the_card_and_scrolls_to_the_top(shown) -> None:
    view = shown(Language.EN, (1280, 720))
    bar = view.verticalScrollBar()
    bar.setValue(bar.maximum())
    view.select("banks")
    assert bar.value() > 0
    view.reset()
    assert view.open_industry_id() is None
    assert not view.detail().isVisible()
    assert bar.value() == 0


def test_repaints_draw_icons_from_the_cache(shown) -> None:
    view = shown()
    view.repaint()
    view.select("lace")
    view.repaint()
    view.close_detail()
    before = icons.pixmap.cache_info()
    for _ in range(3):
        view.repaint()
        view.select("lace")
        view.repaint()
        view.close_detail()
    after = icons.pixmap.cache_info()
    assert after.misses == before.misses  # every icon was rendered once, at first paint
