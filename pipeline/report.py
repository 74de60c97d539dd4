"""The HTML report behind ``tipline report``: one self-contained static page that shows a run at a glance.

Sections: run summary (inputs and their fates, rejected inputs with reasons, stages), the quality gate (every
rule of ``tipline check`` with its findings), plots (repairs by kind, article clusters by size, tips per article,
licence tags; inline SVG from :mod:`pipeline.plots`), duplicate clusters (article clusters and tip clusters apart)
and derived copies, licences with the statements they were read from, a filter over every article, and for each
article (up to ``max_articles``) its repairs, flags, tips and residual corruption with a before/after view of its
text.

The page needs nothing but itself: no fonts, images, styles or scripts from the network, and one inline script
(the article filter, allowed by its hash in the page's Content-Security-Policy; the index it searches is JSON
data). It is deterministic: the same output directory gives the same bytes (no dates; records in file order;
charts with fixed SVG ids), so ``clean/report.html`` is compared by the golden test like the JSONL.

Counts agree with the manifest: the repair plot shows the manifest's totals (a page split into several articles
is counted once, not once per article, whose records each carry the whole page's counts).

The before/after view: records carry repair *counts*, not the changed spans. When ``sources`` is on and the
record's input file is still where the record says (relative paths under ``source_root``), with the same sha256,
the page's extracted text is compared word by word with the record's text; short changes are shown in context,
long removed passages (boilerplate, the other articles of the same page) are counted. Per-change explanations
come from the repair stage itself (``tipline repair --explain``).
"""

from __future__ import annotations

import difflib
import hashlib
import json
import os
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from html import escape
from typing import Any

from . import __version__, check, io, plots
from .configs import ReportConfig  # defined there, so the CLI reads its defaults without importing this module
from .records import counts_of, sha256_bytes
from .stages import read
from .text.plain import ExtractError

NAME = "report"
# Bounds on the numbers of a record that drive what the report allocates or draws. The schemas allow any size;
# a record over these is skipped as invalid. A real article has tens of tips, not millions.
LIMITS = {"tip_count": 100_000, "expected_tip_count": 100_000, "count": 10**12}
MAX_TIP_BINS = 30  # the tips histogram has one bar per count up to this, then one "30+" bar


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


def source_text(source: dict[str, Any], root: str | Sequence[str] | None = None) -> tuple[str | None, str]:
    """Return the text the reader extracts today from a record's input file, or None and why not.

    A relative ``source.path`` is looked for under ``root`` (the current directory when ``None``; the first of
    several folders that holds it)."""
    path, fmt = source.get("path"), source.get("format")
    if fmt not in ("txt", "html") or not isinstance(path, str):
        return None, f"the input is {fmt or 'unknown'}, not a page file"
    roots = [root] if root is None or isinstance(root, str) else list(root) or [None]
    wheres = [os.path.join(r, path) if r and not os.path.isabs(path) else path for r in roots]
    where = next((w for w in wheres if os.path.isfile(w)), wheres[0])
    try:
        data = io.read_bytes(where)
    except io.InputError as exc:
        hint = "" if root else " (run the report from where the run was made, or give --source-root)"
        return None, f"{where}: {exc.detail}{hint}"
    if sha256_bytes(data) != source.get("sha256"):
        return None, f"{path} has changed since the run (sha256 differs)"
    try:
        return read.page_to_article(path, data, fmt).text, ""
    except ExtractError as exc:
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
    parts: int | None = None  # articles the page was split into (meta.page_parts), when more than one


@dataclass(frozen=True, slots=True)
class TipInfo:
    """One tip as the article's tip table shows it."""

    id: str
    position: int
    form: str
    headline: str
    attribution: str | None
    derived_from: str | None  # the tip it was found to be derived from


@dataclass(slots=True)
class LicenceRow:
    """Articles and tips under one licence tag and one matched statement."""

    tag: str
    statement: str | None
    holder: str | None = None
    conditions: tuple[str, ...] = ()
    articles: int = 0
    tips: int = 0
    attribution: str | None = None  # one tip's credit line under this licence (they differ only by author)


@dataclass(slots=True)
class TipClusterRow:
    """The tip clusters whose members come from one set of inputs (one row per pair of copied pages, not one per
    copied tip), and the articles that hold the tips kept."""

    inputs: tuple[str, ...]
    holders: list[str] = field(default_factory=list)  # article ids of the canonical tips, first seen first
    tips: int = 0
    headlines: list[str] = field(default_factory=list)
    sizes: Counter = field(default_factory=Counter)


