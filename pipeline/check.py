"""The content-quality gate behind ``tipline check``: named rules over tipline output, each a small pure function.

The input is a ``clean/`` directory (``articles.jsonl``, ``tips.jsonl``, ``manifest.json``) or any JSONL of
tipline records (plus, optionally, the manifest that describes it). Every failure is a :class:`Finding` that names
the file, the line, the record id and the rule. Rules come in three scopes:

- **record** rules look at one record (a dict, as written; fields that are absent are skipped, so the gate works
  on the output of any subset of stages) and return messages;
- **corpus** rules need the whole stream (ids seen, tips' articles, rates) and read a :class:`Tally`;
- **manifest** rules compare the manifest with the files it describes.

:func:`run` ties them together; ``cli.py`` only parses options and prints the :class:`CheckResult`.
"""

from __future__ import annotations

import dataclasses
import json
import os
import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, fields
from typing import Any

from . import io, quality, schemas
from .text.licence import requires_attribution

NAME = "check"
OUTPUT_FILES = ("articles.jsonl", "tips.jsonl")  # what `write` puts in a clean/ directory, in reading order
MANIFEST_FILE = "manifest.json"
FLAG_ATTRIBUTION_MISSING = "attribution-missing"
NOASSERTION = "NOASSERTION"
MAX_SCHEMA_ERRORS = 3  # per record; the first few say enough
JSONL_LINE_LIMIT = 1 << 31  # check reads what tipline wrote; any line size is legitimate here


@dataclass(frozen=True, slots=True)
class CheckConfig:
    """Thresholds and switches of the gate (``[tool.tipline.check]`` in pyproject.toml, or ``--max-…`` options)."""

    # Share of articles whose licence is NOASSERTION (or absent) above which the run fails. The seeds state a licence
    # on 3 of their 6 articles (0.5); a licence stage that misses one more, or did not run, goes over 0.6.
    max_noassertion_share: float = 0.6
    # Share of articles that are duplicates (dropped or kept with duplicate_of) above which the run fails: more than
    # half the corpus being copies points at a dedup threshold gone loose, or at a scrape of mirrors.
    max_duplicate_rate: float = 0.5
    # Share of records with no letters or digits in their text; a stage that empties records is broken, so the
    # tolerance is small but not zero (one stray record in a large corpus should not block a release).
    max_empty_rate: float = 0.01
    ignore: tuple[str, ...] = ()  # rule names not to run
    markers: tuple[str, ...] = quality.DEFAULT_MARKERS  # site markers that replaced a word (repparttar, ...)
    min_foreign_run: int = quality.MIN_FOREIGN_RUN  # letters of another script that count as spam
    limit: int = 100  # findings listed per rule; all are counted


@dataclass(frozen=True, slots=True)
class Finding:
    """One failure: which rule, where (file, 1-based line, record id) and what is wrong."""

    rule: str
    file: str
    line: int | None
    record_id: str | None
    message: str

    def text(self, short: bool = False) -> str:
        """Return the one-line, grep-friendly form: ``file:line: [rule] id: message`` (``short``: file name only).

        >>> f = Finding("repparttar", "clean/articles.jsonl", 3, "9bf77c11249ff70f", "text: 30 markers")
        >>> f.text()
        'clean/articles.jsonl:3: [repparttar] 9bf77c11249ff70f: text: 30 markers'
        >>> f.text(short=True)
        'articles.jsonl:3: [repparttar] 9bf77c11249ff70f: text: 30 markers'
        """
        file = os.path.basename(self.file) if short else self.file
        where = f"{file}:{self.line}" if self.line is not None else file
        who = f"{self.record_id}: " if self.record_id else ""
        return f"{where}: [{self.rule}] {who}{self.message}"


# Every rule, by name, with what it asserts (the order of the report and of `tipline check --help`).
RULES: dict[str, str] = {
    "json": "every line is a JSON object and the path holds tipline output",
    "schema": "every record (and the manifest) validates against the JSON Schema tipline ships",
    "repparttar": "no site marker that replaced a word is left (repparttar and its counter)",
    "stripped-com": "no word is left with its 'com' stripped (.pany, .puter), decided with the wordfreq lexicon",
    "mojibake": "no mojibake, by ftfy's badness heuristic",
    "foreign-spam": "English records hold no run of another script outside quotes or brackets (…-巴雷特m82a1)",
    "control-chars": "no control or invisible characters other than tab and newline",
    "bidi-controls": "no bidirectional embedding, override or isolate (U+202A–U+202E, U+2066–U+2069) is left",
    "attribution-missing": "no record is flagged attribution-missing, unless dedup credited the original's author",
    "tip-attribution": "tips whose licence requires attribution name their author in `attribution`",
    "duplicate-id": "no id occurs twice",
    "orphan-tip": "every tip's article_id names an article of the checked output",
    "noassertion-share": "the share of articles with a NOASSERTION (or no) licence is at most --max-noassertion-share",
    "duplicate-rate": "the share of duplicate articles (dropped or kept) is at most --max-duplicate-rate",
    "empty-text-rate": "the share of records whose text has no letters or digits is at most --max-empty-rate",
    "manifest-accounting": "the manifest accounts for every input (inputs = emitted + duplicate + rejected) and "
                           "every article; a duplicate's canonical is a record here, or (dedup --index) one an "
                           "earlier run published",
    "manifest-sha256": "every output file matches the sha256, size and record count the manifest gives",
}
_CHECKS: dict[str, list[tuple[str, Callable[..., Any]]]] = {"record": [], "corpus": [], "manifest": []}


