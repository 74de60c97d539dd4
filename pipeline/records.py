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
from dataclasses import asdict, dataclass, field, fields, is_dataclass
from typing import Any

ARTICLE_SCHEMA = "tipline.article/1"
TIP_SCHEMA = "tipline.tip/1"
ID_HEX_CHARS = 16


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


@dataclass(slots=True)
class Source:
    """Where a record came from: enough to find the exact bytes again."""

    path: str
    sha256: str
    size: int
    format: str  # "txt" | "html" | "jsonl" | "warc" | "record"
    encoding: str | None = None
    encoding_method: str | None = None  # how the encoding was decided: bom, utf-8, declared, cp1252, sniffed
    url: str | None = None
    date: str | None = None
    line: int | None = None  # 1-based line number for JSONL inputs
    part: int = 0  # index of the article within its page, when one page yields several
    input_id: str | None = None  # the id the input itself carried (JSONL), kept verbatim


@dataclass(slots=True)
class Licence:
    """Licence of an article: an SPDX id or a documented ``LicenseRef-…``, with its evidence."""

    tag: str = "NOASSERTION"
    holder: str | None = None
    year: int | None = None
    statement: str | None = None  # verbatim text the tag was read from
    conditions: list[str] = field(default_factory=list)  # e.g. keep-author-bio, keep-links, entire-article-only


@dataclass(slots=True)
class AuthorBio:
    """The "About the Author" / resource-box text, with contacts pulled out as fields."""

    text: str
    emails: list[str] = field(default_factory=list)
    urls: list[str] = field(default_factory=list)


@dataclass(slots=True)
class Relation:
    """A link from one record to another found by dedup: ``duplicate_of`` or ``derived_from``."""

    id: str
    overlap: float  # measured Jaccard (duplicate_of) or containment (derived_from)
    method: str  # e.g. "minhash-jaccard", "containment", "function-word-skeleton"
    # What decided which record is the original: "cites", "date", "author-box", "known-copy", "containment", or
    # "none" (nothing did: the link stands, its direction is not claimed). None on records from before issue 17.
    evidence: str | None = None


@dataclass(slots=True)
class Cluster:
    """Membership of a near-duplicate cluster."""

    id: str
    canonical: str
    size: int
    members: list[str] = field(default_factory=list)  # sorted record ids (on the canonical record only)
    member_sources: list[str] = field(default_factory=list)  # source paths of all members (canonical only)
    level: str | None = None  # "article" or "tip": which dedup level made the cluster (tip clusters are per tip)


@dataclass(slots=True)
class Article:
    """One article: the unit that repair, boilerplate, segmentation and dedup work on."""

    id: str
    source: Source
    text: str
    title: str | None = None
    author: str | None = None
    author_credentials: str | None = None
    author_bio: AuthorBio | None = None
    signoff: str | None = None
    licence: Licence | None = None
    language: str | None = None
    flags: list[str] = field(default_factory=list)
    scores: dict[str, float] = field(default_factory=dict)
    repairs: dict[str, int] = field(default_factory=dict)
    removed: dict[str, int] = field(default_factory=dict)  # boilerplate removed, counted by rule
    removed_spans: list[dict[str, Any]] = field(default_factory=list)  # only with --keep-removed
    cluster: Cluster | None = None
    duplicate_of: Relation | None = None
    derived_from: Relation | None = None
    tip_count: int | None = None
    expected_tip_count: int | None = None
    meta: dict[str, Any] = field(default_factory=dict)
    kind: str = "article"
    schema: str = ARTICLE_SCHEMA

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

    id: str
    article_id: str
    position: int
    of: int
    headline: str
    text: str
    form: str  # numbered | bullet | headed | paragraph
    source: Source
    author: str | None = None
    licence: Licence | None = None
    attribution: str | None = None
    author_bio: AuthorBio | None = None  # copied only when the licence requires the bio to travel with the text
    flags: list[str] = field(default_factory=list)
    repairs: dict[str, int] = field(default_factory=dict)
    cluster: Cluster | None = None
    duplicate_of: Relation | None = None
    derived_from: Relation | None = None
    meta: dict[str, Any] = field(default_factory=dict)
    kind: str = "tip"
    schema: str = TIP_SCHEMA

    @staticmethod
    def make_id(article_id: str, text: str) -> str:
        """Return the tip id: a hash of its article and its text.

        >>> Tip.make_id("a" * 16, "Smile.") == Tip.make_id("a" * 16, "Smile.")
        True
        """
        return content_id(article_id, text)