@dataclass
class Corpus:
    """Everything the report needs, gathered in one pass over the records."""

    articles: list[ArticleInfo] = field(default_factory=list)
    tips_by_article: Counter = field(default_factory=Counter)
    tip_forms: Counter = field(default_factory=Counter)
    tips: int = 0
    unreadable: int = 0  # lines that are not records (the gate reports them)
    invalid: list[str] = field(default_factory=list)  # "file:line: why" of each record skipped as invalid
    tips_of: dict[str, list[TipInfo]] = field(default_factory=dict)  # tips of the articles shown in detail
    licences: dict[tuple[str, str | None], LicenceRow] = field(default_factory=dict)
    tip_clusters: dict[tuple[str, ...], TipClusterRow] = field(default_factory=dict)  # by the members' inputs


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


class Gatherer:
    """Keep per-article facts and the texts of the first ``max_texts`` articles, one line at a time: a
    :data:`check.Visitor`, so the report reads the records in the gate's own pass over them.

    Every record is validated first (:func:`record_problem`, from the gate's schema findings when the gate ran
    that rule): an invalid one is skipped and listed in ``invalid``, so nothing the report computes or draws rests
    on a field of the wrong type or an absurd size.
    """

    def __init__(self, max_texts: int, schema_checked: bool = True) -> None:
        self.corpus = Corpus()
        self.max_texts = max_texts
        self.schema_checked = schema_checked  # False when the gate's config ignores "schema": validate here
        self.shown: set[str] = set()  # articles shown in detail: their tips are kept (articles.jsonl is read first)

    def __call__(self, path: str, number: int | None, data: dict[str, Any] | str,
                 found: list[tuple[str, str]]) -> None:
        corpus = self.corpus
        if isinstance(data, str):
            corpus.unreadable += 1
            corpus.invalid.append(f"{path}: {data}" if number is None else f"{path}:{number}: record skipped: {data}")
            return
        schema = [message for rule, message in found if rule == "schema"] if self.schema_checked else None
        problem = record_problem(data, schema)
        if problem is not None:
            corpus.invalid.append(f"{path}:{number}: record skipped: {problem}")
        elif data["kind"] == "tip":
            _tip(corpus, data, self.shown)
        else:
            keep = len(corpus.articles) < self.max_texts
            corpus.articles.append(_article(path, number or 0, data, keep_text=keep))
            if keep:
                self.shown.add(corpus.articles[-1].id)
            _licence_row(corpus, data.get("licence")).articles += 1


def record_problem(data: dict[str, Any], schema: list[str] | None = None) -> str | None:
    """Return why a record cannot be shown (its first schema error, or a number over :data:`LIMITS`), or ``None``.
    ``schema``: the record's schema errors when the gate has found them already (``None``: validate here).

    >>> record_problem({"kind": "page"})
    "kind: 'page' is not a tipline record kind (expected 'article' or 'tip')"
    """
    errors = check.rules.rule_schema(data, check.CheckConfig()) if schema is None else schema
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


def _tip(corpus: Corpus, data: dict[str, Any], shown: set[str]) -> None:
    article_id = str(data.get("article_id"))
    corpus.tips += 1
    corpus.tips_by_article[article_id] += 1
    corpus.tip_forms[str(data.get("form"))] += 1
    row = _licence_row(corpus, data.get("licence"))
    row.tips += 1
    attribution = data.get("attribution") if isinstance(data.get("attribution"), str) else None
    if row.attribution is None:
        row.attribution = attribution
    derived = _dict(data.get("derived_from"))
    if article_id in shown:
        corpus.tips_of.setdefault(article_id, []).append(TipInfo(
            str(data.get("id")), _whole(data.get("position")) or 0, str(data.get("form")), str(data.get("headline")),
            attribution, str(derived.get("id")) if derived else None))
    cluster = _dict(data.get("cluster"))
    if cluster and cluster.get("canonical") == data.get("id"):
        source = str((_dict(data.get("source")) or {}).get("path", "?"))
        key = tuple(sorted({source, *(str(m) for m in cluster.get("member_sources") or [])}))
        group = corpus.tip_clusters.setdefault(key, TipClusterRow(key))
        if article_id not in group.holders:
            group.holders.append(article_id)
        group.tips += 1
        group.sizes[_whole(cluster.get("size")) or 1] += 1
        group.headlines.append(str(data.get("headline")))


