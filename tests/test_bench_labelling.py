"""The round's tools (bench/labelling/): their doctests, and the checks a merge relies on."""

import doctest

import pytest

from bench.labelling import check_labels, join_part, real_text_diff, splice_tables, tables, traf_meta


@pytest.mark.parametrize("module", [check_labels, join_part, real_text_diff, splice_tables, tables, traf_meta],
                         ids=lambda m: m.__name__)
def test_doctests(module):
    assert doctest.testmod(module).failed == 0


def test_compare_names_a_fallen_row_and_sums_the_tuned_parts_only(tmp_path):
    table = "| measure | x |\n|---|---|\n| title | {}/10 (x%) |\n| false grants (fewer is better) | {} of 10 |\n"
    before, after = tmp_path / "a", tmp_path / "b"
    before.mkdir(), after.mkdir()
    for part, (title, grants) in {"dev": (9, 0), "holdout10": (5, 0)}.items():
        (before / f"{part}.txt").write_text(table.format(title, grants))
    (after / "dev.txt").write_text(table.format(8, 1))
    (after / "holdout10.txt").write_text(table.format(7, 0))
    lines = tables.compare(before, after)
    assert "dev        title                                9 ->     8 / 10" in lines
    assert any(line.startswith("holdout10") and "5 ->     7" in line for line in lines)
    assert "  title                                 9 ->      8   *" in lines  # the validation part is not summed
    assert "  false grants (fewer is better)        0 ->      1   *" in lines


def test_the_label_check_refuses_a_tag_outside_the_spec():
    label = {"title": "T", "author": None, "licence": "CC-BY-4", "reuse": "excerpt-ok", "tips": []}
    assert check_labels.problems({"a.txt": {"type": "t", "shape": "s", "articles": [label]}}, {"a.txt"}) == [
        "a.txt[0]: licence tag 'CC-BY-4' is not of the spec's form"]


def test_splice_keeps_a_section_the_new_report_lacks_and_says_when_the_tables_differ():
    old = "## Kept\n| k |\n## Redone\n| a |\n| 1 |\nprose\n| b |\n"
    text, warnings = splice_tables.splice(old, "## Redone\n| a |\n| 2 |\n")
    assert text == "## Kept\n| k |\n## Redone\n| a |\n| 2 |\nprose\n| b |\n"
    assert warnings == ["## Redone: 2 tables here, 1 in the new report"]
