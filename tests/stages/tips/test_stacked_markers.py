"""Round 12 (issue 16): a second marker between a list item's marker and its words. A printable checklist puts a
box after each bullet ("• ☐ Store water …"), a to-do export writes "- [x] …" after its dash, and a podcast's show
notes put the moment in the recording before each point ("• [04:12] Use a shim …"). SPEC: a marker of any kind
leaves the headline, so the box or the time goes with the bullet, and a bold lead behind it is still the item's
lead. A bare time stays the item's words unless a dash sets it apart ("• 9:30 start" is a line of a timetable).
Pages written here in our own words."""

from __future__ import annotations

from pipeline.stages.tips import split_text
from pipeline.stages.tips.paras import match_marker
from pipeline.text.extract import html_to_text


def _rest(line: str) -> str:
    marker = match_marker(line, 0, len(line))
    assert marker is not None
    return line[marker.end:]


def test_a_box_after_a_bullet_or_a_number_is_part_of_the_marker():
    assert _rest("• ☐ Fill the bath before the storm.") == "Fill the bath before the storm."
    assert _rest("- [x] Test the smoke alarm.") == "Test the smoke alarm."
    assert _rest("3. ✔ Put the torch by the door.") == "Put the torch by the door."
    assert _rest("▪ ☑ Freeze bottles of water.") == "Freeze bottles of water."


def test_a_time_in_the_recording_after_a_marker_is_part_of_it():
    assert _rest("• [1:02:45] Sand with the grain.") == "Sand with the grain."
    assert _rest("2. (17:05) Ask the seller for the receipts.") == "Ask the seller for the receipts."
    assert _rest("– 33:10 – Oil the hinge, not the door.") == "Oil the hinge, not the door."


def test_the_items_own_numbers_and_times_stay_its_words():
    assert _rest("• 12 eggs, beaten") == "12 eggs, beaten"
    assert _rest("• 9:30 start at the main gate") == "9:30 start at the main gate"  # a timetable's line
    assert _rest("- (2) spare fuses") == "(2) spare fuses"  # a count in brackets, no time
    assert _rest("1. [Updated] Bring two forms of ID.") == "[Updated] Bring two forms of ID."


CHECKLIST = ("Work down the list on the first cold weekend of autumn.\n\n"
             "• ☐ Bleed every radiator until water, not air, comes out.\n"
             "• ☐ Check the boiler pressure sits between one and two bar.\n"
             "• ☐ Lag the pipes in the loft with foam sleeves.\n"
             "• ☐ Find your stopcock and make sure it turns.\n")


def test_a_checklists_headlines_open_with_its_words_not_its_boxes():
    tips = split_text(CHECKLIST).tips
    assert [t.headline for t in tips] == [
        "Bleed every radiator until water, not air, comes out.",
        "Check the boiler pressure sits between one and two bar.",
        "Lag the pipes in the loft with foam sleeves.",
        "Find your stopcock and make sure it turns.",
    ]


SHOW_NOTES = ("Our guest has restored bicycles for thirty years. His tips, with where to find them:\n\n"
              "1. (05:40) Clean the chain before you oil it. Oil on grit is grinding paste.\n"
              "2. (11:02) Check tyre pressure weekly. Soft tyres wear the sidewalls.\n"
              "3. (19:55) Replace brake pads in pairs. One new pad pulls the wheel sideways.\n")


def test_show_notes_numbered_with_times_are_headed_by_the_points():
    assert [t.headline for t in split_text(SHOW_NOTES).tips] == [
        "Clean the chain before you oil it.", "Check tyre pressure weekly.", "Replace brake pads in pairs."]


PAGE = """<html><body><article><h1>Before the ice comes</h1>
<p>A short list for the car, done in an afternoon.</p>
<ul>
<li>&#9744; <strong>Fit winter wipers</strong> that will not freeze to the glass.</li>
<li>&#9744; <strong>Top up the screenwash</strong> with a mix rated to minus fifteen.</li>
<li>[x] <strong>Pack a blanket and a shovel</strong> in the boot until spring.</li>
</ul>
<p>Most of this costs less than a tank of fuel.</p></article></body></html>"""


def test_a_bold_lead_behind_a_box_is_still_the_items_lead():
    doc = html_to_text(PAGE)
    assert doc.leads == ["Fit winter wipers", "Top up the screenwash", "Pack a blanket and a shovel"]
    tips = split_text(doc.text, leads=doc.leads).tips
    assert [t.headline for t in tips] == ["Fit winter wipers", "Top up the screenwash", "Pack a blanket and a shovel"]


def test_bold_after_words_is_still_no_lead():
    doc = html_to_text("<html><body><ul><li>Always <strong>check</strong> the pressure, then drive off slowly, "
                       "every single morning of the winter months.</li></ul></body></html>")
    assert doc.leads == []
