"""Titles on heads other hands write (round 20). Pages written here in our own words.

A page of several short pieces whose markup heading names the section: the first piece is titled by its own
heading, over a rating row, never by a bulleted kit list's last item.
A directory's writer badge over the byline ("LABEL NAME") is the writer's, not the title.
A post's heading its theme marks as the title, named by the browser title, beats a social card never shown.
A series name numbered by "#N", "No. N" or "№ N" before the headline's colon is a label where the page names the
post by it alone (browser title, JSON-LD headline); a page naming the post by the whole line keeps it.
A HOWTO's head (title, the writer with an address in angle brackets, a version line) gives title and writer.
A reblog's copy is titled by the original post's heading under its poster's handle, in its own case.
A column's short name over the reader's question (any script) is a label: the question titles the piece.
"""

from __future__ import annotations

import pytest

from pipeline.stages import read
from pipeline.stages import segment as sg
from tests.conftest import only_article, through_stage

POINTS = ("<ol><li>Soak the pot overnight before you scrub it, so the burnt layer lifts by itself.</li>"
          "<li>Use a wooden spatula, never a knife, on the base; a scratch holds the next burn.</li>"
          "<li>Dry it on the hob for a minute so no water sits in the seams.</li></ol>")


def _titles(html: str) -> list[str | None]:
    record = read.page_to_article("picks.html", html.encode("utf-8"), "html")
    articles, _ = through_stage(sg.STAGE, sg.SegmentConfig(), [record])
    return [a.title for a in articles]


PIECE = ("<article><h2 class='entry-title'>{title}</h2>"
         "<p class='byline'>Written by <a rel='author' href='/a/{slug}'>{name}</a></p>"
         "<p class='stars'>★★★★☆ (23)</p>"
         "<p>Every cook burns a pan sooner or later, and most of them can be saved with patience, a little "
         "soda and the right tool, whatever the shop tells you about throwing it away.</p>"
         "<p>You will need:</p><ul><li>baking soda</li><li>a wooden spatula</li><li>an old towel</li></ul>"
         + POINTS + "</article>")


def _series_page(browser: str) -> str:
    """A post titled "SERIES #N: HEADLINE" whose browser title is ``browser``."""
    return (f"<html><head><title>{browser}</title><meta property='og:site_name' content='Thrift Corner'></head>"
            "<body><article><h1 class='entry-title'>Pick of the Fortnight #12: socks, soup and a stubborn boiler</h1>"
            "<p>What a fortnight it has been in the letters tray, and here is the best of what you sent us, with "
            "our thanks to everyone who wrote in about their winter.</p>" + POINTS + "</article></body></html>")


HTML_TITLES = [
    # a page's first short piece keeps its own heading over a rating row, never a bulleted kit list's last item
    pytest.param("<html><head><title>Quick Reads: Kitchen</title></head><body><h1>Quick Reads: Kitchen</h1>"
                 "<p>Two short pieces from our writers this week, each under five hundred words.</p>"
                 + PIECE.format(title="Saving A Burnt Saucepan Without Harsh Cleaners", slug="ines", name="Ines Varga")
                 + PIECE.format(title="Keeping A Wooden Board From Cracking", slug="tom", name="Tomasz Lind")
                 + "</body></html>",
                 ["Saving A Burnt Saucepan Without Harsh Cleaners", "Keeping A Wooden Board From Cracking"],
                 id="first-short-piece-over-rating-row-and-kit-list"),
    # a blog post's heading its theme marks, named by the browser title, beats a social card the page never shows
    pytest.param("<html><head><title>Pan Notes: Bean Soup With Sage (Slow Cooker)</title>"
                 "<meta property='og:title' content='Pan Notes Blog: Bean Soup'></head><body>"
                 "<div class='header'><h1 class='title'><a href='https://pannotes.example/'>Pan Notes</a></h1></div>"
                 "<div class='post'><h3 class='post-title entry-title'>Bean Soup With Sage (Slow Cooker)</h3>"
                 "<p>Dried beans cost a third of tinned ones and a slow cooker does the work while you sleep, so "
                 "this soup is the cheapest warm lunch of the week for the whole family, every week of winter.</p>"
                 + POINTS + "</div></body></html>",
                 ["Bean Soup With Sage (Slow Cooker)"], id="marked-heading-beats-social-card"),
    # a numbered series name before the colon is a label where the page names the post by the headline alone
    pytest.param(_series_page("Pick of the Fortnight #12 - Thrift Corner"),
                 ["socks, soup and a stubborn boiler"], id="series-label-page-names-post-alone"),
    # ... and is kept where the page names the post by the whole line
    pytest.param(_series_page("Pick of the Fortnight #12: socks, soup and a stubborn boiler - Thrift Corner"),
                 ["Pick of the Fortnight #12: socks, soup and a stubborn boiler"],
                 id="series-kept-page-names-whole-line"),
]


