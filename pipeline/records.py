"""Record types that flow between stages, and their JSON form.

Every record written by tipline is one of the dataclasses here. Stages receive and yield them; ``io.py``
turns them into JSON lines and back. The JSON form of each type is described by a versioned JSON Schema
in ``pipeline/schemas/`` (see ``tipline schema NAME``).
"""

from __future__ import annotations

import copy
import hashlib
import types
import typing
from dataclasses import dataclass, field, fields, is_dataclass
from typing import Any, TypedDict

# 2: counts as lists of {name, count}, meta typed, ISO dates, relative paths; 3: html_starts written while it holds
# the markup's article openings (read -> segment over JSONL). Older versions are still read (from_dict).
ARTICLE_SCHEMA = "tipline.article/3"
TIP_SCHEMA = "tipline.tip/2"
ID_HEX_CHARS = 16
ID_PATTERN = "^[0-9a-f]{16}$"
ISO_DATE_PATTERN = "^[0-9]{4}-[0-9]{2}-[0-9]{2}(T[0-9]{2}:[0-9]{2}:[0-9]{2}Z)?$"


def content_id(*parts: str) -> str:
    """Return a short, stable content hash of ``parts`` (joined with NUL, so parts never run together).

    >>> content_id("raw/a.txt", "0")
    'd94f782a1016278d'
    >>> content_id("ab", "c") != content_id("a", "bc")
    True
    """
    digest = hashlib.sha256("\0".join(parts).encode("utf-8")).hexdigest()
    return digest[:ID_HEX_CHARS]


def sha256_bytes(data: bytes) -> str:
    """Return the hex sha256 of ``data``.

    >>> sha256_bytes(b"")[:12]
    'e3b0c44298fc'
    """
    return hashlib.sha256(data).hexdigest()


def spec(**schema: Any) -> dict[str, Any]:
    """Field metadata: JSON Schema keywords that narrow the type the field's hint gives (pattern, enum, range).

    The hints say what a field holds; these say what values are valid. Both feed :mod:`pipeline.schemas`, which
    generates the JSON Schemas, the Arrow schema and the HF ``datasets.Features`` from the types below.

    >>> spec(minimum=0)
    {'schema': {'minimum': 0}}
    """
    return {"schema": schema}


REUSE_ANSWERS = ["excerpt-ok", "whole-article-only", "ask-permission", "unknown"]  # text.licence.reuse
REUSE_CONDITIONS = ["attribution-required", "keep-author-bio", "keep-links", "keep-links-active",
                    "keep-copyright-notice", "entire-article-only", "no-modification", "non-commercial",
                    "print-only", "online-only", "share-alike", "notify-author", "permission-required"]
REUSE_TEXT = (
    "May one tip be republished alone? The one answer tipline derives from `licence` (pipeline.text.licence.reuse), "
    "strictest first: `ask-permission` (all rights reserved, used with permission: no grant to others), `unknown` "
    "(no licence stated, or terms tipline cannot read: no grant either), `whole-article-only` (a free-reprint grant "
    "or a Creative Commons ND licence: only the entire article with its author box may be republished, never a tip "
    "alone), `excerpt-ok` (public domain, CC0, or a Creative Commons licence without ND: the tip may travel alone on "
    "the terms in `reuse_conditions`). Never more permissive than the licence's own words; a copy in a duplicate "
    "cluster carries the strictest answer of its cluster.")
REUSE = spec(enum=REUSE_ANSWERS, description=REUSE_TEXT)
REUSE_TERMS = spec(items={"enum": REUSE_CONDITIONS}, uniqueItems=True, description=(
    "The terms beside `reuse`, from the licence's conditions and its Creative Commons elements, e.g. "
    "attribution-required (credit the author: see `attribution`), non-commercial, share-alike, keep-author-bio; "
    "`permission-required` for ask-permission; empty for unknown."))
ID = spec(pattern=ID_PATTERN, description="16 lowercase hex digits: a string, never a number (see README, dtypes)")
FLAGS = spec(items={"pattern": "^[a-z0-9-]+$"}, uniqueItems=True)
HTML_STARTS_TEXT = (
    "The opening line of each article after the first that the HTML page's markup sets apart (sibling <article> or "
    "h-entry elements, each a whole article): set by read, used and emptied by segment, which splits there first. "
    "Written only while it holds something: absent on a page of one article and on every record past segment.")
