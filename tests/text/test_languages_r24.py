"""Round 24's language rows (pipeline/text/languages.py): Breton, Quechua, Shona, Samoan, Bashkir, Konkani in
Devanagari, Tamazight in Tifinagh and West Frisian, each read by the consumers of its words; every grant beside its
negation or its limit in the same language (a false grant is worse than none); and the mechanisms behind the misses
that were no words: a separator line of any one mark or spaced letter, a "by" glued to its name, an ordinal beside a
counter, a row of buttons with their symbols, another calendar's year in a dated row, a writer's box abroad. Our own
sentences, names and sites throughout."""

from __future__ import annotations

import pytest

from pipeline.stages.tips import split_text
from pipeline.stages.tips.paras import match_marker
from pipeline.stages.tips.patterns import SENTENCE_BREAK, SEQUENCE_WORD_ABROAD
from pipeline.text.attribution import BIO_LEAD_NAME, BIO_MARKER, posted_by_abroad
from pipeline.text.languages import LANGUAGES, number_words
from tests.conftest import licence_tag as _tag

ARR = "LicenseRef-all-rights-reserved"
FREE = "LicenseRef-free-reprint"
PD = "LicenseRef-public-domain"
ROUND_24 = ("br", "qu", "sn", "sm", "ba", "gom", "zgh", "fy")


def test_the_rows_stand_in_the_table_once():
    import re
    from pathlib import Path

    source = Path(__file__).parents[2].joinpath("pipeline/text/languages.py").read_text(encoding="utf-8")
    keys = re.findall(r'^    "([a-z]{2,3})": \{', source, re.M)
    assert set(ROUND_24) <= set(LANGUAGES)
    assert len(keys) == len(set(keys))  # a key written twice would keep its last row silently


@pytest.mark.parametrize(("code", "line"), [
    ("br", "Liorzh ar Maner 2024. Holl wirioù miret."),
    ("qu", "Radio Sumaq 2024. Llapan hayñinkuna waqaychasqa."),
    ("sn", "Boka reVarimi 2024. Kodzero dzose dzakachengetedzwa."),
    ("sm", "Faleula 2024. Ua puipuia aia tatau uma."),
    ("ba", "«Тау юлы» 2024. Бөтә хоҡуҡтар яҡланған."),
    ("gom", "आमचें घर 2024. सगळे हक्क राखीव."),
    ("zgh", "ⵜⴰⴷⴷⴰⵔⵜ 2024. ⵉⵣⵔⴼⴰⵏ ⴰⴽⴽ ⵃⵟⵟⵓⵏ."),
    ("fy", "Fytsers 2024. Alle rjochten foarbehâlden."),
])
def test_an_all_rights_line_reserves_the_text(code, line):
    assert _tag(line) == ARR, code


# (code, a grant to republish this text, the same grant negated, the same grant limited to some readers)
GRANTS = [
    ("fy", "Jo meie dit artikel fergees oernimme op jo webside.", "Jo meie dit artikel net oernimme.",
     "Jo meie dit artikel allinne foar skoallen oernimme."),
    ("br", "Gallout a rit adembann ar pennad-mañ war ho plog.", "N'hallit ket adembann ar pennad-mañ hep aotre.",
     "Gallout a rit adembann ar pennad-mañ evit ar skolioù nemetken."),
    ("sn", "Munogona kudhinda chinyorwa ichi mutsamba yenyu.", "Hamugoni kudhinda chinyorwa ichi pasina mvumo.",
     "Munogona kudhinda chinyorwa ichi muzvikoro chete."),
    ("sm", "E mafai ona toe lomia lenei mataupu i lau upega.", "E lē mafai ona toe lomia lenei mataupu.",
     "E mafai ona toe lomia lenei mataupu naʻo mo aʻoga."),
    ("gom", "तुमी हो लेख परत उजवाडूंक येता.", "तुमी हो लेख परत उजवाडूंक येना.",
     "तुमी हो लेख फकत शाळांखातीर परत उजवाडूंक येता."),
    ("zgh", "ⵜⵣⵎⵔⵎ ⴰⴷ ⵜⵙⵙⵓⴼⵖⵎ ⴰⵎⴰⴳⵔⴰⴷ ⴰⴷ.", "ⵓⵔ ⵜⵣⵎⵔⵎ ⴰⴷ ⵜⵙⵙⵓⴼⵖⵎ ⴰⵎⴰⴳⵔⴰⴷ ⴰⴷ.",
     "ⵜⵣⵎⵔⵎ ⴰⴷ ⵜⵙⵙⵓⴼⵖⵎ ⴰⵎⴰⴳⵔⴰⴷ ⴰⴷ ⵖⴰⵙ ⵉ ⵜⵉⵏⵎⵍⴰ."),
]


@pytest.mark.parametrize(("code", "grant", "refused", "limited"), GRANTS)
def test_a_grant_its_negation_and_its_limit(code, grant, refused, limited):
    assert _tag(grant) == FREE, code
    assert _tag(refused) not in (FREE, PD), code
    assert _tag(limited) not in (FREE, PD), code


