"""Round 19's exact gates in the tips detectors (issue 19): each gated test answers as the ungated one did.

The ungated spelling is kept here, as it stood before the gate, and both are asked of drawn pages built from
pieces that reach every branch (headings, led points with and without colons, lists, notes cues, speakers).
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.stages.tips import detect
from pipeline.stages.tips.detect import (
    LED_RUN,
    NOTES_CUE,
    _colon_led,
    _explained_point,
    _heading_over_led_points,
    _lines_of_a_list,
    _may_be_led,
)
from pipeline.stages.tips.paras import Para, is_heading, paragraphs


def _ungated_heading_over_led_points(text: str, paras: list[Para], i: int) -> bool:
    if i + LED_RUN >= len(paras) or not is_heading(paras[i]) or NOTES_CUE.match(paras[i].text):
        return False
    if _colon_led(paras[i].text):
        return False
    under = paras[i + 1:i + 2 + LED_RUN]
    led = [p.marker is None and _explained_point(p) for p in under]
    return led[0] and sum(led) >= LED_RUN and not _lines_of_a_list(text, under)


PIECES = [
    "What to check", "Notes", "Kitchen notes:", "Work starts: Monday 4 May, 9am",
    "The tyres: look for cracks in the walls.",
    "The chain: it should not lift off the ring.", "Brakes: the levers stop short.", "Q: Is it ready?",
    "Fischer: Es gibt eine Entwicklung.", "Referee: Ana Ruiz Mena", "Start small: ten pots are enough for a summer.",
    "Check the chuck. A loose one wobbles: tighten it.", "- Keep it dry: always.", "1. Sow late: after May.",
    "Plain sentence without a mark.", "Bio: keep it short and clear.", "Remember: the soil is cold.",
    "Key: value", "A  :  spaced colon here and there", "Colon at end:", "Title Case Heading", "Go vertical:\na trellis",
    "Hold it first: weight matters more than any figure.", "Ana Ruiz: I think so too.", "x:y", "：full width colon",
]


@settings(max_examples=250, deadline=None)
@given(st.lists(st.sampled_from(PIECES), min_size=1, max_size=14), st.lists(st.sampled_from(["\n", "\n\n"]),
                                                                               min_size=14, max_size=14))
def test_heading_over_led_points_answers_as_ungated(pieces: list[str], breaks: list[str]) -> None:
    text = "".join(p + b for p, b in zip(pieces, breaks, strict=False))
    paras = paragraphs(text)
    for i in range(len(paras)):
        assert _heading_over_led_points(text, paras, i) == _ungated_heading_over_led_points(text, paras, i)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.text(alphabet="ab :：\n.-A", max_size=30), min_size=LED_RUN + 2, max_size=LED_RUN + 6))
def test_heading_over_led_points_answers_as_ungated_on_drawn_text(parts: list[str]) -> None:
    text = "\n\n".join(["What to check", *parts])
    paras = paragraphs(text)
    for i in range(len(paras)):
        assert _heading_over_led_points(text, paras, i) == _ungated_heading_over_led_points(text, paras, i)


LED = ["The tyres: look for cracks in the walls.", "The chain: it should not lift off the ring.",
       "Brakes: the levers stop well short of the bars.", "Start small: ten pots are enough for a summer."]
HEADS = ["What to check", "Notes", "Work starts: Monday", "Before You Ride", "Plain sentence."]
UNLED = ["Check the tyres for cracks.", "Referee: Ana Ruiz Mena", "Fischer: Es gibt eine Entwicklung.",
         "Check the chuck. A loose one wobbles: tighten it.", "- Keep it dry: always dry."]


@settings(max_examples=400, deadline=None)
@given(st.sampled_from(HEADS), st.lists(st.sampled_from(LED + UNLED), min_size=LED_RUN, max_size=LED_RUN + 3))
def test_heading_over_led_points_answers_as_ungated_under_headings(head: str, under: list[str]) -> None:
    text = "\n\n".join([head, *under])
    paras = paragraphs(text)
    for i in range(len(paras)):
        assert _heading_over_led_points(text, paras, i) == _ungated_heading_over_led_points(text, paras, i)


def test_a_page_without_colons_under_the_heading_is_turned_away_first() -> None:
    paras = [Para(0, 0, "What to check")] + [Para(0, 0, "Check the tyres for cracks.")] * 4
    assert not _may_be_led(paras[1:])
    paras[1:] = [Para(0, 0, "The tyres: look for cracks in the walls.")] * 4
    assert _may_be_led(paras[1:]) and detect._heading_over_led_points("", paras, 0) is not None


def test_lower_makes_a_letter_of_the_ordinals_exactly_when_the_case_blind_engine_takes_it_for_one() -> None:
    """The premise of ``ordinals_at_least``: over every code point but CASE_BLIND_EXTRAS, ``str.lower`` gives one
    character, and that character is a letter of ORDINAL_LEAD's words exactly when the case-blind engine matches
    the code point to that letter; blanks and the comma stay what they are."""
    import re
    import sys

    from pipeline.stages.tips.patterns import CASE_BLIND_EXTRAS, ORDINAL_RANKS

    letters = sorted(set("".join(ORDINAL_RANKS)) | set("ly"))
    blind = {x: re.compile(x, re.IGNORECASE) for x in letters}
    for code in range(sys.maxunicode + 1):
        ch = chr(code)
        if ch in CASE_BLIND_EXTRAS or 0xD800 <= code <= 0xDFFF:
            continue
        low = ch.lower()
        assert len(low) == 1, hex(code)
        if low in blind or ch in blind or ch.isascii() and ch.isalpha():
            for x, pattern in blind.items():
                assert (pattern.fullmatch(ch) is not None) == (low == x), (hex(code), x)
        elif ch.isspace() or ch == ",":
            assert low == ch
    for extra in CASE_BLIND_EXTRAS:  # the reason they are asked of the text itself
        assert any(blind[x].fullmatch(extra) for x in "is") and extra.lower() not in ("i", "s")


ORDINAL_PIECES = ["First", "first", "FIRST", "Firstly", "Second", "third", "Finally", "LASTLY", "tenth", "FİRST",
                  "fırst", "ſecond", "laſtly", "fIrSt", "Ｆirst", "first\u00a0", ",", " , ", " ", "\n", ", ", "sow",
                  "water.", "x", "İ", "ı", "ſ", "Σ", "ẞ", "K"]


@settings(max_examples=1500, deadline=None)
@given(st.lists(st.sampled_from(ORDINAL_PIECES), max_size=18), st.integers(1, 4))
def test_ordinals_at_least_answers_as_the_case_blind_pattern(pieces: list[str], n: int) -> None:
    from itertools import islice

    from pipeline.stages.tips.detect import ordinals_at_least
    from pipeline.stages.tips.patterns import ORDINAL_LEAD

    text = "".join(pieces)
    before = next(islice(ORDINAL_LEAD.finditer(text), n - 1, None), None) is not None
    assert ordinals_at_least(text, text.lower(), n) == before


def _wrapped_at_before(lines: list[str], width: int) -> bool:
    """``_wrapped_at`` as it stood before round 19 (it read the lines again at every width tried)."""
    from pipeline.stages.tips.paras import _first_word, _starts_item

    pairs = forced = 0
    mid_sentence = [0, 0]
    for a, b in zip(lines, lines[1:], strict=False):
        if a.strip() and b.strip() and not _starts_item(b) and not _starts_item(a + " x"):
            is_forced = len(a.rstrip()) + 1 + len(_first_word(b)) > width
            pairs += 1
            forced += is_forced
            if not (a.rstrip()[-1:] in ".!?" and b.lstrip()[:1].isupper()):
                mid_sentence[0] += 1
                mid_sentence[1] += is_forced
    if not mid_sentence[1]:
        pairs, forced = mid_sentence
    return forced >= 2 and forced >= 0.5 * pairs


def _wrap_width_before(lines: list[str]) -> int | None:
    from pipeline.stages.tips.paras import WRAP_WIDTH_SHARES

    lengths = sorted(len(line.rstrip()) for line in lines if line.strip())
    if len(lengths) < 4:
        return None
    tried: set[int] = set()
    for share in WRAP_WIDTH_SHARES:
        width = lengths[min(len(lengths) - 1, int(len(lengths) * share))]
        if width in tried or not 30 <= width <= 120:
            continue
        tried.add(width)
        if _wrapped_at_before(lines, width):
            return width
    return None


WRAP_WORDS = ["Be", "proud", "of", "what", "you", "do.", "Smile", "at", "people", "1.", "-", "*", "Then", "water",
              "the", "beds", "twice", "a", "week!", "Sow", "late", "in", "May?", "•", "(a)", "Step", "2:"]


@settings(max_examples=600, deadline=None)
@given(st.lists(st.lists(st.sampled_from(WRAP_WORDS), max_size=22).map(" ".join), min_size=0, max_size=24))
def test_wrap_width_answers_as_before(lines: list[str]) -> None:
    from pipeline.stages.tips.paras import wrap_width

    assert wrap_width(lines) == _wrap_width_before(lines)


def test_wrap_width_finds_a_hard_wrapped_text() -> None:
    import textwrap

    from pipeline.stages.tips.paras import wrap_width

    lines = textwrap.wrap("Water the beds at dusk, and mulch them well before the summer heat arrives. " * 12, 52)
    assert wrap_width(lines) == _wrap_width_before(lines) is not None