def _licence_row(corpus: Corpus, licence: Any) -> LicenceRow:
    licence = _dict(licence) or {}
    tag = str(licence.get("tag")) if licence else "none"
    statement = licence.get("statement") if isinstance(licence.get("statement"), str) else None
    row = corpus.licences.get((tag, statement))
    if row is None:
        holder = licence.get("holder") if isinstance(licence.get("holder"), str) else None
        conditions = tuple(str(c) for c in licence.get("conditions") or [] if isinstance(c, str))
        row = corpus.licences[(tag, statement)] = LicenceRow(tag, statement, holder, conditions)
    return row


def page_repairs(articles: Iterable[ArticleInfo]) -> Counter:
    """Sum the articles' repairs once per input page: the repair stage runs before a page is split, so every
    article of a split page carries the whole page's counts.

    >>> s = {"path": "p.txt", "sha256": "0" * 64}
    >>> parts = [ArticleInfo(str(i), 1, "f", None, None, dict(s, part=i), "none", {"nbsp": 3}, [], {}, None,
    ...                      None, None, None) for i in (0, 1)]
    >>> page_repairs(parts)
    Counter({'nbsp': 3})
    """
    total: Counter = Counter()
    seen: set[tuple[Any, ...]] = set()
    for a in articles:
        page = (a.source.get("path"), a.source.get("sha256"), a.source.get("line"), a.source.get("input_id"))
        if page not in seen:
            seen.add(page)
            total.update(a.repairs)
    return total


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
        parts=_whole((_dict(data.get("meta")) or {}).get("page_parts")),
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
table.tips td:nth-child(2) { white-space: nowrap; }
input#filter { font: inherit; padding: 3px 6px; }
"""


def _h(value: Any) -> str:
    return escape(str(value), quote=True)


def _table(headers: list[str], rows: Iterable[list[str]], numeric: Iterable[int] = (), compact: bool = False,
           table_id: str | None = None, body_id: str | None = None, css: str | None = None) -> str:
    numeric = set(numeric)
    classes = " ".join(c for c in ("compact" if compact else "", css or "") if c)
    opening = "<table" + (f' id="{table_id}"' if table_id else "") + (f' class="{classes}"' if classes else "") + ">"
    head = "".join(f"<th>{_h(h)}</th>" for h in headers)
    body = "".join(
        "<tr>" + "".join(f'<td class="num">{c}</td>' if i in numeric else f"<td>{c}</td>" for i, c in enumerate(row))
        + "</tr>\n"
        for row in rows
    )
    if body_id:  # filled by the page's script
        return f'{opening}\n<thead><tr>{head}</tr></thead>\n<tbody id="{body_id}">{body}</tbody></table>\n'
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
    options = _dict(manifest.get("options")) or {}
    labels = [stage_label(name, options) for name in manifest.get("stages") or {}]
    yield (f'<p class="note">tipline {_h(manifest.get("tipline_version", "?"))}; '
           f'stages: {_h(", ".join(labels) or "none")}.</p>\n')
    rejected = []
    for entry in manifest.get("inputs") or []:
        for r in entry.get("rejected") or []:
            where = entry.get("path", "") + (f":{r['line']}" if r.get("line") else "")
            rejected.append([f"<code>{_h(where)}</code>", f"<code>{_h(r.get('reason', ''))}</code>",
                             _h(stage_label(str(r.get("stage", "")), options)), _h(r.get("detail", ""))])
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
            rows.append([f"<code>{_h(stage_label(name, options))}</code>", _h(s.get("total", "")),
                         _h(s.get("forwarded", "")), _h(s.get("dropped", "")), _h(counters)])
        yield _table(["stage", "in", "forwarded", "dropped", "counters"], rows, numeric=(1, 2, 3), compact=True,
                     table_id="stages")
    yield "</section>\n"


def stage_label(name: str, options: dict[str, Any]) -> str:
    """A stage's name for readers: the manifest keys a stage that runs twice ``dedup#2``; say what it works on.

    >>> opts = {"dedup": {"level": "article"}, "dedup#2": {"level": "tip"}}
    >>> stage_label("dedup", opts), stage_label("dedup#2", opts), stage_label("tips#3", {}), stage_label("read", {})
    ('dedup (articles)', 'dedup (tips)', 'tips (3rd run)', 'read')
    """
    base, _, nth = name.partition("#")
    level = (_dict(options.get(name)) or {}).get("level")
    if isinstance(level, str) and level:
        return f"{base} ({level}s)"
    if nth.isdigit():
        n = int(nth)
        suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
        return f"{base} ({n}{suffix} run)"
    return name


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
        found = by_rule.get(name, [])
        if name in check.result.SHARE_RULES and found:  # a share of the corpus: said once, naming the records
            quoted = (f"<li>{_h(found[0].message)}: " + _h(", ".join(f.record_id or "?" for f in found))
                      + (" …" if result.counts.get(name, 0) > len(found) else "") + "</li>")
        else:
            quoted = "".join(f"<li>{_h(f.text(short=True))}</li>" for f in found[: config.max_findings])
        detail = _h(summary) + (f'<ul class="findings">{quoted}</ul>' if quoted else "")
        rows.append([f"<code>{_h(name)}</code>", status, detail])
    yield _table(["rule", "result", "what it asserts"], rows)
    for note in result.notes:
        yield f'<p class="note">{_h(note)}</p>\n'
    yield "</section>\n"


def repair_totals(corpus: Corpus, manifest: dict[str, Any] | None) -> tuple[Counter, str]:
    """The repairs to plot, and where they come from: the manifest's totals (every page the repair stage saw,
    duplicates dropped later included) when it records a repair stage, else the records' counts summed once per
    page."""
    if manifest is not None and "repair" in (manifest.get("stages") or {}):
        return Counter(_counts(manifest.get("repairs"))), "the manifest's totals: every page the repair stage saw"
    return page_repairs(corpus.articles), "summed over the input pages of the articles (no manifest)"


def _plots(corpus: Corpus, cluster_rows: list[ClusterRow], manifest: dict[str, Any] | None) -> Iterator[str]:
    yield '<section id="plots">\n<h2>Plots</h2>\n<div class="plots">\n'
    repairs, origin = repair_totals(corpus, manifest)
    ranked = sorted(repairs.items(), key=lambda kv: (-kv[1], kv[0]))
    yield _figure("repairs", "Repairs by kind", f"{sum(repairs.values())} changes made by the repair stage "
                  f"({origin}).", ([k for k, _ in ranked], [v for _, v in ranked]),
                  "no repairs recorded (did the repair stage run?)", xlabel="changes")
    sizes = Counter(row.size for row in cluster_rows)
    yield _figure("clusters", "Article clusters by size", "Clusters of near-duplicate articles (and of identical "
                  "input files), by number of members; tip clusters are listed apart, below.",
                  ([str(s) for s in sorted(sizes)], [sizes[s] for s in sorted(sizes)]), "no article clusters",
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


def _clusters(cluster_rows: list[ClusterRow], corpus: Corpus, config: ReportConfig) -> Iterator[str]:
    yield '<section id="clusters">\n<h2>Duplicate clusters</h2>\n'
    titles = {a.id: a.title for a in corpus.articles}
    yield "<h3>Article clusters</h3>\n"
    if cluster_rows:
        rows = []
        for c in cluster_rows:
            members = "<br>".join(
                f'<span class="id">{_h(m)}</span>' + (f" — overlap {_h(o)}" if o else "") + (f" ({_h(k)})" if k else "")
                for m, o, k in c.members) or '<span class="muted">members not listed</span>'
            rows.append([f"<code>{_h(c.id)}</code>", str(c.size), _article_ref(c.canonical, titles.get(c.canonical)),
                         members])
        yield _table(["cluster", "size", "canonical member", "other members — overlap (method)"], rows, numeric=(1,),
                     table_id="article-clusters")
    else:
        yield '<p class="note" id="article-clusters">No article clusters: no article was dropped as a duplicate.</p>\n'
    yield from _tip_clusters(corpus, titles, config)
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


def _tip_clusters(corpus: Corpus, titles: dict[str, str | None], config: ReportConfig) -> Iterator[str]:
    """Tip clusters, one row per article and the inputs holding copies of its tips (a copied page shares all its
    tips: one row saying how many, not one cluster per tip)."""
    yield "<h3>Tip clusters</h3>\n"
    groups = sorted(corpus.tip_clusters.values(), key=lambda g: (-g.tips, g.inputs))
    if not groups:
        yield '<p class="note" id="tip-clusters">No tip clusters: no tip was dropped as a duplicate of another.</p>\n'
        return
    n = sum(g.tips for g in groups)
    yield (f'<p class="note">{n} tip cluster(s), one row per set of inputs whose tips were found to be copies of '
           "each other: the tips were kept once (in the articles named) and the copies dropped.</p>\n")
    rows = []
    for g in groups[: config.max_table_rows]:
        sizes = ", ".join(f"{size} ×{count}" if len(g.sizes) > 1 else str(size)
                          for size, count in sorted(g.sizes.items()))
        shown = "".join(f"<li>{_h(h)}</li>" for h in g.headlines[:3])
        more = f'<li class="muted">… {len(g.headlines) - 3} more</li>' if len(g.headlines) > 3 else ""
        rows.append(["<br>".join(f"<code>{_h(i)}</code>" for i in g.inputs),
                     "<br>".join(_article_ref(h, titles.get(h)) for h in g.holders), str(g.tips),
                     f'<span class="muted">members per cluster: {_h(sizes)}</span><ul class="findings">{shown}{more}'
                     "</ul>"])
    yield _table(["inputs sharing tips", "tips kept in", "tips shared", "headlines"], rows, numeric=(2,),
                 table_id="tip-clusters")
    if len(groups) > config.max_table_rows:
        yield f'<p class="note">{len(groups) - config.max_table_rows} more row(s) not shown.</p>\n'


def _licences(corpus: Corpus, config: ReportConfig) -> Iterator[str]:
    yield '<section id="licences">\n<h2>Licences and attribution</h2>\n'
    yield ('<p class="note">Each licence tag with the statement it was read from (verbatim), how many articles and '
           "tips carry it, and the credit line a tip under it is republished with.</p>\n")
    rows = sorted(corpus.licences.values(), key=lambda r: (-r.articles, -r.tips, r.tag, r.statement or ""))
    cells = []
    for r in rows[: config.max_table_rows]:
        statement = f"<q>{_h(r.statement)}</q>" if r.statement else '<span class="muted">(no statement found)</span>'
        conditions = ", ".join(r.conditions)
        extra = "".join(f"<br><span class=\"muted\">{_h(k)}: {_h(v)}</span>" for k, v in
                        (("holder", r.holder), ("conditions", conditions)) if v)
        cells.append([f"<code>{_h(r.tag)}</code>", statement + extra, str(r.articles), str(r.tips),
                      _h(r.attribution) if r.attribution else '<span class="muted">–</span>'])
    if cells:
        yield _table(["licence", "matched statement", "articles", "tips", "attribution line (a tip's)"], cells,
                     numeric=(2, 3), table_id="licence-table")
    else:
        yield '<p class="note" id="licence-table">No records.</p>\n'
    if len(rows) > config.max_table_rows:
        yield f'<p class="note">{len(rows) - config.max_table_rows} more statement(s) not shown.</p>\n'
    yield "</section>\n"


INDEX_FIELDS = ("id", "title", "author", "licence", "source", "tips", "flags", "repairs", "detail")
FILTER_SCRIPT = """(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("article-index").textContent);
  var fields = data.fields, rows = data.rows, limit = data.limit;
  var box = document.getElementById("filter"), body = document.getElementById("index-rows");
  var count = document.getElementById("index-count");
  var at = function (name) { return fields.indexOf(name); };
  var hay = rows.map(function (r) { return r.join(" ").toLowerCase(); });
  function cell(tr, value) {
    var td = document.createElement("td");
    td.textContent = value;
    tr.appendChild(td);
    return td;
  }
  function show() {
    var words = box.value.toLowerCase().split(/\\s+/).filter(Boolean), matched = 0;
    body.textContent = "";
    for (var i = 0; i < rows.length; i++) {
      if (!words.every(function (w) { return hay[i].indexOf(w) >= 0; })) continue;
      matched++;
      if (matched > limit) continue;
      var r = rows[i], tr = document.createElement("tr"), id = cell(tr, "");
      if (r[at("detail")]) {
        var a = document.createElement("a");
        a.href = "#a-" + r[at("id")];
        a.textContent = r[at("id")];
        id.appendChild(a);
      } else {
        id.textContent = r[at("id")];
      }
      id.className = "id";
      ["title", "author", "licence", "source", "tips", "flags", "repairs"].forEach(function (name) {
        var td = cell(tr, r[at(name)] === null ? "" : String(r[at(name)]));
        if (typeof r[at(name)] === "number") { td.className = "num"; }
      });
      body.appendChild(tr);
    }
    count.textContent = matched + " of " + rows.length + " article(s) match" +
      (matched > limit ? "; the first " + limit + " are listed" : "");
  }
  box.addEventListener("input", show);
  var q = /^#q=(.*)$/.exec(window.location.hash);
  if (q) { box.value = decodeURIComponent(q[1]); }
  show();
})();"""


def index_json(corpus: Corpus, shown: int, limit: int) -> str:
    """The compact index of every article the filter searches (one array per article), safe inside ``<script>``.

    >>> a = ArticleInfo("ab", 1, "f", "<T>", None, {"path": "p.txt", "part": 1}, "none", {"nbsp": 2}, ["x"], {},
    ...                 None, None, None, None)
    >>> index_json(Corpus(articles=[a]), 1, 100)[-64:]
    '"rows":[["ab","\\\\u003cT>",null,"none","p.txt part 1",0,"x",2,1]]}'
    """
    rows = []
    for i, a in enumerate(corpus.articles):
        source = str(a.source.get("path", "?")) + (f" part {a.source['part']}" if a.source.get("part") else "")
        tips = corpus.tips_by_article.get(a.id, a.tip_count or 0)
        rows.append([a.id, a.title, a.author, a.licence, source, tips, " ".join(a.flags), sum(a.repairs.values()),
                     1 if i < shown else 0])
    text = json.dumps({"fields": INDEX_FIELDS, "limit": limit, "rows": rows}, ensure_ascii=False,
                      separators=(",", ":"))
    return text.replace("<", "\\u003c")  # no "</script>" (or "<!--") can end the element early


def _index(corpus: Corpus, config: ReportConfig) -> Iterator[str]:
    yield '<section id="index">\n<h2>Find an article</h2>\n'
    yield ('<p><label for="filter">Filter all articles</label> <input type="search" id="filter" '
           'placeholder="words of a title, author, licence, path, flag or id" size="48" autocomplete="off"> '
           '<span class="muted" id="index-count"></span></p>\n')
    yield ('<noscript><p class="note">The filter needs JavaScript; the articles are also listed in '
           "<code>articles.jsonl</code>.</p></noscript>\n")
    yield _table(["id", "title", "author", "licence", "source", "tips", "flags", "repairs"], [], numeric=(5, 7),
                 table_id="index-table", body_id="index-rows")
    shown = min(config.max_articles, len(corpus.articles))
    yield (f'<script type="application/json" id="article-index">{index_json(corpus, shown, config.max_filter_rows)}'
           "</script>\n")
    yield f"<script>{FILTER_SCRIPT}</script>\n</section>\n"


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


def _tips_html(tips: list[TipInfo]) -> str:
    """An article's tips: position, form, headline, and the credit line (once when every tip has the same)."""
    tips = sorted(tips, key=lambda t: (t.position, t.id))
    attributions = {t.attribution for t in tips}
    same = len(attributions) == 1
    rows = []
    for t in tips:
        headline = _h(t.headline) + (f' <span class="muted">(derived from tip <span class="id">{_h(t.derived_from)}'
                                     "</span>)</span>" if t.derived_from else "")
        row = [str(t.position), _h(t.form), headline]
        if not same:
            row.append(_h(t.attribution or "–"))
        rows.append(row)
    headers = ["#", "form", "tip (headline)"] + ([] if same else ["attribution"])
    html = _table(headers, rows, numeric=(0,), css="tips")
    if same:
        credit = next(iter(attributions))
        html = (f'<p class="note">Attribution of every tip: <q>{_h(credit)}</q></p>\n' if credit else
                '<p class="note">No attribution line on these tips.</p>\n') + html
    return html


