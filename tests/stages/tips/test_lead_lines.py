"""Round 9 (issue 16): points set as a short lead line directly over their explanation, a blank line before the next
lead, with the bold (or the bullet) lost in scraping ("Wrap the tap." then "Frost splits …" on the next line). Two
hands wrote the shape, in English and in Polish: the layout is the evidence, in any language. Written in our own
words after the shape of real care sheets and household blog posts."""

from __future__ import annotations

from pipeline.stages.tips.detect import _lead_line_pairs
from pipeline.stages.tips.paras import paragraphs
from tests.conftest import tip_headlines as headlines

CARE_SHEET = ("Frost comes to the allotment every year, and most of the damage is avoidable. These notes come from "
              "a decade of losing things I did not need to lose.\n\n"
              "Drain the hose.\n"
              "Water left in a hose freezes, splits the pipe along its length and ruins the fitting at the end.\n\n"
              "Lag the tap, don't leave it bare.\n"
              "An old towel and a plastic bag tied over the tap keep it working through most cold nights.\n\n"
              "Lift the dahlias.\n"
              "Tubers rot in cold wet ground; dry them off in a crate in the shed and store them in compost.\n\n"
              "Fleece the brassicas on still nights.\n"
              "A clear, windless night is the coldest kind, and a layer of fleece buys a couple of degrees.\n\n"
              "Spring comes round soon enough, and the plot will be ready for it.\n")

SPANISH = ("Cada otoño me prometo guardar bien las herramientas del jardín. Esta es mi lista.\n\n"
           "Limpia las palas antes de guardarlas.\n"
           "La tierra pegada guarda humedad y el metal se oxida durante el invierno sin que nadie lo vea.\n\n"
           "Afila las tijeras de podar.\n"
           "Una hoja con filo corta limpio y la planta cicatriza antes; una hoja roma aplasta la rama.\n\n"
           "Cuelga las herramientas en la pared.\n"
           "En el suelo se mojan, se pierden y acaban pisadas; en un tablero se ven todas de un vistazo.\n\n")


def test_lead_lines_over_their_explanations_are_the_points():
    assert headlines(CARE_SHEET) == ["Drain the hose.", "Lag the tap, don't leave it bare.", "Lift the dahlias.",
                                     "Fleece the brassicas on still nights."]


def test_the_layout_gives_the_points_in_any_language():
    assert headlines(SPANISH) == ["Limpia las palas antes de guardarlas.", "Afila las tijeras de podar.",
                                  "Cuelga las herramientas en la pared."]


def test_two_lead_lines_are_not_enough():
    two = SPANISH.split("Cuelga las")[0]
    assert headlines(two) == []


def test_short_lines_apart_from_the_paragraphs_under_them_are_no_lead_lines():
    apart = SPANISH.replace(".\nLa tierra", ".\n\nLa tierra").replace("podar.\nUna", "podar.\n\nUna")
    assert headlines(apart) == []


def test_lead_lines_and_explanations_in_turn_without_blank_lines_are_the_points():
    flattened = CARE_SHEET.replace("\n\n", "\n")  # a page whose <br><br> breaks were read as one line break
    assert headlines(flattened) == ["Drain the hose.", "Lag the tap, don't leave it bare.", "Lift the dahlias.",
                                    "Fleece the brassicas on still nights."]


def test_a_page_of_jokes_flattened_is_no_list_of_leads():
    jokes = ("Why did the old baker decide to retire so very early?\nBecause he was tired of making dough.\n"
             "Why did the brown cow cross the road in the rain?\nTo get to the udder side.\n"
             "Why did the kitchen clock get the sack last week?\nIt kept taking seconds off.\n"
             "Why was the new broom late for work on Monday?\nIt over-swept.\n")
    assert len(_lead_line_pairs(jokes, paragraphs(jokes), 3)) < 3  # an answer over the next question explains nothing
