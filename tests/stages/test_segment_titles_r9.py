"""Titles and article boundaries (round 9): shapes that pages by several hands write.

A plain-text ezine numbers its pieces like its contents list ("1. TITLE", "2. Title") and sets each piece's writer
on the next line in lower case ("by Ann Lee"); a line that only dates or files the posts under it (a blog's date
header, an archive's heading) is no title. Every page here is written in our own words.
"""

from __future__ import annotations

import pytest

from pipeline.records import Article
from pipeline.stages import segment as sg
from tests.conftest import segment_page
from tests.conftest import titles_and_authors as fields

RULE = "-" * 48


# a mailed ezine: masthead between rules, a line on why the reader gets it, the contents, then two numbered pieces,
# each boxed with its writer's line under its title; each piece's title is long enough to read as a sentence's length
NUMBERED_ISSUE = ("=" * 48 + "\nTHE WINDOWSILL POST  --  Issue #12  --  May 2020\n" + "=" * 48 + "\n\n"
                  + "You get this because you joined at windowsill.example.\nTo leave, reply with STOP.\n\n"
                  "IN THIS ISSUE\n  1. Six Things To Grow On A North Facing Ledge\n"
                  "  2. How A Row Of Old Paint Tins Fed Our Whole Street\n\n"
                  f"{RULE}\n1. SIX THINGS TO GROW ON A NORTH FACING LEDGE\n   by Ilse Vandermeer, editor\n{RULE}\n\n"
                  "A north ledge gets no direct sun, but plenty of plants never wanted any. These are the ones that "
                  "did well for me over three summers.\n\n"
                  "1) Mint. It sulks in heat and loves a cool pot.\n\n"
                  "2) Parsley. Sow it thick and cut it often.\n\n"
                  f"{RULE}\n2. HOW A ROW OF OLD PAINT TINS FED OUR WHOLE STREET\n   by Kofi Mensah-Bright\n{RULE}\n\n"
                  "It began with one tin of lettuce on a wall by the bus stop, and by August there were thirty of "
                  "them, tended by whoever walked past with a bottle of water.\n\n"
                  "Nobody planned it. That was probably why it worked.\n\n"
                  + "=" * 48 + "\nForward this to a friend.\n")


def test_a_numbered_piece_title_over_its_lower_case_byline_is_the_title():
    assert fields(segment_page(NUMBERED_ISSUE)) == [
        ("SIX THINGS TO GROW ON A NORTH FACING LEDGE", "Ilse Vandermeer"),
        ("HOW A ROW OF OLD PAINT TINS FED OUR WHOLE STREET", "Kofi Mensah-Bright")]


def test_the_masthead_is_no_piece_s_title():
    first = segment_page(NUMBERED_ISSUE)[0]
    assert "THE WINDOWSILL POST" not in (first.title or "")
    assert first.text.lstrip().startswith("A north ledge")


def test_a_numbered_title_is_no_hard_wrapped_paragraph_line():
    # the item number hid the title's shape, and "by NAME" starts in lower case like a wrapped sentence's next line
    assert not sg._hard_wrapped("2. HOW A ROW OF OLD PAINT TINS FED OUR WHOLE STREET", "   by Kofi Mensah-Bright")
    assert not sg._hard_wrapped("2. How A Row Of Old Paint Tins Fed Our Whole Street", "by Kofi Mensah-Bright")
    # a wrapped paragraph is still one, even when its first line opens with a number
    assert sg._hard_wrapped("2 of the tins were rusted through before we had even started", "planting them.")
    assert sg._hard_wrapped("Most students eat badly not because they do not care but", "by the end of the week.")


# an article directory's page: its menu, its name, the category's crumbs, then the submission's fields, each labelled
# ("Title:", "Word Count:", "Summary:", "Keywords:", "Article Body:"), then the text and the resource box
FIELDED_DIRECTORY = ("Home | Submit Articles | Top Authors | Login\n"
                     "ArticleShelf.example - Free Articles For Your Site\n\n"
                     "Home & Family >> Kitchens\n\n"
                     "Title: Sharpen Your Kitchen Knives In Ten Minutes\nWord Count: 540\n"
                     "Summary: A blunt knife is the dangerous one. Here is how to get an edge back with a stone you "
                     "already own...\n"
                     "Keywords: knives, kitchen, sharpening, whetstone\nArticle Body:\n\n"
                     "Most home cooks never sharpen a knife at all, and then wonder why the tomatoes slide away from "
                     "the blade and the onions make them cry twice as long.\n\n"
                     "Soak the stone for ten minutes before you start, and keep a towel under it.\n\n"
                     "About The Author\nMarisol Quintero-Haas teaches knife skills at an evening school in Leeds.\n")


