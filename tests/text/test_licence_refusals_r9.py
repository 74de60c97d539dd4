"""A company's refusal worded at length (round 9, issue 16's "company copyright with do not reproduce"): "No part of
any article may be copied ..." and a refusal whose subject runs long before "prohibited" ("Reproduction of any part of
this site without our prior written consent is prohibited"). Both refuse reuse; the © line they follow is then the
company's reservation, never the site's bare mark. Sentences written for this test."""

from __future__ import annotations

import pytest

from pipeline.stages.segment import _site_mark
from pipeline.text import licence as lic


@pytest.mark.parametrize("sentence", [
    "No part of any article may be copied or reproduced without our prior written permission.",
    "No part of any guide on this site may be reprinted without asking us first.",
    "Reproduction of any part of this website without our prior written consent is prohibited.",
    "Republication of the material on these pages without the owners' written consent is forbidden.",
])
def test_a_long_refusal_refuses(sentence):
    assert lic.refuses(sentence)


@pytest.mark.parametrize("sentence", [
    "No part of any plant should be eaten before you know what it is.",  # no copying verb
    "Reproduction of the original 1950s wallpaper is what gives the room its charm.",  # nothing refused
])
def test_other_sentences_refuse_nothing(sentence):
    assert not lic.refuses(sentence)


def test_a_clubs_notice_not_to_be_reproduced_keeps_its_copyright():
    """The refusal as a second sentence on the © line, with no object ("Not to be reproduced without permission."):
    the line is the club's reservation, whoever wrote the article under it."""
    from pipeline.stages import segment

    page = "Some advice.\n\nCopyright 2019 Ashgrove Walking Club. Not to be reproduced without permission.\n"
    statements = lic.find_statements(page)
    assert statements and statements[0].kind == "copyright"
    line = segment._line_of(page, statements[0].text)
    assert line.endswith("without permission.")
    assert not _site_mark(statements[0], "Ines Halvorsen", line)
    assert _site_mark(statements[0], "Ines Halvorsen", "Copyright 2019 Ashgrove Walking Club.")


def test_a_companys_notice_with_a_refusal_is_no_bare_site_mark():
    line = ("© 2021 Larchfield Garden Supplies Ltd. Reproduction of any part of this website without our prior "
            "written consent is prohibited.")
    statements = lic.find_statements(line)
    assert [s.kind for s in statements] == ["copyright"]
    assert not _site_mark(statements[0], "Marek Nowicki")  # the company's reservation covers its writer's article
    bare = lic.find_statements("© 2021 Larchfield Garden Supplies Ltd")
    assert _site_mark(bare[0], "Marek Nowicki")  # SPEC: the site's bare mark says nothing about the article
    assert lic.combine(statements).tag == lic.ALL_RIGHTS_RESERVED
