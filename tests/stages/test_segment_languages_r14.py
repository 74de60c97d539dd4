"""Round 14: pages wholly in Swahili, Tagalog, Tamil, Serbian, Bulgarian, Lithuanian and Catalan sign, date and
number their texts in their own words. The language tables (pipeline/text/languages.py) and the date tables
(pipeline/text/dates.py) now hold them; a theme's meta row under a post ("Posted by: NAME | Categories: X | 3
Comments") names its writer in any language. Each shape is written here in our own words, with the nearest line
the rule must leave alone."""

from __future__ import annotations

import pytest

from pipeline.text.attribution import blog_footer, meta_row_footer, written_abroad
from pipeline.text.dates import is_date_line
from tests.conftest import only_article as only
from tests.conftest import tip_headlines

BODY = ("Balcony pots dry out faster than beds, and a few habits keep them alive through August.\n\n"
        "Water before breakfast. The soil holds it through the heat of the day.\n\n"
        "Group the pots together. They shade each other and lose less water.\n\n"
        "Mulch the surface with bark. A thin layer keeps the roots cool.\n")


# ------------------------------------------------------------------------------------------ posted-by footers
@pytest.mark.parametrize("line, name", [
    ("Imewekwa na Zawadi Kimaro saa 4:05 usiku", "Zawadi Kimaro"),  # Swahili Blogger: "posted by … at (hour)"
    ("Publicat per Arnau Soler a les 18:20", "Arnau Soler"),  # Catalan Blogger
    ("Nai-post ni Carmelita Bautista nang 9:40 PM", "Carmelita Bautista"),  # Tagalog
])
def test_a_blog_footer_in_the_new_languages_names_the_poster(line, name):
    assert blog_footer(line).name == name


def test_a_blog_footer_without_its_time_is_no_footer():
    assert blog_footer("Imewekwa na Zawadi Kimaro") is None


@pytest.mark.parametrize("line, name", [
    ("Posted by: Ida Moss | Categories: Balcony, Herbs | Tags: basil | 4 Comments", "Ida Moss"),
    ("பதிவிட்டவர்: மாலதி சுந்தரம் | வகைகள்: சமையல் | 2 மறுமொழிகள்", "மாலதி சுந்தரம்"),  # Tamil theme
    ("Objavila Jelena Marković | Kategorija: Vrt | 5 komentara", "Jelena Marković"),  # Serbian (Latin)
])
def test_a_meta_row_names_its_writer_before_the_fields(line, name):
    assert meta_row_footer(line).name == name


@pytest.mark.parametrize("line", ["Posted by Ida Moss", "Posted by the lake | we stayed all afternoon",
                                  "Posted by Ida Moss | and then she left for good"])
def test_a_posted_by_line_without_a_field_after_it_is_no_meta_row(line):
    assert meta_row_footer(line) is None


def test_the_writer_of_a_meta_row_under_the_post_is_the_author_and_the_comments_go():
    page = ("Three habits for balcony pots\n\n" + BODY + "\n"
            "Posted by: Ida Moss | Categories: Balcony | Tags: pots | 2 Comments\n\n"
            "2 Comments\n\n"
            "    Bo Hale, 3 June 2023\n    I would add two things:\n    1. Use saucers.\n    2. Turn the pots.\n")
    article = only(page)
    assert article.author == "Ida Moss"
    assert "saucers" not in article.text


# -------------------------------------------------------------------------------------- writer labels, bylines
@pytest.mark.parametrize("line, name", [
    ("Пише: Драгана Јовановић", "Драгана Јовановић"),  # Serbian "writes:"
    ("Publicat per Pau Ferrer", "Pau Ferrer"),  # Catalan "posted by"
    ("Parašė: Aistė Kazlauskienė", "Aistė Kazlauskienė"),  # Lithuanian "wrote:"
    ("பதிவிட்டவர்: மாலதி சுந்தரம் | வகைகள்: சமையல், இனிப்பு | 2 மறுமொழிகள்", "மாலதி சுந்தரம்"),
])
def test_a_posted_by_phrase_of_the_new_tables_opens_a_byline(line, name):
    assert written_abroad(line).name == name


# ------------------------------------------------------------------------------------------------- date lines
@pytest.mark.parametrize("line", ["ஜூலை 21, 2023", "Hulyo 9, 2024", "Jumamosi, 14 Septemba 2024",
                                  "3 d'octubre de 2024", "12 मार्च 2023", "9. јул 2024"])
def test_a_date_in_the_new_languages_is_a_date_line(line):
    assert is_date_line(line)


def test_a_month_name_in_a_sentence_is_no_date_line():
    assert not is_date_line("Hulyo 9, 2024 was the day we planted the mango")


