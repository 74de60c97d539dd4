"""Round 27 (issue 16): article boundaries and titles on real-shaped pages. Our own words (invented sites and people).

Each rule has a look-alike beside it that keeps its answer: a title or an article refused where the page does not
support it is worth as much as one found.
"""

from __future__ import annotations

from tests.conftest import file_articles, only_article, segment_page

_STEPS = ("Keep cooked rice cold\nCool it within an hour and keep it in the fridge for a day at most, never\n"
          "longer, whatever the smell tells you.\n\n"
          "Reheat once only\nHeat it until it steams all the way through and throw away what is left.\n\n")


def _leaflet(cover: str, running: str) -> str:
    pages = "".join(f"{_STEPS}\n{running}{' ' * 20}{n}\nFernvale District Council\n\n" for n in (2, 3))
    return ("FERNVALE DISTRICT COUNCIL\nFood Safety Leaflet No. 7\n\n" + cover
            + "\n\nRice is safe to eat the next day if you treat it the way the steps below set out, and\n"
            "most upsets come from rice left on the hob overnight.\n\n" + pages)


def test_a_leaflet_title_broken_over_two_lines_is_the_one_its_running_head_names():
    page = _leaflet("Storing and Reheating\nCooked Rice\n\nA guide for busy kitchens at home\nand at work",
                    "Storing and Reheating Cooked Rice")
    article = only_article(page)
    assert article.title == "Storing and Reheating Cooked Rice"
    assert "A guide for busy kitchens" not in article.text  # the cover's subtitle is no text


def test_without_a_running_head_the_two_title_case_lines_are_not_joined():
    page = _leaflet("Storing and Reheating\nCooked Rice\n\nA guide for busy kitchens at home\nand at work",
                    "Fernvale Food Safety Leaflets")
    assert only_article(page).title != "Storing and Reheating Cooked Rice"


def test_a_capitals_cover_line_before_the_running_heads_colon_is_the_title_not_a_column_name():
    page = _leaflet("RICE RIGHT\n\nA household guide to cooked rice\n\nWritten by Ilse Marwood-Tan",
                    "Rice Right: a household guide")
    assert only_article(page).title == "RICE RIGHT"


def test_a_running_head_going_on_without_a_colon_names_no_header_line():
    # "Fernvale District" is the start of "Fernvale District Council Leaflets": a space runs on into another name
    page = _leaflet("RICE RIGHT\n\nA household guide to cooked rice\n\nWritten by Ilse Marwood-Tan",
                    "Fernvale District Council Leaflets")
    assert only_article(page).title != "FERNVALE DISTRICT COUNCIL"


_POST = ("{date}\n\n{title}\n\n{body}\n\nPosted by Wenna Trelawny at 18:20   3 comments\nLabels: pots\n\n")
_WHOLE = ("Every spring I am asked how I keep my pots going, so here is the routine in one place.\n\n"
          "1. Water in the morning, never at noon, so the leaves dry before dark.\n\n"
          "2. Feed every fortnight from May, at half the strength the bottle says.\n\n"
          "That is all there is to it, and it has worked for eleven summers.")


def _home_page(last_body: str) -> str:
    posts = [_POST.format(date="Monday, 3 March 2025", title="Keeping Pots Alive Through Summer", body=_WHOLE),
             _POST.format(date="Friday, 28 February 2025", title="Why I Stopped Buying Compost",
                          body="I make my own now, and it costs nothing but a pallet and patience. " * 3),
             _POST.format(date="Monday, 24 February 2025", title="Six Herbs for a Shady Balcony", body=last_body)]
    return ("The Balcony Ledger\nsmall-space growing, one pot at a time\n\nHome | About | Contact\n\n"
            + "".join(posts) + "Older Posts   Home\n\n© 2025 The Balcony Ledger. Powered by Blogger.\n")


def test_an_older_post_cut_at_its_jump_break_before_any_point_is_a_teaser(tmp_path):
    cut = ("Shade is not the end of the world for a herb grower. Before you give up on that north-facing rail, "
           "here is what still grows well there, starting with\n\nRead more »")
    path = tmp_path / "home.txt"
    path.write_text(_home_page(cut), encoding="utf-8")
    assert [a.title for a in file_articles(path)] == ["Keeping Pots Alive Through Summer",
                                                      "Why I Stopped Buying Compost"]


def test_an_older_post_shown_whole_stays_an_article(tmp_path):
    whole = "Mint, parsley and chives all grow in shade, and sorrel likes it better than sun. " * 2
    path = tmp_path / "home.txt"
    path.write_text(_home_page(whole), encoding="utf-8")
    assert len(file_articles(path)) == 3


