"""The HTML report behind ``tipline report``: one self-contained static page that shows a run at a glance.

Sections: run summary (inputs and their fates, rejected inputs with reasons, stages), the quality gate (every
rule of ``tipline check`` with its findings), plots (repairs by kind, duplicate clusters by size, tips per
article, licence tags; inline SVG from :mod:`pipeline.plots`), duplicate clusters and derived copies, and for each
article its repairs, flags and residual corruption with a before/after view of its text.

The page needs nothing but itself: no scripts, no fonts, no images or styles from the network. It is
deterministic: the same output directory gives the same bytes (no dates; records in file order; charts with fixed
SVG ids), so ``clean/report.html`` is compared by the golden test like the JSONL.

The before/after view: records carry repair *counts*, not the changed spans. When ``sources`` is on and the
record's input file is still where the record says, with the same sha256, the page's extracted text is
compared word by word with the record's text; short changes are shown in context, long removed passages
(boilerplate, the other articles of the same page) are counted. Per-change explanations come from the repair
stage itself (``tipline repair --explain``).
"""

from __future__ import annotations

import difflib
import os
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from html import escape
from typing import Any

from . import __version__, check, io, plots
from .records import counts_of, sha256_bytes
from .stages import read
from .text import extract

NAME = "report"
# Bounds on the numbers of a record that drive what the report allocates or draws. The schemas allow any size;
# a record over these is skipped as invalid. A real article has tens of tips, not millions.
LIMITS = {"tip_count": 100_000, "expected_tip_count": 100_000, "count": 10**12}
MAX_TIP_BINS = 30  # the tips histogram has one bar per count up to this, then one "30+" bar


@dataclass(frozen=True, slots=True)
class ReportConfig:
    sources: bool = True  # re-read each article's input file to show its changes before/after
    max_articles: int = 200  # articles shown in detail (texts are held only for these); summary and plots cover all
    context_words: int = 6  # words shown on each side of a change
    max_change_words: int = 12  # a longer change is a removed passage (boilerplate, another part), counted not shown
    max_hunks: int = 60  # changes shown per article
    max_diff_words: int = 50_000  # longer texts are not compared (word diff is quadratic in the worst case)
    max_findings: int = 5  # findings quoted per failing rule in the gate section
    max_skipped_lines: int = 20  # invalid records reported one stderr line each up to this many, then counted


# ------------------------------------------------------------------------------------------------ before/after


@dataclass(frozen=True, slots=True)
class Hunk:
    """One change between two texts, with a few words of context on each side."""

    left: str
    old: str
    new: str
    right: str


@dataclass(slots=True)
class Diff:
    """The short changes between a page's text and an article's text, and the long passages left out."""

    hunks: list[Hunk] = field(default_factory=list)
    passages: int = 0  # long removed or added passages, not shown
    passage_words: int = 0
    more: int = 0  # short changes beyond the display limit


def word_diff(before: str, after: str, context: int = 6, max_words: int = 12, max_hunks: int = 60) -> Diff:
    """Compare two texts word by word (whitespace changes are ignored); return the changes.

    >>> d = word_diff("I got torepparttar 104500 checkout counter.", "I got to the checkout counter.", context=2)
    >>> d.hunks, d.passages
    ([Hunk(left='I got', old='torepparttar 104500', new='to the', right='checkout counter.')], 0)
    >>> d = word_diff("Share and Enjoy: " + "Digg " * 20 + "Smile.", "Smile.")
    >>> d.hunks, d.passages, d.passage_words
    ([], 1, 23)
    """
    a, b = before.split(), after.split()
    diff = Diff()
    matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            continue
        if i2 - i1 > max_words or j2 - j1 > max_words:
            diff.passages += 1
            diff.passage_words += max(i2 - i1, j2 - j1)
            continue
        if len(diff.hunks) >= max_hunks:
            diff.more += 1
            continue
        left = ("… " if i1 > context else "") + " ".join(a[max(i1 - context, 0):i1])
        right = " ".join(a[i2:i2 + context]) + (" …" if i2 + context < len(a) else "")
        diff.hunks.append(Hunk(left, " ".join(a[i1:i2]), " ".join(b[j1:j2]), right))
    return diff