def test_a_line_that_labels_itself_the_title_is_the_title_among_a_directory_s_fields():
    [article] = segment_page(FIELDED_DIRECTORY)
    assert article.title == "Sharpen Your Kitchen Knives In Ten Minutes"


@pytest.mark.parametrize("summary_end", ["...", "."])  # a summary cut short, or a whole sentence
def test_a_directory_s_submission_fields_are_not_the_article_s_text(summary_end):
    [article] = segment_page(FIELDED_DIRECTORY.replace("already own...", "already own" + summary_end))
    assert article.title == "Sharpen Your Kitchen Knives In Ten Minutes"
    assert article.text.lstrip().startswith("Most home cooks")
    for field in ("Word Count:", "Summary:", "Keywords:", "Article Body:"):
        assert field not in article.text


def test_a_summary_line_over_text_is_the_text_s_first_line():
    # a report that opens "Summary: ..." over its paragraphs, no directory's fields around it: its own words
    page = ("RESULTS FROM THE COUNTY SWIM GALA\n\nSummary: Three club records fell on Saturday, two of them in the "
            "relays.\n\nThe under-twelve girls took nine seconds off the old medley record.\n")
    [article] = segment_page(page)
    assert article.text.lstrip().startswith("Summary: Three club records")


# the title over one line of the directory's fields, the writer's among them, as a table's cells scrape together
FIELD_ROW_PAGE = ("FreeArticleBank.example :: Articles For Your Newsletter\nCategories >> Business >> Retail\n\n"
                  "Nine Cheap Ways To Fill A Corner Shop On A Monday\n"
                  "Author: Teodora Ilieva-Marsh     Published: 06/02/2009     Category: Retail     Views: 2,044\n"
                  "Print Article | Email To Friend\n\n"
                  "Mondays are the quietest day for most small shops, and the ones that do well on them have "
                  "usually given people a reason to come in that has nothing to do with a discount.\n\n"
                  "Put a board outside with one line on it that changes every day.\n")


def test_a_row_of_fields_naming_the_writer_is_the_byline_under_the_title():
    [article] = segment_page(FIELD_ROW_PAGE)
    assert (article.title, article.author) == ("Nine Cheap Ways To Fill A Corner Shop On A Monday",
                                               "Teodora Ilieva-Marsh")
    assert "Published:" not in article.text


def test_a_row_of_fields_gives_its_writer_s_field_only():
    assert sg._writer_field("Author: Ann Lee  Published: 2009-06-02  Views: 12") == "Author: Ann Lee"
    assert sg._writer_field("Published: 2009-06-02  Written by: Bo Ng  Views: 12") == "Author: Bo Ng"
    # one field alone, or a row that names no writer, or a sentence mentioning a date: as it is
    assert sg._writer_field("Published: 2009-06-02  Views: 12") == "Published: 2009-06-02  Views: 12"
    sentence = "We met the author: she was published: twice"
    assert sg._writer_field(sentence) == sentence


# a blog post that reprints a piece: the blogger's date and note, the piece's title and byline, its text, the
# permission line, then the blog's footer ("Posted by NAME at TIME"), and the readers' comments in Blogger's form
REPRINT_POST = ("THE BACK FENCE\nnotes from a small garden\n\nThursday, 3 May 2012\n\nWorth passing on\n\n"
                "A neighbour lent me her allotment society's newsletter and one piece was too good to keep, so I asked "
                "the writer if I could share it here. She kindly said yes.\n\n"
                "Slugs Without Pellets\nby Odile Marchetti-Crane\n\n"
                "Every wet spring brings the same battle, and most of us reach for the blue pellets before we have "
                "tried anything gentler that works as well.\n\n"
                "Go out with a torch after dark and pick them off.\n\n"
                "Sink a jar of beer level with the soil.\n\n"
                "This piece first appeared in the Marsh Lane Allotment News and is reprinted with the author's "
                "kind permission.\n\n"
                "Posted by Wren at 20:15 2 comments\n\n"
                "Harriet K said...\nThe beer trap worked for me last year, though the hedgehog found it too.\n"
                "4 May 2012 at 07:12\n\n"
                "Anonymous said...\nDo coffee grounds help at all?\n4 May 2012 at 10:40\n\n"
                "Newer Post Home Older Post\n")


