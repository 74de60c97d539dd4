"""Round 12 (issue 16): a newsletter's greeting is no reader's letter. An advice column opens with a reader's letter
("Dear Sam, …", signed "– Worried in Wales") and only the answer below the signature holds tips. A newsletter opens
with a greeting too ("Hi there,", "Hello friends,"), then its items: a list of points, and further down perhaps a
reader's question and the editor's signed sign-off. A letter asks before it lists anything; a list under the
greeting before any question means the greeting opened an issue, so its points are not skipped as a letter's.
Pages written here in our own words."""

from __future__ import annotations

from pipeline.stages.tips import split_text

ISSUE = ("Hello friends,\n\n"
         "Spring is late this year and my seed trays are sulking on the windowsill. This issue is all about getting "
         "them going.\n\n"
         "Five ways to wake up slow seedlings\n\n"
         "1. Move the trays off the cold sill at night. Glass loses heat fast after dark.\n"
         "2. Water from below. A tray of water for twenty minutes beats a can from above.\n"
         "3. Give them a fan. A gentle breeze makes sturdier stems.\n"
         "4. Pot on before the roots circle. Cramped roots stall the whole plant.\n"
         "5. Harden them off slowly. A week of afternoons outside before they move for good.\n\n"
         "From the postbag: can I reuse last year's compost for seeds? Mostly no, it is tired and may carry damping "
         "off.\n\n"
         "– Mara\n\n"
         "See you next month, when we plant out and hope the slugs are still asleep under the boards.\n")


def test_a_greeting_over_an_issues_list_keeps_the_list():
    heads = [t.headline for t in split_text(ISSUE).tips]
    assert heads[:5] == ["Move the trays off the cold sill at night.", "Water from below.", "Give them a fan.",
                         "Pot on before the roots circle.", "Harden them off slowly."]


def test_a_bulleted_issue_under_hi_there_keeps_its_points_too():
    issue = ISSUE.replace("Hello friends,", "Hi there,")
    for n in range(1, 6):
        issue = issue.replace(f"{n}. ", "• ", 1)
    assert len(split_text(issue).tips) == 5


COLUMN = ("Dear Sam,\n\n"
          "My allotment neighbour waters his beans at noon every day and lectures me when I don't. Is he right? I "
          "feel like I am doing it all wrong.\n\n"
          "– Worried in Wales\n\n"
          "Dear Worried,\n\n"
          "He is not right, and you are not wrong. A few habits settle it.\n\n"
          "1. Water in the evening or at dawn. Less is lost to the sun.\n"
          "2. Soak the roots, not the leaves. Wet leaves invite mildew.\n"
          "3. Water deeply twice a week rather than a splash daily.\n")


def test_a_readers_letter_above_the_answer_still_stays_out():
    heads = [t.headline for t in split_text(COLUMN).tips]
    assert heads == ["Water in the evening or at dawn.", "Soak the roots, not the leaves.",
                     "Water deeply twice a week rather than a splash daily."]
