"""Round 14: the licence a page's own article states outranks the site's default around it. A syndicated column's
reservation above the readers' comments, under a site footer that licenses "text on this site" unless otherwise
stated; a post's own reservation on a site whose markup carries a Creative Commons badge. Pages written in our
own words."""

from __future__ import annotations

import pytest

from bench.labels import clean_through
from pipeline.records import Article

COLUMN = """Riverside Neighbours
Home  |  Columns  |  Events

HOUSE AND GARDEN

Lay the hose out in the sun before you coil it

Posted 3 May 2025 in Garden | 2 comments

A stiff hose kinks, splits and fights you every time you put it away. A few habits keep it supple for years.

* Lay it straight on the lawn for an hour on a warm day before you coil it.

* Drain it fully so no water freezes inside over winter.

* Hang it on a wide reel rather than a nail, so no bend stays sharp for months.

Nadia Ferrante writes a weekly home column for local papers.

{notice}

----------------------------------------
2 COMMENTS

Bill — 4 May 2025
Good advice, mine split last year.

Riverside Neighbours — 4 May 2025
Nadia's column runs here every week.
----------------------------------------

Riverside Neighbours is run by volunteers. {footer}
"""

SITE = "Unless otherwise stated, text on this site is available under CC BY 4.0."


def licences(tmp_path, text: str, name: str = "page.txt") -> list[str]:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return [a.licence.tag for a in clean_through([str(path)], "segment") if isinstance(a, Article)]


def test_a_column_s_reservation_above_the_comments_outranks_the_site_s_default(tmp_path):
    notice = ("© 2025 Nadia Ferrante. Distributed by Harbour Features Syndicate. Reproduction by non-subscribing "
              "papers is not permitted.")
    assert licences(tmp_path, COLUMN.format(notice=notice, footer=SITE)) == ["LicenseRef-all-rights-reserved"]


def test_the_site_s_default_stands_where_the_column_reserves_nothing(tmp_path):
    assert licences(tmp_path, COLUMN.format(notice="", footer=SITE)) == ["CC-BY-4.0"]


def test_a_bare_copyright_line_above_the_comments_leaves_the_default(tmp_path):
    # a bare (c) reserves nothing in words: the site's grant still speaks for the column
    assert licences(tmp_path, COLUMN.format(notice="© 2025 Nadia Ferrante", footer=SITE)) == ["CC-BY-4.0"]


POST = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Seed swaps that work</title>
<link rel="license" href="https://creativecommons.org/licenses/by-sa/4.0/"></head><body>
<header><a href="/">Fieldnotes</a></header>
<article><h1>Seed swaps that work</h1><p class="byline">By Oren Talby</p>
<p>A seed swap lives or dies by its labels, and a little planning on the day keeps the tables tidy.</p>
<ol><li><strong>Label every packet.</strong> Name, year and where it grew, in pencil so the rain spares it.</li>
<li><strong>Bring small envelopes.</strong> People take more when they can take a little of each thing.</li>
<li><strong>Keep a list of what went.</strong> Next year you will know what people asked for most.</li></ol>
{own}</article>
<footer><a rel="license" href="https://creativecommons.org/licenses/by-sa/4.0/">CC BY-SA</a>
Except where otherwise noted, content on this site is licensed under a Creative Commons Attribution-ShareAlike 4.0
International License.</footer></body></html>"""


def test_a_post_s_own_reservation_outranks_the_site_s_badge(tmp_path):
    own = ("<p><em>This post © 2024 Oren Talby. It is not covered by the site licence below, so please ask me "
           "before republishing it.</em></p>")
    assert licences(tmp_path, POST.format(own=own), "post.html") == ["LicenseRef-all-rights-reserved"]


def test_the_site_s_badge_stands_for_a_post_that_says_nothing(tmp_path):
    assert licences(tmp_path, POST.format(own=""), "post.html") == ["CC-BY-SA-4.0"]


DIRECTORY = """FreeCopyHub.example - Articles For Your Newsletter
Home > Home and Garden > Article #5120

Added: 02/04/2012   Views: 911

TERMS OF USE: Editors may carry this article free of charge, provided it runs unedited and the resource box below
stays with it, links live.

Keeping Cut Tulips Standing Straight For A Week
by Halvard Moen

Tulips keep growing after they are cut, which is why they bend towards the window by the second day.

Trim the stems under water. A fresh cut made under the tap keeps air out of the stem.

Wrap them in paper for an hour. A tight cone of newspaper straightens the stems before they go in the vase.

Use cold water and a tall vase. Warm water opens them too fast and a short vase lets them flop.

--------------------------------
About the Author:
Halvard Moen grows bulbs for market and writes about cut flowers at www.moenbulbs.example
--------------------------------

(c) 2012 FreeCopyHub.example | Terms | Privacy
"""


def test_a_directory_s_terms_above_the_title_grant_the_article_under_them(tmp_path):
    assert licences(tmp_path, DIRECTORY) == ["LicenseRef-free-reprint"]


def test_a_site_wide_grant_above_the_title_is_the_site_s(tmp_path):
    text = DIRECTORY.replace("TERMS OF USE: Editors may carry this article free of charge, provided it runs unedited "
                             "and the resource box below\nstays with it, links live.",
                             "Publishers may reprint the articles on this site free of charge.")
    assert licences(tmp_path, text) == ["NOASSERTION"]


REPOST = """Градинско кътче
блог за градина и кухня

