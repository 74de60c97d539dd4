"""The marker learner: it finds tokens standing for a function word, and nothing else."""

from __future__ import annotations

import random
import re

from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.repairs.markers import LearnConfig, MarkerLearner
from tests.corruptor import corrupt
from tests.repairs.conftest import clean_paragraphs, seed_lines


def corpus(n: int, rng: random.Random, damage) -> list[str]:
    paragraphs = clean_paragraphs()
    return [damage(i, " ".join(rng.sample(paragraphs, 4))) for i in range(n)]


def learn(texts, **config) -> dict:
    learner = MarkerLearner(LearnConfig(**config))
    for text in texts:
        learner.observe(text)
    learned = learner.result()
    return {m.token: m.word for m in learned.markers}


def test_learns_repparttar_from_seed_004_alone():
    assert learn(["\n".join(seed_lines(s)) for s in ("000", "001", "002", "003", "004")], min_docs=1) == {
        "repparttar": "the"}


def test_learns_markers_for_the_and_to_and_not_a_frequent_name():
    rng = random.Random(5)

    def damage(i: int, text: str) -> str:
        if i % 3 == 0:
            text = re.sub(r"\bthe\b", lambda m: "zqxv" if rng.random() < 0.5 else "the", text)
        if i % 3 == 1:
            text = re.sub(r"\bto\b", lambda m: "để" if rng.random() < 0.5 else "to", text)
        return re.sub(r"\bcustomers?\b", lambda m: rng.choice(["zorblax sellers", "the zorblax team", m.group(0)]),
                      text)

    assert learn(corpus(40, rng, damage)) == {"zqxv": "the", "để": "to"}


def test_learns_nothing_from_clean_text_or_other_damage():
    rng = random.Random(6)
    counter = [104500]
    damaged = corpus(40, rng, lambda i, t: corrupt(t, rng, kinds=("stripped_com", "mojibake", "foreign_spam"),
                                                   counter=counter).text)
    assert learn(damaged) == {}
    assert learn(corpus(40, rng, lambda i, t: t)) == {}


def test_learns_repparttar_among_all_damage_and_a_bare_line_break_word():
    rng = random.Random(7)
    counter = [104500]
    damaged = corpus(60, rng, lambda i, t: corrupt(t, rng, counter=counter).text)
    assert learn(damaged) == {"repparttar": "the"}
    broken = corpus(40, rng, lambda i, t: re.sub(r" the (?=[a-z])",
                                                 lambda m: "\n" if rng.random() < 0.5 else m.group(0), t))
    learner = MarkerLearner()
    for text in broken:
        learner.observe(text)
    assert learner.result().line_break_word == "the"


def test_learning_memory_is_bounded():
    learner = MarkerLearner()
    for i in range(3):
        learner.observe(" ".join(f"qx{i}z{j}" for j in range(30_000)))
    assert len(learner.candidates) <= 50_000


@settings(max_examples=1000, deadline=None)
@given(st.text(alphabet="ab,.A \n", max_size=20))
def test_the_bare_break_pattern_finds_what_its_look_behind_first_form_found(text):
    """The pattern was reordered to start with the line break (a fast scan); it must find the same breaks."""
    from pipeline.repairs.markers import _BARE_BREAK

    assert [m.span() for m in _BARE_BREAK.finditer(text)] == [
        m.span() for m in re.finditer(r"(?<=[a-z,])\n(?=[a-z]{2})", text)]


def _english_line_reference(line: str) -> bool:
    """The marker learner's English-line test as round 9 wrote it: the mojibake test last, the line lowered twice."""
    from pipeline.repairs.encoding import is_mojibake
    from pipeline.repairs.lexicon import ENGLISH_MARKERS, OTHER_MARKERS, unknown_words
    from pipeline.repairs.markers import _LETTERS

    words = line.lower().split()
    english = sum(map(ENGLISH_MARKERS.__contains__, words))
    if english <= sum(map(OTHER_MARKERS.__contains__, words)):
        return False
    if line.isascii():
        return True
    letters = _LETTERS.findall(line.lower())
    return len(unknown_words(set(letters))) <= 0.3 * len(set(letters)) and not is_mojibake(line)


_LINE_PIECES = ["the", "and", "you", "der", "und", "die", "to", "jest", "Myślę,", "że", "dobre.", "café", "Zoë",
                "itâ€™s", "SchÃ¶ne", "Grüße", "İstanbul", "naïve", "ǅemal", "²", "’s", "The", "AND", "—", "…", "x",
                "qwrtzp", "\t", "a", "est", "ÃƒÂ©", "über"]


@settings(max_examples=2000, deadline=None)
@given(st.lists(st.sampled_from(_LINE_PIECES) | st.text(max_size=6), max_size=30))
def test_english_line_answers_as_before(pieces):
    """issue 19: the English-line test asks for mojibake before the lexicon test and lowers the line once; its
    answer must be round 9's on any line (English, German, Polish, mojibake, accents, odd case mappings)."""
    from pipeline.repairs.markers import _english_line

    line = " ".join(pieces)
    assert _english_line(line) == _english_line_reference(line)


# --- round 24: short counters after a space ------------------------------------------------------------------------

def test_short_counters_after_a_space_go_where_the_text_numbers_every_token():
    """A scraper that numbers its token with a short counter after a space ("repparttar 31 lid") leaves a number a
    writer could have written after "the"; where nearly every token in the text carries one, all are counters."""
    from pipeline.repairs.markers import fix_markers

    damaged = ("Rinse repparttar 812 jars, dry repparttar 77 lids in repparttar 812 oven, then fill repparttar 5 jars "
               "while repparttar 77 jam is hot.")
    repaired = "Rinse the jars, dry the lids in the oven, then fill the jars while the jam is hot."
    assert fix_markers(damaged)[0] == repaired


def test_a_writers_number_after_one_token_stays():
    from pipeline.repairs.markers import fix_markers

    text = "By repparttar 1990s repparttar mill had shut, and repparttar 40 workers left repparttar town."
    assert fix_markers(text)[0] == "By the 1990s the mill had shut, and the 40 workers left the town."
