"""Round 15 (issue 16): questions and answers as people post them. An FAQ page of advice whose contents list
repeats its questions over the answers ("On this page" then the same questions as headings): every advising
question is a tip, the first one too, though it stands right under the list's last question line. Written in our
own words after the shape of real club and society FAQ pages."""

from __future__ import annotations

import pytest

from pipeline.text.extract import html_to_text
from tests.conftest import tip_headlines as headlines

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


# a Q&A page saved as HTML: the asker's "already tried" list, the top-voted answer's bullets first, then the accepted
# answer (marked only by its class, its schema.org property and a tick icon) with its numbered points
QA_PAGE = ("<html><head><title>Why does my sourdough spread flat? - Bakers Exchange</title></head><body>"
           "<div id='content'><h1>Why does my sourdough spread flat?</h1>"
           "<div class='question' itemprop='mainEntity' itemscope itemtype='https://schema.org/Question'>"
           "<div class='s-prose'><p>Every loaf spreads into a pancake in the oven. What I have tried:</p>"
           "<ul><li>A longer bulk rise</li><li>Less water</li><li>A hotter oven</li></ul>"
           "<p>Nothing changed. What am I doing wrong?</p></div></div>"
           "<div id='answers'><h2>3 Answers</h2>"
           "<div class='answer' itemprop='suggestedAnswer' itemscope><div class='votes'>40</div>"
           "<div class='s-prose'><p>Flat loaves are nearly always about the starter.</p>"
           "<ul><li>Feed the starter twice a day for a week before baking.</li>"
           "<li>Use it at its peak, when it has doubled.</li></ul></div></div>"
           "<div class='answer {accepted}' {prop} itemscope><div class='votes'>22</div>"
           "<div class='tick' title='The asker accepted this answer'><svg></svg></div>"
           "<div class='s-prose'><p>I teach bread classes and see this every week. In order:</p>"
           "<ol><li><p><strong>Shape with more tension.</strong> Drag the dough towards you on a dry bench.</p></li>"
           "<li><p><strong>Proof it in a floured basket.</strong> A bowl lets it sag sideways.</p></li>"
           "<li><p><strong>Bake it straight from the fridge.</strong> Cold dough holds its shape.</p></li></ol>"
           "</div></div>"
           "<div class='answer' itemprop='suggestedAnswer' itemscope><div class='votes'>3</div>"
           "<div class='s-prose'><p>Buy a banneton. It changed everything for me.</p></div></div>"
           "</div></div></body></html>")


@pytest.mark.parametrize(("accepted", "prop"), [
    ("accepted-answer", "itemprop='acceptedAnswer'"),
    ("accepted-answer", ""),
    ("", "itemprop='acceptedAnswer'"),
])
def test_the_accepted_answer_s_points_are_the_tips_though_it_stands_second(accepted, prop):
    text = html_to_text(QA_PAGE.format(accepted=accepted, prop=prop)).text
    assert headlines(text) == ["Shape with more tension.", "Proof it in a floured basket.",
                               "Bake it straight from the fridge."]


def test_without_a_mark_the_first_answer_keeps_its_place():
    # the nearest thing: no answer is marked accepted, so the accepted answer's points are no reason to skip any
    text = html_to_text(QA_PAGE.format(accepted="", prop="itemprop='suggestedAnswer'")).text
    assert "Accepted" not in text


# a reply's prose advice, one point per paragraph opened by sequence words, then an outcome closing
COACHED = ("I came to running late myself, so here is what I wish I had known.\n\n"
           "First, build the habit before the distance. Three short runs a week for two months beat one long one.\n\n"
           "Then keep the easy days easy. If you cannot talk in sentences you are going too fast.\n\n"
           "After that, get your shoes fitted in a proper shop. It is worth the extra money.\n\n"
           "Finally, count rest days as training. Your legs get stronger on the days you do not run.\n\n"
           "You'll amaze yourself by the autumn. Good luck, and do report back!\n")


def test_the_paragraph_after_the_point_opened_by_finally_is_the_conclusion():
    assert headlines(COACHED) == ["Build the habit before the distance.", "Keep the easy days easy.",
                                  "Get your shoes fitted in a proper shop.", "Count rest days as training."]
