"""The command line: ``kiosk [run|check|shot|set-pin|report] ...`` and ``kiosk --version``."""

from __future__ import annotations

import argparse
import logging
import os
import re
import sys
from collections.abc import Sequence
from datetime import date
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


def _date(text: str) -> date:
    # fromisoformat alone also takes "20240506" and week dates; staff are told of one form.
    try:
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
            raise ValueError
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"{text!r} is not a date written as YYYY-MM-DD, e.g. 2024-05-06"
        ) from None


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
    report = commands.add_parser(
        "report",
        help="what visitors looked at, from the visitor log",
        description="Sessions per day and hour, median session length, the most-viewed views, "
        "timeline events and industries, and the language split, from the kiosk's anonymous "
        "visitor log. Dates are YYYY-MM-DD; both days are included.",
    )
    _add_report_options(report)
    return parser


def _add_report_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--since", type=_date, metavar="DATE", help="first day, YYYY-MM-DD")
    parser.add_argument("--until", type=_date, metavar="DATE", help="last day, YYYY-MM-DD")
    parser.add_argument("--csv", type=Path, metavar="FILE", help="also write every figure here")
    parser.add_argument("--png", type=Path, metavar="FILE", help="also draw a chart here")
    parser.add_argument(
        "--log-dir", type=Path, metavar="DIR", help="log folder (default: this machine's)"
    )


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
    if args.command == "report":
        return _report(args)
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


def _report(args: argparse.Namespace) -> int:
    from kiosk.commands.report import run_report

    return run_report(args.log_dir, args.since, args.until, args.csv, args.png)


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
