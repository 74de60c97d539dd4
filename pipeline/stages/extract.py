"""Bytes in, text out: decide the encoding, normalise newlines, and pull the text out of HTML.

These are pure helpers used by the read stage. Each decision is returned, so the record can say how its text
was obtained (``source.encoding`` and ``source.encoding_method``).
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Iterable
from dataclasses import dataclass

import lxml.etree
from charset_normalizer import from_bytes

BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),  # before UTF-16: its BOM starts with UTF-16's
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
BINARY_MAGIC = (
    (b"\x89PNG", "PNG image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF8", "GIF image"),
    (b"%PDF", "PDF document"),
    (b"PK\x03\x04", "ZIP archive"),
    (b"\x1f\x8b", "gzip data"),
    (b"\x7fELF", "ELF executable"),
)
DECLARED_CHARSET = re.compile(
    rb"""<meta[^>]+charset\s*=\s*["']?\s*([a-zA-Z0-9_.:-]+)|encoding=["']([a-zA-Z0-9_.:-]+)""", re.I
)
# A few invalid bytes in an otherwise UTF-8 file are damage, not a different encoding.
LOSSY_UTF8_MAX_SHARE = 0.01
SKIP_TAGS = ("script", "style", "nav", "header", "footer", "aside", "noscript", "form", "iframe", "svg",
             "template", "head", "button", "select")
BLOCK_TAGS = frozenset(
    "p div section article main h1 h2 h3 h4 h5 h6 blockquote pre table tr li dt dd ul ol dl figure figcaption "
    "address hr center".split()
)


class ExtractError(ValueError):
    """Bytes that are not a text document; ``reason`` is a snake_case code."""

    def __init__(self, reason: str, detail: str):
        super().__init__(detail)
        self.reason = reason
        self.detail = detail


@dataclass(slots=True)
class Decoded:
    text: str
    encoding: str
    method: str  # bom | utf-8 | utf-8-lossy | declared | cp1252 | sniffed
    replaced: int = 0  # characters that could not be decoded and became U+FFFD


def sniff_binary(data: bytes) -> str | None:
    """Return what binary content ``data`` looks like, or ``None`` for text.

    >>> sniff_binary(b"\\x89PNG\\r\\n..."), sniff_binary(b"plain words"), sniff_binary(b"a\\x00b")
    ('PNG image', None, 'NUL bytes')
    """
    if any(data.startswith(bom) for bom, _ in BOMS):
        return None  # UTF-16/32 text legitimately holds NUL bytes
    for magic, what in BINARY_MAGIC:
        if data.startswith(magic):
            return what
    if b"\x00" in data[:65536]:
        return "NUL bytes"
    return None


def normalise_newlines(text: str) -> str:
    r"""Turn CRLF and lone CR into LF.

    >>> normalise_newlines("a\r\nb\rc\n")
    'a\nb\nc\n'
    """
    return text.replace("\r\n", "\n").replace("\r", "\n")


def decode(data: bytes) -> Decoded:
    """Decode bytes: a BOM wins, then strict UTF-8, a declared charset, cp1252, and last a sniffed guess.

    >>> decode("café".encode("utf-8")).method, decode("café".encode("cp1252")).encoding
    ('utf-8', 'cp1252')
    >>> decode(codecs.BOM_UTF16_LE + "hi".encode("utf-16-le")).text
    'hi'
    """
    for bom, name in BOMS:
        if data.startswith(bom):
            try:
                return Decoded(normalise_newlines(data.decode(name).lstrip("\ufeff")), name, "bom")
            except UnicodeDecodeError as exc:
                raise ExtractError("bad_encoding", f"has a {name} byte-order mark but is not valid {name}") from exc
    try:
        return Decoded(normalise_newlines(data.decode("utf-8")), "utf-8", "utf-8")
    except UnicodeDecodeError:
        pass
    lossy = data.decode("utf-8", errors="replace")
    replaced = lossy.count("\ufffd") - data.decode("utf-8", errors="ignore").count("\ufffd")
    multibyte = sum(1 for ch in lossy if ord(ch) > 127 and ch != "\ufffd")
    if multibyte and replaced <= max(1, LOSSY_UTF8_MAX_SHARE * multibyte):
        return Decoded(normalise_newlines(lossy), "utf-8", "utf-8-lossy", replaced)
    declared = _declared_charset(data[:4096])
    if declared:
        try:
            return Decoded(normalise_newlines(data.decode(declared)), declared, "declared")
        except (UnicodeDecodeError, LookupError):
            pass
    try:
        # The WHATWG default for undeclared legacy Western pages; strict, so undefined bytes fall through.
        return Decoded(normalise_newlines(data.decode("cp1252")), "cp1252", "cp1252")
    except UnicodeDecodeError:
        pass
    best = from_bytes(data).best()
    if best is not None and best.encoding:
        return Decoded(normalise_newlines(str(best)), best.encoding, "sniffed")
    return Decoded(normalise_newlines(data.decode("latin-1")), "latin-1", "sniffed")


def _declared_charset(head: bytes) -> str | None:
    match = DECLARED_CHARSET.search(head)
    if not match:
        return None
    name = (match.group(1) or match.group(2)).decode("ascii", "ignore").lower()
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


@dataclass(slots=True)
class HtmlDocument:
    text: str
    title: str | None
    author: str | None
    date: str | None
    url: str | None


