"""Round 26 (issue 16): licences that end or change, read on whole pages (SPEC r25 (q)), in our own words (invented
sites and people).

- A blog archive whose sidebar keys its licence to dates gives each post the line its own date line falls under;
  a post inside the grant's dates keeps the grant.
- A directory writer's notice withdrawing reprint permission ends the resource box's old grant (all rights
  reserved); a notice that only updates the terms keeps the grant.
"""

from __future__ import annotations

from pipeline.text import licence as lic
from tests.conftest import file_articles, only_article, segment_page

POST_A = ("1. Cast on loosely. A tight first row pulls the whole edge in, so go up a needle size for it.\n\n"
          "2. Count every tenth row. Mistakes found early cost minutes, not evenings.\n\n"
          "3. Block before you judge. Wool relaxes in water and uneven stitches settle.\n\n")
POST_B = ("Keep your yarn in a bowl on the floor. It stops the ball rolling under the sofa every five minutes.\n\n"
          "Use stitch markers generously. They are cheaper than frogging a whole sleeve.\n\n"
          "Take a photo of the pattern page. Then the book can stay clean on the shelf.\n\n")


def _archive(first_date: str, second_date: str, sidebar: str) -> str:
    return ("Purl and Ponder\nknitting notes from a small flat\n\nHome | About | Patterns\n\n"
            f"{first_date}\n\nThree habits for a neater edge\n\n{POST_A}"
            "Posted by Maren Holloway at 9:10 AM  |  2 comments  |  Labels: basics\n\n"
            "Share to Twitter   Share to Facebook\n\n------------------------------\n\n"
            f"{second_date}\n\nSmall things that save a project\n\n{POST_B}"
            "Posted by Maren Holloway at 8:02 PM  |  5 comments  |  Labels: tips\n\n"
            "Share to Twitter   Share to Facebook\n\nNewer Posts   Home   Older Posts\n\n"
            f"ABOUT ME\nMaren Holloway\nView my complete profile\n\nREUSING MY POSTS\n{sidebar}\n\n"
            "Powered by Blogger.\n")


SIDEBAR = ("Posts published up to 30 June 2021: creativecommons.org/licenses/by/4.0/\n"
           "Posts published from 1 July 2021 onward: all rights reserved, please ask first.")


def test_each_post_of_an_archive_takes_the_licence_its_own_date_falls_under():
    articles = segment_page(_archive("Friday, September 3, 2021", "Monday, March 8, 2021", SIDEBAR))
    assert [a.title for a in articles] == ["Three habits for a neater edge", "Small things that save a project"]
    assert [a.licence.tag for a in articles] == [lic.ALL_RIGHTS_RESERVED, "CC-BY-4.0"]


def test_posts_inside_the_grants_dates_keep_the_grant():
    articles = segment_page(_archive("Wednesday, June 30, 2021", "Monday, March 8, 2021", SIDEBAR))
    assert [a.licence.tag for a in articles] == ["CC-BY-4.0", "CC-BY-4.0"]


def test_a_licence_keyed_to_no_date_covers_every_post():
    sidebar = "Posts on this blog are licensed creativecommons.org/licenses/by/4.0/"
    articles = segment_page(_archive("Friday, September 3, 2021", "Monday, March 8, 2021", sidebar))
    assert [a.licence.tag for a in articles] == ["CC-BY-4.0", "CC-BY-4.0"]


def _directory(notice: str) -> str:
    return ("TipShelf.example - Free Articles for Your Newsletter\nHome | Submit | Authors | Categories\n\n"
            "Home > Money > Budgeting\n\nFive Ways To Stop Leaking Money Every Month\nBy Orla Fitzmaurice\n"
            "Submitted: 2011-05-02 | Views: 1,920\n\n"
            f"{notice}"
            "Most households lose money in small, quiet ways rather than big ones. Here are five places to look.\n\n"
            "1. Cancel the subscriptions you forgot. Go through one bank statement line by line.\n\n"
            "2. Move bills to the day after payday. Late fees are money for nothing.\n\n"
            "3. Shop with a list and a full stomach. Impulse buys add up over a month.\n\n"
            "4. Check your phone tariff. Contracts roll on to dearer rates without telling you.\n\n"
            "5. Round up into savings. Small transfers you never notice become a cushion.\n\n"
            "About the Author:\nOrla Fitzmaurice writes about household budgets at http://www.orlasums.example\n\n"
            "You may reprint this article free in your ezine or on your site as long as this resource box stays "
            "intact with its links.\n\n"
            "Copyright © 2004-2022 TipShelf.example. All rights reserved. | Terms | Privacy\n")


def test_a_writers_withdrawal_ends_the_old_resource_box_grant():
    notice = ("*** NOTE FROM THE AUTHOR (added 14/01/2022) ***\nI have withdrawn reprint permission for all of my "
              "articles on this site. Please take down any copies you have posted. - O.F.\n\n")
    article = only_article(_directory(notice))
    assert article.licence.tag == lic.ALL_RIGHTS_RESERVED


