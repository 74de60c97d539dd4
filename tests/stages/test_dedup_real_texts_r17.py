"""Round 17: the spun-rewrite link (function-word skeleton) on real texts of many languages and lengths.

Texts here are made of invented words, drawn at random with a fixed seed: what matters is their shape (how often
English function words run through them, how long they are), never their content.
"""

from __future__ import annotations

import random

import pytest

from pipeline.stages import dedup
from tests.stages.test_dedup import article, run

# a made-up language's own function words: English's skeleton reads them as content
OWN_WORDS = "lo ka meno tiru sa vek pom dura isk fen rado nul ebe tamo kis vu oro lenta pil zag".split()
STRAY_ENGLISH = ["in", "an", "so", "am"]  # English words that other languages happen to spell too
ENGLISH_STOPS = "the of and to a".split()


def other_language(topic: str, seed: int, words: int = 700) -> str:
    """A text in a language that is not English: its own function words, a few stray English ones."""
    rng = random.Random(seed)
    topic_words = [f"{topic}{k}" for k in range(120)]
    out = []
    for _ in range(words):
        r = rng.random()
        out.append(rng.choice(STRAY_ENGLISH) if r < 0.12 else rng.choice(OWN_WORDS) if r < 0.55
                   else rng.choice(topic_words))
    return " ".join(out)


def english_like(vocabulary: list[str], words: int, seed: int) -> str:
    rng = random.Random(seed)
    return " ".join(rng.choice(ENGLISH_STOPS) if rng.random() < 0.5 else rng.choice(vocabulary) for _ in range(words))


def linked(a: str, b: str) -> bool:
    out, _ = run([article(a, "a.txt"), article(b, "b.txt")])
    return any(r.derived_from is not None or r.duplicate_of is not None for r in out.values())


@pytest.fixture
def permissive(monkeypatch):
    """The skeleton link as it was before round 17: any density of English function words, any two lengths."""
    monkeypatch.setattr(dedup, "SKELETON_DENSITY", 0.0)
    monkeypatch.setattr(dedup, "SPUN_SIZE_RATIO", float("inf"))


def test_two_unrelated_texts_in_another_language_are_no_spun_pair():
    assert not linked(other_language("harbour", 1), other_language("orchard", 2))


def test_the_same_pair_linked_before_the_density_floor(permissive):
    assert linked(other_language("harbour", 1), other_language("orchard", 2))  # the test above can fail


def test_a_short_note_is_no_spun_copy_of_a_text_many_times_longer():
    shared = [f"thing{k}" for k in range(80)]
    note = english_like(shared[:60], 90, 1)
    manual = english_like(shared + [f"other{k}" for k in range(300)], 2500, 2)
    assert not linked(note, manual)


def test_the_short_note_linked_before_the_length_ratio(permissive):
    shared = [f"thing{k}" for k in range(80)]
    assert linked(english_like(shared[:60], 90, 1), english_like(shared + [f"other{k}" for k in range(300)], 2500, 2))