Record = Article | Tip

_NESTED = {
    "source": Source,
    "licence": Licence,
    "author_bio": AuthorBio,
    "cluster": Cluster,
    "duplicate_of": Relation,
    "derived_from": Relation,
}


def to_dict(record: Record) -> dict[str, Any]:
    """Return the JSON-ready dict of a record (the field order of the dataclass is kept).

    >>> s = Source(path="a.txt", sha256="0" * 64, size=1, format="txt")
    >>> d = to_dict(Article(id="1" * 16, source=s, text="x"))
    >>> d["kind"], d["source"]["path"], d["licence"]
    ('article', 'a.txt', None)
    """
    return _plain(record)


_SCALARS = (str, int, float, bool, type(None))
_FIELD_NAMES: dict[type, tuple[str, ...]] = {}


def _field_names(cls: type) -> tuple[str, ...]:
    names = _FIELD_NAMES.get(cls)
    if names is None:
        names = _FIELD_NAMES[cls] = tuple(f.name for f in fields(cls))
    return names


def _plain(value: Any) -> Any:
    """What ``dataclasses.asdict`` makes of ``value`` (fresh dicts and lists, field order kept), without its
    per-value ``deepcopy`` of scalars.

    >>> _plain(Relation("a" * 16, 0.5, "containment", "none")), _plain({"k": [1, (2, "x")]})
    ({'id': 'aaaaaaaaaaaaaaaa', 'overlap': 0.5, 'method': 'containment', 'evidence': 'none'}, {'k': [1, (2, 'x')]})
    """
    return _convert(value, True)


@dataclass(slots=True)
class _Box:
    value: Any


def clone(record: Record) -> Record:
    """A deep copy of a record, much faster than ``copy.deepcopy`` (records hold only dataclasses, lists,
    dicts and scalars; anything else is deep-copied).

    >>> s = Source(path="a.txt", sha256="0" * 64, size=1, format="txt")
    >>> a = Article(id="1" * 16, source=s, text="x", flags=["f"], licence=Licence(conditions=["c"]))
    >>> b = clone(a)
    >>> b == a, b.source is a.source, b.flags is a.flags, b.licence.conditions is a.licence.conditions
    (True, False, False, False)
    """
    return _convert(record, False)


def _convert(value: Any, plain: bool) -> Any:
    """Copy ``value`` deeply; dataclasses become dicts when ``plain`` (``to_dict``), copies of themselves when
    not (``clone``). Scalars are shared (they are immutable), which is where the time of asdict/deepcopy goes."""
    cls = type(value)
    if cls in _SCALARS:
        return value
    if cls is list:
        return [_convert(v, plain) for v in value]
    if cls is dict:
        return {_convert(k, plain): _convert(v, plain) for k, v in value.items()}
    if is_dataclass(value) and not isinstance(value, type):
        if plain:
            return {name: _convert(getattr(value, name), True) for name in _field_names(cls)}
        if cls.__module__ == __name__:
            new = object.__new__(cls)
            for name in _field_names(cls):
                object.__setattr__(new, name, _convert(getattr(value, name), False))
            return new
    # anything else (tuples, subclasses, foreign objects): exactly as asdict / deepcopy treat it
    return asdict(_Box(value))["value"] if plain else copy.deepcopy(value)


def _type_name(value: Any) -> str:
    return {dict: "object", list: "array", str: "string", bool: "boolean", type(None): "null"}.get(
        type(value), "number")


_SCALAR_TYPES = {str: ((str,), "a string"), int: ((int,), "an integer"), bool: ((bool,), "a boolean"),
                 # JSON has no int/float split, but a count must be an integer and never a boolean
                 float: ((int, float), "a number")}


