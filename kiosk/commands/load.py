"""Loads the pack for the commands that open a window, reporting problems as check does."""

from __future__ import annotations

import sys
from pathlib import Path

from kiosk.app import pack_root
from kiosk.content.loader import load_pack
from kiosk.content.model import Pack
from kiosk.content.problems import PackError


def load_or_report(content: Path | None) -> Pack | None:
    """The pack, or None after printing its problems (never a traceback)."""
    root = pack_root(content)
    if not root.is_dir():
        print(f"kiosk: content pack {root} is not a readable folder", file=sys.stderr)
        return None
    try:
        return load_pack(root)
    except PackError as error:
        for problem in error.problems:
            print(
                f"{root / problem.file}:{problem.line}:{problem.column}: {problem.message}",
                file=sys.stderr,
            )
        print(
            f"kiosk: the content pack {root} has problems; run `kiosk check {root}`",
            file=sys.stderr,
        )
        return None
    except OSError as error:
        print(f"kiosk: cannot read content pack {root}: {error}", file=sys.stderr)
        return None
