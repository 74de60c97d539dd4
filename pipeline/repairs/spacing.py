"""Whitespace: invisible characters, runs of spaces, and text hard-wrapped at a fixed width."""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right

from ftfy.badness import is_bad
from ftfy.chardata import CHARMAP_ENCODINGS

from .base import Change, FixResult, substitute
from .lexicon import is_foreign_letter, is_word

_INVISIBLE = re.compile(
    r"(?P<nbsp>[\u00a0\u2000-\u200a\u202f\u205f]+)"  # no-break and fixed-width spaces; U+3000 belongs to CJK
    r"|(?P<zero_width>[\u200b\u200c\u200d\u2060\ufeff]+)"
    r"|(?P<soft_hyphen>\u00ad+)"
    r"|(?P<control_chars>\x00+)"
    # Embeddings, overrides and isolates reorder what a reader sees (a reversed name, a spoofed link) and have
    # no place in extracted text; the marks U+200E/U+200F are left alone.
    r"|(?P<bidi_control>[\u202a-\u202e\u2066-\u2069]+)"
)
# Of the control characters only NUL is removed here: it is never text (it is the padding of binary records
# and C strings) and breaks tools downstream. C1 controls are cp1252 bytes that ftfy restores (``\x93`` is
# ``“``); other ASCII controls (``\x1a``, ``\x07``) carry no evidence of what they stood for, so they stay.

# UTF-8 read as cp1252: a lead byte shows as Â..ô, a continuation byte as one of these (or NBSP, soft hyphen).
_LEAD = frozenset(chr(c) for c in range(0xC2, 0xF5))
_CONTINUATION = frozenset(bytes([b]).decode("cp1252", "ignore") for b in range(0x80, 0xC0)) - {""}
# The same lead bytes in the other code pages ftfy decodes (``Ă`` in cp1250, ``Р`` in cp1251): ordinary
# letters there, so they defer only on a line that ftfy's heuristic calls mojibake.
_OTHER_LEAD = frozenset(bytes([b]).decode(enc, "ignore") for enc in CHARMAP_ENCODINGS
                        for b in range(0xC2, 0xF5)) - _LEAD - {""}


def _in_mojibake(text: str, i: int) -> bool:
    """Tell whether ``text[i]`` may be a byte of a UTF-8 sequence shown as cp1252 (``Ã\xa0``, ``â€\xa0``).

    >>> _in_mojibake("Ã\xa0", 1), _in_mojibake("â€\xa0", 2), _in_mojibake("a\xa0", 1), _in_mojibake("”\xa0", 1)
    (True, True, False, False)
    >>> _in_mojibake("tĹ™etĂ\xadho", 6), _in_mojibake("при\xadмер", 3)  # cp1250 mojibake; Russian soft hyphen
    (True, False)
    """
    before = text[i - 1] if i else ""
    if before in _LEAD:
        return True
    if before in _OTHER_LEAD:
        return is_bad(text[text.rfind("\n", 0, i) + 1:text.find("\n", i) % (len(text) + 1)])
    if before not in _CONTINUATION or i < 2:
        return False
    if "\u00e0" <= text[i - 2] <= "\u00f4":  # the third byte of a three- or four-byte sequence
        return True
    return i >= 3 and text[i - 2] in _CONTINUATION and "\u00f0" <= text[i - 3] <= "\u00f4"
_INVISIBLE_RUN = re.compile(  # runs of one kind; a single character class scans fast
    r"[\u00a0\u2000-\u200a\u202f\u205f]+|[\u200b\u200c\u200d\u2060\ufeff]+|\u00ad+|\x00+|[\u202a-\u202e\u2066-\u2069]+"
)
_ANY_INVISIBLE = re.compile(r"[\u00a0\u2000-\u200d\u202a-\u202f\u205f\u2060\u2066-\u2069\ufeff\u00ad\x00]")


def _keeps_joiner(text: str, start: int, end: int) -> bool:
    """Zero-width (non-)joiners and spaces are real in Indic, Arabic or Thai words and in emoji sequences.

    >>> _keeps_joiner("क्\u200dष", 2, 3), _keeps_joiner("ab\u200bcd", 2, 3)
    (True, False)
    """
    before = text[start - 1] if start else " "
    after = text[end] if end < len(text) else " "
    return any(is_foreign_letter(ch) or unicodedata.category(ch)[0] in "MS" and not ch.isascii()
               for ch in (before, after))


