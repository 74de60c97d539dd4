"""Round 30 (issue 16): authors. Our own words (invented people, sites and books).

- A review's "book details" card ("Author: NAME" / "Publisher: ..." / "Pages: ...") names the reviewed book's author,
  never the review's writer.
- An office before a name ("Mayor NAME is ...") is no part of the name, as "Dr." is not (SPEC).
- A courtesy word of a language no table reads, before a name the page also writes without it at a line's start (an
  author box, a bio "NAME is ..."), is an address, not the name.
"""

from __future__ import annotations

import pytest

from pipeline.text.attribution import name_in_bio, tidy_name
from tests.conftest import html_author, only_article

REVIEW = """Quiet Harvests: a gentle book about small gardens

{byline}Book details
Author: Osvaldo Brenner
Publisher: Fernhill Press
Pages: 212
Price: 14.99

I read this over a wet week and came away with a list of jobs for the spring. The book is warm and plain, and it
never talks down to the reader who has only a balcony and a few pots to work with.

Its best advice is to start with one bed and finish it before starting another. It also asks readers to keep a
notebook of what grew and what failed, which I have now begun.
"""


def test_a_book_details_card_does_not_credit_the_reviewed_books_author():
    article = only_article(REVIEW.format(byline="By Tilde Marchetti\n\n"))
    assert article.author == "Tilde Marchetti"
    assert only_article(REVIEW.format(byline="")).author is None


def test_an_author_row_among_a_posts_own_fields_still_credits_the_writer():
    page = REVIEW.replace("Book details\nAuthor: Osvaldo Brenner\nPublisher: Fernhill Press\nPages: 212\nPrice: 14.99",
                          "Author: Osvaldo Brenner\nPublished: 3 May 2024\nCategory: Gardens")
    assert only_article(page.format(byline="")).author == "Osvaldo Brenner"


@pytest.mark.parametrize("bio, name, office", [
    ("Mayor Ana Lopes is the town's mayor and keeps bees on the hall roof.", "Ana Lopes", "Mayor"),
    ("Senator Piet Akkerman grew up on a dairy farm near the river.", "Piet Akkerman", "Senator"),
    ("Sen. Piet Akkerman grew up on a dairy farm near the river.", "Piet Akkerman", "Sen."),
])
def test_an_office_before_a_name_in_a_bio_is_no_part_of_the_name(bio, name, office):
    named = name_in_bio(bio)
    assert (named.name, named.credentials) == (name, office)


def test_a_sinhala_doctors_title_is_no_part_of_the_name():
    named = tidy_name("වෛද්‍ය නිමාලි පෙරේරා")
    assert (named.name, named.credentials) == ("නිමාලි පෙරේරා", "වෛද්‍ය")


COURTESY = """Keeping well water clean in the dry season

By Efo Kwame Dzidzor Agbeko

Clean the rim of the well every week and keep the bucket off the ground, where goats and children walk.

1. Cover the well at night with a lid that closes all round.

2. Keep one clean bucket for drawing water and never use it for anything else.

Kwame Dzidzor Agbeko is a health worker in a village clinic and writes about water at home.
"""


def test_a_courtesy_word_the_bio_leaves_off_is_no_part_of_the_name():
    assert only_article(COURTESY).author == "Kwame Dzidzor Agbeko"


def test_a_given_name_the_bio_leaves_off_stays_in_the_name():
    # (a bio may open with a writer's two surnames alone: her given name stays)
    page = COURTESY.replace("Efo Kwame", "Lucía").replace("\nKwame Dzidzor", "\nDzidzor")
    assert only_article(page).author == "Lucía Dzidzor Agbeko"


def test_a_courtesy_word_the_page_always_writes_stays():
    page = COURTESY.replace("\nKwame Dzidzor Agbeko is", "\nEfo Kwame Dzidzor Agbeko is")
    assert only_article(page).author == "Efo Kwame Dzidzor Agbeko"


def _post(byline: str, box: str) -> str:
    return ("<html lang=\"en\"><head><title>Dry season water – Village Health Notes</title></head><body><main>"
            f"<article><h1>Dry season water</h1><p class=\"byline\">{byline}</p><div class=\"entry-content\">"
            "<p>Clean the rim of the well every week and keep the bucket off the ground, where goats walk.</p>"
            "<ol><li>Cover the well at night with a lid that closes all round.</li>"
            "<li>Keep one clean bucket for drawing water and never use it for anything else.</li></ol></div>"
            f"<div class=\"author-box\"><p><strong>{box}</strong> is a health worker in a village clinic.</p></div>"
            "</article></main></body></html>")


def test_an_author_box_without_the_bylines_courtesy_word_gives_the_name():
    # "Akpe" stands for a courtesy word no table lists: the page's own box decides whether it is part of the name
    assert html_author(_post("By Akpe Kwame Dzidzor Agbeko", "Kwame Dzidzor Agbeko")) == "Kwame Dzidzor Agbeko"
    assert html_author(_post("By Akpe Kwame Dzidzor Agbeko", "Akpe Kwame Dzidzor Agbeko")) == (
        "Akpe Kwame Dzidzor Agbeko")


def test_a_courtesy_title_a_language_row_lists_goes_whatever_the_box_writes():
    # Ewe's "Efo" (Mr) is in its row since round 30; SPEC (r30): a courtesy title goes like a title of rank
    assert html_author(_post("By Efo Kwame Dzidzor Agbeko", "Efo Kwame Dzidzor Agbeko")) == "Kwame Dzidzor Agbeko"


def _credited(head: str, credits: str) -> str:
    return ("<html lang=\"en\"><head><title>Lifting dahlias – Allotment Weekly</title>"
            f"{head}</head><body><main><article><h1>Lifting dahlias</h1><p class=\"credits\">{credits}</p>"
            "<div class=\"entry-content\"><p>Wait for the first frost to blacken the leaves before you lift.</p>"
            "<ol><li>Cut the stems back to a hand's height.</li><li>Dry the tubers upside down for a week.</li></ol>"
            "</div></article></main></body></html>")


def _ld_authors(*names: str) -> str:
    people = ",".join(f'{{"@type":"Person","name":"{name}"}}' for name in names)
    return ('<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article",'
            f'"author":[{people}]}}</script>')


@pytest.mark.parametrize("credits", [
    "Photography: Jorunn Vik | Text by someone we thank",
    "Written by Tomas Berg in 2019; updated by Jorunn Vik, web team, 3 May 2025",
])
def test_a_markup_author_the_page_credits_only_for_pictures_or_an_update_is_no_writer(credits):
    assert html_author(_credited(_ld_authors("Jorunn Vik"), credits)) is None


def test_a_translator_the_markup_lists_beside_the_writer_is_dropped():
    page = _credited(_ld_authors("Radek Novotný", "Jorunn Vik"), "Radek Novotný · Translated from Czech by Jorunn Vik")
    assert html_author(page) == "Radek Novotný"


@pytest.mark.parametrize("credits", ["Words and photos: Jorunn Vik, volunteer", "By Jorunn Vik · Photo: Jorunn Vik"])
def test_a_writer_who_also_took_the_photos_stays(credits):
    assert html_author(_credited(_ld_authors("Jorunn Vik"), credits)) == "Jorunn Vik"
