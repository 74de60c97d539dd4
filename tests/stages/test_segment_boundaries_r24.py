"""Article boundaries on real-shaped pages (round 24, issue 16). Pages written here in our own words (invented
sites, clubs and people).

An issue's opening is no article: a web digest whose markup title is the issue's own line ("Issue 12 · May 2031"),
and an ezine's editor's note boxed like the pieces under the masthead and contents. An issue's own boxes are no
articles either: a diary of dated rows (the weekday first, or a month in any language), a readers' tip signed after
its quote with the call for more under it. Items an issue's contents list names are its pieces even with no rule
between them. A page of teaser cards only (a category archive, search results, a "most read" hub, or an HTML listing
whose cards the extraction took away) carries no article, while a piece with a box of cards under it keeps its own.
A print's page foot and running header between two paragraphs leave the text.
"""

from __future__ import annotations

from tests.conftest import file_articles, segment_page, titles_and_authors

RULE = "-" * 50
POINTS = ("Most of the cost is in the first hour, so plan the job before you start and keep the tools to hand.\n\n"
          "* Sweep the shed floor first. A clear floor shows you what you really have.\n"
          "* Hang the long tools on the wall. They fall over less and dry out faster.\n"
          "* Keep seed packets in a tin. Mice find paper quickly in the cold months.\n\n"
          "Half a morning is enough, and the shed stays tidy until spring.\n")


def _write(tmp_path, name: str, text: str) -> list:
    page = tmp_path / name
    page.write_text(text, encoding="utf-8")
    return file_articles(page)


def test_a_digest_page_titled_by_its_issue_line_opens_at_its_first_item_not_its_editor_s_note(tmp_path):
    item = ("<article class='item'><h2>{title}</h2><p class='byline'>By {who}</p><p>{lead}</p><ul>"
            "<li>Soak the pots overnight before you plant anything in them at all.</li>"
            "<li>Line each pot with a square of newspaper to keep the compost in.</li>"
            "<li>Water from below for the first fortnight, never over the leaves.</li></ul>"
            "<p>None of it takes long, and the plants are better for it all summer, whatever the weather does "
            "and however often you forget to water them in July.</p></article>")
    html = ("<!DOCTYPE html><html><head><meta charset='utf-8'><title>The Pot Bench – Issue 12</title>"
            "<meta name='author' content='potbench-admin'></head><body><main>"
            "<div class='issue-head'><p>THE POT BENCH</p><h1>Issue 12 · May 2031</h1></div>"
            "<section class='note'><p>Hello all, and thanks to everyone who came to the seed swap last week. Three "
            "short pieces this time, all from members. Enjoy them.</p><p>— Ilse</p></section>"
            + item.format(title="Terracotta Pots for Beginners", who="Marit Oyelaran",
                          lead="Clay pots breathe, which roots love and careless waterers do not. A few habits:")
            + item.format(title="Reusing Old Compost", who="Teodor Vasquez-Lind",
                          lead="Last year's compost is tired but not finished. Give it a second life:")
            + item.format(title="Pots on a Windy Balcony", who="Aino Kealoha",
                          lead="Wind dries a pot faster than sun does, and tips it over besides. Three fixes:")
            + "</main></body></html>")
    articles = _write(tmp_path, "digest.html", html)
    assert [a.title for a in articles] == ["Terracotta Pots for Beginners", "Reusing Old Compost",
                                           "Pots on a Windy Balcony"]
    assert articles[0].author == "Marit Oyelaran"


