"""Round 27's mends (review of the merge): a site's default licence keeps the words when the page's own reservation
is about its pictures only, in our own words (invented sites and people).
"""

from __future__ import annotations

import pytest

from pipeline.text import licence as lic
from tests.conftest import file_articles, only_article

POT_PAGE = ("Repotting a Lemon Tree\nBy Odile Fenwick\n\n"
            "A lemon in a pot wants a new home every other spring, just as the roots start to circle.\n\n"
            "1. Pick a pot only a little wider than the old one.\n"
            "2. Use a gritty mix so the roots never sit in water.\n"
            "3. Water it in well and keep it out of full sun for a week.\n\n")
DEFAULT = "Unless otherwise noted, content on Citrus Corner is licensed under CC BY 4.0."


@pytest.mark.parametrize("reservation", [
    "All photographs remain my copyright.",
    "The pictures in this post remain her copyright.",
])
def test_pictures_kept_as_the_writers_copyright_leave_the_default_on_the_words(reservation):
    assert only_article(POT_PAGE + DEFAULT + " " + reservation).licence.tag == "CC-BY-4.0"
    assert only_article(POT_PAGE + reservation + "\n\n" + DEFAULT).licence.tag == "CC-BY-4.0"


@pytest.mark.parametrize("reservation", [
    "The words and photos in this post remain her copyright.",
    "This post remains my copyright.",
])
def test_the_words_kept_as_the_writers_copyright_outrank_the_default(reservation):
    assert only_article(POT_PAGE + DEFAULT + " " + reservation).licence.tag == lic.ALL_RIGHTS_RESERVED


@pytest.mark.parametrize("line", [
    "I will share it with her permission at our allotment club.",
    "We're going to post it with his blessing in the parish newsletter.",
])
def test_a_plan_to_share_with_leave_is_no_leave_given(line):
    assert all(s.kind != "permission" for s in lic.find_statements(line))
    page = POT_PAGE + "Comments\n\nPia Lund says:\nLovely tips. " + line + "\n\nRuth Amos says:\nThanks!\n"
    assert only_article(page).licence.tag != lic.USED_WITH_PERMISSION


def test_a_host_who_was_let_share_the_piece_has_leave():
    assert [s.tag for s in lic.find_statements("Odile kindly let me share it here with her permission.")] == [
        lic.USED_WITH_PERMISSION]


NAMELESS_DEFAULT = "Unless otherwise noted, content on this site is licensed under CC BY 4.0."


def test_an_all_rights_footer_under_a_default_naming_no_site_leaves_the_default_standing():
    article = only_article(POT_PAGE + NAMELESS_DEFAULT + "\n© 2026 Citrus Corner Media. All rights reserved.")
    assert article.licence.tag == "CC-BY-4.0"


def test_an_all_rights_notice_under_a_default_naming_its_site_is_still_the_pieces_own():
    named = "Unless otherwise noted, content on Citrus Corner is licensed under CC BY 4.0."
    article = only_article(POT_PAGE + named + "\n© 2026 Ostwind Presse GmbH. All rights reserved.")
    assert article.licence.tag == lic.ALL_RIGHTS_RESERVED


def _two_pieces(closing: str) -> str:
    return ('<html><head><title>April Notes</title><link rel="license" href="https://creativecommons.org/licenses/by/'
            '4.0/"></head><body><main><h1>Sow Peas Early</h1><p class="byline">By Ines Calloway</p>'
            "<p>Peas like cool soil, so the first mild week of spring is the time to sow them and spare yourself a lot "
            "of trouble later in the year.</p>\n<p>1. Soak the seeds overnight in a bowl of warm water.</p>"
            "<p>2. Sow them five centimetres deep in a double row.</p><p>3. Net them at once against the pigeons.</p>\n"
            "<h1>Stake Your Beans</h1><p class=\"byline\">By Ruben Okafor</p>"
            "<p>Runner beans climb fast, and a stake put in late snaps the roots you cannot see.</p>"
            "\n<p>1. Set the canes firmly in the ground before you sow.</p><p>2. Tie them together at the top with "
            "twine.</p><p>3. Guide the first shoots round the canes by hand.</p>"
            f"\n{closing}\n</main></body></html>")


@pytest.mark.parametrize("closing", [
    "<p>Reprinted with permission from The Fenmoor Bulletin.</p>",
    "<p>© 2025 Ruben Okafor. All rights reserved. Reprinted from The Fenmoor Bulletin.</p>",
])
def test_a_head_licence_grants_no_piece_whose_own_reprint_notice_was_trimmed(tmp_path, closing):
    path = tmp_path / "p.html"
    path.write_text(_two_pieces(closing), encoding="utf-8")
    licences = {a.title: a.licence.tag for a in file_articles(path)}
    assert licences.get("Stake Your Beans", "NOASSERTION") != "CC-BY-4.0"


def test_a_head_licence_covers_every_piece_when_none_states_its_own(tmp_path):
    path = tmp_path / "p.html"
    path.write_text(_two_pieces(""), encoding="utf-8")
    assert [a.licence.tag for a in file_articles(path)] == ["CC-BY-4.0", "CC-BY-4.0"]
