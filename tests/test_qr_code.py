"""The QR code of a source's address: segno's symbol, painted faithfully, shown only with one."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
import segno
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from kiosk.ui.palette import DEFAULT
from kiosk.ui.widgets.qr_code import MODULE_PX, QUIET_ZONE, QrCode, qr_image, qr_matrix

SEED_URL = (
    "https://www.shenyang.gov.cn/english/aboutshenyang/sistercities/202206/t20220628_3372608.html"
)


@pytest.fixture
def code(qtbot: QtBot) -> Iterator[QrCode]:
    host = QWidget()
    qtbot.addWidget(host)
    widget = QrCode(host)
    host.resize(400, 400)
    host.show()
    qtbot.waitExposed(host)
    yield widget


def dark_modules(image: QImage, size: int, step: int) -> list[list[bool]]:
    """Read the painted image back, one sample at the centre of every module."""
    dark = QColor(DEFAULT.text).rgb()
    rows = []
    for row in range(size):
        y = (row + QUIET_ZONE) * step + step // 2
        xs = ((column + QUIET_ZONE) * step + step // 2 for column in range(size))
        rows.append([image.pixel(x, y) == dark for x in xs])
    return rows


def test_the_matrix_is_segnos_full_qr_code() -> None:
    expected = segno.make_qr(SEED_URL, error="m")
    matrix = qr_matrix(SEED_URL)
    assert len(matrix) == expected.symbol_size(border=0)[0] == 41  # version 6
    assert [list(row) for row in matrix] == [[bool(m) for m in row] for row in expected.matrix]


def test_a_short_address_is_still_a_full_qr_code_not_a_micro_one() -> None:
    # segno.make would pick a Micro QR for a few characters; phone cameras seldom read those.
    assert len(qr_matrix("https://a.cn")) >= 21


@pytest.mark.parametrize("ratio", [1.0, 1.25, 2.0])
def test_the_image_paints_every_module_where_segno_puts_it(ratio: float) -> None:
    image = qr_image(SEED_URL, MODULE_PX, ratio)
    matrix = qr_matrix(SEED_URL)
    step = round(MODULE_PX * ratio)
    assert image.width() == image.height() == (len(matrix) + 2 * QUIET_ZONE) * step
    assert image.devicePixelRatio() == ratio
    assert dark_modules(image, len(matrix), step) == [list(row) for row in matrix]
    light = QColor(DEFAULT.surface).rgb()
    quiet = [image.pixel(x, y) for x in range(QUIET_ZONE * step) for y in range(image.height())]
    assert set(quiet) == {light}  # the quiet zone round the symbol is left light


def test_images_are_cached_per_address_and_size() -> None:
    assert qr_image(SEED_URL, MODULE_PX) is qr_image(SEED_URL, MODULE_PX)
    assert qr_image(SEED_URL, MODULE_PX) is not qr_image(SEED_URL, MODULE_PX + 1)
    assert qr_image(SEED_URL, MODULE_PX) is not qr_image(SEED_URL + "?x", MODULE_PX)


def test_shows_the_code_with_a_caption_only_for_an_address(code: QrCode) -> None:
    assert code.isHidden()
    assert code.pixmap().isNull()
    assert code.matrix_size() == 0
    code.set_url(SEED_URL)
    assert code.isVisible()
    assert code.matrix_size() == len(segno.make_qr(SEED_URL, error="m").matrix)
    pixmap = code.pixmap()
    assert not pixmap.isNull()
    assert pixmap.toImage() == qr_image(SEED_URL, MODULE_PX, code.devicePixelRatioF())
    assert code.symbol.width() == code.symbol.height() == (41 + 2 * QUIET_ZONE) * MODULE_PX
    assert code.caption.text().splitlines() == ["Scan to read the original", "www.shenyang.gov.cn"]
    assert code.accessibleName() == "Scan to read the original"
    assert code.accessibleDescription() == SEED_URL
    code.set_url(None)
    assert code.isHidden()


def test_the_address_is_plain_text_and_opens_nothing(code: QrCode) -> None:
    code.set_url("https://example.org/<b>bold</b>")
    assert code.caption.textFormat() == Qt.TextFormat.PlainText
    assert not code.caption.openExternalLinks()
    assert code.caption.textInteractionFlags() == Qt.TextInteractionFlag.NoTextInteraction


def test_the_painted_widget_shows_the_code(code: QrCode) -> None:
    code.set_url(SEED_URL)
    shot = code.symbol.grab().toImage()
    step = round(MODULE_PX * shot.devicePixelRatio())
    matrix = qr_matrix(SEED_URL)
    assert dark_modules(shot, len(matrix), step) == [list(row) for row in matrix]
