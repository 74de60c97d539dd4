"""Titles on heads other hands write (round 18). Pages written here in our own words.

A breadcrumb names the page it stands on: the header line under it that repeats its last crumb (whole, or as the
opening of a longer heading) is the title, over a section's label, a dek or a contributor's credit line. A heading
set in capitals over its dek is the title when the page's top line (a browser title, a print's running header)
names it again: a section's label never names the page. A short line opening with a section the menu names is the
section's label over the headline. A read-later app's row of tools under the head is no writer's line.
"""

from __future__ import annotations

import pytest

from pipeline.stages import segment as sg
from tests.conftest import only_article

BODY = ("Most of the noise a hive makes in autumn is the colony settling in, and a keeper who listens before "
        "opening the lid learns more than one who lifts every frame.\n\n"
        "Check the weight first. Lift the back of the hive an inch; a heavy hive needs nothing from you.\n\n"
        "Narrow the entrance. A small door is easier to guard when the wasps come looking.\n\n"
        "Leave the honey they need. A full super over the brood is their winter larder.\n")

CRUMBED = ("Lindenhof Apiary Notes\nArticles | Translations | Calendar | Shop\n"
           "You are here: Home / Translations / {crumb}\n\nFROM THE NORTHERN BEE PRESS\n\n{title}\n"
           "Four quiet checks before the hive closes for winter\n\nTranslated from the Danish by Orla Fenwick\n"
           "Published 4 October 2023\n\n" + BODY)


def test_the_breadcrumbs_last_crumb_names_the_heading_over_a_translators_credit():
    page = only_article(CRUMBED.format(crumb="Listening To The Hive", title="Listening To The Hive"))
    assert page.title == "Listening To The Hive"


def test_a_short_crumb_opening_a_longer_heading_names_it():
    text = ("We use cookies to make this site work better. Accept all   Settings\n\n"
            "Brightwave Audio\nSpeakers   Amplifiers   Support\n\nHome / Speakers / Active / M12\n\n"
            "M12 Compact Desk Monitor\n\nProduct data sheet · Issue 4 · June 2024\n\n" + BODY)
    assert only_article(text).title == "M12 Compact Desk Monitor"


@pytest.mark.parametrize("crumb, line, named", [
    ("Home » Recipes » Soups", "Soups", False),  # a section's one-word heading is no page's title
    ("Home » Recipes » Soups", "Soups are what we eat all March long.", False),  # a sentence
    ("Home » Recipes » Soups", "Soups For A Cold Night", True),
    ("Home » Soups", "Soups For A Cold Night", False),  # two items: a menu's path, no page of its own
])
def test_crumb_named_gates(crumb, line, named):
    assert (sg._crumb_named([0, 2], {0: crumb, 2: line}) == 2) is named


LEAFLET = ("Marsh Valley Energy Advice        {running}\n\n{caps}\nEight small changes for the winter months\n\n"
           "Written by Idunn Sæterdal, Energy Adviser\nUpdated November 2021\n\n" + BODY)


def test_a_heading_in_capitals_over_its_dek_is_the_title_where_the_running_header_names_it():
    page = only_article(LEAFLET.format(running="Cosy Rooms, Smaller Bills", caps="COSY ROOMS, SMALLER BILLS"))
    assert (page.title, page.author) == ("COSY ROOMS, SMALLER BILLS", "Idunn Sæterdal")


def test_a_label_in_capitals_the_page_does_not_name_stays_a_label():
    assert not sg._named_above([0, 2], {0: "Marsh Valley Energy Advice", 2: "ASK IDUNN"}, 2)
    assert sg._named_above([0, 2], {0: "Ask Idunn | Marsh Valley", 2: "ASK IDUNN"}, 2)


def test_a_short_line_opening_with_a_menus_section_is_its_label_over_the_headline():
    # the site's block (name, menu, search box), the section's label, the headline, then a line of the head the
    # rules cannot read (a date in words they do not know): the label is no title
    texts = {0: "Kantoor.nl — nieuws en advies", 1: "Home | Geld | Gezondheid | Eten | Contact", 2: "Zoeken...",
             4: "Geld en Gezin", 6: "Zo houd je je loon tot het eind van de maand over",
             8: "Donderdag de derde · vijf minuten"}
    assert sg._title_after_site_header([0, 1, 2, 4, 6, 8], texts) == 6


def test_section_label_needs_the_menus_section_and_a_longer_headline():
    sections = frozenset({"home", "geld"})
    assert sg._section_label("Geld en Gezin", "Zo houd je je loon tot het eind over", sections)
    assert not sg._section_label("Tuin en Huis", "Zo houd je je loon tot het eind over", sections)
    assert not sg._section_label("Geld Sparen", "Ineke de Vries", sections)


def test_a_read_later_tools_row_under_the_head_leaves_the_title_and_the_writer():
    text = ("Pocketly · My List · Archive\n\ncoldsill.example\nKeeping seedlings upright on a north window\n"
            "Henrike Achterberg\nMay 12, 2025 · 5 min read\n\nReader view · Images removed. Open original\n\n" + BODY)
    page = only_article(text)
    assert (page.title, page.author) == ("Keeping seedlings upright on a north window", "Henrike Achterberg")


def test_a_section_heading_repeating_the_crumb_names_the_section_not_the_page():
    texts = {0: "Home › Patients › Leaflets › Day surgery", 2: "Day surgery", 3: "Caring for a wound at home",
             4: "Day Surgery Unit – Ward 2, Westfield Hospital"}
    assert sg._crumb_named([0, 2, 3, 4], texts) is None
