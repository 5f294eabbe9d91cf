"""Issue 9: the accessibility button and panel, large text, high contrast, the idle reset
turning both off, and the navigation at the bottom of the window."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QLabel

from kiosk.content.model import Pack
from kiosk.core.languages import Language
from kiosk.ui import palette
from kiosk.ui.accessibility import AccessOptions
from kiosk.ui.language_controller import BASE_POINT_SIZE
from kiosk.ui.main_window import MainWindow
from kiosk.ui.theme import LARGE_TEXT_SCALE, stylesheet
from tests.accessibility_checks import in_window


@pytest.fixture(autouse=True)
def standard_look_afterwards(kiosk):  # type: ignore[no-untyped-def]
    """Whatever a test switched on, the next test starts as a new visitor would."""
    yield
    kiosk.window.reset(Language.EN)


def settle() -> None:
    for _ in range(3):
        QApplication.processEvents()


def label_named(window: MainWindow, name: str) -> QLabel:
    labels = [w for w in window.findChildren(QLabel) if w.objectName() == name]
    return next(label for label in labels if label.isVisibleTo(window))


def test_the_button_opens_and_closes_the_panel(kiosk, qtbot) -> None:
    window: MainWindow = kiosk.window
    button = window.nav.access_button()
    assert button.isVisible() and button.accessibleName() == "Accessibility"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert window.is_access_panel_open() and button.isChecked()
    panel = window.access_panel()
    assert not panel.large_text.hasFocus(), "a tap leaves no focus ring on a switch"
    qtbot.mouseClick(panel.large_text, Qt.MouseButton.LeftButton)
    assert window.access_options() == AccessOptions(large_text=True)
    assert window.is_access_panel_open(), "the panel stays for a second choice"
    outside = QPoint(10, window.height() - 10)
    qtbot.mousePress(panel, Qt.MouseButton.LeftButton, pos=outside)
    qtbot.mouseRelease(panel, Qt.MouseButton.LeftButton, pos=outside)
    assert not window.is_access_panel_open() and not button.isChecked()
    assert window.access_options().large_text, "closing the panel keeps the choice"


def test_large_text_makes_every_text_larger(kiosk) -> None:
    window: MainWindow = kiosk.window
    window.show_view("overview")
    settle()
    body = label_named(window, "Body").font().pointSizeF()
    hero = label_named(window, "Hero").font().pointSizeF()
    tab = window.nav.view_button("climate").font().pointSizeF()
    window.set_large_text(True)
    settle()
    assert label_named(window, "Body").font().pointSizeF() == pytest.approx(body * 1.4, 0.02)
    assert label_named(window, "Hero").font().pointSizeF() == pytest.approx(hero * 1.4, 0.02)
    assert window.nav.view_button("climate").font().pointSizeF() > tab
    assert QApplication.font().pointSizeF() == pytest.approx(BASE_POINT_SIZE * LARGE_TEXT_SCALE)
    window.set_large_text(False)
    settle()
    assert label_named(window, "Body").font().pointSizeF() == pytest.approx(body)


def test_large_text_follows_a_language_switch(kiosk) -> None:
    window: MainWindow = kiosk.window
    window.set_large_text(True)
    kiosk.languages.set_language(Language.UR)
    kiosk.languages.set_language(Language.EN)
    assert QApplication.font().pointSizeF() == pytest.approx(BASE_POINT_SIZE * LARGE_TEXT_SCALE)
    window.reset(Language.EN)


def test_high_contrast_recolours_styled_and_painted_parts(kiosk) -> None:
    window: MainWindow = kiosk.window
    window.show_view("timeline")
    settle()
    before = window.grab().toImage()
    window.set_high_contrast(True)
    settle()
    assert palette.current() is palette.HIGH_CONTRAST
    assert QApplication.instance().styleSheet() == stylesheet(palette.HIGH_CONTRAST)
    after = window.grab().toImage()
    nav_bar = in_window(window.nav, window).center()
    assert after.pixelColor(5, nav_bar.y()).name() == palette.HIGH_CONTRAST.tab_bar.lower()
    strip = window.view("timeline").strip  # type: ignore[attr-defined]
    corner = strip.mapTo(window, QPoint(2, 2))
    # The strip paints its own background from the palette that is on.
    assert after.pixelColor(corner).name() == palette.HIGH_CONTRAST.background.lower()
    assert before.pixelColor(corner).name() == palette.DEFAULT.background.lower()


def test_reset_turns_both_off_and_closes_the_panel(kiosk, karachi: Pack) -> None:
    window: MainWindow = kiosk.window
    window.set_navigation_edge("bottom")
    window.open_access_panel()
    window.set_access_options(AccessOptions(large_text=True, high_contrast=True))
    kiosk.languages.set_language(Language.UR)
    with_signal = []
    window.accessOptionsChanged.connect(with_signal.append)
    window.reset(karachi.default_language)  # what the idle reset calls
    assert with_signal == [AccessOptions()]
    assert not window.is_access_panel_open()
    assert window.access_options() == AccessOptions()
    assert palette.current() is palette.DEFAULT
    assert QApplication.instance().styleSheet() == stylesheet()
    assert QApplication.font().pointSizeF() == pytest.approx(BASE_POINT_SIZE)
    assert not window.access_panel().large_text.isChecked()
    assert window.navigation_edge() == "bottom", "where the navigation is, is the site's"


def test_a_new_window_starts_without_an_earlier_visitors_options(kiosk, karachi: Pack) -> None:
    kiosk.window.set_access_options(AccessOptions(large_text=True, high_contrast=True))
    from kiosk import app as kiosk_app

    again = kiosk_app.build(karachi, Language.EN)
    try:
        assert again.window.access_options() == AccessOptions()
        assert palette.current() is palette.DEFAULT
    finally:
        again.window.deleteLater()


@pytest.mark.parametrize("edge", ["top", "bottom"])
def test_navigation_edge(kiosk, edge: str) -> None:
    window: MainWindow = kiosk.window
    window.set_navigation_edge(edge)  # type: ignore[arg-type]
    window.show_view("climate")
    settle()
    nav, view = in_window(window.nav, window), in_window(window.view("climate"), window)
    if edge == "bottom":
        assert nav.top() > view.bottom() and nav.bottom() == window.height() - 1
    else:
        assert nav.bottom() < view.top() and nav.top() == 0
    window.open_access_panel()
    settle()
    card = in_window(window.access_panel().card, window)
    button = in_window(window.nav.access_button(), window)
    # The panel opens towards the middle of the screen, beside its button.
    assert card.top() > button.bottom() if edge == "top" else card.bottom() < button.top()
    assert window.rect().contains(card)
    window.close_access_panel()
    window.set_navigation_edge("top")


def test_the_navigation_edge_is_a_constructor_option(kiosk, karachi: Pack) -> None:
    from kiosk import app as kiosk_app

    specs = kiosk_app.view_specs(karachi, None)
    window = MainWindow(specs, kiosk.languages, karachi.name, navigation_edge="bottom")
    try:
        assert window.navigation_edge() == "bottom"
        layout = window.layout()
        assert layout.indexOf(window.nav) == layout.count() - 1
        with pytest.raises(ValueError):
            window.set_navigation_edge("left")  # type: ignore[arg-type]
    finally:
        window.deleteLater()
