"""Shared test set-up. Qt must run offscreen before anything imports it."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import gc
from collections.abc import Iterator
from pathlib import Path

import pytest

from kiosk.content.loader import load_pack
from kiosk.content.model import Pack
from kiosk.core import paths
from kiosk.core.languages import Language

ALL_LANGUAGES = list(Language)


@pytest.fixture(scope="session")
def karachi_root() -> Path:
    return paths.default_pack()


@pytest.fixture(scope="session")
def karachi(karachi_root: Path) -> Pack:
    """The shipped pack, loaded once."""
    return load_pack(karachi_root)


@pytest.fixture
def kiosk(qtbot, karachi: Pack) -> Iterator[object]:  # type: ignore[no-untyped-def]
    """The real main window on the shipped pack, in English, 1600x900."""
    from kiosk import app as kiosk_app

    built = kiosk_app.build(karachi, Language.EN)
    qtbot.addWidget(built.window)
    built.window.resize(1600, 900)
    built.window.show()
    qtbot.waitExposed(built.window)
    yield built
    built.languages.set_language(Language.EN)


@pytest.fixture(autouse=True)
def kiosks_live_until_teardown(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Keep every kiosk a test builds alive until the test is torn down.

    pytest-qt holds windows weakly, and a kiosk's window sits in reference cycles: once
    the test function returns, Python's collector may free it at any allocation, even
    in the middle of one of its own paint events that pytest-qt delivers afterwards.
    """
    from kiosk import app as kiosk_app

    built: list[object] = []
    build = kiosk_app.build

    def build_and_keep(*args, **kwargs):  # type: ignore[no-untyped-def]
        kiosk = build(*args, **kwargs)
        built.append(kiosk)
        return kiosk

    monkeypatch.setattr(kiosk_app, "build", build_and_keep)
    yield
    built.clear()
    gc.collect()
