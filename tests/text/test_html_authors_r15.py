"""Authors read from HTML markup, round 15 (issue 16). Every page here is our own words.

Shape: a clinic's or a practice's site reposts its professional's column; the visible ``.byline`` writes her name
with the letters of her registers after it ("MVB MRCVS", "MBChB MRCGP", "RGN"), while the author meta holds the
site's login. SPEC: the visible byline outranks the markup, and an author is a name only, with no trailing
credentials.
"""

from __future__ import annotations

import pytest

from pipeline.text.attribution import split_name
from pipeline.text.extract import html_to_text
from pipeline.text.html_main import walk
from pipeline.text.html_meta import page_meta

COLUMN = ("<html><head><title>Why does my cat drink from the tap? – Larchfield Clinic</title>"
          "<meta name='author' content='larchfield-web'></head><body><main><article>"
          "<h1>Why does my cat drink from the tap?</h1><p class='byline'><em>By {byline}</em></p>"
          "<p>Cats came from dry country and many still prefer running water to a still bowl. It is rarely a sign of"
          " illness on its own, but a cat that suddenly drinks far more than usual should be seen.</p>"
          "<p>A small fountain, a wide shallow bowl away from the food and a second bowl upstairs all help.</p>"
          "</article></main></body></html>")


@pytest.mark.parametrize(("byline", "name"), [
    ("Dr Ciara Ní Bhriain MVB MRCVS", "Ciara Ní Bhriain"),
    ("Dr Tomás Breen MBChB MRCGP", "Tomás Breen"),
    ("Orla Whelan RGN", "Orla Whelan"),
])
def test_the_byline_s_name_without_its_register_letters_outranks_a_login(byline, name):
    assert page_meta(walk(COLUMN.format(byline=byline))).author == name


def test_register_letters_are_credentials_in_a_text_byline_too():
    assert split_name("Ciara Ní Bhriain MVB MRCVS") is not None
    assert split_name("Ciara Ní Bhriain MVB MRCVS").name == "Ciara Ní Bhriain"


# a forum thread saved as HTML: each post an <article class="message"> with the member's card; the JSON-LD names the
# thread's starter, whose post only asks; the third post, the long advice most members reacted to, is the main text
THREAD = ("<html><head><title>New to hill walking – what boots? | Fellside Forum</title>"
          "<script type='application/ld+json'>{{\"@context\": \"https://schema.org\", \"@type\": "
          "\"DiscussionForumPosting\", \"headline\": \"New to hill walking – what boots?\", "
          "\"author\": {{\"@type\": \"Person\", \"name\": \"tam_o\"}}}}</script></head><body>"
          "<h1>New to hill walking – what boots?</h1><div class='block-body'>"
          "<article class='message message--post'><h4 class='message-name'><a class='username'>tam_o</a></h4>"
          "<div class='bbWrapper'>I am starting on the hills this spring. What should I buy first?</div></article>"
          "<article class='message message--post'><h4 class='message-name'><a class='username'>kerry_b</a></h4>"
          "<div class='bbWrapper'>Welcome! Someone who knows more will be along soon.</div></article>"
          "<article class='message message--post'><h4 class='message-name'><a class='username'>{writer}</a></h4>"
          "<div class='bbWrapper'>I lead club walks, so here is the order I would buy things in.<br><br>"
          "First, boots that fit, bought in the afternoon when your feet are biggest. Try them on a slope in the "
          "shop and walk down it twice.<br><br>Then a waterproof with taped seams. A cheap one that leaks is worse "
          "than none at all, because you stop trusting the forecast.<br><br>After that, a map and a compass, and an "
          "evening learning to use them. Phones die in the cold long before you expect.<br><br>Finally, wool socks. "
          "Two pairs, so one is always dry for the walk home.</div></article>"
          "<article class='message message--post'><h4 class='message-name'><a class='username'>tam_o</a></h4>"
          "<div class='bbWrapper'>Thank you, this is exactly what I needed.</div></article>"
          "</div></body></html>")


@pytest.mark.parametrize("writer", ["Ingrid Solheim-Voss", "fell_leader_ann"])
def test_a_thread_s_text_taken_from_one_reply_is_that_reply_s_writer_s(writer):
    doc = html_to_text(THREAD.format(writer=writer))
    assert "boots that fit" in doc.text
    assert doc.author == writer
