"""Segment: round 8's shapes of the writer's line on text pages (issue 16), each page in our own words: the word
for "by" in Hebrew and Arabic before the name under the title."""

from __future__ import annotations

import pytest

from pipeline.records import Article, Source
from pipeline.stages import segment as sg
from pipeline.text.attribution import name_line
from tests.conftest import only_article as segment
from tests.conftest import through_stage

TEXT = ("Oil the hinges before the frost comes; a stiff gate strains its posts all winter long.\n"
        "Clear the gutters once the last leaves fall, or the water finds its own way in.\n\n")


# Shape: a Hebrew page credits its writer under the title with "מאת" ("by"), an Arabic one with "بقلم" ("by the pen
# of") or a blog theme's "بواسطة": the word is never part of the name.
@pytest.mark.parametrize(("line", "name"), [("מאת אורית שמעוני", "אורית שמעוני"), ("מאת: אורית שמעוני", "אורית שמעוני"),
                                            ("بقلم ليلى حداد", "ليلى حداد"), ("بواسطة ليلى حداد", "ليلى حداد")])
def test_the_word_for_by_in_hebrew_and_arabic_leaves_the_name(line, name):
    assert name_line(line).name == name


# The same family in the words blog themes translate "written by" / "posted by" into, and Chinese and Japanese
# credit labels with their full-width colon or slash: the words never stay in the name.
@pytest.mark.parametrize(("line", "name"), [("Escrito por Lucía Ferrer", "Lucía Ferrer"),
                                            ("Scritto da Giulia Conti", "Giulia Conti"),
                                            ("Geschrieben von Jutta Brenner", "Jutta Brenner"),
                                            ("Écrit par Amélie Roux", "Amélie Roux"),
                                            ("Skrevet af Lars Brekke", "Lars Brekke"),
                                            ("Napisała Anna Wróbel", "Anna Wróbel"),
                                            ("作者：林美玲", "林美玲"), ("文／林美玲", "林美玲"),
                                            ("文：佐藤花子", "佐藤花子")])
def test_written_by_in_other_languages_and_full_width_labels_leave_the_name(line, name):
    assert name_line(line).name == name


def test_a_hebrew_byline_under_the_title_names_the_writer_alone():
    article = segment("Two Jobs Before The Frost\n\nמאת אורית שמעוני\nMarch 19, 2023\n\n" + TEXT)
    assert (article.title, article.author) == ("Two Jobs Before The Frost", "אורית שמעוני")


# Shape: the writer credited under the last paragraph by a label naming the writing ("Text: NAME", Korean "글: NAME"),
# over the place and date, the post's tags and the site's footer; a label crediting the pictures names no writer.
@pytest.mark.parametrize(("credit", "author"), [("글: 한지민", "한지민"), ("Text: Ines Barros", "Ines Barros"),
                                                ("Words & photos: Ines Barros", "Ines Barros"),
                                                ("Photos: Ines Barros", None)])
def test_a_label_crediting_the_writing_under_the_text_names_the_writer(credit, author):
    page = ("Two Jobs Before The Frost\n\n" + TEXT + credit + "\nPorto · 2020.10.15\n\n#garden #autumn\n\n"
            "Garden Notebook 2020\n")
    article = segment(page)
    assert article.author == author
    assert "Two Jobs" not in article.text and "Oil the hinges" in article.text


# Shape: a blog post's readers' comments under it, as WordPress prints them ("NAME says:" with the comment on its
# line, or over the date, the comment and "Reply"), then the comment form's notice: the comments are not the
# article's, and the writer's closing bio above them names the writer.
@pytest.mark.parametrize("comments", [
    "Dai R. says: The third step saved me an hour.\nKerry says: Done mine today, looks new.\n",
    "2 thoughts on \"Two Jobs Before The Frost\"\n\nHettie says:\nJune 5, 2012 at 8:14 am\nGold, thank you.\nReply\n\n"
    "Kate Oyelaran says:\nJune 5, 2012 at 9:02 am\nGlad it helped!\nReply\n",
])
def test_readers_comments_under_a_closing_bio_leave_the_text_and_the_bio_names_the_writer(comments):
    page = ("Two Jobs Before The Frost\n\n" + TEXT + "---\nMererid Pryce is a retired joiner who now writes "
            "this blog from Bangor.\n\n" + comments + "\nYour email address will not be published. Required fields "
            "are marked *\n")
    article = segment(page)
    assert article.author == "Mererid Pryce"
    assert "says" not in article.text and "Reply" not in article.text and "Oil the hinges" in article.text


