"""Round 25: licences through the chain on real-shaped pages (issue 16), in our own words.

- An article directory's terms for all its articles yield to the author's own "© YEAR NAME. All rights reserved."
  under the piece (SPEC: the article's own statement outranks page-wide ones; a wrong grant is worse than none).
- A newsletter item's own "published with permission" credit, in an element the theme classes as chrome
  (``<p class="credit">``), outranks the issue's CC line.
- A list archive's footer wrapped over two lines ("... Please ask the" / "writer before quoting ...") reserves
  every message.
- "Anything in TITLE may be reprinted ..." under a newsletter's items covers each item.
"""

from __future__ import annotations

from bench.labels import clean_through
from pipeline.records import Article
from tests.conftest import only_article, segment_page

ARR, FREE, PERMISSION = ("LicenseRef-all-rights-reserved", "LicenseRef-free-reprint",
                         "LicenseRef-used-with-permission")

DIRECTORY = """PetPages Hub :: Articles by Experts
Browse | Submit Article | Login

Keeping a Rabbit Cool in a Heatwave
Expert Author Wilhelmina Dacosta

Rabbits cannot sweat and they pant very little, so a hot afternoon can harm them quickly. These are the steps I
take every summer with my own four.

Move the hutch into full shade before ten in the morning. Sun that reaches the hutch at noon heats it like an oven.

Freeze two bottles of water each night. A bottle wrapped in a tea towel gives the rabbit something cool to lie against.

Give fresh greens rinsed in cold water. Wet leaves add water to the diet without any fuss.

Check twice a day for flystrike. Warm weather brings flies, and a dirty rear end draws them in.

Wilhelmina Dacosta has kept rabbits for twenty years and writes a small newsletter for new owners.

{own}

Article Source: http://petpageshub.example/?expert=Wilhelmina_Dacosta

Publisher Terms: Articles in our directory may be reprinted free of charge in websites and newsletters, provided
the article is reproduced in full and the author's resource box is included with its links active.
Copyright © 2006-2014 PetPagesHub.example. All Rights Reserved.
"""


def test_the_author_s_all_rights_line_outranks_the_directory_s_terms():
    page = only_article(DIRECTORY.format(own="© 2013 Wilhelmina Dacosta. All rights reserved."))
    assert page.author == "Wilhelmina Dacosta"
    assert page.licence.tag == ARR


def test_the_directory_s_terms_stand_where_the_author_reserves_nothing_in_words():
    assert only_article(DIRECTORY.format(own="")).licence.tag == FREE
    # the author's bare © names who licenses; it reserves nothing the terms give
    assert only_article(DIRECTORY.format(own="© 2013 Wilhelmina Dacosta")).licence.tag == FREE


ISSUE = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>The Hive Post - Issue 9</title></head>
<body><main>
<div class="masthead"><h1 class="issue-title">The Hive Post</h1></div>
<article class="item"><h2>Three ways to calm a nervous colony</h2><p class="byline">Orla Penhaligon</p>
<p>Most stings come from hurrying. A calm colony is one you open slowly and on a warm, still day.</p>
<ol><li><strong>Open the hive at midday.</strong> Foragers are out and fewer bees are at home.</li>
<li><strong>Use cool smoke.</strong> A puff at the entrance, then wait a minute before lifting the roof.</li>
<li><strong>Move slowly.</strong> Sudden movements set off the guards more than anything else.</li></ol>
</article>
<article class="item"><h2>Planting for late forage</h2><p class="byline">Idris Mowbray</p>
<p>Bees struggle in late summer when the fields have been cut. A few plants fill the gap well.</p>
<ul><li>Ivy: let it flower on a wall; it feeds bees well into October.</li>
<li>Michaelmas daisies: a clump by the hives is busy for weeks.</li>
<li>Borage: sow it twice and it flowers until the frosts.</li></ul>
<p class="credit"><em>{credit}</em></p>
</article>
<section class="licence"><p>This newsletter is licensed under
<a rel="license" href="https://creativecommons.org/licenses/by/4.0/">Creative Commons Attribution 4.0
International</a>, except where noted otherwise.</p></section>
</main><footer><p>© 2025 Fenwick Beekeepers</p></footer></body></html>
"""


def _items(tmp_path, credit: str) -> list[Article]:
    path = tmp_path / "issue.html"
    path.write_text(ISSUE.format(credit=credit), encoding="utf-8")
    return [r for r in clean_through([str(path)], "segment") if isinstance(r, Article)]


def test_an_item_s_own_permission_credit_in_a_credit_element_outranks_the_issue_s_cc_line(tmp_path):
    items = _items(tmp_path, "Published with permission from the Marsh Gazette; first printed in May 2025.")
    assert [a.licence.tag for a in items] == ["CC-BY-4.0", PERMISSION]


def test_a_credit_element_that_credits_no_leave_stays_out_and_the_issue_s_licence_covers_the_item(tmp_path):
    items = _items(tmp_path, "Photographs by Tove Aske.")
    assert [a.licence.tag for a in items] == ["CC-BY-4.0", "CC-BY-4.0"]
    assert "Tove Aske" not in items[1].text


LIST_PAGE = """[fern-talk] Brown tips on my maidenhair - why?

From: Ruth Aldous <ruth@mail.example>
Date: Tue, 3 Jun 2025 08:12:40 +0100
Subject: [fern-talk] Brown tips on my maidenhair - why?

My maidenhair fern keeps getting crisp brown tips even though I water it every other day. What am I doing wrong?

