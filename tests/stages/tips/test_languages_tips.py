"""Points numbered in words in other languages (the sequence words of pipeline/text/languages.py): a paragraph
opening "Po pierwsze, …" or "Em seguida, …" is a point as "First, …" is, and the words leave its headline (SPEC: a
word that only places a point in the order is a marker). Sentences of scripts without capitals end at their own
marks. Pages written here in our own words."""

from __future__ import annotations

from pipeline.stages.tips.detect import _sequenced_points
from pipeline.stages.tips.paras import headline_of, lead_sentence, match_marker, paragraphs
from tests.conftest import tip_headlines as heads


def test_sequence_words_abroad_leave_the_headline():
    assert headline_of("Po drugie, zamknij okno na noc.") == "Zamknij okno na noc."
    assert headline_of("Em seguida, lavo a loiça.") == "Lavo a loiça."
    assert headline_of("Enfin, rangez les outils.") == "Rangez les outils."
    assert headline_of("अंत में, हर दिन थोड़ा पानी पिएँ।") == "हर दिन थोड़ा पानी पिएँ।"
    assert headline_of("ثانياً: أغلقي النافذة ليلاً.") == "أغلقي النافذة ليلاً."
    assert headline_of("마지막으로 창문을 닫아 주세요.") == "창문을 닫아 주세요."


def test_a_word_that_is_not_a_marker_there_stays():
    # "Segundo" before its noun is "according to"; "Depois de jantar" is a time, not the order
    assert headline_of("Segundo o jornal, vai chover.") == "Segundo o jornal, vai chover."
    assert headline_of("Depois de jantar, lavo a loiça.") == "Depois de jantar, lavo a loiça."


POLISH = ("Jesień przyszła wcześnie, a z nią rachunki. Oto, co pomaga w małym mieszkaniu.\n\n"
          "Po pierwsze, zdejmij zasłony z kaloryfera. Ciepło idzie wtedy do pokoju.\n\n"
          "Po drugie, wietrz krótko. Pięć minut wystarczy,\nżeby wymienić powietrze.\n\n"
          "Szeroko otwarte okno nie wychładza ścian.\n\n"
          "Po trzecie, obniż temperaturę na noc. Pod kocem nikt tego nie czuje.\n\n"
          "Na koniec, przyklej folię za grzejnikiem. Odbija ciepło do wnętrza.\n\n"
          "Nic z tego nie wymaga fachowca.\n")


def test_sequence_led_paragraphs_are_the_points_of_a_page_in_another_language():
    assert heads(POLISH) == ["Zdejmij zasłony z kaloryfera.", "Wietrz krótko.", "Obniż temperaturę na noc.",
                             "Przyklej folię za grzejnikiem."]


def test_one_paragraph_between_two_sequenced_ones_goes_on_with_the_point():
    found = _sequenced_points(paragraphs(POLISH), 3)
    assert [p.text.split(",")[0] for p in found] == ["Po pierwsze", "Po drugie", "Po trzecie", "Na koniec"]


def test_two_sequence_words_are_no_list():
    text = ("Fomos à praia no sábado.\n\nPrimeiro, comemos sardinhas no porto.\n\n"
            "Depois, caminhámos até ao farol.\n\nFoi um dia bonito e voltámos cansados.\n")
    assert _sequenced_points(paragraphs(text), 3) == []


def test_a_story_in_another_language_without_sequence_words_gives_no_tips():
    text = ("Wir fuhren im Mai an die Küste.\n\nDas Wetter war kalt, aber klar.\n\n"
            "Am Abend gingen wir am Strand entlang.\n\nAm nächsten Morgen regnete es.\n")
    assert heads(text) == []


def test_a_full_stop_before_an_uncased_script_ends_the_sentence():
    assert lead_sentence("نظّفي الفلتر كل أسبوعين. الغبار يجبر الضاغط على العمل.") == "نظّفي الفلتر كل أسبوعين."
    assert lead_sentence("नींद पूरी लें। थकान से याद भूलती है।") == "नींद पूरी लें।"
    assert lead_sentence("문을 열어 두세요. 훨씬 빨리 말라요.") == "문을 열어 두세요."


def test_a_steps_own_number_inside_a_bullet_is_its_marker():
    body = ("Zubereitung\n\n- Schritt 1: Den Ofen auf 180 Grad vorheizen und die Form fetten.\n"
            "- Schritt 2: Butter und Zucker schaumig rühren, dann die Eier einzeln unterrühren.\n"
            "- Schritt 3: Mehl und Backpulver sieben und kurz unterheben.\n"
            "- Schritt 4: Den Teig in die Form füllen und vierzig Minuten backen.\n")
    assert heads(body) == ["Den Ofen auf 180 Grad vorheizen und die Form fetten.",
                           "Butter und Zucker schaumig rühren, dann die Eier einzeln unterrühren.",
                           "Mehl und Backpulver sieben und kurz unterheben.",
                           "Den Teig in die Form füllen und vierzig Minuten backen."]
    english = body.replace("Schritt", "Step")
    assert heads(english)[0] == "Den Ofen auf 180 Grad vorheizen und die Form fetten."


def test_a_step_number_without_its_mark_stays():
    assert headline_of("Step 2 of the plan was the hardest.") == "Step 2 of the plan was the hardest."