def fix_invisible(text: str) -> FixResult:
    """Turn no-break spaces into spaces; drop zero-width characters, soft hyphens, NUL characters and
    bidirectional embeddings, overrides and isolates.

    >>> fix_invisible("Be\\u00a0proud\\u200b of your\\u00adself.\\x00")[0]
    'Be proud of yourself.'
    >>> fix_invisible("a \\x1a b \\x93c\\x94")[1]  # unexplained, or cp1252 quotes for ftfy: kept
    []
    >>> fix_invisible("cafÃ\\u00a0 aquÃ\\u00ad")[1]  # mojibake of "cafà", "aquí": for ftfy
    []
    >>> fix_invisible("की\\u200d and 👩\\u200d💻")[0] == "की\\u200d and 👩\\u200d💻"
    True
    """
    if not _ANY_INVISIBLE.search(text):
        return text, []

    def decide(m: re.Match[str]) -> tuple[str, str] | None:
        kind = _kind(m.group(0)[0])
        if kind != "zero_width" and _in_mojibake(text, m.start()):
            return None  # "Â\xa0", "Ã\xad", "â€\xa0": bytes of mojibake that ftfy decodes next
        if kind == "nbsp":
            return kind, " "
        if kind == "zero_width" and _keeps_joiner(text, m.start(), m.end()):
            return None
        return kind, ""

    return substitute(_INVISIBLE_RUN, text, decide)


def _kind(ch: str) -> str:
    """Name an invisible character's kind (the counter its removal is counted under).

    >>> _kind("\u00a0"), _kind("\u200b"), _kind("\u00ad"), _kind(chr(0)), _kind("\u202e")
    ('nbsp', 'zero_width', 'soft_hyphen', 'control_chars', 'bidi_control')
    """
    return _INVISIBLE.match(ch).lastgroup or ""  # type: ignore[union-attr]


# "\s+\Z" only where a blank run starts: from inside a run it could only match if it had from the run's start (tried
# first), and a run of blanks no other branch takes (U+3000, U+2028) was walked to its end once per position.
_SPACES = re.compile(
    r"(?P<edges>\A\s+|(?<!\s)\s+\Z)|(?P<blank_lines>\n(?:[ \t]*\n){2,})"
    r"|(?P<spaces>^[ \t]+|[ \t]+$|(?<=\S)(?:[ \t]{2,}|\t)(?=\S))",
    re.M,
)


# A row of short items set apart by runs of spaces only ("Menu  Home  Sleep  Contact", "Share   Email   Save"): a
# site's menu or share bar laid out without bars. Its runs are its only separators, so they stay for the segment
# stage to see the row (it collapses them where such a line is kept in the text). Three items at least, each one to
# three words without digits or sentence punctuation, with a short note in brackets at most ("Download this leaflet
# (PDF, 2 pages)   Order copies   Listen"): a sentence or a table of figures is never such a row.
# (a button may shout: "Share!   Pin it!   Subscribe!")
_ROW_ITEM = r"[^\W\d_][^\s\d.,;:!?|]*(?: [^\W\d_][^\s\d.,;:!?|]*){0,2}!?(?: \([^()\n]{1,24}\))?"  # "(PDF, 2 pages)"
# The row may open with its label and a colon ("Share:   Facebook   Email   Print", in any language and script).
_ROW = re.compile(rf"^[ \t]*(?:{_ROW_ITEM}:[ \t]+)?{_ROW_ITEM}(?:(?:[ \t]{{2,}}|\t){_ROW_ITEM}){{2,}}[ \t]*$", re.M)


# A table copied out of a page as text: each row a line, its cells parted by tabs ("Do<TAB>Don't", "Rinse it<TAB>Leave
# it soaking"). The tab is the only thing that tells one cell from the next, so in a run of MIN_TAB_ROWS lines or more
# with as many cells each, the tab between two cells stays (one tab for the run of blanks around it).
MIN_TAB_ROWS = 3
# (the blank run taken whole, once, where it holds a tab: "[ \t]*\t[ \t]*" tried each split of a long run of blanks
# and tabs that no cell ended: "a" + " \t" * 8000 took 1.3 s; the same matches on drawn lines)
_TAB_CELLS = re.compile(r"(?<=\S)(?=[ \t]*\t)[ \t]++(?=\S)")


