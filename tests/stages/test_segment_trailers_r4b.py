"""Segment: round 4b's shapes of the writer's and the licence's lines (issue 16), each page in our own words: a
sign-off over a rule line and a copyright line whose lead names the work ("All content © ..."), a blog's "Posted by
NAME at TIME" footer in the blog software's other languages."""

from __future__ import annotations

from pipeline.records import Article, Source
from pipeline.stages import segment as sg
from tests.conftest import through_stage


def segment(text: str) -> Article:
    source = Source(path="p.txt", sha256="ef" * 32, size=len(text), format="txt")
    (article,), _ = through_stage(sg.STAGE, sg.SegmentConfig(), [Article(id=Article.make_id(source), source=source,
                                                                           text=text)])
    return article


TEXT = ("Oil the hinges before the frost comes; a stiff gate strains its posts all winter long.\n"
        "Clear the gutters once the last leaves fall, or the water finds its own way in.\n\n")


def test_a_dash_sign_off_over_a_rule_and_an_all_content_copyright_line():
    page = ("Two Jobs Before The Frost\n\n" + TEXT + "- Saoirse Ní Bhriain\n\n-----\n"
            "All content (c) 2023 Hillside Allotment Society. Members may keep a copy for themselves; any other "
            "reuse needs written permission from the committee.\n")
    article = segment(page)
    assert article.author == "Saoirse Ní Bhriain"
    assert article.licence.tag == "LicenseRef-all-rights-reserved"
    assert "All content" not in article.text


def test_a_paragraph_ending_in_a_copyright_sign_keeps_its_words():
    page = ("Two Jobs Before The Frost\n\n" + TEXT
            + "We painted the old shed last spring and the paint was (c) 2023 Hillside Allotment Society.\n")
    article = segment(page)
    assert "We painted the old shed" in article.text
