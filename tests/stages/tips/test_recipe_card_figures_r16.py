"""A recipe card's figures and a product's specs are no points; a Slovak recipe's serving note is no step (issue 16,
round 16: a Slovak recipe page gave its card's times and its "Podávajte …" line as tips). Our own words."""

from pipeline.stages.tips import split_text
from pipeline.text.languages import words


def _heads(text: str) -> list[str]:
    return [t.headline.rstrip(".") for t in split_text(text).tips]


def test_a_cards_figures_are_no_points():
    text = ("Our Sunday loaf, as my grandmother baked it.\n\n• Prep: 20 min\n• Baking: 45 min\n• Loaves: 2\n\n"
            "Method\n\n1. Mix the flour and the water and leave them for an hour.\n2. Knead in the salt and the yeast "
            "for ten minutes.\n3. Shape the loaves and bake them until they sound hollow.")
    assert _heads(text) == ["Mix the flour and the water and leave them for an hour",
                            "Knead in the salt and the yeast for ten minutes",
                            "Shape the loaves and bake them until they sound hollow"]


def test_a_products_specs_are_no_points():
    text = "The drill we tested.\n\n- Weight: 1.6 kg\n- Battery: 18 V\n- Chuck size: 13 mm\n- Price: 89 euros"
    assert _heads(text) == []


def test_slovak_serving_words_are_in_the_table():
    assert "podávajte" in words("serve", ["sk"])


def test_a_slovak_serving_note_after_the_method_is_no_step():
    text = ("Suroviny\n\n• 1 kg zemiakov\n• 50 g masla\n• soľ\n\n"
            "Postup\n\n1. Zemiaky ošúpte a nakrájajte na kocky.\n2. Uvarte ich v osolenej vode domäkka.\n"
            "3. Scedené zemiaky roztlačte s maslom.\n4. Podávajte teplé s kyslou uhorkou.")
    assert len(_heads(text)) == 3


def test_a_roster_of_people_and_their_roles_is_no_points():
    text = ("The panel this year, as announced on stage this morning by the organisers of the conference.\n\n"
            "• Mira Olsen, Head of Research at Fieldlab\n• Tomas Greer, Writer\n• Ana Vidal, Editor of a gardening "
            "monthly\n• Piotr Nowak, Founder of a seed library\n\nTickets go on sale next week.")
    assert _heads(text) == []


def test_readers_tips_opening_with_their_names_stay_points():
    text = ("We asked readers how they keep herbs fresh.\n\n"
            "• Ana Ruiz, Leeds: I stand parsley in a glass of water.\n"
            "• Tom Greer, Hull: I freeze chopped chives in ice cubes.\n"
            "• Mira Olsen, York: I wrap basil in a dry towel.")
    assert len(_heads(text)) == 3
