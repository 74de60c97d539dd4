"""OCR's letter damage: a scanned page read ``m`` as ``rn`` (the two letters' shapes run together in print), so
``mushroom`` came out ``rnushroom`` and ``more`` ``rnore``, and a letter as the digit it looks like (``oi1``,
``H0ME``). A word is mended only where the damage is certain:
the word as printed is no English word at all (wordfreq has never seen it), and reading one or more of its ``rn``
as ``m`` gives a common word. Real words holding ``rn`` (``burn``, ``modern``, ``darn``, ``yarn``) are words and
stay, whatever ``m`` would make of them (``bam``, ``modem``, ``yam``).
"""

from __future__ import annotations

import re
from itertools import combinations

from .base import FixResult, substitute
from .lexicon import zipf

# A word with "rn" in it, lower case or capitalised (the capital may be OCR's "Rn" for "M" too): letters only, so a
# code or a name with digits is left alone
RN_WORD = re.compile(r"\b(?=[A-Za-z]*(?:rn|Rn))[A-Z]?[a-z]+\b")
OCR_MIN_ZIPF = 2.5  # the mended word is a word in use ("mushroom" 3.6, "mended" 2.7), not a rare form or a name
OCR_MAX_PAIRS = 3  # "rnodern": each of its "rn" may be damage or not; a word holds a few at most


def _readings(word: str) -> list[str]:
    """Every reading of ``word`` with one or more of its ``rn`` (``Rn`` at its start) as ``m`` (``M``).

    >>> _readings("rnodern")
    ['modern', 'rnodem', 'modem']
    >>> _readings("Rnarket")
    ['Market']
    """
    spots = [m.start() for m in re.finditer(r"(?=rn|Rn)", word)][:OCR_MAX_PAIRS]
    out = []
    for size in range(1, len(spots) + 1):
        for chosen in combinations(spots, size):
            letters = list(word)
            for at in reversed(chosen):
                letters[at:at + 2] = ["M" if word[at] == "R" else "m"]
            out.append("".join(letters))
    return out


def ocr_reading(word: str, min_zipf: float = OCR_MIN_ZIPF) -> str | None:
    """The word OCR damaged into ``word`` by reading ``m`` as ``rn``, or ``None`` when ``word`` is a word as printed
    or no reading makes a common one (the most common reading wins: ``rnodern`` is ``modern``, not ``modem``).

    >>> ocr_reading("rnushroom"), ocr_reading("rnodern"), ocr_reading("Rnore")
    ('mushroom', 'modern', 'More')
    >>> ocr_reading("burn"), ocr_reading("yarn"), ocr_reading("modern"), ocr_reading("darn"), ocr_reading("Arne")
    (None, None, None, None, None)
    """
    if zipf(word) > 0:
        return None  # a word as printed (however rare): never changed
    return _most_common(_readings(word), min_zipf)


def _most_common(readings: list[str], min_zipf: float) -> str | None:
    """The reading most in use, at least ``min_zipf`` (of two as common, the later), or ``None``.

    >>> _most_common(["modern", "rnodem", "modem"], OCR_MIN_ZIPF), _most_common(["zzq"], OCR_MIN_ZIPF)
    ('modern', None)
    """
    best, best_zipf = None, min_zipf
    for reading in readings:
        if (found := zipf(reading)) >= best_zipf:
            best, best_zipf = reading, found
    return best


# A word OCR read with a digit for a letter: "1" for "l" or "i" ("oi1", "C1ose"), "0" for "o" ("H0ME", "R00M"): two
# letters at least and no other digit (a code, a dose or a model keeps its number: "B12", "A10", "COVID-19"), and
# never an ordinal or a time ("1st", "10am": the digits open those)
DIGIT_WORD = re.compile(r"(?<![\w.,/-])(?=[A-Za-z]*[01])(?=(?:[01]*[A-Za-z]){2})[A-Za-z]+[01][A-Za-z01]*(?![\w/-])"
                        r"|(?<![\w.,/-])[01](?=[A-Za-z]{3})[A-Za-z01]+(?![\w/-])")
_DIGIT_LETTERS = {"1": ("l", "i"), "0": ("o",)}
# The zero stands as tall as a capital: OCR reads it for "O", never for the small "o" among lower-case letters
# ("H0ME", "R00M" are damage; "passw0rd", "g00gle" are written so on purpose). The one is as tall as "l" in both.
LOWER_ZERO = re.compile(r"[a-z]0|0[a-z]")


