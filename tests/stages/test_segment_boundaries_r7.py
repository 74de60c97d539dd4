"""Where one page's pieces begin and end (round 7): the opening a newsletter, a reading list or a blog's host
writes above the pieces is no piece of its own.

The shapes come from e-mail newsletters, weekly reading lists and guest posts on personal blogs as real sites
write them (read through the ``search`` tool's ``pages`` corpus: a mail's header, a masthead, a greeting and the
issue's contents above ruled items; "two pieces this week" above a rule; "over to her!" above a guest's title);
every page here is written in our own words.
"""

from __future__ import annotations

from pipeline.records import Article, Source
from pipeline.stages import segment as sg
from tests.conftest import segment_page as segment
from tests.conftest import through_stage
from tests.conftest import titles_and_authors as fields

RULE = "-" * 40
PIECE_ONE = ("Most of us water a little every evening, which keeps the roots lazy and close to the surface.\n\n"
             "Water deeply twice a week instead, and the roots follow the water down where the soil stays cool.\n")
PIECE_TWO = ("A bare patch of lawn is an invitation to moss, so sow it again before the autumn rains arrive.\n\n"
             "Rake the patch hard, scatter the seed thinly and keep the birds off it with a length of fleece.\n")


def test_a_mailed_issue_s_header_greeting_and_contents_belong_to_its_first_item():
    page = ("From: The Potting Shed <letters@shed.example>\nSubject: Issue 41 - water and lawns\n"
            "Date: Mon, 3 Jun 2019 07:00:00 +0000\n\n" + "=" * 40 + "\n   THE POTTING SHED\n   Issue 41\n" + "=" * 40 +
            "\n\nHello fellow growers,\n\nTwo pieces this week, one from me and one from a reader with a very green "
            "lawn. Pass this issue on to any neighbour whose garden could do with it.\n\n"
            "THIS WEEK\n* WATER LESS OFTEN\n* MEND THE LAWN\n\n"
            f"{RULE}\nWATER LESS OFTEN\nby Wren Halloway\n{RULE}\n\n{PIECE_ONE}\n"
            f"{RULE}\nMEND THE LAWN\nby Idris Kettleby\n{RULE}\n\n{PIECE_TWO}")
    assert fields(segment(page)) == [("WATER LESS OFTEN", "Wren Halloway"), ("MEND THE LAWN", "Idris Kettleby")]


def test_a_reading_list_s_line_about_this_week_s_pieces_is_not_a_piece():
    page = ("THE GARDEN DIGEST - weekly reading\nArchive | About | Send us a link\n\n"
            "This week we carry two pieces first written for readers' own blogs, and we are grateful to both of "
            "them. Both are shown here by arrangement with their writers; please do not copy them from this page.\n\n"
            f"{RULE}\n\nWater Less Often\nby Wren Halloway\n\n{PIECE_ONE}\n"
            f"{RULE}\n\nMend the Lawn Before the Rain\nby Idris Kettleby\n\n{PIECE_TWO}")
    assert fields(segment(page)) == [("Water Less Often", "Wren Halloway"),
                                     ("Mend the Lawn Before the Rain", "Idris Kettleby")]


def test_a_host_s_short_welcome_above_a_guest_post_is_the_guest_post_s_chrome():
    page = ("Small Plot Diaries\nveg growing on a shoestring\n\nHome · Archive · Contact\n\nGUEST POST\n\n"
            "Hello everyone, Mo here. I met today's writer at the seed swap in spring and begged her to write "
            "this up for you. Over to her!\n\nWater Less Often, Grow More\n\nGuest post by Wren Halloway\n\n"
            + PIECE_ONE + "\n" + PIECE_TWO)
    (article,) = segment(page)
    assert (article.title, article.author) == ("Water Less Often, Grow More", "Wren Halloway")
    assert "Mo here" not in article.text


def test_an_unsigned_first_piece_of_several_paragraphs_stays_a_piece():
    # three points in three paragraphs, unsigned, over a signed piece: two pieces, not an opening
    page = ("Summer Jobs In The Garden\n\n" + PIECE_ONE + "\nMulch every bed with five centimetres of compost "
            "before the first heatwave, so the soil under it stays damp for a week longer than bare soil does, "
            "and the weeds that would have come up in the gaps never see the light at all this summer.\n\n"
            "Mend the Lawn Before the Rain\nby Idris Kettleby\n\n" + PIECE_TWO)
    assert fields(segment(page)) == [("Summer Jobs In The Garden", None),
                                     ("Mend the Lawn Before the Rain", "Idris Kettleby")]


