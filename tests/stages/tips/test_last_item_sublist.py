"""Round 12 (issue 16): the last item of a list keeps its own sub-list. A listicle whose points each carry a few
sub-bullets ("1. Map the sun." then "• Six hours or more: tomatoes") lost the last point's sub-bullets: nothing
followed them to close a span, so they stood as a list of their own after the list and counted as tips. When at
least two items and half of them hold a sub-list right under their marker, the last item takes the run of
sub-list lines after it too. Lists written here in our own words."""

from __future__ import annotations

from pipeline.stages.tips import split_text

INTRO = "A cold frame pays for itself in a season if you use it well. These are the habits that matter.\n\n"
POINTS = ("1. Face it south. Every hour of winter sun counts.\n"
          "• A wall behind it stores the day's warmth.\n"
          "• Keep hedges from shading it after noon.\n"
          "2. Open the lid on bright days. A closed frame cooks seedlings by eleven.\n"
          "• Prop it a hand's width with a brick.\n"
          "• Close it again by mid-afternoon.\n"
          "3. Water in the morning only. Wet leaves at dusk invite mould.\n"
          "• Use water that has stood a day.\n"
          "4. Insulate it for hard frosts. An old blanket over the glass saves the lot.\n"
          "• Bubble wrap inside the glass works too.\n"
          "• Take the cover off at first light.\n")


def _heads(body: str) -> list[str]:
    return [t.headline for t in split_text(body).tips]


def test_the_last_items_sub_bullets_are_part_of_it():
    tips = split_text(INTRO + POINTS + "\nStart with one frame and add a second when it is full.\n").tips
    assert [t.headline for t in tips] == ["Face it south.", "Open the lid on bright days.",
                                          "Water in the morning only.", "Insulate it for hard frosts."]
    assert "Take the cover off at first light." in tips[-1].text


def test_sub_points_of_another_glyph_and_a_lettered_sub_list():
    dashed = POINTS.replace("• ", "– ")
    assert len(_heads(INTRO + dashed)) == 4
    lettered = POINTS
    for n, line in enumerate(("• A wall", "• Keep", "• Prop", "• Close", "• Use", "• Bubble", "• Take")):
        lettered = lettered.replace(line, f"{'abab aab'[n]}) {line[2:]}", 1)
    assert len(_heads(INTRO + lettered)) == 4


def test_a_list_whose_items_hold_no_sub_lists_leaves_a_later_list_alone():
    flat = "".join(line + "\n" for line in POINTS.splitlines() if not line.startswith("•"))
    body = INTRO + flat + "• Keep the glass clean.\n• Check for slugs under the rim.\n• Oil the hinges.\n"
    assert len(_heads(body)) == 7  # the four points and a bullet list of three after them, as before
