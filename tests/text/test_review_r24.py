"""Round 24's read of its own merge (a reviewer's made-up inputs, confirmed through the chain), in our own words.

- A clip's credit followed by an exception that also names the text ("Not covered by the Open Government Licence,
  and neither is this article") is the text's own exception: it reserves, never the site's OGL (a false grant).
- "Hear" is no honorific to strip: in English it is a word and a surname ("By Hear Mullins" stays a byline).
- A photographer named with her role beside a writer is no co-author.
"""

from __future__ import annotations

from tests.conftest import only_article

PAGE = ("Repotting Ferns\n\n{byline}Repot ferns in spring, when the new fronds are still curled tight.\n\n"
        "Use a pot one size larger and a free-draining mix.\n\nWater well after, then keep them out of the sun.\n\n"
        "{credit}\n\nAll content is available under the Open Government Licence v3.0, except where otherwise "
        "stated.\n")


def test_a_clip_credit_s_exception_that_names_the_text_reserves_the_text():
    page = only_article(PAGE.format(byline="", credit="Video © Kiln Films, used with permission. Not covered by "
                                    "the Open Government Licence, and neither is this article."))
    assert page.licence.tag == "LicenseRef-all-rights-reserved"


def test_a_clip_credit_s_own_exception_leaves_the_site_licence_to_the_text():
    page = only_article(PAGE.format(byline="", credit="Video © Kiln Films, used with permission. Not covered by "
                                    "the Open Government Licence."))
    assert page.licence.tag == "OGL-UK-3.0"


def test_hear_is_a_name_not_an_honorific():
    page = only_article(PAGE.format(byline="By Hear Mullins\n\n", credit=""))
    assert page.author == "Hear Mullins"


def test_a_photographer_beside_a_writer_is_no_co_author():
    page = only_article(PAGE.format(byline="By Ann Lee, staff writer, and Bo Ng, photographer\n\n", credit=""))
    assert page.author == "Ann Lee"
