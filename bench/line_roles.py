"""Learned line roles (issue 16): the labelled candidates of the tuned real-shaped parts, and the honest measures.

Data: every page of the tuned parts (``TUNED``: the own-hand parts ``TUNABLE`` and the blind ones ``BLIND``, never a
validation or sealed part) runs alone through the chain up to ``boilerplate`` (what ``segment`` sees in
``bench.real_pages.run_page``); ``segment_record`` then hands over, per article it returns, the author and title
candidates of ``pipeline/text/line_roles.py`` (every name span of the head and tail, every short head line, the
markup's fields, the rules' answers marked). Labels come from ``labels.json`` by article position: a candidate is
positive when its value equals the labelled author (title) after the scorer's own normalisation (NFC, whitespace
collapsed).

Measures (``python -m bench.line_roles``):

- ``lopo``: leave one part out over the training parts (``TRAINING``): train on the others, choose on the one left
  out, model alone, arbiter and fallback, beside the rules' figure on the same articles (the rules were tuned on
  every part: their figure is inflated), and on how many parts each beats, ties or loses to the rules;
  ``lopo-blind PART``: the same over the blind parts only, ``PART`` (holdout12 while features are tuned) left out
  of training and test alike;
- ``lopo-title``: the same for the title-only uses of the model ("title" mode: the model fills the titles the
  rules left empty; and, measured and left, its title over the rules' where it is confident);
- ``heldout PART``: the honest test of a part the rules were never tuned on: train on every tuned part but
  ``PART``, then ``bench.real_pages`` score tables of ``PART`` and the validation part in every mode (tables in
  memory);
- ``validation``: ``bench.real_pages`` score tables of a validation part (scores only) in every mode (the shipped
  table);
- ``folds K``: transfer of the page fallback to hands its table never saw: the tuned parts dealt round-robin into
  ``K`` folds (5); per fold a table trained on the other folds' parts, then every held-out part scored by
  ``bench.real_pages`` with the rules alone (``off``) and with ``page-fallback``: titles and authors won and lost
  per fold, article by article;
- ``trafilatura``: author and title exact on trafilatura-eval's 990 HTML pages, each mode, in one run;
- ``safety``: the wrong names a fallback gives, rules alone vs ``author-fallback`` in one run: on the generated
  scale corpus (``bench.scale_corpus``; its generator knows which pages are signed, "Author N", and which name
  nobody) names given to unsigned pages and names other than the signer's, and on the tuned parts names given to
  articles labelled without an author and names other than the label; and segment's CPU a scale page.

    python -m bench.line_roles lopo
    python -m bench.line_roles lopo-blind holdout12
    python -m bench.line_roles lopo-title
    python -m bench.line_roles heldout holdout12
    python -m bench.line_roles validation holdout10
    python -m bench.line_roles folds 5
    python -m bench.line_roles trafilatura [--modes off,title]
    python -m bench.line_roles safety 1000
"""

from __future__ import annotations

import argparse
import sys
import time
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from bench.labels import stream_through
from bench.real_pages import PARTS, REALPAGES, VALIDATION, clean, load_labels
from pipeline.configs import SegmentConfig
from pipeline.records import Article
from pipeline.stages.segment import segment_record
from pipeline.text.line_roles import Candidate

TUNABLE = ("dev", "setapart", "dev3", "holdout2", "dev4", "dev6", "dev7")  # the own-hand parts
# the tuned parts written blind, one to six hands each (every part of ``bench.real_pages`` but the validation ones)
BLIND = tuple(p for p in PARTS if p not in TUNABLE and p not in VALIDATION)
TUNED = TUNABLE + BLIND
TRAINING = TUNED  # the parts the shipped table is trained on: every tuned part, own hands and blind
MODES = ("model", "arbiter")
ROLES = ("author", "title")


@dataclass
class Example:
    """One labelled article: its candidates per role, the rules' answers and the labels."""

    part: str
    page: str
    index: int
    label: dict[str, str | None]
    rules: dict[str, str | None]
    candidates: dict[str, list[Candidate]]


