"""Detectors of residual scraping corruption: pure functions from text to the spans that look damaged.

``tipline check`` uses them to fail a run whose output still carries corruption, and ``tipline report`` to show
where. They only *find*; repairing is the repair stage's job (which may reuse them). Each detector returns a list
of :class:`Hit` (the kind, the offending span and its offsets), so callers can count, quote or highlight them.

The detectors, and what they deliberately leave alone:

- :func:`find_markers`: site markers that replaced a word, ``repparttar`` with its optional 5–6 digit counter.
- :func:`find_stripped_com`: tokens whose leading "com" a site stripped (``.pany``, ``.puter``), decided with
  the wordfreq English lexicon; never file extensions (``.pdf``, ``.bat``), domains (``example.com``), numbers
  (``.5``) or two-letter rests, which collide with country-code domains (``.me``, ``.in``).
- :func:`find_mojibake`: sequences ftfy's badness heuristic considers mojibake (``Ã©``, ``â€™``); correct curly
  quotes and dashes are not bad.
- :func:`find_foreign_spam`: runs of another script inside an English text (``…-巴雷特m82a1``, ``相关的主题文章:``);
  never a run in quotes or brackets (a quoted term, a name given in its own script) and never a whole non-English
  text.
- :func:`find_control_chars`: C0/C1 control characters other than tab and newline, and invisible characters
  (zero-width space, word joiner, BOM, soft hyphen) that clean text has no use for.
"""

from __future__ import annotations

import mimetypes
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

DEFAULT_MARKERS = ("repparttar",)  # the "the"-replacing marker of article-directory scrapes (seed 004)
COUNTER = r"(?:[ \t]+\d{5,6}\b)?"  # the counter that often follows a marker: "torepparttar 104500 checkout"
MIN_COM_ZIPF = 3.0  # "com"+rest must be at least this common (company 5.6, comma 3.3); rarer words risk false hits
MIN_COM_LETTERS = 3  # two-letter rests are country-code domains as often as stripped words (.me, .in, .it)
STRIPPED_COM_RE = re.compile(
    r"\.(?<![^\s(\[{\"“‘'«]\.)"  # the dot the site left, at the start of a token: after whitespace or an opening
    # bracket/quote, not a letter (the dot first, then the look behind it: sre then jumps from dot to dot, 15x faster)
    r"([A-Za-z]+)\b"  # the rest of the word
    r"(?!\.[A-Za-z])"  # not a host name (.pany.com)
)
MOJIBAKE_REACH = 4  # the longest of ftfy's badness patterns, in characters
MIN_FOREIGN_RUN = 2  # letters; a single stray letter (a Greek mu, a symbol) is not spam
MIN_LATIN_SHARE = 0.5  # a text is English (checked for foreign spam) when most of its letters are Latin
QUOTES_OPEN = "\"'“‘«「『(（[【"
QUOTES_CLOSE = "\"'”’»」』)）]】"
# Letters whose Unicode name does not start with LATIN but which belong in English text anyway.
NEUTRAL_LETTER_PREFIXES = ("MODIFIER", "SCRIPT", "DOUBLE-STRUCK", "MATHEMATICAL", "BLACK-LETTER", "MICRO",
                           "FEMININE", "MASCULINE", "ROMAN", "PLANCK", "KELVIN", "ANGSTROM", "OHM")
INVISIBLE = {
    "\u00ad": "SOFT HYPHEN",
    "\u200b": "ZERO WIDTH SPACE",
    "\u2060": "WORD JOINER",
    "\ufeff": "ZERO WIDTH NO-BREAK SPACE (BOM)",
}
NON_ASCII_RE = re.compile(r"[^\x00-\x7f]")
CANDIDATE_RUN_RE = re.compile(r"[^\x00-\x7f](?:[^\x00-\x7f]| (?=[^\x00-\x7f]))*")  # non-ASCII, single spaces
_ASCII_LETTERS = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
CONTROL_RE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f" + "".join(INVISIBLE) + "]")
# Printable ASCII, tab and newline: no detector but find_markers and find_stripped_com (ASCII words) can start a hit
# on them, so the other detectors first ask the few characters left when these are taken out (unplain).
PLAIN_ASCII = bytes(range(0x20, 0x7F)) + b"\t\n"
MAX_RARE_PAIRS = 256  # non-ASCII characters past which may_hold_mojibake scans the text for pairs instead