def rule(name: str, scope: str) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    """Register a function implementing rule ``name`` in ``scope`` (record, corpus or manifest)."""
    if name not in RULES:
        raise ValueError(f"rule {name!r} is not described in RULES")

    def register(fn: Callable[..., Any]) -> Callable[..., Any]:
        _CHECKS[scope].append((name, fn))
        return fn

    return register


# ------------------------------------------------------------------------------------------------ record rules


def text_fields(record: dict[str, Any]) -> Iterator[tuple[str, str]]:
    """Yield ``(field, text)`` for every human-readable text a record carries (absent or null fields skipped).

    The licence ``statement`` is left out: it is verbatim evidence of what the page said.

    >>> list(text_fields({"title": "T", "text": "Body", "author": None, "author_bio": {"text": "Bio"}}))
    [('title', 'T'), ('text', 'Body'), ('author_bio.text', 'Bio')]
    """
    for name in ("title", "headline", "text", "author", "author_credentials", "signoff", "attribution"):
        value = record.get(name)
        if isinstance(value, str) and value:
            yield name, value
    bio = record.get("author_bio")
    if isinstance(bio, dict) and isinstance(bio.get("text"), str) and bio["text"]:
        yield "author_bio.text", bio["text"]


def _scan(record: dict[str, Any], find: Callable[[str], list[quality.Hit]], what: str) -> list[str]:
    messages = []
    for name, value in text_fields(record):
        hits = find(value)
        if hits:
            first = hits[0]
            note = f" ({first.note})" if first.note else ""
            messages.append(f"{name}: {len(hits)} {what}, first {first.text!r}{note} in "
                            f"“{quality.excerpt(value, first)}”")
    return messages


@rule("schema", "record")
def rule_schema(record: dict[str, Any], config: CheckConfig) -> list[str]:
    """Return the first schema violations of a record, as ``path: message``.

    >>> rule_schema({"kind": "page"}, CheckConfig())
    ["kind: 'page' is not a tipline record kind (expected 'article' or 'tip')"]
    """
    kind = record.get("kind")
    if kind not in ("article", "tip"):
        return [f"kind: {kind!r} is not a tipline record kind (expected 'article' or 'tip')"]
    return schema_errors(record, kind)


def schema_errors(data: Any, name: str) -> list[str]:
    """Validate ``data`` against the shipped schema ``name``; return up to a few ``path: message`` strings.

    >>> schema_errors({"schema": "tipline.manifest/1"}, "manifest")[0]
    "(top): 'tipline_version' is a required property"
    """
    errors = sorted(_validator(name).iter_errors(data), key=lambda e: [str(p) for p in e.absolute_path])
    out = []
    for error in errors[:MAX_SCHEMA_ERRORS]:
        where = ".".join(str(p) for p in error.absolute_path) or "(top)"
        message = error.message if len(error.message) <= 160 else error.message[:157] + "..."
        out.append(f"{where}: {message}")
    if len(errors) > MAX_SCHEMA_ERRORS:
        out.append(f"... and {len(errors) - MAX_SCHEMA_ERRORS} more schema error(s)")
    return out


_VALIDATORS: dict[str, Any] = {}


def _validator(name: str) -> Any:
    if name not in _VALIDATORS:
        import jsonschema  # imported on first use: `tipline --help` need not pay for it

        schema = schemas.load(name)
        _VALIDATORS[name] = jsonschema.Draft202012Validator(inline_refs(schema, schema.get("$defs", {})))
    return _VALIDATORS[name]


def inline_refs(node: Any, defs: dict[str, Any], depth: int = 0) -> Any:
    """Return ``node`` with every local ``{"$ref": "#/$defs/x"}`` replaced by the definition it names.

    Validation is twice as fast without jsonschema resolving references on every record; tipline's schemas have
    no recursive definitions (a cycle raises ``ValueError``).

    >>> inline_refs({"properties": {"id": {"$ref": "#/$defs/id"}}, "$defs": {"id": {"type": "string"}}},
    ...             {"id": {"type": "string"}})
    {'properties': {'id': {'type': 'string'}}}
    """
    if depth > 32:
        raise ValueError("schema definitions refer to each other in a cycle")
    if isinstance(node, dict):
        ref = node.get("$ref")
        if isinstance(ref, str) and ref.startswith("#/$defs/") and len(node) == 1:
            return inline_refs(defs[ref.removeprefix("#/$defs/")], defs, depth + 1)
        return {k: inline_refs(v, defs, depth + 1) for k, v in node.items() if k != "$defs"}
    if isinstance(node, list):
        return [inline_refs(v, defs, depth + 1) for v in node]
    return node


