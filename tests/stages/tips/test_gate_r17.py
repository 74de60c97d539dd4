"""The tips gate reads every language whose row in text/languages.py tells a body in it and holds its words for
"you" (issue 16, round 17): a report in French or Polish whose list is names or events gives no tips, a page that
speaks to its reader in them keeps its points, and a page in a language whose row lacks those words passes the
gate as before. Our own words throughout."""

from __future__ import annotations

import pytest

from pipeline.stages.tips.gate import JUDGED_LANGUAGES, advises
from pipeline.stages.tips.paras import reader_language
from pipeline.text.languages import LANGUAGES, languages_with

# Reports: third person, nobody told anything
REPORTS = {
    "fr": ("Le club d'aviron de la ville a tenu son assemblée annuelle samedi dans le hangar. Les membres ont élu "
           "un nouveau bureau et le trésorier a présenté un petit excédent après une année de travaux sur la rampe."),
    "pl": ("Klub wioślarski z miasta odbył w sobotę zebranie w hangarze, a to jest dla niego ważny dzień. Członkowie "
           "wybrali nowy zarząd i nie było z tym kłopotu, bo skarbnik już przedstawił, że jest nadwyżka po roku "
           "napraw na pochylni oraz na dachu."),
    "es": ("El club de remo de la ciudad celebró el sábado su asamblea anual en el cobertizo junto a la presa. Los "
           "socios eligieron una nueva junta y el tesorero presentó un pequeño superávit tras un año de obras."),
}
# The same club speaking to its reader ("you") throughout
SPEAKING = {
    "fr": ("Si vous n'avez jamais ramé, le premier mois est le plus dur et vous aurez mal partout. Donnez-vous du "
           "temps, et demandez à votre entraîneur dès que quelque chose vous gêne dans le bateau."),
    "pl": ("Jeśli nie wiosłowałeś, to pierwszy miesiąc jest dla ciebie najtrudniejszy i wszystko cię boli. Daj "
           "sobie czas, a gdy coś ci przeszkadza w łodzi, to pytaj trenera, bo twoje plecy są ważne i nie ma na "
           "to rady."),
    "es": ("Si nunca has remado, el primer mes es el más duro y te dolerá todo el cuerpo. Date tiempo y pregunta "
           "a tu entrenador cuando algo te moleste en el bote, porque tu espalda es lo primero para ti."),
}
BOARD = ["Maren Ostrowski, Chair", "Tobias Lindqvist, Treasurer", "Ingrid Follesø, Secretary"]
STROKE = ["La prise\n\nLa pale entre dans l'eau avant la poussée.", "La propulsion\n\nLes jambes, puis le dos.",
          "Le retour\n\nLes mains partent en premier."]


@pytest.mark.parametrize("code", sorted(REPORTS))
def test_the_gate_tells_the_language_of_a_page_in_a_row_with_its_words(code):
    assert reader_language(REPORTS[code]) == code
    assert reader_language(SPEAKING[code]) == code
    assert code in JUDGED_LANGUAGES


@pytest.mark.parametrize("code", sorted(REPORTS))
def test_a_report_listing_people_gives_no_tips_in_a_judged_language(code):
    assert not advises(REPORTS[code] * 2, BOARD)


def test_points_that_are_more_than_data_advise_on_a_page_that_says_you():
    assert advises(SPEAKING["fr"] * 2, STROKE)


def test_sentences_in_a_language_whose_imperatives_the_rules_cannot_read_are_not_judged_further():
    # "Deja de regar" reads like "she stops watering": a Spanish page's sentences pass unless they are data
    told = ["Deja de regar tanto la planta del salón.", "Comprueba que la maceta tiene agujeros abajo.",
            "Cambia el abono en primavera."]
    assert advises(REPORTS["es"] * 2, told)


def test_an_instruction_opening_with_its_infinitive_or_imperative_tells_the_reader_what_to_do():
    from pipeline.stages.tips.gate import _point_advises

    assert _point_advises("Etiquetar cada bote con su fecha", "es")
    assert _point_advises("Gardez le couvercle bien fermé.", "fr")
    assert _point_advises("Sprawdzić datę na każdym słoiku", "pl")
    assert not _point_advises("Lugar de encuentro del club", "es")  # a short stem: a noun as often


def test_a_page_in_a_language_whose_row_lacks_the_words_passes_as_before():
    # Finnish says "you" mostly in its verbs' endings: its row holds no address words, so it is not judged
    assert "fi" in LANGUAGES and "fi" not in languages_with("address")
    finnish = ("Kaupungin soutuseura piti vuosikokouksensa lauantaina venevajassa padon vieressä. Jäsenet "
               "valitsivat uuden hallituksen ja rahastonhoitaja kertoi pienestä ylijäämästä vuoden korjausten "
               "jälkeen.")
    assert advises(finnish * 2, ["Hallitus valittiin yksimielisesti kahdeksi vuodeksi.",
                                 "Rahastonhoitaja kertoi laiturin korjauksen kuluista."])
    assert not advises(finnish * 2, BOARD)  # ... but lines of data are data in any language (round 25)


def test_spelled_out_measures_of_a_row_make_a_recipe():
    method = ("La masa se deja reposar una hora antes de hornearla. " * 3 +
              "\n\n200 gramos de harina\n\n2 cucharadas de aceite\n\n3 cucharaditas de sal")
    assert advises(method, ["La masa reposa.", "El horno está caliente.", "La bandeja está lista."])


def test_sentences_that_open_as_statements_are_judged_in_any_language_with_a_row():
    # a report's bullets open on an article or a pronoun; a page that never says "vous" gives them no tips
    stated = ["les rameurs du club ont gagné trois courses au printemps.", "une nouvelle coque est arrivée en mai.",
              "le hangar a été repeint par les membres."]
    assert not advises(REPORTS["fr"] * 2, stated)
    assert advises(SPEAKING["fr"] * 3, stated)  # ... unless the page speaks to its reader throughout


def test_a_deals_calls_to_buy_are_no_advice():
    report = ("The spring sale at the outdoor shop runs until Sunday, and several of the rowing club's favourite "
              "items are cheaper than they have been all year, the shop said in a statement.")
    deals = ["Carbon oar set\nBuy it at the boathouse shop for $349.99", "Seat pad, grey\nOrder now for $19.99",
             "Leather gloves\nGrab a pair for $12.50 while stocks last"]
    assert not advises(report * 2, deals)
    told = ["Warm up on the machine before you go out.", "Keep your back straight at the catch.",
            "Spend no more than $40 on your first gloves."]
    assert advises(report * 2, told)  # a price inside one piece of advice among others leaves the page advising
