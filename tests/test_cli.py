"""The command line as a user runs it: exit codes, output format, no tracebacks."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

PROBLEM_LINE = re.compile(r"^(?P<file>[^:]+):(?P<line>\d+):(?P<col>\d+): .+$")


def kiosk(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "kiosk", *args],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
        check=False,
    )


def assert_no_traceback(result: subprocess.CompletedProcess[str]) -> None:
    assert "Traceback" not in result.stderr + result.stdout


def copy_pack(karachi_root: Path, tmp_path: Path) -> Path:
    target = tmp_path / "pack"
    shutil.copytree(karachi_root, target)
    return target


def test_version() -> None:
    result = kiosk("--version")
    assert result.returncode == 0
    assert re.match(r"kiosk \d+\.\d+\.\d+", result.stdout)


def test_shipped_pack_is_clean_in_strict_mode(karachi_root: Path) -> None:
    result = kiosk("check", str(karachi_root), "--strict")
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout == ""


def test_unreadable_folder_is_a_usage_error(tmp_path: Path) -> None:
    result = kiosk("check", str(tmp_path / "missing"))
    assert result.returncode == 2
    assert_no_traceback(result)


def test_unknown_option_is_a_usage_error() -> None:
    result = kiosk("check", "--no-such-option")
    assert result.returncode == 2
    assert_no_traceback(result)


def _break(pack: Path, file: str, old: str, new: str) -> None:
    path = pack / file
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} not in {file}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def _expect_problem(pack: Path, file: str, *args: str) -> list[str]:
    result = kiosk("check", str(pack), *args)
    assert result.returncode == 1, result.stdout + result.stderr
    assert_no_traceback(result)
    lines = result.stdout.splitlines()
    assert lines and all(PROBLEM_LINE.match(line) for line in lines), lines
    assert any(line.startswith(str(pack / file) + ":") for line in lines), lines
    return lines


def test_unknown_key(karachi_root: Path, tmp_path: Path) -> None:
    pack = copy_pack(karachi_root, tmp_path)
    _break(pack, "pack.yaml", "\nsources:", "\ncolour: red\nsources:")
    lines = _expect_problem(pack, "pack.yaml")
    assert any("colour" in line for line in lines)


def test_missing_translation_only_in_strict(karachi_root: Path, tmp_path: Path) -> None:
    pack = copy_pack(karachi_root, tmp_path)
    text = (pack / "timeline.yaml").read_text(encoding="utf-8")
    broken = re.sub(r"\n(\s+)ur: [^\n]*", "", text, count=1)
    assert broken != text
    (pack / "timeline.yaml").write_text(broken, encoding="utf-8")
    assert kiosk("check", str(pack)).returncode == 0
    _expect_problem(pack, "timeline.yaml", "--strict")


def test_impossible_date(karachi_root: Path, tmp_path: Path) -> None:
    pack = copy_pack(karachi_root, tmp_path)
    _break(pack, "overview.yaml", '"2021-12-09"', '"2021-02-30"')
    _expect_problem(pack, "overview.yaml")


def test_media_path_leaving_the_pack(karachi_root: Path, tmp_path: Path) -> None:
    pack = copy_pack(karachi_root, tmp_path)
    text = (pack / "timeline.yaml").read_text(encoding="utf-8")
    events = text.index("\nevents:")
    tail = re.sub(r"(\n  - id: [^\n]+\n)", r"\1    image: ../secret.png\n", text[events:], count=1)
    text = text[:events] + tail
    (pack / "timeline.yaml").write_text(text, encoding="utf-8")
    lines = _expect_problem(pack, "timeline.yaml")
    assert any("secret.png" in line or ".." in line for line in lines)


def test_run_without_display_says_so(tmp_path: Path) -> None:
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    }
    result = kiosk("run", env=env)
    assert result.returncode == 2
    assert len(result.stderr.strip().splitlines()) == 1
    assert "display" in result.stderr
    assert_no_traceback(result)


@pytest.mark.parametrize("view", ["overview", "climate", "industries", "timeline"])
def test_shot_writes_png_of_requested_size(view: str, tmp_path: Path) -> None:
    out = tmp_path / f"{view}.png"
    result = kiosk("shot", view, "-o", str(out), "--size", "1280x800", "--lang", "ur")
    assert result.returncode == 0, result.stderr
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1280, 800)
    assert_no_traceback(result)


def test_shot_selects_an_item(karachi, tmp_path: Path) -> None:
    event = karachi.timeline.events[-1].id
    out = tmp_path / "t.png"
    result = kiosk("shot", "timeline", "-o", str(out), "--select", event)
    assert result.returncode == 0, result.stderr
    bad = kiosk("shot", "timeline", "-o", str(out), "--select", "no-such-event")
    assert bad.returncode == 2
    assert_no_traceback(bad)
