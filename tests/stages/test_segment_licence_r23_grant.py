"""Round 23 (r23-grant): a licence stated for one piece of a page of several never reaches a piece that states its
own narrower terms, and a piece that states nothing still gets the page's licence. The false grant of holdout23 was
a newsletter's "except where stated otherwise" CC line given to an item whose own note carries it by the writer's
and a paper's leave, in words of a language the tables hold only a cousin of (the leave phrase read, its holder
not). Pages in our own words, invented names."""

from __future__ import annotations

import pytest

from bench.labels import clean_through
from pipeline.records import Article
from pipeline.text import licence as lic

ISSUE_CC = ("You may use and share the material in this bulletin under Creative Commons Attribution 4.0 "
            "International (CC BY 4.0), except where stated otherwise.")

BULLETIN = """Marsh Lane Growers' Bulletin
Issue 12 · March 2026
View this bulletin in your browser | Subscribe | Forward to a friend

------------------------------------------------------------

HELLO ALL

Spring is nearly here and the plot holders have been busy. Two pieces this month, a new one from Petra and one \
that first ran in the county paper. See you at the seed swap!
Odile

------------------------------------------------------------

Getting the shed ready for spring
by Petra Lindqvist-Amadi

The shed is where most plots go wrong in March, because nobody looks in it all winter. These are the jobs I do \
every year before the first sowing.

1. Sweep it out: mice and spiders move in over the winter, and seed packets suffer for it.

2. Check the roof felt after the storms, before the April showers find the gaps.

3. Sharpen the hoe and the spade while you still have time to spare.

4. Sort the seed tin and throw away anything more than three years old.

None of it takes long, and the season starts far more calmly.

{first}

------------------------------------------------------------

Growing leeks in deep pots
by Teodor Brannagh

You do not need a long bed to grow good leeks; a few deep pots on a patio will do.

First, choose pots at least thirty centimetres deep with holes in the bottom.

Next, drop each seedling into a deep hole made with a dibber and fill it with water, not soil.

Then, feed them every fortnight from June with a liquid feed.

Finally, lift them as you need them from October onwards.

By Christmas you will have leeks you did not buy.

{second}

------------------------------------------------------------

DATES

Saturday 14 March — Seed swap, the hut, 10am
Saturday 4 April — Work party, 10am

------------------------------------------------------------

{foot}
© 2026 Marsh Lane Growers. Registered charity 1234567.
You are receiving this because you signed up at marshlane.example. Unsubscribe | Update your preferences
"""


def bulletin_tags(tmp_path, first: str = "", second: str = "", foot: str = ISSUE_CC) -> list[str]:
    path = tmp_path / "bulletin.txt"
    path.write_text(BULLETIN.format(first=first, second=second, foot=foot), encoding="utf-8")
    articles = [a for a in clean_through([str(path)], "segment") if isinstance(a, Article)]
    assert [a.author for a in articles] == ["Petra Lindqvist-Amadi", "Teodor Brannagh"]
    return [a.licence.tag for a in articles]


# An item's own narrower terms, in English and in other languages' leave words; the holder named in words the tables
# hold ("údair", "autora") or do not ("ùghdair", "sgrìobhadair": Scottish Gaelic beside the Irish phrase).
OWN_TERMS = [
    ("This piece first appeared in the Fenwick Gazette. Reprinted with the permission of the author and the paper.",
     lic.USED_WITH_PERMISSION),
    ("© 2025 Teodor Brannagh. Not covered by this bulletin's licence: please ask before reprinting.",
     lic.ALL_RIGHTS_RESERVED),
    ("Athfhoilsithe anseo le cead an údair.", lic.USED_WITH_PERMISSION),
    ("Athfhoilsithe anseo le cead an ùghdair.", lic.USED_WITH_PERMISSION),
    ("Nochd am pìos seo an toiseach sa Ghasaet. Tha sinn ga fhoillseachadh a-rithist le cead an sgrìobhadair.",
     lic.USED_WITH_PERMISSION),
    ("Przedruk za zgodą autora.", lic.USED_WITH_PERMISSION),
]


@pytest.mark.parametrize(("note", "tag"), OWN_TERMS)
def test_the_issue_licence_never_reaches_an_item_that_states_its_own_terms(tmp_path, note: str, tag: str) -> None:
    # the last item (the page's foot is read with it) and the first (the issue's line is handed to it)
    assert bulletin_tags(tmp_path, second=note) == ["CC-BY-4.0", tag]
    assert bulletin_tags(tmp_path, first=note.replace("Teodor Brannagh", "Petra Lindqvist-Amadi")) == [
        tag, "CC-BY-4.0"]


def test_items_that_state_nothing_keep_the_issue_licence(tmp_path) -> None:
    assert bulletin_tags(tmp_path) == ["CC-BY-4.0", "CC-BY-4.0"]
    # an origin note with no leave in it grants and takes nothing (SPEC, round 22)
    assert bulletin_tags(tmp_path, second="This piece first appeared in the Fenwick Gazette.") == [
        "CC-BY-4.0", "CC-BY-4.0"]


@pytest.mark.parametrize("note", [
    "Ní féidir é a athfhoilsiú ach le cead an údair.",  # not ... but with the author's leave: it asks, credits none
    "Przedruk tylko za zgodą redakcji.",  # reprint only with the editors' leave
])
def test_a_leave_that_is_asked_for_is_no_credit_of_leave(tmp_path, note: str) -> None:
    assert bulletin_tags(tmp_path, second=note) == ["CC-BY-4.0", lic.ALL_RIGHTS_RESERVED]