@rule("repparttar", "record")
def rule_repparttar(record: dict[str, Any], config: CheckConfig) -> list[str]:
    """Report site markers such as ``repparttar`` in any text field.

    >>> rule_repparttar({"text": "You see howrepparttar 104501 downward spiral"}, CheckConfig())
    ["text: 1 site marker(s), first 'repparttar 104501' in “You see howrepparttar 104501 downward spiral”"]
    """
    return _scan(record, lambda t: quality.find_markers(t, config.markers), "site marker(s)")


@rule("stripped-com", "record")
def rule_stripped_com(record: dict[str, Any], config: CheckConfig) -> list[str]:
    """Report tokens like ``.pany`` that stand for a word whose "com" a site stripped.

    >>> rule_stripped_com({"title": "Your .pany"}, CheckConfig())
    ["title: 1 stripped-'com' token(s), first '.pany' (company) in “Your .pany”"]
    >>> rule_stripped_com({"text": "Read the .pdf at example.com or .NET 4.5"}, CheckConfig())
    []
    """
    return _scan(record, quality.find_stripped_com, "stripped-'com' token(s)")


@rule("mojibake", "record")
def rule_mojibake(record: dict[str, Any], config: CheckConfig) -> list[str]:
    """Report character sequences ftfy considers mojibake.

    >>> rule_mojibake({"text": "Don’t – fine"}, CheckConfig()), len(rule_mojibake({"text": "Donâ€™t"}, CheckConfig()))
    ([], 1)
    """
    return _scan(record, quality.find_mojibake, "mojibake sequence(s)")


def is_english(record: dict[str, Any]) -> bool:
    """Tell whether a record is English: its ``language`` says so, or (when absent) its text is mostly Latin.

    >>> is_english({"text": "Smile."}), is_english({"language": "zh", "text": "Smile."})
    (True, False)
    """
    language = record.get("language")
    if isinstance(language, str) and language and not language.lower().startswith("en"):
        return False
    body = record.get("text")
    return quality.latin_share(body if isinstance(body, str) else "") >= quality.MIN_LATIN_SHARE


@rule("foreign-spam", "record")
def rule_foreign_spam(record: dict[str, Any], config: CheckConfig) -> list[str]:
    """Report runs of another script in an English record (decided once, on the body, for every field).

    >>> rule_foreign_spam({"title": "Read This…-巴雷特m82a1", "text": "Customer care."}, CheckConfig())
    ["title: 1 run(s) of another script, first '巴雷特' (CJK) in “Read This…-巴雷特m82a1”"]
    """
    if not is_english(record):
        return []
    return _scan(record, lambda t: quality.find_foreign_spam(t, config.min_foreign_run, min_latin_share=0.0),
                 "run(s) of another script")


@rule("control-chars", "record")
def rule_control_chars(record: dict[str, Any], config: CheckConfig) -> list[str]:
    """Report control characters and invisible characters.

    >>> rule_control_chars({"text": "bell\\x07"}, CheckConfig())
    ["text: 1 control/invisible character(s), first '\\\\x07' (U+0007 BELL) in “bell\\\\u0007”"]
    """
    return _scan(record, quality.find_control_chars, "control/invisible character(s)")


_BIDI_CONTROL = re.compile(r"[\u202a-\u202e\u2066-\u2069]")


def find_bidi_controls(text: str) -> list[quality.Hit]:
    """Find bidirectional embeddings, overrides and isolates: they make a text read differently than it is.

    >>> [(h.start, h.note) for h in find_bidi_controls("Jane \u202eeoD\u202c")]
    [(5, 'U+202E RIGHT-TO-LEFT OVERRIDE'), (9, 'U+202C POP DIRECTIONAL FORMATTING')]
    """
    return [quality.Hit("bidi", m.start(), m.end(), m.group(), f"U+{ord(m.group()):04X} {unicodedata.name(m.group())}")
            for m in _BIDI_CONTROL.finditer(text)]


@rule("bidi-controls", "record")
def rule_bidi_controls(record: dict[str, Any], config: CheckConfig) -> list[str]:
    r"""Report bidirectional control characters in any text field (repair removes them).

    >>> rule_bidi_controls({"title": "a\u2066b"}, CheckConfig())[0].split(" in ")[0]
    "title: 1 bidi control character(s), first '\\u2066' (U+2066 LEFT-TO-RIGHT ISOLATE)"
    """
    return _scan(record, find_bidi_controls, "bidi control character(s)")


