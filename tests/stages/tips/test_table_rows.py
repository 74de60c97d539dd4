"""Round 12 (issue 16): a table of tips flattened to one cell a paragraph. A fault-finding page sets its points as a
table ("What you see" / "Usual cause" / "What to do next time"); read as text, every cell is a paragraph of its
own. A header of three to five column labels, then rows of as many cells each opening with a heading cell of a
line, is a table; each row is one tip headed by its first cell, when most rows' last cell advises. Tables written
here in our own words."""

from __future__ import annotations

from pipeline.stages.tips import split_text

ROWS = [("Seedlings fall over at the base", "Damping off: a fungus in cold, wet compost.",
         "Sow in fresh compost and water from below."),
        ("Long, pale, leaning stems", "Too little light for the warmth they have.",
         "Move them to the brightest sill or hang a lamp close above."),
        ("Leaves yellow from the bottom up", "The seedlings have used up the compost's food.",
         "Pot them on into a richer mix."),
        ("Nothing comes up at all", "Seed too old, or sown too deep.", "Test a pinch on damp kitchen paper first.")]


def _table(header: tuple[str, ...], rows: list[tuple[str, ...]], closing: str = "") -> str:
    intro = "Most seedling trouble has one of a few causes. Find yours in the left column and read across.\n\n"
    cells = [*header] + [cell for row in rows for cell in row]
    return intro + "\n\n".join(cells) + ("\n\n" + closing if closing else "") + "\n"


def test_each_row_of_a_three_column_table_is_a_tip_headed_by_its_first_cell():
    body = _table(("Symptom", "Likely cause", "What to do"), ROWS,
                  "If your trouble is not here, write down what you sowed and when, and ask at the club.")
    tips = split_text(body).tips
    assert [t.headline for t in tips] == [row[0] for row in ROWS]
    assert "Sow in fresh compost" in tips[0].text


def test_a_row_heading_as_short_as_a_label_and_a_fourth_column():
    rows = [(row[0], row[1], "Often", row[2]) for row in ROWS]  # four columns, the fix last
    rows[0] = ("Wilting", *rows[0][1:])  # a first row heading of one word, as short as a label
    body = _table(("Symptom", "Likely cause", "How often", "What to do"), rows)
    heads = [t.headline for t in split_text(body).tips]
    assert heads == ["Wilting", *[row[0] for row in ROWS[1:]]]


def test_a_table_of_facts_is_no_list_of_tips():
    rows = [("Tomato 'Gardener's Delight'", "March to April.", "Crops from July."),
            ("Pepper 'Gypsy'", "February to March.", "Crops from August."),
            ("Basil 'Genovese'", "April to June.", "Crops from June."),
            ("Lettuce 'Little Gem'", "March to August.", "Crops from May.")]
    body = _table(("Variety", "Sowing", "Harvest"), rows)
    assert all("table-row" not in t.flags for t in split_text(body).tips)
