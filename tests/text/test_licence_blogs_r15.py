"""Round 15: notices on modern blogs and workspace pages, in our own words. A hosted blog's footer sets its
copyright beside a row of the platform's legal links ("© 2025 NAME · Privacy ∙ Terms"): read against the page's
author, the links are no part of the holder's name. A team's working document ("this playbook", "this handbook")
is dedicated to the public domain as an article is."""

from pipeline.text.html_meta import trimmed_rights
from pipeline.text.licence import find_statements


def test_a_footer_s_legal_links_after_the_writer_s_own_copyright_leave_it_hers():
    # a hosted blog's trimmed footer, read against the page's author: the links are no part of the holder
    for line in ("© 2025 Henrike Achterberg · Privacy ∙ Terms ∙ Collection notice",
                 "© 2025 Henrike Achterberg ∙ Impressum ∙ Datenschutz",
                 "© 2025 Henrike Achterberg | Cookies | Contact"):
        statement = trimmed_rights(["Share", line], author="Henrike Achterberg")
        assert statement is not None and statement.tag == "LicenseRef-all-rights-reserved", line


def test_a_site_s_footer_with_its_links_is_still_its_mark_only():
    assert trimmed_rights(["© 2025 The Cold Frame · Privacy ∙ Terms"], author="Henrike Achterberg") is None


def test_a_row_of_links_after_a_bare_sign_still_names_no_one():
    assert find_statements("© Cookie preferences · Advertise · Contact") == []


def test_a_working_document_dedicated_to_the_public_domain():
    for noun in ("playbook", "handbook", "template", "workbook"):
        [statement] = find_statements(f"This {noun} is in the public domain. Copy it and make it yours.")
        assert statement.tag == "LicenseRef-public-domain", noun


def test_a_document_not_in_the_public_domain_is_no_dedication():
    assert find_statements("This handbook is not in the public domain.") == []
