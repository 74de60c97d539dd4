"""Foreign-script spam in English articles: keyword suffixes glued to titles (``…-巴雷特m82a1``) and trailers
(``相关的主题文章:`` with the link list after it).

What is removed is always a span of another script at a place spam sits — glued to the end of a title or line,
a list heading, the lines after it — never a foreign word inside an English sentence (a name, a quoted term,
``Tokyo (東京)``), and nothing at all in an article that is not English.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .base import Change, FixResult, replay
from .lexicon import WORD_RE, is_word, looks_english

_F = (r"\u0370-\u03ff\u0400-\u052f\u0590-\u08ff\u0900-\u0dff\u0e00-\u0eff\u1100-\u11ff\u3040-\u30ff"
      r"\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff")
FOREIGN = re.compile(f"[{_F}]")
_SEPARATORS = "-–—|_~"
# A foreign run glued (no space) to the end of a line, maybe after a separator: "This…-巴雷特m82a1".
_GLUE_BEFORE = frozenset("….,:;!?)]”’\"'") | frozenset("0123456789")  # and Latin letters
# In a title a separator may stand between spaces: "Customer Care Tips - 巴雷特m82a1".
_TITLE_SUFFIX = re.compile(rf"(?:\s*[{_SEPARATORS}]+\s*|(?<=[A-Za-z0-9….,:;!?)\]”’\"']))[{_F}][^\n]*$")
_GLUE = frozenset("….,:;!?)]”’\"'0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")  # its lookbehind
# Words such trailers are made of: related, article, recommended, reading, link, popular, more, topic, tags.
_TRAILER_WORDS = re.compile(r"相关|文章|推荐|阅读|链接|热门|更多|主题|标签|友情|關聯|相關|閱讀|推薦")
_URL = re.compile(r"https?://|www\.", re.I)
_URL_TOKEN = re.compile(r"(?:https?://|www\.)\S*", re.I)


def _no_english(span: str) -> bool:
    """Spam spans hold no English word (``m82a1`` is not one); a quoted term is followed by English.

    >>> _no_english("-巴雷特m82a1"), _no_english("改善) Tips for Managers")
    (True, False)
    """
    return not any(len(w) >= 3 and w.isascii() and is_word(w, 3.0) for w in WORD_RE.findall(span))


def _foreign_dominant(line: str) -> bool:
    """Tell whether another script has at least half as many letters as Latin in ``line`` (URLs aside).

    >>> _foreign_dominant("巴雷特狙击枪 m82a1"), _foreign_dominant("Tokyo (東京) is big")
    (True, False)
    >>> _foreign_dominant("手机 北京 http://www.example.cn/3.html")
    True
    """
    line = _URL_TOKEN.sub("", line)
    foreign = len(FOREIGN.findall(line))
    latin = sum(1 for ch in line if ch.isascii() and ch.isalpha())
    return foreign > 0 and foreign * 2 >= latin


def _suffix_start(title: str, at: int) -> int | None:
    """Where ``_TITLE_SUFFIX`` starts its leftmost match whose foreign letter is ``title[at]``: the start of the
    longest ``\\s*[separators]+\\s*`` run right before it, else ``at`` itself after a glue character."""
    start = at
    while start and title[start - 1].isspace():  # str.isspace is re's \\s on str patterns
        start -= 1
    seps = start
    while seps and title[seps - 1] in _SEPARATORS:
        seps -= 1
    if seps < start:
        while seps and title[seps - 1].isspace():
            seps -= 1
        return seps
    return at if at and title[at - 1] in _GLUE else None


def _title_suffix(title: str) -> re.Match[str] | None:
    """``_TITLE_SUFFIX.search(title)`` in linear time. The search tried the pattern from every position, and from
    each position in a run of blanks or separators it walked the rest of the run (20,000 dashes before a foreign
    letter: 6.6 s CPU in repair_title). Its foreign letter must stand on the title's last line (``[^\\n]*$``),
    and the run before a letter holds no other foreign letter, so the first letter there with a valid start gives
    the leftmost match: found by walking back from each letter once, then matched at that one position."""
    end = len(title) - 1 if title.endswith("\n") else len(title)
    letter = FOREIGN.search(title, title.rfind("\n", 0, end) + 1, end)
    while letter is not None:
        start = _suffix_start(title, letter.start())
        if start is not None:
            return _TITLE_SUFFIX.match(title, start)
        letter = FOREIGN.search(title, letter.end(), end)
    return None


def fix_title_spam(title: str) -> FixResult:
    """Strip a foreign-script keyword suffix from an English title; keep foreign terms inside it.

    >>> fix_title_spam("Are You A Customer Service Person You Must Read This…-巴雷特m82a1")[0]
    'Are You A Customer Service Person You Must Read This…'
    >>> fix_title_spam("Kaizen (改善) Tips for Managers")[0], fix_title_spam("Lessons from 孙子")[0]
    ('Kaizen (改善) Tips for Managers', 'Lessons from 孙子')
    """
    if not FOREIGN.search(title):
        return title, []
    m = _title_suffix(title)
    head = title[: m.start()] if m else ""
    if not m or not _no_english(m.group(0)) or not looks_english(head) or len(WORD_RE.findall(head)) < 2:
        return title, []
    return title[: m.start()], [Change("foreign_spam", m.group(0), "", m.start())]


def fix_foreign_spam(text: str, english: bool | None = None) -> FixResult:
    """Remove foreign-script spam from an English article: suffixes glued to a line, and trailer headings
    (``相关的主题文章:``) with the link list that follows them. Non-English articles are left alone (pass
    ``english`` when it is known already).

    >>> fix_foreign_spam("Read This…-巴雷特m82a1\\nThe customer is not always right. Care is everything.\\n"
    ...                  "Spread the word 相关的主题文章:\\n巴雷特 http://x.cn/1\\n狙击枪 http://x.cn/2")[0]
    'Read This…\\nThe customer is not always right. Care is everything.\\nSpread the word'
    >>> fix_foreign_spam("In Tokyo (東京) the word for crisis, 危机, is often quoted by managers in talks.")[1]
    []
    """
    if not FOREIGN.search(text) or not (looks_english(text) if english is None else english):
        return text, []
    trailers = _trailers(text)
    changes = [c for c in _glued_suffixes(text) + _link_lines(text)
               if not any(t.at < c.at + len(c.before) and c.at < t.at + len(t.before) for t in trailers)]
    changes = sorted(changes + trailers, key=lambda c: c.at)
    return replay(text, changes), changes


# A number to call in an advert's line ("звоните 8-800-000-00-00", "电话 021 5555 0188"): seven digits or more, in
# groups of digits parted by spaces, dashes or dots; not a span of years ("1941-1945", "2019 - 2023"), which a
# quotation's source gives
_PHONE = re.compile(r"(?<![\d.-])(?!(?:1[5-9]|20)\d\d ?- ?(?:1[5-9]|20)\d\d(?![\d.-]))\d(?:[ .-]?\d){6,}")
# A line that opens with a quotation mark ("«Звоните маме каждое воскресенье», 1990 - 2005"): a quotation the English
# article sets on its own line, its figures the quotation's, no advert's number (an advert's link still counts)
_QUOTE_OPENS = "\"“„«‘‹「『"


def _link_lines(text: str) -> list[Change]:
    """Find advert lines of another script set between English lines: a line of its own, wholly of the other script
    (no English word), that sends the reader somewhere (a URL or a phone number). A scraper or a spam bot put it
    there; a foreign quotation inside an English article gives neither.

    >>> [c.before for c in _link_lines("Rest on Sundays.\\nкупить дёшево http://x.example\\nEat before you run.")]
    ['купить дёшево http://x.example\\n']
    >>> _link_lines("Rest on Sundays.\\nспасибо, друзья\\nEat before you run.")
    []
    >>> _link_lines("Rest on Sundays.\\n«Берегите себя», 1941-1945\\nEat before you run.")  # a quotation and its years
    []
    """
    lines = text.split("\n")
    found = []
    offset = 0
    for k, line in enumerate(lines):
        quoted = line.lstrip()[:1] in _QUOTE_OPENS
        if (FOREIGN.search(line) and (_URL.search(line) or not quoted and _PHONE.search(line))
                and _foreign_dominant(line)
                and _no_english(_URL_TOKEN.sub("", line))
                and _english_beside(lines, k, -1) and _english_beside(lines, k, 1)):
            found.append(Change("foreign_spam", line + "\n" if k + 1 < len(lines) else line, "", offset))
        offset += len(line) + 1
    return found


def _english_beside(lines: Sequence[str], k: int, step: int) -> bool:
    """Whether the nearest line with words above line ``k`` (``step`` -1) or below it (``step`` 1) is English.

    The walk reads ``lines`` by index, outward from ``k``, and stops at the first line with words: no copy of the
    lines above or below is made (a text of many advert lines copied them all once per line, quadratic).

    >>> lines = ["Rest on Sundays.", "", "купить http://x.example", "", "купить http://y.example"]
    >>> _english_beside(lines, 2, -1), _english_beside(lines, 2, 1), _english_beside(lines, 4, 1)
    (True, False, False)
    """
    k += step
    while 0 <= k < len(lines):
        if lines[k].strip():
            return looks_english(lines[k])
        k += step
    return False


def _glued_suffixes(text: str) -> list[Change]:
    """Find foreign runs glued (no space) to the end of a line, maybe after a separator: ``This…-巴雷特m82a1``.

    >>> [c.before for c in _glued_suffixes("Read This…-巴雷特m82a1\\nTokyo (東京) is big\\nA 东京")]
    ['-巴雷特m82a1']
    """
    found = []
    line_start = 0
    for line in text.split("\n"):
        m = FOREIGN.search(line)
        if m:
            start = m.start()
            while start and line[start - 1] in _SEPARATORS:
                start -= 1
            before = line[start - 1] if start else ""
            glued = before in _GLUE_BEFORE or before.isascii() and before.isalpha()
            if start and glued and _no_english(line[start:]):
                found.append(Change("foreign_spam", line[start:], "", line_start + start))
        line_start += len(line) + 1
    return found


def _trailers(text: str) -> list[Change]:
    """Find trailers: a foreign heading (or a block of foreign lines) and the link list after each.

    >>> [c.before for c in _trailers("Spread the word 相关的主题文章:\\n巴雷特 http://x.cn/1\\n\\nThanks for reading.")]
    [' 相关的主题文章:\\n巴雷特 http://x.cn/1']
    """
    lines = text.split("\n")
    found: list[Change] = []
    offset = 0
    skip_to = 0
    for k, line in enumerate(lines):
        m = FOREIGN.search(line) if k >= skip_to else None
        if m:
            start = len(line[: m.start()].rstrip())
            span = line[m.start():]
            heading = _no_english(span) and (span.rstrip().endswith((":", "：")) or _TRAILER_WORDS.search(span))
            # A closing block of foreign lines is spam only when it links somewhere: a poem or a proverb
            # quoted at the end of an English article has no URL and stays.
            block = (_foreign_dominant(line) and all(_foreign_dominant(rest) or not rest.strip() for rest in lines[k:])
                     and any(_URL.search(rest) for rest in lines[k:]))
            if (heading or block) and looks_english("\n".join(lines[:k]) + line[:start]):
                end = k + 1
                while end < len(lines) and _is_link_line(lines[end], lines[end + 1:]):
                    end += 1
                # A quoted poem's heading ends with a colon too: spam names its links or has them.
                if _TRAILER_WORDS.search(span) or any(_URL.search(rest) for rest in lines[k:end]):
                    removed = line[start:] + "".join("\n" + rest for rest in lines[k + 1:end])
                    found.append(Change("foreign_spam", removed, "", offset + start))
                    skip_to = end
        offset += len(line) + 1
    return found


def _is_link_line(line: str, rest: list[str]) -> bool:
    """A line of a link list: a URL, a foreign title, or a short bullet; not English prose. A blank line
    belongs to the list only if more links follow it (English after a blank line is the article again).

    >>> _is_link_line("狙击枪 http://x.cn/2", []), _is_link_line("", ["• Tips"]), _is_link_line("", ["巴雷特"])
    (True, False, True)
    """
    stripped = line.strip()
    if not stripped:
        following = next((r.strip() for r in rest if r.strip()), "")
        return bool(following) and bool(_URL.search(following) or _foreign_dominant(following))
    if _URL.search(stripped) or _foreign_dominant(stripped):
        return True
    return stripped[:1] in "•·-*" and len(stripped.split()) <= 12