@dataclass(frozen=True, slots=True)
class Hit:
    """One suspicious span of a text: what kind of damage, where, and the span itself."""

    kind: str
    start: int
    end: int
    text: str
    note: str = ""  # e.g. the word a stripped token stands for, or the script of a foreign run


def excerpt(text: str, hit: Hit, width: int = 24) -> str:
    """Return the hit with a little context on each side, on one line, for messages.

    >>> t = "I got torepparttar 104500 checkout counter."
    >>> excerpt(t, find_markers(t)[0], width=6)
    '…got torepparttar 104500 check…'
    """
    left = max(hit.start - width, 0)
    right = min(hit.end + width, len(text))
    out = text[left:right]
    out = out.translate(_BLANKED)
    out = CONTROL_RE.sub(lambda m: f"\\u{ord(m.group()):04x}", out)
    return ("…" if left else "") + out + ("…" if right < len(text) else "")


_BLANKED = {ord("\n"): " ", ord("\t"): " "}  # excerpt's one line


def unplain(text: str) -> str:
    """Return the characters of ``text`` that are not plain ASCII (printable, tab, newline), in their order.

    Control, invisible and bidi characters, mojibake and letters of other scripts all lie there, and English text
    holds few of them: a detector's cheap first question reads this short string instead of scanning the text
    (bytes' translate drops the plain bytes at C speed; a non-ASCII character's UTF-8 bytes are all kept, whole).
    Characters that stood apart in ``text`` may stand side by side here, never the other way round.

    >>> unplain("Café\x07 – ok\\n\\t"), unplain("plain text"), unplain("lone \\udfff")
    ('é\\x07–', '', '\\udfff')
    """
    return text.encode("utf-8", "surrogatepass").translate(None, PLAIN_ASCII).decode("utf-8", "surrogatepass")


def may_hold_controls(text: str, rare: str | None = None) -> bool:
    """False when ``text`` surely gives :func:`find_control_chars` nothing, asked of ``rare`` (``unplain(text)``,
    computed when not given): every character :data:`CONTROL_RE` matches is outside :data:`PLAIN_ASCII`, so the
    answer is exact.

    >>> may_hold_controls("tab\\tnew\\nline – ok"), may_hold_controls("soft\\u00adhyphen"), may_hold_controls("\\x7f")
    (False, True, True)
    """
    return CONTROL_RE.search(unplain(text) if rare is None else rare) is not None


def may_hold_mojibake(text: str, rare: str | None = None) -> bool:
    """False when ``text`` surely gives :func:`find_mojibake` nothing: ``rare`` (``unplain(text)``, computed when
    not given) holds every non-ASCII character of the text and every pair of them side by side, so it is asked
    whether it holds a character one of ftfy's alternatives needs alone, then which pairs it holds that one of
    them needs (:func:`badness_gate_kinds`); those are looked up in ``text`` (``rare`` also puts side by side
    characters that stood apart there). Never False where ftfy's pattern matches; True more rarely than
    :func:`badness_gates` asked of ``text``, whose pair gate takes any opener before any closer ("••", "“”").

    >>> may_hold_mojibake("It’s “fine” — café"), may_hold_mojibake("itâ€™s"), may_hold_mojibake("plain")
    (False, True, False)
    """
    if text.isascii():
        return False
    if rare is None:
        rare = unplain(text)
    from ftfy.badness import BADNESS_RE

    solo, closers = badness_gate_kinds(BADNESS_RE)
    if solo is not None and solo.search(rare) is not None:
        return True
    if not closers:
        return False
    if len(rare) > MAX_RARE_PAIRS:  # a text mostly not ASCII: one scan of it beats a look at each of its pairs
        return badness_gates(BADNESS_RE)[-1].search(text) is not None  # the pair gate comes last
    # every pair side by side in the text is side by side in rare too: look up in the text the ones rare holds that
    # one of ftfy's alternatives needs (finer than the pair gate's two classes: "••" or "“”" need no look)
    nothing: frozenset[str] = frozenset()
    pairs = {a + b for a, b in zip(rare, rare[1:], strict=False) if b in closers.get(a, nothing)}
    return any(pair in text for pair in pairs)