def _tab_table_lines(text: str) -> list[tuple[int, int]]:
    r"""The spans of the lines of tab-separated tables in ``text`` (runs of MIN_TAB_ROWS lines with as many cells).

    >>> t = "Intro line\nDo\tDon't\nRinse\tSoak\nDry\tDrip\nEnd"
    >>> [t[a:b] for a, b in _tab_table_lines(t)]
    ["Do\tDon't", 'Rinse\tSoak', 'Dry\tDrip']
    """
    spans: list[tuple[int, int]] = []
    run: list[tuple[int, int]] = []
    cells = 0
    at = 0
    for line in text.split("\n"):
        end = at + len(line)
        n = len(_TAB_CELLS.findall(line)) if "\t" in line else 0
        if n and n == cells:
            run.append((at, end))
        else:
            if len(run) >= MIN_TAB_ROWS:
                spans.extend(run)
            run, cells = ([(at, end)], n) if n else ([], 0)
        at = end + 1
    if len(run) >= MIN_TAB_ROWS:
        spans.extend(run)
    return spans


def _inside(spans: list[tuple[int, int]], at: int) -> bool:
    """Whether ``at`` lies inside one of ``spans`` (sorted, apart): a binary search, as a table may have many rows.

    >>> _inside([(0, 4), (10, 12)], 2), _inside([(0, 4), (10, 12)], 6)
    (True, False)
    """
    k = bisect_right(spans, (at, 1 << 62)) - 1
    return k >= 0 and spans[k][0] < at < spans[k][1]


def fix_spaces(text: str) -> FixResult:
    """Collapse runs of spaces and tabs, strip them at line and text ends, and keep at most one blank line; a row of
    short items spaced apart (``_ROW``) keeps its inner runs.

    >>> fix_spaces("  • Digg \\nIt is.  Part\\tof it.\\n\\n\\n\\nNext")[0]
    '• Digg\\nIt is. Part of it.\\n\\nNext'
    >>> fix_spaces("Menu  Home  Sleep Tips  Contact \\nOne  two three.")[0]
    'Menu  Home  Sleep Tips  Contact\\nOne two three.'
    >>> fix_spaces("Share!   Pin it!   Subscribe!\\nGo  now!")[0]
    'Share!   Pin it!   Subscribe!\\nGo now!'
    >>> fix_spaces("Jaga:   Fesibhuku   Imeyili   Phrinta\\nNote:  two  spaced  words.")[0]  # a labelled share row
    'Jaga:   Fesibhuku   Imeyili   Phrinta\\nNote: two spaced words.'
    """
    if not ("  " in text or "\t" in text or " \n" in text or "\n " in text or "\n\n\n" in text
            or text[:1].isspace() or text[-1:].isspace()):
        return text, []
    rows = [(m.start(), m.end()) for m in _ROW.finditer(text)] if "  " in text or "\t" in text else []
    tables = _tab_table_lines(text) if "\t" in text else []

    def decide(m: re.Match[str]) -> tuple[str, str] | None:
        if m.lastgroup == "blank_lines":
            return "blank_lines", "\n\n"
        if m.lastgroup == "edges":
            return "spaces", ""
        at_edge = m.start() == 0 or text[m.start() - 1] == "\n" or m.end() == len(text) or text[m.end()] == "\n"
        if not at_edge and any(lo < m.start() < hi for lo, hi in rows):
            return None  # a row's separator: kept for the segment stage
        if not at_edge and "\t" in m.group() and _inside(tables, m.start()):
            return None if m.group() == "\t" else ("spaces", "\t")  # a table's cell separator: one tab
        return "spaces", "" if at_edge else " "

    return substitute(_SPACES, text, decide)


# (a checklist's box, ticked or not, opens an item too: "[ ] Book the van", "[x] …", "☐ …")
_LIST_START = re.compile(r"(?:[-*•·▪►✓o]\s|\d{1,3}[.)]\s?|[a-zA-Z][.)]\s|[#>|]|\[[ xX✓✔]?\]\s|[☐☑☒]\s)")
_WRAP_MIN, _WRAP_MAX = 60, 80  # typewriter, e-mail and fmt widths; wider lines are paragraphs, not wraps
# A rule line ("-----", "=====", "~ ~ ~", "*****"): a plain-text page's frame around a masthead or an item's title,
# never part of a paragraph. Its one long "word" never fits the line above, so without this the wrap test would glue
# it to the title it underlines ("WHY PRICES RISE -----") or the heading under it to it; and it is drawn as wide as
# the writer liked, so it says nothing of the width the text was wrapped at.
_RULE = re.compile(r"^\s*([=\-*_~#+.•])(?:\s?\1){2,}\s*$")


# A sentence running on across a line break: a lower-case letter or comma before it, two lower-case letters after
# (the shape `markers.fix_line_break_marker` reads as a lost word where the text is not hard-wrapped).
_RUNS_ON = re.compile(r"[a-z,]\n[a-z]{2}\Z")


