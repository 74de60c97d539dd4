"""Round 17 (issue 16): authorship as pages really write it. Our own words.

SPEC ("Decided in round 17"): the writer-down of an "as told to" piece and a credited ghostwriter are authors;
three co-authors are "A and B and C" with their titles dropped; a "By the SITE Reviews Team" byline is the
organisation, the team word (and its department) dropped; patronymics ("binti") stay in the name.
"""

from __future__ import annotations

import pytest

from pipeline.text.attribution import (
    first_of_glued,
    ghostwriter,
    is_byline,
    listed_writers,
    parse_byline,
    team_byline,
    tidy_name,
)


@pytest.mark.parametrize(("line", "name"), [
    ("Kofi Mensah, a lighthouse keeper on Skye, as told to Órla Nic Aodha", "Órla Nic Aodha"),
    ("As told to Bettina Lauridsen", "Bettina Lauridsen"),
])
def test_the_writer_down_of_an_as_told_to_piece_is_its_author(line, name):
    assert is_byline(line) and parse_byline(line).name == name


def test_a_sentence_about_being_told_to_do_something_is_no_byline():
    assert not is_byline("We were told to wait outside until the rain stopped.")


@pytest.mark.parametrize(("text", "name"), [
    ("Dr Hallvard Moe's answers are ghostwritten by Ines van der Laan from his surgery notes.", "Ines van der Laan"),
    ("Ghostwriter: Tadeusz Wrona", "Tadeusz Wrona"),
    ("This memoir was ghost-written by Perpetua Achterberg.", "Perpetua Achterberg"),
])
def test_a_credited_ghostwriter_is_named(text, name):
    assert ghostwriter(text).name == name


def test_no_ghostwriter_where_none_is_credited():
    assert ghostwriter("I never used a ghostwriter for any of my books.") is None
    assert ghostwriter("Written by Ines van der Laan.") is None


@pytest.mark.parametrize(("who", "joined"), [
    ("Hana Kowalczyk, Dr. Ruairí Breathnach and Teodor Vasile",
     "Hana Kowalczyk and Ruairí Breathnach and Teodor Vasile"),
    ("ir. Joost Vermeer, Prof. Dr. med. Annika Strand & Ing. Milan Horák",
     "Joost Vermeer and Annika Strand and Milan Horák"),
])
def test_three_listed_writers_are_joined_with_their_titles_dropped(who, joined):
    assert listed_writers(who).name == joined
    assert parse_byline(f"By {who}").name == joined


@pytest.mark.parametrize("who", [
    "Hana Kowalczyk, midwife and author",  # one writer, her roles after a comma
    "Hana Kowalczyk and Teodor Vasile",  # two writers: two_writers' reading
    "Hana Kowalczyk, Teodor Vasile",  # no "and" before the last: no list's end
])
def test_a_name_with_roles_or_two_names_is_no_list(who):
    assert listed_writers(who) is None


def test_a_reviews_team_byline_is_the_organisation():
    assert team_byline("By the Kettleworth Reviews Team").name == "Kettleworth"
    assert team_byline("By the Kettleworth Testing Team").name == "Kettleworth"


def test_a_malay_patronymic_stays_in_the_name():
    assert tidy_name("Farah Nadia binti Rahman").name == "Farah Nadia binti Rahman"
    assert tidy_name("Haziq bin Roslan").name == "Haziq bin Roslan"


def test_glued_credits_are_cut_before_the_second():
    assert first_of_glued("Escrito por Inés Gallo Revisado por Bo Ng") == "Escrito por Inés Gallo"
    assert first_of_glued("Ditulis oleh Siti Hajar") == "Ditulis oleh Siti Hajar"


@pytest.mark.parametrize(("line", "name"), [
    ("Postitanud Maarja Kuusk kell 19:02    2 kommentaari:", "Maarja Kuusk"),  # Estonian Blogger theme
    ("Birt af Ragnheiður Jónsdóttir kl. 08:15", "Ragnheiður Jónsdóttir"),  # Icelandic
    ("Postuar nga Elira Hoxha në 22:40", "Elira Hoxha"),  # Albanian
])
def test_a_blog_footer_in_this_round_s_languages_names_the_poster(line, name):
    from pipeline.text.attribution import blog_footer, is_blog_footer

    assert is_blog_footer(line) and blog_footer(line).name == name