HTML_BYLINES_TEXT = (
    "The writer each article after the first names in its own markup (its .byline, rel=author or itemprop=author "
    "element), in html_starts' order, \"\" for one that names none: set by read with html_starts, used and emptied "
    "by segment, which credits the article starting there when its text names no writer. Written only while it "
    "holds something.")
HTML_LEADS_TEXT = (
    "The bold words the HTML page's paragraphs and list items open with (\"<li><b>Dim the lights</b> at nine\"): set "
    "by read, used and emptied by tips, which heads a tip opening with one by it. Written only while it holds "
    "something: absent on text pages, on pages without bold leads and on every record past tips.")


def hand_off(**schema: Any) -> dict[str, Any]:
    """Field metadata of a hand-off: a list one stage fills for a later one, which empties it once used.

    It is written only while it holds something, so it survives a JSONL file between the two stages (``tipline
    read ... write-jsonl`` then ``read-jsonl ... segment``) while records past the stage that uses it, the final
    output among them, never carry the key. The JSON Schema names it as an optional property; the table forms
    (Arrow schema, Parquet, ``datasets.Features``) leave it out: a column empty in every final row is no column.

    >>> hand_off(description="d")
    {'hand_off': True, 'schema': {'description': 'd'}}
    """
    return {"hand_off": True, **spec(**schema)}


@dataclass(slots=True)
class Source:
    """Where a record came from: enough to find the exact bytes again."""

    path: str = field(metadata=spec(minLength=1, description=(
        "The input file relative to the run's input root (the manifest's root), '/'-separated; moving the root "
        "does not change it. Stdin is '<stdin>'.")))
    sha256: str = field(metadata=spec(pattern="^[0-9a-f]{64}$"))
    size: int = field(metadata=spec(minimum=0))
    format: str = field(metadata=spec(enum=["txt", "html", "jsonl", "warc", "record"]))
    encoding: str | None = None
    encoding_method: str | None = None  # how the encoding was decided: bom, utf-8, declared, cp1252, sniffed
    url: str | None = None
    date: str | None = field(default=None, metadata=spec(pattern=ISO_DATE_PATTERN, description=(
        "ISO 8601: YYYY-MM-DD, or YYYY-MM-DDTHH:MM:SSZ in UTC; other forms are normalised when read "
        "(epoch seconds, RFC 2822, offsets), an unreadable date is null and kept in meta.unparsed_date.")))
    line: int | None = field(default=None, metadata=spec(minimum=1))  # 1-based line number for JSONL inputs
    part: int = field(default=0, metadata=spec(minimum=0))  # index of the article within its page
    input_id: str | None = None  # the id the input itself carried (JSONL), kept verbatim


@dataclass(slots=True)
class Licence:
    """Licence of an article: an SPDX id or a documented ``LicenseRef-…``, with its evidence."""

    tag: str = field(default="NOASSERTION", metadata=spec(
        pattern="^(NOASSERTION|NONE|LicenseRef-[A-Za-z0-9.-]+|[A-Za-z0-9.+-]+)$"))
    holder: str | None = None
    year: int | None = field(default=None, metadata=spec(minimum=1900, maximum=2100))
    statement: str | None = None  # verbatim text the tag was read from
    # e.g. keep-author-bio, keep-links, entire-article-only
    conditions: list[str] = field(default_factory=list, metadata=FLAGS)


@dataclass(slots=True)
class AuthorBio:
    """The "About the Author" / resource-box text, with contacts pulled out as fields."""

    text: str
    emails: list[str] = field(default_factory=list)
    urls: list[str] = field(default_factory=list)


@dataclass(slots=True)
class Relation:
    """A link from one record to another found by dedup: ``duplicate_of`` or ``derived_from``."""

    id: str = field(metadata=ID)
    # measured Jaccard (duplicate_of) or containment (derived_from)
    overlap: float = field(metadata=spec(minimum=0, maximum=1))
    method: str  # e.g. "minhash-jaccard", "containment", "function-word-skeleton"
    # What decided which record is the original: "cites", "date", "author-box", "known-copy", "containment", or
    # "none" (nothing did: the link stands, its direction is not claimed). None on records from before issue 17.
    evidence: str | None = field(default=None, metadata=spec(
        enum=["cites", "date", "containment", "known-copy", "author-box", "none", None], description=(
            "What decided which record is the original: a page that cites the other, the earlier date, the page "
            "that contains the other, a copy known from an index, a complete author box; 'none' when nothing "
            "decided (the link stands, its direction is not claimed).")))


