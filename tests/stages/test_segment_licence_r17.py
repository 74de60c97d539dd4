"""Round 17: licence shapes of the sixth round's hands. A syndicate's reservation above the comments of the paper
that runs its column, under the paper's own bare footer mark. Pages written in our own words."""

from __future__ import annotations

from bench.labels import clean_through
from pipeline.records import Article

COLUMN = """The Millbrook Gazette
News | Sport | Columns | Puzzles

ASK THE GARDENER

Why do my runner beans flower but never set pods?

Dear Gardener, every summer my beans are a wall of red flowers and almost no beans. What am I doing wrong?
-- Puzzled, Eastfield

Hot dry spells are usually to blame. A few habits help the flowers set.

a) Water the roots deeply twice a week once the first flowers open.

b) Mulch the row with grass clippings to keep the soil cool.

c) Spray the flowers lightly with water on hot evenings.

Tobias Wren answers readers' questions every week.

{notice}

Share:  f   X   Email

14 Comments
  Rosa   Mine set once I started mulching.

About us | Advertise | Privacy
The Millbrook Gazette, part of Valley News Group. © 2025 Valley News Group
"""


def licences(tmp_path, text: str) -> list[tuple[str, str | None]]:
    path = tmp_path / "column.txt"
    path.write_text(text, encoding="utf-8")
    return [(a.licence.tag, a.licence.holder) for a in clean_through([str(path)], "segment")
            if isinstance(a, Article)]


def test_a_syndicate_s_reservation_above_the_comments_joins_the_paper_s_footer_mark(tmp_path):
    notice = "(c) 2025 Lantern Features Syndicate. All rights reserved; not for resale without written permission."
    assert licences(tmp_path, COLUMN.format(notice=notice)) == [
        ("LicenseRef-all-rights-reserved", "Lantern Features Syndicate")]


def test_another_company_s_bare_mark_above_the_comments_stays_the_site_s(tmp_path):
    notice = "(c) 2025 Lantern Print Works."  # not the writer's, not a syndicate's: chrome as before
    assert licences(tmp_path, COLUMN.format(notice=notice))[0][1] != "Lantern Print Works"


SCAN = """THE PANTRY SHELF

Keeping Onions Through Winter

By ODILE MARCHETTI-BRUNE

Cure them in an airy shed for two
weeks before you store them.

Hang them in nets where air moves
around every bulb.

Odile Marchetti-Brune grows onions
in a valley garden.

Copyright 1991 by Odile
Marchetti-Brune
"""


def test_a_copyright_line_wrapped_inside_its_holder_s_name_reads_the_whole_name(tmp_path):
    assert licences(tmp_path, SCAN) == [("LicenseRef-all-rights-reserved", "Odile Marchetti-Brune")]



def test_a_first_person_dedication_among_the_header_lines_is_the_file_s_licence():
    from pipeline.stages.segment import _header_permissions

    page = ["KAYAKFAQ.TXT", "THE SEA KAYAKER'S FAQ -- Version 2.1", "ABOUT THIS FILE",
            "I hereby place this file in the public domain. Copy it, post it", "to your board.", "Q1. WHICH PADDLE?"]
    assert [s.tag for s in _header_permissions(page, {0, 1, 2, 3, 4})] == ["LicenseRef-public-domain"]
    page[3] = "Many old sea charts are in the public domain. Copy them if you like."  # no act on this text
    assert _header_permissions(page, {0, 1, 2, 3, 4}) == []



def test_a_wrapped_reservation_whose_last_sentence_limits_use_is_one_notice():
    from pipeline.stages.segment import _paragraph_notice

    lines = ["-- Wenna Trelawny, editor", "", "(c) 2009 Wenna Trelawny. All rights reserved. The Seed Corner may",
             "not be reproduced without written permission.", "", "USEFUL LINKS"]
    assert _paragraph_notice(lines, 0, 6, 3, {})[:2] == (2, 3)
    lines[3] = "not be sown before March in a cold spring."  # the notice ends; the paragraph goes on with text
    assert _paragraph_notice(lines, 0, 6, 3, {}) is None
