"""Helpers shared by the benchmarks: timing, peak memory, and Markdown tables."""

from __future__ import annotations

import resource
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any


def peak_rss_mib() -> float:
    """Peak resident memory of this process so far, in MiB (Linux reports KiB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def timed(fn: Callable[[], Any]) -> tuple[float, Any]:
    start = time.perf_counter()
    result = fn()
    return time.perf_counter() - start, result


def table(headers: list[str], rows: list[list[Any]]) -> str:
    def cell(v: Any) -> str:
        if isinstance(v, float):
            return f"{v:,.2f}" if v < 100 else f"{v:,.0f}"
        if isinstance(v, int):
            return f"{v:,}"
        return str(v)

    lines = ["| " + " | ".join(headers) + " |", "|" + "---|" * len(headers)]
    lines += ["| " + " | ".join(cell(v) for v in row) + " |" for row in rows]
    return "\n".join(lines)


def write_or_check(path: Path, text: str, check: bool, stale: str) -> int:
    """Write a generated file (a trained or built table), or with ``check`` only say whether the shipped one is
    what the generator gives now: exit status 0 when it is, 1 with ``stale`` (the command that rebuilds it)."""
    if check:
        same = path.read_text(encoding="utf-8") == text
        print(f"{path.name} is what the script gives" if same else f"{path.name} is stale: {stale}")
        return 0 if same else 1
    path.write_text(text, encoding="utf-8")
    print(f"wrote {path} ({len(text.encode('utf-8')) / 1024:.0f} KiB)")
    return 0