@rule("attribution-missing", "record")
def rule_attribution_missing(record: dict[str, Any], config: CheckConfig) -> list[str]:
    """Report a record whose licence demands attribution it lost, unless dedup found and credited the original.

    >>> rule_attribution_missing({"flags": ["attribution_missing"]}, CheckConfig())
    ['flagged attribution-missing: its licence requires attribution the page no longer carries']
    >>> relation = {"id": "c283ab4378ca90f9", "overlap": 0.6, "method": "containment"}
    >>> rule_attribution_missing({"flags": ["attribution-missing"], "author": "JoAnna Brandi",
    ...                           "derived_from": relation}, CheckConfig())
    []
    """
    flags = record.get("flags")
    if not isinstance(flags, list) or FLAG_ATTRIBUTION_MISSING not in {str(f).replace("_", "-") for f in flags}:
        return []
    relation = record.get("derived_from") or record.get("duplicate_of")
    if relation and record.get("author"):
        return []
    message = "flagged attribution-missing: its licence requires attribution the page no longer carries"
    if isinstance(relation, dict):
        message += f" (it derives from {relation.get('id')}, but no author was carried over)"
    return [message]


def attribution_problem(tip: dict[str, Any]) -> str | None:
    """Return what a tip lacks to credit its author (None when it names the author in its attribution line).

    >>> attribution_problem({"author": "JoAnna Brandi", "attribution": "By JoAnna Brandi. Used with permission."})
    >>> attribution_problem({"author": None, "attribution": "Used with permission."})
    'has no author'
    >>> attribution_problem({"author": "Susan Dunn", "attribution": "From improvehomelife.com"})
    "attribution line does not name the author 'Susan Dunn'"
    """
    author = tip.get("author")
    attribution = tip.get("attribution")
    if not isinstance(author, str) or not author.strip():
        return "has no author"
    if not isinstance(attribution, str) or not attribution.strip():
        return "has no attribution line"
    if author.strip().lower() not in attribution.lower():
        return f"attribution line does not name the author {author.strip()!r}"
    return None


@rule("tip-attribution", "record")
def rule_tip_attribution(record: dict[str, Any], config: CheckConfig) -> list[str]:
    """Report a tip that lacks author attribution its own licence requires (tips without a licence are judged by
    their article's licence, in the corpus pass).

    >>> lic = {"tag": "CC-BY-4.0", "conditions": []}
    >>> rule_tip_attribution({"kind": "tip", "licence": lic, "author": None, "attribution": None}, CheckConfig())
    ['licence CC-BY-4.0 requires attribution, but the tip has no author']
    """
    if record.get("kind") != "tip" or not requires_attribution(record.get("licence")):
        return []
    problem = attribution_problem(record)
    if problem is None:
        return []
    return [f"licence {record['licence'].get('tag')} requires attribution, but the tip {problem}"]


# ------------------------------------------------------------------------------------------------ corpus state


@dataclass(slots=True)
class Ref:
    """Where a record is: file, line, id."""

    file: str
    line: int | None
    id: str | None


@dataclass
class Tally:
    """What the corpus rules need from the stream (ids and a few references; never the texts)."""

    kinds: Counter = field(default_factory=Counter)  # records by kind
    per_file: Counter = field(default_factory=Counter)  # records by file
    ids: dict[str, Ref] = field(default_factory=dict)  # first occurrence of each id
    duplicate_ids: list[tuple[Ref, Ref]] = field(default_factory=list)  # (repeat, first)
    articles: dict[str, Ref] = field(default_factory=dict)
    needs_attribution: set[str] = field(default_factory=set)  # articles whose licence requires attribution
    tips_to_resolve: list[tuple[Ref, str]] = field(default_factory=list)  # tips whose article was not seen yet
    unlicensed_tips: list[tuple[Ref, str, str]] = field(default_factory=list)  # (tip, article id, what it lacks)
    noassertion: dict[str, list[Ref]] = field(default_factory=lambda: {"article": [], "tip": []})
    duplicates: dict[str, list[Ref]] = field(default_factory=lambda: {"article": [], "tip": []})
    empty: list[Ref] = field(default_factory=list)

    def observe(self, record: dict[str, Any], ref: Ref, config: CheckConfig) -> None:
        """Take note of one record."""
        kind = record.get("kind")
        self.kinds[kind] += 1
        self.per_file[ref.file] += 1
        record_id = ref.id
        if isinstance(record_id, str):
            first = self.ids.get(record_id)
            if first is None:
                self.ids[record_id] = ref
            else:
                self.duplicate_ids.append((ref, first))
        if kind not in ("article", "tip"):
            return
        licence = record.get("licence")
        if not isinstance(licence, dict) or licence.get("tag") == NOASSERTION:
            self.noassertion[kind].append(ref)
        if record.get("duplicate_of"):
            self.duplicates[kind].append(ref)
        text = record.get("text")
        if not isinstance(text, str) or not any(ch.isalnum() for ch in text):
            self.empty.append(ref)
        if kind == "article":
            if isinstance(record_id, str):
                self.articles[record_id] = ref
                if requires_attribution(licence):
                    self.needs_attribution.add(record_id)
            return
        article_id = record.get("article_id")
        if isinstance(article_id, str) and article_id not in self.articles:
            self.tips_to_resolve.append((ref, article_id))
        if not isinstance(licence, dict):
            problem = attribution_problem(record)
            if problem is not None and isinstance(article_id, str):
                self.unlicensed_tips.append((ref, article_id, problem))

    def primary(self) -> str:
        """The kind whose shares are measured: articles, or tips when only tips were given."""
        return "article" if self.kinds.get("article") or not self.kinds.get("tip") else "tip"


