"""Bytes in, text out: decide the encoding, normalise newlines, and pull the main text out of HTML.

These are pure helpers used by the read stage. Each decision is returned, so the record can say how its text
was obtained (``source.encoding`` and ``source.encoding_method``).
"""

from __future__ import annotations

import codecs
import re
from collections import Counter
from dataclasses import dataclass, field

from charset_normalizer import from_bytes

from .attribution import is_person_name
from .html_main import (
    DEFAULT_MAIN,
    MainConfig,
    PageParts,
    article_element,
    extract_main,
    inside,
    issue_closing_box,
    issue_items,
    item_box,
    linked_titles,
    render,
    sibling_articles,
)
from .html_meta import (
    LOGIN,
    PageMeta,
    _holder_is_author,
    archive_post_title,
    article_byline,
    company_author,
    kept_post_writer,
    page_meta,
    signed_name,
    trimmed_rights,
)
from .licence import (
    CC_GATE,
    EXEMPT,
    GRANT_KINDS,
    RESERVED,
    SITE_DEFAULT,
    Statement,
    find_statements,
    yields_to,
)
from .plain import CARRIED, PAGE_WIDE_LICENCE, ExtractError, normalise_newlines

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
    meta: PageMeta = field(default_factory=PageMeta)
    removed: Counter = field(default_factory=Counter)  # blocks left out of the text, by why (html-…)
    removed_blocks: list[tuple[str, str]] = field(default_factory=list)  # (why, text), for --keep-removed
    # the opening line of each article after the first, when the markup holds several (sibling <article>s ...)
    article_starts: list[str] = field(default_factory=list)
    # the writer each of those articles' own markup names ("" when it names none), in the same order
    article_bylines: list[str] = field(default_factory=list)
    leads: list[str] = field(default_factory=list)  # the bold words kept paragraphs and list items open with


def _clean_inline(text: str) -> str:
    r"""Collapse every run of whitespace (NBSP included) to one space.

    >>> _clean_inline("  a\u00a0 b\n c ")
    'a b c'
    """
    return " ".join(text.split())


