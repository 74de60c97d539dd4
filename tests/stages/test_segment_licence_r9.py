"""A site's bare © at the foot of a text page whose article a person wrote (round 9; SPEC, round 8's convention).

"© The Weekend Fixer" under the comments of a post that Rhiannon Pugh signed is the site's mark on its pages, not a
statement about her article: NOASSERTION. So is the same line on a page whose writer is unknown (round 14); a line
that names the author, reserves rights in words, or is a syndicate's still counts.
Pages here are written in our own words.
"""

from __future__ import annotations

import pytest

from bench.labels import clean_through
from pipeline.records import Article
from pipeline.text import licence as lic

BODY = ("Moss grows wherever the grass is thin, so the cure is thicker grass, not more moss killer.\n\n"
        "Rake out the dead moss in early autumn, when the soil is still warm and the rain has come back.\n\n"
        "Sow a shade mix into the bare patches the same week and keep it damp until it shows.\n\n")


def post(foot: str, signed: bool = True) -> str:
    bio = ("---\nMorwenna Trask is a churchyard gardener in Truro who writes The Lawn Ledger at weekends.\n\n" if signed
           else "")
    return ("The Lawn Ledger\nHome / Lawns / Moss\n\nHow to Get Rid of Moss in a Shady Lawn\n\n"
            f"Filed under Lawns · 3 October 2021 · 2 comments\n\n{BODY}{bio}2 COMMENTS\n"
            "Gwen says: Worked on mine.\nTomasz says: Which shade mix did you use?\n\n"
            "Leave a Reply\nYour email address will not be published.\n"
            f"{foot}\n")


def tag_of(text: str, tmp_path) -> str:
    """The licence tag of the one article the default chain (up to segment) makes of the page."""
    page = tmp_path / "post.txt"
    page.write_text(text, encoding="utf-8")
    articles = [r for r in clean_through([str(page)], "segment") if isinstance(r, Article)]
    assert len(articles) == 1
    return articles[0].licence.tag


def test_the_site_s_bare_mark_under_a_signed_post_says_nothing_about_it(tmp_path):
    assert tag_of(post("© The Lawn Ledger"), tmp_path) == lic.NOASSERTION


@pytest.mark.parametrize("foot", [
    "© 2021 Morwenna Trask",  # the author's own line
    "© The Lawn Ledger. All rights reserved.",  # rights reserved in words
    "© The Lawn Ledger. Please do not copy our articles without asking.",  # a refusal
])
def test_a_foot_line_that_names_the_author_or_reserves_rights_still_counts(foot, tmp_path):
    assert tag_of(post(foot), tmp_path) == lic.ALL_RIGHTS_RESERVED


def test_the_same_mark_on_a_page_whose_writer_is_unknown_says_nothing_either(tmp_path):
    # round 14: an unsigned post under the site's bare © (the holder not read as its writer) is no more the site's
    # statement about the post than a signed one's: blind hands label it NOASSERTION (a publisher's unsigned listicle,
    # a Q&A site's footer); round 9 read it as the organisation's own. A company page whose author the attribution
    # reads as the company keeps its © (the holder is the author: see segment._site_mark).
    assert tag_of(post("© The Lawn Ledger", signed=False), tmp_path) == lic.NOASSERTION
