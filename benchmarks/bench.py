"""The kiosk's performance figures, each beside a bare PySide6 window measured in the same run.

    python -m benchmarks.bench            # prints a table, writes benchmarks/results.json
    python -m benchmarks.bench --check    # also exits 1 when a target is missed

Start-up and peak memory run in child processes (median of several runs, alternating bare
and kiosk so machine noise hits both); frame times run in this process, offscreen, also
while the visitor log records 10,000 events (benchmarks/analytics_frames.py).
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import argparse
import json
import statistics
import subprocess
import sys
import time
from pathlib import Path

from benchmarks import analytics_frames, frame_times

HERE = Path(__file__).resolve().parent
RESULTS = HERE / "results.json"
TARGETS = {
    "start_ratio": 1.5,
    "memory_ratio": 1.5,
    "tab_switch_p95_ms": 16.7,
    "view_repaint_p95_ms": 8.0,
    "language_switch_p95_ms": 100.0,
    "idle_cpu_percent": 1.0,
    "map_repaint_p95_ms": 8.0,
    "map_load_p95_ms": 50.0,
    "chart_repaint_p95_ms": 8.0,
    "timeline_select_p95_ms": 8.0,
    "analytics_worst_frame_ms": 16.7,  # no frame over one 60 Hz frame while logging
}


def _child_env() -> dict[str, str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(HERE.parent), env.get("PYTHONPATH")]))
    return env


def start_once(kind: str) -> tuple[float, int]:
    """Seconds from process start to first painted frame, and peak RSS in KiB."""
    started = time.monotonic()
    child = subprocess.Popen(
        [sys.executable, str(HERE / "first_paint.py"), kind],
        stdout=subprocess.PIPE,
        env=_child_env(),
        text=True,
    )
    assert child.stdout is not None
    output = child.stdout.read()
    _, status, usage = os.wait4(child.pid, 0)
    child.returncode = os.waitstatus_to_exitcode(status)
    painted = [line for line in output.splitlines() if line.startswith("FIRST_PAINT ")]
    if child.returncode != 0 or not painted:
        raise RuntimeError(f"{kind} start-up run failed (exit {child.returncode}): {output!r}")
    return float(painted[0].split()[1]) - started, usage.ru_maxrss


def start_up(runs: int) -> dict[str, float]:
    times: dict[str, list[float]] = {"bare": [], "kiosk": []}
    peaks: dict[str, list[int]] = {"bare": [], "kiosk": []}
    start_once("bare")  # warm the file cache for both, unmeasured
    start_once("kiosk")
    for _ in range(runs):
        for kind in ("bare", "kiosk"):
            seconds, peak = start_once(kind)
            times[kind].append(seconds)
            peaks[kind].append(peak)
    bare_s, kiosk_s = statistics.median(times["bare"]), statistics.median(times["kiosk"])
    bare_kib, kiosk_kib = max(peaks["bare"]), max(peaks["kiosk"])
    return {
        "start_bare_ms": bare_s * 1000,
        "start_kiosk_ms": kiosk_s * 1000,
        "start_ratio": kiosk_s / bare_s,
        "memory_bare_mib": bare_kib / 1024,
        "memory_kiosk_mib": kiosk_kib / 1024,
        "memory_ratio": kiosk_kib / bare_kib,
        "start_runs": runs,
    }


def idle_cpu(seconds: float) -> float:
    """CPU percent of a shown kiosk window doing nothing, measured in a child process."""
    result = subprocess.run(
        [sys.executable, "-m", "benchmarks.idle_cpu", str(seconds)],
        capture_output=True,
        text=True,
        env=_child_env(),
        cwd=HERE.parent,
        check=True,
    )
    return float(result.stdout.strip().splitlines()[-1])


def table(results: dict[str, float]) -> str:
    rows = [f"{'figure':<28}{'value':>12}{'target':>10}  ok"]
    for key, value in results.items():
        target = TARGETS.get(key)
        ok = "" if target is None else ("yes" if value <= target else "NO")
        shown = f"{value:.2f}" if isinstance(value, float) else str(value)
        rows.append(f"{key:<28}{shown:>12}{'' if target is None else target:>10}  {ok}")
    return "\n".join(rows)


def missed(results: dict[str, float]) -> list[str]:
    return [
        f"{key} = {results[key]:.2f} > {limit}"
        for key, limit in TARGETS.items()
        if key in results and results[key] > limit
    ]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=7, help="start-up runs of each")
    parser.add_argument("--idle-seconds", type=float, default=20.0)
    parser.add_argument("--check", action="store_true", help="exit 1 if a target is missed")
    args = parser.parse_args()
    results: dict[str, float] = {}
    results |= start_up(args.runs)
    results |= frame_times.measure()
    results |= analytics_frames.measure()
    results["idle_cpu_percent"] = idle_cpu(args.idle_seconds)
    RESULTS.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    print(table(results))
    failures = missed(results)
    for failure in failures:
        print(f"target missed: {failure}", file=sys.stderr)
    return 1 if args.check and failures else 0


if __name__ == "__main__":
    sys.exit(main())
