"""Issue 9: no text is clipped, with large text, high contrast, both or neither, in any
language, in landscape and portrait; and the navigation never overflows (the Urdu
portrait bar once clipped the brand and drew a language button over the Timeline tab)."""

from __future__ import annotations

import itertools
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QLabel, QPushButton

from kiosk.content.model import Pack
from kiosk.core.languages import Language
from kiosk.ui.accessibility import AccessOptions
from kiosk.ui.main_window import MainWindow
from tests.accessibility_checks import in_window
from tests.text_fit import clipped_texts

VIEWS = ["overview", "climate", "industries", "timeline"]
SIZES = {"landscape": (1920, 1080), "portrait": (1080, 1920), "small": (1280, 720)}
# High contrast changes only colours and outline widths; with large text as well it has
# the most to fit, so that and the standard look cover the four combinations.
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
    from kiosk import app as kiosk_app

    kiosk = kiosk_app.build(karachi, request.param)
    kiosk.window.setMinimumSize(1, 1)
    kiosk.window.show()
    yield kiosk.window
    kiosk.window.reset(Language.EN)
    kiosk.window.close()
    kiosk.window.deleteLater()
    settle()


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("size", ["landscape", "portrait"])
def test_no_text_is_clipped(window: MainWindow, karachi: Pack, size: str, mode: str) -> None:
    window.resize(*SIZES[size])
    window.set_access_options(MODES[mode])
    found = []
    for view in VIEWS:
        window.show_view(view)
        settle()
        found += [f"{view}: {clip}" for clip in clipped_texts(window)]
    window.show_view("industries")
    assert window.select(karachi.industries.groups[1].items[-1].id)
    settle()
    found += [f"industry detail: {clip}" for clip in clipped_texts(window)]
    window.view("industries").close_detail()  # type: ignore[attr-defined]
    window.open_access_panel()
    settle()
    found += [f"accessibility panel: {clip}" for clip in clipped_texts(window)]
    window.close_access_panel()
    window.set_access_options(AccessOptions())
    assert not found, "\n".join(found)


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("size", SIZES)
def test_the_navigation_fits_its_bar(window: MainWindow, size: str, mode: str) -> None:
    """Every part of the bar inside it, none over another, the brand whole."""
    window.resize(*SIZES[size])
    window.set_access_options(MODES[mode])
    settle()
    nav = window.nav
    parts = [
        *(w for w in nav.findChildren(QPushButton) if w.isVisibleTo(nav)),
        *(w for w in nav.findChildren(QLabel) if w.isVisibleTo(nav)),
    ]
    bar = in_window(nav, window)
    for part in parts:
        assert bar.contains(in_window(part, window)), f"{part.objectName()} leaves the bar"
    for first, second in itertools.combinations(parts, 2):
        overlap = in_window(first, window).intersected(in_window(second, window))
        assert overlap.isEmpty(), f"{first.objectName()} over {second.objectName()}"
    window.set_access_options(AccessOptions())
    portrait = SIZES[size][0] < SIZES[size][1]
    if portrait:
        assert nav.is_two_rows(), "a portrait screen gives the tabs a row of their own"


def test_the_check_finds_clipped_text(window: MainWindow) -> None:
    """The check itself can fail: a squeezed button, a short label, cut Nastaliq."""
    window.resize(*SIZES["landscape"])
    window.show_view("overview")
    settle()
    squeezed = QPushButton("A button with a long caption", window)
    squeezed.setGeometry(300, 300, 60, 60)
    short = QLabel("Two\nlines", window)
    short.setGeometry(300, 400, 200, 10)
    nastaliq = QLabel("کراچی", window)
    font = QFont("Noto Nastaliq Urdu")
    font.setPointSize(40)
    nastaliq.setFont(font)
    nastaliq.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    nastaliq.resize(nastaliq.sizeHint())
    nastaliq.move(300, 500)
    for widget in (squeezed, short, nastaliq):
        widget.show()
    settle()
    try:
        found = {clip.widget: clip.why for clip in clipped_texts(window)}
        assert squeezed in found and "needs" in found[squeezed]
        assert short in found
        assert "glyphs past the" in found.get(nastaliq, ""), "a swash past the label's edge"
    finally:
        for widget in (squeezed, short, nastaliq):
            widget.deleteLater()
        settle()