def _check(hint: Any, value: Any, where: str) -> None:
    """Raise ``ValueError`` naming ``where`` when the JSON ``value`` does not fit the type ``hint``.

    >>> _check(list[str], ["a", 1], "flags")
    Traceback (most recent call last):
    ...
    ValueError: field flags[1]: expected a string, got number
    """
    _checker(hint)(value, where)


_CHECKERS: dict[Any, Any] = {}


def _checker(hint: Any) -> Any:
    """The check of one type hint, built once (records are re-read by the million: no typing calls per value)."""
    fn = _CHECKERS.get(hint)
    if fn is None:
        fn = _CHECKERS[hint] = _make_checker(hint)
    return fn


def _make_checker(hint: Any) -> Any:
    origin = typing.get_origin(hint)
    if origin in (typing.Union, types.UnionType):
        options = typing.get_args(hint)
        inner = _checker(next(h for h in options if h is not type(None)))
        nullable = type(None) in options

        def optional(value: Any, where: str) -> None:
            if value is None and nullable:
                return
            inner(value, where)
        return optional
    if hint is Any:
        return lambda value, where: None
    if origin is list:
        item = _checker(typing.get_args(hint)[0])

        def array(value: Any, where: str) -> None:
            if type(value) is not list:
                raise ValueError(f"field {where}: expected an array, got {_type_name(value)}")
            for i, v in enumerate(value):
                item(v, f"{where}[{i}]")
        return array
    if origin is dict:
        item = _checker(typing.get_args(hint)[1])

        def mapping(value: Any, where: str) -> None:
            if type(value) is not dict:
                raise ValueError(f"field {where}: expected an object, got {_type_name(value)}")
            for k, v in value.items():
                item(v, f"{where}.{k}")
        return mapping
    if is_dataclass(hint):
        def nested(value: Any, where: str) -> None:
            if type(value) is not dict:
                raise ValueError(f"field {where}: expected an object, got {_type_name(value)}")
        return nested
    fits, expected = _SCALAR_TYPES[hint]

    def scalar(value: Any, where: str) -> None:
        if type(value) not in fits:
            raise ValueError(f"field {where}: expected {expected}, got {_type_name(value)}")
    return scalar


def _hints(cls: type) -> dict[str, Any]:
    hints = _HINTS.get(cls)
    if hints is None:
        hints = _HINTS[cls] = typing.get_type_hints(cls)
    return hints


_HINTS: dict[type, dict[str, Any]] = {}


def _build(cls: type, data: dict[str, Any], prefix: str = "") -> Any:
    known = _field_names(cls)
    unknown = set(data) - set(known)
    if unknown:
        raise ValueError(f"unknown field(s) for {cls.__name__}: {', '.join(sorted(unknown))}")
    hints = _hints(cls)
    kwargs = {}
    for name, value in data.items():
        _checker(hints[name])(value, prefix + name)
        nested = _NESTED.get(name)
        kwargs[name] = _build(nested, value, f"{prefix}{name}.") if nested is not None and value is not None else value
    return cls(**kwargs)


def from_dict(data: dict[str, Any]) -> Record:
    """Rebuild a record from its JSON form; raise ``ValueError`` naming what is wrong.

    >>> s = Source(path="a.txt", sha256="0" * 64, size=1, format="txt")
    >>> a = Article(id="1" * 16, source=s, text="x")
    >>> from_dict(to_dict(a)) == a
    True
    >>> from_dict({"kind": "page"})
    Traceback (most recent call last):
    ...
    ValueError: unknown record kind 'page' (expected 'article' or 'tip')
    """
    kind = data.get("kind")
    cls = {"article": Article, "tip": Tip}.get(kind)  # type: ignore[arg-type]
    if cls is None:
        raise ValueError(f"unknown record kind {kind!r} (expected 'article' or 'tip')")
    try:
        return _build(cls, data)
    except TypeError as exc:  # a required field is missing
        raise ValueError(f"bad {kind} record: {exc}") from None


def is_tipline_record(data: dict[str, Any]) -> bool:
    """Tell a tipline record (re-read for composition) from a foreign JSONL document.

    >>> is_tipline_record({"kind": "article", "schema": "tipline.article/1"}), is_tipline_record({"text": "hi"})
    (True, False)
    """
    return str(data.get("schema", "")).startswith("tipline.")
