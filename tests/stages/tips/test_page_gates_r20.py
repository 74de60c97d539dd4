"""Round 20's exact gate in the tips detectors (issue 19): ``spoken_counters`` answers as it did ungated.

``_may_count_aloud`` lets a page through only where it holds a word of each of the first ranks a run of spoken
counters passes through (one/first, two/second, three/third, lower-cased), or a character the case-blind engine
reads as another letter. The ungated detector is the same function with the gate always true; both are asked of
drawn pages built from counters, cue lines, plain sentences and those characters.
"""

from __future__ import annotations

from unittest import mock

from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.stages.tips import TipsConfig, detect
from pipeline.stages.tips.detect import Context, _line_starts, _may_count_aloud, spoken_counters
from pipeline.stages.tips.paras import paragraphs

PIECES = ["Number one, rest well.", "Number two, drink water.", "Number three, walk daily.", "Habit four.",
          "Okay, number five: stretch.", "The first thing, plan.", "The second thing, sleep.", "The third one: eat.",
          "ONE.", "Two.", "THREE,", "one", "two", "three", "ſecond", "thırd", "TWO", "İ", "Tip one,", "Rule two,",
          "Step three,", "14", "00:00:48,600 --> 00:00:52,950", "Mai: so", "Be kind to yourself.", "Rest.",
          "Network two-way radios.", "someone", "The ſecond thing, sleep.", "The thırd thing, eat.", "\n",
          "\n\n", " "]


def _outcome(paras, context):
    """The detector's items, or the exception it raises (none since a counter spelt with a long s, "ſecond one,",
    matched case-blind, is folded before its rank is looked up: it raised KeyError before, gated or not)."""
    try:
        return spoken_counters(paras, context)
    except KeyError as error:
        return ("KeyError", str(error))


def _ungated(paras, context):
    with mock.patch.object(detect, "_may_count_aloud", lambda text: True):
        return _outcome(paras, context)


def _page(pieces: list[str]) -> str:
    return " ".join(pieces).strip() or "Rest."


@settings(max_examples=2500, deadline=None)
@given(st.lists(st.sampled_from(PIECES), min_size=1, max_size=30))
def test_spoken_counters_answers_as_ungated(pieces: list[str]) -> None:
    text = _page(pieces)
    paras = paragraphs(text)
    context = Context(text=text, config=TipsConfig())
    ungated = _ungated(paras, context)
    if ungated:
        assert _may_count_aloud(text)  # the gate's premise: a page with a run passes it
    assert _outcome(paras, context) == ungated


def test_the_drawn_pages_hold_runs_the_gate_lets_through() -> None:
    """The comparison above is not only of pages without a run: the pieces make runs, in numbers and in ordinals,
    and a run spelt with a long s passes the gate as a case-blind character."""
    for text in ("Number one, rest well.\n\nNumber two, drink water.\n\nNumber three, walk daily.",
                 "The first thing, plan.\n\nThe second thing, sleep.\n\nThe third one: eat."):
        paras = paragraphs(text)
        assert len(spoken_counters(paras, Context(text=text, config=TipsConfig()))) == 3
    assert _may_count_aloud("Number one, rest. Number ſecond thing, no. Number three, walk.")
    text = "Number one, rest well.\n\nThe ſecond thing, sleep.\n\nNumber three, walk daily."
    paras = paragraphs(text)
    assert _outcome(paras, Context(text=text, config=TipsConfig())) == _ungated(paras, Context(text=text,
                                                                                              config=TipsConfig()))
    assert not _may_count_aloud("Number one, rest well.\n\nNumber two, drink water.")


@given(st.text(alphabet="ab\n\r ", max_size=40))
def test_line_starts_are_the_offsets_after_each_newline(chunk: str) -> None:
    assert _line_starts(chunk) == [k + 1 for k, ch in enumerate(chunk) if ch == "\n"]


def test_a_counter_spelt_with_a_long_s_or_a_dotless_i_is_counted_not_a_crash():
    """Case-blind matching reads "ſecond" as "second" and "thırd" as "third": the run is counted (it raised
    KeyError before, and a page written so stopped the whole run with exit 70)."""
    text = "Number one, rest well.\n\nThe ſecond thing, sleep early.\n\nThe thırd thing, walk daily."
    items = spoken_counters(paragraphs(text), Context(text=text, config=TipsConfig()))
    assert len(items) == 3
