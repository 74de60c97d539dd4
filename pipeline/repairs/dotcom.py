"""Stripped ".com": some sites deleted every "com", leaving a dot: ``.pany`` was ``company``, ``wel.e`` was
``welcome``. A token is restored only when "com" put back makes a frequent English word and the token is not
a file extension, a domain or a number (``.pdf``, ``.net``, ``.5``, ``example.com`` stay).
"""

from __future__ import annotations

import mimetypes
import re

from .base import FixResult, substitute
from .lexicon import in_title_case, is_word, zipf

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
