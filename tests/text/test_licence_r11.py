"""Licence readings widened in round 11 (issue 16): forms of statements the wording table already reads, met on
fact sheets and leaflets by hands the code had never read. Every wording here is written in our own words."""

from __future__ import annotations

import pytest

from pipeline.text import licence as lic
from tests.conftest import cases, file_articles
from tests.conftest import licence_tag as tag_of

READINGS = [
    # A passive notice's verb is a participle: a -y verb's is -ied ("copied", "photocopied", "carried"), which the
    # stem-plus-"ed" reading never met.
    *cases("y-verb-participle", lic.FREE_REPRINT, [
        "This leaflet may be photocopied for non-commercial use.",
        "This fact sheet may be copied and handed out, unchanged and with our name on it.",
        "Our handouts may be freely copied, provided they are copied whole.",
        "This column may be carried in your newsletter if the byline stays.",
    ]),
    # A notice's bare subject with its publisher's name before it ("Glenmoor Extension materials", "Harbour Council
    # leaflets"): the same notice as "Materials may be copied ...", a grant only with its terms.
    *cases("bare-subject-after-publishers-name", lic.FREE_REPRINT, [
        "Fernvale University Extension materials may be copied and shared in their entirety, with credit to the "
        "author.",
        "Harbour Council leaflets may be reproduced in full, provided the council is credited.",
        "The Extension's fact sheets may be shared with credit to the author.",
    ]),
    # The UK Open Government Licence, a public licence SPDX names (OGL-UK-1.0 to 3.0), stated as CC licences are: by
    # its name in a footer, its URL behind a rel=license link, or its name without a version.
    pytest.param("Everything on this site is published under the Open Government Licence v3.0, unless a page says "
                 "otherwise.", "OGL-UK-3.0", id="ogl-named-in-footer"),
    pytest.param("Contains public sector information licensed under the Open Government Licence v2.0.", "OGL-UK-2.0",
                 id="ogl-v2-named"),
    pytest.param("See https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/ for the terms.",
                 "OGL-UK-3.0", id="ogl-by-url"),
    pytest.param("The text of this leaflet is available under the terms of the Open Government Licence.",
                 lic.OGL_UNVERSIONED, id="ogl-without-version"),
    pytest.param("LICENSED UNDER THE OPEN GOVERNMENT LICENCE VERSION 1.0", "OGL-UK-1.0", id="ogl-v1-in-capitals"),
    # prose about open government names no licence
    *cases("prose-about-open-government", lic.NOASSERTION, [
        "The council debated whether an open government licence would suit its planning data.",  # prose, not the name
        "We believe in open government and publish our minutes.",
    ]),
    # Leave given in other nouns than "permission" ("you have my blessing to ..."), a text "free for use" in a place,
    # and a question answered yes whose question names the readers it would reach ("with your members").
    *cases("leave-in-other-words", lic.FREE_REPRINT, [
        "You have my blessing to reprint this essay anywhere, provided my name stays with it.",
        "Editors have our full consent to publish this column in print or online.",
        "Club secretaries: this guide is free for use in your newsletter, with the byline kept.",
        "Thinking of sharing this fact sheet with your subscribers? Please do, just keep our web address on it.",
    ]),
    # the same words without a text, a place or terms grant nothing
    *cases("same-words-without-text-place-or-terms", lic.NOASSERTION, [
        "You have my blessing to try the recipe with oat milk.",  # leave to do something else
        "This template is free for use.",  # no text of the page, no place
        "This article is free for use.",  # no place, no terms
        "Want to share this post with your friends? Go ahead, just keep my name on it.",  # friends: a reader
        "Want to share this recipe with your clients? Go ahead, just double the salt.",  # no terms
    ]),
    # "No rights reserved", the mirror of "All rights reserved", opening a notice that gives the text away.
    *cases("no-rights-reserved-gives-text-away", lic.PUBLIC_DOMAIN, [
        "No rights reserved. Copy it, share it, translate it.",
        "Rights: no rights reserved.",
    ]),
]


@pytest.mark.parametrize(("line", "tag"), READINGS)
def test_a_line_is_read_as_its_licence(line, tag):
    assert tag_of(line) == tag


