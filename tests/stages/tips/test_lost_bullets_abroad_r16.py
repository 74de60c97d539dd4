"""Round 16: points that lost their glyphs in a language the advice tests cannot read, announced by an
introduction whose last sentence ends in a colon (the introduction may say more first), and closed by a paragraph
led by a clause and a colon where the points were led by sentences; the site's stacked link boxes under the article
("Related" / its titles / "Most read" / its numbered titles), headed in the page's language. Our own words."""

from __future__ import annotations

import pytest

from pipeline.stages.tips.patterns import MORE_READING
from tests.conftest import tip_headlines as heads

# a Latvian-shaped page: a long introduction ending in a colon, six led points, a conclusion led by a colon clause
INTRO = ("Rudenī dārzā ir daudz darba, un daudziem šķiet, ka to var atlikt līdz pavasarim. Tomēr tieši tagad "
         "sagatavotas dobes nākamgad dod labāku ražu un prasa mazāk pūļu. Lai darbs ritētu raiti, ievērojiet šo:")
POINTS = ("Novāciet lapas no dobēm. Tajās ziemo sēnīšu sporas un kaitēkļi.",
          "Iestrādājiet kompostu. Zeme ziemā to pamazām uzņem.",
          "Apgrieziet ogulājus. Vecie zari vairs nenes ogas.",
          "Iztīriet instrumentus. Rūsa rodas ātrāk, nekā šķiet.")
CLOSE = "Ja kaut ko nepaspējat, neuztraucieties: arī pavasarī vēl var daudz ko izdarīt."


def test_points_under_a_long_introduction_ending_in_a_colon():
    got = heads("\n\n".join((INTRO, *POINTS, CLOSE)))
    assert got == ["Novāciet lapas no dobēm.", "Iestrādājiet kompostu.", "Apgrieziet ogulājus.",
                   "Iztīriet instrumentus."]


def test_stacked_link_boxes_under_the_points_give_no_tips():
    boxes = ("Saistītie raksti\nKā uzglabāt burkānus ziemā\nVai ābeles jāsmērē ar kaļķi?\n\n"
             "Lasītākie šonedēļ\n1. Ķiploku stādīšana rudenī\n2. Kad novākt kāpostus\n3. Dārza plānošana")
    got = heads("\n\n".join((INTRO, *POINTS, CLOSE, boxes)))
    assert len(got) == 4 and got[0] == "Novāciet lapas no dobēm."


@pytest.mark.parametrize("heading", ["Saistītie raksti", "Podobné recepty", "Darllenwch hefyd", "متعلقہ مضامین",
                                     "संबंधित पोस्ट", "ተዛማጅ ጽሑፎች", "Կարդացեք նաև", "Lasītākie šonedēļ"])
def test_the_link_box_headings_of_this_round_s_languages(heading):
    assert MORE_READING.match(heading)
