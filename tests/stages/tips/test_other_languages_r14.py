"""Round 14 (issue 16): a list whose glyphs were lost, in a language the cue words do not read, under a lead-in
ending in a colon: each point a paragraph opening with a short lead and its colon. The layout says what the points
are in any language, as it does for groups of lines (test_other_languages.py). Pages written here in our own
words."""

from __future__ import annotations

import pytest

from tests.conftest import tip_headlines

SWAHILI = ("Bustani ndogo ya roshani inahitaji mpango. Haya ndiyo niliyojifunza mwaka huu:\n\n"
           "    Anza na vyungu vichache: vyungu vitano vinatosha mwaka wa kwanza. Utaweza kuvitunza vyote.\n\n"
           "    Chagua udongo mzuri: changanya mboji na mchanga kwa kiasi sawa kabla ya kupanda.\n\n"
           "    Mwagilia asubuhi: jua la mchana hukausha maji haraka sana kwenye vyungu vidogo.\n\n"
           "    Tazama majani kila siku: wadudu wakionekana mapema ni rahisi kuwaondoa kwa mkono.\n\n"
           "Nitaandika zaidi kuhusu mboji wiki ijayo. Karibuni tena!\n")


def test_colon_led_paragraphs_under_a_colon_lead_in_are_points_in_any_language():
    assert tip_headlines(SWAHILI) == ["Anza na vyungu vichache", "Chagua udongo mzuri", "Mwagilia asubuhi",
                                      "Tazama majani kila siku"]


def test_two_colon_led_paragraphs_are_too_few_to_tell_by_the_layout():
    two = SWAHILI.split("    Mwagilia")[0] + "Nitaandika zaidi kuhusu mboji wiki ijayo. Karibuni tena!\n"
    assert tip_headlines(two) == []


# Title lines each directly over their paragraph, in a language the cue words do not read: the layout tells the
# points as it does for lead lines ending in a full stop (a blank line between the pairs, none inside one).
LITHUANIAN = ("Rudenį pomidorų lysvę verta paruošti kitam metui. Štai ką darau kasmet savo darže.\n\n"
              "Surinkite lapus\nSerganti lapija žiemą laiko grybelį. Ją reikia sudeginti arba išvežti.\n\n"
              "Pasėkite žaliąją trąšą\nGarstyčios greitai sudygsta. Pavasarį jas įkasus dirva tampa derlingesnė.\n\n"
              "Uždenkite mulču\nStoras šiaudų sluoksnis saugo dirvą. Lietus jos nebeišplauna.\n\n"
              "Pavasarį lysvė bus puri ir paruošta sodinukams.\n")


def test_title_lines_over_their_paragraphs_are_points_in_another_language():
    assert tip_headlines(LITHUANIAN) == ["Surinkite lapus", "Pasėkite žaliąją trąšą", "Uždenkite mulču"]


def test_title_lines_parted_from_their_text_by_a_blank_line_are_not_read_so():
    loose = LITHUANIAN.replace("lapus\n", "lapus\n\n").replace("trąšą\n", "trąšą\n\n").replace("mulču\n", "mulču\n\n")
    assert tip_headlines(loose) != ["Surinkite lapus", "Pasėkite žaliąją trąšą", "Uždenkite mulču"]


@pytest.mark.parametrize("heading", ['More from the category "Garden":', "Още от категория „Градина“:",
                                     "Pročitajte još:", "Panašios temos:", "Basahin din:"])
def test_a_more_reading_heading_ends_the_points_above_it(heading):
    body = ("Roses bear the cold better than we think, and a few jobs in November save them.\n\n"
            "Prune only by half\nShorten the long canes by a third and leave real shaping for March.\n\n"
            "Earth up with soil\nHeap loose soil around the base of each shrub to guard the graft.\n\n"
            "Mulch with dry leaves\nLay healthy dry leaves or straw over the soil before the frost.\n\n"
            "In March take the mulch away little by little.\n\n"
            f"{heading}\n→ Onions for winter: when to plant\n→ Five shrubs that flower in February\n")
    assert tip_headlines(body) == ["Prune only by half", "Earth up with soil", "Mulch with dry leaves"]


