"""Round 12: a notice that names a public licence and glosses it in its own words is one statement, the licence
named; read whole or wrapped over two lines. Pages and notices written in our own words."""

from __future__ import annotations

import pytest

from pipeline.text import licence as lic
from tests.conftest import cases, file_articles

BODY = ("Mending a Split Garden Hose\n\nBy Ana Ruiz\n\n"
        "Cut out the split section with a sharp knife, square to the hose.\n\n"
        "Push both ends into a brass mender and tighten the collars by hand.\n\n"
        "Run the tap for a minute and check the joint for drips before you coil it.\n\n")


def tag_of(tail: str, tmp_path) -> str:
    page = tmp_path / "hose.txt"
    page.write_text(BODY + tail + "\n", encoding="utf-8")
    articles = file_articles(page)
    assert len(articles) == 1
    return articles[0].licence.tag


# The licence named first, its gloss on the next line (a PDF or a text export wraps the notice).
@pytest.mark.parametrize("tail, tag", [
    ("This guide © 2023 Ana Ruiz, published under CC BY-NC 4.0 -\nreaders may copy it, translate it and share it "
     "freely, with credit.", "CC-BY-NC-4.0"),
    ("Words and drawings by Ana Ruiz, licensed CC BY 4.0;\nyou are welcome to reprint this guide in your "
     "newsletter with credit.", "CC-BY-4.0"),
    ("You can re-use this guide free of charge in any format or medium, under the terms of the\n"
     "Open Government Licence v3.0.", "OGL-UK-3.0"),
])
def test_a_wrapped_notice_naming_a_licence_is_the_licence_named(tail, tag, tmp_path):
    assert tag_of(tail, tmp_path) == tag


# The same notice on one line.
@pytest.mark.parametrize("notice, tag", [
    ("This guide is shared under CC BY-SA 4.0: you may reprint it in your newsletter.", "CC-BY-SA-4.0"),
    ("Text of this leaflet is CC BY-NC 4.0: you may reprint this leaflet in your newsletter.", "CC-BY-NC-4.0"),
])
def test_the_same_notice_on_one_line_is_the_licence_named(notice, tag):
    assert lic.combine(lic.find_statements(notice)).tag == tag


# Nearest thing not to take: two notices, each a finished sentence on its own line (the site's licence, then the
# author's own reprint terms): the stricter grant still wins, as before.
def test_two_finished_notices_on_adjacent_lines_stay_two(tmp_path):
    tail = "Text on this site is licensed CC BY 4.0.\nYou may reprint this article in your ezine if my bio stays."
    assert tag_of(tail, tmp_path) == "LicenseRef-free-reprint"


def test_a_reprint_grant_far_from_the_licence_is_no_gloss():
    page = "Text here is CC BY 4.0:\n\n\n\nsome text between\n\nyou may reprint this article in your ezine."
    grant = lic.find_statements("you may reprint this article in your ezine.")[0]
    assert not lic.glossed_licence(grant, [lic.find_cc("Text here is CC BY 4.0:")], page)


# A grant naming the texts by a word of wholeness and no determiner ("whole posts", "complete articles"), and a
# post's "signature" (its writer's name signed under it) as the terms to keep.
@pytest.mark.parametrize("line", [
    "Copy entire posts into your own ezine, as long as the writer's signature stays at the foot.",
    "You may republish complete articles from this feed, provided the byline stays with each.",
    "Newsletter editors can run full columns, as long as the author's signature stays under each one.",
    "Pass whole posts on to your readers freely, with the author's signature kept under them.",
])
def test_whole_texts_and_the_writer_s_signature_make_a_grant(line):
    assert lic.combine(lic.find_statements(line)).tag == lic.FREE_REPRINT


@pytest.mark.parametrize("line", [
    "Share whole recipes with your friends!",
    "Read whole articles here.",
    "Post full articles on your blog to remember them.",
    "Add your signature to the posts you like before the party.",
    "Do not repost whole posts, even with the author's signature under them.",
])
def test_whole_texts_without_terms_or_refused_grant_nothing(line):
    assert lic.combine(lic.find_statements(line)).tag != lic.FREE_REPRINT


def test_a_signature_to_keep_is_a_credit_condition():
    found = lic.find_statements("Repost entire posts freely, so long as the author's signature remains.")
    assert "attribution-required" in lic.combine(found).conditions


SCOPES = [
    # A licence worded for the site's texts ("text and photographs on this blog", "writing on NAME") speaks for every
    # article a page of several carries, as "all content on this site" already did.
    *cases("site-texts", True, [
        "Text and pictures on this blog are licensed CC BY-SA 4.0 unless a post says otherwise.",
        "Writing on Hollow Lane Notes is shared under a Creative Commons Attribution 4.0 licence.",
        "Recipes and words on our site: CC BY-NC 4.0.",
        "The posts on this website are released under CC0.",
    ]),
    # a licence for one text or for pictures covers no other
    *cases("one-text-or-pictures", False, [
        "The text on the label is CC BY 4.0.",
        "This recipe is CC BY 4.0. Text in the margin is from an old almanac.",
        "This post is CC BY 4.0, as are some of the pictures.",
        "Photos on this blog are CC BY 2.0.",
    ]),
    # A feed's or a page's field name before the statement ("copyright:", "channel.copyright:", "Rights:") is a
    # label, not a copyright mark standing before the words of scope; and a feed or a channel is a place whose posts
    # a notice may speak for.
    *cases("field-label-before-feed-wide-licence", True, [
        "copyright: Posts in this feed are shared under CC BY 4.0, credit the writer.",
        "channel.copyright:   Items in this channel are released under CC0 1.0.",
        "Rights: all entries of this feed are licensed CC BY-SA 4.0.",
        "License: the articles in this digest are CC BY-NC 4.0.",
    ]),
    # a field label before one text's licence covers no other
    *cases("field-label-before-one-texts-licence", False, [
        "Rights: this post is CC BY 4.0.",
        "Copyright: 2024 Ann Lee. This entry is CC BY 4.0.",
        "© Ann Lee: this essay is CC BY 4.0.",
    ]),
]


@pytest.mark.parametrize(("line", "covers"), SCOPES)
def test_a_licence_covers_every_article_only_when_worded_for_the_sites_texts(line, covers):
    assert lic.covers_issue(line) is covers


# The same notice in HTML, its two parts in two paragraphs at the article's foot (another layout, same shape).
@pytest.mark.parametrize("tail, tag", [
    ("<p>Text © 2024 Ana Ruiz, shared under CC BY-SA 4.0:</p><p>you may reprint this article in your newsletter, "
     "with credit.</p>", "CC-BY-SA-4.0"),
    ("<p>Text here is CC BY 4.0.</p><p>You may reprint this article in your newsletter, with credit.</p>",
     "LicenseRef-free-reprint"),
])
def test_a_notice_over_two_html_paragraphs(tail, tag, tmp_path):
    para = "<p>Cut out the split section with a sharp knife, square to the hose, and keep the offcut.</p>" * 4
    page = tmp_path / "hose.html"
    page.write_text(f"<html><head><title>Hose</title></head><body><article><h1>Mending a hose</h1>"
                    f"<p class='byline'>By Ana Ruiz</p>{para}{tail}</article><footer>© Site</footer></body></html>",
                    encoding="utf-8")
    assert [a.licence.tag for a in file_articles(page)] == [tag]
