"""Round 15: institutional advice pages (a patient leaflet, a fact sheet printed from PDF, an agency's story, a
guide with a profile box): the page's tools over the title (a download link with the file's size, a share row
naming X), a headline in title case wrapped before a small word, a leaflet's control block ("Written by" beside
"Reviewed by" and "Approved by"), and a profile box headed "Guide author" over a markup login. Every page here is
written in our own words."""

from __future__ import annotations

import pytest

from pipeline.stages.segment import _title_case_tail, _tool_row, _wrapped_title, document_credit
from tests.conftest import only_article

BODY = ("Most cuts heal within a fortnight if they are kept clean and dry, and a few simple habits make the\n"
        "difference between a quiet fortnight and a second visit.\n\n"
        "Keep the dressing on for the first two days and do not let it get wet.\n\n"
        "Wash your hands before you touch the dressing, and again afterwards.\n")


@pytest.mark.parametrize("line", [
    "Download this leaflet (PDF, 180 KB)", "Download the fact sheet (PDF)", "Télécharger la fiche (PDF, 1,2 Mo)",
    "PDF herunterladen", "Pobierz ulotkę (PDF, 96 KB)", "Share: Facebook  X  LinkedIn  Email",
    "Print this page", "Share on Telegram | Email this",
])
def test_a_page_s_download_link_or_share_row_is_a_tool(line):
    assert _tool_row(line)


@pytest.mark.parametrize("line", ["How to download a PDF from your bank", "Download the app", "X Marks The Spot",
                                  "Printing Your Own Seed Packets"])
def test_a_title_about_downloads_or_printing_is_no_tool(line):
    assert not _tool_row(line)


def test_a_headline_in_title_case_wrapped_before_a_small_word_is_one_title():
    assert _wrapped_title("Keeping Leeks Sound Through", "the Coldest Weeks")
    assert _title_case_tail("Growing Garlic", "in Heavy Clay")
    assert not _title_case_tail("Leek Soup For Cold Nights", "a soup that forgives everything")
    assert not _title_case_tail("Growing Garlic", "In Heavy Clay")


def test_a_fact_sheet_s_two_writers_under_a_wrapped_title():
    page = ("ROWAN COUNTY EXTENSION                                  FS-204\n"
            "Garden Series                                           Revised 3/2021\n\n"
            "Growing Garlic\nin Heavy Clay\n\n"
            "Priya Raman and Oskar Lindqvist\nCounty Horticulture Educators, Rowan and Ely Counties\n\n" + BODY)
    article = only_article(page)
    assert article.title == "Growing Garlic in Heavy Clay"
    assert article.author == "Priya Raman and Oskar Lindqvist"


def test_a_leaflet_s_control_block_names_its_writer_not_its_reviewer():
    page = ("Caring for a cut at home\nInformation for patients\n\n" + BODY + "\n"
            "Written by: Saoirse Ní Bhraonáin, Practice Nurse\n"
            "Reviewed by: Dr Anders Vik, Consultant\n"
            "Approved by: Patient Leaflets Panel, May 2022\n"
            "Leaflet number: RL/042  Version 2\n\n"
            "© Riverside Health Trust 2022. All rights reserved.\n")
    assert only_article(page).author == "Saoirse Ní Bhraonáin"


@pytest.mark.parametrize(("lines", "author"), [
    (["Text.", "Prepared by Ann Lee", "Checked by Bo Lind"], "Ann Lee"),
    (["Authors: Ann Lee and Bo Lind", "Approved by: Leaflet Group"], "Ann Lee and Bo Lind"),
    (["Verfasst von Jutta Brenner", "Geprüft von Dr. Kai Roth"], "Jutta Brenner"),
    (["Autor: Jan Kowalski", "Zatwierdził: dr Ewa Nowak"], "Jan Kowalski"),
])
def test_a_control_block_in_several_wordings(lines, author):
    named = document_credit(lines)
    assert named is not None and named.name == author


