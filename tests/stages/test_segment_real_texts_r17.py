"""Round 17: wrong answers found on real texts (article bodies and pages' text, mostly English and German), not
on labelled pages. Pages in our own words.

Shapes: a bare line that reads as a credit but is a phrase of the page's language (a "related topics" link under
the text, a product's heading over it), never a writer.
"""

from __future__ import annotations

import pytest

from bench.labels import clean_through
from pipeline.records import Article
from pipeline.text.line_roles import names_nobody


def articles(tmp_path, text: str) -> list[Article]:
    path = tmp_path / "page.txt"
    path.write_text(text, encoding="utf-8")
    return [a for a in clean_through([str(path)], "segment") if isinstance(a, Article)]


GERMAN_BODY = (
    "Wer im Herbst Tulpen setzt, sollte die Zwiebeln etwa doppelt so tief in die Erde bringen, wie sie hoch sind. "
    "So überstehen sie den Frost und treiben im Frühjahr kräftig aus.\n\n"
    "Ein sonniger Platz mit lockerem Boden ist ideal. Staunässe vertragen Zwiebelblumen schlecht, deshalb lohnt "
    "sich eine Schicht Sand unter jeder Zwiebel, und wer Wühlmäuse im Garten hat, setzt die Zwiebeln in einen "
    "Drahtkorb.\n\n{last}\n")


@pytest.mark.parametrize("last", [
    "Verwandte Ratgeber", "Passende Gartenthemen", "Kleine Pflanzenkunde", "Letzte Aktualisierungen"])
def test_a_phrase_under_the_text_signs_nothing(tmp_path, last):
    [article] = articles(tmp_path, GERMAN_BODY.format(last=last))
    assert article.author is None


def test_a_name_under_the_text_still_signs_it(tmp_path):
    [article] = articles(tmp_path, GERMAN_BODY.format(last="Henrike Paulsen"))
    assert article.author == "Henrike Paulsen"


@pytest.mark.parametrize(("value", "language"), [
    ("Ähnliche Beiträge", "de"), ("Letzte Meldungen", "de"), ("Mais Vistos", "pt"), ("Related Stories", "en"),
    ("Über unsere Redaktion", "de"), ("Kleine Gartenfibel", "de"),
])
def test_phrases_name_nobody(value, language):
    assert names_nobody(value, language)


@pytest.mark.parametrize(("value", "language"), [
    ("Henrike Paulsen", "de"), ("Klaus Becker", "de"), ("Mei-Lan Soh", "en"), ("Reg Ashworth", "en"),
    ("Marisa Duarte", "pt"), ("Ortwin Kalkbrenner", "de"),
    ("Halvard Television", "en"), ("Grace Weaver", "en"), ("李明华", "zh"),
])
def test_names_and_outlets_are_not_phrases(value, language):
    assert not names_nobody(value, language)



# a club's "about us" page: two paragraphs, then its team, each member's motto over the next member's name and
# role (some with the club's name after a comma, as "NAME, Town" signs a reader's letter)
ABOUT = (
    "The Lantern Circle began in 2015 as a reading group of six students who met on Thursday evenings in a borrowed "
    "classroom. Today it runs a quarterly journal, an open lecture series and a small grants programme for "
    "first-time writers in the region.\n\n"
    "Everything we publish is edited by volunteers, and every issue is free to read online. We rely on members' "
    "subscriptions and on two local foundations that have supported us since the second year.\n\n")
ROSTER = ["Keep asking questions.", "Oskar Lindqvist Print & Web, Lantern Circle", "Tea first, then deadlines.",
          "Priya Raman, Treasurer", "Nobody reads the footnotes but me.",
          "Tomasz Wierzbicki Grants & Lectures, Lantern Circle", "Every draft can be shorter.",
          "Elena Marchetti, Events Coordinator", "Bring snacks to every meeting.",
          "Jonas Achterberg Design & Layout, Lantern Circle", "Say it plainly.", "Ruth Okonkwo, Secretary"]


def test_a_staff_list_with_a_motto_under_each_name_is_one_page_not_letters(tmp_path):
    page = "About us\n\n" + ABOUT + "Our team\n\n" + "\n\n".join(ROSTER) + "\n\nContact\n"
    pieces = articles(tmp_path, page)
    assert len(pieces) == 1
    assert "reading group" in pieces[0].text
