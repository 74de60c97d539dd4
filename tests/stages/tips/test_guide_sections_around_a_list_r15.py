"""Round 15: a guide headed one point per section in statements ("Check the boiler before winter", "Protect the
pipes from frost", ...), where one section carries a bullet list of its own ("To cut the risk: • lag the pipes •
..."): the list is that section's, and the headed sections are the points (README of the institutional hand; SPEC:
a headed section is a tip). A recipe card's labelled parts ("Ingredients", "Method") keep their list. Pages written
here in our own words."""

from __future__ import annotations

from pipeline.stages.tips import split_text

GUIDE = ("Cold weather is hard on old heating and on people who are home all day. A few checks before the frost "
         "save a lot of trouble later.\n\n"
         "Book a boiler service in the autumn\n\n"
         "Engineers get busy once the cold arrives, so ask for a visit in October. A yearly check keeps gas "
         "appliances safe.\n\n"
         "Keep one room warm all day\n\n"
         "If you cannot heat the whole house, heat the room you use most, and warm the bedroom before you sleep.\n\n"
         "Protect the pipes from frost\n\n"
         "Pipes in lofts and garages freeze first. To cut the risk:\n\n"
         "• wrap exposed pipes in foam lagging\n"
         "• leave the heating on low when you travel\n"
         "• find the stopcock before you need it\n\n"
         "If a pipe does freeze, thaw it slowly with warm cloths and never with a flame.\n\n"
         "Seal draughts but leave the vents open\n\n"
         "Fit brush strips to doors and seal window gaps. Air bricks and appliance vents must stay clear.\n\n"
         "Check on the neighbours who live alone\n\n"
         "Older people living alone feel the cold most. Knock on the door, offer to fetch shopping, and leave your "
         "number.\n")


def test_headed_points_around_one_section_s_list_are_the_tips():
    tips = split_text(GUIDE).tips
    assert [t.headline for t in tips] == [
        "Book a boiler service in the autumn", "Keep one room warm all day", "Protect the pipes from frost",
        "Seal draughts but leave the vents open", "Check on the neighbours who live alone"]


CARD = ("A quick soup for a cold evening, ready in half an hour.\n\n"
        "Ingredients\n\n"
        "Two leeks and a large potato, washed and sliced.\n\n"
        "Method\n\n"
        "Cook it all gently and blend until smooth:\n\n"
        "• soften the leeks in butter for ten minutes\n"
        "• add the potato and a litre of stock\n"
        "• simmer until the potato is soft, then blend\n\n"
        "Notes\n\n"
        "It freezes well for a month.\n")


def test_a_recipe_card_s_labelled_parts_keep_the_method_list():
    headlines = [t.headline for t in split_text(CARD).tips]
    assert "Ingredients" not in headlines and "Method" not in headlines


HOWTO = ("Air trapped in a radiator keeps its top cold. Letting it out takes ten minutes.\n\n"
         "Steps[edit]\n\n"
         "1. Switch the heating off and wait for the radiator to cool.\n"
         "2. Hold a cloth under the valve at the top corner.\n"
         "3. Turn the key a quarter turn until the hissing stops.\n"
         "4. Close the valve as soon as water appears.\n\n"
         "Warnings[edit]\n\n"
         "• Never open the valve while the heating is running.\n"
         "• If you bleed the same radiator every week, ask an engineer why.\n")


def test_a_how_to_s_warnings_section_is_asides_not_more_steps():
    headlines = [t.headline for t in split_text(HOWTO).tips]
    assert len(headlines) == 4
    assert not any(h.startswith("Never open") for h in headlines)
