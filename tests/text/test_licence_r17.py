"""Round 17: licence shapes of the sixth round's hands, read line by line. Sentences written here in our own
words."""

from __future__ import annotations

import pytest

from pipeline.text import licence as lic

ARR = lic.ALL_RIGHTS_RESERVED


def tags(line: str) -> list[str]:
    return [s.tag for s in lic.find_statements(line)]


@pytest.mark.parametrize("line, holder", [
    ("Copyright @ 1962 by Perpetua Okonkwo-Hale", "Perpetua Okonkwo-Hale"),
    ("COPYRIGHT @ 2004 Tamsin Vell. All rights reserved.", "Tamsin Vell"),
])
def test_an_ocr_at_sign_after_the_word_copyright_reads_as_the_sign(line, holder):
    [statement] = lic.find_statements(line)
    assert (statement.tag, statement.holder) == (ARR, holder)


@pytest.mark.parametrize("line", ["Copyright @home: our series on house rules.", "Write to copyright@example.org",
                                  "We meet @ 1987 Mill Road on Fridays."])
def test_an_at_sign_without_the_word_and_a_year_is_no_copyright(line):
    assert tags(line) == []


@pytest.mark.parametrize("line", [
    "Sharing this with permission from Ingrid Solvang, who first posted it on her allotment blog.",
    "Reposting her recipe here with her kind permission, because everyone asked.",
    "Posting the following with the author's blessing.",
])
def test_a_sharer_s_note_that_carries_a_text_by_its_writer_s_leave_is_used_with_permission(line):
    assert tags(line)[:1] == [lic.USED_WITH_PERMISSION]


@pytest.mark.parametrize("line", ["I am not sharing this without permission.", "Sharing this with my neighbours."])
def test_sharing_with_someone_or_without_leave_is_no_permission_line(line):
    assert lic.USED_WITH_PERMISSION not in tags(line)