def page_examples(part: str, name: str, label: dict[str, Any]) -> list[Example]:
    """The labelled articles of one page, in page order, each with its candidates."""
    path = REALPAGES / part / name
    articles: list[Article] = []
    sink: list[tuple[int, list[Candidate], list[Candidate]]] = []
    for record in stream_through([str(path)], "boilerplate"):
        if isinstance(record, Article):
            out, _ = segment_record(record, SegmentConfig(line_roles="off"), sink=sink)  # the rules' answers
            articles += out
    found = list(zip(articles, sink, strict=True))
    out_examples = []
    for k, want in enumerate(label["articles"]):
        if k >= len(found):
            break  # an article the rules did not produce: no candidates to learn from
        article, (_, authors, titles) = found[k]
        out_examples.append(Example(part, name, k, {"author": clean(want.get("author")), "title": clean(
            want.get("title"))}, {"author": article.author, "title": article.title},
            {"author": authors, "title": titles}))
    return out_examples


def collect(parts: tuple[str, ...] = TRAINING) -> list[Example]:
    """Every labelled article of ``parts`` with its candidates, parts and pages in name order (deterministic)."""
    examples = []
    for part in parts:
        labels = load_labels(REALPAGES / part)
        for name in sorted(labels):
            examples += page_examples(part, name, labels[name])
    return examples


def view(candidates: list[Candidate], mode: str) -> list[Candidate]:
    """The candidates as ``mode`` sees them: the model alone never learns which one the rules chose."""
    if mode == "arbiter":
        return candidates
    return [Candidate(c.value, tuple(f for f in c.features if f != "rules=1"))
            for c in candidates if "src=rules" not in c.features]


def accuracy(examples: list[Example], role: str, mode: str, table: tuple[float, float, dict[str, float]],
             fallback: bool = False) -> int:
    """How many examples the model (``table``: bias, threshold, weights) answers exactly for ``role``
    (``fallback``: the rules' answer where they have one, the model's where they have none)."""
    from pipeline.text.line_roles import choose

    bias, threshold, weights = table
    hits = 0
    for e in examples:
        answer = e.rules[role] if fallback and e.rules[role] is not None else choose(
            view(e.candidates[role], mode), weights, bias, threshold)[0]
        hits += clean(answer) == e.label[role]
    return hits


def lopo(examples: list[Example], held_parts: tuple[str, ...] | None = None) -> str:
    """Leave-one-part-out: rules vs model alone vs arbiter vs fallback, per held-out part (``held_parts``, default
    every part of ``examples``; each trained on every other part of ``examples``) and role."""
    from bench.train_line_roles import fallback_threshold, fit
    from bench.util import table

    held_parts = held_parts or tuple(dict.fromkeys(e.part for e in examples))
    rows = []
    totals: dict[tuple[str, str], list[int]] = {}
    wins: dict[tuple[str, str], list[int]] = {}  # (role, mode) -> parts where it beats, ties, loses to the rules
    for held in held_parts:
        train = [e for e in examples if e.part != held]
        test = [e for e in examples if e.part == held]
        for role in ROLES:
            rules = sum(clean(e.rules[role]) == e.label[role] for e in test)
            cells = [f"{held}", role, f"{rules}/{len(test)}"]
            acc = totals.setdefault((role, "rules"), [0, 0])
            acc[0] += rules
            acc[1] += len(test)
            models = {mode: fit(train, role, mode) for mode in MODES}
            for mode in (*MODES, "fallback"):
                if mode == "fallback":  # its threshold chosen on the training parts too
                    bias, _, weights = models["model"]
                    hits = accuracy(test, role, "model", (bias, fallback_threshold(train, role), weights),
                                    fallback=True)
                else:
                    hits = accuracy(test, role, mode, models[mode])
                cells.append(f"{hits}/{len(test)}")
                acc = totals.setdefault((role, mode), [0, 0])
                acc[0] += hits
                acc[1] += len(test)
                wins.setdefault((role, mode), [0, 0, 0])[0 if hits > rules else 1 if hits == rules else 2] += 1
            rows.append(cells)
    for role in ROLES:
        rows.append(["all held-out parts", role] + [f"{h}/{n} ({h / n:.0%})" for h, n in
                                                   (totals[(role, m)] for m in ("rules", *MODES, "fallback"))])
    for role in ROLES:
        rows.append(["parts won/tied/lost vs rules", role, ""] + ["/".join(map(str, wins[(role, m)]))
                                                                   for m in (*MODES, "fallback")])
    return table(["held-out part", "role", "rules", "model alone", "arbiter", "fallback (rules, else model)"], rows)


