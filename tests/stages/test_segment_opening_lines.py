"""segment's ``_opening_text_lines`` (issue 19): the lines a maker's self-introduction is looked for in, found
with each line's words counted only up to the floor, are the lines the whole split found."""

from __future__ import annotations

import random

from pipeline.stages import segment as sg


def _by_whole_split(body: list[str]) -> list[str]:
    return [line for line in body if len(line.split()) >= sg.SELF_INTRO_WORDS][:sg.SELF_INTRO_LINES]


def test_the_same_lines_as_counting_every_word() -> None:
    rng = random.Random(19)
    words = ["Hi,", "I'm", "Ana", "and", "I", "fix", "bikes", "", " ", "\t", "\u00a0", "212K", "subscribers"]
    for _ in range(5000):
        body = [" ".join(rng.choice(words) for _ in range(rng.randrange(0, 14))) for _ in range(rng.randrange(0, 9))]
        assert sg._opening_text_lines(body) == _by_whole_split(body), body


def test_short_lines_are_passed_and_only_three_are_taken() -> None:
    long = "One two three four five six seven eight."
    body = ["Subscribe", long, "seven words are not quite enough here", long + " 2", long + " 3", long + " 4"]
    assert sg._opening_text_lines(body) == [long, long + " 2", long + " 3"]