def source_text(source: dict[str, Any], root: str | None = None) -> tuple[str | None, str]:
    """Return the text the reader extracts today from a record's input file, or None and why not.

    ``source.path`` is relative to the run's input root (the manifest's ``root``)."""
    path, fmt = source.get("path"), source.get("format")
    if fmt not in ("txt", "html") or not isinstance(path, str):
        return None, f"the input is {fmt or 'unknown'}, not a page file"
    if root is not None and not os.path.isabs(path):
        path = os.path.join(root, path)
    try:
        data = io.read_bytes(path)
    except io.InputError as exc:
        return None, f"{path}: {exc.detail}"
    if sha256_bytes(data) != source.get("sha256"):
        return None, f"{path} has changed since the run (sha256 differs)"
    try:
        return read.page_to_article(path, data, fmt).text, ""
    except extract.ExtractError as exc:
        return None, f"{path}: {exc.detail}"


# ------------------------------------------------------------------------------------------------ gathering


@dataclass(slots=True)
class ArticleInfo:
    """What the report shows of one article (the text only for the first ``max_articles``)."""

    id: str
    line: int
    file: str
    title: str | None
    author: str | None
    source: dict[str, Any]
    licence: str
    repairs: dict[str, int]
    flags: list[str]
    removed: dict[str, int]
    tip_count: int | None
    cluster: dict[str, Any] | None
    duplicate_of: dict[str, Any] | None
    derived_from: dict[str, Any] | None
    text: str | None = None


@dataclass
class Corpus:
    """Everything the report needs, gathered in one pass over the records."""

    articles: list[ArticleInfo] = field(default_factory=list)
    tips_by_article: Counter = field(default_factory=Counter)
    tip_forms: Counter = field(default_factory=Counter)
    tips: int = 0
    unreadable: int = 0  # lines that are not records (the gate reports them)
    invalid: list[str] = field(default_factory=list)  # "file:line: why" of each record skipped as invalid


def _dict(value: Any) -> dict[str, Any] | None:
    return value if isinstance(value, dict) else None


def _counts(value: Any) -> dict[str, int]:
    return {k: v for k, v in counts_of(value).items() if _whole(v) is not None}


def _whole(value: Any) -> int | None:
    """An integer the schema accepts (JSON ``3`` or ``3.0``) as an int, else ``None``.

    >>> _whole(3.0), _whole(2.5), _whole(True), _whole("3")
    (3, None, None, None)
    """
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    return int(value) if float(value).is_integer() else None


def gather(files: Iterable[str], max_texts: int, max_line_bytes: int = check.JSONL_LINE_LIMIT) -> Corpus:
    """Read the records of ``files`` once; keep per-article facts and the texts of the first ``max_texts``.

    Every record is validated first (:func:`record_problem`): an invalid one is skipped and listed in
    ``invalid``, so nothing the report computes or draws rests on a field of the wrong type or an absurd size.
    """
    corpus = Corpus()
    for path in files:
        try:
            for number, data in check.iter_lines(path, max_line_bytes):
                if isinstance(data, str):
                    corpus.unreadable += 1
                    corpus.invalid.append(f"{path}:{number}: record skipped: {data}")
                    continue
                problem = record_problem(data)
                if problem is not None:
                    corpus.invalid.append(f"{path}:{number}: record skipped: {problem}")
                elif data["kind"] == "tip":
                    corpus.tips += 1
                    corpus.tips_by_article[str(data.get("article_id"))] += 1
                    corpus.tip_forms[str(data.get("form"))] += 1
                else:
                    corpus.articles.append(_article(path, number, data, keep_text=len(corpus.articles) < max_texts))
        except io.InputError as exc:
            corpus.unreadable += 1
            corpus.invalid.append(f"{path}: {exc.detail}")
    return corpus


