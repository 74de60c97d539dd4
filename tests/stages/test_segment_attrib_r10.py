"""Segment: round 10's widenings of author and licence rules that already existed, each found on a page by a hand
the code had never read (issue 16), each page here in our own words."""

from __future__ import annotations

import pytest

from bench.labels import clean_through
from pipeline.records import Article, Source
from pipeline.stages import segment as sg
from tests.conftest import only_article as only
from tests.conftest import segment_page

STEPS = ("Walk the shop front at opening time and again at closing time. The numbers an agent gives you are for the "
         "whole street.\n\nRead every clause about repairs before you sign, and ask who pays for the roof.\n\n"
         "Ask for three months without rent while you fit the place out; most landlords expect the question.\n")


# Shape: a small blog's head, the writer credited above the title with the verb "writes" in the page's language.
@pytest.mark.parametrize(("byline", "name"), [("Γράφει η Δήμητρα Καλλέργη", "Δήμητρα Καλλέργη"),
                                              ("Γράφει ο Στέλιος Μαυρογένης", "Στέλιος Μαυρογένης"),
                                              ("Escrito por Nerea Olabarría", "Nerea Olabarría")])
def test_a_written_by_byline_abroad_above_the_title_names_the_writer(byline, name):
    page = f"Corner & Till\na blog about small shops\n\n{byline}\n\nThree Checks Before You Rent a Shop\n\n{STEPS}"
    article = only(page)
    assert article.author == name
    assert article.title == "Three Checks Before You Rent a Shop"


def test_a_bare_word_for_by_above_a_title_is_still_not_read_there():
    page = f"Corner & Till\na blog about small shops\n\nPar exemple\n\nThree Checks Before You Rent a Shop\n\n{STEPS}"
    assert only(page).author is None


# Shape: an article directory's page with no byline over the text; the writer is named only in the resource box
# under the article, in capitals, with initials, and the box tells the career in the past tense.
def test_a_resource_box_in_the_past_tense_names_the_writer():
    page = ("How To Quote For Your First Kitchen Refit\n\n"
            "Posted on 03/02/2009 | Views: 1022 | Category: Trades\n\n"
            "Quoting is the part of the job nobody trains you for, and most new fitters guess.\n\n"
            "MEASURE TWICE\n\nTake every measurement yourself, even when the client has a drawing.\n\n"
            "PRICE THE DAYS\n\nCount the days the job will take and add one for the things nobody mentioned.\n\n"
            "-------------------------------------\n"
            "ABOUT THE WRITER\n"
            "T.K. ADEYEMI-LUND spent nine years as a site manager before he started teaching apprentices.\n"
            "-------------------------------------\n")
    assert only(page).author == "T.K. Adeyemi-Lund"


# Shape: a syndicated advice column on a newspaper's site: the headline, then the column's heading ("ASK" and the
# columnist's first name) over the date line, the letter and the answer, and the columnist named in full only in the
# copyright and syndicate line at the foot.
def test_an_ask_column_heading_gives_way_to_the_columnists_copyright_name():
    page = ("Our Lodger Plays the Drums at Midnight\n\n"
            "ASK HEDDA\n"
            "Published 7:00 a.m. March 3, 2021\n\n"
            "DEAR HEDDA: Our lodger is pleasant in every way but one: he practises the drums late at night. How do we "
            "raise it without losing him? -- AWAKE IN ASHFORD\n\n"
            "DEAR AWAKE: Talk to him in the afternoon, when nobody is tired, and offer him a time that suits the house "
            "rather than a ban. Most people agree to an hour once they know it matters.\n\n"
            "© 2021 Hedda Lindqvist-Obi. Distributed by Northgate Features Syndicate.\n")
    assert only(page).author == "Hedda Lindqvist-Obi"


# Shape: a recipe blog saved as text: a lower-case handle under the title, the writer's full name only in the
# footer's copyright line, which goes on with the theme's credit after a middle dot.
def test_a_footer_copyright_with_a_theme_credit_names_the_writer_and_reserves_rights():
    page = ("the rye diaries\nrecipes / bread / about\n\nOvernight Rye Loaf Without a Starter\n\n"
            "posted by ingrid · 9 comments\n\n"
            "This loaf rises slowly in the fridge overnight and needs no starter, only patience and a warm morning.\n\n"
            "Mix the flour, water, salt and a pinch of yeast into a sticky dough, then cover the bowl.\n\n"
            "Leave it in the fridge for twelve hours, shape it gently, and bake it in a hot pot with the lid on.\n\n"
            "the rye diaries © Ingrid Solbakken-Moe · design by Wren Street Themes\n")
    article = only(page)
    assert article.author == "Ingrid Solbakken-Moe"
    assert article.licence.tag == "LicenseRef-all-rights-reserved"


