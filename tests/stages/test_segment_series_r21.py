"""Round 21: a print-all page of a series, each part under its counter ("Part 2 of 3") and its own headline: each
part is an article, by the series' one writer, under the page's one licence. A document's pages ("Page 2 of 3")
and a lone counter are no parts. Pages written in our own words."""

from __future__ import annotations

from bench.labels import clean_through
from pipeline.records import Article
from pipeline.stages.segment import series_parts

SERIES = """THE POTTING SHED  -  print version

A three-part series by Wilhelmina Oyelaran-Stroud

Part 1 of 3

Choosing a Compost Bin

A bin is the first thing to get right, and most people buy one too small for the garden they have.

Pick a bin with no base, so worms can come up from the soil. Set it on bare earth in part shade, where it
will neither bake in summer nor freeze solid in winter.

Part 2 of 3

What Goes In, and What Stays Out

Half of a good heap is knowing what to leave out of it. Cooked food brings rats; weeds in seed bring weeds.

Mix soft green waste with dry brown waste in roughly equal amounts. A heap of grass alone turns to slime.

Part 3 of 3

Turning and Using It

A heap turned once a month is ready in half the time of one left alone, and it smells far less.

Dig the finished compost out from the bottom when it is dark and crumbly, and spread it in spring.

Text licensed under a Creative Commons Attribution 4.0 International licence.
"""


def articles(tmp_path, text: str) -> list[Article]:
    path = tmp_path / "series.txt"
    path.write_text(text, encoding="utf-8")
    return [a for a in clean_through([str(path)], "segment") if isinstance(a, Article)]


def test_each_part_of_a_printed_series_is_an_article_under_its_own_headline(tmp_path):
    found = articles(tmp_path, SERIES)
    assert [a.title for a in found] == ["Choosing a Compost Bin", "What Goes In, and What Stays Out",
                                        "Turning and Using It"]
    assert {a.author for a in found} == {"Wilhelmina Oyelaran-Stroud"}  # the series' one byline credits each part
    assert {a.licence.tag for a in found} == {"CC-BY-4.0"}  # the licence under the last part covers every part


def test_a_counter_after_the_series_label_heads_a_part_too():
    text = "A paragraph of the part, as long as a sentence should be."
    lines = ["COMPOST MADE EASY  (Part 1 of 2)", "Choosing a Bin", text, "COMPOST MADE EASY  (Part 2 of 2)",
             "What Goes In", text]
    assert series_parts(lines, list(range(6))) == [0, 3]


def test_pages_of_one_document_and_counters_out_of_order_are_no_series():
    text = "A paragraph of the part, as long as a sentence should be."
    nonblank = list(range(6))
    assert series_parts(["Page 1 of 2", "Choosing a Bin", text, "Page 2 of 2", "What Goes In", text], nonblank) == []
    assert series_parts(["Part 2 of 3", "Choosing a Bin", text, "Part 3 of 3", "What Goes In", text], nonblank) == []
    assert series_parts(["Part 1 of 2", "Choosing a Bin", text, "Part 2 of 3", "What Goes In", text], nonblank) == []


def test_a_page_naming_one_part_of_a_series_stays_one_article(tmp_path):
    one = SERIES.split("Part 2 of 3")[0] + "Read part 2 next week.\n"
    assert len(articles(tmp_path, one)) == 1


RELATED = """Cutting Your Water Bill Without Cutting Showers
By: Odalys Pemberton-Kruger

Most of a household's water goes down the toilet and the washing machine, not the shower. Fix those first.

Fit a cistern bag. It saves a litre or more with every flush, and the water company will often send one free.

Run the washing machine full. Two half loads use nearly twice the water of one full one.

Turn the tap off while you brush your teeth. It sounds small, but it is several litres a day for a family.

Fix a dripping tap the week it starts. A washer costs pennies and a drip wastes a bathful in a month.

Water the garden in the evening, at the roots, so less of it is lost to the sun.

Related Articles:
Why Your Boiler Pressure Keeps Dropping
By: Tancredi Olufemi | Views: 1,204
Five Draughts You Can Fix In An Afternoon
By: Mirela Castellanos | Views: 877

Categories: Home | Money | Garden | Travel | Health | Family | Work

Copyright © 2010 Example Articles Hub. All rights reserved.
"""


def test_a_list_of_related_titles_over_their_bylines_is_no_article(tmp_path):
    (found,) = articles(tmp_path, RELATED)
    assert found.title == "Cutting Your Water Bill Without Cutting Showers"
    assert found.author == "Odalys Pemberton-Kruger"


def test_a_second_piece_with_its_own_text_still_opens_an_article(tmp_path):
    whole = RELATED.replace("By: Mirela Castellanos | Views: 877\n",
                            "By: Mirela Castellanos\n\nA draught under a door wastes more heat than most people "
                            "think, and a brush strip costs little and takes ten minutes to fit.\n")
    assert [a.title for a in articles(tmp_path, whole)][-1] == "Five Draughts You Can Fix In An Afternoon"