def record_problem(data: dict[str, Any]) -> str | None:
    """Return why a record cannot be shown (its first schema error, or a number over :data:`LIMITS`), or ``None``.

    >>> record_problem({"kind": "page"})
    "kind: 'page' is not a tipline record kind (expected 'article' or 'tip')"
    """
    errors = check.rules.rule_schema(data, check.CheckConfig())
    if errors:
        return errors[0]
    for name in ("tip_count", "expected_tip_count"):
        value = data.get(name)
        if isinstance(value, int | float) and value > LIMITS[name]:
            return f"{name} is over the report's limit of {LIMITS[name]:,}"
    for name in ("repairs", "removed"):
        for key, value in counts_of(data.get(name)).items():
            if value > LIMITS["count"]:
                return f"{name}.{key} is over the report's limit of {LIMITS['count']:,}"
    return None


def _article(path: str, number: int, data: dict[str, Any], keep_text: bool) -> ArticleInfo:
    licence = _dict(data.get("licence"))
    text = data.get("text")
    flags = data.get("flags")
    return ArticleInfo(
        id=str(data.get("id")), line=number, file=path, title=data.get("title"), author=data.get("author"),
        source=_dict(data.get("source")) or {}, licence=str(licence.get("tag")) if licence else "none",
        repairs=_counts(data.get("repairs")), flags=[str(f) for f in flags] if isinstance(flags, list) else [],
        removed=_counts(data.get("removed")), tip_count=_whole(data.get("tip_count")),
        cluster=_dict(data.get("cluster")),
        duplicate_of=_dict(data.get("duplicate_of")), derived_from=_dict(data.get("derived_from")),
        text=text if keep_text and isinstance(text, str) else None,
    )


@dataclass(slots=True)
class ClusterRow:
    """One duplicate cluster as the report's table shows it."""

    id: str
    canonical: str
    size: int
    members: list[tuple[str, str, str]]  # (id or path, overlap, method) of the non-canonical members


def clusters(articles: list[ArticleInfo], manifest: dict[str, Any] | None) -> list[ClusterRow]:
    """Collect duplicate clusters from canonical records' ``cluster`` and the manifest's duplicate inputs.

    Inputs whose bytes were identical to another input's (same id) form a cluster of their own, ``same-bytes``.

    >>> m = {"inputs": [{"path": "b.txt", "duplicates": [{"id": "a" * 16, "duplicate_of": "a" * 16}]}]}
    >>> [(c.id, c.size, c.members) for c in clusters([], m)]
    [('same-bytes:aaaaaaaaaaaaaaaa', 2, [('b.txt', '1.00', 'identical bytes')])]
    """
    relations: dict[str, tuple[str, str]] = {}
    for a in articles:
        if a.duplicate_of:
            relations[a.id] = (_overlap(a.duplicate_of.get("overlap")), str(a.duplicate_of.get("method", "")))
    rows: dict[str, ClusterRow] = {}
    for a in articles:
        c = a.cluster
        if not c or c.get("canonical") != a.id:
            continue
        members = [m for m in c.get("members") or [] if m != a.id]
        rows[str(c.get("id"))] = ClusterRow(str(c.get("id")), a.id, int(c.get("size") or len(members) + 1),
                                            [(m, *relations.get(m, ("", ""))) for m in members])
    by_canonical = {row.canonical: row for row in rows.values()}
    for entry in (manifest or {}).get("inputs") or []:
        for dup in entry.get("duplicates") or []:
            canonical, dup_id = dup.get("duplicate_of"), dup.get("id")
            if canonical == dup_id:  # the writer merged identical bytes read from two paths
                key = f"same-bytes:{canonical}"
                row = rows.setdefault(key, ClusterRow(key, str(canonical), 1, []))
                row.size += 1
                row.members.append((str(entry.get("path")), "1.00", "identical bytes"))
            elif canonical in by_canonical:
                row = by_canonical[canonical]
                known = [i for i, m in enumerate(row.members) if m[0] == dup_id]
                overlap = _overlap(dup.get("overlap"))
                member = (f"{dup_id} ({entry.get('path')})", overlap, str(dup.get("method", "")))
                if known:
                    row.members[known[0]] = member
                else:
                    row.members.append(member)
    return sorted(rows.values(), key=lambda r: (-r.size, r.id))


