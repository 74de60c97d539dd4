"""Licences on real-shaped pages (round 24, issue 16), in our own words, each rule beside its negation.

- A media credit's exception ("Video © NAME, used with permission. Not covered by the site's licence.") is the
  clip's: the sentence with no subject of its own goes on speaking of the clip, so the page's licence stands for
  the text (SPEC round 22: a photo credit's licence covers only the photo; round 23 (m): a council's © beside the
  OGL is the OGL).
- A rights notice the theme sets inside the article's share widget, between the title and the text, is the post's
  own notice ("This article is protected content. Copying it without written permission is not allowed.").
- A grant and a refusal of one medium in one sentence ("you may reprint it in print, but please do not post it
  online") is the grant confined to that medium (``print-only`` / ``online-only``), never a refusal of the grant.
- A reprint paragraph that ends in the writer's bio ("... as long as this paragraph goes with it. NAME writes about
  ...") is read as the grant whatever its line breaks (an ezine's hard-wrapped lines).
"""

from __future__ import annotations

import pytest

from pipeline.text import licence as lic
from pipeline.text.extract import html_to_text
from tests.conftest import licence_tag

# --- a clip's credit and its exception from the page's licence

COUNCIL = ("<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>Clearing gutters - Elmsworth Council"
           "</title></head><body><header><a href='/'>Elmsworth Council</a></header><main><h1>Clearing gutters</h1>"
           "<p>Blocked gutters send rain down the walls, and damp follows within a season or two of neglect.</p>"
           "<h2>Check them in autumn</h2><p>Look along each run after the leaves fall and scoop out what has "
           "gathered, working from a steady ladder with someone holding its foot.</p>"
           "<h2>Flush the downpipes</h2><p>Pour a bucket of water in at the top of each run and watch that it "
           "drains freely at the bottom; a slow pipe needs rodding before the winter rain.</p>"
           "<div class='video'><p class='credit'>{credit}</p></div></main><footer><p>All content is available under "
           "the <a rel='license' href='https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/'>"
           "Open Government Licence v3.0</a>, except where otherwise stated.</p>"
           "<p>© Elmsworth Council, Town Hall, Bridge Street</p></footer></body></html>")


def html_tag(html: str) -> str | None:
    licence = html_to_text(html).meta.licence
    return licence.tag if licence else None


@pytest.mark.parametrize("credit", [
    "Video © Ferncastle Films Ltd, used with permission. Not covered by the Open Government Licence.",
    "Video clip © Ferncastle Films. Not covered by the Open Government Licence.",
    "This video is not covered by the Open Government Licence.",
])
def test_a_clips_exception_from_the_council_licence_leaves_the_text_under_the_ogl(credit):
    assert html_tag(COUNCIL.format(credit=credit)) == "OGL-UK-3.0"


@pytest.mark.parametrize("line", [
    "Video © Ferncastle Films Ltd, used with permission. Not covered by the Open Government Licence.",
    "This video is not covered by the site licence.",
])
def test_a_clips_exception_takes_no_text_out_of_a_licence(line):
    assert licence_tag(line) != lic.ALL_RIGHTS_RESERVED


@pytest.mark.parametrize("line", [
    "© 2024 Ines Okafor. Not covered by the site licence.",  # the writer's own ©: the text's exception
    "This post is not covered by the site licence.",
    "Text © Ines Okafor. Not covered by the site licence.",
])
def test_a_texts_exception_from_the_site_licence_still_reserves_it(line):
    assert licence_tag(line) == lic.ALL_RIGHTS_RESERVED


def test_a_posts_own_exception_still_beats_the_council_licence():
    assert html_tag(COUNCIL.format(credit="This page is not covered by the Open Government Licence. "
                                          "Please ask before you reproduce it.")) == lic.ALL_RIGHTS_RESERVED


# --- a rights notice inside the share widget between the title and the text