def test_the_opening_test_itself():
    opening = sg.Parsed(body=["Hello friends,", "", "Two pieces this week, both about sleep.", "", "IN THIS ISSUE",
                              "* SLEEP IS A SKILL", "* SAYING NO"])
    assert sg._introduces(opening)
    signed = sg.Parsed(body=["A short note on the meeting."], byline=sg.Byline("Wren Halloway"))
    assert not sg._introduces(signed)
    points = sg.Parsed(body=["Water at dawn, when less is lost.", "", "Mulch every bed you can reach.", "",
                             "Feed the pots once a week in summer."])
    assert not sg._introduces(points)  # three paragraphs: a piece's points


POST = ("Every spring somebody asks why their seedlings fall over, and every spring the answer is the same.\n\n"
        "Sow thinly, water from below and give them a fan or an open window, because damp still air kills them.\n")


def test_a_forum_thread_s_title_stands_over_its_starter_line():
    # the board's name, its breadcrumb, the thread's title, "Started by NAME, DATE · N replies", the first post
    page = ("GREEN THUMBS BOARD\nForums › Seeds › Seedlings that keep falling over: what helps\n\n"
            "Seedlings that keep falling over: what helps\nStarted by Halina Dąbrowska, 4 March 2018 · 12 replies\n\n"
            "Halina Dąbrowska\nMember · 310 posts\nPosted 4 March 2018\n\n" + POST)
    (article,) = segment(page)
    assert (article.title, article.author) == ("Seedlings that keep falling over: what helps", "Halina Dąbrowska")


def test_a_pinned_thread_s_mark_is_not_part_of_its_title():
    page = ("Allotment Talk › Seeds › Damping off\n\nPage 1 of 2   1 2 Next »\n\n"
            "[Pinned] Damping off: everything we know\n"
            "Thread started by Oskar Lindgren (oskar_l) · 2 Feb 2016 · 40 replies · 5,100 views\n\n"
            "oskar_l\nModerator\n\n" + POST)
    (article,) = segment(page)
    assert (article.title, article.author) == ("Damping off: everything we know", "Oskar Lindgren")


def test_the_starter_line_pattern():
    assert sg.THREAD_STARTER.match("Started by Ann Lee, 3 May 2019 · 4 replies")
    assert sg.THREAD_STARTER.match("Thread starter: ann_lee")
    assert not sg.THREAD_STARTER.match("It started by accident, as the best recipes do.")
    assert sg.THREAD_FLAG.sub("", "[Sticky] Read this first") == "Read this first"
    assert sg.THREAD_FLAG.sub("", "[Photo] A garden in May") == "[Photo] A garden in May"


def test_a_plain_text_bulletin_s_items_under_framed_titles_are_its_articles():
    # a club's mailed bulletin: masthead, greeting, then items each under "*** TITLE ***" and a writer's line
    page = ("RIVERSIDE BEEKEEPERS\nNewsletter — May 2020\n\nHello members! Swarm season is here and we have three "
            "short pieces for you this month.\n\n*** Catching Your First Swarm ***\nDorota Kowal, apiary 2\n\n"
            + PIECE_ONE + "\n*** Feeding After a Cold Spring ***\nby Femi Adeyemi, apiary 5\n\n" + PIECE_TWO +
            "\n*** A New Shed for the Club Hives ***\nGlyn Parry, Secretary\n\n" + POST +
            "\n© 2020 Riverside Beekeepers. All rights reserved.\n")
    assert fields(segment(page)) == [("Catching Your First Swarm", "Dorota Kowal"),
                                     ("Feeding After a Cold Spring", "Femi Adeyemi"),
                                     ("A New Shed for the Club Hives", "Glyn Parry")]


def test_framed_headings_of_one_article_that_credit_nobody_do_not_split_it():
    page = ("Companion Planting That Works\nby Dorota Kowal\n\nSome pairings help, most are folklore.\n\n"
            "== Marigolds with tomatoes ==\n\n" + PIECE_ONE + "\n== Beans with sweetcorn ==\n\n" + PIECE_TWO)
    (article,) = segment(page)
    assert (article.title, article.author) == ("Companion Planting That Works", "Dorota Kowal")