def test_a_frisian_grants_condition_keeps_the_grant():
    # "mits" (provided that) sets the grant's terms; it refuses nothing
    assert _tag("Jo meie dit stik fergees oernimme, mits jo it hielendal oernimme.") == FREE


def test_a_tamazight_dedication_to_public_property_and_its_negation():
    assert _tag("ⴰⴹⵔⵉⵙ ⴰⴷ ⵉⴳⴰ ⴰⵢⵍⴰ ⴰⵎⴰⵜⵓ.") == PD
    assert _tag("ⴰⴹⵔⵉⵙ ⴰⴷ ⵓⵔ ⵉⴳⵉ ⴰⵢⵍⴰ ⴰⵎⴰⵜⵓ.") not in (FREE, PD)
    # the text's own gift outranks the site's reservation beside it
    assert _tag("ⴰⴹⵔⵉⵙ ⴰⴷ ⵉⴳⴰ ⴰⵢⵍⴰ ⴰⵎⴰⵜⵓ. © 2024 ⵜⴰⴷⴷⴰⵔⵜ. ⵉⵣⵔⴼⴰⵏ ⴰⴽⴽ ⵃⵟⵟⵓⵏ.") == PD


def test_a_footer_naming_a_cc_licence_beside_the_languages_word_for_licence_licenses_the_texts():
    from pipeline.text.html_meta import trimmed_rights

    # (Samoan "laisene", Shona "rezinesi": no "licen..." in them)
    samoan = "O tala uma i luga o Nofoaga Tau o loʻo faʻasoa atu i lalo o le laisene CC BY-NC 4.0."
    assert trimmed_rights([samoan]).tag == "CC-BY-NC-4.0"
    assert trimmed_rights(["O tala uma i luga o Nofoaga Tau o loʻo faʻasoa atu CC BY-NC 4.0 ata."]) is None


@pytest.mark.parametrize(("code", "line"), [
    ("br", "Erfin, serrit an nor."),
    ("qu", "Chaymanta, punkuta wichqay."),
    ("sn", "Pakupedzisira, vharai musuwo."),
    ("sm", "Mulimuli ane, tapuni le faitotoʻa."),
    ("ba", "Аҙаҡтан, ишекте ябығыҙ."),
    ("fy", "Dêrnei, doch de doar ticht."),
])
def test_a_sequence_word_before_its_comma_is_a_marker(code, line):
    assert SEQUENCE_WORD_ABROAD.match(line), code


@pytest.mark.parametrize(("line", "name"), [
    ("Skrivet gant Gwenola Ar Meur", "Gwenola Ar Meur"),
    ("Skreaun troch Sjoukje de Vries", "Sjoukje de Vries"),
    ("Saunia e Losa Tuilagi", "Losa Tuilagi"),
    # Shona glues "na" (by) to the name, and a courtesy title after it: "naVa-", "naAmai"
    ("Rakanyorwa naVaChipo Mushonga", "Chipo Mushonga"),
    ("Yakanyorwa naAmai Rudo Gumbo", "Rudo Gumbo"),
    ("Rakanyorwa naFarai Ncube", "Farai Ncube"),
    ("Kubhalwe nguSipho Mthembu", "Sipho Mthembu"),  # Zulu writes it so too
])
def test_a_posted_by_credit_names_the_writer(line, name):
    assert posted_by_abroad(line).name == name


def test_a_glued_word_that_is_no_by_after_no_credit_phrase_names_nobody():
    assert posted_by_abroad("Rakanaka naVaChipo") is None  # "it is good" opens no credit
    assert posted_by_abroad("Escrito por Ana Ruiz").name == "Ana Ruiz"  # the spaced credit as before


@pytest.mark.parametrize(("line", "name"), [
    ("Tayta Wilber Quispe Mamani", "Wilber Quispe Mamani"),
    ("श्रीमती रेखा नायक", "रेखा नायक"),
])
def test_a_courtesy_title_leaves_the_name(line, name):
    from pipeline.text.attribution import name_line

    assert name_line(line).name == name


@pytest.mark.parametrize(("line", "number", "rest"), [
    ("Zano rechitatu: Dyarai mbeu mangwanani.", 3, "Dyarai mbeu mangwanani."),
    ("Беренсе кәңәш: картаны алдан ҡарағыҙ", 1, "картаны алдан ҡарағыҙ"),
    ("Өченче киңәш: суны күп эчегез", 3, "суны күп эчегез"),  # Tatar's
])
def test_an_ordinal_in_words_beside_a_counter_is_a_marker(line, number, rest):
    m = match_marker(line, 0, len(line))
    assert (m.kind, m.number, line[m.end:]) == ("numbered", number, rest)


def test_a_counter_word_without_an_ordinal_is_no_marker():
    assert match_marker("Zano iri rakanaka kwazvo.", 0, 25) is None
    assert match_marker("Кәңәш: картаны алдан ҡарағыҙ", 0, 28) is None


