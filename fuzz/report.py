"""The fuzz report: failure signatures, the Markdown table, and the "Fuzz" section of bench/results.md."""

from __future__ import annotations

import statistics
from pathlib import Path

from .harness import Violation

SECTION = "## Fuzz (issue 12)"


def signature(violation: Violation) -> str:
    """The property, and for a crash the exception's type (two crashes of one trigger are two defects).

    >>> signature(Violation("internal_error", "KeyError: ''")), signature(Violation("memory", "peak 2 GB"))
    ('internal_error KeyError', 'memory')
    """
    if violation.prop in ("internal_error", "exit_code", "traceback"):
        return f"{violation.prop} {violation.detail.split(':')[0].split('.')[-1]}"
    return violation.prop


def slug(text: str) -> str:
    """A folder name for a failure group.

    >>> slug("plain (out=foreign)")
    'plain_out_foreign'
    """
    return "".join(c if c.isalnum() else "_" for c in text).strip("_").replace("__", "_")[:60]


def rss_summary(all_mb: list[float], passing_mb: list[float]) -> dict[str, float]:
    """Max and median peak RSS over all examples and over the passing ones.

    >>> rss_summary([100, 300, 2000], [100, 300])
    {'max': 2000, 'median': 300, 'max_passing': 300, 'median_passing': 200}
    """
    values, ok = all_mb or [0.0], passing_mb or [0.0]
    return {"max": round(max(values)), "median": round(statistics.median(values)), "max_passing": round(max(ok)),
            "median_passing": round(statistics.median(ok))}


def render(report: dict) -> str:
    limits = report["limits"]
    rss = report["peak_rss_mb"]
    lines = [
        SECTION, "",
        f"`make fuzz` (`python -m fuzz --seed {report['seed']} --scale {report['scale']}`): "
        f"{report['fixed_examples']} fixed examples in {report['fixed_seconds']} s, "
        f"{report['random_examples']} random examples (hypothesis, seed {report['seed']}) in "
        f"{report['random_seconds']} s. Each runs the real CLI in a subprocess with a {limits['timeout']:.0f} s "
        f"timeout, a {limits['address_space'] >> 20:,} MB address-space cap and a {limits['file_size'] >> 20:,} MB "
        f"file-size cap; the peak-memory property is {limits['max_rss_mb']:,} MB.",
        "",
        f"Peak RSS of the child and its workers: max {rss['max']:,} MB, median {rss['median']:,} MB over all "
        f"examples; over passing examples max {rss['max_passing']:,} MB, median {rss['median_passing']:,} MB.",
        "",
    ]
    if not report["groups"]:
        lines.append("No failures.")
    else:
        lines += [f"{len(report['groups'])} failure group(s) (trigger reduced to one where one alone fails):", "",
                  "| trigger | property | examples | first seen | detail |", "|---|---|---|---|---|"]
        for g in report["groups"]:
            detail = g["detail"].replace("|", "\\|").replace("\n", " ")[:160]
            lines.append(f"| {g['trigger']} | {g['property']} | {g['count']} | {g['example']} | {detail} |")
        lines += ["", "Reproducers (inputs, cmd.sh, stderr) are kept under the scratch folder's repro/ (git-ignored)."]
    return "\n".join(lines) + "\n"


def write_section(path: Path, markdown: str) -> None:
    """Replace (or append) the Fuzz section of a Markdown file, leaving every other section as it was."""
    text = path.read_text(encoding="utf-8") if path.exists() else "# tipline benchmark results\n"
    parts = text.split("\n## ")
    head, sections = parts[0], ["## " + p for p in parts[1:]]
    title = SECTION.split("\n")[0]
    kept = [s if not s.startswith(title) else markdown.rstrip("\n") + "\n" for s in sections]
    if not any(s.startswith(title) for s in sections):
        kept.append(markdown.rstrip("\n") + "\n")
    path.write_text(head.rstrip("\n") + "\n\n" + "\n".join(s.rstrip("\n") + "\n" for s in kept), encoding="utf-8")
