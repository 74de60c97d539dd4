"""A labelled synthetic corpus for the dedup benchmark, generated from the real seed texts, and its scoring.

There are only five seed pages, so distinct base documents are made by recombining them: every sentence takes
the shape (length, punctuation, kept words) of a real seed sentence, and about half of its words are replaced by
words drawn Zipf-like from wordfreq's English list, so two base documents share no 5-gram by accident. Every page
texts stand for articles after boilerplate removal, but half of them keep one line of site chrome it missed, so
exact copies still differ. A group is one base document plus, at random:

- **near-duplicates**: the same text (an "exact copy", chrome aside), or with 5% of its words changed: two typos,
  the rest as rewritten phrases of 6-15 consecutive words (a changed sentence or clause);
- **rewrites**, like seed 000 of seed 001 (and, like it, never signed): 40-80% of the paragraphs kept (one word
  changed), the rest paraphrased (half their words replaced, a fifth dropped), one new paragraph added, and the
  paragraphs reordered.

70% of base documents are signed ("By Author N" and an author in the record, with a licence): the original of a
pair is then known by its attribution, as 001 is for 000 once the attribution stage runs. Documents are produced as
a stream (nothing is held), deterministic for a given size and seed; labels can be had without generating text.
"""

from __future__ import annotations

import random
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import numpy as np

RAW = Path(__file__).resolve().parent.parent / "raw"
CHROME = ["Share and Enjoy: Digg Sphinn Facebook Mixx Google Bookmarks", "No comments: Post a Comment",
          "msgbartop Current IT field related information msgbarbottom", "Continued from page 1",
          "Home | Articles | Submit Article | Contact", "ImproveHomeLife.com © 2005 Terms of Use"]


@dataclass(frozen=True, slots=True)
class Doc:
    index: int
    text: str
    group: int  # near-duplicate group: a base document, its copies and its edited copies
    kind: str  # base | copy | edit | rewrite
    rewrite_of: int | None = None  # for rewrites: the group they rewrite
    author: str | None = None  # originals are usually signed; copies often and rewrites always drop it


@cache
def material() -> tuple[list[np.ndarray], np.ndarray]:
    """Return the seed sentences (as arrays of words) and a Zipf-ordered English vocabulary."""
    from wordfreq import top_n_list

    sentences = []
    for path in sorted(RAW.iterdir()):
        text = path.read_text(encoding="utf-8")
        for sentence in re.split(r"(?<=[.!?])\s+|\n+", text):
            words = sentence.split()
            if 4 <= len(words) <= 60:
                sentences.append(np.array(words, dtype=object))
    vocab = [w for w in top_n_list("en", 30000) if w.isalpha()]
    return sentences, np.array(vocab, dtype=object)


def vocabulary(rng: np.random.Generator, n: int) -> np.ndarray:
    """``n`` vocabulary words with a Zipf-like choice of rank (log-uniform), so frequent words recur as in text."""
    _, vocab = material()
    return vocab[np.minimum(len(vocab) - 1, (len(vocab) ** rng.random(n)).astype(np.int64))]


def replace(words: np.ndarray, share: float, rng: np.random.Generator) -> np.ndarray:
    """Replace about ``share`` of ``words`` by vocabulary words."""
    out = words.copy()
    mask = rng.random(len(out)) < share
    out[mask] = vocabulary(rng, int(mask.sum()))
    return out


def base_paragraphs(rng: np.random.Generator) -> list[list[str]]:
    sentences, _ = material()
    paragraphs = []
    for _ in range(rng.integers(5, 10)):
        chosen = rng.integers(len(sentences), size=rng.integers(3, 7))
        paragraphs.append(list(replace(np.concatenate([sentences[k] for k in chosen]), 0.5, rng)))
    return paragraphs


def render(paragraphs: list[list[str]], rng: np.random.Generator, author: str | None) -> str:
    """Join paragraphs into a page; half the pages keep a line of site chrome that boilerplate removal missed."""
    text = "\n\n".join(" ".join(p) for p in paragraphs)
    if rng.random() < 0.5:
        line = CHROME[rng.integers(len(CHROME))]
        text = f"{line}\n\n{text}" if rng.random() < 0.5 else f"{text}\n\n{line}"
    return f"By {author}\n\n{text}" if author else text


def edit(paragraphs: list[list[str]], fraction: float, rng: np.random.Generator) -> list[list[str]]:
    """Change ``fraction`` of the words: two typos, the rest as rewritten phrases of 6 to 15 consecutive words."""
    sizes = [len(p) for p in paragraphs]
    flat = np.concatenate([np.array(p, dtype=object) for p in paragraphs])
    budget = round(len(flat) * fraction)
    for i in rng.integers(len(flat), size=min(2, budget)):
        flat[i] = flat[i][::-1] + "x"
        budget -= 1
    while budget > 0:
        run = min(budget, int(rng.integers(6, 16)))
        start = int(rng.integers(len(flat) - run))
        flat[start:start + run] = vocabulary(rng, run)
        budget -= run
    return [list(p) for p in np.split(flat, np.cumsum(sizes)[:-1])]