def _overlap(value: Any) -> str:
    return f"{value:.2f}" if isinstance(value, int | float) else ""


# ------------------------------------------------------------------------------------------------ HTML


CSS = """
:root { --ink: #1d2430; --muted: #5b6472; --line: #d9dee5; --bad: #b42318; --good: #1a7f37; --accent: #3b6ea5; }
* { box-sizing: border-box; }
body { margin: 0; font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--ink);
       background: #f6f7f9; }
header, main { max-width: 1120px; margin: 0 auto; padding: 0 24px; }
header { padding-top: 28px; }
h1 { margin: 0 0 4px; font-size: 26px; }
h2 { margin: 36px 0 12px; font-size: 20px; border-bottom: 2px solid var(--line); padding-bottom: 4px; }
h3 { margin: 0; font-size: 16px; }
nav { margin: 12px 0 0; font-size: 14px; }
nav a { margin-right: 14px; color: var(--accent); }
.muted, figcaption, .note { color: var(--muted); font-size: 13px; }
.cards { display: grid; grid-template-columns: repeat(auto-fill, minmax(140px, 1fr)); gap: 12px; }
.card { background: #fff; border: 1px solid var(--line); border-radius: 8px; padding: 10px 14px; }
.card b { display: block; font-size: 26px; }
table { border-collapse: collapse; width: 100%; background: #fff; font-size: 14px; margin: 8px 0; }
th, td { border: 1px solid var(--line); padding: 5px 8px; text-align: left; vertical-align: top; }
th { background: #eef1f5; }
td.num { text-align: right; font-variant-numeric: tabular-nums; }
table.compact { width: auto; min-width: 50%; }
code, .id { font-family: ui-monospace, "DejaVu Sans Mono", monospace; font-size: 13px; }
.pass { color: var(--good); font-weight: 600; }
.fail { color: var(--bad); font-weight: 600; }
.plots { display: grid; grid-template-columns: repeat(auto-fit, minmax(460px, 1fr)); gap: 16px; }
figure { margin: 0; background: #fff; border: 1px solid var(--line); border-radius: 8px; padding: 10px; }
figure svg { width: 100%; height: auto; display: block; }
figure .empty { min-height: 120px; display: flex; align-items: center; justify-content: center;
                color: var(--muted); font-style: italic; text-align: center; padding: 0 16px; }
details.article { background: #fff; border: 1px solid var(--line); border-radius: 8px; margin: 10px 0;
                  padding: 8px 14px; }
details.article > summary { cursor: pointer; }
.tags span { display: inline-block; background: #eef1f5; border-radius: 10px; padding: 0 8px; margin: 2px 4px 2px 0;
             font-size: 12px; }
.tags span.warn { background: #fde7e5; color: var(--bad); }
ol.hunks { padding-left: 22px; font-size: 14px; }
ol.hunks li { margin: 3px 0; }
del { background: #fde7e5; color: #8a1c12; text-decoration: line-through; }
ins { background: #dcf5e3; color: #0d5c25; text-decoration: none; }
ul.findings { margin: 4px 0; padding-left: 20px; font-size: 13px; }
"""


def _h(value: Any) -> str:
    return escape(str(value), quote=True)


def _table(headers: list[str], rows: Iterable[list[str]], numeric: Iterable[int] = (), compact: bool = False) -> str:
    numeric = set(numeric)
    opening = '<table class="compact">' if compact else "<table>"
    head = "".join(f"<th>{_h(h)}</th>" for h in headers)
    body = "".join(
        "<tr>" + "".join(f'<td class="num">{c}</td>' if i in numeric else f"<td>{c}</td>" for i, c in enumerate(row))
        + "</tr>\n"
        for row in rows
    )
    return f"{opening}\n<tr>{head}</tr>\n{body}</table>\n"


