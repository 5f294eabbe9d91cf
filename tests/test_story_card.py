"""The story card: the selected event in full, as plain text, with its source and buttons."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from kiosk.content.model import PartialDate, Source, Text, TimelineEvent
from kiosk.core.languages import Language
from kiosk.ui.widgets.story_card import StoryCard

SOURCE = Source(
    "seed",
    Text("Karachi, sister city", "友城卡拉奇", "کراچی"),
    Text("Foreign Affairs Office of Shenyang", "沈阳市外事办公室", "دفترِ امورِ خارجہ"),
    PartialDate(2022, 6, 16),
)
AUGUST = TimelineEvent(
    "intent",
    PartialDate(2018, 8),
    Text("Mayor visits Shenyang", "卡拉奇市长访问沈阳", "کراچی کے میئر کا دورۂ شینیانگ"),
    Text("Shenyang", "沈阳", "شینیانگ"),
    Text(
        "In August 2018, Mr. Wassam Akhtar Khan, Mayor of Karachi, led a delegation to Shenyang.",
        "2018年8月，卡拉奇市市长瓦萨姆·阿赫塔尔·汗先生率团访问沈阳。",
        "اگست 2018 میں کراچی کے میئر وسیم اختر خان نے ایک وفد کے ساتھ شینیانگ کا دورہ کیا۔",
    ),
    "seed",
)
FORUM = TimelineEvent(
    "forum",
    PartialDate(2019, 3, 28),
    Text("Cooperation forum"),
    Text("Beijing"),
    Text("<b>x</b> & <a href='http://example.com'>link</a>"),
    "seed",
)


@pytest.fixture
def card(qtbot: QtBot) -> Iterator[StoryCard]:
    # Hosted like the view hosts it: a child, so its size hints never reach a window.
    host = QWidget()
    qtbot.addWidget(host)
    widget = StoryCard({SOURCE.id: SOURCE}, host)
    widget.show_event(AUGUST, Language.EN)
    widget.set_position(1, 5)
    host.resize(1200, 480)
    widget.setGeometry(0, 0, 1200, 480)
    host.show()
    qtbot.waitExposed(host)
    yield widget


@pytest.mark.parametrize(
    ("language", "date", "source_date"),
    [
        (Language.EN, "August 2018", "16 June 2022"),
        (Language.ZH, "2018年8月", "2022年6月16日"),
        (Language.UR, "اگست 2018", "16 جون، 2022"),
    ],
)
def test_shows_the_event_with_its_date_at_known_precision(
    card: StoryCard, language: Language, date: str, source_date: str
) -> None:
    card.show_event(AUGUST, language)
    assert card.title_label.text() == AUGUST.title.get(language)
    assert card.date_label.text() == date
    assert card.place_label.text() == AUGUST.place.get(language)
    assert card.text_label.text() == AUGUST.text.get(language)
    source = card.source_label.text()
    for part in (SOURCE.title.get(language), SOURCE.publisher.get(language), source_date):
        assert part in source
    assert card.accessibleName() == AUGUST.title.get(language)


def test_day_precision_shows_the_day(card: StoryCard) -> None:
    card.show_event(FORUM, Language.EN)
    assert card.date_label.text() == "28 March 2019"


def test_content_is_shown_literally_never_as_rich_text(card: StoryCard) -> None:
    card.show_event(FORUM, Language.EN)
    for label in (card.text_label, card.title_label, card.source_label, card.place_label):
        assert label.textFormat() == Qt.TextFormat.PlainText
        assert not label.openExternalLinks()
    assert card.text_label.text() == "<b>x</b> & <a href='http://example.com'>link</a>"
    # Rendered literally, the markup needs several lines where "x link" would fit on one.
    metrics = card.text_label.fontMetrics()
    narrow = metrics.horizontalAdvance("x link") * 2
    assert card.text_label.heightForWidth(narrow) > 2 * metrics.lineSpacing()


def test_buttons_step_and_are_finger_sized(qtbot: QtBot, card: StoryCard) -> None:
    for button in (card.previous_button, card.next_button):
        assert button.width() >= 48
        assert button.height() >= 48
        assert button.accessibleName()
    with qtbot.waitSignal(card.stepRequested) as step:
        qtbot.mouseClick(card.next_button, Qt.MouseButton.LeftButton)
    assert step.args == [1]
    with qtbot.waitSignal(card.stepRequested) as step:
        qtbot.mouseClick(card.previous_button, Qt.MouseButton.LeftButton)
    assert step.args == [-1]


def test_any_press_on_the_card_says_the_visitor_has_taken_over(
    qtbot: QtBot, card: StoryCard
) -> None:
    with qtbot.waitSignal(card.touched):
        qtbot.mouseClick(card, Qt.MouseButton.LeftButton, pos=card.text_label.geometry().center())
    with qtbot.waitSignal(card.touched):
        qtbot.mouseClick(card.next_button, Qt.MouseButton.LeftButton)


def test_buttons_are_disabled_at_the_ends(card: StoryCard) -> None:
    card.set_position(0, 5)
    assert not card.previous_button.isEnabled()
    assert card.next_button.isEnabled()
    # The wording is translated ("1 of 5", "第 1 项，共 5 项"); the numbers are always there.
    assert "1" in card.counter_label.text()
    assert "5" in card.counter_label.text()
    card.set_position(4, 5)
    assert card.previous_button.isEnabled()
    assert not card.next_button.isEnabled()


def test_a_swipe_on_the_card_steps(qtbot: QtBot, card: StoryCard) -> None:
    y = card.text_label.geometry().center().y()
    with qtbot.waitSignal(card.stepRequested) as step:
        qtbot.mousePress(card, Qt.MouseButton.LeftButton, pos=QPoint(900, y))
        qtbot.mouseMove(card, QPoint(600, y))
        qtbot.mouseRelease(card, Qt.MouseButton.LeftButton, pos=QPoint(400, y))
    assert step.args == [1]


def test_a_wobble_on_the_card_does_nothing(qtbot: QtBot, card: StoryCard) -> None:
    y = card.text_label.geometry().center().y()
    with qtbot.assertNotEmitted(card.stepRequested):
        qtbot.mousePress(card, Qt.MouseButton.LeftButton, pos=QPoint(600, y))
        qtbot.mouseMove(card, QPoint(605, y))
        qtbot.mouseRelease(card, Qt.MouseButton.LeftButton, pos=QPoint(597, y))


def test_a_touch_swipe_on_the_card_follows_the_first_finger(qtbot: QtBot, card: StoryCard) -> None:
    device = QTest.createTouchDevice()
    y = card.text_label.geometry().center().y()
    with qtbot.waitSignal(card.stepRequested) as step:
        QTest.touchEvent(card, device).press(0, QPoint(400, y), card).commit()
        QTest.touchEvent(card, device).stationary(0).press(1, QPoint(300, y), card).commit()
        QTest.touchEvent(card, device).move(0, QPoint(600, y), card).stationary(1).commit()
        QTest.touchEvent(card, device).release(0, QPoint(800, y), card).stationary(1).commit()
        QTest.touchEvent(card, device).release(1, QPoint(100, y), card).commit()
    assert step.args == [-1]


def test_a_touch_on_a_button_still_clicks_it(qtbot: QtBot, card: StoryCard) -> None:
    device = QTest.createTouchDevice()
    card.setGeometry(0, 0, 700, 480)  # inside the offscreen screen, which touch needs
    centre = card.next_button.geometry().center()
    with qtbot.waitSignal(card.stepRequested) as step:
        QTest.touchEvent(card, device).press(0, centre, card).commit()
        QTest.touchEvent(card, device).release(0, centre, card).commit()
    assert step.args == [1]


def test_right_to_left_mirrors_the_buttons(card: StoryCard) -> None:
    card.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    card.setGeometry(0, 0, 1201, 480)  # relayout
    assert card.previous_button.x() > card.next_button.x()
    card.show_event(AUGUST, Language.UR)
    assert card.title_label.isRightToLeft()


def test_an_image_is_shown_scaled_when_the_event_has_one(
    qtbot: QtBot, card: StoryCard, tmp_path: Path
) -> None:
    path = tmp_path / "signing.png"
    image = QImage(1600, 900, QImage.Format.Format_RGB32)
    image.fill(QColor("#0B6E4F"))
    assert image.save(str(path))
    assert not card.image_label.isVisible()
    card.show_event(TimelineEvent(**{**AUGUST.__dict__, "image": path}), Language.EN)
    assert card.image_label.isVisible()
    shown = card.image_label.pixmap()
    assert 0 < shown.width() <= card.width() * 0.4
    assert shown.height() == pytest.approx(shown.width() * 900 / 1600, abs=1)
    card.show_event(AUGUST, Language.EN)
    assert not card.image_label.isVisible()


WITH_URL = Source(
    "site",
    Text("Karachi profile"),
    Text("Shenyang Foreign Affairs Office"),
    PartialDate(2022, 6, 16),
    "https://www.shenyang.gov.cn/english/aboutshenyang/sistercities/202206/t20220628_3372608.html",
)
LONG = TimelineEvent(
    "long",
    PartialDate(2019, 3, 28),
    Text("A forum with a title long enough to wrap " * 3),
    Text("Beijing"),
    Text("Delegations met and signed. " * 60),
    "seed",
)


def test_a_source_with_an_address_is_offered_as_a_qr_code(qtbot: QtBot) -> None:
    host = QWidget()
    qtbot.addWidget(host)
    card = StoryCard({SOURCE.id: SOURCE, WITH_URL.id: WITH_URL}, host)
    card.setGeometry(0, 0, 1200, 480)
    host.show()
    card.show_event(AUGUST, Language.EN)
    assert card.qr_code.isHidden()  # the seed source here has no address
    card.show_event(TimelineEvent(**{**AUGUST.__dict__, "source": "site"}), Language.EN)
    assert card.qr_code.isVisible()
    assert card.qr_code.url() == WITH_URL.url
    assert not card.qr_code.pixmap().isNull()
    assert card.qr_code.x() > card.text_label.x()  # beside the words, at their end
    card.show_event(TimelineEvent(**{**AUGUST.__dict__, "source": "unknown"}), Language.EN)
    assert card.qr_code.isHidden()


def test_the_buttons_flank_the_story(card: StoryCard) -> None:
    story = card.content.geometry()
    assert card.previous_button.geometry().right() < story.left()
    assert card.next_button.geometry().left() > story.right()
    # Half-way down the card, so they stay put however long the story is.
    for button in (card.previous_button, card.next_button):
        assert abs(button.geometry().center().y() - card.rect().center().y()) <= 1


def test_the_card_keeps_room_for_its_tallest_story(card: StoryCard) -> None:
    short = card.heightForWidth(card.width())
    card.keep_room_for([AUGUST, LONG, FORUM])
    reserved = card.heightForWidth(card.width())
    assert card.event_shown() is AUGUST  # still showing the same story
    assert card.text_label.text() == AUGUST.text.get(Language.EN)
    assert reserved > short
    card.show_event(LONG, Language.EN)
    assert card.heightForWidth(card.width()) == reserved  # no jump when it is shown
    card.show_event(FORUM, Language.EN)
    assert card.heightForWidth(card.width()) == reserved


def test_a_prepared_story_is_shown_without_laying_text_out_again(
    card: StoryCard, monkeypatch: pytest.MonkeyPatch
) -> None:
    card.keep_room_for([AUGUST, FORUM])  # lays every story out through the card's layout
    card.prepare(FORUM, Language.EN)  # paints it
    layouts: list[str] = []
    original = type(card.text_label)._lay_out_text

    def counting(label, text: str, width: int):  # type: ignore[no-untyped-def]
        layouts.append(text)
        return original(label, text, width)

    monkeypatch.setattr(type(card.text_label), "_lay_out_text", counting)
    card.show_event(FORUM, Language.EN)
    card.heightForWidth(card.width())
    card.text_label.grab()
    assert FORUM.text.get(Language.EN) not in layouts