def html_to_text(html: str, config: MainConfig = DEFAULT_MAIN) -> HtmlDocument:
    """Extract a page's main text and its metadata; navigation, comments, share bars and the like are left out.

    Paragraphs are apart by a blank line, list items are lines (``<ol>`` numbered, ``<ul>`` bulleted); the
    title is a field, not the first line.

    >>> doc = html_to_text("<html><head><title>T</title><meta name='author' content='Ann Lee'></head>"
    ...                    "<body><nav>Home</nav><h1>Tips</h1><p>Be kind.</p><ol><li>Smile</li><li>Listen</li></ol>"
    ...                    "<script>x()</script></body></html>")
    >>> doc.title, doc.author, doc.removed["html-chrome-tag"]
    ('Tips', 'Ann Lee', 1)
    >>> print(doc.text)
    Be kind.
    <BLANKLINE>
    1. Smile
    2. Listen
    """
    # lexbor through selectolax, walked without recursion: unlike an lxml tree (even with huge_tree), it keeps
    # text nested 5,000 elements deep. The former lxml event walker was ~3x faster (AEB, same run: ~460 against
    # ~150 pages/s) but kept every menu and comment (AEB precision 0.67 against 0.95).
    main = extract_main(html, config)
    parts = main.parts
    first_h1 = parts.h1[0] if parts.h1 else None
    why = list(main.why)
    kept = [i for i, reason in enumerate(why) if not reason]
    # the heading the main text opens with (under at most one line, a newsletter's masthead); on a page of several
    # articles in its markup, the first article's (a line above it, the page's intro, is not the article's)
    articles = sibling_articles(parts, why)
    # an e-mail issue's items boxed alike in its markup (no element names them articles): each later item opens
    # there; the page's title and its first item are read from the text as an issue's are
    items = [] if articles else issue_items(parts, why)
    for k in issue_closing_box(parts, why, items):
        why[k] = "issue-box"  # the issue's news, events or offers under its last item: not that item's text
    for k in linked_titles(articles, why):  # a front page's post titles, linked to each post: the articles' titles
        why[k] = ""
    for k in credit_notes(parts, why):  # a piece's own credit line carrying it by leave, in a block classed chrome
        why[k] = ""
    for k in later_posts_notices(parts, why, articles):  # a later post's own rights line, read with its text
        why[k] = ""
    kept = [i for i, reason in enumerate(why) if not reason]
    lead = next((parts.blocks[i].text for i in kept[:2] if parts.blocks[i].kind == "h"), None)
    if articles:
        lead = parts.blocks[articles[0][1]].text
    meta = page_meta(parts, first_h1, lead, lead_opens_article=bool(articles))
    if kept and meta.sources.get("title") == "h1" and (
            post := archive_post_title(parts, kept[0], not articles)) is not None:
        meta.title, meta.sources["title"] = post, "archive-post"  # "Articles by NAME" names the archive
    if (poster := kept_post_writer(parts, kept)) is not None and poster != meta.author:
        meta.author, meta.sources["author"] = poster, "kept-post-card"  # a thread's text is one reply's: its writer
    if meta.author is None and (name := signed_name(parts, why)) is not None:
        meta.author, meta.sources["author"] = name, "signed-name"
    if articles and (meta.author is None or LOGIN.fullmatch(meta.author)) and (
            first := article_byline(parts, article_element(parts, articles[0][0]))) and is_person_name(first):
        meta.author, meta.sources["author"] = first, "first-post-byline"  # a front page of posts whose markup
        # names no one or the site's account ("plotsite-admin"): the page's author is its first post's, and that
        # post's byline element names its writer (each later post's byline is read for it as it is)
    removed = Counter(main.removed)
    titles = {t for t in (meta.title, first_h1) if t}
    # its heading, kicker and all (the <h1>'s runs read apart, its block's text as the page runs them together)
    whole = {"".join(parts.h1_whole[t].split()) for t in titles if t in parts.h1_whole}
    for i in kept[:3]:  # the title is a field: drop its heading from the top of the text
        if items and i == items[0][1]:
            break  # (an issue's first item's heading, under the masthead: the item's own title, read with it)
        block = parts.blocks[i]
        if block.kind == "h" and (block.text in titles or whole and "".join(block.text.split()) in whole):
            why[i] = "html-title"
            removed["html-title"] += 1
            break
    blocks = [b for b, reason in zip(parts.blocks, why, strict=True) if not reason]
    # each later article's opening line as rendered (a list item with its number or bullet); the first article
    # keeps whatever the page says above it (an intro, a masthead)
    later = [k for k, _ in (articles or items)[1:] if not why[k]]
    starts = [(parts.blocks[k].prefix + parts.blocks[k].text).split("\n", 1)[0] for k in later]
    # each later article's own byline in the markup: the page's markup author is the first article's (or the
    # page's), and a byline the text lost as chrome would otherwise leave the later articles unsigned
    bylines = [article_byline(parts, article_element(parts, k)) or "" for k in later] if articles else [
        article_byline(parts, item_box(parts, heading)) or "" for k, heading in items[1:] if not why[k]]
    last = max((i for i, reason in enumerate(why) if not reason), default=len(why))
    trimmed = [b.text for i, (b, reason) in enumerate(zip(parts.blocks, why, strict=True))
               if reason == "html-edge" or (reason and i > last)] + notes_above(parts, why)
    if meta.author is None and (firm := company_author(trimmed, parts, meta.site_name)) is not None:
        meta.author, meta.sources["author"] = firm, "company-copyright"  # a company's own page names no person
    if meta.sources.get("licence") == "rel-license" and _pieces_own_notice(parts, why):
        pass  # a piece's own reprint leave or all-rights notice trimmed from its text: the page's licence link is no
        # grant for every piece (each would take it, its own line gone); it stays the page's as any markup licence
    elif articles and meta.sources.get("licence") == "rel-license" and _licence_outside(parts, articles):
        meta.sources["licence"] = PAGE_WIDE_LICENCE  # the sidebar's licence beside several posts: each post's
    elif articles and meta.sources.get("licence") == "rel-license" and _licence_in_later_posts(parts, articles):
        meta.licence = None  # a later post's own licence link, its words in that post's text: never the first's
        del meta.sources["licence"]
    elif meta.sources.get("licence") == "rel-license" and _licence_in_head(parts):
        meta.sources["licence"] = PAGE_WIDE_LICENCE  # the head's <link rel=license>: the page's, every piece's on it
    if items and meta.sources.get("licence") == "rel-license" and _licence_below(parts, why, last):
        meta.sources["licence"] = PAGE_WIDE_LICENCE  # an issue's licence line in its footer: every item's
    if meta.licence is None:  # rights lines trimmed at the article's edges or in the page's tail (its footer)
        later = _posts(parts, articles[1:])  # (a later post's own line is no line of the page's, which the first
        trimmed = [text for text in trimmed if not _in_later_post(parts, later, text)  # post would take)
                   and not _said_in_comments(parts, text)]  # (a commenter's © never licenses the article)
        own = [b.text for b, reason in zip(parts.blocks, why, strict=True) if reason == "html-edge"
               and not _in_later_post(parts, later, b.text)]
        beside = [] if articles else [b.text for i, (b, reason) in enumerate(zip(parts.blocks, why, strict=True))
                                      if reason and i > last and not _in_footer(parts, b.elem)]
        if (rights := trimmed_rights(trimmed, own, meta.author, beside)) is not None:
            meta.licence, meta.sources["licence"] = rights, "trimmed-line"
            if articles and rights.kind == "cc" and _outside_posts(parts, articles, rights.text):
                meta.sources["licence"] = PAGE_WIDE_LICENCE  # the site's footer beside several posts: each post's
    if meta.licence is None and articles and (wide := _stated_outside(parts, articles)) is not None:
        meta.licence, meta.sources["licence"] = wide, PAGE_WIDE_LICENCE  # the blog's header: every post's
    if not articles and meta.licence is not None and (
            kept := own_reservation(parts, why, meta.licence, meta.author)) is not None:
        meta.licence, meta.sources["licence"] = kept, "own-reservation"  # the article's own line outranks the site's
    if meta.sources.get("licence") == PAGE_WIDE_LICENCE and (carried := carried_posts(parts, articles)):
        meta.sources[CARRIED] = "\n".join(carried)  # the site's licence is its own writing's, not a reblog's
    return HtmlDocument(
        text=render(blocks), title=meta.title, author=meta.author, date=meta.date, url=meta.canonical_url,
        meta=meta, removed=removed,
        removed_blocks=[(reason, b.text) for b, reason in zip(parts.blocks, why, strict=True) if reason],
        article_starts=starts, article_bylines=bylines if any(bylines) else [],
        leads=[b.lead for b in blocks if b.lead],
    )


