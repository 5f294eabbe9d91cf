"""``kiosk check``: validate a content pack and print one line per problem."""

from __future__ import annotations

import sys
from pathlib import Path

from kiosk.content.loader import check_pack
from kiosk.core import paths

EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE = 0, 1, 2


def run_check(directory: Path | None, strict: bool) -> int:
    """Print ``FILE:LINE:COL: message`` lines; 0 clean, 1 problems, 2 unreadable folder."""
    root = directory if directory is not None else paths.default_pack()
    if not root.is_dir():
        print(f"kiosk check: {root}: not a readable folder", file=sys.stderr)
        return EXIT_USAGE
    try:
        problems = check_pack(root, strict=strict)
    except OSError as error:
        print(f"kiosk check: {root}: cannot read: {error.strerror or error}", file=sys.stderr)
        return EXIT_USAGE
    for problem in problems:
        # The file as the user passed the folder, so an editor can jump to it.
        print(f"{root / problem.file}:{problem.line}:{problem.column}: {problem.message}")
    if problems:
        print(f"{len(problems)} problem(s) in {root}", file=sys.stderr)
        return EXIT_PROBLEMS
    return EXIT_OK
