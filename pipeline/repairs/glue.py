"""Glued text: a missing space after a list number or sentence end, and a heading or byline run into the
next line. Look-alikes stay: ``U.S.``, ``e.g.``, ``3.5``, ``www.site.com``, ``Ph.D.``, ``iPhone``, ``LinkedIn``.
"""

from __future__ import annotations

import re

from .base import FixResult, substitute_at
from .lexicon import SMALL_WORDS, is_word

_SMALL_WORDS = SMALL_WORDS | frozenset("your you our my is are".split())  # lower case in Title Case headings
_STARTERS = ("The|This|That|These|Those|When|If|You|Your|It|In|As|Many|Most|Some|A|An|We|I|There|What|How|Why|"
             "Here|Every|Our|My|For|One|Being|Do|Never|Always|To|Now|So|But|And|Once|Whether|While")
# Each alternative starts with the character before the glue point (re-emitted in the replacement), so the
# scan rejects most positions at once; what must come further before is checked in code (``_BEFORE``).
_GLUE = re.compile(
    r"(?P<number>\d{1,2}\.)(?=[A-Z][a-z])"  # "3.Being good"
    r"|(?P<list>[.!?:;]\d{1,2}[.)])(?=\s*[A-Z])"  # "for you?1) Interests"
    r"|(?P<sentence>[a-z][.!?])(?=[A-Z][a-z])"  # "job.Be proud"
    r"|(?P<byline>[a-z…!?.](?:Written|Posted|Authored|Submitted) by)(?=\s+[A-Z][a-z])"  # "HappinessWritten by"
    rf"|(?P<heading>[a-z](?:{_STARTERS}))(?=\s+[a-z])"  # "About RelationshipsThe more progressive"
)
_BEFORE = {  # what the text just before a match must look like
    "number": re.compile(r"(?:^|[^\w.,])\Z"),
    "list": re.compile(r"[a-z]\Z"),
    "sentence": re.compile(r"[a-z]\Z"),
    "byline": re.compile(r""),
    "heading": re.compile(r"[a-z]\Z"),
}
_URLISH = re.compile(r"www|://|@|/|\.(?:com|net|org|edu|gov|co|io|info|biz|us|uk)\b", re.I)
_CODEISH = re.compile(r"[_()\[\]=<>{}/\\\"`]")  # code and quoted identifiers: "numbers.Number"
_LETTERS_BEFORE = re.compile(r"[A-Za-z]+\Z")
_LETTERS_AFTER = re.compile(r"[A-Za-z]+")


def _token_at(text: str, start: int, end: int) -> str:
    """The whitespace-delimited token around ``text[start:end]``.

    >>> _token_at("see www.site.Com now", 12, 13)
    'www.site.Com'
    """
    left = max(text.rfind(" ", 0, start), text.rfind("\n", 0, start)) + 1
    right = min((i for i in (text.find(" ", end), text.find("\n", end)) if i != -1), default=len(text))
    return text[left:right]


def _heading_before(text: str, pos: int) -> bool:
    """Tell whether the words before ``pos`` (back to the line or sentence start) read as a Title Case heading.

    >>> _heading_before("It’s About Relationships", 24), _heading_before("We care about relationships", 27)
    (True, False)
    """
    line = text[text.rfind("\n", 0, pos) + 1:pos]
    head = re.split(r"[.!?:]\s+", line)[-1]
    words = head.split()
    if not 1 <= len(words) <= 12:
        return False
    return all(w[:1].isupper() or w[:1].isdigit() or w.lower() in _SMALL_WORDS for w in words)


def fix_glued(text: str) -> FixResult:
    """Insert the missing space after a glued list number or sentence end, and the missing line break before
    a glued byline or after a glued heading.

    >>> fix_glued("2. Be proud of your job.Be proud. 3.Being good matters. Is it for you?1) Interests")[0]
    '2. Be proud of your job. Be proud. 3. Being good matters. Is it for you? 1) Interests'
    >>> print(fix_glued("Secrets of HappinessWritten by Jane Doe\\nIt’s About RelationshipsThe more we care")[0])
    Secrets of Happiness
    Written by Jane Doe
    It’s About Relationships
    The more we care
    >>> fix_glued("The U.S. and e.g. 3.5 kg, www.site.com, a Ph.D. with an iPhone on LinkedIn is fine.")[1]
    []
    """

    def decide(m: re.Match[str]) -> tuple[str, str] | None:
        kind = m.lastgroup or ""
        glued = m.group(0)
        if not _BEFORE[kind].search(text[max(0, m.start() - 3):m.start()]):
            return None
        if kind == "number":
            return "glued_number", glued + " "
        if kind == "list":
            return "glued_list", glued[0] + " " + glued[1:]
        if kind == "byline":
            return "glued_byline", glued[0] + "\n" + glued[1:]
        left = _LETTERS_BEFORE.search(text, max(0, m.start() - 40), m.start() + 1)
        left_word = left.group(0) if left else ""
        if kind == "sentence":
            right = _LETTERS_AFTER.match(text, m.end())
            token = _token_at(text, m.start(), m.end())
            if not right or _URLISH.search(token) or _CODEISH.search(token) or token.count(".") > 1 and not (
                    token.endswith(".") and token.count(".") == 2):
                return None  # a URL, a dotted name ("collections.abc.Mapping"), a call
            if not (is_word(left_word, 3.0) and is_word(right.group(0), 3.0)) or left_word[1:] != left_word[1:].lower():
                return None
            return "glued_sentence", glued + " "
        right = _LETTERS_AFTER.match(text, m.start() + 1)
        whole = left_word + (right.group(0) if right else "")
        if is_word(whole) or not is_word(left_word, 3.0) or not left_word[:1].isupper():
            return None  # "LinkedIn", "YouTube": a name, not a heading run into a sentence
        if not _heading_before(text, m.start() + 1):
            return None
        return "glued_heading", glued[0] + "\n" + glued[1:]

    return substitute_at(text, _candidates(text), decide)


# The capital or digit comes first and the look-behind after it, so the scan jumps from capital to capital.
_GLUE_POINT = re.compile(r"[A-Z0-9](?<=[a-z.!?:;…][A-Z]|[.!?:;][0-9])")


def _candidates(text: str):
    """Yield the matches of ``_GLUE``, trying it only where glue can be: a capital right after a letter or a
    sentence end, a digit right after a sentence end (many times faster than scanning every position)."""
    end = 0
    for point in _GLUE_POINT.finditer(text):
        i = point.start()  # the capital or digit
        for start in (i - 3, i - 2, i - 1):
            if start < end or start < 0:
                continue
            m = _GLUE.match(text, start)
            if m and m.start() <= i <= m.end():
                end = m.end()
                yield m
                break


def split_title_byline(title: str) -> tuple[str, str | None]:
    """Split a byline glued to the end of a title: it belongs to the text, not the title.

    >>> split_title_byline("Secrets of HappinessWritten by Jane Doe")
    ('Secrets of Happiness', 'Written by Jane Doe')
    >>> split_title_byline("Written by the Sea")
    ('Written by the Sea', None)
    """
    m = re.search(r"(?<=[a-z…!?.])(?:Written|Posted|Authored|Submitted) by\s+[A-Z][^\n]*$", title)
    if not m:
        return title, None
    return title[: m.start()].rstrip(), m.group(0)