def wrap_width(lines: list[str]) -> int | None:
    """Return the width ``lines`` look hard-wrapped at, or ``None`` when they are not hard-wrapped.

    >>> wrap_width(["a" * 70, "b" * 72, "c" * 30, ""]), wrap_width(["a" * 300, "b" * 40])
    (72, None)
    """
    lengths = [len(line) for line in lines if line and not _RULE.match(line)]  # a rule is drawn, not wrapped
    fitting = [n for n in lengths if n <= _WRAP_MAX]
    if len(fitting) < 3 or len(fitting) < 0.8 * len(lengths):
        return None
    width = max(fitting)
    return width if width >= _WRAP_MIN else None


def fix_hard_wrap(text: str, join_run_ons: bool = False) -> FixResult:
    """Rejoin the lines of paragraphs hard-wrapped at 60–80 columns; keep the breaks of lists, headings and
    short lines, and of lines that end a sentence or introduce a list. With ``join_run_ons`` (a corpus whose bare
    line breaks stand for a lost word), a short line whose sentence runs on in lower case is joined too.

    >>> wrapped = ("Customer service skills are important to have at a variety of jobs, as\\n"
    ...            "almost every business is a for profit industry. Part of working for\\n"
    ...            "profit is getting people to pay you for a service, and likely at some\\n"
    ...            "point you will deal with them.\\n\\nTips:\\n1. Smile at every customer.\\n2. Listen.")
    >>> fixed = fix_hard_wrap(wrapped)[0]
    >>> fixed.split("\\n")[0][-38:]
    'at some point you will deal with them.'
    >>> fixed.split("\\n")[1:]
    ['', 'Tips:', '1. Smile at every customer.', '2. Listen.']
    """
    lines = text.split("\n")
    width = wrap_width(lines)
    if width is None:
        return text, []
    joins: list[int] = []  # indexes of lines joined to the next one
    runs_on: list[int] = []  # short lines whose sentence runs on into the next line
    mid_sentence = continued = 0
    for i in range(len(lines) - 1):
        line, nxt = lines[i], lines[i + 1]
        if not line or not nxt or _LIST_START.match(nxt) or line.endswith(":") or _RULE.match(line) or _RULE.match(nxt):
            continue
        first = nxt.split(" ", 1)[0]
        if len(line) + 1 + len(first) <= width or len(line) > width:
            if _RUNS_ON.search(line + "\n" + nxt[:2]):
                runs_on.append(i)
            continue  # the next word would have fitted: this break is real (unless the sentence runs on)
        joins.append(i)
        mid_sentence += not line.endswith((".", "!", "?", "\"", "”"))
        continued += nxt[:1].islower()
    if len(joins) < 2 or mid_sentence * 2 < len(joins) or continued * 2 < len(joins):
        return text, []  # wrapped prose breaks mid-sentence, and its lines mostly go on in lower case
    if join_run_ons:
        # Where the corpus's bare line breaks stand for a lost word, a break left here, between a short line and its
        # sentence running on in lower case, would be read as one on a second repair (the joined text is no longer
        # wrap-shaped, which is all that kept `fix_line_break_marker` off it): repair must be idempotent, and in
        # wrapped text a break is a space. Only there: on our labelled pages, such short lines (bylines, list items
        # in lower case) keep their breaks.
        joins = sorted(joins + runs_on)
    changes = []
    offset = 0
    out = []
    for i, line in enumerate(lines):
        offset += len(line)
        if joins and joins[0] == i:
            joins.pop(0)
            before, after = _join(line, lines[i + 1])
            start = offset - (len(before) - 1)
            changes.append(Change("hard_wrap", before, after, start))
            out.append(line[: len(line) - (len(before) - 1)] + after)
        else:
            out.append(line + ("\n" if i < len(lines) - 1 else ""))
        offset += 1
    return "".join(out), changes


# A word broken at a line end and joined by a scraper: when both halves are words too ("some-" + "where"), the
# closed word is what the writer wrote only if it is itself common, as a compound written hyphenated ("well-known",
# "follow-up", "long-term") is not: wordfreq lists "somewhere" at Zipf 4.7, "thumbnail" 3.2, but "followup" 2.9,
# "wellknown" 1.6 (hyphenated spellings are split into their halves by its tokenizer, so the closed form is the
# evidence). A hyphen typeset at a line break always falls inside one word, so a common closed form decides it.
CLOSED_COMPOUND_ZIPF = 3.2


