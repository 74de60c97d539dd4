"""Which line is an article's title (round 8): shapes that pages by other hands write.

An advice column on a newspaper's site stands its writer's name in a standfirst under the headline ("NAME answers
your letters"), not in a By-line: that line credits the column and the headline is the line above it. Pages here
are written in our own words.
"""

from __future__ import annotations

from pipeline.stages import segment as sg
from tests.conftest import segment_page as segment

COLUMN = ("THE HARBOUR GAZETTE\nWeekend\nHome / Weekend / Dear Ines\n\n"
          "Dear Ines: a neighbour's dog, and a sister who borrows and forgets\n\n{standfirst}\n\n"
          "Our neighbour's dog barks from seven until noon. How do I bring it up without a feud?\n"
          "He is out at work all morning and may not know. We have lived side by side for ten years.\n"
          "Tomasz, Gdynia\n\n"
          "Knock on a Saturday, when he is home, and tell him what you hear and when. Most owners are glad to know, "
          "and a note through the door reads colder than a face at it.\n")


def test_a_columnist_s_standfirst_under_the_headline_credits_the_column():
    (article,) = segment(COLUMN.format(standfirst="Inês Figueiredo answers your letters"))
    assert article.title == "Dear Ines: a neighbour's dog, and a sister who borrows and forgets"
    assert article.author == "Inês Figueiredo"
    assert "answers your letters" not in article.text


def test_a_standfirst_naming_nobody_is_no_credit():
    (article,) = segment(COLUMN.format(standfirst="Our resident expert answers your letters"))
    assert article.author is None


def test_the_columnist_line_pattern():
    assert sg._columnist("Dr Kofi Mensah tackles readers' problems")["who"] == "Dr Kofi Mensah"
    assert sg._columnist("Siobhán Ní Bhriain answers your questions.")["who"] == "Siobhán Ní Bhriain"
    assert sg._columnist("The panel answers your questions") is None
    assert sg._columnist("Siobhán Ní Bhriain answers your questions every Thursday at noon") is None


BODY = ("You will open the hive for the first time this spring with shaking hands. That is fine; the bees care more "
        "about slow movements than steady ones.\n\nPick a warm, still afternoon, when the foragers are out.\n")


def test_a_short_sentence_case_line_under_a_series_name_is_the_piece_s_own_title():
    # a blog's name and tagline, the series the post belongs to, then the post's own title in sentence case
    page = ("The Apiary Shed\nnotes from a hobby beekeeper\n\nLetters To A New Beekeeper\n\n"
            "On the first inspection of spring\n\n" + BODY)
    (article,) = segment(page)
    assert article.title == "On the first inspection of spring"


def test_a_headline_over_a_dek_that_sums_the_piece_up_stays_the_title():
    page = ("FOR IMMEDIATE RELEASE\n\nCOUNTY LIBRARIES EXTEND OPENING HOURS FOR THE WINTER\n\n"
            "Four branches will stay open until eight on weekdays from November, the council said\n\n" + BODY)
    (article,) = segment(page)
    assert article.title == "COUNTY LIBRARIES EXTEND OPENING HOURS FOR THE WINTER"


def test_a_directory_s_title_typed_in_quotes_loses_them():
    # article directories print a submitted title as the writer typed it, quotes and all
    page = ("Pets Articles | Home Articles | Garden Articles\n\nGarden Articles\n\n"
            "\"Sowing Sweet Peas In Autumn For Earlier Flowers\"\n\nWritten by Oyelaran Adebayo\n\n" + BODY)
    (article,) = segment(page)
    assert (article.title, article.author) == ("Sowing Sweet Peas In Autumn For Earlier Flowers", "Oyelaran Adebayo")


def test_a_quoted_sentence_standing_as_the_headline_keeps_its_quotes():
    # an advice column's headline quoting its reader is a quotation, not a title typed in quotes
    assert sg._unquoted("“My bees swarmed twice in one week”") == "“My bees swarmed twice in one week”"
    assert sg._unquoted('"Roses, "Old" And New"') == '"Roses, "Old" And New"'
    assert sg._unquoted('"') == '"'


def letter(note: str) -> str:
    # a newsletter platform's post: the letter's name, the post's title over its dek, the OWNER's name and the date
    # (the platform's byline for every post), then the owner's note above the guest's essay
    return ("The Tidy Ledger\nSubscribe   Sign in\n\nHow I Cleared My Overdraft in a Year\n"
            "A guest essay, and the most useful thing I have run this spring\n\nMarisol Achterberg\nMay 3, 2024\n\n"
            f"{note}\n\n" + BODY)


def test_a_dek_under_the_title_is_header_not_text():
    (article,) = segment(letter("Some housekeeping first: the next letter comes a week late."))
    assert article.title == "How I Cleared My Overdraft in a Year"
    assert "guest essay, and the most useful" not in article.text


def test_a_host_s_signed_note_handing_over_to_a_guest_makes_the_guest_the_author():
    note = ("This week's letter is a guest essay by Kwabena Osei-Tutu, a reader who wrote to me in March. I asked him "
            "how he did it, and he wrote this. Over to him. — Marisol")
    (article,) = segment(letter(note))
    assert article.author == "Kwabena Osei-Tutu"


def test_a_mention_of_an_earlier_guest_leaves_the_byline_alone():
    # (merge of r8-titles and r8-authors: an unsigned note that hands THIS post over does name the guest,
    # attribution.guest_credit; a note about an earlier guest essay hands nothing over)
    note = ("Last month's guest essay by Kwabena Osei-Tutu drew more letters than anything I have written, so here is "
            "my own answer to the question most of you asked.")
    (article,) = segment(letter(note))
    assert article.author == "Marisol Achterberg"
