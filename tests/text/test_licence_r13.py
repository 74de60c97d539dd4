"""Licence statements in their real forms (round 13): Creative Commons named in the words of more translated deeds,
a public-domain dedication after a first predicate, a press office's "free for publication", and grants abroad
whose "without changes" is a term, not a limit. Sentences written here in our own words."""

from __future__ import annotations

import pytest

from pipeline.text.licence import find_statements, without_unchanged


def tags(text: str) -> list[str]:
    return [s.tag for s in find_statements(text)]


@pytest.mark.parametrize(("text", "tag"), [
    ("Blogin tekstit on lisensoitu Creative Commons Nimeä 4.0 Kansainvälinen -lisenssillä.", "CC-BY-4.0"),
    ("Texty webu: Creative Commons Uveďte původ-Zachovejte licenci 4.0 Mezinárodní.", "CC-BY-SA-4.0"),
    ("Creative Commons Nevezd meg! - Ne add el! 4.0 Nemzetközi licenc", "CC-BY-NC-4.0"),
    ("Yazılar Creative Commons Atıf-Türetilemez 4.0 Uluslararası Lisansı ile paylaşılır.", "CC-BY-ND-4.0"),
    ("Creative Commons Navngivelse-IkkeKommersiell 4.0 Internasjonal", "CC-BY-NC-4.0"),
])
def test_creative_commons_in_the_words_of_more_deeds(text, tag):
    assert tags(text)[:1] == [tag]


def test_a_dedication_after_a_first_predicate():
    assert tags("This leaflet is a service of the county water office and is in the public domain.") == [
        "LicenseRef-public-domain"]
    # what the text quotes, or a negated dedication, is none
    assert tags("This leaflet quotes poems that are in the public domain.") == []
    assert tags("This booklet is our own work and is not in the public domain.") == []


def test_free_for_publication_is_a_reprint_grant():
    assert tags("RELEASED FOR PUBLICATION - NO EMBARGO") == ["LicenseRef-free-reprint"]
    assert tags("This statement and its charts are free for publication.") == ["LicenseRef-free-reprint"]
    assert tags("Embargoed: not for publication before noon on Friday.") == []
    assert tags("This picture is not free for publication.") == []


def test_without_changes_abroad_is_a_term_of_the_grant():
    assert without_unchanged("Texte repris sans aucune modification.") == "Texte repris ."
    assert tags("Reproduction intégrale autorisée, sans modification, en citant la source.") == [
        "LicenseRef-free-reprint"]
    assert tags("Toute reproduction non autorisée est interdite.") == ["LicenseRef-all-rights-reserved"]
    assert tags("Reproduction interdite sans accord écrit.") == ["LicenseRef-all-rights-reserved"]


def test_a_turkish_grant_with_its_leave_in_the_verb():
    assert tags("Bu makale, yazarın adı korunarak sitenizde ücretsiz olarak yayınlanabilir.") == [
        "LicenseRef-free-reprint"]
    assert tags("Bu makale yalnızca yazılı izinle yayınlanabilir.") == []