# The longest left-out block read for an article's own reservation (a rights line, not a whole footer's menu).
RESERVATION_BLOCK_CHARS = 600


def credit_notes(parts: PageParts, why: list[str]) -> list[int]:
    """The blocks inside the text (between its first and last kept blocks) that the theme classes as chrome (a
    ``<p class="credit">``) and that carry a piece by its holder's leave ("Published with permission from NAME"):
    the piece's own credit line, which outranks an issue's or a site's licence (SPEC: a piece's "reproduced with
    permission" under a CC line is used-with-permission). Left out, the page's licence would reach a piece its
    publisher only borrowed: a wrong grant is worse than none. Other chrome (a byline, a photo's credit) stays out.

    >>> from pipeline.text.html_main import extract_main
    >>> page = ("<body><article><h2>Pot herbs</h2><p>One long paragraph of the piece, with words enough to count.</p>"
    ...         "<p class='credit'><em>Published with permission from The Valley Post.</em></p></article><article>"
    ...         "<h2>Seed swap</h2><p>Another long paragraph of another piece, words enough as well.</p></article>"
    ...         "</body>")
    >>> main = extract_main(page)
    >>> [main.parts.blocks[k].text for k in credit_notes(main.parts, list(main.why))]
    ['Published with permission from The Valley Post.']
    """
    kept = [i for i, reason in enumerate(why) if not reason]
    if not kept:
        return []
    return [k for k in range(kept[0] + 1, kept[-1]) if why[k] == "html-chrome-class"
            and len(parts.blocks[k].text) <= RESERVATION_BLOCK_CHARS
            and any(s.kind == "permission" for s in find_statements(parts.blocks[k].text))]


