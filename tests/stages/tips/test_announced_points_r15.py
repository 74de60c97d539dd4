"""Points announced by a line ending in a colon, in a language the advice tests cannot read: the line is a lead-in;
an essay's long paragraph that ends on a colon before a quotation announces no list (issue 16, round 15: on the real
texts a German essay's quoted speech became three tips). Our own words."""

from pipeline.stages.tips.detect import _announced_points
from pipeline.stages.tips.paras import Para

POINTS = ("Laub zusammenrechen. Pilzsporen überwintern darin.", "Tief gießen. Feuchter Boden hält die Wärme.",
          "Werkzeug säubern. Rost kommt schnell.", "Ein wenig Arbeit jetzt zahlt sich im Frühjahr aus.")


def _paras(*texts: str) -> list[Para]:
    return [Para(k, k, t) for k, t in enumerate(texts)]


def test_a_short_lead_in_announces_the_points():
    assert len(_announced_points(_paras("Vor dem ersten Frost gilt:", *POINTS), 3)) == 3


def test_an_essays_long_paragraph_ending_on_a_colon_announces_none():
    essay = ("Die Debatte um die großen Plattformen hat in diesem Jahr eine neue Richtung genommen, und die Kandidatin"
             " hat ihre Haltung in einem langen Gespräch mit der Zeitung noch einmal deutlich betont:")
    assert _announced_points(_paras(essay, *POINTS), 3) == []
