"""Authors read from HTML markup, round 17 (issue 16). Every page here is our own words.

Shape: a shop's journal, a company blog or a lab's post whose JSON-LD gives the organisation as author while the
credit row under the headline names the writer in a form the row reader did not take: the row opening on its date
("DATE · Words by NAME · Styling by NAME · Photos by NAME"), the credits' spans glued without a separator
("Ditulis oleh NAME Disemak oleh NAME"), a Malay patronymic inside the name ("binti"), or three co-authors with
their titles ("A, Prof. Dr. med. B & Ing. C"). SPEC: the visible byline outranks markup naming someone else;
stylists, reviewers and photographers are not authors; three co-authors are "A and B and C", titles dropped.
"""

from __future__ import annotations

import pytest

from pipeline.text.html_main import walk
from pipeline.text.html_meta import page_meta

PAGE = ("<html><head><title>Keeping wool jumpers from pilling | Hollin Knitwear</title>"
        "<script type='application/ld+json'>{{\"@context\": \"https://schema.org\", \"@type\": \"BlogPosting\", "
        "\"headline\": \"Keeping wool jumpers from pilling\", \"author\": {{\"@type\": \"Organization\", "
        "\"name\": \"Hollin Knitwear\"}}}}</script></head><body><main><article>"
        "<h1>Keeping wool jumpers from pilling</h1>"
        "{credits}"
        "<p>Pilling starts where the fibres rub: under the arms, at the cuffs, wherever a bag strap sits. Wash the"
        " jumper inside out in cold water, dry it flat and it will keep its face for many winters.</p>"
        "<p>Shave the bobbles off with a fabric comb once a season rather than pulling them by hand.</p>"
        "</article></main></body></html>")


@pytest.mark.parametrize(("credits", "writer"), [
    # the row opens on its date; the writer's credit sits among the styling's and the pictures'
    ("<p class='meta'>3 October 2024 · Words by Ilse Brandvold · Styling by Tomé Aguiar · Photos by Ravi Kanth</p>",
     "Ilse Brandvold"),
    # the writer's and the reviewer's spans glued into one text, a patronymic in the writer's name
    ("<div class='byline'><span>Ditulis oleh <a href='/p/siti'>Siti Hajar binti Osman</a></span>"
     "<span class='reviewer'>Disemak oleh Tan Mei Ling, Perunding Kewangan</span>"
     "<span class='date'>Dikemas kini: 2 Mac 2024</span></div>", "Siti Hajar binti Osman"),
    # three co-authors with their titles before the names, and the date after them
    ("<div class='post-meta'>Annelies de Wit, Prof. Dr. med. Gerhard Oberhuber &amp; Ing. Radek Svoboda · "
     "4 July 2024</div>", "Annelies de Wit and Gerhard Oberhuber and Radek Svoboda"),
])
def test_the_writer_in_the_credit_row_outranks_the_organisation_in_the_markup(credits, writer):
    assert page_meta(walk(PAGE.format(credits=credits))).author == writer


@pytest.mark.parametrize("credits", [
    "<p class='meta'>3 October 2024 · Styling by Tomé Aguiar · Photos by Ravi Kanth</p>",
    "<div class='byline'><span class='reviewer'>Disemak oleh Tan Mei Ling</span></div>",
])
def test_a_row_of_styling_picture_or_review_credits_names_no_writer(credits):
    assert page_meta(walk(PAGE.format(credits=credits))).author == "Hollin Knitwear"
