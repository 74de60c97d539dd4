"""Segment stage: split pages into articles and read each one's title, author, bio, sign-off and licence.

After this stage an article's ``text`` is its body only: the title line, the byline, the bio box, the licence
and copyright statements and the sign-off have moved into their fields, and a teaser that repeats the opening of
the body is kept once. Per page:

1. **Split.** A new article starts where a title-like line is followed by a byline (``Written by Sharon
   Housley``) after some text of an earlier article: seed 004 holds the end of one article and the whole of
   another. Parts are numbered in ``source.part`` and get their own id (``Article.make_id``); part 0 keeps the
   page's id.
2. **Header.** The first line is the title when it looks like one (short, capitalised, no closing full stop);
   a byline in the first lines gives the author and their credentials (``Author: JoAnna Brandi``,
   ``Written by Susan Dunn, MA Psychology, Professional Coach``).
3. **Trailer.** From the last "About the Author" / "Resource Box" heading to the end is the bio box (a heading
   glued onto the last paragraph is split off first). Above it, scanning up from the end, copyright lines,
   licence notices and a sign-off are taken while they last. A copyright line that goes on to describe the
   author (``©Susan Dunn, MA, http://... . Helping individuals ...``) is both the licence and the bio.
4. **Teaser.** One of the first body paragraphs whose word 3-grams are mostly contained in a later paragraph is a
   teaser repeated by the body (seed 001): it is removed (counted as ``duplicate_teaser``); an item of a list
   whose later items share its template (``1. Tip about X …``, ``2. Tip about Y …``) is not a teaser.
5. **Attribution.** ``author`` comes from the byline, else from the name that opens the bio, else from a
   copyright holder that is a person. A website is never an author. The licence is read by ``licence.py``;
   ``attribution-missing`` is flagged when it requires the author's name or bio and the page no longer has it.

The page-level ``repairs`` and ``removed`` counts and ``removed_spans`` of earlier stages are kept on every part
(they describe the page the part came from, whose part count is in ``meta["page_parts"]``); the manifest totals
them once per page.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace

from ..records import Article, AuthorBio, Record, clone
from ..stage import StageKind
from ..stats import StageStats
from ..text import licence as lic
from ..text.attribution import (
    Byline,
    bio_start,
    clean_title,
    is_byline,
    is_person_name,
    is_signoff,
    is_valediction,
    looks_like_title,
    make_bio,
    name_in_bio,
    parse_byline,
    split_inline_bio,
)
from ..text.extract import tidy_blank_lines

NAME = "segment"
FLAG_ATTRIBUTION_MISSING = "attribution-missing"
COPYRIGHT_LEAD = re.compile(r"^\s*(?:©|\(c\)|copyright\b)\s*(?:©|\(c\))?\s*", re.I)


@dataclass(frozen=True, slots=True)
class SegmentConfig:
    keep_removed: bool = False  # store removed teasers on the record (audit); counts are always kept
    split: bool = True  # split pages that hold several articles
    header_lines: int = 3  # title and byline are looked for in this many first non-blank lines
    teaser_window: int = 2  # a teaser is one of the first body paragraphs
    teaser_min_words: int = 8  # shorter openings ("Dear reader,") are never teasers
    teaser_containment: float = 0.6  # share of the teaser's word 3-grams found in one later paragraph
    bio_min_words: int = 4  # words a copyright line must add after its holder to count as a bio


@dataclass(slots=True)
class Parsed:
    """One article read from a run of lines."""

    body: list[str]
    title: str | None = None
    byline: Byline | None = None
    bio: AuthorBio | None = None
    signoff: str | None = None
    statements: list[lic.Statement] = field(default_factory=list)  # in page order
    teasers: list[str] = field(default_factory=list)
    bio_parts: list[str] = field(default_factory=list)  # bio paragraphs, joined into ``bio`` at the end


def article_starts(lines: list[str]) -> list[int]:
    """Return the line index where each article of a page starts (always 0 first).

    >>> article_starts(["First Title", "Written by Ann Lee", "Body one.", "More.", "Second Title", "",
    ...                 "Written by Bob Ray", "Body two."])
    [0, 4]
    >>> article_starts(["Title", "Body.", "By the way, nothing here starts an article."])
    [0]
    """
    nonblank = [i for i, line in enumerate(lines) if line.strip()]
    starts = [0]
    for k in range(2, len(nonblank)):  # an earlier article needs a title and some text before this one
        i, prev = nonblank[k], nonblank[k - 1]
        if is_byline(lines[i]) and looks_like_title(lines[prev]) and prev > starts[-1] + 1:
            starts.append(prev)
    return starts


def word_trigrams(text: str) -> set[tuple[str, ...]]:
    """Return the set of lower-case word 3-grams of ``text``.

    >>> sorted(word_trigrams("Be kind, be brief."))
    [('be', 'kind', 'be'), ('kind', 'be', 'brief')]
    """
    words = re.findall(r"\w+(?:['’]\w+)?", text.lower())
    return set(zip(words, words[1:], words[2:], strict=False))  # in C; stops at the shortest


def find_teasers(paragraphs: list[str], config: SegmentConfig) -> list[int]:
    """Return the indexes of opening paragraphs that a later paragraph repeats (a teaser shown twice).

    >>> body = ["Customer Care is part of every job. Here are 7 things every customer person needs to know.",
    ...         "You may be a small business owner.",
    ...         "In my opinion, Customer Care is part of every job. So herewith are 7 things every customer "
    ...         "person needs to know."]
    >>> find_teasers(body, SegmentConfig())
    [0]
    >>> find_teasers(body[1:], SegmentConfig())
    []
    """
    found: list[int] = []
    window = [i for i in range(min(config.teaser_window, len(paragraphs)))
              if len(paragraphs[i].split()) >= config.teaser_min_words]
    if not window:
        return found  # no opening paragraph long enough: no need for the trigrams
    grams = [word_trigrams(p) for p in paragraphs]
    for i in window:
        if not grams[i]:
            continue
        for j in range(i + 1, len(paragraphs)):
            share = len(grams[i] & grams[j]) / len(grams[i])
            if share >= config.teaser_containment and not list_siblings(paragraphs[i], paragraphs[j], share):
                found.append(i)
                break
    return found


_LIST_ITEM = re.compile(r"\s*(?:(?P<word>[^\W\d_]+) )?(?P<num>\d{1,3})[.):]\s|\s*(?P<bullet>[-*•·▪►✓])\s")
_SAME_TEXT = 0.9  # containment from which two bulleted items are one item shown twice, not two of a template


def list_siblings(first: str, later: str, share: float) -> bool:
    """Tell whether two paragraphs are items of one list (``1.`` and ``2.``, ``Step 1:`` and ``Step 2:``, two
    bullets that differ), whose shared template is not a teaser repeated.

    >>> list_siblings("1. Tip about X: do it.", "2. Tip about Y: do it.", 0.7)
    True
    >>> list_siblings("Tip about X: do it.", "1. Tip about X: do it.", 1.0), list_siblings("• A b", "• A b", 1.0)
    (False, False)
    """
    a, b = _LIST_ITEM.match(first), _LIST_ITEM.match(later)
    if not a or not b or (a["word"] or "").lower() != (b["word"] or "").lower() or a["bullet"] != b["bullet"]:
        return False
    if a["num"] is not None:
        return a["num"] != b["num"]
    return share < _SAME_TEXT


def _licence_split(text: str) -> tuple[str, list[lic.Statement], str] | None:
    """Split a trailer line into (text before, its licence statements, text after); ``None`` if it has none."""
    statements = lic.find_statements(text)
    if not statements:
        return None
    verbatim = statements[0].text
    at = text.find(verbatim)
    after = text[at + len(verbatim):].strip()
    return text[:at].strip(), statements, "" if lic.SHARE_TAIL.match(after) else after  # a share bar glued on


LOOSE_LEAD_WORDS = 3  # "All text © Name 2019": a few words may come before a copyright sign on its own line


def _read_loose_statements(lines: list[str], nonblank: list[int], body_first: int, end: int, parsed: Parsed) -> None:
    """Take licence lines of the body the trailer scan did not reach: a line that is a statement and nothing else
    (a few words before a copyright sign at most; where it first ran after a permission line). A copyright line
    counts only when it names the author, by the byline or by the bio sentence under it ("NAME is a ..."), or
    reserves rights ("All rights reserved", "may not be reproduced"): a site's bare "Herb Garden Weekly © 2015" is
    chrome, not the article's licence.
    Taken lines leave the body."""
    body = [k for k in nonblank if body_first <= k < end]
    for n, i in enumerate(body):
        text = lines[i].strip()
        split = _licence_split(text)
        if split is None or len(split[0].split()) > LOOSE_LEAD_WORDS or (
                split[2] and not lic.PROVENANCE.match(split[2])):
            continue
        statements = split[1]
        below = lines[body[n + 1]].strip() if n + 1 < len(body) else ""
        if all(s.kind == "copyright" and s.holder is not None and not _names_the_author(s.holder, parsed, below)
               for s in statements) and not lic.refuses(text) and not lic.RESERVED.search(text):
            continue
        for statement in statements:
            statement.text = text
        parsed.statements += statements
        lines[i] = ""


def _names_the_author(holder: str, parsed: Parsed, below: str) -> bool:
    """Tell whether a copyright holder is the article's author: the byline's name, or the name a bio line opens with.

    >>> _names_the_author("Ann Lee", Parsed(body=[]), "Ann Lee grows roses in Kent.")
    True
    >>> _names_the_author("Herb Garden Weekly", Parsed(body=[]), "More in Herbs:")
    False
    """
    if parsed.byline is not None and parsed.byline.name and parsed.byline.name.casefold() == holder.casefold():
        return True
    return below.casefold().startswith(holder.casefold() + " ") and is_person_name(holder)


def parse_article(lines: list[str], config: SegmentConfig, known_title: str | None = None,
                  title: bool = True) -> Parsed:
    """Read one article from its lines: header, body, bio box, licence lines, sign-off, teasers.

    >>> p = parse_article(["Author: JoAnna Brandi", "Be present at work every day, it shows.", "Smile.", "JoAnna",
    ...                    "Copyright 2008 by JoAnna Brandi. Used with permission."], SegmentConfig())
    >>> p.byline.name, p.body, p.signoff, [s.kind for s in p.statements]
    ('JoAnna Brandi', ['Be present at work every day, it shows.', 'Smile.'], 'JoAnna', ['permission', 'copyright'])
    """
    lines = [part for line in lines for part in split_inline_bio(line)]
    nonblank = [i for i, line in enumerate(lines) if line.strip()]
    parsed = Parsed(body=[])
    header_end = _read_header(lines, nonblank, parsed, config, known_title, title)
    body_first = next((i for i in nonblank if i >= header_end), len(lines))
    end = _read_bio_box(lines, nonblank, body_first, parsed)
    end = _read_trailer(lines, nonblank, body_first, end, parsed, config)
    if not parsed.statements:  # page chrome below the notice, or a dedication under the title (issue 16)
        _read_loose_statements(lines, nonblank, body_first, end, parsed)
    parsed.bio = make_bio("\n".join(parsed.bio_parts))
    body = lines[header_end:end]
    paragraphs = [(k, line) for k, line in enumerate(body) if line.strip()]
    teasers = find_teasers([line for _, line in paragraphs], config)
    parsed.teasers = [paragraphs[t][1] for t in teasers]
    drop = {paragraphs[t][0] for t in teasers}
    parsed.body = tidy_blank_lines(line for k, line in enumerate(body) if k not in drop).split("\n")
    return parsed


def _read_header(lines: list[str], nonblank: list[int], parsed: Parsed, config: SegmentConfig,
                 known_title: str | None, title: bool) -> int:
    """Take the title (first line only) and a byline from the first lines; return where the body starts."""
    header_end = 0
    for n, i in enumerate(nonblank[: config.header_lines]):
        text = lines[i].strip()
        if parsed.byline is None and is_byline(text):  # a byline naming no person is removed all the same
            parsed.byline, header_end = parse_byline(text), i + 1
        elif n == 0 and title and _is_title(text, known_title):
            parsed.title, header_end = clean_title(text), i + 1
        else:
            break
    return header_end


def _read_bio_box(lines: list[str], nonblank: list[int], body_first: int, parsed: Parsed) -> int:
    """Take the bio box: from the last "About the Author" heading to the end (licence lines in it go to the
    licence). Return where the box starts (the end of the page when there is none)."""
    marker = next((i for i in reversed(nonblank) if i > body_first and bio_start(lines[i]) is not None), None)
    if marker is None:
        return len(lines)
    for i in range(marker, len(lines)):
        text = bio_start(lines[i]) if i == marker else lines[i].strip()
        split = _licence_split(text) if text else None
        if split is not None and not split[2]:
            parsed.statements += split[1]
            text = split[0]
        if text:
            parsed.bio_parts.append(text)
    return marker


def _read_trailer(lines: list[str], nonblank: list[int], body_first: int, end: int, parsed: Parsed,
                  config: SegmentConfig) -> int:
    """Scan up from ``end`` over licence and copyright lines, a closing byline, an unmarked bio naming the author,
    and the sign-off with its valediction; stop at the first body line. Return where the body ends."""
    found: list[lic.Statement] = []
    cursor = end
    signoff_at = -1  # a valediction ("Warm regards,") joins the sign-off only straight above it
    while (i := max((k for k in nonblank if body_first <= k < cursor), default=None)) is not None:
        text = lines[i].strip()
        split = _licence_split(text)
        authors = [parsed.byline.name] if parsed.byline else []
        authors += [s.holder for s in found + parsed.statements if s.holder and is_person_name(s.holder)]
        names = authors + [b.name for b in map(name_in_bio, parsed.bio_parts[:1]) if b]
        if split is not None and (not split[0] or not split[2]):
            before, statements, after = split
            if after and len(after.split()) >= config.bio_min_words and COPYRIGHT_LEAD.match(text):
                parsed.bio_parts.insert(0, COPYRIGHT_LEAD.sub("", text, count=1))  # "©Name, creds, url. bio ..."
            elif after:
                for statement in statements:  # a short remainder ("All rights reserved.") is part of it
                    statement.text = text
            found = statements + found
            if before and parsed.byline is None and is_byline(before):  # "Written by Jane Doe. Copyright ..."
                parsed.byline = parse_byline(before)
            elif before:  # a notice glued to the end of the last paragraph: the paragraph stays
                lines[i] = lines[i][: lines[i].find(before) + len(before)]
                end = i + 1
                break
            end = cursor = i
        elif parsed.byline is None and is_byline(text):  # a byline at the end of the article
            parsed.byline, end, cursor = parse_byline(text), i, i
        elif not parsed.bio_parts and (named := name_in_bio(text)) and named.name in authors:
            parsed.bio_parts.insert(0, text)  # an unmarked closing paragraph about the author, named as such
            end = cursor = i
        elif parsed.signoff is None and is_signoff(text, names):
            parsed.signoff, end, cursor, signoff_at = text, i, i, i
        elif parsed.signoff is not None and end == signoff_at and is_valediction(text):
            parsed.signoff, end, cursor = f"{text} {parsed.signoff}", i, i
        else:
            break
    parsed.statements = found + parsed.statements
    return end


def _is_title(text: str, known_title: str | None) -> bool:
    if known_title:  # the title came with the record (HTML <h1>): only a repeat of it is a title line
        return clean_title(text).lower() == clean_title(known_title).lower()
    return looks_like_title(text)


def resolve_author(parsed: Parsed) -> tuple[str | None, str | None]:
    """Return (author, credentials): byline first, then the bio's opening name, then a person holding copyright.

    >>> resolve_author(Parsed(body=[], bio=make_bio("Sharon Housley manages marketing for NotePage, Inc.")))
    ('Sharon Housley', None)
    >>> resolve_author(Parsed(body=[], statements=lic.find_statements("ImproveHomeLife.com © 2005")))
    (None, None)
    """
    if parsed.byline is not None:
        return parsed.byline.name, parsed.byline.credentials
    if parsed.bio is not None and (named := name_in_bio(parsed.bio.text)):
        return named.name, named.credentials
    for statement in parsed.statements:
        if statement.holder and is_person_name(statement.holder):
            return statement.holder, None
    return None, None


def segment_record(record: Article, config: SegmentConfig) -> tuple[list[Article], list[str]]:
    """Split one record into its articles, each with its fields set; return them and the teasers removed.

    A pure function of the record and the config (the record itself is not changed). Part 0 keeps the record's
    id; a part with no body left is not returned.
    """
    page = record.text
    lines = page.split("\n")
    starts = article_starts(lines) if config.split else [0]
    bounds = list(zip(starts, starts[1:] + [len(lines)], strict=True))
    offsets = [0]
    for line in lines:
        offsets.append(offsets[-1] + len(line) + 1)
    out: list[Article] = []
    teasers: list[str] = []
    for part, (lo, hi) in enumerate(bounds):
        known = record.title if part == 0 else None
        parsed = parse_article(lines[lo:hi], config, known)
        if parsed.title and not any(line.strip() for line in parsed.body):  # a lone heading is the body
            parsed = parse_article(lines[lo:hi], config, known, title=False)
        if not any(line.strip() for line in parsed.body):
            continue
        article = clone(record)
        if part:
            article.source = replace(record.source, part=record.source.part + part)
            article.id = Article.make_id(article.source)
            article.title = None
        article.text = "\n".join(parsed.body)
        if len(bounds) > 1:
            article.meta["page_parts"] = len(bounds)
        article.title = parsed.title or article.title
        author, credentials = resolve_author(parsed)
        if author is not None or part:
            article.author, article.author_credentials = author, credentials
        article.author_bio = parsed.bio or (article.author_bio if not part else None)
        article.signoff = parsed.signoff or (article.signoff if not part else None)
        if parsed.statements or article.licence is None or part:
            article.licence = lic.combine(parsed.statements)
        if lic.attribution_missing(article.licence, article.author, article.author_bio):
            article.add_flag(FLAG_ATTRIBUTION_MISSING)
        if parsed.teasers:
            article.removed["duplicate_teaser"] = article.removed.get("duplicate_teaser", 0) + len(parsed.teasers)
            if config.keep_removed:
                for teaser in parsed.teasers:
                    start = page.find(teaser, offsets[lo])
                    article.removed_spans.append({"stage": NAME, "rule": "duplicate_teaser", "start": start,
                                                  "end": start + len(teaser), "text": teaser})
            teasers += parsed.teasers
        out.append(article)
    return out, teasers


def run(records: Iterable[Record], config: SegmentConfig, stats: StageStats) -> Iterator[Record]:
    """Split every article record into its articles and set their attribution and licence fields."""
    for record in records:
        if not isinstance(record, Article):
            yield record
            continue
        parts, teasers = segment_record(record, config)
        if not parts:
            stats.drop(record, "no_article_body", detail="nothing but title, byline, bio and licence lines")
            continue
        if len(parts) > 1:
            stats.count("pages_split")
            stats.count("articles_from_split", len(parts))
        stats.count("duplicate_teaser", len(teasers))
        for article in parts:
            for name, value in (("title", article.title), ("author", article.author),
                                ("author_bio", article.author_bio), ("signoff", article.signoff)):
                stats.count(f"with_{name}", int(value is not None))
            stats.count(f"licence_{article.licence.tag}")
            stats.count("attribution_missing", int(FLAG_ATTRIBUTION_MISSING in article.flags))
            yield article


STAGE = StageKind(NAME, per_document=True, run=run)  # each page is segmented on its own
