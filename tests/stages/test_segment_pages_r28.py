"""Article boundaries and titles on real-shaped pages (round 28, issue 16). Pages written here in our own words
(invented sites, papers, clubs and people).

Pages without their piece carry no article: a removed post whose notice is the markup's heading, a consent wall
whose buttons a scrape set on one row over a story cut before its text, an author archive whose excerpts the
split took out but one. A scraper's paste of a paged article's page 2 under page 1 ("TITLE (Page 2 of 2)",
"Continued from page 1") is the same piece; a cache service's banner over its copy is no paragraph of its own.

Lines that are no title: a paper's "Staff report" credit under the headline, a directory's "Print | E-mail to a
friend | Bookmark" row, a text browser's link number glued before a title ("[7]Title"); a "com" put back into a
listicle's Title Case headline after its number keeps the headline's case.
"""

from __future__ import annotations

from tests.conftest import file_articles, only_article, segment_page

TEXT = ("Most of the cost is in the first hour, so plan the job before you start and keep the tools to hand.\n\n"
        "Half a morning is enough, and the shed stays tidy until spring, whatever the weather does outside.\n")
POINTS = ("1. Check the seals first\nA worn seal lets the heat out all winter long, and a new one costs little.\n\n"
          "2. Bleed the radiators\nAir at the top of a radiator keeps it cold; a key and a cloth are all it needs.\n\n"
          "3. Turn the dial down one degree\nOne degree less is hardly felt and takes a tenth off the yearly bill.\n")


def test_a_staff_credit_under_the_headline_is_no_title():
    page = ("Larchmont Courier\nHome | News | Sport\n\nLOCAL\n\nBefore the frost: lagging the pipes under the floor\n\n"
            "Staff report\nJan 3, 2031\n\n" + TEXT)
    assert only_article(page).title == "Before the frost: lagging the pipes under the floor"


def test_a_directory_s_print_and_mail_row_is_no_title():
    page = ("Woodrow Article Depot\nHome | Categories | Authors\n\nPrint | E-mail to a friend | Bookmark\n\n"
            "By Tamsin Oakridge-Vale\n\n" + TEXT)
    assert only_article(page).title != "Print | E-mail to a friend | Bookmark"


def test_a_text_browser_s_link_number_is_no_part_of_the_title():
    page = ("   [1]Crumbs And All\n\n   [2]Home  [3]About\n\nMonday, 2 June 2031\n\n[4]Ten minutes for the hallway\n\n"
            + TEXT + "\n   Posted by [5]Wilma Strood at 09:12\n")
    assert segment_page(page)[0].title == "Ten minutes for the hallway"


def test_a_consent_wall_over_a_story_cut_before_its_text_carries_no_article():
    page = ("Harbour Evening Star\n\nYour privacy matters\n\n"
            "We and our 312 partners use cookies and personal data to measure visits and show adverts.\n\n"
            "Measure visits.\nShow adverts.\n\nMORE OPTIONS     REJECT ALL     AGREE\n\n---\n\n"
            "News | Money | Homes\n\nThree ways to keep the boiler running this winter\n\nBy Nell Farquar-Ode\n\n"
            "Bookmark\n\nTo continue reading, please accept cookies or subscribe.\n")
    assert segment_page(page) == []


def test_page_two_pasted_under_page_one_is_the_same_piece(tmp_path):
    path = tmp_path / "paged.txt"
    path.write_text("Article Yard - Free Articles\nHome | Submit | Login\n\nSix Ways to a Warmer Flat\n"
                    "By Orla Penhaligon\n\nA warm flat costs less than you think if you start with the leaks.\n\n"
                    + POINTS + "\nPage 1 of 2 | Next Page\n\nSix Ways to a Warmer Flat (Page 2 of 2)\n"
                    "By Orla Penhaligon\n\nContinued from page 1\n\n"
                    + POINTS.replace("1.", "4.").replace("2.", "5.").replace("3.", "6.")
                    + "\nPrevious Page | Page 2 of 2\n", encoding="utf-8")
    (article,) = file_articles(path)
    assert (article.title, article.author) == ("Six Ways to a Warmer Flat", "Orla Penhaligon")


def test_a_cache_banner_is_no_paragraph_of_a_first_part_that_introduces_the_piece():
    from pipeline.stages.segment import Parsed, _introduces

    banner = ("This is Peekly's snapshot of http://jars.example/keep-jam/. It is a copy of the page as it appeared "
              "on 4 May 2030 10:00:00 GMT. The current page could have changed since; see it for what it says now. "
              "Peekly keeps copies of pages for a year so that readers can still reach them when a site is down.")
    site = ["", "Jar Days", "Fresh jam ideas every single day!!", "Home | Jam | Contact"]
    assert _introduces(Parsed(body=[banner, "Tip: press Ctrl+F to find your words on this page.", *site]))
    assert not _introduces(Parsed(body=[banner.replace("This is Peekly's snapshot of", "I read"), "",
                                        "Jam keeps a year in the dark. " * 4, "", "Pickles keep longer. " * 4]))


