"""Segment: round 9's shapes of the writer's line that hold on pages by other hands (issue 16), each page in our own
words: a standfirst or a host's note opening the text, then the writer credited with the word for "by" in another
language ("Von NAME", "Par NAME"); a host's note that opens with the guest's credit ("Guest post by NAME. ...")."""

from __future__ import annotations

import pytest

from pipeline.stages import read
from pipeline.stages import segment as sg
from pipeline.text.attribution import byline_abroad, guest_credit
from pipeline.text.html_main import walk
from pipeline.text.html_meta import page_meta
from tests.conftest import only_article as only
from tests.conftest import through_stage

BODY = ("Wer eine Wohnung mietet, unterschreibt oft einen Vertrag, den er kaum gelesen hat, und wundert sich "
        "später über die Nebenkosten.\n\nPrüfen Sie zuerst die Abrechnung des letzten Jahres, bevor Sie "
        "unterschreiben, und fragen Sie nach dem Zählerstand.\n")


# Shape (a news site's text without its title, a reposting blog's HTML): the standfirst or the host's note is the
# first paragraph, then the writer's byline in the page's language, then the text.
@pytest.mark.parametrize(("byline", "name"), [("Von Ruth Albers", "Ruth Albers"),
                                              ("von Jonas Meinhardt", "Jonas Meinhardt"),
                                              ("Par Sidonie Lemaire", "Sidonie Lemaire"),
                                              ("Por Lucía Ferrer Vidal", "Lucía Ferrer Vidal")])
def test_a_byline_in_another_language_under_the_opening_standfirst_names_the_writer(byline, name):
    page = ("Mieter zahlen zu viel für Heizung und Wasser, weil sie die Abrechnung nicht prüfen. Was Sie tun können."
            f"\n\n{byline}\n\n" + BODY)
    assert only(page).author == name


def test_a_heading_opening_with_the_same_word_is_no_byline():
    assert byline_abroad("Von Regeln und Ausnahmen") is None
    assert byline_abroad("Par exemple") is None
    page = ("Mieter zahlen zu viel für Heizung und Wasser, weil sie die Abrechnung nicht prüfen. Was Sie tun können."
            "\n\nVon Regeln und Ausnahmen\n\n" + BODY)
    assert only(page).author is None


def test_the_standfirst_stays_the_texts_first_paragraph():
    page = ("Mieter zahlen zu viel für Heizung und Wasser, weil sie die Abrechnung nicht prüfen. Was Sie tun können."
            "\n\nVon Ruth Albers\n\n" + BODY)
    article = only(page)
    assert article.text.startswith("Mieter zahlen zu viel") and "Von Ruth Albers" not in article.text


def test_a_host_note_then_par_name_beats_the_hosts_meta_author():
    html = ("<html><head><title>Pailler le potager | Le Jardin de Lise</title><meta name='author' content='Lise "
            "Bernard'></head><body><article><h1>Pailler le potager</h1><div class='post-body'>"
            "<p><em>Un mot de Lise : j'ai lu ce texte au printemps et je voulais le partager ici avec vous.</em></p>"
            "<p>Par <strong>Odile Ferrand</strong></p>"
            "<p>L'été dernier, la terre du potager a séché en deux jours de vent. Le paillage a tout changé, et "
            "voici comment je m'y prends désormais.</p>"
            "<p>Une couche de paille de dix centimètres garde la terre fraîche bien plus longtemps.</p>"
            "</div></article></body></html>")
    record = read.page_to_article("post.html", html.encode("utf-8"), "html")
    (article,), _ = through_stage(sg.STAGE, sg.SegmentConfig(), [record])
    assert article.author == "Odile Ferrand"


# Shape: the host's note over a guest post opens with the credit itself, the guest named in any script.
@pytest.mark.parametrize(("note", "name"), [
    ("Guest post by 박지수. Jisu teaches piano in Leeds and practises on the bus every morning. — Tom", "박지수"),
    ("Guest post by Kwame Asante-Boateng. He cycles to work through Scottish winters.", "Kwame Asante-Boateng"),
    ("[Guest post by Ilse van Dijk.] Ilse nurses in Delft.", "Ilse van Dijk"),
])
def test_a_note_opening_with_the_guest_credit_names_the_guest(note, name):
    assert guest_credit(note).name == name


def test_a_guest_credit_inside_a_sentence_about_another_post_is_no_note():
    assert guest_credit("Last year I read a guest post by Ilse van Dijk on another blog.") is None


