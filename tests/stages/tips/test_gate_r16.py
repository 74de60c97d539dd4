"""Does a text advise at all? (issue 16, round 16: pipeline/stages/tips/gate.py). Lists of people, fields, option
values and prices, and third-person reports with their points in a list, have the layout of tips without the
voice; advice tells its reader what to do, speaks to them, or says it holds tips, a recipe or a count of points.
Our own words throughout."""

from __future__ import annotations

from pipeline.stages.tips import split_text
from pipeline.stages.tips.gate import advises

REPORT = ("The regional rowing club held its annual meeting on Saturday in the boathouse by the weir. Members "
          "elected a new board and heard the treasurer report a small surplus after a year of repairs to the "
          "slipway and the roof.")
SPEAKING = ("If you have never rowed before, the first month is the hardest, and you will ache in places you "
            "did not know you had. Give yourself time, and ask the coach when something feels wrong to you.")


def _page(intro: str, items: list[str], marker: str = "•") -> str:
    return intro + "\n\n" + "\n".join(f"{marker} {it}" for it in items) + "\n\n" + intro + "\n"


def test_a_list_of_people_and_their_roles_in_a_report_gives_no_tips():
    board = ["Maren Ostrowski, Chair of the board", "Tobias Lindqvist, Treasurer and coach",
             "Ingrid Follesø, Secretary"]
    assert split_text(_page(REPORT, board)).tips == ()


def test_fields_and_option_values_are_data_not_tips():
    assert not advises(REPORT + "\n\nBoat: Eight\n\nLength: 17 m", ["Boat: Eight", "Length: 17 m"])
    assert not advises(REPORT, ["Default", "Random", "Classic Silver"])
    assert not advises(REPORT, ["Carbon oars for $349.99", "Seat pads for $19.99", "Gloves for $12.50"])


def test_a_report_whose_list_states_what_happened_gives_no_tips():
    said = ["The slipway was rebuilt in the spring.", "The roof of the boathouse was replaced.",
            "Two new boats were bought with a grant."]
    assert split_text(_page(REPORT, said)).tips == ()


def test_the_same_list_as_imperatives_is_advice():
    told = ["Warm up on the machine before you go out.", "Keep your back straight at the catch.",
            "Drink water between the pieces."]
    assert len(split_text(_page(REPORT, told)).tips) == 3


def test_a_page_that_speaks_to_its_reader_keeps_points_that_are_more_than_data():
    points = ["The catch\n\nThe blade goes in before the legs push.",
              "The drive\n\nLegs first, then the back, then the arms.",
              "The recovery\n\nHands away first, then the body swings."]
    assert advises(SPEAKING * 2, points)
    assert not advises(REPORT * 2, ["Maren Ostrowski, Chair", "Tobias Lindqvist, Treasurer"])


def test_a_readers_questions_answered_are_advice_and_an_interviews_are_not_by_themselves():
    letters = ["How do I stop my blisters?\n\nTape the two fingers before every outing.",
               "Why does my boat pull to the left?\n\nCheck that both riggers are set at the same height."]
    assert advises(REPORT, letters)
    assert advises(REPORT, ["When does the season start?\n\nIn April.", "Who may join?\n\nAnyone over twelve."])


def test_a_title_promising_tips_or_a_count_and_a_recipe_keep_the_list():
    said = ["The slipway was rebuilt in the spring.", "The roof was replaced.", "Two new boats were bought."]
    assert advises(REPORT, said, title="Three things our club learned this year")
    assert advises(REPORT, said, title="Rowing tips for the winter")
    assert advises(REPORT + "\n\nIngredients\n\n200 g oats", ["200 g oats", "1 l milk", "a pinch of salt"])


def test_german_points_in_the_infinitive_are_instructions():
    bericht = ("Der Ruderverein hat am Samstag seine Jahresversammlung im Bootshaus am Wehr abgehalten. Die "
               "Mitglieder wählten einen neuen Vorstand und hörten den Bericht des Kassenwarts.")
    assert advises(bericht, ["Vor dem Training aufwärmen", "Den Rücken gerade halten", "Zwischendurch trinken"])
    gesagt = ["Der Steg wurde im Frühjahr erneuert.", "Das Dach wurde ersetzt.",
              "Der Verein kaufte zwei neue Boote mit einem Zuschuss."]
    assert not advises(bericht, gesagt)
    assert advises(bericht, gesagt, title="Drei Dinge, die wir gelernt haben")  # a count in the page's language


def test_a_language_the_rules_do_not_read_is_not_judged():
    sprawozdanie = ("Klub wioślarski zorganizował w sobotę doroczne zebranie w przystani nad jazem. Członkowie "
                    "wybrali nowy zarząd i wysłuchali sprawozdania skarbnika.")
    # its points as sentences are not judged; as lines of data (names and their roles) they are data in any
    # language, and close the page (round 25: a results table, a profile's facts)
    assert advises(sprawozdanie, ["Zarząd wybrano jednogłośnie na kolejne dwa lata.",
                                  "Skarbnik omówił koszty remontu pomostu i łodzi."])
    assert not advises(sprawozdanie, ["Marta Nowak, prezes", "Jan Kowalski, skarbnik"])


def test_a_recipe_whose_ingredients_heading_is_gone_is_known_by_its_measures():
    # a site's repeated "Ingredients" line may go as boilerplate; the quantities stay
    steps = ["Den Ofen vorheizen und das Blech mit Papier auslegen, damit nichts anklebt.",
             "Die weiche Butter mit dem Zucker und einer Prise Salz lange schaumig rühren.",
             "Die Eier einzeln unterrühren und zum Schluss das Mehl mit dem Backpulver unterheben."]
    bericht = ("Der Ruderverein hat am Samstag seine Jahresversammlung im Bootshaus am Wehr abgehalten. Die "
               "Mitglieder wählten einen neuen Vorstand und hörten den Bericht des Kassenwarts.")
    assert not advises(bericht, steps)
    measured = bericht + "\n\n• 250 Gramm Butter\n• 200 g Zucker\n• 2 TL Backpulver\n• 180 °C Ober- und Unterhitze"
    assert advises(measured, steps)