def _figure(chart_id: str, title: str, caption: str, data: tuple[list[str], list[float]] | None, empty: str,
            **chart: Any) -> str:
    if data and data[0]:
        body = plots.bar_chart(data[0], data[1], title=title, salt=chart_id, **chart)
    else:
        body = f'<div class="empty">{_h(title)}: {_h(empty)}</div>'
    return f'<figure id="plot-{chart_id}">{body}<figcaption>{_h(caption)}</figcaption></figure>\n'


def _summary(manifest: dict[str, Any] | None, corpus: Corpus) -> Iterator[str]:
    yield '<section id="summary">\n<h2>Run summary</h2>\n'
    totals = (manifest or {}).get("totals") or {}
    cards = [
        ("inputs", totals.get("inputs", "–")), ("emitted", totals.get("emitted", "–")),
        ("duplicate inputs", totals.get("duplicate", "–")), ("rejected inputs", totals.get("rejected", "–")),
        ("articles", len(corpus.articles)), ("tips", corpus.tips),
    ]
    yield '<div class="cards">' + "".join(
        f'<div class="card"><b>{_h(v)}</b>{_h(k)}</div>' for k, v in cards) + "</div>\n"
    if corpus.invalid:
        yield (f'<p class="note fail">{len(corpus.invalid)} invalid record(s) skipped: they are not in the counts, '
               "plots or tables below (the quality gate lists why).</p>\n")
    if manifest is None:
        yield '<p class="note">No manifest.json (or none valid): inputs and their fates are unknown.</p>\n'
        yield "</section>\n"
        return
    yield (f'<p class="note">tipline {_h(manifest.get("tipline_version", "?"))}; '
           f'stages: {_h(", ".join(manifest.get("stages") or {}) or "none")}.</p>\n')
    rejected = []
    for entry in manifest.get("inputs") or []:
        for r in entry.get("rejected") or []:
            where = entry.get("path", "") + (f":{r['line']}" if r.get("line") else "")
            rejected.append([f"<code>{_h(where)}</code>", f"<code>{_h(r.get('reason', ''))}</code>",
                             _h(r.get("stage", "")), _h(r.get("detail", ""))])
    yield "<h3>Rejected inputs and records</h3>\n"
    if rejected:
        reasons = Counter(row[1] for row in rejected)
        yield '<p class="note">' + ", ".join(f"{n} × {k}" for k, n in sorted(reasons.items())) + "</p>\n"
        yield _table(["input", "reason", "stage", "detail"], rejected)
    else:
        yield '<p class="note">None: every input was emitted or merged as a duplicate.</p>\n'
    stages = manifest.get("stages") or {}
    if stages:
        yield "<h3>Stages</h3>\n"
        rows = []
        for name, s in stages.items():
            counters = ", ".join(f"{k} {v}" for k, v in (s.get("counters") or {}).items())
            rows.append([f"<code>{_h(name)}</code>", _h(s.get("total", "")), _h(s.get("forwarded", "")),
                         _h(s.get("dropped", "")), _h(counters)])
        yield _table(["stage", "in", "forwarded", "dropped", "counters"], rows, numeric=(1, 2, 3), compact=True)
    yield "</section>\n"