def test_an_aggregator_s_teasers_above_its_one_whole_piece_are_not_an_article():
    # a magazine site's list of teasers (title, dek, "by NAME · N min"), then the featured piece in full
    page = ("HONEYCOMB  ·  home · garden · kitchen · people\nSign in    Subscribe\n\nNEW THIS WEEK\n\n"
            "Why Beeswax Wraps Last Longer Than You Think\nA kitchen swap that pays for itself within a season.\n"
            "by Cerys Vaughan · 4 min\n\nThree Days on the Pembrokeshire Coast\nWhere to walk, eat and sleep on "
            "a long weekend by the sea with children in tow.\nby Arjun Mehta · 6 min\n\n" + "—" * 16 +
            "\nFEATURED\n\nThe Man Who Keeps Bees on a Hospital Roof\n\nwords: Dorota Kowal  |  photos: Li Wei\n"
            "Published 3 June 2022\n\n" + PIECE_ONE + "\n" + PIECE_TWO)
    (article,) = segment(page)
    assert (article.title, article.author) == ("The Man Who Keeps Bees on a Hospital Roof", "Dorota Kowal")


def test_a_blog_platform_s_writer_box_under_the_post_is_not_a_second_piece():
    # a post exported from a blogging platform: the tags row, then "Written by NAME", the follower count, a bio
    page = ("Eight Weeks to a Calmer Hive\n\nWhat a nervous beginner learned from one patient colony.\n\n"
            "Dorota Kowal\nFollow\n\n" + PIECE_ONE + "\n" + PIECE_TWO + "\nBy the eighth week the colony let me lift "
            "every frame without a single sting, and I had stopped flinching at the hum, which I now think was the "
            "whole lesson.\n" +
            "\n1.1K 9\n\nBeekeeping Gardening Urban Beginners\n\nWritten by Dorota Kowal\n204 Followers\n"
            "Librarian by day. Keeps two hives on a rooftop.\n")
    (article,) = segment(page)
    assert (article.title, article.author) == ("Eight Weeks to a Calmer Hive", "Dorota Kowal")


def test_a_recipe_blog_s_button_row_and_disclosure_are_not_the_title():
    # a recipe blog: the site's name and menu, "Jump to Recipe  Print Recipe", "Posted by NAME on DATE", the
    # affiliate notice glued under it, then the post's title alone over the story
    page = ("Marrow & Mint — cooking from a Welsh allotment\nRecipes Soups Bakes About Me\n\n"
            "Jump to Recipe   Print Recipe\n\nPosted by Gwen Pritchard on 3 October 2020 · 12 comments\n"
            "This post may contain affiliate links. Please read my disclosure policy.\n\n"
            "Leek and Potato Soup With Crispy Sage\n\n" + PIECE_ONE + "\n" + PIECE_TWO)
    (article,) = segment(page)
    assert (article.title, article.author) == ("Leek and Potato Soup With Crispy Sage", "Gwen Pritchard")


def test_button_rows():
    for row in ("Pin it!   Share on Facebook   Yum", "Jump to Recipe · Print Recipe", "Share | Tweet | Email"):
        assert sg.BUTTON_ROW.match(row), row
    for title in ("Share The Load: Rotas That Work", "Print Your Own Seed Packets", "Pin Money"):
        assert not sg.BUTTON_ROW.match(title), title
    assert sg.DISCLOSURE.match("This post may contain affiliate links. Please read my policy.")
    assert not sg.DISCLOSURE.match("This post contains three recipes for leeks.")


def test_a_host_s_note_between_the_blog_s_name_and_the_guest_s_title_is_not_the_title():
    page = ("The Quiet Garden\n\nToday's guest post comes from a reader who grows all her herbs on a fire escape. "
            "Over to her!\n\nHerbs On A Fire Escape\n\n" + PIECE_ONE + "\n" + PIECE_TWO)
    (article,) = segment(page)
    assert article.title == "Herbs On A Fire Escape"
    assert "Over to her" not in article.text


def test_a_newsletter_platform_s_subscription_box_and_counts_row_are_not_the_title():
    # the letter's name, its "Discover more from" box, the post's title and dek, the writer and date, a counts row
    page = ("The Compost Letter\nSubscribe Sign in\n\nDiscover more from The Compost Letter\n"
            "Weekly notes on soil for people with small gardens and big plans.\nOver 4,000 subscribers\n"
            "Subscribe\nContinue reading\n\nWhat Three Years of Leaf Mould Taught Me\n"
            "A slow experiment, and the cheapest soil improver I know\n\nDorota Kowal\nMar 2, 2023\n\n"
            "❤ 120 💬 14 ↻ 3 Share\n\n" + PIECE_ONE + "\n" + PIECE_TWO)
    (article,) = segment(page)
    assert (article.title, article.author) == ("What Three Years of Leaf Mould Taught Me", "Dorota Kowal")


