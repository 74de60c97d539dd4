"""Round 7 (issue 16): what may head a section. On pages by other hands a header line above the introduction (a
category trail "Guides · Garden", a date line "Published 3 May 2021 · Updated …", a translator's credit, a newsletter
platform's banner) was taken as the first section's title, its body the introduction, and every headline after it
moved one place; a text export's heading markup ("## Pick often", "== Beans with maize ==") stayed in the headline;
a Markdown rule line ("---") over the author box headed one more section. Pages written here in our own words."""

from __future__ import annotations

import pytest

from pipeline.stages.tips import split_text
from pipeline.stages.tips.paras import heading_words

SECTIONS = ("Keep the lid on\n"
            "Every time you lift it the pot loses ten minutes of heat, and the rice at the top stays hard.\n\n"
            "Rinse the grains first\n"
            "Loose starch turns to glue. Swirl the rice in cold water until it runs almost clear.\n\n"
            "Let it rest off the heat\n"
            "Ten minutes with the lid on finishes the cooking and lets the grains firm up.\n\n")
INTRO = "Good rice needs a heavy pan and a lid that fits, and you should measure the water rather than guess it.\n\n"


@pytest.mark.parametrize("header", [
    "Kitchen notes · Grains",
    "Published 14 May 2022 · Updated 2 June 2022",
    "Translated from the Italian by Ruth Abernathy",
    "Discover more from The Weekday Pot",
    "Published 14 May 2022",
])
def test_a_header_line_over_the_introduction_heads_no_section(header):
    tips = split_text(header + "\n" + INTRO + SECTIONS).tips
    assert [t.headline for t in tips] == ["Keep the lid on", "Rinse the grains first", "Let it rest off the heat"]


def test_a_title_line_over_the_introduction_still_counts_where_it_is_a_point():
    # the rule is about header lines only: a first section of the same shape as the rest stays a point
    first = "Use a heavy pan\nA thin one scorches the bottom layer before the top is done.\n\n"
    tips = split_text(first + SECTIONS).tips
    assert [t.headline for t in tips][0] == "Use a heavy pan" and len(tips) == 4


@pytest.mark.parametrize("marked, words", [
    ("## Rinse the grains first", "Rinse the grains first"),
    ("### Rinse the grains first ###", "Rinse the grains first"),
    ("== Rinse the grains first ==", "Rinse the grains first"),
    ("**Rinse the grains first**", "Rinse the grains first"),
    ("Rinse the grains first", "Rinse the grains first"),
    ("== only opened", "== only opened"),
    ("#hashtag", "#hashtag"),
])
def test_heading_words_drop_the_markup_a_text_export_keeps(marked, words):
    assert heading_words(marked) == words


def test_markdown_headings_head_their_sections_by_their_words_and_a_rule_line_heads_none():
    body = (INTRO + "## Keep the lid on\n\nEvery time you lift it the pot loses ten minutes of heat.\n\n"
            "## Rinse the grains first\n\nLoose starch turns to glue, so swirl the rice in cold water first.\n\n"
            "## Let it rest off the heat\n\nTen minutes with the lid on finishes the cooking.\n\n"
            "---\n\n**Writer:** Ines Duarte cooks for a school canteen and writes about cheap food.")
    assert [t.headline for t in split_text(body).tips] == [
        "Keep the lid on", "Rinse the grains first", "Let it rest off the heat"]
