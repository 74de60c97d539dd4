"""Where one page's pieces begin (round 13): a news headline in sentence case over a bare "By NAME".

A newspaper's headlines capitalise their first word only ("Ferry fares frozen for the winter"), so the title-case
test that finds a plain-text piece's title over its byline missed a second story on the page (a bylined explainer
under the news story, a digest's second repost). A line that may be a title, with no sentence's end inside it, over
a byline that is the writer's name after a bare "By" opens the next piece. Every page here is our own words.
"""

from __future__ import annotations

from pipeline.records import Article
from pipeline.stages import read
from pipeline.stages import segment as sg
from tests.conftest import segment_page, through_stage

STORY = ("Quayside Post\nNews\nTransport\n\nFerry fares frozen for the winter\n\nBy Tomasz Wierzbicki\n"
         "Transport Correspondent\n\nFares on the island ferries will not rise before April, the operator said on "
         "Monday, after a year in which the price of a return crossing went up twice.\n\n"
         "The operator said lower fuel costs had made the freeze possible and that timetables would stay the same. "
         "Island councillors welcomed the news but said the last sailing was still too early for shift workers.\n\n")
EXPLAINER = ("EXPLAINER\nYour ferry is cancelled by the weather: what to do next\nBy Hanne Solvik\n"
             "Consumer Editor\n\nA sailing called off for the weather is nobody's fault, but the operator still owes"
             " you a way across.\n\n"
             "Ask for the next sailing in writing. A note in the app is enough, and it fixes your place in the queue."
             "\n\nKeep the receipts for food. Meals while you wait are usually covered, within reason.\n\n"
             "Claim within a month. The operator's form asks for the booking number and the date of the sailing."
             "\n\n")


def test_a_sentence_case_headline_over_by_name_opens_the_next_story():
    story, explainer = segment_page(STORY + EXPLAINER)
    assert (story.title, story.author) == ("Ferry fares frozen for the winter", "Tomasz Wierzbicki")
    assert (explainer.title, explainer.author) == ("Your ferry is cancelled by the weather: what to do next",
                                                   "Hanne Solvik")
    assert "Claim within a month" in explainer.text and "Claim within a month" not in story.text


def test_a_line_holding_a_sentence_over_a_byline_is_no_headline():
    # a call to write in, then the column's answerer: one piece, as before
    page = STORY + "Got a question? Write to the desk at the address below\nBy Hanne Solvik\n\n" + (
        "The answer to last week's letter is yes, the pass is valid on the night boat too, as long as you book.\n")
    assert len(segment_page(page)) == 1


def test_headline_over_by_wants_a_bare_by():
    assert sg._headline_over_by("Ferry fares frozen for the winter", "by Hanne Solvik, consumer editor")
    assert not sg._headline_over_by("Ferry fares frozen for the winter", "Answers by Hanne Solvik")
    assert not sg._headline_over_by("Ferry fares frozen for the winter", "Posted by Hanne Solvik at 9:14 PM")
    assert not sg._headline_over_by("That is the whole secret, really. Happy sailing!", "By Hanne Solvik")


# Shape: the web version of a morning e-mail briefing: the markup's title and author are the and its editor's,
# a greeting opens the text, then the first item under its own sentence-case headline and "By NAME".
BRIEFING = ("<html><head><title>The Harbour Morning - Friday 5 December</title>"
            "<meta property='og:title' content='The Harbour Morning - Friday 5 December'>"
            "<meta name='author' content='Niamh Corrigan'></head><body><table><tr><td>"
            "<p>Good morning. The ferry operator has finally answered the question everyone on the islands has been"
            " asking since the summer, the harbour car park reopens on Monday, and the weekend should stay dry for"
            " once. Here is what you need to know.</p>"
            "<h2>Ferry fares frozen for the winter</h2><p>By Tomasz Wierzbicki, transport reporter</p>"
            "<p>Fares on the island ferries will not rise before April, the operator said on Monday, after a year in"
            " which the price of a return crossing went up twice.</p>"
            "<p>The operator said lower fuel costs had made the freeze possible and that the timetables would stay"
            " the same through the winter months.</p></td></tr></table></body></html>")