@pytest.mark.parametrize("date", ["மார்ச் 4, 2024", "Hulyo 9, 2024"])
def test_a_month_first_date_under_the_title_is_not_the_title(date):
    # a blog's name, tagline and menu, the post's title, then its date line in the blog's language
    page = f"Green Roof\nA small garden on a roof\n\nHome   Posts   About   Contact\n\nThree pot habits\n\n{date}\n\n"
    assert only(page + BODY).title == "Three pot habits"


# -------------------------------------------------------------------------------------------- sequence words
@pytest.mark.parametrize("first, then", [("Прво,", "Затим,"), ("Una,", "Ikalawa,"), ("Primer,", "Mentrestant,"),
                                         ("Kwanza,", "Kisha,"), ("Pirma,", "Galiausiai,"), ("Първо,", "Накрая,")])
def test_a_sequence_word_of_the_new_tables_is_a_marker(first, then):
    body = ("Kettles fur up in hard-water towns, and a little vinegar clears them out again.\n\n"
            f"1. {first} half fill the kettle with water and vinegar.\n\n"
            f"2. {then} boil it and leave it to stand for an hour.\n\n"
            "3. Empty it and rinse twice with clean water.\n")
    assert tip_headlines(body) == ["Half fill the kettle with water and vinegar.",
                                   "Boil it and leave it to stand for an hour.",
                                   "Empty it and rinse twice with clean water."]


# ------------------------------------------------------------------------------------------- picture credits
@pytest.mark.parametrize("line", ["Снимки: Боян Стоев", "Nuotraukos: Aistė Kazlauskienė", "Fotografies: Pau Ferrer",
                                  "Picha: Zawadi Kimaro", "फोटो: अमित वर्मा"])
def test_a_picture_credit_in_the_new_languages_credits_no_writer(line):
    from pipeline.text.attribution import credit_line, writing_credit

    assert credit_line(line) is None and writing_credit(line) is None


def test_the_writer_is_the_text_credit_not_the_picture_credit_under_it():
    page = ("Cottage in the Field\nA blog about garden and kitchen\n\nHome  /  Garden\n\n"
            "How to ready roses for winter\n\nТекст: Десислава Маринова\nСнимки: Боян Стоев\n\n" + BODY)
    article = only(page)
    assert (article.title, article.author) == ("How to ready roses for winter", "Десислава Маринова")


@pytest.mark.parametrize("line, name", [("Ni Dra. Maricel Dela Paz-Santos", "Maricel Dela Paz-Santos"),
                                        ("От Десислава Маринова", "Десислава Маринова")])
def test_the_bare_word_for_by_in_tagalog_and_bulgarian_heads_a_byline(line, name):
    from pipeline.text.attribution import byline_abroad

    assert byline_abroad(line).name == name


def test_the_bare_word_for_by_before_no_name_is_no_byline():
    from pipeline.text.attribution import byline_abroad

    assert byline_abroad("Ni isang patak ng ulan") is None and byline_abroad("От градината до масата") is None


# ------------------------------------------------------------------------------------- a thread's chosen reply
def _thread(mark: str, head: str) -> str:
    return ("Growers' Forum\nHome » Fruit » Plums\n\nLog in | Register\n\nWhy do my plums split before they ripen?\n\n"
            "Post by: tam_o » 2024-08-02 20:10\nEvery year half the plums split on the tree. I water twice a week. "
            "What is going on?\n\n"
            "Re: Why do my plums split before they ripen?\nPost by: Gil » 2024-08-02 21:00\nBad luck, I would say.\n\n"
            f"{mark}\nRe: Why do my plums split before they ripen?\n{head} » 2024-08-03 07:30\n"
            "Splitting comes from uneven water. Check these:\n1) Water deeply once a week instead of a little often.\n"
            "2) Mulch the root zone so the soil dries evenly.\n3) Pick the fruit a few days early after heavy rain.\n\n"
            "© 2024 Growers' Forum\n")


@pytest.mark.parametrize("mark, head, name", [
    ("✔ Marked by the asker as the best answer", "Post by: Ottilie Brandvold", "Ottilie Brandvold"),
    ("✔ Pažymėtas kaip geriausias atsakymas", "Parašė: Aistė Kazlauskienė", "Aistė Kazlauskienė"),  # Lithuanian
    ("✔ Најбољи одговор", "Пише: Драгана Јовановић", "Драгана Јовановић"),  # Serbian
])
def test_a_threads_author_is_the_writer_of_the_reply_marked_best(mark, head, name):
    assert only(_thread(mark, head)).author == name


def test_a_thread_with_no_marked_reply_names_no_answerer_by_this_rule():
    from pipeline.text.attribution import accepted_reply

    assert accepted_reply(_thread("", "Post by: Ottilie Brandvold").split("\n")) is None
