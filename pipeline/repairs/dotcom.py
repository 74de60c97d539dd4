"""Stripped ".com": some sites deleted every "com", leaving a dot: ``.pany`` was ``company``, ``wel.e`` was
``welcome``. A token is restored only when "com" put back makes a frequent English word and the token is not
a file extension, a domain or a number (``.pdf``, ``.net``, ``.5``, ``example.com`` stay).
"""

from __future__ import annotations

import mimetypes
import re
from functools import lru_cache

from .base import FixResult, substitute, substitute_at
from .lexicon import in_title_case, is_word, words_at_least, zipf

# Extensions and top-level domains a lone ".xyz" can legitimately be; ".bat" stays even though "combat" is a word.
_KNOWN_SUFFIXES = frozenset(
    {ext.lstrip(".").lower() for ext in (*mimetypes.types_map, *mimetypes.common_types)}
    | set("net org edu gov mil int info biz io co uk us ca de fr au in jp cn ru nl tv me ly cc ws md rst cfg ini log "
          "bak tmp exe dll bin iso dmg apk msi docx xlsx pptx odt csv tsv yml yaml toml ps1 sh py rb pl php asp aspx "
          "jsp cgi htm html mp3 mp4 mov avi wmv flv mkv jpg jpeg png gif bmp svg webp ico zip rar gz tgz bz2 xz"
          .split())
)
_RESTORED_ZIPF = 3.0  # "com"+rest must be a common word: "comma" (3.3) yes, "comd" (1.3) no
# ".pany" (after a space, quote or bracket) or "wel.e" (inside a word); the context before the dot is checked
# in code, so the pattern starts with a literal and scans fast. Neither may touch a URL, e-mail or path.
_STRIPPED = re.compile(r"\.(?P<rest>[A-Za-z]+)(?=[^\w@/.-]|[.-](?!\w)|$)", re.M)
_WORD_START = frozenset(" \t\n([“‘\"'")
_HEAD = re.compile(r"[a-z]{1,12}\Z")
_SENTENCE_START = re.compile(r"(?:^|[.!?][\"”’)]*\s+)[\"“‘(]*$")


def restore_com(rest: str, head: str = "", sentence_start: bool = False) -> str | None:
    """Return the word ``head + "com" + rest`` in the case of its pieces when it is a common English word and
    ``.rest`` is not an extension or domain; ``None`` otherwise.

    >>> restore_com("pany"), restore_com("PUTERS"), restore_com("pany", sentence_start=True), restore_com("pdf")
    ('company', 'COMPUTERS', 'Company', None)
    >>> restore_com("e", head="wel"), restore_com("mend", head="re"), restore_com("bat"), restore_com("g", head="e")
    ('welcome', 'recommend', None, None)
    """
    if not head and (rest.lower() in _KNOWN_SUFFIXES or len(rest) == 1 and zipf(f"com{rest}") < 5.0):
        return None  # ".e" is "come" (6.1); a lone ".x" is too short to trust for rarer words
    word = f"{head}com{rest}".lower()
    if zipf(word) < _RESTORED_ZIPF:
        return None
    if head and is_word(head + "." + rest):
        return None  # an abbreviation the lexicon knows
    if rest.isupper() and len(rest) > 1 and not head:
        return word.upper()
    if (rest[0].isupper() or sentence_start) and not head:
        return word.capitalize()
    return word


