"""Damage that cannot be undone exactly, scored instead of guessed: dropped words and spun paragraphs.

Both scores are in [0, 1]; the stage flags a record (``suspected-deletions``, ``spun``) when a score reaches its
threshold, and keeps the score in ``article.scores`` either way, so a consumer can choose its own cut.
"""

from __future__ import annotations

import re

from .lexicon import WORD_RE, zipf

# Words that after a preposition all but always take "the": "hope for future", "in world", "on internet".
_THE_NOUNS = frozenset(
    "future world internet same rest whole beginning middle bottom following latter former government economy "
    "web sun moon weather environment media".split()
)
_PREPOSITIONS = frozenset("for of on at to into from with about by through across within".split())
_THE_SHARE = 0.045  # "the" in English advice prose: 3-5 % of words (the seed pages: 2.8-4.8 %)
_MIN_WORDS = 150  # below this the share of "the" says little
_URL_OR_MAIL = re.compile(r"\S+@\S+|https?://\S+|www\.\S+|\S+\.(?:com|net|org|cc|info)\b\S*", re.I)
_SPINTAX = re.compile(r"\{[^{}\n|]{1,60}(?:\|[^{}\n|]{1,60})+\}")
_A_AN = re.compile(r"\b(a|an|A|An) ([a-z]+)\b")
_VOWEL_SOUND_EXCEPTIONS = frozenset("one once unique university user useful usual european hour honest honor heir"
                                    .split())


def deletion_score(text: str) -> float:
    """Score how likely words (mostly "the") were deleted: too few "the" and "the"-less noun phrases.

    >>> deletion_score("I hope for future of world and for same result in rest of it. " * 30) > 0.5
    True
    >>> deletion_score("I hope for the future of the world, and for the same result. " * 30)
    0.0
    """
    words = [w.lower() for w in WORD_RE.findall(_URL_OR_MAIL.sub(" ", text))]
    if not words:
        return 0.0
    share = words.count("the") / len(words)
    deficit = max(0.0, 1.0 - share / _THE_SHARE) * min(1.0, len(words) / _MIN_WORDS)
    hits = sum(1 for a, b in zip(words, words[1:], strict=False) if a in _PREPOSITIONS and b in _THE_NOUNS)
    per_thousand = hits * 1000 / max(len(words), _MIN_WORDS)
    return round(min(1.0, 0.6 * deficit + 0.4 * min(1.0, per_thousand / 3)), 3)


def _a_an_mismatches(text: str) -> int:
    """Count "a" before a vowel and "an" before a consonant: spinners swap nouns and leave the article."""
    n = 0
    for art, word in _A_AN.findall(text):
        vowel = word[0] in "aeiou"
        if word in _VOWEL_SOUND_EXCEPTIONS or word.startswith(("uni", "use", "eu", "ho")):
            continue
        n += (art.lower() == "a") == vowel
    return n


def spun_score(text: str, min_words: int = 40) -> float:
    """Score how likely a paragraph of ``text`` was machine-rewritten ("spun"): left-over spintax is proof;
    otherwise rare or misspelt words standing in for common ones, and "a"/"an" that no longer agree.

    Returns the score of the worst paragraph of at least ``min_words`` words.

    >>> spun_score("This is a {great|excellent|superb} way to {help|assist} your {clients|customers} today.")
    1.0
    >>> spun_score("Be proud of what you do. You play an important role in the company’s success. " * 4)
    0.0
    """
    if _SPINTAX.search(text):
        return 1.0
    worst = 0.0
    for para in text.split("\n"):
        clean = _URL_OR_MAIL.sub(" ", para)
        words = WORD_RE.findall(clean)
        if len(words) < min_words:
            continue
        lower = [w for w in words if w.islower() and len(w) > 2]
        rare = sum(1 for w in lower if zipf(w) < 2.5) / max(len(lower), 1)
        mismatches = _a_an_mismatches(clean)
        worst = max(worst, min(1.0, 0.5 * rare / 0.04 + 0.5 * min(1.0, mismatches / 2)))
    return round(worst, 3)