@dataclass(slots=True)
class Cluster:
    """Membership of a near-duplicate cluster."""

    id: str
    canonical: str = field(metadata=ID)
    size: int = field(metadata=spec(minimum=1))
    # sorted record ids (on the canonical record only)
    members: list[str] = field(default_factory=list, metadata=spec(items={"pattern": ID_PATTERN}))
    member_sources: list[str] = field(default_factory=list)  # source paths of all members (canonical only)
    # which dedup level made the cluster (tip clusters are per tip); None on records from before issue 17
    level: str | None = field(default=None, metadata=spec(enum=["article", "tip", None]))


class Meta(TypedDict, total=False):
    """What a record's ``meta`` may hold: a plain dict in memory, every key optional (written as null when
    absent, so the column exists in every run). A stage that keeps something new declares it here first; an
    undeclared key fails when the record is written."""

    page_parts: int  # parts the page was split into (segment)
    undecodable_chars: int  # bytes no encoding could decode (read)
    invalid_unicode: int  # lone surrogates replaced in a JSONL line (read)
    invalid_fields: list[str]  # optional JSONL fields of the wrong type, dropped (read)
    unparsed_date: str  # a date the reader could not turn into ISO 8601, as given
    html_author: str  # the author the page's markup named (read)
    site_name: str
    canonical_url: str
    html_sources: dict[str, str]  # field -> where in the markup it was found
    attribution_inherited: dict[str, str]  # field -> id of the record it was copied from (dedup)
    licence_narrowed_from: str  # the record's own licence tag before dedup narrowed it to its cluster's strictest


class RemovedSpan(TypedDict):
    """One piece of text a stage removed (kept only with ``--keep-removed``)."""

    stage: str
    rule: str
    start: int | None  # character offsets in the text the stage received (null: a whole HTML block)
    end: int | None
    text: str


@dataclass(slots=True)
class Article:
    """One article: the unit that repair, boilerplate, segmentation and dedup work on."""

    id: str = field(metadata=ID)
    source: Source
    text: str = field(metadata=spec(minLength=1))
    title: str | None = None
    author: str | None = None
    author_credentials: str | None = None
    author_bio: AuthorBio | None = None
    signoff: str | None = None
    licence: Licence | None = None
    # the licence's one reuse answer (text.licence.reuse), set by the tips stage: null when it did not run
    reuse: str | None = field(default=None, metadata=REUSE)
    reuse_conditions: list[str] = field(default_factory=list, metadata=REUSE_TERMS)
    language: str | None = None
    flags: list[str] = field(default_factory=list, metadata=FLAGS)
    scores: dict[str, float] = field(default_factory=dict)
    repairs: dict[str, int] = field(default_factory=dict)
    removed: dict[str, int] = field(default_factory=dict)  # boilerplate removed, counted by rule
    removed_spans: list[RemovedSpan] = field(default_factory=list)  # only with --keep-removed
    cluster: Cluster | None = None
    duplicate_of: Relation | None = None
    derived_from: Relation | None = None
    tip_count: int | None = field(default=None, metadata=spec(minimum=0, description=(
        "Rows of tips.jsonl with this article_id (after tip dedup); null when the tips stage did not run.")))
    expected_tip_count: int | None = field(default=None, metadata=spec(minimum=0))
    meta: Meta = field(default_factory=Meta)
    # The later articles' opening lines in the markup (HTML_STARTS_TEXT): read finds them, segment splits there and
    # empties the list. A hand-off, written only while not empty: no key on a page of one article, nor past segment.
    html_starts: list[str] = field(default_factory=list, metadata=hand_off(minItems=1, description=HTML_STARTS_TEXT))
    # ... and the writer each of those articles' markup names (HTML_BYLINES_TEXT), handed over the same way
    html_bylines: list[str] = field(default_factory=list, metadata=hand_off(minItems=1, description=HTML_BYLINES_TEXT))
    # The bold words an HTML page's paragraphs and list items open with ("<li><b>Dim the lights</b> at nine …"): read
    # finds them, the tips stage heads a tip opening with one by it (the spec's bold lead) and empties the list. A
    # hand-off like html_starts: the text keeps no markup, so a stage run alone over JSONL needs them in the record.
    html_leads: list[str] = field(default_factory=list, metadata=hand_off(minItems=1, description=HTML_LEADS_TEXT))
    kind: str = field(default="article", metadata=spec(const="article"))
    schema: str = field(default=ARTICLE_SCHEMA, metadata=spec(const=ARTICLE_SCHEMA))

    @staticmethod
    def make_id(source: Source) -> str:
        """Return the article id: a hash of the input's bytes (the page, or the JSONL line) and the part index.

        It depends only on content, never on the path or line number, so the same page read from anywhere gets
        one id, and the writer keeps one of them.

        >>> s = Source(path="x.txt", sha256="ab" * 32, size=3, format="txt")
        >>> Article.make_id(s) == Article.make_id(Source(path="y.txt", sha256="ab" * 32, size=3, format="txt"))
        True
        """
        return content_id(source.sha256, str(source.part))

    def add_repairs(self, counts: dict[str, int]) -> None:
        """Add repair counts to the record (zero counts are not stored)."""
        for name, n in counts.items():
            if n:
                self.repairs[name] = self.repairs.get(name, 0) + n

    def add_flag(self, flag: str) -> None:
        if flag not in self.flags:
            self.flags.append(flag)
            self.flags.sort()