def fix_stripped_com(text: str) -> FixResult:
    """Put back the "com" that sites stripped from words (``the .pany’s success`` → ``the company’s success``).

    >>> fix_stripped_com("Call the .pany. .Panies and .munities grow; we wel.e you. Do .e!\\nLeave a .ment")[0]
    'Call the company. Companies and communities grow; we welcome you. Do come!\\nLeave a Comment'
    >>> fix_stripped_com("Get the .pdf at example.com or www.site.net, v.5 or .5 mm, e.g. a.m. (.net).")[0]
    'Get the .pdf at example.com or www.site.net, v.5 or .5 mm, e.g. a.m. (.net).'
    """
    if "." not in text:
        return text, []

    def decide(m: re.Match[str]) -> tuple[str, str] | None:
        start = m.start()
        before = text[start - 1] if start else " "
        if before in _WORD_START:
            sentence_start = (_SENTENCE_START.search(text[max(0, start - 6):start]) is not None
                              or in_title_case(text, start, m.end()))
            word = restore_com(m.group("rest"), sentence_start=sentence_start)
            return ("stripped_com", word) if word else None
        head = _HEAD.search(text, max(0, start - 12), start)
        if head is None or head.start() and text[head.start() - 1] not in _WORD_START:
            return None  # part of a URL, a path, an e-mail, or a number
        word = restore_com(m.group("rest"), head=head.group(0))
        return ("stripped_com", word[len(head.group(0)):]) if word else None

    return substitute(_STRIPPED, text, decide)


# ------------------------------------------------------------------------------------- "com" stripped, dot too

# Some directories deleted "com" and its dot alike: "a repair pany", "the family puter". Such a token is restored
# only when it is rare alone and "com" + it is a common word, and only in a text showing at least two distinct
# such tokens: the damage is site-wide, while one rare word alone may be a name or a word of the writer's.
_DOTLESS_ZIPF = 4.0  # "com" + the rest: "company" (5.6), "computer" (5.0), "comfortable" (4.7)
_DOTLESS_REST_ZIPF = 2.5  # the rest alone: "pany" (1.9) and "puter" (2.0) yes; "ment" (3.1) and "mon" (3.9) no
_DOTLESS_MIN_KINDS = 2
_AROUND_WORD = "\"'“”‘’()[],.;:!?"
_LOWER_WORD = re.compile(r"(?<![\w.@/'’-])[a-z]{3,}(?![\w@/'’-]|\.\w)")


@lru_cache(maxsize=1)
def _dotless_rests() -> frozenset[str]:
    """The rests of common "com" words that are rare words alone (``pany``, ``puter``, ``munity``).

    >>> {"pany", "puter", "plete"} <= _dotless_rests(), "ment" in _dotless_rests(), "mon" in _dotless_rests()
    (True, False, False)
    """
    return frozenset(word[3:] for word in words_at_least(_DOTLESS_ZIPF)
                     if word.startswith("com") and len(word) > 5 and word[3:].isalpha()
                     and zipf(word[3:]) < _DOTLESS_REST_ZIPF)


def fix_dotless_com(text: str, seen: frozenset[str] = frozenset()) -> FixResult:
    """Put back the "com" a site stripped with its dot (``a repair pany`` → ``a repair company``), when the text
    shows two distinct such tokens or the token is in ``seen`` (the ones its article's text showed: a title alone
    is too short to show the damage twice).

    >>> fix_dotless_com("Call the pany about the puter; Pany Street stays.")[0]
    'Call the company about the computer; Pany Street stays.'
    >>> fix_dotless_com("Ask the pany first.")[0], fix_dotless_com("Ask the pany first.", frozenset({"pany"}))[0]
    ('Ask the pany first.', 'Ask the company first.')
    >>> fix_dotless_com("Caring For The Family puter", frozenset({"puter"}))[0]  # a Title Case heading's case
    'Caring For The Family Computer'

    """
    rests = seen or _dotless_rests()
    # the words of the text, each once, without the marks around them: a set test in C (issue 19) before the scan
    kinds = rests.intersection(word.strip(_AROUND_WORD) for word in set(text.split()))
    if len(kinds) < (1 if seen else _DOTLESS_MIN_KINDS):
        return text, []
    found = [m for m in _LOWER_WORD.finditer(text) if m.group(0) in kinds]

    def restored(m: re.Match[str]) -> tuple[str, str]:
        word = f"com{m.group(0)}"
        return "stripped_com", word.capitalize() if in_title_case(text, m.start(), m.end()) else word

    return substitute_at(text, found, restored)
