"""The gate's rules, one shape for all: a :class:`Rule` is a name, a scope and ``check(subject, config)``, kept in
one ordered registry (:data:`REGISTRY`). The subject is one record (a dict, as written) for **record** rules, which
yield messages; it is a :class:`Corpus` (the tally of the whole stream, the target, the manifest) for **corpus**
and **manifest** rules, which yield :class:`Finding` s. Manifest rules run after the manifest is read.
"""

from __future__ import annotations

import os
import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from .. import io, quality, schemas
from ..records import version_problem
from ..stages.write import OUTPUT_NAMES
from ..text.terms import more_permissive, requires_attribution, reuse
from .config import RULES, CheckConfig
from .result import Finding
from .schema import schema_errors

# what `write` puts in a clean/ directory, in reading order (articles first): JSONL or Parquet (--format parquet)
OUTPUT_FILES = tuple(name for names in OUTPUT_NAMES.values() for name in names.values())
MANIFEST_FILE = "manifest.json"
FLAG_ATTRIBUTION_MISSING = "attribution-missing"
NOASSERTION = "NOASSERTION"
# check and report read what tipline wrote: a record holds at most one input of --max-bytes, plus its fields and
# JSON escapes, so a line over 4 x --max-bytes (80 MB by default) is no record of ours but a mistake or a bomb;
# it is one finding, skipped while streaming, never held whole.
LINE_BYTES_FACTOR = 4
JSONL_LINE_LIMIT = LINE_BYTES_FACTOR * io.DEFAULT_MAX_BYTES
SCOPES = ("record", "corpus", "manifest")  # the order they run in


@dataclass(frozen=True, slots=True)
class Rule:
    """One rule: its name (a key of ``RULES``), its scope and its check."""

    name: str
    scope: str
    check: Callable[[Any, CheckConfig], Iterable[Any]]


REGISTRY: list[Rule] = []  # in registration order, which is the order rules run in within a scope


def rule(name: str, scope: str) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    """Register a function implementing rule ``name`` in ``scope`` (record, corpus or manifest)."""
    if name not in RULES:
        raise ValueError(f"rule {name!r} is not described in RULES")
    if scope not in SCOPES:
        raise ValueError(f"scope {scope!r} is not one of {', '.join(SCOPES)}")

    def register(fn: Callable[..., Any]) -> Callable[..., Any]:
        REGISTRY.append(Rule(name, scope, fn))
        return fn

    return register


def rules_in(scope: str) -> list[Rule]:
    """The registered rules of one scope, in order."""
    return [r for r in REGISTRY if r.scope == scope]


# ------------------------------------------------------------------------------------------------- record rules


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


class Scanned(dict):  # type: ignore[type-arg]
    """A record as :func:`check_record` hands it to the record rules: a copy of its dict that finds its text fields
    once, for the rules that scan them, and the few characters of each that are not plain ASCII
    (``quality.unplain``), for the cheap first questions of four of them (a plain dict, from any other caller,
    finds both each time)."""

    __slots__ = ("texts", "rares")

    def __init__(self, record: dict[str, Any]) -> None:
        super().__init__(record)
        self.texts = tuple(text_fields(record))
        self.rares = tuple(quality.unplain(text) for _, text in self.texts)


def texts_of(record: dict[str, Any]) -> tuple[tuple[str, str], ...]:
    """A record's text fields: found once already on a :class:`Scanned` record, else found now."""
    return record.texts if isinstance(record, Scanned) else tuple(text_fields(record))


def rares_of(record: dict[str, Any]) -> tuple[str, ...]:
    """``quality.unplain`` of each of a record's text fields, in :func:`texts_of`'s order."""
    return record.rares if isinstance(record, Scanned) else tuple(quality.unplain(t) for _, t in text_fields(record))


def _scan(record: dict[str, Any], find: Callable[[str], list[quality.Hit]], what: str,
          may_hit: Callable[[str, str], bool] | None = None) -> list[str]:
    """The messages of ``find`` over a record's text fields; ``may_hit``, when given, is asked first of each
    field's text and its ``quality.unplain`` and skips the fields where it answers False (it must answer True
    wherever ``find`` could find something)."""
    texts = texts_of(record)
    if may_hit is not None:
        texts = tuple(field for field, rare in zip(texts, rares_of(record), strict=True) if may_hit(field[1], rare))
    messages = []
    for name, value in texts:
        hits = find(value)
        if hits:
            first = hits[0]
            note = f" ({first.note})" if first.note else ""
            messages.append(f"{name}: {len(hits)} {what}, first {first.text!r}{note} in "
                            f"“{quality.excerpt(value, first)}”")
    return messages


