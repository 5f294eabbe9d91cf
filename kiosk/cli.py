"""The command line: ``kiosk [run|check|shot|set-pin] ...`` and ``kiosk --version``."""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from kiosk import __version__
from kiosk.core.languages import LANGUAGE_CODES, Language

VIEWS = ("overview", "climate", "industries", "timeline")
EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE = 0, 1, 2


class _Parser(argparse.ArgumentParser):
    """argparse that exits with the documented usage status (2) and no traceback."""

    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        self.exit(EXIT_USAGE, f"{self.prog}: error: {message}\n")


def _size(text: str) -> tuple[int, int]:
    try:
        width, height = (int(part) for part in text.lower().split("x"))
    except ValueError:
        raise argparse.ArgumentTypeError(f"size must look like 1920x1080, not {text!r}") from None
    if not (320 <= width <= 8192 and 320 <= height <= 8192):
        raise argparse.ArgumentTypeError("width and height must be between 320 and 8192")
    return width, height


def _parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="kiosk", description="Sister-City Kiosk")
    parser.add_argument("--version", action="version", version=f"kiosk {__version__}")
    commands = parser.add_subparsers(dest="command", parser_class=_Parser)
    run = commands.add_parser("run", help="open the kiosk (the default)")
    _add_run_options(run)
    check = commands.add_parser("check", help="validate a content pack")
    check.add_argument("directory", nargs="?", type=Path, help="pack folder (default: bundled)")
    check.add_argument(
        "--strict", action="store_true", help="also missing translations, unused media"
    )
    set_pin = commands.add_parser("set-pin", help="set the staff PIN of kiosk mode")
    set_pin.add_argument("--config", type=Path, help="settings file (default: this machine's)")
    # Caught only to refuse it: a PIN on the command line stays in shell history.
    set_pin.add_argument("pin", nargs="?", help=argparse.SUPPRESS)
    shot = commands.add_parser("shot", help="render one view offscreen to a PNG")
    shot.add_argument("view", choices=VIEWS)
    shot.add_argument("-o", "--output", required=True, type=Path)
    shot.add_argument("--lang", choices=LANGUAGE_CODES)
    shot.add_argument("--size", type=_size, default=(1920, 1080))
    shot.add_argument("--content", type=Path)
    shot.add_argument("--select", metavar="ID")
    return parser


def _add_run_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--kiosk", action="store_true", help="full screen, locked down")
    parser.add_argument("--content", type=Path, help="content pack folder")
    parser.add_argument("--lang", choices=LANGUAGE_CODES)
    parser.add_argument("--screen", type=int, default=None, metavar="N")
    parser.add_argument("--view", choices=VIEWS, default="overview")
    parser.add_argument(
        "--watch", action="store_true", help="reload the content pack when it changes"
    )
    parser.add_argument("--config", type=Path, help="kiosk settings file (default: this machine's)")


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``kiosk`` command; returns the exit status."""
    args_list = list(sys.argv[1:] if argv is None else argv)
    if not args_list or (args_list[0].startswith("--") and args_list[0] != "--version"):
        args_list.insert(0, "run")
    args = _parser().parse_args(args_list)
    logging.basicConfig(level=logging.WARNING, format="kiosk: %(levelname)s: %(message)s")
    if args.command == "check":
        return _check(args.directory, args.strict)
    if args.command == "shot":
        return _shot(args)
    if args.command == "set-pin":
        return _set_pin(args)
    return _run(args)


def _check(directory: Path | None, strict: bool) -> int:
    from kiosk.commands.check import run_check

    return run_check(directory, strict)


def _shot(args: argparse.Namespace) -> int:
    os.environ["QT_QPA_PLATFORM"] = "offscreen"  # before Qt is imported: no display needed
    from kiosk.commands.shot import run_shot

    language = Language.from_code(args.lang) if args.lang else None
    return run_shot(args.view, args.output, language, args.size, args.content, args.select)


def _run(args: argparse.Namespace) -> int:
    from kiosk.commands.run import has_display, no_display_message, run_kiosk

    if not has_display():
        print(no_display_message(), file=sys.stderr)
        return EXIT_USAGE
    language = Language.from_code(args.lang) if args.lang else None
    return run_kiosk(
        args.content,
        language,
        args.view,
        args.kiosk,
        args.screen,
        watch=args.watch,
        config=args.config,
    )


def _set_pin(args: argparse.Namespace) -> int:
    if args.pin is not None:
        print(
            "kiosk set-pin: the PIN is never taken from the command line (it would stay in "
            "the shell history); run `kiosk set-pin` and type it when asked",
            file=sys.stderr,
        )
        return EXIT_USAGE
    from kiosk.commands.set_pin import run_set_pin

    return run_set_pin(args.config)
