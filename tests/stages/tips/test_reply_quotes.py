"""A reply in a mailing list or a forum quotes the message it answers under an attribution line ("On DATE, NAME
wrote:", "NAME schrieb:", "Originally Posted by NAME"): the quoted lines are the asker's words, so a list the
asker wrote ("I've tried: - X - Y") is never the reply's points (issue 16, round 14: a digest's reply). A block set
apart with "> " and no attribution over it stays the article's own (test_quoted_lines). Our own words."""

from __future__ import annotations

from pipeline.stages.tips import split_text
from pipeline.stages.tips.split import unquoted

REPLY = """On Fri, 3 Mar 2023 at 19:40, Tamsin Oduya <t.oduya@mail.example> wrote:
> My rhubarb has gone thin and stringy this spring. So far I have:
> - fed it with chicken pellets
> - cut the flower stalks
> Any other ideas?

Rhubarb crowns tire after a few years. This is what brought mine back:

1) Lift and split the crown in late autumn, keeping the pieces with a fat bud each.
2) Replant the pieces in fresh ground with a barrow of manure underneath.
3) Leave them unpicked for the whole first year so they build up strength.

Dariusz
"""


def test_quoted_question_lines_are_not_the_replys_points():
    assert [t.headline for t in split_text(REPLY).tips] == [
        "Lift and split the crown in late autumn, keeping the pieces with a fat bud each.",
        "Replant the pieces in fresh ground with a barrow of manure underneath.",
        "Leave them unpicked for the whole first year so they build up strength."]


def test_attributions_in_other_languages_set_the_quote_apart():
    for line in ("Am 3. März 2023 schrieb Lena Vogt:", "Le 3 mars 2023, Amélie Roux a écrit :",
                 "Tomasz Wójcik napisał(a):", "Quoting Ruth Ames:"):
        body = f"{line}\n> - salt the path\n\nSweep the path at dawn."
        assert unquoted(body).split() == ["Sweep", "the", "path", "at", "dawn."], line
        assert len(unquoted(body)) == len(body)


def test_a_quote_without_an_attribution_stays_the_articles_own():
    body = "My rules for the path:\n> Sweep it at dawn.\n> Salt it at dusk."
    assert "Sweep it at dawn." in unquoted(body)