# "title" mode's measure: the grids a held-out part's thresholds are chosen from (the fallback's, and for the
# override the project tried and left, finer at the top, where a model outvoting the rules should stand)
OVERRIDE_GRID = tuple(round(0.05 * k, 2) for k in range(1, 20)) + (0.97, 0.98, 0.99)
Scored = list[tuple[float, str | None, str | None, str | None]]  # (model's best p, its value, the rules', the label)


def _hits(scored: Scored, t: float) -> int:
    """Articles answered right when the model's value stands at or above ``t`` and the rules' below."""
    return sum((value if value is not None and p >= t else rules) == label for p, value, rules, label in scored)


def lopo_title(examples: list[Example]) -> str:
    """Leave-one-part-out for the title-only uses of the model: every training part is scored by a model fitted on
    the other parts; a part's thresholds are chosen on the other parts' scores alone (the grid value answering most
    of them right), so neither its model nor its thresholds saw its labels (one fit per part: thresholds chosen
    by nested folds would cost four more fits each). Columns: the rules; "title" mode (the model fills the titles
    the rules left empty, at the fill threshold); and fill plus override (the model's title also replaces the
    rules' where its probability reaches the override threshold)."""
    from bench.train_line_roles import THRESHOLDS, fit
    from bench.util import table
    from pipeline.text.line_roles import choose

    scored: dict[str, Scored] = {}
    for held in dict.fromkeys(e.part for e in examples):
        bias, _, weights = fit([e for e in examples if e.part != held], "title", "model")
        scored[held] = []
        for e in examples:
            if e.part == held:
                value, p = choose(view(e.candidates["title"], "model"), weights, bias, 0.0)
                scored[held].append((p, value, clean(e.rules["title"]), e.label["title"]))
    rows = []
    total = [0, 0, 0, 0, 0, 0]  # rules, fill, fill + override, articles, changed by fill, changed by both
    wins = {"fill": [0, 0, 0], "both": [0, 0, 0]}
    for held, mine in scored.items():
        others = [s for part, rows_ in scored.items() if part != held for s in rows_]
        gaps = [s for s in others if s[2] is None]
        fill = max(THRESHOLDS, key=lambda t: (_hits(gaps, t), -t))  # ties: the lowest, as the fallback's
        over = max(OVERRIDE_GRID, key=lambda t: (_hits([s for s in others if s[2] is not None], t), t))
        rules = sum(ruled == label for _, _, ruled, label in mine)
        filled = _hits([s for s in mine if s[2] is None], fill) + sum(r == lab for _, _, r, lab in mine if r)
        both = _hits([s for s in mine if s[2] is None], fill) + _hits([s for s in mine if s[2] is not None], over)
        n_fill = sum(1 for p, v, r, _ in mine if r is None and v is not None and p >= fill)
        n_both = n_fill + sum(1 for p, v, r, _ in mine if r is not None and v is not None and p >= over and v != r)
        rows.append([held, f"{fill} / {over}", f"{rules}/{len(mine)}", f"{filled}/{len(mine)}",
                     f"{both}/{len(mine)}", f"{n_fill} / {n_both}"])
        for k, n in enumerate((rules, filled, both, len(mine), n_fill, n_both)):
            total[k] += n
        for key, hits in (("fill", filled), ("both", both)):
            wins[key][0 if hits > rules else 1 if hits == rules else 2] += 1
    n = total[3]
    rows.append(["all held-out parts", "", f"{total[0]}/{n}", f"{total[1]}/{n}", f"{total[2]}/{n}",
                 f"{total[4]} / {total[5]}"])
    rows.append(["parts won/tied/lost vs rules", "", "", "/".join(map(str, wins["fill"])),
                 "/".join(map(str, wins["both"])), ""])
    return table(["held-out part", "thresholds (fill / override)", "rules", "title mode (fill)",
                  "fill + override", "titles changed"], rows)