@lru_cache(maxsize=16)
def _marker_re(markers: tuple[str, ...]) -> re.Pattern[str]:
    alternatives = "|".join(re.escape(m) for m in sorted(markers, key=len, reverse=True))
    return re.compile(f"(?:{alternatives}){COUNTER}", re.IGNORECASE)


def find_markers(text: str, markers: tuple[str, ...] = DEFAULT_MARKERS) -> list[Hit]:
    """Find site markers such as ``repparttar`` (glued to the previous word or not), with their counter.

    >>> [h.text for h in find_markers("Byrepparttar time I got torepparttar 104500 checkout")]
    ['repparttar', 'repparttar 104500']
    >>> find_markers("They repaired the part tar.")
    []
    """
    if not markers:
        return []
    return [Hit("marker", m.start(), m.end(), m.group()) for m in _marker_re(tuple(markers)).finditer(text)]


@lru_cache(maxsize=1)
def file_extensions() -> frozenset[str]:
    """Return the file extensions Python's built-in MIME table knows (without the dot, lower case).

    Only the built-in table is used (not ``/etc/mime.types``), so the answer is the same on every machine.

    >>> {"pdf", "bat", "html"} <= file_extensions(), "pany" in file_extensions()
    (True, False)
    """
    table = mimetypes.MimeTypes(filenames=())
    names = set(table.types_map[True]) | set(table.types_map[False]) | set(table.encodings_map)
    return frozenset(n.lstrip(".").lower() for n in names)


@lru_cache(maxsize=65536)
def stripped_com_word(rest: str, min_zipf: float = MIN_COM_ZIPF, min_letters: int = MIN_COM_LETTERS) -> str | None:
    """Return the word ``"com" + rest`` when ``.rest`` is most likely that word with its "com" stripped, else None.

    >>> stripped_com_word("pany"), stripped_com_word("Puters"), stripped_com_word("mon")
    ('company', 'Computers', 'common')
    >>> [stripped_com_word(r) for r in ("pdf", "net", "bat", "me", "org")]
    [None, None, None, None, None]
    """
    if len(rest) < min_letters or rest.lower() in file_extensions():
        return None
    from wordfreq import zipf_frequency  # here, not at the top: `tipline --help` reads this module's constants

    word = "com" + rest.lower()
    if zipf_frequency(word, "en") < min_zipf:
        return None
    if rest.isupper() and len(rest) > 1:
        return word.upper()
    return word.capitalize() if rest[0].isupper() else word


def find_stripped_com(text: str, min_zipf: float = MIN_COM_ZIPF, min_letters: int = MIN_COM_LETTERS) -> list[Hit]:
    """Find tokens like ``.pany`` whose "com" a site stripped; the note names the word it stands for.

    >>> [(h.text, h.note) for h in find_stripped_com("the .pany’s success, a .Puter and (.munity)")]
    [('.pany', 'company'), ('.Puter', 'Computer'), ('.munity', 'community')]
    >>> find_stripped_com("Save it as .pdf, use .NET 4.5 or .5 mm; see example.com, the .pany.com site, job.Be")
    []
    """
    if "." not in text:
        return []
    hits = []
    for m in STRIPPED_COM_RE.finditer(text):
        word = stripped_com_word(m.group(1), min_zipf, min_letters)
        if word is not None:
            hits.append(Hit("stripped-com", m.start(), m.end(), m.group(), word))
    return hits


def find_mojibake(text: str, rare: str | None = None) -> list[Hit]:
    """Find sequences that ftfy's badness heuristic marks as mojibake (UTF-8 decoded in a legacy code page);
    ``rare``: ``unplain(text)`` when the caller has it already.

    >>> [h.text for h in find_mojibake("It’s fine – “quoted”. But itâ€™s not, nor is cafÃ©.")]
    ['â€', 'fÃ©']
    >>> find_mojibake("Don’t wait — café, naïve, 10 €.")
    []
    """
    if text.isascii():
        return []
    if not may_hold_mojibake(text, rare):  # most texts: no match can be there
        return []
    from ftfy.badness import BADNESS_RE  # here, not at the top: `tipline --help` reads this module's constants

    hits = []
    for start, end in _non_ascii_windows(text, MOJIBAKE_REACH):
        hits += [Hit("mojibake", m.start(), m.end(), m.group()) for m in BADNESS_RE.finditer(text, start, end)]
    return hits