@rule("schema", "record")
def rule_schema(record: dict[str, Any], config: CheckConfig) -> list[str]:
    """Return the first schema violations of a record, as ``path: message``. A record of an earlier version is
    validated against that version's schema; one of a version this tipline does not know gets one line saying so.

    >>> rule_schema({"kind": "page"}, CheckConfig())
    ["kind: 'page' is not a tipline record kind (expected 'article' or 'tip')"]
    >>> rule_schema({"kind": "tip", "schema": "tipline.tip/9"}, CheckConfig())[0].split(" (")[0]
    "schema: 'tipline.tip/9' is a version this tipline does not read"
    """
    kind = record.get("kind")
    if kind not in ("article", "tip"):
        return [f"kind: {kind!r} is not a tipline record kind (expected 'article' or 'tip')"]
    declared = record.get("schema")
    if isinstance(declared, str) and declared.startswith("tipline."):
        problem = version_problem(kind, declared)
        if problem is not None:  # its keys may mean other things: validating them would only mislead
            return [f"schema: {problem.removeprefix('schema ')}"]
    return schema_errors(record, kind, version=schemas.older_version(kind, declared))


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
    return _scan(record, quality.find_mojibake, "mojibake sequence(s)", quality.may_hold_mojibake)


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
    if not any(quality.may_hold_foreign_letters(rare) for rare in rares_of(record)) or not is_english(record):
        return []  # the cheap question first: most records hold no letter of another script at all
    return _scan(record, lambda t: quality.find_foreign_spam(t, config.min_foreign_run, min_latin_share=0.0),
                 "run(s) of another script")


@rule("control-chars", "record")
def rule_control_chars(record: dict[str, Any], config: CheckConfig) -> list[str]:
    """Report control characters and invisible characters.

    >>> rule_control_chars({"text": "bell\\x07"}, CheckConfig())
    ["text: 1 control/invisible character(s), first '\\\\x07' (U+0007 BELL) in “bell\\\\u0007”"]
    """
    return _scan(record, quality.find_control_chars, "control/invisible character(s)", quality.may_hold_controls)


_BIDI_CONTROL = re.compile(r"[\u202a-\u202e\u2066-\u2069]")


def find_bidi_controls(text: str) -> list[quality.Hit]:
    """Find bidirectional embeddings, overrides and isolates: they make a text read differently than it is.

    >>> [(h.start, h.note) for h in find_bidi_controls("Jane \u202eeoD\u202c")]
    [(5, 'U+202E RIGHT-TO-LEFT OVERRIDE'), (9, 'U+202C POP DIRECTIONAL FORMATTING')]
    """
    return [quality.Hit("bidi", m.start(), m.end(), m.group(), f"U+{ord(m.group()):04X} {unicodedata.name(m.group())}")
            for m in _BIDI_CONTROL.finditer(text)]


def may_hold_bidi_controls(text: str, rare: str | None = None) -> bool:
    """False when ``text`` surely holds no bidi control, asked of ``rare`` (``quality.unplain(text)``, computed when
    not given): they are all non-ASCII, so every one of the text's is there (exact).

    >>> may_hold_bidi_controls("Jane – Doe"), may_hold_bidi_controls("a\u2066b")
    (False, True)
    """
    return _BIDI_CONTROL.search(quality.unplain(text) if rare is None else rare) is not None


@rule("bidi-controls", "record")
def rule_bidi_controls(record: dict[str, Any], config: CheckConfig) -> list[str]:
    r"""Report bidirectional control characters in any text field (repair removes them).

    >>> rule_bidi_controls({"title": "a\u2066b"}, CheckConfig())[0].split(" in ")[0]
    "title: 1 bidi control character(s), first '\\u2066' (U+2066 LEFT-TO-RIGHT ISOLATE)"
    """
    return _scan(record, find_bidi_controls, "bidi control character(s)", may_hold_bidi_controls)


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


@rule("reuse", "record")
def rule_reuse(record: dict[str, Any], config: CheckConfig) -> list[str]:
    """Report a record whose reuse answer allows more than its licence does (a false grant), or drops a term the
    licence sets. An article without an answer (the tips stage did not run), or a record of an earlier version
    written before the answer existed (``tipline.tip/1``), grants nothing: nothing to check.

    >>> lic = {"tag": "LicenseRef-free-reprint", "conditions": ["keep-author-bio"]}
    >>> rule_reuse({"kind": "tip", "licence": lic, "reuse": "excerpt-ok", "reuse_conditions": []}, CheckConfig())
    ['reuse excerpt-ok is more permissive than licence LicenseRef-free-reprint allows (whole-article-only)']
    >>> rule_reuse({"kind": "tip", "licence": lic, "reuse": "whole-article-only", "reuse_conditions": []},
    ...            CheckConfig())
    ['reuse_conditions lack keep-author-bio, which licence LicenseRef-free-reprint sets']
    >>> rule_reuse({"kind": "tip", "schema": "tipline.tip/1", "licence": lic}, CheckConfig())
    []
    >>> rule_reuse({"kind": "tip", "licence": lic, "reuse": ["excerpt-ok"]}, CheckConfig())
    ["reuse ['excerpt-ok'] is no reuse answer"]
    """
    answer = record.get("reuse")
    kind = record.get("kind")
    if answer is None and (kind == "article" or schemas.older_version(str(kind), record.get("schema"))):
        return []
    if answer is not None and not isinstance(answer, str):
        return [f"reuse {answer!r} is no reuse answer"]  # (a list or an object: the schema names it too; no crash)
    licence = record.get("licence")
    tag = licence.get("tag") if isinstance(licence, dict) else None
    allowed = reuse(licence)
    if answer is None or more_permissive(answer, allowed.answer):
        return [f"reuse {answer} is more permissive than licence {tag} allows ({allowed.answer})"]
    listed = record.get("reuse_conditions")
    if more_permissive(answer, "unknown"):  # a grant: its terms must travel with it
        missing = [c for c in allowed.conditions if not isinstance(listed, list) or c not in listed]
        if missing:
            return [f"reuse_conditions lack {', '.join(missing)}, which licence {tag} sets"]
    return []