def test_host_notes_and_tool_rows():
    assert sg._host_note("This week's guest writer is a beekeeper from Cork. Please welcome her!")
    assert not sg._host_note("I handed the keys over to him and never looked back.")
    assert sg._tool_row("❤ 120 💬 14 ↻ 3 Share") and sg._tool_row("1.1K 9")
    assert not sg._tool_row("10 Tips For Leaf Mould") and not sg._tool_row("2023")


def test_a_title_over_its_dek_under_a_breadcrumb():
    page = ("GreenPlot Online  >  Beds  >  Raised beds\n\nRaised Beds That Last Ten Years\n"
            "Choosing timber, lining and soil once instead of every spring\n\n" + PIECE_ONE + "\n" + PIECE_TWO)
    (article,) = segment(page)
    assert article.title == "Raised Beds That Last Ten Years"


def test_a_writer_s_line_naming_the_section_the_post_is_filed_in():
    page = ("notes from a small plot\n\nHome · Growing · Essays · Contact\n\nWhy I Gave Up Digging\n"
            "Wren Halloway — posted in Essays\n\n" + PIECE_ONE + "\n" + PIECE_TWO)
    (article,) = segment(page)
    assert (article.title, article.author) == ("Why I Gave Up Digging", "Wren Halloway")


def test_an_organisation_s_credit_line_under_a_leaflet_s_title_is_not_the_title():
    page = ("[Print this page]   [Download PDF]\n\nWESTMOOR COUNTY COUNCIL\nHealthy Homes · Leaflet 7\n\n"
            "Keeping Your Home Warm and Dry\n\nProduced by the Westmoor Housing Team\n\n" + PIECE_ONE)
    (article,) = segment(page)
    assert article.title == "Keeping Your Home Warm and Dry"
    assert sg.MADE_BY_LINE.match("Prepared for the parish by the Allotment Committee")
    assert not sg.MADE_BY_LINE.match("Produce By The Bucketful")


def test_teasers_over_the_featured_piece_are_not_its_header():
    # an aggregator's teasers ("By NAME | N min read", a dek cut with "..."), then the editor's pick in full
    page = ("Greenhouse Weekly\nSave | Grow | Eat | Newsletter\n\nLATEST FROM OUR WRITERS\n\n"
            "Why Glass Still Beats Polythene\nBy Hollis Grant | 4 min read\n"
            "The old greenhouse is back, and not only for people with big gardens. Here is what it does...\n\n"
            "The Hidden Cost of Heated Propagators\nBy Marisol Vega | 6 min read\n"
            "A heated tray sounds cheap to run. The trouble starts with the electricity bill...\n\n"
            + "-" * 40 + "\nEDITOR'S PICK\n" + "-" * 40 + "\n\nSeven Seeds Worth Sowing in January\n"
            "6 min read | Updated March 8, 2021\n\n" + PIECE_ONE + "\n" + PIECE_TWO)
    (article,) = segment(page)
    assert (article.title, article.author) == ("Seven Seeds Worth Sowing in January", None)


def test_a_byline_topping_the_page_over_a_lone_title():
    # an export that puts the writer's line first ("by NAME · N min read · Section"), the title alone under it
    page = ("by Wren Halloway · 9 min read · Gardening\n\nWater Less, Grow More\n\n" + PIECE_ONE + "\n" + PIECE_TWO)
    (article,) = segment(page)
    assert (article.title, article.author) == ("Water Less, Grow More", "Wren Halloway")


def test_a_q_and_a_page_s_question_over_its_asked_line_is_the_title():
    page = ("GardenFixers Q&A\nQuestions  Tags  Users  Unanswered\n\n"
            "Why do the leaves on my tomato plants curl up in July?\n"
            "Asked 2 years, 4 months ago   Modified 1 year ago   Viewed 3k times\n\n"
            "Every summer the top leaves roll inwards like tubes, although the plants look healthy otherwise.\n")
    (article,) = segment(page)
    assert article.title == "Why do the leaves on my tomato plants curl up in July?"
    assert not sg.QUESTION_STATS.match("Asked my neighbour, who laughed.")


