"""Round 15: a closing credit line that opens with a short bio of the piece's writer and goes on to a notice about
the piece ("NAME runs a bakery ... This article first appeared in X and is reproduced with permission.", "NAME makes
pots ... She shares this piece under CC BY-ND 4.0"): a reprinted or guest post on a small blog. The notice is the
piece's licence, the bio's person its writer, over the account or host that posted it. Pages in our own words."""

from __future__ import annotations

from bench.labels import clean_through
from pipeline.records import Article

POINTS = """Keeping a shop bike on the road

Posted on 3 March 2025 by {poster}

{note}

A delivery bike earns its keep only when it runs every day. These habits kept ours going for six winters.

Check the tyre pressure every Monday before the first round. Soft tyres wear out twice as fast.

Oil the chain after every wet day, not once a month. Rain strips it in an afternoon.

Keep a spare inner tube and the tools in the basket. A puncture then costs ten minutes, not a morning.

Book a proper service each spring. The mechanic finds what a quick look never will.

{credit}

Share this:
Facebook
Email

Leave a Reply
Your email address will not be published.

© 2025 Corner Pedal Deliveries
"""


def articles(tmp_path, text: str) -> list[Article]:
    path = tmp_path / "page.txt"
    path.write_text(text, encoding="utf-8")
    return [a for a in clean_through([str(path)], "segment") if isinstance(a, Article)]


REPRINT = ("Oskar Lindqvist has delivered groceries by cargo bike in Malmö since 2019. This piece first ran in the "
           "Cycle Traders' Newsletter and is reprinted with permission.")


def test_a_reprint_s_credit_bio_names_the_writer_and_its_notice_is_the_piece_s(tmp_path):
    text = POINTS.format(poster="shopadmin", note="Our neighbour wrote this for a trade newsletter; here it is.",
                         credit=REPRINT)
    [article] = articles(tmp_path, text)
    assert article.author == "Oskar Lindqvist"
    assert article.licence.tag == "LicenseRef-used-with-permission"
    assert "reprinted with permission" not in article.text  # the credit left the body with its notice


GUEST = ("Ilse Brouwer runs a cargo-bike courier service in Utrecht. She shares this post under CC BY-ND 4.0: "
         "republish it whole, with her name.")


def test_a_guest_s_credit_bio_outranks_the_host_s_byline_where_the_host_s_note_names_her(tmp_path):
    text = POINTS.format(poster="Martin Hale", note="Editor's note: I asked Ilse Brouwer, who taught me most of "
                         "this, to write it up. What follows is hers. — M.", credit=GUEST)
    [article] = articles(tmp_path, text)
    assert article.author == "Ilse Brouwer"
    assert article.licence.tag == "CC-BY-ND-4.0"


def test_the_byline_stands_where_nothing_hands_the_piece_to_the_credited_writer(tmp_path):
    text = POINTS.format(poster="Martin Hale", note="Spring is here, so a few notes on the bikes.", credit=GUEST)
    [article] = articles(tmp_path, text)
    assert article.author == "Martin Hale"  # the notice is still the piece's
    assert article.licence.tag == "CC-BY-ND-4.0"


def test_a_bio_before_someone_else_s_bare_copyright_is_no_credit(tmp_path):
    credit = "Ilse Brouwer runs a cargo-bike courier service in Utrecht. © 2025 Corner Pedal Deliveries"
    text = POINTS.format(poster="shopadmin", note="A few notes on the bikes.", credit=credit)
    [article] = articles(tmp_path, text)
    assert article.author != "Ilse Brouwer"


GUEST_ESSAY = """The Allotment Letter
Subscribe   Sign in

Three seasons on a half plot

Martin Hale
Jun 3, 2025

This week's letter is a guest essay by Ilse Brouwer, a reader who took on a neglected half plot in 2022.

When I signed for the plot it was brambles to my shoulder. Three seasons later it feeds us from June to October.

Clear one bed at a time. A whole plot at once breaks your back and your heart.

Grow what you eat. I wasted a year on fancy squash nobody in the house liked.

Water in the evening. The morning sun takes half of it before the roots do.

— Ilse

{foot}
Start Writing   Get the app
"""


def test_the_host_s_bare_mark_under_a_guest_essay_says_nothing_of_it(tmp_path):
    [article] = articles(tmp_path, GUEST_ESSAY.format(foot="© 2025 Martin Hale · Privacy ∙ Terms ∙ Collection notice"))
    assert (article.author, article.licence.tag) == ("Ilse Brouwer", "NOASSERTION")


def test_a_host_s_mark_that_reserves_in_words_still_counts(tmp_path):
    [article] = articles(tmp_path, GUEST_ESSAY.format(foot="© 2025 Martin Hale. All rights reserved."))
    assert article.licence.tag == "LicenseRef-all-rights-reserved"
