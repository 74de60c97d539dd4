"""Titles on pages by other hands (round 12): a gallery's credit row and counter lines are no titles.

A magazine's gallery or slideshow saved as text sets its headline over a credit row that names the words' writer
and the pictures' ("Words: NAME   Photos: NAME", "Text: NAME · Illustration: NAME"), then the first slide's counter
("Slide 1 of 10", "Photo 1/12"). The credit row is the byline (the words' field is the writer's), the counter is
where the reader stands among the slides; neither is a title. Every page here is written in our own words.
"""

from __future__ import annotations

from pipeline.stages import segment as sg
from tests.conftest import only_article

GALLERY = ("THE WEEKEND HOUSE\nHome | Gardens | Kitchens | Subscribe\n\n{title}\n\n{credit}\nUpdated 2 March 2024\n\n"
           "{counter}\n\n[image: a row of pots on a cold sill]\n\n"
           "Radiators, draughts and short days all work against plants that came from the tropics, and most of "
           "them show it by February. These are the small changes that keep them going until spring.\n\n"
           "Turn the pots each week\nA plant on a sill leans to the light; a quarter turn every Sunday keeps it "
           "straight and evenly green.\n")


def test_a_credit_row_naming_the_words_writer_is_the_byline_under_the_gallery_s_title():
    for credit, counter in (("Words: Maribel Okafor   Photos: Dunmore Studio", "Slide 1 of 9"),
                            ("Text: Maribel Okafor · Illustration: Tove Lind", "Photo 1/9"),
                            ("Story: Maribel Okafor  Photography: Dunmore Studio", "(1 of 9)")):
        page = only_article(GALLERY.format(title="Nine Ways To Keep Houseplants Happy In Winter", credit=credit,
                                           counter=counter))
        assert (page.title, page.author) == ("Nine Ways To Keep Houseplants Happy In Winter", "Maribel Okafor")


def test_a_counter_line_is_the_header_s_metadata_and_a_count_field_names_nobody():
    assert sg._is_meta("Slide 3 of 12") and sg._is_meta("Page 2/5") and sg._is_meta("[4 of 10]")
    assert not sg._is_meta("Ten of the Best Winter Houseplants") and not sg._is_meta("3 of 5 Stars For Effort Alone")
    row = "Submitted: 2011-04-02 | Words: 740 | Views: 88"
    assert sg._writer_field(row) == row  # a word count, not the words' writer


# A page the markup split into posts (a feed's styled preview, a blog's stream): the page's own title is the
# site's or the feed's name, which the text never shows; each later post opens at its heading, and so does the
# first, under the site's tagline and notices.
def _posts(title: str, text: str, second: str) -> list:
    from pipeline.records import Article, Source
    from tests.conftest import through_stage

    source = Source(path="p.html", sha256="cd" * 32, size=len(text), format="html")
    record = Article(id=Article.make_id(source), source=source, text=text, title=title, html_starts=[second])
    return through_stage(sg.STAGE, sg.SegmentConfig(), [record])[0]


PARAGRAPH = ("A paragraph of the post that runs well past a tagline's length, telling how the thing was done, "
             "what went wrong the first time and what the writer would do again next spring.")


def test_the_first_post_of_a_markup_split_page_is_titled_by_its_own_heading_not_the_site_s_name():
    for tagline, heading, between in (
            ("Slow notes on growing vegetables in clay, posted when there is time.", "Broad Beans In November",
             "Latest posts\n\n"),
            ("patching, darning, mending. one person, many old jumpers.", "darning a heel without tears", "")):
        text = (f"{tagline}\n\n{between}{heading}\n\n{PARAGRAPH}\n\n{PARAGRAPH}\n\n"
                f"Second Post Of The Stream\n\n{PARAGRAPH}\n")
        parts = _posts("Clay Plot Notes", text, "Second Post Of The Stream")
        assert [p.title for p in parts] == [heading, "Second Post Of The Stream"], heading
        assert tagline not in parts[0].text


def test_a_site_title_the_text_shows_keeps_the_first_post_s_reading():
    text = (f"Clay Plot Notes\n\nBroad Beans In November\n\n{PARAGRAPH}\n\nSecond Post Of The Stream\n\n{PARAGRAPH}\n")
    assert sg._first_post_heading(text.split("\n"), 0, 6, "Clay Plot Notes") is None
