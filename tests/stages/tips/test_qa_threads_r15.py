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
