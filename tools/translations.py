"""Refresh the interface translations (.ts) from tr() calls, or compile them to .qm.

python tools/translations.py update   # pyside6-lupdate over kiosk/: new strings appear
python tools/translations.py compile  # pyside6-lrelease: .ts -> .qm the kiosk loads
python tools/translations.py verify   # fail if a string is untranslated or a .qm is stale
"""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FOLDER = ROOT / "resources" / "translations"
LANGUAGES = {"zh": "zh_CN", "ur": "ur_PK"}


def _tool(name: str) -> str:
    candidate = Path(sys.executable).with_name(f"pyside6-{name}")
    return str(candidate) if candidate.exists() else f"pyside6-{name}"


def ts_file(code: str) -> Path:
    return FOLDER / f"kiosk_{code}.ts"


def update() -> None:
    sources = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "kiosk").rglob("*.py"))
    for code, locale in LANGUAGES.items():
        subprocess.run(
            [
                _tool("lupdate"),
                "-no-obsolete",
                "-target-language",
                locale,
                *sources,
                "-ts",
                str(ts_file(code).relative_to(ROOT)),
            ],
            check=True,
            cwd=ROOT,
        )


def compile_all() -> None:
    for code in LANGUAGES:
        qm = ts_file(code).with_suffix(".qm")
        subprocess.run(
            [_tool("lrelease"), "-silent", str(ts_file(code)), "-qm", str(qm)], check=True
        )


def untranslated(code: str) -> list[str]:
    """Source strings in the .ts that have no finished translation."""
    tree = ET.parse(ts_file(code))
    missing = []
    for message in tree.iter("message"):
        if not _finished(message.find("translation")):
            missing.append(message.findtext("source", ""))
    return missing


def _finished(translation: ET.Element | None) -> bool:
    if translation is None or translation.get("type") in ("unfinished", "vanished", "obsolete"):
        return False
    return bool((translation.text or "").strip()) or translation.find("numerusform") is not None


def verify() -> int:
    status = 0
    for code in LANGUAGES:
        for source in untranslated(code):
            print(f"{ts_file(code).relative_to(ROOT)}: untranslated: {source!r}")
            status = 1
    return status


if __name__ == "__main__":
    command = sys.argv[1] if len(sys.argv) > 1 else "compile"
    if command == "update":
        update()
    elif command == "compile":
        compile_all()
    elif command == "verify":
        sys.exit(verify())
    else:
        sys.exit(f"usage: {sys.argv[0]} update|compile|verify")
