"""Segment's cheap pre-tests of round 22 (issue 19): each is asked before a pattern's own search, so it must hold in
every line the pattern finds something in, or a reader would lose what it reads."""

from __future__ import annotations

import itertools

from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.stages.segment import CODE_FENCE, EXAMPLE_INTRO, MIN_INTRO_WORDS, cited_lines, introduces_example

INTROS = ["Here is an example:", "Paste this into your shop's footer:", "Use a template like this one:",
          "Copy this to your page:", "Our samples, for your site:", "Something like this would do:"]
ENDINGS = ["", " ", "\t", "\n", "  \n", "\u00a0", "\u2003", "\u3000\n"]
NOT_INTROS = ["For example, Mira keeps bees.", "An example: the quilt shop.", "Like this:", "Example:",
              "Paste it below: then save.", "Here is an example:x", "Templates are dull."]


def by_pattern(line: str) -> bool:
    """What ``introduces_example`` answered before its pre-test: the pattern searched in every line."""
    return bool(EXAMPLE_INTRO.search(line)) and len(line.split()) >= MIN_INTRO_WORDS


def test_an_introducing_line_is_found_whatever_blanks_close_it() -> None:
    for intro, ending in itertools.product(INTROS, ENDINGS):
        line = intro + ending
        assert by_pattern(line), repr(line)  # the examples introduce ...
        assert introduces_example(line), repr(line)  # ... and the pre-test lets each through


def test_lines_that_do_not_introduce_are_not_taken() -> None:
    for line in NOT_INTROS:
        assert not introduces_example(line), line
        assert introduces_example(line) == by_pattern(line), line


def test_the_line_under_an_introduction_is_cited_and_fenced_lines_too() -> None:
    page = ["Tips for a village fete's leaflet.", "Paste this into your leaflet's foot:\u2003", "",
            "Text by Juno Marsh, CC BY 4.0.", "Then print it.", "  ```", "No rights reserved.", "```", "The end."]
    assert cited_lines(page) == {3, 6}


LEAD = st.sampled_from(["", "Here is an ", "Paste ", "copy this ", "A ", "Use something like ", "x"])
CUE = st.sampled_from(["example", "Samples", "TEMPLATE", "this", "like this", "exemplary", ""])
MIDDLE = st.sampled_from(["", " one", " to your page", ": then", " (see below)", "\u00a0here"])
COLON = st.sampled_from([":", "", "：", ";", "::"])
BLANKS = st.sampled_from(ENDINGS + ["x", ". ", "\u200b"])


@settings(max_examples=3000, deadline=None)
@given(st.tuples(LEAD, CUE, MIDDLE, COLON, BLANKS))
def test_drawn_lines_get_the_patterns_answer(parts) -> None:
    line = "".join(parts)
    assert introduces_example(line) == by_pattern(line), repr(line)


@settings(max_examples=2000, deadline=None)
@given(st.tuples(st.sampled_from(["", " ", "\t", "\u00a0", "\u2003", "x"]), st.sampled_from(["```", "``", "~~~"]),
                 st.sampled_from(["", "python", " x"])))
def test_a_fence_is_found_as_the_pattern_finds_it(parts) -> None:
    page = ["".join(parts), "A line.", "".join(parts)]
    fenced = bool(CODE_FENCE.match(page[0]))
    assert cited_lines(page) == ({1} if fenced else set()), page
