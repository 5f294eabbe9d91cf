"""Regenerate the README's screenshots: every view, language and orientation.

python tools/make_shots.py docs/screenshots
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

VIEWS = ("overview", "climate", "industries", "timeline")
LANGUAGES = ("en", "zh", "ur")
SIZES = {"": "1920x1080", "-portrait": "1080x1920"}


def main(folder: Path) -> int:
    folder.mkdir(parents=True, exist_ok=True)
    for view in VIEWS:
        for language in LANGUAGES:
            for suffix, size in SIZES.items():
                out = folder / f"{view}-{language}{suffix}.png"
                command = [
                    sys.executable,
                    "-m",
                    "kiosk",
                    "shot",
                    view,
                    "-o",
                    str(out),
                    "--lang",
                    language,
                    "--size",
                    size,
                ]
                if subprocess.run(command, check=False).returncode != 0:
                    print(f"failed: {' '.join(command)}", file=sys.stderr)
                    return 1
                print(out)
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots")))