# ------------------------------------------------------------------------------------------------ corpus rules


def share_over(part: int, whole: int, maximum: float) -> bool:
    """Tell whether ``part / whole`` exceeds ``maximum`` (an empty corpus never does).

    >>> share_over(4, 6, 0.6), share_over(3, 6, 0.6), share_over(0, 0, 0.0)
    (True, False, False)
    """
    return whole > 0 and part / whole > maximum


def _rate_findings(rule_name: str, refs: list[Ref], whole: int, maximum: float, what: str, noun: str
                   ) -> Iterator[Finding]:
    if not share_over(len(refs), whole, maximum):
        return
    detail = f"{len(refs)} of {whole} {noun} ({len(refs) / whole:.1%}) {what}, over the maximum of {maximum:.1%}"
    for ref in refs:
        yield Finding(rule_name, ref.file, ref.line, ref.id, detail)


@rule("duplicate-id", "corpus")
def rule_duplicate_id(tally: Tally, config: CheckConfig) -> Iterator[Finding]:
    for ref, first in tally.duplicate_ids:
        where = f"{first.file}:{first.line}" if first.line is not None else first.file
        yield Finding("duplicate-id", ref.file, ref.line, ref.id, f"id already used at {where}")


@rule("orphan-tip", "corpus")
def rule_orphan_tip(tally: Tally, config: CheckConfig) -> Iterator[Finding]:
    if not tally.kinds.get("article"):
        return  # only tips were given: their articles are elsewhere, nothing to resolve against
    for ref, article_id in tally.tips_to_resolve:
        if article_id not in tally.articles:
            yield Finding("orphan-tip", ref.file, ref.line, ref.id, f"article_id {article_id} is not an article here")


@rule("tip-attribution", "corpus")
def rule_tip_attribution_article(tally: Tally, config: CheckConfig) -> Iterator[Finding]:
    for ref, article_id, problem in tally.unlicensed_tips:
        if article_id in tally.needs_attribution:
            yield Finding("tip-attribution", ref.file, ref.line, ref.id,
                          f"its article {article_id} has a licence that requires attribution, but the tip {problem}")


@rule("noassertion-share", "corpus")
def rule_noassertion_share(tally: Tally, config: CheckConfig) -> Iterator[Finding]:
    kind = tally.primary()
    yield from _rate_findings("noassertion-share", tally.noassertion[kind], tally.kinds.get(kind, 0),
                              config.max_noassertion_share, "carry no licence (NOASSERTION)", kind + "s")


@rule("empty-text-rate", "corpus")
def rule_empty_text_rate(tally: Tally, config: CheckConfig) -> Iterator[Finding]:
    whole = tally.kinds.get("article", 0) + tally.kinds.get("tip", 0)
    yield from _rate_findings("empty-text-rate", tally.empty, whole, config.max_empty_rate,
                              "have an empty text", "records")


# --------------------------------------------------------------------------------------------- manifest rules


@dataclass
class Target:
    """What one check reads: the record files (in order) and the manifest, if any."""

    path: str
    files: list[str]
    manifest: str | None
    directory: str | None = None  # set when PATH is a clean/ directory: the manifest's outputs live there


@rule("duplicate-rate", "manifest")
def rule_duplicate_rate(manifest: dict[str, Any] | None, tally: Tally, target: Target, config: CheckConfig
                        ) -> Iterator[Finding]:
    kind = tally.primary()
    refs = list(tally.duplicates[kind])
    if manifest is not None and kind == "article":
        for entry in _entries(manifest, "inputs"):
            for dup in entry.get("duplicates") or []:
                if isinstance(dup, dict) and dup.get("id") not in tally.articles:
                    refs.append(Ref(target.manifest or MANIFEST_FILE, None, dup.get("id")))
    dropped = len(refs) - len(tally.duplicates[kind])
    yield from _rate_findings("duplicate-rate", refs, tally.kinds.get(kind, 0) + dropped, config.max_duplicate_rate,
                              "are duplicates", kind + "s")


def _entries(manifest: dict[str, Any], key: str) -> list[dict[str, Any]]:
    value = manifest.get(key)
    return [e for e in value if isinstance(e, dict)] if isinstance(value, list) else []