# ------------------------------------------------------------------------------------------------- corpus state


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
    older: Counter = field(default_factory=Counter)  # records of an earlier schema version, by version

    def observe(self, record: dict[str, Any], ref: Ref, config: CheckConfig) -> None:
        """Take note of one record."""
        kind = record.get("kind")
        self.kinds[kind] += 1
        if kind in ("article", "tip") and schemas.older_version(kind, record.get("schema")):
            self.older[record["schema"]] += 1
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


@dataclass
class Target:
    """What one check reads: the record files (in order) and the manifest, if any."""

    path: str
    files: list[str]
    manifest: str | None
    directory: str | None = None  # set when PATH is a clean/ directory: the manifest's outputs live there
    max_line_bytes: int = JSONL_LINE_LIMIT  # a longer line is one finding (the CLI sets 4 x --max-bytes)


@dataclass(frozen=True, slots=True)
class Corpus:
    """What corpus and manifest rules read: the tally of the stream, what was checked, and the manifest (None when
    absent or unreadable)."""

    tally: Tally
    target: Target
    manifest: dict[str, Any] | None = None


# ------------------------------------------------------------------------------------------------- corpus rules


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
def rule_duplicate_id(corpus: Corpus, config: CheckConfig) -> Iterator[Finding]:
    tally = corpus.tally
    for ref, first in tally.duplicate_ids:
        where = f"{first.file}:{first.line}" if first.line is not None else first.file
        yield Finding("duplicate-id", ref.file, ref.line, ref.id, f"id already used at {where}")


@rule("orphan-tip", "corpus")
def rule_orphan_tip(corpus: Corpus, config: CheckConfig) -> Iterator[Finding]:
    tally = corpus.tally
    if not tally.kinds.get("article"):
        return  # only tips were given: their articles are elsewhere, nothing to resolve against
    for ref, article_id in tally.tips_to_resolve:
        if article_id not in tally.articles:
            yield Finding("orphan-tip", ref.file, ref.line, ref.id, f"article_id {article_id} is not an article here")


@rule("tip-attribution", "corpus")
def rule_tip_attribution_article(corpus: Corpus, config: CheckConfig) -> Iterator[Finding]:
    tally = corpus.tally
    for ref, article_id, problem in tally.unlicensed_tips:
        if article_id in tally.needs_attribution:
            yield Finding("tip-attribution", ref.file, ref.line, ref.id,
                          f"its article {article_id} has a licence that requires attribution, but the tip {problem}")


@rule("noassertion-share", "corpus")
def rule_noassertion_share(corpus: Corpus, config: CheckConfig) -> Iterator[Finding]:
    tally = corpus.tally
    kind = tally.primary()
    yield from _rate_findings("noassertion-share", tally.noassertion[kind], tally.kinds.get(kind, 0),
                              config.max_noassertion_share, "carry no licence (NOASSERTION)", kind + "s")


@rule("empty-text-rate", "corpus")
def rule_empty_text_rate(corpus: Corpus, config: CheckConfig) -> Iterator[Finding]:
    tally = corpus.tally
    whole = tally.kinds.get("article", 0) + tally.kinds.get("tip", 0)
    yield from _rate_findings("empty-text-rate", tally.empty, whole, config.max_empty_rate,
                              "have an empty text", "records")


# ----------------------------------------------------------------------------------------------- manifest rules


@rule("duplicate-rate", "manifest")
def rule_duplicate_rate(corpus: Corpus, config: CheckConfig) -> Iterator[Finding]:
    manifest, tally, target = corpus.manifest, corpus.tally, corpus.target
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
def rule_manifest_accounting(corpus: Corpus, config: CheckConfig) -> Iterator[Finding]:
    manifest, tally, target = corpus.manifest, corpus.tally, corpus.target
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
def rule_manifest_sha256(corpus: Corpus, config: CheckConfig) -> Iterator[Finding]:
    manifest, tally, target = corpus.manifest, corpus.tally, corpus.target
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