def _join(line: str, nxt: str) -> tuple[str, str]:
    """Return what replaces the break between ``line`` and ``nxt``: ``"\\n"`` becomes a space, and a word split
    by a hyphen at the break is mended (``exam-`` + ``ple``, ``some-`` + ``where``) unless both halves are words
    and the closed form is rare (``well-known``, ``follow-up``).

    >>> _join("a good exam-", "ple of it"), _join("a well-", "known fact"), _join("as", "almost")
    (('-\\n', ''), ('\\n', ''), ('\\n', ' '))
    >>> _join("cure them some-", "where warm"), _join("book a follow-", "up visit")
    (('-\\n', ''), ('\\n', ''))
    """
    m = re.search(r"([^\W\d_]+)-$", line)
    if m and nxt[:1].islower():
        left, right = m.group(1), re.match(r"[^\W\d_]*", nxt).group(0)  # type: ignore[union-attr]
        joined = left + right
        if is_word(joined, 3.0) and (not (is_word(left, 3.0) and is_word(right, 3.0))
                                     or is_word(joined, CLOSED_COMPOUND_ZIPF)):
            return "-\n", ""
        return "\n", ""
    return "\n", " "


# A hyphen at a line's end, after a letter, before the next line's first letter (its indent between): where a scraper
# kept a typeset page's lines (a PDF's, a print view's) with their break hyphens. The pattern starts at the hyphen,
# so the scan jumps from hyphen to hyphen; the word's halves are read in code.
_BREAK_HYPHEN = re.compile(r"(?<=[^\W\d_])-[ \t]*\n[ \t]*(?=[^\W\d_])")
_LEFT_HALF = re.compile(r"[^\W\d_]+\Z")
_RIGHT_TOKEN = re.compile(r"(?P<half>[^\W\d_]*)(?P<tail>[^\s]*)[ \t]*")
_HALF_REACH = 40  # letters a broken word's first half is looked for before the hyphen


def fix_line_end_hyphen(text: str) -> FixResult:
    """Mend a word split by a hyphen at a line end (``some-`` / ``where warm``) by moving its second half up:
    ``somewhere`` / ``warm``. Only where the closed word is a word and not a compound written hyphenated
    (:func:`_join` decides: ``well-`` / ``known`` stays for the reader of the lines to join as ``well-known``); the
    lines keep their breaks, so a list item or a short line stays what it was. Lines a hard wrap joined are
    :func:`fix_hard_wrap`'s; this takes the breaks it left (lines too short or too few to look wrapped).

    >>> fix_line_end_hyphen("3. Cure them some-\\n   where warm. Keep them dry.\\n4. Wipe them.")[0]
    '3. Cure them somewhere\\nwarm. Keep them dry.\\n4. Wipe them.'
    >>> fix_line_end_hyphen("how they are har-\\nvested, cured and stored")[0]
    'how they are harvested,\\ncured and stored'
    >>> fix_line_end_hyphen("a well-\\nknown fact, a follow-\\nup visit, HG-\\n117, a dash -\\nthen")[0]
    'a well-\\nknown fact, a follow-\\nup visit, HG-\\n117, a dash -\\nthen'
    >>> fix_line_end_hyphen("the last piece: any-\\nwhere")[0]
    'the last piece: anywhere'
    """
    if "-" not in text or "\n" not in text:
        return text, []
    changes: list[Change] = []
    out: list[str] = []
    pos = 0
    for m in _BREAK_HYPHEN.finditer(text):
        if m.start() < pos:
            continue
        left = _LEFT_HALF.search(text, max(0, m.start() - _HALF_REACH), m.start())
        right = _RIGHT_TOKEN.match(text, m.end())
        if left is None or right is None or not right.group("half")[:1].islower():
            continue
        if left.start() and (text[left.start() - 1] == "-" or text[left.start() - 1].isalnum()):
            continue  # a hyphenated compound's last part ("mother-in-"), or the reach cut a longer word
        if _join(left.group(0) + "-", right.group("half")) != ("-\n", ""):
            continue
        moved = right.group("half") + right.group("tail")
        rest = right.end() < len(text) and text[right.end()] != "\n"
        new = moved + ("\n" if rest else "")
        changes.append(Change("line_end_hyphen", text[m.start():right.end()], new, m.start()))
        out.append(text[pos:m.start()])
        out.append(new)
        pos = right.end()
    if not changes:
        return text, changes
    out.append(text[pos:])
    return "".join(out), changes