@rule("manifest-accounting", "manifest")
def rule_manifest_accounting(manifest: dict[str, Any] | None, tally: Tally, target: Target, config: CheckConfig
                             ) -> Iterator[Finding]:
    if target.manifest is None:
        return
    where = target.manifest
    if manifest is None:
        yield Finding("manifest-accounting", where, None, None, "no manifest: the inputs cannot be accounted for")
        return
    inputs = _entries(manifest, "inputs")
    totals = manifest.get("totals") if isinstance(manifest.get("totals"), dict) else {}
    fates = Counter(e.get("fate") for e in inputs)
    bad = lambda msg, rid=None: Finding("manifest-accounting", where, None, rid, msg)  # noqa: E731
    if totals.get("inputs") != len(inputs):
        yield bad(f"totals.inputs is {totals.get('inputs')}, but {len(inputs)} input(s) are listed")
    parts = sum(fates.get(f, 0) for f in ("emitted", "duplicate", "rejected"))
    if parts != len(inputs):
        yield bad(f"{len(inputs) - parts} input(s) have no fate (emitted, duplicate or rejected)")
    for fate in ("emitted", "duplicate", "rejected"):
        if totals.get(fate) != fates.get(fate, 0):
            yield bad(f"totals.{fate} is {totals.get(fate)}, but {fates.get(fate, 0)} input(s) are {fate}")
    emitted: dict[str, str] = {}
    for entry in inputs:
        path = entry.get("path")
        if entry.get("fate") == "rejected" and not entry.get("reason"):
            yield bad(f"input {path} is rejected without a reason")
        if entry.get("fate") == "emitted" and not entry.get("emitted"):
            yield bad(f"input {path} is emitted but lists no record")
        if entry.get("fate") == "duplicate" and not entry.get("duplicates"):
            yield bad(f"input {path} is a duplicate but names no canonical record")
        for record_id in entry.get("emitted") or []:
            emitted[record_id] = path
    if target.directory is None and not tally.kinds.get("article"):
        return  # a manifest given for a tips-only file: there are no articles to match
    for record_id, path in sorted(emitted.items()):
        if record_id not in tally.articles:
            yield bad(f"article {record_id} is listed as emitted from {path}, but no such article was written",
                      record_id)
    for record_id, ref in tally.articles.items():
        if record_id not in emitted:
            yield Finding("manifest-accounting", ref.file, ref.line, record_id,
                          "article is not accounted for by any input of the manifest")
    options = manifest.get("options") if isinstance(manifest.get("options"), dict) else {}
    indexed_run = any(name.split("#")[0] == "dedup" and isinstance(o, dict) and o.get("index")
                      for name, o in options.items())
    for entry in inputs:
        for dup in entry.get("duplicates") or []:
            canonical = dup.get("duplicate_of") if isinstance(dup, dict) else None
            if canonical is None or canonical in tally.ids:
                continue
            if dup.get("indexed") is True:  # dedup --index: the canonical was published by an earlier run
                if not indexed_run:
                    yield bad(f"input {entry.get('path')}: duplicate of {canonical} from an earlier run's index, "
                              "but no dedup stage with --index ran", dup.get("id"))
                continue
            yield bad(f"input {entry.get('path')}: duplicate of {canonical}, which is no record here", dup.get("id"))
    for kind, name in (("article", "articles"), ("tip", "tips")):
        if target.directory is None and not tally.kinds.get(kind):
            continue  # one file of a run: the other kind lives in another file
        if name in totals and totals.get(name) != tally.kinds.get(kind, 0):
            yield bad(f"totals.{name} is {totals.get(name)}, but {tally.kinds.get(kind, 0)} {name} were read")


@rule("manifest-sha256", "manifest")
def rule_manifest_sha256(manifest: dict[str, Any] | None, tally: Tally, target: Target, config: CheckConfig
                         ) -> Iterator[Finding]:
    if manifest is None or target.directory is None:
        return
    outputs = manifest.get("outputs") if isinstance(manifest.get("outputs"), dict) else {}
    where = target.manifest or MANIFEST_FILE
    for name, entry in sorted(outputs.items()):
        path = os.path.join(target.directory, name)
        if not isinstance(entry, dict):
            continue
        if not os.path.isfile(path):
            yield Finding("manifest-sha256", where, None, None, f"output {name} is listed but missing")
            continue
        sha, size = io.file_sha256(path)
        if sha != entry.get("sha256"):
            yield Finding("manifest-sha256", path, None, None,
                          f"sha256 is {sha[:16]}…, the manifest says {str(entry.get('sha256'))[:16]}… "
                          "(the file changed after the run)")
        if size != entry.get("bytes"):
            yield Finding("manifest-sha256", path, None, None, f"{size} bytes, the manifest says {entry.get('bytes')}")
        if path in tally.per_file and tally.per_file[path] != entry.get("records"):
            yield Finding("manifest-sha256", path, None, None,
                          f"{tally.per_file[path]} records, the manifest says {entry.get('records')}")
    for name in OUTPUT_FILES:
        if name not in outputs and os.path.isfile(os.path.join(target.directory, name)):
            yield Finding("manifest-sha256", os.path.join(target.directory, name), None, None,
                          "output file is not listed in the manifest")


# ------------------------------------------------------------------------------------------------ running


