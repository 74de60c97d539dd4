"""Attribution helpers widened in round 10 (issue 16): forms of rules that already existed, met on a hand's pages
the code had never read; every example in our own words."""

from __future__ import annotations

import pytest

from pipeline.text.attribution import (
    is_contact_line,
    is_footer_chrome,
    is_person_name,
    is_unheaded_bio,
    name_in_bio,
    name_line,
    written_abroad,
)


# A resource box that tells the writer's career in the past tense opens with the name as one in the present does.
@pytest.mark.parametrize(("bio", "name"), [
    ("T.K. ADEYEMI-LUND spent nine years as a site manager.", "T.K. Adeyemi-Lund"),
    ("Halldóra Vésteinsdóttir trained as a midwife in Akureyri.", "Halldóra Vésteinsdóttir"),
    ("Piotr Zawadzki grew up above his parents' bakery in Łódź.", "Piotr Zawadzki"),
    ("Maren Aasheim wrote for trade magazines for a decade.", "Maren Aasheim"),
])
def test_a_bio_in_the_past_tense_names_its_writer(bio, name):
    assert name_in_bio(bio).name == name


@pytest.mark.parametrize("sentence", ["The first winter we spent in the house was cold.",
                                      "Most of the tomatoes ripened late this year.",
                                      "Last Spring Ended early for the bees."])
def test_a_sentence_in_the_past_tense_names_no_one(sentence):
    assert name_in_bio(sentence) is None


def test_a_past_tense_paragraph_without_a_bio_cue_is_still_no_unheaded_bio():
    assert is_unheaded_bio("Maren Aasheim wrote back the same afternoon.") is None


# An advice column's heading, "Ask" and its writer's first name, looks like a two-word name; it is the column's.
@pytest.mark.parametrize("heading", ["Ask Margarethe", "ASK TOMASZ", "Ask Annelie"])
def test_an_ask_column_heading_is_no_person_name(heading):
    assert not is_person_name(heading)
    assert name_line(heading) is None or not is_person_name(name_line(heading).name)


def test_a_name_that_only_contains_the_letters_is_still_a_name():
    assert is_person_name("Askel Brandvold") and is_person_name("Tove Ask Lindqvist")


# An email newsletter's own footer, as its archive keeps it, is chrome under the last item.
@pytest.mark.parametrize("line", ["You are receiving this because you joined the Orchard Society.",
                                  "You received this email because you signed up at our stall.",
                                  "To unsubscribe, reply with STOP in the subject line."])
def test_a_newsletters_own_footer_is_footer_chrome(line):
    assert is_footer_chrome(line)


@pytest.mark.parametrize("line", ["You get this right because you practise.",
                                  "You are receiving this advice because I made every mistake first."])
def test_a_sentence_about_the_reader_is_no_footer(line):
    assert not is_footer_chrome(line)


@pytest.mark.parametrize("line", ["Send Marit your question", "Email us your dilemmas in confidence.",
                                  "Write me your letters at the address below."])
def test_a_columns_invitation_is_a_contact_line(line):
    assert is_contact_line(line)


def test_a_reply_form_saved_as_text_is_chrome_the_foot_scan_passes():
    # round 11: no rule of its own any more; the foot scan passes it as a short line that names nobody
    from pipeline.stages.segment import _nameless_chrome
    assert _nameless_chrome("Your name (optional) __________ Your letter __________ [SEND]")


# "Written by" as blog themes translate it in more languages: a byline wherever it stands in a page's head.
@pytest.mark.parametrize(("line", "name"), [("Ditulis oleh Siti Rahmawati", "Siti Rahmawati"),
                                            ("Scris de Ioana Mărginean", "Ioana Mărginean"),
                                            ("Napsala Tereza Dvořáková", "Tereza Dvořáková"),
                                            ("Kirjoittanut Aino Virtanen", "Aino Virtanen"),
                                            ("Írta: Kovács Anna", "Kovács Anna"),
                                            ("Viết bởi Nguyễn Thị Lan", "Nguyễn Thị Lan")])
def test_written_by_in_more_languages_names_the_writer(line, name):
    assert written_abroad(line).name == name


@pytest.mark.parametrize("line", ["Scris de mână", "Írta a tanár", "Γράφει η ιστορία"])
def test_the_same_words_before_no_name_credit_no_one(line):
    assert written_abroad(line) is None


@pytest.mark.parametrize("line", ["Sie erhalten diese E-Mail, weil Sie Mitglied im Verein sind.",
                                  "Vous recevez cet e-mail car vous êtes adhérent de l'association.",
                                  "Recibes este correo porque te suscribiste en nuestra web.",
                                  "Je ontvangt deze nieuwsbrief omdat je lid bent."])
def test_a_newsletters_own_footer_in_another_language_is_footer_chrome(line):
    assert is_footer_chrome(line)
