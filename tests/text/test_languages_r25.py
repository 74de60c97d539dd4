"""Round 25's language rows (pipeline/text/languages.py): Occitan, Wolof, Tongan, Chuvash, Santali in Ol Chiki,
Luganda, Cherokee in its syllabary and Aymara, each read by the consumers of its words; every grant beside its
negation or its limit in the same language (a false grant is worse than none); and the mechanisms behind the misses
that were no words: a sentence opening in any script (Cherokee capitals, Ol Chiki letters and its full stop, Chuvash
capitals, a glottal stop before a capital), a sentence running on over a wrap after an opening quote, a "read also"
line between prose points, a bare sequence word opening the first of points the writer marks with commas. Our own
sentences, names and sites throughout."""

from __future__ import annotations

import pytest

from pipeline.stages.tips import split_text
from pipeline.stages.tips.paras import lead_sentence, paragraphs
from pipeline.stages.tips.patterns import SENTENCE_BREAK, SEQUENCE_WORD_ABROAD, TEASER_LINE
from pipeline.text.attribution import name_line, normalise_case, posted_by_abroad
from pipeline.text.languages import LANGUAGES, SCRIPT_FULL_STOPS, number_words
from tests.conftest import licence_tag as _tag

ARR = "LicenseRef-all-rights-reserved"
FREE = "LicenseRef-free-reprint"
PD = "LicenseRef-public-domain"
ROUND_25 = ("oc", "wo", "to", "cv", "sat", "lg", "chr", "ay")


def test_the_rows_stand_in_the_table_once():
    import re
    from pathlib import Path

    source = Path(__file__).parents[2].joinpath("pipeline/text/languages.py").read_text(encoding="utf-8")
    keys = re.findall(r'^    "([a-z]{2,3})": \{', source, re.M)
    assert set(ROUND_25) <= set(LANGUAGES)
    assert len(keys) == len(set(keys))  # a key written twice would keep its last row silently


@pytest.mark.parametrize(("code", "line"), [
    ("oc", "Lo Cabanon 2024. Totes los dreches reservats."),
    ("wo", "Xibaaru Ndar 2024. Sañ-sañ yépp ñu ngi leen aar."),
    ("cv", "«Хыпар» 2024. Пур прависем те хӳтӗленнӗ."),
    ("lg", "Amawulire ga Kampala 2024. Eddembe lyonna lirindiddwa."),
])
def test_an_all_rights_line_reserves_the_text(code, line):
    assert _tag(line) == ARR, code


# (code, a grant to republish this text, the same grant negated, the same grant limited to some readers)
GRANTS = [
    ("cv", "Ку статьяна хӑвӑр сайтра тӳлевсӗр пичетлеме пултаратӑр.", "Ку статьяна пичетлеме юрамасть.",
     "Ку статьяна шкулсем валли ҫеҫ пичетлеме пултаратӑр."),
    ("lg", "Osobola okukoppa ekiwandiiko kino ku mukutu gwo.", "Tosobola kukoppa ekiwandiiko kino.",
     "Osobola okukoppa ekiwandiiko kino ku masomero kyokka."),
    ("oc", "Podètz reproduire aqueste article sus vòstre site.", "Podètz pas reproduire aqueste article.",
     "Podètz reproduire aqueste article sonque per las escòlas."),
]


@pytest.mark.parametrize(("code", "grant", "refused", "limited"), GRANTS)
def test_a_grant_its_negation_and_its_limit(code, grant, refused, limited):
    assert _tag(grant) == FREE, code
    assert _tag(refused) not in (FREE, PD), code
    assert _tag(limited) not in (FREE, PD), code


def test_a_chuvash_grants_condition_keeps_the_grant():
    # "анчах" (but) sets the grant's terms ("but unchanged"); it refuses nothing
    assert _tag("Ку статьяна тӳлевсӗр пичетлеме пултаратӑр, анчах текста улӑштармасӑр.") == FREE


def test_an_aymara_dedication_and_its_question_and_negation():
    assert _tag("Aka yatichäwix dominio público ukan uchatawa.") == PD
    assert _tag("Aka qillqatax, jilatanaka, dominio público ukan uchatawa: apsusa, mayjt'ayasa lurapxam.") == PD
    assert _tag("Aka qillqatax dominio público ukan uchatati?") not in (FREE, PD)  # a question gives nothing
    assert _tag("Aka qillqatax janiw dominio público ukan uchatäkiti.") not in (FREE, PD)
    # "it is for everyone" alone: a talk meant for all, no dedication
    assert _tag("Aka qillqatax taqinitakiwa, jilatanaka, ist'apxam.") not in (FREE, PD)
    # the writer's own gift outranks the station's bare mark beside it
    assert _tag("Aka qillqatax dominio público ukan uchatawa. © 2024 Radio Illimani") == PD


