"""Round 16: titles and authors of news, magazine and platform pages saved as text. Pages in our own words.

Shapes: a recipe site's head, whose title stands over its date, its comment count and a row of rating stars; the
recipe card below the story repeats the title over "Recipe by NAME".
"""

from __future__ import annotations

import pytest

from bench.labels import clean_through
from pipeline.records import Article


def articles(tmp_path, text: str) -> list[Article]:
    path = tmp_path / "page.txt"
    path.write_text(text, encoding="utf-8")
    return [a for a in clean_through([str(path)], "segment") if isinstance(a, Article)]


RECIPE = """Copper Pot Suppers
Home | Dinners | Bakes | About us
Skip to Recipe · Print

Smoky Chickpea Stew With Greens
12 February 2025 · 9 Comments
{rating}

This stew came to us from Mirela Dumitrescu, who cooked it every Friday in the canteen she ran for twenty years. It
is cheap, it keeps for days and it tastes better on the second night, so we always make a double pot.

The smoked paprika does most of the work. Add it with the onions so it warms in the oil, and keep the greens back
until the last five minutes so they stay bright.

Smoky Chickpea Stew With Greens
Recipe by Mirela Dumitrescu
Prep 10 mins | Cook 35 mins | Serves 4

Ingredients
2 tbsp olive oil
1 onion, sliced
2 tins chickpeas, drained
1 tsp smoked paprika
200 g spinach or kale

Instructions
1. Soften the onion in the oil for eight minutes.
2. Stir in the paprika and the chickpeas and cover with water.
3. Simmer for twenty-five minutes, then add the greens.
"""


@pytest.mark.parametrize("rating", ["★★★★★ 4.8 from 37 votes", "☆☆☆☆☆ No ratings yet", "⭐ 4.6",
                                    "Rated 4.8 from 37 reviews"])
def test_a_rating_row_under_the_title_is_the_head_s_metadata(tmp_path, rating):
    [article] = articles(tmp_path, RECIPE.format(rating=rating))
    assert article.title == "Smoky Chickpea Stew With Greens"
    assert article.author == "Mirela Dumitrescu"  # the card under the story: its title again, then its writer


SERIES = """THE SLOW ROAD - printable version

Two letters home, by Dagný Þórsdóttir

Packing for a month of buses

I packed for a month and carried half of it home unused. Take one pair of shoes that you can walk in all day and
a second that dries overnight, and leave everything else that is only there for a maybe.

Roll your clothes, keep the heavy things at the bottom and never check in the bag you could not live without.

(c) 2011 Dagny Thorsdottir. All rights reserved.
"""


def test_an_ascii_spelling_never_folds_the_letters_the_byline_gives(tmp_path):
    [article] = articles(tmp_path, SERIES)
    assert article.author == "Dagný Þórsdóttir"  # the © line's keyboard spelling gives way to the byline's letters


def test_a_plain_name_stays_as_written_where_no_lettered_spelling_stands_beside_it(tmp_path):
    [article] = articles(tmp_path, SERIES.replace("by Dagný Þórsdóttir", "by the Slow Road team"))
    assert article.author != "Dagný Þórsdóttir"
