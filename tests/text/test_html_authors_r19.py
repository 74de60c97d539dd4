"""Authors read from HTML markup, round 19 (issue 16). Every page here is our own words.

Shape: a CMS whose markup names the account that posted (a login: "desk07", "bank_content", "kitchen_admin") while
the page shows the writer in its own way: a byline element holding a name with its initial glued on ("Т.Сарантуяа"),
a byline element with a label in a language no table holds ("Muallif: NAME, role"), or a credit line under the
headline in its own wording ("Recipe shared by NAME, Town"). SPEC: markup and login handles never beat the visible
byline; a patronymic initial stays as written; a picture's credit is no byline.
"""

from __future__ import annotations

from pipeline.text.attribution import is_person_name
from pipeline.text.html_main import walk
from pipeline.text.html_meta import page_meta


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


def test_a_byline_element_with_a_glued_initial_beats_the_login():
    page = _page("desk07", "<div class='post-meta'><span class='byline'>Т.Сарантуяа</span>"
                           "<time>2024.02.03</time></div>")
    assert page_meta(walk(page)).author == "Т.Сарантуяа"


def test_a_picture_credit_in_the_caption_does_not_take_the_byline_s_place():
    page = _page("desk07", "<div class='post-meta'><span class='byline'>Т.Сарантуяа</span></div>",
                 "<figure><img src='a.jpg' alt=''><figcaption>Гэрэл зураг: Б.Дорж</figcaption></figure>")
    assert page_meta(walk(page)).author == "Т.Сарантуяа"


def test_a_byline_element_labelled_in_an_unlisted_language_gives_the_name_after_the_label():
    page = _page("bank_content", "<p class='author-line'>Muallif: <strong>Dilnoza Rahimova</strong>, "
                                 "xavfsizlik bo'limi boshlig'i</p>")
    assert page_meta(walk(page)).author == "Dilnoza Rahimova"


def test_a_byline_element_labelled_for_the_editing_is_not_the_writer():
    page = _page("bank_content", "<p class='author-line'>Editor: <strong>Dilnoza Rahimova</strong></p>")
    assert page_meta(walk(page)).author != "Dilnoza Rahimova"


def test_a_credit_line_in_its_own_wording_under_the_headline_beats_the_login():
    page = _page("kitchen_admin", "<div class='submitter'>Recipe shared by <a href='/c/9'>Teodora Vlašić</a>, "
                                  "Split <span>·</span> <time>4 May 2024</time></div>")
    assert page_meta(walk(page)).author == "Teodora Vlašić"


def test_a_photo_credit_under_the_headline_does_not_beat_the_login():
    page = _page("kitchen_admin", "<div class='submitter'>Photos by Teodora Vlašić</div>")
    assert page_meta(walk(page)).author != "Teodora Vlašić"


COUNCIL = ("<html><head><title>Before you rent | Ashdown Borough Council</title>"
           "<meta name='dcterms.creator' content='Housing Standards Team'>"
           "<script type='application/ld+json'>{\"@context\": \"http://schema.org\", \"@type\": \"Article\", "
           "\"headline\": \"Before you rent\", \"publisher\": {\"@type\": \"GovernmentOrganization\", "
           "\"name\": \"Ashdown Borough Council\"}}</script></head><body><main><h1>Before you rent</h1>"
           "<p>Ask the landlord for the gas safety certificate before you sign anything, and keep a copy.</p>"
           "<p>Check the deposit is protected in a government scheme within thirty days of paying it.</p>"
           "</main><footer><p>© Ashdown Borough Council 2024</p></footer></body></html>")


def test_a_public_body_s_guidance_naming_no_one_is_the_body_s():
    assert page_meta(walk(COUNCIL)).author == "Ashdown Borough Council"


def test_a_plain_organisation_publisher_is_not_taken_for_the_author():
    page = COUNCIL.replace("GovernmentOrganization", "NewsMediaOrganization")
    assert page_meta(walk(page)).author is None


NOTION = ("<html><head><title>Our release checklist</title></head><body><article><header>"
          "<h1 class='page-title'>Our release checklist</h1><table class='properties'><tbody>"
          "<tr><th>Created by</th><td><span class='user'>Radka Šimková</span></td></tr>"
          "<tr><th>Last edited by</th><td><span class='user'>Obinna Eze</span></td></tr>"
          "<tr><th>Tags</th><td>Engineering</td></tr></tbody></table></header>"
          "<div class='page-body'><p>Freeze the branch a day before the release so the last fixes get a full test"
          " run, and write the notes while the changes are fresh.</p></div></article></body></html>")


def test_a_workspace_export_s_created_by_cell_names_the_writer():
    assert page_meta(walk(NOTION)).author == "Radka Šimková"


def test_a_last_edited_by_cell_alone_names_no_writer():
    page = NOTION.replace("<tr><th>Created by</th><td><span class='user'>Radka Šimková</span></td></tr>", "")
    assert page_meta(walk(page)).author != "Obinna Eze"
