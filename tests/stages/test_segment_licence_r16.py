"""Licence lines the segment stage finds in round 16 (issue 16): statements as they collide on one page (a site-wide
grant beside an article's own narrower words). Pages here are written in our own words."""

from __future__ import annotations

from bench.labels import clean_through
from pipeline.records import Article
from pipeline.text import licence as lic


def articles_of(text: str, tmp_path, name: str = "page.txt") -> list[Article]:
    page = tmp_path / name
    page.write_text(text, encoding="utf-8")
    return [r for r in clean_through([str(page)], "segment") if isinstance(r, Article)]


PARTNER_NOTE = ("These notes were prepared by the Harbour Tenants' Association for its members and appear here\n"
                "with the Association's permission. They are not covered by the Open Government Licence. Please\n"
                "contact the Association if you would like to use them elsewhere.\n\n")
LEAFLET = ("Keeping a Flat Dry in Winter\n\nUpdated: 3 March 2025\n\n" + PARTNER_NOTE
           + "Damp costs money and health. These steps help most homes.\n\n"
           "Open a window after showers\nTen minutes with the window open clears the steam before it settles.\n\n"
           "Dry washing outside when you can\nA rack indoors puts litres of water into the air of a small flat.\n\n"
           "Keep furniture off outside walls\nA gap of a hand's width lets air reach the cold wall.\n\n"
           "Was this page useful?\nYes  No\n\n"
           "All content is available under the Open Government Licence v3.0, except where otherwise stated\n"
           "© Portmoor Borough Council\n")


# A partner's note wrapped over three lines, its first sentence the permission and its last a request to ask before
# any use elsewhere, under a site-wide "except where otherwise stated" OGL footer: the note's narrower statement
# wins (SPEC: an article's own statement outranks the site's licence in either direction), never the OGL's grant.
def test_a_partner_s_wrapped_permission_note_outranks_the_site_s_open_licence(tmp_path):
    [article] = articles_of(LEAFLET, tmp_path)
    assert article.licence.tag == lic.USED_WITH_PERMISSION
    assert lic.reuse(article.licence).answer == "ask-permission"


def test_without_the_note_the_site_s_open_licence_covers_the_page(tmp_path):
    [article] = articles_of(LEAFLET.replace(PARTNER_NOTE, ""), tmp_path)
    assert article.licence.tag == "OGL-UK-3.0"


NEWS = ("Skip to main content\nThe Harbour Courier\nSign in   Subscribe\nNews  Sport  Money  Culture\n\n"
        "Loan sharks are using new apps. Here's how to spot one\n\n"
        "By Mirela Dakić and Tomás Ferreira\n\nUpdated 4 May 2024\n\n"
        "Reports of lending apps that demand fees up front have doubled, the trading standards office says.\n\n"
        "Officers said most victims were asked for a small sum first and then for much more.\n\n"
        "Most read\n1. Bridge closure extended\n2. Rail fares rise\n\n"
        "About us  Contact  Terms  Privacy\n© 2024 Harbour Courier\n")


# A news site's bare © in its footer names the paper its masthead names with "The" before it: the site's mark, not a
# statement about the signed story (SPEC: NOASSERTION), as it is when the masthead writes the name the same way.
def test_a_footer_s_bare_copyright_naming_the_masthead_without_its_article_is_the_site_s_mark(tmp_path):
    [article] = articles_of(NEWS, tmp_path)
    assert article.author == "Mirela Dakić and Tomás Ferreira"
    assert article.licence.tag == lic.NOASSERTION