def test_one_name_says_line_opening_the_answer_stays_in_the_text():
    page = ("Two Jobs Before The Frost\n\nWords: Maura Keane\n\nA reader asks how to keep a gate sound.\n\n"
            "Mo says:\n\n" + TEXT + "Send your own question to the desk.\n\nMo x\n")
    article = segment(page)
    assert "Mo says:" in article.text and "Oil the hinges" in article.text


# Shape: the writer's box under the text, with no "About the author" heading and no role or place word in it: the
# name alone on its line over a sentence about that person, or the name with a degree between commas ("NAME, DVM,
# has ..."), over the site's company copyright: the person wrote it, not the company. A last paragraph that only
# opens with a name is the article's own.
@pytest.mark.parametrize("box", ["Joris Verbeek\nJoris Verbeek has grown tomatoes on a fourth-floor balcony for "
                                 "twelve years.", "Joris Verbeek, DVM, has run the practice since 2009."])
def test_a_writers_box_without_a_heading_names_the_writer_over_the_companys_copyright(box):
    page = ("Two Jobs Before The Frost\n\n" + TEXT + box + "\n\n© 2021 Tuinpraat Media B.V. All rights reserved.\n")
    article = segment(page)
    assert article.author == "Joris Verbeek"
    assert "Joris" not in article.text


def test_a_last_paragraph_opening_with_a_name_is_no_bio():
    page = ("Two Jobs Before The Frost\n\n" + TEXT + "Joris Verbeek has grown tomatoes on this balcony for twelve "
            "years, and he still oils his gate every October.\n")
    article = segment(page)
    assert article.author is None
    assert "Joris Verbeek has grown" in article.text


# Shape: an advice column's standfirst under its title names the columnist ("NAME answers your letters", "NAME
# replies to readers' questions"): the columnist wrote it, and the standfirst is no title.
@pytest.mark.parametrize("standfirst", ["Agnes Ó Dálaigh answers your letters",
                                        "Agnes Ó Dálaigh replies to readers' questions",
                                        "Agnes Ó Dálaigh tackles your money dilemmas"])
def test_a_columnists_standfirst_names_the_writer_under_the_title(standfirst):
    page = ("THE WESTERN PAPER\nHome / Magazine / Ask Agnes\n\nAsk Agnes: a gate that will not close\n\n"
            + standfirst + "\n\nMy gate sticks every winter. What can I do?\nSeán, Galway\n\n" + TEXT)
    article = segment(page)
    # (SPEC: the column's name before the colon is a label, not the title; round 15 applied it to every title)
    assert (article.title, article.author) == ("a gate that will not close", "Agnes Ó Dálaigh")


def test_a_team_answering_questions_is_no_writer_line():
    assert name_line("Our garden team answers your questions") is None


# Shape: a guest post on a host's blog: the host's name stands under the title (the blog's byline), and the host's
# note over the text hands the page to the guest ("Today's guest post comes from NAME, a ...", "This week's letter
# is a guest essay by NAME"), perhaps under a dek. The guest wrote it; a note about an earlier guest post does not
# change the writer.
@pytest.mark.parametrize(("dek", "note"), [
    ("", "Today's guest post comes from Kofi Mensah-Owusu, a retired postman from Kumasi. Over to you, Kofi! — Fiona"),
    ("A guest essay, and the most useful thing I have published this year\n",
     "This week's letter is a guest essay by Kofi Mensah-Owusu, a reader who wrote to me in May. — Fiona"),
])
def test_a_hosts_note_hands_a_guest_post_to_its_guest_over_the_hosts_byline(dek, note):
    page = ("The Quiet Ledger\n\nTwo Jobs Before The Frost\n" + dek + "\nFiona Baird-Lennox\nOct 22, 2024\n\n" + note
            + "\n\n" + TEXT)
    article = segment(page)
    assert (article.title, article.author) == ("Two Jobs Before The Frost", "Kofi Mensah-Owusu")


def test_a_note_about_last_weeks_guest_keeps_the_hosts_byline():
    page = ("The Quiet Ledger\n\nTwo Jobs Before The Frost\n\nFiona Baird-Lennox\nOct 22, 2024\n\n"
            "Last week's guest post by Kofi Mensah-Owusu drew more letters than any this year. This week, my turn.\n\n"
            + TEXT)
    assert segment(page).author == "Fiona Baird-Lennox"


def test_a_hosts_note_hands_a_guest_post_to_its_guest_over_the_markups_author():
    text = ("Two Jobs Before The Frost\n\nToday's guest post comes from Kofi Mensah-Owusu, a retired postman from "
            "Kumasi. Over to you, Kofi! — Fiona\n\n" + TEXT)
    source = Source(path="p.html", sha256="cd" * 32, size=len(text), format="html")
    record = Article(id=Article.make_id(source), source=source, text=text, author="Fiona Baird-Lennox")
    (article,), _ = through_stage(sg.STAGE, sg.SegmentConfig(), [record])
    assert article.author == "Kofi Mensah-Owusu"