@pytest.mark.parametrize("lines", [
    ["Text.", "Reviewed by: Dr Bo Lind"],  # a reviewer alone is no writer
    ["Written by Ann Lee", "Text.", "More text.", "Still more.", "And more.", "Reviewed by Bo Lind"],  # too far
    ["Reviewed by: Dr Bo Lind", "Approved by: Ann Lee"],
])
def test_no_writer_without_a_writing_credit_beside_the_reviewer(lines):
    assert document_credit(lines) is None


def test_a_guide_author_profile_box_outranks_a_markup_login():
    from pipeline.records import Article, Source
    from pipeline.stages import segment as sg
    from tests.conftest import through_stage

    text = ("Five ways to find a journal article\n\n" + BODY + "\nGuide author\n\nTomasz Wilczek\n\n"
            "Subject Librarian, History\n")
    source = Source(path="p.html", sha256="cd" * 32, size=len(text), format="html")
    record = Article(id=Article.make_id(source), source=source, text=text, author="city_libweb")
    (article,), _ = through_stage(sg.STAGE, sg.SegmentConfig(), [record])
    assert article.author == "Tomasz Wilczek"


@pytest.mark.parametrize(("author", "login"), [("city_libweb", True), ("webteam2", True), ("Ann Lee", False),
                                               ("Anna", False)])
def test_a_login_is_one_token_in_lower_case_or_joined(author, login):
    from pipeline.stages.segment import _login_name
    assert _login_name(author) is login


@pytest.mark.parametrize("heading", ["Guide author", "Page owner", "Your guide's creator", "Autorin"])
def test_a_profile_box_heading_naming_the_guide_s_author(heading):
    from pipeline.text.attribution import is_about_box
    assert is_about_box(heading)


def test_a_leaflet_s_head_under_its_breadcrumb_gives_the_title_not_its_first_section():
    page = ("Skip to main content\nRiverside Health Trust\nHome\nOur clinics\nPatient leaflets\nContact us\n"
            "Home › Patient leaflets › Minor injuries\n\n"
            "Minor injuries\nCaring for a cut at home\nInformation for patients\n"
            "Minor Injuries Unit, Riverside Clinic\n\n"
            "Download this leaflet (PDF, 120 KB)\nPrint this page\n\n"
            "Introduction\n" + BODY)
    assert only_article(page).title == "Caring for a cut at home"


CHARITY = ("Skip to content\nHarbourside Money Trust\nFree, confidential money advice\n"
           "Get advice   Advice sheets   About us   Donate\n\n"
           "Advice sheets  ›  Energy debt\n\n"
           "Dealing with an energy bill you cannot pay\n\n" + BODY + "\n"
           "Donate   Volunteer   Privacy\n"
           "© Harbourside Money Trust 2024. Registered charity no. 1234567.\n")


def test_a_charity_s_own_sheet_naming_no_person_is_the_charity_s():
    assert only_article(CHARITY).author == "Harbourside Money Trust"


def test_a_charity_s_sheet_with_a_writer_is_the_writer_s():
    page = CHARITY.replace(BODY, BODY + "\nBy Ines Okonkwo-Hale\n")
    assert only_article(page).author != "Harbourside Money Trust"


def test_a_body_s_name_in_the_footer_only_is_no_author():
    page = CHARITY.replace("Harbourside Money Trust\nFree", "Money Help Online\nFree")
    assert only_article(page).author is None


def test_a_charity_s_sheet_naming_only_its_reviewer_is_nobody_s():
    page = CHARITY.replace(BODY, BODY + "\n| Medically reviewed by Dr Lena Okoro, consultant |\n")
    assert only_article(page).author is None


def test_a_review_credit_line_of_blanks_is_read_in_linear_time():
    import time

    from pipeline.stages.segment import REVIEW_CREDIT

    start = time.process_time()
    assert REVIEW_CREDIT.match("Reviewed by" + " " * 40_000) is None
    assert time.process_time() - start < 1.0
