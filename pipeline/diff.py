"""What changed between two tipline outputs (``tipline diff OLD NEW``): for reviewing a ``make clean-data``.

Records are matched by an identity that survives a change of the cleaner, never by their content ids:

- **articles** by their input: the source path (relative to the run's input root, see :func:`path_root`), the
  line of a JSONL input (or the id the input carried, when it had one) and the part of a split page. The article
  id hashes the input's bytes, so it stays put when the cleaner changes but moves when the page is edited; the
  path keeps naming "the same article" in both cases.
- **tips** inside their matched article, by aligning the two lists of tips on their texts
  (:func:`align_tips`): identical tips pair first, then the tips left between two such anchors pair by position.
  A tip id hashes its article id and text, so it says only "identical or not"; position alone would report every
  tip after an inserted one as changed. Alignment reports the inserted tip as added and the rest as unchanged.

Everything here reads plain JSON dicts (never :func:`pipeline.records.from_dict`): the two outputs may come from
two versions of tipline whose record schemas differ (``repairs`` as a map or as a list of ``{name, count}``), and
a diff across such a change is exactly what a reviewer needs.
"""

from __future__ import annotations

import dataclasses
import difflib
import hashlib
import os
import posixpath
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from . import check, io
from .stages.write import OUTPUT_NAMES

NAME = "diff"
ARTICLE_FIELDS = ("title", "author", "licence")  # article fields compared one by one (text and tips apart)
TIP_FIELDS = ("headline", "form", "author", "licence", "attribution")


@dataclass(frozen=True, slots=True)
class DiffConfig:
    limit: int = 20  # records listed per section in the text form (a PR comment stays short); JSON lists all


class NotAnOutput(ValueError):
    """A path that is not a tipline output directory."""


# ------------------------------------------------------------------------------------------------ reading


@dataclass(frozen=True, slots=True)
class TipFacts:
    """What the diff compares of one tip."""

    id: str
    position: int
    text_sha: str
    words: int
    fields: tuple[tuple[str, str | None], ...]  # TIP_FIELDS, in order


@dataclass(frozen=True, slots=True)
class ArticleFacts:
    """What the diff compares of one article (its text only as a hash and a word count: runs can be large)."""

    key: str
    id: str
    text_sha: str
    words: int
    fields: tuple[tuple[str, str | None], ...]  # ARTICLE_FIELDS, in order
    tip_count: int | None


@dataclass
class Output:
    """One tipline output directory, read for comparison."""

    path: str
    articles: dict[str, ArticleFacts] = field(default_factory=dict)
    tips: dict[str, list[TipFacts]] = field(default_factory=dict)  # article key -> its tips by position
    orphan_tips: int = 0  # tips whose article is not in articles.jsonl
    totals: dict[str, Any] = field(default_factory=dict)  # the manifest's totals (empty without a manifest)
    skipped: list[str] = field(default_factory=list)  # "file:line: why" of lines that are no record


def counts(value: Any) -> dict[str, int]:
    """Read a count map in either form tipline has written: ``{name: n}`` or ``[{"name", "count"}]``.

    >>> counts({"nbsp": 2}), counts([{"name": "nbsp", "count": 2}]), counts(None), counts([{"name": 1}])
    ({'nbsp': 2}, {'nbsp': 2}, {}, {})
    """
    if isinstance(value, dict):
        pairs: Iterable[tuple[Any, Any]] = value.items()
    elif isinstance(value, list):
        pairs = [(e.get("name"), e.get("count")) for e in value if isinstance(e, dict)]
    else:
        return {}
    return {k: int(v) for k, v in pairs
            if isinstance(k, str) and isinstance(v, int | float) and not isinstance(v, bool)}


