"""Authors read from HTML markup, round 15 (issue 16). Every page here is our own words.

Shape: a clinic's or a practice's site reposts its professional's column; the visible ``.byline`` writes her name
with the letters of her registers after it ("MVB MRCVS", "MBChB MRCGP", "RGN"), while the author meta holds the
site's login. SPEC: the visible byline outranks the markup, and an author is a name only, with no trailing
credentials.
"""

from __future__ import annotations

import pytest

from pipeline.text.attribution import split_name
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