def _clean_inline(text: str) -> str:
    r"""Collapse every run of whitespace (NBSP included) to one space.

    >>> _clean_inline("  a\u00a0 b\n c ")
    'a b c'
    """
    return " ".join(text.split())


def html_to_text(html: str) -> HtmlDocument:
    """Extract readable text from HTML: paragraphs and list items become lines; chrome is dropped.

    >>> doc = html_to_text("<html><head><title>T</title><meta name='author' content='Ann Lee'></head>"
    ...                    "<body><nav>Home</nav><h1>Tips</h1><p>Be kind.</p><ol><li>Smile</li><li>Listen</li></ol>"
    ...                    "<script>x()</script></body></html>")
    >>> doc.title, doc.author
    ('Tips', 'Ann Lee')
    >>> print(doc.text)
    Tips
    <BLANKLINE>
    Be kind.
    <BLANKLINE>
    1. Smile
    2. Listen
    """
    # lxml's event interface, not a tree and not BeautifulSoup: on 11 KB pages bs4+lxml extracts ~63 pages/s
    # and this ~1,700; a tree silently drops content nested deeper than libxml2's limit, events do not.
    target = _TextTarget()
    parser = lxml.etree.HTMLParser(target=target, huge_tree=True, remove_comments=True, remove_pis=True)
    parser.feed(html)
    parser.close()
    return target.document()


class _TextTarget:
    """lxml parser target that turns HTML events into text blocks and picks up title, author, date and url."""

    def __init__(self) -> None:
        self.blocks: list[str] = []
        self.current: list[str] = []
        self.stack: list[str] = []
        self.ol_counters: list[int | None] = []  # one entry per open list: a counter for <ol>, None for <ul>
        self.skipping = 0
        self.meta: dict[str, str] = {}
        self.title: dict[str, list[str]] = {"h1": [], "title": []}
        self.capturing: list[str] = []

    def start(self, tag: str, attrib: dict[str, str]) -> None:
        tag = tag.lower() if isinstance(tag, str) else ""
        self.stack.append(tag)
        if tag == "meta":
            self._meta(attrib)
        elif tag == "link" and (attrib.get("rel") or "").lower() == "canonical" and attrib.get("href"):
            self.meta.setdefault("canonical", attrib["href"])
        if self.skipping or tag in SKIP_TAGS:
            self.skipping += 1
            if tag == "title" and not self.title["title"]:
                self.capturing.append("title")
            return
        if tag in ("h1",) and not self.title["h1"]:
            self.capturing.append("h1")
        if tag == "br":
            self._flush()
        elif tag in ("ol", "ul"):
            self._flush("\n")
            self.ol_counters.append(0 if tag == "ol" else None)
        elif tag == "li":
            self._flush()
            counter = self.ol_counters[-1] if self.ol_counters else None
            if counter is None:
                self.current.append("• ")
            else:
                self.ol_counters[-1] = counter + 1
                self.current.append(f"{counter + 1}. ")
        elif tag in BLOCK_TAGS:
            self._flush("\n")

    def end(self, tag: str) -> None:
        tag = tag.lower() if isinstance(tag, str) else ""
        if self.stack:
            self.stack.pop()
        if self.capturing and self.capturing[-1] == tag:
            self.capturing.pop()
        if self.skipping:
            self.skipping -= 1
            return
        if tag in ("ol", "ul"):
            if self.ol_counters:
                self.ol_counters.pop()
            self._flush("\n")
        elif tag == "li":
            self._flush()
        elif tag in BLOCK_TAGS:
            self._flush("\n")

    def data(self, text: str) -> None:
        for name in self.capturing:
            self.title[name].append(text)
        if not self.skipping:
            self.current.append(text)

    def comment(self, text: str) -> None:  # comments are never text
        pass

    def close(self) -> None:
        self._flush()

    def _meta(self, attrib: dict[str, str]) -> None:
        name = (attrib.get("name") or attrib.get("property") or "").lower()
        content = _clean_inline(attrib.get("content") or "")
        key = {"author": "author", "article:author": "author", "date": "date", "article:published_time": "date",
               "dc.date": "date", "og:url": "url"}.get(name)
        if key and content:
            self.meta.setdefault(key, content)

    def _flush(self, sep: str = "") -> None:
        if self.current:
            line = _clean_inline("".join(self.current))
            self.current.clear()
            if line:
                self.blocks.append(line)
        if sep and self.blocks and self.blocks[-1] != sep:
            self.blocks.append(sep)

    def document(self) -> HtmlDocument:
        title = next((t for t in (_clean_inline("".join(self.title[k])) for k in ("h1", "title")) if t), None)
        return HtmlDocument(
            text=_join_blocks(self.blocks), title=title, author=self.meta.get("author"),
            date=self.meta.get("date"), url=self.meta.get("url") or self.meta.get("canonical"),
        )


def _join_blocks(blocks: list[str]) -> str:
    return tidy_blank_lines("" if block == "\n" else block for block in blocks)


def tidy_blank_lines(lines: Iterable[str]) -> str:
    """Join lines, turning whitespace-only lines into blank ones and runs of blank lines into one.

    >>> tidy_blank_lines(["", "a", "\\u00a0 ", "", "b", ""])
    'a\\n\\nb'
    """
    out: list[str] = []
    for line in lines:
        if not line.strip():
            if out and out[-1] != "":
                out.append("")
        else:
            out.append(line)
    while out and out[-1] == "":
        out.pop()
    return "\n".join(out)
