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