# Shape: a personal craft site; after a rule line under the text, a dedication to the public domain written only in
# the site's other language, then readers' comments.
def test_a_dedication_in_french_under_a_rule_line_is_the_articles_licence():
    page = ("Patching Elbows on a Tweed Jacket\n\nClémence Aubry-Nakamura\n\n"
            "A worn elbow is the easiest repair a jacket needs, and the one most people pay a tailor for.\n\n"
            "Cut two ovals of suede a little larger than the worn patch, and round the corners well.\n\n"
            "Pin them with the sleeve over a rolled towel, so that you never catch the lining.\n\n"
            "---\n"
            "Texte versé dans le domaine public par son autrice : vous pouvez le copier et le republier sans rien "
            "demander.\n")
    assert only(page).licence.tag == "LicenseRef-public-domain"


LETTER = ("Dear new colleague,\n\nYou will forget most of your first year, and that is a kindness.\n\n"
          "Learn their names before you learn the timetable; a child who hears their name decides you are on their "
          "side.\n\nGo home at a set hour three days a week; a tired teacher is a short-tempered one.\n\n"
          "With warm wishes,\n\n--------------------\nSigrún Ása Kristjánsdóttir\nAkureyri, June 2019\n\n")


# Shape: an open letter signed under a rule line, then the site's related letters as a lead-in and two titles on one
# line: the scan up from the foot passes the row and reads the signature.
def test_a_one_line_row_of_related_titles_under_a_signature_is_passed():
    page = ("A Letter to the Teacher Starting in January\n\n" + LETTER
            + "Anyone may copy and pass on this letter, provided it is shared whole, with my name beneath it.\n\n"
            + "Read more letters: To the Parent Waiting at the School Gate Every Morning | To the Deputy Head Who Has "
              "Just Been Promoted\n")
    article = only(page)
    assert article.author == "Sigrún Ása Kristjánsdóttir"
    assert "Read more letters" not in article.text


# Shape: a magazine feature credited at its foot ("Words: NAME"), then "MORE FROM ISSUE 7" over a row of titles.
def test_a_more_from_lead_over_a_row_of_titles_is_passed():
    page = ("The Quiet Art of the Early Night\n\n"
            "Most of us stay up an hour past enjoying the evening, out of habit more than choice.\n\n"
            "Decide your bedtime before dinner. A time you chose in daylight is easier to keep.\n\n"
            "Put the phone to charge in another room. The last scroll is always longer than you meant.\n\n"
            "Words: Oluwaseun Brand-Achterberg\nIllustration: Kai Lindgren\n\n"
            "This piece first appeared in the print edition, Issue 7. It may not be reproduced in any form without the "
            "publisher's permission.\n\n"
            "MORE FROM ISSUE 7\n"
            "How to Share One Small Kitchen With Five Busy Flatmates | The Spare Room Audit | Letters\n")
    assert only(page).author == "Oluwaseun Brand-Achterberg"


def test_a_related_row_does_not_make_the_writers_copyright_above_it_the_sites():
    page = ("Running Again After Forty\n\n"
            "Start slower than you think you need to, and run three times a week for a month.\n\n"
            "Book a small race three months ahead; a date turns good intentions into training.\n\n"
            "Tereza Novotná-Hill\n\n(C) Tereza Novotná-Hill 2016\n\n"
            "Related posts: My First Parkrun Back | Choosing Trainers Again\n")
    assert only(page).licence.tag == "LicenseRef-all-rights-reserved"


BULLETIN = ("THE ORCHARD LETTER\nSpring · Issue 12\n\n~~~~~~~~~~~~~~~~~~~~\n\n"
            "GRAFTING DAY: WHAT WE LEARNED\nby Ilse Vandermeulen\n\n"
            "Thirty members came to the grafting morning in the barn, and most went home with two or three new trees. "
            "The whip-and-tongue cut was the one everybody found hardest.\n\n* * *\n\n"
            "ASK THE OLD HANDS: WHY DID MY PEARS CRACK?\n\n"
            "Pears crack when a dry spell is followed by heavy rain, because the skin cannot stretch as fast as the "
            "fruit swells. Water deeply once a week through a dry summer and mulch the roots.\n"
            "Reinhold Ashworth-Mbeki, plot 14 (thirty years on this site)\n\n~~~~~~~~~~~~~~~~~~~~\n\n"
            "Copyright © 2023 Orchard Society. All rights reserved.\n\n")


