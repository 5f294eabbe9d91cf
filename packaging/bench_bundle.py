"""Start-up of the PyInstaller bundle beside running from source, with the same benchmark.

    .venv/bin/python packaging/bench_bundle.py [--runs 9] [--no-build]

The start-up benchmark (benchmarks/first_paint.py: process start to first painted frame,
offscreen) cannot run inside the kiosk bundle, which has no Python to give a script to.
So this builds ``first_paint.spec``: the *same* first_paint.py, frozen exactly as the kiosk
bundle is (same Qt whitelist, resources, pack, stripping), into build/bench/. Then it times,
alternating so machine noise hits all of them alike:

- source bare / kiosk:  ``python benchmarks/first_paint.py bare|kiosk``
- bundle bare / kiosk:  ``build/bench/dist/first-paint/first-paint bare|kiosk``

and, as a check on the shipped executable itself, the wall time of
``kiosk shot overview`` from source (``python -m kiosk``) and from dist/sister-city-kiosk/.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
BENCH = ROOT / "build" / "bench"
FIRST_PAINT = BENCH / "dist" / "first-paint" / "first-paint"
KIOSK_BUNDLE = ROOT / "dist" / "sister-city-kiosk" / "kiosk"


def build() -> None:
    subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--log-level",
            "WARN",
            "--distpath",
            str(BENCH / "dist"),
            "--workpath",
            str(BENCH / "work"),
            str(HERE / "first_paint.spec"),
        ],
        check=True,
        cwd=ROOT,
    )


def _env(command: list[str]) -> dict[str, str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env.pop("PYTHONPATH", None)
    if command[0] == sys.executable:  # from source, as benchmarks/bench.py runs it
        env["PYTHONPATH"] = str(ROOT)
    return env


def first_paint(command: list[str]) -> float:
    """Seconds from just before starting ``command`` to the first frame it reports."""
    started = time.monotonic()
    result = subprocess.run(command, capture_output=True, text=True, env=_env(command), cwd=ROOT)
    painted = [line for line in result.stdout.splitlines() if line.startswith("FIRST_PAINT ")]
    if result.returncode != 0 or not painted:
        raise RuntimeError(f"{command} failed ({result.returncode}): {result.stderr[-2000:]}")
    return float(painted[0].split()[1]) - started


def wall(command: list[str]) -> float:
    started = time.monotonic()
    subprocess.run(command, check=True, env=_env(command), cwd=ROOT, capture_output=True)
    return time.monotonic() - started


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=9, help="measured runs of each")
    parser.add_argument("--no-build", action="store_true", help="reuse build/bench/")
    args = parser.parse_args()
    if not args.no_build or not FIRST_PAINT.exists():
        build()
    source = [sys.executable, str(ROOT / "benchmarks" / "first_paint.py")]
    out = Path(tempfile.mkdtemp()) / "overview.png"
    cases = {
        "source bare": lambda: first_paint([*source, "bare"]),
        "source kiosk": lambda: first_paint([*source, "kiosk"]),
        "bundle bare": lambda: first_paint([str(FIRST_PAINT), "bare"]),
        "bundle kiosk": lambda: first_paint([str(FIRST_PAINT), "kiosk"]),
    }
    if KIOSK_BUNDLE.exists():
        shot = ["shot", "overview", "-o", str(out)]
        cases["source `kiosk shot overview`"] = lambda: wall([sys.executable, "-m", "kiosk", *shot])
        cases["bundle `kiosk shot overview`"] = lambda: wall([str(KIOSK_BUNDLE), *shot])
    for measure in cases.values():  # warm the file cache, unmeasured
        measure()
    times: dict[str, list[float]] = {name: [] for name in cases}
    for _ in range(args.runs):
        for name, measure in cases.items():
            times[name].append(measure())
    load = os.getloadavg()[0]
    print(f"median of {args.runs} runs, ms (load average {load:.1f} on {os.cpu_count()} CPUs)")
    medians = {name: statistics.median(values) * 1000 for name, values in times.items()}
    for name, value in medians.items():
        spread = (min(times[name]) * 1000, max(times[name]) * 1000)
        print(f"  {name:<32}{value:8.0f}   (min {spread[0]:.0f}, max {spread[1]:.0f})")
    print(f"  kiosk / bare, source:  {medians['source kiosk'] / medians['source bare']:.2f}")
    print(f"  kiosk / bare, bundle:  {medians['bundle kiosk'] / medians['bundle bare']:.2f}")
    print(f"  bundle / source, kiosk: {medians['bundle kiosk'] / medians['source kiosk']:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
