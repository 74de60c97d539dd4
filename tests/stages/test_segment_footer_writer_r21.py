"""Round 21's mend: only the blog software's "Posted by NAME at TIME" footer names a posting account (which an
About box's writer outranks, SPEC: a repost's author); a theme's row naming its writer ("Written by: NAME |
Categories: X") credits the writer, as a byline does. A page written in our own words."""

from __future__ import annotations

import pytest

from bench.labels import clean_through
from pipeline.records import Article

PAGE = """Allotment Diary

Five Ways To Keep Slugs Off Your Lettuce

Slugs love a damp spring, and lettuce is their favourite dinner. These five habits have kept my beds clean for years.

1. Water in the morning, never at night, so the soil is dry by dark.

2. Ring each plant with crushed eggshells or grit.

3. Sink a shallow dish of beer at the edge of the bed.

4. Go out with a torch after rain and pick them off by hand.

5. Welcome the frogs and birds that eat them.

Try two or three together and the damage drops fast.

About the author
Marta Kowal grows vegetables on a windy hill outside Poznań and writes for gardening magazines.

{footer}
"""


def authors(tmp_path, footer: str) -> list[str | None]:
    path = tmp_path / "page.txt"
    path.write_text(PAGE.format(footer=footer), encoding="utf-8")
    return [a.author for a in clean_through([str(path)], "segment") if isinstance(a, Article)]


def test_a_themes_written_by_row_keeps_its_writer_over_the_about_box(tmp_path):
    assert authors(tmp_path, "Written by: Tomasz Wrona | Categories: Vegetables | 3 Comments") == ["Tomasz Wrona"]


@pytest.mark.parametrize("footer", ["Posted by Tomasz Wrona at 9:14 PM"])
def test_a_posting_accounts_footer_still_yields_to_the_about_boxs_writer(tmp_path, footer):
    assert authors(tmp_path, footer) == ["Marta Kowal"]
