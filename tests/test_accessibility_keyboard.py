"""Issue 9: a keyboard-only run through every view reaches and operates every control.

Tab visits every control in reading order (right to left under Urdu, with the navigation
at the top or the bottom), Shift+Tab the same backwards, each with a focus ring to see;
arrow keys walk the painted items; Space and Enter operate; Escape closes.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QScrollArea, QWidget

from kiosk.content.model import Pack
from kiosk.core.languages import Language
from kiosk.ui.main_window import MainWindow
from kiosk.ui.palette import current as current_palette
from tests.accessibility_checks import (
    describe,
    focus_ring_pixels,
    interactive_widgets,
    reads_before,
)

VIEWS = ["overview", "climate", "industries", "timeline"]
RING_PIXELS = 60  # a 3 px ring round even the smallest control has several hundred


def settle() -> None:
    for _ in range(3):
        QApplication.processEvents()


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "the keyboard focus went nowhere"
    return widget


def press(key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    QTest.keyClick(focused(), key, modifier)
    settle()


@pytest.fixture(scope="module", params=[Language.EN, Language.UR], ids=lambda lang: lang.code)
def language(request: pytest.FixtureRequest) -> Language:
    """English, and Urdu for right to left."""
    return request.param  # type: ignore[no-any-return]


@pytest.fixture(scope="module")
def window(language: Language, qapp: QApplication, karachi: Pack) -> Iterator[MainWindow]:
    from kiosk import app as kiosk_app

    kiosk = kiosk_app.build(karachi, language)
    kiosk.window.resize(1280, 720)
    kiosk.window.show()
    kiosk.window.activateWindow()
    settle()
    yield kiosk.window
    kiosk.window.reset(Language.EN)
    kiosk.window.close()
    kiosk.window.deleteLater()
    settle()


def tab_cycle(
    window: MainWindow, backwards: bool = False, each: Callable[[QWidget], None] | None = None
) -> list[QWidget]:
    """The widgets Tab (or Shift+Tab) visits, once round, from where the focus is;
    ``each`` looks at every one while it has the focus."""
    modifier = Qt.KeyboardModifier.ShiftModifier if backwards else Qt.KeyboardModifier.NoModifier
    key = Qt.Key.Key_Backtab if backwards else Qt.Key.Key_Tab
    visited: list[QWidget] = []
    for _ in range(120):
        press(key, modifier)
        widget = focused()
        if visited and widget is visited[0]:
            return visited
        assert widget not in visited, f"Tab went round without coming back: {describe(widget)}"
        visited.append(widget)
        if each is not None:
            each(widget)
    raise AssertionError("Tab never came back to where it started")


def tab_stops(window: MainWindow) -> set[QWidget]:
    """Every control Tab should reach in the window as it is now."""
    return {
        widget
        for widget in interactive_widgets(window)
        if widget.isEnabled() and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
    }


@pytest.mark.parametrize("edge", ["top", "bottom"])
@pytest.mark.parametrize("view", VIEWS)
def test_tab_reaches_every_control_in_reading_order(
    window: MainWindow, view: str, edge: str
) -> None:
    window.set_navigation_edge(edge)  # type: ignore[arg-type]
    window.show_view(view)
    settle()
    forwards = tab_cycle(window)
    assert set(forwards) == tab_stops(window), "Tab misses or adds a control"
    backwards = tab_cycle(window, backwards=True)
    assert _rotated_equal(backwards[::-1], forwards), "Shift+Tab is not Tab backwards"
    # The ring runs through two stretches, the view's controls and the navigation's,
    # each in its own reading order; which comes first is where a visitor starts.
    in_nav = [window.nav.isAncestorOf(widget) for widget in forwards]
    changes = sum(a != b for a, b in zip(in_nav, in_nav[1:] + in_nav[:1], strict=True))
    assert changes == 2, "the view's controls and the navigation's are not each in one run"
    rtl = window.isRightToLeft()
    out_of_order = [
        (describe(a), describe(b))
        for a, b in itertools.pairwise(forwards)
        if window.nav.isAncestorOf(a) == window.nav.isAncestorOf(b)
        and not reads_before(_placed(a, window), _placed(b, window), rtl)
    ]
    assert not out_of_order, f"not in reading order: {out_of_order}"
    window.set_navigation_edge("top")


def _placed(widget: QWidget, window: MainWindow) -> QRect:
    """Where ``widget`` is in its stretch: the navigation, or the view's page unscrolled."""
    if window.nav.isAncestorOf(widget):
        return QRect(widget.mapTo(window.nav, QPoint(0, 0)), widget.size())
    page = window.view(window.current_view_name())
    body = page.widget() if isinstance(page, QScrollArea) else None
    if body is None or widget is page:
        return QRect(QPoint(0, 0), body.size() if body is not None else page.size())
    return QRect(widget.mapTo(body, QPoint(0, 0)), widget.size())


def _rotated_equal(first: list[QWidget], second: list[QWidget]) -> bool:
    if len(first) != len(second) or not first:
        return first == second
    start = second.index(first[0]) if first[0] in second else -1
    return start >= 0 and second[start:] + second[:start] == first


