"""Round 20: licences on pages of several articles. A blog archive's licence in its sidebar, under the last post,
is the site's: a post's own line taking it out of that licence outranks it, as it outranks the markup's site
licence (round 19). Pages written in our own words."""

from __future__ import annotations

from bench.labels import clean_through
from pipeline.records import Article
from pipeline.text import licence as lic

ARCHIVE = """Kettle & Crust
small-batch baking notes from a flat in Ghent

Home   About   Archive

Showing posts from June, 2023

Friday, 16 June 2023

Four Habits For A Better Sourdough Crust

My loaves came out pale for a whole winter before I changed a few small things. Here is what did it.

1. Preheat the pot for a full forty minutes: a cold pot gives a soft, pale base.

2. Score deeper than feels right: a shallow cut closes up before the loaf has risen.

3. Bake the last ten minutes with the lid off: the steam has done its work by then.

4. Cool it on a rack for an hour: cutting early turns the crumb gummy.

That is all it took.

Posted by Wout Claessens at 18:20    4 comments
Labels: bread, crust

Sunday, 4 June 2023

Why I Gave Up On Bread Machines

I owned three of them over ten years, and every one of them ended up in a cupboard. The loaves were fine, but they
were always the same loaf, and I missed the fiddling. This is not advice, only a story about a cupboard.

Posted by Wout Claessens at 09:02    2 comments
Labels: opinion

Thursday, 1 June 2023

Guest post: Keeping A Starter Alive On Holiday

A note from Wout: Ilse looks after more starters than anyone I know, so I asked her how she leaves hers for a month.

My starter has survived three long trips now. None of it is hard once you know the order of things:

     Feed it thickly the night before you leave, with twice the usual flour.

     Put it at the back of the fridge, in a jar with a loose lid.

     When you come home, throw away all but a spoonful and feed it twice a day for three days.

It comes back every time, a little sleepy at first.

Ilse Verbruggen teaches chemistry and bakes on weekends. {own}

Posted by Wout Claessens at 20:41    9 comments
Labels: guest posts, starter

Newer Posts   Home   Older Posts

ABOUT ME
Wout Claessens
Baking in a small oven since 2015.

BLOG ARCHIVE
2023 (11)
2022 (17)

This work by Wout Claessens is licensed under a Creative Commons Attribution-ShareAlike 4.0 International License.

Powered by Blogger.
"""


def licences(tmp_path, own: str) -> list[str]:
    path = tmp_path / "archive.txt"
    path.write_text(ARCHIVE.format(own=own), encoding="utf-8")
    return [a.licence.tag for a in clean_through([str(path)], "segment") if isinstance(a, Article)]


def test_a_guest_post_s_own_reservation_outranks_the_archive_s_sidebar_licence(tmp_path):
    own = "Text © Ilse Verbruggen 2023, not covered by this blog's licence; please ask her before you reprint it."
    assert licences(tmp_path, own) == ["CC-BY-SA-4.0", "CC-BY-SA-4.0", lic.ALL_RIGHTS_RESERVED]


def test_the_sidebar_licence_covers_every_post_that_says_nothing_of_its_own(tmp_path):
    assert licences(tmp_path, "She lives in Leuven.") == ["CC-BY-SA-4.0"] * 3


REPOST = """Fern & Fig
Small-space gardening notes

Tuesday, March 8, 2016

Six Ways To Keep Basil Alive Indoors

A note from Jo: I read this on a gardening directory last spring and it changed how I grow basil. Mei kindly said
yes when I asked if we could share it here, so here it is whole, with her bio below. Over to Mei!

Supermarket basil dies because it was never meant to last. It is a dozen seedlings crammed into one pot, grown fast
under lights and sold wet. A few changes keep it going for months.

Split the pot into four and repot each clump in fresh compost.

Water from below, never on the leaves, and only when the top of the soil is dry.

Pinch out the tops every week so the plant bushes out instead of flowering.

Mei Tanaka grows herbs on a balcony in Osaka and writes about small gardens.

Posted by Jo Whitcombe at 10:15    3 comments
"""


def test_a_host_s_note_telling_of_the_writer_s_leave_is_the_repost_s_credit_line(tmp_path):
    path = tmp_path / "repost.txt"
    path.write_text(REPOST, encoding="utf-8")
    [article] = [a for a in clean_through([str(path)], "segment") if isinstance(a, Article)]
    assert article.licence.tag == lic.USED_WITH_PERMISSION


SHARED_POST = """the-quiet-pantry

cheap soups for one: what actually works

- make a big pot on sunday and freeze it in mug-sized tubs. one tub is one lunch.

- save the parmesan rinds in the freezer. one rind turns a watery soup into a real one.

- buy the ugly vegetables. soup does not care what a carrot looks like.

that's all. go make soup.

{notice}

written by Noor Haddad (soup-noor)

the-quiet-pantry

adding: a spoon of miso at the end fixes almost anything

#soup #cooking for one #budget

2,114 notes

Reblog
Like

© the-quiet-pantry 2024
"""


def test_a_notice_line_the_reading_left_in_the_text_is_the_article_s(tmp_path):
    path = tmp_path / "shared.txt"
    path.write_text(SHARED_POST.format(notice="repost the whole thing wherever you like, just keep my name on it."),
                    encoding="utf-8")
    [article] = [a for a in clean_through([str(path)], "segment") if isinstance(a, Article)]
    assert article.licence.tag == lic.FREE_REPRINT


def test_a_sentence_in_the_text_that_only_mentions_a_licence_is_no_notice(tmp_path):
    path = tmp_path / "shared.txt"
    page = SHARED_POST.format(notice="").replace("that's all.", "my old blog said © 2019 Noor. All rights reserved.")
    path.write_text(page, encoding="utf-8")
    [article] = [a for a in clean_through([str(path)], "segment") if isinstance(a, Article)]
    assert article.licence.tag == lic.NOASSERTION