def later_posts_notices(parts: PageParts, why: list[str], articles: list[tuple[int, int]]) -> list[int]:
    """The blocks the text left out inside a later one of the page's several posts (:func:`sibling_articles`) that
    are that post's own rights line: an all-rights notice ("© 2025 NAME. All rights reserved.") or a leave it is
    carried by. Each post's own line belongs to that post (SPEC: an article-level licence line belongs to the article
    it sits in): left out, it could neither outrank the page's site-wide licence for its post nor leave the other
    posts to it (a wrong grant is worse than none; :func:`_pieces_own_notice`). The first post's own lines are read
    from the trimmed lines as before.

    >>> from pipeline.text.html_main import Block
    >>> parts = PageParts(parents=[-1, 0, 1, 1, 0, 4, 4, 4], tags=["body", "article", "h2", "p", "article", "h2", "p",
    ...                   "p"], sigs=["body.", "article.", "h2.", "p.", "article.", "h2.", "p.", "p.item-rights"],
    ...                   chrome=[""] * 8, blocks=[Block("Pot herbs", 2, kind="h"), Block("Sow thinly.", 3),
    ...                   Block("Seed swap", 5, kind="h"), Block("Label the jars.", 6),
    ...                   Block("© 2025 Bo Tran. All rights reserved.", 7)])
    >>> why = ["", "", "", "", "html-edge"]
    >>> later_posts_notices(parts, why, [(0, 0), (2, 2)]), later_posts_notices(parts, why, [(0, 0)])
    ([4], [])
    """
    later = _posts(parts, articles[1:])
    if not later:
        return []
    return [k for k, (block, reason) in enumerate(zip(parts.blocks, why, strict=True))
            if reason and len(block.text) <= RESERVATION_BLOCK_CHARS and not _in_footer(parts, block.elem)
            and any(inside(parts, block.elem, post) for post in later) and _own_notice(block.text)]


def notes_above(parts: PageParts, why: list[str]) -> list[str]:
    """The lines the theme sets between the page's title (its ``<h1>``) and the article's first kept block, outside
    the body's element or in a block inside it classed as chrome (:data:`NOTE_REASONS`): a syndication note there
    ("First published on the writer's blog, republished here with her leave"), a share widget's "do not copy"
    notice, speaks for the article as a footer line does, and is read for its rights with the trimmed lines.

    >>> from pipeline.text.html_main import extract_main
    >>> page = ("<body><h1>Five ways</h1><p class='note'><em>Republished with the author's permission.</em></p>"
    ...         "<article><p>One long paragraph of the article itself, with words enough to be the body.</p>"
    ...         "<p>Another paragraph of the article, long enough as well to count as text.</p></article></body>")
    >>> main = extract_main(page)
    >>> notes_above(main.parts, list(main.why))
    ["Republished with the author's permission."]
    """
    first = next((k for k, reason in enumerate(why) if not reason), -1)
    title = max((k for k in range(max(first, 0)) if parts.blocks[k].kind == "h" and parts.blocks[k].text in parts.h1),
                default=-1)
    if title < 0:
        return []
    return [parts.blocks[k].text for k in range(title + 1, first) if why[k] in NOTE_REASONS]


# Why a line between the title and the text was left out: outside the body's element, or inside it in a block the
# theme classes as chrome (a share widget holding the post's "do not copy" notice, a meta row's licence chip).
NOTE_REASONS = frozenset({"html-outside-main", "html-chrome-class"})