def heldout(part: str, also: tuple[str, ...] = VALIDATION) -> str:
    """The honest test of a part the rules were never tuned on: train on every tuned part but ``part``, then
    score ``part`` and the validation parts (``also``, scores only) with ``bench.real_pages`` in every mode, the
    tables in memory (the shipped table is not touched)."""
    from bench.train_line_roles import fit_tables

    tables, fallback = fit_tables(collect(tuple(p for p in TUNED if p != part)))
    return "\n\n".join(validation(name, (tables, fallback)) for name in (part, *also))


def validation(part: str, trained: tuple[Any, dict[str, float]] | None = None) -> str:
    """The score table of a part with the rules, the model alone, the arbiter and the fallbacks (the validation
    parts: scores only, never misses); ``trained``: tables and fallback thresholds in place of the shipped ones."""
    import bench.real_pages as rp
    from bench.util import table
    from pipeline.text import line_roles_table as shipped

    saved = (shipped.AUTHOR, shipped.TITLE, shipped.FALLBACK_THRESHOLD)
    if trained is not None:
        tables, fallback = trained
        shipped.AUTHOR, shipped.TITLE, shipped.FALLBACK_THRESHOLD = tables["author"], tables["title"], fallback
    scores = {}
    try:
        for mode in ("off", *MODES, "fallback", "author-fallback", "title"):
            rp.SEGMENT_CONFIG = replace(SegmentConfig(), line_roles=mode)
            scores[f"{part} {mode}"] = rp.evaluate(REALPAGES / part)
    finally:
        rp.SEGMENT_CONFIG = None
        shipped.AUTHOR, shipped.TITLE, shipped.FALLBACK_THRESHOLD = saved
    return table(["measure", *scores], rp.table_rows(scores))


def deal(parts: tuple[str, ...], k: int) -> list[tuple[str, ...]]:
    """``parts`` dealt round-robin into ``k`` folds, in their order.

    >>> deal(("a", "b", "c", "d", "e"), 2)
    [('a', 'c', 'e'), ('b', 'd')]
    """
    return [parts[j::k] for j in range(min(k, len(parts)))]


def _fields(part: str, mode: str) -> dict[tuple[str, int], tuple[str | None, str | None]]:
    """(page, article) -> (title, author) that the chain gives on every labelled page of ``part`` in ``mode``."""
    import bench.real_pages as rp

    rp.SEGMENT_CONFIG = replace(SegmentConfig(), line_roles=mode)
    try:
        return {(name, n): (clean(got.title), clean(got.author)) for name in sorted(load_labels(REALPAGES / part))
                for n, got in enumerate(rp.run_page(REALPAGES / part / name))}
    finally:
        rp.SEGMENT_CONFIG = None