@pytest.mark.parametrize("line", [
    "Ҫак статья тепӗр эрнере сайтра вырнаҫтарнӑ пулать.",  # Chuvash: "this article will be posted next week"
    "Мана ку статья питӗ юрать, ӑна пичетлесе илтӗм.",  # "I like this article, I printed it out"
    "Se pòt legir l'article sus lo site de la Republica.",  # Occitan: "the article on the Republic's site"
    "ʻE lava ke ke maʻu ʻa e tohi ʻi he ʻōfisi, naʻe pulusi ʻi Siulai.",  # Tongan: "a book published in July"
    "Aka yatichäwinak lurapxam, yaqhanakar uñt'ayapxam.",  # Aymara: "do these, tell others"
])
def test_a_sentence_about_a_text_and_its_publishing_grants_nothing(line):
    assert _tag(line) not in (FREE, PD)


@pytest.mark.parametrize(("code", "line"), [
    ("oc", "Puèi, barratz la pòrta."),
    ("lg", "Oluvannyuma, ggalawo oluggi."),
    ("cv", "Юлашкинчен, алӑка хупӑр."),
    ("ay", "Ukatxa, punku llawintam."),
    ("to", "Hoko atu, tāpuni ʻa e matapā."),
])
def test_a_sequence_word_before_its_comma_is_a_marker(code, line):
    assert SEQUENCE_WORD_ABROAD.match(line), code


@pytest.mark.parametrize(("line", "name"), [
    ("Naʻe faʻu ʻe Toketā Mele Hufanga", "Mele Hufanga"),  # Tongan: written by Doctor NAME
    ("Escrich per Joan Molinièr", "Joan Molinièr"),
    ("ᎤᏬᏪᎳᏅ ᏌᎳ ᎦᏙᎯ", "ᏌᎳ ᎦᏙᎯ"),  # Cherokee: "wrote it", the name in the syllabary's capitals, kept so
])
def test_a_posted_by_credit_names_the_writer(line, name):
    assert posted_by_abroad(line).name == name


@pytest.mark.parametrize(("line", "name"), [
    ("Omukyala Sarah Nansubuga Kato", "Sarah Nansubuga Kato"),
    ("Tata Mario Quispe Huanca", "Mario Quispe Huanca"),
])
def test_a_courtesy_title_leaves_the_name(line, name):
    assert name_line(line).name == name


def test_a_cherokee_name_in_capitals_is_no_name_to_recase():
    assert normalise_case("ᏌᎳ ᎦᏙᎯ") == "ᏌᎳ ᎦᏙᎯ"
    assert normalise_case("ЕЛЕНА ИВАНОВА") == "Елена Иванова"  # a Cyrillic name in capitals still is


@pytest.mark.parametrize("text", [
    "ᏌᎳ ᎦᏙᎯ. ᎣᏍᏓ ᎢᎦ.",  # Cherokee: its letters are capitals
    "ᱟᱵᱩ ᱫᱟᱜ᱾ ᱠᱟᱛᱮ ᱢᱮ᱾",  # Ol Chiki: no capitals, its own full stop
    "Чӳречене тӗрӗслӗр. Ҫӑм шнурпа питӗрӗр.",  # Chuvash's own capital
    "Mohe vave. ʻOku lelei ia.",  # a glottal stop before the capital
    "Kunywa amazzi. ᱒ ᱢᱤᱱᱤᱴ.",  # a digit of another script
])
def test_a_sentence_opens_in_any_script(text):
    assert SENTENCE_BREAK.search(text) is not None


@pytest.mark.parametrize("text", ["Add salt, e.g. a pinch.", "1. 第一步", "ᏌᎳ ᎦᏙᎯ, ᎣᏍᏓ ᎢᎦ."])
def test_no_sentence_opens_after_a_small_letter_a_cjk_letter_or_a_comma(text):
    assert SENTENCE_BREAK.search(text) is None


def test_a_points_headline_leaves_its_explanation_in_any_script():
    assert lead_sentence("ᏌᎳ ᎦᏙᎯ ᎠᎹ. ᎣᏍᏓ ᎢᎦ ᏂᎦᏛ.") == "ᏌᎳ ᎦᏙᎯ ᎠᎹ."
    assert lead_sentence("ᱟᱵᱩ ᱫᱟᱜ ᱧᱩ᱾ ᱠᱟᱛᱮ ᱢᱮ᱾") == "ᱟᱵᱩ ᱫᱟᱜ ᱧᱩ᱾"
    assert "\u1c7e" in SCRIPT_FULL_STOPS


def test_a_wrapped_line_opening_with_a_quoted_small_word_goes_on():
    text = ("Close the gap under the door with a long sausage of old clothes, a\n"
            "\"snake\" as children call it, and the draught stops.")
    assert len(paragraphs(text)) == 1


