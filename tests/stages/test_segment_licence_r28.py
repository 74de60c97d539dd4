"""Round 28 (issue 16): a licence scoped to a part of the page never becomes the whole article's, and each post's
own line belongs to that post; read on whole pages in our own words (invented sites and people).

- A credit line naming its giver by full name ("with Ann van Loon's kind permission") carries the piece by leave,
  over the site's "unless otherwise stated" CC footer.
- A recipe card's own licence (its sentence and the rel=license link in it, the Recipe JSON-LD's) is the card's:
  the writer's all-rights footer decides for the post. A card's © with a "print this card" line is the card's too.
- A grant whose own words end it on a date before the post's date grants nothing (SPEC r27 (s)).
- A reprint box's "contact the author" line under the last post of a blog's home page is that post's, not every
  post's.
- A later post's own all-rights line, in its own <article> element, stays with that post; the footer's "except
  where otherwise noted" licence then covers the other posts.
- A newsletter's issue-wide licence hard-wrapped over three lines is read whole.
- A publisher's footer terms letting anyone reprint its articles cover them beside its own all-rights line.
- A text-and-data-mining reservation makes the site's bare © a reservation (SPEC r27 (r)).
"""

from __future__ import annotations

import datetime

from pipeline.text import licence as lic
from tests.conftest import file_articles, segment_page

TIPS_HTML = ("<ol><li><strong>Sweep the gutters first.</strong> Leaves packed into the corners hold water against "
             "the fascia board all winter long.</li>"
             "<li><strong>Check the downpipe joints.</strong> A joint that has slipped sends the run-off down the wall "
             "instead of into the drain.</li>"
             "<li><strong>Clear the gully grate.</strong> A blocked grate floods the path the first time it rains "
             "hard, and the water finds the door.</li></ol>")


def _html_page(tmp_path, body: str, footer: str, head: str = "", name: str = "page.html") -> list:
    page = (f"<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>Gutters before winter - Dry Eaves"
            f"</title>{head}</head><body><header><a href='/'>Dry Eaves</a><nav><a href='/a'>About</a></nav></header>"
            f"<main>{body}</main><footer>{footer}</footer></body></html>")
    path = tmp_path / name
    path.write_text(page, encoding="utf-8")
    return file_articles(path)


def _post(extra: str = "", byline: str = "Posted by <a rel='author' href='/u/'>Ines Calloway</a>") -> str:
    return (f"<article><h1>Gutters before winter</h1><p class='byline'>{byline}</p>"
            "<p>An hour on the ladder in October saves a damp wall in February. Here is the order I work in.</p>"
            f"{TIPS_HTML}{extra}</article>")


def test_a_credit_naming_its_giver_by_full_name_outranks_the_sites_default_licence(tmp_path):
    note = ("<p class='reprint-note'><small>This article first appeared in the Riverside Residents' Bulletin and is "
            "republished here with Oskar van der Heyden's kind permission.</small></p>")
    footer = ("<p>Unless otherwise stated, content on Dry Eaves is available under a <a rel='license' "
              "href='https://creativecommons.org/licenses/by/4.0/'>Creative Commons Attribution 4.0</a> licence.</p>")
    (article,) = _html_page(tmp_path, _post(note), footer)
    assert article.licence.tag == lic.USED_WITH_PERMISSION


def test_the_possessive_name_may_run_to_several_words_but_needs_its_apostrophe():
    assert lic.find_statements("Shared with Mary-Jo de la Cruz's permission.")[0].tag == lic.USED_WITH_PERMISSION
    assert not [s for s in lic.find_statements("Shared with many friends and neighbours permission slips.")
                if s.kind == "permission"]


RECIPE_LD = ('<script type="application/ld+json">{"@context":"https://schema.org","@type":"Recipe","name":"Oat '
             'bars","author":{"@type":"Person","name":"Ines Calloway"},"license":'
             '"https://creativecommons.org/licenses/by/4.0/"}</script>')


def test_a_recipe_cards_licence_covers_the_card_and_the_writers_footer_decides(tmp_path):
    card = ("<div class='recipe-card'><h2>Oat bars</h2><p class='recipe-license'>This recipe card is shared under a "
            "<a rel='license' href='https://creativecommons.org/licenses/by/4.0/'>Creative Commons Attribution 4.0"
            "</a> licence.</p></div>")
    footer = ("<p>Words and photographs © 2026 Ines Calloway. All rights reserved. Please do not copy the text of "
              "this site without written permission.</p>")
    (article,) = _html_page(tmp_path, _post(card), footer, head=RECIPE_LD)
    assert article.licence.tag == lic.ALL_RIGHTS_RESERVED
    assert article.licence.holder == "Ines Calloway"


