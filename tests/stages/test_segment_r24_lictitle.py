"""Titles and an issue's licences on real-shaped text pages (round 24, issue 16), in our own words.

- A column's label in capitals over a headline in sentence case stays a label where the breadcrumb names it as a
  section ("Columns > Garden Diary" over "GARDEN DIARY"): a short crumb names a section, not the page, as a
  section's own heading repeating the last crumb does (round 18's ``_crumb_named``); a browser title's row ("Ask
  Idunn | Site") still names the page.
- An old directory's bracketed row of tools ("[ Print ] [ Email to a friend ] [ Publish this article ]"), glued under
  the date line, is the page's tools: the title stands above them, under the site's banner, menu and breadcrumb.
- On a page of several pieces, the last piece's own refusal naming one text ("This article may not be reproduced
  ...") is that piece's; a line naming the issue still covers every piece.
- An ezine's reprint paragraph in one piece, with the issue's "All rights reserved" footer: the piece is free
  reprint, the other piece all rights reserved.
"""

from __future__ import annotations

import pytest

from pipeline.stages import segment as sg
from pipeline.text import licence as lic
from tests.conftest import only_article, segment_page

COLUMN = ("Skip to content\nTHE WILLOW ROW  |  Home  Garden  Columns  Food  About\nSearch...\n\n"
          "Columns > {crumb}\n\nGARDEN DIARY\nWhy a cold frame earns its place on the smallest plot\n\n"
          "By Tamsin Orlov-Reed, Contributing Columnist\nPublished 3 March 2026 · 5 min read\n\n"
          "A cold frame is a box with a lid of glass, and it does more for early sowings than any gadget I own. "
          "Mine is made of old floorboards and a window a neighbour threw out.\n\n"
          "Start seeds a month early. Under the lid the soil warms weeks before the open bed does, so lettuce and "
          "peas can go in while frost still whitens the lawn.\n\n"
          "Harden off without fuss. Lift the lid a little more each day and the seedlings meet the weather slowly, "
          "which saves the losses that come from carrying trays in and out.\n\n"
          "Keep it shut on cold nights. A folded sack over the glass holds in the day's warmth when the forecast "
          "drops below freezing.\n")


def test_a_label_the_breadcrumb_names_as_a_section_is_no_title():
    page = only_article(COLUMN.format(crumb="Garden Diary"))
    assert page.title == "Why a cold frame earns its place on the smallest plot"
    assert page.author == "Tamsin Orlov-Reed"


@pytest.mark.parametrize(("line", "name", "section"), [
    ("columns > garden diary", "garden diary", True),
    ("home / pets / dogs", "dogs", True),
    ("ask idunn | marsh valley", "ask idunn", False),  # a browser title's row: the page's own name
    ("home > advice > warm rooms and smaller bills", "warm rooms and smaller bills", False),  # a title's length
    ("garden diary", "garden diary", False),  # no breadcrumb
])
def test_section_crumb(line, name, section):
    assert sg._section_crumb(line, name) is section


DIRECTORY = ("PlotArticles.example - Free Articles for Your Blog, Ezine or Website\n\n"
             "Home | Submit Articles | Top Authors | Categories | Login\n\n"
             "Home > Garden > Vegetables\n\n"
             "Growing Sweet Peppers In A Cold Summer\n\n"
             "Submitted : 2010-06-02 | Views : 1,204 | Word Count : 388\n"
             "{tools}\n\n"
             "Peppers sulk in a cold summer, but a few habits bring a crop even in a poor year. Consider the "
             "following:\n\n"
             "     Start them early indoors. Eight weeks before the last frost is not too soon for the seed.\n\n"
             "     Give them the warmest wall. A south-facing spot stores heat into the evening.\n\n"
             "     Water at the roots in the morning. Wet leaves at night invite mould.\n\n"
             "About the Author:\nNoor Placeholder grows vegetables on a hillside allotment.\n")


@pytest.mark.parametrize("tools", [
    "[ Print ] [ Email to a friend ] [ Add to favourites ] [ Publish this article ]",
    "[Print this page] [Email to a friend] [Report this article]",
])
def test_a_bracketed_row_of_tools_glued_under_the_date_line_leaves_the_title_above_it(tools):
    assert only_article(DIRECTORY.format(tools=tools)).title == "Growing Sweet Peppers In A Cold Summer"


@pytest.mark.parametrize(("text", "tools"), [
    ("[ Print ]  [ Email to a friend ]  [ Publish this article ]", True),
    ("[ Home ] [ Garden ] [ Contact ]", False),  # a menu's row: its sections, no tools
    ("[Print] this page and keep it by the door.", False),
])
def test_bracketed_tools(text, tools):
    assert sg._bracketed_tools(text) is tools


