"""Run the benchmarks and write their Markdown report.

Each ``bench/bench_<name>.py`` module defines ``TITLE`` and ``run(smoke: bool) -> str`` returning a Markdown
section. Every module runs in its own process, so its peak memory is its own.

    python -m bench --out bench/results.md          # all benchmarks, full size
    python -m bench --smoke --only read             # a quick, small run of one
"""

from __future__ import annotations

import argparse
import importlib
import json
import os
import platform
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent


def modules() -> list[str]:
    return sorted(p.stem.removeprefix("bench_") for p in HERE.glob("bench_*.py"))


def run_one(name: str, smoke: bool) -> None:
    module = importlib.import_module(f"bench.bench_{name}")
    print(json.dumps({"title": module.TITLE, "markdown": module.run(smoke=smoke)}))


def merge_sections(previous: str, fresh: list[str]) -> list[str]:
    """Keep the sections of an earlier report that this run (``--only``) did not redo, in their order.

    >>> merge_sections("# t\n\n## A\n\nold a\n\n## B\n\nold b\n", ["## B\n\nnew b\n"])
    ['## A\n\nold a\n', '## B\n\nnew b\n']
    """
    def title(section: str) -> str:
        return section.split("\n", 1)[0]

    old = ["## " + part.rstrip("\n") + "\n" for part in previous.split("\n## ")[1:]]
    new = {title(s): s for s in fresh}
    merged = [new.pop(title(s), s) for s in old]
    return merged + list(new.values())


def main() -> int:
    parser = argparse.ArgumentParser(prog="python -m bench")
    parser.add_argument("--out", default=None, help="write the Markdown report here (default: stdout only)")
    parser.add_argument("--only", action="append", default=[], help="run only this benchmark (repeatable)")
    parser.add_argument("--smoke", action="store_true", help="small sizes, for tests")
    parser.add_argument("--one", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        run_one(args.one, args.smoke)
        return 0
    names = args.only or modules()
    sections = []
    failed = 0
    for name in names:
        start = time.perf_counter()
        print(f"bench: {name} ...", file=sys.stderr, flush=True)
        cmd = [sys.executable, "-m", "bench", "--one", name] + (["--smoke"] if args.smoke else [])
        proc = subprocess.run(cmd, capture_output=True, text=True, cwd=HERE.parent)
        if proc.returncode != 0:
            failed += 1
            sections.append(f"## {name}\n\nFAILED:\n\n```\n{proc.stderr[-3000:]}\n```\n")
            print(proc.stderr, file=sys.stderr)
            continue
        result = json.loads(proc.stdout.strip().splitlines()[-1])
        sections.append(f"## {result['title']}\n\n{result['markdown'].strip()}\n")
        print(f"bench: {name} done in {time.perf_counter() - start:.1f}s", file=sys.stderr)
    header = (
        "# tipline benchmark results\n\n"
        f"Machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}; "
        f"{'smoke sizes' if args.smoke else 'full sizes'}. Written by `make bench`.\n"
    )
    if args.only and args.out and Path(args.out).exists():
        sections = merge_sections(Path(args.out).read_text(encoding="utf-8"), sections)
    report = header + "\n" + "\n".join(sections)
    print(report)
    if args.out:
        Path(args.out).write_text(report, encoding="utf-8")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
