"""Finds and reads the machine's kiosk settings file in Qt's standard per-machine places."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QStandardPaths

from kiosk.core.kiosk_config import FILE_NAME, KioskConfig, parse_config

log = logging.getLogger(__name__)
_CONFIG = QStandardPaths.StandardLocation.AppConfigLocation


def writable_config_path() -> Path:
    """Where ``kiosk set-pin`` writes when no ``--config`` is given (this user's folder)."""
    return Path(QStandardPaths.writableLocation(_CONFIG)) / FILE_NAME


def config_path(override: Path | None = None) -> Path:
    """The file to read: ``override``, else the first existing standard one, else the user's.

    Qt searches the user's folder first, then the system-wide ones (``/etc/xdg/...`` on
    Linux, ``C:/ProgramData/...`` on Windows), so one file can serve every user.
    """
    if override is not None:
        return override
    found = QStandardPaths.locate(_CONFIG, FILE_NAME)
    return Path(found) if found else writable_config_path()


def load_config(path: Path) -> KioskConfig:
    """The settings in ``path``; every problem is logged with its line, then defaults apply."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        log.info("no kiosk settings at %s; using the defaults (see docs/kiosk-setup.md)", path)
        return KioskConfig()
    except (OSError, UnicodeDecodeError) as error:
        log.error("cannot read kiosk settings %s (%s); using the defaults", path, error)
        return KioskConfig()
    config, problems = parse_config(text)
    for problem in problems:
        log.error("%s:%d: %s", path, problem.line, problem.message)
    if config.pin_hash is None:
        log.warning(
            "no staff PIN is set in %s, so the staff pad cannot exit the kiosk; "
            "set one with `kiosk set-pin`",
            path,
        )
    return config
