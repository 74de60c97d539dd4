"""Segment: round 8's shapes of the writer's line on text pages (issue 16), each page in our own words: the word
for "by" in Hebrew and Arabic before the name under the title."""

from __future__ import annotations

import pytest

from pipeline.text.attribution import name_line
from tests.stages.test_segment_writer_lines import segment

TEXT = ("Oil the hinges before the frost comes; a stiff gate strains its posts all winter long.\n"
        "Clear the gutters once the last leaves fall, or the water finds its own way in.\n\n")


# Shape: a Hebrew page credits its writer under the title with "מאת" ("by"), an Arabic one with "بقلم" ("by the pen
# of") or a blog theme's "بواسطة": the word is never part of the name.
@pytest.mark.parametrize(("line", "name"), [("מאת אורית שמעוני", "אורית שמעוני"), ("מאת: אורית שמעוני", "אורית שמעוני"),
                                            ("بقلم ليلى حداد", "ليلى حداد"), ("بواسطة ليلى حداد", "ليلى حداد")])
def test_the_word_for_by_in_hebrew_and_arabic_leaves_the_name(line, name):
    assert name_line(line).name == name


def test_a_hebrew_byline_under_the_title_names_the_writer_alone():
    article = segment("Two Jobs Before The Frost\n\nמאת אורית שמעוני\nMarch 19, 2023\n\n" + TEXT)
    assert (article.title, article.author) == ("Two Jobs Before The Frost", "אורית שמעוני")
