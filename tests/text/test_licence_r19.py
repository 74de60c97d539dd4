"""Round 19: licences as community, modern and exported pages state them. An article's own line taking it out of the
site's licence outranks the licence the markup declares for the site; the printable kin of an article named in a
grant ("this checklist"); a footer's refusal after a middle dot; a panel hidden behind a "Read more" control is the
page's text. Pages and lines written in our own words."""

from __future__ import annotations

import pytest

from pipeline.text import licence as lic
from pipeline.text.extract import html_to_text

STEPS = "".join(f"<p>Step {n}: stir the pot slowly and keep the lid on, then taste it before you add salt.</p>"
                for n in range(1, 5))


def cookbook(own: str, footer: str = "Recipes here are shared by members under <a rel='license' "
                                      "href='https://creativecommons.org/licenses/by-sa/4.0/'>CC BY-SA 4.0</a> "
                                      "unless a member says otherwise.") -> str:
    return (f"<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>Lentil Soup</title></head><body>"
            f"<main><article><h1>Uncle Teo's Lentil Soup</h1><p class='byline'>Shared by Teodor Vance</p>{STEPS}"
            f"<footer class='own-rights'><p>{own}</p></footer></article></main>"
            f"<footer class='site'><p>{footer}</p></footer></body></html>")


def tag(html: str) -> str | None:
    licence = html_to_text(html).meta.licence
    return licence.tag if licence else None


@pytest.mark.parametrize("own", [
    "Text © 2022 Teodor Vance. This recipe is not covered by the site's licence; please ask me before you reprint it.",
    "© 2022 Teodor Vance. Please ask me before republishing this recipe anywhere else.",
])
def test_an_article_s_own_reservation_outranks_the_site_s_markup_licence(own):
    assert tag(cookbook(own)) == lic.ALL_RIGHTS_RESERVED


def test_the_site_s_licence_stands_where_the_article_says_nothing_of_its_own():
    assert tag(cookbook("Thanks for cooking along!")) == "CC-BY-SA-4.0"


def test_a_licence_notice_excepting_its_photos_is_no_reservation_of_the_text():
    own = "This recipe is shared under CC BY-SA 4.0. Photographs are not covered by the licence."
    assert tag(cookbook(own)) == "CC-BY-SA-4.0"


@pytest.mark.parametrize("line", [
    "You're welcome to reprint this checklist in your newsletter, as long as it stays whole and unchanged.",
    "Feel free to republish this worksheet on your own site, with my name kept on it.",
])
def test_a_grant_naming_a_printable_is_free_reprint(line):
    assert [s.tag for s in lic.find_statements(line)] == [lic.FREE_REPRINT]


def test_print_this_checklist_grants_nothing():
    assert lic.find_statements("Print this checklist and pin it on the fridge.") == []


def test_a_footer_s_refusal_after_a_middle_dot_keeps_the_holder_short():
    [statement] = lic.find_statements("© 2024 Harbour Rowing Club · For members only · Do not copy or share")
    assert (statement.holder, statement.tag) == ("Harbour Rowing Club", lic.ALL_RIGHTS_RESERVED)


def test_a_panel_behind_a_read_more_control_is_the_page_s_text():
    html = ("<html><body><article><h1>Winter Runs</h1><p>Run easy most days and keep a log of every run.</p>"
            "<div id='rest' aria-hidden='true'><p>Layer up, but start a little cold: you warm up fast.</p></div>"
            "<button aria-controls='rest'>Read more</button></article></body></html>")
    assert "start a little cold" in html_to_text(html).text
    hidden = html.replace(" aria-controls='rest'", "")
    assert "start a little cold" not in html_to_text(hidden).text


def test_a_list_footer_keeping_posts_their_writers_reserves_them():
    [statement] = lic.find_statements("Messages on this list remain the property of their writers. Please ask the "
                                      "writer before quoting a message elsewhere.")
    assert statement.tag == lic.ALL_RIGHTS_RESERVED


def test_an_aggregator_disowning_what_it_collected_reserves_nothing():
    assert lic.find_statements("We gather links from around the web; all stories remain the property of their "
                               "respective owners.") == []
