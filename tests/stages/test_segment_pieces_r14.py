"""Where pieces start and end on pages holding more or fewer than one (round 14). Written in our own words."""

from __future__ import annotations

from pipeline.records import Article
from pipeline.stages import read
from pipeline.stages import segment as sg
from pipeline.text.dates import is_date_line
from tests.conftest import through_stage


def _pieces(name: str, text: str, kind: str = "txt") -> list[tuple[str | None, str | None]]:
    record = read.page_to_article(name, text.encode("utf-8"), kind)
    articles, _ = through_stage(sg.STAGE, sg.SegmentConfig(), [record])
    return [(a.title, a.author) for a in articles if isinstance(a, Article)]


def _post(date: str, title: str, writer: str, text: str) -> str:
    return f"""<article class="journal-entry entry hentry">
<div class="item-top"><div class="item-stamp"><time datetime="2023-05-01">{date}</time></div>
<div class="item-topics"><a href="/j?tag=x">Kitchen</a></div></div>
<h1 class="entry-title"><a href="/j/{writer[:3]}">{title}</a></h1>
<div class="entry-content"><p>{text}</p><p>{text}</p><p>{text}</p></div>
<div class="entry-footer"><span>Written By</span> <a class="entry-author">{writer}</a></div>
</article>"""


def test_a_front_page_s_posts_open_at_their_linked_titles_under_a_yearless_date_stamp():
    text = ("A pantry shelf holds twice as much once the tins stand in rows by height, and the labels face out so "
            "that nobody has to lift three jars to find the one at the back.")
    page = ("<html><head><title>Notes - Pantry Hours</title></head><body><header><a href='/'>Pantry Hours</a>"
            "</header><main><div class='entry-list'>"
            + _post("2 May", "Shelves That Earn Their Keep", "Ilse Brandt", text)
            + _post("19 Apr", "A Drawer For Every Knife", "Tariq Osei", text) + "</div></main></body></html>")
    assert _pieces("front.html", page, "html") == [
        ("Shelves That Earn Their Keep", "Ilse Brandt"), ("A Drawer For Every Knife", "Tariq Osei")]


def test_a_day_and_month_alone_on_a_line_is_a_date_stamp():
    assert is_date_line("2 May") and is_date_line("Apr 19th") and is_date_line("Sat, 19 Apr")
    assert not is_date_line("2 Mayors") and not is_date_line("19 April showers came")


def test_a_recipe_card_s_facts_over_its_author_line_start_no_second_piece():
    lines = ["Oat Rolls For A Slow Sunday", "", "by Idris Mensah", "",
             "We bake these when the house is cold and nobody has plans before noon, and the smell does the rest.",
             "", "Oat Rolls", "Prep 20 mins  Bake 25 mins", "Servings: 12 rolls", "Author: Idris Mensah", "",
             "Ingredients", "300 g flour", "100 g oats", "", "Instructions",
             "1. Mix the flour and the oats with warm water until the dough holds together.",
             "2. Leave it under a cloth for an hour, then shape twelve rolls and bake them."]
    assert sg.article_starts(lines) == [0]


def test_a_slideshow_s_pager_over_its_closing_words_credit_starts_no_second_piece():
    lines = ["Five Vines For A Shady Fence", "", "1 / 6", "[Photo] Credit: Anna Roos",
             "Shade is no reason to leave a fence bare, and these climbers prove it every single summer.",
             "They ask for a deep hole, a wet first year and a wire to cling to, and after that very little else.",
             "Next ›", "", "2 / 6", "Climbing hydrangea", "It is slow for two years and then covers everything.",
             "‹ Prev Next ›", "", "6 / 6", "More to read", "Ferns For Dry Shade ›", "‹ Prev  Start again ↺", "",
             "Words: Hedda Lund · Photography: Anna Roos"]
    assert sg.article_starts(lines) == [0]


RULE = "=" * 50


def _issue(note_signature: str) -> str:
    return "\n".join([
        RULE, "  THE POTTING BENCH  ~  Issue 12  ~  May 2024", RULE, "",
        "-" * 50, "NOTES FROM THE EDITOR'S DESK", "-" * 50, "",
        "Welcome back, readers. The swallows are here and so are two pieces", "on jobs for a wet weekend. Enjoy!",
        "", f"  {note_signature}", "",
        RULE, "MENDING A LEAKY WATER BUTT", "by Oskar Lindqvist", RULE, "",
        "A water butt that drips from its tap loses a week's rain in a month, and", "the fix costs almost nothing.",
        "", "Tip 1 - Drain it first. Nobody mends a seal under a full barrel of water.", "",
        "Tip 2 - Wrap the thread twice. Plumber's tape stops the slow weep at the tap.", "",
        RULE, "STAKING PEAS WITH HAZEL TWIGS", "by Noor Haddad", RULE, "",
        "Peas climb anything with a fork in it, and hazel prunings are free in", "most gardens every winter.", "",
        "Push the twigs in before you sow, so the seedlings find them at once, and", "keep the tops bushy.", ""])


