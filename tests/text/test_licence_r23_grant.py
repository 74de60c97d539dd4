"""Round 23 (r23-grant): grants worded as a writer's own leave ("Happy for any of my posts to be copied ...", a
forum signature's), leave "given to pass this article on", a site's licence named only by a badge picture's alt
text, and a guest's "not under the blog's licence". Each beside its negation. Sentences in our own words."""

from __future__ import annotations

import pytest

from pipeline.text import licence as lic
from pipeline.text.html_main import licence_badge


def tags(text: str) -> list[str]:
    return [s.tag for s in lic.find_statements(text)]


@pytest.mark.parametrize("text", [
    "Happy for any of my posts to be copied anywhere, so long as this signature goes with them.",
    "~~ Glad for my articles to be reprinted in club newsletters, with my name kept on them ~~",
    "I'm happy for you to reprint this column in your newsletter.",
    "Permission is given to pass this article on, by e-mail or in print, so long as not a word is changed.",
    "Permission is hereby granted to forward this article to your members, unchanged.",
])
def test_a_writers_own_leave_is_free_reprint(text: str) -> None:
    assert tags(text) == [lic.FREE_REPRINT]


@pytest.mark.parametrize("text", [
    "Happy for you to share my posts with your friends.",  # a reader passing it on: no terms, no place
    "I am happy for this post to be shared on social media.",
    "I was not happy for my article to be copied without my name.",  # negated
    "We are happy for your child to use the printer in the library.",  # no text of ours
    "Permission to pass this article on must be obtained in writing.",  # asks first
])
def test_happiness_and_passing_on_without_a_grant(text: str) -> None:
    assert lic.FREE_REPRINT not in tags(text)


def test_the_conditions_of_a_signatures_grant() -> None:
    grant = lic.find_statements("Happy for any of my posts to be copied, so long as this sig goes along with it.")[0]
    assert "keep-author-bio" in grant.conditions
    unchanged = lic.find_statements("Permission is given to reprint this article so long as not a word is changed.")
    assert "no-modification" in unchanged[0].conditions
    assert "no-modification" not in lic.conditions_of("You may reprint this article; a word or two may be changed.")


@pytest.mark.parametrize(("alt", "badge"), [
    ("Creative Commons Attribution 4.0 International License", True),
    ("CC BY-NC-SA 4.0 badge", True),
    ("CC0", True),
    ("Creative Commons License", False),  # names no licence: the link it lost said which
    ("Photo: Ines Brand, CC BY 2.0", False),  # a picture's own credit
    ("Our volunteers at the Creative Commons summit", False),
])
def test_a_badge_picture_names_a_licence_by_its_alt_text_alone(alt: str, badge: bool) -> None:
    assert licence_badge(alt) is badge


@pytest.mark.parametrize(("text", "out"), [
    ("Guest writers keep their copyright; their posts are not under the blog's licence.", True),
    ("This post is not under the site licence: ask me first.", True),
    ("This leaflet is not under the Free Art License 1.3.", False),  # denies a named licence, reserves nothing
    ("Our recipes are under the blog's licence.", False),
])
def test_not_under_the_sites_licence_takes_a_post_out_of_it(text: str, out: bool) -> None:
    assert (lic.EXEMPT.search(text) is not None) is out


@pytest.mark.parametrize(("text", "kind"), [
    ("Guest posts on Fern Row remain the copyright of their writers.", True),
    ("Sponsored articles are not covered by our licence.", True),
    ("Readers' stories are printed with their permission.", True),
    ("All posts on Fern Row are CC BY 4.0.", False),
    ("The articles in this issue may be reprinted.", False),
])
def test_a_statement_for_a_kind_of_piece(text: str, kind: bool) -> None:
    assert lic.names_a_kind(text) is kind



@pytest.mark.parametrize("text", [
    "Dieser Beitrag darf nach Rücksprache mit der Redaktion nachgedruckt werden.",  # after consultation: ask first
    "Nachdruck nach vorheriger Absprache mit der Autorin gestattet.",
    "Nach Rücksprache mit dem Verein darf der Text in Vereinsblättern veröffentlicht werden.",
])
def test_german_leave_after_consultation_asks_first(text: str) -> None:
    assert tags(text) == [lic.ALL_RIGHTS_RESERVED]


@pytest.mark.parametrize("text", [
    "Dieser Beitrag darf mit Quellenangabe nachgedruckt werden.",  # a grant on its terms stays a grant
    "Nach dem Frost darf der Rasen wieder gemäht werden.",  # after the frost: no leave, no text
])
def test_german_grants_and_prose_without_consultation(text: str) -> None:
    assert lic.ALL_RIGHTS_RESERVED not in tags(text)


@pytest.mark.parametrize(("text", "medium"), [
    ("You may reprint this column in print; posting it online is not allowed.", "print-only"),
    ("Feel free to reprint this article in your newsletter, but not online.", "print-only"),
    ("Clubs may reprint this article in their newsletters, print only, with the byline kept.", "print-only"),
    ("You may republish this article on your website, but not in print.", "online-only"),
])
def test_a_grant_limited_to_a_medium_says_which(text: str, medium: str) -> None:
    licence = lic.combine(lic.find_statements(text))
    assert licence.tag == lic.FREE_REPRINT and medium in licence.conditions
    answer = lic.reuse(licence)
    assert answer.answer == "whole-article-only" and medium in answer.conditions


@pytest.mark.parametrize("text", [
    "You may reprint this article in your newsletter, online or in print.",
    "You may reprint this article in print or post it on your website.",
])
def test_a_grant_for_every_medium_names_none(text: str) -> None:
    licence = lic.combine(lic.find_statements(text))
    assert licence.tag == lic.FREE_REPRINT
    assert not {"print-only", "online-only"} & set(licence.conditions)



@pytest.mark.parametrize("text", [
    "Перепечатка статей разрешена только с письменного согласия редакции.",  # Russian: only with the editors' consent
    "Копирование материалов возможно только с разрешения автора.",
    "Передрук статей дозволено лише з письмової згоди редакції.",  # Ukrainian: only with the editors' consent
])
def test_a_grant_only_with_leave_asks_first_in_other_languages_too(text: str) -> None:
    # SPEC: a grant conditioned on asking first grants nothing and reserves the rights, as "only with our written
    # permission" does in English
    assert lic.combine(lic.find_statements(text)).tag == lic.ALL_RIGHTS_RESERVED


@pytest.mark.parametrize("text", [
    "Перепечатка статей разрешена со ссылкой на сайт.",  # a grant on its terms
    "Только с согласия родителей дети могут ходить в поход.",  # only with the parents' consent: no text, no reprint
])
def test_only_with_leave_reads_only_beside_a_reprint(text: str) -> None:
    assert lic.combine(lic.find_statements(text)).tag != lic.ALL_RIGHTS_RESERVED
