"""Round 30's mend (issue 16): "let me share it here" is the page's leave only when someone else lets.

The round read "NAME has kindly let me share it here" / "she agreed to let us reprint it here" as the leave the
holder gave the page. The writer's own "so let me share it here", "now let me share these here", "please let me
share them here" is her offer to the reader, which no one gave: it must neither make a page used-with-permission
nor outrank the page's CC licence (in its text or in its markup). Invented pages and people throughout.
"""

from __future__ import annotations

import pytest

from pipeline.text import licence as lic
from tests.conftest import file_articles, only_article

TIPS = ["Marigolds near the beans keep the aphids busy elsewhere for most of the summer.",
        "Mulch the rows after rain, never before, so the water reaches the roots first.",
        "Sow a short row every fortnight instead of one long row, and the harvest never gluts.",
        "Turn the compost on dry days only, when it breathes instead of packing down."]


def test_the_writers_own_let_me_share_it_here_leaves_the_text_licence_standing():
    page = ("Four Habits of a Lazy Bean Grower\n\nBy Oona Pelletier-Mbeki\n\n" + TIPS[0] + "\n\n"
            "People ask about my compost heap at every market, so let me share it here.\n\n"
            + "\n\n".join(TIPS[1:]) + "\n\nThis post is licensed under CC BY 4.0.\n")
    article = only_article(page)
    assert article.licence.tag == "CC-BY-4.0"


def test_the_writers_own_let_me_share_inside_the_article_leaves_the_markups_licence_standing(tmp_path):
    page = ("<html><head><title>Four Habits of a Lazy Bean Grower</title>"
            "<link rel='license' href='https://creativecommons.org/licenses/by/4.0/'></head><body><article>"
            "<h1>Four Habits of a Lazy Bean Grower</h1><p>By Oona Pelletier-Mbeki</p>"
            + "".join(f"<p>{t}</p>" for t in TIPS[:2])
            + "<p>Market visitors keep asking for my sowing calendar, so let me share it here before the last one.</p>"
            + "".join(f"<p>{t}</p>" for t in TIPS[2:])
            + "</article><footer><p>Every post on Bean Row is licensed under CC BY 4.0.</p></footer></body></html>")
    path = tmp_path / "beans.html"
    path.write_text(page, encoding="utf-8")
    (article,) = file_articles(path)
    assert article.licence.tag == "CC-BY-4.0"
    assert "so let me share it here" in article.text  # her own sentence, never cut out as a credit line


def test_the_writers_own_let_me_share_on_a_page_without_a_licence_asserts_none():
    page = ("Four Habits of a Lazy Bean Grower\n\nBy Oona Pelletier-Mbeki\n\n"
            "Neighbours keep asking how my beans keep cropping, so let me share them here: four habits.\n\n"
            + "\n".join(f"{n}. {t}" for n, t in enumerate(TIPS, 1)) + "\n")
    assert only_article(page).licence.tag == "NOASSERTION"


@pytest.mark.parametrize("line", [
    "I get asked this a lot, so let me share it here.",
    "After years of trial and error, now let me share these here in one place.",
    "Please let me share them here, since the forum thread was deleted.",
    "We love your letters, so let us share these here as they came.",
    "Here, let me share it here too.",
    "And then let me reprint it here for the newsletter crowd.",
    "Please kindly let me share them here.",
    "Okay So let me share these here, at last.",
])
def test_a_let_me_or_let_us_without_another_person_letting_is_no_leave(line):
    assert lic.find_statements(line) == []


@pytest.mark.parametrize("line", [
    "Ann has kindly let me share it here.",
    "Oona wrote this for her club and has let us reprint it here.",
    "She agreed to let us reprint it here.",
    "He very kindly let me share it here.",
    "They let us run it here last spring.",
    "The author graciously let us reprint it here.",
    "My friend Oona let me share these here.",
    "Oona Pelletier-Mbeki let us reprint it here.",
    "Oona kindly let me share it here.",
])
def test_another_person_letting_the_host_share_her_piece_is_still_the_pages_leave(line):
    assert lic.combine(lic.find_statements(line)).tag == lic.USED_WITH_PERMISSION