def test_a_guest_note_in_the_post_beats_the_hosts_markup():
    html = ("<html><head><title>Piano On The Bus | Slow Practice</title><meta name='author' content='Tom Whitley'>"
            "</head><body><article><h1>Piano On The Bus</h1><p class='byline'>by Tom Whitley</p>"
            "<div class='entry-content'><div class='guest-note'><p><em>Guest post by 박지수. Jisu teaches piano in "
            "Leeds and practises fingering on the bus every morning. — Tom</em></p></div>"
            "<p>Fifteen minutes on the bus each way turned out to be enough practice time for scales.</p>"
            "<p>Tap the fingering on your knee and say the note names under your breath.</p></div></article>"
            "</body></html>")
    assert page_meta(walk(html)).author == "박지수"


TIPS = ("Most households keep ten years of photos on one laptop and no copy of any of it anywhere else.\n\n"
        "Step 1 - Pick what matters\nPhotos and papers first; programs can be installed again.\n\n"
        "Step 2 - Buy a drive twice the size\nA drive half full on day one is full within a year.\n\n"
        "It is not hard, but somebody in the house has to own it.\n\n")


# Shape: the writer named only under the text ("Written by NAME, site contributor."), over the site's chrome: a row
# of related posts' titles set apart by bars (long, as titles are), the footer's links, a host's line.
def test_a_closing_byline_over_a_long_row_of_related_links_names_the_writer():
    page = ("Fix It Yourself - plain help since 2004\n\nBack Up The Family Laptop\n\n" + TIPS
            + "Written by Aoife Ní Bhriain, Fix It Yourself contributor.\n\n"
            "Related: Is your home router a security risk? | Five free programs every laptop needs | Why is my "
            "old laptop so slow\n\n"
            "Advertise with us | Privacy policy | Site map\nHosting by a local firm\n")
    article = only(page)
    assert article.author == "Aoife Ní Bhriain"
    assert "Related:" not in article.text and "Written by" not in article.text


def test_a_row_of_words_with_bars_inside_a_sentence_is_no_link_row():
    page = ("Fix It Yourself - plain help since 2004\n\nBack Up The Family Laptop\n\n" + TIPS
            + "Written by Aoife Ní Bhriain, Fix It Yourself contributor.\n\n"
            "We kept one copy at home | one at my sister's house | and one online, and we checked all three of "
            "them every month without fail, which is the only part of the routine that really matters.\n")
    assert only(page).author is None


# Shape: an article directory's page ends with its section's other titles under "SECTION Articles:", below the
# credit ("Article by NAME Copyright YEAR") and the writer's bio: the list is the site's, the credit names the writer.
def test_a_directorys_section_list_under_the_credit_is_the_sites():
    page = ("PetHelp Articles - free articles for pet owners\n\nSettling A Rescue Cat\n\n"
            "1. Give it one quiet room. A cat that can see every door of the house cannot rest in any of it.\n\n"
            "2. Feed it in the same place. A fixed bowl tells a nervous cat where its territory starts.\n\n"
            "3. Let it come to you. Sit on the floor and read a book; curiosity does the rest.\n\n"
            "Article by Signe Halvorsen Copyright 2006 All Rights Reserved\n\n"
            "Signe Halvorsen has fostered cats in Bergen for twelve years. Her guide is at www.catfoster.example\n\n"
            "Pets Articles:\nWhy Dogs Eat Grass\nChoosing A Hamster Cage\nFerrets For Beginners\n")
    article = only(page)
    assert article.author == "Signe Halvorsen"
    assert "Ferrets For Beginners" not in article.text


# Shape: an article directory prints the writer and the page's facts as one row of fields under the title; the
# scrape loses the runs of spaces between them ("Author: NAME Published: DATE Category: X Views: N").
@pytest.mark.parametrize("row", [
    "Author: Thandi Mokoena     Published: 04/17/2008     Category: Small Business     Views: 3,118",
    "Author: Thandi Mokoena Published: 04/17/2008 Category: Small Business Views: 3,118",
    "By Thandi Mokoena Posted: 17 April 2008 Comments: 4",
])
def test_a_directorys_row_of_fields_under_the_title_names_the_writer(row):
    page = ("FreeArticleBank :: Articles For Your Site\n\nFour Ways To Fill A Quiet Shop On A Tuesday\n" + row + "\n\n"
            "A shop is busiest when people already know why they should come. Give them a reason, consider the "
            "following:\n\n      Bake to a timetable and print it on the door.\n\n      Run a class on the "
            "quietest evening.\n")
    article = only(page)
    assert (article.title, article.author) == ("Four Ways To Fill A Quiet Shop On A Tuesday", "Thandi Mokoena")



