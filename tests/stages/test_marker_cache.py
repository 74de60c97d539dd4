"""match_marker remembers each line's marker (issue 19): the answer at any place in a text is the line's own,
shifted to where the line stands, the same as reading the text there afresh; the memory is bounded."""

from __future__ import annotations

import random

from pipeline.stages.tips import paras

TEXT = "\n".join([
    "Five ways to keep a sourdough starter alive", "", "1. Feed it at the same hour.", "2) Keep the jar loose.",
    "Step three: warm the kitchen.", "## 4. Use rye now and then", "[03:12] Tip five: bake often.",
    "(1:02:45) A stamp before plain words.", "• ☐ Label the jar.", "- 12 eggs, beaten", "3.5% more rise",
    "iii. Rest the dough.", "\u2462 Fold twice.", "\U0001f539 Score it deep.", "- [x] Done", "c. 1850 it was baked",
    "Plain sentence with no marker.", "#7 Cool it on a rack.",
])


def _spans(text: str) -> list[tuple[int, int]]:
    spans, pos = [], 0
    for line in text.split("\n"):
        spans.append((pos, pos + len(line)))
        pos += len(line) + 1
    return spans


def test_the_marker_at_any_place_is_the_fresh_reading_there() -> None:
    assert paras._line_marker.cache_info().maxsize is not None
    rng = random.Random(19)
    places = _spans(TEXT) + [(s + k, e) for s, e in _spans(TEXT) for k in (1, 2, 3, 8) if s + k <= e]
    places += [(a, b) for a, b in (sorted(rng.sample(range(len(TEXT) + 1), 2)) for _ in range(400))]
    for _ in range(2):  # the second time from memory
        for start, end in places:
            assert paras.match_marker(TEXT, start, end) == paras._find_marker(TEXT, start, end), (start, end)


def test_a_line_read_at_two_places_gives_each_its_own_offsets() -> None:
    line = "2) Keep the jar loose."
    first = paras.match_marker(line, 0, len(line))
    text = "Intro.\n" + line
    second = paras.match_marker(text, 7, len(text))
    assert (first.start, first.end) == (0, 3) and (second.start, second.end) == (7, 10)
    assert paras.match_marker(line, 0, len(line)) == first