def test_a_notice_that_only_updates_the_terms_keeps_the_grant():
    notice = ("*** NOTE FROM THE AUTHOR (added 14/01/2022) ***\nI have updated the links in my articles on this "
              "site; the reprint terms below are unchanged. - O.F.\n\n")
    article = only_article(_directory(notice))
    assert article.licence.tag == lic.FREE_REPRINT
    assert only_article(_directory("")).licence.tag == lic.FREE_REPRINT


def _newsletter_html(foot: str) -> str:
    return ("<html><head><title>The Allotment Post - Spring issue No. 12</title></head><body>"
            "<div class='masthead'><p>The Allotment Post &middot; Spring issue No. 12</p></div>"
            "<div class='content'>"
            "<h2>Getting seed potatoes off to a good start</h2><p class='byline'>By Tamsin Okoro-Hale</p>"
            "<p>Chitting is easy, and it gives early varieties a head start of two weeks or more.</p>"
            "<p>1. Stand them rose end up in egg boxes. The end with the most eyes goes at the top.</p>"
            "<p>2. Keep them cool and bright. A windowsill in a cold room is ideal; a warm kitchen makes weak shoots."
            "</p><p>3. Plant when the shoots are short and green. Long pale shoots snap off in the trench.</p>"
            "<h2>Watering without a hosepipe</h2><p class='byline'>By Bernard Lisowski</p>"
            "<p>Our plots have no mains water, so every can counts.</p>"
            "<p>1. Water in the evening. Less is lost to the sun and the soil holds it overnight.</p>"
            "<p>2. Soak the roots, not the leaves. A can held low wastes far less.</p>"
            "<p>3. Mulch after watering. A layer of grass clippings keeps the soil damp for days.</p>"
            f"</div><div class='footer'>{foot}</div></body></html>")


FOOT_GRANT = ("<p>Any article in this issue may be reprinted by other allotment societies, provided it is printed "
              "in full with the writer's name.</p><p>&copy; 2024 Marsh Lane Allotment Society</p>")


def test_an_issue_wide_reprint_line_in_the_footer_reaches_every_item(tmp_path):
    page = tmp_path / "issue.html"
    page.write_text(_newsletter_html(FOOT_GRANT), encoding="utf-8")
    articles = file_articles(page)
    assert [a.author for a in articles] == ["Tamsin Okoro-Hale", "Bernard Lisowski"]
    assert [a.licence.tag for a in articles] == [lic.FREE_REPRINT, lic.FREE_REPRINT]


def test_a_footer_that_only_lets_readers_forward_the_issue_grants_nothing(tmp_path):
    page = tmp_path / "issue.html"
    foot = "<p>Feel free to forward this newsletter to a friend.</p><p>&copy; 2024 Marsh Lane Allotment Society</p>"
    page.write_text(_newsletter_html(foot), encoding="utf-8")
    assert all(a.licence.tag != lic.FREE_REPRINT for a in file_articles(page))


def test_an_issue_wide_grant_under_the_last_item_reaches_the_first_beside_the_publishers_all_rights_line(tmp_path):
    # the grant stays in the text under the last item; the footer's "© ... All rights reserved." is the page's
    # markup licence, read first as the first item's: the issue's grant covers it too (SPEC r25 (s))
    html = _newsletter_html("<p>&copy; 2024 Marsh Lane Allotment Society. All rights reserved.</p>").replace(
        "</div><div class='footer'>", "<p>Reprints: other allotment societies and charities may reprint any article "
        "from The Allotment Post in full in their own newsletters, with the writer's name.</p></div>"
        "<div class='footer'>")
    page = tmp_path / "issue.html"
    page.write_text(html, encoding="utf-8")
    assert [a.licence.tag for a in file_articles(page)] == [lic.FREE_REPRINT, lic.FREE_REPRINT]


def test_the_publishers_all_rights_line_alone_still_covers_every_item(tmp_path):
    page = tmp_path / "issue.html"
    page.write_text(_newsletter_html("<p>&copy; 2024 Marsh Lane Allotment Society. All rights reserved.</p>"),
                    encoding="utf-8")
    assert [a.licence.tag for a in file_articles(page)] == [lic.ALL_RIGHTS_RESERVED, lic.ALL_RIGHTS_RESERVED]


