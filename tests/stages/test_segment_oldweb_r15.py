"""Old-web article directories and their copies (round 15): the writer's box above the text, the directory's record
between the byline and the title, an autoblog's copy under the blog's own ©. Pages written here in our own words.
"""

from __future__ import annotations

from tests.conftest import only_article, tip_headlines

BODY = (
    "Most people who ask me about sourdough have killed a starter already, and they blame the flour. It is rarely "
    "the flour. A starter is a small farm, and it dies of the same neglect a farm does.\n\n"
    "First, feed it at the same hour every day. Yeast keeps a clock of sorts, and a starter fed at random times "
    "never settles into a rhythm you can bake around.\n\n"
    "Secondly, keep the jar somewhere that does not swing in temperature. A windowsill that bakes at noon and "
    "freezes at night wears a culture out.\n\n"
    "Discard half before each feed. It feels wasteful, but a starter that only grows gets sour and sluggish.\n\n"
    "Finally, keep a spare spoonful in the fridge. If the jar on the counter fails, you start again in a day.\n\n"
    "None of this takes more than five minutes a day, and the bread repays every one of them.\n"
)

PRINT_VIEW = (
    "Print This Page | Close\n\nCrumbHub.net :: Free Content For Publishers\n"
    "=======================================\n\n"
    "Keeping A Sourdough Starter Alive\nBy: Teodora Vasquez-Lind\nPublished: 2008-03-11 | Category: Food > Baking\n\n"
    "---------------------------------------\n{heading}\n"
    "Teodora Vasquez-Lind has baked for a village bakery in Cumbria for fifteen years and teaches weekend bread "
    "classes at http://www.example.org/bread\n---------------------------------------\n\n"
    "Summary: A starter dies of neglect, not of flour. Four habits keep it going.\n\n"
    "Keywords: sourdough, starter, bread, baking\n\nArticle Body:\n\n" + BODY +
    "\nPublisher's Note: You may use this article on your site provided it is used in its entirety with the "
    "author's resource box.\n"
)


def test_a_resource_box_above_the_text_is_the_bio_and_the_text_follows_it():
    for heading in ("Author Resource Box:", "About the Author:", "Resource Box -"):
        page = only_article(PRINT_VIEW.format(heading=heading))
        assert page.title == "Keeping A Sourdough Starter Alive"
        assert page.author == "Teodora Vasquez-Lind"
        assert page.text.startswith("Most people who ask me"), page.text[:120]
        assert "Keywords:" not in page.text and "bakery in Cumbria" not in page.text
        assert "bakery in Cumbria" in page.author_bio.text


def test_the_paragraph_above_the_first_point_opened_with_first_is_the_introduction():
    intro = ("Almost every baker who writes to me opens the same way: the starter smelled fine and then it died. "
             "The good news is that it is rarely the flour. Every time you feed your jar at random, you teach it "
             "nothing, and it gives up.")
    headlines = tip_headlines(intro + BODY[BODY.index("\n\n"):])
    assert [h.rstrip(".") for h in headlines[:2]] == [
        "Feed it at the same hour every day", "Keep the jar somewhere that does not swing in temperature"]


AUTOBLOG = (
    "Loaf And Crumb Secrets | Yet another WordPress blog\nHome About Contact\n\n"
    "How To Keep A Sourdough Starter Living\n\nPosted on May 2, 2011 by admin\n\n"
    "About the writer: Teodora Vasquez-Lind is a village baker who has taught above three hundred learners to bake. "
    "Look at her no cost bread notes at example dot org.\n\n" + BODY +
    "\nArticle Source: http://www.articles-example.com/?expert=Teodora\n\n"
    "Copyright © 2011 Loaf And Crumb Secrets. Powered by WordPress.\n"
)


def test_an_autoblog_copy_credits_the_writer_of_its_box_and_its_own_copyright_is_the_site_s_mark():
    page = only_article(AUTOBLOG)
    assert page.author == "Teodora Vasquez-Lind"
    assert page.licence is None or page.licence.tag == "NOASSERTION"
    assert page.text.startswith("Most people who ask me")


DIRECTORY = (
    "FreeTextBarn.com - Articles For Your Ezine\nHome | Submit | Top Authors | Login\n\n"
    "You are here: Home > Food and Drink > Baking > Bread\n\n"
    "Author: Teodora Vasquez-Lind\nSubmitted: May 2, 2008\nWord Count: 402\nViews: 1,904\n"
    "Article Rating: **** (4.0 / 5, 9 votes)\nEmail to a friend | Print this article\n\n"
    "Keeping A Sourdough Starter Alive\n\n" + BODY
)


def test_the_title_under_a_directory_s_record_of_the_byline_is_the_article_s_not_the_breadcrumb():
    page = only_article(DIRECTORY)
    assert (page.title, page.author) == ("Keeping A Sourdough Starter Alive", "Teodora Vasquez-Lind")
    assert page.text.startswith("Most people who ask me")


SHOP_BLOG = (
    "Harbour Hardware — Blog\nNews and tips from your local ironmonger\nHome   Shop   Blog   Contact\n\n"
    "Oiling A Bike Chain: The Short Version\n\n"
    "3 March 2012 · Posted by Harbour Staff · Categories: Cycling · 2 Comments\n\n"
    "The following piece is reprinted with permission from its author, Teodora Vasquez-Lind. Several of you asked "
    "us about squeaky chains after the wet winter, and this was the clearest answer we found.\n\n" + BODY +
    "\n-- Teodora Vasquez-Lind\n\n"
    "Teodora Vasquez-Lind repairs bicycles in Kendal and writes about them at http://www.example.org/chains\n\n"
    "Share this: Facebook | Twitter | Email\n\nRelated\n  Five Locks Compared\n  Winter Tyres For Town Bikes\n\n"
    '2 thoughts on "Oiling A Bike Chain: The Short Version"\n\n  Bo Lindqvist\n  4 March 2012 at 10:02\n'
    "  Great advice, my chain is silent now.\n\n  Harbour Staff\n  4 March 2012 at 11:40\n  Glad it helped, Bo!\n\n"
    "Leave a Reply\n\nShop FAQ\n  Do you cut keys? Yes, while you wait.\n  Are you open on Sundays? From ten "
    "until four.\n\nHarbour Hardware, 2 Quay Street, Harbourtown\n© 2012 Harbour Hardware Ltd.\n"
)


def test_a_shop_blog_s_reprint_credits_its_writer_and_its_permission_note_not_the_shop_s_copyright():
    page = only_article(SHOP_BLOG)
    assert page.title == "Oiling A Bike Chain: The Short Version"
    assert page.author == "Teodora Vasquez-Lind"
    assert page.licence.tag == "LicenseRef-used-with-permission"
    assert "Bo Lindqvist" not in page.text and "reprinted with permission" not in page.text
