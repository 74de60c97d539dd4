"""Round 17: licence shapes of the sixth round's hands, read line by line. Sentences written here in our own
words."""

from __future__ import annotations

import pytest

from pipeline.text import licence as lic

ARR = lic.ALL_RIGHTS_RESERVED


def tags(line: str) -> list[str]:
    return [s.tag for s in lic.find_statements(line)]


@pytest.mark.parametrize("line, holder", [
    ("Copyright @ 1962 by Perpetua Okonkwo-Hale", "Perpetua Okonkwo-Hale"),
    ("COPYRIGHT @ 2004 Tamsin Vell. All rights reserved.", "Tamsin Vell"),
])
def test_an_ocr_at_sign_after_the_word_copyright_reads_as_the_sign(line, holder):
    [statement] = lic.find_statements(line)
    assert (statement.tag, statement.holder) == (ARR, holder)


@pytest.mark.parametrize("line", ["Copyright @home: our series on house rules.", "Write to copyright@example.org",
                                  "We meet @ 1987 Mill Road on Fridays."])
def test_an_at_sign_without_the_word_and_a_year_is_no_copyright(line):
    assert tags(line) == []


@pytest.mark.parametrize("line", [
    "Sharing this with permission from Ingrid Solvang, who first posted it on her allotment blog.",
    "Reposting her recipe here with her kind permission, because everyone asked.",
    "Posting the following with the author's blessing.",
])
def test_a_sharer_s_note_that_carries_a_text_by_its_writer_s_leave_is_used_with_permission(line):
    assert tags(line)[:1] == [lic.USED_WITH_PERMISSION]


@pytest.mark.parametrize("line", ["I am not sharing this without permission.", "Sharing this with my neighbours."])
def test_sharing_with_someone_or_without_leave_is_no_permission_line(line):
    assert lic.USED_WITH_PERMISSION not in tags(line)


@pytest.mark.parametrize("line", [
    "ਇਸ ਲਿਖਤ ਉੱਤੇ ਕੋਈ ਹੱਕ ਨਹੀਂ। ਮੈਂ ਇਸ ਨੂੰ ਜਨਤਕ ਖੇਤਰ ਨੂੰ ਸਮਰਪਿਤ ਕਰਦਾ ਹਾਂ।",
    "ਇਹ ਨੋਟ ਪਬਲਿਕ ਡੋਮੇਨ ਵਿੱਚ ਜਾਰੀ ਹੈ।",
    "लेखिका ने यह पर्चा सार्वजनिक क्षेत्र (पब्लिक डोमेन) को समर्पित किया है।",
])
def test_a_punjabi_or_hindi_dedication_in_words_is_public_domain(line):
    assert tags(line) == [lic.PUBLIC_DOMAIN]


@pytest.mark.parametrize("line", ["यह लेख सार्वजनिक डोमेन को समर्पित नहीं है।",
                                  "सार्वजनिक डोमेन क्या है? इस लेख में पढ़िए।",
                                  "ਜਨਤਕ ਖੇਤਰ ਦੀਆਂ ਸੜਕਾਂ ਉੱਤੇ ਪਰਾਲੀ ਨਾ ਸਾੜੋ।"])
def test_the_public_domain_s_noun_alone_or_negated_is_no_dedication(line):
    assert lic.PUBLIC_DOMAIN not in tags(line)


def test_a_danda_ends_a_sentence_as_a_full_stop_does():
    text = "ਪਹਿਲਾ ਵਾਕ। ਦੂਜਾ ਵਾਕ। तीसरा वाक्य।"
    assert [text[a:b] for a, b in lic._sentences(text)] == ["ਪਹਿਲਾ ਵਾਕ।", "ਦੂਜਾ ਵਾਕ।", "तीसरा वाक्य।"]


@pytest.mark.parametrize("line", [
    "Hedgerow Notes is dedicated to the public domain. Forward it, quote it: no need to ask.",
    "Thanks for reading. The Parish Pump is released into the public domain.",
])
def test_a_publication_dedicated_by_its_own_name_is_public_domain(line):
    assert tags(line) == [lic.PUBLIC_DOMAIN]


@pytest.mark.parametrize("line", ["Old Moore's Almanac is in the public domain, so we quote it freely.",
                                  "Our founder is dedicated to the public good."])
def test_a_name_said_to_be_in_the_public_domain_is_no_dedication_of_this_text(line):
    assert lic.PUBLIC_DOMAIN not in tags(line)


@pytest.mark.parametrize("line, tag", [
    # the reservation and the leave in the round's new language rows (text/languages.py)
    ("© Veðurfréttir ehf. 2021. Öll réttindi áskilin.", ARR),
    ("© 2019 Градинар.мк. Сите права се задржани.", ARR),
    ("Текстот е објавен со дозвола на авторот.", lic.USED_WITH_PERMISSION),
    ("© 2020 Aiapidaja OÜ. Kõik õigused kaitstud.", ARR),
    ("© 2023 ਖੇਤੀ ਖ਼ਬਰਾਂ। ਸਾਰੇ ਹੱਕ ਰਾਖਵੇਂ ਹਨ।", ARR),
    ("© 2022 Kopshti Ynë. Të gjitha të drejtat të rezervuara.", ARR),
])
def test_the_new_language_rows_reserve_and_credit_leave(line, tag):
    assert lic.combine(lic.find_statements(line)).tag == tag


@pytest.mark.parametrize("line, tag", [
    ("Selle lehe tekstid on kasutatavad Creative Commonsi litsentsi Autorile viitamine + Jagamine samadel "
     "tingimustel 4.0 alusel.", "CC-BY-SA-4.0"),
    ("Sadržaj je dostupan pod licencom Creative Commons Imenovanje-Nekomercijalno-Bez prerada 4.0.",
     "CC-BY-NC-ND-4.0"),
    ("Тексты доступны по лицензии Creative Commons «Атрибуция — Некоммерческое использование — На тех же "
     "условиях» 4.0 Всемирная.", "CC-BY-NC-SA-4.0"),
    ("Saturs pieejams saskaņā ar Creative Commons Atsauce-Nekomerciāls 4.0 licenci.", "CC-BY-NC-4.0"),
])
def test_creative_commons_named_in_the_deeds_of_more_languages(line, tag):
    assert tags(line) == [tag]


@pytest.mark.parametrize("line", [
    "Artikujt e këtij buletini mund të ribotohen falas, vetëm të plotë dhe pa ndryshime, duke përmendur autorin.",
    "Dieser Artikel darf nur vollständig nachgedruckt werden.",
])
def test_only_whole_and_without_changes_are_a_grant_s_terms_not_its_limits(line):
    assert tags(line) == [lic.FREE_REPRINT]


@pytest.mark.parametrize("line", ["Artikujt nuk mund të ribotohen pa leje.",
                                  "Artikujt mund të ribotohen vetëm me leje me shkrim.",
                                  "Dieser Artikel darf nur mit Genehmigung nachgedruckt werden."])
def test_a_grant_only_with_leave_or_negated_stays_no_grant(line):
    assert lic.FREE_REPRINT not in tags(line)
