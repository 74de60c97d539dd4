"""Start-up of the command line: `tipline --help` against the interpreter's own start (`python -c pass`).

Both are run as fresh processes, alternately, in the same run, so the machine's load affects them alike; the
interpreter start is the anchor (issue 19: `tipline --help` under 0.3 s).
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import time
from pathlib import Path

from bench.util import table

TITLE = "Command-line start-up"
SCRIPT = Path(sys.executable).with_name("tipline")  # the installed console script, as a user runs it
TIPLINE = [str(SCRIPT)] if SCRIPT.exists() else [sys.executable, "-m", "pipeline"]
COMMANDS = {
    "python -c pass (anchor)": [sys.executable, "-c", "pass"],
    "tipline --help": [*TIPLINE, "--help"],
    "tipline repair --help": [*TIPLINE, "repair", "--help"],
}


def seconds(argv: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(argv, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - start


def medians(runs: int) -> dict[str, float]:
    """Median wall seconds of each command over ``runs`` runs, the commands taking turns."""
    times: dict[str, list[float]] = {name: [] for name in COMMANDS}
    for _ in range(runs):
        for name, argv in COMMANDS.items():
            times[name].append(seconds(argv))
    return {name: statistics.median(t) for name, t in times.items()}


def run(smoke: bool) -> str:
    runs = 3 if smoke else 10
    found = medians(runs)
    anchor = found["python -c pass (anchor)"]
    rows = [[name, round(s, 3), round(s / anchor, 1), round(s - anchor, 3)] for name, s in found.items()]
    return (f"Median of {runs} fresh processes each, taking turns.\n\n"
            + table(["command", "seconds", "x python -c pass", "seconds over python"], rows))


if __name__ == "__main__":
    print(run(smoke="--smoke" in sys.argv))
