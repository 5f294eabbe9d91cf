"""``kiosk shot``: render one view offscreen to a PNG, exactly as the window shows it."""

from __future__ import annotations

import sys
from pathlib import Path

from kiosk import app as kiosk_app
from kiosk.commands.load import load_or_report
from kiosk.core.languages import Language

EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE = 0, 1, 2


def run_shot(
    view: str,
    output: Path,
    language: Language | None,
    size: tuple[int, int],
    content: Path | None,
    select: str | None,
) -> int:
    pack = load_or_report(content)
    if pack is None:
        return EXIT_PROBLEMS
    kiosk = kiosk_app.build(pack, language)
    window = kiosk.window
    window.setMinimumSize(1, 1)  # a shot may be smaller than the interactive minimum
    window.resize(*size)
    window.show()
    window.show_view(view)
    if select and not window.select(select):
        print(f"kiosk shot: no item {select!r} in the {view} view", file=sys.stderr)
        return EXIT_USAGE
    settle(kiosk.app)
    image = window.grab()
    output.parent.mkdir(parents=True, exist_ok=True)
    if not image.save(str(output), "PNG"):
        print(f"kiosk shot: could not write {output}", file=sys.stderr)
        return EXIT_PROBLEMS
    return EXIT_OK


def settle(app: object) -> None:
    """Let layouts, resizes and deferred paints finish before grabbing."""
    from PySide6.QtWidgets import QApplication

    assert isinstance(app, QApplication)
    for _ in range(3):
        app.processEvents()
