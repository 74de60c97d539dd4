"""Round 20's exact reorderings in segment (issue 19): the same answers, cheaper tests first.

``_writer_line`` asks its person-or-byline test before ``name_line``: the same conjunction of pure tests in another
order. Checked here against the old order (name_line first) on drawn lines: lines built from the pieces writer lines
are made of, and any text.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.stages.segment import NO_NAME_LINE_ENDS, _is_label, _name_and_role, _writer_line
from pipeline.text.attribution import dotted_degree, is_byline, is_person_name, name_line


def _writer_line_name_first(line: str) -> bool:
    """``_writer_line`` as it stood before round 20 (``name_line`` asked first)."""
    text = line.strip()
    if text[-1:] in NO_NAME_LINE_ENDS and not dotted_degree(text):
        return False
    return (name_line(text) is not None and (is_person_name(text) or is_byline(text)) and not _is_label(text)
            or _name_and_role(text))


WRITER_PIECES = ["Kwame Asante", "By", "by", "Ann Lee", "Dr.", "PhD", ",", " |", " -", " —", "3 May 2019", "Editor",
                 "WEEKEND READING", "Written by", "Von", "Jutta Brenner", "and", "Bo Lind", "posted in Essays",
                 "Packing Light", "Family and Consumer Sciences Agent", "The", "Team", ":", "Leeds", "Ελένη Μαυρίδου",
                 "originally published on calm.example", "Salt", "Pepper", "Staff", "Mariam Haddad,", "x", "ANN LEE",
                 "Ms", "Jr.", "@annlee", "Opinion", "with", "ASK THE VET", "Guest post", "Photo:", "Updated", "12:30"]


@settings(max_examples=4000, deadline=None)
@given(st.lists(st.sampled_from(WRITER_PIECES), min_size=1, max_size=7), st.sampled_from(["", ".", "  ", ",", ")"]))
def test_writer_line_answers_as_with_name_line_first(words: list[str], end: str) -> None:
    line = " ".join(words) + end
    assert _writer_line.__wrapped__(line) == _writer_line_name_first(line)


@settings(max_examples=1500, deadline=None)
@given(st.text(max_size=60))
def test_writer_line_answers_as_with_name_line_first_on_any_text(line: str) -> None:
    assert _writer_line.__wrapped__(line) == _writer_line_name_first(line)


def test_the_drawn_lines_reach_every_branch() -> None:
    """The pieces make writer lines of each kind, so the comparison above is not only of lines both orders refuse:
    a bare name, a byline, a name and role, a label in capitals, and a name that is no person's."""
    assert _writer_line.__wrapped__("Kwame Asante") and _writer_line.__wrapped__("By Ann Lee")
    assert _writer_line.__wrapped__("Mariam Haddad, Editor")
    assert not _writer_line.__wrapped__("WEEKEND READING") and not _writer_line.__wrapped__("Salt Pepper Leeds.")