def _articles(corpus: Corpus, result: check.CheckResult, config: ReportConfig,
              source_roots: Sequence[str] = ()) -> Iterator[str]:
    yield '<section id="articles">\n<h2>Articles: repairs before and after</h2>\n'
    yield ('<p class="note">Before: the text tipline extracts from the input file today (re-read and verified by '
           'sha256); after: the record\'s text. Records carry repair counts only; the reasoning behind each change '
           'is shown by <code>tipline repair --explain</code>.</p>\n')
    if not config.sources:
        yield '<p class="note">Input files were not read (--no-sources): counts only.</p>\n'
    findings: dict[str, list[check.Finding]] = defaultdict(list)
    for f in result.findings:
        if f.record_id and f.rule not in check.result.SHARE_RULES:
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
            if a.parts and a.parts > 1:
                yield (f'<p class="note">Repairs of the whole page, shared by its {a.parts} articles (counted once in '
                       "the plot and the manifest).</p>\n")
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
        if corpus.tips_of.get(a.id):
            yield _tips_html(corpus.tips_of[a.id])
        if config.sources and a.text is not None:
            before, why = source_text(a.source, source_roots or None)
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
    gatherer = Gatherer(config.max_articles, schema_checked="schema" not in check_config.ignore)
    result = check.run(target, check_config, visit=gatherer)  # one pass: the gate's records feed the report
    corpus = gatherer.corpus
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
    cluster_rows = clusters(corpus.articles, manifest)
    name = os.path.basename(os.path.normpath(target.path)) or target.path
    body = [*_summary(manifest, corpus), *_gate(result, config), *_plots(corpus, cluster_rows, manifest),
            *_clusters(cluster_rows, corpus, config), *_licences(corpus, config), *_index(corpus, config),
            *_articles(corpus, result, config, source_roots(config.source_root, manifest_root(manifest)))]
    parts = [
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n",
        # Nothing from the network, and no script but the page's own filter (its hash): the index holds data
        # from the records, which must never run as code.
        '<meta http-equiv="Content-Security-Policy" content="default-src \'none\'; img-src data:; '
        f"style-src 'unsafe-inline'; script-src '{_script_hash(FILTER_SCRIPT)}'\">\n",
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n',
        '<link rel="icon" href="data:,">\n',  # no favicon request
        f"<title>tipline report: {_h(name)}</title>\n<style>{CSS}</style>\n</head>\n<body>\n",
        f"<header>\n<h1>tipline report: {_h(name)}</h1>\n",
        f'<p class="muted">{len(corpus.articles)} article(s) and {corpus.tips} tip(s) from '
        f"{_h(', '.join(os.path.basename(f) for f in target.files))}; report by tipline {_h(__version__)}.</p>\n",
        '<nav><a href="#summary">Summary</a><a href="#check">Quality gate</a><a href="#plots">Plots</a>'
        '<a href="#clusters">Duplicate clusters</a><a href="#licences">Licences</a><a href="#index">Find an '
        'article</a><a href="#articles">Articles</a></nav>\n</header>\n<main>\n',
        *body,
        "</main>\n</body>\n</html>\n",
    ]
    if skipped is not None:
        skipped.extend(corpus.invalid)
    return "".join(parts)