@dataclass
class CheckResult:
    """The outcome of one check: the findings listed (``limit`` per rule) and all of them counted."""

    path: str
    config: CheckConfig
    findings: list[Finding] = field(default_factory=list)
    counts: Counter = field(default_factory=Counter)
    records: Counter = field(default_factory=Counter)  # records read, by kind
    files: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # rules that could not run, and why

    @property
    def ok(self) -> bool:
        return not self.counts

    def add(self, finding: Finding) -> None:
        if finding.rule in self.config.ignore:
            return
        self.counts[finding.rule] += 1
        if self.counts[finding.rule] <= self.config.limit:
            self.findings.append(finding)

    def as_dict(self) -> dict[str, Any]:
        """The JSON form printed by ``--format json``."""
        return {
            "path": self.path,
            "ok": self.ok,
            "files": self.files,
            "records": dict(sorted(self.records.items())),
            "thresholds": {
                "max_noassertion_share": self.config.max_noassertion_share,
                "max_duplicate_rate": self.config.max_duplicate_rate,
                "max_empty_rate": self.config.max_empty_rate,
            },
            "ignored": list(self.config.ignore),
            "counts": dict(sorted(self.counts.items())),
            "findings": [
                {"file": f.file, "line": f.line, "record_id": f.record_id, "rule": f.rule, "message": f.message}
                for f in self.findings
            ],
            "notes": self.notes,
        }

    def text_lines(self) -> Iterator[str]:
        """The text form: one line per finding, and a line for each rule whose findings were cut at the limit."""
        for f in self.findings:
            yield f.text()
        for name, n in sorted(self.counts.items()):
            if n > self.config.limit:
                yield f"{self.path}: [{name}] ... and {n - self.config.limit} more (--limit {self.config.limit})"

    def summary(self) -> str:
        """One line for stderr."""
        seen = ", ".join(f"{n} {k}(s)" for k, n in sorted(self.records.items())) or "no records"
        if self.ok:
            return f"tipline check: {self.path}: passed ({seen})"
        rules = ", ".join(f"{name} ({n})" for name, n in sorted(self.counts.items()))
        return f"tipline check: {self.path}: {sum(self.counts.values())} failure(s) in {seen}: {rules}"


def resolve(path: str, manifest: str | None = None) -> Target:
    """Find what to read under ``path``: a clean/ directory's files, or one JSONL file (``-`` for stdin).

    Raises ``ValueError`` when there is nothing to check there.
    """
    if os.path.isdir(path):
        files = [os.path.join(path, name) for name in OUTPUT_FILES if os.path.isfile(os.path.join(path, name))]
        if not files:
            raise ValueError(f"{path} holds no {' or '.join(OUTPUT_FILES)}: is it a tipline output directory?")
        return Target(path, files, manifest or os.path.join(path, MANIFEST_FILE), directory=path)
    if path == io.STDIN:
        return Target(io.STDIN_NAME, [io.STDIN_NAME], manifest)
    if not os.path.isfile(path):
        raise ValueError(f"{path}: no such file or directory")
    return Target(path, [path], manifest)


def iter_lines(path: str) -> Iterator[tuple[int, dict[str, Any] | str]]:
    """Yield ``(line, record dict)`` from a JSONL file, or ``(line, error message)`` for a line that is no object."""
    for number, raw in io.iter_jsonl_lines(path, JSONL_LINE_LIMIT):
        if raw is None:
            yield number, f"line is over {JSONL_LINE_LIMIT:,} bytes"
            continue
        try:
            data, replaced = io.loads_json(raw)  # tipline's own safe decoding: bounded nesting, no lone surrogates
        except io.LineError as exc:
            yield number, str(exc)
            continue
        if replaced:
            yield number, f"{replaced} lone surrogate escape(s) (\\udXXX): not writable as UTF-8"
        yield number, data if isinstance(data, dict) else "line is not a JSON object"


def check_record(record: dict[str, Any], config: CheckConfig) -> Iterator[tuple[str, str]]:
    """Yield ``(rule, message)`` for every record rule the record fails (ignored rules are not run).

    >>> [r for r, _ in check_record({"kind": "tip", "text": "See .puter"}, CheckConfig(ignore=("schema",)))]
    ['stripped-com']
    """
    for name, fn in _CHECKS["record"]:
        if name not in config.ignore:
            for message in fn(record, config):
                yield name, message