def folds_transfer(k: int = 5, mode: str = "page-fallback") -> str:
    """Leave-parts-out for ``mode`` (the learned fallback as the chain runs it): the tuned parts dealt into ``k``
    folds (:func:`deal`); for each fold a table (``fit_tables``) trained on the other folds' parts alone, and every
    part of the fold scored with the rules alone and with ``mode`` under it, article by article against the labels:
    titles and authors won (the rules' wrong, the fallback's right) and lost (the other way), and changed from one
    wrong answer to another. The only in-round estimate of how the fallback does on hands it never saw (the shipped
    table learned every tuned part; the rules were tuned on them all too, so the base stands inflated alike)."""
    from bench.train_line_roles import fit_tables
    from bench.util import table
    from pipeline.text import line_roles_table as shipped

    examples = collect(TUNED)
    rows, total = [], [0] * 7
    saved = (shipped.AUTHOR, shipped.TITLE, shipped.FALLBACK_THRESHOLD)
    for j, held in enumerate(deal(TUNED, k)):
        tables, fallback = fit_tables([e for e in examples if e.part not in held])
        counts = [0] * 7  # articles; titles won, lost, moved; authors won, lost, moved
        for part in held:
            labels = load_labels(REALPAGES / part)
            off = _fields(part, "off")
            shipped.AUTHOR, shipped.TITLE, shipped.FALLBACK_THRESHOLD = tables["author"], tables["title"], fallback
            try:
                learned = _fields(part, mode)
            finally:
                shipped.AUTHOR, shipped.TITLE, shipped.FALLBACK_THRESHOLD = saved
            for name in sorted(labels):
                for n, want in enumerate(labels[name]["articles"]):
                    counts[0] += 1
                    for r, field in enumerate(("title", "author")):
                        label = clean(want.get(field))
                        before = off.get((name, n), (None, None))[r]
                        after = learned.get((name, n), (None, None))[r]
                        if before != after:
                            counts[1 + 3 * r + (0 if after == label else 1 if before == label else 2)] += 1
        total = [a + b for a, b in zip(total, counts, strict=True)]
        rows.append([f"fold {j + 1}: {', '.join(held)}", *map(str, counts)])
    rows.append(["all folds", *map(str, total)])
    return table(["held-out parts", "articles", "titles won", "lost", "wrong to wrong", "authors won", "lost",
                  "wrong to wrong"], rows)


def trafilatura(modes: tuple[str, ...] = ("off", *MODES, "fallback", "author-fallback", "title")) -> str:
    """Author and title exact on trafilatura-eval (read, repair, boilerplate, segment), each mode in one run."""
    from bench import html_sets as H
    from bench.util import table

    if not H.available("trafilatura-eval"):
        return "skipped: trafilatura-eval absent"
    pages = H.trafilatura_pages()
    rows = []
    for mode in modes:
        authors = titles = 0
        start = time.process_time()
        for page in pages:
            title, author = _html_fields(page.html, mode)
            authors += H.exact(page.truth.get("author"), author)
            titles += H.exact(page.truth.get("title"), title)
        rows.append([mode, authors, titles, f"{time.process_time() - start:.1f}"])
    with_author = sum(1 for p in pages if p.truth.get("author"))
    with_title = sum(1 for p in pages if p.truth.get("title"))
    return table(["line roles", f"author exact /{with_author}", f"title exact /{with_title}", "CPU s"], rows)


SAFETY_MODES = ("off", "author-fallback")
CPU_REPEATS = 3


def _authors(records: list[Article], mode: str) -> tuple[list[list[str | None]], float]:
    """The authors segment gives each record's articles in ``mode``, and its CPU seconds."""
    config = replace(SegmentConfig(), line_roles=mode)
    start = time.process_time()
    out = [[a.author for a in segment_record(r, config)[0]] for r in records]
    return out, time.process_time() - start