def licence_text(value: Any) -> str | None:
    """A licence as one comparable string: its tag, and the statement it was read from when there is one.

    >>> licence_text({"tag": "CC-BY-4.0", "statement": "Licensed CC BY 4.0."}), licence_text(None)
    ('CC-BY-4.0 ("Licensed CC BY 4.0.")', None)
    """
    if not isinstance(value, dict):
        return None
    tag = str(value.get("tag") or "NOASSERTION")
    statement = value.get("statement")
    return f'{tag} ("{statement}")' if isinstance(statement, str) and statement else tag


def path_root(paths: Iterable[str]) -> str:
    """The folder common to ``paths`` ('' for none), with its trailing '/'.

    Runs before the schema of issue 18 wrote paths as typed (``raw/a.txt``), later ones relative to the input
    root (``a.txt``); taking each run's paths relative to the folder they share makes the two comparable.

    >>> path_root(["raw/a.txt", "raw/sub/b.txt"]), path_root(["a.txt", "sub/b.txt"]), path_root(["raw/a.txt"])
    ('raw/', '', 'raw/')
    """
    dirs = {posixpath.dirname(p.replace(os.sep, "/")) for p in paths}
    if not dirs:
        return ""
    try:
        common = posixpath.commonpath(dirs)
    except ValueError:  # absolute and relative paths mixed: nothing in common
        return ""
    return "" if common in ("", ".") else common.rstrip("/") + "/"


def article_key(source: dict[str, Any], root: str) -> str:
    """The identity of an article across runs: its input (relative to ``root``), line or carried id, and part.

    >>> article_key({"path": "raw/a.txt", "part": 1}, "raw/"), article_key({"path": "b.jsonl", "line": 3}, "")
    ('a.txt part 1', 'b.jsonl:3')
    >>> article_key({"path": "c.warc", "input_id": "<urn:uuid:1>", "line": None, "part": 0}, "")
    'c.warc <urn:uuid:1>'
    """
    path = str(source.get("path", "?")).replace(os.sep, "/")
    if root and path.startswith(root):
        path = path[len(root):]
    if path.startswith("./"):
        path = path[2:]
    carried, line, part = source.get("input_id"), source.get("line"), source.get("part")
    if isinstance(carried, str | int) and not isinstance(carried, bool) and carried != "":
        path += f" {carried}"
    elif isinstance(line, int) and not isinstance(line, bool):
        path += f":{line}"
    if isinstance(part, int) and not isinstance(part, bool) and part:
        path += f" part {part}"
    return path


def _sha(text: Any) -> tuple[str, int]:
    text = text if isinstance(text, str) else ""
    return hashlib.sha256(" ".join(text.split()).encode("utf-8", "replace")).hexdigest()[:16], len(text.split())


def _str(value: Any) -> str | None:
    return value if isinstance(value, str) else None


def _lines(path: str, skipped: list[str]) -> Iterator[dict[str, Any]]:
    for number, data in check.iter_lines(path):
        if isinstance(data, str):
            skipped.append(f"{path}:{number}: {data}")
        elif data.get("kind") in ("article", "tip"):
            yield data
        else:
            skipped.append(f"{path}:{number}: not a tipline record")


def _output_file(path: str, kind: str) -> str:
    """The ``article``/``tip`` file of the output directory ``path``: JSONL, or Parquet when only that is there."""
    jsonl, parquet = (os.path.join(path, OUTPUT_NAMES[fmt][kind]) for fmt in ("jsonl", "parquet"))
    return parquet if os.path.isfile(parquet) and not os.path.isfile(jsonl) else jsonl


