"""The English lexicon behind the repairs: word frequencies from wordfreq, function words, and scripts.

Every decision of the form "is this a word?" goes through :func:`zipf`, so the repairs restore only what
English actually contains (``.pany`` becomes ``company`` because ``company`` is a frequent word, not because
it is on a list). Frequencies are on the Zipf scale: 7 is "the", 3 is a word seen once per million words,
0 is unknown.
"""

from __future__ import annotations

import gzip
import importlib.util
import math
import re
import unicodedata
from functools import lru_cache
from itertools import chain
from pathlib import Path

# Function words a marker token may stand for, and whose contexts the marker learner compares against.
# Ordered by frequency; the first ones are the words scrapers were seen to replace ("the", "to").
FUNCTION_WORDS = (
    "the", "to", "and", "of", "a", "in", "that", "is", "for", "it", "you", "with", "on", "as", "are", "be",
    "this", "your", "or", "an", "at", "by", "from", "can", "if", "not", "but", "have", "will", "they", "their",
    "we", "our", "more", "all", "so", "what", "when", "about", "how",
)
# A token at or above this Zipf frequency is an English word (about once in ten million words): low enough
# for "commitments" (3.8) and "comfortably", high enough to reject junk tokens the web also contains.
WORD_ZIPF = 2.0
WORD_RE = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")


@lru_cache(maxsize=1)
def _frequencies() -> dict[str, float]:
    """wordfreq's large English list as ``wordfreq.get_frequency_dict("en", wordlist="large")`` gives it, read
    from its data file without importing wordfreq: the import (language-code tables for its other languages)
    cost 66 ms of CPU in every process, as much as a tenth of a 1,000-page run's repair (issue 19). A data file
    that is not where or what wordfreq 3 keeps is read by wordfreq itself (a test compares the two)."""
    return _word_list()[0]


@lru_cache(maxsize=1)
def _word_list() -> tuple[dict[str, float], list[list[str]] | None]:
    """The frequencies (:func:`_frequencies`) and, when they were read from wordfreq's data file, its buckets of
    words by frequency (what :func:`words_at_least` builds its sets from); ``None`` when wordfreq read them."""
    try:
        buckets = read_frequency_buckets(_wordfreq_data() / "large_en.msgpack.gz")
    except (OSError, ValueError, TypeError, ImportError):
        import wordfreq

        return wordfreq.get_frequency_dict("en", wordlist="large"), None
    return frequencies_of(buckets), buckets


def _wordfreq_data() -> Path:
    spec = importlib.util.find_spec("wordfreq")  # finds the package without running it
    if spec is None or not spec.submodule_search_locations:
        raise ImportError("wordfreq is not installed")
    return Path(next(iter(spec.submodule_search_locations))) / "data"


def read_frequency_pack(path: Path) -> dict[str, float]:
    """A wordfreq "cBpack" file as a dict of word frequencies, as ``wordfreq.get_frequency_dict`` builds it."""
    return frequencies_of(read_frequency_buckets(path))


def read_frequency_buckets(path: Path) -> list[list[str]]:
    """The buckets of a wordfreq "cBpack" file: a gzipped msgpack list of a header and one list of words per
    centibel of frequency, 0, -1, -2 ... cB (a word in list ``i`` has frequency :func:`bucket_frequency` ``(i)``)."""
    import msgpack  # wordfreq's own reader

    with gzip.open(path, "rb") as fh:
        data = msgpack.load(fh, raw=False)
    header = data[0]
    if not isinstance(header, dict) or header.get("format") != "cB" or header.get("version") != 1:
        raise ValueError(f"{path}: not a cBpack file of version 1")
    return data[1:]


def bucket_frequency(index: int) -> float:
    """The frequency of the words in bucket ``index`` of a cBpack file: wordfreq's ``cB_to_freq(-index)``."""
    return 10 ** (-index / 100)


def frequencies_of(buckets: list[list[str]]) -> dict[str, float]:
    """The dict of word frequencies of a cBpack's buckets (a word listed twice keeps its last bucket's)."""
    freqs: dict[str, float] = {}
    for index, bucket in enumerate(buckets):
        freqs.update(dict.fromkeys(bucket, bucket_frequency(index)))
    return freqs


def words_at_least(zipf_floor: float) -> frozenset[str]:
    """The English words whose Zipf frequency is at least ``zipf_floor`` (lower case), as a set.

    Taken bucket by bucket from wordfreq's data file where every word is in one bucket (so its frequency is its
    bucket's): whole lists go into the set at C speed, where testing each of the 321,180 words of the dict in a
    generator cost 27 ms of every process's 0.12 s word-list load (issue 19); otherwise from the dict.

    >>> "the" in words_at_least(2.5), "repparttar" in words_at_least(1.5)
    (True, False)
    """
    freqs, buckets = _word_list()
    floor = 10 ** (zipf_floor - 9)
    if buckets is not None and sum(map(len, buckets)) == len(freqs):  # no word in two buckets
        return frozenset(chain.from_iterable(bucket for index, bucket in enumerate(buckets)
                                             if bucket_frequency(index) >= floor))
    return frozenset(w for w, f in freqs.items() if f >= floor)