def test_a_reader_s_comment_head_is_no_new_post_under_the_blog_s_footer():
    articles = segment_page(REPRINT_POST)
    assert fields(articles) == [("Slugs Without Pellets", "Odile Marchetti-Crane")]


def test_the_blog_s_footer_ends_a_bylined_piece_s_text():
    [article] = segment_page(REPRINT_POST)
    assert article.text.rstrip().endswith("Sink a jar of beer level with the soil.")
    assert "Harriet K said" not in article.text


def test_a_comment_head_is_told_from_a_post_title():
    assert not sg._post_follows(["Harriet K said...", "The beer trap worked for me last year."], [0, 1])
    assert not sg._post_follows(["Anonymous said…", "Do coffee grounds help at all?"], [0, 1])
    assert sg._post_follows(["What The Hedgehog Said", "The beer trap worked for me last year."], [0, 1])


def _titled_page(text: str, title: str, author: str | None = None) -> Article:
    """A page read from HTML: the markup's title (and author) came with the record."""
    from pipeline.records import Source
    from tests.conftest import through_stage

    source = Source(path="p.html", sha256="cd" * 32, size=len(text), format="html")
    record = Article(id=Article.make_id(source), source=source, text=text, title=title, author=author)
    articles, _ = through_stage(sg.STAGE, sg.SegmentConfig(), [record])
    return articles


# an HTML e-mail issue whose markup title is the masthead's name: the committee's "Dear neighbours, ..." note opens
# the text, then each piece's heading (the first one unsigned, the second over its writer's line)
GREETED_ISSUE = ("Dear members, the nights are drawing in and the committee has been busy again. Two pieces this "
                 "month: the new parking rules and a look back at the tool library.\n\n"
                 "Parking After The Resurfacing\n\n"
                 "From next Monday the bays on the east side are numbered, and each flat has one. Visitors use the "
                 "row by the bins, for up to three hours at a time.\n\n"
                 "A Year Of The Tool Library\n\nBy Saskia Bernhardt\n\n"
                 "Twelve months ago a shed of donated drills and ladders opened by the laundry room, and it has lent "
                 "out more than four hundred tools since.\n")


def test_an_issue_s_dear_greeting_is_its_note_and_the_first_piece_keeps_its_own_heading():
    articles = _titled_page(GREETED_ISSUE, "Harbour Court Newsletter", "Saskia Bernhardt")
    assert [a.title for a in articles] == ["Parking After The Resurfacing", "A Year Of The Tool Library"]
    assert "the committee has been busy" not in articles[0].text


def test_a_dear_greeting_is_a_host_s_note_only_as_a_short_note():
    assert sg._host_note("Dear members, the plant sale went well and two pieces follow this month.")
    assert not sg._host_note("Dear me, what a summer it has been for slugs")  # no closing stop: a heading
    assert not sg._host_note("Dearly as we love the hall, the roof leaks and the boiler is forty years old.")


def test_a_blog_front_page_s_posts_each_keep_their_heading_and_lose_the_next_date():
    from pipeline.stages.read import page_to_article
    from tests.conftest import through_stage
    from tests.text.test_html_front_page_posts import two_posts

    record = page_to_article("front.html", two_posts().encode(), "html")
    articles, _ = through_stage(sg.STAGE, sg.SegmentConfig(), [record])
    assert [a.title for a in articles] == ["When the pond froze", "Fieldfares in the car park!"]
    assert not articles[0].text.rstrip().endswith("2021")  # the second post's date header is not the first's text
    assert articles[1].text.startswith("Forty fieldfares")


# a line that files the posts under it or numbers the issue is never a title: the heading under it is
@pytest.mark.parametrize("filing", ["Archive for the ‘Soups’ Category", "Category Archives: Soups",
                                    "Posts Tagged ‘winter’", "Monthly Archives: February 2015",
                                    "Showing posts with label soups. Show all posts",
                                    "THE STOCKPOT -- Issue #41 -- February 2015"])
def test_a_filing_or_issue_line_glued_over_the_title_is_not_the_title(filing):
    page = (f"{filing}\nLeek And Potato Soup For A Cold Night\n\n"
            "Sweat the leeks slowly in butter for twenty minutes before the potatoes go in, and never let them "
            "brown.\n\nBlend half and leave half chunky.\n")
    [article] = segment_page(page)
    assert article.title == "Leek And Potato Soup For A Cold Night"
    assert filing not in article.text


def test_a_series_number_stays_in_a_title():
    assert not sg._masthead("Letter No. 5: On Patience")
    assert sg._masthead("Garden Notes, Vol. 3, No. 2")
    assert sg._is_meta("Category Archives: Soups") and not sg._is_meta("Soups For Every Category")