def test_a_card_line_about_the_card_itself_is_no_reservation_of_the_post(tmp_path):
    card = ("<div class='recipe-card'><h2>Oat bars</h2><p class='card-copyright'>Recipe © Ines Calloway. You may "
            "print this card for your own use.</p></div>")
    (article,) = _html_page(tmp_path, _post(card), "<p>© 2026 Dry Eaves</p>")
    assert article.licence.tag == lic.NOASSERTION


def test_a_licence_naming_the_recipe_or_its_text_still_licenses_the_post():
    assert lic.licenses_text("Recipe text on this blog is shared under CC BY-NC 4.0.")
    assert not lic.licenses_text("This recipe card is shared under CC BY 4.0.")


def test_a_grant_that_ended_before_the_post_grants_nothing():
    box = lic.find_statements("You may reprint this article free of charge, with this box, until 30 June 2019.")
    assert lic.without_ended(box, datetime.date(2021, 3, 2)) == []
    assert [s.kind for s in lic.without_ended(box, datetime.date(2019, 3, 2))] == ["reprint"]
    assert [s.kind for s in lic.without_ended(box, None)] == ["reprint"]  # no date to compare: it stays


def test_an_embargo_is_no_end_date():
    assert lic.grant_end("Free to reprint. Not to be published until 3 May 2022.") is None


HOME_PAGE = """Mossy Step
a garden blog

Monday, 6 April 2026

Sowing Beans Indoors

I start my beans on the kitchen windowsill every spring, a month before they can go out.

Use deep pots. Bean roots go down fast and hate being disturbed when you plant them out.

Keep them cool at night. A warm kitchen makes them leggy and weak by the end of the month.

Posted by Greta Lindqvist at 09:10   2 comments
   __________________________________________________________

Thursday, 2 April 2026

Edging A Lawn Neatly

A note from Greta: this piece came from an old gardening newsletter, and I have kept its box as it was.

Cut the edge with a half-moon tool. A spade leaves a wavy line that only gets worse each year.

Lay a plank as a guide. Stand on it and the edge stays straight while you work along it.

   -----------------------------------------------------------
   Tomas Brekke keeps a tidy lawn in a windy garden by the sea.
   Reprint rights: this article may be reprinted free of charge, in
   full and with this box, until 31 March 2019. After that date
   please contact the author for permission.
   -----------------------------------------------------------

Posted by Greta Lindqvist at 18:30   5 comments
"""


def test_an_expired_reprint_box_grants_nothing_and_stays_with_its_own_post():
    first, second = segment_page(HOME_PAGE)
    assert second.licence.tag == lic.ALL_RIGHTS_RESERVED  # "please contact the author": the box's own words
    assert first.licence.tag == lic.NOASSERTION  # never the other post's box


def _short_post(title: str, writer: str, extra: str = "") -> str:
    return (f"<article><h2>{title}</h2><p class='byline'>By <span class='author'>{writer}</span></p><p>A barrel "
            "under every downpipe fills faster than you think, so empty it into the beds before each storm comes "
            "through.</p><ul><li>Fit a lid to keep the leaves out.</li><li>Raise it on blocks for the can.</li>"
            f"<li>Add an overflow pipe to the drain.</li></ul>{extra}</article>")


def test_a_later_posts_own_rights_line_stays_with_it_and_the_footer_default_covers_the_rest(tmp_path):
    rights = "<p class='item-rights'><small>© 2026 Pavel Orsz. All rights reserved.</small></p>"
    posts = (_short_post("Rain barrels", "Ines Calloway") + _short_post("Soaker hoses", "Lene Marsh")
             + _short_post("Water butts", "Pavel Orsz", rights))
    footer = ("<p>Except where otherwise noted, content on this site is licensed under a <a rel='license' "
              "href='https://creativecommons.org/licenses/by/4.0/'>Creative Commons Attribution 4.0 International "
              "License</a>.</p><p>© 2026 Dry Eaves</p>")
    articles = _html_page(tmp_path, f"<h1>Our best of the year</h1>{posts}", footer)
    assert [a.licence.tag for a in articles] == ["CC-BY-4.0", "CC-BY-4.0", lic.ALL_RIGHTS_RESERVED]


