"""``make fuzz``: run the fixed corpus, then hypothesis's random examples for a bounded time; report.

    python -m fuzz                                  # fixed corpus + 10 minutes of random examples
    python -m fuzz --seconds 60 --seed 7            # a shorter run, another seed
    python -m fuzz --fixed-only --results bench/results.md

Every failing example keeps its folder (inputs, cmd.sh, stderr) under ``--scratch``/repro (git-ignored); a
combination of triggers is reduced to a single trigger when one alone fails the same way. The report (seeds,
examples tried, failures grouped by trigger and property, peak memory) goes to stdout, to ``report.json`` in the
scratch folder, and with ``--results`` into the "Fuzz" section of bench/results.md.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import asdict, replace
from pathlib import Path

from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import seed as hypothesis_seed

from . import cases, corpus
from .harness import COMMANDS, STAGE_COMMANDS, Example, Limits, Outcome, Session, run_example
from .report import render, rss_summary, signature, slug, write_section


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m fuzz", description=__doc__.split("\n\n")[0])
    parser.add_argument("--seconds", type=float, default=600, help="time for random examples after the fixed corpus")
    parser.add_argument("--max-examples", type=int, default=500, help="at most this many random examples")
    parser.add_argument("--seed", type=int, default=0, help="hypothesis seed (the fixed corpus does not depend on it)")
    parser.add_argument("--scale", choices=["full", "ci"], default="full", help="sizes of the large inputs")
    parser.add_argument("--timeout", type=float, default=Limits().timeout, help="seconds per example")
    parser.add_argument("--max-rss-mb", type=int, default=Limits().max_rss_mb, help="peak-memory property bound")
    parser.add_argument("--jobs", type=int, default=2, help="fixed-corpus examples run at once")
    parser.add_argument("--fixed-only", action="store_true", help="skip the random examples")
    parser.add_argument("--commands", default=None,
                        help="comma-separated commands to run (fixed and random), e.g. stage-segment,stage-tips; "
                             "'stages': every stage alone")
    parser.add_argument("--triggers", default=None,
                        help="comma-separated triggers the fixed examples hold one of ('hostile': the hostile-text "
                             "ones); random examples draw from every trigger")
    parser.add_argument("--scratch", default="fuzz/work", help="working folder (git-ignored); emptied first")
    parser.add_argument("--results", default=None, help="write the Fuzz section of this Markdown file")
    args = parser.parse_args(argv)

    scratch = Path(args.scratch).resolve()  # examples run with their own folder as cwd
    shutil.rmtree(scratch / "ex", ignore_errors=True)
    shutil.rmtree(scratch / "repro", ignore_errors=True)
    limits = Limits(timeout=args.timeout, max_rss_mb=args.max_rss_mb)
    session = Session(scratch, limits, corpus.FULL if args.scale == "full" else corpus.CI)
    session.baseline()
    started = time.monotonic()
    outcomes: list[Outcome] = []

    commands = COMMANDS
    if args.commands:
        commands = STAGE_COMMANDS if args.commands == "stages" else tuple(args.commands.split(","))
    fixed = [e for e in cases.fixed_cases(ci=args.scale == "ci") if e.command in commands]
    if args.triggers:
        wanted = set(cases.HOSTILE_TEXT if args.triggers == "hostile" else args.triggers.split(","))
        fixed = [e for e in fixed if wanted & set(e.triggers)]
    print(f"fuzz: {len(fixed)} fixed examples, {args.jobs} at a time", file=sys.stderr)
    with ThreadPoolExecutor(args.jobs) as pool:
        done = pool.map(lambda ie: run_example(ie[1], session, scratch / "ex" / f"f{ie[0]:03d}"), enumerate(fixed))
        for outcome in done:
            _progress(outcome)
            outcomes.append(outcome)
    fixed_seconds = time.monotonic() - started

    random_outcomes: list[Outcome] = []
    if not args.fixed_only:
        deadline = time.monotonic() + args.seconds

        @hypothesis_seed(args.seed)
        @settings(max_examples=args.max_examples, deadline=None, database=None, phases=[Phase.generate],
                  suppress_health_check=list(HealthCheck))
        @given(cases.examples(commands=commands))
        def explore(example: Example) -> None:
            if time.monotonic() > deadline:
                return
            outcome = run_example(example, session, scratch / "ex" / f"r{len(random_outcomes):04d}")
            _progress(outcome)
            random_outcomes.append(outcome)

        explore()
    outcomes += random_outcomes
    random_seconds = time.monotonic() - started - fixed_seconds

    groups = _group(outcomes, session)
    report = {
        "seed": args.seed, "scale": args.scale, "commands": list(commands), "limits": asdict(limits),
        "fixed_examples": len(fixed),
        "random_examples": len(random_outcomes), "fixed_seconds": round(fixed_seconds),
        "random_seconds": round(random_seconds),
        "peak_rss_mb": rss_summary([o.max_rss_mb for o in outcomes],
                                   [o.max_rss_mb for o in outcomes if not o.violations]),
        "groups": groups,
        "examples": [{"label": o.example.label(), "exit": o.exit_code, "seconds": round(o.seconds, 2),
                      "max_rss_mb": round(o.max_rss_mb), "violations": [v.prop for v in o.violations]}
                     for o in outcomes],
    }
    (scratch / "report.json").write_text(json.dumps(report, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    markdown = render(report)
    print(markdown)
    if args.results:
        write_section(Path(args.results), markdown)
    return 1 if groups else 0


def _progress(outcome: Outcome) -> None:
    mark = "ok " if not outcome.violations else "FAIL"
    props = ",".join(sorted({v.prop for v in outcome.violations}))
    print(f"  {mark} {outcome.example.label()}: exit {outcome.exit_code}, {outcome.seconds:.1f} s, "
          f"{outcome.max_rss_mb:.0f} MB {props}", file=sys.stderr, flush=True)


def _group(outcomes: list[Outcome], session: Session) -> list[dict]:
    """Failures grouped by (smallest trigger set that still fails that way, signature); one reproducer each."""
    groups: dict[tuple[str, str], dict] = {}
    repro_root = session.scratch / "repro"
    for outcome in outcomes:
        for violation in outcome.violations:
            sig = signature(violation)
            trig = _group_name(outcome, sig, session)
            key = (trig, sig)
            group = groups.get(key)
            if group is None:
                repro = repro_root / f"{len(groups):02d}-{slug(trig)}-{violation.prop}"
                repro.parent.mkdir(parents=True, exist_ok=True)
                if Path(outcome.workdir).exists():
                    shutil.move(outcome.workdir, repro)
                groups[key] = group = {"trigger": trig, "property": sig, "count": 0,
                                       "detail": violation.detail, "example": outcome.example.label(),
                                       "reproducer": str(repro)}
            group["count"] += 1
    for outcome in outcomes:  # passing and duplicate failing examples: nothing to keep
        if Path(outcome.workdir).exists():
            shutil.rmtree(outcome.workdir, ignore_errors=True)
    return sorted(groups.values(), key=lambda g: (g["trigger"], g["property"]))


_ALONE: dict[Example, set[str]] = {}  # single-trigger re-runs, so each is made once


def _minimal(outcome: Outcome, sig: str, session: Session) -> str:
    """The one trigger of a combination that fails the same way alone (same command and OUT), else them all."""
    example = outcome.example
    if len(example.triggers) + bool(example.random_files) <= 1:
        return _name(example)
    for trig in example.triggers:
        alone = replace(example, triggers=(trig,), random_files=())
        if alone not in _ALONE:
            work = session.scratch / "ex" / "minimise"
            _ALONE[alone] = {signature(v) for v in run_example(alone, session, work).violations}
            shutil.rmtree(work, ignore_errors=True)
        if sig in _ALONE[alone]:
            return trig
    return _name(example)


def _name(example: Example) -> str:
    parts = list(example.triggers) + (["random-files"] if example.random_files else [])
    return "+".join(parts) or "none"


def _group_name(outcome: Outcome, sig: str, session: Session) -> str:
    """The trigger; with the OUT state when the inputs are harmless (then OUT is what fails)."""
    mode = outcome.example.out_mode
    name = _minimal(outcome, sig, session)
    return f"{name} (out={mode})" if name in ("plain", "none") and mode not in ("absent", "previous") else name


if __name__ == "__main__":
    os.environ.setdefault("PYTHONHASHSEED", "0")
    sys.exit(main())
