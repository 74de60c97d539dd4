"""Authors read from HTML markup, round 20 (issue 16). Every page here is our own words.

Shapes: a byline linking two co-authors each to her page on the site while the markup names only the first; a
forum thread whose markup names its starter while one reply is marked as the solution; an unsigned government
page whose "Content source" line names the agency and its division. SPEC ("Decided in round 20"): co-authors
listed with commas are joined by " and " though markup names one; a thread is read for its marked solution, by the
name its card shows; an unsigned government page is by the agency its "Content source" line names, without the
division.
"""

from __future__ import annotations

from pipeline.text.html_main import walk
from pipeline.text.html_meta import page_meta

TEXT = ("<p>Cold air slips in round old window frames. A roll of foam tape along the frame costs little and stops"
        " most of the draught before the frost sets in.</p>"
        "<p>Hang a thick curtain over the front door and close it at dusk, when the stairwell is coldest.</p>")


def _post(byline: str) -> str:
    return ("<html><head><title>Keeping a flat warm</title><script type='application/ld+json'>"
            '{"@context": "https://schema.org", "@type": "Article", "headline": "Keeping a flat warm",'
            ' "author": {"@type": "Person", "name": "Maelis Quarterman"}}</script></head>'
            f"<body><main><article><h1>Keeping a flat warm</h1>{byline}{TEXT}</article></main></body></html>")


def test_a_byline_linking_two_writers_names_both_though_the_markup_names_one():
    page = _post("<h4 class='author-name'><a href='/author/maelis/'>Maelis Quarterman</a>, "
                 "<a href='/author/tobiah/'>Tobiah Ferreira-Lund</a></h4>")
    assert page_meta(walk(page)).author == "Maelis Quarterman and Tobiah Ferreira-Lund"


def test_a_byline_with_a_place_after_the_comma_keeps_the_markup_s_one_writer():
    page = _post("<h4 class='author-name'><a href='/author/maelis/'>Maelis Quarterman</a>, New Haven</h4>")
    assert page_meta(walk(page)).author == "Maelis Quarterman"


def test_other_writers_linked_in_a_sidebar_are_no_co_authors():
    page = _post("<h4 class='author-name'><a href='/author/maelis/'>Maelis Quarterman</a></h4>"
                 "<aside><p><a href='/author/tobiah/'>Tobiah Ferreira-Lund</a> "
                 "<a href='/author/ines/'>Ines Okonkwo</a></p></aside>")
    assert page_meta(walk(page)).author == "Maelis Quarterman"


def _thread(solution_class: str) -> str:
    def post(cls: str, login: str, name: str, text: str) -> str:
        return (f"<article class='{cls}' data-author='{login}'><div class='message-user'>"
                f"<a class='username' href='/members/{login}.1/'>{name}</a></div>"
                f"<div class='message-content'><p>{text}</p></div></article>")

    return ("<html><head><title>Why does my bread spread?</title><meta name='author' content='dough_lad'>"
            "<script type='application/ld+json'>{\"@context\": \"https://schema.org\", "
            "\"@type\": \"DiscussionForumPosting\", \"headline\": \"Why does my bread spread?\", "
            "\"author\": {\"@type\": \"Person\", \"name\": \"dough_lad\"}}</script></head><body><main>"
            "<h1>Why does my bread spread?</h1>"
            + post("message", "dough_lad", "dough_lad", "Every loaf comes out flat as a plate. What is wrong?")
            + post(solution_class, "hkovac", "Hana Kovačević", "Use less water, shape it tighter and bake it cold "
                   "from the fridge; the loaf will stand up in the oven.")
            + post("message", "dough_lad", "dough_lad", "That worked, thank you!")
            + "</main></body></html>")


def test_a_thread_is_by_the_writer_of_the_reply_marked_as_its_solution():
    assert page_meta(walk(_thread("message message--solution"))).author == "Hana Kovačević"


def test_a_thread_with_no_reply_marked_keeps_its_markup_author():
    assert page_meta(walk(_thread("message"))).author == "dough_lad"


def test_an_unsigned_public_page_is_by_the_body_its_content_source_line_names():
    page = ("<html><head><title>Storing water</title></head>"
            f"<body><main><h1>Storing water</h1>{TEXT}</main><footer><div class='page-info'><p><strong>Content "
            "source:</strong> National Office of Water Safety, Division of Household Advice</p></div>"
            "<p>Contact us | Accessibility</p></footer></body></html>")
    assert page_meta(walk(page)).author == "National Office of Water Safety"