def own_reservation(parts: PageParts, why: list[str], grant: Statement, author: str | None = None,
                    ) -> Statement | None:
    """A copyright line the text left out (a ``<footer>`` inside the article, a rights box under it) by which the
    article keeps itself out of the licence the page's markup declares (``grant``, a site's ``rel=license`` or
    JSON-LD licence), or ``None``. The markup's licence is the site's default: the article's own reservation
    (:func:`~pipeline.text.licence.yields_to`) outranks it (SPEC, round 19). A reservation counts where it stands
    inside an ``<article>`` element, or anywhere when it says the text is not covered by the licence
    (:data:`~pipeline.text.licence.EXEMPT`): only an article says that of itself. A wrong grant is worse than none.
    So does one whose © names the page's ``author`` with all rights reserved in words, wherever it sits (a writer's
    own footer, "Words and photos © NAME. All rights reserved."): whom a © names decides, not where it sits, and
    beside the markup's licence (often a part's: a recipe card's) the narrower stands (SPEC r22, r23 (l)).

    >>> from pipeline.text.html_main import Block
    >>> from pipeline.text.licence import find_cc
    >>> parts = PageParts(parents=[-1, 0, 1, 1], tags=["body", "article", "p", "footer"],
    ...                   sigs=["body.", "article.", "p.", "footer."],
    ...                   blocks=[Block("Stir often.", 2), Block("© 2022 Ida Moss. Ask me before republishing it.", 3)])
    >>> own_reservation(parts, ["", "html-chrome-tag"], find_cc("CC BY 4.0")).tag
    'LicenseRef-all-rights-reserved'
    >>> own_reservation(parts, ["", ""], find_cc("CC BY 4.0")) is None  # (kept in the text: segment weighs it)
    True
    >>> parts.blocks[1] = Block("Posts here are CC BY 4.0. Photos are not covered by the licence.", 3)
    >>> own_reservation(parts, ["", "html-chrome-tag"], find_cc("CC BY 4.0")) is None  # the licence's own exception
    True
    >>> parts = PageParts(parents=[-1, 0, 0], tags=["body", "p", "footer"], sigs=["body.", "p.", "footer."],
    ...                   blocks=[Block("Stir often.", 1), Block("Text © 2022 Ida Moss. All rights reserved.", 2)])
    >>> own_reservation(parts, ["", "html-chrome-tag"], find_cc("CC BY 4.0"), "Ida Moss").tag
    'LicenseRef-all-rights-reserved'
    >>> own_reservation(parts, ["", "html-chrome-tag"], find_cc("CC BY 4.0"), "Bo Tran") is None  # a site's footer
    True

    A credit line of the piece's own inside its ``<article>`` saying it is carried by its holder's leave ("Reprinted
    with the author's permission.", trimmed at the text's edge) outranks the markup's licence the same way: a page
    that only borrows a text cannot license it to others (SPEC: "reprinted with permission" is the "otherwise
    noted" of a site's default).

    >>> parts = PageParts(parents=[-1, 0, 1, 1], tags=["body", "article", "p", "p"], sigs=["body.", "article.", "p.",
    ...                   "p."], blocks=[Block("Stir often.", 2), Block("Reprinted with the writer's permission.", 3)])
    >>> own_reservation(parts, ["", "html-edge"], find_cc("CC BY 4.0")).tag
    'LicenseRef-used-with-permission'
    >>> parts.tags[1] = "div"  # outside any article element: a site's line, maybe another piece's
    >>> own_reservation(parts, ["", "html-edge"], find_cc("CC BY 4.0")) is None
    True
    """
    for block, reason in zip(parts.blocks, why, strict=True):
        if not reason or len(block.text) > RESERVATION_BLOCK_CHARS:
            continue
        found = find_statements(block.text)
        if any(s.kind in GRANT_KINDS for s in found):
            continue  # a licence notice that excepts some parts ("Photographs are not covered"): the site's own
        for statement in found:
            if statement.kind == "permission" and grant.kind in GRANT_KINDS and _in_article_element(parts, block.elem):
                return statement  # the piece's own credit, carried by its holder's leave: no grant passes on
            if yields_to(grant, statement, site=True) and (
                    EXEMPT.search(statement.text) is not None or _in_article_element(parts, block.elem)
                    or _holder_is_author(statement.holder, author) and RESERVED.search(statement.text)
                    # "All rights reserved unless otherwise noted": yields to the licence the page does note
                    and SITE_DEFAULT.search(statement.text) is None):
                return statement
    return None


def _in_article_element(parts: PageParts, elem: int) -> bool:
    """Whether an element sits inside an ``<article>``."""
    while elem >= 0:
        if parts.tags[elem] == "article":
            return True
        elem = parts.parents[elem]
    return False