def test_a_luganda_read_also_line_parts_no_run_of_points():
    assert TEASER_LINE.fullmatch("Soma ne: Engeri y'okulima ennyaanya")
    text = ("Bino bye nkuwa:\n\n"
            "Ekisooka, nywa amazzi mangi. Omubiri gwetaaga amazzi buli lunaku.\n\n"
            "Eky'okubiri, rya ebibala. Ebibala birimu vitamini.\n\n"
            "Soma ne: Engeri y'okulima ennyaanya\n\n"
            "Eky'okusatu, tambula buli ku makya. Omubiri gukola bulungi.\n\n"
            "Ekisembayo, weebake mangu. Otulo tuwummuza omubiri.\n\n"
            "Kale, tandika leero.")
    assert [t.headline.rstrip(".") for t in split_text(text).tips] == [
        "Nywa amazzi mangi", "Rya ebibala", "Tambula buli ku makya", "Weebake mangu"]


def test_points_bracketed_by_sequence_words_may_open_with_a_bare_first_word():
    # the first point's word without its comma, the others with one, each paragraph a point's shape
    text = ("Кӗркунне пурте шухӑшлатпӑр. Ҫавӑнпа ҫапла тӑвӑр:\n\n"
            "Малтанах алӑка тӗрӗслӗр. Сивӗ ҫил кӗмест пулсан, лайӑх.\n\n"
            "Чӳречене хупӑр. Каҫхине ӑшӑ сыхланать.\n\n"
            "Иккӗмӗшӗнчен, кавир сарӑр. Урай ӑшӑрах пулать.\n\n"
            "Юлашкинчен, кӑмакана тӗрӗс хутӑр. Типӗ вутӑ лайӑх ҫунать.\n\n"
            "Ҫак ӗҫсем нумай вӑхӑт илмеҫҫӗ.")
    assert [t.headline.rstrip(".") for t in split_text(text).tips] == [
        "Алӑка тӗрӗслӗр", "Чӳречене хупӑр", "Кавир сарӑр", "Кӑмакана тӗрӗс хутӑр"]


def test_a_story_with_one_bare_sequence_word_is_no_points():
    # one comma-marked word is no numbering: a story's "then" opens no points
    text = ("Пирӗн ял пысӑк мар.\n\n"
            "Унтан эпир вӑрмана кайрӑмӑр. Ҫанталӑк лайӑх пулчӗ.\n\n"
            "Юлашкинчен, киле таврӑнтӑмӑр. Пурте ывӑнтӑмӑр.\n\n"
            "Ку кун асра юлчӗ.")
    assert split_text(text).tips == ()


def test_a_number_word_two_rows_count_apart_promises_no_count():
    # Tongan "nima" is five, Samoan "lima"; Tongan "hiva" nine
    assert number_words()["nima"] == 5 and number_words()["hiva"] == 9


def test_an_unmarked_point_between_two_marked_ones_is_a_point_of_its_own():
    # "first", "then", a point with no word but a point's shape (a short lead, more under it), "finally"
    text = ("Seo mar a dh'fhàsas tu lusan sa ghàrradh bheag.\n\n"
            "An toiseach, tagh àite grianach. Feumaidh na lusan solas fad an latha.\n\n"
            "An uair sin, cuir an sìol ann an ùir thioram agus bhlàth anns a' chiad seachdain den Ghiblean.\n\n"
            "Thoir uisge dhaibh gach madainn. Bidh an talamh a' tiormachadh gu luath.\n\n"
            "Mu dheireadh, buain na duilleagan òga. Tha iad nas mìlse na an fheadhainn mhòra.\n\n"
            "Còrd riut fhèin!")
    assert [t.headline.rstrip(".") for t in split_text(text).tips] == [
        "Tagh àite grianach",
        "Cuir an sìol ann an ùir thioram agus bhlàth anns a' chiad seachdain den Ghiblean",
        "Thoir uisge dhaibh gach madainn", "Buain na duilleagan òga"]


def test_a_one_sentence_aside_between_two_marked_points_is_no_point():
    # one sentence alone, nothing under it: a remark on the point above, not a point of its own
    text = ("Seo mar a dh'fhàsas tu lusan sa ghàrradh bheag.\n\n"
            "An toiseach, tagh àite grianach. Feumaidh na lusan solas fad an latha.\n\n"
            "Tha seo nas cudromaiche na tha mòran dhaoine a' smaoineachadh.\n\n"
            "An uair sin, cuir an sìol ann an ùir thioram. Bidh e a' fàs gu luath.\n\n"
            "Mu dheireadh, buain na duilleagan òga. Tha iad nas mìlse na an fheadhainn mhòra.\n\n"
            "Còrd riut fhèin!")
    assert [t.headline.rstrip(".") for t in split_text(text).tips] == [
        "Tagh àite grianach", "Cuir an sìol ann an ùir thioram", "Buain na duilleagan òga"]


def test_a_tongan_credit_with_the_newspapers_leave_is_used_with_permission():
    assert _tag("Pulusi ʻaki ʻa e ngofua mei he nusipepa ko e Fonua Foou.") == "LicenseRef-used-with-permission"