RECIPE_FR = ("Gâteau du dimanche\n\nIngrédients (pour 6)\n\n- 150 g de chocolat noir\n- 100 g de beurre\n"
             "- 3 œufs\n- 80 g de sucre\n\nPréparation\n\n"
             "1. Préchauffer le four à 180 °C et beurrer un moule.\n"
             "2. Faire fondre le chocolat avec le beurre, puis laisser tiédir.\n"
             "3. Fouetter les œufs avec le sucre jusqu'à ce qu'ils blanchissent.\n"
             "4. Verser dans le moule et enfourner vingt minutes.\n"
             "5. Servir tiède avec un peu de crème.\n")


def test_ingredients_and_the_serving_note_abroad_are_no_steps():
    assert heads(RECIPE_FR) == ["Préchauffer le four à 180 °C et beurrer un moule.",
                                "Faire fondre le chocolat avec le beurre, puis laisser tiédir.",
                                "Fouetter les œufs avec le sucre jusqu'à ce qu'ils blanchissent.",
                                "Verser dans le moule et enfourner vingt minutes."]


def test_ingredient_lines_under_a_heading_in_another_language_are_no_tips():
    body = ("Zutaten\n\n- 250 Gramm Mehl\n- 250 Gramm Butter\n- 150 Gramm Zucker\n- 4 Eier\n\n"
            "Zubereitung\n\n1. Das Mehl sieben und mit der Butter verrühren.\n"
            "2. Zucker und Eier nach und nach unterrühren.\n3. Den Teig in Förmchen füllen und backen.\n")
    assert all("Gramm" not in h and h != "4 Eier" for h in heads(body))


def test_chinese_numerals_with_the_enumeration_comma_number_the_points():
    body = ("去年阳台上的菜几乎都没长好，今年换了办法，效果好多了。\n\n"
            "一、先看光照，再决定种什么\n\n南向阳台光照足，番茄辣椒都可以；北向只适合叶菜。\n\n"
            "二、容器宁深勿浅\n\n泡沫箱太浅，根系长满就黄叶，至少要二十厘米深。\n\n"
            "三、浇水看土，不看日历\n\n手指插进土里，干了再浇，一次浇透。\n")
    assert heads(body) == ["先看光照，再决定种什么", "容器宁深勿浅", "浇水看土，不看日历"]


def test_a_chinese_numeral_without_its_comma_is_no_marker():
    line = "一次少种，分批播种"
    assert match_marker(line, 0, len(line)) is None
    line = "（二）容器宁深勿浅"
    assert match_marker(line, 0, len(line)).number == 2


def test_glued_and_later_ordinals_abroad_open_points():
    # Czech writes the ordinal as one word or two ("Zadruhé," / "Za druhé,"), a last point may open with "and"
    # before its word ("A nakonec,"), Turkish counts on past three ("Dördüncüsü,")
    assert headline_of("Zadruhé, zavřete okno.") == "Zavřete okno."
    assert headline_of("A nakonec, uklízejte nářadí.") == "Uklízejte nářadí."
    assert headline_of("Dördüncüsü, kapıyı kilitleyin.") == "Kapıyı kilitleyin."


CZECH_WITH_TEASERS = ("Zima v bytě je pro kaktusy zkouška. Několik rad z vlastní zkušenosti.\n\n"
                      "Zaprvé, kaktusy přestaňte zalévat v listopadu. Kořeny v chladu hnijí.\n\n"
                      "Zadruhé, dejte je k oknu do nevytápěné místnosti. Světlo potřebují i v zimě.\n\n"
                      "Přečtěte si také: Sukulenty na parapetu\nPřečtěte si také: Kdy přesazovat palmy\n\n"
                      "Zatřetí, nehnojte je až do března. Hnojivo jim teď jen škodí.\n\n"
                      "A nakonec, na jaře je zvykejte na slunce pomalu.\n\n"
                      "Pak vám vydrží roky.\n")


def test_teaser_lines_between_points_part_no_run():
    # links to other pages set inside the text ("Read also: …" in the page's language) stand between two points:
    # the points go on below them
    assert heads(CZECH_WITH_TEASERS) == ["Kaktusy přestaňte zalévat v listopadu.",
                                         "Dejte je k oknu do nevytápěné místnosti.", "Nehnojte je až do března.",
                                         "Na jaře je zvykejte na slunce pomalu."]


def test_a_counter_after_the_number_is_part_of_the_marker():
    # Finnish, Hungarian and Turkish write the ordinal before the counter ("1. vinkki:", "2. tipp:"): a marker as
    # "Tip 1:" is, and the counter leaves the headline; a word that only opens like a counter stays
    page = ("Talvella kannattaa muistaa muutama asia.\n\n"
            "1. vinkki: Tuuleta lyhyesti\nIkkuna auki viideksi minuutiksi.\n\n"
            "2. vinkki: Pidä lämpö tasaisena\nKylmä huone kerää kosteutta.\n\n"
            "3. vinkki: Kuivaa pyykit ulkona\nSisällä ne kosteuttavat ilmaa.\n")
    assert heads(page) == ["Tuuleta lyhyesti", "Pidä lämpö tasaisena", "Kuivaa pyykit ulkona"]
    line = "5. Tipping the scales is easy"
    assert line[match_marker(line, 0, len(line)).end:] == "Tipping the scales is easy"