def test_points_numbered_by_an_ordinal_and_a_counter_are_the_tips():
    text = ("Gore rino takadzidza zvakawanda nezvemombe. Aya ndiwo mazano matatu.\n\n"
            "Zano rekutanga: Ipai mombe mvura yakachena. Mombe inonwa zvakawanda pazuva rinopisa.\n\n"
            "Zano rechipiri: Gadzirai danga rakaoma. Mvura inoparadza makumbo emombe.\n\n"
            "Zano rechitatu: Tarisai mombe mangwanani. Chirwere chinoonekwa nekukurumidza.\n\n"
            "Tinokutendai.")
    assert [t.headline.rstrip(".") for t in split_text(text).tips] == [
        "Ipai mombe mvura yakachena", "Gadzirai danga rakaoma", "Tarisai mombe mangwanani"]


def test_a_tifinagh_sentence_ends_at_its_full_stop():
    # Tifinagh has no capitals: the letter after ". " opens the next sentence
    assert SENTENCE_BREAK.search("ⵙⴰⵡⵍⴰⵜ ⵙ ⵜⵎⴰⵣⵉⵖⵜ. ⵖⵔⴰⵜ ⵜⵉⵏⴼⴰⵙ.") is not None
    assert SENTENCE_BREAK.search("ⵙⴰⵡⵍⴰⵜ ⵙ ⵜⵎⴰⵣⵉⵖⵜ, ⵖⵔⴰⵜ ⵜⵉⵏⴼⴰⵙ.") is None


@pytest.mark.parametrize("rule", ["ⵣ ⵣ ⵣ", "✿ ✿ ✿", "◆◆◆◆", "x x x", "* * *", "====="])
def test_a_separator_of_one_mark_or_one_spaced_letter_is_no_title(rule):
    from pipeline.stages.segment import RULE_LINE, SegmentConfig, parse_article

    assert RULE_LINE.match(rule)
    lines = ["Tiwizi Site", "", rule, "", "Ways to keep a garden green in August", "",
             "Water the beds at dawn, before the sun is high. Mulch the soil with straw so it keeps its damp.", ""]
    assert parse_article(lines, SegmentConfig()).title == "Ways to keep a garden green in August"


@pytest.mark.parametrize("line", ["aaa", "Zzz", "ab ab ab", "1 1 1", "ⵣⵣⵣ", "Go go go"])
def test_a_word_or_a_repeated_word_is_no_separator(line):
    from pipeline.stages.segment import RULE_LINE

    assert RULE_LINE.match(line) is None


def test_a_row_of_buttons_with_their_symbols_is_no_title():
    from pipeline.stages.segment import SegmentConfig, _labels_row, parse_article

    assert _labels_row("रेसिपीचेर वचात ↓ छापात") and _labels_row("Zum Rezept ↓   Teilen ⎙")
    assert not _labels_row("Lemon cake ↓ easy")  # no label of the page's own
    lines = ["Amchem Ghor", "", "रेसिपीचेर वचात ↓ छापात ⎙", "", "कोकम सरबत: उन्हाळ्यांतलें थंड पेय", "",
             "२ मे २०२४ · बरोवपी: श्रीमती रेखा नायक", "",
             "कोकम उदकांत भिजोवन दवरात. मागीर साखर घालून बरें हालयात आनी थंड करून वाडात.", ""]
    parsed = parse_article(lines, SegmentConfig())
    assert parsed.title == "कोकम सरबत: उन्हाळ्यांतलें थंड पेय"
    assert parsed.byline.name == "रेखा नायक"


def test_a_dated_row_of_another_calendars_year_credits_its_writer():
    from pipeline.text.attribution import is_byline

    assert is_byline("3 ⵎⴰⵢⵢⵓ 2974 · ⵜⴰⵎⴰⵔⴰⵢ: ⵜⵉⵍⵉⵍⵍⵉ ⵏⴰⵢⵜ ⵓⵙⵍⵉⵎ · 2 ⵏ ⵜⵉⵡⵏⴳⵉⵎⵉⵏ")
    assert not is_byline("ⵎⴰⵢⵢⵓ 2974 · ⵜⴰⵎⴰⵔⴰⵢ · ⵜⵉⵡⵏⴳⵉⵎⵉⵏ")


def test_a_frisian_writers_box_names_the_writer():
    assert BIO_MARKER.match("Oer de skriuwer")
    assert BIO_LEAD_NAME.match("Sjoukje de Vries (1964) wennet yn Snits en skriuwt oer it waar.")["name"] == (
        "Sjoukje de Vries")
    assert BIO_MARKER.match("Oer de skriuwers fan it boek wie net folle bekend.") is None


def test_a_frisian_link_list_lead_is_the_sites():
    from pipeline.stages.segment import LINK_LIST_LEAD

    assert LINK_LIST_LEAD.match("Oare artikels fan sjoukje_v") and LINK_LIST_LEAD.match("Populêr yn Tún")


def test_a_number_word_two_rows_count_apart_promises_no_count():
    # Frisian "twa" is two, Creole "twa" three
    assert "twa" not in number_words() and number_words()["fjouwer"] == 4 and number_words()["ете"] == 7