Ruth
----------------------------------------------------------------------
From: Kofi Brandt <kofi@post.example>
Date: Tue, 3 Jun 2025 10:40:02 +0100
Subject: Re: [fern-talk] Brown tips on my maidenhair - why?

It is nearly always the air, not the watering. Three things fixed mine:

1. Stand the pot on a tray of wet gravel so the air round it stays damp.

2. Keep it away from radiators and the draught from the front door.

3. Water with rain water if your tap water is hard; the lime builds up in the pot.

Kofi
----------------------------------------------------------------------

_______________________________________________
fern-talk mailing list
Unsubscribe or change your options: https://lists.ferns.example/options/fern-talk

Messages here stay the property of the people who wrote them. Please ask the
writer before quoting a message anywhere outside the list.

[ Date Index ] [ Thread Index ] [ Author Index ] [ Prev by Thread ] [ Next by Thread ]
Archive generated by mailarc 1.9
"""


def test_a_list_footer_wrapped_over_two_lines_reserves_every_message():
    articles = segment_page(LIST_PAGE)
    assert articles and all(a.licence.tag == ARR for a in articles)


NEWSLETTER = """======================================================================
THE SEED TIN
Newsletter of the Hollins Lane Growers
Issue 7 -- March 2026
======================================================================

IN THIS ISSUE
  Sowing tomatoes on a windowsill
  Mending a water butt
  Dates for the diary

----------------------------------------------------------------------
FROM THE POTTING BENCH
----------------------------------------------------------------------

Hello all,

The new tap by the gate is in at last, and the spring seed order has arrived. Thank you to everyone who helped
sort it on Saturday.

Best,
Nell

----------------------------------------------------------------------
SOWING TOMATOES ON A WINDOWSILL
----------------------------------------------------------------------

Tomatoes want warmth more than light for the first week, so start them somewhere warm and move them after.

Sow thinly in small pots of seed compost and cover with a sprinkle of vermiculite.

Keep the pots warm: the top of the fridge works until the seedlings show.

Move them to the brightest sill once they are up, and turn the pots every day.

                                                            -- M.B.

----------------------------------------------------------------------
MENDING A WATER BUTT
----------------------------------------------------------------------
Words: Tariq Osei

A split butt can be saved for a season or two with a little care. This is how I patched ours.

  1) Empty it and let it dry out completely for a day or two.

  2) Sand the plastic round the split until it is rough.

  3) Spread a plastic repair putty over the split, well past both ends of it.

  4) Leave it for a full day before filling it again.

----------------------------------------------------------------------
DATES FOR THE DIARY
----------------------------------------------------------------------
  Sat 4 Apr    Seed swap, 10am, by the gate
  Sun 19 Apr   Work party, 2pm


Anything in The Seed Tin may be reprinted by other growing clubs, as long as the piece is used in full and its
writer is credited.
(c) Hollins Lane Growers 2026
"""


def test_anything_in_the_newsletter_by_its_title_covers_every_item():
    articles = segment_page(NEWSLETTER)
    assert len(articles) == 2
    assert [a.licence.tag for a in articles] == [FREE, FREE]


MARKED = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Keeping Seed Dry</title></head>
<body><article><h1>Keeping Seed Dry</h1><p class="byline">By Hetty Marsh</p>
<p>Seed keeps for years if it stays dry and cool, and for months if it does not. These are the habits that work.</p>
<ol><li>Dry it for a week on paper before you pack it.</li><li>Pack it in paper envelopes, never plastic.</li>
<li>Keep the envelopes in a tin with a sachet of silica gel.</li></ol>
<p>That is all there is to it.</p></article>
<footer><p>{foot}</p></footer></body></html>
"""
MARK_LINK = '<a rel="license" href="https://creativecommons.org/publicdomain/mark/1.0/">{words}</a>'


def _marked(tmp_path, foot: str) -> Article:
    path = tmp_path / "marked.html"
    path.write_text(MARKED.format(foot=foot), encoding="utf-8")
    (article,) = [r for r in clean_through([str(path)], "segment") if isinstance(r, Article)]
    return article


def test_a_rel_license_link_to_the_public_domain_mark_is_public_domain(tmp_path):
    assert _marked(tmp_path, MARK_LINK.format(words="")).licence.tag == "LicenseRef-public-domain"


def test_the_public_domain_mark_on_a_photo_s_credit_stays_the_photo_s(tmp_path):
    foot = "Header photo by Ivo Marek, " + MARK_LINK.format(words="Public Domain Mark")
    assert _marked(tmp_path, foot).licence.tag == "NOASSERTION"


WRAPPED_FOOT = """======================================================================
Copyright (c) 2026 Hollins Lane Growers. All rights
reserved. You are welcome to forward this issue to a
friend, as long as you send it in full.

To unsubscribe, reply with STOP in the subject line.
======================================================================
"""


def _with_foot(foot: str) -> str:
    terms = NEWSLETTER.index("Anything in The Seed Tin")
    return NEWSLETTER[:terms] + foot


def test_an_issue_s_all_rights_footer_wrapped_at_its_line_end_covers_every_item():
    assert [a.licence.tag for a in segment_page(_with_foot(WRAPPED_FOOT))] == [ARR, ARR]


def test_an_issue_s_bare_footer_stays_the_club_s_mark():
    foot = WRAPPED_FOOT.replace("All rights\nreserved. You", "You")
    assert [a.licence.tag for a in segment_page(_with_foot(foot))] == ["NOASSERTION", "NOASSERTION"]
