"""Round 14: a site's default licence yields to the article's own reservation. A site-wide grant qualified as a
default ("except where otherwise noted", "unless otherwise stated", in many languages) or naming the site as its
scope never outranks an article that reserves its text in words (a refusal, "ask before republishing", "not
covered by the site licence"): a wrong grant is worse than none. Sentences written here in our own words."""

from __future__ import annotations

import pytest

from pipeline.text.licence import combine, find_cc, find_statements, reserves, site_default, without_yielded


def licence_of(*lines: str) -> str:
    return combine([s for line in lines for s in find_statements(line)]).tag


@pytest.mark.parametrize("line", [
    "Except where otherwise noted, the writing on this site is shared under CC BY 4.0.",
    "Unless otherwise stated, all posts here are available under CC BY-SA 4.0.",
    "Posts are CC BY 4.0 unless a post says otherwise.",
    "Unless noted otherwise, text is licensed CC BY-NC 4.0.",
    "Sauf mention contraire, les textes de ce carnet sont sous licence CC BY 4.0.",
    "Sofern nicht anders angegeben, stehen die Texte unter CC BY-SA 4.0.",
    "Salvo indicación en contrario, los textos se publican con licencia CC BY 4.0.",
    "Salvo diversa indicazione, i testi sono rilasciati con licenza CC BY 4.0.",
    "Tenzij anders vermeld vallen de teksten onder CC BY 4.0.",
    "O ile nie zaznaczono inaczej, teksty są dostępne na licencji CC BY 4.0.",
    "Если не указано иное, тексты доступны по лицензии CC BY 4.0.",
    "Aksi belirtilmedikçe yazılar CC BY 4.0 lisansı ile paylaşılır.",
    "特に記載のない限り、本文は CC BY 4.0 で提供します。",
    "除非另有说明，本站文字采用 CC BY 4.0 许可。",
])
def test_a_default_licence_is_worded_so_in_many_languages(line):
    assert site_default(find_cc(line))


def test_a_licence_the_article_gives_itself_is_no_default():
    assert not site_default(find_cc("This essay is shared under CC BY 4.0."))
    assert not site_default(find_cc("Licence: CC BY-SA 4.0"))


@pytest.mark.parametrize("line", [
    "Words © 2023 Tamsin Orrell. Please ask me before republishing any of this post.",
    "© 2022 Pavel Rusu. Distributed by Northgate Features. Reproduction by non-member papers is not permitted.",
    "This recipe © 2021 Juno Akers, and not covered by the site licence.",
    "© 2020 Mira Vela. Die Texte dürfen nicht ohne Zustimmung veröffentlicht werden.",
    "This piece is excluded from the blog's Creative Commons licence.",
])
def test_an_article_reserves_its_text_in_words(line):
    assert any(reserves(s) for s in find_statements(line))


@pytest.mark.parametrize("line", ["© 2023 Tamsin Orrell", "© 2023 Tamsin Orrell. All rights reserved."])
def test_a_bare_copyright_line_reserves_nothing_in_words(line):
    assert not any(reserves(s) for s in find_statements(line))


@pytest.mark.parametrize("site", [
    "Except where otherwise noted, content on this site is licensed under CC BY-SA 4.0.",
    "Unless otherwise stated, text here is available under the Creative Commons Attribution 4.0 licence.",
    "All writing on this blog is CC BY 4.0.",
    "Sauf mention contraire, le contenu est sous licence CC BY 4.0.",
])
@pytest.mark.parametrize("own", [
    "Text © 2024 Ilka Brandt. This one is not covered by the site licence; ask me before reposting it.",
    "© 2024 Ilka Brandt. Distributed by Westmark Syndicate. Reproduction by non-subscribers is not permitted.",
])
def test_the_site_s_default_gives_way_to_the_article_s_reservation(site, own):
    assert licence_of(own, site) == "LicenseRef-all-rights-reserved"
    assert licence_of(site, own) == "LicenseRef-all-rights-reserved"


def test_a_bare_copyright_line_still_names_the_licensor_of_the_site_s_grant():
    site = "Except where otherwise noted, content on this site is licensed under CC BY-SA 4.0."
    assert licence_of("© 2024 Ilka Brandt", site) == "CC-BY-SA-4.0"


def test_a_grant_the_article_makes_of_itself_is_weighed_as_before():
    # the article's own CC line is not the site's default: the refusal beside it does not undo it here
    own = "This post is CC BY-NC 4.0. © 2024 Ilka Brandt. Commercial reproduction is not permitted."
    assert licence_of(own) == "CC-BY-NC-4.0"


def test_a_markup_licence_counts_as_the_site_s():
    badge = find_cc("https://creativecommons.org/licenses/by/4.0/")
    own = find_statements("© 2024 Ilka Brandt. Please ask me before republishing this post.")
    assert combine(without_yielded([*own, badge], (badge,))).tag == "LicenseRef-all-rights-reserved"
    assert combine([*own, badge]).tag == "CC-BY-4.0"  # a badge alone says nothing of its scope


@pytest.mark.parametrize("line", [
    "This leaflet is a public domain publication of the Riverbend Health Board.",
    "This checklist is a public-domain work of the county library service; copy it freely.",
    "Our guide is a free public domain document, so print as many as you need.",
])
def test_public_domain_named_as_the_kind_of_text_this_is(line):
    assert [s.tag for s in find_statements(line)][:1] == ["LicenseRef-public-domain"]


@pytest.mark.parametrize("line", [
    "This article explains what a public domain work is.",
    "Our guide is not a public domain publication.",
    "The poems quoted in this post come from a public domain collection.",
])
def test_public_domain_as_a_topic_or_denied_is_no_dedication(line):
    assert "LicenseRef-public-domain" not in [s.tag for s in find_statements(line)]


@pytest.mark.parametrize(("line", "tag"), [
    # leave to carry the text, in four more languages (the language tables' new rows)
    ("Статията се публикува тук с любезното разрешение на авторката.", "LicenseRef-used-with-permission"),
    ("Straipsnis skelbiamas su maloniu autoriaus leidimu.", "LicenseRef-used-with-permission"),
    ("Tekst je preuzet uz ljubaznu dozvolu autora.", "LicenseRef-used-with-permission"),
    ("Article reproduït amb el permís de l'autora.", "LicenseRef-used-with-permission"),
    # rights reserved, and reuse refused, in the same languages
    ("© 2023 Градинско кътче. Всички права запазени.", "LicenseRef-all-rights-reserved"),
    ("Visos teisės saugomos.", "LicenseRef-all-rights-reserved"),
    ("Tekstus platinti be leidimo draudžiama.", "LicenseRef-all-rights-reserved"),
    ("Забрањено је копирање текстова без дозволе.", "LicenseRef-all-rights-reserved"),
    ("Tots els drets reservats.", "LicenseRef-all-rights-reserved"),
])
def test_leave_and_refusal_in_more_languages(line, tag):
    assert licence_of(line) == tag


def test_the_leave_asked_is_no_credit():
    # "reprinting is allowed only with the editors' permission": a condition on the reader, not this page's leave
    assert licence_of("Препечатването е разрешено само с разрешение на редакцията.") not in (
        "LicenseRef-used-with-permission", "LicenseRef-free-reprint")
