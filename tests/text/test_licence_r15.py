"""Round 15: institutional pages' reuse statements. A charity's or a council's leave to pass a sheet on ("print,
photocopy or email this advice sheet ... as long as you copy it in full") is a free-reprint grant; an agency's
site-wide notice that what its site carries is in the public domain is a dedication covering the page. Sentences
written here in our own words."""

from __future__ import annotations

import pytest

from pipeline.text.licence import find_public_domain, find_statements


def tags(line: str) -> list[str]:
    return [s.tag for s in find_statements(line)]


@pytest.mark.parametrize("line", [
    "You may print, photocopy or email this advice sheet at no cost, provided you copy it in full and keep our "
    "helpline number on it.",
    "Community groups are welcome to email or print this help sheet, as long as it is copied whole with our name.",
    "You are free to photocopy this information sheet for your clients, provided it is reproduced in full.",
])
def test_leave_to_pass_an_advice_sheet_on_whole_is_free_reprint(line):
    assert tags(line)[:1] == ["LicenseRef-free-reprint"]


@pytest.mark.parametrize("line", [
    "Feel free to email this article to a friend.",
    "You can email this guide to your colleagues.",
    "Print this advice sheet and keep it by the phone.",
])
def test_sending_a_sheet_to_a_friend_grants_nothing(line):
    assert "LicenseRef-free-reprint" not in tags(line)


@pytest.mark.parametrize("line", [
    "Unless otherwise noted, text, maps and photos on this website were made by public employees and are in the "
    "public domain. Please credit the Service when you reuse them.",
    "Most information on this site is in the public domain and may be copied without asking.",
    "Material from our website is public domain unless a page says otherwise.",
    "This information is in the public domain.",
    "This publication is in the public domain.",
])
def test_a_site_wide_or_publication_public_domain_notice_is_a_dedication(line):
    assert find_public_domain(line) is not None
    assert "LicenseRef-public-domain" in tags(line)


@pytest.mark.parametrize("line", [
    "Content on this site is not in the public domain.",
    "Works on this site that are in the public domain are marked with a badge.",
    "Images on this website are in the public domain.",
    "The old maps in this collection are in the public domain.",
])
def test_a_site_notice_denying_or_picking_out_public_domain_works_is_no_dedication(line):
    assert find_public_domain(line) is None


@pytest.mark.parametrize("line", [
    "Le contenu de ce site est dans le domaine public.",
    "El contenido de este sitio web es de dominio público.",
    "Os conteúdos deste portal estão em domínio público.",
    "I contenuti di questo sito sono di pubblico dominio.",
    "Die Inhalte dieser Website sind gemeinfrei.",
])
def test_a_site_wide_public_domain_notice_in_other_languages(line):
    assert find_public_domain(line) is not None


@pytest.mark.parametrize("line", [
    "Les textes de ce site ne sont pas dans le domaine public.",
    "Die Inhalte dieser Website sind nicht gemeinfrei.",
])
def test_a_site_notice_abroad_denying_the_public_domain_is_none(line):
    assert find_public_domain(line) is None
