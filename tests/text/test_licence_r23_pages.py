"""A guest's own words taking her post out of a site's licence (round 23, issue 16), in our own words.

The site may be named in the possessive with no article before it ("not covered by Hilltop Kitchen's Creative
Commons licence"), and the ask may name the holder ("ask her before republishing any of it"): both keep the post's
rights with its writer, so the site's licence never reaches it (a wrong grant is worse than none).
"""

from __future__ import annotations

import pytest

from tests.conftest import licence_tag


@pytest.mark.parametrize("line", [
    "This recipe is not covered by Hilltop Kitchen’s Creative Commons licence.",
    "Mirela Costa-Vidal wrote this guest post; please ask her before republishing any of it.",
])
def test_a_guest_post_taken_out_of_the_site_licence_is_all_rights_reserved(line):
    assert licence_tag(line) == "LicenseRef-all-rights-reserved"


@pytest.mark.parametrize("line", [
    "Hilltop Kitchen’s Creative Commons licence covers every recipe here.",
    "Ask her before the party whether she eats fish.",
])
def test_words_that_take_nothing_out_of_a_licence_state_nothing(line):
    assert licence_tag(line) == "NOASSERTION"
