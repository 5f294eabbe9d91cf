"""``kiosk set-pin``: ask for the staff PIN on the terminal and store only its salted hash.

Exit status: 0 saved, 1 not saved (PINs differ, not a valid PIN, settings file broken or
not writable), 2 usage error.
"""

from __future__ import annotations

import getpass
import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

from kiosk.core.kiosk_config import TEMPLATE, parse_config, set_pin_hash
from kiosk.core.pin_hash import MAX_DIGITS, MIN_DIGITS, hash_pin, pin_problem

EXIT_OK, EXIT_PROBLEMS = 0, 1

Ask = Callable[[str], str]


def run_set_pin(config: Path | None, ask: Ask = getpass.getpass) -> int:
    """Read the PIN twice with ``ask`` (no echo), then write its hash into the settings."""
    path = _settings_path(config)
    pin = _read_pin(ask)
    if pin is None:
        return EXIT_PROBLEMS
    text = _current_text(path)
    if text is None:
        return EXIT_PROBLEMS
    try:
        _write_private(path, set_pin_hash(text, hash_pin(pin)))
    except OSError as error:
        print(f"kiosk set-pin: cannot write {path}: {error}", file=sys.stderr)
        return EXIT_PROBLEMS
    print(f"Staff PIN saved in {path} (as a salted hash; the PIN itself is not stored).")
    return EXIT_OK


def _settings_path(config: Path | None) -> Path:
    """The file ``kiosk run --kiosk`` would read, so the PIN lands where it is looked for."""
    from kiosk.app import name_application
    from kiosk.session.config import config_path

    name_application()
    return config_path(config)


def _read_pin(ask: Ask) -> str | None:
    try:
        pin = ask(f"New staff PIN ({MIN_DIGITS}-{MAX_DIGITS} digits): ")
        problem = pin_problem(pin)
        if problem is not None:
            print(f"kiosk set-pin: {problem}; nothing changed", file=sys.stderr)
            return None
        if ask("The same PIN again: ") != pin:
            print("kiosk set-pin: the two PINs differ; nothing changed", file=sys.stderr)
            return None
    except (EOFError, KeyboardInterrupt):
        print("\nkiosk set-pin: cancelled; nothing changed", file=sys.stderr)
        return None
    return pin


def _current_text(path: Path) -> str | None:
    """The settings as they are (the documented template for a new file); None if broken."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return TEMPLATE
    except (OSError, UnicodeDecodeError) as error:
        print(f"kiosk set-pin: cannot read {path}: {error}", file=sys.stderr)
        return None
    _, problems = parse_config(text)
    broken = [problem for problem in problems if problem.fatal]
    for problem in broken:
        print(f"{path}:{problem.line}: {problem.message}", file=sys.stderr)
    if broken:
        print("kiosk set-pin: fix the settings file first; nothing changed", file=sys.stderr)
        return None
    return text


def _write_private(path: Path, text: str) -> None:
    """Replace the file in one step; a new one is readable by its owner only."""
    path.parent.mkdir(parents=True, exist_ok=True)
    mode = path.stat().st_mode & 0o777 if path.exists() else 0o600
    handle, temporary = tempfile.mkstemp(prefix=".kiosk-", suffix=".toml", dir=path.parent)
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as stream:
            stream.write(text)
        os.chmod(temporary, mode)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
