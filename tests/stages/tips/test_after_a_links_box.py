"""Round 10 (issue 16): the split leaves a site's box of links ("RELATED" and the titles under it) out of the
paragraphs it reads, and with it the break the box made: the article's conclusion, the writer's tagline and a
comment line under the box ("Be the first to comment.") ran on as one block of prose, so the conclusion was no
longer the last paragraph and all three passed for points. The paragraph after a box starts a new block. A page
written here in our own words."""

from __future__ import annotations

from tests.conftest import tip_headlines

PIECE = ("Two winters ago our heating bill doubled, and I went looking for where the warmth was going. Most of it, "
         "it turned out, was going out of the house through habits nobody had thought about.\n\n"
         "Draught-proof the letterbox first. A brush flap costs less than a pizza and stops a cold stream along the "
         "hall floor.\n\n"
         "Close the curtains at dusk, not at bedtime. Glass loses heat fastest in the first dark hours.\n\n"
         "Bleed the radiators every autumn. A cold top means air, and air means a pump working for nothing.\n\n"
         "Turn the thermostat down one degree. Nobody in our house noticed, and the bill did.\n\n"
         "None of this is clever, and none of it needs a builder. Start with the letterbox; the rest follows.\n\n"
         "Rowan Achterberg writes about running an old house on a small budget for The Draughty Terrace, and his "
         "last piece was about loft insulation.\n\n"
         "RELATED\nWhy Our Loft Was Colder Than The Garden\nThe Radiator Key Nobody Can Find\n\n"
         "Comments (0)\nBe the first to comment.\n")


def test_the_comment_line_after_a_links_box_does_not_join_the_article():
    assert tip_headlines(PIECE) == ["Draught-proof the letterbox first.", "Close the curtains at dusk, not at bedtime.",
                                    "Bleed the radiators every autumn.", "Turn the thermostat down one degree."]