ISSUE = ("=======================================================\n"
         "   THE PLAIN PANTRY -- Kitchen Sense For Small Budgets\n"
         "   Issue #12 -- May 2, 2008\n"
         "=======================================================\n\n"
         "-------------------------------------------------------\n"
         "1. FIVE WAYS TO DRY HERBS\n   by Ama Placeholder\n"
         "-------------------------------------------------------\n\n"
         "Drying herbs keeps summer in the pantry all winter,\nand it needs no special kit at all.\n\n"
         "1) Pick in the morning after the dew has gone. The\noils are strongest then.\n\n"
         "2) Tie small bunches with string. Big bunches rot in\nthe middle before they dry.\n\n"
         "3) Hang them upside down somewhere dark and airy.\nLight fades the colour.\n\n"
         "{first_end}"
         "-------------------------------------------------------\n"
         "2. KEEP BREAD FRESH LONGER\n   by Bo Example\n"
         "-------------------------------------------------------\n\n"
         "A loaf goes stale faster in the fridge than on the\ncounter, which surprises most people.\n\n"
         "  * Keep it in a cloth bag. Plastic traps the damp and\n    the crust goes soft.\n"
         "  * Freeze half on the first day. Slice it first so you\n    can take out one piece at a time.\n"
         "  * Revive a dry loaf in a hot oven. Five minutes with a\n    splash of water brings the crust back.\n\n"
         "{last_end}\n\n"
         "=======================================================\n"
         "{footer}\n"
         "=======================================================\n")
UNSUBSCRIBE = "To unsubscribe, reply with REMOVE in the subject line."


def issue_tags(first_end: str = "", last_end: str = "Bo Example bakes for a village cafe.",
               footer: str = UNSUBSCRIBE) -> list[tuple[str | None, str]]:
    articles = segment_page(ISSUE.format(first_end=first_end, last_end=last_end, footer=footer))
    return [(a.title, a.licence.tag if a.licence else lic.NOASSERTION) for a in articles]


@pytest.mark.parametrize("refusal", [
    "This article may not be reproduced without the author's permission.",
    "Please do not copy this post without asking me first.",
])
def test_the_last_pieces_own_refusal_stays_its_own(refusal):
    assert issue_tags(last_end=refusal) == [("FIVE WAYS TO DRY HERBS", lic.NOASSERTION),
                                            ("KEEP BREAD FRESH LONGER", lic.ALL_RIGHTS_RESERVED)]


def test_a_refusal_naming_the_issue_covers_every_piece():
    tags = issue_tags(last_end="No part of this newsletter may be reproduced without permission.")
    assert [tag for _, tag in tags] == [lic.ALL_RIGHTS_RESERVED, lic.ALL_RIGHTS_RESERVED]


def test_a_pieces_reprint_paragraph_beside_the_issues_all_rights_footer():
    grant = ("You are welcome to reprint this article in your own\nnewsletter or website as long as it runs "
             "unchanged and\nthis paragraph goes with it. Ama Placeholder grows\nherbs on a windy balcony at "
             "herbs-up.example.\n\n")
    footer = ("Copyright (c) 2008 The Plain Pantry. All rights reserved.\n"
              "You may forward this issue to a friend, in its entirety.")
    assert issue_tags(first_end=grant, footer=footer) == [("FIVE WAYS TO DRY HERBS", lic.FREE_REPRINT),
                                                          ("KEEP BREAD FRESH LONGER", lic.ALL_RIGHTS_RESERVED)]


# --- a blog owner's bare © in the host's footer row, over a post another person wrote

NEIGHBOUR_POST = ("Kettle Hill Notes\nsmall-garden diary from the north\n\nHome | Veg | About Me\n\n"
                  "Saturday, 4 March 2023\n\nSowing Broad Beans Under Cover\n\n"
                  "Broad beans sown in pots under cover in early March give a crop weeks ahead of those sown outside, "
                  "and they need almost no care until they go out.\n\n"
                  "Use deep pots. The roots go down fast, and a shallow tray leaves them coiled and slow.\n\n"
                  "Keep them cool. A cold frame or an unheated porch is enough; warmth makes them leggy.\n\n"
                  "Plant out in April. Harden them off over a week and set them out in a double row.\n\n"
                  "{signature}\n\nPosted by Ola at 08:10     2 comments\n\n{footer}\n")