def test_an_ezine_s_boxed_editor_s_note_and_its_readers_tip_box_are_no_articles():
    page = ("=" * 50 + "\nTHE BRIGHT LARDER -- Issue #31 -- June 2031\n" + "=" * 50 + "\n\n"
            "IN THIS ISSUE\n1. A Note From Wren\n2. Tidy Sheds In Half A Morning\n3. Better Seed Tins\n"
            "4. Reader Tip of the Week\n\n"
            f"{RULE}\n1. A NOTE FROM WREN\n{RULE}\n\nHello again, larder friends! The summer issue is a short one, "
            "with two pieces from readers and a tip.\n\nWren\n\n"
            f"{RULE}\n2. TIDY SHEDS IN HALF A MORNING\nby Anselm Okafor-Reid\n{RULE}\n\n" + POINTS + "\n"
            f"{RULE}\n3. BETTER SEED TINS\nby Liesl Arguedas\n{RULE}\n\n" + POINTS + "\n"
            f"{RULE}\n4. READER TIP OF THE WEEK\n{RULE}\n\n"
            "\"I keep a jar of string by the shed door for tying in beans.\" -- Pam, Hexley\n\n"
            "Send your own tip to tips@brightlarder.example and win a trowel.\n\n"
            + "=" * 50 + "\nCopyright (c) 2031 The Bright Larder. All rights reserved.\n")
    articles = segment_page(page)
    assert titles_and_authors(articles) == [("TIDY SHEDS IN HALF A MORNING", "Anselm Okafor-Reid"),
                                            ("BETTER SEED TINS", "Liesl Arguedas")]
    # the issue's footer reserves its rights in words: an item that states nothing of its own is reserved too (SPEC)
    assert [a.licence.tag for a in articles] == ["LicenseRef-all-rights-reserved"] * 2


def test_a_diary_of_weekday_dated_rows_under_the_last_piece_is_no_article():
    page = ("THE GATE POST\nFernlow Allotments - Issue 9 - March 2031\n\nIN THIS ISSUE\n- Tidy Sheds\n"
            "- Better Seed Tins\n- Dates for the diary\n\n"
            f"{RULE}\n\nTIDY SHEDS\nby Anselm Okafor-Reid\n\n" + POINTS + f"\n{RULE}\n\n"
            "BETTER SEED TINS\nby Liesl Arguedas\n\n" + POINTS + f"\n{RULE}\n\n"
            "DATES FOR THE DIARY\nSat 4 April - Seed swap, the hut, 2pm\nSun 19 April - Work party, top gate\n"
            "Sat 9 May - Plant sale, 10am\n\nPLOT FREE: half plot 7, sunny, with a water butt. Ask the secretary.\n")
    assert [a.title for a in segment_page(page)] == ["TIDY SHEDS", "BETTER SEED TINS"]


def test_an_item_the_issue_s_contents_names_starts_an_article_after_a_boxed_notice_without_a_rule():
    box = ("+" + "-" * 40 + "+\n| REPRINTS |\n| Any club may reprint these pieces in full. |\n"
           "+" + "-" * 40 + "+\n")
    page = ("THE GATE POST\nFernlow Allotments, Issue 10 - April 2031\n\nIn this issue\n"
            "Tidy sheds in half a morning ..... 1\nReprints ..... 1\nBetter seed tins ..... 2\n\n"
            f"{RULE}\n\nTIDY SHEDS IN HALF A MORNING\nAnselm Okafor-Reid, plot 3\n\n" + POINTS + "\n" + box + "\n"
            "BETTER SEED TINS\n\n" + POINTS + "\n- Liesl Arguedas, plot 12\n")
    assert [a.title for a in segment_page(page)] == ["TIDY SHEDS IN HALF A MORNING", "BETTER SEED TINS"]


