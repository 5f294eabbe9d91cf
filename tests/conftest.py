"""Shared test set-up. Qt must run offscreen before anything imports it."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

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