def rewrite(paragraphs: list[list[str]], rng: np.random.Generator) -> list[list[str]]:
    keep = max(1, round(rng.uniform(0.4, 0.8) * len(paragraphs)))
    kept = set(rng.choice(len(paragraphs), size=keep, replace=False).tolist())
    out = []
    for k, p in enumerate(paragraphs):
        words = np.array(p, dtype=object)
        if k in kept:  # nearly verbatim
            words[rng.integers(len(words))] = vocabulary(rng, 1)[0]
        else:  # paraphrased: half the words replaced, a fifth dropped
            words = replace(words, 0.5, rng)
            cut = int(rng.integers(len(words)))
            words = np.concatenate((words[:cut], words[cut + len(words) // 5:]))
        out.append(list(words))
    sentences, _ = material()
    new = np.concatenate([sentences[k] for k in rng.integers(len(sentences), size=3)])
    out.insert(int(rng.integers(len(out) + 1)), list(replace(new, 0.5, rng)))
    order = rng.permutation(len(out))
    return [out[k] for k in order]


def plan(n: int, seed: int) -> Iterator[tuple[int, str, int, int | None, bool]]:
    """Yield ``(group seed, kind, group, rewrite_of, signed)`` for each document: the labels, without any text."""
    rng = random.Random(seed)
    index = group = 0
    while index < n:
        kinds = ["base"]
        r = rng.random()
        if 0.5 <= r < 0.8:
            kinds += ["copy" if rng.random() < 0.5 else "edit" for _ in range(rng.randint(1, 3))]
        elif r >= 0.8:
            kinds += ["copy"] * (rng.random() < 0.3) + ["rewrite"] * rng.randint(1, 2)
        base_group = group
        for kind in kinds:
            if index >= n:
                return
            if kind == "rewrite":
                group += 1
            signed = kind == "base" and rng.random() < 0.7 or kind == "copy" and rng.random() < 0.3
            yield base_group, kind, group, base_group if kind == "rewrite" else None, signed
            index += 1
        group += 1


def labels(n: int, seed: int = 7) -> list[tuple[int, int | None, bool]]:
    """``(group, rewrite_of, signed)`` of each document, cheaply (no text is generated)."""
    return [(group, rewrite_of, signed) for _, _, group, rewrite_of, signed in plan(n, seed)]


def generate(n: int, seed: int = 7) -> Iterator[Doc]:
    """Yield ``n`` labelled documents."""
    base: list[list[str]] = []
    rng = np.random.default_rng(0)
    current = -1
    for index, (base_group, kind, group, rewrite_of, signed) in enumerate(plan(n, seed)):
        if base_group != current:  # each group's texts come from its own generator: labels need no text
            current = base_group
            rng = np.random.default_rng([seed, base_group])
            base = base_paragraphs(rng)
        author = f"Author {base_group}" if signed else None
        if kind == "edit":
            paragraphs = edit(base, 0.05, rng)
        elif kind == "rewrite":
            paragraphs = rewrite(base, rng)
        else:
            paragraphs = base
        yield Doc(index, render(paragraphs, rng, author), group, kind, rewrite_of, author)


# ------------------------------------------------------------------------------------------------ scoring


def pairs_in(groups: Counter) -> int:
    return sum(c * (c - 1) // 2 for c in groups.values())


def pair_scores(true_group: list[int], predicted_group: list[int]) -> dict[str, float]:
    """Pair precision, recall and F1 of a predicted clustering against the true one."""
    true_pairs = pairs_in(Counter(true_group))
    predicted_pairs = pairs_in(Counter(predicted_group))
    both = pairs_in(Counter(zip(true_group, predicted_group, strict=True)))
    return prf(both, predicted_pairs, true_pairs)


def prf(hits: int, predicted: int, true: int) -> dict[str, float]:
    precision = hits / predicted if predicted else 1.0
    recall = hits / true if true else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": precision, "recall": recall, "f1": f1, "true": true, "predicted": predicted}


def rewrite_scores(docs_truth: dict[int, int], predicted: dict[int, int], true_group: list[int]) -> dict[str, float]:
    """Score ``derived_from`` links as pairs of groups: ``docs_truth`` maps each rewrite to the group it rewrites,
    ``predicted`` maps a document to the one it was found derived from. A link between a rewrite and any member of
    the right group is a hit whichever way it points; ``directed`` is the share of hits pointing the right way."""
    truth = {frozenset((true_group[d], g)): (true_group[d], g) for d, g in docs_truth.items()}
    found = {}
    for d, src in predicted.items():
        found.setdefault(frozenset((true_group[d], true_group[src])), (true_group[d], true_group[src]))
    hits = [key for key in found if key in truth]
    scores = prf(len(hits), len(found), len(truth))
    scores["directed"] = sum(found[k] == truth[k] for k in hits) / len(hits) if hits else 1.0
    return scores