# Shape (SPEC.md: one company, one author string): the team byline shortens the company's name ("By the Kestrel
# Team") that its © line or its markup gives whole with the legal form ("Kestrel Logistics Ltd").
FLEET = ("Fuel is our largest cost after wages, and most of the saving is in habits rather than kit.\n\n"
         "1. Check tyre pressures weekly. Soft tyres burn fuel on every mile.\n\n"
         "2. Plan routes the night before. A detour costs more than the map shows.\n\n")


def test_a_team_byline_takes_the_companys_whole_name_from_its_copyright_line():
    page = "Five Ways To Cut Fuel Costs\nBy the Kestrel Team\n\n" + FLEET + "(c) 2021 Kestrel Logistics Ltd.\n"
    assert only(page).author == "Kestrel Logistics"


def test_a_team_byline_keeps_its_name_beside_another_companys_copyright():
    page = "Five Ways To Cut Fuel Costs\nBy the Kestrel Team\n\n" + FLEET + "(c) 2021 Kestrelmark Media Ltd.\n"
    assert only(page).author == "Kestrel"


def test_a_team_byline_in_html_takes_the_whole_name_the_markup_gives():
    html = ("<html><head><title>Cut Fuel Costs | Kestrel Logistics Blog</title><meta name='author' content='Kestrel "
            "Logistics Ltd'><meta property='og:site_name' content='Kestrel Logistics Ltd'></head><body><main>"
            "<h1>Cut Fuel Costs</h1><p class='by'>By the Kestrel Team · 9 April 2024</p>"
            "<p>Fuel is our largest cost after wages, and most of the saving is in habits rather than kit.</p>"
            "<h2>Check tyre pressures weekly</h2><p>Soft tyres burn fuel on every mile we drive.</p></main>"
            "<footer><p>© 2024 Kestrel Logistics Ltd. Do not reproduce without our written permission.</p></footer>"
            "</body></html>")
    assert page_meta(walk(html)).author == "Kestrel Logistics"


# Shape: an HTML e-mail issue of several pieces, each under its heading; the first credited by a bare name line
# ("NAME, role"), a later one by "By NAME". The markup's author is the page's first "By NAME" line, the later
# piece's: the first piece keeps its own writer.
ISSUE = ("<html><head><title>Millbrook Friends - May</title></head><body><table><tr><td><h1>Millbrook Friends</h1>"
         "</td></tr><tr><td><h2>The Reading Room Opens On Saturdays</h2><p>Ngozi Adeyemi-Hart, Branch Coordinator</p>"
         "<p>From the 23rd the upstairs reading room opens again on Saturday mornings from nine to one, and we "
         "still need volunteers for the desk.</p></td></tr><tr><td><h2>Caring For Old Books</h2>"
         "<p>by Tadeusz Wróblewski</p><p>Our conservation volunteer answers the question we hear most often at "
         "the desk, about family books kept at home.</p><ul><li>Shelve them upright and snug.</li>"
         "<li>Keep them away from outside walls.</li><li>Never mend a torn page with tape.</li></ul></td></tr>"
         "</table></body></html>")


def test_the_first_piece_of_an_html_issue_keeps_its_own_name_line_over_a_later_pieces_byline():
    record = read.page_to_article("issue.html", ISSUE.encode("utf-8"), "html")
    parts, _ = through_stage(sg.STAGE, sg.SegmentConfig(), [record])
    assert [p.author for p in parts] == ["Ngozi Adeyemi-Hart", "Tadeusz Wróblewski"]


LETTER = ("Лист молодій городниці\n\n12.07.2022 | Переглядів: 804\n\nДорога Олено!\n\n"
          "Ти питаєш, з чого почати город, і я згадую свою першу весну: багато книжок і жодної мозолі.\n\n"
          "Не копай усе одразу. Почни з двох грядок і доведи їх до ладу, а тоді бери більше.\n\n"
          "Веди зошит. Записуй, що і коли посіяла, і через два роки він навчить тебе більше за будь-яку книжку."
          "\n\nОбіймаю тебе.\n\n— Галина Мельничук, с. Яремче, липень 2022\n\n")


