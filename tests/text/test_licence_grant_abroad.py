"""Round 12 (issue 16): a free-reprint grant in a language with no grant rows of its own ("Du får fritt publicera den
här artikeln ...", "Articolele din acest buletin pot fi preluate integral ...") granted nothing. The language
tables now hold a grant's three parts (``text_noun``, ``may``, ``reuse``), and one sentence holding all three with
nothing limiting it grants free reprint. Written in our own words, in languages no labelled page granted in, with
the negated and limited sentences the rule must leave alone."""

from __future__ import annotations

import pytest

from pipeline.text.licence import find_statements


def _tags(text: str) -> list[str]:
    return [s.tag for s in find_statements(text)]


@pytest.mark.parametrize("line", [
    "Du må gerne genudgive denne artikel på din hjemmeside, hvis teksten er uændret og forfatterboksen følger med.",
    "Tämän artikkelin saa julkaista uudelleen, kunhan teksti pysyy muuttumattomana ja tekijän nimi mainitaan.",
    "Anda boleh memuat ulang artikel ini di blog Anda asalkan nama penulis dan tautan tetap dicantumkan.",
    "Tento článek můžete publikovat na svém webu, pokud zachováte jméno autora a odkaz.",
])
def test_a_grant_of_the_tables_three_parts_is_free_reprint(line):
    assert "LicenseRef-free-reprint" in _tags(line)


@pytest.mark.parametrize("line", [
    "Du må ikke genudgive denne artikel uden skriftlig aftale.",  # Danish, negated
    "Artikel ini tidak boleh dimuat ulang tanpa izin tertulis.",  # Indonesian, negated and "without"
    "Tento článek můžete publikovat pouze se souhlasem redakce.",  # Czech, "only with"
    "Anda boleh membagikan resep ini kepada teman.",  # no text of this page named: advice, not a grant
])
def test_a_negated_limited_or_unnamed_reuse_grants_nothing(line):
    assert "LicenseRef-free-reprint" not in _tags(line)


# ---------------------------------------------------------------------------------------------- an issue's grant
from pipeline.text.licence import covers_issue  # noqa: E402


@pytest.mark.parametrize("text", [
    "Artiklarna i detta nyhetsbrev får fritt publiceras i sin helhet med författarens namn.",  # Swedish
    "Gli articoli di questo notiziario possono essere ripubblicati integralmente citando la fonte.",  # Italian
    "Tất cả bài viết trong bản tin được phép chia sẻ lại khi ghi rõ tác giả.",  # Vietnamese
    "Tekstove iz biltena smijete prenijeti u cijelosti, uz navođenje autora i izvora.",  # Croatian (round 16)
])
def test_a_grant_naming_the_issue_in_another_language_speaks_for_every_item(text):
    assert covers_issue(text)


def test_a_grant_of_one_article_beside_a_mention_of_the_issue_speaks_for_that_article_only():
    text = ("Du får fritt publicera den här artikeln med författarens namn. "
            "Fler tips finns i detta nyhetsbrev varje månad.")
    assert not covers_issue(text)