def digit_reading(word: str, min_zipf: float = OCR_MIN_ZIPF) -> str | None:
    """The word OCR damaged into ``word`` by reading ``l`` or ``i`` as ``1`` and ``o`` as ``0``, or ``None`` (as
    :func:`ocr_reading`: only a word wordfreq has never seen, only a reading in use; an upper-case word's letters
    come back upper case).

    >>> digit_reading("unp1ug"), digit_reading("C1ose"), digit_reading("H0ME"), digit_reading("Ke11sworth")
    ('unplug', 'Close', 'HOME', None)
    >>> digit_reading("oi1"), digit_reading("foo1"), digit_reading("CE1")  # a closing digit: never sure
    (None, None, None)
    >>> digit_reading("passw0rd"), digit_reading("Passw0rd"), digit_reading("PASSW0RD")  # a small "o" as zero
    (None, None, 'PASSWORD')
    """
    if zipf(word) > 0 or word.count("1") + word.count("0") > OCR_MAX_PAIRS or word[-1] in "01" or LOWER_ZERO.search(
            word):
        return None  # (a digit closing a word is an identifier's or a code's as often: "foo1", "CE1", "wi11")
    upper = word.upper() == word
    readings = [""]
    for ch in word:
        options = _DIGIT_LETTERS.get(ch, (ch,))
        readings = [r + (o.upper() if upper else o) for r in readings for o in options]
    return _most_common(readings, min_zipf)


# A token (the whitespace-delimited run a word stands in) that is an address, a domain, a path or a tag: an e-mail
# ("rnorris@example.org"), a domain ("g00gle.com", shown as a look-alike), a URL ("/rnodern-kitchens"), a hashtag
# ("#l0ve"). Its letters are its owner's spelling, never OCR's damage. A sentence's closing stop or a bracket around
# the token is no part of it ("the rnushroom." is a word).
ADDRESS_MARKS = ("@", ".", "/", "#")
TOKEN_EDGES = "\"'“”‘’()[]{}<>.,;:!?*_"
TOKEN_REACH = 200  # how far back and on a token is looked for (a longer run is no word)


def _in_address(text: str, start: int, end: int) -> bool:
    """Whether the word at ``text[start:end]`` lies in a token that is an address, a domain, a path or a tag.

    >>> t = "Mail rnorris@example.org, see g00gle.com. Then the rnushroom."
    >>> _in_address(t, 5, 12), _in_address(t, 30, 36), _in_address(t, t.find("rnush"), t.find("rnush") + 9)
    (True, True, False)
    >>> _in_address("Visit the #l0ve tag or /rnodern-kitchens now.", 11, 15)
    True
    """
    head = text[max(0, start - TOKEN_REACH):start]
    cut = max(head.rfind(" "), head.rfind("\n"), head.rfind("\t"))
    before = head[cut + 1:]
    tail = text[end:end + TOKEN_REACH]
    after = tail[:min((i for i in (tail.find(" "), tail.find("\n"), tail.find("\t")) if i >= 0), default=len(tail))]
    token = (before + text[start:end] + after).strip(TOKEN_EDGES)
    return _has_mark(token)


def _has_mark(token: str) -> bool:
    """Whether ``token`` holds one of ``ADDRESS_MARKS``."""
    for mark in ADDRESS_MARKS:
        if mark in token:
            return True
    return False


def _mended(text: str, m: re.Match[str], reading: str | None) -> tuple[str, str] | None:
    """``("ocr_letters", reading)`` for the damaged word at ``m``, unless there is none or the word is part of an
    address, a domain, a path or a tag."""
    if reading is None or _in_address(text, m.start(), m.end()):
        return None
    return "ocr_letters", reading


def fix_ocr_letters(text: str) -> FixResult:
    """Mend the words OCR damaged by reading ``m`` as ``rn`` (:func:`ocr_reading`).

    >>> fix_ocr_letters("Stretch the sock over the rnushroom, then turn it.")[0]
    'Stretch the sock over the mushroom, then turn it.'
    >>> fix_ocr_letters("Spin the yarn in a modern barn.")
    ('Spin the yarn in a modern barn.', [])
    """
    if "rn" not in text and "Rn" not in text:
        return text, []  # the cheap test first: most texts hold no candidate the pattern needs
    return substitute(RN_WORD, text, lambda m: _mended(text, m, ocr_reading(m.group(0))))


def fix_ocr_digits(text: str) -> FixResult:
    """Mend the words OCR damaged by reading a letter as a digit (:func:`digit_reading`); counted as ``ocr_letters``.

    >>> fix_ocr_digits("Never 1eave a pan alone AT H0ME; take B12 on the 1st at 10am.")[0]
    'Never leave a pan alone AT HOME; take B12 on the 1st at 10am.'
    """
    if "1" not in text and "0" not in text:
        return text, []  # the cheap test first
    return substitute(DIGIT_WORD, text, lambda m: _mended(text, m, digit_reading(m.group(0))))