def _gate(result: check.CheckResult, config: ReportConfig) -> Iterator[str]:
    yield '<section id="check">\n<h2>Quality gate</h2>\n'
    verdict = '<span class="pass">passed</span>' if result.ok else '<span class="fail">failed</span>'
    yield (f"<p><code>tipline check</code> {verdict}: {sum(result.counts.values())} finding(s) with the "
           f"thresholds NOASSERTION ≤ {result.config.max_noassertion_share:.0%}, duplicates ≤ "
           f"{result.config.max_duplicate_rate:.0%}, empty texts ≤ {result.config.max_empty_rate:.0%}.</p>\n")
    by_rule: dict[str, list[check.Finding]] = defaultdict(list)
    for f in result.findings:
        by_rule[f.rule].append(f)
    rows = []
    for name, summary in check.RULES.items():
        n = result.counts.get(name, 0)
        if name in result.config.ignore:
            status = '<span class="muted">ignored</span>'
        else:
            status = f'<span class="fail">{n} failure(s)</span>' if n else '<span class="pass">pass</span>'
        quoted = "".join(f"<li>{_h(f.text(short=True))}</li>" for f in by_rule.get(name, [])[: config.max_findings])
        detail = _h(summary) + (f'<ul class="findings">{quoted}</ul>' if quoted else "")
        rows.append([f"<code>{_h(name)}</code>", status, detail])
    yield _table(["rule", "result", "what it asserts"], rows)
    for note in result.notes:
        yield f'<p class="note">{_h(note)}</p>\n'
    yield "</section>\n"


def _plots(corpus: Corpus, cluster_rows: list[ClusterRow]) -> Iterator[str]:
    yield '<section id="plots">\n<h2>Plots</h2>\n<div class="plots">\n'
    repairs: Counter = Counter()
    for a in corpus.articles:
        repairs.update(a.repairs)
    ranked = sorted(repairs.items(), key=lambda kv: (-kv[1], kv[0]))
    yield _figure("repairs", "Repairs by kind", "Changes made by the repair stage, summed over articles.",
                  ([k for k, _ in ranked], [v for _, v in ranked]), "no repairs recorded (did the repair stage run?)",
                  xlabel="changes")
    sizes = Counter(row.size for row in cluster_rows)
    yield _figure("clusters", "Duplicate clusters by size", "Clusters of near-duplicate articles (and of identical "
                  "input files), by number of members.",
                  ([str(s) for s in sorted(sizes)], [sizes[s] for s in sorted(sizes)]), "no duplicate clusters",
                  xlabel="members", ylabel="clusters", horizontal=False)
    tips_ran = corpus.tips > 0 or any(a.tip_count is not None for a in corpus.articles)
    per_article = Counter()
    for a in corpus.articles:
        n = corpus.tips_by_article.get(a.id, 0)
        per_article[n if n or a.tip_count is None else a.tip_count] += 1
    top = min(max(per_article) if per_article else 0, MAX_TIP_BINS)
    bins = list(range(top + 1))
    labels = [str(b) if b < MAX_TIP_BINS else f"{MAX_TIP_BINS}+" for b in bins]
    counts = [per_article.get(b, 0) for b in bins[:MAX_TIP_BINS]]
    if top == MAX_TIP_BINS:  # every article with that many tips or more in one bar
        counts.append(sum(n for tips, n in per_article.items() if tips >= MAX_TIP_BINS))
    yield _figure("tips", "Tips per article", "Articles by number of tips written for them (0: not a list of tips).",
                  (labels, counts) if tips_ran else None,
                  "no tips in this output (did the tips stage run?)", xlabel="tips", ylabel="articles",
                  horizontal=False)
    tags = Counter(a.licence for a in corpus.articles)
    ranked = sorted(tags.items(), key=lambda kv: (-kv[1], kv[0]))
    yield _figure("licences", "Licence tags", "Articles by licence tag (none: no licence field).",
                  ([k for k, _ in ranked], [v for _, v in ranked]), "no articles", xlabel="articles")
    yield "</div>\n</section>\n"