@dataclass(slots=True)
class Tip:
    """One self-contained piece of advice, carrying everything needed to republish it lawfully."""

    id: str = field(metadata=ID)
    article_id: str = field(metadata=ID)
    position: int = field(metadata=spec(minimum=1))
    of: int = field(metadata=spec(minimum=1, description="Tips the article was split into (before tip dedup)."))
    headline: str = field(metadata=spec(minLength=1))
    text: str = field(metadata=spec(minLength=1))
    form: str = field(metadata=spec(enum=["numbered", "bullet", "headed", "paragraph"]))
    source: Source
    author: str | None = None
    licence: Licence | None = None
    # may this tip be republished alone: excerpt-ok | whole-article-only | ask-permission | unknown (one function:
    # text.licence.reuse of ``licence``; unknown, the strictest, until it is decided), and the terms beside it
    reuse: str = field(default="unknown", metadata=REUSE)
    reuse_conditions: list[str] = field(default_factory=list, metadata=REUSE_TERMS)
    attribution: str | None = None
    author_bio: AuthorBio | None = field(default=None, metadata=spec(description=(
        "The author's bio, copied only when the licence requires it to travel with the text (keep-author-bio).")))
    flags: list[str] = field(default_factory=list, metadata=FLAGS)
    repairs: dict[str, int] = field(default_factory=dict)
    cluster: Cluster | None = None
    duplicate_of: Relation | None = None
    derived_from: Relation | None = None
    meta: Meta = field(default_factory=Meta)
    kind: str = field(default="tip", metadata=spec(const="tip"))
    schema: str = field(default=TIP_SCHEMA, metadata=spec(const=TIP_SCHEMA))

    @staticmethod
    def make_id(article_id: str, text: str) -> str:
        """Return the tip id: a hash of its article and its text.

        >>> Tip.make_id("a" * 16, "Smile.") == Tip.make_id("a" * 16, "Smile.")
        True
        """
        return content_id(article_id, text)


Record = Article | Tip
KINDS: dict[str, type] = {"article": Article, "tip": Tip}


# ---------------------------------------------------------------------------------------------- the JSON form
# One walk over the type hints above gives the JSON form of every field (to_dict), its reading back with checks
# (from_dict), and, in pipeline.schemas, the JSON Schema, Arrow schema and datasets.Features: one source of truth.
# A ``dict[str, V]`` is written as a list of ``{"name", "count"}`` (V int) or ``{"name", "value"}`` sorted by
# name, because loaders infer a JSON object as a struct of whatever keys one run happened to have: two runs
# would not concatenate, and an empty object is an empty struct that Parquet cannot store.