def load(path: str) -> Output:
    """Read the tipline output directory ``path``; raise :class:`NotAnOutput` when it is none."""
    if not os.path.isdir(path):
        raise NotAnOutput(f"{path}: not a directory (give two output folders of `tipline run` or `write`)")
    articles_file, tips_file = _output_file(path, "article"), _output_file(path, "tip")
    if not os.path.isfile(articles_file):
        raise NotAnOutput(f"{path}: holds no articles.jsonl or articles.parquet: is it a tipline output directory?")
    out = Output(path)
    manifest_file = os.path.join(path, "manifest.json")
    if os.path.isfile(manifest_file):
        try:
            manifest = io.read_json(manifest_file)
        except (OSError, UnicodeDecodeError, ValueError) as exc:
            raise NotAnOutput(f"{manifest_file}: not readable JSON ({exc})") from None
        if isinstance(manifest, dict) and isinstance(manifest.get("totals"), dict):
            out.totals = manifest["totals"]
    seen: list[tuple[dict[str, Any], ArticleFacts]] = []  # (source, facts keyed later): no text is held
    try:
        for record in _lines(articles_file, out.skipped):
            if record.get("kind") != "article":
                continue
            source = record.get("source") if isinstance(record.get("source"), dict) else {}
            text_sha, words = _sha(record.get("text"))
            tip_count = record.get("tip_count")
            seen.append(({k: source.get(k) for k in ("path", "line", "input_id", "part")}, ArticleFacts(
                "", str(record.get("id")), text_sha, words,
                (("title", _str(record.get("title"))), ("author", _str(record.get("author"))),
                 ("licence", licence_text(record.get("licence")))),
                tip_count if isinstance(tip_count, int) and not isinstance(tip_count, bool) else None)))
    except io.InputError as exc:
        raise NotAnOutput(f"{articles_file}: {exc.detail}") from None
    root = path_root(str(source.get("path", "")) for source, _ in seen)
    by_id: dict[str, str] = {}
    for source, facts in seen:
        key = article_key(source, root)
        if key in out.articles:  # two records from one input and part (should not happen): keep both apart
            key = f"{key} [{facts.id}]"
        out.articles[key] = dataclasses.replace(facts, key=key)
        by_id[facts.id] = key
    if os.path.isfile(tips_file):
        try:
            for record in _lines(tips_file, out.skipped):
                key = by_id.get(str(record.get("article_id")))
                if key is None:
                    out.orphan_tips += 1
                    continue
                text_sha, words = _sha(record.get("text"))
                position = record.get("position")
                out.tips.setdefault(key, []).append(TipFacts(
                    str(record.get("id")), position if isinstance(position, int) else 0, text_sha, words,
                    tuple((name, licence_text(record.get(name)) if name == "licence" else _str(record.get(name)))
                          for name in TIP_FIELDS)))
        except io.InputError as exc:
            raise NotAnOutput(f"{tips_file}: {exc.detail}") from None
    for tips in out.tips.values():  # tips.jsonl may be sorted by id: compare them in article order
        tips.sort(key=lambda t: (t.position, t.id))
    return out


# ------------------------------------------------------------------------------------------------ comparing


