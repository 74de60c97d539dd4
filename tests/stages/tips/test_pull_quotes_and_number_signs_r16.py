"""A pull quote repeating a point's sentence is no point; a counter's number sign in other languages ("Consejo n.º 3:",
"Tipp Nr. 2:") is part of the marker (issue 16, round 16). Our own words."""

from pipeline.stages.tips import split_text


def _heads(text: str) -> list[str]:
    return [t.headline.rstrip(".") for t in split_text(text).tips]


def test_a_pull_quote_between_the_points_is_no_point():
    text = ("I tried five changes to my mornings for a month. These are the ones that stuck, and I still follow them "
            "every day.\n\nFirst, make the bed before anything else. It takes a minute and the room looks finished at "
            "once, which sets the tone.\n\nNext, drink a glass of water before the coffee. Most of us wake up a "
            "little dry, and the coffee only makes it worse.\n\n“It takes a minute and the room looks finished at "
            "once, which sets the tone.”\n\nAfter that, walk for ten minutes outside. Daylight early sets the clock "
            "for the whole day and helps you sleep at night.\n\nFinally, write the one job that matters today on "
            "paper. The rest can wait its turn, and usually it does.\n\nA month on, my mornings feel like mine again.")
    assert _heads(text) == ["Make the bed before anything else", "Drink a glass of water before the coffee",
                            "Walk for ten minutes outside", "Write the one job that matters today on paper"]


def test_a_counters_number_sign_is_part_of_the_marker():
    text = ("Antes de salir de viaje.\n\nConsejo n.º 1: Cierra el agua\n\nUna fuga pequeña puede durar semanas.\n\n"
            "Consejo n.º 2: Vacía la nevera\n\nAsí no vuelves a malos olores.\n\n"
            "Consejo n.º 3: Programa una luz\n\nUna lámpara que se enciende al anochecer disuade.")
    assert _heads(text) == ["Cierra el agua", "Vacía la nevera", "Programa una luz"]


def test_a_german_counters_nr_is_part_of_the_marker():
    text = ("Drei Tipps.\n\nTipp Nr. 1: Früh gießen. Die Wurzeln trinken vor der Hitze.\n\n"
            "Tipp Nr. 2: Mulchen. Der Boden bleibt feucht.\n\nTipp Nr. 3: Schatten spenden. Ein Tuch genügt.")
    assert [h.split(".")[0] for h in _heads(text)] == ["Früh gießen", "Mulchen", "Schatten spenden"]
