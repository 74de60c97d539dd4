"""Authors read from HTML markup, round 19 (issue 16). Every page here is our own words.

Shape: a CMS whose markup names the account that posted (a login: "desk07", "bank_content", "kitchen_admin") while
the page shows the writer in its own way: a byline element holding a name with its initial glued on ("Т.Сарантуяа"),
a byline element with a label in a language no table holds ("Muallif: NAME, role"), or a credit line under the
headline in its own wording ("Recipe shared by NAME, Town"). SPEC: markup and login handles never beat the visible
byline; a patronymic initial stays as written; a picture's credit is no byline.
"""

from __future__ import annotations

import pytest

from pipeline.text.attribution import is_person_name
from tests.conftest import html_author


def _page(login: str, head: str, extra: str = "") -> str:
    return (f"<html><head><title>Keeping a flat warm | Morning Post</title><meta name='author' content='{login}'>"
            "</head><body><main><article><h1>Keeping a flat warm</h1>"
            f"{head}{extra}"
            "<p>Cold air slips in round old window frames. A roll of foam tape along the frame costs little and stops"
            " most of the draught before the frost sets in.</p>"
            "<p>Hang a thick curtain over the front door and close it at dusk, when the stairwell is coldest.</p>"
            "</article></main></body></html>")


def test_a_name_with_its_initial_glued_on_is_a_persons():
    assert is_person_name("Т.Сарантуяа") and is_person_name("N.Yusupov")
    assert not is_person_name("shop.Example") and not is_person_name("U.S.")


COUNCIL = ("<html><head><title>Before you rent | Ashdown Borough Council</title>"
           "<meta name='dcterms.creator' content='Housing Standards Team'>"
           "<script type='application/ld+json'>{\"@context\": \"http://schema.org\", \"@type\": \"Article\", "
           "\"headline\": \"Before you rent\", \"publisher\": {\"@type\": \"GovernmentOrganization\", "
           "\"name\": \"Ashdown Borough Council\"}}</script></head><body><main><h1>Before you rent</h1>"
           "<p>Ask the landlord for the gas safety certificate before you sign anything, and keep a copy.</p>"
           "<p>Check the deposit is protected in a government scheme within thirty days of paying it.</p>"
           "</main><footer><p>© Ashdown Borough Council 2024</p></footer></body></html>")


NOTION = ("<html><head><title>Our release checklist</title></head><body><article><header>"
          "<h1 class='page-title'>Our release checklist</h1><table class='properties'><tbody>"
          "<tr><th>Created by</th><td><span class='user'>Radka Šimková</span></td></tr>"
          "<tr><th>Last edited by</th><td><span class='user'>Obinna Eze</span></td></tr>"
          "<tr><th>Tags</th><td>Engineering</td></tr></tbody></table></header>"
          "<div class='page-body'><p>Freeze the branch a day before the release so the last fixes get a full test"
          " run, and write the notes while the changes are fresh.</p></div></article></body></html>")


AUTHORS = [
    # a byline element with a glued initial beats the login
    pytest.param(_page("desk07", "<div class='post-meta'><span class='byline'>Т.Сарантуяа</span>"
                                 "<time>2024.02.03</time></div>"),
                 "Т.Сарантуяа", id="byline-with-glued-initial"),
    # a picture credit in the caption does not take the byline's place
    pytest.param(_page("desk07", "<div class='post-meta'><span class='byline'>Т.Сарантуяа</span></div>",
                       "<figure><img src='a.jpg' alt=''><figcaption>Гэрэл зураг: Б.Дорж</figcaption></figure>"),
                 "Т.Сарантуяа", id="picture-credit-in-caption"),
    # a byline element labelled in an unlisted language gives the name after the label
    pytest.param(_page("bank_content", "<p class='author-line'>Muallif: <strong>Dilnoza Rahimova</strong>, "
                                       "xavfsizlik bo'limi boshlig'i</p>"),
                 "Dilnoza Rahimova", id="byline-label-in-unlisted-language"),
    # a credit line in its own wording under the headline beats the login
    pytest.param(_page("kitchen_admin", "<div class='submitter'>Recipe shared by <a href='/c/9'>Teodora Vlašić</a>, "
                                        "Split <span>·</span> <time>4 May 2024</time></div>"),
                 "Teodora Vlašić", id="credit-line-in-own-wording"),
    # a public body's guidance naming no one is the body's
    pytest.param(COUNCIL, "Ashdown Borough Council", id="public-bodys-guidance"),
    # a plain organisation publisher is not taken for the author
    pytest.param(COUNCIL.replace("GovernmentOrganization", "NewsMediaOrganization"), None,
                 id="plain-organisation-publisher"),
    # a workspace export's "Created by" cell names the writer
    pytest.param(NOTION, "Radka Šimková", id="workspace-created-by-cell"),
]


@pytest.mark.parametrize(("html", "author"), AUTHORS)
def test_the_author_a_page_shows_over_its_login(html, author):
    assert html_author(html) == author


NOT_THE_AUTHOR = [
    # a byline element labelled for the editing is not the writer
    pytest.param(_page("bank_content", "<p class='author-line'>Editor: <strong>Dilnoza Rahimova</strong></p>"),
                 "Dilnoza Rahimova", id="byline-labelled-editor"),
    # a photo credit under the headline does not beat the login
    pytest.param(_page("kitchen_admin", "<div class='submitter'>Photos by Teodora Vlašić</div>"),
                 "Teodora Vlašić", id="photo-credit-under-headline"),
    # a "Last edited by" cell alone names no writer
    pytest.param(NOTION.replace("<tr><th>Created by</th><td><span class='user'>Radka Šimková</span></td></tr>", ""),
                 "Obinna Eze", id="last-edited-by-cell-alone"),
]


@pytest.mark.parametrize(("html", "name"), NOT_THE_AUTHOR)
def test_a_name_the_page_shows_for_another_role_is_not_the_author(html, name):
    assert html_author(html) != name
