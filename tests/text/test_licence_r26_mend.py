"""Round 26's mend (review F1): a public licence named for data, figures or pictures right before it ("the ministry
publishes data under ...", "Figures: <licence>"), or named in a contrast ("Unlike the agency's data under ..., this
post ..."), licenses that thing, not the text; a reservation of the text in the same line wins. Every wording here
is made up in our own words."""

from __future__ import annotations

import pytest

from pipeline.text import licence as lic
from tests.conftest import licence_tag as tag_of

PAGE = "Soup for Cold Evenings\nBy Mira Tal\n\n{}\n\nSimmer the stock slowly.\n\nSalt at the end.\n\n{}\n"


@pytest.mark.parametrize("line, tag", [
    # a data licence named for the figures, beside the text's reservation: the reservation is the text's
    ("© 2022 Mira Tal. All rights reserved. Statistics: Datenlizenz Deutschland – Zero – Version 2.0.",
     lic.ALL_RIGHTS_RESERVED),
    ("© 2022 Mira Tal. All rights reserved. Statistics: Creative Commons Attribution 4.0.", lic.ALL_RIGHTS_RESERVED),
    ("© 2022 Mira Tal. All rights reserved. Statistics: Open Government Licence v3.0.", lic.ALL_RIGHTS_RESERVED),
    # a contrast: the licence is the other thing's, the text is kept
    ("Unlike the council's maps under NLOD 2.0, these recipes may not be reprinted.", lic.ALL_RIGHTS_RESERVED),
    ("Unlike public data under CC BY 4.0, this post may not be copied.", lic.ALL_RIGHTS_RESERVED),
    ("Unlike agency data under the Open Government Licence v3.0, this post may not be copied.",
     lic.ALL_RIGHTS_RESERVED),
    # prose: someone publishes data under it
    ("Several agencies publish their data under Licence Ouverte 2.0, as my workshop shows.", lic.NOASSERTION),
    ("The bureau releases statistics under CC BY 4.0 each spring.", lic.NOASSERTION),
])
def test_a_licence_named_for_data_or_in_a_contrast_is_not_the_texts(line, tag):
    assert tag_of(line) == tag


@pytest.mark.parametrize("line, tag", [
    # the negation: the text named with the data, or the licence stated for the text, keeps the grant
    ("Posts and data on this site are published under NLOD 2.0.", "NLOD-2.0"),
    ("This guide and its figures are released under Licence Ouverte 2.0.", "etalab-2.0"),
    ("Text: Datenlizenz Deutschland – Namensnennung – Version 2.0.", "DL-DE-BY-2.0"),
    ("This article is available under CC BY 4.0, unlike the photos.", "CC-BY-4.0"),
])
def test_a_licence_stated_for_the_text_still_grants(line, tag):
    assert tag_of(line) == tag


@pytest.mark.parametrize("closing, tag", [
    ("© 2022 Mira Tal. All rights reserved. Statistics: Datenlizenz Deutschland – Namensnennung – Version 2.0.",
     lic.ALL_RIGHTS_RESERVED),
    ("Unlike the agency's data under etalab-2.0, this post may not be copied.", lic.ALL_RIGHTS_RESERVED),
    ("Many councils share data under the Norwegian Licence for Open Government Data (NLOD) 2.0, which I teach.",
     lic.NOASSERTION),
    ("This post is published under the Norwegian Licence for Open Government Data (NLOD) 2.0.", "NLOD-2.0"),
])
def test_a_pages_closing_line_licenses_the_article_only_when_it_names_the_text(tmp_path, closing, tag):
    from tests.conftest import file_articles

    page = tmp_path / "soup.txt"
    page.write_text(PAGE.format("Warm the pot before you start.", closing), encoding="utf-8")
    articles = file_articles(page)
    assert len(articles) == 1
    assert (articles[0].licence.tag if articles[0].licence else lic.NOASSERTION) == tag