def is_optional(hint: Any) -> bool:
    """Whether ``hint`` is ``X | None``.

    >>> is_optional(str | None), is_optional(list[str])
    (True, False)
    """
    return typing.get_origin(hint) in (typing.Union, types.UnionType) and type(None) in typing.get_args(hint)


def strip_optional(hint: Any) -> Any:
    """The ``X`` of ``X | None`` (``hint`` itself otherwise); a wider union has no typed form.

    >>> strip_optional(int | None), strip_optional(str)
    (<class 'int'>, <class 'str'>)
    """
    if typing.get_origin(hint) not in (typing.Union, types.UnionType):
        return hint
    options = [h for h in typing.get_args(hint) if h is not type(None)]
    if len(options) != 1:
        raise TypeError(f"{hint}: only X | None has a typed form")
    return options[0]


def entry_key(value_hint: Any) -> str:
    """The key of a mapping entry's value in the JSON form: ``count`` for counts, ``value`` otherwise.

    >>> entry_key(int), entry_key(float)
    ('count', 'value')
    """
    return "count" if value_hint is int else "value"


def typed_fields(cls: type, hand_offs: bool = False) -> list[tuple[str, Any, bool, dict[str, Any]]]:
    """``(name, hint, may_be_absent, schema_keywords)`` of a record dataclass or TypedDict, in written order.

    ``may_be_absent``: a TypedDict key that a record may lack in memory (written as null), or, with
    ``hand_offs``, a hand-off field (see :func:`hand_off`: written only while it holds something). Without
    ``hand_offs`` the hand-offs are left out: the fields of the table forms, every one in every row.

    >>> [(n, a) for n, _, a, _ in typed_fields(RemovedSpan)][:3]
    [('stage', False), ('rule', False), ('start', True)]
    >>> [(n, a) for n, _, a, _ in typed_fields(Article, hand_offs=True)][-4:]
    [('html_bylines', True), ('html_leads', True), ('kind', False), ('schema', False)]
    """
    cached = _TYPED_FIELDS.get((cls, hand_offs))
    if cached is None:
        hints = typing.get_type_hints(cls)
        if typing.is_typeddict(cls):
            optional = cls.__optional_keys__  # type: ignore[attr-defined]
            cached = [(name, hint, name in optional or is_optional(hint), {}) for name, hint in hints.items()]
        else:
            cached = [(f.name, hints[f.name], bool(f.metadata.get("hand_off")), dict(f.metadata.get("schema", {})))
                      for f in fields(cls) if hand_offs or not f.metadata.get("hand_off")]
        _TYPED_FIELDS[(cls, hand_offs)] = cached
    return cached


_TYPED_FIELDS: dict[tuple[type, bool], list[tuple[str, Any, bool, dict[str, Any]]]] = {}


def _type_name(value: Any) -> str:
    return {dict: "object", list: "array", str: "string", bool: "boolean", type(None): "null"}.get(
        type(value), "number")


_SCALAR_TYPES = {str: ((str,), "a string"), int: ((int,), "an integer"), bool: ((bool,), "a boolean"),
                 # JSON has no int/float split, but a count must be an integer and never a boolean
                 float: ((int, float), "a number")}

_ENCODERS: dict[Any, Any] = {}
_DECODERS: dict[Any, Any] = {}


def _encoder(hint: Any) -> Any:
    """The function turning a value of type ``hint`` into its JSON form (built once per hint)."""
    fn = _ENCODERS.get(hint)
    if fn is None:
        fn = _ENCODERS[hint] = _make_encoder(hint)
    return fn


def _identity(value: Any, where: str) -> Any:
    return value


def literal_values(hint: Any) -> tuple[str, ...] | None:
    """The strings of a ``Literal["a", "b"]`` hint (a field of a few named values), else ``None``.

    >>> literal_values(typing.Literal["yes", "no"]), literal_values(str)
    (('yes', 'no'), None)
    """
    if typing.get_origin(hint) is not typing.Literal:
        return None
    values = typing.get_args(hint)
    if not all(isinstance(v, str) for v in values):
        raise TypeError(f"{hint}: only Literal strings have a typed form")
    return values


