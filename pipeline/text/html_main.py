"""Main content of one HTML page, decided on that page alone.

The page is parsed by lexbor (through selectolax: a C parser with no nesting limit, so a 5,000-deep page keeps
all its text) and walked once, without recursion, into *blocks* (paragraph-like runs of text) that remember the
element holding them. Then, on the page alone:

1. Elements whose tag, ARIA role or class/id says "chrome" (navigation, comments, share bars, related lists,
   cookie notices, footers ...) are set aside, unless they hold most of the page's prose and of its words (a
   ``<body class="sidebar-left">`` or a ``<form>`` around a whole ASP.NET page is not chrome; a footer whose
   notice is the page's one long paragraph, under an article of short list items, still is).
2. Each block gets a weight: prose (long, few link characters) counts for its length, link lists count against,
   short lines are neutral.
3. The main container is the element whose subtree has the largest total weight: prose pulls it wide, link lists
   and chrome push it narrow. Its prose-like siblings are added back (articles split over sibling divs).
4. Inside it, link lists are dropped and short lines at its edges (bylines, dates, "share this") are trimmed.

Every block not kept is counted by why (``removed``), so nothing disappears silently.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from dataclasses import dataclass, field

from selectolax.lexbor import LexborHTMLParser

from .attribution import MAX_CLOSING_WORDS, closing_name, is_byline
from .dates import is_date_line
from .licence import CC_SHORT, CC_WORDS, CC_ZERO, find_cc

# Subtrees that never hold article text.
SKIP = frozenset(
    "script style template svg math iframe object embed canvas video audio map button select option "
    "textarea input title meta link base rt rp".split()
)  # <rt>/<rp>: a ruby's reading aid (furigana over kanji), printed small above the word, not text of its own
BLOCK = frozenset(
    "p div section article main h1 h2 h3 h4 h5 h6 blockquote pre table tbody thead tfoot tr td th li dt dd ul "
    "ol dl figure figcaption address hr center header footer nav aside form fieldset legend details summary "
    "body html caption".split()
)
# A paragraph, a list or an inline element is not an article's container, however much prose it holds alone.
NOT_CONTAINERS = frozenset("p li ul ol dl dt dd h1 h2 h3 h4 h5 h6 pre a span b i em strong font small code".split())
BR = "\ue000"  # a private-use character marks <br> while text is gathered: source newlines are only spaces
HEADINGS = frozenset("h1 h2 h3 h4 h5 h6".split())
CHROME_TAGS = frozenset("nav aside footer header form figcaption noscript".split())  # pictures and their captions too;
# <noscript> is what a page shows without scripts: a "turn on JavaScript" notice, or (Blogger) the whole post again
CHROME_ROLES = frozenset("navigation complementary contentinfo banner search dialog menu menubar alert".split())
# Parts of class/id tokens (split on - and _) that name chrome; "tag" and "category" are left out on purpose:
# WordPress puts "tag-foo category-bar" on the article element itself.
CHROME_PARTS = frozenset(
    "comment comments commentlist respond reply replies share sharing sharer social socials sociable related "
    "sidebar widget widgets cookie cookies consent gdpr newsletter subscribe subscription signup footer nav navbar "
    "navigation menu breadcrumb breadcrumbs pagination pager promo promos advert adverts advertisement ads ad "
    "sponsor sponsored popup modal overlay recommended recommendations outbrain taboola disqus toolbar rating "
    "masthead skip byline dateline tagcloud tags newsletters banner trending popular bottom-bar caption gallery "
    "slideshow carousel slider lightbox cta"
    .split()
)
# A call to action ("cta-box", "post_cta"): a box asking the reader to book, buy or sign up, by a control it holds. A
# box so classed holding no control ("cta-tip" around a boxed point of the post) asks nothing: it is the post's.
CALL_TO_ACTION = "cta"
CONTROL_TAGS = frozenset("a button input select textarea form".split())
CHROME_TOKENS = re.compile(
    r"^(?:post-?tags|entry-?tags|tag-?list|tags-?list|article-?tags|post-?meta|entry-?meta|article-?meta|"
    r"author-?(?:bio|box|info)|about-?author|sr-only|screen-reader-text|visually-?hidden|hidden|read-?more|"
    # (what other frameworks name the words only a screen reader gets: Bootstrap's, Drupal's, older WordPress themes')
    r"text-hide|element-invisible|assistive-text|"
    r"more-?(?:stories|articles|news)|see-?also|further-?reading|print-?only|caption-?credit|credits?"
    # a picture's or a clip's credit line under it ("video-credit", "photo_credit", "image-credits"), as its caption
    r"|(?:video|photo|image|media|picture|img)[-_]?credits?)$"
)
# "has-sidebar", "o-section--has-ads", "no-comments", "with-share-bar": what an element holds or lacks, said on the
# article's own container (a theme's flags), not what the element is
CONTENT_FLAG = re.compile(r"(?:^|(?<![-_])[-_]++)(?:has|no|with|without)[-_]++[a-z0-9-]*+$")
# What a flag and its tail are made of: every character from a flag's separator run to the token's end is one of these
_FLAG_CHARS = frozenset("abcdefghijklmnopqrstuvwxyz0123456789_-")
_LONGEST_FLAG_WORD = 7  # "without"
BUILDER_PREFIXES = ("elementor", "wp-block", "et_pb", "vc_", "wpb_", "fl-")
# Inside compound tokens ("jp-relatedposts", "articleFooter", "postmetadata") these still name chrome; so do the boxes
# a theme sets beside the story ("mol-factbox", "inlineTextbox", "infobox", "callout"), a picture's legend or
# caption in German ("bilduntertitel") and the line that gives the reading time.
CHROME_INSIDE = re.compile(r"related|recirculation|comment|newsletter|breadcrumb|sidebar|footer|metadata|postmeta|"
                           r"byline|sharing|social|subscri|cookie|widget|author|sabox|likes|disclosure|utility|donat|signup|optin|"
                           r"infobox|factbox|textbox|callout|legend|bildunter|image-?subtitle|werbung|reading-?time|readtime")
MAIN_PARTS = frozenset("article articlebody content entry post story main text body blog".split())
HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)
SPLIT_TOKEN = re.compile(r"[-_]")
# <noscript> in <head> reaches the body as text when a parser runs scripts: markup, not words
ALT_WRITING = re.compile(r"\bwr(?:ote|ites|itten)\b")  # an alt text naming who wrote: kept for html_meta
# (a picture's alt text that may name a licence: licence_badge decides)
BADGE_HINT = re.compile(r"creative\s*commons|\bcc(?:0|[\s-]?by\b)", re.I)
# What a badge's alt text may say beside the licence's name: "Creative Commons License", "CC BY 4.0 badge"
BADGE_WORDS = re.compile(r"\b(?:licen[cs]e[d]?|badge|logo|icon|button|image|international)\b|[\s().,:|–—-]+", re.I)


def licence_badge(alt: str) -> bool:
    """Whether a picture's alt text is a licence badge's: a Creative Commons licence named with its elements (or
    CC0) and nothing more than "License", "badge" or "logo" beside it. A photo's credit naming its licence ("Photo:
    Ann Lee, CC BY 2.0") credits the picture, and a bare "Creative Commons License" names no licence.

    >>> licence_badge("Creative Commons Attribution 4.0 International License"), licence_badge("CC BY-SA 4.0 badge")
    (True, True)
    >>> licence_badge("Photo: Ann Lee, CC BY 2.0"), licence_badge("Creative Commons License")
    (False, False)
    """
    statement = find_cc(alt)
    if statement is None:
        return False
    spans = [m.span() for p in (CC_WORDS, CC_SHORT, CC_ZERO) if (m := p.search(alt))]
    if not spans:
        return False
    begin, end = min(a for a, _ in spans), max(b for _, b in spans)
    return not BADGE_WORDS.sub("", alt[:begin] + alt[end:])


MARKUP_AS_TEXT = re.compile(r"\s*<(?:img|a|iframe|div|span|p|link|meta|style|script)\b", re.I)
# What may stand before a list item's bold lead without being words of the item: a checklist's box or a recording's
# time ("☐ <b>Store water</b> for three days", "[04:12] <b>Use a shim</b>, not a nail"); the lead is still the lead.
BEFORE_LEAD = re.compile(r"\s*(?:[☐☑☒□▢✓✔✗✘]|\[[ xX✓✔]?\]|[\[(]\d{1,2}(?::\d{2}){1,2}[\])])?\s*")


@dataclass(frozen=True, slots=True)
class MainConfig:
    """Thresholds of the main-content choice; each was set by measuring AEB and trafilatura-eval (bench/)."""

    prose_min_chars: int = 100  # a line this long with few links reads as a sentence; 60, 80 and 110 measured worse
    link_dense: float = 0.5  # over half its characters in links: a menu, a related list, a tag cloud
    prose_max_links: float = 0.3  # prose may link a few words (citations), not most of them
    chrome_keep_share: float = 0.6  # a "chrome" element holding more than this share of the prose is the page
    sibling_share: float = 0.2  # a sibling of the main container with prose worth this share of it is added back
    link_list_penalty: float = 1.0  # a link list counts against its container by its length; 0.5 and 2 measured worse
    short_line_penalty: float = 0.0  # short lines are neutral: 0.2 and 0.5 lowered trafilatura-eval recall
    # a short paragraph that is a whole sentence counts this share of its length: an article of short paragraphs
    # (directories, how-tos) must outweigh its one long resource box. With 0.3 (edges still trimmed around the
    # long prose only): trafilatura-eval F1 0.917 as with 0 (English 0.925 -> 0.926), AEB 0.965 as with 0
    short_sentence_weight: float = 0.3
    sentence_min_words: int = 8  # "Keep it under four minutes." is 5: a list of such lines stays neutral
    all_links: float = 0.9  # a long line this linked is still a link list (a row of related headlines)
    card_max_chars: int = 600  # a teaser card is a headline and a summary, not a section of an article
    trim_head: str = "cue"  # at the edges, drop only short lines that read like chrome (dates, share, by ...)
    trim_tail: str = "cue"  # "all" drops every short line there, "" none: both measured worse
    min_cards: int = 3  # this many alike siblings, each a headline link plus a line, are a teaser list


DEFAULT_MAIN = MainConfig()


LIST_STYLES = frozenset("1aAiI")  # the numbering an <ol type=…> asks for: digits, letters, Roman numerals
LIST_START_MAX = 10_000  # a start attribute past this is a typo or a trap, not a list
ROMAN = ((1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"), (50, "l"), (40, "xl"), (10, "x"),
         (9, "ix"), (5, "v"), (4, "iv"), (1, "i"))


# the same numbering asked for in an inline style ("list-style-type: lower-alpha"), as editors write it
CSS_LIST_STYLE = re.compile(r"list-style(?:-type)?\s*:\s*(lower|upper)-(alpha|latin|roman)\b", re.I)


def _list_style(attrs: dict) -> str:
    """The numbering an ordered list declares (``<ol type="a">`` or an inline ``list-style-type: lower-alpha``: a
    sub-list of steps lettered a., b., c. under a numbered step, as the browser shows it), "1" when it declares none
    or something else.

    >>> _list_style({"type": "a"}), _list_style({"style": "list-style-type: upper-roman"}), _list_style({})
    ('a', 'I', '1')
    """
    style = (attrs.get("type") or "").strip()
    if style in LIST_STYLES and style:
        return style
    m = CSS_LIST_STYLE.search(attrs.get("style") or "")
    if m is None:
        return "1"
    letter = "i" if m.group(2).lower() == "roman" else "a"
    return letter.upper() if m.group(1).lower() == "upper" else letter


def _list_start(attrs: dict) -> int:
    """The number an ordered list starts at (``<ol start="4">``, a list continued after a paragraph), else 1."""
    start = (attrs.get("start") or "").strip()
    return int(start) if start.isdigit() and 0 < int(start) <= LIST_START_MAX else 1


def list_number(n: int, style: str) -> str:
    """An ordered list item's number as the browser prints it for the list's ``type``: a sub-list lettered under a
    numbered step must not read as the steps' own numbers restarting.

    >>> list_number(3, "1"), list_number(3, "a"), list_number(28, "A"), list_number(4, "i"), list_number(9, "I")
    ('3', 'c', 'AB', 'iv', 'IX')
    """
    if style in "aA":
        letters = ""
        while n > 0:
            n, r = divmod(n - 1, 26)
            letters = chr(ord("a") + r) + letters
        return letters.upper() if style == "A" else letters
    if style in "iI":
        roman = ""
        for value, digits in ROMAN:
            while n >= value:
                roman, n = roman + digits, n - value
        return roman.upper() if style == "I" else roman
    return str(n)


@dataclass(slots=True)
class Block:
    text: str
    elem: int  # index of the innermost element holding it
    links: int = 0  # characters inside <a>
    kind: str = "p"  # p | h | li | pre
    list_id: int = -1  # the <ol>/<ul> an item belongs to (consecutive items print on consecutive lines)
    prefix: str = ""  # "1. " or "• " for list items
    lead: str = ""  # the words in bold (<b>, <strong>) the block opens with: a list item's or a point's lead

    def link_density(self) -> float:
        return self.links / len(self.text) if self.text else 0.0


@dataclass(slots=True)
class PageParts:
    """What the walk found: blocks with their elements, plus the raw material of page metadata."""

    blocks: list[Block] = field(default_factory=list)
    parents: list[int] = field(default_factory=list)  # element index -> parent element index (-1 for the root)
    tags: list[str] = field(default_factory=list)
    chrome: list[str] = field(default_factory=list)  # element index -> "" or why it looks like chrome
    main_cue: list[bool] = field(default_factory=list)
    sigs: list[str] = field(default_factory=list)  # element index -> tag and class, to spot repeated cards
    meta: list[dict[str, str]] = field(default_factory=list)  # <meta> attributes
    links: list[dict[str, str]] = field(default_factory=list)  # <link> and <a rel=...> attributes
    title: str = ""
    lang: str | None = None
    json_ld: list[str] = field(default_factory=list)
    h1: list[str] = field(default_factory=list)
    site_h1: list[str] = field(default_factory=list)  # <h1>s that are the site's masthead (html_meta: not a title)
    # an <h1> whose kicker or subtitle was set apart (H1_ASIDE): its headline (in ``h1``) -> its whole text
    h1_whole: dict[str, str] = field(default_factory=dict)
    bylines: list[tuple[str, str, int]] = field(default_factory=list)  # (cue, text, element) naming an author
    times: list[str] = field(default_factory=list)  # <time datetime> values
    time_elems: list[int] = field(default_factory=list)  # element indices of every <time>
    # pictures' alt texts that speak of writing ("NAME, who writes every recipe on this blog, at her stove"): a
    # caption in words the reader of a screen reader gets, and SPEC reads one naming the writer as a byline
    alts: list[str] = field(default_factory=list)
    # the elements that directly hold something the reader acts on (a link, a button, a form's field): a box classed
    # as a call to action is one only if it holds such a control (_call_to_action)
    controls: list[int] = field(default_factory=list)


@dataclass(slots=True)
class MainText:
    text: str
    blocks: list[Block]
    removed: Counter
    parts: PageParts
    why: list[str] = field(default_factory=list)  # per block of parts.blocks: "" kept, else why removed


def without_content_flag(token: str) -> str:
    """``token`` without its theme flag and what follows it (``CONTENT_FLAG.sub("", token)``), in linear time.

    A flag's tail runs to the token's end in ``[a-z0-9-]``, its separators may hold "_": so the flag's word ends
    inside the token's last run of ``_FLAG_CHARS`` and after its last "_" but for a separator run holding it. The
    search starts there (at the run of separators before it: a flag's run starts where a run starts), so each
    candidate's tail is read once. The plain ``sub`` read the tail from every "has"/"no"/"with" and every separator
    of the token (round 15: "has" and 20,000 dashes, 4.3 s CPU; "has-" 5,000 times, 0.5 s).

    >>> without_content_flag("o-section--has-ads"), without_content_flag("no-sidebar"), without_content_flag("share")
    ('o-section', '', 'share')
    >>> without_content_flag("post_has_x"), without_content_flag("post-has-a_b"), without_content_flag("a-with-b.c")
    ('post', 'post-has-a_b', 'a-with-b.c')
    """
    start = len(token)
    while start and token[start - 1] in _FLAG_CHARS:
        start -= 1  # the flag lies in this last run
    last_underscore = token.rfind("_", start)
    if last_underscore >= 0:  # the flag's separator run holds it: the word ends at that run's start or later
        run = last_underscore
        while run > start and token[run - 1] in "-_":
            run -= 1
        start = max(start, run - _LONGEST_FLAG_WORD)
    while start and token[start - 1] in "-_":
        start -= 1  # a separator run before the word is the flag's from its start
    found = CONTENT_FLAG.search(token, start)
    return token if found is None else token[:found.start()]


def _chrome_reason(tag: str, attrs: dict) -> str:
    """Why an element looks like page chrome, or ``""``.

    >>> _chrome_reason("div", {"class": "entry-content share-buttons"}), _chrome_reason("nav", {})
    ('class:share', 'tag:nav')
    >>> _chrome_reason("article", {"class": "post tag-news category-tips"})
    ''
    >>> _chrome_reason("section", {"class": "o-section--has-ads"}), _chrome_reason("body", {"class": "no-sidebar"})
    ('', '')
    >>> _chrome_reason("div", {"class": "cta-box"}), _chrome_reason("div", {"class": "dictation actas"})
    ('class:cta', '')
    """
    if tag in CHROME_TAGS:
        return f"tag:{tag}"
    role = (attrs.get("role") or "").lower()
    if role in CHROME_ROLES:
        return f"role:{role}"
    for name in ("class", "id"):
        for token in (attrs.get(name) or "").lower().split():
            if token.startswith(BUILDER_PREFIXES):
                continue  # page builders name every box "widget": elementor-widget-container holds articles
            # a figure that "has-caption" holds little but its caption and credit: its flag still counts
            if tag != "figure" and ("has" in token or "no-" in token or "no_" in token or "with" in token):
                token = without_content_flag(token)
                if not token:
                    continue
            if CHROME_TOKENS.match(token):
                return f"{name}:{token}"
            for part in SPLIT_TOKEN.split(token):
                if part in CHROME_PARTS:
                    return f"{name}:{part}"
            found = CHROME_INSIDE.search(token)
            if found:
                return f"{name}:{found.group(0)}"
    return ""


def _main_cue(tag: str, attrs: dict) -> bool:
    if tag in ("article", "main") or (attrs.get("itemprop") or "").lower() == "articlebody":
        return True
    for name in ("class", "id"):
        for token in (attrs.get(name) or "").lower().split():
            if any(part in MAIN_PARTS for part in SPLIT_TOKEN.split(token)):
                return True
    return False


def _clean(text: str) -> str:
    return " ".join(text.split())


CJK_LETTER = re.compile("[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uff00-\uffef]")


# Inside an <h1>, a part set apart from the headline: a kicker over it ("dachzeile", "overline", "kicker", "topline",
# "eyebrow", a "sub-heading" run in before a <br>, a "h1small" topic) or a subtitle after it ("article-subtitle",
# "subline", any <small>). News and blog themes mark them so (ZEIT's "article-heading__kicker", tagesspiegel's
# "ts-overline"); <title> and og:title name the headline alone.
H1_ASIDE = re.compile(r"kicker|overline|dachzeile|topline|roofline|eyebrow|sub-?heading|sub-?title|subline|small"
                      r"|spitzmarke", re.I)
HEADLINE_EDGE = " :|–—-·•/"  # what joined the kicker to the headline ("<span class=ts-colon>: </span>")
ASIDE_MARK = "\x00"  # stands in a captured <h1>'s runs for one run of its kicker or subtitle


def _merge_runs(texts: list[str], aside: list[str]) -> list[str]:
    """An <h1>'s runs in page order, its kicker's or subtitle's runs (``aside``) back in their places.

    >>> _merge_runs([ASIDE_MARK, "Headline"], ["Kicker"])
    ['Kicker', 'Headline']
    """
    runs = iter(aside)
    return [next(runs, "") if t == ASIDE_MARK else t for t in texts]


def _join_runs(texts: list[str]) -> str:
    """The text runs of an ``<h1>`` or a byline, a space between two runs (``<span>Kicker</span><span>Headline``
    reads as two words) except between two CJK letters, which take none ("<ruby>庭</ruby>の手入れ" is one word).

    >>> _join_runs(["Kicker", "Headline"]), _join_runs(["庭", "の手入れ"]), _join_runs(["Tokyo", "の庭"])
    ('Kicker Headline', '庭の手入れ', 'Tokyo の庭')
    """
    out = ""
    for run in texts:
        if out and not (CJK_LETTER.match(run[:1]) and CJK_LETTER.match(out[-1:])):
            out += " "
        out += run
    return out


# The element a Q&A page's markup marks as its accepted answer: schema.org's ``acceptedAnswer``, Q&A software's
# "accepted-answer" class. The page may show the mark as an icon only; its text is then given these words.
ACCEPTED_ANSWER_CLASS = re.compile(r"(?:^|\s)accepted-?answer(?:$|\s)", re.I)
ACCEPTED_ANSWER_TEXT = "✓ Accepted answer"


def _accepted_answer(attrs: dict) -> bool:
    """Whether an element is the answer a Q&A page's markup marks accepted.

    >>> _accepted_answer({"itemprop": "acceptedAnswer"}), _accepted_answer({"class": "answer accepted-answer"})
    (True, True)
    >>> _accepted_answer({"class": "js-accepted-answer-indicator"}), _accepted_answer({"itemprop": "suggestedAnswer"})
    (False, False)
    """
    return "acceptedanswer" in (attrs.get("itemprop") or "").lower().split() or bool(
        ACCEPTED_ANSWER_CLASS.search(attrs.get("class") or ""))


class _Walker:
    """One pass over the DOM: elements get indices, text is gathered into blocks."""

    def __init__(self) -> None:
        self.parts = PageParts()
        self.stack: list[int] = []  # open element indices
        self.buf: list[str] = []
        self.buf_links = 0
        self.in_a = 0
        self.in_h = 0
        self.in_pre = 0
        # per open list: [list element index, counter or -1 for <ul>, numbering style ("1", "a", "A", "i", "I")]
        self.lists: list[list] = []
        self.li_prefix = ""
        self.li_list = -1
        self.in_li = 0
        self.capture: list[tuple[int, str, list[str]]] = []  # (element index, cue, texts) for h1 / bylines
        self.aside = -1  # element index of an open kicker or subtitle inside an <h1> (H1_ASIDE), else -1
        self.aside_texts: list[str] = []  # ... and the text runs it held
        self.masthead: set[int] = set()  # element indices of the <h1>s found to be the site's masthead
        # the bold element a block opens with, while it is open, and its words: the block's lead (Block.lead)
        self.bold: tuple[int, list[str]] | None = None
        self.lead = ""
        self.accepted_marked = False  # the accepted answer's mark is given its words once
        # the ids of the panels a control on the page opens ("Read more", an accordion's question: aria-controls):
        # hidden until the reader opens them, they are the page's text (SPEC: the text behind an expander is the
        # article's)
        self.expanded: frozenset[str] = frozenset()

    def flush(self) -> None:
        if not self.buf:
            return
        raw = "".join(self.buf)
        self.buf.clear()
        links, self.buf_links = self.buf_links, 0
        if self.in_pre:
            raw = raw.replace(BR, "\n")
            text = "\n".join(line.rstrip() for line in raw.strip("\n").split("\n"))
        else:  # a newline in the source is a space; only <br> breaks a line
            text = "\n".join(line for line in (_clean(part) for part in raw.split(BR)) if line)
        if not text.strip() or MARKUP_AS_TEXT.match(text):
            return
        kind = "h" if self.in_h else "li" if self.in_li else "pre" if self.in_pre else "p"
        block = Block(text, self.stack[-1] if self.stack else -1, min(links, len(text)), kind)
        lead, self.lead, self.bold = self.lead, "", None
        if lead and kind != "h" and text.startswith(lead, BEFORE_LEAD.match(text).end()):
            block.lead = lead
        if kind == "li":
            # an ordered list's item that prints its own number ("<li><strong>߁. …", a list styled without the
            # browser's numbers) keeps its own: the list's number before it would number the point twice ("1. ߁. …")
            numbered = self.li_prefix[:1].isdigit() and ITEM_OWN_NUMBER.match(text) is not None
            block.prefix, block.list_id = "" if numbered else self.li_prefix, self.li_list
            self.li_prefix = ""  # a second paragraph of the same item gets no number
        elif kind == "h" and self.in_li and self.li_prefix:
            # a heading opening a list item (<li><h3>Boil it</h3><p>Ten minutes …</p></li>) heads the item: the
            # item's number goes on it, not on the paragraph under it, unless the heading shows its own number
            block.prefix = "" if NUMBERED_HEADING.match(text) else self.li_prefix
            self.li_prefix = ""
        self.parts.blocks.append(block)

    def start(self, node, tag: str) -> bool:
        """Open an element; return whether to walk into it."""
        parts = self.parts
        attrs = node.attributes
        if tag == "meta":
            parts.meta.append({k.lower(): v or "" for k, v in attrs.items()})
            return False
        if tag == "link":
            parts.links.append({k.lower(): v or "" for k, v in attrs.items()})
            return False
        if tag == "title":
            if not parts.title:
                parts.title = _clean(node.text(deep=True))
            return False
        if tag == "script":
            if (attrs.get("type") or "").lower() == "application/ld+json":
                parts.json_ld.append(node.text(deep=True))
            return False
        if tag in CONTROL_TAGS and self.stack:
            parts.controls.append(self.stack[-1])
        if tag in SKIP and not (tag == "button" and self.in_h and "aria-controls" in attrs):
            # (an accordion's heading is a button that opens its panel, "<h3><button aria-controls=…>Yellow
            # leaves</button></h3>": its words are the heading of the panel under it, which is read)
            return False
        if ("hidden" in attrs or (attrs.get("aria-hidden") or "").lower() == "true" or (
            "style" in attrs and HIDDEN_STYLE.search(attrs.get("style") or "")
        )) and not (attrs.get("id") and attrs.get("id") in self.expanded):
            return False
        if tag == "html":
            parts.lang = (attrs.get("lang") or attrs.get("xml:lang") or None) if not parts.lang else parts.lang
        if tag == "br":
            self.buf.append(BR)
            return False
        rel = (attrs.get("rel") or "").lower()
        if tag == "a" and (rel in ("author", "license") or "license" in rel.split()  # rel="license noopener"
                           or "license" in (attrs.get("itemprop") or "").lower().split()):  # schema.org microdata
            parts.links.append({"rel": rel if rel == "author" else "license", "href": attrs.get("href") or "",
                                "text": _clean(node.text(deep=True)),
                                "block": str(len(parts.blocks))})  # the block it stands in: what it licenses
        elif tag == "a" and AUTHOR_PAGE.search(attrs.get("href") or ""):  # a link to a writer's page on the site:
            # a byline listing co-authors links each to hers (html_meta reads the names a byline links so)
            shown = _clean(node.text(deep=True))
            avatar = None if shown else node.css_first("img[alt]")  # a link showing her avatar alone: its alt text
            # is the link's words (a meta row's round contributor picture, "alt=NAME")
            parts.links.append({"rel": "author-page", "href": attrs.get("href") or "",
                                "text": shown or _clean(avatar.attributes.get("alt") or "" if avatar else ""),
                                "block": str(len(parts.blocks)),  # an avatar's link keeps where it stands
                                **({"avatar": "1", "elem": str(self.stack[-1] if self.stack else -1)}
                                   if avatar else {})})
        if tag == "time" and attrs.get("datetime"):
            parts.times.append(attrs["datetime"])
        if tag == "img" and (alt := attrs.get("alt")) and ALT_WRITING.search(alt):
            parts.alts.append(_clean(alt))
        elif tag == "img" and alt and BADGE_HINT.search(alt) and not any(
                parts.tags[i] in ("a", "figure") for i in self.stack) and licence_badge(_clean(alt)):
            # a licence badge's picture outside any link (a sidebar widget's 88x31 image): its alt text is where the
            # page names its licence, read as a rel=license link's words are (html_meta); a linked badge is the link's
            parts.links.append({"rel": "license", "href": "", "text": _clean(alt), "block": str(len(parts.blocks))})
        block = tag in BLOCK
        if block:
            self.flush()
        index = len(parts.tags)
        if tag in ("b", "strong") and self.bold is None and not self.lead and BEFORE_LEAD.fullmatch("".join(self.buf)):
            self.bold = (index, [])  # bold before any words of its block: the block's lead, if words follow it
        parts.tags.append(tag)
        parts.parents.append(self.stack[-1] if self.stack else -1)
        parts.chrome.append("" if tag in ("html", "body") else _chrome_reason(tag, attrs))
        parts.main_cue.append(_main_cue(tag, attrs))
        parts.sigs.append(f"{tag}.{attrs.get('class') or ''}")
        self.stack.append(index)
        if not self.accepted_marked and _accepted_answer(attrs):
            # the answer a Q&A page marks accepted, shown by a tick icon alone: its mark in words opens its text, as a
            # page that prints "✓ Accepted" gives it (the tips stage reads the accepted answer's points under it)
            self.flush()
            parts.blocks.append(Block(ACCEPTED_ANSWER_TEXT, index))
            self.accepted_marked = True
        if tag == "time":
            parts.time_elems.append(index)
        if self.aside < 0 and self.capture and self.capture[-1][1] == "h1" and (
                tag == "small" or H1_ASIDE.search(attrs.get("class") or "")):
            self.aside = index  # "<h1><span class=dachzeile>Kicker</span> Headline</h1>": the kicker is no title
        cue = _byline_cue(attrs)
        if tag == "h1" or cue:
            self.capture.append((index, "h1" if tag == "h1" else cue, []))
            if tag == "h1" and _brand_mark(attrs, [parts.sigs[k] for k in self.stack[-BRAND_REACH - 1:-1]]):
                self.masthead.add(index)
        if tag == "a":
            self.in_a += 1
            if home_link(attrs.get("href") or "", rel):
                self.masthead.update(i for i, c, _ in self.capture if c == "h1")
        elif tag in HEADINGS:
            self.in_h += 1
        elif tag == "pre":
            self.in_pre += 1
        elif tag in ("ol", "ul"):
            self.lists.append([index, _list_start(attrs) - 1 if tag == "ol" else -1, _list_style(attrs)])
        elif tag == "li":
            self.in_li += 1
            if self.lists:
                current = self.lists[-1]
                self.li_list = current[0]
                if current[1] >= 0:
                    current[1] += 1
                    self.li_prefix = f"{list_number(current[1], current[2])}. "
                else:
                    self.li_prefix = "• "
            else:
                self.li_list, self.li_prefix = index, "• "
        return True

    def end(self, tag: str) -> None:
        if tag in BLOCK:
            self.flush()
        if self.bold is not None and self.stack and self.bold[0] == self.stack[-1]:
            self.lead, self.bold = _clean("".join(self.bold[1]).replace(BR, " ")), None
        if self.aside == self.stack[-1]:
            self.aside = -1
        if self.capture and self.capture[-1][0] == self.stack[-1]:
            index, cue, texts = self.capture.pop()
            text = _clean(_join_runs([t for t in texts if t != ASIDE_MARK]))
            if cue == "h1" and self.aside_texts:
                whole = _clean(_join_runs(_merge_runs(texts, self.aside_texts)))
                self.aside_texts = []
                if len(headline := text.strip(HEADLINE_EDGE)) > 1:  # a whole <h1> in small type stays whole
                    text, self.parts.h1_whole[headline] = headline, whole
                else:
                    text = whole
            if text and cue == "h1":
                (self.parts.site_h1 if index in self.masthead else self.parts.h1).append(text)
            elif text:
                self.parts.bylines.append((cue, text, index))
        self.stack.pop()
        if tag == "a":
            self.in_a -= 1
        elif tag in HEADINGS:
            self.in_h -= 1
        elif tag == "pre":
            self.in_pre -= 1
        elif tag in ("ol", "ul"):
            if self.lists:
                self.lists.pop()
        elif tag == "li":
            self.in_li -= 1

    def data(self, text: str) -> None:
        self.buf.append(text)
        if self.bold is not None:
            self.bold[1].append(text)
        if self.in_a:
            self.buf_links += len(_clean(text)) + (1 if text[-1:].isspace() else 0)
        for _, cue, texts in self.capture:
            if cue == "h1" and self.aside >= 0:
                self.aside_texts.append(text)  # kept apart, in order: the whole <h1> is still its block's text
                texts.append(ASIDE_MARK)
            else:
                texts.append(text)


# A site's masthead <h1>: its name as a link to the home page (a theme's header), or an <h1> whose own class/id or
# a close ancestor's class names the site's brand. A post's own <h1> links to the post, if anywhere.
BRAND_CUES = re.compile(r"(?:^|[\s_-])(?:site-?(?:title|name|logo|branding)|blog-?(?:title|name)|branding|logo|brand|"
                        r"masthead)(?:$|[\s_-])", re.I)
BRAND_REACH = 2  # the <h1>'s parent and grandparent: "header--logo > h1", not the page's whole header
HOME_PATH = re.compile(r"^/?(?:index\.(?:php|html?|aspx?))?$", re.I)
HOME_QUERY = frozenset({"locale", "lang", "language", "hl"})  # the home page in a language is still the home page
EMBEDDED_URL = re.compile(r"https?://(?!.*https?://)", re.I)  # the last URL in an archive's link (web.archive.org)


def home_link(href: str, rel: str = "") -> bool:
    """Whether a link goes to a site's home page: ``rel="home"``, or a URL whose path is empty, ``/`` or an index
    page (a query such as ``?locale=de-DE`` may follow); inside an archive's link the archived URL counts.

    >>> home_link("https://example.org/"), home_link("/?locale=de-DE"), home_link("/2020/05/post/")
    (True, True, False)
    >>> home_link("https://web.archive.org/web/2014/http://www.example.com/"), home_link("#top"), home_link("")
    (True, False, False)
    >>> home_link("index.php?option=com_content&id=12"), home_link("https://example.org/index.php")
    (False, True)
    """
    if "home" in rel.split():
        return True
    href = href.strip()
    if not href or href.startswith(("#", "mailto:", "javascript:")):
        return False
    match = EMBEDDED_URL.search(href)
    if match:
        rest = href[match.end():]
        path = "/" + rest.partition("/")[2] if "/" in rest else ""
    else:
        path = href
    path, _, query = path.split("#", 1)[0].partition("?")
    keys = {pair.partition("=")[0].lower() for pair in query.split("&") if pair}
    return HOME_PATH.match(path) is not None and keys <= HOME_QUERY  # "index.php?id=12" is a page, not home


def _brand_mark(attrs: dict, ancestors: list[str]) -> bool:
    """Whether an <h1>'s own class or id, or its close ancestors' class, names the site's brand.

    >>> _brand_mark({"id": "site-title"}, []), _brand_mark({}, ["div.header--logo"]), _brand_mark({}, ["div.post"])
    (True, True, False)
    """
    own = f"{attrs.get('class') or ''} {attrs.get('id') or ''}"
    return any(BRAND_CUES.search(text) for text in (own, *(sig.partition(".")[2] for sig in ancestors)))


# A class or id naming the author's element, as a word of it: "post-author", "header-info__author-link" (BEM's "__"
# joins words too), "authors" (a list of one or more writers).
BYLINE_CUES = re.compile(r"(?<![^\W_])(?:byline|authors?|autor(?:en)?|auteur|writer|posted-?by|by-?line|creator)"
                         r"(?![^\W_])", re.I)
# A link to a writer's own page on the site, as blog engines make it ("/author/ann-lee/", "/authors/ann",
# "/autor/jan-brandt/"): its path's last segment under the word, nothing after it but a query or a fragment; a
# magazine's or a newsroom's staff pages too ("/team/ann-lee/", "/people/ann-lee", "/profile/ann-lee", "/staff/...")
AUTHOR_PAGE = re.compile(r"/(?:authors?|autor(?:en|in)?|auteurs?|writers?|contributors?|team|staff|people|profiles?)"
                         r"/[^/?#\s]+/?(?:[?#]|$)", re.I)
# A whole post's wrapper, as WordPress's post_class() marks it: its classes list the post's taxonomy terms
# ("autor-jan-brandt", "author-ann-lee"), which name writers but do not make the wrapper a byline.
POST_WRAPPER = re.compile(r"(?:^|\s)(?:type-post|status-publish|hentry)(?:$|\s)", re.I)
# A class naming the author of the picture, not of the text ("img-author", "article__image-author", "foto-autor",
# "photoauthor"): the photographer's credit or a "Courtesy" line under the picture (SPEC: a picture's credit is no
# writer's)
PICTURE_AUTHOR = re.compile(r"(?<![^\W_])(?:img|image|photo|foto|picture|pic|bild)[-_]?(?:authors?|autor|creator)"
                            r"(?![^\W_])", re.I)
# The name in a member's card on Q&A and forum software ("user-name", "user-details", Discourse's "full-name"): whose
# card it is (the accepted answer's, the first post's) html_meta tells.
USER_CARD_CUES = re.compile(r"(?:^|[\s_-])(?:full-?name|user-?name|display-?name|user-details)(?:$|[\s_-])", re.I)


def _byline_cue(attrs: dict) -> str:
    """``itemprop``/``rel``/``class`` evidence that an element names the author, or ``""``.

    >>> _byline_cue({"itemprop": "author"}), _byline_cue({"class": "post-author vcard"}), _byline_cue({})
    ('itemprop', 'class', '')
    >>> _byline_cue({"class": "first full-name"}), _byline_cue({"class": "post type-post autor-jan-brandt"})
    ('user', '')
    >>> _byline_cue({"class": "hero-image-author"}), _byline_cue({"class": "topic-author"})  # a picture's maker
    ('', 'class')
    """
    if "author" in (attrs.get("itemprop") or "").lower():
        return "itemprop"
    if (attrs.get("rel") or "").lower() == "author":
        return "rel"
    if (BYLINE_CUES.search(attrs.get("class") or "") or BYLINE_CUES.search(attrs.get("id") or "")) and not (
            POST_WRAPPER.search(attrs.get("class") or "") or PICTURE_AUTHOR.search(attrs.get("class") or "")):
        return "class"
    if USER_CARD_CUES.search(attrs.get("class") or ""):
        return "user"
    return ""


def walk(html: str) -> PageParts:
    """Parse ``html`` and gather its blocks and metadata sources, iteratively (any nesting depth)."""
    tree = LexborHTMLParser(html)
    walker = _Walker()
    root = tree.root
    if root is None:
        return walker.parts
    if "aria-controls" in html:
        walker.expanded = frozenset(ids for n in tree.css("[aria-controls]")
                                    for ids in (n.attributes.get("aria-controls") or "").split())
    node = root
    entered: list[int] = []  # mem_id of elements whose end() is owed
    while node is not None:
        descend = False
        if node.is_element_node:
            tag = node.tag.lower()
            descend = walker.start(node, tag)
            if descend:
                entered.append(node.mem_id)
        elif node.is_text_node:
            text = node.text_content
            if text:
                walker.data(text)
        child = node.child if descend else None
        if child is not None:
            node = child
            continue
        while node is not None:
            if entered and entered[-1] == node.mem_id:
                entered.pop()
                walker.end(node.tag.lower())
            if node.mem_id == root.mem_id:
                node = None
                break
            following = node.next
            if following is not None:
                node = following
                break
            node = node.parent
    walker.flush()
    return walker.parts


def _weight(block: Block, config: MainConfig, sentences: bool = True) -> float:
    """A block's pull on its container (``sentences``: short whole sentences count a little, see MainConfig)."""
    length = len(block.text)
    density = block.link_density()
    if density > config.link_dense:
        if length >= 2 * config.prose_min_chars and density < config.all_links:
            return 0.0  # a long linked sentence (a news digest) is not a menu
        return -length * config.link_list_penalty
    if block.kind == "h":
        return 0.0
    if length >= config.prose_min_chars and density <= config.prose_max_links:
        return length * (1.0 - density)
    if sentences and block.kind == "p" and density <= config.prose_max_links and _is_sentence(block.text, config):
        return length * config.short_sentence_weight  # an article of short paragraphs is still prose
    return -length * config.short_line_penalty


def _is_sentence(text: str, config: MainConfig) -> bool:
    """Whether a short block reads as a whole sentence: enough words, and it ends as a sentence ends.

    >>> _is_sentence("Keep it under four minutes, and nobody will complain.", DEFAULT_MAIN)
    True
    >>> _is_sentence("Posted 2 July 2013", DEFAULT_MAIN), _is_sentence("Home | About | Contact.", DEFAULT_MAIN)
    (False, False)
    """
    return (text.rstrip()[-1:] in ".!?" and len(text.split()) >= config.sentence_min_words
            and "|" not in text)


def select(parts: PageParts, config: MainConfig = DEFAULT_MAIN) -> MainText:
    """Choose the main content's blocks among ``parts.blocks``; count the others in ``removed`` by why.

    A page whose every block looks like chrome (a blog whose post sits in a box named "sidebar") is chosen
    again with the chrome cues off, rather than emptied.
    """
    chosen = _select(parts, config, use_chrome=True)
    if chosen.blocks or not parts.blocks:
        return chosen
    return _select(parts, config, use_chrome=False)


def _acting(parts: PageParts) -> list[bool]:
    """Per element, whether its subtree holds a control the reader acts on (``parts.controls``: a link, a button, a
    form's field), in one backward pass (children come after their parents).

    >>> _acting(PageParts(parents=[-1, 0, 0, 2], controls=[3]))
    [True, False, True, True]
    """
    n = len(parts.parents)
    acts = [False] * n
    for i in parts.controls:
        if 0 <= i < n:
            acts[i] = True
    for i in range(n - 1, 0, -1):
        if acts[i] and parts.parents[i] >= 0:
            acts[parts.parents[i]] = True
    return acts


def _select(parts: PageParts, config: MainConfig, use_chrome: bool) -> MainText:
    n = len(parts.tags)
    blocks = parts.blocks
    weights = [_weight(b, config) for b in blocks]
    prose = [0.0] * n
    for b, w in zip(blocks, weights, strict=True):
        if w > 0 and b.elem >= 0:
            prose[b.elem] += w
    for i in range(n - 1, 0, -1):  # children come after their parents: one backward pass sums subtrees
        if parts.parents[i] >= 0:
            prose[parts.parents[i]] += prose[i]
    total = max(prose[0], 1.0) if n else 1.0
    # words per subtree (every block, short lines too, links not counted): a chrome element is the page only if
    # it holds most of the words as well, not just the one long paragraph (a footer notice under an article of
    # short list items)
    words = [0] * n
    for b in blocks:
        if b.elem >= 0:
            words[b.elem] += len(b.text) - b.links
    for i in range(n - 1, 0, -1):
        if parts.parents[i] >= 0:
            words[parts.parents[i]] += words[i]
    all_words = max(words[0], 1) if n else 1
    cards = _cards(parts, blocks, weights, config)
    holds_article = _holds_article(parts, prose, total)
    acts = _acting(parts) if use_chrome and any(r.endswith(":" + CALL_TO_ACTION) for r in parts.chrome) else None
    captions_text = use_chrome and _captions_are_text(parts, prose, words, total, all_words, config)
    # chrome[i]: reason the element (or an ancestor) is set aside; forwards, parents come first
    chrome = [""] * n
    for i in range(n):
        reason = parts.chrome[i] if use_chrome else ""
        if reason == "tag:header" and prose[i] > 0:
            reason = ""  # a header with prose in it holds the lead paragraph, not the site's banner
        if captions_text and reason == "tag:figcaption":
            reason = ""  # a gallery's captions together are its text (each slide's point)
        if acts is not None and reason.endswith(":" + CALL_TO_ACTION) and not acts[i]:
            reason = ""  # a box classed as a call to action that holds nothing to act on: the post's own box
        if reason and i in holds_article and reason.startswith(("class", "id")):
            reason = ""  # "cb-sidebar-right" around the post: the layout's name, not a sidebar
        if reason and (prose[i] > config.chrome_keep_share * total
                       and words[i] > config.chrome_keep_share * all_words or parts.main_cue[i] and prose[i] > 0
                       and reason.startswith(("class", "id")) and _only_main(parts, i)):
            reason = ""
        if use_chrome and not reason and i in cards and prose[i] <= config.chrome_keep_share * total:
            reason = "cards:teaser"
        parent = parts.parents[i]
        chrome[i] = (chrome[parent] if parent >= 0 else "") or reason
    score = [0.0] * n
    for b, w in zip(blocks, weights, strict=True):
        if b.elem >= 0 and not chrome[b.elem]:
            score[b.elem] += w
    for i in range(n - 1, 0, -1):
        if parts.parents[i] >= 0:
            score[parts.parents[i]] += score[i]
    best = 0
    for i in range(n):
        if score[i] >= score[best] and score[i] > 0 and parts.tags[i] not in NOT_CONTAINERS:
            best = i
    chosen = _with_siblings(parts, score, best, config)
    inside = [False] * n
    for i in range(n):
        parent = parts.parents[i]
        inside[i] = i in chosen or (parent >= 0 and inside[parent])
    why: list[str] = []
    kept: list[Block] = []
    for b, w in zip(blocks, weights, strict=True):
        if b.elem >= 0 and chrome[b.elem]:
            why.append(f"html-chrome-{chrome[b.elem].split(':')[0]}")
        elif captions_text and b.elem >= 0 and parts.tags[b.elem] == "figure":
            why.append("html-figure-furniture")  # a slide's counter ("3 / 9") or credit beside its caption
        elif b.elem < 0 or not inside[b.elem]:
            why.append("html-outside-main")
        elif w < 0 and b.link_density() > config.link_dense:
            why.append("html-link-list")
        else:
            why.append("")
            kept.append(b)
    for k, block in enumerate(blocks):
        if not why[k] and len(block.text) < PROMO_MAX_CHARS and _promo_line(block.text):
            why[k] = "html-promo-line"
    for k in _dangling_headings(parts, why):
        why[k] = "html-dangling-heading"
    leads = _lead_blocks(parts, why, chrome, config)
    for k in leads:
        why[k] = ""
        blocks[k].kind = "p"  # a standfirst set in an <h2> is the article's first paragraph, not a heading
    kept = [b for b, reason in zip(blocks, why, strict=True) if not reason]
    under = _bylines_under_headings(blocks, why, parts)
    if len(under) >= MIN_HEADED_BYLINES:  # a newsletter's articles, each with its own byline: segment needs them
        for k in under:
            why[k] = ""
        kept = [b for b, reason in zip(blocks, why, strict=True) if not reason]
    # the edges are trimmed around the long prose only: a short sentence at the top may still be a credit line
    edges = _edge_blocks(kept, {id(b): _weight(b, config, sentences=False) for b in blocks}, config)
    edges -= {id(blocks[k]) for k in leads}
    if len(under) >= MIN_HEADED_BYLINES:
        edges -= {id(blocks[k]) for k in under}  # each article's own byline, not the page's edge
    for i, b in enumerate(blocks):
        if id(b) in edges:
            why[i] = "html-edge"
    kept = [b for b in kept if id(b) not in edges]
    return MainText(render(kept), kept, Counter(r for r in why if r), parts, why)


ARTICLE_HOLD_SHARE = 0.5  # an <article> or <main> with this share of the page's prose is the page's article


def _captions_are_text(parts: PageParts, prose: list[float], words: list[int], total: float, all_words: int,
                       config: MainConfig) -> bool:
    """Whether the page's picture captions (``<figcaption>``) together hold most of its prose and of its words, as a
    chrome element that is the page does: a gallery or slideshow whose captions are its text, one point a slide. A
    caption alone is chrome (a photo's credit, a line under a picture); so are the captions of a page of prose.

    >>> parts = PageParts(parents=[-1, 0, 0, 0], tags=["body", "figcaption", "figcaption", "p"])
    >>> _captions_are_text(parts, [10.0, 4.0, 4.0, 2.0], [100, 40, 40, 20], 10.0, 100, DEFAULT_MAIN)
    True
    >>> _captions_are_text(parts, [10.0, 1.0, 1.0, 8.0], [100, 10, 10, 80], 10.0, 100, DEFAULT_MAIN)
    False
    """
    shown = [i for i, tag in enumerate(parts.tags) if tag == "figcaption"]
    if len(shown) < 2:
        return False
    return (sum(prose[i] for i in shown) > config.chrome_keep_share * total
            and sum(words[i] for i in shown) > config.chrome_keep_share * all_words)


def _holds_article(parts: PageParts, prose: list[float], total: float) -> set[int]:
    """The elements that hold (at or below them) an ``<article>`` or ``<main>`` element with at least half the
    page's prose. A class or id naming chrome on such an element names the layout ("cb-sidebar-right",
    "layout-with-comments"), not the element: a sidebar or a related list does not hold the page's article.

    >>> parts = PageParts(parents=[-1, 0, 1, 0], tags=["body", "div", "article", "div"])
    >>> sorted(_holds_article(parts, [10.0, 8.0, 8.0, 2.0], 10.0))
    [0, 1, 2]
    """
    holds: set[int] = set()
    for i, tag in enumerate(parts.tags):
        if (tag == "article" or tag == "main") and prose[i] >= ARTICLE_HOLD_SHARE * total:
            while i >= 0 and i not in holds:  # the element and its ancestors, each once
                holds.add(i)
                i = parts.parents[i]
    return holds


def _cards(parts: PageParts, blocks: list[Block], weights: list[float], config: MainConfig) -> set[int]:
    """Elements that are teaser cards: at least ``min_cards`` siblings alike (same tag and class), each
    holding a link-dense line (the headline, outside any element named as chrome) and another line (the summary or
    the date)."""
    n = len(parts.tags)
    linky = [0] * n
    other = [0] * n
    chars = [0] * n
    for b, w in zip(blocks, weights, strict=True):
        if b.elem >= 0:
            chars[b.elem] += len(b.text)
            if b.link_density() > config.link_dense and (w < 0 or b.kind == "h") and not parts.chrome[b.elem]:
                linky[b.elem] += 1  # (a pager's "← Step 1 · Next: Step 3 →" inside a section, named as the
                # navigation it is, heads no teaser: the section's own heading is no link)
            else:
                other[b.elem] += 1
    for i in range(n - 1, 0, -1):
        parent = parts.parents[i]
        if parent >= 0:
            linky[parent] += linky[i]
            other[parent] += other[i]
            chars[parent] += chars[i]
    groups: dict[tuple[int, str], list[int]] = {}
    for i in range(1, n):
        if linky[i] and other[i] and chars[i] <= config.card_max_chars:
            groups.setdefault((parts.parents[i], parts.sigs[i]), []).append(i)
    found: set[int] = set()
    for members in groups.values():
        if len(members) >= config.min_cards:
            found.update(members)
    return found


def _only_main(parts: PageParts, index: int) -> bool:
    """A chrome-named element that is also article-named (``class="post comments-open"``) is the article."""
    return parts.tags[index] in ("article", "main")


def _with_siblings(parts: PageParts, score: list[float], best: int, config: MainConfig) -> set[int]:
    chosen = {best}
    parent = parts.parents[best] if best >= 0 else -1
    if parent < 0 or score[best] <= 0:
        return chosen
    for i in range(len(parts.tags)):
        if parts.parents[i] == parent and i != best and score[i] > config.sibling_share * score[best]:
            chosen.add(i)
    return chosen


# Class words of an article's lead (standfirst, deck, teaser, summary) set apart from its body by the theme.
LEAD_PARTS = frozenset("lead lede intro summary teaser deck dek standfirst subheadline subhead subtitle bajada "
                       "excerpt abstract chapo chapeau".split())
LEAD_REACH = 3  # the block's own element and two above it: "div.article-lead > h2 > span"
LEAD_CHROME = ("", "tag:header")  # a lead under the title sits in the article's <header> as often as not


def _lead_class(parts: PageParts, elem: int) -> bool:
    """Whether the element or one of its close ancestors has a class word naming a lead ("p.intro",
    "h2.article-deck", "div.texto-bajada", "div.field--summary").

    >>> parts = PageParts(parents=[-1, 0], sigs=["div.article-lead", "h2."])
    >>> _lead_class(parts, 1), _lead_class(PageParts(parents=[-1], sigs=["p.leading-normal"]), 0)
    (True, False)
    """
    for _ in range(LEAD_REACH):
        if elem < 0:
            return False
        classes = parts.sigs[elem].partition(".")[2].lower()
        if classes and any(part in LEAD_PARTS for token in classes.split() for part in SPLIT_TOKEN.split(token)):
            return True
        elem = parts.parents[elem]
    return False


def _lead_blocks(parts: PageParts, why: list[str], chrome: list[str], config: MainConfig) -> list[int]:
    """Indexes of the article's lead, set aside because the theme puts it outside the body's element: between the
    page's title (its ``<h1>``) and the first kept block, a whole sentence or more, few links, in an element whose
    class names a lead. Teaser lists and captions elsewhere on the page are not between the title and the text."""
    first = next((k for k, reason in enumerate(why) if not reason), -1)
    blocks = parts.blocks
    titles = set(parts.h1)
    heads = [k for k in range(max(first, 0)) if blocks[k].kind == "h"]
    # the title: the page's <h1>, else (a theme that sets it in an <h3>) the last heading not itself a lead
    title = max((k for k in heads if blocks[k].text in titles), default=-1)
    if title < 0:
        title = max((k for k in heads if not _lead_class(parts, blocks[k].elem)), default=-1)
    if title < 0:
        return []
    found = []
    for k in range(title + 1, first):
        block = blocks[k]
        if block.elem < 0 or (why[k] != "html-outside-main" and chrome[block.elem] not in LEAD_CHROME):
            continue
        if (len(block.text.split()) >= config.sentence_min_words
                and block.link_density() <= config.prose_max_links and _lead_class(parts, block.elem)):
            found.append(k)
    return found


# A short line inside the article that asks the reader to subscribe, join, support, follow or read on elsewhere: the
# publisher's, set in the article's own paragraphs (the verbs' imperative and invitation forms, not "subscribers")
PROMO_LINE = re.compile(
    r"\bsubscribe (?:now|today|to|for|here)|\bplease subscribe|\bsign up (?:for|to) (?:our|the)|jetzt abonnieren|"
    r"abonnieren sie|zum newsletter|newsletter abonnieren|suscr[ií]bete|hazte miembro|become a (?:member|subscriber)|"
    r"\bsupport us\b|unterstütze uns|unterstützen sie uns|\bapóyanos|download (?:the|our) [\w ]{0,30}apps?\b|"
    r"lust auf mehr\?|schon gelesen\?",
    re.I)
PROMO_MAX_CHARS = 200  # a call, not a paragraph that mentions subscriptions
# a word every PROMO_LINE call holds: most lines hold none, and these tests cost a fifth of the pattern's search
PROMO_WORDS = ("subscri", "abonn", "newsletter", "sign up", "suscr", "miembro", "member", "support", "unterstütz",
               "apóy", "app", "lust auf", "gelesen")


def _promo_line(text: str) -> bool:
    """Whether a short line is the publisher's call to subscribe, join, support or read on.

    >>> _promo_line("Become a member and get the tide tables each Friday."), _promo_line("Subscribers rose.")
    (True, False)
    """
    low = text.lower()
    for word in PROMO_WORDS:
        if word in low:
            return PROMO_LINE.search(text) is not None
    return False
LABEL_MAX_WORDS = 4  # "Mehr zum Thema:", "See also:": a label over a list; "The paper is here:" leads to content


def _heading_box(parts: PageParts, block: Block) -> int:
    """The element around a heading (or a label line): the parent of its ``<hN>`` (or of its own element)."""
    elem = block.elem
    for _ in range(4):  # the block's element is the heading or an element right inside it
        if elem < 0 or parts.tags[elem] in HEADINGS:
            break
        elem = parts.parents[elem]
    if elem < 0 or parts.tags[elem] not in HEADINGS:
        elem = block.elem
    return parts.parents[elem] if elem >= 0 else -1


def _inside(parts: PageParts, elem: int, box: int) -> bool:
    while elem >= 0:
        if elem == box:
            return True
        elem = parts.parents[elem]
    return False


def _dangling_headings(parts: PageParts, why: list[str]) -> list[int]:
    """Kept headings (and short label lines ending in a colon) whose whole section was set aside: "Read more",
    "Related posts", "Mehr zum Thema:" over a link list or a teaser box that is gone. What follows them, up to the
    next kept block, is all removed, and that next block is another heading, or none, or lies outside the
    heading's own box (the article goes on after the box of links). A heading over text that is kept stays, and
    so do the headings above the first kept text (the title, a kicker)."""
    blocks = parts.blocks
    found = []
    text_seen = False  # headings above the article's first kept text are its title and kicker: never dangling
    for k, block in enumerate(blocks):
        if not why[k] and block.kind != "h" and not text_seen:
            text_seen = True
            continue
        if why[k] or not text_seen or not (block.kind == "h" or block.kind == "p" and block.text.endswith(":")
                                             and len(block.text.split()) <= LABEL_MAX_WORDS):
            continue
        j = k + 1
        while j < len(blocks) and why[j]:
            j += 1
        if j == k + 1:
            continue  # nothing set aside under it
        if j < len(blocks) and blocks[j].kind != "h":
            box = _heading_box(parts, block)
            if box < 0 or _inside(parts, blocks[j].elem, box) or not _inside(parts, blocks[k + 1].elem, box):
                continue  # its section goes on with kept text, or what was removed is not its own
        found.append(k)
    return found


MIN_HEADED_BYLINES = 2  # one byline under the title is the page's (the markup reads it); several split an issue
HEADED_BYLINE = re.compile(r"^(?:by|von|par|por)\s+\S", re.I)


def _bylines_under_headings(blocks: list[Block], why: list[str], parts: PageParts) -> list[int]:
    """Indexes of "By NAME" lines set aside for their byline class that stand right under a kept heading."""
    return [k for k, b in enumerate(blocks) if k and why[k] == "html-chrome-class" and b.elem >= 0
            and parts.chrome[b.elem] == "class:byline" and blocks[k - 1].kind == "h" and not why[k - 1]
            and len(b.text) < 120 and HEADED_BYLINE.match(b.text)]


def _edge_blocks(kept: list[Block], weights_of: dict[int, float], config: MainConfig) -> set[int]:
    """Ids of short, non-prose lines before the first and after the last prose block (bylines, dates, share)."""
    prose_at = [i for i, b in enumerate(kept) if weights_of[id(b)] > 0]
    if not prose_at:
        return set()
    first, last = prose_at[0], prose_at[-1]
    # a heading right above the text introduces it; a list after the last paragraph is content (the tips)
    head = [b for b in kept[:first] if not (b.kind == "h" and b is kept[first - 1]) and not _content_line(b)
            and not _own_sentence(b, config)]
    tail = [b for b in kept[last + 1:] if b.kind not in ("li", "pre") and not _own_sentence(b, config)]
    if config.trim_head == "cue":
        head = [b for b in head if _chrome_line(b)]
    elif config.trim_head != "all":
        head = []
    if config.trim_tail == "cue":  # a heading with nothing of its own after it introduces nothing
        chrome = {id(b) for b in tail if _chrome_line(b, TAIL_LINE)}
        # kept[last_text] is the last block after which no text of the article's own follows
        last_text = max((i for i, b in enumerate(kept) if b.kind != "h" and id(b) not in chrome), default=-1)
        tail = [b for b in tail if id(b) in chrome or b.kind == "h" and all(
            later is not b for later in kept[:last_text])]
    elif config.trim_tail != "all":
        tail = []
    return {id(b) for b in head + tail}


# Words that name chrome at an article's edge, matched as whole words: "advert" names an advert, but "Recruit fixers
# before you advertise" is a tip's heading and "Following the recipe" a section's (holdout3's lost tip). Each entry
# lists its forms; the stems end where the forms of a family part ("subscri" for subscribe, subscription,
# subscribers; "categor" for category, categories, categorised; "reprint" for a reprint grant at the edge, which
# html_meta reads from the trimmed lines) and match a word's start only.
TAIL_WORDS = (
    "shares?", "shared", "teilen", "newsletters?", "follow", "follows", "followers", "folgen?", "copyright",
    "copyrighted", "rights reserved", "rechte vorbehalten", "tags?", "tagged", "posted", "filed under",
    "veröffentlicht", "published", "updated", "aktualisiert", "comments?", "commented", "related",
    "read more", "weiterlesen", "mehr zum thema", "lesen sie auch", "see also", "print", "printable", "drucken",
    "e-?mails?", "facebook", "twitter", "whatsapp", "linkedin", "pinterest", "instagram", "telegram", "adverts?",
    "advertisements?", "advertising", "anzeigen?", "werbung", "sponsors?", "sponsored", "photos?", "photographs?",
    "photography", "fotos?", "fotografie", "images?", "credits?", "credited", "cookies?", "login", "log in",
    "anmelden", "sign up",
)
TAIL_STEMS = ("(?:un)?subscri", "reprint", "abonn", "schlagw", "kategorie", "categor", "kommentar")
TAIL_MARKS = ("©", r"\bbild:", r"\bquelle:", r"\bsource:")
# Before the text, also bylines, dates, buttons and a site's menu words
HEAD_WORDS = TAIL_WORDS + (
    "by", "von", "autor", "autorin", "autoren", "authors?", "authored", "redaktion", "clicks?", "klicken?",
    "downloads?", "apps?", "register", "registered", "registration", "likes?", "gefällt", "previous", "next", "zurück",
    "weiter", "top", "home", "startseite",
)
HEAD_MARKS = TAIL_MARKS + (r"\b\d{1,2}[./]\d{1,2}[./]\d{2,4}\b", r"\b(?:19|20)\d\d\b")


def _cue_pattern(words: tuple[str, ...], stems: tuple[str, ...], marks: tuple[str, ...]) -> re.Pattern:
    """One pattern for a table of chrome words (whole words), stems (a word's start) and marks (as written)."""
    return re.compile(r"\b(?:" + "|".join(words) + r")\b|\b(?:" + "|".join(stems) + ")|" + "|".join(marks), re.I)


CHROME_LINE = _cue_pattern(HEAD_WORDS, TAIL_STEMS, HEAD_MARKS)
# After the text, only lines naming chrome outright: a closing "Thanks!" or "See you, Anna" is the author's.
TAIL_LINE = _cue_pattern(TAIL_WORDS, TAIL_STEMS, TAIL_MARKS)


CONTENT_MIN_WORDS = 12  # a full sentence this long, with no digit nor link, is the article's, not a date or credit


def _content_line(block: Block) -> bool:
    """A line above the first long paragraph that is the article's own: a list item, or a plain full sentence.

    >>> _content_line(Block("The first hour sets the tone for the rest of the day, so plan it well.", 0))
    True
    >>> _content_line(Block("Posted by Ann Lee on 3 May 2019 in Gardening and Home.", 0))
    False
    """
    return block.kind == "li" or (len(block.text.split()) >= CONTENT_MIN_WORDS and block.text[-1:] in ".!?"
                                  and not block.links and not any(c.isdigit() for c in block.text))


SENTENCE_END = re.compile(r"[.!?…。！？][\"'”“»«)\]]?$")
# A whole sentence that still speaks for the site, not the article: a call to click, listen or read elsewhere, an
# affiliate disclosure ("This post may contain affiliate links. Please see my disclosure page.")
SITE_SENTENCE = re.compile(r"affiliate|disclos|provision|werbelink|partnerlink|\bclick|klick|\blisten (?:to|live|back)|"
                           r"\bhere[.!]?$|\bhier[.!]?$", re.I)
CJK_SENTENCE_MIN = 20  # letters of a CJK sentence (no spaces between its words): a line, not a label


def _own_sentence(block: Block, config: MainConfig = DEFAULT_MAIN) -> bool:
    """A line at the article's edge that is a whole sentence of its own: it ends as a sentence ends, has the words
    of one (or a CJK sentence's letters), links few of them (a citation, "see the download page") and names no
    chrome (share, copyright, published, tags ...). A year in it is the story's ("... in 2017 there will be no ...").

    >>> _own_sentence(Block("For other systems, see the general download page for the sources.", 0, links=13))
    True
    >>> _own_sentence(Block("This article was first published by the Daily Example in 2019.", 0))
    False
    >>> _own_sentence(Block("Share this with your friends and family, they will thank you!", 0))
    False
    >>> _own_sentence(Block("Related: ten ways to water a lawn in dry weeks", 0, links=46))
    False
    >>> _own_sentence(Block("Some links on this page are affiliate links; we earn a small fee.", 0))
    False
    """
    text = block.text
    if block.kind not in ("p", "li") or "\n" in text or not SENTENCE_END.search(text.rstrip()):
        return False
    long_enough = (len(text.split()) >= config.sentence_min_words
                   or len(CJK_LETTER.findall(text)) >= CJK_SENTENCE_MIN)
    return (long_enough and block.link_density() <= config.prose_max_links and "|" not in text
            and not TAIL_LINE.search(text) and not SITE_SENTENCE.search(text) and not is_byline(text)
            and not is_date_line(text))


def _chrome_line(block: Block, cues: re.Pattern = CHROME_LINE) -> bool:
    """A short line at the edge of an article that reads like chrome: share, tags, dates, credits, bylines."""
    return len(block.text) < 200 and (block.links > 0 or bool(cues.search(block.text)))


def render(blocks: list[Block]) -> str:
    """Join blocks: paragraphs apart by a blank line, items of one list on consecutive lines.

    >>> render([Block("Intro.", 0), Block("Smile", 1, kind="li", list_id=5, prefix="1. "),
    ...         Block("Listen", 2, kind="li", list_id=5, prefix="2. ")])
    'Intro.\\n\\n1. Smile\\n2. Listen'
    """
    out: list[str] = []
    previous: Block | None = None
    for b in blocks:
        if out:
            same_list = previous is not None and previous.kind == "li" and b.kind == "li" and (
                previous.list_id == b.list_id)
            out.append("\n" if same_list else "\n\n")
        out.append(b.prefix + b.text)
        previous = b
    return "".join(out)


def extract_main(html: str, config: MainConfig = DEFAULT_MAIN) -> MainText:
    return select(walk(html), config)


# ------------------------------------------------------------------------------ several articles on one page
# A blog's front page or archive, a directory page showing two reposts, a newsletter's web issue: sibling elements
# that each hold a whole article. Their tags and class tokens (microformats h-entry/hentry, WordPress's
# "post type-post", Blogger's "post", the schema.org BlogPosting markup's <article>):
ARTICLE_TAGS = frozenset({"article"})
ARTICLE_TOKENS = frozenset("post hentry h-entry entry blog-post type-post blogposting story".split())
# ... but not the parts of one page that themes also mark up as <article>: a listicle's cards, FAQ entries, a CMS's
# content modules and accordions, teasers (trafilatura-eval: an "article.elcard" per sight of a day-trip list, an
# "article.faq" per question, "article.containerModulTyp7 js_accordion...")
PAGE_PART_CLASS = re.compile(r"card|faq|accordion|teaser|question|answer|modul|tile|slide", re.I)
NUMBERED_HEADING = re.compile(r"^\s*(?:#\s*)?\d{1,3}(?:[.):]|\s|$)")  # "1", "2. Go early": a listicle's items
# ... and a list item's own number, in any script's digits ("3. Boil it", "߃. …"), its mark and a blank: never an
# amount ("2 cups flour", "1.5 kg")
ITEM_OWN_NUMBER = re.compile(r"^\s*\d{1,3}[.)]\s")
SIBLING_MIN_WORDS = 60  # enough text to be an article alone (a teaser card's summary is one line of ~25 words)
SIBLING_DATED_MIN_WORDS = 30  # ... or this much under its own byline or date
SIBLING_MIN_TEXTS = 2  # text blocks besides its heading: a card is a headline over one line and "read more"
TEXT_BLOCK_MIN_WORDS = 8  # a block this long (or a list item) is text, not a date, a tag line or a button
SIGN_MAX_CHARS = 120  # a byline or a date line is short


@dataclass(slots=True)
class _Entry:
    """What one article-like element holds among the kept blocks."""

    first: int = -1  # index (in parts.blocks) of its first kept block
    heading: int = -1  # index of its heading: its first or second kept block (a date line may stand over it)
    kept: int = 0  # kept blocks seen so far
    stamps: int = 0  # ... of them its date or byline lines (a post's date may stand over its linked title)
    texts: int = 0  # text blocks besides headings
    lines: int = 0  # ... and the more lines of text they hold, <br>-broken (counted under a post's title only)
    words: int = 0
    signed: bool = False  # holds a byline or a date of its own


def _article_like(sig: str) -> bool:
    """Whether an element's tag and class (``parts.sigs``: "tag.class") name a whole article.

    >>> _article_like("article."), _article_like("div.post hentry"), _article_like("div.post-content")
    (True, True, False)
    >>> _article_like("article.elcard"), _article_like("article.faq padding-s")
    (False, False)
    """
    tag, _, classes = sig.partition(".")
    if tag not in ARTICLE_TAGS and (not classes or ARTICLE_TOKENS.isdisjoint(classes.lower().split())):
        return False  # most elements: a cheap test before the search
    return PAGE_PART_CLASS.search(classes) is None


def _alike(sig: str, other: str) -> bool:
    """Whether two article elements are of one kind: the same tag, and a class word in common (words with a digit,
    a post's id, left out; WordPress adds each post's own category and tag words) or no class at all.

    >>> _alike("article.post-12 post hentry category-a", "article.post-13 post hentry category-b")
    True
    >>> _alike("article.", "article."), _alike("article.theme4 box", "article.promo-box2")
    (True, False)
    """
    tag, _, classes = sig.partition(".")
    other_tag, _, other_classes = other.partition(".")
    words, other_words = ({w for w in c.lower().split() if not any(ch.isdigit() for ch in w)}
                          for c in (classes, other_classes))
    return tag == other_tag and (bool(words & other_words) or not words and not other_words)


def sibling_articles(parts: PageParts, why: list[str]) -> list[tuple[int, int]]:
    """``(first, heading)``: indices of the kept blocks (``why[k] == ""``) where each whole article starts and of
    its heading, in page order, when the page's markup holds several.

    They are sibling elements, each article-like (:func:`_article_like`), each opening with its own heading over
    at least ``SIBLING_MIN_TEXTS`` text blocks and enough words (fewer under its own byline or date). A page of
    one article, a comment list (already chrome, and headless) and a list of teaser cards (a headline over one
    line) give none.
    """
    n = len(parts.tags)
    like = dict.fromkeys(set(parts.sigs), False)  # most pages repeat a few tag-and-class signatures
    for sig in like:
        like[sig] = _article_like(sig)
    per_parent = Counter(parts.parents[i] for i in range(n) if like[parts.sigs[i]])
    if not per_parent:
        return []  # no article-like element: most pages stop here
    # where each article-like element is grouped with its kind, and the element compared with theirs: itself under
    # its parent, or, when no two of them are siblings, the wrapper that holds it alone (a blog's front page groups
    # its posts by day, each in wrappers of its own: Blogger's "date-outer" > "date-posts" > "post-outer" > "post")
    home = {i: (parts.parents[i], i) for i in range(n) if like[parts.sigs[i]]}
    if max(per_parent.values()) < 2:
        home = _wrapped_alone(parts, home)
        if len(home) < 2 or max(Counter(group for group, _ in home.values()).values()) < 2:
            return []  # no two article-like siblings, bare or wrapped
    # nearest article-like element at or above each element (parents come first: one forward pass)
    nearest = [-1] * n
    for i in range(n):
        parent = parts.parents[i]
        nearest[i] = i if like[parts.sigs[i]] else (nearest[parent] if parent >= 0 else -1)
    entries: dict[int, _Entry] = {}
    # a block that is a <time> element or holds one ("18 Mar" with no year): the post's date, like a date line
    timed = set(parts.time_elems) | {parts.parents[t] for t in parts.time_elems}
    for k, (block, reason) in enumerate(zip(parts.blocks, why, strict=True)):
        if block.elem < 0 or nearest[block.elem] < 0:
            continue
        # a byline or date trimmed at the article's edge is still its own
        signed = block.kind != "h" and len(block.text) < SIGN_MAX_CHARS and (
            is_byline(block.text) or is_date_line(block.text))
        if reason:
            if signed:
                _sign(entries, nearest, parts.parents, block.elem)
            elif reason in SET_ASIDE_TITLES and block.kind == "h" and _titled(parts, block.elem):
                _linked_title(entries.setdefault(nearest[block.elem], _Entry()), k)
            continue
        words = len(block.text.split())
        text = block.kind != "h" and block.link_density() <= 0.3 and (
            block.kind == "li" or words >= TEXT_BLOCK_MIN_WORDS)
        owner = nearest[block.elem]
        while owner >= 0:  # every article-like element around the block (nested ones each count it)
            entry = entries.setdefault(owner, _Entry())
            if entry.first < 0:
                entry.first = k
            if entry.heading < 0 and block.kind == "h" and entry.kept <= 1:
                entry.heading = k
            entry.kept += 1
            entry.stamps += signed or block.elem in timed
            if text:
                entry.texts += 1
                entry.lines += _text_units(block) - 1
                entry.words += words
            entry.signed = entry.signed or signed
            parent = parts.parents[owner]
            owner = nearest[parent] if parent >= 0 else -1
    for *_, elem in parts.bylines:
        _sign(entries, nearest, parts.parents, elem)
    for elem in parts.time_elems:
        _sign(entries, nearest, parts.parents, elem)
    groups: dict[int, list[int]] = {}
    for elem, entry in entries.items():
        if elem in home and entry.heading >= 0 and _texts(parts, entry) >= SIBLING_MIN_TEXTS and entry.words >= (
                SIBLING_DATED_MIN_WORDS if entry.signed else SIBLING_MIN_WORDS):
            groups.setdefault(home[elem][0], []).append(elem)
    alike = [[m for m in members if _alike(parts.sigs[m], parts.sigs[members[0]])
              and _alike(parts.sigs[home[m][1]], parts.sigs[home[members[0]][1]])
              and _level(parts, entries[m].heading) == _level(parts, entries[members[0]].heading)]
             for members in groups.values()]  # one kind of element (and of wrapper), headings of one level
    best = max(alike, key=len, default=[])
    if len(best) < 2:
        return []
    headings = [parts.blocks[entries[m].heading].text for m in best]
    if all(NUMBERED_HEADING.match(h) for h in headings) or all(h.rstrip().endswith("?") for h in headings):
        return []  # a listicle's numbered items, an FAQ's questions: parts of one article
    first = min(entries[m].first for m in best)
    level = _level(parts, entries[best[0]].heading)
    if not all(entries[m].signed for m in best) and any(
            not why[k] and b.kind == "h" and _level(parts, k) < level for k, b in enumerate(parts.blocks[:first])):
        return []  # unsigned sections under the page's own higher title: one article's parts in <article> tags
    return sorted((entries[elem].first, entries[elem].heading) for elem in best)


# An e-mail issue's own word that it is one, in the blocks above its first item: its number ("Issue 31", "No. 12",
# "бр. 37", "Ausgabe 4") or its contents' heading ("In this issue", "У овом броју"), in several languages. (Round
# 15: "\s*#?\s*" split a blank run after the word every way, "Ausgabe" and 8,000 spaces 0.7 s; "\s*+" takes it once.)
ISSUE_MARK = re.compile(
    r"(?:^|[\s·|,–—:(])(?:issue|vol\.?|volume|no\.|nr\.?|n[º°]|número|numéro|numero|nummer|ausgabe|heft|numer|číslo"
    r"|sayı|бр\.|број|выпуск|випуск|номер|τεύχος|αρ\.)\s*+#?\s*+\d{1,4}\b"  # each blank run taken whole: "#" or a digit
    r"|\b(?:in\s+this\s+(?:issue|edition)|σε\s+αυτό\s+το\s+τεύχος|in\s+dieser\s+ausgabe|dans\s+ce\s+numéro"
    r"|en\s+este\s+número"
    r"|in\s+questo\s+numero|neste\s+número|in\s+dit\s+nummer|i\s+detta\s+nummer|w\s+tym\s+numerze"
    r"|в\s+этом\s+(?:выпуске|номере)|у\s+овом\s+броју|u\s+ovom\s+broju|у\s+цьому\s+(?:випуску|номері))\b",
    re.I)
ISSUE_ITEM_REACH = 2  # an item's heading is its box's first or second kept block (under a label: "YOU ASKED")


def issue_items(parts: PageParts, why: list[str]) -> list[tuple[int, int]]:
    """``(first, heading)`` of each item of an e-mail issue whose markup boxes its items alike but names none of
    them an article (:func:`sibling_articles` finds none): the page says above its first item that it is an issue
    (:data:`ISSUE_MARK`), and every kept heading of the items' level opens a box of its own (a table cell, a
    ``<div class="item">``), each box of one kind, holding text under its heading. A page's sections in boxes of
    their own under a heading of a higher level, or a heading standing apart from its box, give none.

    >>> parts = PageParts(parents=[-1, 0, 0, 0, 3, 3, 0, 6, 6], tags=["td", "p", "p", "div", "h2", "p", "div", "h2",
    ...                   "p"], sigs=["td.", "p.", "p.", "div.item", "h2.", "p.", "div.item", "h2.", "p."])
    >>> text = "Bring the hives in before the first hard frost, and check the stores once a month."
    >>> parts.blocks = [Block("Bee Club · No. 37", 1), Block("Two pieces this month.", 2),
    ...                 Block("Winter Hives", 4, kind="h"), Block(text, 5), Block("Show Dates", 7, kind="h"),
    ...                 Block(text, 8)]
    >>> issue_items(parts, [""] * 6)
    [(2, 2), (4, 4)]
    >>> parts.blocks[0] = Block("Bee Club", 1)
    >>> issue_items(parts, [""] * 6)
    []
    """
    kept = [k for k, reason in enumerate(why) if not reason]
    headings = [k for k in kept if parts.blocks[k].kind == "h"]
    if len(headings) < 2:
        return []
    level = min(_level(parts, k) for k in headings[1:])  # (the first kept heading may be the masthead's)
    items = [k for k in headings if _level(parts, k) == level]
    if len(items) < 2 or not any(ISSUE_MARK.search(parts.blocks[k].text) for k in range(items[0])):
        return _ruled_issue_items(parts, kept)
    boxes = [item_box(parts, k) for k in items]
    if -1 in boxes or len(set(boxes)) < len(boxes) or len({parts.sigs[box] for box in boxes}) > 1:
        return _ruled_issue_items(parts, kept)
    out = []
    for k, box in zip(items, boxes, strict=True):
        held = [j for j in kept if parts.blocks[j].elem >= 0 and inside(parts, parts.blocks[j].elem, box)]
        if k not in held[:ISSUE_ITEM_REACH] or not any(
                parts.blocks[j].kind != "h" and len(parts.blocks[j].text.split()) >= TEXT_BLOCK_MIN_WORDS
                for j in held):
            return _ruled_issue_items(parts, kept)
        out.append((held[0], k))
    return out


def _ruled_issue_items(parts: PageParts, kept: list[int]) -> list[tuple[int, int]]:
    """``(first, heading)`` of each item of an e-mail issue whose items stand in one column between ``<hr>`` rules
    (an issue in the browser: the editor's greeting, a rule, an item, a rule, the next item under its department's
    label, ...): the page says above its first item that it is an issue (:data:`ISSUE_MARK`), and at least two
    stretches between rules open with a heading (at most one short label above it) over text of their own. The
    first stretch (the issue's head: masthead, contents) may hold the first item under its heading anywhere in it;
    a stretch that is a box of events or offers (no sentence of text) is no item.

    >>> parts = PageParts(parents=[-1, 0, 0, 0, 0, 0, 0, 0], tags=["td", "p", "h2", "p", "hr", "h2", "p", "hr"],
    ...                   sigs=["td."] + ["x."] * 7)
    >>> text = "Bring the hives in before the first hard frost, and check the stores once a month."
    >>> parts.blocks = [Block("Bee Club · Issue 37", 1), Block("Winter Hives", 2, kind="h"), Block(text, 3),
    ...                 Block("Show Dates", 5, kind="h"), Block(text, 6)]
    >>> _ruled_issue_items(parts, [0, 1, 2, 3, 4])
    [(1, 1), (3, 3)]
    >>> parts.blocks[0] = Block("Bee Club", 1)
    >>> _ruled_issue_items(parts, [0, 1, 2, 3, 4])
    []
    """
    rules = [e for e, tag in enumerate(parts.tags) if tag == "hr"]
    if not rules:
        return []
    stretches: list[list[int]] = [[] for _ in range(len(rules) + 1)]
    for k in kept:
        stretches[bisect.bisect_left(rules, parts.blocks[k].elem)].append(k)
    items = []
    for n, stretch in enumerate(stretches):
        opening = stretch if n == 0 and not items else stretch[:ISSUE_ITEM_REACH]
        heading = next((k for k in opening if parts.blocks[k].kind == "h"), None)
        if heading is None or n > 0 and heading != stretch[0] and len(
                parts.blocks[stretch[0]].text.split()) > LABEL_MAX_WORDS:
            continue
        if any(parts.blocks[k].kind == "p" and len(parts.blocks[k].text.split()) >= TEXT_BLOCK_MIN_WORDS
               and _ends_sentence_block(parts.blocks[k].text) for k in stretch if k > heading):
            items.append((heading if n == 0 else stretch[0], heading))
    if len(items) < 2 or not any(ISSUE_MARK.search(parts.blocks[k].text) for k in range(items[0][1])):
        return []
    return items


def issue_closing_box(parts: PageParts, why: list[str], items: list[tuple[int, int]]) -> list[int]:
    """The kept blocks of an e-mail issue under its last item (:func:`issue_items`) that are no part of it: past the
    rule (``<hr>``) that closes the item, or outside the box (table cell, ``<div>``) holding the item's heading, up
    to the footer the text already left out. The issue's short news, its events table, its offers: the issue's
    own boxes, never the last item's text or tips. A block stating rights stays (the issue's notice).

    >>> parts = PageParts(parents=[-1, 0, 1, 1, 1, 1, 0, 6], tags=["table", "td", "h2", "p", "hr", "h3", "td", "p"],
    ...                   sigs=["x."] * 8)
    >>> parts.blocks = [Block("Winter Hives", 2, kind="h"), Block("Text.", 3), Block("Offers", 5, kind="h"),
    ...                 Block("News in brief.", 7)]
    >>> issue_closing_box(parts, ["", "", "", ""], [(0, 0), (0, 0)])
    [2, 3]
    """
    if len(items) < 2:
        return []
    heading = items[-1][1]
    elem = parts.blocks[heading].elem
    box = item_box(parts, heading)
    rule = next((e for e in range(elem + 1, len(parts.tags)) if parts.tags[e] == "hr"), len(parts.tags))
    out = []
    for k in range(heading + 1, len(parts.blocks)):
        if why[k]:
            if out:
                break
            continue
        at = parts.blocks[k].elem
        if at > rule or box >= 0 and not inside(parts, at, box):
            if RIGHTS_WORDS.search(parts.blocks[k].text) or signed_off(parts.blocks[k].text):
                break  # the issue's notice, or its editor's sign-off (whose name completes a first name above)
            out.append(k)
        elif out:
            return []  # (the item's box goes on past the closing box: no closing box after all)
    return out


def signed_off(text: str) -> bool:
    """Whether a block is a sign-off: a short closing line ending in a comma, then a name ("Until next month," /
    "Ilse Vandamme" / "Editor, The Ledger").

    >>> signed_off("Until next month,\\nIlse Vandamme\\nEditor, The Tidy Ledger"), signed_off("Offers,\\n20 % off")
    (True, False)
    """
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    return (len(lines) >= 2 and lines[0].endswith(",") and len(lines[0].split()) <= MAX_CLOSING_WORDS
            and closing_name(lines[1], lines[0], set()) is not None)


# a block that speaks of rights: an issue's notice, never a box to leave out
RIGHTS_WORDS = re.compile(r"©|\(c\)|copyright|licen[cs]|creative\s+commons|reprint|rights", re.I)


def _ends_sentence_block(text: str) -> bool:
    """Whether a block of text holds a sentence's end (a paragraph, not a table's row or an offer's line)."""
    return INNER_SENTENCE_END.search(text) is not None


# a sentence's end inside a block (a colon only at the block's end: "Day: 40 varieties" is a table's row)
INNER_SENTENCE_END = re.compile(r"[.!?…][\"'”’»)]*(?:\s|$)|:$")


def item_box(parts: PageParts, block: int) -> int:
    """The element that boxes a heading block with its item: the heading element's parent (-1 when none)."""
    elem = parts.blocks[block].elem
    for _ in range(4):
        if elem < 0 or parts.tags[elem] in HEADINGS:
            break
        elem = parts.parents[elem]
    return parts.parents[elem] if elem >= 0 else -1


def _wrapped_alone(parts: PageParts, home: dict[int, tuple[int, int]]) -> dict[int, tuple[int, int]]:
    """Each article-like element's (group, wrapper) when none has a sibling of its kind: the highest element above
    it that holds no other article-like element (its wrapper), grouped under the wrapper's parent. Elements nested
    in another article-like element are left out (they are that article's parts).

    >>> parts = PageParts(parents=[-1, 0, 1, 2, 0, 4, 5], tags=["div"] * 7,
    ...                   sigs=["div.posts", "div.day", "div.post-outer", "div.post hentry",
    ...                         "div.day", "div.post-outer", "div.post hentry"])
    >>> _wrapped_alone(parts, {3: (2, 3), 6: (5, 6)})
    {3: (0, 1), 6: (0, 4)}
    """
    held = [0] * len(parts.tags)  # article-like elements at or under each element
    for elem in home:
        at = elem
        while at >= 0:
            held[at] += 1
            at = parts.parents[at]
    lifted: dict[int, tuple[int, int]] = {}
    for elem in home:
        if held[elem] > 1:
            continue  # holds another article-like element: not the innermost
        wrapper = elem
        while parts.parents[wrapper] >= 0 and held[parts.parents[wrapper]] == 1:
            wrapper = parts.parents[wrapper]
        if parts.parents[wrapper] >= 0:
            lifted[elem] = (parts.parents[wrapper], wrapper)
    return lifted


def article_element(parts: PageParts, block: int) -> int:
    """The article-like element (:func:`_article_like`) holding a block (its heading, for a sibling article found
    by :func:`sibling_articles`), or -1.

    >>> parts = PageParts(parents=[-1, 0, 1], tags=["body", "article", "h2"], sigs=["body.", "article.", "h2."],
    ...                   blocks=[Block("Title", 2, kind="h")])
    >>> article_element(parts, 0)
    1
    """
    elem = parts.blocks[block].elem
    while elem >= 0 and not _article_like(parts.sigs[elem]):
        elem = parts.parents[elem]
    return elem


def inside(parts: PageParts, elem: int, ancestor: int) -> bool:
    """Whether element ``elem`` is ``ancestor`` or sits inside it."""
    while elem > ancestor:  # parents come before their children: an ancestor has the smaller index
        elem = parts.parents[elem]
    return elem == ancestor


def _level(parts: PageParts, block: int) -> int:
    """The level of the heading element holding a heading block (``<h2>``: 2; 7 when none is found)."""
    elem = parts.blocks[block].elem
    for _ in range(4):  # the block's element is the heading or an element right inside it
        if elem < 0:
            break
        if parts.tags[elem] in HEADINGS:
            return int(parts.tags[elem][1])
        elem = parts.parents[elem]
    return 7


def _text_units(block: Block) -> int:
    r"""How many text blocks a kept text block may count for (:func:`_texts`): one, or each of its lines long enough
    to be text when a post's paragraphs are lines broken by ``<br>`` in one element (Blogger's post body).

    >>> _text_units(Block("One short line of text here and there.", 0)), _text_units(Block("a b c d e f g h\n" * 3, 0))
    (1, 3)
    """
    if block.kind == "li" or "\n" not in block.text:
        return 1
    return max(1, sum(len(line.split()) >= TEXT_BLOCK_MIN_WORDS for line in block.text.split("\n")))


# The classes that mark a front page's linked heading as a post's title (hAtom's "entry-title", "post-title", a bare
# "title"); html_meta.TITLE_CLASS, which picks the page's own title among headings, is narrower (no bare "title").
POST_TITLE_CLASS = re.compile(r"(?:^|[\s_-])(?:entry|post|article|story)?-?title(?:$|[\s_-])", re.I)


def _titled(parts: PageParts, elem: int) -> bool:
    """Whether the heading element holding a block (the block's element or one just above it) is marked up as a
    post's title by its class (hAtom's "entry-title", "post-title", "title"): not a forum post's poster name in an
    <h4 class="message-name">, which also opens its post as a link.

    >>> parts = PageParts(parents=[-1, 0], tags=["h3", "a"], sigs=["h3.post-title entry-title", "a."])
    >>> _titled(parts, 1), _titled(PageParts(parents=[-1], tags=["h4"], sigs=["h4.message-name"]), 0)
    (True, False)
    """
    for _ in range(3):
        if elem < 0:
            return False
        if POST_TITLE_CLASS.search(parts.sigs[elem].partition(".")[2]):
            return True
        if parts.tags[elem] in HEADINGS:
            return False
        elem = parts.parents[elem]
    return False


def _texts(parts: PageParts, entry: _Entry) -> int:
    """An article-like element's text blocks; under a heading marked up as a post's title (:func:`_titled`), each
    long line of a <br>-broken block counts as one (a post's paragraphs written with line breaks only), never
    under another heading (a forum post's poster rank over a reply written so)."""
    return entry.texts + (entry.lines if _titled(parts, parts.blocks[entry.heading].elem) else 0)


# Why a post's marked-up title may have been set aside: as a link (a front page links each title to its post), or
# with the post's own <header> element, chrome on a page of one article (an archive's "entry-header" holding the
# "entry-title" heading, its date and its byline)
SET_ASIDE_TITLES = frozenset(("html-link-list", "html-chrome-tag"))


def _linked_title(entry: _Entry, k: int) -> None:
    """Take heading block ``k``, set aside as a link (a front page links each post's title to the post: Blogger's
    and WordPress's "entry-title"), as the title of an article-like element it opens, before any kept block of it.
    The caller keeps it when the element proves to be one of several articles (:func:`linked_titles`)."""
    if entry.heading < 0 and entry.kept <= 1 and entry.kept == entry.stamps:  # (under its date line, at most)
        entry.heading = k
        if entry.first < 0:
            entry.first = k


def linked_titles(articles: list[tuple[int, int]], why: list[str]) -> list[int]:
    """The headings of ``articles`` (:func:`sibling_articles`) that were set aside as links: each is an article's
    title, to keep.

    >>> linked_titles([(0, 0), (3, 4)], ["html-link-list", "", "", "", ""])
    [0]
    """
    return [heading for _, heading in articles if why[heading] in SET_ASIDE_TITLES]


def _sign(entries: dict[int, _Entry], nearest: list[int], parents: list[int], elem: int) -> None:
    """Mark every article-like element around ``elem`` (a byline, a date, a ``<time>``) as signed or dated."""
    owner = nearest[elem] if elem >= 0 else -1
    while owner >= 0:
        entries.setdefault(owner, _Entry()).signed = True
        parent = parents[owner]
        owner = nearest[parent] if parent >= 0 else -1
