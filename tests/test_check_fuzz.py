"""Fuzzing ``kiosk check`` on mutated copies of the shipped Karachi pack.

Whatever the damage — truncation, garbage bytes, deleted or doubled lines, alias bombs,
huge numbers, deep nesting — the command prints only ``FILE:LINE:COL: message`` lines,
exits 1, never shows a traceback, and stays within time and memory bounds.
"""

from __future__ import annotations

import contextlib
import io
import os
import re
import shutil
import tempfile
import time
import tracemalloc
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kiosk.commands.check import run_check
from kiosk.core import paths

EXAMPLES = int(os.environ.get("KIOSK_FUZZ_EXAMPLES", "25"))
FILES = ("pack.yaml", "overview.yaml", "climate.yaml", "industries.yaml", "timeline.yaml")
PROBLEM = re.compile(r"^.+:\d+:\d+: .+$")
MAX_SECONDS = 2.0
MAX_PEAK_BYTES = 64 * 1024 * 1024
BOMB = "a: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a]\n"


def _truncate(text: str, cut: int) -> str:
    return text[: cut % max(1, len(text) - 1)] + "\n  - id: [unclosed"


def _garbage(text: str, cut: int) -> str:
    at = cut % max(1, len(text))
    return text[:at] + "\x00\x07 \ufffe\t: : - [ {" + text[at:]


def _delete_line(text: str, cut: int) -> str:
    lines = text.splitlines(keepends=True)
    keys = [i for i, line in enumerate(lines) if line.strip().endswith(":")]
    del lines[keys[cut % len(keys)]]  # a key that opens a block: always a structural break
    return "".join(lines)


def _alias_bomb(text: str, cut: int) -> str:
    return BOMB + text


def _huge_number(text: str, cut: int) -> str:
    return re.sub(r"latitude: [-0-9.]+", "latitude: 9" + "9" * (50 + cut % 4000), text, count=1)


def _deep(text: str, cut: int) -> str:
    depth = 40 + cut % 200
    return "deep: " + "[" * depth + "]" * depth + "\n" + text


MUTATIONS = {
    "truncate": _truncate,
    "garbage": _garbage,
    "delete-key-line": _delete_line,
    "alias-bomb": _alias_bomb,
    "huge-number": _huge_number,
    "deep-nesting": _deep,
}


def _check(root: Path) -> tuple[int, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        status = run_check(root, strict=True)
    assert "Traceback" not in out.getvalue() + err.getvalue()
    return status, out.getvalue()


def _run(root: Path) -> tuple[int, str, float, int]:
    """Status, output, CPU seconds (other processes on a shared machine don't count) and
    peak traced memory; timed without tracemalloc, whose bookkeeping is slower than the check."""
    started = time.process_time()
    status, output = _check(root)
    elapsed = time.process_time() - started
    tracemalloc.start()
    _check(root)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return status, output, elapsed, peak


@settings(
    max_examples=EXAMPLES,
    deadline=None,  # timed inside, around the command alone
    suppress_health_check=[HealthCheck.too_slow],
)
@given(
    file=st.sampled_from(FILES),
    kind=st.sampled_from(sorted(MUTATIONS)),
    cut=st.integers(min_value=0, max_value=10**6),
)
def test_check_on_mutated_shipped_pack(file: str, kind: str, cut: int) -> None:
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder) / "karachi"
        shutil.copytree(paths.default_pack(), root)
        target = root / file
        mutated = MUTATIONS[kind](target.read_text(encoding="utf-8"), cut)
        if kind == "huge-number" and mutated == target.read_text(encoding="utf-8"):
            mutated = _garbage(mutated, cut)  # files without a latitude get garbage instead
        target.write_text(mutated, encoding="utf-8")
        status, output, elapsed, peak = _run(root)
    lines = output.splitlines()
    assert status == 1, (kind, file, output)
    assert lines and all(PROBLEM.match(line) for line in lines), lines[:3]
    assert elapsed < MAX_SECONDS, f"{kind} on {file} took {elapsed:.2f} s"
    assert peak < MAX_PEAK_BYTES, f"{kind} on {file} peaked at {peak / 2**20:.0f} MiB"


def test_shipped_pack_is_clean_through_the_command() -> None:
    status, output, _, _ = _run(paths.default_pack())
    assert (status, output) == (0, "")