def _licence_below(parts: PageParts, why: list[str], last: int) -> bool:
    """Whether every ``rel=license`` link of the page stands in a block the text left out under its last kept block
    (``last``): an e-mail issue's footer, which speaks for the whole issue, never inside one item.

    >>> from pipeline.text.html_main import Block
    >>> parts = PageParts(blocks=[Block("Item", 0), Block("Licensed CC BY 4.0", 0)],
    ...                   links=[{"rel": "license", "block": "1"}])
    >>> _licence_below(parts, ["", "html-edge"], 0), _licence_below(parts, ["", ""], 1)
    (True, False)
    """
    found = False
    for link in parts.links:
        if link.get("rel") != "license":
            continue
        at = int(link["block"]) if (link.get("block") or "").isdigit() else -1
        if not (last < at < len(why) and why[at]):
            return False
        found = True
    return found


def _licence_outside(parts: PageParts, articles: list[tuple[int, int]]) -> bool:
    """Whether every ``rel=license`` link of the page stands outside the elements of its several ``articles``
    (:func:`sibling_articles`): in the sidebar or the footer, not inside one post (that post's own licence).

    >>> from pipeline.text.html_main import Block
    >>> parts = PageParts(parents=[-1, 0, 0], tags=["body", "article", "div"], sigs=["body.", "article.", "div."],
    ...                   blocks=[Block("Title", 1, kind="h"), Block("Licensed CC BY 4.0", 2)],
    ...                   links=[{"rel": "license", "block": "1"}])
    >>> _licence_outside(parts, [(0, 0)]), _licence_outside(parts, [])
    (True, False)
    """
    if not articles:
        return False
    posts = {article_element(parts, heading) for _, heading in articles}
    for link in parts.links:
        if link.get("rel") != "license":
            continue
        at = int(link["block"]) if (link.get("block") or "").isdigit() else -1
        if 0 <= at < len(parts.blocks) and article_element(parts, at) in posts:
            return False
    return True


def _licence_in_later_posts(parts: PageParts, articles: list[tuple[int, int]]) -> bool:
    """Whether every ``rel=license`` link of the page stands inside one of its several ``articles`` other than the
    first (:func:`sibling_articles`): that post's own licence line ("This article is published under a <a
    rel=license>CC BY-SA 4.0</a> licence"), read from its text with it, not the page's licence, which the first
    post would take (a tag archive's middle post: its licence is no neighbour's; a wrong grant is worse than none).

    >>> from pipeline.text.html_main import Block
    >>> parts = PageParts(parents=[-1, 0, 1, 0, 3], tags=["body", "article", "p", "article", "p"],
    ...                   sigs=["body.", "article.", "p.", "article.", "p."],
    ...                   blocks=[Block("One", 1, kind="h"), Block("Text one.", 2), Block("Two", 3, kind="h"),
    ...                           Block("Licensed CC BY-SA 4.0", 4)], links=[{"rel": "license", "block": "3"}])
    >>> _licence_in_later_posts(parts, [(0, 0), (2, 2)])
    True
    >>> parts.links[0]["block"] = "1"
    >>> _licence_in_later_posts(parts, [(0, 0), (2, 2)]), _licence_in_later_posts(parts, [])
    (False, False)
    """
    posts = [article_element(parts, heading) for _, heading in articles]
    links = [link for link in parts.links if link.get("rel") == "license"]
    if len(posts) < 2 or not links:
        return False
    for link in links:
        at = int(link["block"]) if (link.get("block") or "").isdigit() else -1
        if not 0 <= at < len(parts.blocks) or article_element(parts, at) not in posts[1:]:
            return False
    return True


# A post's header saying the blog carries it from someone else: "NAME reblogged from NAME", "reposted from @NAME",
# "Cross-posted from NAME's blog", "Shared from NAME". Only a short line at the post's head counts: a sentence of its
# text that mentions reblogging is no header.
CARRIED_CUE = re.compile(r"\b(?:re-?blogged|re-?posted|re-?shared|cross-?posted|shared|boosted|retweeted)"
                         r"(?:\s+(?:it|this|this post))?\s+from\b", re.IGNORECASE)
CARRIED_HEADER_CHARS = 120
# The longest line outside the posts read for the site's licence (a blog description's sentence or two).
OUTSIDE_LINE_CHARS = 400


