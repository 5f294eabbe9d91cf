"""The staff door: the corner gesture, the PIN pad, backoff, the exit, and ``kiosk set-pin``."""

from __future__ import annotations

import os
import select
import shlex
import shutil
import stat
import subprocess
import sys
import time
from pathlib import Path
from typing import IO

import pytest
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtWidgets import QPushButton

from kiosk.cli import main
from kiosk.commands.set_pin import run_set_pin
from kiosk.core.kiosk_config import TEMPLATE, parse_config
from kiosk.core.languages import Language
from kiosk.core.pin_hash import verify_pin
from tests import session_harness
from tests.session_harness import (
    PIN,
    KioskRun,
    close_kiosk_mode,
    open_kiosk_mode,
    press_key,
    settings_text,
    tap,
    touch_screen,
)

kiosk_mode = session_harness.kiosk_mode  # the fixture, shared

CORNER = QPoint(12, 12)


def corner_taps(run: KioskRun, count: int) -> None:
    for _ in range(count):
        tap(run.kiosk.window, CORNER, touch_screen())


def type_pin(run: KioskRun, pin: str) -> None:
    for digit in pin:
        run.parts.pin_pad.press_digit(digit)
    run.parts.pin_pad.submit()


def test_five_corner_taps_open_the_pad_and_reach_nothing_beneath(kiosk_mode: KioskRun) -> None:
    # In Urdu the bar is mirrored: a language button sits in the top-left corner.
    kiosk_mode.kiosk.languages.set_language(Language.UR)
    pad = kiosk_mode.parts.pin_pad
    corner_taps(kiosk_mode, 4)
    assert not pad.isVisible()  # four taps (eight, if a touch counted twice) are not enough
    corner_taps(kiosk_mode, 1)
    assert pad.isVisible() and pad.has_pin
    assert kiosk_mode.kiosk.languages.language is Language.UR


def test_right_pin_exits_with_status_zero(kiosk_mode: KioskRun, qtbot) -> None:
    app = kiosk_mode.kiosk.app

    def staff_at_the_kiosk() -> None:
        corner_taps(kiosk_mode, 5)
        for digit in PIN:  # typed on the pad's own keys, as a finger would
            qtbot.mouseClick(pad_key(kiosk_mode, digit), Qt.MouseButton.LeftButton)
        press_key(kiosk_mode.kiosk.window, Qt.Key.Key_Return)
        qtbot.mouseClick(menu_exit(kiosk_mode), Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, staff_at_the_kiosk)
    hang_guard = QTimer()  # a failing test must not hang; stopped after, or it ends a later one
    hang_guard.setSingleShot(True)
    hang_guard.timeout.connect(lambda: app.exit(99))
    hang_guard.start(15_000)
    status = app.exec()
    hang_guard.stop()
    assert status == 0
    assert not kiosk_mode.parts.lockdown.engaged


def pad_key(run: KioskRun, digit: str) -> QPushButton:
    keys = [b for b in run.parts.pin_pad.findChildren(QPushButton) if b.text() == digit]
    assert len(keys) == 1
    return keys[0]


def menu_exit(run: KioskRun) -> QPushButton:
    buttons = [
        b for b in run.parts.pin_pad.findChildren(QPushButton) if b.property("role") == "danger"
    ]
    assert len(buttons) == 1 and buttons[0].isVisible()
    return buttons[0]


def test_wrong_pin_keeps_the_kiosk_and_backs_off(kiosk_mode: KioskRun, qtbot) -> None:
    pad = kiosk_mode.parts.pin_pad
    exits: list[bool] = []
    pad.exitRequested.connect(lambda: exits.append(True))
    pad.open()
    type_pin(kiosk_mode, "0000")
    first = pad.locked_seconds()
    assert 0.5 < first <= 1.0
    assert "Wrong PIN" in pad.message()
    type_pin(kiosk_mode, PIN)  # refused unread while locked, even the right one
    assert pad.entered() == 0 and not exits
    qtbot.waitUntil(lambda: "Wrong PIN" not in pad.message(), timeout=3000)
    assert pad.locked_seconds() == 0
    type_pin(kiosk_mode, "1111")
    assert 1.5 < pad.locked_seconds() <= 2.0  # twice as long the second time
    assert not exits and kiosk_mode.kiosk.window.isVisible()


def test_right_pin_opens_the_staff_menu_and_reload_reports(kiosk_mode: KioskRun) -> None:
    pad = kiosk_mode.parts.pin_pad
    pad.open()
    type_pin(kiosk_mode, PIN)
    assert menu_exit(kiosk_mode).isVisible()
    assert pad.status() == ""
    pad.reloadRequested.emit()
    assert "not changed" in pad.status()


def test_idle_closes_an_open_pad(kiosk_mode: KioskRun, qtbot) -> None:
    pad = kiosk_mode.parts.pin_pad
    pad.open()
    kiosk_mode.parts.idle.set_timeout_ms(200)
    with qtbot.waitSignal(pad.closed, timeout=3000):
        pass
    assert kiosk_mode.parts.countdown.isVisible()


