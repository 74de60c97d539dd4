"""The English lexicon behind the repairs: word frequencies from wordfreq, function words, and scripts.

Every decision of the form "is this a word?" goes through :func:`zipf`, so the repairs restore only what
English actually contains (``.pany`` becomes ``company`` because ``company`` is a frequent word, not because
it is on a list). Frequencies are on the Zipf scale: 7 is "the", 3 is a word seen once per million words,
0 is unknown.
"""

from __future__ import annotations

import math
import re
import unicodedata
from functools import lru_cache

import wordfreq

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
    return wordfreq.get_frequency_dict("en", wordlist="large")


def zipf(word: str, lang: str = "en") -> float:
    """Return the Zipf frequency of ``word`` (case-insensitive, curly apostrophes allowed); 0.0 if unknown.

    >>> zipf("company"), zipf("Company"), zipf("it’s") > 6, zipf("repparttar")
    (5.6, 5.6, True, 0.0)
    """
    key = word.lower().replace("’", "'")
    if lang != "en":
        return wordfreq.zipf_frequency(key, lang)
    freq = _frequencies().get(key)
    return round(math.log10(freq) + 9, 2) if freq else 0.0


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


def english_share(text: str, sample: int = 400) -> float:
    """Return the share of English function words among the first ``sample`` words of ``text``; letters of
    scripts without spaces count as one word per two characters.

    >>> english_share("The customer is the reason you have a job.")
    0.444
    >>> english_share("Der Kunde ist der Grund, warum du einen Job hast."), english_share("顾客是你工作的理由。")
    (0.0, 0.0)
    """
    words = WORD_RE.findall(text[: sample * 12])[:sample]
    total = hits = 0
    for w in words:
        foreign = sum(1 for ch in w if is_foreign_letter(ch))
        if foreign:
            total += max(1, foreign // 2)
        else:
            total += 1
            hits += w.lower() in ENGLISH_MARKERS
    return round(hits / total, 3) if total else 0.0


def looks_english(text: str) -> bool:
    """Tell whether ``text`` is English enough for the English-only repairs (short texts by their lexicon).

    >>> looks_english("Tip: listen first."), looks_english("El cliente es la razón de tu trabajo.")
    (True, False)
    >>> looks_english("Byrepparttar time."), looks_english("顾客是你工作的理由。")
    (True, False)
    """
    words = WORD_RE.findall(text[:2000])
    if not words:
        return False
    other = sum(1 for w in words if w.lower() in OTHER_MARKERS)
    if len(words) >= 20:
        return english_share(text) >= ENGLISH_MIN_SHARE and other < sum(w.lower() in ENGLISH_MARKERS for w in words)
    if other:
        return False
    english = sum(1 for w in words if w.lower() in ENGLISH_MARKERS or is_word(w, 3.0))
    return english / len(words) >= 0.5