def _non_ascii_windows(text: str, reach: int) -> list[tuple[int, int]]:
    """Return the merged spans within ``reach`` characters of a non-ASCII character.

    ftfy's badness patterns are at most four characters long, have no anchors or lookarounds, and each holds a
    non-ASCII character; so scanning these windows finds exactly the matches a scan of the whole text finds, in a
    fraction of the time (English text is mostly ASCII).

    >>> _non_ascii_windows("ab’cdefghij’k", 2)
    [(1, 4), (10, 13)]
    """
    windows: list[tuple[int, int]] = []
    for m in NON_ASCII_RE.finditer(text):
        start, end = max(m.start() - reach + 1, 0), min(m.end() + reach - 1, len(text))
        if windows and start <= windows[-1][1]:
            windows[-1] = (windows[-1][0], end)
        else:
            windows.append((start, end))
    return windows


@lru_cache(maxsize=4)
def badness_gates(badness: re.Pattern[str]) -> tuple[re.Pattern[str], ...]:
    """Patterns one of which finds something in every text in which ``badness`` (ftfy's ``BADNESS_RE``) finds a
    match, and in few others: the check's cheap first question, derived from the pattern itself.

    Each of ftfy's alternatives is a short sequence of single characters; most require two non-ASCII characters
    side by side (``[ÂÃ][€œ…]``), the others at least one of a few (``[\x80-\x9f]``, ``[ÂÃ] ``, ``Œ``). So a
    match needs either one of those "solo" characters, or a non-ASCII character that may open such a pair right
    before one that may close it. English text's curly quotes and dashes stand alone and pass no gate. Whatever
    the analysis cannot prove (case-insensitive flags, an alternative that may be all ASCII, an unknown shape)
    gives :data:`NON_ASCII_RE`: every non-ASCII text then takes the full scan, as without a gate. Two patterns, not
    one alternation: sre scans two character classes three times faster apart than as ``a|bc``.

    >>> from ftfy.badness import BADNESS_RE
    >>> gates = badness_gates(BADNESS_RE)
    >>> [any(g.search(t) for g in gates) for t in ("It’s “fine” — café, 10 €.", "itâ€™s", "cafÃ©", "\x93hi\x94")]
    [False, True, True, True]
    """
    solo, closers = badness_gate_kinds(badness)
    opens, closes = set(closers), set().union(*closers.values())
    pairs = [re.compile(_char_class(opens) + _char_class(closes))] if opens else []
    return tuple(([solo] if solo is not None else []) + pairs)


@lru_cache(maxsize=4)
def badness_gate_kinds(badness: re.Pattern[str]) -> tuple[re.Pattern[str] | None, dict[str, frozenset[str]]]:
    """:func:`badness_gates` told apart, finer: ``(the one-character gate or None, the characters that may close a
    pair by each that may open one)``; ``(NON_ASCII_RE, {})`` where the analysis proves nothing. Every character
    named is non-ASCII (what lets :func:`may_hold_mojibake` ask them of ``unplain(text)``)."""
    try:
        solo, closers = _badness_parts(badness)
    except (ValueError, TypeError, AttributeError, ImportError, IndexError):  # a shape this analysis does not know
        return NON_ASCII_RE, {}
    if not solo and not closers:
        return NON_ASCII_RE, {}
    return (re.compile(_char_class(solo)) if solo else None,
            {chr(code): frozenset(map(chr, codes)) for code, codes in closers.items()})


def _char_class(codes: set[int] | set[str]) -> str:
    return "[" + "".join(re.escape(c if isinstance(c, str) else chr(c)) for c in sorted(codes)) + "]"


