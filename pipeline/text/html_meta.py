"""Page metadata from HTML: title, author, date, licence, site name, canonical URL and language.

Works on what the main-content walk gathered (``html_main.PageParts``: ``<meta>``, ``<link>``, JSON-LD, ``<h1>``,
byline-looking elements, ``<time>``), so the page is parsed once. Each value says where it came from
(``sources``), and when the page's own metadata and its visible text disagree (an ``og:title`` that is not the
``<h1>``), which one won is recorded for the article's ``meta``.
"""

from __future__ import annotations

import itertools
import json
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from html import unescape
from typing import Any

import regex

from .attribution import (
    CREDIT_BY_WORDS,
    CREDIT_LABEL,
    DATED_PARTS,
    DEPARTMENTS,
    GLUED_INITIAL_NAME,
    HONORIFICS,
    HOST_CREDIT,
    LEGAL_FORM,
    NAME_PARTICLES,
    NAME_SUFFIXES,
    NOT_A_PERSON,
    OTHER_ROLE_STEMS,
    POSTNOMINAL,
    ROW_PARTS,
    accepted_answer_card,
    answer_card,
    bio_start,
    content_source,
    courtesy_word_dropped,
    credit_line,
    credited_company,
    is_about_box,
    is_account_control,
    is_comments_heading,
    is_date_line,
    is_full_name,
    is_person_name,
    job_title_after,
    letter_scripts,
    listed_writers,
    name_in_bio,
    normalise_case,
    original_writer,
    parse_byline,
    possessive_title_writer,
    posted_by_abroad,
    release_issuer,
    roled_writers,
    spelled_out_in,
    split_name,
    team_byline,
    top_answer_card,
    whole_org,
    with_line,
    without_marks,
    writers_with,
    writing_credit,
)
from .attribution import guest_credit as guest_note
from .dates import MONTH, MONTH_STEMS, MONTHS_ABROAD, WEEKDAY_NAMES, WEEKDAYS_ABROAD
from .html_main import USER_CARD_CUES, Block, PageParts, inside
from .languages import AND_WORDS, alternation, folded, other_languages
from .licence import (
    CC_SHORT,
    CC_URL,
    CC_WORDS,
    CC_ZERO,
    GRANT_KINDS,
    NATIONAL_OGL,
    NON_TEXT,
    OGL,
    RESERVED,
    SHARE_TAIL,
    SITE_LINKS_TAIL,
    STRENGTH,
    SYNDICATE_HOLDER,
    TEXTISH,
    THIS_ARTICLE,
    WORK_NAMED,
    Statement,
    combine_grants,
    credits_other,
    find_cc,
    find_statements,
    licenses_text,
    public_domain_mark,
    refuses,
    site_wide_terms,
    tdm_reserved,
)
from .plain import LEAD_HEADING

# The separator between a <title>'s parts ("Post | Site", "Site :: Post"), a blank run taken from its start only.
_TITLE_SEPARATOR = r"(?<!\s)\s+(?:[|·•»«–—:]|-|::)\s+"
TITLE_SEPARATORS = re.compile(_TITLE_SEPARATOR)
BY_PREFIX = re.compile(
    # "Postado por NAME", "Scritto da NAME", "Geplaatst door NAME", "작성자: NAME": the posted-by words of the language
    # tables (text/languages.py)
    rf"^(?:{alternation('posted_by', other_languages())}(?![^\W\d_])\s*:?\s*|"
    r"(?:(?:(?:post\s+)?author|autor(?:in|en)?|auteur|text|texto|written|posted|published|veröffentlicht|redaktion|"
    r"geschrieben|eingestellt|erstellt|interview|(?:ein(?:e[nr]?)?\s+)?(?:(?:blog|gast)\s*)?(?:beitrag|artikel|bericht)"
    r"|(?:an?\s+)?(?:guest\s+)?(?:article|story|post|column|recipe|report|words|photos\s+and\s+text)"
    r"|(?:live\s+)?(?:coverage|blog)"  # a live blog's writers: "Live coverage by NAME and NAME"
    r"|(?:page|article|thread|topic)\s+(?:started|created)"  # a wiki's or a thread's credit to whoever began it
    r")?\s*(?:(?:by|von|vom|par|por|di|door|av|af)\b|:)\s*:?\s*"
    r"|(?:post\s+)?(?:author|autor(?:in|en)?|verfasser(?:in)?)\s+(?=[^\W\d_])))", re.I)  # "Author Ann Lee" as one line
# What a byline element goes on to say after the name: a link to the writer's other posts.
AUTHOR_MORE = re.compile(r"(?<!\s)\s+(?:alle\s+(?:artikel|beiträge)|(?:view\s+)?all\s+(?:posts|articles)"
                         r"|more\s+(?:posts|articles)\s+by)\b.*$", re.I)
# The same link's words before the name: "Zeige alle Beiträge von NAME", "View all posts by NAME".
ALL_POSTS_BY = re.compile(r"^(?:zeige\s+|view\s+|see\s+)?(?:alle\s+(?:artikel|beiträge)|all\s+(?:posts|articles))\s+"
                          r"(?:von|by)\s+", re.I)
BY_LINE = re.compile(r"^(?:(?:posted|written|published)\s+by|(?:text\s+)?(?:by|von)|par|por|(?:by|von)\s*:"
                     r"|(?:page|article|thread|topic)\s+(?:started|created)\s+by"
                     r"|(?:autor(?:in|en)?|author|auteur|text)\s*:"
                     r"|(?:ein(?:e[nr]?)?\s+)?(?:(?:blog|gast)\s*)?(?:beitrag|artikel|bericht)\s+von)\s+\S", re.I)
# A theme's date before its byline: "Posted on May 3, 2020 by NAME", "Dezember 10, 2019 · von NAME · in Category".
# The date part must hold a year or a day and month in figures, so "Top 10 tips by NAME" is not taken for one.
DATED_PREFIX = re.compile(r"^(?:(?:posted|published|veröffentlicht|publiziert|erschienen|publié|publicado)\s+"
                          r"(?:on|am|le|el|em)\s+)?(?=[^|·•]{0,40}?(?:\d{4}|\d{1,2}[./:]\d{1,2}))[^|·•]{1,40}?"
                          r"\s*[|·•,–—-]?\s*(?=(?:by|von|par|por)\s)", re.I)
POSTED_DATED = re.compile(r"^(?:posted|published)\s+(?!by\b)", re.I)  # the date line's own word, then its date
# A credit for the pictures, not the words: "Illustration von X", "Fotos: X", "Photo by X".
# (a magazine's credits row goes on after the writer: "Photography by X", "Food styling by Y")
OTHER_CREDIT = (r"(?:illustration(?:s|en)?|fotos?|photo(?:s|graph(?:s|y))?|bilder?|grafik|(?:food\s+|prop\s+)?styling)"
                r"\s*(?:von|by|:)")
AUTHOR_END = re.compile(
    r"\s*[|,•·»].*$|\s+(?:-\s|–|—|am\s+\d|on\s+\w+\s+\d|\d{1,2}\.\s?\d{1,2}\.|datum|date\b).*$"
    # a date after the name opening on its weekday, no separator between ("NAME Thursday 9 October 2025")
    rf"|\s+(?:{WEEKDAY_NAMES})day,?\s+\d.*$"  # (written out: "Li Sun 3 May", "Ann Monroe 3 May" keep theirs)
    rf"|\s+{OTHER_CREDIT}.*$"  # the name ends where the pictures' credit begins
    # or where an editor's credit begins, its element run on after the writer's ("NAME Updated 3 May 2025 by NAME":
    # an editing credit, never the writer's: SPEC r22)
    r"|\s+(?:last\s+)?(?:updated|edited|reviewed|fact[\s-]checked)\s+(?:by|on|\d).*$"
    r"|\s*\(.*$", re.I)  # or a remark in brackets: "(Pressesprecher)", "(Sponsored Post), Redner bei ..."
PICTURE_CREDIT = re.compile(OTHER_CREDIT, re.I)
SITE_IN_BRACKETS = re.compile(r"\((?:https?://|www\.)", re.I)
# A name is never a web address, a year, a time or a length ("01:30 Min."), a picture's credit ("Bild © hr"), a
# quotation mark or a call to action; digits glued to letters are a member's handle ("freeman1984"), not a year; a
# theme's unfilled field ("{author_name}", "{{ author }}", "%%AUTHOR%%") is a placeholder, never a name.
AUTHOR_NOISE = re.compile(r"https?://|www\.|@|\[at\]|©|(?<![^\W\d_])\d{4}|\d:\d\d|\||»|«|\*|\(|:$|!|\?|\bsays\b|\bsagt\b"
                          r"|[{}]|%%"
                          r"|\bmin(?:ute)?s?\.?\s+read\b|\bread(?:ing)?\s+time\b",  # "3 min read" in a byline's row
                          re.I)
# A weekday, or a month with its day: what a date line leaves when cut at its comma ("Donnerstag", "Dezember 10"),
# never a writer's name. A month alone may be one ("April", "Jan").
WEEKDAY_OR_MONTH = re.compile(rf"(?:(?:{WEEKDAY_NAMES})day|{'|'.join(WEEKDAYS_ABROAD)})(?:\s+\d{{1,2}}\.?)?"
                              rf"|(?:{MONTH}|{'|'.join(MONTHS_ABROAD)})\s+\d{{1,2}}\.?", re.I)
QUOTES = "'\"“”„‘’‚«»"  # a meta's value in quotes: "'Ann Lee, Bo Ng'"
SENTENCE_LOWER_WORDS = 5  # of at most 6 words, in lower case besides particles ("van", "de la"): a sentence
HANDLE_TAIL = re.compile(r"(?<!\s)\s+@\w+$")  # "Ann Lee @annlee": the writer's social handle after the name
# A byline that gives the writer's handle alone, with its platform's mark: "@mehdi_r", "u/fern_and_moss" (never an
# address: no "@" inside, no domain after it)
HANDLE_ONLY = re.compile(r"^(?:[@＠]|u/)(?P<name>[^\W\d_][\w-]+(?:\.[\w-]+)*)$")
NOT_NAMES = frozenset("by von posted on publiziert am author autor admin administrator name anonymous "
                      "editor guest gast posted published veröffentlicht follow folgen subscribe abonnieren share "
                      "teilen date datum relevance null none".split()) | {
    "zur person", "about the author", "no author"}  # "sort by date"; a CMS's placeholder for an empty field
# A heading over the writers' box, not a writer: "Authors", "Autoren & Herausgeber".
LABEL_WORDS = frozenset("authors autoren autorinnen auteurs herausgeber editors".split())
# a class token naming a comment thread; "comments-open" on a WordPress article is a status, not a thread
COMMENT_CUE = re.compile(r"(?:^|[\s.])(?:comment(?!s-(?:open|closed))|respond|reply|kommentar|discussion)", re.I)
MAX_SITE_WORDS = 4  # "Mountain Notes"; a longer <h1> opening the <title> is the article's own (a paper's title)
MAX_AUTHOR_WORDS = 6  # "Maria de la Luz Ortega Pérez" fits; a sentence does not


@dataclass(slots=True)
class PageMeta:
    title: str | None = None
    author: str | None = None
    date: str | None = None
    licence: Statement | None = None  # a Creative Commons licence declared in the markup (licence.py's mapping)
    site_name: str | None = None
    canonical_url: str | None = None
    language: str | None = None
    sources: dict[str, str] = field(default_factory=dict)  # field -> where its value came from
    product: bool = False  # the markup types the page as a product for sale (``product_page``): it carries no article


def _meta_map(parts: PageParts) -> dict[str, str]:
    """First non-empty ``content`` per lower-cased ``name``/``property``/``itemprop``."""
    found: dict[str, str] = {}
    for attrs in parts.meta:
        key = (attrs.get("property") or attrs.get("name") or attrs.get("itemprop") or "").strip().lower()
        value = " ".join((attrs.get("content") or "").split())
        if key and value and key not in found:
            found[key] = value
    return found


def _json_ld(parts: PageParts) -> list[dict[str, Any]]:
    """Every JSON-LD object of the page, ``@graph`` members included; broken JSON is skipped."""
    objects: list[dict[str, Any]] = []
    for raw in parts.json_ld:
        try:
            data = json.loads(raw)
        except ValueError:
            continue
        stack = data if isinstance(data, list) else [data]
        while stack:
            item = stack.pop(0)
            if isinstance(item, dict):
                objects.append(item)
                graph = item.get("@graph")
                if isinstance(graph, list):
                    stack.extend(graph)
            elif isinstance(item, list):
                stack.extend(item)
    # an SEO plugin's graph names the author and publisher by reference to a node of their own ({"@id": ...})
    nodes = {o["@id"]: o for o in objects if isinstance(o.get("@id"), str) and o.get("name")}
    if nodes:
        objects = [{**o, **{key: _resolved(o[key], nodes) for key in ("author", "publisher") if key in o}}
                   for o in objects]
    return objects


def _resolved(value: Any, nodes: dict[str, dict[str, Any]]) -> Any:
    """A JSON-LD value with its references (``{"@id": X}`` without a name) replaced by the node ``X`` names.

    >>> _resolved([{"@id": "#p"}, {"name": "Bo Ng"}], {"#p": {"@id": "#p", "name": "Ann Lee"}})
    [{'@id': '#p', 'name': 'Ann Lee'}, {'name': 'Bo Ng'}]
    """
    if isinstance(value, list):
        return [_resolved(v, nodes) for v in value]
    if isinstance(value, dict) and not value.get("name") and isinstance(value.get("@id"), str):
        return nodes.get(value["@id"], value)
    return value


# A page that says it is a listing (a section front, search results): its <h1> names the list, not the one post
# the main text holds.
LISTING_TYPES = re.compile(r"collectionpage|itemlist|searchresultspage", re.I)
# (a how-to guide's markup, "HowTo", names its writer as an article's does)
# a shop's page for an item on sale: its Open Graph type ("product", "og:product") or its JSON-LD type
PRODUCT_TYPES = re.compile(r"^(?:og:)?product(?:group|\.item)?$", re.I)
PAGE_TYPES = re.compile(r"^(?:web|item)page$", re.I)  # the page's own type, whatever it holds
ARTICLE_TYPES = re.compile(r"article|posting|report|blog|review|recipe|webpage|creativework|newsarticle|howto", re.I)


def _names(value: Any) -> list[str]:
    """Names from a JSON-LD ``author``/``publisher`` value: a string, an object with ``name``, or a list.

    >>> _names([{"@type": "Person", "name": "Ann Lee"}, "Bo Ng"])
    ['Ann Lee', 'Bo Ng']
    """
    if isinstance(value, str):
        return [value.strip()] if value.strip() else []
    if isinstance(value, dict):
        name = value.get("name")
        return _names(name) if isinstance(name, (str, list)) else []
    if isinstance(value, list):
        return [n for v in value for n in _names(v)]
    return []