def _make_encoder(hint: Any) -> Any:
    if is_optional(hint):
        inner = _encoder(strip_optional(hint))
        return lambda value, where: None if value is None else inner(value, where)
    origin = typing.get_origin(hint)
    if hint in _SCALAR_TYPES or hint is Any or literal_values(hint) is not None:
        return _identity
    if origin is list:
        item = _encoder(typing.get_args(hint)[0])
        if item is _identity:
            return lambda value, where: list(value)
        return lambda value, where: [item(v, f"{where}[{i}]") for i, v in enumerate(value)]
    if origin is dict:
        value_hint = typing.get_args(hint)[1]
        item, key = _encoder(value_hint), entry_key(value_hint)
        return lambda value, where: [{"name": k, key: item(v, f"{where}.{k}")} for k, v in sorted(value.items())]
    if typing.is_typeddict(hint):
        spec_ = [(name, _encoder(h), absent) for name, h, absent, _ in typed_fields(hint)]
        known = {name for name, _, _ in spec_}

        def typeddict(value: Any, where: str) -> dict[str, Any]:
            unknown = set(value) - known
            if unknown:
                raise ValueError(f"{where}: undeclared key(s) {', '.join(sorted(map(str, unknown)))}; declare them "
                                 f"in pipeline.records.{hint.__name__}")
            out = {}
            for name, enc, absent in spec_:
                v = value.get(name)
                if v is None and not absent:
                    raise ValueError(f"{where}.{name}: missing")
                out[name] = None if v is None else enc(v, f"{where}.{name}")
            return out
        return typeddict
    if is_dataclass(hint):
        # every field in its place; a hand-off only while it holds something (see hand_off)
        spec_ = [(name, _encoder(h), absent) for name, h, absent, _ in typed_fields(hint, hand_offs=True)]
        return lambda value, where: {name: enc(getattr(value, name), f"{where}.{name}" if where else name)
                                     for name, enc, hand in spec_ if not hand or getattr(value, name)}
    raise TypeError(f"{hint}: no JSON form (fields are str, int, float, bool, lists, dict[str, X], record types)")


def to_dict(record: Record) -> dict[str, Any]:
    """Return the JSON form of a record: every field, in the dataclass's order (see :mod:`pipeline.schemas`).

    >>> s = Source(path="a.txt", sha256="0" * 64, size=1, format="txt")
    >>> d = to_dict(Article(id="1" * 16, source=s, text="x", repairs={"nbsp": 2, "dashes": 1}))
    >>> d["kind"], d["source"]["path"], d["licence"], d["repairs"]
    ('article', 'a.txt', None, [{'name': 'dashes', 'count': 1}, {'name': 'nbsp', 'count': 2}])
    >>> d["meta"]["page_parts"]
    >>> to_dict(Article(id="1" * 16, source=s, text="x", meta={"colour": "red"}))
    Traceback (most recent call last):
    ...
    ValueError: meta: undeclared key(s) colour; declare them in pipeline.records.Meta
    """
    return _encoder(type(record))(record, "")


def _decoder(hint: Any) -> Any:
    """The function checking a JSON value against ``hint`` and building the value (built once per hint)."""
    fn = _DECODERS.get(hint)
    if fn is None:
        fn = _DECODERS[hint] = _make_decoder(hint)
    return fn


