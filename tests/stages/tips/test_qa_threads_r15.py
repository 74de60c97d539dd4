"""Round 15 (issue 16): questions and answers as people post them. An FAQ page of advice whose contents list
repeats its questions over the answers ("On this page" then the same questions as headings): every advising
question is a tip, the first one too, though it stands right under the list's last question line. Written in our
own words after the shape of real club and society FAQ pages."""

from __future__ import annotations

from tests.stages.test_tips import headlines

FAQ = ("Every autumn new members ask us the same few things about the hives, so here are our answers in one place.\n\n"
       "Contents\n"
       "How many hives should a beginner keep?\n"
       "When do I take the first honey?\n"
       "What should I wear at the apiary?\n\n"
       "How many hives should a beginner keep?\n\n"
       "Two, not one. A second colony lets you compare them and borrow a frame of brood when one goes wrong.\n\n"
       "When do I take the first honey?\n\n"
       "Not in the first summer. Leave the colony every drop it makes so that it goes into winter strong.\n\n"
       "What should I wear at the apiary?\n\n"
       "A full suit and gloves for the first year, whatever the old hands wear. Confidence comes before bare arms.\n")


def test_the_first_question_under_a_contents_list_is_a_tip_too():
    assert headlines(FAQ) == ["How many hives should a beginner keep?", "When do I take the first honey?",
                              "What should I wear at the apiary?"]


def test_a_question_right_under_another_is_still_no_heading_without_a_contents_list():
    sub = FAQ.replace("Contents\nHow many hives should a beginner keep?\nWhen do I take the first honey?\n"
                      "What should I wear at the apiary?\n\n", "Is it expensive to start?\n\n")
    assert "How many hives should a beginner keep?" not in headlines(sub)


# a link-sharing community's thread: the asker's own list of what they already do, a pinned bot notice, the top
# comment's points (one paragraph each, their bullets lost), a reply under it and another comment with a list
SHARED = ("Things we already do:\nmeal plan on Sunday\nown brands\n\n"
          "[–]HelperBot[M] 1 point 2 months ago - stickied comment\n\nThanks for posting! I am a bot.\n\n"
          "[–]old_boiler_bill 512 points 2 months ago* (6 children)\n\n"
          "Retired heating engineer here. What made the difference in our own house:\n\n"
          "Bleed the radiators before the cold comes. Trapped air keeps the top of each one cold.\n\n"
          "Close the curtains at dusk, not at bedtime. The glass loses most of the heat in the early evening.\n\n"
          "Fit a foil sheet behind the radiators on outside walls. It throws the heat back into the room.\n\n"
          "[–]fen_walker[S] 96 points 2 months ago\n\nThe curtains one is so simple, doing it tonight.\n\n"
          "[–]tamsin_k 140 points 2 months ago\n\nWhat worked for us:\n- a jumper\n- a hot water bottle\n"
          "- a draught snake under the door\n")


def test_only_the_top_comment_s_points_are_tips():
    assert headlines(SHARED) == ["Bleed the radiators before the cold comes.",
                                 "Close the curtains at dusk, not at bedtime.",
                                 "Fit a foil sheet behind the radiators on outside walls."]
