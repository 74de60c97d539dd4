"""Tips stage: split each article's body into self-contained, attributed, licence-tagged tips.

The splitter is a set of pure functions over an article's body text. It finds what an editor would call
the tips of an article, in this order of evidence:

1. **numbered** lists at line start (``1.``, ``1)``, ``(1)``, ``Tip #1:``, ``Step 1 -``, ``#1``), and numbered
   runs inside one paragraph (``… people. 1. The job … 2. Be proud … 3.Being good …``). Numbers must form a
   sequence (1, 2, 3 …; one skipped number and restarts at 1 are allowed), so ``in 2008``, ``10 customers`` or
   ``3.5%`` never start a tip;
2. **bullet** lists (``•``, ``·``, ``-``, ``*``, ``–`` …; the reader renders HTML ``<ul>`` items as ``• `` lines
   and ``<ol>`` items as ``1. `` lines);
3. "When this happens … / Try this" pairs and **headed** sections (a short title line and its paragraphs);
4. **paragraph** tips, only when nothing above was found and the article reads as one piece of advice per
   paragraph; the introduction and the conclusion are left out.

Paragraphs between two items belong to the earlier one; paragraphs after the last item stay with it while
they continue it (no closing cue, shared words), and stop at the conclusion. Hard-wrapped lines are joined
first (a line break is a wrap when the next word would not have fitted on the line).

Everything works on character offsets into the body, so each tip is a set of spans of the body: its text is
those spans, whitespace-normalised, minus the list marker; nothing is invented and nothing inside a list is
lost. A guard stops the search at the first licence statement, bio or "About the Author" marker, so no
tip carries boilerplate even when the boilerplate stage did not run.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from itertools import islice

from ..records import Article, Licence, Record, Tip
from ..stats import StageStats
from ..text.licence import credit_line, gatable, licence_flags, reuse

NAME = "tips"
PARALLEL = True  # each article is split on its own: safe to run in worker processes
FORMS = ("numbered", "bullet", "headed", "paragraph")
Span = tuple[int, int]


@dataclass(frozen=True, slots=True)
class TipsConfig:
    min_tips: int = 2  # one numbered line is not a list; an article with fewer tips yields none
    forms: tuple[str, ...] = FORMS  # forms to look for; leave one out to never emit it
    min_paragraph_tips: int = 3  # paragraph tips are the weakest evidence, so they need more points
    min_inline_run: int = 3  # numbers inside prose need a longer 1, 2, 3 run than numbers at line start
    min_headed_sections: int = 3  # one or two headings are an essay's sections, not a list of tips

    def __post_init__(self) -> None:
        unknown = [f for f in self.forms if f not in FORMS]
        if unknown or not self.forms:
            raise ValueError(f"unknown tip form(s) {', '.join(unknown) or '(none given)'}; "
                             f"choose from {', '.join(FORMS)}")
        for name in ("min_tips", "min_paragraph_tips", "min_inline_run", "min_headed_sections"):
            if getattr(self, name) < 1:
                raise ValueError(f"{name} must be at least 1, got {getattr(self, name)}")


# ------------------------------------------------------------------------------------------------ patterns

NUMBER_WORDS = {
    w: i for i, w in enumerate(
        "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
        "seventeen eighteen nineteen twenty".split())
}
_NUM_WORD = "|".join(sorted(NUMBER_WORDS, key=len, reverse=True))
_ITEM_WORDS = (r"tip|step|rule|secret|way|idea|lesson|habit|key|point|reason|mistake|strategy|method|technique|"
               r"trick|hint|question|tactic|principle")
# A numbered marker at the start of a line (or paragraph). Each alternative ends before the item's text.
NUMBERED_LINE = re.compile(
    rf"""(?:
        (?P<word>{_ITEM_WORDS})\s*(?:\#|no\.\s*|number\s+)?\s*(?P<n1>\d{{1,2}}(?!\d)|{_NUM_WORD})\b
            \s*[:.)\-–—]?\s*                                          # Tip #1: / Step 1 - / Tip One.
      | \#\s?(?P<n2>\d{{1,2}})(?!\d)\s*[:.)\-–—]?\s*                    # #1 / #1: / #1 -
      | \((?P<n3>\d{{1,2}})\)\s*                                        # (1)
      | (?P<n4>\d{{1,2}})(?P<p4>[.)])(?!\d)(?:\s+|(?=[A-Z"“‘'(])|$)     # 1. / 1) / glued 3.Being
      | (?P<n5>\d{{1,2}})\s+[-–—:]\s+                                   # 1 - text
    )""",
    re.IGNORECASE | re.VERBOSE,
)
# Bullets that may touch their text (·Making) and ASCII/dash bullets that need a space (- item, not -5).
BULLET_LINE = re.compile(r"(?P<b>[•·▪◦●■□►▸‣⁃✓✔➢➤○◆◇♦❖])\s*|(?P<a>[-*+–—])\s+")
# A number inside a paragraph, after a sentence end: ``people. 1. The job``; never ``3.5%`` or ``page 2.``.
INLINE_NUMBER = re.compile(r"(?<![\w.,$€£%])(?P<n>\d{1,2})[.)](?!\d)(?=\s*[\"“‘'(]?[A-Z])")
SENTENCE_END_BEFORE = re.compile(r"(?:^|[.!?:;…][\"”’')\]]*)\s*$")

ABBREVIATIONS = {
    "mr", "mrs", "ms", "dr", "st", "jr", "sr", "vs", "etc", "e.g", "i.e", "inc", "ltd", "co", "no", "prof",
    "mt", "ft", "u.s", "a.m", "p.m", "approx", "dept", "fig", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
    "sep", "sept", "oct", "nov", "dec",
}
SENTENCE_BREAK = re.compile(r"(?<=[.!?…])[\"”’')\]]*\s+(?=[\"“‘'(]?[A-Z0-9])")

# Paragraphs that close a list (the conclusion), promote something, or are page chrome.
CLOSING = re.compile(
    r"""^\W*(?:so,?\s+)?(?:
        there\s+you\s+have\s+it|in\s+conclusion|in\s+summary|to\s+sum\s+(?:it\s+)?up|to\s+summari[sz]e|
        to\s+conclude|in\s+closing|all\s+in\s+all|(?:the\s+)?bottom\s+line|remember,|none\s+of\s+this|
        good\s+luck|now\s+(?:go|get|you)\b|if\s+you\s+(?:follow|use|apply|implement|put)\b|by\s+following|
        (?:follow|use|try|put|apply|implement)\s+these\b|these\s+(?:tips|steps|ideas|simple|are)\b|
        if\s+you(?:\s+are|'re|’re)\s+looking|click|visit|for\s+more|learn\s+more|sign\s+up|subscribe|
        contact\s+us|call\s+us|download|get\s+your\s+free|about\s+the\s+author|copyright|©|\(c\)\s*\d|
        share\s+and\s+enjoy|tags:|leave\s+a\s+(?:comment|reply)|no\s+comments|post\s+a\s+comment|
        related\s+(?:posts|articles)|resources?\b|conclusion|summary|final\s+thoughts
    )""",
    re.IGNORECASE | re.VERBOSE,
)
CLOSING_ANYWHERE = re.compile(
    r"\b(?:these|the\s+above|those|all\s+of\s+these)\s+(?:\w+\s+)?(?:tips|steps|points|ideas|things|suggestions|"
    r"strategies|techniques|rules)\b|\beach\s+of\s+the\s+points\b|https?://|\bwww\.",
    re.IGNORECASE,
)
CLOSING_WORDS = ("tips", "steps", "points", "ideas", "things", "suggestions", "strategies", "techniques", "rules",
                 "http", "www.")
# Where a page's end matter starts: nothing at or after it can be a tip (used when boilerplate did not run).
GUARD = re.compile(
    r"""(?:^|\n)[ \t]*(?:about\s+the\s+author|author\W*s?\s+(?:bio|resource)|resource\s+box|
        copyright\s*(?:©|\(c\)|\d{4}|by\b|of\b)|©|
        \(c\)\s*\d{4}|all\s+rights\s+reserved|share\s+and\s+enjoy|tags:|leave\s+a\s+(?:comment|reply)|
        no\s+comments:?|post\s+a\s+comment|related\s+(?:posts|articles)|<?\s*back\s+to\s+page)
      | \babout\s+the\s+author\s*[:\-–—]
      | \byou\s+(?:are|may\s+be)\s+(?:free|allowed|welcome)\s+to\s+(?:re)?publish
      | \bused\s+with\s+permission\b""",
    re.IGNORECASE | re.VERBOSE,
)
GUARD_MIN_SHARE = 0.25  # a guard match in the first quarter is a header (bylines); the tail is what it protects

SITUATION_LABEL = re.compile(
    r"^(?:when\s+(?:this|that|it|something\s+like\s+this)\s+happens|the\s+situation|situation|scenario)"
    r"(?P<rest>\s*(?:[.…:\-–—]\s*)*(?:(?<=[:\-–—]\s)|(?<=[:\-–—])|$).*)$",
    re.IGNORECASE | re.DOTALL,
)
RESPONSE_LABEL = re.compile(
    r"^(?:try\s+this|what\s+to\s+do|do\s+this\s+instead|do\s+this|here(?:'|’)?s\s+what\s+to\s+do|"
    r"what\s+you\s+can\s+do|the\s+solution|solution|response|instead)"
    r"(?P<rest>\s*(?:[.…:!\-–—]\s*)*(?:(?<=[:\-–—]\s)|(?<=[:\-–—])|$).*)$",
    re.IGNORECASE | re.DOTALL,
)

IMPERATIVES = set(
    """be do don't don’t dont never always keep make take try use ask listen remember avoid stop start get give
    find learn let put show smile treat focus set stay think know follow offer help call thank say tell check
    consider create build write read look pay respond answer apologize apologise own go choose hire train
    reward greet welcome empower practice practise prepare plan watch develop maintain handle bring ensure
    provide respect recognize recognise acknowledge accept admit allow aim avoid believe breathe celebrate
    communicate deliver encourage exceed explain hold include invest keep leave limit measure meet reply
    resolve return review seek share slow speak spend stick survey take talk tune understand value wait work
    please don't""".split()
)
ADVICE_LEAD = re.compile(
    r"^(?:first(?:ly)?\b|first\s+off|second(?:ly)?\b|third(?:ly)?\b|next\b|another\b|also\b|additionally\b|"
    r"finally\b|lastly\b|last\s+but|the\s+(?:first|next|last|final)\b|above\s+all\b|one\s+of\s+the\b)",
    re.IGNORECASE,
)
ADVICE_ANYWHERE = re.compile(
    r"\byou\s+(?:\w+ly\s+)?(?:should|must|need\s+to|have\s+to|ought\s+to|want\s+to|(?:will|'ll|’ll)\s+want\s+to)\b|"
    r"\bit(?:'s|’s|\s+is)\s+(?:\w+\s+)?(?:important|essential|vital|crucial|key|wise|best|a\s+good\s+idea|"
    r"critical|necessary)\s+(?:to|that)\b|\bmake\s+sure\b|\bbe\s+sure\s+to\b|\bremember\s+to\b|"
    r"\bdon(?:'|’)?t\s+forget\b",
    re.IGNORECASE,
)

COUNT_NOUNS = (r"tips|things|ways|steps|rules|secrets|reasons|keys|ideas|mistakes|habits|questions|lessons|"
               r"strategies|tactics|techniques|signs|tricks|points|principles|facts|myths|commandments|hints|"
               r"suggestions|methods|elements|factors|pillars|essentials|truths|traits|skills|areas|"
               r"do(?:'|’)?s\s+and\s+don(?:'|’)?ts")
EXPECTED_COUNT = re.compile(
    rf"\b(?:top\s+)?(?P<n>\d{{1,2}}|{_NUM_WORD})\s+(?:[\w'’-]+\s+){{0,3}}?(?:{COUNT_NOUNS})\b|\btop\s+(?P<t>\d{{1,2}}|"
    rf"{_NUM_WORD})\b",
    re.IGNORECASE,
)
YEAR_OR_DATE = re.compile(
    r"^\W*(?:(?:1[89]|20)\d\d\b|\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|"
    r"dec)[a-z]*\.?\s+\d{1,4}\b|\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b)",
    re.IGNORECASE,
)
MONEY = re.compile(r"[$€£¥]\s?\d|\d(?:[.,]\d+)?\s?(?:usd|eur|gbp|dollars|euros|pounds)\b", re.IGNORECASE)
WORD = re.compile(r"[^\W\d_]{2,}")
HYPHEN_BREAK = re.compile(r"(?<=[^\W\d_]-)[ \t]*\n\s*(?=[a-z])")
STOPWORDS = set(
    """a an the and or but if so to of in on at by for with from as is are was were be been being it its it's
    this that these those you your yours you're we our us they them their he she his her i me my mine not no
    do does did don't can can't could would should will just very more most some any all each every than then
    there here what when where which who whom why how have has had also only even into out up down over about
    again such own same other too really well much many make made get got one""".split()
)


# ------------------------------------------------------------------------------------------------ text helpers


def normalise(text: str) -> str:
    """Collapse every run of whitespace (newlines and no-break spaces included) to one space.

    A line broken after a hyphen inside a word ("bad-\\nmouths") is joined without a space.

    >>> normalise("  Be proud\\n of what\\u00a0 you do. ")
    'Be proud of what you do.'
    >>> normalise("someone who bad-\\n  mouths you")
    'someone who bad-mouths you'
    """
    if "-\n" in text or "- \n" in text:
        text = HYPHEN_BREAK.sub("", text)
    return " ".join(text.split())


def lead_sentence(text: str) -> str:
    """Return the first sentence of ``text`` (abbreviations such as ``Mrs.`` do not end a sentence).

    >>> lead_sentence("Be proud of what you do. You play an important role.")
    'Be proud of what you do.'
    >>> lead_sentence("Mrs. Jones just pulled into your parking lot. She is a customer.")
    'Mrs. Jones just pulled into your parking lot.'
    >>> lead_sentence("Making eye contact and smiling")
    'Making eye contact and smiling'
    """
    text = normalise(text)
    for m in SENTENCE_BREAK.finditer(text):
        before = text[: m.start()].rstrip("\"”’')]")
        last = before.rsplit(" ", 1)[-1].rstrip(".").lower()
        if before.endswith(".") and (last in ABBREVIATIONS or (len(last) == 1 and last.isalpha())):
            continue
        return text[: m.start()].strip()
    return text


def content_words(text: str) -> set[str]:
    """Return the content words of ``text`` as crude stems (first six letters), stopwords left out.

    >>> sorted(content_words("You have the power to spread positivity"))
    ['positi', 'power', 'spread']
    >>> content_words("positive") == content_words("positivity")
    True
    """
    out = set()
    for w in WORD.findall(text.lower()):
        if w not in STOPWORDS and len(w) >= 4:
            out.add(w[:6])
    return out


def has_words(text: str, n: int) -> bool:
    """Tell whether ``text`` has at least ``n`` words (of :data:`WORD`), reading no further than the n-th.

    >>> has_words("Be kind, be brief.", 4), has_words("Be kind, be brief.", 5), has_words("", 0)
    (True, False, True)
    """
    return n <= 0 or next(islice(WORD.finditer(text), n - 1, None), None) is not None


def is_advice(text: str) -> bool:
    """Tell whether a lead sentence gives advice: an imperative, an enumeration word, or "you should"-style.

    >>> is_advice("Don’t bring your stress to the customers."), is_advice("First off it’s important to know.")
    (True, True)
    >>> is_advice("You basically need to have the patience of a saint."), is_advice("Customer skills matter.")
    (True, False)
    """
    sentence = lead_sentence(text)
    first = sentence.split(" ", 1)[0].strip("\"“”‘’'(,:;").lower() if sentence else ""
    return first in IMPERATIVES or bool(ADVICE_LEAD.match(sentence)) or bool(ADVICE_ANYWHERE.search(sentence))


def is_list_item_text(text: str) -> bool:
    """Tell whether a list item reads as advice rather than data (a date, a price, one word of a menu).

    >>> is_list_item_text("Making eye contact and smiling"), is_list_item_text("Coffee: $2.50")
    (True, False)
    >>> is_list_item_text("2008: opened our second store"), is_list_item_text("Digg")
    (False, False)
    """
    words = WORD.findall(text)
    if len(words) < 2 or YEAR_OR_DATE.match(text):
        return False
    return not (MONEY.search(text) and len(words) <= 4)  # "Coffee: $2.50" is a price, not a tip


def closes_list(text: str) -> bool:
    """Tell whether a paragraph is a conclusion, a promotion or page chrome rather than part of a tip.

    >>> closes_list("So there you have it – a short story."), closes_list("Remember, the customer is the reason.")
    (True, True)
    >>> closes_list("You have the power to spread positivity.")
    False
    """
    return bool(CLOSING.match(text) or _may_close(text) and CLOSING_ANYWHERE.search(text))


def _may_close(text: str) -> bool:
    """An exact gate for :data:`CLOSING_ANYWHERE`: every branch of it holds one of :data:`CLOSING_WORDS`.

    >>> _may_close("Try THESE IDEAS today"), _may_close("Smile at every customer.")
    (True, False)
    """
    if not gatable(text):
        return True
    lowered = text.lower()
    return any(word in lowered for word in CLOSING_WORDS)


def expected_count(*texts: str | None) -> int | None:
    """Return the number of tips a title or intro promises ("7 things", "Top 5", "five ways"), or ``None``.

    >>> expected_count(None, "so herewith are 7 things that I think every customer service person needs")
    7
    >>> expected_count("Top 5 Customer Care Tips"), expected_count("Five simple ways to keep customers")
    (5, 5)
    >>> expected_count("Whether you deal with 10 customers or 200 customers a day") is None
    True
    """
    for text in texts:
        if not text:
            continue
        for m in EXPECTED_COUNT.finditer(text):
            raw = (m.group("n") or m.group("t")).lower()
            n = int(raw) if raw.isdigit() else NUMBER_WORDS[raw]
            if n >= 2:
                return n
    return None


# ------------------------------------------------------------------------------------------------ paragraphs


@dataclass(frozen=True, slots=True)
class Marker:
    """A list marker at the start of a paragraph: what it is and where the item's own text starts."""

    kind: str  # "numbered" | "bullet"
    style: str  # numbered: "dot", "paren", "word", "hash", "dash"; bullet: the bullet character
    number: int | None
    start: int  # absolute offset of the marker
    end: int  # absolute offset where the item text starts


@dataclass(slots=True)
class Para:
    """A paragraph of the body: its span, normalised text, and list marker if any."""

    start: int
    end: int
    text: str
    marker: Marker | None = None
    indent: int = 0
    body: str = ""  # the normalised text after the list marker

    @property
    def body_start(self) -> int:
        return self.marker.end if self.marker is not None else self.start


def _para(text: str, start: int, end: int, marker: Marker | None = None, indent: int = 0) -> Para:
    """Build a paragraph of ``text[start:end]``."""
    body_start = marker.end if marker is not None else start
    return Para(start, end, normalise(text[start:end]), marker, indent, normalise(text[body_start:end]))


def match_marker(text: str, start: int, end: int) -> Marker | None:
    """Return the list marker at ``text[start:end]``'s start, or ``None``.

    >>> m = match_marker("Tip #2: Smile.", 0, 14); (m.kind, m.style, m.number, m.end)
    ('numbered', 'word', 2, 8)
    >>> match_marker("3.Being good", 0, 12).number, match_marker("·Making eye contact", 0, 19).style
    (3, '·')
    >>> match_marker("3.5% more", 0, 9), match_marker("2008. A year", 0, 12), match_marker("-5 degrees", 0, 10)
    (None, None, None)
    """
    line = text[start:end]
    m = NUMBERED_LINE.match(line)
    if m is not None:
        if m.group("n1"):
            raw, style = m.group("n1").lower(), "word"
        elif m.group("n2"):
            raw, style = m.group("n2"), "hash"
        elif m.group("n3"):
            raw, style = m.group("n3"), "paren"
        elif m.group("n4"):
            raw, style = m.group("n4"), "dot" if m.group("p4") == "." else "paren"
        else:
            raw, style = m.group("n5"), "dash"
        number = int(raw) if raw.isdigit() else NUMBER_WORDS[raw]
        return Marker("numbered", style, number, start, start + m.end())
    b = BULLET_LINE.match(line)
    if b is not None and line[b.end():].strip():
        return Marker("bullet", b.group("b") or b.group("a"), None, start, start + b.end())
    return None


def _first_word(line: str) -> str:
    parts = line.split(None, 1)
    return parts[0] if parts else ""


def _starts_item(line: str) -> bool:
    """Tell whether a line starts with a list marker (``_starts_item("1. Smile")`` is True)."""
    stripped = line.lstrip()
    return match_marker(stripped, 0, len(stripped)) is not None


def wrap_width(lines: list[str]) -> int | None:
    """Return the width ``lines`` were hard-wrapped at, or ``None`` when lines are whole paragraphs.

    A break is "forced" when the next line's first word would not have fitted on the line; hard-wrapped
    text is mostly forced breaks at a width of a typical terminal or e-mail.

    >>> import textwrap
    >>> wrap_width(textwrap.wrap("Be proud of what you do. " * 20, 60)) in range(55, 61)
    True
    >>> wrap_width(["A whole paragraph on one line.", "Another one.", "And a third one here.", "Four."]) is None
    True
    """
    lengths = sorted(len(line.rstrip()) for line in lines if line.strip())
    if len(lengths) < 4:
        return None
    width = lengths[min(len(lengths) - 1, int(len(lengths) * 0.95))]
    if not 30 <= width <= 120:
        return None
    pairs = forced = 0
    for a, b in zip(lines, lines[1:], strict=False):
        # a break before a list marker or after a bare marker is structure, not a wrapping decision
        if a.strip() and b.strip() and not _starts_item(b) and not _starts_item(a + " x"):
            pairs += 1
            forced += len(a.rstrip()) + 1 + len(_first_word(b)) > width
    return width if forced >= 2 and forced >= 0.5 * pairs else None


def _title_line(line: str, width: int | None) -> bool:
    """A short line without a sentence end: a title or label, never the middle of a wrapped paragraph."""
    stripped = line.strip()
    short = width is None or len(stripped) <= 0.6 * width
    return short and bool(stripped) and stripped[-1] not in ".,;!?" and len(stripped.split()) <= 8


def paragraphs(text: str) -> list[Para]:
    """Split a body into paragraphs, joining hard-wrapped lines and a marker alone on its line with its text.

    A blank line ends a paragraph, a list marker starts one, and otherwise each line is its own paragraph
    unless the text is hard-wrapped (then a forced break continues the paragraph), the line goes on with a
    sentence the line before left open, or the line is indented under a list item.

    >>> [p.text for p in paragraphs("Intro line.\\n1.\\nBe proud.\\n\\n• Smile\\n  at people.\\nEnd.")]
    ['Intro line.', '1. Be proud.', '• Smile at people.', 'End.']
    """
    spans: list[Span] = []
    pos = 0
    for line in text.split("\n"):
        spans.append((pos, pos + len(line)))
        pos += len(line) + 1
    width = wrap_width([text[s:e] for s, e in spans])
    out: list[Para] = []
    cur: list[Span] = []
    marker: Marker | None = None
    indent = 0

    def close() -> None:
        nonlocal cur, marker
        if cur:
            s, e = cur[0][0], cur[-1][1]
            out.append(_para(text, s, e, marker, indent))
        cur, marker = [], None

    for s, e in spans:
        line = text[s:e]
        if not line.strip():
            if cur and marker is not None and not text[marker.end:cur[-1][1]].strip():
                continue  # a marker alone on its line waits for its text, even across a blank line
            close()
            continue
        lead = len(line) - len(line.lstrip())
        found = match_marker(text, s + lead, e)
        if cur and found is not None and width is not None:
            prev = text[cur[-1][0]:cur[-1][1]].rstrip()
            # "… sales grew by\n10. Then …": a wrap put a number at the line start mid-sentence; not a marker
            # (the sentence is open when the line ends in anything but closing punctuation: "3.5%", "grew by")
            if prev[-1:] not in ".!?:;…\"”’')]" and len(prev) + 1 + len(_first_word(line)) > width:
                found = None
        if cur and found is None:
            prev = text[cur[-1][0]:cur[-1][1]]
            marker_only = marker is not None and not text[marker.end:cur[-1][1]].strip()
            wrapped = width is not None and len(prev.rstrip()) + 1 + len(_first_word(line)) > width
            if wrapped and prev.rstrip()[-1:] in ".!?”\"" and _title_line(line, width):
                wrapped = False  # "… the company.\nTry This": a title after a finished sentence, not a wrap
            # a sentence running on over the break is a wrap whatever the width: "… customer\ncare is …"
            wrapped = wrapped or (prev.rstrip()[-1:] in ",;:–—-" or prev.rstrip()[-1:].isalnum()) and \
                line.lstrip()[:1].islower()
            hanging = marker is not None and lead > indent
            if marker_only or wrapped or hanging:
                cur.append((s, e))
                continue
        close()
        cur, marker, indent = [(s, e)], found, lead
    close()
    return out


def is_heading(para: Para) -> bool:
    """Tell whether a paragraph is a short title line (no list marker, no sentence inside).

    >>> is_heading(Para(0, 0, "Performance Prompts")), is_heading(Para(0, 0, "Be proud of what you do."))
    (True, False)
    """
    t = para.text
    if para.marker is not None or not t:
        return False
    words = t.split()
    if len(words) > 12 or len(t) > 90:
        return False
    if t[-1] in ".,;" and not t.endswith(("...", ". . .", "…")):
        return False
    return not re.search(r"[.!?]\s+[A-Z]", t)


# ------------------------------------------------------------------------------------------------ items


@dataclass(slots=True)
class Item:
    """One tip found in the body: the spans of its text, the spans of its markers, and how it was found."""

    form: str
    pieces: list[Span]  # body spans holding the tip's text (markers excluded), one per paragraph
    markers: list[Span] = field(default_factory=list)
    flags: set[str] = field(default_factory=set)
    headline_span: Span | None = None  # a title line; otherwise the lead sentence is the headline
    group: tuple[str, int] = ("", 0)  # which list (or pair) the item belongs to

    @property
    def start(self) -> int:
        return min([s for s, _ in self.pieces] + [s for s, _ in self.markers])

    @property
    def end(self) -> int:
        return max(e for _, e in self.pieces)


@dataclass(frozen=True, slots=True)
class FoundTip:
    """A tip as the splitter returns it: text, headline, form, flags, and the body spans it came from."""

    text: str
    headline: str
    form: str
    flags: tuple[str, ...]
    pieces: tuple[Span, ...]
    markers: tuple[Span, ...]
    group: int  # tips of one list share it; text between two groups (a list's conclusion) is in no tip


@dataclass(frozen=True, slots=True)
class Split:
    """What the splitter found in one body."""

    tips: tuple[FoundTip, ...]
    expected: int | None  # tips the title or intro promised
    guard: int  # offset where the search stopped (end matter); len(text) when nothing was found
    candidates: int  # tips found before ``min_tips`` was applied


def _piece(text: str, start: int, end: int) -> Span | None:
    """Trim whitespace off a span; ``None`` when nothing is left."""
    seg = text[start:end]
    lead = len(seg) - len(seg.lstrip())
    trail = len(seg) - len(seg.rstrip())
    return (start + lead, end - trail) if end - trail > start + lead else None


def _pieces(text: str, spans: Iterable[Span]) -> list[Span]:
    """Trim every span; drop the ones left empty.

    >>> _pieces("  a    b", [(0, 5), (5, 6), (6, 8)])
    [(2, 3), (7, 8)]
    """
    return [p for p in (_piece(text, s, e) for s, e in spans) if p]


def _item_from_paras(text: str, form: str, paras: list[Para]) -> Item | None:
    # only the item's own marker goes; a stray marker in a later paragraph ("10." after a wrap) is text
    starts = [paras[0].body_start] + [para.start for para in paras[1:]]
    pieces = _pieces(text, ((s, para.end) for s, para in zip(starts, paras, strict=True)))
    if not pieces:
        return None
    first = paras[0]
    markers = [(first.marker.start, first.marker.end)] if first.marker is not None else []
    item = Item(form, pieces, markers)
    if len(paras) > 1:
        item.flags.add("continued")
        head = Para(pieces[0][0], pieces[0][1], normalise(text[pieces[0][0]:pieces[0][1]]))
        if is_heading(head):
            item.headline_span = pieces[0]
    return item


def _ends_list(para: Para) -> bool:
    """A paragraph that can never continue a list item: a marker, a title line, a conclusion, end matter."""
    return para.marker is not None or is_heading(para) or closes_list(para.text) or bool(GUARD.search(para.text))


def _continues(para: Para, last: str, others: list[str]) -> bool:
    """Tell whether a paragraph after a list's last item continues that item (rather than concluding).

    It must share at least two content words with the last item, a fifth of its own, and no fewer than with
    any other item: a conclusion talks about the list as a whole, a continuation about its last point.
    """
    if _ends_list(para):
        return False
    words = content_words(para.text)
    if not words:
        return False
    shared = len(words & content_words(last))
    best_other = max((len(words & content_words(o)) for o in others), default=0)
    return shared >= 2 and shared >= 0.2 * len(words) and shared >= best_other


def _last_item_paras(paras: list[Para], head: int, stop: int, body_sizes: list[int], others: list[str]) -> list[Para]:
    """The paragraphs of a list's last item: its marker paragraph and what continues it.

    When every earlier item had the same number of body paragraphs (a title line and its explanation, say),
    the last one gets as many; beyond that, shared words decide.
    """
    group = [paras[head]]
    uniform = body_sizes[0] if body_sizes and len(set(body_sizes)) == 1 else 0
    for p in paras[head + 1:stop]:
        if len(group) - 1 < uniform and not _ends_list(p):
            group.append(p)
        elif _continues(p, " ".join(q.body for q in group), others):
            group.append(p)
        else:
            break
    return group


def _list_items(text: str, form: str, paras: list[Para], heads: list[int], stop: int) -> list[Item]:
    """Build the items of one list whose markers sit on paragraphs ``heads``; none from paragraph ``stop`` on."""
    groups: list[list[Para]] = []
    for k, head in enumerate(heads[:-1]):
        group = [paras[head]] + [p for p in paras[head + 1:heads[k + 1]] if not GUARD.search(p.text)]
        # a title line just before the next marker introduces it (a restarted list); it is not this tip
        while len(group) > 1 and is_heading(group[-1]):
            group.pop()
        groups.append(group)
    others = [" ".join(q.body for q in g) for g in groups]
    groups.append(_last_item_paras(paras, heads[-1], stop, [len(g) - 1 for g in groups], others))
    items = [_item_from_paras(text, form, g) for g in groups]
    return [it for it in items if it is not None]


def _in_list(items: list[Item], group: tuple[str, int]) -> list[Item]:
    """Tag items as members of one list."""
    for it in items:
        it.group = group
    return items


def _good_list(text: str, items: list[Item]) -> bool:
    """Most items of a real list read as advice, not as data or one-word menu entries."""
    good = sum(is_list_item_text(text[i.pieces[0][0]:i.pieces[0][1]]) for i in items)
    return bool(items) and good >= 0.6 * len(items)


def numbered_chains(markers: list[tuple[int, Marker]], min_from_one: int) -> list[list[int]]:
    """Return runs of numbered markers forming sequences, as lists of their keys (e.g. paragraph indexes).

    A run starts at 1 (or at any number when it runs for three or more, as on a page 2 of a list), goes up
    by one (one skipped number is allowed), and a 1 restarts it. Markers off the sequence are not markers.

    >>> m = lambda n, style="dot": Marker("numbered", style, n, 0, 0)
    >>> numbered_chains([(0, m(1)), (1, m(2)), (2, m(2008)), (3, m(4)), (4, m(1)), (5, m(2))], 2)
    [[0, 1, 3], [4, 5]]
    >>> numbered_chains([(0, m(10)), (1, m(3))], 2)
    []
    """
    chains: list[list[tuple[int, int]]] = []
    cur: list[tuple[int, int]] = []
    style = ""
    for key, marker in markers:
        n = marker.number or 0
        if cur and marker.style == style and n in (cur[-1][1] + 1, cur[-1][1] + 2):
            cur.append((key, n))
        elif n == 1 or (not cur and n <= 20):
            if cur:
                chains.append(cur)
            cur, style = [(key, n)], marker.style
    if cur:
        chains.append(cur)
    return [[k for k, _ in c] for c in chains if len(c) >= (min_from_one if c[0][1] == 1 else 3)]


def _numbered_line_items(text: str, paras: list[Para], config: TipsConfig) -> list[Item]:
    cands = [(i, p.marker) for i, p in enumerate(paras) if p.marker is not None and p.marker.kind == "numbered"]
    chains = numbered_chains(cands, config.min_tips)
    items: list[Item] = []
    for c, chain in enumerate(chains):
        end = chains[c + 1][0] if c + 1 < len(chains) else len(paras)
        found = _list_items(text, "numbered", paras, chain, end)
        numbers = [paras[i].marker.number for i in chain]
        if any(b - a == 2 for a, b in zip(numbers, numbers[1:], strict=False)):
            for it in found:
                it.flags.add("numbering-skips")
        if c > 0:
            for it in found:
                it.flags.add("numbering-restarts")
        if _good_list(text, found):
            items.extend(_in_list(found, ("numbered", c)))
    return items


def _inline_items(text: str, paras: list[Para], config: TipsConfig) -> list[Item]:
    """Numbered runs inside paragraphs (``… people. 1. The job … 2. Be proud …``)."""
    cands: list[tuple[int, Marker]] = []
    para_of: dict[int, int] = {}
    for idx, para in enumerate(paras):
        chunk = text[para.start:para.end]
        for m in INLINE_NUMBER.finditer(chunk):
            if not SENTENCE_END_BEFORE.search(chunk[: m.start()]):
                continue
            after = para.start + m.end()
            while after < para.end and text[after].isspace():
                after += 1
            para_of[len(cands)] = idx
            cands.append((len(cands), Marker("numbered", "inline", int(m.group("n")), para.start + m.start(), after)))
    chains = [c for c in numbered_chains(cands, config.min_inline_run) if len(c) >= config.min_inline_run]
    items: list[Item] = []
    for c, chain in enumerate(chains):
        found: list[Item] = []
        for k, key in enumerate(chain):
            marker = cands[key][1]
            pi = para_of[key]
            if k + 1 < len(chain):
                nxt = cands[chain[k + 1]][1]
                end_pi = para_of[chain[k + 1]]
                spans = [(marker.end, paras[pi].end if end_pi > pi else nxt.start)]
                spans += [(p.start, p.end) for p in paras[pi + 1:end_pi] if not GUARD.search(p.text)]
                if end_pi > pi:
                    spans.append((paras[end_pi].start, nxt.start))
            else:
                limit = cands[chains[c + 1][0]][1].start if c + 1 < len(chains) else len(text)
                spans = [(marker.end, min(paras[pi].end, limit))]
                last = text[marker.end:paras[pi].end]
                others = [text[cands[key2][1].end:cands[chain[j + 1]][1].start] for j, key2 in enumerate(chain[:-1])]
                for p in paras[pi + 1:]:
                    if p.start >= limit or not _continues(p, last, others):
                        break
                    spans.append((p.start, p.end))
                    last += " " + p.text
            pieces = _pieces(text, spans)
            if not pieces:
                continue
            item = Item("numbered", pieces, [(marker.start, marker.end)], {"inline-numbered"})
            if len(pieces) > 1:
                item.flags.add("continued")
            if text[marker.end - 1:marker.end].isalpha() or re.match(r"\d{1,2}[.)][^\s]", text[marker.start:]):
                item.flags.add("glued-marker")
            found.append(item)
        if _good_list(text, found):
            items.extend(_in_list(found, ("inline", c)))
    return items


def _bullet_items(text: str, paras: list[Para], taken: set[int]) -> list[Item]:
    items: list[Item] = []
    i = 0
    n = len(paras)
    while i < n:
        p = paras[i]
        if i in taken or p.marker is None or p.marker.kind != "bullet":
            i += 1
            continue
        symbol, indent = p.marker.style, p.indent
        heads = [i]
        j = i + 1
        while j < n and j not in taken:
            q = paras[j]
            if q.marker is not None and q.marker.kind == "bullet" and q.marker.style == symbol and q.indent <= indent:
                heads.append(j)
            elif q.marker is not None and q.marker.kind == "bullet" and q.indent > indent:
                pass  # a sub-bullet belongs to its parent item
            elif q.marker is not None or is_heading(q) or j - heads[-1] > 3:
                break
            j += 1
        found = _list_items(text, "bullet", paras, heads, j)
        if len(found) >= 2 and _good_list(text, found):
            items.extend(_in_list(found, ("bullet", i)))
        i = max(j, heads[-1] + 1)
    return items


def _label_rest(pattern: re.Pattern[str], para: Para, text: str) -> int | None:
    """Offset where a label's paragraph text starts after the label (end of paragraph when label-only)."""
    chunk = text[para.start:para.end]
    m = pattern.match(chunk.strip())
    if m is None:
        return None
    lead = len(chunk) - len(chunk.lstrip())
    rest = m.group("rest")
    words = rest.strip(" .…:!-–—\n")
    if not words:
        return para.end
    return para.start + lead + m.start("rest") + (len(rest) - len(rest.lstrip(" .…:!-–—\n")))


def _pair_items(text: str, paras: list[Para], taken: set[int]) -> list[Item]:
    """"When This Happens … / Try This" pairs: the situation and the advice together make one tip."""
    items: list[Item] = []
    i, n = 0, len(paras)
    while i < n:
        if i in taken or _label_rest(SITUATION_LABEL, paras[i], text) is None:
            i += 1
            continue
        j = i + 1
        while j < n and j not in taken and _label_rest(RESPONSE_LABEL, paras[j], text) is None:
            if _label_rest(SITUATION_LABEL, paras[j], text) is not None or paras[j].marker is not None:
                break
            j += 1
        if j >= n or j in taken or _label_rest(RESPONSE_LABEL, paras[j], text) is None:
            i += 1
            continue
        k = j + 1
        while k < n and k not in taken:
            q = paras[k]
            if (q.marker is not None or closes_list(q.text) or GUARD.search(q.text)
                    or _label_rest(SITUATION_LABEL, q, text) is not None or (is_heading(q) and k > j + 1)):
                break
            k += 1
        group = paras[i:k]
        pieces = _pieces(text, ((q.start, q.end) for q in group))
        after_label = _label_rest(SITUATION_LABEL, paras[i], text) or paras[i].end
        situation = _pieces(text, [(after_label, paras[i].end)] + [(q.start, q.end) for q in paras[i + 1:j]])
        item = Item("headed", pieces, [], {"situation-response"})
        if situation:
            item.headline_span = situation[0]
        items.extend(_in_list([item], ("pair", i)))
        i = k
    return items


def _headed_items(text: str, paras: list[Para], config: TipsConfig) -> list[Item]:
    heads = [i for i, p in enumerate(paras)
             if is_heading(p) and i + 1 < len(paras) and not is_heading(paras[i + 1])
             and paras[i + 1].marker is None and not CLOSING.match(p.text)]
    if len(heads) < config.min_headed_sections:
        return []
    items: list[Item] = []
    for k, h in enumerate(heads):
        end = heads[k + 1] if k + 1 < len(heads) else len(paras)
        group = [paras[h]]
        for p in paras[h + 1:end]:
            if closes_list(p.text) or GUARD.search(p.text) or is_heading(p):
                break
            group.append(p)
        if len(group) < 2:
            continue
        pieces = _pieces(text, ((q.start, q.end) for q in group))
        items.append(Item("headed", pieces, [], set(), headline_span=pieces[0]))
    advice = sum(is_advice(text[it.pieces[0][0]:it.pieces[0][1]]) or is_advice(text[it.pieces[1][0]:it.pieces[1][1]])
                 for it in items)
    return items if len(items) >= config.min_headed_sections and advice >= 0.5 * len(items) else []


def _paragraph_items(text: str, paras: list[Para], config: TipsConfig) -> list[Item]:
    """One tip per paragraph, when the article gives one point per paragraph and nothing else was found."""
    body = [p for p in paras if has_words(p.text, 15) and not is_heading(p)]
    if not body:
        return []
    # the first paragraph introduces, unless it opens with an enumeration ("First, …")
    start = 0 if ADVICE_LEAD.match(body[0].text) else 1
    end = len(body)
    while end > start and (closes_list(body[end - 1].text) or not is_advice(body[end - 1].text)):
        end -= 1
    groups: list[list[Para]] = []
    for p in body[start:end]:
        if is_advice(p.text) or not groups:
            groups.append([p])
        else:
            groups[-1].append(p)  # an explanation continues the point before it
    advising = sum(is_advice(g[0].text) for g in groups)
    if len(groups) < config.min_paragraph_tips or advising < max(config.min_paragraph_tips, 0.5 * (end - start)):
        return []
    if not is_advice(groups[0][0].text):
        groups = groups[1:]
    items = [_item_from_paras(text, "paragraph", g) for g in groups]
    return [it for it in items if it is not None]


def guard_offset(text: str, stops: Iterable[str] = ()) -> int:
    """Return where the body's end matter starts (licence, bio, "About the Author", share buttons), or its length.

    ``stops`` are texts known to be end matter (the article's licence statement, bio, sign-off).

    >>> body = "Intro. " * 20 + "1. Smile. 2. Listen. About the Author: Jo sells things."
    >>> body[guard_offset(body):][:16]
    'About the Author'
    """
    floor = int(len(text) * GUARD_MIN_SHARE)
    best = len(text)
    for m in GUARD.finditer(text):
        at = m.start() + (len(m.group()) - len(m.group().lstrip()))
        if at >= floor:
            best = min(best, at)
            break
    for stop in stops:
        probe = normalise(stop)[:60]
        if len(probe) < 12:
            continue
        at = text.find(probe, floor)
        if at < 0:
            at = _find_loose(text, probe, floor)
        if at >= 0:
            best = min(best, at)
    return best


def _find_loose(text: str, probe: str, floor: int) -> int:
    """Find ``probe`` in ``text`` from ``floor`` allowing any whitespace between its words."""
    pattern = r"\s+".join(re.escape(w) for w in probe.split())
    m = re.compile(pattern).search(text, floor)
    return m.start() if m else -1


def _taken(paras: list[Para], items: list[Item]) -> set[int]:
    """Indexes of the paragraphs that items already cover (in whole or in part)."""
    spans = sorted((it.start, it.end) for it in items)
    taken = set()
    for i, p in enumerate(paras):
        for start, end in spans:
            if start >= p.end:
                break
            if end > p.start:
                taken.add(i)
                break
    return taken


def split_text(text: str, config: TipsConfig = TipsConfig(), title: str | None = None,
               stops: Iterable[str] = ()) -> Split:
    """Split an article body into tips (see the module docstring for the rules).

    >>> s = split_text("Here are 3 tips.\\n1. Smile at people.\\n2. Listen to them.\\n3. Say thanks.\\nBye now!")
    >>> [(t.headline, t.form) for t in s.tips], s.expected
    ([('Smile at people.', 'numbered'), ('Listen to them.', 'numbered'), ('Say thanks.', 'numbered')], 3)
    >>> split_text("In 2008 we had 10 customers. Sales grew 3.5% a year.").tips
    ()
    """
    stop = guard_offset(text, stops)
    # nothing at or after the end matter can be part of a tip: paragraphs are cut at the guard
    paras = [p if p.end <= stop else _para(text, p.start, stop, p.marker, p.indent)
             for p in paragraphs(text) if p.start < stop]
    forms = set(config.forms)
    items: list[Item] = []
    if "numbered" in forms:
        items = _numbered_line_items(text, paras, config) or _inline_items(text, paras, config)
    if "bullet" in forms:
        items += _bullet_items(text, paras, _taken(paras, items))
    if "headed" in forms:
        items += _pair_items(text, paras, _taken(paras, items))
        if not items:
            items = _headed_items(text, paras, config)
    if not items and "paragraph" in forms:
        items = _paragraph_items(text, paras, config)
    items.sort(key=lambda it: it.start)
    first = items[0].start if items else stop
    expected = expected_count(title, text[:first] if items else text[:stop][:600])
    tips = []
    seen: set[str] = set()
    groups: dict[tuple[str, int], int] = {}
    for it in items:
        tip_text = "\n\n".join(normalise(text[s:e]) for s, e in it.pieces)
        if not tip_text or tip_text in seen:
            continue  # the same words twice in one article are one tip
        seen.add(tip_text)
        if it.headline_span is not None:
            headline = lead_sentence(text[it.headline_span[0]:it.headline_span[1]])
        else:
            headline = lead_sentence(text[it.pieces[0][0]:it.pieces[0][1]])
        group = groups.setdefault(it.group, len(groups))
        tips.append(FoundTip(tip_text, headline, it.form, tuple(sorted(it.flags)), tuple(it.pieces),
                             tuple(it.markers), group))
    minimum = config.min_paragraph_tips if tips and all(t.form == "paragraph" for t in tips) else config.min_tips
    found = len(tips)
    if found < minimum:
        tips = []
    return Split(tuple(tips), expected, stop, found)


# ------------------------------------------------------------------------------------------------ records

def _copy_licence(licence: Licence | None) -> Licence | None:
    return None if licence is None else replace(licence, conditions=list(licence.conditions))


def stops_of(article: Article) -> list[str]:
    """Texts of the article known to be end matter: they end the search for tips."""
    stops = []
    if article.licence is not None and article.licence.statement:
        stops.append(article.licence.statement)
    if article.author_bio is not None and article.author_bio.text:
        stops.append(article.author_bio.text)
    if article.signoff:
        stops.append(article.signoff)
    return stops


def split_article(article: Article, config: TipsConfig) -> tuple[Article, list[Tip], Split]:
    """Return the article with ``tip_count``/``expected_tip_count`` set, its tips, and the raw split."""
    split = split_text(article.text, config, article.title, stops_of(article))
    out = replace(article, flags=list(article.flags), tip_count=len(split.tips), expected_tip_count=split.expected)
    if split.expected is not None and split.tips and split.expected != len(split.tips):
        out.add_flag("tips-fewer-than-expected" if len(split.tips) < split.expected else "tips-more-than-expected")
    credit = credit_line(article.author, article.licence, article.source.url)
    # attribution-inherited travels with the tips: their author came from the original, and dedup must know it
    extra = licence_flags(article.licence) + [f for f in article.flags if f == "attribution-inherited"]
    keep_bio = article.licence is not None and reuse(article.licence).keep_bio
    tips = []
    for position, found in enumerate(split.tips, start=1):
        tips.append(Tip(
            id=Tip.make_id(article.id, found.text),
            article_id=article.id,
            position=position,
            of=len(split.tips),
            headline=found.headline,
            text=found.text,
            form=found.form,
            source=replace(article.source),
            author=article.author,
            licence=_copy_licence(article.licence),
            attribution=credit,
            flags=sorted(set(found.flags) | set(extra)),
            repairs=dict(article.repairs),
            author_bio=replace(article.author_bio, emails=list(article.author_bio.emails),
                               urls=list(article.author_bio.urls)) if keep_bio and article.author_bio else None,
        ))
    return out, tips, split


def run(records: Iterable[Record], config: TipsConfig, stats: StageStats) -> Iterator[Record]:
    """Yield each article (with its tip counts) followed by its tips; other records pass through."""
    for record in records:
        if not isinstance(record, Article):
            stats.count("passed_through")
            yield record
            continue
        article, tips, split = split_article(record, config)
        stats.count("articles")
        stats.count("tips", len(tips))
        if tips:
            stats.count("articles_with_tips")
        elif split.candidates:
            stats.count("too_few_tips")
        if split.guard < len(record.text):
            stats.count("stopped_at_end_matter")
        if split.expected is not None:
            stats.count("expected_count_stated")
            if tips and split.expected != len(tips):
                stats.count("expected_count_mismatch")
        for tip in tips:
            stats.count(f"form_{tip.form}")
        yield article
        yield from tips