@pytest.mark.parametrize("view", VIEWS)
def test_every_control_shows_a_focus_ring(window: MainWindow, view: str) -> None:
    window.show_view(view)
    settle()
    colours = [current_palette().focus, current_palette().tab_focus]
    faint: list[str] = []

    def look(widget: QWidget) -> None:
        if focus_ring_pixels(window, widget, colours) < RING_PIXELS:
            faint.append(describe(widget))

    visited = tab_cycle(window, each=look)
    assert len(visited) > 8
    assert not faint, f"no visible focus ring on: {faint}"


def test_arrow_keys_walk_the_timeline_markers(window: MainWindow, karachi: Pack) -> None:
    window.show_view("timeline")
    strip = window.view("timeline").strip  # type: ignore[attr-defined]
    strip.setFocus(Qt.FocusReason.TabFocusReason)
    settle()
    later = Qt.Key.Key_Left if window.isRightToLeft() else Qt.Key.Key_Right
    for index in range(1, len(karachi.timeline.events)):
        press(later)
        assert strip.current() == index
        assert focused() is strip.item(index), "the focus follows the chosen marker"
    press(Qt.Key.Key_Home)
    assert strip.current() == 0 and focused() is strip.item(0)
    window.view("timeline").reset()  # type: ignore[attr-defined]


def test_arrow_keys_walk_the_chart_months(window: MainWindow) -> None:
    window.show_view("climate")
    chart = window.view("climate").chart()  # type: ignore[attr-defined]
    chart.setFocus(Qt.FocusReason.TabFocusReason)
    settle()
    assert focused() is chart.month_item(0)
    # The chart runs right to left under Urdu: the next month is the one to the left.
    later = Qt.Key.Key_Left if window.isRightToLeft() else Qt.Key.Key_Right
    for month in range(12):
        press(later)
        assert chart.selected_month() == month, "an arrow moves to the next month"
        assert focused() is chart.month_item(month), "the focus follows the chosen month"
    window.view("climate").reset()  # type: ignore[attr-defined]


def test_space_and_enter_operate_the_navigation(window: MainWindow, language: Language) -> None:
    assert not window.nav.language_button(Language.ZH).isChecked()
    window.show_view("overview")
    window.nav.view_button("timeline").setFocus(Qt.FocusReason.TabFocusReason)
    press(Qt.Key.Key_Space)
    assert window.current_view_name() == "timeline"
    assert window.nav.view_button("timeline").isChecked()
    assert not window.nav.view_button("overview").isChecked()
    window.nav.view_button("timeline").setFocus(Qt.FocusReason.TabFocusReason)
    press(Qt.Key.Key_Space)  # the tab on screen, pressed again: it stays chosen
    assert window.nav.view_button("timeline").isChecked()
    before = window.nav.language_button(Language.ZH)
    before.setFocus(Qt.FocusReason.TabFocusReason)
    press(Qt.Key.Key_Space)
    assert window.nav.language_button(Language.ZH).isChecked()
    assert sum(window.nav.language_button(lang).isChecked() for lang in Language) == 1
    window.reset(language)


def test_accessibility_panel_by_keyboard(window: MainWindow, language: Language) -> None:
    window.show_view("overview")
    access = window.nav.access_button()
    access.setFocus(Qt.FocusReason.TabFocusReason)
    press(Qt.Key.Key_Space)
    panel = window.access_panel()
    assert window.is_access_panel_open() and focused() is panel.large_text
    press(Qt.Key.Key_Space)
    assert window.access_options().large_text
    press(Qt.Key.Key_Tab)
    assert focused() is panel.high_contrast
    press(Qt.Key.Key_Space)
    assert window.access_options().high_contrast
    press(Qt.Key.Key_Tab)
    press(Qt.Key.Key_Tab)
    assert focused() is panel.large_text, "Tab stays inside the open panel"
    press(Qt.Key.Key_Escape)
    assert not window.is_access_panel_open()
    assert focused() is access, "Escape returns to the button the panel came from"
    assert window.access_options().large_text  # closing keeps the choice
    window.reset(language)
    assert not window.access_options().large_text and not window.access_options().high_contrast


def test_escape_closes_the_industry_detail(window: MainWindow, karachi: Pack) -> None:
    window.show_view("industries")
    industries = window.view("industries")
    first = karachi.industries.groups[0].items[0].id
    industries.tiles()[first].setFocus(Qt.FocusReason.TabFocusReason)  # type: ignore[attr-defined]
    press(Qt.Key.Key_Return)
    assert industries.open_industry_id() == first  # type: ignore[attr-defined]
    detail = industries.detail()  # type: ignore[attr-defined]
    press(Qt.Key.Key_Tab)
    assert focused() in (detail.close_button, detail.text_viewport().parentWidget())
    press(Qt.Key.Key_Escape)
    assert industries.open_industry_id() is None  # type: ignore[attr-defined]
    assert focused() is industries.tiles()[first]  # type: ignore[attr-defined]