def _make_decoder(hint: Any) -> Any:
    if is_optional(hint):
        inner = _decoder(strip_optional(hint))
        return lambda value, where: None if value is None else inner(value, where)
    if hint is Any:
        return _identity
    origin = typing.get_origin(hint)
    if origin is list:
        item = _decoder(typing.get_args(hint)[0])

        def array(value: Any, where: str) -> list[Any]:
            if type(value) is not list:
                raise ValueError(f"field {where}: expected an array, got {_type_name(value)}")
            return [item(v, f"{where}[{i}]") for i, v in enumerate(value)]
        return array
    if origin is dict:
        value_hint = typing.get_args(hint)[1]
        item, key = _decoder(value_hint), entry_key(value_hint)

        def mapping(value: Any, where: str) -> dict[str, Any]:
            if type(value) is dict:  # the form of tipline.*/1 records
                return {k: item(v, f"{where}.{k}") for k, v in value.items()}
            if type(value) is not list:
                raise ValueError(f"field {where}: expected an array, got {_type_name(value)}")
            out = {}
            for i, entry in enumerate(value):
                if type(entry) is not dict or set(entry) != {"name", key} or type(entry["name"]) is not str:
                    raise ValueError(f"field {where}[{i}]: expected an object with \"name\" and \"{key}\"")
                out[entry["name"]] = item(entry[key], f"{where}.{entry['name']}")
            return out
        return mapping
    if typing.is_typeddict(hint):
        spec_ = {name: (_decoder(h), absent) for name, h, absent, _ in typed_fields(hint)}

        def typeddict(value: Any, where: str) -> dict[str, Any]:
            if type(value) is not dict:
                raise ValueError(f"field {where}: expected an object, got {_type_name(value)}")
            out = {}
            for name, v in value.items():
                if name not in spec_:
                    raise ValueError(f"field {where}.{name}: unknown (known: {', '.join(spec_)})")
                dec, absent = spec_[name]
                if v is None and absent:
                    continue  # an absent key is written as null
                out[name] = dec(v, f"{where}.{name}")
            missing = [n for n, (_, absent) in spec_.items() if not absent and n not in out]
            if missing:
                raise ValueError(f"field {where}: missing {', '.join(missing)}")
            return out
        return typeddict
    if is_dataclass(hint):
        return _dataclass_decoder(hint)
    named = literal_values(hint)
    if named is not None:
        def literal(value: Any, where: str) -> Any:
            if value not in named or type(value) is not str:
                raise ValueError(f"field {where}: expected one of {', '.join(named)}, got {value!r:.40}")
            return value
        return literal
    fits, expected = _SCALAR_TYPES[hint]

    def scalar(value: Any, where: str) -> Any:
        if type(value) not in fits:
            raise ValueError(f"field {where}: expected {expected}, got {_type_name(value)}")
        return value
    return scalar


def _dataclass_decoder(cls: type) -> Any:
    spec_ = {name: _decoder(h) for name, h, _, _ in typed_fields(cls, hand_offs=True)}  # an absent one: default

    def nested(value: Any, where: str) -> Any:
        if type(value) is not dict:
            raise ValueError(f"field {where}: expected an object, got {_type_name(value)}")
        unknown = set(value) - set(spec_)
        if unknown:
            raise ValueError(f"unknown field(s) for {cls.__name__}: {', '.join(sorted(unknown))}")
        prefix = f"{where}." if where else ""
        return cls(**{name: spec_[name](v, prefix + name) for name, v in value.items()})
    return nested


def clone(record: Record) -> Record:
    """A deep copy of a record, much faster than ``copy.deepcopy`` (records hold only dataclasses, lists,
    dicts and scalars; anything else is deep-copied).

    >>> s = Source(path="a.txt", sha256="0" * 64, size=1, format="txt")
    >>> a = Article(id="1" * 16, source=s, text="x", flags=["f"], licence=Licence(conditions=["c"]))
    >>> b = clone(a)
    >>> b == a, b.source is a.source, b.flags is a.flags, b.licence.conditions is a.licence.conditions
    (True, False, False, False)
    """
    return _convert(record)


_SCALARS = (str, int, float, bool, type(None))
_FIELD_NAMES: dict[type, tuple[str, ...]] = {}


def _field_names(cls: type) -> tuple[str, ...]:
    names = _FIELD_NAMES.get(cls)
    if names is None:
        names = _FIELD_NAMES[cls] = tuple(f.name for f in fields(cls))
    return names


def _convert(value: Any) -> Any:
    """Copy ``value`` deeply. Scalars are shared (they are immutable), which is where deepcopy's time goes."""
    cls = type(value)
    if cls in _SCALARS:
        return value
    if cls is list:
        return [_convert(v) for v in value]
    if cls is dict:
        return {_convert(k): _convert(v) for k, v in value.items()}
    if is_dataclass(value) and not isinstance(value, type) and cls.__module__ == __name__:
        new = object.__new__(cls)
        for name in _field_names(cls):
            object.__setattr__(new, name, _convert(getattr(value, name)))
        return new
    return copy.deepcopy(value)  # anything else (tuples, subclasses, foreign objects)


CURRENT_SCHEMAS = {"article": ARTICLE_SCHEMA, "tip": TIP_SCHEMA}
# Every version of each kind this tipline reads, oldest first (the last is the one it writes). A version is never
# reused: a record says which one it is, and pipeline/schemas ships the JSON Schema of each (NAME.N.schema.json).
READ_SCHEMAS = {"article": ("tipline.article/1", "tipline.article/2", ARTICLE_SCHEMA),
                "tip": ("tipline.tip/1", TIP_SCHEMA)}