def _print_view(foot: list[str]) -> str:
    steps = "\n\n".join(f"{n}. {head}\n{body}" for n, (head, body) in enumerate([
        ("Soak the pot overnight", "Fill it with warm water and a spoon of soda crystals, and leave it till morning."),
        ("Scrub with a soft brush", "A wire pad scratches the glaze; a washing-up brush is enough after a soak."),
        ("Dry it on a low flame", "Two minutes over the hob drives out the water left in the pores of the clay."),
    ], 1))
    rule = "-" * 60
    return ("Clayware Kitchen Club - Printer-friendly version\n" + "=" * 60 + "\n"
            "Title:  Caring for an unglazed clay pot\nAuthor: Ilse Vandermeer\nPosted: 2023-10-04\n"
            "URL:    https://clayware.example/care/unglazed-clay-pot\n" + "=" * 60 + "\n\n"
            "A clay pot lasts for decades if it never meets a scouring pad or a cold tap while hot.\n\n"
            f"{steps}\n\nComments (5) are not included in the printed version.\n\n"
            f"{rule}\n" + "\n".join(foot) + f"\nPrinted 2024-02-11 18:03   clayware.example   Page 1 of 1\n{rule}\n")


def test_a_site_licence_hard_wrapped_in_a_print_views_ruled_foot_covers_the_article():
    foot = ["Text on Clayware Kitchen Club is available under the Creative",
            "Commons Attribution-ShareAlike 4.0 International",
            "licence. Photos are the property of their owners."]
    article = only_article(_print_view(foot))
    assert article.author == "Ilse Vandermeer"
    assert article.licence.tag == "CC-BY-SA-4.0"


def test_a_print_views_ruled_foot_with_only_the_sites_words_states_nothing():
    article = only_article(_print_view(["Thanks for printing from Clayware Kitchen Club."]))
    assert article.licence.tag == lic.NOASSERTION


def _print_page(masthead: str) -> str:
    return (f"{masthead}\nHOME & GARDEN\n{'_' * 60}\n\nPotting on the tomato seedlings\n\nBy Rosalind Achebe-Hart\n\n"
            "Seedlings sown in March are ready to move on when their first true leaves open.\n\n"
            "1. Water the tray an hour before. Wet compost holds together round the roots.\n\n"
            "2. Lift each one by a leaf, never the stem. A torn leaf grows back; a crushed stem does not.\n\n"
            "3. Bury the stem up to the leaves. Tomatoes root all along a buried stem.\n\n"
            f"{'_' * 60}\nASHBY LANE CHRONICLE  03.05.21          7          (c) Ashby Lane Chronicle 2021\n"
            f"{'_' * 60}\n")


def test_a_printed_pages_running_foot_naming_the_paper_of_its_masthead_row_is_the_papers_mark():
    article = only_article(_print_page("THE ASHBY LANE CHRONICLE          Monday, May 3, 2021          PAGE 7"))
    assert article.author == "Rosalind Achebe-Hart"
    assert article.licence.tag == lic.NOASSERTION


def test_a_running_foot_naming_someone_the_masthead_row_does_not_name_keeps_its_notice():
    # the masthead names another paper: the foot's bare © is no mark of this page's, read as before (a person's)
    page = _print_page("THE MARKET WEEKLY          Monday, May 3, 2021          PAGE 7")
    assert only_article(page).licence.tag == lic.ALL_RIGHTS_RESERVED


def _interview_and_excerpt(credit: str) -> str:
    answers = ("Q: Why did you write about teams?\n\nA: Because most work is done by groups, and we rarely ask how "
               "well a group thinks as a group, rather than how clever its members are one by one.\n\n"
               "Q: What should a manager do first?\n\nA: Listen to who speaks. Groups where everyone gets a turn "
               "did better on almost every task we set them, whatever the members' own scores.\n\n")
    excerpt = ("When we began, nobody had measured a group the way a test measures a person. So we set groups "
               "of four a range of tasks, from planning a shopping trip to solving picture puzzles together.\n\n"
               "The scores hung together: a group good at one task tended to be good at the others, much as a "
               "person's scores do. We called the common factor the group's collective intelligence.\n\n")
    return ("Professor Ines Valcourt on how groups think\n\n" + answers + "* * *\n\n"
            "A Test for Teams\n\nFrom \u201cThinking in Crowds\u201d by Ines Valcourt\n\n" + excerpt + credit + "\n")


def test_an_excerpts_used_with_permission_credit_is_the_excerpts_own_not_the_interviews():
    # the © names the book's publisher, not the excerpt's writer: read as the issue's footer before, it gave the
    # interview above it the excerpt's all-rights line
    credit = ("Excerpted from \u201cThinking in Crowds\u201d. Copyright \u00a9 2019 Harbourside Books Ltd. Used with "
              "permission of the publisher. All rights reserved.")
    articles = segment_page(_interview_and_excerpt(credit))
    assert len(articles) == 2
    assert [a.licence.tag for a in articles] == [lic.NOASSERTION, lic.USED_WITH_PERMISSION]


def test_a_publishers_all_rights_line_under_the_last_piece_still_covers_the_first():
    articles = segment_page(_interview_and_excerpt("Copyright \u00a9 2019 Harbourside Review. All rights reserved."))
    assert len(articles) == 2
    assert articles[0].licence.tag == lic.ALL_RIGHTS_RESERVED
