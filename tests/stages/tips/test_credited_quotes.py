"""Round 12 (issue 16): a roundup of quoted contributions, each under its contributor's credit line ("Femi Adebayo,
first marathon at 52" over "“Run the first half slower …”"). Readers' tips signed below them were known; signed
above, the credit lines made the quotations look like prose paragraphs and the introduction came in as a tip. Each
quotation under a credit line is one tip (three at least); the name heads nothing (SPEC: a name is no lead), and a
quotation's opening mark is no part of its headline. Pages written here in our own words."""

from __future__ import annotations

from pipeline.stages.tips import split_text

INTRO = ("Before the allotment open day we asked five plot holders for the one thing they wish they had known in "
         "their first year. This is what they said.\n\n")
VOICES = [("Maud Okafor, plot 14 since 1998",
           "“Cover the ground you are not using. Black plastic over a spare bed in autumn saves a month of weeding in "
           "spring.”"),
          ("Ivo Lindqvist, committee secretary",
           "“Grow less, and grow it well. Half a plot tended every week beats a whole one you visit twice a month.”"),
          ("Grace Mbeki-Hart, first year on the site",
           "“Talk to the people on either side of you: they know where the frost sits and which path floods.”"),
          ("Tomás de la Cruz, keeps the site's bees",
           "“Leave a corner to flower. The bees find your beans faster when they already come to your plot.”"),
          ("Ruth Abernethy, plot 2",
           "“Write down what you sowed and when. Memory tells you it was April; the notebook says May.”")]
CLOSING = "Come and meet them all on Saturday, from ten until the tea runs out."


def _page(voices: list[tuple[str, str]], closing: str = CLOSING) -> str:
    return INTRO + "".join(f"{who}\n\n{said}\n\n" for who, said in voices) + closing + "\n"


def test_each_quotation_under_a_credit_line_is_a_tip_headed_by_its_words():
    heads = [t.headline for t in split_text(_page(VOICES)).tips]
    assert heads == ["Cover the ground you are not using.", "Grow less, and grow it well.",
                     "Talk to the people on either side of you", "Leave a corner to flower.",
                     "Write down what you sowed and when."]


def test_straight_quotes_and_a_quotation_over_two_paragraphs():
    voices = [(who, said.replace("“", '"').replace("”", '"')) for who, said in VOICES[:3]]
    voices.append(("Ivo Lindqvist, committee secretary",
                   '"Mend the shed roof before you plant anything.\n\nA dry shed keeps your seed and your tools '
                   'good for years."'))
    tips = split_text(_page(voices)).tips
    assert [t.headline for t in tips][-1] == "Mend the shed roof before you plant anything."
    assert len(tips) == 4 and "keeps your seed" in tips[-1].text


def test_credit_lines_over_plain_paragraphs_are_no_quotations():
    team = ("Our committee for this year.\n\n"
            "Maud Okafor, chair\n\nMaud has held plot 14 since 1998 and runs the seed swap.\n\n"
            "Ivo Lindqvist, secretary\n\nIvo keeps the waiting list and the minutes.\n\n"
            "Ruth Abernethy, treasurer\n\nRuth collects the rents each March.\n")
    assert all("signed-items" not in t.flags for t in split_text(team).tips)


def test_a_quoted_phrase_inside_a_headline_keeps_its_marks():
    body = ("Three habits.\n\n• \"Buy nothing\" days work if you plan them.\n• Cook twice, eat three times.\n"
            "• Freeze the bread.\n")
    assert split_text(body).tips[0].headline == '"Buy nothing" days work if you plan them.'