EZINE = """THE THRIFTY TIN
Issue 12 -- May 2026

Hello again, readers!

Unless otherwise noted, everything in The Thrifty Tin is published
under the Creative Commons Attribution-ShareAlike 4.0 International
licence (https://creativecommons.org/licenses/by-sa/4.0/).

-----------------------------------------------------
1. FOUR WAYS TO CUT THE HEATING BILL
by Odile Marchetti

Heating is the bill most of us can change this month. None of these need a new boiler.

 * Turn the thermostat down one degree. Nobody notices, and the bill drops every month after.

 * Bleed the radiators. Air at the top of a radiator means the heat never reaches the room.

 * Close the curtains at dusk. A drawn curtain keeps the warm air in the room you are sitting in.

 * Fit a reflector behind the radiator on an outside wall, so the heat goes into the room.

-----------------------------------------------------
2. THE SLOW COOKER PAYS FOR ITSELF
by Ruben Haas

A slow cooker uses about as much power as a light bulb. I run mine every weekday now.

It turns the cheapest cuts into a meal. Long slow heat makes tough meat tender for pennies.

It saves washing up. One pot in the morning, one pot to rinse at night.

Reprinted with permission from "The Patient Pot" by Ruben Haas (Juniper Press, 2021).

-----------------------------------------------------
You received this because you subscribed at thriftytin.example.
"""


def test_an_issue_wide_licence_hard_wrapped_over_lines_covers_the_items_that_note_nothing():
    first, second = segment_page(EZINE)
    assert first.licence.tag == "CC-BY-SA-4.0"
    assert second.licence.tag == lic.USED_WITH_PERMISSION  # it notes otherwise


def test_a_publishers_reprint_terms_naming_itself_stand_beside_its_own_all_rights_line():
    from pipeline.text.html_meta import trimmed_rights

    terms = ("Reprinting: You may reprint any article from The Garden Gate in your own newsletter, free of charge, "
             "provided you use it in full and keep the author's byline.")
    assert trimmed_rights([terms, "Copyright © 2026 The Garden Gate, All rights reserved."]).tag == lic.FREE_REPRINT
    other = "Copyright © 2026 Hollin Media Ltd, All rights reserved."  # another holder's line: the stricter stands
    assert trimmed_rights([terms, other]).tag == lic.ALL_RIGHTS_RESERVED


def test_a_text_and_data_mining_reservation_makes_the_bare_site_copyright_a_reservation():
    from pipeline.text.html_meta import trimmed_rights

    mark = "© 2026 Spoke and Chain. Links with credit are welcome."
    tdm = "All rights to text and data mining of this site are reserved. No content here may be used to train AI."
    assert trimmed_rights([mark, tdm]).tag == lic.ALL_RIGHTS_RESERVED
    assert trimmed_rights([mark]) is None
    cc = "Except where otherwise noted, content on this site is licensed under CC BY 4.0."
    assert trimmed_rights([cc, mark, tdm]).tag == "CC-BY-4.0"  # beside a licence it changes nothing


def test_a_commenters_copyright_never_licenses_the_article(tmp_path):
    comments = ("<section id='comments'><h2>2 Comments</h2><div class='comment'><b>Bo Tran</b>: Great list, I do "
                "the same every autumn. © 2026 Bo Tran. All rights reserved.</div><div class='comment'><b>Cy Moss</b>"
                ": Thanks!</div></section>")
    (article,) = _html_page(tmp_path, _post() + comments, "<p>© 2026 Dry Eaves</p>")
    assert article.licence.tag == lic.NOASSERTION
    assert article.licence.holder is None


def test_a_text_page_mining_reservation_under_the_site_copyright_reserves():
    page = ("Chain Care\n\nBy Ann Lee\n\nOil the chain every week. Wipe it after rain and keep the links clean.\n\n"
            "Check the wear with a gauge. A stretched chain eats the sprockets within a season.\n\n"
            "© 2026 Spoke and Chain.\n")
    (bare,) = segment_page(page)
    assert bare.licence.tag == lic.NOASSERTION  # the site's bare mark alone
    (mined,) = segment_page(page + "Text and data mining of this site is reserved; no content here may be used to "
                                   "train AI models.\n")
    assert mined.licence.tag == lic.ALL_RIGHTS_RESERVED
