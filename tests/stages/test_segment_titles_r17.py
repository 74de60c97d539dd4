"""Titles on pages by other hands (round 17): the shapes that carry a title where the page's own furniture stands
first (SPEC "Decided in round 17": a list message's Subject without its tag and "Re:", a news-group FAQ's body
heading, a format's label over the headline going like a category, archive chrome never the title). Every page
here is written in our own words.
"""

from __future__ import annotations

import pytest

from pipeline.stages import read
from pipeline.stages import segment as sg
from tests.conftest import only_article, through_stage

TEXT = ("Most of what goes wrong with a chain in winter is grit and salt, not wear. Ten minutes after a wet ride "
        "saves a new chain every spring, and the shop bill that comes with it.\n\n"
        "Rinse it the same evening. Road salt keeps working overnight; plain water from a watering can is enough "
        "to stop it.\n")


@pytest.mark.parametrize("label", ["SLIDESHOW", "GALLERY", "PHOTO ESSAY"])
def test_a_format_label_over_a_sentence_case_headline_goes_like_a_category(label):
    page = only_article(f"Pedal Post\nNews  Bikes  Advice  Shop\n\n{label}\n\n"
                        f"6 habits that keep a bike chain quiet through the wet months\n\n"
                        f"Ines Kowalczyk\nWorkshop editor\n3 March 2024, 07:10\n\n{TEXT}")
    assert page.title == "6 habits that keep a bike chain quiet through the wet months"


def test_a_short_credit_under_a_label_is_still_no_headline():
    assert not sg._headline_under_label("Trader staff")
    assert not sg._headline_under_label("Rinse it the same evening. Dry it after.")
    assert sg._headline_under_label("12 small repairs a rider can do at the roadside")


@pytest.mark.parametrize("subject, title", [
    ("[Chainline] Re: squeaking chain after rain", "squeaking chain after rain"),
    ("Re: [chainline] RE: squeaking chain after rain", "squeaking chain after rain"),
    ("[chain-line] Winter tyres for commuting?", "Winter tyres for commuting?"),
    ("Rebuilding a Wheel: Three Mistakes", "Rebuilding a Wheel: Three Mistakes"),
    ("[2] Notes on spokes", "[2] Notes on spokes"),
    ("[HOWTO] Truing a wheel at home", "[HOWTO] Truing a wheel at home"),  # a board's flag stays (labels keep it)
])
def test_a_list_message_is_titled_by_its_subject_without_tag_and_reply_marks(subject, title):
    assert sg.as_subject(subject) == title


def test_a_list_archives_html_message_loses_the_tag_its_markup_title_carries():
    html = (f"<html><head><title>[Chainline] Re: squeaking chain after rain</title></head><body>"
            f"<h1>[Chainline] Re: squeaking chain after rain</h1><b>Ines Kowalczyk</b><br><i>Tue Mar 4 2014</i>"
            f"<hr><pre>{TEXT}</pre></body></html>")
    record = read.page_to_article("msg.html", html.encode("utf-8"), "html")
    (article,), _ = through_stage(sg.STAGE, sg.SegmentConfig(), [record])
    assert article.title == "squeaking chain after rain"


def test_a_news_groups_faq_is_titled_by_its_body_heading_under_the_transport_header():
    faq = ("Path: relay.example!news.example!not-for-mail\n"
           "From: bikefaq@example.org (Ines Kowalczyk)\n"
           "Newsgroups: rec.bicycles.misc,rec.answers\n"
           "Subject: rec.bicycles.misc winter FAQ, part 1/3\n"
           "Message-ID: <winter-faq-1@example.org>\n"
           "Date: 4 Mar 1997 06:00:00 GMT\n"
           "Summary: Answers to what new riders in the group ask most often each autumn: chains, tyres, lights, "
           "clothing and a first winter commute without tears.\n\n"
           "Archive-name: bicycles/winter/part1\n"
           "Last-modified: 1997/03/01\n\n"
           "WINTER RIDING: THE GROUP'S FAQ\n"
           "Part 1 of 3: chains, tyres, lights\n\n"
           f"Maintained by Ines Kowalczyk\n\n{TEXT}")
    assert only_article(faq).title == "WINTER RIDING: THE GROUP'S FAQ"


def test_a_transport_header_needs_a_sender_or_path():
    assert sg._transport_fields(["Summary: Short.", "Keywords: chains", "Version: 2", "", "Text."], [0, 1, 2, 4]) == 0
    assert sg._transport_fields(["From: a@b.example", "Subject: chains", "Date: today", "", "Text."],
                                [0, 1, 2, 4]) == 3


def test_an_archives_banner_over_a_rule_is_chrome_and_a_print_title_wraps_after_a_small_word():
    scan = ("CYCLING GAZETTE ARCHIVE  |  Spring 1981  |  pp. 12-13\n"
            "Scanned text. Not proofread.\n"
            "Page images: cg-1981-012.jpg\n"
            "------------------------------------------------------------\n\n"
            "12  CYCLING GAZETTE  •  SPRING 1981\n\n"
            "THE WORKSHOP BENCH\n\n"
            "Quieting the\nNoisy Chain\n\n"
            f"By INES KOWALCZYK\n\n{TEXT}")
    page = only_article(scan)
    assert page.title == "Quieting the Noisy Chain"


def test_a_question_standing_alone_under_a_q_and_a_sites_header_is_the_title():
    qa = ("Askwell\nHome   Following   Answer   Spaces        Search Askwell\n\n"
          "Cycling · Maintenance\n\n"
          "What is the simplest way to keep a bike chain running quietly through a wet winter?\n\n"
          "All related (12)        Sort   Recommended\n\n"
          f"Ines Kowalczyk\nBike mechanic for 15 years · Follow\n\n{TEXT}")
    assert only_article(qa).title == ("What is the simplest way to keep a bike chain running quietly through a wet "
                                      "winter?")


def test_a_shared_posts_own_title_glued_over_by_name_under_a_rule():
    post = ("Chainline Riders\nPrivate group · 3.1K members\n\n"
            "Ann Berg ► Chainline Riders\n2d\n\n"
            "Sharing this with permission from Ines, who wrote it for her own club last winter. It saved my "
            "drivetrain, so I asked if I could post it here for everyone.\n\n"
            "— — —\n\n"
            "My ten-minute chain routine (for people who hate cleaning)\nby Ines Kowalczyk\n\n"
            f"{TEXT}")
    assert only_article(post).title == "My ten-minute chain routine (for people who hate cleaning)"
