"""Round 23's mends of segment, each found by a read-only review: a short post followed by a related-posts box of
teasers was rejected whole as a page of teasers; an article that lists a cookie banner's buttons lost its title and
byline to the consent-wall step-over. Pages written in our own words (invented names and sites), each beside the
page the rule was made for."""

from __future__ import annotations

from pipeline import clean_text


def articles(text: str) -> list:
    return [r for r in clean_text([text]) if r.kind == "article"]


SHORT_POST = """Title: Quick fix: a squeaky hinge
By Lena Hart

Rub a bar of soap along the hinge pin and swing the door a few times until the squeak stops. Wipe off what is left.

Related posts

Oiling a stiff lock
A drop of graphite in the keyhole frees most stiff locks without the mess of...
Continue reading

Fixing a sticking drawer
Candle wax on the runners makes an old drawer glide again in a minute or...
Continue reading
"""

TAG_PAGE = """Title: Tag: hinges

Oiling a stiff lock
A drop of graphite in the keyhole frees most stiff locks without the mess of...
Continue reading

Fixing a sticking drawer
Candle wax on the runners makes an old drawer glide again in a minute or...
Continue reading

Hanging a heavy door
Three hinges rather than two keep a heavy door from sagging over the...
Continue reading
"""


def test_a_short_post_over_a_related_posts_box_is_kept():
    found = articles(SHORT_POST)
    assert len(found) == 1
    assert found[0].title == "Quick fix: a squeaky hinge" and found[0].author == "Lena Hart"
    assert "bar of soap" in found[0].text


def test_a_tag_page_of_teasers_still_carries_no_article():
    assert articles(TAG_PAGE) == []


BANNER_HOWTO = """Title: Turning down trackers
By Omar Reyes

Nearly every site opens with a cookie banner now, and one button is all it takes to refuse the tracking.

You will usually see these buttons:

Accept all
Reject all
Manage preferences

Press Reject all every time: a site has to work as well without its advertising cookies.
Where no reject button shows, open Manage preferences and switch each partner off by hand.
"""

WALLED_PAGE = """Your privacy matters
We and our partners use cookies to measure visits and show ads.
Accept all
Reject all

Title: Pruning plums in summer
By Ann Lee

Prune plum trees in summer, never in winter, so silver leaf spores find no open wounds to enter.
Cut back to a healthy bud and keep the centre of the tree open to the light and the air.
"""


def test_an_article_that_lists_a_banners_buttons_keeps_its_title_and_byline():
    found = articles(BANNER_HOWTO)
    assert len(found) == 1
    assert found[0].title == "Turning down trackers" and found[0].author == "Omar Reyes"


def test_a_consent_wall_over_a_page_is_still_stepped_over():
    found = articles(WALLED_PAGE)
    assert len(found) == 1
    assert found[0].title == "Pruning plums in summer" and found[0].author == "Ann Lee"
    assert "Accept all" not in found[0].text


TAG_PAGE_WITH_BOX = """Fix-It Fridays
Small repairs for old houses
HOME | DOORS | WINDOWS | ABOUT

Tag: hinges

Oiling a stiff lock
by Lena Hart | 3 May 2024
A drop of graphite in the keyhole frees most stiff locks without the mess of...
Continue reading

Fixing a sticking drawer
by Tom Okafor | 19 April 2024
Candle wax on the runners makes an old drawer glide again in a minute or...
Continue reading

Older posts

--------------------
ALSO ON THIS SITE

Tip of the month
Keep a pencil stub in the toolbox: its graphite is the best lock lubricant there is.

Newsletter
One small repair a week, by email.

--------------------
© 2024 Fix-It Fridays · Contact
"""


def test_a_tag_page_whose_sidebar_box_has_its_own_heading_still_carries_no_article():
    assert articles(TAG_PAGE_WITH_BOX) == []