def test_an_unread_leave_only_counts_against_a_grant(tmp_path) -> None:
    # with no grant on the page the item's leave phrase changes nothing it would otherwise say (the holder unread;
    # "an ùghdair", the author, is read since the Gaelic row came in: that note credits the leave, rightly)
    note = "Athfhoilsithe anseo le cead an chumainn."  # (the society's leave: a holder no row reads)
    assert bulletin_tags(tmp_path, second=note, foot="") == bulletin_tags(tmp_path, foot="")


BLOG_HOME = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Quince Row – a plot in the valley</title>
<meta name="author" content="Mara Oyelaran"><meta property="og:site_name" content="Quince Row"></head>
<body class="home blog">
<header><h1 class="site-title"><a href="/">Quince Row</a></h1><p>A plot in the valley</p>
<nav><a href="/">Home</a> · <a href="/guests/">Guest posts</a> · <a href="/about/">About</a></nav></header>
<div class="wrap"><main>
<article class="post h-entry" id="post-7">
  <h2 class="entry-title"><a href="/2025/04/drying-beans/">Drying beans for winter</a></h2>
  <div class="entry-meta"><time datetime="2025-04-10">10 April 2025</time> · posted by
    <a class="p-author" href="/about/">Mara Oyelaran</a> · <a href="/category/guests/">Guest posts</a></div>
  <div class="entry-content">
    <p><em>This month's guest is Ruben Castellanos-Ward, who grows beans on the next plot. Over to him. – Mara</em></p>
    <ol>
      <li>Leave the pods on the plant until they rattle and the leaves have yellowed.</li>
      <li>Pull the whole plant on a dry day and hang it upside down in the shed for two weeks.</li>
      <li>Shell the beans into a tray and let them dry on a windowsill for another week.</li>
      <li>Store them in a jar with a tight lid, somewhere cool and dark.</li>
    </ol>
    <p>Next year's seed is in that jar too, so keep the best ones back.</p>
    <p class="guest-bio"><small>Ruben Castellanos-Ward keeps bees and beans in the valley. {policy} Text © 2025 Ruben
    Castellanos-Ward.</small></p>
  </div>
</article>
<article class="post h-entry" id="post-6">
  <h2 class="entry-title"><a href="/2025/04/april-jobs/">Four jobs for April</a></h2>
  <div class="entry-meta"><time datetime="2025-04-01">1 April 2025</time> · posted by
    <a class="p-author" href="/about/">Mara Oyelaran</a></div>
  <div class="entry-content">
    <p>The ground is warming at last. These are the jobs I get done before May.</p>
    <h3>Sow the parsnips</h3><p>Sow them thinly in a shallow drill and be patient: they take weeks to show.</p>
    <h3>Net the brassicas</h3><p>The pigeons are hungry now, so put the nets up the day you plant out.</p>
    <h3>Hoe on dry days</h3><p>A quick hoe on a sunny morning kills the weeds before they take hold.</p>
    <h3>Earth up the potatoes</h3><p>Draw soil over the shoots when they show, to keep a late frost off them.</p>
    <p>That's April. Next month: beans again, this time the runners.</p>
  </div>
</article>
</main>
<aside id="sidebar">
  <section class="widget"><h3>About</h3><p>I'm Mara. I have grown on Quince Row since 2017.</p></section>
  <section class="widget widget_licence"><img src="/img/badge.png" width="88" height="31" alt="{badge}"></section>
</aside></div>
<footer><p>Quince Row · the valley allotments · <a href="/contact/">Say hello</a></p></footer>
</body></html>
"""


def blog_tags(tmp_path, policy: str, badge: str = "Creative Commons Attribution 4.0 International License"
              ) -> list[str]:
    path = tmp_path / "home.html"
    path.write_text(BLOG_HOME.format(policy=policy, badge=badge), encoding="utf-8")
    articles = [a for a in clean_through([str(path)], "segment") if isinstance(a, Article)]
    assert [a.title for a in articles] == ["Drying beans for winter", "Four jobs for April"]
    return [a.licence.tag for a in articles]


@pytest.mark.parametrize("policy", [
    "Guest posts on Quince Row remain the copyright of their writers and are not covered by the blog's licence.",
    "Guest writers on Quince Row keep their copyright; their posts are not under the blog's licence.",
])
def test_a_guests_policy_in_her_bio_stays_her_posts(tmp_path, policy: str) -> None:
    # the guest's own reservation is her post's; the owner's post, which states nothing, has the site's badge
    assert blog_tags(tmp_path, policy) == [lic.ALL_RIGHTS_RESERVED, "CC-BY-4.0"]


def test_a_badge_that_names_no_licence_gives_none(tmp_path) -> None:
    policy = "Guest posts on Quince Row remain their writers' copyright, not covered by the blog's licence."
    assert blog_tags(tmp_path, policy, badge="Creative Commons License") == [lic.ALL_RIGHTS_RESERVED,
                                                                              lic.NOASSERTION]
    assert blog_tags(tmp_path, policy, badge="Photo: Mara Oyelaran, CC BY 2.0") == [lic.ALL_RIGHTS_RESERVED,
                                                                                      lic.NOASSERTION]


def test_check_asks_a_tip_to_carry_its_medium() -> None:
    from pipeline.check.config import CheckConfig
    from pipeline.check.rules import rule_reuse

    licence = {"tag": lic.FREE_REPRINT, "conditions": ["print-only"]}
    tip = {"kind": "tip", "licence": licence, "reuse": "whole-article-only", "reuse_conditions": []}
    assert rule_reuse(tip, CheckConfig()) == [
        "reuse_conditions lack print-only, which licence LicenseRef-free-reprint sets"]
    assert rule_reuse({**tip, "reuse_conditions": ["print-only"]}, CheckConfig()) == []