def safety(n: int = 1000) -> str:
    """Wrong names on pages that name nobody (and beside a named writer), rules alone vs the fallback, and the
    fallback's CPU on the generated pages (measured in the same run, records streamed to segment's input once)."""
    import tempfile

    from bench.dedup_corpus import labels
    from bench.scale_corpus import write_jsonl
    from bench.util import table

    rows = []
    with tempfile.TemporaryDirectory(prefix="tipline-safety-") as tmp:
        path = Path(tmp) / "pages.jsonl"
        write_jsonl(path, n)
        records = [r for r in stream_through([str(path)], "boilerplate") if isinstance(r, Article)]
    signer = {str(k): f"Author {group}" if signed else None for k, (group, _, signed) in enumerate(labels(n))}
    cpus: dict[str, list[float]] = {mode: [] for mode in SAFETY_MODES}
    for _ in range(CPU_REPEATS):  # the modes in turn, each's median: a neighbour's load falls on both alike
        for mode in SAFETY_MODES:
            cpus[mode].append(_authors(records, mode)[1])
    base_cpu = None
    for mode in SAFETY_MODES:
        got, _ = _authors(records, mode)
        cpu = sorted(cpus[mode])[CPU_REPEATS // 2]
        unsigned = sum(1 for r, names in zip(records, got, strict=True) if signer[r.source.input_id] is None
                       for name in names if name is not None)
        other = sum(1 for r, names in zip(records, got, strict=True) if signer[r.source.input_id] is not None
                    for name in names if name not in (None, signer[r.source.input_id]))
        ms = cpu / len(records) * 1000
        base_cpu = ms if base_cpu is None else base_cpu
        rows.append([f"generated {n}: {mode}", f"{unsigned} of {sum(v is None for v in signer.values())}",
                     f"{other} of {sum(v is not None for v in signer.values())}", f"{ms:.3f} (+{ms - base_cpu:.3f})"])
    tunable: dict[str, list[int]] = {mode: [0, 0, 0, 0] for mode in SAFETY_MODES}  # null, named: labels, wrong
    wrong_off: set[tuple[str, str, int]] = set()
    new_wrong: dict[str, int] = dict.fromkeys(SAFETY_MODES, 0)
    for part in TUNED:
        labelled = load_labels(REALPAGES / part)
        for name in sorted(labelled):
            records = [r for r in stream_through([str(REALPAGES / part / name)], "boilerplate")
                       if isinstance(r, Article)]
            for mode in SAFETY_MODES:
                names = [a for per_record in _authors(records, mode)[0] for a in per_record]
                counts = tunable[mode]
                for k, want in enumerate(labelled[name]["articles"]):
                    got_name = clean(names[k]) if k < len(names) else None
                    want_name = clean(want.get("author"))
                    counts[0 if want_name is None else 2] += 1
                    if got_name is not None and got_name != want_name:
                        counts[1 if want_name is None else 3] += 1
                        if mode == "off":
                            wrong_off.add((part, name, k))
                        elif (part, name, k) not in wrong_off:
                            new_wrong[mode] += 1
    for mode in SAFETY_MODES:
        c = tunable[mode]
        rows.append([f"tuned parts: {mode}", f"{c[1]} of {c[0]}", f"{c[3]} of {c[2]}",
                     f"new wrong names: {new_wrong[mode]}" if mode != "off" else ""])
    return table(["pages, line roles", "names given where nobody is named", "names other than the writer's",
                  "segment CPU ms a generated page (median of 3)"], rows)


def _html_fields(html: bytes, mode: str) -> tuple[str | None, str | None]:
    """The first article's title and author of one HTML page through read, repair, boilerplate, segment."""
    import tempfile

    with tempfile.TemporaryDirectory(prefix="tipline-roles-") as tmp:
        path = Path(tmp) / "page.html"
        path.write_bytes(html)
        config = replace(SegmentConfig(), line_roles=mode)
        for record in stream_through([str(path)], "boilerplate"):
            if isinstance(record, Article):
                out, _ = segment_record(record, config)
                if out:
                    return out[0].title, out[0].author
    return None, None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.line_roles", description=__doc__.split("\n")[0])
    parser.add_argument("what", choices=("lopo", "lopo-blind", "lopo-title", "heldout", "validation", "trafilatura",
                                         "safety", "folds"))
    parser.add_argument("--modes", default="", help="trafilatura: the modes to run, comma-separated (default: all)")
    parser.add_argument("part", nargs="?", default="holdout10",
                        help="validation: the part; heldout: the part left out (holdout12); safety: pages (1000); "
                        "folds: how many (5)")
    args = parser.parse_args(argv)
    if args.what == "lopo":
        print(lopo(collect()))
    elif args.what == "lopo-blind":  # train on every tuned part, hold out each blind one but holdout12 in turn
        examples = collect(tuple(p for p in TUNED if p != args.part))
        print(lopo(examples, tuple(p for p in BLIND if p != args.part)))
    elif args.what == "lopo-title":
        print(lopo_title(collect()))
    elif args.what == "heldout":
        print(heldout(args.part))
    elif args.what == "validation":
        print(validation(args.part))
    elif args.what == "folds":
        print(folds_transfer(int(args.part) if args.part.isdigit() else 5))
    elif args.what == "safety":
        print(safety(int(args.part) if args.part.isdigit() else 1000))
    else:
        print(trafilatura(tuple(args.modes.split(",")) if args.modes else trafilatura.__defaults__[0]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