@lru_cache(maxsize=1)
def _quiet_wordfreq():  # -> the wordfreq module
    """wordfreq, imported only for another language's list (the English list is read without it), its logger
    quieted once: it warns on stderr each time it answers a language it lacks with its nearest list ("hr" -> "sh",
    "no" -> "nb"; "yo" -> "en"); the answer is what tipline asks for, the warning noise in a user's run (and setting a
    logger's level clears every logger's cache: not a thing to do per word)."""
    import logging

    import wordfreq

    logging.getLogger("wordfreq").setLevel(logging.ERROR)
    return wordfreq


@lru_cache(maxsize=1 << 18)  # bounded; the same words recur in every document
def zipf(word: str, lang: str = "en") -> float:
    """Return the Zipf frequency of ``word`` (case-insensitive, curly apostrophes allowed); 0.0 if unknown.

    >>> zipf("company"), zipf("Company"), zipf("it’s") > 6, zipf("repparttar")
    (5.6, 5.6, True, 0.0)
    """
    key = word.lower().replace("’", "'")
    if lang != "en":
        return _quiet_wordfreq().zipf_frequency(key, lang)
    freq = _frequencies().get(key)
    return round(math.log10(freq) + 9, 2) if freq else 0.0


@lru_cache(maxsize=1)
def _known_words() -> frozenset[str]:
    return words_at_least(1.5)


def unknown_words(words: set[str]) -> set[str]:
    """Return the (lower-case) words of ``words`` that are not English words: unknown, or below Zipf 1.5.
    Set operations only, so it costs nothing per word in Python.

    >>> sorted(unknown_words({"the", "repparttar", "company"}))
    ['repparttar']
    """
    return words - _known_words()


@lru_cache(maxsize=1)
def common_words() -> frozenset[str]:
    """The English words at Zipf 2.5 or more (lower case), as a set for fast membership tests."""
    return words_at_least(2.5)


def is_word(word: str, min_zipf: float = WORD_ZIPF) -> bool:
    """Tell whether ``word`` is an English word (Zipf frequency at least ``min_zipf``).

    >>> is_word("commitments"), is_word("compdf"), is_word("comnet")
    (True, False, False)
    """
    return zipf(word) >= min_zipf


def is_foreign_letter(ch: str) -> bool:
    """Tell whether ``ch`` is a letter of a script other than Latin (Han, Kana, Hangul, Cyrillic, Arabic, ...).

    >>> is_foreign_letter("巴"), is_foreign_letter("é"), is_foreign_letter("m"), is_foreign_letter("1")
    (True, False, False, False)
    """
    if ch.isascii() or not ch.isalpha():
        return False
    return not unicodedata.name(ch, "").startswith("LATIN")


class _ForeignLetters(dict):
    """``is_foreign_letter`` of each character met, asked once per character (the census asks it of every
    letter of every word that is not ASCII: a German text's umlauts, a page's spam)."""

    def __missing__(self, ch: str) -> bool:
        self[ch] = answer = is_foreign_letter(ch)
        return answer


_FOREIGN_LETTERS = _ForeignLetters()


def foreign_letters(word: str) -> int:
    """How many letters of ``word`` belong to a script other than Latin.

    >>> foreign_letters("巴雷特m82a1"), foreign_letters("grüße"), foreign_letters("µ-Tokyo")
    (3, 0, 1)
    """
    return sum(map(_FOREIGN_LETTERS.__getitem__, word))


# Frequent English function words that are not also frequent words of the other big Latin-script languages
# ("in", "a", "die", "is" are left out), so their share tells English from Spanish, German or French.
ENGLISH_MARKERS = frozenset(
    "the and of to you your are that this with for it be have not but they we our at by from can will if or "
    "what when how about was were has his her she he my me all so more there their which would should could "
    "been these those who just than them its".split()
)
# ... and the same for the other big Latin-script languages, to tell a short Spanish line from English.
OTHER_MARKERS = frozenset(
    "el la los las del que y es por con para una le les des et est pour dans avec une der die das und ist "
    "nicht mit ein eine ich il di che per sono gli não uma com het een van niet ook".split()
)
ENGLISH_MIN_SHARE = 0.12  # English prose runs at 30-45 %; other languages under 5 %


_PUNCT = ".,;:!?\"'()[]“”‘’«»-–—…*•·"