# an e-mail issue read from HTML whose markup names one writer (the second item's): the first item's own writer's
# line ("NAME, role") is its writer's, the markup's name the second item's
TWO_WRITER_ISSUE = ("Replacing The Lift Cables This Summer\n\nAroha Pāora-Whitfield, Building Secretary\n\n"
                    "The lift in block C will be out of use for three weeks from 4 July while the cables are replaced, "
                    "and the stair lights will stay on all night until it is back.\n\n"
                    "Ten Years Of The Courtyard Garden\n\nby Benedikt Oyelaran\n\n"
                    "When the first raised bed went in, nobody thought the courtyard would ever be more than a place "
                    "to leave bikes, and now it feeds a dozen flats all summer.\n")


def test_the_markup_s_writer_is_the_later_item_s_not_the_first_item_s():
    articles = _titled_page(TWO_WRITER_ISSUE, "Courtyard News", "Benedikt Oyelaran")
    assert fields(articles) == [("Replacing The Lift Cables This Summer", "Aroha Pāora-Whitfield"),
                                ("Ten Years Of The Courtyard Garden", "Benedikt Oyelaran")]


def test_the_markup_s_writer_still_wins_over_a_name_line_on_a_page_of_one_article():
    # one article: its bare name line is weaker than the markup's author, as ever
    [article] = _titled_page("Replacing The Lift Cables\n\nAroha Pāora-Whitfield, Building Secretary\n\n"
                             "The lift in block C will be out of use for three weeks from 4 July.\n",
                             "Replacing The Lift Cables", "Benedikt Oyelaran")
    assert article.author == "Benedikt Oyelaran"


# a blogging platform's story head: the title, its subtitle glued under it (sentence case, no stop), the writer's
# name, "Follow", the reading time and the date; the subtitle is no title
STORY_HEAD = ("Why Our Allotment Stopped Buying Compost\nThree years of leaves, coffee grounds and patience\n"
              "Halvard Okonkwo-Berg\nFollow\n6 min read\n·\nMar 3, 2021\n\n"
              "We used to order a lorry load of compost every spring, and every spring it arrived full of glass and "
              "plastic labels.\n\nSo we built three bays from pallets and started collecting everything the street "
              "threw away.\n")


def test_a_title_over_its_glued_subtitle_over_the_writer_s_name_is_the_title():
    [article] = segment_page(STORY_HEAD)
    assert (article.title, article.author) == ("Why Our Allotment Stopped Buying Compost", "Halvard Okonkwo-Berg")


def test_a_site_s_short_name_over_a_sentence_case_title_stays_the_site_s():
    # a blog's name (too short to be a headline) over the post's own sentence-case title and its writer's name
    page = STORY_HEAD.replace("Why Our Allotment Stopped Buying Compost", "Plot Notes")
    [article] = segment_page(page)
    assert article.title == "Three years of leaves, coffee grounds and patience"


@pytest.mark.parametrize("dated", ["Posted on Sunday, January 17, 2021", "Sunday, 17 January 2021"])
def test_a_date_glued_over_the_title_under_the_blog_s_name_leaves_the_title_the_title(dated):
    page = (f"The Soup Pot\n\n{dated}\nA soup for a very cold night!\n\n"
            "Sweat the leeks slowly in butter for twenty minutes before the potatoes go in.\n\n"
            "Blend half of it and leave the other half chunky.\n")
    [article] = segment_page(page)
    assert article.title == "A soup for a very cold night!"


def test_an_issue_s_items_numbered_with_a_hash_and_dashes_keep_their_titles():
    page = ("THE SOUP POT -- Issue #12 -- March 2021\n\n"
            "ARTICLE #1 -- LEEK AND POTATO SOUP FOR COLD NIGHTS\nBy Ana Ruiz\n\n"
            "Sweat the leeks slowly in butter for twenty minutes before the potatoes go in, and never let them "
            "brown.\n\nBlend half of the soup and leave the other half chunky.\n\n"
            "ARTICLE #2 -- ROAST SQUASH SOUP WITHOUT THE FUSS\nBy Tom Reed\n\n"
            "Roast the squash whole in its skin until a knife slides in easily, then scoop out the seeds.\n\n"
            "Season it at the very end.\n")
    assert fields(segment_page(page)) == [("LEEK AND POTATO SOUP FOR COLD NIGHTS", "Ana Ruiz"),
                                          ("ROAST SQUASH SOUP WITHOUT THE FUSS", "Tom Reed")]
