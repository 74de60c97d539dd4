"""Bytes in, text out: decide the encoding, normalise newlines, and pull the text out of HTML.

These are pure helpers used by the read stage. Each decision is returned, so the record can say how its text
was obtained (``source.encoding`` and ``source.encoding_method``).
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Iterable
from dataclasses import dataclass

from bs4 import BeautifulSoup, Comment, Doctype, NavigableString, Tag
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
    return re.sub(r"[ \t\f\v\u00a0]+", " ", text).strip()


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
    soup = BeautifulSoup(html, "lxml")
    title = None
    author = date = url = None
    for meta in soup.find_all("meta"):
        name = (meta.get("name") or meta.get("property") or "").lower()
        content = _clean_inline(meta.get("content") or "")
        if not content:
            continue
        if name in ("author", "article:author") and author is None:
            author = content
        elif name in ("date", "article:published_time", "dc.date") and date is None:
            date = content
        elif name == "og:url" and url is None:
            url = content
    canonical = soup.find("link", rel="canonical")
    if url is None and canonical is not None and canonical.get("href"):
        url = canonical["href"]
    h1 = soup.find("h1")
    if h1 is not None and h1.get_text(strip=True):
        title = _clean_inline(h1.get_text(" "))
    elif soup.title is not None and soup.title.get_text(strip=True):
        title = _clean_inline(soup.title.get_text(" "))
    for tag in soup.find_all(SKIP_TAGS):
        tag.decompose()
    root = soup.body or soup
    blocks: list[str] = []
    _walk(root, blocks)
    return HtmlDocument(text=_join_blocks(blocks), title=title, author=author, date=date, url=url)


def _walk(root: Tag, blocks: list[str]) -> None:
    """Collect text blocks iteratively (deeply nested pages must not hit the recursion limit)."""
    current: list[str] = []

    def flush(sep: str = "") -> None:
        line = _clean_inline("".join(current))
        current.clear()
        if line:
            blocks.append(line)
        if sep and blocks and blocks[-1] != sep:
            blocks.append(sep)

    # Work list of (node, entering); list numbering tracked per <ol>.
    stack: list[tuple[object, bool]] = [(root, True)]
    counters: dict[int, int] = {}
    while stack:
        node, entering = stack.pop()
        if isinstance(node, (Comment, Doctype)):
            continue
        if isinstance(node, NavigableString):
            current.append(str(node))
            continue
        if not isinstance(node, Tag):
            continue
        name = node.name
        if entering:
            if name == "br":
                flush()
                continue
            if name in BLOCK_TAGS:
                flush("" if name == "li" else "\n")
                if name == "li":
                    parent = node.parent
                    if parent is not None and parent.name == "ol":
                        counters[id(parent)] = counters.get(id(parent), 0) + 1
                        current.append(f"{counters[id(parent)]}. ")
                    else:
                        current.append("• ")
            stack.append((node, False))
            stack.extend((child, True) for child in reversed(node.contents))
        elif name in BLOCK_TAGS:
            flush("" if name == "li" else "\n")
    flush()


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