@pytest.mark.parametrize(("html", "titles"), HTML_TITLES)
def test_the_titles_of_an_html_page(html, titles):
    assert _titles(html) == titles


def _howto_page(writer: str) -> str:
    """A HOWTO's head: its title, the ``writer`` line (an address in angle brackets), a version line."""
    return ("Spokes Mirror :: Documents :: Repairs\n[ Prev ] [ Up ] [ Next ]\n\n"
            f"The Brake Cable Replacement mini-HOWTO\n{writer}\nv0.9, 4 June 2011\n\n"
            "How to fit a new brake cable to a bicycle with a few tools and without a workshop stand at all.\n"
            "______________________________\n\n1. Introduction\n\n"
            "A frayed cable is the commonest brake fault and the cheapest one to fix at home.\n\n"
            "2. Cut the old cable at the clamp and pull it out through the lever.\n")


TITLE_AND_WRITER = [
    # a directory scrape's writer badge over the byline ("Featured Writer NAME") is the writer's, not the title
    pytest.param("WorkshopArticleBank - Articles For Your Site\nHome | Latest | Submit Articles | Sign Up\n\n"
                 "Home > Home Improvement > Woodworking\n\n"
                 "Sharpening A Hand Plane Blade: 5 Steps That Work\n\n"
                 "Featured Writer Oskar Nyqvist\nBy  Oskar Nyqvist   |   Submitted On May 2, 2010\n\n"
                 "A blunt plane tears the grain instead of slicing it, and most beginners blame the wood.\n\n"
                 "1. Flatten the back first. Only the last inch matters, but it must be truly flat.\n\n"
                 "2. Set a honing guide to the bevel's angle so every stroke meets the stone the same way.\n\n"
                 "3. Work up through the grits and stop at each one when a burr forms along the whole edge.\n",
                 "Sharpening A Hand Plane Blade: 5 Steps That Work", "Oskar Nyqvist", id="directory-writer-badge"),
    # a HOWTO's head of title, writer with a spelt-out address, version line gives title and writer
    pytest.param(_howto_page("Ines Moreau, <ines (at) spokes (dot) example>"),
                 "The Brake Cable Replacement mini-HOWTO", "Ines Moreau", id="howto-head-spelt-out-address"),
    # ... and with a plain address in angle brackets
    pytest.param(_howto_page("Ines Moreau <ines@spokes.example>"),
                 "The Brake Cable Replacement mini-HOWTO", "Ines Moreau", id="howto-head-plain-address"),
]


@pytest.mark.parametrize(("text", "title", "writer"), TITLE_AND_WRITER)
def test_the_title_and_the_writer_of_a_page(text, title, writer):
    article = only_article(text)
    assert (article.title, article.author) == (title, writer)


def _column_page(column: str, question: str) -> str:
    """A column's short name over the reader's question, then the question and the answer."""
    return ("Keluarga Sehat Weekly\nBeranda | Berita | Kesehatan | Keluarga | Kontak\n\nKesehatan\n\n"
            f"{column}\n\n{question}\n\n"
            "Pertanyaan:\nAnak saya berumur tiga bulan dan menangis dua jam setiap malam. Apa yang harus kami "
            "lakukan sebagai orang tua baru?\n\n"
            "Jawaban:\n1) Buat rutinitas malam yang sama setiap hari.\n\n2) Redupkan lampu satu jam sebelum tidur.\n")


TITLES = [
    # a reblog's copy is titled by the original post's heading under its poster's handle, in its own (lower) case
    pytest.param("tumblr\nLog in\nSign up\n\nmoss-and-kettle\nFollow\n\nplants, tea, the odd rant. he/him.\n\n"
                 "Archive\nAsk me anything\n\nmoss-and-kettle reblogged windowsill-fern\nFollow\n\nwindowsill-fern\n\n"
                 "keeping herbs alive on a north windowsill: what finally worked\n\n"
                 "ok so i killed six basil plants before i worked this out and now they last all winter.\n\n"
                 "- water from below, never on the leaves.\n\n- turn the pot a quarter every day.\n\n"
                 "- pinch the tops weekly so it bushes out.\n",
                 "keeping herbs alive on a north windowsill: what finally worked", id="reblogs-copy-lowercase-heading"),
    # a column's short name over the reader's question is a label: the question titles the piece (any script)
    pytest.param(_column_page("Tanya Bidan", "Bagaimana cara menenangkan bayi yang menangis setiap malam?"),
                 "Bagaimana cara menenangkan bayi yang menangis setiap malam?", id="column-name-over-question-id"),
    pytest.param(_column_page("Ask Our Nurse", "How can I calm a baby who cries every single evening?"),
                 "How can I calm a baby who cries every single evening?", id="column-name-over-question-en"),
]


@pytest.mark.parametrize(("text", "title"), TITLES)
def test_the_title_of_a_page(text, title):
    assert only_article(text).title == title
