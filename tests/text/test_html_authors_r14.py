"""Authors read from HTML markup, round 14 (issue 16): a static blog's markup holds the account's handle, its post
row the writer's name. Every page here is our own words.

Shape: a static site's theme (Hugo, Jekyll and their kind) writes the site's configured handle into the author meta
and the JSON-LD ("kofi-a", "mara_l") and prints the post's row as "DATE · N min · NAME" under the title. SPEC: the
visible byline outranks the markup, and a display name outranks a handle.
"""

from __future__ import annotations

import pytest

from pipeline.text.html_main import walk
from pipeline.text.html_meta import HANDLE_LIKE, page_meta

POST = ("<html><head><title>Warm feet on cold floors | Small Rooms</title><meta name='author' content='{handle}'>"
        "</head><body><main><article><header><h1>Warm feet on cold floors</h1>"
        "<div class='post-meta'><span>{date}</span>&nbsp;·&nbsp;{reading}&nbsp;·&nbsp;{name}</div></header>"
        "<p>Our flat has tiled floors and no rugs, and every winter my feet were cold by ten in the morning. These"
        " are the changes that finally worked for us, none of them expensive.</p>"
        "<h2>1. Lay cork under the desk</h2><p>A cork tile under the chair takes the chill off at once.</p>"
        "<h2>2. Wear wool, not cotton</h2><p>Wool socks stay warm when your feet are damp.</p>"
        "<h2>3. Raise the bed a little</h2><p>Cold air lies on the floor; a higher bed sleeps warmer.</p>"
        "</article></main></body></html>")


@pytest.mark.parametrize(("handle", "date", "reading", "name"), [
    ("kofi-a", "3 March 2024", "6 min", "Kofi Asante-Mensah"),
    ("mara_l", "2024-03-03", "4 min read", "Mara Lindqvist"),
])
def test_the_post_row_s_name_outranks_a_handle_in_the_markup(handle, date, reading, name):
    html = POST.format(handle=handle, date=date, reading=reading, name=name)
    assert page_meta(walk(html)).author == name


def test_a_name_in_the_markup_stays_over_the_post_row():
    # the nearest thing: the markup writes a name, not a handle; the row's name is no reason to replace it
    html = POST.format(handle="Kofi Asante-Mensah", date="3 March 2024", reading="6 min", name="Kofi Asante-Mensah")
    assert page_meta(walk(html)).author == "Kofi Asante-Mensah"


def test_handles_are_one_lower_case_token_with_a_joiner_or_a_digit():
    assert all(HANDLE_LIKE.fullmatch(h) for h in ("kofi-a", "mara_l", "jo.b84"))
    assert not any(HANDLE_LIKE.fullmatch(h) for h in ("Kofi Asante", "kofi", "Mara-Lind"))