def clean_author(text: str | None, handles: bool = False) -> str | None:
    """A person's name from a byline, or ``None`` when it does not look like one; with ``handles`` (a byline
    element's text, which names the writer when it names anyone), a lone handle too ("Author: @mehdi_r" ->
    "mehdi_r"), where a meta field's handle is as often the site's account.

    >>> clean_author("By  Jane Roe"), clean_author("Posted by: Max Mustermann"), clean_author("https://x.com/jr")
    ('Jane Roe', 'Max Mustermann', None)
    >>> clean_author("By Prof. Łucja Kołodziejczyk"), clean_author("Author Ann Lee"), clean_author("~ Bo Ng")
    ('Łucja Kołodziejczyk', 'Ann Lee', 'Bo Ng')
    >>> clean_author("erstellt von Jörg Brandt"), clean_author("Interview: Ann Lee"), clean_author("Ann Lee All posts")
    ('Jörg Brandt', 'Ann Lee', 'Ann Lee')
    >>> clean_author("文=佐藤美咲／家電ライター"), clean_author("Συντάκτης: Ελένη Μαυρίδου")
    ('佐藤美咲', 'Ελένη Μαυρίδου')
    >>> clean_author("Postado por Conceição Magalhães"), clean_author("Geplaatst door Joke de Vries")
    ('Conceição Magalhães', 'Joke de Vries')
    >>> clean_author("By Ann Lee, Bo Ng and Cy Po · 3 May 2024 · 4 min read")
    'Ann Lee and Bo Ng and Cy Po'
    >>> clean_author("By Ann Lee, RN & Bo Ng, MSc with Cy Po")
    'Ann Lee and Bo Ng and Cy Po'
    >>> clean_author("By Ann Lee Thursday 9 May 2024"), clean_author("By Ann Sunday"), clean_author("By Li Sun")
    ('Ann Lee', 'Ann Sunday', 'Li Sun')
    >>> clean_author("Words by Ann Lee Updated 3 May 2025 by Bo Ng 6 min read")  # the editor's element run on
    'Ann Lee'
    >>> clean_author("{author_name}"), clean_author("By {{ post.author }}"), clean_author("%%AUTHOR%%")
    (None, None, None)
    >>> clean_author("Posted by redactie"), clean_author("Die Redaktion")  # a desk alone: what the page credits
    ('redactie', 'Die Redaktion')
    """
    if not text:
        return None
    text = " ".join((unescape(text) if "&" in text else text).split())  # JSON-LD may keep "&oacute;" escaped
    if (credited := writing_credit(text)) is not None:
        text = credited.name  # "文=NAME／role", "Συντάκτης: NAME": a label crediting the writing, in any language
    elif not is_person_name(text) and (abroad := posted_by_abroad(text)) is not None:
        text = abroad.name  # "Ditulis oleh NAME Disemak oleh NAME": the writer's credit, the reviewer's glued on
    if PICTURE_CREDIT.match(text) or SITE_IN_BRACKETS.search(text):
        return None  # the photographer's credit; a site's credit with its address ("Radio Nord (www.nord.fm)")
    text = ALL_POSTS_BY.sub("", DATED_PREFIX.sub("", text)).rstrip(" →»>")
    text = BY_PREFIX.sub("", text.lstrip("~ ")).strip(" ,;:-–—|")  # "~ Name" signs a post too
    if (listed := listed_writers(ROW_PARTS.split(text, maxsplit=1)[0])) is not None:
        return listed.name  # "By A, B and C · DATE": three writers or more, all of them (SPEC), not the first
    if (listed := roled_writers(text) or writers_with(text)) is not None:
        return listed.name  # "By A, RN & B, MSc with C": each writer's letters dropped, all of them (SPEC)
    text = HANDLE_TAIL.sub("", AUTHOR_END.sub("", AUTHOR_MORE.sub("", text)).strip(" ,;:-–—|")).strip(QUOTES)
    if handles and (handle := HANDLE_ONLY.match(text)) is not None:
        return handle["name"]  # "@mehdi_r", "u/fern_and_moss": the account's name, written without its mark (SPEC)
    if not text or AUTHOR_NOISE.search(text) or len(text.split()) > MAX_AUTHOR_WORDS:
        return None
    if text.lower() in NOT_NAMES or text.lower().startswith(("posted", "publiziert", "published", "veröffentlicht")):
        return None
    if any(word in LABEL_WORDS for word in text.lower().split()):
        return None
    words = text.split()
    if any(word in CREDIT_BY_WORDS for word in words[1:]):
        return None  # a credit phrase left whole ("Disemak oleh NAME", "Ilustración por NAME"): another role's
    if sum(word[0].islower() and word.lower() not in NAME_PARTICLES for word in words) >= SENTENCE_LOWER_WORDS:
        return None  # "Welcome to my first story": a sentence in a byline-classed note
    if len(words) >= 4 and len(words) % 2 == 0 and words[:len(words) // 2] == words[len(words) // 2:]:
        text = " ".join(words[:len(words) // 2])  # a picture's caption and the link give the name twice in a row
    if is_date_line(text) or WEEKDAY_OR_MONTH.fullmatch(text):
        return None  # what is left of a date line cut at its comma ("Donnerstag", "Dezember 10")
    if not any(ch.isalpha() for ch in text):
        return None
    return _tidy(text)


def _tidy(name: str) -> str:
    """A person's name without an honorific ("Dr. Jane Doe" -> "Jane Doe"), in its usual case as the text path
    writes it (SPEC.md): capitals in markup are the site's typography, not the name. On trafilatura-eval, 12 of
    the 27 labels with a surname in capitals come from pages whose own metadata writes the same person in mixed
    case: one person, two strings. Normalising costs 3 of its labels (which copy the display) and gives one
    person one string. A name that is not a person's (an agency, "BBC News", "AFP") stays as written.

    >>> _tidy("Dr. Jane Doe"), _tidy("Prof. MARIA LÓPEZ"), _tidy("Redaktion Wirtschaft"), _tidy("Dr. Who")
    ('Jane Doe', 'Maria López', 'Redaktion Wirtschaft', 'Dr. Who')
    >>> _tidy("BBC News"), _tidy("AFP"), _tidy("Dr Ciara Ní Bhriain MVB MRCVS"), _tidy("Ann Lee MBChB, MRCGP")
    ('BBC News', 'AFP', 'Ciara Ní Bhriain', 'Ann Lee')
    >>> _tidy("Tran Thi Mai Staff Writer")
    'Tran Thi Mai'
    """
    honorific = HONORIFICS.match(name)
    if honorific and len(name[honorific.end():].split()) >= 2:
        name = name[honorific.end():]
    words = name.split()
    if len(words) > 3 and job_title_after(words[-2:]):
        words = words[:-2]  # "NAME Contributing Writer": the byline's role element glued on after the name
    while len(words) > 2 and POSTNOMINAL.match(words[-1].rstrip(",")):
        words.pop()  # "Aoife Ní Dhuibhir MVB MRCVS": the letters after the name are her registers', not her name
    name = " ".join(words)
    if LEGAL_FORM.search(name):
        return name  # "Maison Rivière SARL": a company's name, its legal form in capitals as registered
    return normalise_case(name) if is_person_name(name) else name  # "BBC News", "AFP" stay as written


def strip_site_name(title: str, site: str | None) -> str:
    """``<title>`` minus the site's name: what stands before the site's part (or after it, when the site opens the
    title), else the longest part around a separator.

    >>> strip_site_name("Ten Tips for Tea | The Tea Blog", None)
    'Ten Tips for Tea'
    >>> strip_site_name("Acme - Why bread rises - part two", "Acme")
    'Why bread rises - part two'
    >>> strip_site_name("Pruning Roses : Rose Diary | Notes from a small garden | Since 2004", "Rose Diary")
    'Pruning Roses'
    >>> strip_site_name("Rose Diary » Blog Archive » Pruning Roses", "Rose Diary")
    'Pruning Roses'
    >>> strip_site_name("玫瑰修剪的五个要点-园艺网", None), strip_site_name("2019-2020年度报告", None)
    ('玫瑰修剪的五个要点', '2019-2020年度报告')
    """
    if site and title.lower().startswith(site.lower() + ":"):  # "Mountain Notes: Five Things I Pack"
        return title[len(site) + 1:].strip()
    parts = TITLE_SEPARATORS.split(title)
    if len(parts) < 2 and CJK.search(title):
        parts = CJK_SEPARATOR.split(title)  # "标题-新华网", "NEWS WEB EASY|見出し": no spaces around the separator
    if len(parts) < 2:
        return title
    if site and (span := _site_span(title, site)) is not None:
        before = SEPARATOR_END.sub("", title[: span[0]])
        after = ARCHIVE_CRUMB.sub("", SEPARATOR_START.sub("", title[span[1]:]))
        if before.strip() or after.strip():
            return (before if before.strip() else after).strip()  # "Post | Site": the part before is the post's
    return max(parts, key=len)


# Chinese, Japanese and Korean titles set the site's name off with a bare separator ("标题-新华网"): one with a CJK
# letter or full-width mark on a side of it is a separator, where a hyphen between digits or Latin letters is not.
CJK_CHARS = "\u3000-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uff00-\uffef"
CJK = re.compile(f"[{CJK_CHARS}]")
CJK_SEPARATOR = re.compile(f"(?<=[{CJK_CHARS}])\\s*[-|｜_–—]\\s*(?=\\S)|(?<=\\S)\\s*[-|｜_–—]\\s*(?=[{CJK_CHARS}])")
# WordPress's old default <title>: "Site » Blog Archive » Post"; the crumb between is neither site nor post.
ARCHIVE_CRUMB = re.compile(r"^(?:blog\s+)?archiv(?:e|es)?\s+(?:[|·•»«–—:]|-|::)\s+", re.I)
SEPARATOR_END = re.compile(_TITLE_SEPARATOR + "$")  # the separator closing a title's part
SEPARATOR_START = re.compile(r"^\s+(?:[|·•»«–—:]|-|::)\s+")
DASHES = str.maketrans("–—‒", "---")  # a site's name written with an en dash in one place and a hyphen in another


def _site_span(title: str, site: str) -> tuple[int, int] | None:
    """Where the site's name stands in ``<title>`` as whole parts (bounded by the ends or by separators), in any
    case and with any dash; ``None`` when it does not.

    >>> _site_span("Post | DaF Blog - Spring", "DaF Blog – Spring"), _site_span("Posts on Tea", "Tea") is None
    ((7, 24), True)
    """
    low, name = title.lower().translate(DASHES), " ".join(site.split()).lower().translate(DASHES)
    start = low.find(name) if name else -1
    while start >= 0:
        end = start + len(name)
        if ((start == 0 or SEPARATOR_END.search(title[:start]))
                and (end == len(title) or SEPARATOR_START.match(title[end:]))):
            return start, end
        start = low.find(name, start + 1)
    return None


# <meta> names that carry the page's licence or rights statement (Dublin Core and the plain ones), in trust order.
LICENCE_META = ("dcterms.license", "dc.rights.license", "dc.license", "license", "licence", "dc.rights",
                "dcterms.rights", "rights", "copyright", "dc.rights.copyright")
# JSON-LD objects (and the keys holding them) that are a picture, a sound or a video: their licence is not the text's.
MEDIA_TYPE = re.compile(r"image|photo|video|audio|media|music|logo", re.I)
MEDIA_KEYS = frozenset({"image", "logo", "thumbnail", "thumbnailurl", "video", "audio", "associatedmedia",
                        "primaryimageofpage", "photo", "photos", "contenturl", "embedurl"})
# JSON-LD keys holding the rights in words: a copyright notice or a credit line, read as a trimmed footer line is.
LD_RIGHTS_KEYS = frozenset({"copyrightnotice", "credittext", "license", "usageinfo"})
MAX_LD_DEPTH = 4  # an Article inside a WebPage's mainEntity inside a @graph; deeper nesting is not the page's text


def _ld_licences(value: Any, depth: int = 0, keys: frozenset[str] = frozenset({"license"})) -> list[str]:
    """Every ``license`` a JSON-LD value gives the page's text: as a URL or a name, an object with ``@id``, ``url``
    or ``name``, or a list; never an image's, a video's or another media object's.

    >>> _ld_licences({"@type": "BlogPosting", "license": {"@id": "https://creativecommons.org/licenses/by/4.0/"},
    ...               "image": {"@type": "ImageObject", "license": "https://creativecommons.org/licenses/by-nd/2.0/"}})
    ['https://creativecommons.org/licenses/by/4.0/']
    """
    if depth > MAX_LD_DEPTH:
        return []
    if isinstance(value, list):
        return [url for item in value for url in _ld_licences(item, depth + 1, keys)]
    if not isinstance(value, dict) or MEDIA_TYPE.search(str(value.get("@type") or "")):
        return []
    found: list[str] = []
    for key, item in value.items():
        if key.lower() in keys:
            found += _licence_values(item)
        elif key.lower() not in MEDIA_KEYS and isinstance(item, (dict, list)) and key != "@graph":
            found += _ld_licences(item, depth + 1, keys)
    return found


def _licence_values(value: Any) -> list[str]:
    """The strings of a JSON-LD ``license`` value: itself, an object's ``@id``/``url``/``name``, a list's items."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [v for k in ("@id", "url", "name") if isinstance(v := value.get(k), str)]
    if isinstance(value, list):
        return [v for item in value for v in _licence_values(item)]
    return []


# A picture's box: its <figure> or <figcaption>, or an element classed as its caption or credit ("wp-caption",
# "photo-credit"). A licence link there licenses the picture, never the text beside it (SPEC: a part's licence never
# reaches the article), and so never outranks the author's own all-rights line.
PICTURE_TAGS = frozenset(("figure", "figcaption"))
PICTURE_CLASS = re.compile(r"(?:^|[\s_-])(?:(?:wp-)?caption|(?:video|photo|image|media|picture|img)[-_]?credits?)"
                           r"(?:$|[\s_-])", re.I)


def in_picture(parts: PageParts, elem: int) -> bool:
    """Whether element ``elem`` or one around it is a picture's box (:data:`PICTURE_TAGS`, :data:`PICTURE_CLASS`).

    >>> parts = PageParts(parents=[-1, 0, 1, 0, 0], tags=["article", "figure", "span", "p", "div"],
    ...                   sigs=["article.", "figure.", "span.", "p.", "div.wp-caption alignleft"])
    >>> in_picture(parts, 2), in_picture(parts, 3), in_picture(parts, 4), in_picture(parts, -1)
    (True, False, True, False)
    """
    while 0 <= elem < len(parts.tags):
        if parts.tags[elem] in PICTURE_TAGS or PICTURE_CLASS.search(parts.sigs[elem].partition(".")[2]):
            return True
        elem = parts.parents[elem]
    return False


def _credits_item(parts: PageParts, link: dict[str, str]) -> bool:
    """Tell whether a ``rel=license`` link licenses a picture or a song rather than the page's text, by the words
    before it in the block it stands in ("Die Bilder in diesem Blog stehen unter einer <a rel=license>...",
    "Zum Vergrößern auf das Bild klicken. (Stand Juni 2016) <a rel=license>CC-BY-SA 2.0</a>").

    >>> from .html_main import Block
    >>> page = PageParts(blocks=[Block("Die Bilder in diesem Blog stehen unter einer CC-Lizenz.", 1)])
    >>> _credits_item(page, {"text": "CC-Lizenz", "block": "0"}), _credits_item(page, {"text": "", "block": "0"})
    (True, False)

    A link in a picture's box (its figure, caption or credit, :func:`in_picture`) is the picture's whatever its words.
    """
    at = int(link["block"]) if (link.get("block") or "").isdigit() else -1
    if not 0 <= at < len(parts.blocks):
        return False
    if in_picture(parts, parts.blocks[at].elem):
        return True
    block, text = parts.blocks[at].text, link.get("text") or ""
    where = block.find(text) if text else -1
    # a badge (an image in the link) gives no words to place it by: its block may be the next one with text
    if where < 0:
        return False
    before = block[:where]  # a caption's sentences before the mark name the picture ("... auf das Bild klicken.")
    return bool(NON_TEXT.search(before) and not TEXTISH.search(before)) or credits_other(block, where, anywhere=True)


def _licence(parts: PageParts, meta: dict[str, str], ld: list[dict[str, Any]]) -> tuple[Statement, str] | None:
    """A licence the page declares in its markup (``rel=license``, JSON-LD ``license``, ``<meta name=dc.rights>``
    and its kin), and where; the URL or badge text is mapped to an SPDX id by licence.py, as for licences stated in
    the text (a CC licence named without a version gets its ``LicenseRef-cc-*-unversioned`` tag). A ``<meta>``
    rights text that names no CC licence counts only when it takes rights away ("All rights reserved"), as a
    footer's line does (:func:`trimmed_rights`)."""
    licensed = [link for link in parts.links if "license" in (link.get("rel") or "").lower().split()
                or "license" in (link.get("itemprop") or "").lower().split()]  # <link itemprop="license">
    # a link crediting a picture, and its badge (an image linking to the same licence)
    items = {link.get("href") for link in licensed if _credits_item(parts, link)}
    licensed = [link for link in licensed if link.get("href") not in items]
    urls = [(link.get("href") or "", "rel-license") for link in licensed]
    urls += [(link.get("text") or "", "rel-license") for link in licensed]
    urls += [(url, "json-ld") for obj in ld for url in _ld_licences(obj)]
    urls += [(meta[name], "meta") for name in LICENCE_META if meta.get(name)]
    for url, where in urls:
        statement = (find_cc(url) or find_cc(url.upper()) or public_domain_mark(url)) if url else None  # markup may
        # write "cc by-sa"; the Public Domain Mark's deed is a public-domain statement
        if statement is not None:
            return statement, where
    # a rel=license link whose words are the article's own terms ("Publishers may reprint this article in full"):
    # the markup says this is the page's licence, so its grant counts, as the same words in the text would
    for link in licensed:
        terms = [s for s in find_statements(link.get("text") or "") if s.kind in ("reprint", "public-domain")]
        if terms:
            return terms[0], "rel-license"
    rights = trimmed_rights([meta[name] for name in LICENCE_META if meta.get(name)])
    if rights is not None:
        return rights, "meta"
    # JSON-LD's rights in words (a credit line kept only in the markup: "Used with permission of the author")
    notices = [text for obj in ld for text in _ld_licences(obj, keys=LD_RIGHTS_KEYS)]
    rights = trimmed_rights([text for text in notices if isinstance(text, str)])
    return (rights, "json-ld") if rights is not None else None


# Statements that take rights away are read from trimmed lines, and one grant: the site's Creative Commons licence
# for its texts ("Text on this blog is shared under CC BY-SA", "Except where noted, content here is CC BY 4.0"),
# the footer line the CC licence chooser makes. Any other grant in a site's footer may be the site's, not the
# article's, and a wrong grant is worse than none. A bare "© Site 2019" there is the site's mark, not a word about
# the article: a copyright line counts only when it says so ("all rights reserved", "may not be copied"). A
# "reprinted with permission" line wins over all of them (licence.combine says why).


# A footer's words that refuse reuse however they name what they cover ("Please do not republish recipes or photographs
# without permission", "Don't copy anything here without asking", "Do not use our photos or republish our recipes
# without written permission"): with the site's ©, a reservation (SPEC.md: a © with reproduction words is
# all-rights-reserved), though licence.refuses asks that the words name this text.
NOT_WITHOUT_LEAVE = re.compile(
    r"\b(?:do\s+not|don['’]t|never|may\s+not|must\s+not|cannot|can['’]t)\s+(?:\w+\s+){0,2}?"
    r"(?:re-?produc|republi|reprint|cop(?:y|ie)|re-?post|re-?distribut|re-?use|use\b)\w*\b[^.;!?]{0,60}?"
    r"\bwithout\s+(?:\w+\s+){0,2}?(?:permission|consent|asking)\b", re.I)


# A grant that names the one text it is about (licence.THIS_ARTICLE: "Republish This Article: you are welcome to
# publish this article on your website ..."): an article directory's republish box, which themes put in the sidebar
# beside the article as often as under it. On a page of one article "this article" in a box beside it can only be
# that article; a grant of the site's texts in general ("articles on this site may be reprinted") stays the site's,
# so does any grant in the footer (the site's words on every page), and so does a bare "Republish this article"
# button: the box must state its terms (keep the bio, the links).


# A rights line that speaks of a recipe's printable card ("Recipe © NAME. You may print this card for your own use",
# "This recipe card is shared under CC BY", "Printable card: ..."): the card's, a part of the page, never the post's
# (SPEC: a licence or permission given to a part, a recipe card, covers only that part, in either direction).
CARD_PART = re.compile(r"\b(?:this|the)\s+(?:recipe\s+|printable\s+)?card\b|\b(?:recipe|printable)\s+cards?\b", re.I)


def _card_alone(line: str) -> bool:
    """Whether a rights line speaks of a recipe's card alone (:data:`CARD_PART`): one that names the site's texts
    besides ("All posts and recipe cards here are ...", :data:`TEXTISH`) is the site's, the recipe its card's own.

    >>> _card_alone("Recipe © Ida Moss. You may print this card."), _card_alone("All posts and recipe cards are CC BY.")
    (True, False)
    """
    return CARD_PART.search(line) is not None and all(
        m.group().lower().startswith("recipe") for m in TEXTISH.finditer(line))


def trimmed_rights(lines: list[str], own: list[str] | tuple[str, ...] = (), author: str | None = None,
                   beside: list[str] | tuple[str, ...] = ()) -> Statement | None:
    """The licence statement that lines extraction trimmed from the text give (a "reprinted with permission" line
    under the byline, the footer's copyright or its CC licence for the site's texts), or ``None``. ``own``: those of
    ``lines`` trimmed at the article's own edges (inside its element, not the page's tail): there a grant that names
    this text ("Feel free to reprint this article, just keep my bio") is the article's own words, as it would be in
    the text; in the footer a grant may be the site's (a wrong grant is worse than none) and a club's or a site's
    "© 2021 Club" is chrome. A copyright line that names the page's ``author`` counts wherever it stands (a
    writer's own site signs its footer with the writer's name), and so does a syndicate's (the column's notice).
    ``beside``: those of ``lines`` trimmed beside the only article of the page, outside its element and the footer
    (a sidebar's box); there a free-reprint grant that names "this article" and states its terms is the article's
    (:data:`THIS_ARTICLE`).

    >>> trimmed_rights(["Share this", "Reprinted with permission.", "© 2020 Site. All rights reserved."]).tag
    'LicenseRef-used-with-permission'
    >>> trimmed_rights(["You may reprint this article if the author box stays."]), trimmed_rights(["© Site 2019"])
    (None, None)
    >>> trimmed_rights(["© 2019 Site. Please do not republish recipes or photos without permission."]).tag
    'LicenseRef-all-rights-reserved'
    >>> trimmed_rights(["© 2019 Site. Please do not use our photos or republish recipes without prior permission."]).tag
    'LicenseRef-all-rights-reserved'
    >>> trimmed_rights(["© 2019 Site. Recipes may be reposted without asking, with a link."]) is None
    True
    >>> trimmed_rights(["Powered by phpBB © phpBB Limited. All posts are copyright of their respective authors."]).tag
    'LicenseRef-all-rights-reserved'
    >>> trimmed_rights(["© 2020 Site.", "Posts here are licensed CC BY-NC 4.0. Photos: all rights reserved."]).tag
    'CC-BY-NC-4.0'
    >>> trimmed_rights(["Photos on this site are licensed under CC BY 2.0."]) is None
    True
    >>> trimmed_rights(["Bild:", "Chatkontrolle", "cc-by 4.0"]), trimmed_rights(["Impressum", "CC-BY-SA 3.0"]).tag
    (None, 'CC-BY-SA-3.0')
    >>> trimmed_rights(["Song A (CC BY)", "Song B (CC BY)", "Content on this site is CC BY-SA 4.0."]).tag
    'CC-BY-SA-4.0'
    >>> edge, foot = "Feel free to reprint this article, just keep my bio.", "© 2020 Site. All rights reserved."
    >>> trimmed_rights([edge], own=[edge]).tag, trimmed_rights([edge, foot], own=[edge]).tag, trimmed_rights([edge])
    ('LicenseRef-free-reprint', 'LicenseRef-free-reprint', None)
    >>> box = "Republish this article free of charge on your site, with the author's bio and links intact."
    >>> trimmed_rights([box, foot], beside=[box]).tag, trimmed_rights([box, foot]).tag
    ('LicenseRef-free-reprint', 'LicenseRef-all-rights-reserved')
    """
    items = _item_credits(lines)
    cards = {n for n, line in enumerate(lines) if _card_alone(line)}  # a recipe card's own rights line
    # a hosted blog's footer sets its legal links after the holder ("© 2025 NAME · Privacy ∙ Terms"): read without
    lines = [SITE_LINKS_TAIL.sub("", line) if "©" in line else line for line in lines]  # them (the author's own ©)
    mining = any(tdm_reserved(line) for line in lines)  # a text-and-data-mining reservation: the bare © reserves
    found = [s for n, line in enumerate(lines) if n not in cards for s in find_statements(line)
             if s.kind == "permission" or (
        s.kind == "copyright" and (RESERVED.search(line) or refuses(line) or NOT_WITHOUT_LEAVE.search(line) or mining
                                   or s.holder is None
                                   or _holder_is_author(s.holder, author)
                                   or SYNDICATE_HOLDER.search(s.holder))) or (
        s.kind == "cc" and n not in items and licenses_text(line) and (_bare_mark(line) or _licensing(line))
        and (len(line) <= NOTICE_CHARS or _licensing(line, TEXTISH))) or (
        s.kind == "reprint" and s.conditions and line in beside and THIS_ARTICLE.search(line)) or (
        # (round 20) the site's own terms for every text it carries: a directory's reprint terms, a public-domain
        # notice for its content, as a CC licence for its texts counts above
        s.kind in ("public-domain", "reprint") and n not in items and site_wide_terms(s, line))]
    for s in found:  # the whole trimmed line is the evidence ("All articles © their authors ...")
        s.text = next(line.strip() for line in lines if s.text in line)
    # the site's terms for its texts give way where the site also reserves its rights ("© Site. All rights
    # reserved."): of the site's two words, the stricter (a wrong grant is worse than none), whoever holds the
    # reserving line when it is the page's last (its footer's: a person's "© 2024 NAME. All rights reserved." there
    # reserves as a company's does); a person's bare "© NAME", a writer's own line, or a person's line above the
    # footer's own © (under one of the page's articles) is that article's, not the site's
    # ... unless the terms name the very publisher whose line reserves ("You may reprint any article from The Porch
    # Light ..." over "© The Porch Light. All rights reserved."): a publisher's reprint terms for its articles
    # cover them beside its own all-rights footer (SPEC: an issue-wide reprint line, a directory's terms)
    reserving = [s for s in found if s.kind == "copyright" and not (own and s.text in own) and (
        s.holder is None or not is_person_name(s.holder) or (RESERVED.search(s.text) or refuses(s.text))
        and _last_mark(lines, s.text))]
    if reserving:
        found = [s for s in found if not (s.kind in ("public-domain", "reprint")
                                          and site_wide_terms(s, s.text) and not (own and s.text in own)
                                          and not all(_names_holder(s.text, r.holder) for r in reserving))]
    found += _own_statements([line for line in own if not CARD_PART.search(line)], author)
    if not found:
        return None
    permission = next((s for s in found if s.kind == "permission"), None)
    grants = [s for s in found if s.kind in GRANT_KINDS]
    if permission is None and len(grants) > 1 and any(s.kind != "cc" for s in grants):
        return combine_grants(grants)  # an article's own grant beside the site's CC footer: the stricter one
    # of several licences, the one that names the texts ("Die von uns verfassten Inhalte stehen unter ...")
    return permission or max(found, key=lambda s: (STRENGTH[s.kind], s.kind == "cc" and _licensing(s.text, TEXTISH)))


def _names_holder(text: str, holder: str | None) -> bool:
    """Whether ``text`` names a copyright ``holder`` (its legal form aside): a publisher's terms naming itself.

    >>> _names_holder("You may reprint any article from The Porch Light.", "The Porch Light Ltd")
    True
    >>> _names_holder("You may reprint any article from The Porch Light.", None)
    False
    """
    name = LEGAL_FORM.sub("", holder or "").strip().casefold()
    return len(name) >= MIN_HOLDER_CHARS and name in text.casefold()


MIN_HOLDER_CHARS = 4  # a name, not an initial or a stray word


def _last_mark(lines: list[str], text: str) -> bool:
    """Whether the line holding ``text`` is the last of ``lines`` with a copyright mark (a page's footer is below
    every article's own line).

    >>> _last_mark(["© 2020 Ann Lee. All rights reserved.", "© 2020 Site · Terms"], "© 2020 Ann Lee.")
    False
    >>> _last_mark(["Reprints welcome.", "© 2020 Ann Lee. All rights reserved."], "© 2020 Ann Lee.")
    True
    """
    at = next((k for k, line in enumerate(lines) if text in line), len(lines))
    return not any("©" in line or "copyright" in line.lower() for line in lines[at + 1:])


def _own_statements(own: list[str] | tuple[str, ...], author: str | None = None) -> list[Statement]:
    """The statements of lines trimmed at the article's own edges that are the article's words: a public-domain
    dedication (its patterns already ask that it speak of this text), a free-reprint grant that names this text
    ("this article", "this post") or sets a box's terms ("Reprints welcome, with the author box"; a bare "Reprints
    welcome" may be the site's), and a copyright line that names the ``author`` or another person (a reprinted
    piece keeps its writer's line; the text's own lines count so), never a club's or a site's.

    >>> [s.tag for s in _own_statements(["You may reprint this article in your ezine if the bio stays."])]
    ['LicenseRef-free-reprint']
    >>> [s.tag for s in _own_statements(["Reprints welcome, with the author box.", "Reprints welcome."])]
    ['LicenseRef-free-reprint']
    >>> [s.tag for s in _own_statements(["© 2015 Ann Lee", "© 2021 Green Club"], "Ann Lee")]
    ['LicenseRef-all-rights-reserved']
    """
    return [s for line in own for s in find_statements(line) if s.kind == "public-domain" or (
        s.kind == "reprint" and (WORK_NAMED.search(line) or s.conditions)) or (
        s.kind == "copyright" and (_holder_is_author(s.holder, author) or (s.holder and is_person_name(s.holder))))]


# a shop footer's fields after its © on one line, parted by a middot, a bullet or a pipe ("© 2025 NAME Ltd · Company
# no. 0987 · Privacy"): the holder ends at the first
FOOTER_FIELD_BREAK = re.compile(r"\s+[·•|]\s+")


def company_author(lines: list[str], parts: PageParts, site_name: str | None = None) -> str | None:
    """The company a page that names no person is by (SPEC.md: a company's blog post or FAQ under its own ©): the
    holder of a copyright line in the page's trimmed footer, a company by its legal form, whose name the page's
    ``<title>`` or its site name gives as the site's ("... | Fernhill Makerspace", "© 2024 Fernhill Makerspace
    Ltd"); without the legal form. ``None`` otherwise (a person's ©, a host's or another firm's). Callers ask only
    when the page credits no writer.

    >>> company_author(["© 2024 Fernhill Makerspace Ltd"], PageParts(title="FAQ — Fernhill Makerspace"))
    'Fernhill Makerspace'
    >>> company_author(["© 2024 Fernhill Makerspace Ltd"], PageParts(title="FAQ — Hosted by Blogspace"))
    >>> company_author(["© 2024 Ann Lee"], PageParts(title="FAQ — Ann Lee"))
    >>> company_author(["© 2024 Fernhill Makerspace Ltd · Company no. 0123"], PageParts(title="Fernhill Makerspace"))
    'Fernhill Makerspace'
    """
    for line in lines:
        for statement in find_statements(line) if "©" in line or "opyright" in line or "(c)" in line.lower() else ():
            holder = FOOTER_FIELD_BREAK.split(statement.holder or "", maxsplit=1)[0]  # ("NAME Ltd · Company no.")
            if statement.kind != "copyright" or not LEGAL_FORM.search(holder) or is_person_name(holder):
                continue
            name = LEGAL_FORM.sub("", holder).strip()
            own = f"{parts.title} {site_name or ''}".casefold()
            if len(name) > 2 and re.search(rf"(?<!\w){re.escape(name.casefold())}(?!\w)", own):
                return name
    return None


def _holder_is_author(holder: str | None, author: str | None) -> bool:
    """Tell a copyright holder that is the article's author: on a writer's own site the footer's "© 2021 NAME" is
    the writer's notice over the post (a site's or a club's bare mark stays chrome).

    >>> _holder_is_author("Ann Lee", "ann lee"), _holder_is_author("Green Club", "Ann Lee"), _holder_is_author(None, "")
    (True, False, False)
    >>> _holder_is_author("Ann Lee · Theme: Plain Blue", "Ann Lee"), _holder_is_author("Ann Leeds", "Ann Lee")
    (True, False)
    >>> _holder_is_author("Fernhill Makerspace Ltd", "Fernhill Makerspace")  # the company, named without its form
    True
    """
    if not holder or not author:
        return False
    name = DATED_PARTS.split(holder, maxsplit=1)[0]  # the footer's row goes on after the name: "· Theme: X"
    # a company author is named without its legal form (SPEC.md), its © line with it: "Fernhill Makerspace Ltd"
    return LEGAL_FORM.sub("", name.strip()).casefold() == LEGAL_FORM.sub("", author.strip()).casefold()


# A licence mark with a few words at most beside it and none saying what it licenses: "CC BY-SA 4.0", "Birocratic –
# prismatic (CC BY)", "Leena Simon, CC-BY 4.0". On a page's edges such a mark is a picture's or a song's credit as
# often as the site's badge.
LICENSING_WORDS = re.compile(r"licen[cs]|lizen|\bunder\b|\bunter\b|\bbajo\b|\bsous\b|\bsteh|\bavailable\b|\breleased\b"
                             r"|\bshared\b|copyleft|©|\bcopyright\b|\brights\b|\brechte\b|\b(?:is|are|ist|sind|est|sont)\b|:"
                             # (and the word for a licence in the language tables: "i lalo o le laisene CC BY-SA")
                             rf"|(?<!\w){alternation('licence_noun')}",
                             re.I)
BARE_MARK_WORDS = 4
# A footer's notice is short; a longer trimmed block (a reader's comment) counts only where it names the texts.
NOTICE_CHARS = 300
# (Each run taken whole, "\W*+", "\s*+": a word may open with the dashes of the leading run, but one that opens after
# it matches as well, and each blank run is followed by a word, a colon or the end. Round 15: the plain spelling
# split a dash run between "\W*" and a word every way, 4,000 dashes 0.24 s, and a blank run after the word between
# three "\s*", "photo", 400 spaces and a letter 0.11 s, cubic.)
MEDIA_LABEL = re.compile(r"^\W*+(?:[\w-]+\s+){0,2}?" + NON_TEXT.pattern
                         + r"\s*+(?:credits?|nachweis|quelle)?\s*+:?\s*+$", re.I)


def _licensing(line: str, words: re.Pattern[str] = LICENSING_WORDS) -> bool:
    """Tell whether the sentence holding a line's licence mark says it licenses something ("... stehen unter der
    Lizenz CC BY 3.0", "Copyleft © ... CC-BY-SA", "Lizenz: CC-BY 4.0"), as a footer's notice does; a reader's
    comment that mentions CC0 in passing ("a photo portal that offers CC0 photos") licenses nothing.

    >>> _licensing("Content is available under CC BY-SA."), _licensing("Some portals offer CC0 photos. Odd.")
    (True, False)
    """
    marks = (CC_URL, CC_ZERO, CC_WORDS, CC_SHORT, NATIONAL_OGL, OGL)
    at = min((m.start() for p in marks if (m := p.search(line))), default=0)
    start = max(line.rfind(". ", 0, at), line.rfind("\n", 0, at)) + 1
    end = min((i for i in (line.find(". ", at), line.find("\n", at)) if i >= 0), default=len(line))
    return bool(words.search(line[start:end]))


def _bare_mark(line: str) -> bool:
    """Tell a licence mark standing alone or beside a name or a title from a statement that says what it licenses.

    >>> _bare_mark("Leena Simon, CC-BY 4.0"), _bare_mark("Content on this site is licensed under CC BY 4.0")
    (True, False)

    A row of share buttons glued after the mark is no word about it, as in the text's trailer (licence.SHARE_TAIL):

    >>> _bare_mark("CC BY-ND 4.0 · Share on Facebook · Twitter · Email"), _bare_mark("Share this: CC BY 4.0 photos")
    (True, False)
    """
    rest = line
    if (share := SHARE_TAIL.search(line)) is not None and find_cc(line[:share.start()]) is not None:
        rest = line[:share.start()]  # "CC BY-ND 4.0 · Share on Facebook · Twitter": the mark, then the page's buttons
    for pattern in (CC_URL, CC_WORDS, CC_SHORT, NATIONAL_OGL, OGL):
        rest = pattern.sub(" ", rest)
    return len(re.findall(r"\w+", rest)) <= BARE_MARK_WORDS and not TEXTISH.search(rest) and not LICENSING_WORDS.search(
        rest)


def _item_credits(lines: list[str]) -> set[int]:
    """The trimmed lines whose licence marks credit items of the page (pictures, songs, clips), not its text: bare
    marks beside a statement that says what it licenses, bare marks repeated (one per picture), and a bare mark
    under a media label ("Bild:", "Photo credit:"). A lone badge ("CC-BY-SA 3.0" among the footer's links) stays.
    """
    marks = [n for n, line in enumerate(lines) if find_cc(line) is not None]
    bare = [n for n in marks if _bare_mark(lines[n])]
    if len(bare) == len(marks) == 1 and not any(MEDIA_LABEL.match(lines[k]) for k in range(max(0, bare[0] - 2),
                                                                                            bare[0])):
        return set()
    return set(bare)


def product_page(meta: dict[str, str], ld: list[dict[str, Any]]) -> bool:
    """Whether the markup types the page as a product for sale (Open Graph ``og:type`` "product", or a JSON-LD
    ``Product`` with no article, recipe or how-to object beside it): a shop's item page, whose feature bullets,
    reviews and answers are no article (SPEC). A post reviewing a product types itself as an article or a review.

    >>> product_page({"og:type": "product"}, []), product_page({}, [{"@type": "Product", "name": "Kettle"}])
    (True, True)
    >>> product_page({}, [{"@type": ["Product", "Thing"]}, {"@type": "WebPage"}])
    True
    >>> product_page({}, [{"@type": "Product"}, {"@type": "BlogPosting"}]), product_page({"og:type": "article"}, [])
    (False, False)
    >>> product_page({"og:type": "article"}, [{"@type": "Product"}]), product_page({}, [{"@type": "Product",
    ...     "review": {"@type": "Review", "author": "Ann Lee"}}])
    (False, False)
    """
    og_type = meta.get("og:type", "")
    if ARTICLE_TYPES.search(og_type):
        return False  # the page's own Open Graph type says article: a game's review, a product's landing page
    kinds = [str(kind) for o in ld for kind in _nested_types(o)]
    if any(ARTICLE_TYPES.search(kind) and not PAGE_TYPES.match(kind) for kind in kinds):
        return False  # (a shop's page is a "WebPage" too: only a piece's own type, nested or not, says it holds one)
    return bool(PRODUCT_TYPES.match(og_type)) or any(PRODUCT_TYPES.match(kind) for kind in kinds)


# A piece's body under a Product's markup (a knitting pattern's tutorial that sells the pattern): numbered steps
# that are sentences, or long prose, under the page's headline and byline. A shop's item page says a paragraph or
# two of blurb and bullets (trafilatura-eval's four shop pages: 65-130 words of sentences, no numbered steps).
STEP_LINE = re.compile(r"^\s*\d{1,2}[.)]\s+\S.*[.!?]\s*$")
MIN_PIECE_STEPS = 3
MIN_PIECE_PROSE_WORDS = 250  # about twice a shop's longest blurb
PROSE_LINE_WORDS = 8  # a sentence's line, not a bullet's few words


def piece_body(text: str, title: str | None, author: str | None) -> bool:
    """Whether a page's body is a piece under its headline and byline (``title`` and ``author`` both found):
    numbered steps that are sentences, or long prose. It outweighs a bare Product in the markup.

    >>> steps = "\\n".join(f"{n}. Pin the lace edge out and leave it to dry." for n in (1, 2, 3))
    >>> piece_body(steps, "How to block a scarf", "Ada Wren"), piece_body(steps, "How to block a scarf", None)
    (True, False)
    >>> piece_body("Fresh beans, roasted weekly. Ships in two days.", "Sidamo beans", "Bean Shop")
    False
    """
    if not title or not author:
        return False
    lines = text.split("\n")
    if sum(1 for line in lines if STEP_LINE.match(line)) >= MIN_PIECE_STEPS:
        return True
    prose = (len(words) for line in lines if line.rstrip().endswith((".", "!", "?"))
             and len(words := line.split()) >= PROSE_LINE_WORDS)
    return sum(prose) >= MIN_PIECE_PROSE_WORDS


MAX_TYPE_DEPTH = 6  # JSON-LD nests a product's review, a review's author ...: deep enough for a piece's own type


def _nested_types(node: Any, depth: int = 0) -> list[str]:
    """Every ``@type`` in a JSON-LD object and the objects it holds (to :data:`MAX_TYPE_DEPTH`), e.g. a Product's
    nested Review.

    >>> _nested_types({"@type": "Product", "review": {"@type": "Review", "author": {"@type": "Person"}}})
    ['Product', 'Review', 'Person']
    """
    if depth > MAX_TYPE_DEPTH:
        return []
    if isinstance(node, list):
        return [kind for item in node for kind in _nested_types(item, depth + 1)]
    if not isinstance(node, dict):
        return []
    own = node.get("@type")
    kinds = [str(kind) for kind in (own if isinstance(own, list) else [own]) if kind]
    return kinds + [kind for key, value in node.items() if key != "@type"
                    for kind in _nested_types(value, depth + 1)]


def page_meta(parts: PageParts, body_title: str | None = None, lead: str | None = None,
              lead_opens_article: bool = False) -> PageMeta:
    """Read the page's metadata; ``body_title`` is the first ``<h1>`` of the text, to compare titles; ``lead`` is
    the heading the main text opens with, if it does (``lead_opens_article``: the heading of the first of several
    whole articles the markup sets apart, see html_main.sibling_articles)."""
    meta = _meta_map(parts)
    ld = _json_ld(parts)
    articles = [o for o in ld if ARTICLE_TYPES.search(str(o.get("@type") or ""))]
    out = PageMeta(product=product_page(meta, ld))
    out.site_name = meta.get("og:site_name") or next(
        (n for o in ld for n in _names(o.get("publisher"))), None)
    if out.site_name:
        out.sources["site_name"] = "og:site_name" if meta.get("og:site_name") else "json-ld"
    _title(out, meta, articles, parts, body_title)
    if out.sources.get("title") == "title" and lead and (_names_the_site(out.title, lead, parts)
                                                         or _cut_short(out.title, lead)
                                                         or _unshown(out.title, parts) and (
                                                             lead_opens_article or _signed(lead, parts)
                                                             or _marked_title(lead, parts))):
        out.title, out.sources["title"] = lead, LEAD_HEADING
    if out.title and (headline := _after_issue_name(out.title, [strip_site_name(parts.title, out.site_name)] + [
            str(o["headline"]) for o in articles if o.get("headline")])) is not None:
        out.title = headline  # "Best of the Week #58: HEADLINE" where the page names the post "Best of the Week #58"
    elif out.sources.get("title") in SOCIAL_TITLES and (heading := _shown_post_title(out.title, parts)) is not None:
        out.title, out.sources["title"] = heading, MARKED_HEADING  # a social card the page never shows ("Blog
        # Name: the post's first words") against the post's heading its theme marks as the title, which the browser
        # title names too: the visible heading wins (SPEC)
    elif lead and not articles and any(LISTING_TYPES.search(str(o.get("@type") or "")) for o in ld):
        out.title, out.sources["title"] = lead, LEAD_HEADING  # a listing's <h1> names it; the text is one post
    _author(out, meta, articles, parts, _first_post_reach(parts, lead) if lead_opens_article else len(parts.blocks))
    out.date, where = _date(meta, articles, parts)
    if out.date:
        out.sources["date"] = where
    canonical = next((link.get("href") for link in parts.links
                      if (link.get("rel") or "").lower() == "canonical" and link.get("href")), None)
    out.canonical_url = canonical or meta.get("og:url")
    if out.canonical_url:
        out.sources["canonical_url"] = "link-canonical" if canonical else "og:url"
    lang = (parts.lang or meta.get("og:locale") or meta.get("content-language") or "").strip()
    if lang:
        out.language = lang.replace("_", "-").split("-")[0].lower()[:3] or None
    licence = _licence(parts, meta, ld)
    if licence:
        out.licence, out.sources["licence"] = licence
    return out


ARCHIVE_META_LINES = 2  # a post's date line and byline line, each a block of its own
SIGN_CHARS = 120  # such a line is short
ARCHIVE_REACH = 3  # the first post's title stands this close under the archive's description


def archive_post_title(parts: PageParts, first: int, described: bool = True) -> str | None:
    """On a blog's archive page (:func:`_archive_page`) whose text is one post, that post's title: the heading right
    above the text's first block (``parts.blocks[first]``; a short date or byline line may stand between), marked as
    a post's title (``h2.entry-title``); the
    archive's ``<h1>`` ("Articles by NAME") names the listing. ``None`` on other pages. ``described``: the text may
    open with the archive's description over the post's title (a page whose markup sets no several posts apart).

    >>> from .html_main import Block
    >>> parts = PageParts(tags=["html", "body", "h1", "h2", "p"], parents=[-1, 0, 1, 1, 1],
    ...                   sigs=["html.", "body.archive author", "h1.page-title", "h2.entry-title", "p."],
    ...                   blocks=[Block("Articles by Ann Lee", 2, kind="h"), Block("Pruning Olives", 3, kind="h"),
    ...                           Block("Posted 3 May 2024 by Ann Lee", 4), Block("Olives forgive all.", 4)])
    >>> archive_post_title(parts, 3), archive_post_title(parts, 1)
    ('Pruning Olives', None)
    >>> parts.blocks[1:1] = [Block("All our posts on olives.", 4)]  # the archive's description over the first post
    >>> archive_post_title(parts, 1)
    'Pruning Olives'
    """
    if first < 1 or not _archive_page(parts):
        return None
    at = first - 1
    while at > 0 and first - at <= ARCHIVE_META_LINES and parts.blocks[at].kind != "h" and len(
            parts.blocks[at].text) < SIGN_CHARS:
        at -= 1  # the post's date and byline line between its title and its text ("Posted on DATE by NAME")
    above = parts.blocks[at]
    if above.kind != "h" or above.elem < 0 or TITLE_CLASS.search(parts.sigs[above.elem].partition(".")[2]) is None:
        if not described:
            return None
        # the archive's own description under its <h1> ("Everything we wrote about X"), then the first post's
        # marked title (set aside with its post's header), its date line and its text: that title
        return next((b.text for b in parts.blocks[first + 1:first + 1 + ARCHIVE_REACH]
                     if b.kind == "h" and b.elem >= 0 and TITLE_CLASS.search(parts.sigs[b.elem].partition(".")[2])),
                    None)
    return above.text


ARCHIVE_BODY = "archive"  # the class a blog engine gives the <body> of an author's, a category's or a month's archive


def _archive_page(parts: PageParts) -> bool:
    """Whether the page is a blog's archive (WordPress's ``<body class="archive author ...">``): its ``<h1>`` names
    the archive ("Articles by NAME", "Category: Trees"), not the post the text holds.

    >>> _archive_page(PageParts(tags=["html", "body"], sigs=["html.", "body.archive author author-dk"]))
    True
    >>> _archive_page(PageParts(tags=["html", "body"], sigs=["html.", "body.single single-post"]))
    False
    """
    body = next((i for i, tag in enumerate(parts.tags[:3]) if tag == "body"), None)
    return body is not None and ARCHIVE_BODY in parts.sigs[body].partition(".")[2].lower().split()


def _unshown(title: str | None, parts: PageParts) -> bool:
    """Whether what ``<title>`` gave stands nowhere in the page's text (an aggregator's "Weekend Picks - Site" over
    one whole article): then the heading the main text opens with is the article's title.

    >>> from .html_main import Block
    >>> _unshown("Weekend Picks", PageParts(blocks=[Block("Leeks In Pots", 1, kind="h")]))
    True
    >>> _unshown("Leeks", PageParts(blocks=[Block("Leeks In Pots", 1, kind="h")]))
    False
    """
    low = (title or "").lower()
    return bool(low) and not any(low in b.text.lower() for b in parts.blocks)


def _signed(heading: str, parts: PageParts) -> bool:
    """Whether the block right under ``heading`` is a byline ("by NAME"): a piece's title, not a section's heading.

    >>> from .html_main import Block
    >>> _signed("Leeks", PageParts(blocks=[Block("Leeks", 1, kind="h"), Block("by Ann Lee", 2)]))
    True
    >>> _signed("Before you start", PageParts(blocks=[Block("Before you start", 1, kind="h"), Block("Find it.", 2)]))
    False
    """
    at = next((k for k, b in enumerate(parts.blocks) if b.kind == "h" and b.text == heading), None)
    if at is None or at + 1 >= len(parts.blocks):
        return False
    under = parts.blocks[at + 1].text
    return len(under.split()) <= MAX_BYLINE_BLOCK_WORDS and BY_LINE.match(under) is not None


SOCIAL_TITLES = ("og:title", "twitter:title", "json-ld")  # the metadata's titles for sharing, never shown as such


# The class blog software and CMS themes give a post's own heading ("post-title entry-title", "article-title",
# "headline"): a section's heading inside the text never carries it.
TITLE_CLASS = re.compile(r"(?:^|[\s_-])(?:(?:post|entry|article|story|blog)[-_]?title|headline)(?:$|[\s_-])", re.I)


# A series' name numbered by a sign every language reads alike ("Best of the Week #58", "Notes No. 4", "Stew № 31")
NUMBERED_NAME = re.compile(r"^\S+(?:\s+\S+){1,5}?,?\s+(?:#|№|(?:no|nr|n[º°])\.)\s?\d{1,4}$", re.I)


def _after_issue_name(title: str, names: list[str]) -> str | None:
    """The headline after the colon of ``title`` where the words before it are a series' numbered name
    (``NUMBERED_NAME``) that the page's metadata gives alone as the post's name (its browser title without the
    site's name, its JSON-LD headline): the series and its number label the post, like a column's name (SPEC);
    else ``None``. A page that names the post by the whole line keeps it whole.

    >>> _after_issue_name("Pick of the Fortnight #12: socks and soup", ["Pick of the Fortnight #12"])
    'socks and soup'
    >>> _after_issue_name("Pick of the Fortnight #12: socks and soup", ["Pick of the Fortnight #12: socks and soup"])
    >>> _after_issue_name("Tip #3: oil the hinge", ["Tip #3"])
    """
    prefix, colon, rest = title.partition(":")
    if not colon or not rest.strip() or not NUMBERED_NAME.match(prefix.strip()):
        return None
    key = " ".join(prefix.split()).casefold()
    return rest.strip() if any(" ".join((name or "").split()).casefold() == key for name in names) else None


MARKED_HEADING = "marked-heading"  # where the title came from: the post's heading its theme's class marks


def _shown_post_title(social: str | None, parts: PageParts) -> str | None:
    """The page's one heading marked as a post's title (``TITLE_CLASS``) that ``<title>`` names, where the social
    title ``social`` stands nowhere in the page's text; else ``None`` (none, or several: a front page's posts).

    >>> from .html_main import Block
    >>> parts = PageParts(title="Nonna's Pot: Bean Soup (Quick)", sigs=["html.", "h1.title", "h3.post-title"],
    ...                   blocks=[Block("Nonna's Pot", 1, kind="h"), Block("Bean Soup (Quick)", 2, kind="h")])
    >>> _shown_post_title("Nonnas Pot: Bean Soup", parts), _shown_post_title("Bean Soup (Quick)", parts)
    ('Bean Soup (Quick)', None)
    """
    if not social or not parts.title or not _unshown(social, parts):
        return None
    marked = [b.text for b in parts.blocks if b.kind == "h" and 0 <= b.elem < len(parts.sigs)
              and TITLE_CLASS.search(parts.sigs[b.elem].partition(".")[2])]
    if len(set(marked)) != 1 or marked[0].lower() not in parts.title.lower():
        return None
    return marked[0]


def _marked_title(heading: str, parts: PageParts) -> bool:
    """Whether ``heading`` is marked in the markup as the post's title (its class says so).

    >>> from .html_main import Block
    >>> parts = PageParts(blocks=[Block("Leeks", 3, kind="h")], sigs=["html.", "body.", "div.post", "h2.post-title"])
    >>> _marked_title("Leeks", parts), _marked_title("Before you start", parts)
    (True, False)
    """
    at = next((b.elem for b in parts.blocks if b.kind == "h" and b.text == heading), None)
    return at is not None and at < len(parts.sigs) and TITLE_CLASS.search(parts.sigs[at].partition(".")[2]) is not None


MAX_BYLINE_BLOCK_WORDS = 12  # "by Ann Lee, garden editor | 3 May 2019"; a longer block is a paragraph


def _cut_short(title: str | None, lead: str) -> bool:
    """Whether ``<title>`` gave a shortened form of the heading that opens the text (its start, in any case).

    >>> _cut_short("BUDGETING FOR A WEDDING", "Budgeting For A Wedding Without Tears"), _cut_short("Tea", "Tea")
    (True, False)
    """
    return bool(title) and len(lead) > len(title) and lead.lower().startswith(title.lower())


def _names_the_site(title: str | None, lead: str, parts: PageParts) -> bool:
    """Whether what ``<title>`` gave is the site's name (a line of the page opens with it: a top bar, a masthead)
    rather than the article's, whose own heading ``lead`` opens the main text and is not in ``<title>``."""
    if not title or lead.lower() in parts.title.lower():
        return False
    low = title.lower()
    return any(b.text.lower().startswith(low) and b.text != lead for b in parts.blocks)


def _title(out: PageMeta, meta: dict[str, str], articles: list, parts: PageParts, h1: str | None) -> None:
    # a blog's header <h1> that is one end of the <title> names the site when og:site_name does not; so does the
    # masthead <h1> (a link to the home page): "Post | Site" then gives the post's part
    site = out.site_name or next((h for h in parts.h1 if _site_part(h, parts.title)), None)
    if parts.site_h1 and (not site or _site_span(parts.title, site) is None):
        site = next((h for h in parts.site_h1 if _site_span(parts.title, h) is not None), site or parts.site_h1[0])
    candidates = [
        ("h1", _best_h1(parts.h1, [meta.get("og:title") or "", parts.title], out.site_name)),
        ("og:title", meta.get("og:title")),
        ("json-ld", next((str(o["headline"]) for o in articles if o.get("headline")), None)),
        ("twitter:title", meta.get("twitter:title")),
        ("title", strip_site_name(parts.title, site) if parts.title else None),
    ]
    candidates = [(w, " ".join(v.split())) for w, v in candidates if v and v.strip() and not FILE_NAME.match(v.strip())
                  and not is_account_control(v.strip())]  # (a help page's tiny header: "Sign in" as its <h1>)
    if not candidates:
        return
    where, title = candidates[0]
    if where == "h1" and (other := _other_end(title, parts) or _named_heading(title, parts, site)) is not None:
        where, title = "title-heading", other  # the masthead's <h1> is the site: "Post | Site" names it too
    elif where == "h1" and (whole := _carried_whole(parts)) is not None:
        where, title = "carried-heading", whole  # a roundup's headline over teasers: the piece run in full is the text
    elif where == "h1" and (bare := _without_kicker(title, [v for w, v in candidates[1:]], out.site_name)):
        title = bare  # "Island Transport Ferry Fares Rise": the metadata's headline without the topic over it
    if where == "og:title" and site and _site_span(title, site) is not None:
        title = strip_site_name(title, site)  # an og:title not naming the site is the post's whole ("A – B – C")
    out.title, out.sources["title"] = title, where
    # the page's metadata and its visible heading disagree: say which one lost
    other = next((w for w, v in candidates if w in ("h1", "og:title") and w != where
                  and strip_site_name(v, out.site_name) != title), None)
    if other:
        out.sources["title_disagrees"] = other


MIN_TEASERS = 2  # a roundup links two pieces or more before the one it carries
TEASER_LINK_SHARE = 0.5  # a teaser's heading is a link to the piece elsewhere: most of its text is link text
CREDIT_UNDER_HEADING = 3  # blocks: the byline stands under its heading, with a label or a note at most between


def _carried_whole(parts: PageParts) -> str | None:
    """The heading of the one piece a roundup or an aggregator page carries in full under its own headline, where
    the ``<h1>`` heads the page's teasers: between the ``<h1>`` and that piece stand linked headings (teasers
    pointing to pieces elsewhere), the ``<h1>`` has no byline of its own, and a byline stands under the piece's
    heading (SPEC: a roundup's headline over teasers and one full article is not that article's title), else
    ``None``.

    >>> from .html_main import Block
    >>> blocks = [Block("Weekly picks", 0, kind="h"), Block("Three reads this week.", 1),
    ...           Block("Soup for a crowd", 2, kind="h", links=16), Block("by Bo Ng at Pot Blog", 3),
    ...           Block("Pies", 4, kind="h", links=4), Block("Bread without a machine", 5, kind="h"),
    ...           Block("By Ann Lee", 6), Block("Text.", 7)]
    >>> parts = PageParts(blocks=blocks, sigs=["h1", "p", "h2", "p", "h2", "h2", "p.byline", "p"],
    ...                   parents=[-1] * 8, bylines=[("byline", "By Ann Lee", 6)])
    >>> _carried_whole(parts)
    'Bread without a machine'
    >>> parts.blocks[2] = Block("Soup for a crowd", 2, kind="h")  # a plain section heading: one teaser only
    >>> _carried_whole(parts) is None
    True
    """
    top = next((k for k, block in enumerate(parts.blocks) if block.kind == "h" and parts.sigs[block.elem]
                .startswith("h1") and block.text not in parts.site_h1), None)
    if top is None or not parts.bylines:
        return None
    credited = {elem for _, _, elem in parts.bylines}

    def is_credit(block: Block) -> bool:
        return block.kind != "h" and any(a in credited for a in _ancestors(parts, block.elem))

    teasers = 0
    for k in range(top + 1, len(parts.blocks)):
        block = parts.blocks[k]
        if block.kind != "h":
            if not teasers and is_credit(block):
                return None  # the headline's own byline: the page's piece is under the <h1>
            continue
        if block.link_density() >= TEASER_LINK_SHARE:
            teasers += 1
            continue
        if teasers < MIN_TEASERS or _in_comments(parts, block.elem) or is_comments_heading(block.text):
            return None  # (a thread's heading, its commenters' names under it: "17 Comments")
        under = parts.blocks[k + 1:k + 1 + CREDIT_UNDER_HEADING]
        if any(is_credit(b) for b in itertools.takewhile(lambda b: b.kind != "h", under)):
            return block.text
        if teasers:
            return None  # the first heading after the teasers heads no credited piece
    return None


# A document's file name standing as its <title> (a PDF converted to HTML, a Word export): "hot_weather_leaflet_v4_WEB",
# "Leaflet-0412.pdf": one token joined by "_" (or ending in a file's extension), never a headline
FILE_NAME = re.compile(r"^(?=[^\s_]*_)[\w.-]+$|^[\w.-]+\.(?:pdf|docx?|odt|rtf|pptx?|indd)$", re.I)


MAX_KICKER_WORDS = 5  # "Island Transport", "1. Februar 2022", "Nach Corona-Lockerungen": a topic or a date line
# A section's label set before the headline with a bar or a slash ("Local News | ...", "Politics | ...", "\"Quote\" /
# ..."); a dash or a colon there is as often the title's own (the "Green Power – the key to it all" kind).
SECTION_MARK = re.compile(r"\s[|/]$")


def _without_kicker(h1: str, others: list[str], site: str | None) -> str | None:
    """The headline another metadata title gives, where the ``<h1>`` is that headline under a kicker (a few words
    of topic or date run into it: "Island Transport Ferry Fares Rise In Spring", or a section's label set off by a
    bar: "Local News | Ferry Fares Rise"), or with the site's name or a date line run in after it ("Ferry Fares Rise
    | Coast Daily", "Ferry Fares Rise 02.02.2022 • Harbour"); else ``None``. Dashes count alike.

    >>> _without_kicker("Island Transport Ferry Fares Rise", ["Ferry Fares Rise | Coast Daily"], None)
    'Ferry Fares Rise'
    >>> _without_kicker("Ferry Fares Rise", ["Rise"], None) is None
    True
    >>> _without_kicker("Green Power – the key to it all", ["the key to it all"], None) is None  # one title, split
    True
    >>> _without_kicker("Local News | Ferry Fares Rise", ["Ferry Fares Rise"], None)
    'Ferry Fares Rise'
    >>> _without_kicker("Ferry Fares Rise 02.02.2022 • Harbour, News", ["Ferry Fares Rise"], None)
    'Ferry Fares Rise'
    >>> _without_kicker("Ferry Fares Rise Again In Spring", ["Ferry Fares Rise"], None) is None  # <title> cut short
    True
    """
    low = h1.lower().translate(DASHES)
    for other in others:
        for bare in dict.fromkeys((other, strip_site_name(other, site))):
            key = bare.lower().translate(DASHES)
            if len(bare.split()) < 2:
                continue
            rest = low[: len(low) - len(key)] if low.endswith(key) else ""
            if (rest and 1 <= len(rest.split()) <= MAX_KICKER_WORDS and rest[-1:].isspace()
                    and (rest.rstrip()[-1:].isalnum() or SECTION_MARK.search(rest.rstrip()))):
                return h1[len(h1) - len(bare):]  # run in with no separator (a <span>'s), or a section's label
            tail = h1[len(bare):] if low.startswith(key) else ""
            if tail[:1].isspace() and (SEPARATOR_START.match(tail) and tail.lstrip()[:1] == "|"
                                       or is_date_line(ROW_PARTS.split(tail.strip())[0])):
                return h1[: len(bare)]
    return None


def _other_end(h1: str, parts: PageParts) -> str | None:
    """Where the chosen ``<h1>`` ends ``<title>`` ("Post | Site") and the part before it is a heading of the page
    too (the post's own ``<h2>``), that part: the name a masthead and the end of ``<title>`` share is the site's.

    >>> from .html_main import Block
    >>> parts = PageParts(title="Dry Herbs | Herb Rack", h1=["Herb Rack"], blocks=[Block("Dry Herbs", 1, kind="h")])
    >>> _other_end("Herb Rack", parts), _other_end("Dry Herbs", parts)
    ('Dry Herbs', None)
    """
    ends = TITLE_SEPARATORS.split(parts.title.strip()) if parts.title else []
    if len(ends) < 2 or h1.lower() != ends[-1].lower() or ends[0].lower() == h1.lower():
        return None  # only the usual order: a post's own <h1> opening "Post | Site" over a site-named heading stays
    other = ends[0]
    return next((b.text for b in parts.blocks if b.kind == "h" and b.text.lower() == other.lower()), None)


def _named_heading(h1: str, parts: PageParts, site: str | None) -> str | None:
    """Where ``<title>`` names none of a short ``<h1>`` (a masthead: the site's name) but names another heading of
    the page whole, that heading ("Plot Fourteen" as ``<h1>``, "Sharing The Rota" as ``<h2>`` and ``<title>``).

    >>> from .html_main import Block
    >>> parts = PageParts(title="Sharing The Rota", blocks=[Block("Plot Fourteen", 1, kind="h"),
    ...                                                      Block("Sharing The Rota", 2, kind="h")])
    >>> _named_heading("Plot Fourteen", parts, None), _named_heading("Sharing The Rota", parts, None)
    ('Sharing The Rota', None)

    An ``<h1>`` that holds the name ``<title>`` gives, and says more, is the post's own heading; a recipe card's
    heading repeating the short name is the card's (SPEC: the visible h1 wins over a recipe card's heading):

    >>> parts = PageParts(title="Nut Loaf | Kitchen", blocks=[Block("Nut Loaf For Winter", 1, kind="h"),
    ...                                                      Block("Nut Loaf", 3, kind="h")])
    >>> _named_heading("Nut Loaf For Winter", parts, "Kitchen") is None
    True
    """
    named = strip_site_name(parts.title, site).strip().lower() if parts.title else ""
    if not named or h1.lower() in parts.title.lower() or len(h1.split()) > MAX_SITE_WORDS or named in h1.lower():
        return None  # (an <h1> holding the <title>'s name whole is the post's heading, the <title> its short form)
    return next((b.text for b in parts.blocks if b.kind == "h" and b.text != h1 and b.text.lower() == named), None)


def _best_h1(h1s: list[str], titles: list[str], site: str | None) -> str | None:
    """The ``<h1>`` that the page's ``<title>``/``og:title`` also names, else the first that is not the site name.

    >>> _best_h1(["My Blog", "Ten Tips"], ["Ten Tips | My Blog"], None)
    'Ten Tips'
    >>> _best_h1(["Mountain Notes"], ["", "Mountain Notes: Five Things I Pack"], None) is None
    True
    """
    named = [h for h in h1s if any(h.lower() in t.lower() for t in titles if t) and h.lower() != (site or "").lower()
             and not _site_part(h, titles[-1])]
    if named:
        return max(named, key=len)
    plain = [h for h in h1s if h.lower() != (site or "").lower() and not _site_part(h, titles[-1])]
    if plain and titles[-1] and not any(plain[0].lower() in t.lower() for t in titles if t):
        ends = [p.lower() for p in TITLE_SEPARATORS.split(titles[-1])]
        if len(ends) > 1 and plain[0].lower() in (ends[0], ends[-1]):
            return None  # the first <h1> is the site name part of <title>
    return plain[0] if plain else None


def _site_part(h1: str, title: str) -> bool:
    """Whether the ``<h1>`` opens the ``<title>`` as "NAME: longer post title" (Blogger's header:
    ``<h1>Mountain Notes</h1>``, ``<title>Mountain Notes: Five Things I Pack</title>``). Titles with spaced
    separators ("Bielersee-Winterhechte | petri-heil.ch | ...") say nothing this way: the long end is as often the
    site's.

    >>> _site_part("Mountain Notes", "Mountain Notes: Five Things I Pack"), _site_part("Ten Tips", "Ten Tips")
    (True, False)
    >>> _site_part("Ten Tips", "Ten Tips | My Blog")
    False
    """
    rest = title[len(h1) + 1:].strip() if title and title.lower().startswith(h1.lower() + ":") else ""
    return len(h1.split()) <= MAX_SITE_WORDS and len(rest) > len(h1)


# The heading of a guest writer's box: on a guest post the markup's author is the blog's host, the box the writer.
GUEST_BOX = re.compile(r"^about\s+(?:the|our|this|today's|today’s)\s+guest(?P<writing>\s+(?:author|writer|blogger|"
                       r"poster|contributor))?\s*[:\-–—]?\s*", re.I)
GUEST_BOX_REACH = 2  # the box's text is the heading's next block or the one after it


# A guest credit line in the post ("Guest author: NAME", "A guest post by NAME", "This is a guest post from NAME"):
# on a guest post the markup's author is the blog's host, the credit the writer.
GUEST_CREDIT = re.compile(r"^(?:(?:a|this\s+is\s+an?|today['’]s)\s+)?guest\s+(?:post|article|piece|column|contribution|"
                          r"author|writer|blogger|contributor)\s*(?:by|from|:)\s*(?P<who>[^.!?]{3,80}?)\.?$", re.I)
MAX_GUEST_CREDIT_CHARS = 120
MAX_GUEST_NOTE_CHARS = 400  # the host's note over a guest post: a sentence or two


def guest_credit(parts: PageParts, reach: int = 60) -> str | None:
    """The writer a guest credit line in the page names ("Guest author: NAME", "A guest post by NAME"), or the
    host's note over the post hands it to ("Today's guest post comes from NAME, a retired teacher ..."), within the
    first ``reach`` blocks (and 60 at most), else ``None``.

    >>> from .html_main import Block
    >>> guest_credit(PageParts(blocks=[Block("GUEST POST", 1), Block("A guest post by Ilse van Dijk", 2)]))
    'Ilse van Dijk'
    >>> guest_credit(PageParts(blocks=[Block("Today's guest post comes from Ilse van Dijk, a nurse. Enjoy!", 1)]))
    'Ilse van Dijk'
    >>> guest_credit(PageParts(blocks=[Block("Guest posts are welcome: write to us", 1)]))
    """
    for block in parts.blocks[:min(60, reach)]:
        if len(block.text) <= MAX_GUEST_CREDIT_CHARS and (m := GUEST_CREDIT.match(block.text)) is not None and (
                named := split_name(m["who"])) is not None:
            return named.name
        if len(block.text) <= MAX_GUEST_NOTE_CHARS and (handed := guest_note(block.text)) is not None:
            return handed.name
    return None


HOST_REACH = 60  # blocks: the credit stands with the episode's title and date


def host_credit(parts: PageParts) -> str | None:
    """The person a show's page credits as its host ("Hosted by NAME · Guest: NAME"), else ``None``: on a podcast's
    or a webinar's page the host writes the notes, and a box "About our guest" describes the guest who spoke.

    >>> from .html_main import Block
    >>> host_credit(PageParts(blocks=[Block("Hosted by Ines Ruiz · Guest: Bo Ng", 1)]))
    'Ines Ruiz'
    >>> host_credit(PageParts(blocks=[Block("Host: Ines Ruiz", 1)])), host_credit(PageParts(blocks=[Block("Hosted by"
    ...                                                                      " the Riverside Library", 1)]))
    ('Ines Ruiz', None)
    """
    for block in parts.blocks[:HOST_REACH]:
        if len(block.text) <= MAX_GUEST_CREDIT_CHARS and (m := HOST_CREDIT.match(block.text)) is not None:
            name = clean_author(m["who"])
            return name if name and is_person_name(name) else None
    return None


def guest_writer(parts: PageParts) -> str | None:
    """The name a box headed "About the guest author" opens with ("NAME bakes in Haifa ..."), else ``None``.

    >>> from .html_main import Block
    >>> guest_writer(PageParts(blocks=[Block("About the guest author", 1), Block("Ilse van Dijk nurses in Delft.", 2)]))
    'Ilse van Dijk'
    >>> guest_writer(PageParts(blocks=[Block("About the author", 1), Block("Ilse van Dijk nurses in Delft.", 2)]))
    """
    for k, block in enumerate(parts.blocks):
        m = GUEST_BOX.match(block.text)
        if not m or len(block.text) > 200:
            continue
        if m["writing"] is None and host_credit(parts) is not None:
            continue  # a show's guest (a podcast's, a webinar's speaker): the host's page, not a guest's post
        rest = block.text[m.end():]
        for text in ([rest] if rest else []) + [b.text for b in parts.blocks[k + 1:k + 1 + GUEST_BOX_REACH]]:
            if (named := name_in_bio(text)) is not None:
                return named.name
    return None


# A credit for another work than the writing, ending right before a name: "updated by", "Translated from Czech by",
# "Photography:", "Photo:", "Edited by", "Illustrations:" (SPEC: the editor, the reviewer, the translator, the
# pictures' maker are no writers)
OTHER_ROLE_BEFORE = regex.compile(
    r"(?:\b(?:reviewed|checked|fact-checked|edited|updated|translated|illustrated|photographed)\b[^.!?\n|·•;:]{0,30}?"
    r"\bby|\b(?:photo|photos|photograph|photographs|photography|pictures?|images?|illustrations?|translation"
    r"|translator|editor)\b)\s*[:：]?\s*$", regex.I)
CREDIT_PARTS = regex.compile(r"[\n;|·•]")  # a credit row's parts: "Originally written by NAME; updated by NAME"
WRITING_TOO = regex.compile(r"\b(?:words|text|written|writer|story|article)\b", regex.I)  # "Words and photos: NAME"
ROLE_REACH = 60  # the credit's words stand within this many characters before the name, on its line


def _other_role_only(name: str, shown: str) -> bool:
    """Whether the page's visible text (``shown``) names ``name`` and only ever in a credit for another work than the
    writing ("updated by NAME", "Photography: NAME", "Translated from Czech by NAME").

    >>> _other_role_only("Bo Ng", "By Ann Lee; updated by Bo Ng, 3 May"), _other_role_only("Bo Ng", "Photo: Bo Ng")
    (True, True)
    >>> _other_role_only("Ann Lee", "Words and photos: Ann Lee, volunteer")
    False
    >>> _other_role_only("Ann Lee", "By Ann Lee\\nPhoto: Ann Lee"), _other_role_only("Ann Lee", "Nothing here")
    (False, False)
    """
    places = [m.start() for m in regex.finditer(rf"(?<![\p{{L}}\p{{M}}]){regex.escape(name)}(?![\p{{L}}\p{{M}}])",
                                                 shown)]
    credits = [CREDIT_PARTS.split(shown[max(0, at - ROLE_REACH):at])[-1] for at in places]  # each its own part
    return bool(places) and all(OTHER_ROLE_BEFORE.search(credit) and not WRITING_TOO.search(credit)
                                for credit in credits)


CREDIT_BY = regex.compile(r"\bby\s+", regex.I)
MAX_BARE_CREDIT_WORDS = 4  # a credit row's bare name, one to four words
CREDIT_HEAD_REACH = 30  # a writer's credit opens its part: "By NAME", "Originally written by NAME", never a sentence's


def _other_writer_credited(names: list[str], shown: str) -> bool:
    """Whether the page's visible text (``shown``) credits the writing to someone not in ``names``: a part of a
    credit row ("By NAME", "Originally written by NAME") whose "by" no other role's word stands before, or a
    writing credit ("Text by ...", "Words by ...") to anyone else, named or not.

    >>> _other_writer_credited(["Bo Ng"], "Originally written by Ann Lee; updated by Bo Ng")
    True
    >>> _other_writer_credited(["Bo Ng"], "Photo: Bo Ng | Text by a friend of the club")
    True
    >>> _other_writer_credited(["Ann Lee"], "Last updated on May 3, 2024 by Ann Lee\\nPhotos by Bo Ng")
    False
    """
    folded_names = {name.casefold() for name in names}
    for part in CREDIT_PARTS.split(shown):
        bare = part.strip()
        if bare and bare.casefold() not in folded_names and len(bare.split()) <= MAX_BARE_CREDIT_WORDS and (
                is_person_name(bare) and CREDIT_BY.search(shown)):
            return True  # "NAME · Translated from Czech by NAME": the row's bare name is its writer's
        for m in CREDIT_BY.finditer(part):
            if m.start() > CREDIT_HEAD_REACH or OTHER_ROLE_BEFORE.search(part[:m.end()].rstrip()) or (
                    OTHER_ROLE_BEFORE.search(part[:m.start()].rstrip())):
                continue
            rest = part[m.end():].strip()
            if WRITING_TOO.search(part[:m.start()]) and rest and not rest.casefold().startswith(tuple(folded_names)):
                return True  # "Text by someone we thank"
            named = parse_byline("By " + rest)
            if named is not None and is_person_name(named.name) and named.name.casefold() not in folded_names:
                return True
    return False


def _writers_only(value: str, shown: str) -> str | None:
    """A markup author (``value``, co-authors joined by "and") without the people the page's visible text credits
    only for another work (the updater, the photographer, the translator: :func:`_other_role_only`); ``None``
    where that leaves nobody. The markup of a page an editor updated, or of a photo essay, may name that person:
    the page shows who did what (SPEC: a wrong author is worse than none). Only where the page credits the writing
    to someone else (:func:`_other_writer_credited`): with no other writer named, the markup's author is hers, her
    other roles ("Photo: NAME", "updated ... by NAME") her own too.

    >>> _writers_only("Ann Lee and Bo Ng", "By Ann Lee\\nTranslated from Czech by Bo Ng"), _writers_only("Bo Ng", "")
    ('Ann Lee', 'Bo Ng')
    >>> _writers_only("Bo Ng", "Originally written by Ann Lee; updated by Bo Ng, Claims Team")
    >>> _writers_only("Ann Lee", "Last updated on May 3, 2024 by Ann Lee"), _writers_only("Ann Lee", "Photo: Ann Lee")
    ('Ann Lee', 'Ann Lee')
    """
    names = value.split(" and ")
    kept = [name for name in names if not _other_role_only(name, shown)]
    if len(kept) < len(names) and not _other_writer_credited([name for name in names if name not in kept], shown):
        return value  # nobody else holds the byline: the markup's writer is hers (SPEC)
    return value if len(kept) == len(names) else " and ".join(kept) or None


def semicolon_joined(value: str | None) -> str | None:
    """A meta field listing several writers as CMSs separate them ("A; B") joined as SPEC joins co-authors ("A and
    B"); any other value as it is (a comma may part a name from its role, so only semicolons are read).

    >>> semicolon_joined("Chidi Okafor; Weronika Nowicka"), semicolon_joined("Ann Lee")
    ('Chidi Okafor and Weronika Nowicka', 'Ann Lee')
    >>> semicolon_joined("Garden Desk; Weekend"), semicolon_joined(None)
    ('Garden Desk; Weekend', None)
    """
    if not value or ";" not in value:
        return value
    names = [part.strip() for part in value.split(";") if part.strip()]
    return " and ".join(names) if len(names) >= 2 and all(is_person_name(name) for name in names) else value


def _first_post_reach(parts: PageParts, lead: str | None) -> int:
    """Where the first of several posts the markup sets apart ends: at the next heading marked as its heading is
    (the same tag and class: a blog's front page titles each post so); all the blocks when none follows.

    >>> from .html_main import Block
    >>> parts = PageParts(blocks=[Block("Ducks", 0, kind="h"), Block("Text.", 1), Block("Hens", 2, kind="h"),
    ...                           Block("A guest post by Bo Ng", 3)], sigs=["h2.entry-title", "p.", "h2.entry-title",
    ...                                                                      "p.note"])
    >>> _first_post_reach(parts, "Ducks"), _first_post_reach(parts, "Geese")
    (2, 4)
    """
    first = next((k for k, block in enumerate(parts.blocks) if block.kind == "h" and block.text == lead), None)
    if first is None:
        return len(parts.blocks)
    sig = parts.sigs[parts.blocks[first].elem]
    return next((k for k in range(first + 1, len(parts.blocks)) if parts.blocks[k].kind == "h"
                 and parts.sigs[parts.blocks[k].elem] == sig), len(parts.blocks))


def _author(out: PageMeta, meta: dict[str, str], articles: list, parts: PageParts, reach: int) -> None:
    """The page's author from its markup and its visible credits; ``reach``: the blocks of the page's first post
    (a guest credit further down, on a front page of posts, is a later post's, never the page's)."""
    if guest := guest_writer(parts):
        out.author, out.sources["author"] = guest, "guest-box"
        return
    if guest := guest_credit(parts, reach):
        out.author, out.sources["author"] = guest, "guest-credit"
        return
    ld_names = [n for o in articles for n in _names(o.get("author"))]
    candidates = [
        # several authors joined as SPEC joins co-authors: "A and B", in the markup's order
        ("json-ld", " and ".join(dict.fromkeys(n for n in (clean_author(x) for x in ld_names) if n)) or None),
        # a paper's authors as Google Scholar's tags name them: a plain "author" meta there may be a cited work's
        ("citation-author", clean_author(meta.get("citation_author"))),
        ("meta-author", semicolon_joined(clean_author(meta.get("author")))),
        ("article:author", semicolon_joined(clean_author(meta.get("article:author")))),
        ("dc.creator", semicolon_joined(clean_author(meta.get("dc.creator")))),
        *((f"meta-{key}", semicolon_joined(clean_author(meta.get(key)))) for key in MORE_AUTHOR_META),
        ("written-by-label", clean_author(_labelled_meta(meta, WRITTEN_BY))),
    ]
    cards = _card_kinds(parts) if parts.bylines else None  # only pages with bylines pay for it
    listed = _listed_bylines(parts)
    candidates += [(f"byline-{cue}", _byline_name(_unmangled(text))) for cue, text, elem in parts.bylines
                   if _writers_byline(parts, cue, elem) and parts.sigs[elem] not in listed
                   and not _in_cards(parts, elem, cards or set())]
    # an author box classed as the writer's description, its heading glued to the bio ("About the writer NAME has
    # ..."): the heading says whose bio it is, so its opening name is the writer's
    candidates += [("bio-box", _boxed_name(text)) for cue, text, elem in parts.bylines
                   if BOX_HEADING.match(text) and DESCRIPTION.search(parts.sigs[elem])
                   and not _member_card(parts, cue, elem) and not _in_comments(parts, elem)]
    candidates += [("rel-author", clean_author(link.get("text"))) for link in parts.links
                   if (link.get("rel") or "") == "author"]
    candidates += [("user-card", clean_author(_posters_card(parts)))]
    named = [(where, value) for where, value in candidates if value]
    visible_text = "\n".join(block.text for block in parts.blocks)
    named = [(where, kept) for where, value in named
             if (kept := _writers_only(value, visible_text) if where.startswith(MARKUP_FIELDS) else value)]
    if named and named[0][0].startswith(MARKUP_FIELDS) and parts.bylines and (
            accepted := _accepted_card(parts)) is not None and not _same_people(accepted, named[0][1]):
        named.insert(0, ("accepted-card", accepted))  # a thread's markup names its starter; the post marked as the
        # solution (or the accepted answer) is what SPEC reads the thread for, by the name its card shows
    elif named and named[0][0] == "json-ld" and (reply := _top_reply(parts, articles, named[0][1])) is not None:
        named.insert(0, ("top-reply", reply))  # a thread that asks: its markup names the asker (SPEC: the top reply)
    elif named and named[0][0].startswith(MARKUP_FIELDS) and _asker_card(parts, named[0][1]) and (
            top := top_answer_card([b.text for b in parts.blocks[:CAPTION_REACH]])) is not None and (
            top.name != named[0][1]):
        named.insert(0, ("top-answer-card", top.name))  # a Q&A page none of whose answers is accepted, its markup
        # naming the asker: the top answer by the page's own sort is what SPEC reads it for (round 23 (i))
    if named and _site_named(named[0][1], out.site_name, parts.title):
        # the markup's first author names the site ("Valley Times" as og:site_name and author): a writer another
        # credit names (a byline in the page) comes first; with none, the site it is (a news agency writes so)
        named += [("by-line", name)] if (name := _by_line(parts, cards)) else []
        # a wire's copy of a news release: the issuer its "Source:" or "About X" line names wrote it (SPEC.md)
        named += [("release-issuer", org)] if (org := release_issuer([b.text for b in parts.blocks[:200]])) else []
        # a wire's page: its row of facts over the headline names the release's source ("Utilities · DATE ·
        # Source: Meridian Water Ltd"), the organisation that wrote it
        named += [("source-part", org)] if (org := _source_part(parts)) else []
        # a show's page whose markup names the show: its host writes the episode's notes ("Hosted by NAME")
        named += [("host-credit", host)] if (host := host_credit(parts)) else []
        # a portal's field table under the title: the "By :" cell's neighbour names the writer ("โดย :" | NAME)
        named += [("label-cell", name)] if (name := _label_cell(parts)) else []
        # a bio box under the piece ("About the writer: NAME is ..."), its heading and bio one line: the writer of a
        # copy the site's markup claims (a spun or scraped copy is by its bio's writer, SPEC)
        named += [("bio-line", name)] if (name := _bio_line(parts)) else []
        named.sort(key=lambda c: (_site_named(c[1], out.site_name, parts.title), not is_person_name(c[1])))
    if named and (_body(named[0][1]) or named[0][0] == "json-ld" and _ld_organisation(articles)) and (
            name := _by_line(parts, cards, person=True)):
        # the markup names a body ("Bund der Verbraucher e.V.", a magazine, a CMS's events account) and the text a
        # person: "Von Ann Lee", or a closing "Recap written by Ann Lee, trainer" under an account's "Posted by"
        named.insert(0, ("by-line", name))
    elif named and named[0][0] == "json-ld" and _ld_organisation(articles) and not is_person_name(named[0][1]) and (
            shown := next(((where, value) for where, value in named if where.startswith("byline-")
                           and all(is_person_name(one) for one in value.split(" and "))), None)) is not None:
        named.insert(0, shown)  # the markup's author an organisation (the company), the page's byline element a
        # person in any language ("Av NAME, energirådgivare"): the person wrote it (SPEC)
    elif named and named[0][0] == "json-ld" and _ld_organisation(articles) and not is_person_name(named[0][1]) and (
            linked := _linked_in_byline(parts, cards)) is not None:
        named.insert(0, ("byline-link", linked))  # ... or its by-word is one no table spells ("da NAME, ROLE"), the
        # name linked to her writer's page: the link names the person
    if named and named[0][0].startswith(MARKUP_FIELDS) and (shown := _head_credit(parts, cards)) is not None and (
            not _same_people(shown, named[0][1])):
        # the credit a reader sees under the headline names someone else than the markup (an editor who updated the
        # page, a sponsor, a CMS login, the site's test kitchen): the visible byline is the writer's (SPEC)
        named.insert(0, ("head-credit", shown))
    elif named and named[0][0].startswith(MARKUP_FIELDS) and (
            shown := _shown_spelling(named[0][1], parts, cards)) is not None:
        named.insert(0, ("shown-spelling", shown))  # the markup writes the writers in another script than the page
    if named and named[0][0].startswith(MARKUP_FIELDS) and (shown := _shown_order(
            named[0][1], [value for where, value in named if where.startswith("byline-")])) is not None:
        named.insert(0, ("shown-order", shown))  # the byline writes the markup's one person family name first
        # ("HAYASHI Tomoe" over JSON-LD's "Tomoe Hayashi"): the page's order stands (SPEC: family name first kept)
    if (named and named[0][0].startswith(MARKUP_FIELDS) and HANDLE_LIKE.fullmatch(named[0][1])
            and (shown := _dated_name_line(parts)) is not None):
        named.insert(0, ("dated-name-line", shown))  # the markup holds the account's handle ("misaki-s"), the post's
        # "DATE · 5 min · NAME" row the name the writer shows (SPEC: a display name outranks a handle)
    if named and named[0][0].startswith(MARKUP_FIELDS) and HANDLE_LIKE.fullmatch(named[0][1]) and (
            carded := _written_by_card(parts, named[0][1])) is not None:
        named.insert(0, ("written-by-card", carded))  # the markup and the byline give the handle, the "Written by"
        # card under the post the writer's full name over that handle (SPEC r26 (a): the card's name wins)
    if named and (LOGIN.fullmatch(named[0][1]) or _unshown_login(named[0][1], parts)) and (
            shown := _shown_name(named[1:], parts, cards)) is not None and (
            LOGIN.fullmatch(named[0][1]) or shown[0].startswith("byline-")):
        named.insert(0, shown)  # the markup gives the writer's login ("eleni_m"; or "sevdub", one lower-case word the
        # text never shows, under the theme's byline element: a plain "Von NAME" line does not outrank a blogger's
        # one-word signature), the page's byline the name
    elif named and _unshown_login(named[0][1], parts) and (body := _producer(parts)) is not None:
        named.insert(0, ("producer", body))  # a document's creator login; its colophon names the body that made it
    if named and named[0][0].startswith((*MARKUP_FIELDS, "byline-rel")) and (linked := _linked_co_authors(
            parts, named[0][1], WRITER_LINKS if named[0][0] == "byline-rel" else ("author-page",))):
        named.insert(0, ("linked-co-authors", linked))  # the byline links two writers or more, the markup names
        # one of them: all of them wrote it, joined as SPEC joins co-authors
    if (named and named[0][0].startswith(MARKUP_FIELDS) and (boxed := _box_writer(parts)) is not None
            and not _same_people(boxed, named[0][1]) and _never_shown(named[0][1], parts)):
        named.insert(0, ("author-box", boxed))  # the markup names someone the page never shows (the site's owner,
        # a theme's default) and the page's author box another person: the box says who wrote it (SPEC)
    # a site's account login the page never shows, in the markup alone ("site_admin", "vt-webadmin"): an account is
    # no writer, so the other credits stand; with none, no visible credit names anyone (an uncredited rewrite
    # credits nobody)
    named = [(where, value) for where, value in named if not (
        where.startswith(MARKUP_FIELDS) and _account_login(value) and _unshown_login(value, parts))]
    if named and named[0][0].startswith("byline-") and (fuller := _fuller_byline(named[0][1], named[1:])):
        named.insert(0, fuller)  # one writer's own link inside the byline that credits her and a co-writer
    if named and named[0][0].startswith("byline-") and (full := _box_spelling(named[0][1], parts)) is not None:
        named.insert(0, ("box-full-name", full))  # "by Jörg W." over an author box giving "Jörg Wendtlandt": the
        # byline only abbreviates the name the box writes in full (SPEC r18)
    if named and named[0][0].startswith(MARKUP_FIELDS) and _shown_as_reviewer(named[0][1], parts):
        # the markup's author is the person the page shows only in its review credit ("reviewed", "fact-check"
        # classed): a reviewer is no writer (SPEC), in whatever words the credit's language labels her
        named = [(where, value) for where, value in named if not _same_people(value, named[0][1])]
    if named and (org := _unit_of(named[0][1], parts)) is not None:
        named.insert(0, ("content-source-unit", org))  # the markup names a service the page's "Content source: BODY,
        # SERVICE" line places under its body: a team, service or sub-office is its organisation (SPEC)
    if named and named[0][0].startswith(MARKUP_FIELDS) and not parts.bylines and (
            _ld_organisation(articles) or _site_named(named[0][1], out.site_name, parts.title)) and (
            titled := _title_writer(parts)) is not None:
        named.insert(0, ("possessive-title", titled))  # the markup names the shop or site, the page no byline, and
        # the headline the one whose first person the piece is in ("NAME's Guide to ..."): she wrote it (SPEC r25 (b))
    if named:
        out.author, out.sources["author"] = _page_case(_organisation(named[0][1]), parts), named[0][0]
        if (full := _full_name(named[0][1], [v for _, v in named[1:]], parts, cards)) is not None:
            out.author, out.sources["author"] = full, named[0][0] + "+full-name"
        elif (shown := _handle_page_name(named[0][1], parts)) is not None:
            out.author, out.sources["author"] = shown, named[0][0] + "+author-page"
        elif (marked := _marked_spelling(named[0][1], [v for _, v in named[1:]], parts, cards)) is not None:
            out.author, out.sources["author"] = marked, named[0][0] + "+marked-spelling"
        elif (bare := _bare_name(named[0][1], [v for _, v in named[1:]])) is not None:
            out.author, out.sources["author"] = bare, named[0][0] + "+bare-name"
        elif (whole := whole_org(out.author, [v for _, v in named[1:]])) is not None:
            out.author, out.sources["author"] = whole, named[0][0] + "+whole-org"
    elif name := _by_line(parts, cards):
        out.author, out.sources["author"] = _organisation(name), "by-line"
    elif name := _own_blog_box(parts):
        out.author, out.sources["author"] = name, "own-blog-box"  # "About the author" beside the post, naming the
        # person whose © the page carries: a one-writer blog's box (a multi-writer site's owner box credits nobody)
    elif name := _linked_by(parts, cards):
        out.author, out.sources["author"] = name, "linked-by"  # "Posted in CATEGORY by NAME" under the post, the
        # name linked to the writer's page: the theme's byline, in its footer line
    elif name := _head_credit(parts, cards):
        out.author, out.sources["author"] = name, "head-credit"  # (round 22) the markup names no one: the credit
        # under the headline does ("DATE · Prepared by: «NAME» LLC's team · 1,745 reads")
    elif name := _label_cell(parts):
        out.author, out.sources["author"] = name, "label-cell"
    elif name := _field_rows_writer(parts):
        out.author, out.sources["author"] = name, "field-rows"  # "Datum: DATE / Autor: NAME / Quelle: SITE"
    elif name := _publisher_cell(parts):
        out.author, out.sources["author"] = name, "publisher-cell"
    elif name := _dated_name_line(parts):
        out.author, out.sources["author"] = name, "dated-name-line"
    elif answered := accepted_answer_card(texts := [b.text for b in parts.blocks[:400]]) or answer_card(texts):
        out.author, out.sources["author"] = answered.name, "answer-card"  # "answered DATE by NAME 12.4k": the
        # card of the answer marked accepted first, though another sits above it (SPEC: the accepted answer)
    elif name := _caption_writer(parts):
        out.author, out.sources["author"] = name, "caption-writer"
    elif name := _avatar_writer(parts):
        out.author, out.sources["author"] = name, "avatar-writer"  # the byline slot holds her avatar alone, linked
        # to her writer's page: its alt text is the only credit (SPEC: an alt text saying who wrote the piece)
    elif org := content_source([block.text for block in parts.blocks[:CAPTION_REACH]]):
        out.author, out.sources["author"] = org, "content-source"  # an unsigned public page: the body its "Content
        # source: BODY, Division" line names (SPEC r20), read here as the boilerplate stage drops it as chrome
    elif name := _public_publisher(articles):
        out.author, out.sources["author"] = name, "public-publisher"  # a public body's own guidance, no one named
    if (dropped := courtesy_word_dropped(out.author, visible_text)) is not None:
        out.author, out.sources["author"] = dropped[0], out.sources["author"] + "+courtesy-dropped"  # "بانُک NAME"
        # over an author box opening "NAME ...": the word is an address (Mrs, Mr), not her name (SPEC)


# "by" before a name a theme links to the writer's page, anywhere in its line: "Posted in Home Care by NAME", "Filed
# under Tools by NAME" (the words before it are the theme's, a category or a date)
LINKED_BY = re.compile(r"(?:^|\s)(?:by|von|par|por|door|av)\s+$", re.I)
# ... unless the "by" credits another role than the writing: the reviewer, the checker, the editor, the translator,
# the pictures' maker (SPEC: none of them is a writer), though the site links her staff page as it links a writer's
OTHER_ROLE_BY = re.compile(r"\b(?:reviewed|checked|edited|updated|translated|illustrated|photographed|illustrations?"
                           r"|photos?|photographs?|photography|pictures?|images?|artwork)\s+(?:by|von|par|por|door)\s+$",
                           re.I)
LINKED_BY_MAX_CHARS = 200  # a footer's or header's meta line, not a paragraph that mentions a writer


def _linked_by(parts: PageParts, cards: set[tuple[int, str]] | None) -> str | None:
    """The person a short meta line names after "by" through a link to her page on the site (``/author/NAME/``,
    ``AUTHOR_PAGE``): a theme's "Posted in CATEGORY by NAME" line under the post, read where no other credit names
    anyone; outside comments and teaser cards. Else ``None``.

    >>> from .html_main import Block
    >>> link = {"rel": "author-page", "href": "/author/ann/", "text": "Ann Lee", "block": "1"}
    >>> parts = PageParts(blocks=[Block("Text.", 0), Block("Posted in Tools by Ann Lee Tagged saws", 1)],
    ...                   links=[link], sigs=["p.", "footer.entry-footer"], parents=[-1, -1], tags=["p", "footer"])
    >>> _linked_by(parts, set())
    'Ann Lee'
    >>> parts.blocks[1] = Block("Ann Lee wrote about saws in Tools", 1)  # a link, but no "by" before it
    >>> _linked_by(parts, set())
    >>> parts.blocks[1] = Block("Medically reviewed by Ann Lee", 1)  # a reviewer's team page: no writer (SPEC)
    >>> _linked_by(parts, set())
    """
    for link in parts.links:
        if link.get("rel") != "author-page" or not (name := link.get("text") or "") or not link.get(
                "block", "").isdigit() or int(link["block"]) >= len(parts.blocks):
            continue
        block = parts.blocks[int(link["block"])]
        at = block.text.find(name)
        if at < 0 or len(block.text) > LINKED_BY_MAX_CHARS or not LINKED_BY.search(block.text[:at]):
            continue
        if OTHER_ROLE_BY.search(block.text[:at]):
            continue  # "Medically reviewed by NAME", "Illustrations by NAME": her team page, another role's credit
        if _in_comments(parts, block.elem):
            continue
        cards = _card_kinds(parts) if cards is None else cards
        if _in_cards(parts, block.elem, cards):
            continue
        cleaned = clean_author(name)
        if cleaned and is_person_name(cleaned):
            return cleaned
    return None


# The class a page gives its review or checking credit ("reviewed", "medically-reviewed", "fact-checked",
# "checked-by"): the credit names the person who checked the piece, in any language. (Not "review" nor "reviewer":
# a game's or a product's review is its reviewer's article.)
REVIEW_CLASS = re.compile(r"reviewed(?![a-z])|fact-?check(?:ed|er)?(?![a-z])|checked-?by", re.I)
REVIEW_CREDIT_MAX_CHARS = 200  # a credit line, not a section of the page


def _shown_as_reviewer(name: str, parts: PageParts) -> bool:
    """Whether every block of the page showing ``name`` stands in an element whose class (or an ancestor's) names a
    review or checking credit (:data:`REVIEW_CLASS`), and one does: the page shows the person as its reviewer.

    >>> from .html_main import Block
    >>> parts = PageParts(blocks=[Block("Text.", 0), Block("Checked: Dr Ann Lee, nurse", 1)], parents=[-1, -1],
    ...                   sigs=["p.", "p.reviewed"], tags=["p", "p"])
    >>> _shown_as_reviewer("Ann Lee", parts), _shown_as_reviewer("Bo Ng", parts)
    (True, False)
    >>> parts.blocks.append(Block("By Ann Lee", 0))
    >>> _shown_as_reviewer("Ann Lee", parts)
    False
    """
    shown = [block for block in parts.blocks if name in block.text]
    return bool(shown) and all(len(block.text) <= REVIEW_CREDIT_MAX_CHARS and any(
        REVIEW_CLASS.search(parts.sigs[a].partition(".")[2])
                                   for a in _ancestors(parts, block.elem)) for block in shown)


def _unit_of(name: str, parts: PageParts) -> str | None:
    """The body a page's "Content source: BODY, UNIT" line names where ``name`` (the markup's author) is the unit
    it places under the body ("Energy Advice Service"), else ``None``.

    >>> from .html_main import Block
    >>> parts = PageParts(blocks=[Block("Text.", 0), Block("Content source: Fenmoor Council, Energy Service", 1)])
    >>> _unit_of("Energy Service", parts), _unit_of("Ann Lee", parts), _unit_of("Fenmoor Council", parts)
    ('Fenmoor Council', None, None)
    """
    folded = name.casefold()
    for block in parts.blocks[:CAPTION_REACH]:
        if folded in block.text.casefold() and (org := content_source([block.text])) is not None and (
                folded not in org.casefold()):
            return org
    return None


# The links that name a writer: to her page on the site ("/author/NAME/"), or marked rel="author" (read beside a
# byline's own rel="author" link only: teaser cards of other posts mark theirs so too)
WRITER_LINKS = ("author-page", "author")


def _linked_co_authors(parts: PageParts, marked: str, rels: tuple[str, ...] = ("author-page",)) -> str | None:
    """The writers one short block links each to her page on the site ("Ann Lee, Bo Ng" over two links to
    "/author/..."), joined by " and " in the block's order, where they are two or more and the markup's author
    (``marked``) is one of them; else ``None``. A link list of the site's other writers (a sidebar, a post card)
    names no one the markup names, or holds a block longer than a credit. ``rels``: the kinds of link read
    (:data:`WRITER_LINKS`).

    >>> from .html_main import Block
    >>> links = [{"rel": "author-page", "text": name, "block": "0"} for name in ("Ann Lee", "Bo Ng")]
    >>> parts = PageParts(blocks=[Block("Ann Lee, Bo Ng", 0)], sigs=["h4.author-name"], parents=[-1], links=links)
    >>> _linked_co_authors(parts, "Ann Lee"), _linked_co_authors(parts, "Cy Oduya")
    ('Ann Lee and Bo Ng', None)
    >>> parts.blocks[0] = Block("Written by Ann Lee | Updated by Bo Ng | 3 May 2024", 0)  # an editor's update
    >>> _linked_co_authors(parts, "Ann Lee")
    """
    by_block: dict[str, list[str]] = {}
    for link in parts.links:
        if link.get("rel") in rels and (name := clean_author(link.get("text"))) and is_person_name(name) and (
                not _credited_otherwise(parts, link.get("block") or "", name)):
            names = by_block.setdefault(link.get("block") or "", [])
            if name not in names:
                names.append(name)
    for at, names in by_block.items():
        block = parts.blocks[int(at)] if at.isdigit() and int(at) < len(parts.blocks) else None
        if (len(names) >= 2 and block is not None and len(block.text) <= MAX_CREDIT_CHARS
                and any(_same_people(name, marked) for name in names) and all(name in block.text for name in names)):
            return " and ".join(names)
    return None


# A credit's words right before a name: "Updated by", "Edited by", "Photos:" (what the row says this person did)
CREDIT_LEAD_END = re.compile(r"(?:\bby|[:：])\s*$", re.I)


def _credited_otherwise(parts: PageParts, at: str, name: str) -> bool:
    """Whether the block ``at`` credits ``name`` with another role than the writing: the part of its row holding
    the name ("Written by A | Updated by B | DATE") opens with a credit ("Updated by", "Edited by") that names no
    writer (:func:`_head_writer`). A name listed after another ("A, B", "Written by A and B") is credited as the
    first is.

    >>> from .html_main import Block
    >>> parts = PageParts(blocks=[Block("Written by Ann Lee | Updated by Bo Ng", 0)])
    >>> _credited_otherwise(parts, "0", "Bo Ng"), _credited_otherwise(parts, "0", "Ann Lee")
    (True, False)
    """
    block = parts.blocks[int(at)] if at.isdigit() and int(at) < len(parts.blocks) else None
    if block is None:
        return False
    for part in ROW_PARTS.split(block.text):
        if (where := part.find(name)) > 0 and CREDIT_LEAD_END.search(part[:where]):
            return _head_writer(part) is None
    return False


LOGIN_PARTS = re.compile(r"[_.\d-]+")
ACCOUNT_WORDS = NOT_A_PERSON | DEPARTMENTS | {"ops", "cms", "seo", "user", "wp"}  # an account's or a desk's words


# An account's word glued to a prefix or a suffix in a one-word login ("wpadmin", "siteadmin", "adminblog"), or a
# newsroom's one-word name in the language tables ("webredaktion", "onlineredakcja": a site's desk, never a person)
GLUED_ACCOUNT_WORDS = ("admin", "webmaster", *(w for w in folded("desk") if w.isalpha() and len(w) >= 7))
MIN_GLUED_PART = 2  # the letters beside the account's word: "wp", "site"


def _account_login(name: str) -> bool:
    """Whether a markup author is a site's account, not a person's login: a login (:data:`LOGIN`) one of whose parts
    names an account or a desk ("hhh_admin", "webteam2", "content_ops"), or one word in lower case with an admin's
    word glued to its start or end ("wpadmin"); "ann.lee" or "kasia_k" may be a writer's.

    >>> _account_login("hhh_admin"), _account_login("sv_team"), _account_login("ann.lee"), _account_login("Admin")
    (True, True, False, False)
    >>> _account_login("wpadmin"), _account_login("adminblog"), _account_login("madmin"), _account_login("kadmina")
    (True, True, False, False)
    >>> _account_login("vt-webadmin"), _account_login("webredaktion"), _account_login("ann-lee")  # glued, then joined
    (True, True, False)
    """
    if name.isalpha() and name.islower():
        return _glued_account(name)
    return bool(LOGIN.fullmatch(name)) and any(part in ACCOUNT_WORDS or _glued_account(part)
                                               for part in LOGIN_PARTS.split(name.casefold()))


def _glued_account(word: str) -> bool:
    """Whether one lower-case word glues an account's word to a prefix or a suffix ("wpadmin", "webredaktion")."""
    return any(len(word) - len(glued) >= MIN_GLUED_PART and (word.startswith(glued) or word.endswith(glued))
               for glued in GLUED_ACCOUNT_WORDS)


ASKED_CARD = re.compile(r"^asked\s+(?=[^\n]{0,40}\d)", re.I)  # "asked Jan 4 at 21:17 NAME 131": the question's card
MAX_ASKED_CARD_CHARS = 120  # the card: the date, the name, the score


def _asker_card(parts: PageParts, name: str) -> bool:
    """Whether the page's question card ("asked DATE NAME 131") names ``name``: the markup's author is the asker.

    >>> from .html_main import Block
    >>> _asker_card(PageParts(blocks=[Block("asked Jan 4 at 21:17 kit_w 131", 0)]), "kit_w")
    True
    >>> _asker_card(PageParts(blocks=[Block("I asked kit_w in 2019.", 0)]), "kit_w")
    False
    """
    return any(len(block.text) <= MAX_ASKED_CARD_CHARS and ASKED_CARD.match(block.text) and name in block.text
               for block in parts.blocks[:CAPTION_REACH])


def _box_writer(parts: PageParts) -> str | None:
    """The person an author box headed "About the writer" names (its heading and bio one element: a byline
    element), outside the comments and the members' cards; else ``None``.

    >>> from .html_main import Block
    >>> _box_writer(PageParts(bylines=[("class", "About the writer Ana Reis keeps bees in Porto.", 0)], sigs=["aside."],
    ...                       parents=[-1], tags=["aside"], chrome=[""]))
    'Ana Reis'
    """
    for cue, text, elem in parts.bylines:
        if BOX_HEADING.match(text) and not _member_card(parts, cue, elem) and not _in_comments(parts, elem) and (
                name := _boxed_name(text)) is not None and is_person_name(name):
            return name
    return None


def _box_spelling(short: str, parts: PageParts) -> str | None:
    """The full name a writer's box or another credit element of the page gives for a byline's name cut to
    initials ("Jörg W.", "J. Ødegaard"), outside the comments and the members' cards; else ``None``.

    >>> _box_spelling("Ana R.", PageParts(bylines=[("class", "by Ana R.", 0), ("class", "About me Ana Reis is a vet.",
    ...                                   1)], sigs=["div.byline", "aside.author"], parents=[-1, -1], chrome=["", ""]))
    'Ana Reis'
    """
    return next((full for cue, text, elem in parts.bylines if not _member_card(parts, cue, elem)
                 and not _in_comments(parts, elem) and (full := spelled_out_in(short, text)) is not None), None)


def _never_shown(name: str, parts: PageParts) -> bool:
    """Whether no block of the page's text holds ``name`` (nor its surname alone), its letters folded: a name the
    markup alone gives.

    >>> from .html_main import Block
    >>> _never_shown("Ann Lee", PageParts(blocks=[Block("Text by Bo.", 0)])), _never_shown("Ann Lee", PageParts(
    ...     blocks=[Block("Thanks, Mrs Lee!", 0)]))
    (True, False)
    """
    words = _folded(name).split()
    if not words:
        return False
    return not any(words[-1] in _folded(block.text) for block in parts.blocks)


def _caption_writer(parts: PageParts) -> str | None:
    """The writer a caption names where the page has no byline ("NAME, who wrote this guide, on the trail"), outside
    the comments, or a picture's alt text ("NAME, who writes every recipe on this blog, at her stove"); else
    ``None`` (SPEC: a caption or alt text saying who wrote the piece is a byline).

    >>> _caption_writer(PageParts(alts=["Marisol, who writes every recipe on this blog, at her oven"]))
    'Marisol'
    """
    for block in parts.blocks[:CAPTION_REACH]:
        if "wrote" in block.text and (named := original_writer(block.text)) is not None and not _in_comments(
                parts, block.elem):
            return named.name
    return next((named.name for alt in parts.alts if (named := original_writer(alt)) is not None), None)


CAPTION_REACH = 400  # blocks: a long page's end holds other pieces' teasers and comments


def _linked_in_byline(parts: PageParts, cards: set[tuple[int, str]] | None) -> str | None:
    """The person's full name a writer's byline element links to her page on the site ("da <a href=/team/x>NAME</a>,
    ROLE": the words around the link in a language no table reads); ``None`` where no byline element does so.

    >>> link = {"rel": "author-page", "href": "/team/ana", "text": "Ana Reis", "block": "0"}
    >>> parts = PageParts(bylines=[("class", "da Ana Reis, mecanicra", 0)], sigs=["span.byline"], parents=[-1],
    ...                   links=[link], tags=["span"], chrome=[""])
    >>> _linked_in_byline(parts, set())
    'Ana Reis'
    >>> _linked_in_byline(PageParts(bylines=parts.bylines, sigs=parts.sigs, parents=[-1], links=[], tags=["span"],
    ...                             chrome=[""]), set())
    """
    linked = [name for link in parts.links if link.get("rel") == "author-page"
              and (name := clean_author(link.get("text"))) and is_full_name(name)]
    for cue, text, elem in parts.bylines if linked else ():
        if _writers_byline(parts, cue, elem) and not _in_cards(parts, elem, _card_kinds(parts) if cards is None
                                                               else cards):
            if (name := next((name for name in linked if name in text), None)) is not None:
                return name
    return None


def _avatar_writer(parts: PageParts) -> str | None:
    """The person whose avatar alone is the first link to a writer's page ("/contributors/NAME" around an image whose
    alt text is her full name) in the article's own parts, outside the comments; else ``None``. Asked only where no
    other credit names anyone. An avatar in the page's chrome (a sidebar's "Popular this week", the masthead's nav,
    the footer, a related-posts widget) shows some writer of the site, not this article's (review r27 B7).

    >>> link = {"rel": "author-page", "href": "/contributors/c-12", "text": "Ana Reis", "block": "0", "avatar": "1"}
    >>> _avatar_writer(PageParts(links=[link])), _avatar_writer(PageParts(links=[{**link, "text": "Reading time"}]))
    ('Ana Reis', None)
    >>> page = PageParts(links=[{**link, "elem": "1"}], tags=["article", "aside"], parents=[-1, 0],
    ...                  chrome=["", "tag:aside"])
    >>> _avatar_writer(page)  # a sidebar's avatar: no writer
    """
    for link in parts.links:
        if link.get("rel") != "author-page" or not link.get("avatar"):
            continue
        block = int(link.get("block") or 0)
        if block < len(parts.blocks) and _in_comments(parts, parts.blocks[block].elem):
            return None  # a commenter's picture: the piece's own credit stands above the comments
        if _in_page_chrome(parts, int(link.get("elem") or -1)):
            continue  # a sidebar's, a nav's or a widget's avatar: not the article's writer
        name = clean_author(link.get("text"))
        return name if name and is_full_name(name) else None
    return None


# The chrome that shows other writers than the article's: the walk's reasons (html_main._chrome_reason) for a
# sidebar, a nav, a footer, a masthead, a widget of related or popular posts; not its "article-meta" row, the
# byline's own place.
SITE_CHROME = re.compile(r"^(?:tag:(?:aside|nav|footer|header)|role:(?:navigation|complementary|contentinfo|banner)"
                         r"|(?:class|id):.*(?:sidebar|widget|related|popular|trending|recommend|masthead))", re.I)


def _in_page_chrome(parts: PageParts, elem: int) -> bool:
    """Whether an element sits in the site's chrome (an ancestor whose walk reason ``SITE_CHROME`` reads: aside,
    nav, footer, a widget's class), an article's own header excepted (its meta row is the article's).

    >>> parts = PageParts(tags=["body", "article", "header", "aside"], parents=[-1, 0, 1, 0],
    ...                   chrome=["", "", "tag:header", "tag:aside"])
    >>> _in_page_chrome(parts, 2), _in_page_chrome(parts, 3), _in_page_chrome(parts, -1)
    (False, True, False)
    >>> _in_page_chrome(PageParts(tags=["article", "div"], parents=[-1, 0], chrome=["", "class:article-meta"]), 1)
    False
    """
    chain, steps = [], 0
    while 0 <= elem < len(parts.chrome) and steps < 60:
        chain.append(elem)
        elem, steps = parts.parents[elem], steps + 1
    for depth, i in enumerate(chain):
        if SITE_CHROME.match(parts.chrome[i]) and not (parts.chrome[i] == "tag:header"
                                    and any(parts.tags[j] == "article" for j in chain[depth + 1:])):
            return True
    return False


# A thread's opening post in JSON-LD: a forum's or a community site's question with the replies under it.
THREAD_TYPE = re.compile(r"^(?:discussionforumposting|socialmediaposting)$", re.I)


def _top_reply(parts: PageParts, articles: list, asker: str) -> str | None:
    """The writer of the top reply on a thread whose opening post asks a question (its headline ends in "?") and
    whose JSON-LD names the asker as the posting's author: SPEC reads a thread for its accepted or top reply, and the
    reply's byline is the first in the comments naming someone other than the asker; ``None`` on any other page.

    >>> parts = PageParts(sigs=["div.comments", "a.comment-author", "a.comment-author"], parents=[-1, 0, 0],
    ...                   bylines=[("class", "fox_9", 1), ("class", "Bo Ng", 2)])
    >>> posting = {"@type": "DiscussionForumPosting", "headline": "Which pan?", "author": {"name": "fox_9"}}
    >>> _top_reply(parts, [posting], "fox_9"), _top_reply(parts, [{**posting, "headline": "My pans"}], "fox_9")
    ('Bo Ng', None)
    """
    if not any(THREAD_TYPE.match(str(o.get("@type") or "")) and str(o.get("headline") or o.get("name") or "")
               .rstrip().endswith("?") and asker in [clean_author(n) for n in _names(o.get("author"))]
               for o in articles):
        return None
    for _, text, elem in parts.bylines:
        if _in_comments(parts, elem) and not DESCRIPTION.search(parts.sigs[elem]):
            name = clean_author(text, handles=True)
            if name and name != asker and name[0].isalnum():  # "[deleted]": a removed reply names nobody
                return name
    return None


def article_byline(parts: PageParts, article: int) -> str | None:
    """The writer the markup names inside one article element of a page of several (a blog's front page of whole
    posts, a newsletter's web issue, each article with its own ``.byline``, ``rel=author`` or ``itemprop=author``
    element): its first byline element that names someone; ``None`` when it has none. A member's card, an author's
    description and a comment's byline are not the article's.
    """
    for cue, text, elem in parts.bylines:
        if elem > article and inside(parts, elem, article) and _writers_byline(parts, cue, elem):
            if name := _byline_name(text):
                return _page_case(_organisation(name), parts)
    return None


def _writers_byline(parts: PageParts, cue: str, elem: int) -> bool:
    """Whether a byline element may name the article's writer: not a member's card, not a description of the
    writer, not inside the comments (the page's markup author and each article's read the same elements)."""
    return not _member_card(parts, cue, elem) and not DESCRIPTION.search(parts.sigs[elem]) and not (
        _in_comments(parts, elem))


def _member_card(parts: PageParts, cue: str, elem: int) -> bool:
    """Whether a byline element is a member's card on Q&A or forum software: html_main's cue for one, or a card
    whose class says so though its microdata also marks the author (Stack Exchange's ``<div class="user-details"
    itemprop="author">`` names the asker and each answerer alike)."""
    classes = parts.sigs[elem].partition(".")[2]
    return cue == USER_CARD or cue == "itemprop" and USER_CARD_CUES.search(classes) is not None


FIELD_ROW = regex.compile(r"^[^:\d]{2,30}:\s*")  # a row's label and its colon, "Last Updated: ..."


def _byline_name(text: str) -> str | None:
    """The name a byline element's text gives: an author box's (:func:`_boxed_name`), else the text cleaned (the
    date and reading time the element runs on after the name cut off: "By NAME 28 January 2025 7 min read").

    >>> _byline_name("By Ann Lee 28 January 2025 7 min read"), _byline_name("By Ann Lee, March 3, 2025")
    ('Ann Lee', 'Ann Lee')
    >>> _byline_name("Jul 5, 2024"), _byline_name("Sara Lind Stand: 5. März 2024")
    (None, 'Sara Lind')
    >>> _byline_name("Last Updated: April 9, 2024 · References")  # a row of dates: no name
    >>> _byline_name("By Lena Mai 12 March 2025"), _byline_name("By Rosa Avril 3 May 2024")  # surnames, not months
    ('Lena Mai', 'Rosa Avril')
    >>> _byline_name("Kaydedeni: admin")  # (a label no table holds before a CMS's account: nobody)
    """
    listed = listed_writers(ROW_PARTS.split(text, maxsplit=1)[0])  # "A, Prof. B & C · 18 June 2024": all three
    found = _boxed_name(text) or (listed.name if listed else None) or clean_author(text, handles=True)
    if found and ":" in found and (labelled := _labelled_writer(text)) is not None:
        found = labelled  # "LABEL: NAME, role" in a language whose label no table holds: the name after it
    if found and ":" in found and found.rpartition(":")[2].strip().casefold() in NOT_NAMES:
        return None  # "LABEL: admin" in a language whose label no table holds: a CMS's account, nobody's name
    if found is None and (dated := BYLINE_DATE_TAIL.search(text)) is not None and dated.start() > 0 and (
            (head := clean_author(DATE_LABEL_END.sub("", text[:dated.start()]))) is not None
            and len(head.split()) >= 2
            and is_person_name(head)):
        found = head  # (a full name before the date: "Jul 5, 2024" alone names nobody)
    if found and (label := FIELD_ROW.match(found)) is not None and any(c.isdigit() for c in found[label.end():]):
        return None  # "Last Updated: April 9": the element's row of dates, left when its name stood elsewhere
    return _without_postposition(found) if found else found


def _without_postposition(name: str) -> str:
    """A byline element's name without the one lower-case word it ends in where the words before it are a full
    name and the whole is none: a language that writes its "by" after the writer (Oromo "NAME irraa", Turkish
    "NAME tarafından"), whichever the language, as the element is classed as the byline.

    >>> _without_postposition("Caaltu Gammadaa irraa"), _without_postposition("Ann Lee")
    ('Caaltu Gammadaa', 'Ann Lee')
    >>> _without_postposition("Ludwig van der Berg"), _without_postposition("the desk team")
    ('Ludwig van der Berg', 'the desk team')
    >>> _without_postposition("Ann Lee jr")  # a generation suffix is the name's own: written as a name writes it
    'Ann Lee Jr'
    """
    head, _, last = name.rpartition(" ")
    if last.casefold() in NAME_SUFFIXES and is_person_name(f"{head} {last.capitalize()}"):
        return f"{head} {last.capitalize()}"
    if (len(head.split()) >= 2 and last.isalpha() and last.islower() and is_person_name(head)
            and not is_person_name(name)):
        return head
    return name


def _other_role(text: str) -> bool:
    """Whether a credit opens with a label for another role than the writing ("Editor: NAME", "Redakcja: NAME")."""
    m = CREDIT_LABEL.match(text.strip())
    return m is not None and any(w.casefold().startswith(OTHER_ROLE_STEMS) for w in m["label"].split())


def _labelled_writer(text: str) -> str | None:
    """The person a byline element credits after a one-word label and a colon, in any language ("Muallif: NAME,
    role", "Awdur: NAME"): the element is classed as the byline, so its label credits the writing unless it names
    another role (:data:`OTHER_ROLE_STEMS`, attribution's picture and review words); ``None`` otherwise.

    >>> _labelled_writer("Muallif: Dilnoza Rahimova, bo'lim boshlig'i"), _labelled_writer("Editor: Dilnoza Rahimova")
    ('Dilnoza Rahimova', None)
    >>> _labelled_writer("Fotograf: Dilnoza Rahimova"), _labelled_writer("Muallif: the desk")
    (None, None)
    """
    m = CREDIT_LABEL.match(text.strip())
    if m is None or len(m["label"].split()) != 1 or _other_role(text):
        return None
    named = credit_line(ROW_PARTS.split(text.strip(), maxsplit=1)[0])
    return named.name if named is not None and is_person_name(named.name) else None


# the label of the date after the name ("Sara Lind Stand: 05.03.2024", "Ann Lee Updated: May 3"): no part of it
DATE_LABEL_END = re.compile(r"\s+[^\W\d_]+\.?\s*:\s*$")
# the date a byline element runs on after the writer's name ("... 28 January 2025 · 7 min read", "..., March 3,
# 2025"): the first token that opens with a digit, or a month's name over a day's number, English or of the language
# tables (round 27: a Meitei byline run on into "ꯃꯦꯔꯥ ꯱꯲, ꯲꯰꯲꯵" kept the month as the name's last word). Another
# language's month must stand in a whole date (its day then a year or the row's end or separator, or its year):
# the tables' 1,045 names hold English name-words ("Mai", "Mei", "Avril"), and "Lena Mai 12 March 2025" is a
# surname before the date, not a month (review r27 B8).
DATE_AFTER_MONTH_ABROAD = r"\.?\s+(?:\d{1,2}(?:\s*,?\s*\d{4}\b|\s*$|\s*[·|•,])|\d{4}\b)"
BYLINE_DATE_TAIL = re.compile(rf"(?<!\s)(?:,?\s+|\s*[·|•]\s*)(?:\d|(?:{'|'.join(MONTH_STEMS)})[a-z]*\.?\s+\d"
                              rf"|(?:{'|'.join(m for m in MONTHS_ABROAD if len(m) > 2)}){DATE_AFTER_MONTH_ABROAD})",
                              re.I)


# An element whose class says it describes the writer ("author-desc", "author-description", "author-bio"): the
# writer's tagline or bio ("Olive grower from Messinia, ..."), never the writer's name.
DESCRIPTION = re.compile(r"(?:^|[\s.])[\w-]*(?:desc|description|bio|biography|tagline)(?:$|[\s.])", re.I)


# an author box's heading glued to its bio ("About the writer NAME has ...", "About the author: NAME ...")
BOX_HEADING = re.compile(r"^about\s+the\s+(?:guest\s+)?(?:author|writer|blogger)\s*[:\-–—]?\s+(?=\S)", re.I)


OWN_BOX_REACH = 2  # the bio is the box heading's next block or the one after it (a portrait's alt text between)


def _own_blog_box(parts: PageParts) -> str | None:
    """The person a box headed "About the author" or "About me" names at its bio's start ("NAME grew up in ..."),
    where the page's © line names the same person: the blog is hers, and so is the post (SPEC: a box about a
    multi-writer site's owner credits nobody, a one-writer blog's credits its writer). Outside the comments; else
    ``None``.

    >>> from .html_main import Block
    >>> blocks = [Block("Post text.", 0), Block("About me", 1, kind="h"), Block("Ana Reis bakes in Porto.", 2),
    ...           Block("© 2025 Ana Reis", 3)]
    >>> parts = PageParts(blocks=blocks, parents=[-1] * 4, sigs=["p."] * 4, tags=["p"] * 4)
    >>> _own_blog_box(parts)
    'Ana Reis'
    >>> parts.blocks[3] = Block("© 2025 Porto Bakes Media", 3)  # the site's ©, not hers: a standing owner box
    >>> _own_blog_box(parts)
    """
    for k, block in enumerate(parts.blocks):
        if block.kind != "h" or not is_about_box(block.text):
            continue
        for bio in parts.blocks[k + 1:k + 1 + OWN_BOX_REACH]:
            named = name_in_bio(bio.text)
            if named is None or not is_person_name(named.name) or _in_comments(parts, bio.elem):
                continue
            if any("©" in other.text and named.name in other.text for other in parts.blocks):
                return named.name
    return None


def _bio_line(parts: PageParts) -> str | None:
    """The person the first "About the writer: NAME is ..." line of the page names (:func:`_boxed_name`), outside
    the comments, else ``None``.

    >>> from .html_main import Block
    >>> _bio_line(PageParts(blocks=[Block("Text.", 0), Block("About the writer: Ana Reis is a vet in Porto.", 1)],
    ...                     parents=[-1, -1], sigs=["p.", "div.box"], tags=["p", "div"]))
    'Ana Reis'
    """
    for block in parts.blocks[:CAPTION_REACH]:
        if BOX_HEADING.match(block.text) and (name := _boxed_name(block.text)) is not None and is_person_name(
                name) and not _in_comments(parts, block.elem):
            return name
    return None


def _boxed_name(text: str) -> str | None:
    """The writer an author box names when its heading and bio come as one text ("About the Author Nomvula
    Dlamini-Okafor is a budgeting coach ..."), else ``None``.

    >>> _boxed_name("About the Author Ana Reis is a vet in Porto."), _boxed_name("Ana Reis")
    ('Ana Reis', None)
    """
    rest = BOX_HEADING.sub("", text, count=1) if BOX_HEADING.match(text) else bio_start(text)
    named = name_in_bio(rest) if rest else None
    return named.name if named is not None else None


MIN_LISTED = 3  # alike bylines naming this many writers are a list of other articles


def _listed_bylines(parts: PageParts) -> set[str]:
    """The element kinds (tag and class) of bylines repeated down a list of other articles: alike byline elements
    that name ``MIN_LISTED`` writers or more ("Von Ann Lee am 8.12.", "Von Bo Ng am 6.12.", ...). The article's
    own byline names its writer (or two, a co-credit) however often the theme repeats it; a blog's front page of
    whole posts names its one or two bloggers.

    >>> parts = PageParts(sigs=["div.item-author"], bylines=[("class", f"Von {n} am 1.12.", 0) for n in
    ...                                                       ("Ann Lee", "Bo Ng", "Ann Lee", "Cy Oduya")])
    >>> _listed_bylines(parts)
    {'div.item-author'}
    """
    names: dict[str, list[str | None]] = {}
    for cue, text, elem in parts.bylines:
        if cue == "class":
            names.setdefault(parts.sigs[elem], []).append(clean_author(text))
    return {sig for sig, found in names.items() if len(set(found) - {None}) >= MIN_LISTED}


ORGANISATION_TYPES = frozenset({"organization", "organisation", "corporation", "newsmediaorganization",
                                 "medicalorganization", "educationalorganization", "ngo", "localbusiness"})


def _ld_organisation(articles: list) -> bool:
    """Whether the JSON-LD gives the piece's author as an organisation by its type ("@type": "Organization"),
    however much its name reads like a person's ("Deskbound Health"): the site's own body, outranked by a credit
    in the text naming the person who wrote it.

    >>> _ld_organisation([{"author": {"@type": "Organization", "name": "Kestrel Health"}}])
    True
    >>> _ld_organisation([{"author": [{"@type": "Person", "name": "Ann Lee"}]}]), _ld_organisation([{"author": "X"}])
    (False, False)
    """
    for o in articles:
        authors = o.get("author")
        for a in authors if isinstance(authors, list) else [authors]:
            kinds = a.get("@type") if isinstance(a, dict) else None
            if any(str(k).lower() in ORGANISATION_TYPES for k in (kinds if isinstance(kinds, list) else [kinds])):
                return True
    return False


# The schema.org types of a public body: a council's, an agency's, a ministry's own page is its writing (SPEC).
PUBLIC_BODY_TYPES = frozenset({"governmentorganization", "governmentoffice"})


def _public_publisher(articles: list) -> str | None:
    """The name of the public body the JSON-LD gives as the piece's publisher by its type ("@type":
    "GovernmentOrganization"), else ``None``: a council's or an agency's guidance names no person, and the body is
    its author (SPEC: the team or office named in other fields is part of it).

    >>> _public_publisher([{"publisher": {"@type": "GovernmentOrganization", "name": "Ashdown Borough Council"}}])
    'Ashdown Borough Council'
    >>> _public_publisher([{"publisher": {"@type": "Organization", "name": "Kestrel Health"}}])
    """
    for o in articles:
        body = o.get("publisher")
        for a in body if isinstance(body, list) else [body]:
            kinds = a.get("@type") if isinstance(a, dict) else None
            if any(str(k).lower() in PUBLIC_BODY_TYPES for k in (kinds if isinstance(kinds, list) else [kinds])) and (
                    name := clean_author(str(a.get("name") or ""))) is not None and not is_person_name(name):
                return name
    return None


def _body(name: str) -> bool:
    """Whether a markup author names a body (a company, a club, a magazine), not a person: not a person's name, nor
    one word written as a first name or a login is ("Ela", "tobi"), which a blogger signs with.

    >>> _body("Bund der Verbraucher e.V."), _body("L-MAG"), _body("Ela"), _body("tobi"), _body("Ann Lee")
    (True, True, False, False, False)
    >>> _body("Ann Lee; Bo Ng"), _body("Ann Lee und Bo Ng")
    (False, False)
    """
    if all(is_person_name(part.strip()) for part in MORE_THAN_ONE.split(name)):
        return False  # a person, or several: "Ann Lee; Bo Ng"
    return len(name.split()) > 1 or not (name.islower() or name[:1].isupper() and name[1:].islower())


# Where a candidate author comes from the page's fields for machines (JSON-LD, <meta>), not from its visible text.
MARKUP_FIELDS = ("json-ld", "citation-author", "meta-", "article:author", "dc.creator", "written-by-label")
HEAD_CREDIT_REACH = 4  # blocks after the headline: the credit row stands with the standfirst, the kicker, the date
# A credit that names the writing under a headline: "By NAME", "Words by NAME", "Recipe by NAME", "Story by NAME",
# a live blog's "Live coverage by NAME and NAME"
# (not "Updated by", "Photography by", "With reporting by": an editor's, a picture's, a contributor's credit).
HEAD_CREDIT = re.compile(r"^(?:(?:words|text|story|recipe|article|column|interview|report|(?:live\s+)?coverage)\s+)?"
                         r"by\s+\S", re.I)
# A Japanese name with its given name in kana ("山本さくら"), beside the Han and Hangul names attribution knows.
KANA_NAME = regex.compile(r"\p{Han}{1,3}[\p{Han}\p{Hiragana}\p{Katakana}]{1,4}")


def _head_credit(parts: PageParts, cards: set[tuple[int, str]] | None) -> str | None:
    """The writer the visible credit under the article's headline (its ``<h1>``) names, within ``HEAD_CREDIT_REACH``
    blocks and before the next heading ("By NAME | Updated by NAME on DATE", "Words by NAME · Illustrations by
    NAME", "Recipe by NAME Photography by NAME"): a person's name, else ``None``.

    >>> from .html_main import Block
    >>> parts = PageParts(blocks=[Block("Frost jobs", 0, kind="h"), Block("By Ann Lee | Updated by Bo Ng", 1)],
    ...                   sigs=["h1.title", "div.meta"], parents=[-1, -1])
    >>> _head_credit(parts, set())
    'Ann Lee'
    >>> parts.blocks[1] = Block("Updated by Bo Ng on 3 May", 1)
    >>> _head_credit(parts, set())
    >>> parts.blocks[1] = Block("Written by Ann Lee, nurse\\nMedically reviewed by Dr Bo Ng · 3 May 2024", 1)
    >>> _head_credit(parts, set())
    'Ann Lee'
    >>> parts.blocks[1] = Block("By Ann Lee, RN & Bo Ng, MSc\\nwith Cy Po", 1)  # the credit wrapped at "with"
    >>> _head_credit(parts, set())
    'Ann Lee and Bo Ng and Cy Po'
    """
    top = next((k for k, block in enumerate(parts.blocks) if block.kind == "h" and parts.sigs[block.elem]
                .startswith("h1") and block.text not in parts.site_h1), None)
    if top is None:
        return None
    for block in parts.blocks[top + 1:top + 1 + HEAD_CREDIT_REACH]:
        if block.kind == "h":
            return None
        if "(" in block.text and len(block.text) <= MAX_CREDIT_CHARS and (shift := _shift_credit(block.text)):
            return shift
        # (a credit box may set its credits on lines of their own: "Written by NAME, ROLE" over "Medically reviewed
        # by NAME · DATE", parted by <br>: each line is a credit)
        lines = block.text.split("\n")
        if len(block.text) > MAX_CREDIT_CHARS or (name := next(
                (with_line(found, below) or found for line, below in zip(lines, [*lines[1:], ""], strict=True)
                 if (found := _head_writer(line)) is not None), None)) is None or _in_comments(
                parts, block.elem) or _in_cards(parts, block.elem, _card_kinds(parts) if cards is None else cards):
            continue
        if (is_person_name(name) or KANA_NAME.fullmatch(name) or " and " in name and all(
                is_person_name(part) for part in name.split(" and ")) or credited_company(block.text) == name):
            return name  # (or a company the credit names as one: "Prepared by: «NAME» LLC's team")
    return None


def _head_writer(text: str) -> str | None:
    """The writer a credit row under a headline names, in any of the forms a byline takes there: "By NAME" /
    "Words by NAME" (HEAD_CREDIT), "Written by NAME", a label naming the writing in any language ("Texto: NAME |
    Fotos: NAME", "Tekst: NAME"), a video's or a show's presenter ("Presented by NAME DATE · 4,210 views"), else
    ``None``. Credits for the editing, the review or the pictures name no writer ("Edited by NAME", "Edición: NAME",
    "Medically reviewed by NAME", "Fotos: NAME").

    >>> _head_writer("Written by Ann Lee"), _head_writer("Texto: Inés Ruiz | Fotos: Bo Ng | Edición: Eva Sanz")
    ('Ann Lee', 'Inés Ruiz')
    >>> _head_writer("Presented by Ann Lee 3 May 2024 · 1,200 views · 9:41")
    'Ann Lee'
    >>> _head_writer("Compiled by Ann Lee 11 August 2024 4 min read")  # a roundup's compiler (SPEC: its author)
    'Ann Lee'
    >>> _head_writer("Edited by Ann Lee"), _head_writer("Edición: Eva Sanz"), _head_writer("Fotos: Bo Ng")
    (None, None, None)
    >>> _head_writer("Medically reviewed by Dr Ann Lee"), _head_writer("Updated by Bo Ng on 3 May")
    (None, None)
    >>> _head_writer("4 May 2024 · Words by Ann Lee · Photos by Bo Ng")  # the row opens on its date
    'Ann Lee'
    >>> _head_writer("Ditulis oleh Siti Rahmah Disemak oleh Bo Ng")  # two credits glued, in any language
    'Siti Rahmah'
    """
    if credit := HEAD_CREDIT.match(text):
        # (the names after the credit's "by" where clean_author knows no such opening: "Live coverage by A and B")
        return clean_author(text) or clean_author(text[credit.end() - 1:])
    whole = text
    text = BYLINE_DATE_TAIL.split(text, maxsplit=1)[0]  # the row's date and counts after the name
    if (credit := parse_byline(text) or writing_credit(text)
            or posted_by_abroad(text)) is not None:  # "Ditulis oleh NAME Disemak oleh NAME"
        return clean_author(credit.name)
    if (hosted := HOST_CREDIT.match(text)) is not None:  # the page of a video or an episode: its presenter speaks
        return clean_author(hosted["who"])  # the words it carries
    if (listed := listed_writers(ROW_PARTS.split(whole, maxsplit=1)[0])) is not None:
        return listed.name  # "A, Prof. B & Ing. C · 18 June 2024": three writers, their titles dropped (SPEC)
    if len(row := ROW_PARTS.split(whole)) > 1:  # a row opening on its date: "DATE · Words by NAME · Styling by NAME"
        return next((name for part in row if (name := _head_writer(part)) is not None), None)
    return None


# A live page's contributor line marks whose shift it is after each name: "NAME (now) and NAME (earlier)".
SHIFT_MARK = re.compile(r"(?:(?<!\s)\s+)?\((?:now|earlier|later|previously|before|overnight"
                        r"|until\s[^()]{1,12}|from\s[^()]{1,12})\)", re.I)  # (a blank run from its start only)
NAMES_JOINED = re.compile(r"(?:(?<!\s)\s+)?(?:,|&|\band\b)\s*")  # (a blank run from its start only)


def _shift_credit(text: str) -> str | None:
    """The writers a live page's contributor line names with their shifts marked ("Ann Lee (now) and Bo Ng
    (earlier) 14 Jan 2026 15.10"), the marks and the time after them dropped, joined by "and" in the line's order;
    ``None`` for any other line.

    >>> _shift_credit("Ann Lee (now) and Bo Ng (earlier) Wed 14 Jan 15.10"), _shift_credit("Ann Lee (now)")
    ('Ann Lee and Bo Ng', None)
    """
    marks = list(SHIFT_MARK.finditer(text))
    if len(marks) < 2:
        return None
    names = [name for name in NAMES_JOINED.split(SHIFT_MARK.sub("", text[:marks[-1].end()])) if name]
    return " and ".join(names) if len(names) >= 2 and all(is_person_name(name) for name in names) else None


def _shown_spelling(marked: str, parts: PageParts, cards: set[tuple[int, str]] | None) -> str | None:
    """The writers as the page's byline elements (``rel=author`` links, classed names) write them where the markup
    gives the same list in another script: a JSON-LD author in Latin letters ("Olena Kovalchuk") for a byline in
    Cyrillic ("Олена Ковальчук"). The byline must name as many people as the markup, in its order, each either the
    markup's name with its letters folded or one written in another script; joined by "and" (SPEC: co-authors).
    ``None`` when nothing differs so, or the lists do not match.

    >>> parts = PageParts(sigs=["a.x", "a.x"], parents=[-1, -1], bylines=[("rel", "Олена Ковальчук", 0),
    ...                                                                  ("rel", "Tobias Brandt", 1)])
    >>> _shown_spelling("Olena Kovalchuk; Tobias Brandt", parts, set())
    'Олена Ковальчук and Tobias Brandt'
    >>> _shown_spelling("Olena Kovalchuk; Ann Lee", parts, set()), _shown_spelling("Olena Kovalchuk", parts, set())
    (None, None)
    >>> parts.bylines[1] = ("class", "Автор Олена Ковальчук", 1)  # the element's text, a label before the link's name
    >>> _shown_spelling("Olena Kovalchuk", parts, set())
    'Олена Ковальчук'
    """
    people = [part.strip() for part in MORE_THAN_ONE.split(marked) if part.strip()]
    shown = list(dict.fromkeys(name for cue, text, elem in parts.bylines if _writers_byline(parts, cue, elem)
                               and not _in_cards(parts, elem, _card_kinds(parts) if cards is None else cards)
                               and (name := _byline_name(text)) and is_person_name(name)))
    # a byline element's whole text holding a linked name after a label word no table spells ("ᎤᏬᏪᎳᏅ NAME", wrote
    # it: NAME) names the person its link names
    shown = [name for name in shown if not any(other != name and name.endswith(" " + other) for other in shown)]
    if len(shown) != len(people):
        return None
    other_script = [letter_scripts(theirs) == {"LATIN"} and "LATIN" not in letter_scripts(ours)
                    for ours, theirs in zip(shown, people, strict=True)]
    if not any(other_script) or not all(moved or _folded(ours) == _folded(theirs) for moved, ours, theirs
                                        in zip(other_script, shown, people, strict=True)):
        return None  # (accents alone: _marked_spelling's)
    return " and ".join(shown)


def _fuller_byline(name: str, others: list[tuple[str, str]]) -> tuple[str, str] | None:
    """The byline element among ``others`` that names ``name`` with co-writers ("By A and B" around A's own
    ``rel=author`` link), else ``None``: the whole credit names every writer (SPEC joins co-authors).

    >>> _fuller_byline("Ann Lee", [("byline-rel", "Bo Ng"), ("byline-class", "Ann Lee and Bo Ng")])
    ('byline-class', 'Ann Lee and Bo Ng')
    >>> _fuller_byline("Ann Lee", [("json-ld", "Ann Lee and Bo Ng"), ("byline-class", "Ann Lee")])
    """
    return next(((where, value) for where, value in others if where.startswith("byline-")
                 and len(parts := [part.strip() for part in MORE_THAN_ONE.split(value)]) > 1 and name in parts
                 and all(is_person_name(part) for part in parts)), None)


def _unmangled(text: str) -> str:
    """A byline element's text with its mojibake repaired, as the repair stage mends the page's text later ("ZoÃ«" is
    "Zoë"): a page whose body was encoded twice shows its writer's name so, and the markup's clean staff or
    publisher name would otherwise outrank a byline no name reader can read. Plain text is returned as it is.

    >>> _unmangled("By ZoÃ« Brandt"), _unmangled("By Zoë Brandt")
    ('By Zoë Brandt', 'By Zoë Brandt')
    """
    from ..repairs.encoding import fix_unicode, is_mojibake  # (ftfy, only for a mangled byline)

    return fix_unicode(text)[0] if is_mojibake(text) else text


def _shown_order(marked: str, shown: list[str]) -> str | None:
    """The visible byline's name where it writes the markup's one person with the same words in another order
    (family name first, as East Asian and Hungarian names go, often in capitals: "HAYASHI Tomoe" for JSON-LD's
    "Tomoe Hayashi"), its capitals in the usual case; ``None`` where no byline element does so.

    >>> _shown_order("Tomoe Hayashi", ["HAYASHI Tomoe"]), _shown_order("Zsófia Nagy", ["Nagy Zsófia"])
    ('Hayashi Tomoe', 'Nagy Zsófia')
    >>> _shown_order("Tomoe Hayashi", ["Tomoe Hayashi"]), _shown_order("Tomoe Hayashi", ["Hayashi Kenji"])
    (None, None)
    >>> _shown_order("Ann Lee; Bo Ng", ["Bo Ng and Ann Lee"])  # co-authors' order is another matter
    """
    words = _folded(marked).split()
    if MORE_THAN_ONE.search(marked) or len(words) < 2:
        return None
    for name in shown:
        theirs = _folded(name).split()
        if theirs != words and sorted(theirs) == sorted(words) and not MORE_THAN_ONE.search(name):
            return normalise_case(name)
    return None


def _same_people(shown: str, marked: str) -> bool:
    """Whether a visible credit and a markup author name the same people, however each spells or joins them: their
    names folded to plain letters ("Łucja" is "Lucja"), one's words among the other's ("Ann" and "Ann Lee").

    >>> _same_people("Ann Lee and Bo Ng", "Ann Lee; Bo Ng"), _same_people("Ann", "Ann Lee")
    (True, True)
    >>> _same_people("Ann LeeStaff Writer", "Ann Lee"), _same_people("Ann Lee", "Ann Lee; Bo Ng")
    (True, True)
    >>> _same_people("Ann Lee and Bo Ng", "Ann Lee")
    False
    >>> _same_people("Łucja Wolny", "Lucja Wolny"), _same_people("Ann Lee", "Bo Ng"), _same_people("Ann Lee", "Ann Ek")
    (True, False, False)
    """
    def people(text: str) -> list[set[str]]:
        return [set(_folded(part).split()) for part in MORE_THAN_ONE.split(text) if part.strip()]

    if not MORE_THAN_ONE.search(shown) and _squashed(_folded(shown)).startswith(_squashed(_folded(marked))):
        return True  # the byline's runs glued to the name: "By Ann LeeStaff Writer"
    ours, theirs = people(shown), people(marked)  # (the byline may show the first of the markup's writers only)
    return bool(ours) and all(any(a <= b or b <= a for b in theirs) for a in ours)


# A site's login for its writer, as a CMS may put it in the markup's author field: one word joined by an underscore,
# a dot or digits ("eleni_m", "ann.lee", "grillmeister2"), or in lower case joined by a hyphen ("plotsite-admin", a
# WordPress user's slug); a first name or a surname alone has none of these, a double name its capitals ("Ann-Mari").
LOGIN = re.compile(r"(?=[\w.-]*[_.\d])[^\W\d_][\w.-]{1,30}|(?=[a-z\d.-]*-)[a-z][a-z\d.-]{1,30}")


def _unshown_login(name: str, parts: PageParts) -> bool:
    """Whether a markup author is an account's login the page never shows: one word in lower case ("rfarrowby", a
    converted document's creator) that no block of the page's text holds. A blogger who signs so shows the name.

    >>> from .html_main import Block
    >>> _unshown_login("rfarrowby", PageParts(blocks=[Block("Text.", 1)]))
    True
    >>> _unshown_login("tobi", PageParts(blocks=[Block("Cheers, tobi", 1)])), _unshown_login("Ann Lee", PageParts())
    (False, False)
    """
    if " " in name or not name.islower():
        return False
    return not any(name in block.text.casefold() for block in parts.blocks)


# A colophon's sentence naming the body that made the document: "Produced by the Northmere Health Agency.",
# "Published by Fenland District Council;" (two to eight words, capitalised but for "of", "for", "and").
PRODUCER = regex.compile(r"(?:^|[.;]\s+)(?i:produced|published|issued)\s+by\s+(?:the\s+)?"
                         r"(?P<org>\p{Lu}[\w&'’-]*(?:\s+(?:of|for|and|&|\p{Lu}[\w&'’-]*)){1,7})(?=\s*[.;,]|\s*$)")
COLOPHON_BLOCKS = 12  # the document's foot: the last few blocks


def _producer(parts: PageParts) -> str | None:
    """The body a document's colophon says produced it ("© Crown copyright 2024. Produced by the X Agency. ..."),
    named without its legal form, else ``None``.

    >>> from .html_main import Block
    >>> _producer(PageParts(blocks=[Block("Text.", 1), Block("© 2024. Produced by the Ely Water Board. Re-use", 2)]))
    'Ely Water Board'
    >>> _producer(PageParts(blocks=[Block("Produced by Ann Lee.", 1)]))
    """
    for block in parts.blocks[-COLOPHON_BLOCKS:]:
        if (m := PRODUCER.search(block.text)) is not None and _body(m["org"]):
            return _organisation(m["org"])
    return None


CARD_REACH = 2  # blocks under the card's name: its handle line stands next, or after a role line


def _written_by_card(parts: PageParts, handle: str) -> str | None:
    """The full name a profile card gives where its "Written by" label (``WRITTEN_BY``) stands over the name and a
    line of the card names ``handle`` ("@handle · 2K followers"): the card says whose the handle is. ``None`` where
    no card does so, or the card sits in the comments.

    >>> from .html_main import Block
    >>> blocks = [Block("Written by", 0), Block("Ana Reis", 1, kind="h"), Block("@ana_knits · 20 followers", 2)]
    >>> parts = PageParts(blocks=blocks, sigs=["p.label", "h2.name", "p.handle"], parents=[-1, -1, -1])
    >>> _written_by_card(parts, "ana_knits"), _written_by_card(parts, "bo_spins")
    ('Ana Reis', None)
    """
    blocks = parts.blocks
    for k, block in enumerate(blocks[:-1]):
        if not WRITTEN_BY.match(block.text.strip()) or _in_comments(parts, block.elem):
            continue
        name = clean_author(blocks[k + 1].text)
        if name and is_full_name(name) and any(
                re.search(rf"(?<![\w.-]){re.escape(handle)}(?![\w-])", under.text, re.I)
                for under in blocks[k + 2:k + 2 + CARD_REACH]):
            return name
    return None


def _shown_name(others: list[tuple[str, str]], parts: PageParts, cards: set[tuple[int, str]] | None
                ) -> tuple[str, str] | None:
    """The full name a byline shown on the page gives (a writer's byline element, else a "By NAME" line), where the
    markup's first author is a login: the name a reader sees is the writer's, the login only the account's.

    >>> _shown_name([("byline-class", "Ελένη Μαυρίδου")], PageParts(), None)
    ('byline-class', 'Ελένη Μαυρίδου')
    >>> _shown_name([("byline-class", "Eleni")], PageParts(), None)
    """
    found = [(where, value) for where, value in others if where.startswith(("byline-", "rel-author"))]
    found += [("by-line", by)] if (by := _by_line(parts, cards)) else []
    found += [("head-credit-line", head)] if (head := _head_credit_line(parts)) else []
    return next(((where, value) for where, value in found if is_person_name(value) and (
        len(value.split()) >= 2 or GLUED_INITIAL_NAME.fullmatch(value))), None)


def _head_credit_line(parts: PageParts) -> str | None:
    """The person a credit line under the headline names in a wording of its own ("Recipe shared by NAME, Town ·
    DATE", "Pattern from NAME"), within ``HEAD_CREDIT_REACH`` blocks and before the next heading; else ``None``.
    Asked only where the markup names a login: beside it, any credit a reader sees there is the writer's.

    >>> from .html_main import Block
    >>> parts = PageParts(blocks=[Block("Plum jam", 0, kind="h"), Block("Recipe shared by Ann Lee, Leeds", 1)],
    ...                   sigs=["h1.title", "div.submitter"], parents=[-1, -1])
    >>> _head_credit_line(parts)
    'Ann Lee'
    >>> parts.blocks[1] = Block("Photos by Ann Lee", 1)
    >>> _head_credit_line(parts)
    """
    top = next((k for k, block in enumerate(parts.blocks) if block.kind == "h" and parts.sigs[block.elem]
                .startswith("h1") and block.text not in parts.site_h1), None)
    for block in parts.blocks[top + 1:top + 1 + HEAD_CREDIT_REACH] if top is not None else ():
        if block.kind == "h":
            return None
        if len(block.text) <= MAX_CREDIT_CHARS and not _other_role(block.text) and (
                named := credit_line(ROW_PARTS.split(block.text, 1)[0])) and (
                is_person_name(named.name)) and not _in_comments(parts, block.elem):
            return named.name
    return None


def _full_name(name: str, others: list[str], parts: PageParts, cards: set[tuple[int, str]] | None) -> str | None:
    """The writer's name with its spaces where the markup gives a login written together ("annlee", "ann.lee")
    and another credit on the page spells the same letters out ("By Ann Lee"); ``None`` otherwise. A first name
    alone ("Nils") stays: pages that sign with a first name are read so (the name the site shows).

    >>> _full_name("annlee", ["Ann Lee"], PageParts(), None), _full_name("Ann", ["Ann Lee"], PageParts(), None)
    ('Ann Lee', None)
    """
    if len(name.split()) != 1 or not name.islower():
        return None
    key = _squashed(name)
    return next((full for full in _shown_credits(others, parts, cards) if _squashed(full) == key
                 and is_person_name(full)), None)


def _handle_page_name(name: str, parts: PageParts) -> str | None:
    """The name the page shows for a writer the markup gives by her handle ("teo" in a meta author): a link to the
    writer's page on the site whose address ends in that handle ("/author/teo/") and whose words are a person's full
    name ("Teodor Wiśniak"); ``None`` otherwise. The engine names the writer's page by her handle and links it with
    her display name, and SPEC credits the display name over a handle.

    >>> link = {"rel": "author-page", "href": "https://ex.example/author/teo/", "text": "Teodor Wiśniak"}
    >>> _handle_page_name("teo", PageParts(links=[link])), _handle_page_name("kit", PageParts(links=[link]))
    ('Teodor Wiśniak', None)
    >>> _handle_page_name("Ann Lee", PageParts(links=[link]))
    """
    if " " in name or not name.islower():
        return None
    for link in parts.links:
        if link.get("rel") != "author-page":
            continue
        slug = (link.get("href") or "").split("?", 1)[0].split("#", 1)[0].rstrip("/").rsplit("/", 1)[-1]
        shown = clean_author(link.get("text"))
        if slug.casefold() == name and shown and " " in shown and is_person_name(shown):
            return shown
    return None


def _shown_credits(others: list[str], parts: PageParts, cards: set[tuple[int, str]] | None) -> list[str]:
    """The other names a page credits its writer with, as it shows them: the markup's other author fields, the
    byline elements' names and the "By" line, to set beside the markup's chosen name."""
    found = others + [n for cue, text, elem in parts.bylines if (n := clean_author(text))]
    return found + [by] if (by := _by_line(parts, cards)) else found


def _marked_spelling(name: str, others: list[str], parts: PageParts, cards: set[tuple[int, str]] | None) -> str | None:
    """The writer's name as the page shows it where the markup spells it without its accents ("Aoife Ni
    Shuilleabhain" in an analytics tag, "Aoife Ní Shúilleabháin" in the visible byline): SPEC keeps a name's letters
    as written, and a field for machines often holds them folded to ASCII. ``None`` when no credit differs so.

    >>> _marked_spelling("Aoife Ni Shuilleabhain", ["Aoife Ní Shúilleabháin"], PageParts(), None)
    'Aoife Ní Shúilleabháin'
    >>> _marked_spelling("Ann Lee", ["Ann Lee"], PageParts(), None)
    >>> _marked_spelling("Ines Ruiz", ["Inés Roiz"], PageParts(), None)

    A field for machines may hold the name's Latin short form too: its words reordered and folded, a middle name
    dropped ("Thu Tran" for the byline's "Trần Thị Thu"); the page's full spelling is the writer's.

    >>> _marked_spelling("Thu Tran", ["Trần Thị Thu"], PageParts(), None)
    'Trần Thị Thu'
    >>> _marked_spelling("Thu Tran", ["Trần Văn Minh"], PageParts(), None)

    A credit that only adds a label's or a link's words to the same letters is no fuller spelling ("Über Ann Lee",
    "Ann Lee Weitere Beiträge": the name's own words are as the markup has them).

    >>> _marked_spelling("Ann Lee", ["Über Ann Lee"], PageParts(), None)
    """
    if not name.isascii():
        return None
    key = _folded(name)
    return next((shown for shown in _shown_credits(others, parts, cards) if not shown.isascii()
                 and (_folded(shown) == key or _short_form_of(key, shown)) and is_person_name(shown)), None)


MAX_DROPPED_NAMES = 2  # the middle names a short form leaves out ("Thị", "Văn"): more words are a label's or a row's


def _short_form_of(key: str, shown: str) -> bool:
    """Whether ``key`` (a folded name of two words or more) is the short form of ``shown``: each of its words one of
    the shown name's, at least one of those written there with letters beyond ASCII (the markup folded them), and at
    most ``MAX_DROPPED_NAMES`` of the shown name's words left out.

    >>> _short_form_of("lan nguyen", "Nguyễn Thị Lan"), _short_form_of("luis holuch", "Über Luis Holuch")
    (True, False)
    """
    words = key.split()
    spelled = {_folded(word): word for word in shown.split()}
    return (len(words) >= 2 and all(word in spelled for word in words) and len(spelled) - len(set(words)) <= (
        MAX_DROPPED_NAMES) and any(not spelled[word].isascii() for word in words))


def _folded(text: str) -> str:
    """A name without its accents, lower-cased: "Ní Shúilleabháin" and "Ni Shuilleabhain" are one key.

    >>> _folded("Łukasz Żółkiewski") == _folded("Lukasz Zolkiewski"), _folded("Þórsdóttir")
    (True, 'thorsdottir')
    """
    return without_marks(text).casefold()  # (the letters' table: attribution's)


def _bare_name(credit: str, others: list[str]) -> str | None:
    """The person's name a credit ends with when another credit on the page gives that name alone: the words
    before it are a role ("Gastautor und Tischler Jan Ek", "Site-Experte Jan Ek" beside a link "Jan Ek").

    >>> _bare_name("Site-Experte Jan Ek", ["Jan Ek"]), _bare_name("Jan Ek", ["Ek"]), _bare_name("Ann Lee", [])
    ('Jan Ek', None, None)
    >>> _bare_name("Ann Lee; Jan Ek", ["Jan Ek"]), _bare_name("Ann Lee und Jan Ek", ["Jan Ek"])
    (None, None)
    """
    if MORE_THAN_ONE.search(credit):
        return None  # "Ann Lee; Bo Ng", "Ann Lee und Bo Ng": the last name is one of several writers
    return next((name for name in others if credit.endswith(" " + name) and is_person_name(name)), None)


MORE_THAN_ONE = re.compile(rf";|,|\s(?:{AND_WORDS})\s", re.I)


def _squashed(text: str) -> str:
    """Letters and digits only, lower-cased: "Ann Lee", "ann.lee" and "annlee" are one key.

    >>> _squashed("Helmholtz-Klima-Initiative"), _squashed("ann.lee")
    ('helmholtzklimainitiative', 'annlee')
    """
    return "".join(ch for ch in text.lower() if ch.isalnum())


# Other <meta> fields that name the writer: analytics and share plugins', Open Graph's and Dublin Core's variants.
MORE_AUTHOR_META = ("article:author_name", "og:article:author", "og:author", "dc:creator", "parsely-author",
                    "sailthru.author", "cxenseparse:author", "shareaholic:article_author_name")
# An SEO plugin's reading card: <meta name="twitter:label1" content="Written by"> and the name in twitter:data1.
WRITTEN_BY = re.compile(r"^(?:written\s+by|verfasst\s+von|geschrieben\s+von|escrito\s+por|écrit\s+par|"
                        r"scritto\s+da|geschreven\s+door|autor(?:in)?|author|auteur)$", re.I)
LABELLED_META = 4  # twitter:label1 .. twitter:label4


def _labelled_meta(meta: dict[str, str], label: re.Pattern[str]) -> str | None:
    """The ``twitter:dataN`` whose ``twitter:labelN`` the pattern matches, else ``None``.

    >>> _labelled_meta({"twitter:label1": "Reading time", "twitter:data1": "4 min", "twitter:label2": "Written by",
    ...                 "twitter:data2": "Ann Lee"}, WRITTEN_BY)
    'Ann Lee'
    """
    return next((meta.get(f"twitter:data{n}") for n in range(1, LABELLED_META + 1)
                 if label.match(meta.get(f"twitter:label{n}") or "")), None)


USER_CARD = "user"  # html_main's cue for a member's card
# Q&A software's accepted answer, a forum's reply marked as the thread's solution ("message--solution", a BEM
# modifier on the post's own class)
ACCEPTED = re.compile(r"(?:^|[\s.])(?:accepted(?:-answer)?|[\w-]+--(?:solution|accepted))(?:$|\s)", re.I)
QA_POST = re.compile(r"(?:^|[\s.])(?:answer|question)(?:$|\s)", re.I)
OWNER = re.compile(r"(?:^|[\s.])owner(?:$|\s)", re.I)  # the answerer's card beside an editor's
POST_BOX = re.compile(r"(?:^|[\s.])(?:topic-post|post|forum-post|message)(?:$|\s)", re.I)  # a thread's post


# Where a member card's flair starts: its first word that opens with a figure or a glyph (the score "3,412",
# "18.6k", a badge's dot "●" and its count); a name or a login opens with a letter ("user41207" keeps its digits).
FLAIR = regex.compile(r"(?<!\S)[^\p{L}\p{M}\s].*$")


def card_name(text: str) -> str:
    """The member's name a Q&A or forum card gives, without its flair (score, badges and their counts) and given
    once where the card holds it twice (the profile link's text, then the same name hidden for the microdata).

    >>> card_name("Jana Horák Jana Horák 2,031 ● 3 ● 11"), card_name("ollie_k ollie_k 12.4k"), card_name("Bo 7")
    ('Jana Horák', 'ollie_k', 'Bo')
    >>> card_name("user5521 ♦ 88"), card_name("Anna Maria Lund")
    ('user5521', 'Anna Maria Lund')
    """
    words = FLAIR.sub("", text).split()
    half = len(words) // 2
    if words and len(words) % 2 == 0 and words[:half] == words[half:]:
        words = words[:half]
    return " ".join(words)


def _ancestors(parts: PageParts, elem: int) -> Iterator[int]:
    steps = 0
    while elem >= 0 and steps < 60:
        yield elem
        elem, steps = parts.parents[elem], steps + 1


def _posters_card(parts: PageParts) -> str | None:
    """The name in the member's card of the piece a Q&A page or a thread is read for: the accepted answer's
    answerer (the owner's card, else the last card under it: an editor's card comes first), or on a thread (no
    question and answers marked) the first post's poster; ``None`` otherwise (an unanswered question's cards name
    the asker and answerers, none of them the writer of an accepted piece)."""
    cards = [(card_name(text), elem) for cue, text, elem in parts.bylines
             if _member_card(parts, cue, elem) and not _in_comments(parts, elem)]
    if not cards:
        return None
    if (accepted := _accepted_card(parts, cards)) is not None:
        return accepted
    if any(QA_POST.search(sig) for sig in parts.sigs):
        return None
    text, elem = cards[0]
    return text if any(POST_BOX.search(parts.sigs[a]) for a in _ancestors(parts, elem)) else None


def _accepted_card(parts: PageParts, cards: list[tuple[str, int]] | None = None) -> str | None:
    """The name in the member's card of the answer or the reply the page marks accepted or as the solution (the
    owner's card, else the last card under it: an editor's card comes first); ``None`` where none is marked."""
    if cards is None:
        cards = [(card_name(text), elem) for cue, text, elem in parts.bylines
                 if _member_card(parts, cue, elem) and not _in_comments(parts, elem)]
    accepted = [(text, elem) for text, elem in cards
                if any(ACCEPTED.search(parts.sigs[a]) for a in _ancestors(parts, elem))]
    if not accepted:
        return None
    owned = [text for text, elem in accepted if any(OWNER.search(parts.sigs[a]) for a in _ancestors(parts, elem))]
    return (owned or [accepted[-1][0]])[0]


MIN_THREAD_POSTS = 2  # a thread shows the question's post and a reply's at least


def kept_post_writer(parts: PageParts, kept: list[int]) -> str | None:
    """The writer of the one post of a thread whose text the page's main text is (``kept``: the blocks kept as
    the main text): where the page holds two or more posts (:data:`POST_BOX`) each with its member's card, and
    every kept block stands inside the same one, that post's card names its writer (the reply a thread's readers
    liked most is often the longest, and SPEC reads a thread for it); ``None`` otherwise.

    >>> from pipeline.text.html_main import Block
    >>> parts = PageParts(sigs=["div.thread", "article.message", "a.username", "article.message", "a.username"],
    ...                   parents=[-1, 0, 1, 0, 3], bylines=[("user", "bo_7", 2), ("user", "Ana Ruiz", 4)])
    >>> parts.blocks = [Block("Hi?", 1), Block("Do X. " * 20, 3)]
    >>> kept_post_writer(parts, [1]), kept_post_writer(parts, [0, 1])
    ('Ana Ruiz', None)
    """
    if not kept:
        return None
    cards: dict[int, str] = {}  # post element -> the first member card's name in it
    for cue, text, elem in parts.bylines:
        if not _member_card(parts, cue, elem):
            continue
        post = next((a for a in _ancestors(parts, elem) if POST_BOX.search(parts.sigs[a])), None)
        if post is not None and post not in cards and (name := card_name(text)):
            cards[post] = name
    if len(cards) < MIN_THREAD_POSTS:
        return None
    holders = {next((a for a in _ancestors(parts, parts.blocks[k].elem) if a in cards), None) for k in kept}
    if len(holders) != 1 or None in holders:
        return None
    return cards[holders.pop()]


def _organisation(name: str) -> str:
    """A company's author named as its team byline names it (SPEC.md): "the Brightwater Plumbing Team" and
    "Norrland Freight AB" give "Brightwater Plumbing" and "Norrland Freight"; a person's name is left as it is.

    >>> _organisation("the Brightwater Plumbing Team"), _organisation("Norrland Freight AB"), _organisation("Ann Lee")
    ('Brightwater Plumbing', 'Norrland Freight', 'Ann Lee')
    """
    if LEGAL_FORM.search(name):
        return LEGAL_FORM.sub("", name)
    if is_person_name(name):
        return name
    team = team_byline(f"By {name}")
    return team.name if team is not None else LEGAL_FORM.sub("", name)


def _page_case(name: str, parts: PageParts) -> str:
    """A body's name the markup gives in capitals ("HALVORSEN HEAT PUMPS"), as the page's own title writes it
    ("... | Halvorsen Heat Pumps Blog"): one company, one string (SPEC.md); a name the title does not spell out
    otherwise ("AFP", "BBC") stays as written.

    >>> _page_case("KESTREL FREIGHT", PageParts(title="Ten Tips | Kestrel Freight Blog"))
    'Kestrel Freight'
    >>> _page_case("AFP", PageParts(title="Floods hit the coast | Afp")), _page_case("Ann Lee", PageParts(title="x"))
    ('AFP', 'Ann Lee')
    """
    if len(name.split()) < 2 or not name.isupper() or not parts.title:
        return name
    found = re.search(rf"(?<!\w){re.escape(name)}(?!\w)", parts.title, re.I)
    return found.group(0) if found and not found.group(0).isupper() else name


# A table's label cell over or beside the value ("Author:" | "Ifeoma Okonkwo"), as old directories print it, and a
# workspace export's properties table ("Created by" | NAME: a Notion page's creator wrote it; "Last edited by" not).
# ... and in the languages of the tables, a writer's label or the bare word for "by" (Thai "โดย :", "Penulis:"), or
# the label an advice site's consultation puts over its answerer (Arabic "المستشار:", the consultant: a Q&A page's
# author is who answers, SPEC)
ANSWERER_LABELS = r"المستشارة?|المجيبة?"
LABEL_CELL = re.compile(r"^(?:author|by|written\s+by|created\s+by|autor(?:in)?|auteur|verfasser(?:in)?|συγγραφέας|автор"
                        rf"|{alternation('writer_label', other_languages())}|{alternation('by', other_languages())}"
                        rf"|{ANSWERER_LABELS})\s*[:：]?$", re.I)


def _label_cell(parts: PageParts) -> str | None:
    """The name in the cell after a bare "Author:" label cell, else ``None``."""
    for k, block in enumerate(parts.blocks[:200]):
        if LABEL_CELL.match(block.text) and k + 1 < len(parts.blocks) and not _in_comments(parts, block.elem):
            named = split_name(parts.blocks[k + 1].text)
            return named.name if named is not None else None
    return None


MIN_FIELD_ROWS = 2  # a block of "Label: value" lines, one a line: a page's facts about the piece, not prose


def _field_rows_writer(parts: PageParts) -> str | None:
    """The person a block of field rows names on its writer's row: lines of "Label: value" each (a news page's
    "Datum: DATE" / "Autor: NAME" / "Quelle: SITE", a post's "Author: NAME" over its "Tags: ..."), one of them labelled
    as :data:`LABEL_CELL` labels the writer's cell; outside comments, a person's name, else ``None``.

    >>> from .html_main import Block
    >>> parts = PageParts(blocks=[Block("Text.", 0), Block("Datum: 3.5.2024\\nAutor: Ann Lee\\nQuelle: Vale", 1)],
    ...                   parents=[-1, -1], sigs=["p.", "div.info"], tags=["p", "div"])
    >>> _field_rows_writer(parts)
    'Ann Lee'
    >>> parts.blocks[1] = Block("Autor: Ann Lee hat gestern geschrieben, dass es regnet.", 1)  # one row: a sentence
    >>> _field_rows_writer(parts)
    """
    for block in parts.blocks[:200]:
        lines = [line.strip() for line in block.text.split("\n") if line.strip()]
        rows = [line for line in lines if FIELD_ROW.match(line)]
        if len(rows) < MIN_FIELD_ROWS or len(rows) < len(lines) or _in_comments(parts, block.elem):
            continue
        for row in rows:
            label, _, value = row.partition(":")
            if LABEL_CELL.match(label.strip()) and (named := split_name(value.strip())) is not None and (
                    is_person_name(named.name)):
                return named.name
    return None


# A publication's metadata list naming the body it comes from: a <dt> "From:" (or "Published by", "Produced by",
# "Issued by") over a <dd> with the body's name, as public bodies' guidance pages print it.
PUBLISHER_CELL = re.compile(r"^(?:from|(?:published|produced|issued)\s+by)\s*:?$", re.I)
MAX_BODY_WORDS = 8  # "Office for Road Vehicle Standards and Licensing Policy"; a longer cell is a sentence


def _publisher_cell(parts: PageParts) -> str | None:
    """The body a publication's metadata list says it is from ("From:" | "Office for Road Vehicle Standards"), for a
    page that names no writer (SPEC: the organisation wrote what is wholly its own), as it is named without its legal
    form; ``None`` when there is no such list, or its cell names a person (a mail's "From:" is no metadata term).
    """
    for k, block in enumerate(parts.blocks[:200]):
        if not PUBLISHER_CELL.match(block.text) or k + 1 >= len(parts.blocks):
            continue
        if not parts.sigs[block.elem].startswith("dt") or _in_comments(parts, block.elem):
            continue
        body = " ".join(parts.blocks[k + 1].text.split()).strip(" .")
        if (body[:1].isupper() and len(body.split()) <= MAX_BODY_WORDS and not AUTHOR_NOISE.search(body)
                and _body(body)):
            return _organisation(body)
    return None


# A news page's line over or under its title: the date, perhaps the time, then the writer ("04.02.2022 | 13:10 Uhr |
# Ann Lee", "25.10.2022 - Ann Lee"), with no "by" to say so.
DATED_NAME_PARTS = re.compile(r"(?:(?<!\s)\s+)?[|·•]\s*|(?<!\s)\s+[-–—]\s+")
CLOCK = re.compile(r"^\d{1,2}[:.]\d{2}(?:\s*(?:uhr|h|[ap]\.?m\.?))?$", re.I)
DATED_NAME_CHARS = 80
# a post's reading time between its date and its writer's name ("6 min read", "5 分", "8 min de lectura", "4 Min.
# Lesezeit"): a number of minutes and at most two words after it
READING_PIECE = re.compile(r"^\d{1,3}\s*(?:min(?:ute[ns]?|utos|uti)?\.?|分|분|мин\.?|хв\.?)(?:\s+[^\W\d_]+\.?){0,2}$",
                           re.I)
# a markup author that is an account's handle ("misaki-s", "thuha_admin", "jo.b84"): one token in lower case with a
# joiner or a digit in it, never how a writer signs
HANDLE_LIKE = re.compile(r"(?=[a-z\d._-]{0,30}[-_.\d])[a-z][a-z\d._-]{1,30}")


def _dated_name_line(parts: PageParts) -> str | None:
    """The writer a short "DATE | TIME | NAME" line names, when the name is a person's the name lexicon knows (a
    category in that place, "22 May 2018 · Oral Health", is not); ``None`` otherwise.

    >>> from .html_main import Block
    >>> _dated_name_line(PageParts(blocks=[Block("04.02.2022 | 13:10 Uhr | Ute Brandt", 1)]))
    'Ute Brandt'
    >>> _dated_name_line(PageParts(blocks=[Block("22 May 2018 · Oral Health", 1)]))
    >>> _dated_name_line(PageParts(blocks=[Block("3 May 2021 · 6 min read · Ute Brandt", 1)]))
    'Ute Brandt'
    """
    from .line_roles import knows_name  # the lexicon loads on first use only

    for block in parts.blocks[:200]:
        if len(block.text) > DATED_NAME_CHARS or not block.text[:1].isdigit():
            continue
        pieces = DATED_NAME_PARTS.split(block.text.strip())
        if (len(pieces) >= 2 and is_date_line(pieces[0])
                and all(CLOCK.match(p) or READING_PIECE.match(p) for p in pieces[1:-1])
                and is_person_name(pieces[-1]) and knows_name(pieces[-1], parts.lang)):
            return normalise_case(pieces[-1])
    return None


SIGNATURE_REACH = 2  # the text's last block, or one of the two after it (a signature trimmed as an edge line)
MAX_SIGNATURE_WORDS = 4


def signed_name(parts: PageParts, why: list[str]) -> str | None:
    """The writer's name signed under the text as a line of its own ("Ute Brandt" right-aligned after the last
    paragraph), on a page whose markup names no one; a name the lexicon knows as a person's, never a heading's or a
    link's, nor one the text itself names (then it is whom the text is about). ``why`` is html_main's verdict per
    block ("" kept).

    >>> from .html_main import Block
    >>> parts = PageParts(blocks=[Block("The pier opens on Saturday with a small party for everyone.", 1),
    ...                           Block("Ute Brandt", 2)])
    >>> signed_name(parts, ["", ""]), signed_name(parts, ["", "html-chrome-tag"])
    ('Ute Brandt', None)
    >>> signed_name(PageParts(blocks=[Block("Brandt won the race by a second.", 1), Block("Ute Brandt", 2)]), ["", ""])
    """
    from .line_roles import knows_name

    last = max((k for k, reason in enumerate(why) if not reason), default=-1)
    if last < 1:
        return None
    for k in range(last, min(last + 1 + SIGNATURE_REACH, len(parts.blocks))):
        block = parts.blocks[k]
        text = block.text.strip()
        if (k > last and why[k] not in ("html-edge", "")) or block.kind == "h" or block.link_density() > 0:
            continue
        if len(text.split()) <= MAX_SIGNATURE_WORDS and is_person_name(text) and knows_name(text, parts.lang):
            surname = text.split()[-1]
            if any(surname in b.text for b, reason in zip(parts.blocks[:k], why, strict=False) if not reason):
                return None  # a person the text is about (a sportsman under his race's report), not its writer
            return normalise_case(text)
    return None


BY_LINE_REACH = 200  # blocks: "By NAME" further down a page is as often a teaser's or a quoted book's
# A credit labelled as the author's, read anywhere in the page: "Autorin: Ann Lee, Projektleiterin in Tunis."
AUTHOR_LABEL = re.compile(r"^(?:autor(?:in)?|author|auteur|verfasser(?:in)?)\s*:\s*\S", re.I)


# A credit that names the piece before its verb, often closing it: "Recap written by NAME, role", "This guide was
# compiled by NAME", "Notes put together by NAME" (a bare "Written by" is BY_LINE's).
WRITTEN_CREDIT = re.compile(r"^(?:(?:this|the|our)\s+)?(?:[^\W\d_][\w-]*\s+){1,2}?(?:(?:was|is)\s+)?"
                            r"(?:written|compiled|put\s+together)\s+by\s+(?=\S)", re.I)
MAX_CREDIT_CHARS = 160  # the credit with the writer's role after the name; a longer block is a paragraph


def _by_line(parts: PageParts, cards: set[tuple[int, str]] | None, person: bool = False) -> str | None:
    """The name of the first "By NAME" line of the page outside comments, teaser cards and lists of other
    articles' bylines. A heading counts only when it names a person: a title may open with the word too ("Von
    Regeln und Ausnahmen"), and "By the numbers:" ending in a colon leads into a list. With ``person``, the first
    such line that names a person, a credit naming the piece before its verb ("Recap written by NAME") too: the
    writer beside a markup author that names a body."""
    listed = _listed_bylines(parts) if parts.bylines else set()
    for k, block in enumerate(parts.blocks):
        lead = BY_LINE if k < BY_LINE_REACH else AUTHOR_LABEL  # a long page's end: only a labelled credit
        written = WRITTEN_CREDIT.match(block.text) if person and len(block.text) < MAX_CREDIT_CHARS else None
        plain = len(block.text) < 80 and (lead.match(block.text) or lead is BY_LINE and POSTED_DATED.match(
            block.text) and DATED_PREFIX.match(block.text)) and not block.text.rstrip().endswith(":")
        # ("Posted 22 April 2024 by NAME, Agency" too: a theme's or a job board's date line naming its poster)
        if (written or plain) and not _in_comments(parts, block.elem):
            cards = _card_kinds(parts) if cards is None else cards
            if _in_cards(parts, block.elem, cards) or any(parts.sigs[a] in listed
                                                           for a in _ancestors(parts, block.elem)):
                continue
            name = clean_author(block.text[written.end():] if written else block.text, handles=True)
            if person and not (name and all(is_person_name(one) for one in name.split(" and "))):  # (several writers
                continue  # a byline lists: "A and B and C")
            if name and (block.kind != "h" or is_person_name(name)):
                return name
    return None


DOMAIN = re.compile(r"^[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}$", re.I)


SITE_AS_HOST = re.compile(r"^(?:https?://)?(?:www\d?\.)?(?P<host>[\w-]+(?:\.[\w-]+)*\.[a-z]{2,})/?$", re.I)


def _host_label(site: str) -> str | None:
    """The name a site given as its host or home address goes by: the host's first label, squashed (a
    ``og:site_name`` of "www.vale-times.com" or "https://valetimes.de/" is "valetimes"); ``None`` for a site's name
    written in words.

    >>> _host_label("www.vale-times.com"), _host_label("https://valetimes.de/"), _host_label("Vale Times")
    ('valetimes', 'valetimes', None)
    """
    m = SITE_AS_HOST.match(site.strip())
    return _squashed(m["host"].split(".")[0]) if m else None


def _site_words(name: str) -> list[str]:
    """A site's name as its lower-cased words, whatever joins them ("Helmholtz-Klima-Initiative")."""
    return re.findall(r"[^\W_]+", name.lower())


def _title_writer(parts: PageParts) -> str | None:
    """The writer the page's headline names in the possessive, its first paragraph under it in her first person
    (:func:`possessive_title_writer`).

    >>> parts = PageParts(blocks=[Block("Ines’s Guide to Cuttings", 0, kind="h"), Block("Shop now", 1),
    ...                           Block("I’ve rooted cuttings for years and my trick is water.", 2)],
    ...                   h1=["Ines’s Guide to Cuttings"])
    >>> _title_writer(parts)
    'Ines'
    """
    headline = parts.h1[0] if parts.h1 else parts.title
    start = next((k for k, block in enumerate(parts.blocks) if block.kind == "h" and block.text == headline), None)
    if start is None:
        return None
    opening = next((block.text for block in parts.blocks[start + 1:start + 1 + HEAD_CREDIT_REACH]
                    if block.kind == "p" and len(block.text.split()) >= MIN_OPENING_WORDS), "")
    return possessive_title_writer(headline, opening)


MIN_OPENING_WORDS = 8  # a paragraph of prose, not a button or a caption under the headline


def _site_named(value: str, site: str | None, title: str) -> bool:
    """Whether a markup author names the site, not a writer: the ``og:site_name``/publisher, a domain
    ("example.de"), or the end of ``<title>`` that is the site's ("Post | Site" with "Site" as the author).

    >>> _site_named("Valley Times", "Valley Times", ""), _site_named("valley.de", None, "")
    (True, True)
    >>> _site_named("Valley Times", None, "Floods Close Road | Valley Times"), _site_named("Ann Lee", None, "Tea")
    (True, False)
    >>> _site_named("Valley Marketing", "Valley Times", ""), _site_named("Hill Marketing", "Valley Times", "")
    (True, False)
    >>> _site_named("Redaktion Valley Times", "Valley Times", ""), _site_named("Redaktion Hill", "Valley Times", "")
    (True, False)
    >>> _site_named("Oakfield Tool Library", None, "Oakfield Tool Library — notes from the bench")
    True
    >>> _site_named("Vale Times", "www.valetimes.com", ""), _site_named("Ann Lee", "https://annlee.example/", "")
    (True, False)
    """
    low = value.lower()
    if site and low == site.lower() or DOMAIN.match(value):
        return True
    if site and (label := _host_label(site)) and _squashed(value) == label and not is_person_name(value):
        return True  # the site's name given as its host ("www.valetimes.com"): "Vale Times" is that name spelled
        # out (a person's name is hers though her blog's host spells it: "annlee.example" is Ann Lee's own site)
    if (desk := SITE_DESK.match(value)) and value[desk.end():].strip() and _site_named(value[desk.end():].strip(),
                                                                                         site, title):
        return True  # "Redaksi Kabar Kota", "Redaktion Valley Times": the site's desk (the language tables' desk)
    words, site_words = _site_words(value), _site_words(site or "")
    if site and words == site_words[:len(words)] and site_words[len(words):][:1] != ["s"]:  # not "Ann's Blog"
        return True  # the site's name cut short: "Helmholtz Klima" on "Helmholtz-Klima-Initiative", "LN" on "LN - ..."
    ends = TITLE_SEPARATORS.split(title.strip()) if title else []
    if (m := DEPARTMENT.search(value)) and m.start() and (site or len(ends) >= 2):  # "Kestrel Marketing" on
        return (site or ends[-1]).lower().startswith(low[:m.start()])  # Kestrel Heating's site: its department
    # (a front page's title opens on the site's name: "Site — its tagline")
    return len(ends) >= 2 and (low == ends[-1].lower() or low == ends[0].lower())


# A site's editorial desk before its name, in another language ("Redaksi Kabar Kota", "Redacción El Diario"):
# text/languages.py
SITE_DESK = re.compile(rf"^(?:{alternation('desk', other_languages())})(?:\s+|(?<=[\u0e00-\u0e7f])(?=[\u0e00-\u0e7f]))"
                       r"(?=\S)", re.I)  # (Thai writes the desk's word on the site's name: "ทีมงาน" + NAME)
SOURCE_PART = re.compile(r"\d[^·|•]*[·|•](?:[^·|•]*[·|•])*?\s*(?:source|quelle|fuente|fonte)\s*:\s*(?:the\s+)?"
                         r"(?P<org>[^·|•:/]{3,60}?)\s*(?:[·|•]|$)", re.I)
SOURCE_REACH = 12  # the facts row stands over the headline, among the page's first blocks
_FIRST_DIGIT = re.compile(r"\d")


def source_part_search(text: str) -> re.Match[str] | None:
    """``SOURCE_PART.search(text)``, tried at the text's first digit only: every digit of a part reads on to the
    same separator, and a later part leaves fewer parts after it to name the source, so where the first digit
    finds no source no later one does. The search tried every digit, each reading to the next separator and on
    through the parts after it (round 15: "Source" and 8,000 digits, or 2,000 "1 · " parts, 0.44 s CPU).

    >>> source_part_search("Utilities · May 2, 2021 · Source: Fenmoor Water Ltd")["org"]
    'Fenmoor Water Ltd'
    >>> source_part_search("Source: Fenmoor Water Ltd · 2021") is None
    True
    """
    digit = _FIRST_DIGIT.search(text)
    return None if digit is None else SOURCE_PART.match(text, digit.start())


def _source_part(parts: PageParts) -> str | None:
    """The organisation a wire page's facts row (a date among its parts) gives as the release's source, without its
    legal form, else ``None``; a "Source:" line of its own is a citation, not a wire's row.

    >>> from pipeline.text.html_main import Block
    >>> _source_part(PageParts(blocks=[Block("Utilities · May 2, 2021 · Source: Fenmoor Water Ltd", 0, 0, "p")]))
    'Fenmoor Water'
    """
    for block in parts.blocks[:SOURCE_REACH]:
        if "ource" in block.text and (m := source_part_search(block.text)) and not DOMAIN.match(m["org"]):
            return LEGAL_FORM.sub("", m["org"].strip())
    return None


# A company's department named as a page's author ("Kestrel Marketing", "Kestrel Heating Web Team"): the site's own
# desk, as a site's name is, never a writer.
DEPARTMENT = re.compile(r"(?<!\s)\s+(?:marketing|editorial|communications|comms|content|digital|web|pr|newsroom"
                        r"|news\s+desk)(?:\s+(?:team|department|dept\.?|desk))?$", re.I)


MIN_CARDS = 3  # this many alike siblings (same tag and class under one parent) are a list of teaser cards


CARD_MAX_CHARS = 600  # a teaser card is a headline, a byline and a summary; a longer element is a post itself
CARD_LINK_DENSITY = 0.5  # a card's headline is a link: most of that line's text is link text


def _card_kinds(parts: PageParts) -> set[tuple[int, str]]:
    """The (parent, tag and class) of at least ``MIN_CARDS`` alike siblings that are each a teaser card: short, a
    linked headline and another line (a blog's index of whole posts, an article's paragraphs are not cards)."""
    n = len(parts.sigs)
    chars, linky, other = [0] * n, [0] * n, [0] * n
    for block in parts.blocks:
        elem, steps = block.elem, 0
        headline = block.link_density() > CARD_LINK_DENSITY
        while elem >= 0 and steps < 60:
            chars[elem] += len(block.text)
            linky[elem] += headline
            other[elem] += not headline
            elem, steps = parts.parents[elem], steps + 1
    cards = [i for i in range(n) if linky[i] and other[i] and chars[i] <= CARD_MAX_CHARS]
    counts = Counter((parts.parents[i], parts.sigs[i]) for i in cards)
    return {kind for kind, count in counts.items() if count >= MIN_CARDS}


def _in_cards(parts: PageParts, elem: int, cards: set[tuple[int, str]]) -> bool:
    """Whether an element sits in one of several alike sibling cards: a byline there names a teaser's writer, not
    the writer of the page's article (an aggregator's list above its featured article)."""
    steps = 0
    while elem >= 0 and steps < 60:
        if (parts.parents[elem], parts.sigs[elem]) in cards:
            return True
        elem, steps = parts.parents[elem], steps + 1
    return False


def _in_comments(parts: PageParts, elem: int) -> bool:
    """Whether an element sits in a comment thread (a commenter is not the author)."""
    steps = 0
    while elem >= 0 and steps < 60:
        if COMMENT_CUE.search(parts.sigs[elem]):
            return True
        elem, steps = parts.parents[elem], steps + 1
    return False


def _date(meta: dict[str, str], articles: list, parts: PageParts) -> tuple[str | None, str]:
    for key in ("article:published_time", "datepublished", "date", "dc.date", "dc.date.issued",
                "publish-date", "pubdate", "og:published_time", "sailthru.date", "parsely-pub-date"):
        if meta.get(key):
            return meta[key], f"meta:{key}"
    for o in articles:
        if o.get("datePublished"):
            return str(o["datePublished"]), "json-ld"
    if parts.times:
        return parts.times[0], "time"
    return None, ""
