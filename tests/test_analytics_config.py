"""The settings file's ``analytics`` switch, and the ``navigation`` key beside it."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QWidget

from kiosk.core.kiosk_config import TEMPLATE, KioskConfig, parse_config


def test_analytics_are_on_and_navigation_at_the_top_by_default() -> None:
    assert KioskConfig().analytics is True
    assert KioskConfig().navigation == "top"
    # The template says so in words a member of staff can change.
    assert "\nanalytics = true\n" in TEMPLATE and '\nnavigation = "top"\n' in TEMPLATE


def test_both_keys_are_read() -> None:
    text = TEMPLATE.replace("analytics = true", "analytics = false").replace(
        'navigation = "top"', 'navigation = "bottom"'
    )
    config, problems = parse_config(text)
    assert problems == []
    assert config.analytics is False and config.navigation == "bottom"
    assert config.idle_timeout_s == 90  # the rest of the template as it was


@pytest.mark.parametrize(
    ("line", "says"),
    [
        ('analytics = "no"', 'must be true or false (without quotes), not "no"'),
        ("analytics = 0", "must be true or false"),
        ('navigation = "left"', 'must be "top" or "bottom", not "left"'),
        ('navigation = "Bottom"', 'must be "top" or "bottom"'),
        ("navigation = true", 'must be "top" or "bottom", not true'),
    ],
)
def test_a_bad_value_names_its_line_and_keeps_the_default(line: str, says: str) -> None:
    config, problems = parse_config(f"[kiosk]\ncountdown = 5\n{line}\n")
    assert [(p.line, p.fatal) for p in problems] == [(3, False)]
    assert says in problems[0].message and "using the default" in problems[0].message
    assert (config.analytics, config.navigation) == (True, "top")
    assert config.countdown_s == 5


def test_the_keys_belong_in_the_kiosk_section() -> None:
    _, problems = parse_config('[admin]\nanalytics = false\n[opening_hours]\nnavigation = "top"\n')
    assert [p.line for p in problems] == [2, 4]
    assert all("unknown setting" in p.message for p in problems)


def test_the_setup_guide_documents_both_keys() -> None:
    guide = (Path(__file__).resolve().parents[1] / "docs" / "kiosk-setup.md").read_text("utf-8")
    assert f"```toml\n{TEMPLATE}```" in guide  # the whole file, as set-pin writes it
    assert "`analytics = false` records nothing" in guide
    assert '`navigation = "bottom"`' in guide


def test_a_desktop_window_keeps_no_visitor_log(qtbot, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Without kiosk mode's idle reset one visitor cannot be told from the next."""
    from kiosk.commands.run import open_window

    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    kiosk = open_window(None, None, "overview", kiosk_mode=False, screen=None)
    assert kiosk is not None
    qtbot.addWidget(kiosk.window)
    assert kiosk.log is None and kiosk.session is None
    assert not kiosk.visits.tracker.in_session


@pytest.mark.parametrize("edge", ["top", "bottom"])
def test_kiosk_mode_puts_the_navigation_where_the_settings_say(
    qtbot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    edge: str,  # type: ignore[no-untyped-def]
) -> None:
    from tests.session_harness import close_kiosk_mode, open_kiosk_mode, settings_text

    text = settings_text().replace('navigation = "top"', f'navigation = "{edge}"')
    assert f'navigation = "{edge}"' in text
    run = open_kiosk_mode(tmp_path, monkeypatch, text)
    try:
        window = run.kiosk.window
        assert window.navigation_edge() == edge
        window.resize(1080, 1920)
        window.show()
        qtbot.waitExposed(window)
        nav = window.findChild(QWidget, "NavBar")
        assert nav is not None
        assert (nav.geometry().top() > window.height() // 2) == (edge == "bottom")
    finally:
        close_kiosk_mode(run)