def test_another_language_s_written_by_credit_reads_without_its_glued_reviewer():
    from pipeline.text.attribution import posted_by_abroad

    assert posted_by_abroad("Escrito por Inés Gallo Soto Revisado por Bo Ng").name == "Inés Gallo Soto"
    assert posted_by_abroad("Von Regeln und Ausnahmen") is None


# SPEC (round 17): a platform's display name is read without its emoji and wins over the handle; an unrolled
# thread's head names its writer ("Thread by NAME (@handle) on DATE"); a signature of initials only is the author.
@pytest.mark.parametrize(("line", "name"), [
    ("Thread by Dagny Vestergaard 🌱 (@dagny_grows) on Monday, 4 March 2024", "Dagny Vestergaard"),
    ("By Tiago Mendonça ✨🧵", "Tiago Mendonça"),
])
def test_a_display_name_is_read_without_its_emoji(line, name):
    assert parse_byline(line).name == name


def test_a_name_line_with_an_emoji_is_still_a_name():
    from pipeline.text.attribution import name_line

    assert name_line("Завен Мелконян 🌊").name == "Завен Мелконян"


@pytest.mark.parametrize(("line", "name"), [("-- R.Å.", "R.Å."), ("— T. B. K.", "T. B. K.")])
def test_a_signature_of_initials_only_names_the_writer_as_signed(line, name):
    from pipeline.text.attribution import dash_signoff

    assert dash_signoff(line).name == name


def test_a_single_initial_or_a_word_is_no_initials_signature():
    from pipeline.text.attribution import INITIALS_ONLY

    assert not INITIALS_ONLY.fullmatch("R.") and not INITIALS_ONLY.fullmatch("OK.")


# SPEC (round 17): show notes are by their producer; a video's author is its named maker, not the channel.
def test_show_notes_credit_names_their_producer():
    assert parse_byline("Show notes by Marisol Ferreira-Lund, producer.").name == "Marisol Ferreira-Lund"
    assert is_byline("Episode notes by Marisol Ferreira-Lund")


@pytest.mark.parametrize(("text", "name"), [
    ("Hi all, I'm Baptiste Lemaire and I have restored old chairs in Lyon for thirty years.", "Baptiste Lemaire"),
    ("My name is Yewande Adebayo-Stone, and this is how I prune roses.", "Yewande Adebayo-Stone"),
])
def test_a_maker_introducing_themselves_by_full_name_is_read(text, name):
    from pipeline.text.attribution import self_introduced

    assert self_introduced(text).name == name


@pytest.mark.parametrize("text", [
    "I'm Baptiste and I restore chairs.",  # a first name only
    "I'm Really Glad You Asked about chairs.",  # capitalised words that name nobody
])
def test_no_self_introduction_without_a_full_name(text):
    from pipeline.text.attribution import self_introduced

    assert self_introduced(text) is None


def test_a_self_introduction_past_the_opening_words_is_someone_met_in_the_story():
    from pipeline.text.attribution import SELF_INTRO_CHARS, self_introduced

    late = "The workshop smelled of glue and old varnish. " * (SELF_INTRO_CHARS // 40)
    assert self_introduced(late + "He said: I'm Baptiste Lemaire, and I restore chairs.") is None


def test_an_answer_card_s_name_stands_over_its_row_of_facts():
    from pipeline.text.attribution import answer_card

    card = ["Which soil suits blueberries?", "Leontyne Abara-Whitfield",
            "Allotment holder, 15 years · Lives in Leeds · Answered 4y · Upvoted by Bo Ng"]
    assert answer_card(card).name == "Leontyne Abara-Whitfield"
    assert answer_card(["My neighbour Bo", "She answered the door at 9 and smiled."]) is None


def test_a_review_s_closing_credit_names_its_writer_not_its_photographer():
    assert parse_byline("Review by Ingrid Solheim-Baptiste").name == "Ingrid Solheim-Baptiste"
    assert parse_byline("Medically reviewed by Ingrid Solheim-Baptiste") is None
