"""A list in another language that lost its bullets, its first point opening "First, ..." and its last "Finally,
...", the points between unmarked, under a paragraph that announces them with a colon: every paragraph from the
first marked to the last is a point. A recipe's serving note in Spanish with its object joined to the verb
("Sírvelo ...") is the note, not a step. Pages written here in our own words."""

from __future__ import annotations

from tests.conftest import tip_headlines as heads

DANISH = ("Mange tror, at en varm bolig kræver dyre løsninger. Her er fem vaner, der hjælper:\n\n"
          "For det første, luk dørene til de kolde rum. Så bliver varmen, hvor I opholder jer.\n\n"
          "Træk gardinerne for, når det bliver mørkt. Luften bag dem holder på varmen.\n\n"
          "Tæt sprækkerne ved vinduerne med en liste. Det tager en halv time.\n\n"
          "Sluk for apparaterne ved stikkontakten om natten.\n\n"
          "Til sidst, tjek dit elabonnement hvert år. Priserne skifter ofte.\n\n"
          "Ingen af vanerne koster noget, og de fleste mærker forskellen på en måned.\n")


def test_points_between_a_first_and_a_last_sequence_word_under_an_announcing_colon():
    assert heads(DANISH) == ["Luk dørene til de kolde rum.", "Træk gardinerne for, når det bliver mørkt.",
                             "Tæt sprækkerne ved vinduerne med en liste.",
                             "Sluk for apparaterne ved stikkontakten om natten.", "Tjek dit elabonnement hvert år."]


def test_without_the_announcing_colon_the_paragraphs_stay_a_story():
    story = DANISH.replace("Her er fem vaner, der hjælper:", "Vi prøvede det selv i fjor.")
    assert heads(story) == []


def test_a_spanish_serving_note_with_its_object_joined_on_is_a_note():
    from pipeline.stages.tips.patterns import SERVING_NOTE

    assert SERVING_NOTE.match("Sírvelo caliente con pan tostado.")
    assert SERVING_NOTE.match("Sírvelas frías al día siguiente.")
    assert not SERVING_NOTE.match("Siembra las semillas en marzo.")