def test_a_contents_list_under_a_heading_in_any_language_splits_an_issue_at_its_ruled_items():
    # (invented words: the contents' heading is in no table; its entries head the items below)
    page = ("TULI SANOMAT\nNumero kolme\n\nMOLO TAVI\n- Sanat tolvan\n- Vesi puutarhan\n- Kanat kesalla\n"
            "- Paivat muistaa\n\n"
            f"{RULE}\n\nSANAT TOLVAN\n\nTervehdys kaikki! Lyhyt numero tana kuuna, kaksi juttua jasenilta.\n\nIlse\n\n"
            f"{RULE}\n\nVESI PUUTARHAN: NELJA TAPAA\n\n" + POINTS + f"\n{RULE}\n\n"
            "KANAT KESALLA\n\n" + POINTS + "\n— Liesl Arguedas, ryhman vetaja\n\n" + f"{RULE}\n\n"
            "PAIVAT MUISTAA\n\n6 Kesakuu 2031 · Kokous, koulu\n13 Kesakuu 2031 · Siemenet\n")
    assert titles_and_authors(segment_page(page)) == [("VESI PUUTARHAN: NELJA TAPAA", None),
                                                      ("KANAT KESALLA", "Liesl Arguedas")]


CARD = ("GARDEN\n{title}\nBy Rhoswen Adair · 3 May 2031 · 4 min read\n"
        "Most beds need less digging than we think, and the worms do the rest if you let them. Start by …\n\n")
TITLES = ("Why I Stopped Digging", "Mulch In Autumn", "A Bed In A Day", "Leaf Mould For Free", "Worms At Work")


def test_a_text_category_archive_of_cut_cards_carries_no_article():
    page = ("Greenleaf Journal\nHome | Garden | Kitchen | About\n\nCategory: Garden\n"
            "Everything we have written about soil and beds.\n\n" + "".join(CARD.format(title=t) for t in TITLES)
            + "« Newer posts Page 1 of 6 Older posts »\n\n© 2031 Greenleaf Journal\n")
    assert segment_page(page) == []


def test_a_whole_piece_with_a_box_of_cards_under_it_keeps_its_article():
    piece = ("Why I Stopped Digging\nBy Rhoswen Adair\n\n"
             "For twenty years I turned every bed over each autumn, because that is what my father did and what "
             "every book on the shelf told me to do, and my back has the memory of it.\n\n"
             "Then a neighbour showed me her beds, never dug in a decade, and they were softer than mine. The worms "
             "had done the work, and the weeds had stayed asleep under the surface where they belonged.\n\n"
             "Now I spread compost on top in October and leave it. The soil is darker every year, and I have my "
             "autumn weekends back for other jobs.\n\nRELATED POSTS\n\n")
    (article,) = segment_page(piece + "".join(CARD.format(title=t) for t in TITLES[1:]))
    assert article.title == "Why I Stopped Digging"


def test_an_html_tag_page_whose_cards_the_extraction_took_away_carries_no_article(tmp_path):
    card = ("<div class='card'><h3><a href='/p/{n}'>Post number {n} about batch cooking</a></h3>"
            "<p class='excerpt'>Cook once and eat three times, with a plan that starts on Sunday and …</p>"
            "<p class='meta'>By Dana Orr · 3 min</p></div>")
    html = ("<!DOCTYPE html><html><head><meta charset='utf-8'><title>Tag: batch cooking | Pantry Notes</title>"
            "</head><body><main><h1>Tag: batch cooking</h1><p>All our posts about cooking ahead.</p>"
            + "".join(card.format(n=n) for n in range(1, 9)) + "</main></body></html>")
    assert _write(tmp_path, "tag.html", html) == []


def test_a_print_s_page_foot_and_running_header_leave_the_text_between_two_paragraphs():
    header = "02/03/2031, 10:15 Tidy Sheds (print) | Shedcraft"
    page = (header + "\n\nTidy Sheds\n\nBy Anselm Okafor-Reid\n\n" + POINTS.split("* Keep")[0]
            + "https://shedcraft.example/print/tidy 1/2\n" + header + "\n"
            "* Keep seed packets in a tin. Mice find paper quickly in the cold months.\n\n"
            "Half a morning is enough.\n\nhttps://shedcraft.example/print/tidy 2/2\n" + header + "\n")
    (article,) = segment_page(page)
    assert "shedcraft.example/print" not in article.text and header not in article.text
    assert "* Keep seed packets in a tin." in article.text
