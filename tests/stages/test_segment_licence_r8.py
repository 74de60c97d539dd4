"""How segment scopes a licence line to the articles of a page (round 8).

A Blogger front page carries several posts, each closed by "Posted by NAME at TIME"; its sidebar's copyright line
("All content © NAME 2010", "All posts © NAME") names what it covers in its own few words: every post on the page.
Pages here are written in our own words.
"""

from __future__ import annotations

from tests.conftest import segment_page as segment


def blog(sidebar: str) -> str:
    return ("Marsh Light\nbirding on the Essex estuaries\n\nSunday, March 6, 2011\n\nFirst avocets of the year\n\n"
            "Six of them on the scrape at high tide, sweeping their bills through the shallows as if nothing had "
            "changed since last autumn. The wind was bitter but I stayed two hours.\n\n"
            "Posted by Wilhelmina Otieno at 5:20 PM 3 comments\n\nThursday, March 3, 2011\n\nA wet walk to the sea "
            "wall\n\nRain from the car park to the wall and back, and not a bird worth writing about until a merlin "
            "came low over the saltmarsh and scattered every pipit on it.\n\n"
            "Posted by Wilhelmina Otieno at 9:02 PM 1 comments\n\nOlder Posts Home\n\nAbout Me\nWilhelmina Otieno\n"
            f"Counts waders for the county recorder.\n\n{sidebar}\n")


def test_a_sidebar_copyright_worded_for_all_content_covers_every_post_on_the_page():
    posts = segment(blog("All content © Wilhelmina Otieno 2011"))
    assert [a.title for a in posts] == ["First avocets of the year", "A wet walk to the sea wall"]
    assert [a.licence.tag for a in posts] == ["LicenseRef-all-rights-reserved"] * 2


def test_a_sidebar_copyright_without_words_of_scope_stays_with_the_last_post():
    posts = segment(blog("© Wilhelmina Otieno 2011"))
    assert [a.licence.tag for a in posts] == ["NOASSERTION", "LicenseRef-all-rights-reserved"]