def _html_issue(text: str, title: str, openings: list[str]) -> list[Article]:
    source = Source(path="p.html", sha256="ef" * 32, size=len(text), format="html")
    record = Article(id=Article.make_id(source), source=source, text=text, title=title)
    record.html_starts = openings
    articles, _ = through_stage(sg.STAGE, sg.SegmentConfig(), [record])
    return articles


def test_an_html_issue_s_first_piece_is_titled_by_its_heading_not_the_issue_s_name():
    # the markup's title is the newsletter's masthead; the items are set apart in the markup after the first
    text = ("Hi growers! The evenings are drawing out, and two members wrote for us this month.\n\n"
            "Sowing Broad Beans in Autumn\n\n" + PIECE_ONE + "\nMending the Lawn Before the Rain\n\n" + PIECE_TWO)
    first, second = _html_issue(text, "ALLOTMENT NEWS MONTHLY", ["Mending the Lawn Before the Rain"])
    assert (first.title, second.title) == ("Sowing Broad Beans in Autumn", "Mending the Lawn Before the Rain")


def test_an_html_issue_whose_markup_title_is_its_first_piece_keeps_it():
    # the first piece's heading went into the markup's title; the text opens with the masthead line
    text = ("Allotment News — June issue\n\n" + PIECE_ONE + "\nMending the Lawn Before the Rain\n\n"
            "by Idris Kettleby\n\n" + PIECE_TWO)
    first, _ = _html_issue(text, "Water Less Often", ["Mending the Lawn Before the Rain"])
    assert first.title == "Water Less Often"


def test_a_forum_topic_head_with_its_read_count_gives_the_title():
    page = ("Paddlers' Board » Rivers » Trip Reports\n\n"
            "Topic: My first night on the river, and what I would pack differently  (Read 2,310 times)\n\n"
            "0 Members and 2 Guests are viewing this topic.\n\n" + POST)
    (article,) = segment(page)
    assert article.title == "My first night on the river, and what I would pack differently"


def test_a_column_s_note_on_its_writer_above_the_title():
    page = ("Wren Halloway is a beekeeper and writer in Powys. This column appears monthly.\n\n"
            "The Hive Diary\n\nWhy My Bees Ignore the Lavender\n\n" + PIECE_ONE + "\n" + PIECE_TWO)
    (article,) = segment(page)
    assert (article.title, article.author) == ("Why My Bees Ignore the Lavender", "Wren Halloway")


def test_a_title_with_for_under_a_section_s_name_is_not_a_writer_s_name_line():
    # "Bees for People Who Fear Stings" would read as "NAME for OUTLET"; under the section's one word it is the title
    page = ("MENU  SEARCH\n\nGardening\n\nBee Gardens for People Who Fear Stings\n\n" + PIECE_ONE + "\n" + PIECE_TWO)
    (article,) = segment(page)
    assert (article.title, article.author) == ("Bee Gardens for People Who Fear Stings", None)


def test_a_writer_for_an_outlet_stays_a_name_line():
    page = ("Bee Gardens That Work\nJoanna Pryce for Hive & Home\n\n" + PIECE_ONE + "\n" + PIECE_TWO)
    (article,) = segment(page)
    assert (article.title, article.author) == ("Bee Gardens That Work", "Joanna Pryce")


def test_a_breadcrumb_ending_in_the_page_s_title_where_the_header_shows_none():
    # a recipe blog whose theme prints the title only in the breadcrumb (and in the recipe card far below)
    page = ("Marrow & Mint\nRecipes · Soups · About me\nJump to Recipe   Print Recipe\n\n"
            "You are here: Home » Soups » Leek and Potato Soup for Cold Nights\n\n"
            "Pin it!   Share on Facebook   Yum\n\n" + PIECE_ONE + "\n" + PIECE_TWO)
    (article,) = segment(page)
    assert article.title == "Leek and Potato Soup for Cold Nights"


def test_a_post_opening_with_a_greeting_keeps_it_as_text():
    # a greeting over the text, with no title under it, is the post's first paragraph, not a note to set aside
    page = ("Hello friends! Today I am sharing the soup I make every Sunday in winter.\n\n" + PIECE_ONE)
    (article,) = segment(page)
    assert article.text.startswith("Hello friends!")
