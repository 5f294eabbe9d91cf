"""PlainLabel keeps the sizes QLabel measures; kept, they must stay exactly QLabel's."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel

from kiosk.ui import fonts
from kiosk.ui.widgets.plain_label import PlainLabel

URDU = "کراچی پاکستان کا سب سے بڑا شہر اور بندرگاہ ہے، اور بحیرۂ عرب کے ساحل پر واقع ہے۔"
ENGLISH = "Karachi is the largest city and seaport of Pakistan, on the Arabian Sea coast."
WIDTHS = (120, 333, 600, 1200)


def _twin(label: PlainLabel) -> QLabel:
    """A plain QLabel set up as ``label`` is now: what Qt itself would measure."""
    twin = QLabel()
    twin.setTextFormat(label.textFormat())
    twin.setWordWrap(label.wordWrap())
    twin.setFont(label.font())
    twin.setContentsMargins(label.contentsMargins())
    twin.setMaximumWidth(label.maximumWidth())
    twin.setText(label.text())
    return twin


def _assert_measures_like_qlabel(label: PlainLabel) -> None:
    twin = _twin(label)
    for _ in range(2):  # measured, then kept
        assert label.sizeHint() == twin.sizeHint()
        assert label.minimumSizeHint() == twin.minimumSizeHint()
        for width in WIDTHS:
            assert label.heightForWidth(width) == twin.heightForWidth(width), width


@pytest.fixture
def no_stylesheet(qapp):
    """Without the kiosk's stylesheet (left by other tests): fonts are what is set here."""
    kept = qapp.styleSheet()
    qapp.setStyleSheet("")
    yield
    qapp.setStyleSheet(kept)


def test_kept_sizes_follow_text_font_margins_and_width(qtbot, no_stylesheet) -> None:
    fonts.register_fonts()
    label = PlainLabel("Body")
    qtbot.addWidget(label)
    label.setFont(QFont(fonts.URDU, 14))
    label.setText(URDU)
    _assert_measures_like_qlabel(label)
    label.setText(ENGLISH)  # a language switch
    _assert_measures_like_qlabel(label)
    label.setFont(QFont(fonts.LATIN, 20))  # large text
    _assert_measures_like_qlabel(label)
    label.setFont(QFont(fonts.LATIN, 26))  # larger: the glyphs' margins stay as they were
    _assert_measures_like_qlabel(label)
    label.setContentsMargins(7, 3, 11, 5)
    _assert_measures_like_qlabel(label)
    label.setMaximumWidth(250)  # QLabel tries wrapped text at up to this width
    _assert_measures_like_qlabel(label)
    label.setWordWrap(False)
    _assert_measures_like_qlabel(label)
    label.setText(URDU)  # and back: found among the kept sizes
    _assert_measures_like_qlabel(label)