def test_a_lead_before_a_dash_typed_as_hyphens_heads_its_item():
    body = ("Bread goes wrong in the same few ways. Watch for these:\n\n"
            "1. Cold water --- the yeast wakes slowly and the dough stays flat for hours.\n"
            "2. Too much flour -- the crumb turns dry and the crust thick and hard.\n"
            "3. No rest --- the gluten never relaxes, so the loaf tears in the oven.\n")
    assert tip_headlines(body) == ["Cold water", "Too much flour", "No rest"]


def test_a_related_news_heading_in_tagalog_ends_the_list_above_it():
    body = ("Tatlong paalala para sa tag-ulan:\n\n1. Linisin ang kanal bago bumuhos ang ulan.\n"
            "2. Itabi ang mga gamot sa tuyong lugar.\n3. Maghanda ng flashlight at baterya.\n\n"
            "Mga kaugnay na balita:\n• Bagong tulay, binuksan na\n• Presyo ng bigas, tumaas\n")
    assert len(tip_headlines(body)) == 3


# Paragraphs numbered by sequence words, some with a comma and some without, as Serbian (and many languages) write
# them: a run of such openings is the writer's numbering, and the bare word goes from the headline as the comma
# form does.
SERBIAN = ("Пресађивање парадајза није тешко, али редослед је важан. Ево како то радим сваког пролећа у башти.\n\n"
           "Прво, припремите рупе два дана раније и напуните их водом. Земља тако стигне да се слегне.\n\n"
           "Затим извадите саднице заједно са грудвом земље. Корен не сме да се осуши на сунцу.\n\n"
           "Након тога посадите их дубље него што су расле у саксији. Стабло ће пустити нове корене.\n\n"
           "На крају, залијте сваку биљку литром воде. Прва недеља одлучује о целој сезони.\n\n"
           "Ако све прође како треба, први плодови стижу у јулу.\n")


def test_sequence_words_with_and_without_a_comma_number_the_points():
    assert tip_headlines(SERBIAN) == ["Припремите рупе два дана раније и напуните их водом.",
                                      "Извадите саднице заједно са грудвом земље.",
                                      "Посадите их дубље него што су расле у саксији.",
                                      "Залијте сваку биљку литром воде."]


def test_a_story_whose_paragraphs_open_with_bare_sequence_words_has_no_points():
    story = SERBIAN.replace("Прво, припремите", "Прво смо припремили")
    story = story.replace("На крају, залијте", "На крају смо залили")
    assert tip_headlines(story) == []


# ... but the layout is read only where a point would stand: rows that fill a field with a name or a figure are a
# box of facts, and an English lead-in is for the cue words to read (real pages: a match report's officials' box,
# a sports story's rows of qualifying groups).
MATCH_BOX = ("El clásico terminó empatado y el estadio quedó en silencio hasta el último minuto.\n\n"
             "Árbitros:\n\n"
             "    Principal: Marta Quesada Villalobos\n\n"
             "    Línea 1: Tomás Arrieta\n\n"
             "    Línea 2: Rolando Vindas\n\n"
             "    Cuarto árbitro: Iván Soto Méndez\n\n"
             "El próximo partido se juega el domingo.\n")
QUALIFYING = ("The group stage is over, and four places are still open. Each of these groups plays a semifinal and a "
              "final for one place:\n\n"
              "    Group A: Norland, Vesta, Ostrava or Kalmia\n\n"
              "    Group B: Tyrrhenia, Aldmark, Corvia or Lund\n\n"
              "    Group C: Marisca, Belavia, Sorn or Kettering\n\n"
              "The draw takes place next week.\n")


def test_rows_that_fill_a_field_with_a_name_are_no_points():
    assert tip_headlines(MATCH_BOX) == []


def test_colon_rows_under_an_english_lead_in_are_left_to_the_cue_words():
    assert tip_headlines(QUALIFYING) == []