def manifest_root(manifest: dict[str, Any] | None) -> str | None:
    """The input root a manifest records (runs whose source paths are relative to it), or ``None``.

    >>> manifest_root({"root": "raw"}), manifest_root({"input_root": "/data/raw"}), manifest_root(None)
    ('raw', '/data/raw', None)
    """
    for key in ("root", "input_root"):  # the schema of issue 18 records it once; older manifests do not
        value = (manifest or {}).get(key)
        if isinstance(value, str) and value:
            return value
    return None


def source_roots(given: str | None, recorded: str | None) -> list[str]:
    """Where relative source paths may start, in order: ``--source-root`` (the folder the run was made from, or
    the input root itself) joined with the input root the manifest records, then alone; without it the recorded
    root (relative to the current directory), else nothing (the current directory).

    >>> source_roots("/w", "raw"), source_roots("/w", None), source_roots(None, "raw"), source_roots(None, None)
    (['/w/raw', '/w'], ['/w'], ['raw'], [])
    """
    if given is None:
        return [recorded] if recorded else []
    return ([os.path.join(given, recorded)] if recorded else []) + [given]


def _script_hash(script: str) -> str:
    """The CSP source that allows exactly this inline script.

    >>> _script_hash("")
    'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='
    """
    import base64

    return "sha256-" + base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode("ascii")