def carried_posts(parts: PageParts, articles: list[tuple[int, int]]) -> list[str]:
    """The headings of the page's several ``articles`` (:func:`sibling_articles`) whose element opens with a line
    saying the page carries it from another writer (:data:`CARRIED_CUE`, in a short line at or above its heading).
    Such a post is its writer's, not the site's: the site's licence for its own writing does not reach it.

    >>> from pipeline.text.html_main import Block
    >>> parts = PageParts(parents=[-1, 0, 1, 1, 1, 0, 5, 5], tags=["body", "article", "div", "h2", "p", "article",
    ...                   "h2", "p"], sigs=["body.", "article.", "div.", "h2.", "p.", "article.", "h2.", "p."],
    ...                   blocks=[Block("mira reblogged from owen-knits", 2), Block("Warm hands", 3, kind="h"),
    ...                           Block("Knit the cuffs first.", 4), Block("My own post", 6, kind="h"),
    ...                           Block("I reposted from memory, sorry.", 7)])
    >>> carried_posts(parts, [(0, 1), (3, 3)])
    ['Warm hands']
    """
    out = []
    for first, heading in articles:
        post = article_element(parts, heading)
        if post >= 0 and any(len(b.text) <= CARRIED_HEADER_CHARS and CARRIED_CUE.search(b.text)
                             and inside(parts, b.elem, post)
                             for b in parts.blocks[max(0, first - 4):heading + 1]):
            out.append(parts.blocks[heading].text)
    return out


def _stated_outside(parts: PageParts, articles: list[tuple[int, int]]) -> Statement | None:
    """The Creative Commons licence a line outside every one of the page's several ``articles`` states for the
    site's texts (a blog's description in its header, a line in its sidebar or footer: "my writing here is CC BY-NC
    4.0"), read as a trimmed line is (:func:`trimmed_rights`), or ``None``: like a ``rel=license`` link there
    (:func:`_licence_outside`), it is every post's. Only a CC licence: a footer's copyright or grant is the site's."""
    posts = _posts(parts, articles)
    if not posts:
        return None
    named = [b for b in parts.blocks if len(b.text) <= OUTSIDE_LINE_CHARS  # (CC_GATE: every CC mark holds one)
             and any(word in b.text.casefold() for word in CC_GATE)]
    lines = [b.text for b in named if not any(inside(parts, b.elem, post) for post in posts)]
    rights = trimmed_rights(lines) if lines else None
    return rights if rights is not None and rights.kind == "cc" else None


def _posts(parts: PageParts, articles: list[tuple[int, int]]) -> list[int]:
    """The elements of the page's several ``articles`` (:func:`sibling_articles`)."""
    return [post for post in (article_element(parts, heading) for _, heading in articles) if post >= 0]


def _outside_posts(parts: PageParts, articles: list[tuple[int, int]], text: str) -> bool:
    """Whether the blocks that hold ``text`` (a trimmed line) all stand outside the page's several posts."""
    posts = _posts(parts, articles)
    at = _holding(parts, text)
    return bool(posts) and bool(at) and not any(inside(parts, elem, post) for elem in at for post in posts)


def _holding(parts: PageParts, text: str) -> list[int]:
    """The elements of the blocks that hold ``text`` (a trimmed line)."""
    return [b.elem for b in parts.blocks if text in b.text]


def _pieces_own_notice(parts: PageParts, why: list[str]) -> bool:
    """Whether a block the text left out, outside the page's footer, is a piece's own notice that no page-wide
    licence may override: a reprint's leave ("Reprinted with permission from ...") or an all-rights notice ("© 2024
    NAME. All rights reserved."). Left out of the piece's text, it could not outweigh the page's licence there.

    >>> from pipeline.text.html_main import Block
    >>> parts = PageParts(parents=[-1, 0, 0], tags=["main", "p", "p"], chrome=["", "", ""],
    ...                   blocks=[Block("Water the roots.", 1), Block("Reprinted with permission.", 2)])
    >>> _pieces_own_notice(parts, ["", "html-edge"]), _pieces_own_notice(parts, ["", ""])
    (True, False)
    >>> parts.blocks[1] = Block("© 2024 Ann Lee. All rights reserved.", 2)
    >>> _pieces_own_notice(parts, ["", "html-edge"])
    True
    >>> parts.blocks[1] = Block("© 2024 Ann Lee.", 2)  # a bare ©: who licenses, beside the page's licence
    >>> _pieces_own_notice(parts, ["", "html-edge"])
    False
    >>> parts.chrome[2], parts.blocks[1] = "id:footer", Block("© 2024 Leaf Media. All rights reserved.", 2)
    >>> _pieces_own_notice(parts, ["", "html-edge"])  # the site's footer
    False
    """
    return any(reason and not _in_footer(parts, block.elem) and _own_notice(block.text)
               for block, reason in zip(parts.blocks, why, strict=True))