Как да съхраним тиквите до пролетта

Текст: Милена Стоянова
12.10.2024  |  4 мин. четене

Статията е излязла първоначално в сп. „Дом и двор“, бр. 9/2024, и се публикува тук с любезното разрешение на авторката.

Тиквите издържат цяла зима, ако ги приберем навреме и ги оставим да узреят на топло още две седмици.

Оставете дръжката. Тиква без дръжка гние първа, затова режете с нож, а не с ръце.

Изсушете кората. Две седмици на слънчев перваз втвърдяват кората и пазят тиквата от плесен.

Съхранявайте на хладно. Сухо мазе или стълбище без отопление е най-доброто място.

© 2024 Градинско кътче. Всички права запазени.
"""


def test_a_repost_s_credit_in_another_language_outranks_the_blog_s_footer(tmp_path):
    assert licences(tmp_path, REPOST) == ["LicenseRef-used-with-permission"]


ARCHIVE = """Posted on 2 March 2024 by Tove Lind — 4 Comments

Jars That Pay For Themselves

A pantry of jars saves money only when the jars get used. Three habits keep them moving.

Label the shelf, not the jar. A shelf label stays put while the jars come and go.

Eat the oldest jar first. Put new jars at the back so the oldest is always in reach.

Count the jars each month. A quick count shows what you overmake and what runs out.

Filed under Pantry | Tagged jars | 4 Comments

Posted on 20 February 2024 by Tove Lind — 1 Comment

A Winter Of Soup

We made soup every Sunday this winter, and it became the evening the whole week leaned on. Nobody planned it.

Filed under Stories | Tagged soup | 1 Comment

← Older posts

Except where otherwise noted, writing on Pantry Lines is licensed under a Creative Commons
Attribution-ShareAlike 4.0 International License.
Proudly powered by WordPress
"""


def test_a_site_licence_wrapped_before_its_name_speaks_for_every_post(tmp_path):
    assert licences(tmp_path, ARCHIVE) == ["CC-BY-SA-4.0", "CC-BY-SA-4.0"]


LISTICLE = """Thriftwise
Home | Money | Food | Travel

12 Ways to Waste Less Bread

< Previous  |  Page 2 of 3  |  Next >

5. Freeze half the loaf on the day you buy it
Slices toast straight from the freezer, so nothing goes stale on the counter.

6. Keep the crusts for crumbs
A jar of dried crumbs in the cupboard covers a month of crumbles and coatings.

7. Revive a dry loaf in the oven
Run it under the tap and give it ten minutes at a high heat.

8. Make a bread pudding on Sunday
The ends of the week's loaves become a pudding for four.

< Previous  |  Page 2 of 3  |  Next >

{foot}
"""


def test_a_publisher_s_bare_mark_under_an_unsigned_page_says_nothing(tmp_path):
    assert licences(tmp_path, LISTICLE.format(foot="© 2025 Thriftwise Media Group  |  Terms  |  Privacy")) == [
        "NOASSERTION"]


@pytest.mark.parametrize("foot", [
    "© 2025 Thriftwise Media Group. All rights reserved.",
    "© 2025 Thriftwise Media Group. Lahat ng karapatan ay nakalaan.",
    "© 2025 Thriftwise Media Group. Kopijuoti be leidimo draudžiama.",
])
def test_a_publisher_s_mark_that_reserves_in_words_still_counts(foot, tmp_path):
    assert licences(tmp_path, LISTICLE.format(foot=foot)) == ["LicenseRef-all-rights-reserved"]


COMPANY_FAQ = """Brightfold Heating Ltd
Home | Services | FAQ | Contact

How do I bleed a radiator?

Turn the heating off and let the radiators cool before you start, or the water will be scalding.

Hold a cloth under the valve and turn the key a quarter turn until the hissing stops and water appears.

Check the boiler pressure afterwards and top it up if it has dropped below one bar.

© 2024 Brightfold Heating Ltd
"""


def test_a_company_s_own_page_keeps_its_mark_named_with_its_legal_form(tmp_path):
    assert licences(tmp_path, COMPANY_FAQ) == ["LicenseRef-all-rights-reserved"]


def test_a_q_and_a_site_s_bare_mark_over_a_member_s_answer_is_the_site_s():
    # the page's writer is a member known by a handle (the accepted answer's): no person's name, no company's either;
    # the company's bare (c) at the foot is the site's mark, as it is under a person's byline (SPEC)
    from pipeline.stages.segment import _site_mark
    from pipeline.text import licence as lic

    mark = lic.Statement("copyright", "© Quillmark Answers Co., Ltd.", lic.ALL_RIGHTS_RESERVED,
                         holder="Quillmark Answers Co., Ltd.")
    assert _site_mark(mark, "fern_and_moss") is True
    own = lic.Statement("copyright", "© Quillmark Answers Ltd", lic.ALL_RIGHTS_RESERVED, holder="Quillmark Answers Ltd")
    assert _site_mark(own, "Quillmark Answers") is False  # the company's own page keeps its mark
