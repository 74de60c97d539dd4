"""Round 18: licence shapes of the seventh round's hands, read line by line. Sentences written here in our own
words."""

from __future__ import annotations

import pytest

from pipeline.text import licence as lic

ARR = lic.ALL_RIGHTS_RESERVED


def tags(line: str) -> list[str]:
    return [s.tag for s in lic.find_statements(line)]


@pytest.mark.parametrize("line", [
    "4.2 If you upload a pattern, you may choose to offer it to other members under CC BY-SA 4.0.",
    "When you post a guide you can pick a Creative Commons Attribution 4.0 licence for it.",
    "Contributors can opt to release their uploads under CC BY 4.0.",
])
def test_a_licence_users_choose_for_their_own_posts_licenses_no_page(line):
    assert not any(tag.startswith("CC-") for tag in tags(line))


@pytest.mark.parametrize("line, tag", [
    ("Text on this site is licensed under CC BY 4.0.", "CC-BY-4.0"),
    ("You may share this guide under the terms of CC BY-SA 4.0.", "CC-BY-SA-4.0"),
    ("site design © 2024 Pan Answers; user contributions licensed under CC BY-SA 4.0", "CC-BY-SA-4.0"),
])
def test_a_site_s_own_licence_still_licenses_its_texts(line, tag):
    assert tags(line)[:1] == [tag]


@pytest.mark.parametrize("line", [
    "Alle regte voorbehou.",  # Afrikaans
    "Bütün hüquqlar qorunur.",  # Azerbaijani
    "Barcha huquqlar himoyalangan.",  # Uzbek
    "Барлық құқықтар қорғалған.",  # Kazakh
    "සියලුම හිමිකම් ඇවිරිණි.",  # Sinhala
    "រក្សាសិទ្ធិគ្រប់យ៉ាង។",  # Khmer
    "Todos os dereitos reservados.",  # Galician
    "Vse pravice pridržane.",  # Slovene
    "© 1994 Dunmore Parish Council. A11 rights reserved.",  # an OCR'd brochure's misread l's
])
def test_all_rights_reserved_in_more_languages_and_as_ocr_misreads_it(line):
    assert tags(line) == [ARR]


@pytest.mark.parametrize("line", ["Algúns dereitos reservados.", "A11 the rights we reserve are listed below."])
def test_some_rights_reserved_and_prose_reserve_nothing(line):
    assert tags(line) == []


@pytest.mark.parametrize("line", [
    "This handout was written by Ruth Ebbe for the Fenside Forum. You may photocopy it and hand it out free of "
    "charge, as long as you copy all pages and change nothing.",
    "This file may be copied freely and passed around on any board, provided it stays unchanged with this notice.",
    "Anything in the Courier may be reprinted in full by another club's newsletter, provided the writer is credited.",
    "This brochure may be reproduced in full for free distribution, with this notice kept on it.",
])
def test_a_grant_for_a_document_a_file_or_everything_in_an_issue_is_free_reprint(line):
    assert tags(line)[:1] == [lic.FREE_REPRINT]


@pytest.mark.parametrize("line", [
    "This guide was written by Ann Lee. You may print it for your personal use.",
    "Anything in the garden can be used as mulch.",
    "You may download this file to read offline.",
])
def test_a_credit_then_a_personal_copy_and_loose_anythings_grant_nothing(line):
    assert lic.FREE_REPRINT not in tags(line)