@pytest.mark.parametrize(("signature", "footer", "tag"), [
    # the neighbour wrote it (a postscript names her): the owner's © over the platform's credit is the host's mark
    ("P.S. Ola is away this month, so this one was written by me, her neighbour Ines Roth-Varga.",
     "© 2023 Ola Berg. Simple theme. Powered by Blogger.", lic.NOASSERTION),
    # the owner wrote it: her own © is the article's notice
    ("Happy sowing!\n— Ola Berg", "© 2023 Ola Berg. Simple theme. Powered by Blogger.", lic.ALL_RIGHTS_RESERVED),
    # "All rights reserved" keeps its weight whoever wrote the post (SPEC round 23 (a))
    ("P.S. Ola is away this month, so this one was written by me, her neighbour Ines Roth-Varga.",
     "© 2023 Ola Berg. All rights reserved. Powered by Blogger.", lic.ALL_RIGHTS_RESERVED),
])
def test_a_blog_owners_bare_copyright_in_the_hosts_footer_row(signature, footer, tag):
    article = only_article(NEIGHBOUR_POST.format(signature=signature, footer=footer))
    assert (article.licence.tag if article.licence else lic.NOASSERTION) == tag


@pytest.mark.parametrize(("rest", "row"), [
    (" Simple theme. Powered by Blogger.", True),
    (" · Privacy · Terms", True),
    (" Please ask before you reprint this post.", False),
    ("", False),
])
def test_host_footer_row(rest, row):
    assert sg._host_footer_row(rest) is row


# --- an old forum's head: its menu rows and its ASCII-arrow breadcrumb over the topic's title

OLD_FORUM = ("Loomtalk Boards :: View topic - Keeping a warp from tangling\nLoomtalk Boards\n"
             "Weaving chat for every kind of loom\n\n"
             "FAQ   Search   Memberlist   Usergroups   Register\n"
             "Profile   Log in to check your private messages   Log in\n\n"
             "{crumb}\n\nKeeping a warp from tangling\n\n"
             "Author\tMessage\nshuttlewren\nJoined: 02 Feb 2005\nPosts: 412\n"
             "\tPosted: Mon Mar 05, 2007 8:12 pm    Post subject: Keeping a warp from tangling\n\n"
             "New weavers ask about tangled warps every month, so here is what works for me after twenty years.\n\n"
             "1) Wind under tension. A slack warp on the board twists on itself before it ever reaches the loom.\n\n"
             "2) Use a raddle. Spreading the threads before beaming keeps them in order across the width.\n\n"
             "3) Beam with paper between the layers. The threads cannot bury themselves in the layer below.\n\n"
             "_________________\n~~ Wren Haddow-Ngata ~~ weaving in the hills since 1988 ~~\n")


@pytest.mark.parametrize("crumb", [
    "Loomtalk Boards Forum Index -> Warping Questions",
    "Loomtalk Boards Forum Index -> Floor Looms -> Warping Questions",
])
def test_an_old_forums_menu_rows_and_arrow_breadcrumb_stand_over_the_topics_title(crumb):
    assert only_article(OLD_FORUM.format(crumb=crumb)).title == "Keeping a warp from tangling"


@pytest.mark.parametrize(("text", "crumbs"), [
    ("Loomtalk Boards Forum Index -> Warping Questions", True),
    ("Board -> Tools -> Saws", True),
    ("If yes -> go to step 6.", False),  # an instruction's arrow
    ("Fill every gap -> bubble wrap is cheaper than new plates", False),
    ("Warping Questions", False),
])
def test_arrow_crumbs(text, crumbs):
    assert sg._arrow_crumbs(text) is crumbs


# A one-writer blog's or a Q&A site's bare © naming the site, not the writer, is the site's mark (SPEC r24, the lead's
# question: whom the © names decides, not where it sits or what it covers); the writer's own © reserves.
BLOG_FOOT = ("MARROW LANE PANTRY › Soups › Winter\n\nA Barley Broth For Wet Weekends\n\nBy Odile Ferreira-Nash\n\n"
             "This broth takes an hour and feeds six, and it keeps for three days in the fridge.\n\n"
             "1. Toast the barley in the dry pot first so it tastes of something.\n"
             "2. Add the onions and carrots and let them soften before any water goes in.\n"
             "3. Simmer with the lid ajar so the broth thickens a little.\n\n"
             "{foot}\n")


@pytest.mark.parametrize(("foot", "tag"), [
    ("All recipes and text © Marrow Lane Pantry.", lic.NOASSERTION),
    ("© Marrow Lane Pantry 2021", lic.NOASSERTION),
    ("© 2021 Odile Ferreira-Nash", lic.ALL_RIGHTS_RESERVED),
    ("© Marrow Lane Pantry 2021. All rights reserved.", lic.ALL_RIGHTS_RESERVED),
])
def test_whom_a_bare_copyright_names_decides(foot, tag):
    page = only_article(BLOG_FOOT.format(foot=foot))
    assert page.author == "Odile Ferreira-Nash"
    assert page.licence.tag == tag
