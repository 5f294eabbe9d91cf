"""The Qt-free rules of kiosk mode: settings file, opening hours, PIN hash, gesture, backoff."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from kiosk.core.kiosk_config import TEMPLATE, KioskConfig, parse_config, set_pin_hash
from kiosk.core.languages import Language
from kiosk.core.opening_hours import ALWAYS_OPEN, OpeningHours, parse_day
from kiosk.core.pin_hash import hash_pin, is_pin_hash, pin_problem, verify_pin
from kiosk.core.staff_access import Backoff, TapSequence

MONDAY = datetime(2024, 6, 3, 12, 0)  # 3 June 2024 was a Monday


def test_the_documented_template_is_clean_and_gives_the_defaults() -> None:
    assert parse_config(TEMPLATE) == (KioskConfig(), [])


def test_every_setting_is_read() -> None:
    text = """
[kiosk]
idle_timeout = 45
countdown = 5
default_language = "ur"
screen = 1
show_cursor = true

[opening_hours]
daily = "09:00-17:30"
monday = "closed"
"""
    config, problems = parse_config(text)
    assert problems == []
    assert (config.idle_timeout_s, config.countdown_s, config.screen) == (45, 5, 1)
    assert config.default_language is Language.UR and config.show_cursor
    assert not config.opening_hours.is_open(MONDAY)
    assert config.opening_hours.is_open(MONDAY.replace(day=4))  # Tuesday noon


@pytest.mark.parametrize(
    ("line", "says"),
    [
        ('idle_timeout = "ninety"', "whole number of seconds"),
        ("idle_timeout = 2", "from 10 to 86400"),
        ("countdown = true", "whole number"),
        ('default_language = "fr"', "'en', 'zh', 'ur'"),
        ("show_cursor = 1", "true or false"),
        ("idle_timout = 30", "unknown setting"),
    ],
)
def test_a_bad_setting_names_its_line_and_falls_back(line: str, says: str) -> None:
    text = f"# settings\n[kiosk]\nscreen = 2\n{line}\n"
    config, problems = parse_config(text)
    assert len(problems) == 1
    assert problems[0].line == 4 and says in problems[0].message
    assert config.screen == 2  # the rest of the file still counts
    assert (config.idle_timeout_s, config.countdown_s) == (90, 10)


def test_a_file_that_is_not_toml_names_its_line_and_gives_every_default() -> None:
    config, problems = parse_config("[kiosk]\ncountdown = 7\nidle_timeout = = 3\n")
    assert config == KioskConfig()
    assert [(p.line, p.fatal) for p in problems] == [(3, True)]
    assert "not valid TOML" in problems[0].message


def test_unknown_sections_and_bad_hours_are_reported() -> None:
    text = '[kiosk]\n\n[display]\nbrightness = 3\n[opening_hours]\ndaily = "17:00-09:00"\n'
    _, problems = parse_config(text)
    assert [p.line for p in problems] == [3, 6]
    assert "unknown section" in problems[0].message
    assert "closes before it opens" in problems[1].message


def test_a_plain_pin_in_the_file_is_not_taken_as_a_pin() -> None:
    config, problems = parse_config('[admin]\npin_hash = "1234"\n')
    assert config.pin_hash is None
    assert problems and "kiosk set-pin" in problems[0].message


def test_writing_the_pin_hash_keeps_the_rest_of_the_file() -> None:
    stored = hash_pin("2468")
    first = set_pin_hash(TEMPLATE, stored)
    assert first.startswith(TEMPLATE) and parse_config(first)[0].pin_hash == stored
    second = set_pin_hash(first, hash_pin("1357"))
    assert second.count("pin_hash =") == 1 and verify_pin(
        "1357", parse_config(second)[0].pin_hash or ""
    )
    bare = set_pin_hash("[kiosk]\ncountdown = 5\n", stored)
    assert parse_config(bare) == (KioskConfig(countdown_s=5, pin_hash=stored), [])
    middle = set_pin_hash("[admin]\n\n[kiosk]\ncountdown = 5\n", stored)
    assert middle.index("pin_hash") < middle.index("[kiosk]")
    assert parse_config(middle)[0].pin_hash == stored


def test_pin_hash_is_salted_and_checks_only_the_right_pin() -> None:
    one, two = hash_pin("2468"), hash_pin("2468")
    assert one != two and "2468" not in one
    assert verify_pin("2468", one) and verify_pin("2468", two)
    assert not verify_pin("2469", one) and not verify_pin("", one)
    assert is_pin_hash(one) and not is_pin_hash("2468")
    broken = one.split("$")
    broken[1] = str(2**30)  # a tampered cost must not make the check eat all memory
    assert not verify_pin("2468", "$".join(broken))


@pytest.mark.parametrize(
    ("pin", "ok"),
    [
        ("2468", True),
        ("123456789012", True),
        ("123", False),
        ("1234567890123", False),
        ("12 4", False),
        ("١٢٣٤", False),
    ],
)
def test_a_pin_is_four_to_twelve_ascii_digits(pin: str, ok: bool) -> None:
    assert (pin_problem(pin) is None) is ok


def test_opening_hours_and_their_next_change() -> None:
    hours = OpeningHours(
        (parse_day("09:00-12:00, 13:00-17:00"),) * 5 + ((), parse_day("10:00-24:00"))
    )
    assert hours.is_open(MONDAY.replace(hour=9)) and not hours.is_open(MONDAY)
    assert hours.next_change(MONDAY) == MONDAY.replace(hour=13)
    friday_evening = datetime(2024, 6, 7, 17, 0)
    assert not hours.is_open(friday_evening)
    assert hours.next_change(friday_evening) == datetime(2024, 6, 9, 10, 0)  # Sunday 10:00
    sunday_night = datetime(2024, 6, 9, 23, 59)
    assert hours.is_open(sunday_night)
    assert hours.next_change(sunday_night) == datetime(2024, 6, 10, 0, 0)  # Monday 00:00
    assert ALWAYS_OPEN.next_change(MONDAY) is None and ALWAYS_OPEN.is_open(MONDAY)


@pytest.mark.parametrize("text", ["9-17", "09:00-09:00", "08:00-12:00, 11:00-13:00", "25:00-26:00"])
def test_impossible_hours_are_refused(text: str) -> None:
    with pytest.raises(ValueError):
        parse_day(text)


def test_five_taps_within_three_seconds_complete_the_gesture() -> None:
    taps = TapSequence()
    assert [taps.tap(t) for t in (0.0, 0.5, 1.0, 1.5)] == [False] * 4
    assert taps.tap(2.0)
    assert not taps.tap(2.1)  # it starts over
    slow = TapSequence()
    assert not any(slow.tap(t) for t in (0.0, 0.8, 1.6, 2.4, 3.2))  # the first fell out


def test_backoff_doubles_up_to_a_cap_and_resets() -> None:
    backoff = Backoff(base_s=1.0, cap_s=20.0)
    assert [backoff.fail(100.0) for _ in range(7)] == [1, 2, 4, 8, 16, 20, 20]
    assert backoff.remaining(110.0) == 10.0 and backoff.remaining(200.0) == 0.0
    backoff.succeed()
    assert backoff.remaining(100.0) == 0.0 and backoff.fail(100.0) == 1


def test_the_setup_guide_shows_the_settings_file_exactly() -> None:
    guide = Path(__file__).resolve().parents[1] / "docs" / "kiosk-setup.md"
    assert f"```toml\n{TEMPLATE}```" in guide.read_text(encoding="utf-8")