def test_an_author_archive_of_excerpts_carries_no_article(tmp_path):
    rule = "-" * 40
    card = ("{title}\nPosted on 3 May 2030 by Iris Quennell in Jam | 4 Comments\n\n{text}\nContinue reading →\n\n"
            + rule + "\n\n")
    cards = [card.format(title=t, text=x) for t, x in [
        ("Why My Jam Never Sets", "Every summer someone asks me why a jam stays runny, and the answer is "
                                  "almost always the same one, though nobody likes to hear it ..."),
        ("A Shelf Reset in One Hour", "You need no labels to get a shelf you can use. Here is how I start:\n"
                                      "1. Empty one shelf at a time.\n2. Check every date."),
        ("Quince Cheese for Beginners", "Quinces look hard and grey when you bring them home, but give them an "
                                        "hour in the pan and they turn the colour of a sunset ..."),
        ("Three Pickles I Make Every Year", "There is a jar at the back of my cupboard that taught me more about "
                                            "pickling than any book did, and here is what it said ..."),
    ]]
    path = tmp_path / "archive.txt"
    path.write_text("Jar Days\nHome | Jam | About\n\nAuthor Archives: Iris Quennell\n\nIris Quennell writes "
                    "about jam and pickles from a small kitchen by the sea.\n\nShowing posts 1 - 4 of 30\n\n"
                    + rule + "\n\n" + "".join(cards), encoding="utf-8")
    assert file_articles(path) == []


def test_com_put_back_after_a_listicle_s_number_keeps_the_headline_s_title_case():
    from pipeline.repairs.dotcom import fix_stripped_com

    assert fix_stripped_com("7 .mon Errors That Spoil Your Bread\n\n7 .mon errors spoil bread.")[0] == (
        "7 Common Errors That Spoil Your Bread\n\n7 common errors spoil bread.")


def test_the_site_s_name_its_copyright_line_names_is_no_title(tmp_path):
    path = tmp_path / "review.txt"
    path.write_text("Kettle Corner\nReviews   Guides   Deals   Kettles 101   Subscribe\n\nREVIEW\n\n"
                    "Lumo K2 review: a quick kettle with one noisy habit\n\n"
                    "Published 3 Feb 2031 · Updated 9 Feb 2031\n\nOur score: ★★★★☆ 4/5\n\n"
                    "£39 at Boil Shop     |     £41 at Steam Store     |     View all prices\n"
                    "Kettle Corner may earn a commission when you buy through links on this page.\n\n"
                    "THE VERDICT\nThe K2 boils a litre faster than any kettle we have tried under £50, "
                    "but it clicks.\n\n"
                    "FOR\nFast boil\nEasy to fill\n\nAGAINST\nLoud click\n\n" + TEXT
                    + "\nBy Ines Marlowe-Kite\n\n© Kettle Corner 2031\n", encoding="utf-8")
    (article,) = file_articles(path)
    assert article.title == "Lumo K2 review: a quick kettle with one noisy habit"


def test_a_site_s_name_over_no_other_headline_is_refused_not_taken(tmp_path):
    path = tmp_path / "plain.txt"
    path.write_text("Kettle Corner\n\n" + TEXT + "\n© 2031 Kettle Corner. All rights reserved.\n", encoding="utf-8")
    (article,) = file_articles(path)
    assert article.title is None


def test_a_long_run_of_spaces_in_a_part_s_first_line_is_read_in_linear_time():
    """The page counter's pattern is tried on a part's first line; a line of a word, a long run of spaces and a word
    (a scrape's padded table cell) must be read at once, not once per space. Run in a child process with a time limit
    far above the linear cost and far below the quadratic one (minutes at this length)."""
    import subprocess
    import sys

    probe = ("from pipeline.stages.segment import PAGE_COUNTER\n"
             "line = 'Gate' + ' ' * 300_000 + 'hinges'\n"
             "assert PAGE_COUNTER.sub('', line) == line\n"
             "assert PAGE_COUNTER.sub('', 'Gate hinges' + ' ' * 300_000 + '(Page 2 of 3)') == 'Gate hinges'\n")
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr


def test_the_page_counter_still_comes_off_a_repeated_title():
    from pipeline.stages.segment import PAGE_COUNTER

    assert PAGE_COUNTER.sub("", "Pruning Pears  (Page 2 of 2)") == "Pruning Pears"
    assert PAGE_COUNTER.sub("", "Pruning Pears - page 3") == "Pruning Pears"
    assert PAGE_COUNTER.sub("", "Pruning Pears, Part 2") == "Pruning Pears, Part 2"
