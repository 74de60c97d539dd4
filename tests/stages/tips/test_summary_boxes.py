"""Round 14 (issue 16): a box summing an article's points up ("Key takeaways", "TL;DR", "まとめ", "Das Wichtigste in
Kürze") restates them in a few short lines, above the sections or after them. Its lines are no points of their own:
the points are the sections (or paragraphs) the article makes; a box that is the article's only list stays its
points. Pages written here in our own words."""

from __future__ import annotations

from pipeline.stages.tips.patterns import SUMMARY_HEAD
from tests.conftest import tip_headlines as heads

SECTIONS = """We moved into a flat with one radiator and a draughty hall. Two winters later it is warm enough.

{box_above}1. Hang a heavy curtain over the front door

The hall was losing most of our heat through the door and its letterbox. A thick curtain on a pole stopped it.

2. Close the rooms you do not use

The spare room stays shut from November, with a rolled towel along the bottom of its door.

3. Bleed the radiator every autumn

A radiator that is cold at the top is full of air. A key from the hardware shop fixes it in two minutes.

4. Put foil behind the radiator

A sheet of foil-backed board throws the heat back into the room instead of into the wall.
{box_below}"""

BOX = """{head}

• A curtain on the door beats a new boiler
• Shut doors keep warm rooms warm
• An airy radiator wastes heat

"""


def test_a_takeaways_box_above_the_sections_is_no_points():
    text = SECTIONS.format(box_above=BOX.format(head="Key takeaways"), box_below="")
    assert heads(text) == ["Hang a heavy curtain over the front door", "Close the rooms you do not use",
                           "Bleed the radiator every autumn", "Put foil behind the radiator"]


def test_a_summary_box_below_the_sections_in_another_language_is_no_points():
    text = SECTIONS.format(box_above="", box_below="\n" + BOX.format(head="Zusammenfassung:"))
    assert len(heads(text)) == 4


def test_a_list_under_another_heading_stays_points():
    text = SECTIONS.format(box_above=BOX.format(head="What we bought"), box_below="")
    assert len(heads(text)) == 7


def test_a_summary_box_that_is_the_only_list_stays_the_points():
    text = ("Our flat was cold for two winters and then it was not.\n\nIn short\n\n• Hang a curtain over the door\n"
            "• Shut the spare room\n• Bleed the radiator\n\nIt cost us less than a week of heating.")
    assert heads(text) == ["Hang a curtain over the door", "Shut the spare room", "Bleed the radiator"]


def test_summary_headings_are_whole_short_lines():
    assert all(SUMMARY_HEAD.match(t) for t in ("Key takeaways", "TL;DR:", "📌 In a nutshell", "まとめ", "En resumen"))
    assert not any(SUMMARY_HEAD.match(t) for t in ("Key takeaways from the match", "Summary of the new rules"))


def test_a_story_platform_s_writer_card_ends_the_points():
    text = ("My seedlings fell over every spring until I changed three things.\n"
            "Turn the tray every morning\nSeedlings lean to the glass; a half turn keeps them upright.\n"
            "Brush the tops every evening\nA light stroke of the hand makes the stems thicker, as wind would.\n"
            "Move them off the sill at night\nThe glass is coldest before dawn and the roots sulk.\n"
            "Written by Teodora Vasilescu\n1.2K Followers\nMore from Teodora Vasilescu\nWhy Leeks Bolt\n"
            "They were never meant to be sown in March, it turns out.\n")
    assert heads(text) == ["Turn the tray every morning", "Brush the tops every evening",
                           "Move them off the sill at night"]


def test_a_tldr_box_over_unnumbered_sections_gives_way_to_the_sections():
    text = ("We moved into a flat with one radiator and a draughty hall. Two winters later it is warm enough.\n\n"
            "TL;DR\n\n• A curtain on the door beats a new boiler\n• Shut doors keep warm rooms warm\n"
            "• An airy radiator wastes heat\n\nHang a heavy curtain over the front door\n\n"
            "The hall was losing most of our heat through the door and its letterbox. A thick curtain stopped it.\n\n"
            "Close the rooms you do not use\n\nThe spare room stays shut from November, with a towel at its door.\n\n"
            "Bleed the radiator every autumn\n\nA radiator that is cold at the top is full of air. A key fixes it.\n")
    assert heads(text) == ["Hang a heavy curtain over the front door", "Close the rooms you do not use",
                           "Bleed the radiator every autumn"]