def run(target: Target, config: CheckConfig) -> CheckResult:
    """Check every record of ``target``, then the corpus and the manifest; return the result."""
    result = CheckResult(path=target.path, config=config, files=list(target.files))
    tally = Tally()
    for path in target.files:
        try:
            for number, data in iter_lines(path):
                if isinstance(data, str):
                    result.add(Finding("json", path, number, None, data))
                    continue
                record_id = data.get("id") if isinstance(data.get("id"), str) else None
                ref = Ref(path, number, record_id)
                tally.observe(data, ref, config)
                result.records[str(data.get("kind"))] += 1
                for name, message in check_record(data, config):
                    result.add(Finding(name, path, number, record_id, message))
        except io.InputError as exc:
            result.add(Finding("json", path, None, None, exc.detail))
    for name, fn in _CHECKS["corpus"]:
        if name not in config.ignore:
            for finding in fn(tally, config):
                result.add(finding)
    manifest = None
    if target.manifest is not None and os.path.isfile(target.manifest):
        manifest = _load_manifest(target.manifest, result)
        if manifest is None:  # unreadable: reported as json; comparing it with the files would only repeat that
            target = dataclasses.replace(target, manifest=None)
            result.notes.append("the manifest is unreadable: manifest-accounting and manifest-sha256 were not run")
    elif target.manifest is None:
        result.notes.append("no manifest given: manifest-accounting and manifest-sha256 were not run")
    if not tally.kinds.get("article") and tally.kinds.get("tip"):
        result.notes.append("no articles given: orphan-tip was not run")
    for name, fn in _CHECKS["manifest"]:
        if name not in config.ignore:
            for finding in fn(manifest, tally, target, config):
                result.add(finding)
    return result


def _load_manifest(path: str, result: CheckResult) -> dict[str, Any] | None:
    """Read and schema-check the manifest; None (with a ``json`` finding) when it is not a JSON object."""
    try:
        manifest = io.read_json(path)
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        result.add(Finding("json", path, None, None, f"manifest is not readable JSON: {exc}"))
        return None
    if not isinstance(manifest, dict):
        result.add(Finding("json", path, None, None, "manifest is not a JSON object"))
        return None
    for message in schema_errors(manifest, "manifest"):
        result.add(Finding("schema", path, None, None, message))
    return manifest


# ------------------------------------------------------------------------------------------------ configuration


def config_from_mapping(values: dict[str, Any], origin: str, base: CheckConfig | None = None) -> CheckConfig:
    """Build a config from ``[tool.tipline.check]``-style keys (``max-noassertion-share``; ``_`` works too).

    Raises ``ValueError`` naming the key, its origin and what is expected.

    >>> config_from_mapping({"max-noassertion-share": 1, "ignore": ["mojibake"]}, "x").max_noassertion_share
    1.0
    >>> config_from_mapping({"max-dupes": 1}, "pyproject.toml")
    Traceback (most recent call last):
    ...
    ValueError: pyproject.toml: unknown key 'max-dupes' in [tool.tipline.check]; known: ignore, limit, markers, \
max-duplicate-rate, max-empty-rate, max-noassertion-share, min-foreign-run
    """
    base = base or CheckConfig()
    known = {f.name: f for f in fields(CheckConfig)}
    changes: dict[str, Any] = {}
    for key, value in values.items():
        name = key.replace("-", "_")
        if name not in known:
            listed = ", ".join(sorted(k.replace("_", "-") for k in known))
            raise ValueError(f"{origin}: unknown key {key!r} in [tool.tipline.check]; known: {listed}")
        changes[name] = _coerce(name, getattr(base, name), value, f"{origin}: {key}")
    merged = {f: getattr(base, f) for f in known} | changes
    return CheckConfig(**merged)


def _coerce(name: str, default: Any, value: Any, where: str) -> Any:
    if isinstance(default, tuple):
        if not isinstance(value, list | tuple) or not all(isinstance(v, str) for v in value):
            raise ValueError(f"{where}: expected a list of strings, got {value!r}")
        if name == "ignore":
            unknown = [v for v in value if v not in RULES]
            if unknown:
                raise ValueError(f"{where}: unknown rule(s) {', '.join(unknown)}; rules: {', '.join(RULES)}")
        return tuple(value)
    if isinstance(default, float):
        if isinstance(value, bool) or not isinstance(value, int | float) or not 0 <= value <= 1:
            raise ValueError(f"{where}: expected a share between 0 and 1, got {value!r}")
        return float(value)
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise ValueError(f"{where}: expected a whole number >= 0, got {value!r}")
    return value


def find_pyproject(start: str) -> str | None:
    """Return the nearest ``pyproject.toml`` at or above ``start``, or None."""
    here = os.path.abspath(start)
    while True:
        candidate = os.path.join(here, "pyproject.toml")
        if os.path.isfile(candidate):
            return candidate
        parent = os.path.dirname(here)
        if parent == here:
            return None
        here = parent


def load_config(pyproject: str | None) -> tuple[CheckConfig, str | None]:
    """Return the config from ``[tool.tipline.check]`` of ``pyproject`` (defaults when absent) and its origin."""
    if pyproject is None:
        return CheckConfig(), None
    data = io.read_toml(pyproject)
    section = data.get("tool", {}).get("tipline", {}).get("check")
    if section is None:
        return CheckConfig(), None
    if not isinstance(section, dict):
        raise ValueError(f"{pyproject}: [tool.tipline.check] must be a table")
    return config_from_mapping(section, pyproject), pyproject


def rules_help() -> str:
    """The rules, one per line, for ``tipline check --help`` and the README.

    >>> rules_help().splitlines()[0]
    'json                  every line is a JSON object and the path holds tipline output'
    """
    return "\n".join(f"{name:<21} {summary}" for name, summary in RULES.items())