# Shape: a recipe blog's story first, then the recipe plugin's card inside the text: the title again, the card's
# credit ("Recipe by NAME", "Author: NAME"), the times. The card's credit names the writer; the title repeated
# without a credit under it names no one.
@pytest.mark.parametrize(("credit", "author"), [("Recipe by มาลี ศรีสุข", "มาลี ศรีสุข"),
                                                ("Author: Ines Barros", "Ines Barros"), ("Serves 4", None)])
def test_a_recipe_cards_credit_under_the_title_repeated_names_the_writer(credit, author):
    page = ("Little Kitchen\nHome » Soups » Quick Lemongrass Soup\n\nQuick Lemongrass Soup\n\n"
            "Last rainy season my neighbour brought a bag of lemongrass and asked for a soup that takes less than an "
            "evening. This is the version we settled on at my kitchen table.\n\nQuick Lemongrass Soup\n" + credit
            + "\nPrep 10 min | Cook 20 min\n\nMethod\n1. Warm the stock with the lemongrass for five minutes.\n"
            "2. Add the coconut milk and bring it just to a simmer.\n")
    assert segment(page).author == author


# Shape: a reposted piece's credit under its title without "By": the writer's name, then where the piece first ran
# and under what terms ("NAME · originally published on X under a Creative Commons Attribution 4.0 licence."). The
# name is the writer, the terms are the licence, and the line is not the text.
def test_a_reposted_pieces_name_then_where_it_first_ran_names_the_writer_and_keeps_the_terms():
    page = ("Weekend Reading\n\nTwo Jobs Before The Frost\n\nKofi Mensah-Owusu · originally published on "
            "gatepost.example under a Creative Commons Attribution 4.0 International licence.\n\n" + TEXT)
    article = segment(page)
    assert (article.title, article.author) == ("Two Jobs Before The Frost", "Kofi Mensah-Owusu")
    assert article.licence.tag == "CC-BY-4.0"
    assert "originally published" not in article.text and "Oil the hinges" in article.text


# Shape: two writers on one byline ("By NAME and NAME"), joined as SPEC joins co-authors ("A and B", round 11); a
# byline naming a studio with "and" in its name names no person.
@pytest.mark.parametrize(("byline", "author"), [("By Chidi Eze and Małgorzata Nowak", "Chidi Eze and Małgorzata Nowak"),
                                                ("Written by Chidi Eze & Ana Reis", "Chidi Eze and Ana Reis"),
                                                ("By Salt and Pepper Studio", None)])
def test_a_byline_naming_two_writers_names_both(byline, author):
    article = segment("Two Jobs Before The Frost\n" + byline + "\n\n" + TEXT)
    assert (article.title, article.author) == ("Two Jobs Before The Frost", author)


def test_readers_tips_gathered_into_the_article_stay_in_the_text():
    page = ("Cool Drinks Without Ice\n\nWe asked you how you keep drinks cold on a hot day without an ice tray.\n\n"
            "Maria Lopez says: Freeze grapes and drop them in the glass.\nTom Reilly says: Chill the glasses first.\n"
            "Ana Reis says: Wrap the bottle in a wet towel and stand it in the shade.\n")
    article = segment(page)
    assert "Freeze grapes" in article.text and "wet towel" in article.text


def test_an_article_of_profiles_under_their_names_has_no_writers_box():
    page = ("Meet The Volunteers\n\nThree people keep our allotment gates in order every winter.\n\n"
            "Bo Lindqvist\nBo Lindqvist has oiled the hinges on the north gate since 2009.\n\n"
            "Joris Verbeek\nJoris Verbeek has cleared the gutters of the tool shed for twelve years.\n")
    article = segment(page)
    assert article.author is None
    assert "Joris Verbeek has cleared" in article.text


# Shape: a letter-style piece signed under its last paragraph with the writer's name over the place and date
# ("Saoirse Ní Bhriain" / "Kraków, 12.03.2021"): the name is the writer's, the date line is not the text.
@pytest.mark.parametrize("dateline", ["Leeds, March 2021", "Kraków, 12.03.2021", "3 March 2021"])
def test_a_name_signed_over_its_place_and_date_names_the_writer(dateline):
    article = segment("Two Jobs Before The Frost\n\n" + TEXT + "Saoirse Ní Bhriain\n" + dateline + "\n")
    assert article.author == "Saoirse Ní Bhriain"
    assert "Saoirse" not in article.text and dateline not in article.text
