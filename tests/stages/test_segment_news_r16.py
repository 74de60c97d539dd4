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


REPOST = """{note}

Most people give up on a balcony garden because they treat it like a flower bed. It is closer to a desert that
gets the odd flood, and what grows there is what can take both.

Choose pots that hold at least twenty litres. Small pots dry out by noon in July.

Water in the early morning and never at midday. Half of it evaporates before the roots see it.

Feed every second week from June. Compost in a pot is used up within a season.

{bio}

{source}
"""

BIO = ("Radka Novotná has grown vegetables on a fourth-floor balcony in Brno for twelve years. She writes about "
       "small-space growing at malyzahon.example.")


BLOGGER = ("<html><head><title>Balcony growing made simple</title></head><body><div class='post hentry'>"
           "<h3 class='post-title entry-title'>Balcony growing made simple</h3><div class='post-body entry-content'>"
           "<i>This piece is reprinted here with the kind permission of its author. -- Tamsin</i><br><br>"
           + "<br><br>".join(p.replace("\n", " ") for p in REPOST.format(note="", bio=BIO, source="").split("\n\n")
                             if p.strip())
           + "</div><div class='post-footer'><span class='post-author vcard'>Posted by <span class='fn'>Tamsin"
           "</span></span> at <a class='timestamp-link'>8:12 PM</a></div></div></body></html>")


def test_a_reprinted_piece_s_closing_bio_names_its_writer_over_the_poster(tmp_path):
    path = tmp_path / "page.html"
    path.write_text(BLOGGER, encoding="utf-8")
    [article] = [a for a in clean_through([str(path)], "segment") if isinstance(a, Article)]
    assert article.author == "Radka Novotná"  # the blog's account posted it; the page says whose piece it is


def test_a_scraped_copy_s_bio_names_its_writer_over_the_site_s_own_mark(tmp_path):
    text = ("Budgetbloom Daily | Cheap plants every day\nHome  About  Contact\n\nBalcony growing made simple\n"
            "Posted by admin on May 3, 2012 | Filed under Gardening\n\n"
            + REPOST.format(note="", bio=BIO, source="Article Source: http://www.articlefarm.example/?expert=Radka")
            + "\nCopyright © 2012 Budgetbloom Daily. Powered by WordPress\n")
    [article] = articles(tmp_path, text)
    assert article.author == "Radka Novotná"


ROW = """THE THRIFTY TABLE
plain talk about food bills

Start Here   Budgeting   Recipes   Newsletter

Feeding a family on a shift worker's week

{row}

Most meal plans assume everyone eats at six. In our house one adult leaves at five in the morning and the other
gets in at ten at night, so a plan built around one dinner table never survived its first Tuesday.

Cook two big pots on your day off and portion them at once. A labelled box is a meal nobody has to think about.

Keep one shelf of the fridge for food anyone may eat without asking. It stops the three o'clock raid on tomorrow's
lunch.

© 2021 The Thrifty Table
"""


@pytest.mark.parametrize("row", ["March 2, 2022 · Written by Sipho Ndlovu-Okafor · 6 min read",
                                 "Updated 2 March 2022 | By Sipho Ndlovu-Okafor | 6 comments"])
def test_a_byline_among_the_post_s_facts_names_the_writer(tmp_path, row):
    [article] = articles(tmp_path, ROW.format(row=row))
    assert article.author == "Sipho Ndlovu-Okafor"


@pytest.mark.parametrize(("signature", "name"), [
    ("PC Gwilym Rhys-Evans, Brynford Neighbourhood Team", "Gwilym Rhys-Evans"),
    ("Cllr Ffion Maddox", "Ffion Maddox"),
    ("Insp. Tadeusz Wolny", "Tadeusz Wolny"),
])
def test_a_rank_or_office_before_a_name_goes_like_an_honorific(signature, name):
    from pipeline.text.attribution import split_name
    assert split_name(signature).name == name  # SPEC: "PC", "Cllr" go like "Dr"
