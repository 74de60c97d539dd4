"""Bad Unicode: mojibake (ftfy), Mac Roman look-alikes ftfy cannot see, and doubled CSV quotes."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator

from ftfy import TextFixerConfig, fix_and_explain
from ftfy.badness import BADNESS_RE, is_bad
from ftfy.chardata import HTML_ENTITY_RE, LIGATURES

from .base import Change, FixResult, diff_changes, substitute
from .lexicon import is_word, zipf

# ftfy's defaults, except where they would change correct text:
FTFY_CONFIG = TextFixerConfig(
    uncurl_quotes=False,  # curly quotes and apostrophes are correct typography, not damage: keep them
    fix_character_width=False,  # fullwidth forms are correct in CJK text, which repair must never touch
    # ASCII control characters (\x1a, \x07 …) carry no evidence of what they stood for: repair never deletes
    # what it cannot explain. C1 controls stay ftfy's business (they become cp1252 punctuation), and so do
    # terminal escapes; NUL is removed by the invisible fix.
    remove_control_chars=False,
    explain=True,  # record ftfy's steps, so every change says how it was made
)
# Lines made only of these characters cannot hold mojibake, HTML entities or control characters: ftfy is
# skipped for them, which is most English lines (ftfy alone runs at about 2 MB/s).
_PLAIN_LINE = re.compile(r"[\x20-\x25\x27-\x7e’‘“”–—…•·©®™°½¼¾×÷€£]*")
# What ftfy's fixers other than the mojibake heuristic act on: entities, controls (C1 ones become cp1252
# punctuation, ESC starts a terminal escape), line separators, surrogates, Latin ligatures.
_FTFY_TRIGGER = re.compile("[&\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff"
                           + "".join(chr(c) for c in sorted(LIGATURES)) + "]")
# ftfy unescapes only what its HTML_ENTITY_RE matches ("&amp;", "&#8217;"): a bare "&" (``AT&T``, ``Tom & Ann``) is
# no reason to run it (on the real texts of bench_scale two lines in three that met the gate by an "&" alone).
_HTML_ENTITY = HTML_ENTITY_RE
_TRIGGER_NOT_AMPERSAND = re.compile(_FTFY_TRIGGER.pattern.replace("&", "", 1))
_FTFY_STEP_NAMES = {"unescape_html": "html_entities", "fix_c1_controls": "control_chars", "NFC": "nfc",
                    "fix_latin_ligatures": "ligatures", "remove_terminal_escapes": "control_chars"}


# Every match of ftfy's badness regex holds two adjacent non-ASCII characters, a C1 control, or one of the four
# letters its patterns pair with ASCII (``Ã ``, ``aÂ ``, ``œ.``): a line with none of them is never bad, and this
# scan costs a tenth of the full regex on German or French lines (their accents stand alone). Pinned against ftfy
# by a property test (tests/repairs/test_encoding.py), so an ftfy release that breaks it fails there.
_MAY_BE_BAD = re.compile("[^\x00-\x7f]{2}|[\x80-\x9f\u0152\u0153\u00c2\u00c3]")


def _badness_reach(pattern: re.Pattern[str] = BADNESS_RE) -> int | None:
    """The most characters one match of ftfy's badness regex spans, if every match reads only the characters it
    spans (no lookaround, no word boundary, ``^`` only at the start of the text, no unbounded repeat); else
    ``None``. A match of such a regex found in a slice of a line is a match in the line, and a match in the line
    lies within the slice around the :data:`_MAY_BE_BAD` piece it holds (see :func:`is_bad_line`). Read from the
    regex itself, so an ftfy release of another shape falls back to searching whole lines.

    >>> _badness_reach(re.compile(r"[ÃÂ][ ]|×[²³]|a\\s?Â")), _badness_reach(re.compile(r"(?<=a)Ã|b"))
    (3, None)
    >>> _badness_reach(re.compile(r"Ã+")), _badness_reach(re.compile(r"Ã\\b")), _badness_reach(re.compile(r"^Ã", re.M))
    (None, None, None)
    """
    try:
        try:
            import re._constants as codes
            import re._parser as parser
        except ImportError:  # Python 3.10
            import sre_constants as codes  # type: ignore[no-redef]
            import sre_parse as parser  # type: ignore[no-redef]
        tree = parser.parse(pattern.pattern, pattern.flags)
        if pattern.flags & re.MULTILINE:  # "^" after every line break: it reads the character before it
            return None
        consuming = {codes.LITERAL, codes.NOT_LITERAL, codes.IN, codes.ANY}
        repeats = {codes.MAX_REPEAT, codes.MIN_REPEAT}
        stack = [list(tree)]
        while stack:
            for op, av in stack.pop():
                if op in consuming or op is codes.AT and av in (codes.AT_BEGINNING, codes.AT_BEGINNING_STRING):
                    continue
                if op is codes.BRANCH:
                    stack.extend(list(branch) for branch in av[1])
                elif op is codes.SUBPATTERN:
                    stack.append(list(av[-1]))
                elif op in repeats:
                    stack.append(list(av[2]))
                else:  # a lookaround, a boundary, a back reference...: it reads beyond what it spans
                    return None
        widest = tree.getwidth()[1]
    except Exception:  # noqa: BLE001 -- a parser that is not this one: search whole lines
        return None
    return widest if widest < 1_000 else None  # an unbounded repeat is reported as a huge width


# The reach of ftfy's badness regex (7 characters in ftfy 6.3), or None: each line is then searched whole.
_BADNESS_REACH = _badness_reach()
# Lines at most this long are searched whole: the windows below would cover most of them anyway.
_WHOLE_LINE_CHARS = 64


def is_bad_line(line: str) -> bool:
    """ftfy's ``is_bad`` (its mojibake heuristic), answered without the full regex where it cannot match.

    The regex is tried only around the pieces every match holds (:data:`_MAY_BE_BAD`), within its reach: on a
    long German or French line, a few short windows around its umlaut pairs instead of every position of the line
    (the full search cost most of the repair stage's ftfy gate on real text, issue 19). A match spans at most
    ``_BADNESS_REACH`` characters and holds a piece that ``finditer`` reports starting at most one character
    before the piece's first character, so each match lies inside the window of such a report; and a match
    found in a window is one in the line, since the regex reads nothing outside what it spans.

    >>> is_bad_line("Schöne Grüße"), is_bad_line("SchÃ¶ne"), is_bad_line("plain")
    (False, True, False)
    >>> is_bad_line("Grüße " * 20 + "SchÃ¶ne"), is_bad_line("Grüße " * 30)
    (True, False)
    """
    reach = _BADNESS_REACH
    if reach is None or len(line) <= _WHOLE_LINE_CHARS:
        return _MAY_BE_BAD.search(line) is not None and is_bad(line)
    search = BADNESS_RE.search
    start = end = -1  # the window being built: windows that overlap are searched as one
    for m in _MAY_BE_BAD.finditer(line):
        lo, hi = max(0, m.start() - reach), m.start() + reach + 2
        if lo <= end:
            end = hi
            continue
        if end >= 0 and search(line, start, end) is not None:
            return True
        start, end = lo, hi
    return end >= 0 and search(line, start, end) is not None


def needs_ftfy(line: str) -> bool:
    """Tell whether ftfy could change ``line`` (a cheap gate: most lines are plain and skip ftfy).

    Exact, not a guess: ftfy re-decodes only text its badness heuristic calls bad, and its other fixers act
    only on the characters of ``_FTFY_TRIGGER`` or text that is not NFC.

    >>> needs_ftfy("It’s plain."), needs_ftfy("Schöne Grüße"), needs_ftfy("SchÃ¶ne"), needs_ftfy("a &amp; b")
    (False, False, True, True)
    """
    if _PLAIN_LINE.fullmatch(line):
        return False
    return (bool(_TRIGGER_NOT_AMPERSAND.search(line)) or ("&" in line and _HTML_ENTITY.search(line) is not None)
            or is_bad_line(line) or not unicodedata.is_normalized("NFC", line))


# What makes a line worth asking needs_ftfy about: a trigger character, or a piece ftfy's badness regex needs
# (_MAY_BE_BAD: a non-ASCII character that is one of its four letters or a C1 control, or is followed by another
# non-ASCII one). Led by one character class, so the scan skips plain text at C speed. A line with none is
# skipped by needs_ftfy unless it is not NFC, which only a line with a non-ASCII character can be: in a text that
# is NFC as a whole no line is not (a line break neither composes nor reorders, so the text's NFC is its lines'
# NFC joined); in one that is not, every line with a non-ASCII character is asked.
_LOOK_AT = re.compile("[&\x00-\x08\x0b-\x1f\x7f-\U0010ffff]"
                      "(?:(?<=[" + _FTFY_TRIGGER.pattern[1:-1] + "\u0152\u0153\u00c2\u00c3])|[^\x00-\x7f])")
_LOOK_AT_NOT_NFC = re.compile("[&\x00-\x08\x0b-\x1f\x7f-\U0010ffff]")


def lines_needing_ftfy(text: str) -> Iterator[tuple[int, str]]:
    """The lines of ``text`` (without their indent and end spaces) that :func:`needs_ftfy` sends to ftfy, with
    their offsets: the same lines as asking it about every line, found by one scan of the text (on real text
    most lines hold none of what ftfy acts on; asking about each cost most of the fix, issue 19).

    >>> list(lines_needing_ftfy("Schöne Grüße\\nItâ€™s\\nplain\\na &amp; b"))
    [(13, 'Itâ€™s'), (26, 'a &amp; b')]
    """
    look = _LOOK_AT if unicodedata.is_normalized("NFC", text) else _LOOK_AT_NOT_NFC
    pos = 0
    while (m := look.search(text, pos)) is not None:
        start = text.rfind("\n", 0, m.start()) + 1
        end = text.find("\n", m.start())
        if end < 0:
            end = len(text)
        line = text[start:end].strip(" \t")  # its indent and end spaces are no context for an encoding
        start = text.index(line, start)      # decision, and ftfy reads them (it leaves " Ã a", fixes "Ã a"):
        if needs_ftfy(line):                 # without them the decision survives the spaces fix (idempotence)
            yield start, line
        pos = end + 1


def fix_unicode(text: str) -> FixResult:
    """Fix mojibake (also doubly encoded), HTML entities, C1 controls, ligatures and NFC with ftfy; typographic
    quotes and dashes in correct text stay as they are.

    ftfy reads each line whole, as it is designed to: its heuristics need the line's context (which code page
    the rest of the line came from, whether a space after ``Ã`` was once a no-break space). Lines that ftfy
    could not change (:func:`needs_ftfy`) skip it.

    >>> fix_unicode("Itâ€™s the customerÃ¢â‚¬â„¢s “choice” — always.")[0]
    'It’s the customer’s “choice” — always.'
    >>> fix_unicode("AT&T &amp; friends")[1][0][:3]
    ('html_entities', '&amp;', '&')
    """
    changes: list[Change] = []
    out = []
    pos = 0  # end of the text copied so far
    fixes: dict[int, tuple[str, str, str, str]] = {}  # a changed line's offset: the line, fixed, the fix, how
    for offset, line in lines_needing_ftfy(text):
        fixed, steps = fix_and_explain(line, FTFY_CONFIG)
        if fixed != line:
            fixes[offset] = (line, fixed, _ftfy_name(steps), ", ".join(f"{a} {b}" for a, b in steps or []))
    if letters := _mojibake_letters(fixes.values()):
        for m in re.finditer(r"[^\n]+", text):
            if m.start() not in fixes and (again := _same_mojibake(m.group(), letters)) != m.group():
                fixes[m.start()] = (m.group(), again, "mojibake", f"{SLOPPY_UTF8}, as in the text's other lines")
    for offset in sorted(fixes):
        line, fixed, name, how = fixes[offset]
        start, end_a, end_b = _changed_span(line, fixed)
        changes += diff_changes(name, line[start:end_a], fixed[start:end_b], offset + start, how)
        out += [text[pos:offset], fixed]
        pos = offset + len(line)
    if not out:
        return text, changes
    out.append(text[pos:])
    return "".join(out), changes


SLOPPY_UTF8 = "encode sloppy-windows-1252, decode utf-8"  # ftfy's steps re-decoding UTF-8 read as cp1252
NON_ASCII_RUN = re.compile(r"[^\x00-\x7f]{2,3}")


def _mojibake_letters(fixes: Iterable[tuple[str, str, str, str]]) -> dict[str, str]:
    """The letters ftfy re-decoded in a text's lines (UTF-8 read as cp1252, ``SLOPPY_UTF8``), each as its mojibake
    read it ("É—" for Hausa's "ɗ", "Æ™" for "ƙ"): the text's own code-page accident, letter by letter.

    >>> _mojibake_letters([("kashi É—aya", "kashi ɗaya", "mojibake", SLOPPY_UTF8)])
    {'É—': 'ɗ'}
    """
    letters: dict[str, str] = {}
    for line, _, name, how in fixes:
        if name != "mojibake" or how != SLOPPY_UTF8:
            continue
        for run in NON_ASCII_RUN.findall(line):
            try:
                letter = run.encode("sloppy-windows-1252").decode("utf-8")
            except UnicodeError:
                continue
            if len(letter) == 1 and letter.isalpha():
                letters[run] = letter
    return letters


def _same_mojibake(line: str, letters: dict[str, str]) -> str:
    """``line`` with the text's mojibake letters (:func:`_mojibake_letters`) decoded where a word goes on after them
    and no capital stands before them ("a É—aki", "waÉ—annan"): ftfy reads each line alone, and a line whose only
    accident is one such pair (to ftfy a capital and a dash) passes its test, though the text's other lines show
    what the pair was. A capitalised word's end before a dash ("CAFÉ—and") stays.

    >>> _same_mojibake("a É—aki waÉ—annan? CAFÉ—and more", {"É—": "ɗ"})
    'a ɗaki waɗannan? CAFÉ—and more'
    """
    for run, letter in letters.items():
        if run in line:
            line = re.sub(rf"{re.escape(run)}(?=[^\W\d_])",
                          lambda m, letter=letter: m.group() if m.start() and m.string[m.start() - 1].isupper()
                          else letter, line)
    return line


def _changed_span(a: str, b: str) -> tuple[int, int, int]:
    """Return where ``a`` and ``b`` differ, widened to whole space-separated words: ``(start, end in a, end in
    b)``. Comparing only that span keeps the word diff of a long line cheap (slice comparisons run in C).

    >>> a, b = "one two thrÃ©e four", "one two thrée four"
    >>> start, end_a, end_b = _changed_span(a, b)
    >>> a[start:end_a], b[start:end_b]
    ('thrÃ©e', 'thrée')
    """
    lo, hi = 0, min(len(a), len(b))
    while lo < hi:  # the longest common prefix, by bisection
        mid = (lo + hi + 1) // 2
        lo, hi = (mid, hi) if a[:mid] == b[:mid] else (lo, mid - 1)
    start = lo
    lo, hi = 0, min(len(a), len(b)) - start
    while lo < hi:  # the longest common suffix that does not overlap the prefix
        mid = (lo + hi + 1) // 2
        lo, hi = (mid, hi) if a[len(a) - mid:] == b[len(b) - mid:] else (lo, mid - 1)
    end_a, end_b = len(a) - lo, len(b) - lo
    start = a.rfind(" ", 0, start) + 1
    while end_a < len(a) and not a[end_a].isspace():
        end_a += 1
        end_b += 1
    return start, end_a, end_b


def _ftfy_name(steps: list[tuple[str, str]] | None) -> str:
    """Name a change by ftfy's steps: re-decoding is mojibake; otherwise the first fix applied.

    >>> _ftfy_name([("encode", "sloppy-windows-1252"), ("decode", "utf-8")]), _ftfy_name([("apply", "unescape_html")])
    ('mojibake', 'html_entities')
    >>> _ftfy_name([("transcode", "fix_c1_controls")]), _ftfy_name([("normalize", "NFC")])
    ('control_chars', 'nfc')
    """
    steps = steps or []
    if any(kind in ("encode", "decode") or name == "decode_inconsistent_utf8" for kind, name in steps):
        return "mojibake"
    applied = [name for kind, name in steps if kind in ("apply", "transcode", "normalize")]
    return _FTFY_STEP_NAMES.get(applied[0], "unicode") if applied else "unicode"


def is_mojibake(line: str) -> bool:
    """Tell whether a line shows mojibake (ftfy's badness heuristic; plain lines are never bad).

    >>> is_mojibake("It’s fine."), is_mojibake("Itâ€™s not.")
    (False, True)
    """
    return not _PLAIN_LINE.fullmatch(line) and is_bad_line(line)


# A curly apostrophe, quote, dash or ellipsis stored in cp1252 and read as Mac Roman, or the other way round.
_MAC_FAMILIES = (
    {"í": "’", "ë": "‘", "ì": "“", "î": "”", "ñ": "–", "ó": "—", "Ö": "…"},  # cp1252 bytes read as Mac Roman
    {"Õ": "’", "Ô": "‘", "Ò": "“", "Ó": "”", "Ð": "–", "Ñ": "—", "É": "…"},  # Mac Roman bytes read as cp1252
)
_MAC_APOSTROPHE = re.compile(r"\b([A-Za-z]+)([íÕ])([a-z]{1,2})\b")
_CONTRACTION_TAILS = frozenset({"s", "t", "re", "ve", "ll", "d", "m"})
_OTHER_LANGS = ("es", "pt", "fr", "it", "ca")  # where "país", "aquí" are words, not damage


def _mac_apostrophe(m: re.Match[str]) -> str | None:
    """Return the token of ``m`` with a curly apostrophe, when that makes an English contraction or possessive
    and the token is no word of Spanish, Portuguese, French, Italian or Catalan.

    >>> [_mac_apostrophe(_MAC_APOSTROPHE.search(w)) for w in ("donít", "customerís", "país", "itísx")]
    ['don’t', 'customer’s', None, None]
    """
    base, mark, tail = m.groups()
    if tail.lower() not in _CONTRACTION_TAILS or is_word(m.group(0)):
        return None
    word = f"{base}'{tail}"
    if not (zipf(word) >= 2.5 or tail == "s" and is_word(base, 3.0)):
        return None
    if any(zipf(m.group(0), lang) >= 1.5 for lang in _OTHER_LANGS):
        return None
    return f"{base}’{tail}"


def fix_mac_roman(text: str) -> FixResult:
    """Restore curly apostrophes (and, once those prove the damage, quotes, dashes and ellipses) that a Mac
    Roman / cp1252 mix-up turned into letters: ``itís`` and ``itÕs`` are ``it’s``. Spanish ``país`` stays.

    >>> fix_mac_roman("I know itís late, but donít worry: ìsoonî ñ really.")[0]
    'I know it’s late, but don’t worry: “soon” – really.'
    >>> fix_mac_roman("Visit the país vasco; it’s a canción ñ and ìholaî.")[0]
    'Visit the país vasco; it’s a canción ñ and ìholaî.'
    """
    if "í" not in text and "Õ" not in text:
        return text, []
    proof = next((m for m in _MAC_APOSTROPHE.finditer(text) if _mac_apostrophe(m)), None)
    if proof is None:
        return text, []
    family = _MAC_FAMILIES[0] if proof.group(2) == "í" else _MAC_FAMILIES[1]
    bad = {v: re.escape(k) for k, v in family.items()}
    pattern = re.compile(
        rf"{_MAC_APOSTROPHE.pattern}"
        rf"|(?:(?<=\s)|^){bad['“']}(?=[A-Za-z])|(?<=[A-Za-z.,!?]){bad['”']}(?=[\s.,;:!?]|$)"
        rf"|(?<= )(?:{bad['–']}|{bad['—']})(?= )|(?<=[a-z.]){bad['…']}(?=\s|$)",
        re.M,
    )

    def decide(m: re.Match[str]) -> tuple[str, str] | None:
        if m.group(1):
            fixed = _mac_apostrophe(m)
            return ("mac_roman", fixed) if fixed else None
        return "mac_roman", family[m.group(0)]

    return substitute(pattern, text, decide)


_CSV_QUOTES = re.compile(r'""(?=\S)([^"\n]{1,300}?\S)""')


def fix_csv_quotes(text: str) -> FixResult:
    """Undo the doubled quotes of a CSV export: ``""give""`` is ``"give"``; an empty ``""`` stays, and so
    does everything in a text that also quotes normally (``"x"``), which a CSV export cannot.

    >>> fix_csv_quotes('They said ""give"" twice; an empty string is "" and "" stays.')[0]
    'They said "give" twice; an empty string is "" and "" stays.'
    >>> fix_csv_quotes('Write ""ss"" for "ß".')[1]
    []
    """
    if '""' not in text or '"' in text.replace('""', ""):
        return text, []  # a CSV export doubles every quote: one single quote proves this text is not one
    return substitute(_CSV_QUOTES, text, lambda m: ("csv_quotes", f'"{m.group(1)}"'))


# A message body saved still in its transfer encoding (RFC 2045 quoted-printable): "=E2=80=93" for the bytes of a
# dash, "=" at a line's end for a soft break inside a word, "=?UTF-8?Q?...?=" for a header's encoded words
QP_HEADER = re.compile(r"^content-transfer-encoding:\s*quoted-printable\s*$", re.I | re.M)
# A run of encoded bytes and the soft breaks inside it ("=E2=80=\n=93": a dash the encoder broke mid-character), or a
# soft break alone. (RFC 2045's hex digits are upper case: "=e2" is no byte.)
QP_SEQUENCE = re.compile(r"(?:=[0-9A-F]{2}|=\n)+")
QP_WORD = re.compile(r"=\?(?P<charset>[\w.:-]{1,40})\?[Qq]\?(?P<text>[^?\s]{1,300})\?=")
SOFT_BREAK_LINE = re.compile(r"[^=\s]=$", re.M)  # a line the encoder broke: its last character the "=" of a soft break
# Without a header, only a soft break that splits a word counts ("w=\nalk"): a worksheet's "3+4=" or a config's
# "name=" ends its line with "=" and the next line starts a new sum or key.
WORD_SOFT_BREAK = re.compile(r"[A-Za-z]=\n[a-z]")
QP_BYTE = re.compile(r"=[0-9A-F]{2}")
QP_BYTES = re.compile(r"(?:=[0-9A-F]{2})+")
MIN_QP_MARKS = 3  # soft breaks, and encoded bytes, each at least this often: an unmistakable encoding ("a=b" is not)


def quoted_printable(text: str) -> bool:
    """Whether a text is still quoted-printable: its header says so (``Content-Transfer-Encoding:
    quoted-printable``) over encoded bytes or soft breaks, or it holds several of each (a body saved without its
    headers).

    >>> quoted_printable("Content-Transfer-Encoding: quoted-printable\\n\\nA dash =E2=80=93 here.")
    True
    >>> quoted_printable("Set x=3D in the file and y=4F there.")
    False
    >>> quoted_printable("a=12, b=34, c=56, d=78\\n3+4=\\n5+6=\\n7+8=\\n")  # a worksheet: decimals, sums
    False
    """
    if QP_HEADER.search(text):
        return len(SOFT_BREAK_LINE.findall(text)) + len(QP_BYTE.findall(text)) > 0
    soft = len(WORD_SOFT_BREAK.findall(text))
    return soft >= MIN_QP_MARKS and _unmistakable_bytes(text) >= MIN_QP_MARKS


def _unmistakable_bytes(text: str) -> int:
    """How many encoded bytes ``text`` holds in runs no plain text writes: a run with a hex letter ("=E9", "=3D")
    or one that reads as UTF-8 beyond ASCII; "=12" and "=34" are a sum's or a setting's decimals.

    >>> _unmistakable_bytes("a=12, b=34; caf=C3=A9 and =E2=80=93")
    5
    """
    count = 0
    for m in QP_BYTES.finditer(text):
        run = m.group(0)
        if any(c in "ABCDEF" for c in run[1:]) or _multibyte_utf8(bytes.fromhex(run.replace("=", ""))):
            count += run.count("=")
    return count


def _multibyte_utf8(data: bytes) -> bool:
    """Whether ``data`` reads as UTF-8 with a character beyond ASCII."""
    try:
        return max(data) >= 0x80 and bool(data.decode("utf-8"))
    except UnicodeDecodeError:
        return False


def _cut_utf8(data: bytes) -> bool:
    """Whether ``data`` holds UTF-8's shape (a lead byte followed by a continuation byte) yet does not read as
    UTF-8: a character cut in two, which cp1252 would turn into mojibake.

    >>> _cut_utf8(bytes.fromhex("E280")), _cut_utf8(bytes.fromhex("E9")), _cut_utf8(bytes.fromhex("E28093"))
    (True, False, False)
    """
    try:
        data.decode("utf-8")
        return False
    except UnicodeDecodeError:
        return any(0xC2 <= a <= 0xF4 and 0x80 <= b <= 0xBF for a, b in zip(data, data[1:], strict=False))


def _qp_bytes(run: str, charset: str = "utf-8") -> str | None:
    """The characters a run of encoded bytes stands for, in ``charset`` (else cp1252, as mail clients read
    undeclared bytes); ``None`` when neither reads them.

    >>> _qp_bytes("=E2=80=93"), _qp_bytes("=E9"), _qp_bytes("=20"), _qp_bytes("=E2=80=\\n=93"), _qp_bytes("=E2=80")
    ('–', 'é', ' ', '–', None)
    """
    data = bytes.fromhex(run.replace("=\n", "").replace("=", ""))
    if _cut_utf8(data):
        return None  # a character cut in two: never cp1252's mojibake for it
    for name in (charset, "cp1252"):
        try:
            return data.decode(name)
        except (LookupError, UnicodeDecodeError):
            continue
    return None


def _qp_word(m: re.Match[str]) -> tuple[str, str] | None:
    """An encoded word of a header ("=?UTF-8?Q?Bulletin_37_=E2=80=93_May?="): underscores are spaces."""
    out = []
    for part in re.split(r"((?:=[0-9A-Fa-f]{2})+)", m["text"].replace("_", " ")):
        if part.startswith("="):
            decoded = _qp_bytes(part.upper(), m["charset"])
            if decoded is None:
                return None
            out.append(decoded)
        else:
            out.append(part)
    return "quoted_printable", "".join(out)


def fix_quoted_printable(text: str) -> FixResult:
    """Decode a message body left in quoted-printable (:func:`quoted_printable` says when): soft line breaks
    joined, encoded bytes read as UTF-8 (cp1252 where they are not UTF-8), a header's encoded words decoded. A text
    that only looks so here and there ("x=3D1" in a code sample) is left alone.

    >>> head = "Content-Transfer-Encoding: quoted-printable\\n\\n"
    >>> fix_quoted_printable(head + "Issue 7 =E2=80=93 May. We fed the bee=\\ns.")[0][len(head):]
    'Issue 7 – May. We fed the bees.'
    >>> fix_quoted_printable("Subject: =?UTF-8?Q?Bulletin_7_=E2=80=93_May?=\\n" + head)[0][:26]
    'Subject: Bulletin 7 – May\\n'
    >>> fix_quoted_printable("Set x=3D1 here.")[0]
    'Set x=3D1 here.'
    """
    if "=" not in text or not quoted_printable(text):
        return text, []
    return substitute(QP_ANY, text, _qp_decoded)


QP_ANY = re.compile(f"(?P<word>{QP_WORD.pattern})|{QP_SEQUENCE.pattern}")  # one pass: every change on the input


def _qp_decoded(m: re.Match[str]) -> tuple[str, str] | None:
    if m["word"]:
        return _qp_word(m)
    if m.group(0).replace("=\n", "") == "":
        return "quoted_printable", ""  # soft breaks: the encoder's, inside a word or a sentence
    decoded = _qp_bytes(m.group(0))
    if decoded is None or "=" in decoded and (
            QP_BYTE.search(ahead := decoded + m.string[m.end():m.end() + 3]) or "=\n" in ahead):
        return None  # ("=3D41": an encoded "=" that would read as a mark again: kept, so a second run changes nothing)
    return "quoted_printable", decoded
