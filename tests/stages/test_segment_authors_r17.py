"""Round 17 (issue 16): authorship as whole pages write it. Our own words.

SPEC ("Decided in round 17"): the writer-down of an "as told to" piece and a credited ghostwriter are authors; a
video's author is its named maker (introducing themselves in the description), not the channel.
"""

from __future__ import annotations

from tests.conftest import only_article as only


def test_an_as_told_to_piece_is_by_its_writer_down():
    text = ("HARBOUR WEEKLY\nNews | Life | Work\n\nMY JOB\n\nWhat Twenty Winters on the Ferry Taught Me\n\n"
            "Ruairi Costello, deckhand on the island ferry, as told to Marit Haugland\n\n"
            "I start at five, when the harbour is still dark and the gulls are asleep on the bollards. The first "
            "thing I do is check the ropes, because a frayed line in the morning is a snapped one by the evening.\n\n"
            "Keep your hands warm before you touch anything metal. Cold fingers are clumsy fingers.\n")
    assert only(text).author == "Marit Haugland"


def test_a_credited_ghostwriter_outranks_the_expert_s_byline():
    text = ("Ask the Gardener\n\nWhy My Tomatoes Split After Rain\n\nBy Dr. Halvor Brekke, PhD\n\n"
            "Dear Halvor, every August my tomatoes crack open after a storm. What am I doing wrong?\n\n"
            "Splitting comes from uneven water: the fruit swells faster than its skin can stretch. Water deeply "
            "twice a week instead of a little every day, and mulch the bed so the soil stays evenly moist.\n\n"
            "Dr. Halvor Brekke taught horticulture for thirty years. His column is ghostwritten by "
            "Odile Marchetti from his notes and their weekly calls.\n")
    assert only(text).author == "Odile Marchetti"


def test_a_video_description_is_by_the_maker_who_introduces_themselves():
    text = ("Restoring a Rusty Hand Plane in One Afternoon\n\nOak & Iron Workshop\n@oakandiron\n48K subscribers\n"
            "Subscribe\n\n52,118 views  9 Feb 2022\n"
            "Hello, I'm Idunn Sæther and I have been restoring old tools in my shed for fifteen years. This "
            "is the quickest way I know to bring a plane back from the scrap heap.\n\n"
            "Soak the parts in vinegar overnight, then scrub them with a brass brush.\n")
    assert only(text).author == "Idunn Sæther"
