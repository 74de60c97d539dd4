"""Round 18 shapes of the tips stage (issue 16): lists beside the points that hold no advice. Our own words
throughout."""

from __future__ import annotations

import pytest

from pipeline.stages.tips import split_text
from tests.conftest import tip_headlines

STEPS = ("1. Lift the bulbs on a dry day. Shake off the soil and lay them out.\n\n"
         "2. Dry them for a week somewhere airy. A shed shelf is ideal.\n\n"
         "3. Store them in paper bags. Label each bag with the colour.\n\n")


def test_a_list_under_a_sources_heading_credits_and_gives_no_tips():
    body = (STEPS + "Quellen\n\n"
            "\u2022 Gartenbauverein Nordheide, Rundbrief vom Herbst\n"
            "\u2022 Interview with a nursery owner in the spring\n")
    assert len(split_text(body).tips) == 3


NEWS = ("The town's old footbridge over the canal will be replaced next year, the council said on Tuesday, after "
        "an inspection found rust through two of its main girders and cracks along the deck.")


def news_with_box(heading: str) -> str:
    """A news story with a box of facts under ``heading`` and a closing paragraph after it."""
    return (NEWS + "\n\n" + heading + "\n\n"
            "\u2022 Built in 1931 from riveted steel plates\n"
            "\u2022 Carries about 4,000 walkers and cyclists a day\n"
            "\u2022 Expected to cost 2.1 million to replace\n"
            "\u2022 Closed for eleven weeks while the new span is lifted in\n\n"
            "Work is due to start in the spring, once the bats roosting under the deck have left.\n")


SECTIONS = ("Rinse the bottle the same day\n\nMilk left overnight sets hard in the teat and takes twice as long.\n\n"
            "Keep one brush for bottles only\n\nA brush that has scrubbed pans carries grease into the next feed.\n\n"
            "Dry everything upside down\n\nA rack by the window dries bottles faster than a tea towel.\n\n")


HEADLINES = [
    # a kit list whose cue carries a bracketed qualifier is no tips
    pytest.param(
        "A cold frame saves a spring's worth of seedlings, and the whole job takes a morning.\n\n"
        "You will need (for the first two steps at least):\n"
        "\u2022 four old floorboards from a skip\n\u2022 an old window with its glass whole\n"
        "\u2022 a box of long screws\n\u2022 a tin of wood stain\n\n"
        "1. Cut the boards to length. Keep the back taller than the front so rain runs off.\n\n"
        "2. Screw the sides together. Check the corners are square before the glue sets.\n\n"
        "3. Lay the window on top. Hinge it at the back so you can prop it open.\n",
        ["Cut the boards to length.", "Screw the sides together.", "Lay the window on top."],
        id="kit-list-cue-with-bracketed-qualifier"),
    # a wikis footnotes opening with a backlink give no tips
    pytest.param(
        "Tulips come back stronger when the bulbs rest dry over summer.\n\n" + STEPS
        + "Table of varieties kept on the plot follows.\n\n"
        "1. \u2191 Allotment society, Minutes of the spring meeting, 2019.\n"
        "2. \u2191 Brandt, Olaf. Bulbs for Small Gardens. Riverbank Press, 2011, p. 40.\n",
        ["Lift the bulbs on a dry day.", "Dry them for a week somewhere airy.", "Store them in paper bags."],
        id="wiki-footnotes-with-backlink"),
    # a wiki headings edit link is no word of the headline
    pytest.param(
        "Dahlias rot if they sit wet over winter, so most growers lift them.\n\n"
        "Lift after the first frost[edit]\n\nWait until the leaves blacken, then dig gently round each clump.\n\n"
        "Dry the tubers upside down[edit]\n\nLeave them a fortnight in a frost-free shed so the stems drain.\n\n"
        "Pack them in dry compost[edit]\n\nA crate of barely damp compost keeps them plump until spring.\n",
        ["Lift after the first frost", "Dry the tubers upside down", "Pack them in dry compost"],
        id="wiki-heading-edit-link"),
    # question headed sections after the points are a faq not more tips
    pytest.param(
        "Clean bottles are less work than most new parents fear.\n\n" + SECTIONS + "Common questions\n\n"
        "Do I need a steriliser?\n\nFor the first months most midwives say yes.\n\n"
        "Can bottles go in the dishwasher?\n\nMost can, on the top rack.\n",
        ["Rinse the bottle the same day", "Keep one brush for bottles only", "Dry everything upside down"],
        id="faq-sections-after-points"),
    # symptoms and conditions completing the lead in are no tips
    pytest.param(
        "Hot days are hard on small children, who cannot tell you when they are too warm.\n\n"
        "\u2022 Keep them in the shade at midday\n\u2022 Offer water every half hour\n"
        "\u2022 Dress them in loose cotton\n\n"
        "Signs of overheating can include:\n\n"
        "\u2022 a flushed face and hot dry skin\n\u2022 crying that will not settle\n"
        "\u2022 fewer wet nappies than usual\n",
        ["Keep them in the shade at midday", "Offer water every half hour", "Dress them in loose cotton"],
        id="symptoms-completing-lead-in"),
]


