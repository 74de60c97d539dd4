"""Precision guards mended after round 27's review (findings B6, B7, B8). Every text here is our own words.

B6: a host's note hands the page to a guest only when it hands over the post itself ("over to her", "I asked NAME to
write this", "he let me share it here", a guest post it does not deny); a vegetable bed handed "over to the kids", a
notebook one may share, or "this is not a guest post" name no guest over the byline.
B7: an avatar linking to a writer's page names the article's writer only inside the article, never in a sidebar's
"Popular this week" or the masthead's nav.
B8: another language's month name ends a byline's name only inside a whole date: "By Lena Mai 12 March 2025" is by
Lena Mai.
"""

from __future__ import annotations

import pytest

from pipeline.text.attribution import hands_over, host_note_guest
from pipeline.text.html_main import walk
from pipeline.text.html_meta import BYLINE_DATE_TAIL, page_meta


@pytest.mark.parametrize("note", [
    "Pim here! This summer I handed the whole herb patch over to the twins. Rosa Delgado from the allotment showed "
    "them how to cut the basil. - Pim",
    "This is not a guest post, only me again. Rosa Delgado asked me how I dry thyme, so here goes. - Pim",
    "Pim here. My uncle let me share his old seed tin with you. Rosa taught me to sow in rows.",
])
def test_a_note_that_hands_over_no_post_names_no_guest(note):
    assert not hands_over(note)
    assert host_note_guest(note, "Thanks for reading. Rosa Delgado would approve.", "Pim Vos") is None


@pytest.mark.parametrize("note", [
    "Pim here. Readers keep asking about drying herbs, so I asked Rosa Delgado, who runs the allotment shop, to "
    "answer for me. Over to her.",
    "Guest post note: Rosa Delgado keeps the allotment's herb beds and first wrote this for its newsletter. She let "
    "me share it here. - Pim",
])
def test_a_note_that_hands_the_post_over_names_its_guest(note):
    assert hands_over(note)
    assert host_note_guest(note, "", "Pim Vos").name == "Rosa Delgado"


ARTICLE = ("<html><head><title>Drying Thyme</title></head><body>{top}<main><article><h1>Drying Thyme</h1>{meta}"
           "<p>Cut the stems before the plant flowers and tie them in small bunches.</p>"
           "<p>Hang them upside down in a dark, airy cupboard for two weeks.</p></article>{side}</main></body></html>")
AVATAR = "<a href='https://example.net/author/{slug}/'><img src='/a/{slug}.png' alt='{name}'></a>"


@pytest.mark.parametrize(("top", "side"), [
    ("", "<aside><h3>Most read</h3>" + AVATAR.format(slug="kit-moss", name="Kit Moss")
     + "<a href='https://example.net/2024/06/mint/'>Taming mint</a></aside>"),
    ("<header><nav><a href='/'>Home</a> " + AVATAR.format(slug="kit-moss", name="Kit Moss") + "</nav></header>", ""),
])
def test_an_avatar_in_the_site_chrome_is_not_the_articles_writer(top, side):
    assert page_meta(walk(ARTICLE.format(top=top, meta="", side=side))).author is None


def test_an_avatar_in_the_articles_meta_row_is_its_writer():
    meta = "<div class='article-meta'>" + AVATAR.format(slug="kit-moss", name="Kit Moss") + "</div>"
    assert page_meta(walk(ARTICLE.format(top="", meta=meta, side=""))).author == "Kit Moss"


@pytest.mark.parametrize(("byline", "writer"), [
    ("By Tove Mai 4 June 2024", "Tove Mai"),  # surnames that are months in other languages
    ("By Iris Avril 9 May 2023", "Iris Avril"),
])
def test_a_surname_that_is_a_month_abroad_stays_in_the_byline(byline, writer):
    meta = f"<p class='byline'>{byline}</p>"
    assert page_meta(walk(ARTICLE.format(top="", meta=meta, side=""))).author == writer


@pytest.mark.parametrize(("row", "name_ends"), [
    ("Iris Dorn avril 9, 2023", 9),  # another language's month in a whole date still ends the name
    ("Iris Dorn · juni 2024", 9),
    ("Tove Mai 4 June 2024", 8),  # "Mai" runs on into a word, not a year: the day is the date's start
])
def test_a_month_abroad_opens_the_date_only_in_a_whole_date(row, name_ends):
    assert BYLINE_DATE_TAIL.search(row).start() == name_ends