def _census(text: str, sample: int) -> tuple[int, int, int, int]:
    """Count (word slots, English function words, other-language function words, words) in a sample."""
    # Lowered before the split: lowering neither makes nor removes whitespace, nor touches _PUNCT, so these are
    # each token's strip(_PUNCT).lower(), with the counts taken by set lookups in C.
    tokens = text[: sample * 8].lower().split()[:sample]
    words = [w for w in [tok.strip(_PUNCT) for tok in tokens] if w]
    plain = [w for w in words if w.isascii()]
    total, hits = len(plain), sum(map(ENGLISH_MARKERS.__contains__, plain))
    other = sum(map(OTHER_MARKERS.__contains__, plain))
    if len(plain) < len(words):
        for w in words:
            if not w.isascii():
                foreign = foreign_letters(w)
                total += max(1, foreign // 2) if foreign else 1
                other += not foreign and w in OTHER_MARKERS
    return total, hits, other, len(tokens)


def english_share(text: str, sample: int = 400) -> float:
    """Return the share of English function words among the first ``sample`` words of ``text``; letters of
    scripts without spaces count as one word per two characters.

    >>> english_share("The customer is the reason you have a job.")
    0.444
    >>> english_share("Der Kunde ist der Grund, warum du einen Job hast."), english_share("顾客是你工作的理由。")
    (0.0, 0.0)
    """
    total, hits, _, _ = _census(text, sample)
    return round(hits / total, 3) if total else 0.0


def looks_english(text: str) -> bool:
    """Tell whether ``text`` is English enough for the English-only repairs (short texts by their lexicon).

    >>> looks_english("Tip: listen first."), looks_english("El cliente es la razón de tu trabajo.")
    (True, False)
    >>> looks_english("Byrepparttar time."), looks_english("顾客是你工作的理由。")
    (True, False)
    """
    total, hits, other, n = _census(text, 120)
    if not total or other >= max(hits, 1):
        return False
    if n >= 20:
        return hits / total >= ENGLISH_MIN_SHARE
    words = [w for w in (tok.strip(_PUNCT).lower() for tok in text.split()) if w]
    return sum(1 for w in words if w in ENGLISH_MARKERS or is_word(w, 3.0)) / total >= 0.5


SMALL_WORDS = frozenset("a an and as at but by for from in into of on or the to with".split())


_EDGE_PUNCT = ".,:;!?\"“”‘’()"
_TITLE_SEPARATORS = ":;-–—|&/+·"


def _numeral(word: str) -> bool:
    """Whether a word is a numeral ("5", "#1", "10,000"): digits and no letter (a sentence's stop is no numeral).

    >>> _numeral("5"), _numeral("#1"), _numeral("."), _numeral("5G")
    (True, True, False, False)
    """
    return any(ch.isdigit() for ch in word) and not any(ch.isalpha() for ch in word)


def in_title_case(text: str, start: int, end: int, small: bool = False) -> bool:
    """Tell whether ``text[start:end]`` sits among Title Case words (a heading, a name), where a restored
    word must be capitalised too: the nearest words around it that are not small words are capitalised.
    A restored ``small`` word ("the", "of") is capitalised only if the line capitalises its small words too.

    >>> t = "Leave a .ment"
    >>> in_title_case(t, 8, 13), in_title_case("Name Of xx Game", 8, 10), in_title_case("got to xx Bob", 7, 9)
    (True, True, False)
    >>> in_title_case("About xx Author", 6, 8, small=True), in_title_case("How To Make xx Guests Happy", 12, 14, True)
    (False, True)
    >>> in_title_case("Backing Up Your xx: A Plain Guide", 16, 18), in_title_case("Keep your xx: a plain guide", 10, 12)
    (True, False)
    >>> in_title_case("7 xx Errors When Baking", 2, 4), in_title_case("7 xx errors when baking", 2, 4)
    (True, False)
    """
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end == -1 else line_end
    window_start, window_end = max(line_start, start - 60), min(line_end, end + 60)  # a few words each side
    # a heading's separator standing alone ("Your .puter: A Guide", "Tips - For Cats") is no word: it says nothing
    # of the case (a sentence's end does: the word after it is capitalised whatever the line's case)
    before = [w for w in text[window_start:start].split() if w.strip(_TITLE_SEPARATORS)]
    after = [w for w in text[end:window_end].split() if w.strip(_TITLE_SEPARATORS)]
    if window_start > line_start and before:
        before = before[1:]  # the first word may be cut
    if window_end < line_end and after:
        after = after[:-1]

    def capitalised(word: str | None) -> bool | None:
        if word is None:
            return None
        letters = [ch for ch in word[:3] if ch.isalpha()]
        return bool(letters) and letters[0].isupper()

    # (a numeral says nothing of the case either: "5 .mon Mistakes That ..." is a listicle's Title Case headline)
    nxt = next((w for w in after if w.lower().strip(_EDGE_PUNCT) not in SMALL_WORDS and not _numeral(w)), None)
    if nxt is not None and not capitalised(nxt):
        return False  # the common case: the next word is in lower case
    prev = next((w for w in reversed(before) if w.lower().strip(_EDGE_PUNCT) not in SMALL_WORDS and not _numeral(w)),
                None)
    sides = [capitalised(prev), capitalised(nxt)]
    if small:
        smalls = [w for w in before + after if w.lower() in SMALL_WORDS]
        if not smalls or not all(capitalised(w) for w in smalls):
            return False
    if None in sides:
        short = window_start == line_start and window_end == line_end and len(before) + len(after) <= 12
        return short and any(sides) and False not in sides
    return all(sides)
