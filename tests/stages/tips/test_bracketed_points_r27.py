"""Round 27: points a writer numbers in words in another language, with no colon or count announcing them ("Per
prima cosa, …", "Poi …", a point with no word, "Infine, …"). Three sequence words are the writer's numbering; the
paragraph between them that opens with none must have a point's shape (a short lead, then its reason), but a point
the writer marked may open with a long clause (holdout16's Italian tag archive, whose second post's first and last
points open so). Pages written here in our own words."""

from __future__ import annotations

from tests.conftest import tip_headlines as heads

SPANISH = ("Cada primavera el balcón se llena de macetas nuevas y cada verano se secan la mitad. Este año probé un "
           "método distinto y funcionó.\n\n"
           "Lo que hace falta:\n"
           "tres macetas de barro\n"
           "un plato hondo\n"
           "arena gruesa\n\n"
           "Primero, riega por la mañana temprano, antes de que el sol caliente las paredes de las macetas. "
           "El agua de la tarde se evapora.\n\n"
           "Luego cubre la tierra con corteza. Así guarda la humedad varios días.\n\n"
           "Junta las macetas en un rincón. Se dan sombra unas a otras.\n\n"
           "Por último, cuando salgas de viaje más de tres días, deja las macetas dentro del plato con arena mojada. "
           "La arena les da agua poco a poco.\n\n"
           "Con esto mis geranios pasaron agosto sin problemas. ¡Suerte con los vuestros!\n")


def test_marked_points_may_open_with_a_long_clause():
    assert heads(SPANISH) == [
        "Riega por la mañana temprano, antes de que el sol caliente las paredes de las macetas.",
        "Cubre la tierra con corteza.", "Junta las macetas en un rincón.",
        "Cuando salgas de viaje más de tres días, deja las macetas dentro del plato con arena mojada."]


def test_a_story_paragraph_between_its_sequence_words_is_no_point():
    # the unmarked paragraph between the marked ones opens with a long sentence of what happened: a story
    story = SPANISH.replace("Junta las macetas en un rincón. Se dan sombra unas a otras.",
                            "Mi vecina, que lleva treinta años cuidando plantas en el mismo balcón, se rió mucho "
                            "cuando lo vio. Luego me regaló un esqueje.")
    assert heads(story) == []