def _clusters(cluster_rows: list[ClusterRow], corpus: Corpus) -> Iterator[str]:
    yield '<section id="clusters">\n<h2>Duplicate clusters</h2>\n'
    titles = {a.id: a.title for a in corpus.articles}
    if cluster_rows:
        rows = []
        for c in cluster_rows:
            members = "<br>".join(
                f'<span class="id">{_h(m)}</span>' + (f" — overlap {_h(o)}" if o else "") + (f" ({_h(k)})" if k else "")
                for m, o, k in c.members) or '<span class="muted">members not listed</span>'
            rows.append([f"<code>{_h(c.id)}</code>", str(c.size), _article_ref(c.canonical, titles.get(c.canonical)),
                         members])
        yield _table(["cluster", "size", "canonical member", "other members — overlap (method)"], rows, numeric=(1,))
    else:
        yield '<p class="note">No duplicate clusters in this output.</p>\n'
    derived = [a for a in corpus.articles if a.derived_from]
    yield "<h3>Derived copies</h3>\n"
    if derived:
        rows = []
        for a in derived:
            origin = a.derived_from.get("id")
            rows.append([_article_ref(a.id, a.title), _article_ref(origin, titles.get(origin)),
                         _h(_overlap(a.derived_from.get("overlap"))), _h(a.derived_from.get("method", ""))])
        yield _table(["article", "derived from", "overlap", "method"], rows, numeric=(2,))
    else:
        yield '<p class="note">No article is recorded as derived from another.</p>\n'
    yield "</section>\n"


def _article_ref(record_id: Any, title: str | None) -> str:
    return f'<span class="id">{_h(record_id)}</span> {_h(title or "")}'


def _tags(items: Iterable[tuple[str, bool]]) -> str:
    spans = "".join(f'<span class="warn">{_h(t)}</span>' if warn else f"<span>{_h(t)}</span>" for t, warn in items)
    return f'<div class="tags">{spans}</div>' if spans else ""


def _diff_html(diff: Diff) -> str:
    parts = []
    if diff.hunks:
        items = "".join(
            f"<li>{_h(h.left)} " + (f"<del>{_h(h.old)}</del>" if h.old else "")
            + (" " if h.old and h.new else "") + (f"<ins>{_h(h.new)}</ins>" if h.new else "") + f" {_h(h.right)}</li>"
            for h in diff.hunks)
        parts.append(f'<ol class="hunks">{items}</ol>')
    else:
        parts.append('<p class="note">No short change between the extracted page and this text.</p>')
    extra = []
    if diff.more:
        extra.append(f"{diff.more} more change(s) not shown")
    if diff.passages:
        extra.append(f"{diff.passages} longer passage(s) of {diff.passage_words} words in all are not in this "
                     "text (boilerplate, another article of the same page, a repeated teaser)")
    if extra:
        parts.append(f'<p class="note">{_h("; ".join(extra))}.</p>')
    return "".join(parts)


def _articles(corpus: Corpus, result: check.CheckResult, config: ReportConfig, root: str | None = None
              ) -> Iterator[str]:
    yield '<section id="articles">\n<h2>Articles: repairs before and after</h2>\n'
    yield ('<p class="note">Before: the text tipline extracts from the input file today (re-read and verified by '
           'sha256); after: the record\'s text. Records carry repair counts only; the reasoning behind each change '
           'is shown by <code>tipline repair --explain</code>.</p>\n')
    if not config.sources:
        yield '<p class="note">Input files were not read (--no-sources): counts only.</p>\n'
    findings: dict[str, list[check.Finding]] = defaultdict(list)
    for f in result.findings:
        if f.record_id and f.rule not in ("noassertion-share", "duplicate-rate", "empty-text-rate"):
            findings[f.record_id].append(f)
    shown = corpus.articles[: config.max_articles]
    for a in shown:
        total = sum(a.repairs.values())
        title = a.title or "(untitled)"
        source = a.source.get("path", "?") + (f" part {a.source['part']}" if a.source.get("part") else "")
        yield (f'<details class="article" id="a-{_h(a.id)}" open><summary><h3 style="display:inline">{_h(title)}</h3>'
               f' <span class="muted"><span class="id">{_h(a.id)}</span> · {_h(source)} · {total} repair(s)'
               f"</span></summary>\n")
        facts = [f"author: {a.author}" if a.author else "author: unknown", f"licence: {a.licence}"]
        if a.tip_count is not None or corpus.tips_by_article.get(a.id):
            facts.append(f"tips: {corpus.tips_by_article.get(a.id, a.tip_count or 0)}")
        yield _tags([(t, False) for t in facts] + [(f"flag: {f}", True) for f in a.flags])
        if a.repairs:
            yield _table(["repair", "count"], [[f"<code>{_h(k)}</code>", str(v)] for k, v in sorted(a.repairs.items())],
                         numeric=(1,), compact=True)
        else:
            yield '<p class="note">No repairs recorded.</p>\n'
        if a.removed:
            yield ('<p class="note">Boilerplate removed: '
                   + _h(", ".join(f"{k} {v}" for k, v in sorted(a.removed.items()))) + ".</p>\n")
        if findings.get(a.id):
            items = "".join(f"<li><code>{_h(f.rule)}</code> {_h(f.message)}</li>" for f in findings[a.id])
            yield f'<p class="fail">Residual problems</p><ul class="findings">{items}</ul>\n'
        if config.sources and a.text is not None:
            before, why = source_text(a.source, root)
            if before is None:
                yield f'<p class="note">Before/after not available: {_h(why)}.</p>\n'
            elif max(len(before), len(a.text)) > config.max_diff_words * 8:
                yield '<p class="note">Before/after not shown: the text is too long to compare.</p>\n'
            else:
                yield _diff_html(word_diff(before, a.text, config.context_words, config.max_change_words,
                                           config.max_hunks))
        yield "</details>\n"
    if len(corpus.articles) > len(shown):
        yield (f'<p class="note">{len(corpus.articles) - len(shown)} more article(s) not shown '
               f"(--max-articles {config.max_articles}).</p>\n")
    yield "</section>\n"