def _own_notice(text: str) -> bool:
    """Whether a block's text states a piece's own terms: a leave it is carried by ("Reprinted with permission") or
    an all-rights notice ("© 2024 NAME. All rights reserved."), not a bare © (who licenses, beside a licence).

    >>> _own_notice("Reprinted with permission."), _own_notice("© 2024 Ann Lee. All rights reserved.")
    (True, True)
    >>> _own_notice("© 2024 Ann Lee.")
    False
    """
    return any(s.kind == "permission" or s.kind == "copyright" and RESERVED.search(s.text) is not None
               for s in find_statements(text))


def _licence_in_head(parts: PageParts) -> bool:
    """Whether every ``rel=license`` link of the page is a ``<link>`` in its head (no block of the text holds it):
    the page's licence, for each piece the page carries (an article and its translation under one footer), not
    the first piece's alone.

    >>> _licence_in_head(PageParts(links=[{"rel": "license", "href": "https://creativecommons.org/licenses/by/4.0/"}]))
    True
    >>> _licence_in_head(PageParts(links=[{"rel": "license", "href": "", "block": "3"}])), _licence_in_head(PageParts())
    (False, False)
    """
    links = [link for link in parts.links if "license" in (link.get("rel") or "").lower().split()]
    return bool(links) and all("block" not in link for link in links)


def _in_later_post(parts: PageParts, later: list[int], text: str) -> bool:
    """Whether the blocks that hold ``text`` (a trimmed line) all stand inside one of ``later``, the elements of the
    page's posts other than the first (:func:`_posts`; :func:`_licence_in_later_posts` says why)."""
    at = _holding(parts, text) if later else []
    return bool(at) and all(any(inside(parts, elem, post) for post in later) for elem in at)


# What a comment section's element is classed or named ("comments", "comment-list", "respond", "disqus_thread").
COMMENT_CHROME = ("comment", "respond", "repl", "disqus")


def _said_in_comments(parts: PageParts, text: str) -> bool:
    """Whether every block holding ``text`` (a trimmed line) stands in the page's comment section (an element whose
    class or id names comments): a commenter's "© NAME. All rights reserved." there is his, never the article's
    (comments never license the article: a wrong reservation or grant is worse than none).

    >>> from pipeline.text.html_main import Block
    >>> parts = PageParts(parents=[-1, 0, 1, 0], tags=["body", "section", "div", "footer"],
    ...                   chrome=["", "id:comments", "class:comment", "tag:footer"],
    ...                   blocks=[Block("Bo: nice. © 2026 Bo Tran. All rights reserved.", 2), Block("© 2026 Site", 3)])
    >>> _said_in_comments(parts, "© 2026 Bo Tran."), _said_in_comments(parts, "© 2026 Site")
    (True, False)
    """
    held = _holding(parts, text)
    return bool(held) and all(_in_chrome_of(parts, elem, COMMENT_CHROME) for elem in held)


def _in_chrome_of(parts: PageParts, elem: int, words: tuple[str, ...]) -> bool:
    """Whether an element or one around it is set aside as chrome for a reason naming one of ``words``."""
    while elem >= 0:
        if any(word in parts.chrome[elem] for word in words):
            return True
        elem = parts.parents[elem]
    return False


def _in_footer(parts: PageParts, elem: int) -> bool:
    """Whether an element sits in the page's footer (a ``<footer>``, or an element whose class or id names one).

    >>> parts = PageParts(parents=[-1, 0, 1], tags=["body", "div", "p"], chrome=["", "id:footer", ""])
    >>> _in_footer(parts, 2), _in_footer(parts, 0), _in_footer(parts, -1)
    (True, False, False)
    """
    while elem >= 0:
        if "footer" in parts.chrome[elem]:
            return True
        elem = parts.parents[elem]
    return False
