"""Round 30's mend (issue 16): authors the round's new rules took from their writers. Our own words (invented
people and sites).

- A markup author the text also credits for an update, a photo or an edit is still the writer where nobody else
  holds a byline.
- A writer's own dash sign-off with her handle and a date is hers; only under an embedded post's link line is it
  the poster's.
- An office word that is also a given name or a surname ("Sheriff", "Judge") stays in the name.
- A relative named in an apposition ("NAME, my grandfather, ...") or a surname-first name is no courtesy word's
  evidence.
"""

from __future__ import annotations

import pytest

from pipeline.text.attribution import courtesy_word_dropped, tidy_name
from tests.conftest import html_author, only_article

STEPS = ["Sow the radish seed thinly along a shallow drill and cover it with fine soil.",
         "Keep the row damp with a can every evening until the first leaves show.",
         "Thin the seedlings to a finger's width apart once they stand upright.",
         "Pull the roots young, before they split, and sow again a fortnight later."]


def _page(credit: str, head: str = '<meta name="author" content="Marit Solheim">') -> str:
    return ("<html lang=\"en\"><head><title>Quick radishes – Windowsill Weekly</title>"
            f"{head}</head><body><main><article><h1>Quick radishes</h1><p class=\"credits\">{credit}</p>"
            "<div class=\"entry-content\">" + "".join(f"<p>{step}</p>" for step in STEPS)
            + "</div></article></main></body></html>")


@pytest.mark.parametrize("credit", [
    "Last updated on 4 June 2024 by Marit Solheim",
    "About the author | Allotment editor Marit Solheim has sown radishes for thirty years.",
    "Recipe developed and photographed by Marit Solheim",
    "Tips gathered and edited by Marit Solheim",
    "Photo: Marit Solheim",
])
def test_a_markup_author_nobody_else_holds_the_byline_from_stays_the_writer(credit):
    assert html_author(_page(credit)) == "Marit Solheim"


def test_a_markup_author_credited_only_for_an_update_under_anothers_byline_is_no_writer():
    assert html_author(_page("By Ilse Brandt; updated by Marit Solheim, 4 June 2024")) == "Ilse Brandt"


def test_a_dated_handle_sign_off_under_the_last_tip_is_the_writers():
    page = "Quick radishes\n\n" + "\n\n".join(STEPS[:3]) + "\n\n— Marit Solheim (@maritsows) June 4, 2024\n"
    assert only_article(page).author == "Marit Solheim"


def test_an_embedded_posts_credit_under_its_link_is_the_posters():
    page = ("Quick radishes\n\nBy Ilse Brandt\n\n" + "\n\n".join(STEPS[:3])
            + "\n\nMy radishes came up in four days! pic.twitter.com/abc123xyz\n\n"
              "— Marit Solheim (@maritsows) June 4, 2024\n")
    assert only_article(page).author == "Ilse Brandt"


@pytest.mark.parametrize("name", ["Sheriff Adewale Okonjo", "Judge Amos Thornbury", "Marshal Tomas Reyes"])
def test_an_office_word_that_is_also_a_name_stays_in_it(name):
    assert tidy_name(name).name == name


@pytest.mark.parametrize("name, office", [("Mayor Ana Lopes", "Mayor"), ("Gov. Piet Akkerman", "Gov.")])
def test_an_office_that_is_never_a_name_still_goes(name, office):
    named = tidy_name(name)
    assert (named.name, named.credentials) == (name.split(None, 1)[1], office)


@pytest.mark.parametrize("name, page", [
    ("Lwazi Thabo Mkhize", "By Lwazi Thabo Mkhize\n...\nThabo Mkhize, my late grandfather, kept bees by the gate."),
    ("Lwazi Thabo Mkhize", "By Lwazi Thabo Mkhize\n...\nThabo Mkhize, his father, taught him to plough."),
    ("Liang Jun Hao", "By Liang Jun Hao\n...\nJun Hao grows chillies on a balcony in Chengdu."),
    ("Itzél Paredes Gil", "By Itzél Paredes Gil\n...\nParedes Gil teaches botany in Cádiz."),
    ("Szabó Eszter Júlia", "By Szabó Eszter Júlia\n...\nEszter Júlia keeps bees near Pécs."),
])
def test_a_given_name_or_a_relatives_line_is_no_courtesy_words_evidence(name, page):
    assert courtesy_word_dropped(name, page) is None


def test_a_relative_named_under_the_tips_does_not_take_the_writers_name():
    page = ("Quick radishes\n\nBy Lwazi Thabo Mkhize\n\n" + "\n\n".join(STEPS)
            + "\n\nThabo Mkhize, my late grandfather, kept radishes by the kitchen door.\n")
    assert only_article(page).author == "Lwazi Thabo Mkhize"
