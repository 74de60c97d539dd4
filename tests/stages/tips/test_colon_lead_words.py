"""Colon leads that end on a label noun or a saying word (SPEC: a lead ending in a colon is the headline; a label
noun, "Pro tip:", and a saying, "My grandmother said:", are none). Real lists name their rules and methods ("The
ten-second rule: …") and tell the reader to do what something says ("Sow less than the packet says: …"): those are
leads. Pages written here in our own words."""

from __future__ import annotations

from pipeline.stages.tips.paras import colon_lead
from tests.conftest import tip_headlines as heads

INTRO = "A tidy shed saves an hour every weekend. To get there, try the following:\n\n"


def test_a_named_rule_is_a_lead_among_plain_points():
    body = (INTRO + "Hang every tool on the wall. A tool on the floor is a tool you trip over.\n\n"
            "The one-in-one-out rule: when a new tool comes home, an old one leaves the same week.\n\n"
            "Label the shelves. A word on the edge tells everyone where things go back.\n\n"
            "Sweep it out each month. Dust and grit blunt every blade they touch.\n\n"
            "Keep tonight what you use weekly. The rest can live on the high shelf.\n\n"
            "It only takes an afternoon to start.\n")
    assert heads(body)[1] == "The one-in-one-out rule"


def test_an_imperative_lead_ending_on_a_saying_word_is_a_lead():
    assert colon_lead("Feed less than the tin says: a hungry plant roots deeper.") == "Feed less than the tin says"
    assert colon_lead("Ignore what the neighbours say: your soil is not theirs.") == "Ignore what the neighbours say"


def test_labels_and_sayings_stay_whole():
    for line in ("Pro tip: oil the hinges in autumn.", "The golden rule: never lend the good saw.",
                 "Common problem: the door sticks in wet weather.", "My uncle always says: buy once, buy well.",
                 "One more note: keep the key on a hook."):
        assert colon_lead(line) == line