def test_an_issue_s_note_signed_by_its_editor_introduces_the_pieces_and_is_none():
    assert [title for title, _ in _pieces("issue.txt", _issue("-- Maren Holt, editor"))] == [
        "MENDING A LEAKY WATER BUTT", "STAKING PEAS WITH HAZEL TWIGS"]


def test_an_issue_s_opening_note_signed_by_its_chair_stays_a_piece():
    note = _issue("-- Maren Holt, Chair").replace("Welcome back, readers. ", "")
    assert len(_pieces("issue.txt", note)) == 3


def _blog_front(separator: list[str]) -> str:
    first = ("We moved the compost bin to the shady corner last spring and it has never worked so well, because the "
             "heap no longer dries out in the afternoon sun.")
    second = ("The first frost came a fortnight early this year, so the dahlias came up in a rush on Saturday, "
              "muddy tubers and all, and now they dry in the shed.")
    return "\n".join([
        "Muddy Boots Allotment", "notes from plot 14", "", "Friday, 3 October 2014", "", "Why my compost finally works",
        "", first, "", "Posted by Kalinda Okafor at 7:10 PM 2 comments:", *separator, "", "Monday, 29 September 2014",
        "", "Lifting the dahlias early", "", second, "", "Posted by Kalinda Okafor at 8:45 AM 0 comments:",
        *separator, "", "Newer Posts   Home   Older Posts", "Subscribe to: Posts (Atom)", "",
        "About Me", "Kalinda Okafor", "Retired teacher, keen grower, terrible at weeding.", "",
        "Site Licence", "Creative Commons Licence", "This work is licensed under a Creative Commons Attribution 4.0 "
        "International License.", "", "© Kalinda Okafor 2014. Powered by Blogger."])


def test_a_blog_front_page_s_posts_split_under_share_buttons_one_a_line():
    buttons = ["Email This", "BlogThis!", "Share to X", "Share to Facebook", "Share to Pinterest"]
    assert [title for title, _ in _pieces("front.txt", _blog_front(buttons))] == [
        "Why my compost finally works", "Lifting the dahlias early"]


def test_a_rule_between_posts_splits_them_and_the_pager_closes_the_list():
    assert [title for title, _ in _pieces("front.txt", _blog_front(["", "-" * 10]))] == [
        "Why my compost finally works", "Lifting the dahlias early"]


def test_a_sidebar_s_profile_box_is_no_issue_item():
    lines = _blog_front(["Email This"]).split("\n")
    assert sg._named_items(lines, [i for i, line in enumerate(lines) if line.strip()]) == set()


def test_a_column_s_two_headed_letters_are_two_pieces_the_first_under_the_column_s_byline():
    letter = ("My neighbour borrows my ladder every weekend and brings it back muddy, and I no longer know how to "
              "say no without a row.")
    answer = ("Lend it once more, with a date for its return written on a tag, and say the tag is the rule from now "
              "on; people keep rules they can see.")
    lines = ["The Evening Lantern | Life", "", "DEAR TOMASZ", "", "My neighbour keeps my ladder", "",
             "By Tomasz Wróbel", "Published 2 May 2024 · 4 min read", "", "Share  Tweet  Email", "",
             "Dear Tomasz,", letter, "Short Ladder, Hove", "", "Dear Short Ladder,", answer, "Tomasz", "",
             "My son will not eat green food", "", "Dear Tomasz,", letter.replace("ladder", "broccoli"),
             "Plate Standoff, Crewe", "", "Dear Plate Standoff,", answer, "Tomasz", "", "© 2024 The Evening Lantern"]
    assert sg.article_starts(lines) == [0, 19]


def _cell(heading: str, paragraphs: list[str], label: str = "") -> str:
    above = f"<p style='font-size:11px'>{label}</p>" if label else ""
    return (f"<tr><td style='padding:20px'>{above}<h2>{heading}</h2>"
            + "".join(f"<p>{p}</p>" for p in paragraphs) + "</td></tr><tr><td><hr></td></tr>")


def _email_issue(masthead: str) -> str:
    long = ("Ponds freeze from the edges first, so float a ball on the water on cold nights and lift it out in the "
            "morning; the hole it leaves lets the gases out and the fish breathe.")
    return ("<html><head><title>Pond Post</title></head><body><table><tr><td>"
            f"<span>Pond Post</span><br><span>{masthead}</span></td></tr>"
            + _cell("Keeping A Pond Open In Frost", [long, long, long])
            + _cell("The Club Shop Moves On Saturday", [long.replace("Ponds", "Stalls")])
            + _cell("Why are my snails floating?", [long, long], label="READERS ASK")
            + "<tr><td>© 2025 Pond Post · Unsubscribe</td></tr></table></body></html>")


def test_an_email_issue_s_items_boxed_alike_are_pieces():
    titles = [title for title, _ in _pieces("issue.html", _email_issue("Club news · Issue 14 · Winter 2025"), "html")]
    assert titles == ["Keeping A Pond Open In Frost", "The Club Shop Moves On Saturday", "Why are my snails floating?"]


def test_a_page_that_never_says_it_is_an_issue_keeps_its_boxed_sections_as_one_piece():
    assert len(_pieces("page.html", _email_issue("Club news for the winter"), "html")) == 1
