"""The visitor log of a real ``kiosk run --kiosk`` process under Xvfb, clicked by xdotool."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from kiosk.analytics.log_reader import read_log
from kiosk.analytics.log_writer import LOG_NAME
from tests.session_harness import PIN, settings_text
from tests.test_kiosk_xvfb import display, staff_exit, start

pytestmark = pytest.mark.skipif(shutil.which("Xvfb") is None, reason="Xvfb is not installed")
__all__ = ["display"]  # the shared Xvfb fixture, used by name


def test_a_visit_is_on_disk_while_it_lasts_and_complete_after_staff_exit(
    display: str, tmp_path: Path, qtbot
) -> None:  # type: ignore[no-untyped-def]
    config = tmp_path / "kiosk.toml"
    config.write_text(settings_text(PIN).replace("idle_timeout = 90", "idle_timeout = 600"))
    log = tmp_path / "data" / "sister-city-kiosk" / "Sister-City Kiosk" / "analytics"
    app = start(display, tmp_path, "--kiosk", "--config", str(config))
    try:
        assert not (log / LOG_NAME).exists()  # nobody has touched it yet
        app.xdotool("mousemove", "640", "500", "click", "1")  # the first visitor
        # Written as it happens, not kept for the exit: a power cut now loses no visit.
        qtbot.waitUntil(lambda: (log / LOG_NAME).exists(), timeout=10_000)
        assert [e.kind.value for e in read_log(log).events] == ["session_start"]
        staff_exit(app, qtbot)
    finally:
        app.stop()
    contents = read_log(log)
    assert contents.damaged == []
    kinds = [event.kind.value for event in contents.events]
    assert kinds[0] == "session_start" and kinds[-1] == "session_end"
    assert "view_shown" in kinds and kinds.count("session_start") == 1