def align_tips(old: list[str], new: list[str]) -> list[tuple[int | None, int | None]]:
    """Pair the tips of one article in two runs, given their texts (or hashes) in order.

    Identical texts pair first (longest matching blocks); the tips between two such anchors pair by position,
    and what is left over on either side is removed or added.

    >>> align_tips(["a", "b", "c"], ["a", "x", "b", "c"])
    [(0, 0), (None, 1), (1, 2), (2, 3)]
    >>> align_tips(["a", "b", "c"], ["a", "B", "c"])
    [(0, 0), (1, 1), (2, 2)]
    >>> align_tips(["a", "b"], [])
    [(0, None), (1, None)]
    """
    pairs: list[tuple[int | None, int | None]] = []
    matcher = difflib.SequenceMatcher(None, old, new, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            pairs.extend(zip(range(i1, i2), range(j1, j2), strict=True))
            continue
        common = min(i2 - i1, j2 - j1)
        pairs.extend((i1 + k, j1 + k) for k in range(common))
        pairs.extend((i, None) for i in range(i1 + common, i2))
        pairs.extend((None, j) for j in range(j1 + common, j2))
    return pairs


@dataclass(slots=True)
class Change:
    """One article or tip present in both runs whose compared fields differ."""

    key: str
    old_id: str
    new_id: str
    what: list[str]  # "text", "title", "tip_count", ...
    detail: dict[str, list[Any]]  # field -> [old, new] (text: word counts)


@dataclass
class RunDiff:
    """The differences between two outputs; ``as_dict`` is the ``--format json`` document."""

    old: str
    new: str
    added: list[ArticleFacts] = field(default_factory=list)
    removed: list[ArticleFacts] = field(default_factory=list)
    changed: list[Change] = field(default_factory=list)
    tips_added: list[tuple[str, TipFacts]] = field(default_factory=list)  # (article key, tip)
    tips_removed: list[tuple[str, TipFacts]] = field(default_factory=list)
    tips_changed: list[Change] = field(default_factory=list)
    counts: dict[str, list[int]] = field(default_factory=dict)  # articles, tips, licence tags: [old, new]
    totals: dict[str, list[Any]] = field(default_factory=dict)  # manifest totals that differ: [old, new]

    @property
    def different(self) -> bool:
        return bool(self.added or self.removed or self.changed or self.tips_added or self.tips_removed
                    or self.tips_changed or self.totals)

    def kinds(self, changes: list[Change]) -> dict[str, int]:
        """How many records changed in each field.

        >>> RunDiff("a", "b").kinds([Change("k", "1", "2", ["text", "title"], {}), Change("j", "3", "3", ["text"], {})])
        {'text': 2, 'title': 1}
        """
        return dict(sorted(Counter(w for c in changes for w in c.what).items(), key=lambda kv: (-kv[1], kv[0])))

    def as_dict(self) -> dict[str, Any]:
        def article(a: ArticleFacts) -> dict[str, Any]:
            return {"key": a.key, "id": a.id, **dict(a.fields), "tip_count": a.tip_count}

        def tip(key: str, t: TipFacts) -> dict[str, Any]:
            return {"article": key, "id": t.id, "position": t.position, **dict(t.fields)}

        def change(c: Change) -> dict[str, Any]:
            return {"key": c.key, "old_id": c.old_id, "new_id": c.new_id, "changed": c.what, "detail": c.detail}

        return {
            "old": self.old, "new": self.new, "different": self.different,
            "counts": self.counts, "totals": self.totals,
            "articles": {"added": [article(a) for a in self.added], "removed": [article(a) for a in self.removed],
                         "changed": [change(c) for c in self.changed], "changed_by_field": self.kinds(self.changed)},
            "tips": {"added": [tip(k, t) for k, t in self.tips_added],
                     "removed": [tip(k, t) for k, t in self.tips_removed],
                     "changed": [change(c) for c in self.tips_changed],
                     "changed_by_field": self.kinds(self.tips_changed)},
        }

    def text_lines(self, config: DiffConfig = DiffConfig()) -> Iterator[str]:
        """The short, readable form (for a pull request): counts first, then up to ``config.limit`` records per
        section."""
        yield f"tipline diff {self.old} {self.new}"
        for name in ("articles", "tips"):
            old, new = self.counts[name]
            added, removed, changed = ((self.added, self.removed, self.changed) if name == "articles" else
                                       (self.tips_added, self.tips_removed, self.tips_changed))
            kinds = ", ".join(f"{k} {n}" for k, n in self.kinds(changed).items())
            yield (f"{name}: {old:,} -> {new:,}: {len(added):,} added, {len(removed):,} removed, "
                   f"{len(changed):,} changed" + (f" ({kinds})" if kinds else ""))
        tags = {k: v for k, v in self.counts.items() if k.startswith("licence ") and v[0] != v[1]}
        if tags:
            yield "licences: " + ", ".join(f"{k[8:]} {o:,} -> {n:,}" for k, (o, n) in tags.items())
        if self.totals:
            yield "manifest totals: " + ", ".join(f"{k} {o} -> {n}" for k, (o, n) in self.totals.items())
        if not self.different:
            yield "no differences"
            return
        sections = [
            ("added articles", [f"+ {a.key}  {_quote(dict(a.fields)['title'])}" + _tips_note(a.tip_count)
                                for a in self.added]),
            ("removed articles", [f"- {a.key}  {_quote(dict(a.fields)['title'])}" + _tips_note(a.tip_count)
                                  for a in self.removed]),
            ("changed articles", [f"~ {c.key}: {_describe(c)}" for c in self.changed]),
            ("added tips", [f"+ {k} #{t.position}: {_quote(dict(t.fields)['headline'])}" for k, t in self.tips_added]),
            ("removed tips", [f"- {k} #{t.position}: {_quote(dict(t.fields)['headline'])}"
                              for k, t in self.tips_removed]),
            ("changed tips", list(_grouped(self.tips_changed))),
        ]
        for title, lines in sections:
            if not lines:
                continue
            yield ""
            count = len(self.tips_changed) if title == "changed tips" else len(lines)
            yield f"{title} ({count:,}):"
            for line in lines[: config.limit]:
                yield "  " + line
            if len(lines) > config.limit:
                yield f"  ... and {len(lines) - config.limit:,} more (--limit, or --format json for all)"


def _quote(value: str | None, width: int = 60) -> str:
    """A title for one line of the text form.

    >>> _quote(None), _quote("A" * 70)[-4:]
    ('(untitled)', 'AA…"')
    """
    if not value:
        return "(untitled)"
    value = " ".join(value.split())
    return '"' + (value if len(value) <= width else value[: width - 1] + "…") + '"'


def _tips_note(tip_count: int | None) -> str:
    return f" ({tip_count} tips)" if tip_count else ""


def _describe(c: Change) -> str:
    """One change in words, each value cut to a few words.

    >>> _describe(Change("k", "1", "2", ["text", "licence"], {"text": [412, 398],
    ...           "licence": ['CC-BY-4.0 ("CC BY")', 'CC-BY-4.0 ("CC BY 4.0")']}))
    'text (412 -> 398 words), licence statement "CC BY" -> "CC BY 4.0"'
    """
    parts = []
    for name in c.what:
        old, new = c.detail[name]
        if name == "text":
            parts.append(f"text ({old:,} -> {new:,} words)")
        elif name == "licence" and old and new and old.split(" (", 1)[0] == new.split(" (", 1)[0]:
            statement = [v.split(" (", 1)[1][1:-2] if " (" in v else "" for v in (old, new)]
            parts.append(f'licence statement "{_short(statement[0])}" -> "{_short(statement[1])}"')
        else:
            parts.append(f"{name} {_short(old)} -> {_short(new)}")
    return ", ".join(parts)


def _short(value: Any, width: int = 40) -> str:
    if value is None:
        return "none"
    text = " ".join(str(value).split())
    return text if len(text) <= width else text[: width - 1] + "…"


def _grouped(changes: list[Change]) -> Iterator[str]:
    """Tip changes, the tips of one article changed the same way on one line (a licence edit touches them all).

    >>> c = [Change(f"a.txt #{i}", "1", "2", ["form"], {"form": ["bullet", "numbered"]}) for i in (1, 2, 3)]
    >>> list(_grouped(c + [Change("b.txt #1", "1", "2", ["text"], {"text": [3, 4]})]))
    ['~ a.txt #1-#3: form bullet -> numbered', '~ b.txt #1: text (3 -> 4 words)']
    """
    groups: dict[tuple[str, str], list[str]] = {}
    for c in changes:
        article, _, where = c.key.partition(" #")
        groups.setdefault((article, _describe(c)), []).append(where)
    for (article, what), positions in groups.items():
        yield f"~ {article} {_ranges(positions)}: {what}"


def _ranges(positions: list[str]) -> str:
    """Tip positions, runs of plain consecutive numbers folded.

    >>> _ranges(["1", "2", "3", "5", "7 (now #8)"]), _ranges(["4"])
    ('#1-#3, #5, #7 (now #8)', '#4')
    """
    out: list[str] = []
    run: list[int] = []

    def flush() -> None:
        if run:
            out.append(f"#{run[0]}" if len(run) == 1 else f"#{run[0]}-#{run[-1]}")
            run.clear()

    for p in positions:
        if p.isdigit() and (not run or int(p) == run[-1] + 1):
            run.append(int(p))
            continue
        flush()
        if p.isdigit():
            run.append(int(p))
        else:
            out.append(f"#{p}")
    flush()
    return ", ".join(out)


def _compare_fields(old: tuple[tuple[str, Any], ...], new: tuple[tuple[str, Any], ...]) -> dict[str, list[Any]]:
    return {name: [o, n] for (name, o), (_, n) in zip(old, new, strict=True) if o != n}


def compare(old: Output, new: Output) -> RunDiff:
    """Compare two outputs (see the module's docstring for how records are matched)."""
    result = RunDiff(old.path, new.path)
    for key, a in new.articles.items():
        if key not in old.articles:
            result.added.append(a)
    for key, a in old.articles.items():
        if key not in new.articles:
            result.removed.append(a)
            result.tips_removed.extend((key, t) for t in old.tips.get(key, []))
            continue
        b = new.articles[key]
        detail = {}
        if a.text_sha != b.text_sha:
            detail["text"] = [a.words, b.words]
        detail.update(_compare_fields(a.fields, b.fields))
        if a.tip_count != b.tip_count:
            detail["tip_count"] = [a.tip_count, b.tip_count]
        if detail:
            result.changed.append(Change(key, a.id, b.id, list(detail), detail))
        _compare_tips(key, old.tips.get(key, []), new.tips.get(key, []), result)
    for a in result.added:
        result.tips_added.extend((a.key, t) for t in new.tips.get(a.key, []))
    result.added.sort(key=lambda a: a.key)
    result.removed.sort(key=lambda a: a.key)
    result.changed.sort(key=lambda c: c.key)
    for items in (result.tips_added, result.tips_removed):
        items.sort(key=lambda kt: (kt[0], kt[1].position, kt[1].id))
    result.tips_changed.sort(key=lambda c: c.key)
    n_tips = (sum(map(len, old.tips.values())) + old.orphan_tips, sum(map(len, new.tips.values())) + new.orphan_tips)
    result.counts = {"articles": [len(old.articles), len(new.articles)], "tips": list(n_tips)}
    old_tags, new_tags = _tags(old), _tags(new)
    for tag in sorted(set(old_tags) | set(new_tags)):
        result.counts[f"licence {tag}"] = [old_tags.get(tag, 0), new_tags.get(tag, 0)]
    for name in sorted(set(old.totals) | set(new.totals)):
        if old.totals.get(name) != new.totals.get(name):
            result.totals[name] = [old.totals.get(name), new.totals.get(name)]
    return result


def _tags(out: Output) -> Counter:
    return Counter((dict(a.fields)["licence"] or "none").split(" (", 1)[0] for a in out.articles.values())


def _compare_tips(key: str, old: list[TipFacts], new: list[TipFacts], result: RunDiff) -> None:
    for i, j in align_tips([t.text_sha for t in old], [t.text_sha for t in new]):
        if i is None:
            result.tips_added.append((key, new[j]))
        elif j is None:
            result.tips_removed.append((key, old[i]))
        else:
            a, b = old[i], new[j]
            detail = {"text": [a.words, b.words]} if a.text_sha != b.text_sha else {}
            detail.update(_compare_fields(a.fields, b.fields))
            if detail:
                where = f"{key} #{a.position}" + (f" (now #{b.position})" if a.position != b.position else "")
                result.tips_changed.append(Change(where, a.id, b.id, list(detail), detail))


def diff(old_path: str, new_path: str) -> RunDiff:
    """Read and compare two output directories."""
    return compare(load(old_path), load(new_path))