def test_a_briefings_greeting_goes_with_its_first_item_which_keeps_its_own_headline_and_writer():
    record = read.page_to_article("briefing.html", BRIEFING.encode("utf-8"), "html")
    articles, _ = through_stage(sg.STAGE, sg.SegmentConfig(), [record])
    [item] = [a for a in articles if isinstance(a, Article)]
    assert (item.title, item.author) == ("Ferry fares frozen for the winter", "Tomasz Wierzbicki")


# Shape: a local site carrying a partner newsroom's story: the site's template puts the partner's name, the date and
# the reading time under the headline, then a toolbar read one button a line; the story's own byline names two
# writers and the outlet after them, and a "With reporting by" line credits a contributor.
CARRIED = ("Harbour Dispatch\nMenu\nSearch\nNews\nHousing\n\n"
           "What tenants can ask for when the landlord will not fix the damp\n\nFenland Ledger\nMarch 4, 2026\n"
           "5 min read\n\nPrint\nEmail\nShare\n\nBy Rūta Vaitkutė and Owen Pryce, Fenland Ledger\n"
           "With reporting by Kofi Boateng\n\n"
           "Damp in rented homes has become the most common complaint to the county's housing team this winter, and "
           "most tenants do not know what they can ask for.\n\n"
           "The county says landlords must answer a written complaint about damp within two weeks and start repairs "
           "within a month, whoever is thought to have caused it.\n\n"
           "This story was first published by Fenland Ledger and is republished here with its permission.\n")


def test_a_carried_storys_headline_stands_over_the_templates_credit_row_and_toolbar():
    [story] = segment_page(CARRIED)
    assert story.title == "What tenants can ask for when the landlord will not fix the damp"
    assert story.author == "Rūta Vaitkutė and Owen Pryce"  # the byline's two writers, not the contributor


def test_a_short_title_over_its_date_is_still_the_title():
    # a short headline under the site's name, over the date: no credit row, the headline stays
    [post] = segment_page("Fenland Kitchen\n\nEasy Soda Bread\nMarch 4, 2026\nBy Owen Pryce\n\n"
                          "Soda bread needs no yeast and no waiting, only buttermilk, flour, salt and a hot oven.\n\n"
                          "Mix it quickly and get it into the oven before the bubbles fade.\n")
    assert post.title == "Easy Soda Bread"


# The same briefing with two more items: a desk's item signed "NAME | Desk" (no "By") over a numbered list, and an
# unsigned weather item headed as the others are, in sentence case; then the editor's sign-off.
THREE_ITEMS = BRIEFING.replace("</td></tr></table>", (
    "<p>SAILING</p><h2>Four checks before you book a winter crossing</h2><p>Joanna Fairley | Travel</p>"
    "<p>Winter timetables thin out quickly, and the cheapest fares go first, so a few minutes of checking before you"
    " book will save a wasted trip to the harbour.</p><ol><li>Check the last sailing: most routes stop earlier from"
    " November.</li><li>Read the refund terms: some fares cannot be moved at all.</li><li>Book the car space: deck"
    " space goes long before the seats do.</li><li>Watch the forecast: crossings are called off in a gale.</li></ol>"
    "<h2>Weekend weather: dry and bright at last</h2><p>High pressure settles over the islands on Friday night and"
    " should hold until Sunday evening, with light winds, sunny spells and a sharp frost on both nights.</p>"
    "<p>That is all for this week.</p><p>Niamh</p></td></tr></table>"))


def test_a_briefings_items_each_signed_or_not_are_its_articles():
    record = read.page_to_article("briefing.html", THREE_ITEMS.encode("utf-8"), "html")
    articles, _ = through_stage(sg.STAGE, sg.SegmentConfig(), [record])
    items = [a for a in articles if isinstance(a, Article)]
    assert [(a.title, a.author) for a in items] == [
        ("Ferry fares frozen for the winter", "Tomasz Wierzbicki"),
        ("Four checks before you book a winter crossing", "Joanna Fairley"),
        ("Weekend weather: dry and bright at last", None),  # unsigned among signed items: nobody's (SPEC)
    ]
