"""Round 19's exact page-level gates in segment (issue 19): each skips work whose answer cannot change a field.

``segment_record`` asks a page for its lettered spellings (``lettered_spellings``: one scan of every line's name
runs) only where an article names an author in ASCII: ``with_letters`` hands every other author back as it is,
whatever the spellings.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.configs import SegmentConfig
from pipeline.records import Article, Source
from pipeline.stages.segment import _ascii_author, segment_record
from pipeline.text.attribution import lettered_spellings, with_letters

NAME_PARTS = ["Kōsuke", "Ōtani", "Kosuke", "Otani", "Ann", "Lee", "Łucja", "Lucja", "Søren", "Soren", "", " "]


@settings(max_examples=500, deadline=None)
@given(st.one_of(st.none(), st.lists(st.sampled_from(NAME_PARTS), max_size=3).map(" ".join), st.text(max_size=12)),
       st.lists(st.lists(st.sampled_from(NAME_PARTS), max_size=4).map(" ".join), max_size=6))
def test_with_letters_changes_only_an_ascii_author(author: str | None, lines: list[str]) -> None:
    spellings = lettered_spellings("\n".join(lines))
    if not (author and author.isascii()):
        assert with_letters(author, spellings) == author  # the gate's premise: no spellings needed for this author


def _page(text: str) -> Article:
    source = Source(path="p.txt", sha256="ab" * 32, size=len(text), format="txt")
    return Article(id=Article.make_id(source), source=source, text=text)


def test_a_lettered_spelling_still_replaces_an_ascii_author() -> None:
    page = "By Kosuke Otani\n\nSow the beans in May and water them well each week.\n\n(c) 2009 Kōsuke Ōtani"
    parts, _ = segment_record(_page(page), SegmentConfig())
    assert parts and _ascii_author([]) is False
    assert parts[0].author == "Kōsuke Ōtani"  # the byline's ASCII spelling gave way to the © line's letters
