"""Licence readings widened in round 10 (issue 16): forms of statements the tables already read, met on a hand's
pages the code had never read; every wording in our own words."""

from __future__ import annotations

import pytest

from pipeline.text.html_meta import trimmed_rights
from pipeline.text.licence import find_statements


# A footer's copyright line that goes on, after a dot or a bar, with a credit for the site's making: the holder ends
# where the credit starts.
@pytest.mark.parametrize(("line", "holder"), [
    ("the rye diaries © Ingrid Solbakken-Moe · design by Wren Street Themes", "Ingrid Solbakken-Moe"),
    ("© 2022 Farida Oyelaran | Theme: Plain Linen by Larkspur", "Farida Oyelaran"),
    ("© 2019 Tomás Ó Briain • Powered by WordPress", "Tomás Ó Briain"),
])
def test_a_copyright_line_ends_its_holder_at_the_sites_credit(line, holder):
    (statement,) = [s for s in find_statements(line) if s.kind == "copyright"]
    assert statement.holder == holder


def test_a_row_of_the_sites_links_after_its_name_is_not_cut_into_a_holder():
    # "© 2017 Site · Privacy · Contact" stays the site's mark read as before (no person's name comes out of it)
    (statement,) = find_statements("© 2017 Thrifty Nook · Privacy · Contact")
    assert statement.holder == "Thrifty Nook · Privacy · Contact"


def test_the_holders_end_is_linear_on_a_long_blank_run():
    """HOLDER_END's two blank-run branches are tried from a run's start only: from each of its positions, a © line
    with 40,000 spaces in it took 13-28 s in boilerplate run alone (the round's review)."""
    import time

    from pipeline.text.licence import HOLDER_END

    start = time.process_time()
    assert HOLDER_END.search("© 2020 Ann" + " " * 40_000 + "Lee") is None
    assert time.process_time() - start < 0.5
    assert HOLDER_END.search("© Ann Lee   -  all my own").start() == len("© Ann Lee")


# A credit that stops at a comma or dash, or a version that names no package again, leaves the writer's © (review)
@pytest.mark.parametrize(("line", "holder"), [
    ("Proudly powered by WordPress – © 2021 Ann Lee", "Ann Lee"),
    ("Powered by Blogger, © 2019 Jane Doe. All rights reserved.", "Jane Doe"),
    ("Issue 2.3 - Spring © 2020 Ann Lee", "Ann Lee"),
])
def test_a_writers_copyright_after_a_software_credit_is_read(line, holder):
    (statement,) = [s for s in find_statements(line) if s.kind == "copyright"]
    assert (statement.tag, statement.holder) == ("LicenseRef-all-rights-reserved", holder)


# A recipe site's footer: its © and a refusal to "use" its photos or recipes without leave is a reservation in words.
@pytest.mark.parametrize("footer", [
    "© 2023 Cumin & Quill. Please do not use our photos or republish full recipes without prior written permission.",
    "© 2021 Lemon Tin Kitchen. Don't use my pictures without asking first.",
])
def test_a_footer_refusing_use_without_leave_reserves_rights(footer):
    assert trimmed_rights([footer]).tag == "LicenseRef-all-rights-reserved"


def test_a_footer_that_lets_its_photos_be_used_without_asking_reserves_nothing():
    assert trimmed_rights(["© 2021 Lemon Tin Kitchen. You may use my pictures without asking, with a link."]) is None


# A dedication abroad that opens on its noun, as a label does, without "ce"/"este"; a colon after it may list what a
# reader may do, where "sans"/"sin" frees rather than refuses.
@pytest.mark.parametrize("notice", [
    "Texte versé dans le domaine public par son autrice : vous pouvez le copier et le republier sans rien demander.",
    "Texto liberado al dominio público por su autor.",
    "Gracias por leer. Texto cedido al dominio público: puedes copiarlo sin pedir permiso.",
])
def test_a_dedication_abroad_opening_on_its_noun_is_public_domain(notice):
    assert [s.kind for s in find_statements(notice)] == ["public-domain"]


@pytest.mark.parametrize("sentence", [
    "Ce texte n'est pas dans le domaine public.",
    "Texte dans le domaine public : ne pas reproduire sans autorisation.",
    "Ce texte est dans le domaine public, mais ne peut pas être reproduit sans autorisation.",
    "Les articles cités dans le domaine public sont rares.",
])
def test_a_negated_or_limited_dedication_abroad_is_none(sentence):
    assert "public-domain" not in [s.kind for s in find_statements(sentence)]


# A forum or blog package's credit before its own © in the footer is the software maker's mark on every site that
# runs it, never a notice about a text on the page.
@pytest.mark.parametrize("line", ["SMF 2.0.11 | SMF © 2015, Simple Machines",
                                  "Powered by SMF 2.0.19 © 2021, Simple Machines",
                                  "Powered by Threadly © Threadly Software Ltd"])
def test_a_software_credit_with_its_copyright_is_no_statement(line):
    assert find_statements(line) == []


@pytest.mark.parametrize(("line", "holder"), [
    ("Version 2.1 of this guide © 2019 Ann Lee-Okafor", "Ann Lee-Okafor"),
    ("Powered by WordPress. © 2020 Jo Park", "Jo Park"),
])
def test_a_notice_after_a_version_or_a_finished_credit_still_counts(line, holder):
    assert [s.holder for s in find_statements(line)] == [holder]


@pytest.mark.parametrize("line", [
    "Powered by phpBB © phpBB Limited. All posts are copyright of their respective authors.",
    "Fell Walkers Forum · Powered by Boardly 4 · Posts remain the copyright of their respective authors.",
])
def test_the_boards_word_about_its_posts_still_reserves_them(line):
    assert [s.tag for s in find_statements(line)] == ["LicenseRef-all-rights-reserved"]
