"""A checklist in groups under their headings, copied as text with the checkboxes lost (round 15): a workspace
page or a playbook post, one point a line, each group under a short heading. Every group's lines are points; the
group headings are not. Texts written here in our own words."""

from pipeline.stages.tips import split_text

GROUPS = ("This is the list we run through for every new volunteer at the repair café.\n\n"
          "Before their first session\n\n"
          "Send the safety sheet a week ahead. Nobody reads it on the day.\n"
          "Pair them with one regular by name. A named person answers questions a rota never will.\n"
          "Ask what they can already fix. Most people undersell themselves at first.\n\n"
          "On the day\n\n"
          "Give them the easy bench first. Lamps and toasters build confidence.\n"
          "Show where the first-aid box lives. Point at it, do not just describe it.\n"
          "Thank them before they leave. A short word at the door brings people back.\n")


def test_every_group_s_lines_are_points_and_the_headings_are_not():
    assert [t.headline for t in split_text(GROUPS).tips] == [
        "Send the safety sheet a week ahead.", "Pair them with one regular by name.",
        "Ask what they can already fix.", "Give them the easy bench first.", "Show where the first-aid box lives.",
        "Thank them before they leave."]


def test_paragraph_points_in_two_blocks_stay_as_before():
    # points set as paragraphs (blank lines between) are not one list's lines: the best block alone, as before
    spaced = GROUPS.replace(".\nPair", ".\n\nPair").replace(".\nAsk", ".\n\nAsk")
    assert len(split_text(spaced).tips) == 3
