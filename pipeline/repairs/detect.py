"""Damage that cannot be undone exactly, scored instead of guessed: dropped words and spun paragraphs.

Both scores are in [0, 1]; the stage flags a record (``suspected-deletions``, ``spun``) when a score reaches its
threshold, and keeps the score in ``article.scores`` either way, so a consumer can choose its own cut.
"""

from __future__ import annotations

import re

from .lexicon import common_words

# Words that after a preposition all but always take "the": "hope for future", "in world", "on internet".
_THE_NOUNS = frozenset(
    "future world internet same rest whole beginning middle bottom following latter former government economy "
    "web sun moon weather environment media".split()
)
_PREPOSITIONS = "for of on at to into from with about by through across within".split()
# Patterns that start with a literal space scan many times faster than ones that start with an alternation.
_THE_LESS = re.compile(rf" (?:{'|'.join(_PREPOSITIONS)}) (?:{'|'.join(sorted(_THE_NOUNS))})\b")
_THE_SHARE = 0.045  # "the" in English advice prose: 3-5 % of words (the seed pages: 2.8-4.8 %)
_MIN_WORDS = 150  # below this the share of "the" says little
_DOMAIN = re.compile(r"\.(?:com|net|org|cc|info|biz|us|uk)\b", re.I)
_SPINTAX = re.compile(r"\{[^{}\n|]{1,60}(?:\|[^{}\n|]{1,60})+\}")
_A_AN = re.compile(r" (an?|An?) ([a-z]+)")
_VOWEL_SOUND_EXCEPTIONS = frozenset("one once unique university user useful usual european hour honest honor heir"
                                    .split())


def _without_urls(text: str) -> str:
    """``text`` without URLs and e-mail addresses (their parts are not prose); lines are kept.

    >>> _without_urls("Mail sdunn@susandunn.cc or see http://www.notepage.net today")
    'Mail or see today'
    """
    if "@" not in text and "://" not in text and "www." not in text and not _DOMAIN.search(text):
        return text
    return "\n".join(_line_without_urls(line) for line in text.split("\n"))


def _line_without_urls(line: str) -> str:
    """One line of :func:`_without_urls`.

    >>> _line_without_urls("See www.notepage.net now")
    'See now'
    """
    if "@" not in line and "://" not in line and "www." not in line and not _DOMAIN.search(line):
        return line
    return " ".join(t for t in line.split() if not ("@" in t or "://" in t or "www." in t or _DOMAIN.search(t)))


def deletion_score(text: str) -> float:
    """Score how likely words (mostly "the") were deleted: too few "the" and "the"-less noun phrases.

    >>> deletion_score("I hope for future of world and for same result in rest of it. " * 30) > 0.5
    True
    >>> deletion_score("I hope for the future of the world, and for the same result. " * 30)
    0.0
    """
    return _deletion_score(_without_urls(text).lower())


def _deletion_score(lowered: str) -> float:
    """:func:`deletion_score` of a lower-cased text.

    >>> _deletion_score("the end of the day is near. " * 40), _deletion_score("end of day is near. " * 40)
    (0.0, 0.6)
    """
    # Counting with str methods keeps this at C speed: words are what spaces separate, "the" is " the ".
    n_words = lowered.count(" ") + lowered.count("\n") + 1
    if not lowered.strip():
        return 0.0
    the = lowered.count(" the ") + lowered.count("\nthe ") + lowered.startswith("the ")
    deficit = max(0.0, 1.0 - the / n_words / _THE_SHARE) * min(1.0, n_words / _MIN_WORDS)
    hits = len(_THE_LESS.findall(lowered))
    per_thousand = hits * 1000 / max(n_words, _MIN_WORDS)
    return round(min(1.0, 0.6 * deficit + 0.4 * min(1.0, per_thousand / 3)), 3)


def _a_an_mismatches(text: str) -> int:
    """Count "a" before a vowel and "an" before a consonant: spinners swap nouns and leave the article.

    >>> _a_an_mismatches("It is an great asset and a important one, a user and an hour.")
    2
    """
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
    return scores(text, min_words)[0]





# Lower-case words (names and sentence starts left out): 3+ letters a-z with no ASCII letter before them. Led by
# the letter class, checked behind its first letter, so the scan skips to letters at C speed (8-10 % of the score).
_PLAIN_WORD = re.compile(r"[a-z](?<![A-Za-z][a-z])[a-z]{2,}")


def scores(text: str, min_words: int = 40) -> tuple[float, float]:
    """Return ``(spun_score, deletion_score)`` of ``text`` in one pass over its words.

    >>> scores("I hope for future of world. " * 40)
    (0.0, 1.0)
    """
    prose = _without_urls(text)
    deletion = _deletion_score(prose.lower())
    if "|" in text and _SPINTAX.search(text):
        return 1.0, deletion
    worst = 0.0
    common = common_words()
    for para in prose.split("\n"):
        if para.count(" ") + 1 < min_words:
            continue
        lower = _PLAIN_WORD.findall(para)
        rare = (len(lower) - sum(map(common.__contains__, lower))) / max(len(lower), 1)
        mismatches = _a_an_mismatches(para)
        worst = max(worst, min(1.0, 0.5 * rare / 0.04 + 0.5 * min(1.0, mismatches / 2)))
    return round(worst, 3), deletion
