"""The licence gate's words found once per page: does it pay? (issue 19, round 7)

Run ``python bench/profile_gate.py FILE`` with the code to measure first on ``PYTHONPATH``. It runs read, repair
and boilerplate on the file, then segment with every call of ``licence.find_statements`` captured (the page and
the text asked), and replays the captured calls on the CPU clock (best of ``--repeat``):

- ``per line``: ``find_statements`` as it is, every text asked all of the gate's words;
- ``page scan (lists)``: each page's lowered text scanned once (``in``) for the words of the named gate lists, and
  the texts of that page (a stripped line of it) asked only the words it holds. The lists are swapped in
  ``licence``'s module for the page's calls, so the real ``find_statements`` runs; a word the page lacks cannot be
  in a line of it, so the answers must be the same (checked);
- ``page regex``: one alternation of every gate word (longest first) searched over each page with an overlapped
  ``findall``, the way a page scan in C would find them (timed only: the page's words, not the answers).

A page scan pays only if the lines asked hold more characters than their page: segment asks each body line once,
so it cannot (see bench/results.md, round 7). Since round 8 the gate finds its words with one Aho-Corasick automaton
built at import (``licence.GATE_WORDS``): swapping the lists no longer narrows it, so the page-scan rows measure the
scan alone on top of the same gate; ``per line`` is the gate as it runs.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time

from pipeline.configs import BoilerplateConfig, RepairConfig, SegmentConfig
from pipeline.records import Article
from pipeline.stages import boilerplate, read, repair, segment
from pipeline.stats import StageStats
from pipeline.text import licence

GATE_LISTS = ("GRANT_NOUNS", "GRANT_WORDS", "HINTS", "SCRIPT_HINTS", "SHAPED_HINTS", "FOREIGN_MODALS",
              "MODAL_PARTNERS", "NEGATED_COPY", "ASK_WORDS")
ASKED_ALWAYS = ("GRANT_NOUNS", "HINTS", "SHAPED_HINTS", "FOREIGN_MODALS", "NEGATED_COPY")  # of every quiet line


def captured_calls(path: str) -> tuple[list[str], list[tuple[int, str]]]:
    """The pages segment reads and its ``find_statements`` calls as (page index, text)."""
    records = list(read.run([path], read.ReadConfig(), StageStats("read")))
    records = list(repair.run(records, RepairConfig(), StageStats("repair")))
    pages = [r for r in boilerplate.run(records, BoilerplateConfig(), StageStats("boilerplate"))
             if isinstance(r, Article)]
    calls: list[tuple[int, str]] = []
    real, at = licence.find_statements, [0]

    def spy(text: str):
        calls.append((at[0], text))
        return real(text)

    segment.lic.find_statements = spy
    try:
        for at[0], page in enumerate(pages):
            segment.segment_record(page, SegmentConfig())
    finally:
        segment.lic.find_statements = real
    return [p.text for p in pages], calls


def per_line(calls: list[tuple[int, str]]) -> tuple[float, list]:
    start = time.process_time()
    answers = [licence.find_statements(text) for _, text in calls]
    return time.process_time() - start, answers


def page_scan(pages: list[str], calls: list[tuple[int, str]], lists: tuple[str, ...]) -> tuple[float, float, list]:
    """(scan seconds, calls' seconds, answers) with each page's lists narrowed to the words it holds."""
    full = {name: getattr(licence, name) for name in lists}
    start = time.process_time()
    scans = []
    for page in pages:
        lowered = page.lower()  # a word holding a sigma is kept: lower() of a line may differ there from the page's
        scans.append(({name: tuple(w for w in words if w in lowered or "σ" in w or "ς" in w)
                       for name, words in full.items()}, {line.strip() for line in page.split("\n")}))
    scanned = time.process_time()
    answers = []
    try:
        for i, text in calls:
            narrowed, lines = scans[i]
            for name, words in (narrowed if text in lines else full).items():
                setattr(licence, name, words)
            answers.append(licence.find_statements(text))
    finally:
        for name, words in full.items():
            setattr(licence, name, words)
    return scanned - start, time.process_time() - scanned, answers


def page_regex(pages: list[str]) -> float:
    words = sorted({w for name in GATE_LISTS for w in getattr(licence, name)}, key=lambda w: (-len(w), w))
    pattern = re.compile("(?=(" + "|".join(map(re.escape, words)) + "))")
    start = time.process_time()
    for page in pages:
        set(pattern.findall(page.lower()))
    return time.process_time() - start


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("file")
    parser.add_argument("--repeat", type=int, default=2)
    args = parser.parse_args()
    pages, calls = captured_calls(args.file)
    chars = sum(len(text) for _, text in calls)
    out: dict = {"pages": len(pages), "calls": len(calls), "page_chars": sum(map(len, pages)), "call_chars": chars}
    best: dict[str, float] = {}
    for _ in range(args.repeat):
        seconds, expected = per_line(calls)
        best["per line"] = min(best.get("per line", seconds), seconds)
        for label, lists in (("page scan (all lists)", GATE_LISTS), ("page scan (lists every line asks)",
                                                                        ASKED_ALWAYS)):
            scan, asked, answers = page_scan(pages, calls, lists)
            if answers != expected:
                sys.exit(f"{label}: answers differ")
            for key, value in ((f"{label}: scan", scan), (f"{label}: calls", asked), (label, scan + asked)):
                best[key] = min(best.get(key, value), value)
        regex = page_regex(pages)
        best["page regex (scan only)"] = min(best.get("page regex (scan only)", regex), regex)
    out.update({k: round(v / len(pages) * 1e3, 4) for k, v in best.items()})
    out["unit"] = "ms CPU per page, best of repeats"
    print(json.dumps(out, indent=1))


if __name__ == "__main__":
    main()