def _badness_parts(badness: re.Pattern[str]) -> tuple[set[int], dict[int, set[int]]]:
    """``(solo, closers)``: the non-ASCII characters one of which every single-character alternative needs, and
    the adjacent non-ASCII pairs the others need, as the characters that may close a pair by each that may open
    one. Raises ``ValueError`` where not provable."""
    try:
        from re import _constants as sre  # type: ignore[attr-defined]  # Python 3.11+
        from re import _parser as parser  # type: ignore[attr-defined]
    except ImportError:  # Python 3.10
        import sre_constants as sre  # type: ignore[no-redef]
        import sre_parse as parser  # type: ignore[no-redef]

    if badness.flags & re.IGNORECASE:
        raise ValueError("case-insensitive: other cases would match too")
    tree = parser.parse(badness.pattern, badness.flags).data
    alternatives = tree[0][1][1] if len(tree) == 1 and tree[0][0] is sre.BRANCH else [tree]

    def non_ascii(op: object, arg: object) -> set[int] | None:
        """The characters a one-character item matches when it can match only non-ASCII ones, else None."""
        if op is sre.LITERAL and isinstance(arg, int):
            return {arg} if arg >= 0x80 else None
        if op is not sre.IN or not isinstance(arg, list):
            return None
        codes: set[int] = set()
        for kind, value in arg:
            if kind is sre.LITERAL and value >= 0x80:
                codes.add(value)
            elif kind is sre.RANGE and value[0] >= 0x80:
                codes.update(range(value[0], value[1] + 1))
            else:  # NEGATE, CATEGORY, an ASCII character: it may match ASCII
                return None
        return codes

    solo: set[int] = set()
    closers: dict[int, set[int]] = {}  # what may close a pair, by what opens it
    for alternative in alternatives:
        items = [non_ascii(op, arg) for op, arg in getattr(alternative, "data", alternative)]
        pair = next(((a, b) for a, b in zip(items, items[1:], strict=False) if a is not None and b is not None),
                    None)
        if pair is not None:
            for code in pair[0]:
                closers.setdefault(code, set()).update(pair[1])
            continue
        required = next((codes for codes in items if codes is not None), None)
        if required is None:
            raise ValueError("an alternative may match ASCII text alone")
        solo |= required
    return solo, closers


@lru_cache(maxsize=8192)
def script_of(ch: str) -> str | None:
    """Return the script of a letter as the first word of its Unicode name ("LATIN", "CJK", "CYRILLIC"…).

    Letters that belong in English text whatever their name (modifier letters, mathematical letters, µ) count as
    "LATIN"; non-letters give None.

    >>> script_of("a"), script_of("é"), script_of("巴"), script_of("ж"), script_of("µ"), script_of("1")
    ('LATIN', 'LATIN', 'CJK', 'CYRILLIC', 'LATIN', None)
    """
    if not unicodedata.category(ch).startswith("L"):
        return None
    name = unicodedata.name(ch, "")
    if not name or name.startswith(NEUTRAL_LETTER_PREFIXES):
        return "LATIN"
    return name.split(" ", 1)[0]


def latin_share(text: str) -> float:
    """Return the share of letters in ``text`` that are Latin (1.0 when it has no letters).

    >>> latin_share("abc"), latin_share("ab巴雷"), latin_share("123"), latin_share("café")
    (1.0, 0.5, 1.0, 1.0)
    """
    ascii_bytes = text.encode("ascii", "ignore")
    latin = len(ascii_bytes) - len(ascii_bytes.translate(None, _ASCII_LETTERS))
    other = 0
    for ch in unplain(text):  # few in English text: quotes, dashes, accents (and controls, which are no letter)
        script = script_of(ch)
        if script == "LATIN":
            latin += 1
        elif script is not None:
            other += 1
    return latin / (latin + other) if latin + other else 1.0


def _quoted(text: str, start: int, end: int) -> bool:
    before = text[:start].rstrip(" ")[-1:]
    after = text[end:].lstrip(" ")[:1]
    return bool(before) and bool(after) and before in QUOTES_OPEN and after in QUOTES_CLOSE