def build(target: check.Target, config: ReportConfig, check_config: check.CheckConfig,
          skipped: list[str] | None = None) -> str:
    """Return the report of ``target`` as one HTML document; append to ``skipped`` one ``file:line: why`` per
    record (or manifest) left out as invalid."""
    corpus = gather(target.files, config.max_articles, target.max_line_bytes)
    manifest = None
    if target.manifest is not None and os.path.isfile(target.manifest):
        try:
            loaded = io.read_json(target.manifest)
            manifest = loaded if isinstance(loaded, dict) else None
        except (OSError, UnicodeDecodeError, ValueError):
            manifest = None  # the gate section reports it
        errors = check.schema_errors(manifest, "manifest") if manifest is not None else []
        if errors:  # its fates and duplicates drive tables: a crafted one is left out like an invalid record
            corpus.invalid.append(f"{target.manifest}: manifest skipped: {errors[0]}")
            manifest = None
    result = check.run(target, check_config)
    cluster_rows = clusters(corpus.articles, manifest)
    name = os.path.basename(os.path.normpath(target.path)) or target.path
    parts = [
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n",
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n',
        '<link rel="icon" href="data:,">\n',  # no favicon request
        f"<title>tipline report: {_h(name)}</title>\n<style>{CSS}</style>\n</head>\n<body>\n",
        f"<header>\n<h1>tipline report: {_h(name)}</h1>\n",
        f'<p class="muted">{len(corpus.articles)} article(s) and {corpus.tips} tip(s) from '
        f"{_h(', '.join(os.path.basename(f) for f in target.files))}; report by tipline {_h(__version__)}.</p>\n",
        '<nav><a href="#summary">Summary</a><a href="#check">Quality gate</a><a href="#plots">Plots</a>'
        '<a href="#clusters">Duplicate clusters</a><a href="#articles">Articles</a></nav>\n</header>\n<main>\n',
    ]
    parts += _summary(manifest, corpus)
    parts += _gate(result, config)
    parts += _plots(corpus, cluster_rows)
    parts += _clusters(cluster_rows, corpus)
    root = manifest.get("root") if manifest is not None and isinstance(manifest.get("root"), str) else None
    parts += _articles(corpus, result, config, root)
    parts.append("</main>\n</body>\n</html>\n")
    if skipped is not None:
        skipped.extend(corpus.invalid)
    return "".join(parts)