@pytest.mark.parametrize("line", [
    "Garden Club leaflets may be copied for your members.",  # no terms: may be a club's own circle
    "Monday Posts can be published at a set time.",  # blogging advice with a name before the noun
    "Kitchen Table recipes can be copied into your notebook.",
    "Fernvale Extension materials may not be copied without written permission.",  # refused
    "Fernvale Extension materials may be copied only with the author's permission.",  # asks first
])
def test_the_same_subject_without_terms_or_with_a_refusal_grants_nothing(line):
    assert tag_of(line) not in (lic.FREE_REPRINT, lic.PUBLIC_DOMAIN)


def test_the_terms_of_a_named_publisher_s_notice_are_its_conditions():
    [statement] = lic.find_statements("Fernvale Extension materials may be copied in their entirety for "
                                      "non-commercial purposes, with credit to the author.")
    assert {"entire-article-only", "attribution-required", "non-commercial"} <= set(statement.conditions)


def test_the_open_government_licence_lets_a_tip_travel_alone_with_credit():
    for tag in ("OGL-UK-3.0", lic.OGL_UNVERSIONED):
        answer = lic.reuse({"tag": tag, "conditions": []})
        assert (answer.answer, answer.attribution) == (lic.EXCERPT_OK, True)
    # read back from the markup, it is weighed as a public licence is: it beats the Crown's bare copyright line
    markup = lic.statement_of(lic.Licence(tag="OGL-UK-3.0", statement="rel=license"))
    assert markup is not None and markup.kind == "cc"
    assert lic.combine([*lic.find_statements("© Crown copyright"), markup]).tag == "OGL-UK-3.0"


# A government page's footer: the licence link (rel=license, to the National Archives' OGL page) beside the Crown's
# copyright mark; the page's text is under the licence.
def test_a_government_footer_s_licence_link_licenses_the_page(tmp_path):
    html = ("<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>Clearing Gutters - GOV.UK</title></head>"
            "<body><main><h1>Clearing gutters before winter</h1>"
            + "<p>Clear leaves from the gutters after the last of them have fallen; check the downpipes run.</p>" * 3
            + "</main><footer><span>All content is available under the <a rel='license' "
            "href='https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/'>Open Government "
            "Licence v3.0</a>, except where otherwise stated</span> <a href='/crown-copyright'>© Crown copyright</a>"
            "</footer></body></html>")
    page = tmp_path / "guidance.html"
    page.write_text(html, encoding="utf-8")
    articles = file_articles(page)
    assert [a.licence.tag for a in articles] == ["OGL-UK-3.0"]
    assert lic.reuse(articles[0].licence).answer == lic.EXCERPT_OK


@pytest.mark.parametrize("line", [
    "No rights reserved: what the phrase means for bloggers.",  # a heading about it
    "Some rights reserved.",  # CC's phrase, no licence named
    "No rights reserved? Not here. Do not copy this article.",
])
def test_no_rights_reserved_as_a_topic_dedicates_nothing(line):
    assert tag_of(line) != lic.PUBLIC_DOMAIN


# A licence mark with the page's share buttons glued after it on one line, at the foot of the article: the mark
# stands alone (as the text trailer reads it), so it is the article's licence.
@pytest.mark.parametrize(("last", "tag"), [
    ("CC BY-ND 4.0 · Share on Facebook · Twitter · Email", "CC-BY-ND-4.0"),
    ("CC BY-SA 4.0 | Share this: Facebook, Twitter, LinkedIn", "CC-BY-SA-4.0"),
])
def test_a_licence_mark_glued_to_a_share_row_is_read_in_html(last, tag, tmp_path):
    from bench.licence_study import html_page  # a plain article page, the line as its last paragraph

    page = tmp_path / "herbs.html"
    page.write_text(html_page(last), encoding="utf-8")
    assert [a.licence.tag for a in file_articles(page)] == [tag]


def test_a_share_row_beside_a_picture_s_licence_does_not_make_it_the_text_s():
    from pipeline.text.html_meta import trimmed_rights

    assert trimmed_rights(["Photos by the author, CC BY 2.0 · Share on Facebook · Twitter · Email"]) is None
