"""The tips stage's ``post_counter`` (issue 19): the slash test before ``POST_COUNTER_END`` holds wherever the
pattern matches, so the gate changes no answer."""

from __future__ import annotations

import random

from pipeline.stages.tips import detect
from pipeline.stages.tips.patterns import POST_COUNTER_END


def test_the_gate_answers_as_the_pattern() -> None:
    rng = random.Random(19)
    pieces = ["Wipe the pane.", " ", "/", "9", "12", "٣", "\t", "\n", " \t", "x", "a/", "\r", "\u00a0", "//"]
    for _ in range(50000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randrange(0, 10)))
        found, gated = POST_COUNTER_END.search(text), detect.post_counter(text)
        assert (found and found.span()) == (gated and gated.span()), repr(text)


def test_counters_at_a_posts_end_are_found() -> None:
    for text in ("Mist the leaves. 3/9", "Mist the leaves. 3 / 9 \t", "Mist the leaves 10/12\n", "Mist 3/\n9"):
        assert detect.post_counter(text) is not None, text
    for text in ("Mist 3/9 daily.", "Mist the leaves. 3/9\n\n", "Mist the leaves. 3/9.", "A/B testing"):
        assert detect.post_counter(text) is None, text