def test_without_a_pin_the_pad_says_so(
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    run = open_kiosk_mode(tmp_path, monkeypatch, settings_text(pin=None))
    qtbot.addWidget(run.kiosk.window)
    try:
        assert "kiosk set-pin" in caplog.text  # said at start-up, in the log
        pad = run.parts.pin_pad
        corner_taps(run, 5)
        assert pad.isVisible() and not pad.has_pin
        assert "kiosk set-pin" in pad.message()
        type_pin(run, "1234")
        assert pad.isVisible() and pad.entered() == 0
    finally:
        close_kiosk_mode(run)


def test_set_pin_stores_a_salted_hash_only(tmp_path: Path) -> None:
    config = tmp_path / "settings" / "kiosk.toml"
    answers = iter(["735911", "735911"])
    assert run_set_pin(config, ask=lambda prompt: next(answers)) == 0
    text = config.read_text(encoding="utf-8")
    assert "735911" not in text
    parsed, problems = parse_config(text)
    assert problems == [] and parsed.pin_hash is not None
    assert verify_pin("735911", parsed.pin_hash) and not verify_pin("735912", parsed.pin_hash)
    assert stat.S_IMODE(config.stat().st_mode) == 0o600
    again = iter(["735911", "735911"])
    run_set_pin(config, ask=lambda prompt: next(again))
    other = parse_config(config.read_text(encoding="utf-8"))[0].pin_hash
    assert other != parsed.pin_hash  # a fresh salt each time


def test_set_pin_keeps_every_other_setting(tmp_path: Path) -> None:
    config = tmp_path / "kiosk.toml"
    config.write_text(TEMPLATE.replace("idle_timeout = 90", "idle_timeout = 45"), encoding="utf-8")
    answers = iter(["2468", "2468"])
    assert run_set_pin(config, ask=lambda prompt: next(answers)) == 0
    text = config.read_text(encoding="utf-8")
    assert text.startswith(TEMPLATE.replace("idle_timeout = 90", "idle_timeout = 45"))
    assert parse_config(text)[0].idle_timeout_s == 45


@pytest.mark.parametrize(
    ("answers", "says"),
    [(["2468", "2469"], "differ"), (["12a4", "12a4"], "digits only"), (["12", "12"], "4 to 12")],
)
def test_set_pin_refuses_and_changes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], answers: list[str], says: str
) -> None:
    config = tmp_path / "kiosk.toml"
    config.write_text(TEMPLATE, encoding="utf-8")
    given = iter(answers)
    assert run_set_pin(config, ask=lambda prompt: next(given)) == 1
    assert says in capsys.readouterr().err
    assert config.read_text(encoding="utf-8") == TEMPLATE


def test_set_pin_refuses_a_broken_settings_file(tmp_path: Path, capsys) -> None:
    config = tmp_path / "kiosk.toml"
    config.write_text("[kiosk]\nidle_timeout = = 3\n", encoding="utf-8")
    answers = iter(["2468", "2468"])
    assert run_set_pin(config, ask=lambda prompt: next(answers)) == 1
    assert f"{config}:2:" in capsys.readouterr().err


def test_set_pin_never_takes_the_pin_from_the_command_line(capsys) -> None:
    assert main(["set-pin", "2468"]) == 2
    assert "never taken from the command line" in capsys.readouterr().err


@pytest.mark.skipif(shutil.which("script") is None, reason="needs script(1) for a terminal")
def test_set_pin_asks_on_the_terminal_and_never_echoes(tmp_path: Path) -> None:
    """``kiosk set-pin`` as staff type it: on a real terminal, prompt by prompt."""
    config = tmp_path / "kiosk.toml"
    command = shlex.join([sys.executable, "-m", "kiosk", "set-pin", "--config", str(config)])
    terminal = subprocess.Popen(
        ["script", "-qec", command, "/dev/null"],  # gives the command a terminal of its own
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
    )
    assert terminal.stdin is not None and terminal.stdout is not None
    transcript = b""
    for prompt in (b"digits): ", b"again: "):
        transcript += read_until(terminal.stdout, prompt)
        terminal.stdin.write(b"735911\n")  # typed only once asked: getpass drops typed-ahead keys
        terminal.stdin.flush()
    rest, _ = terminal.communicate(timeout=60)
    transcript += rest
    assert terminal.returncode == 0, transcript
    assert b"735911" not in transcript  # not echoed
    stored = parse_config(config.read_text(encoding="utf-8"))[0].pin_hash
    assert stored is not None and verify_pin("735911", stored)


def read_until(stream: IO[bytes], marker: bytes, timeout_s: float = 60) -> bytes:
    data = b""
    deadline = time.monotonic() + timeout_s
    while marker not in data:
        ready, _, _ = select.select([stream], [], [], max(0.0, deadline - time.monotonic()))
        chunk = os.read(stream.fileno(), 1024) if ready else b""
        assert chunk, f"no {marker!r} from the terminal; got {data!r}"
        data += chunk
    return data


def test_pad_opened_over_the_attract_loop_stays_on_top_and_closes_when_left(
    kiosk_mode: KioskRun, qtbot
) -> None:
    window, parts = kiosk_mode.kiosk.window, kiosk_mode.parts
    parts.attract.start()
    corner_taps(kiosk_mode, 5)
    pad = parts.pin_pad
    assert pad.isVisible() and parts.attract.is_running()
    on_top = window.childAt(window.rect().center())
    assert on_top is pad or pad.isAncestorOf(on_top)
    parts.idle.set_timeout_ms(200)
    with qtbot.waitSignal(pad.closed, timeout=3000):
        pass
    assert parts.attract.is_running() and not parts.countdown.isVisible()