def test_a_page_moved_notice_with_an_aside_is_a_soft_404():
    page = ("Bench & Bolt\nGuides for home workshops\n\nHome > Error\n\nThis page has moved (or we have lost it)\n\n"
            "Sorry! The guide you wanted is not at this address any more. Try one of these instead:\n\n"
            "How to Sharpen a Chisel\nA flat back comes first. Step 1: lap the back on a coarse stone...\nRead it\n\n"
            "Oiling a Saw Table\nWipe it clean, then...\nRead it\n")
    assert segment_page(page) == []


def test_a_guide_about_moved_pages_is_no_soft_404():
    page = ("Site Fixes\n\nThis page has moved a lot of readers to write in\n\n"
            "When a page moves, tell the readers where it went. Redirect the old address to the new one, and keep "
            "the redirect for a year at least, since links from other sites take that long to catch up.\n")
    assert len(segment_page(page)) == 1


_ISSUE = ("THE COPPER KETTLE LETTER\nIssue 31 -- May 2025\n\nHello all,\n\nTwo pieces this month.\n\n-- Jo\n\n"
          "=============================\n1. Descaling Without Vinegar\n   by Marek Oyelowo-Finch\n"
          "=============================\n\nHard water leaves a crust in every kettle, and vinegar leaves a smell.\n\n"
          "1) Boil a spoon of citric acid in a full kettle and leave it an hour.\n\n"
          "2) Rinse twice and boil plain water once before you make tea.\n\n"
          "=============================\n2. Storing Tea So It Keeps\n   by Aino Lahtela-Grey\n"
          "=============================\n\nTea goes flat in a month if you leave it in the open box.\n\n"
          "1) Keep it in a tin with a tight lid, away from the stove.\n\n"
          "2) Buy small amounts, enough for a month at most.\n\n"
          "=============================\n{tail}\n"
          "=============================\n(c) 2025 The Copper Kettle Letter. All rights reserved.\n")


def test_a_readers_box_with_the_next_issues_line_under_it_is_no_article():
    tail = ('YOUR TIPS\n"Warm the pot first, always." -- Ruth, Hove\n"A pinch of salt fixes stewed tea." -- Bo\n\n'
            "NEXT ISSUE: the great teabag debate.")
    assert [a.title for a in segment_page(_ISSUE.format(tail=tail))] == ["Descaling Without Vinegar",
                                                                          "Storing Tea So It Keeps"]


def test_an_issues_housekeeping_committee_and_small_ads_boxes_are_no_articles():
    for tail in ("HOUSEKEEPING\n\nSubscriptions are due in June. The fee stays at ten pounds. Pay at any meeting.",
                 "Committee\nChair: Edda Solvang (plot 2)\nTreasurer: Kofi Mensah-Hart (plot 7)\n"
                 "Send items to the editor by 1 June.",
                 "CLASSIFIEDS\n\nFree to a good home: a cast-iron teapot, collect from Hove. Reply to this e-mail."):
        assert len(segment_page(_ISSUE.format(tail=tail))) == 2, tail


def test_a_labelled_picture_slot_over_the_text_is_never_the_title():
    page = ("Pohjoisen Puutarha\nEtusivu | Blogi | Yhteys\n\nKUUSI VINKKIÄ · 3.9.2025\n\n"
            "Kuusi tapaa säilöä puolukat talveksi\n\n[Kuva: Puolukoita kulhossa. Kuva: Aino Virtanen]\n\n"
            "Puolukka on helppo marja, kun sen käsittelee heti poiminnan jälkeen. Tässä on se, mitä olen oppinut "
            "vuosien varrella isoäidiltäni ja omista virheistäni metsässä.\n\n"
            "1) Puhdista marjat heti: poista lehdet ja raa'at marjat ennen kuin ne ehtivät pehmetä.\n\n"
            "2) Älä pese marjoja: ne imevät vettä ja jäätyvät yhteen möhkäleeseen pakastimessa.\n")
    assert only_article(page).title == "Kuusi tapaa säilöä puolukat talveksi"


def test_a_blog_title_that_reads_as_a_sentence_over_its_dated_post_head_is_the_title():
    page = ("The Shed Diaries\nnotes from a very small workshop\n\nHome   About   Contact\n\n"
            "What a year of fixing chairs taught me about glue (and patience)\n\n"
            "Posted on 4 March 2021 by shedwren\n\n"
            "I took on my first broken chair in January with more confidence than sense, and by December I had "
            "mended eleven of them. These are the lessons I wish someone had told me at the start of it all.\n\n"
            "Lesson 1: Clean the old glue out first\nNew glue will not hold on old glue, however much you clamp.\n")
    assert only_article(page).title == "What a year of fixing chairs taught me about glue (and patience)"