@pytest.mark.parametrize(("text", "headlines"), HEADLINES)
def test_the_tips_headlines_of_a_shape(text, headlines):
    assert tip_headlines(text) == headlines


NO_TIPS = [
    # a news story's box of facts under its heading (in any wording or language) gives no tips
    pytest.param(news_with_box("Highlights"), id="news-box-highlights"),
    pytest.param(news_with_box("The bridge in numbers"), id="news-box-in-numbers"),
    pytest.param(news_with_box("Auf einen Blick"), id="news-box-auf-einen-blick"),
    # fields holding dates are data even when their label opens on a verb
    pytest.param(
        "Canal Road will be closed to traffic while the water main under it is replaced.\n\n"
        "Key dates\n"
        "Closure begins: Monday 4 March 2024, 8am\n"
        "Closure expected to end: Friday 12 April 2024, 5pm\n"
        "Order in force until: Friday 19 April 2024 (to allow for delays)\n"
        "Hours of closure: 24 hours a day, 7 days a week\n\n"
        "Diversions will be signed on site, and residents keep access to their homes throughout.\n",
        id="date-fields-label-opens-on-verb"),
    # a job advertisements duties and perks are no tips
    pytest.param(
        "A family-run bakery in the old town is looking for an early-shift baker to join its team of six.\n\n"
        "You will prepare the morning bread and train our two apprentices.\n\n"
        "Key responsibilities\n\n"
        "\u2022 Prepare doughs for the morning bake\n\u2022 Check deliveries against the order sheet\n"
        "\u2022 Keep the bakehouse clean and safe\n\n"
        "What we offer\n\n"
        "\u2022 A four-day week\n\u2022 Free bread every shift\n\n"
        "How to apply\n\n"
        "1. Send a short letter and your CV to the owner.\n2. Visit us for a trial morning.\n",
        id="job-advert-duties-and-perks"),
    # a german vacancy is known by its section headings
    pytest.param(
        "Wir suchen zum Herbst eine Gärtnerin oder einen Gärtner für unsere Baumschule am Stadtrand.\n\n"
        "Ihre Aufgaben\n\n"
        "\u2022 Pflege der Jungpflanzen im Gewächshaus\n\u2022 Beratung unserer Kundschaft im Verkauf\n"
        "\u2022 Planung der Bewässerung im Sommer\n\n"
        "Wir bieten\n\n"
        "\u2022 Einen unbefristeten Vertrag\n\u2022 Flexible Arbeitszeiten\n\n"
        "Ihre Bewerbung senden Sie bitte bis Ende Mai an die Inhaberin. Bei Fragen rufen Sie uns gerne an, "
        "wir freuen uns darauf, Sie kennenzulernen.\n",
        id="german-vacancy-section-headings"),
]


@pytest.mark.parametrize("text", NO_TIPS)
def test_a_shape_that_gives_no_tips(text):
    assert split_text(text).tips == ()