def find_foreign_spam(text: str, min_run: int = MIN_FOREIGN_RUN, min_latin_share: float = MIN_LATIN_SHARE
                      ) -> list[Hit]:
    """Find runs of non-Latin letters in an English (mostly Latin) text; the note names the script.

    A run may hold spaces and combining marks between its letters. Runs in quotes or brackets are kept: they are
    quoted terms or names, not spam. Texts that are mostly another script are not English and give no hits.

    >>> t = "Read This…-巴雷特m82a1. Notice – keep the bio intact. 相关的主题文章:"
    >>> [(h.text, h.note) for h in find_foreign_spam(t)]
    [('巴雷特', 'CJK'), ('相关的主题文章', 'CJK')]
    >>> find_foreign_spam("Mao Zedong (毛泽东) spoke of “ἦθος”; a µm is small.")
    []
    >>> find_foreign_spam("这是一篇中文文章，不是垃圾。")
    []
    """
    if not may_hold_foreign_letters(text):
        return []
    if min_latin_share > 0 and latin_share(text) < min_latin_share:  # a share is never below 0: not asked then
        return []
    hits = []
    for candidate in CANDIDATE_RUN_RE.finditer(text):  # only stretches of non-ASCII text need a closer look
        hits += _foreign_runs(text, candidate.start(), candidate.end(), min_run)
    return hits


SURELY_NOT_FOREIGN_BELOW = 0x3000  # the non-ASCII characters below this that are no letter of another script
#                                   (accents, punctuation, symbols) are listed once in a pattern; any other is looked at


def may_hold_foreign_letters(text: str) -> bool:
    """False when ``text`` surely holds no letter of a script other than Latin (ASCII, or only accents, quotes,
    dashes and symbols), so no foreign run can start there: the question asked before any run scan. It gives the
    same answer asked of :func:`unplain` of ``text``, which holds every character it looks for.

    >>> may_hold_foreign_letters("It’s “fine” — café, naïve, 10 €, µm, ½"), may_hold_foreign_letters("Read 巴雷特")
    (False, True)
    """
    return not text.isascii() and _other_than_latin().search(text) is not None


@lru_cache(maxsize=1)
def _other_than_latin() -> re.Pattern[str]:
    """A character that is neither ASCII nor one of the characters below U+3000 that :func:`script_of` calls Latin
    or no letter: every letter of another script, and the few rare characters above U+3000 that are neither."""
    plain = [cp for cp in range(0x80, SURELY_NOT_FOREIGN_BELOW) if script_of(chr(cp)) in (None, "LATIN")]
    ranges, start = [], plain[0]
    for prev, cp in zip(plain, plain[1:] + [-1], strict=True):
        if cp != prev + 1:
            ranges.append(re.escape(chr(start)) + ("-" + re.escape(chr(prev)) if prev > start else ""))
            start = cp
    return re.compile("[^\x00-\x7f" + "".join(ranges) + "]")


def _foreign_runs(text: str, i: int, n: int, min_run: int) -> list[Hit]:
    hits = []
    while i < n:
        script = script_of(text[i])
        if script is None or script == "LATIN":
            i += 1
            continue
        start = end = i
        letters = 0
        j = i
        while j < n:
            c = text[j]
            s = script_of(c) if not c.isascii() else None
            if s is not None and s != "LATIN":
                letters += 1
                end = j + 1
            elif not (c == " " or unicodedata.category(c).startswith("M")):
                break
            j += 1
        if letters >= min_run and not _quoted(text, start, end):
            hits.append(Hit("foreign-spam", start, end, text[start:end], script))
        i = max(end, i + 1)
    return hits


def find_control_chars(text: str) -> list[Hit]:
    """Find control characters (other than tab and newline) and invisible characters; the note names each.

    >>> [(h.start, h.note) for h in find_control_chars("bell\\x07 soft\\u00adhyphen\\ttab\\nline")]
    [(4, 'U+0007 BELL'), (10, 'U+00AD SOFT HYPHEN')]
    """
    hits = []
    for m in CONTROL_RE.finditer(text):
        ch = m.group()
        name = INVISIBLE.get(ch) or unicodedata.name(ch, None) or _CONTROL_NAMES.get(ord(ch), "control character")
        hits.append(Hit("control", m.start(), m.end(), ch, f"U+{ord(ch):04X} {name}"))
    return hits


_CONTROL_NAMES = {0x00: "NULL", 0x07: "BELL", 0x08: "BACKSPACE", 0x0B: "LINE TABULATION", 0x0C: "FORM FEED",
                  0x0D: "CARRIAGE RETURN", 0x1B: "ESCAPE", 0x7F: "DELETE"}
