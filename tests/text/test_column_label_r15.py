"""A column's, series' or department's name before the headline is a label, not the title (SPEC, round 11 and 15)."""

import pytest

from pipeline.text.attribution import without_column_label


@pytest.mark.parametrize("title, headline", [
    ("Ask Ilse: My Neighbour Borrows Everything", "My Neighbour Borrows Everything"),
    ("ASK THE PLUMBER: WHY THE BOILER HUMS", "WHY THE BOILER HUMS"),
    ("Shed Mailbag: damp seed packets and a rusty hinge", "damp seed packets and a rusty hinge"),
    ("Readers' letters: the bus timetable again", "the bus timetable again"),
    ("Your questions: paying off a car loan early", "paying off a car loan early"),
    ("Fern of the Month: Hart's Tongue", "Hart's Tongue"),
    ("From the Kitchen: Spiced Apple Jam", "Spiced Apple Jam"),
    ("Money Matters: Saving on a Small Wage", "Saving on a Small Wage"),
    ("Fragen Sie Frau Kowalczyk: Wohin mit dem Altöl?", "Wohin mit dem Altöl?"),
    ("Pregunta del lector: ¿cuándo podar el limonero?", "¿cuándo podar el limonero?"),
    ("Guest post: Seven Games for Wet Afternoons", "Seven Games for Wet Afternoons"),
    ("Gastbeitrag: Kräuter auf dem Fensterbrett", "Kräuter auf dem Fensterbrett"),
])
def test_a_standing_columns_name_is_no_part_of_the_title(title, headline):
    assert without_column_label(title) == headline


@pytest.mark.parametrize("title", [
    "Slugs: What Actually Worked This Year",  # a subject before the colon, not a column
    "Asking for a raise: five scripts that work",
    "Winter Commuting: Your Questions Answered",
    "Ask the Vet:",  # the name alone: nothing after it to be the title
    "Ask the Vet",
])
def test_other_titles_keep_their_words(title):
    assert without_column_label(title) == title


def test_an_advice_columns_page_is_titled_without_the_columns_name():
    from pipeline.records import Article, Source
    from pipeline.stages import segment
    from pipeline.stats import StageStats

    text = ("Ask Halvard: My Sister Never Returns My Tools\n\nBy Halvard Øyen\n\n"
            "Dear Halvard, my sister borrows my drill and my ladder and never brings them back. What can I do?\n\n"
            "Tell her plainly that you need them back by Saturday, and offer to collect them yourself.\n")
    source = Source(path="column.txt", sha256="ab" * 32, size=len(text), format="txt")
    article = Article(id=Article.make_id(source), source=source, text=text)
    out = [r for r in segment.run([article], segment.SegmentConfig(), StageStats("segment")) if isinstance(r, Article)]
    assert [a.title for a in out] == ["My Sister Never Returns My Tools"]
