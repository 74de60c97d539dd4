"""Round 5 (issue 16): list markers seen on real article-directory pages. Pages written here in our own words."""

from __future__ import annotations

from pipeline.stages.tips import split_text


def test_a_number_with_a_full_stop_and_a_bracket_numbers_a_list():
    # "1.)" as typed by hand on old directory pages: the number is the marker, never the headline
    body = ("Heating bills climb every winter. Here are some ways to keep yours down.\n\n"
            "1.) Bleed the radiators. Trapped air keeps the top of each one cold.\n\n"
            "2.) Close the curtains at dusk. A drawn curtain holds the day's warmth in.\n\n"
            "3.) Turn the thermostat down one degree. Nobody notices, the meter does.\n\n"
            "4.) Fit a draught excluder to the front door. The gap under it lets in a gale.\n")
    tips = split_text(body).tips
    assert [(t.form, t.headline) for t in tips] == [
        ("numbered", "Bleed the radiators."), ("numbered", "Close the curtains at dusk."),
        ("numbered", "Turn the thermostat down one degree."),
        ("numbered", "Fit a draught excluder to the front door.")]
    assert not tips[0].text.startswith(("1", ")"))


def test_the_last_titled_step_keeps_the_paragraph_under_its_title():
    # steps each headed by a title line with a different number of paragraphs under it: the last title is no
    # tip on its own
    body = ("Five steps to a tidier shed.\n\n"
            "Step One: Empty It\n\nTake everything out onto the lawn on a dry day.\n\n"
            "Sweep the floor while it is bare.\n\n"
            "Step Two: Sort Into Piles\n\nKeep, give away, recycle: three piles and no fourth.\n\n"
            "Step Three: Fix Hooks High\n\nTools on the wall leave the floor for the mower.\n\n"
            "Step Four: Put Back Less\n\nThe keep pile always shrinks on the second look.\n\n"
            "Step Five: Label the Shelves\n\nA label on the shelf edge tells everyone where things go back.\n")
    last = split_text(body).tips[-1]
    assert last.headline == "Label the Shelves"
    assert last.text.endswith("tells everyone where things go back.")


def test_a_first_number_glued_to_the_heading_above_is_item_one():
    # the scraper lost the line break after the heading: "Packing1. Roll …"; items 2 to 4 stand on their own lines
    body = ("Packing1. Roll your clothes instead of folding them.\n"
            "2. Put shoes in the corners of the case.\n"
            "3. Keep one change of clothes in your hand luggage.\n"
            "4. Weigh the case at home before you leave.\n")
    tips = split_text(body).tips
    assert [t.headline for t in tips] == ["Roll your clothes instead of folding them.",
                                          "Put shoes in the corners of the case.",
                                          "Keep one change of clothes in your hand luggage.",
                                          "Weigh the case at home before you leave."]
    assert "Packing" not in tips[0].text


def test_a_year_or_a_model_number_in_the_line_above_is_no_glued_marker():
    body = ("Our trip in the Mazda CX1. It rained.\n"
            "2. Put shoes in the corners of the case.\n"
            "3. Keep one change of clothes in your hand luggage.\n"
            "4. Weigh the case at home before you leave.\n")
    assert "Mazda" not in " ".join(t.text for t in split_text(body).tips)
