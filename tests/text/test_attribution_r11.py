"""Attribution: round 11's widenings of the name reader (issue 16), in our own words."""

from __future__ import annotations

import pytest

from pipeline.text.attribution import is_person_name


# Shape: a charity's page saved as text, its footer's links left as capitalised words on the last line.
@pytest.mark.parametrize("row", ["Privacy Cookies Accessibility Contact", "Terms Privacy Sitemap",
                                 "Disclaimer Imprint Contact", "Careers Advertise Feedback"])
def test_a_footers_links_are_no_persons_name(row):
    assert not is_person_name(row)


@pytest.mark.parametrize("name", ["Mei-Ling Tsai", "Agnieszka Wróblewska", "Rafael Quiñones"])
def test_names_stay_names(name):
    assert is_person_name(name)
