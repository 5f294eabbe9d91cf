"""Content updates with ``--watch``: a clean pack is taken, a bad one never replaces it."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel

from kiosk.session.pack_snapshots import PackSnapshots, Refusal
from tests.session_harness import KioskRun, close_kiosk_mode, open_kiosk_mode, settings_text

HERO = 'title:\n  en: "Karachi"'


@pytest.fixture
def pack(karachi_root: Path, tmp_path: Path) -> Path:
    target = tmp_path / "pack"
    shutil.copytree(karachi_root, target)
    return target


@pytest.fixture
def watching(
    qtbot, tmp_path: Path, pack: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[KioskRun]:  # type: ignore[no-untyped-def]
    run = open_kiosk_mode(tmp_path, monkeypatch, settings_text(), content=pack, watch=True)
    qtbot.addWidget(run.kiosk.window)
    qtbot.waitExposed(run.kiosk.window)
    yield run
    close_kiosk_mode(run)


def hero(run: KioskRun) -> str:
    label = run.kiosk.window.view("overview").findChild(QLabel, "Hero")
    assert label is not None
    return label.text()


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new), encoding="utf-8")


def test_a_bad_update_is_refused_and_the_old_content_stays(
    watching: KioskRun, pack: Path, qtbot, caplog: pytest.LogCaptureFixture
) -> None:
    assert hero(watching) == "Karachi"
    packs = watching.parts.packs
    with qtbot.waitSignal(packs.refused, timeout=10_000) as refused:
        edit(pack / "overview.yaml", HERO, 'title:\n  en: "Karachi"\n  en: "Twice"')
    assert any(line.startswith(f"{pack / 'overview.yaml'}:") for line in refused.args[0])
    assert "refused; the current content stays" in caplog.text
    assert hero(watching) == "Karachi"
    assert watching.kiosk.window.isVisible()


def test_a_clean_update_is_shown(watching: KioskRun, pack: Path, qtbot) -> None:
    with qtbot.waitSignal(watching.parts.packs.reloaded, timeout=10_000):
        edit(pack / "overview.yaml", HERO, 'title:\n  en: "Karachi, City of Lights"')
    assert hero(watching) == "Karachi, City of Lights"
    assert watching.kiosk.window.current_view_name() == "overview"


def test_the_kiosk_shows_a_checked_copy_not_the_folder_itself(watching: KioskRun) -> None:
    # The copy is what the views read: files being copied in cannot reach them half-done.
    copies = [path.parent for path in watching.data.rglob("pack.yaml")]
    assert len(copies) == 1 and copies[0].name.startswith("pack-")
    assert hero(watching) == "Karachi"


def test_after_a_restart_a_bad_folder_falls_back_to_the_last_good_copy(
    qtbot, tmp_path: Path, pack: Path, monkeypatch: pytest.MonkeyPatch, caplog
) -> None:
    first = open_kiosk_mode(tmp_path, monkeypatch, settings_text(), content=pack, watch=True)
    close_kiosk_mode(first)
    first.kiosk.window.deleteLater()
    edit(pack / "overview.yaml", HERO, 'title:\n  en: "Karachi"\n  en: "Twice"')
    again = open_kiosk_mode(tmp_path, monkeypatch, settings_text(), content=pack, watch=True)
    qtbot.addWidget(again.kiosk.window)
    try:
        assert hero(again) == "Karachi"
        assert "showing the last good copy" in caplog.text
    finally:
        close_kiosk_mode(again)


def test_snapshots_refuse_a_link_that_leaves_the_pack(pack: Path, tmp_path: Path) -> None:
    (pack / "overview.yaml").unlink()
    (pack / "overview.yaml").symlink_to(tmp_path / "elsewhere.yaml")
    (tmp_path / "elsewhere.yaml").write_text("title: {en: x}\n", encoding="utf-8")
    result = PackSnapshots(tmp_path / "store").take(pack)
    assert isinstance(result, Refusal)
    assert not list((tmp_path / "store").glob("pack-*"))  # nothing half-kept
