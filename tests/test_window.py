"""The main window on the shipped pack: views, languages and direction."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QWidget

from kiosk.content.model import Pack, Text
from kiosk.core.languages import Language

VIEWS = ["overview", "climate", "industries", "timeline"]


def visible_texts(root: QWidget) -> list[str]:
    """Every text a visitor can see in ``root``: labels and buttons that are shown."""
    texts = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisibleTo(root):
            continue
        if isinstance(widget, QLabel | QAbstractButton) and widget.text():
            texts.append(widget.text())
    return texts


def pack_texts(pack: Pack) -> list[Text]:
    """Every localized string of the pack, found by walking its dataclasses."""
    found: list[Text] = []

    def walk(value: object) -> None:
        if isinstance(value, Text):
            found.append(value)
        elif isinstance(value, tuple | list):
            for item in value:
                walk(item)
        elif hasattr(value, "__dataclass_fields__"):
            for name in value.__dataclass_fields__:  # type: ignore[attr-defined]
                walk(getattr(value, name))

    walk(pack)
    return found


def test_starts_on_overview_with_four_tabs(kiosk) -> None:
    window = kiosk.window
    assert window.view_names == VIEWS
    assert window.current_view_name() == "overview"
    assert window.built_views().keys() == {"overview"}  # the others build on first show


@pytest.mark.parametrize("language", list(Language), ids=lambda lang: lang.code)
@pytest.mark.parametrize("view", VIEWS)
def test_each_view_shows_pack_text_in_each_language(kiosk, karachi: Pack, view, language) -> None:
    kiosk.languages.set_language(language)
    kiosk.window.show_view(view)
    QApplication.processEvents()
    texts = "\n".join(visible_texts(kiosk.window))
    expected = {
        "overview": [karachi.overview.title, karachi.overview.tagline, karachi.overview.intro.text],
        "climate": [karachi.climate.summary.text, karachi.climate.headlines[0].label],
        "industries": [karachi.industries.intro.title]
        + [item.title for group in karachi.industries.groups for item in group.items],
        "timeline": [karachi.timeline.title, karachi.timeline.events[0].title],
    }[view]
    for text in expected:
        assert text.get(language) in texts


@pytest.mark.parametrize("language", list(Language), ids=lambda lang: lang.code)
def test_direction_follows_language(kiosk, language) -> None:
    kiosk.languages.set_language(language)
    expected = (
        Qt.LayoutDirection.RightToLeft if language.right_to_left else Qt.LayoutDirection.LeftToRight
    )
    assert QApplication.layoutDirection() == expected
    assert kiosk.window.layoutDirection() == expected


@pytest.mark.parametrize(
    ("before", "after"),
    [(Language.EN, Language.ZH), (Language.ZH, Language.UR), (Language.UR, Language.EN)],
    ids=["en-zh", "zh-ur", "ur-en"],
)
def test_no_string_left_in_previous_language(kiosk, karachi: Pack, before, after) -> None:
    for view in VIEWS:  # build every view so the switch reaches them all
        kiosk.window.show_view(view)
    kiosk.languages.set_language(before)
    kiosk.languages.set_language(after)
    QApplication.processEvents()
    stale = {t.get(before) for t in pack_texts(karachi) if t.get(before) != t.get(after)}
    for view in VIEWS:
        kiosk.window.show_view(view)
        QApplication.processEvents()
        shown = visible_texts(kiosk.window)
        leftovers = [text for text in shown if text in stale]
        assert not leftovers, f"{view}: still in {before.code}: {leftovers[:3]}"


def test_interface_strings_are_translated(kiosk) -> None:
    nav = kiosk.window.nav
    english = nav.view_button("overview").text()
    kiosk.languages.set_language(Language.ZH)
    chinese = nav.view_button("overview").text()
    kiosk.languages.set_language(Language.UR)
    urdu = nav.view_button("overview").text()
    assert len({english, chinese, urdu}) == 3
    assert english == "Overview"


def test_language_buttons_switch_language(kiosk, qtbot) -> None:
    button = kiosk.window.nav.language_button(Language.UR)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert kiosk.languages.language is Language.UR
    assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft


def test_tab_buttons_switch_view(kiosk, qtbot) -> None:
    qtbot.mouseClick(kiosk.window.nav.view_button("timeline"), Qt.MouseButton.LeftButton)
    assert kiosk.window.current_view_name() == "timeline"


def test_reset_returns_home_in_default_language(kiosk, karachi: Pack) -> None:
    kiosk.window.show_view("industries")
    industries = kiosk.window.view("industries")
    first = karachi.industries.groups[0].items[0].id
    assert industries.select(first)
    kiosk.languages.set_language(Language.UR)
    kiosk.window.reset(karachi.default_language)
    assert kiosk.window.current_view_name() == "overview"
    assert kiosk.languages.language is karachi.default_language
    assert industries.open_industry_id() is None