# Shape: a letter signed under the text with a dash, over the site's chrome in the page's language: the post's tags,
# its share buttons, the readers' comments ("NAME | DATE TIME" over each) and a "read also" list of other titles.
def test_a_dash_signature_over_the_sites_chrome_in_another_language_names_the_writer():
    page = (LETTER + "Теги: початківцям, город\n\nПоділитися: Facebook | Telegram | Viber\n\nКоментарі (2)\n\n"
            "Марко П. | 13.07.2022 08:41\nДуже корисно, дякую.\n\nolena_sad | 14.07.2022 21:05\nПрочитала двічі.\n\n"
            "Читайте також:\n- Як посіяти моркву\n- Город на балконі\n")
    article = only(page)
    assert article.author == "Галина Мельничук"
    assert "Город на балконі" not in article.text and "Дуже корисно" not in article.text


def test_the_same_chrome_in_german_under_a_signature():
    page = (LETTER + "Schlagwörter: Garten, Anfänger\n\nTeilen: Facebook | X | E-Mail\n\nKommentare (2)\n\n"
            "Jan K. | 13.07.2022 08:41\nSehr hilfreich, danke.\n\ngartenfee | 14.07.2022 21:05\nZweimal gelesen.\n\n"
            "Lesen Sie auch:\nMöhren richtig säen\nGemüse auf dem Balkon\n")
    assert only(page).author == "Галина Мельничук"


# Shape: a WordPress post's own footer under the writer's closing credit: the like and rating widgets, the tags, the
# links to the previous and next posts, the comment form's "Cancel reply". The credit above them names the writer.
@pytest.mark.parametrize("chrome", [
    "Like this:\nLike Loading...",
    "Rate this:\n\nTagged With: backups, laptops",
    "← Previous Post\nNext Post →",
    "Previous post: Why laptops slow down\nNext post: Choosing a router",
    "Print Friendly, PDF & Email\n\nBookmark the permalink.\n\nBack to top",
])
def test_a_closing_credit_over_a_blogs_post_footer_names_the_writer(chrome):
    page = ("Back Up The Family Laptop\n\n" + TIPS + "Written by Aoife Ní Bhriain, Fix It Yourself contributor.\n\n"
            + chrome + "\n\nLeave a Reply\nCancel reply\n")
    assert only(page).author == "Aoife Ní Bhriain"


# Shape: a label crediting the writing in more languages, under the last paragraph over the site's footer
# (Vietnamese "Tác giả:", Hindi "लेखक:", Finnish "Kirjoittaja:"): the family of "Text: NAME" and "글: NAME".
@pytest.mark.parametrize(("credit", "name"), [("Tác giả: Trần Minh Châu", "Trần Minh Châu"),
                                              ("लेखक: सुनीता शर्मा", "सुनीता शर्मा"),
                                              ("Kirjoittaja: Aino Lehtinen", "Aino Lehtinen"),
                                              ("Forfatter: Sigrid Aas", "Sigrid Aas")])
def test_a_writing_credit_under_the_text_in_more_languages_names_the_writer(credit, name):
    page = "Back Up The Family Laptop\n\n" + TIPS + credit + "\n\nTags: backups\n\n© 2022 Fix It Yourself\n"
    assert only(page).author == name


def test_a_job_title_before_the_name_in_a_german_credit_is_no_part_of_the_name():
    page = "Back Up The Family Laptop\n\n" + TIPS + "Autor: Rechtsanwältin Ute Brandt-Kessler\n"
    article = only(page)
    assert (article.author, article.author_credentials) == ("Ute Brandt-Kessler", "Rechtsanwältin")


# Shape: the second page of an article split over two pages says so over its text, its byline on that line or under
# it: the mark is the page's furniture, never the title, and the byline names the writer.
@pytest.mark.parametrize("head", ["(Continued) By Ann Lee", "(continued from page 1) By Ann Lee",
                                  "Continued from page 1\nBy Ann Lee", "(continued)\nBy Ann Lee"])
def test_a_continued_pages_mark_is_no_title_and_its_byline_names_the_writer(head):
    page = "Fix It Yourself - free articles\n\nBack Up The Family Laptop\n" + head + "\n\n" + TIPS
    article = only(page)
    assert (article.title, article.author) == ("Back Up The Family Laptop", "Ann Lee")
