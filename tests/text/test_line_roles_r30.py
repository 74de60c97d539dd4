"""Round 30: the page fallback (``SegmentConfig.line_roles`` "page-fallback") speaks only where the rules found
nobody to read: never from a line the rules read themselves and did not take, nor from the lines they set aside as
the site's header, nor on a page whose head credits a body. Made-up pages (invented names and sites)."""

from __future__ import annotations

from pipeline.stages import segment as sg
from pipeline.text import line_roles as roles
from tests.conftest import through_stage
from tests.stages.test_segment import page

PARAGRAPH = ("Feed the starter every morning with equal weights of flour and water, and keep it somewhere warm "
             "enough that it doubles within six hours of a feed.")
MENU = "Crumb & Crust\nHome | Recipes | Shop | Contact\n\n"


def _author(text: str) -> str | None:
    (article,), _ = through_stage(sg.STAGE, sg.SegmentConfig(line_roles="page-fallback"), [page(text)])
    return article.author


def _post(head: str = "", foot: str = "Marta Kowalczyk") -> str:
    return f"{MENU}Feeding A Starter\n{head}\n{PARAGRAPH}\n\n{PARAGRAPH}\n\n{foot}\n"


def test_the_fallback_names_a_bare_name_under_a_page_s_text():
    assert _author(_post()) == "Marta Kowalczyk"  # (the shape the narrowings below must leave)


def test_a_page_whose_head_credits_a_desk_names_no_person_from_its_foot():
    lines = ["Feeding A Starter", "By the Crumb Baking Desk", "", PARAGRAPH, "", PARAGRAPH, "", "Marta Kowalczyk"]
    assert roles.author_candidates(lines, fallback=True) == []
    lines[1] = "Updated 3 May 2024"
    assert [c.value for c in roles.author_candidates(lines, fallback=True)] == ["Marta Kowalczyk"]


def test_a_line_the_rules_read_and_refused_is_not_read_again():
    # a sponsor's label naming no show's guest, a notice's credit instruction, a byline with the text going on
    for foot in ("Presented by Marta Kowalczyk", "Republish this recipe: credit it as by Marta Kowalczyk, Crumb."):
        assert _author(_post(foot=foot)) is None, foot
    assert not roles.read_by_rules("Marta Kowalczyk") and not roles.read_by_rules("© 2024 Marta Kowalczyk")


def test_a_byline_with_the_text_going_on_under_it_is_no_closing_credit():
    lines = ["Feeding A Starter", "", PARAGRAPH, "", "Written by Marta Kowalczyk, Crumb contributor.", PARAGRAPH]
    assert roles.author_candidates(lines, fallback=True, title="Feeding A Starter") == []
    lines = lines[:-1]  # the credit closes the text: a candidate
    assert "Marta Kowalczyk" in [c.value for c in roles.author_candidates(lines, fallback=True)]


def test_a_teaser_s_byline_in_the_site_s_header_names_no_writer_of_the_piece_under_it():
    lines = ["Crumb & Crust", "Why Rye Loves A Cold Night", "By Bo Lindqvist | 4 min read", "", "Feeding A Starter",
             "", PARAGRAPH]
    chrome = frozenset(lines[:3])
    named = [c.value for c in roles.author_candidates(lines, fallback=True, chrome=chrome)]
    assert "Bo Lindqvist" not in named
    assert "Bo Lindqvist" in [c.value for c in roles.author_candidates(lines, fallback=True)]


def test_a_display_name_under_an_account_s_handle_in_the_site_s_header_is_a_profile_card():
    lines = ["Crumb & Crust", "marta.bakes", "Marta Kowalczyk", "", "Feeding A Starter", "", PARAGRAPH]
    named = [c.value for c in roles.author_candidates(lines, fallback=True, chrome=frozenset(lines[:3]))]
    assert "Marta Kowalczyk" not in named
    lines[1] = "Recipes"  # a name line under a section's label in the header: still a candidate
    assert "Marta Kowalczyk" in [c.value for c in roles.author_candidates(lines, fallback=True,
                                                                           chrome=frozenset(lines[:3]))]