def version_problem(kind: str, schema: Any) -> str | None:
    """Say in one line why a record of ``kind`` declaring ``schema`` cannot be read, or None when it can.

    An absent (None) declaration is read as the current version: a hand-built dict need not name it.

    >>> version_problem("article", "tipline.article/2"), version_problem("tip", None)
    (None, None)
    >>> version_problem("article", "tipline.article/4").split(": ")[0]
    "schema 'tipline.article/4' is a version this tipline does not read (it reads tipline.article/1 to /3)"
    >>> version_problem("tip", "tipline.article/3")
    "schema 'tipline.article/3' is not a tip version (a tip is tipline.tip/1 to /2)"
    """
    versions = READ_SCHEMAS[kind]
    if schema is None or schema in versions:
        return None
    span = f"{versions[0]} to /{versions[-1].rsplit('/', 1)[1]}"
    prefix = f"tipline.{kind}/"
    if isinstance(schema, str) and schema.startswith(prefix):
        number = schema.removeprefix(prefix)
        newer = number.isdigit() and int(number) > int(versions[-1].rsplit("/", 1)[1])
        return (f"schema {schema!r} is a version this tipline does not read (it reads {span})"
                + (": written by a newer tipline? upgrade tipline to read it" if newer else ""))
    return f"schema {schema!r} is not a{'n' if kind[0] in 'aeiou' else ''} {kind} version (a {kind} is {span})"


def from_dict(data: dict[str, Any]) -> Record:
    """Rebuild a record from its JSON form; raise ``ValueError`` naming what is wrong.

    Records of earlier versions are read too, and come out in the current version: ``tipline.article/1`` (counts
    as JSON objects) and ``tipline.article/2`` (no ``html_starts``: an absent hand-off is an empty one). A version
    this tipline does not know (:data:`READ_SCHEMAS`) is refused in one line (:func:`version_problem`).

    >>> s = Source(path="a.txt", sha256="0" * 64, size=1, format="txt")
    >>> a = Article(id="1" * 16, source=s, text="x", repairs={"nbsp": 1}, meta={"page_parts": 2})
    >>> from_dict(to_dict(a)) == a
    True
    >>> from_dict({"kind": "page"})
    Traceback (most recent call last):
    ...
    ValueError: unknown record kind 'page' (expected 'article' or 'tip')
    """
    kind = data.get("kind")
    cls = KINDS.get(kind)  # type: ignore[arg-type]
    if cls is None:
        raise ValueError(f"unknown record kind {kind!r} (expected 'article' or 'tip')")
    problem = version_problem(kind, data.get("schema"))  # type: ignore[arg-type]
    if problem is not None:  # a newer version may mean other things by the same keys: never guess
        raise ValueError(problem)
    try:
        record = _decoder(cls)(data, "")
    except TypeError as exc:  # a required field is missing
        raise ValueError(f"bad {kind} record: {exc}") from None
    record.schema = CURRENT_SCHEMAS[kind]
    return record


def is_tipline_record(data: dict[str, Any]) -> bool:
    """Tell a tipline record (re-read for composition) from a foreign JSONL document.

    >>> is_tipline_record({"kind": "article", "schema": "tipline.article/2"}), is_tipline_record({"text": "hi"})
    (True, False)
    """
    return str(data.get("schema", "")).startswith("tipline.")


def counts_of(value: Any) -> dict[str, int]:
    """The counts of a record's ``repairs`` or ``removed`` as read from JSON, in either form (a list of
    ``{"name", "count"}``, or the object of ``tipline.*/1`` records); anything malformed is left out.

    >>> counts_of([{"name": "nbsp", "count": 2}]), counts_of({"nbsp": 2}), counts_of("x")
    ({'nbsp': 2}, {'nbsp': 2}, {})
    """
    if isinstance(value, dict):
        pairs = value.items()
    elif isinstance(value, list):
        pairs = ((e.get("name"), e.get("count")) for e in value if isinstance(e, dict))
    else:
        return {}
    return {k: v for k, v in pairs if isinstance(k, str) and type(v) is int}