# Shape: an email bulletin's last item signed "NAME, plot 14 (...)" at its foot, under the bulletin's copyright line
# and its own "You are receiving this because ..." footer.
def test_a_bulletin_item_signed_with_a_plot_number_names_its_writer_under_the_email_footer():
    page = BULLETIN + "You are receiving this because you are a member of the Society.\nUpdate your details | Leave\n"
    *_, last = segment_page(page)
    assert last.author == "Reinhold Ashworth-Mbeki"


def test_a_court_citation_closing_a_report_is_no_signature():
    page = ("Fine Upheld for a Lawyer Who Refused a Mask\n\n"
            "The court rejected both appeals of the lawyer, and the order is final.\n\n"
            "The judge may allow exceptions, which the court found was not done in this case.\n\n"
            "(OLG Celle, Beschluss v. 4.2.2022, 3 Ss 120/21)\n")
    assert only(page).author is None


FRONT_PAGE = ("Crumbs and Kindling\nA baking notebook from the Peak District\n\nHome   Recipes   About\n\n"
              "Monday, 7 November 2016\n\nFour Things I Wish I Knew About Oatcakes\n\n"
              "Oatcakes are the first thing I learned to bake, and the thing I got wrong longest.\n\n"
              "1. Use fine oatmeal. Rolled oats make a crumbly, dry cake that breaks in the tin.\n\n"
              "2. Rest the batter. Half an hour lets the oats drink and the cakes hold together.\n\n"
              "Posted by Wenna Trevithick at 20:41\n3 comments:\n\n"
              "Thursday, 27 October 2016\n\nThe Bakery That Closed on Our Street\n\n"
              "The bakery at the bottom of our street shut last week after forty years. I bought the last loaf and "
              "the owner told me her mother had opened it the year the road was paved.\n\n"
              "Posted by Wenna Trevithick at 18:12\n1 comment:\n\n"
              "Newer Posts   Older Posts   Home\n\n"
              "ABOUT ME\nWenna Trevithick\nI bake, grow and mend on a hillside near Buxton.\n\n"
              "{foot} © Wenna Trevithick 2016. Please ask before borrowing.\nPowered by Blogger.\n")


def through_chain(text: str, tmp_path) -> list[Article]:
    """The articles the default chain up to segment makes of one text page (a blog's front page splits there)."""
    page = tmp_path / "page.txt"
    page.write_text(text, encoding="utf-8")
    return [r for r in clean_through([str(page)], "segment") if isinstance(r, Article)]


# Shape: a blog's front page of two posts whose sidebar, above the software's credit line, holds the writer's © with
# words of scope before the sign ("All words and pictures © NAME"): they cover every post (round 8's rule), though
# the front page's reading keeps only the notice from the sign on.
def test_a_sidebar_copyright_with_words_of_scope_before_the_sign_covers_every_post(tmp_path):
    first, second = through_chain(FRONT_PAGE.format(foot="All words and pictures"), tmp_path)
    assert first.author == second.author == "Wenna Trevithick"
    assert first.licence.tag == second.licence.tag == "LicenseRef-all-rights-reserved"


def test_a_sidebar_copyright_without_words_of_scope_still_stays_with_the_last_post(tmp_path):
    first, second = through_chain(FRONT_PAGE.format(foot="Text and photos"), tmp_path)
    assert (first.licence.tag, second.licence.tag) == ("NOASSERTION", "LicenseRef-all-rights-reserved")


# Shape: a plain-text ezine whose head grants reprints of "any article in this issue"; when the page is read as one
# article (its second article missed), that article is in the issue and the grant is its own. A head's grant that
# names no issue may be the site's and stays out.
@pytest.mark.parametrize(("grant", "tag"), [
    ("REPRINT RIGHTS: You may reprint any article in this issue on your website, as long as you keep the "
     "author's byline and resource box.", "LicenseRef-free-reprint"),
    ("Reprints: you may reprint any article on this site, as long as you keep the author's byline and resource box.",
     "NOASSERTION"),
])
def test_an_issues_head_grant_covers_the_one_article_read_under_it(grant, tag):
    source = Source(path="p.txt", sha256="ab" * 32, size=1, format="txt")
    article = Article(id=Article.make_id(source), source=source, text="Paper is a cost nobody owns.")
    head = sg.Parsed(body=[], chrome=["THE PENNY DESK WEEKLY - Issue #88", "Hi there,", grant, "FEATURE ARTICLE"])
    sg._hand_off_issue_licence([article], [head], None)
    assert (article.licence.tag if article.licence else "NOASSERTION") == tag
