"""Issue 9: a walk over every widget of every view, in both orientations and each language.

Every control must have an accessible name and a role that says what it is, be at least
48x48 px and keep clear of the others; every painted item (timeline markers, chart months,
map places, fact tiles) must be exposed to accessibility with a name and a role.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication, QPushButton, QWidget

from kiosk.content.model import Pack
from kiosk.core.languages import Language
from kiosk.ui.accessibility import AccessOptions
from kiosk.ui.main_window import MainWindow
from tests.accessibility_checks import (
    FINGER,
    accessible_name,
    accessible_role,
    control_findings,
    interactive_widgets,
)

VIEWS = ["overview", "climate", "industries", "timeline"]
SIZES = {"landscape": (1920, 1080), "portrait": (1080, 1920)}
MODES = {
    "standard": AccessOptions(),
    "large-contrast": AccessOptions(large_text=True, high_contrast=True),
}


def settle() -> None:
    for _ in range(4):
        QApplication.processEvents()


@pytest.fixture(scope="module", params=list(Language), ids=lambda lang: lang.code)
def window(
    request: pytest.FixtureRequest, qapp: QApplication, karachi: Pack
) -> Iterator[MainWindow]:
    """One kiosk window per language, shown, for all the walks of this module."""
    from kiosk import app as kiosk_app

    kiosk = kiosk_app.build(karachi, request.param)
    kiosk.window.setMinimumSize(1, 1)
    kiosk.window.show()
    yield kiosk.window
    kiosk.window.reset(Language.EN)  # large text and high contrast off for what runs next
    kiosk.window.close()
    kiosk.window.deleteLater()
    settle()


def states(window: MainWindow, pack: Pack) -> Iterator[str]:
    """Put the window through each view and each state with controls of its own."""
    for view in VIEWS:
        window.show_view(view)
        settle()
        yield view
    window.show_view("climate")
    climate = window.view("climate")
    climate.show_table(True)  # type: ignore[attr-defined]
    settle()
    yield "climate table"
    climate.show_table(False)  # type: ignore[attr-defined]
    window.show_view("industries")
    assert window.select(pack.industries.groups[0].items[0].id)
    settle()
    yield "industry detail"
    window.view("industries").close_detail()  # type: ignore[attr-defined]
    window.open_access_panel()
    settle()
    yield "accessibility panel"
    window.close_access_panel()


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("size", SIZES)
def test_every_control_is_named_finger_sized_and_apart(
    window: MainWindow, karachi: Pack, size: str, mode: str
) -> None:
    window.resize(*SIZES[size])
    window.set_access_options(MODES[mode])
    findings = []
    for state in states(window, karachi):
        findings += control_findings(window, f"{size} {mode} {state}")
    window.set_access_options(AccessOptions())
    assert not findings, "\n".join(str(finding) for finding in findings)


def test_every_painted_item_has_a_name_and_a_role(window: MainWindow, karachi: Pack) -> None:
    window.resize(*SIZES["landscape"])
    for view in VIEWS:
        window.show_view(view)
    settle()
    items = [w for w in window.findChildren(QWidget) if w.property("paintedItem")]
    roles: dict[str, list[QAccessible.Role]] = {}
    for item in items:
        assert accessible_name(item), f"an unnamed {type(item).__name__} over a painted item"
        owner = type(item.parentWidget()).__name__
        roles.setdefault(owner, []).append(accessible_role(item))
    radio, button, text = (
        QAccessible.Role.RadioButton,
        QAccessible.Role.Button,
        QAccessible.Role.StaticText,
    )
    assert roles["TimelineStrip"] == [radio] * len(karachi.timeline.events)
    assert roles["ClimateChart"] == [radio] * 12
    assert roles["MapWidget"] == [text, text]
    tiles = len(karachi.overview.facts) + len(karachi.climate.headlines)
    assert roles["FactTile"] == [button] * tiles


def test_the_chosen_item_is_checked_for_screen_readers(window: MainWindow) -> None:
    window.show_view("timeline")
    strip = window.view("timeline").strip  # type: ignore[attr-defined]
    strip.set_current(2)
    checked = [strip.item(i).isChecked() for i in range(len(strip._items))]
    assert checked == [i == 2 for i in range(len(checked))]
    window.show_view("climate")
    chart = window.view("climate").chart()  # type: ignore[attr-defined]
    chart.set_selected_month(6)
    assert [chart.month_item(m).isChecked() for m in range(12)] == [m == 6 for m in range(12)]
    chart.set_selected_month(None)
    assert not any(chart.month_item(m).isChecked() for m in range(12))
    window.reset(Language.EN)


def test_the_walk_finds_what_it_is_for(window: MainWindow) -> None:
    """The check itself can fail: a small, unnamed button over a tab is three findings."""
    window.resize(*SIZES["landscape"])
    window.show_view("overview")
    settle()
    tab = window.nav.view_button("climate")
    intruder = QPushButton(window)
    intruder.setGeometry(tab.mapTo(window, tab.rect().center()).x(), tab.y(), 30, 30)
    intruder.show()
    settle()
    try:
        problems = [finding.problem for finding in control_findings(window, "test")]
        assert "no accessible name" in problems
        assert f"target 30x30, under {FINGER} px" in problems
        assert any(problem.startswith("overlap") for problem in problems)
        assert intruder in interactive_widgets(window)
    finally:
        intruder.deleteLater()
        settle()