SHOP_POST = ("<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>Feeding an older rabbit</title></head>"
             "<body><header><a href='/'>Burrowdale Pets</a></header><main><article>"
             "<h1>Feeding an older rabbit</h1><p class='byline'>By the Burrowdale Care Team</p>"
             "<div class='share-widget'><span>Share</span> <a href='#'>Facebook</a> <a href='#'>Email</a>"
             "<p class='notice'>{notice}</p></div>"
             "<p>Rabbits past six slow down, and what they eat should change with them before their teeth do.</p>"
             "<h3>Tip 1: More hay, fewer pellets</h3><p>Hay keeps the teeth worn and the gut moving, so let it "
             "make up most of the bowl and cut the pellets to a small spoonful a day.</p>"
             "<h3>Tip 2: Soften the greens</h3><p>Chop leafy greens small and serve them damp, which is easier on "
             "worn teeth and keeps an older rabbit drinking enough.</p>"
             "</article></main><footer><p>© 2025 Burrowdale Pets Ltd · Privacy · Terms</p></footer></body></html>")


@pytest.mark.parametrize("notice", [
    "This article is protected content. Copying or republishing any part of it without written permission from "
    "Burrowdale Pets is not allowed. Sharing the link is always welcome.",
    "Please do not copy this article without our written permission.",
])
def test_a_do_not_copy_notice_in_the_share_widget_reserves_the_post(notice):
    assert html_tag(SHOP_POST.format(notice=notice)) == lic.ALL_RIGHTS_RESERVED


def test_a_share_widget_without_a_notice_states_nothing():
    # the footer's bare © is the shop's mark: nothing is stated about the post
    assert html_tag(SHOP_POST.format(notice="Sharing the link is always welcome.")) is None


# --- a grant confined to one medium in one sentence

@pytest.mark.parametrize(("line", "medium"), [
    ("Feel free to reprint this article in print publications, but please do not post it online.", "print-only"),
    ("You may reprint this column in your newsletter, but don't put it on the web.", "print-only"),
    ("You may reprint this article in print, but it may not be posted online.", "print-only"),
    ("Clubs may reprint this article in their newsletters but please do not publish it on the internet.",
     "print-only"),
    ("You are welcome to reprint this article on your website, but do not print it in a magazine.", "online-only"),
])
def test_a_grant_and_a_refusal_of_one_medium_in_one_sentence_is_the_grant_for_the_other(line, medium):
    licence = lic.combine(lic.find_statements(line))
    assert licence.tag == lic.FREE_REPRINT and medium in licence.conditions
    assert lic.reuse(licence).answer == "whole-article-only"


@pytest.mark.parametrize("line", [
    "You may reprint this article in print, but do not post it online without asking us first.",
    "You may quote a line from this article, but do not post it online.",  # no grant before the refusal
    "You may print this article for personal use, but do not post it online.",  # a private copy is no grant
    "Feel free to share this article with friends, but do not post it online.",
    "Do not copy this article. Do not post it online.",
])
def test_a_refusal_that_says_more_than_the_medium_still_refuses(line):
    assert licence_tag(line) == lic.ALL_RIGHTS_RESERVED


def test_a_medium_refused_alone_grants_nothing():
    assert lic.FREE_REPRINT not in {s.tag for s in lic.find_statements("Please do not post this article online.")}


# --- an ezine's hard-wrapped reprint paragraph ending in the writer's bio

REPRINT_PARAGRAPH = ("You are welcome to reprint this article in your own\nnewsletter or website as long as it runs "
                     "unchanged and\nthis paragraph goes with it. Ama Placeholder grows\nherbs on a windy balcony "
                     "at herbs-up.example.")


@pytest.mark.parametrize("text", [REPRINT_PARAGRAPH, " ".join(REPRINT_PARAGRAPH.split())])
def test_a_wrapped_reprint_paragraph_with_the_bio_is_a_free_reprint_grant(text):
    licence = lic.combine(lic.find_statements(text))
    assert licence.tag == lic.FREE_REPRINT
    assert {"no-modification", "keep-author-bio"} <= set(licence.conditions)


def test_the_bio_alone_grants_nothing():
    assert licence_tag("Ama Placeholder grows herbs on a windy balcony at herbs-up.example.") == lic.NOASSERTION
