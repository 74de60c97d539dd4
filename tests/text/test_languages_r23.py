"""Round 23's language rows (pipeline/text/languages.py): Yiddish, Inuktitut, Scottish Gaelic, Igbo, Cebuano, Maori
and Haitian Creole (Sorani Kurdish is the "ku" row's), each read by the consumers of its words; every grant and
credit phrase beside its negation in the same language (a false grant is worse than none). Our own sentences, names
and sites throughout."""

from __future__ import annotations

import pytest

from pipeline.stages.tips import split_text
from pipeline.stages.tips.paras import count_abroad, match_marker
from pipeline.stages.tips.patterns import INGREDIENTS_CUE, SENTENCE_BREAK, SEQUENCE_WORD_ABROAD
from pipeline.text.attribution import posted_by_abroad
from pipeline.text.languages import LANGUAGES, number_words
from tests.conftest import licence_tag as _tag

ARR = "LicenseRef-all-rights-reserved"
UWP = "LicenseRef-used-with-permission"
FREE = "LicenseRef-free-reprint"
PD = "LicenseRef-public-domain"
ROUND_23 = ("yi", "iu", "gd", "ig", "ceb", "mi", "ht")


def test_the_rows_stand_in_the_table_once():
    import re
    from pathlib import Path

    source = Path(__file__).parents[2].joinpath("pipeline/text/languages.py").read_text(encoding="utf-8")
    keys = re.findall(r'^    "([a-z]{2,3})": \{', source, re.M)
    assert set(ROUND_23) <= set(LANGUAGES)
    assert "ckb" not in LANGUAGES  # Sorani's words stand in the Kurdish row, beside Kurmanji's
    assert len(keys) == len(set(keys))  # a key written twice would keep its last row silently


@pytest.mark.parametrize(("code", "line"), [
    ("yi", "דער קליינער גאָרטן 2024 · אַלע רעכט רעזערווירט"),
    ("yi", "קליינער גארטן 2024. אלע רעכטן רעזערווירט."),  # unpointed, as many sites write it
    ("iu", "ᐃᖃᓗᐃᑦ ᑲᑐᔾᔨᖃᑎᒌᑦ 2024. ᐱᔪᓐᓇᐅᑎᓕᒫᑦ ᓴᐳᔾᔭᐅᔪᑦ."),
    ("gd", "Bùth nan Lus 2024. Gach còir glèidhte."),
    ("ig", "Ụlọ Akụkọ Ezi 2024. Ikike niile echekwara."),
    ("ceb", "Tindahan sa Baybayon 2024. Tanang katungod gireserba."),
    ("mi", "Te Kāinga Māra 2024. Kua rāhuitia ngā mana katoa."),
    ("ht", "Jaden Lakay 2024. Tout dwa rezève."),
])
def test_an_all_rights_line_reserves_the_text(code, line):
    assert _tag(line) == ARR, code


# (code, a credit carrying the text with its holder's leave, the same leave asked or limited: no credit)
LEAVES = [
    ("yi", "דער אַרטיקל ווערט דאָ איבערגעדרוקט מיט דער דערלויבעניש פֿון מחבר.",
     "מע מעג איבערדרוקן דעם אַרטיקל נאָר מיט דער דערלויבעניש פֿון מחבר."),
    ("gd", "Tha sinn ga chur a-mach a-rithist le cead an ùghdair.",
     "Chan fhaodar an t-artaigil ath-fhoillseachadh ach le cead an ùghdair."),
    ("ig", "E bipụtara isiokwu a ebe a site n'ikike onye dere ya.",
     "Ị nwere ike ibipụta isiokwu a naanị site n'ikike onye dere ya."),
    ("ceb", "Gipatik kini dinhi uban ang pagtugot sa tagsulat.",
     "Dili pwede ipatik kini nga artikulo gawas uban ang pagtugot sa tagsulat."),
    ("mi", "I whakaputaina anō i konei mā te whakaaetanga a te kaituhi.",
     "Kaua e whakaputa anō i tēnei tuhinga, engari mā te whakaaetanga a te kaituhi anake."),
    ("ht", "Nou pibliye atik sa a isit la ak pèmisyon otè a.", "Atik sa a ka repibliye sèlman ak pèmisyon otè a."),
]


@pytest.mark.parametrize(("code", "credit", "asked"), LEAVES)
def test_a_credit_with_the_holders_leave_and_its_limited_twin(code, credit, asked):
    assert _tag(credit) == UWP, code
    assert _tag(asked) not in (UWP, FREE, PD), code


# (code, a grant to republish this text, the same words negated or limited)
GRANTS = [
    ("yi", "איר מעגט איבערדרוקן דעם אַרטיקל אויף אײַער בלאָג.", "איר מעגט נישט איבערדרוקן דעם אַרטיקל."),
    ("gd", "Faodaidh tu an t-artaigil seo ath-fhoillseachadh air do làrach.",
     "Faodaidh tu an t-artaigil seo ath-fhoillseachadh a-mhàin le cead sgrìobhte."),
    ("ig", "Ị nwere ike ibipụta isiokwu a n'efu na weebụsaịtị gị.", "Ọ dịghị onye nwere ike ibipụta isiokwu a."),
    ("ig", "Ị nwere ike ibipụta isiokwu a n'efu.", "Ị nweghị ike ibipụta isiokwu a."),  # the verb's own negation
    ("ceb", "Mahimo nimo ipatik kini nga artikulo sa imong blog.", "Dili mahimo nimo ipatik kini nga artikulo."),
    ("mi", "Ka taea e koe te whakaputa anō i tēnei tuhinga ki tō pae.",
     "Ka taea e koe te whakaputa anō i tēnei tuhinga mō te kura anake."),
    ("ht", "Ou ka repibliye atik sa a sou blog ou.", "Ou ka repibliye atik sa a sèlman pou lekòl ou."),
]


@pytest.mark.parametrize(("code", "grant", "refused"), GRANTS)
def test_a_grant_and_its_negation(code, grant, refused):
    assert _tag(grant) == FREE, code
    assert _tag(refused) not in (FREE, PD), code


@pytest.mark.parametrize("line", [
    "Ou ka pataje atik sa a ak zanmi ou.",  # a share prompt: "share" is no reuse
    "Ka taea e koe te tohatoha i tēnei tuhinga ki ō hoa.",
])
def test_a_share_prompt_grants_nothing(line):
    assert _tag(line) not in (FREE, PD)


@pytest.mark.parametrize(("code", "line"), [
    ("yi", "צום סוף, לאָזט די טיר פֿאַרמאַכט."),
    ("gd", "Mu dheireadh, dùin an doras."),
    ("ig", "N'ikpeazụ, mechie ụzọ."),
    ("ceb", "Sunod, sirado ang pultahan."),
    ("mi", "Tuarua, katia te kūaha."),
    ("ht", "Finalman, fèmen pòt la."),
])
def test_a_sequence_word_before_its_comma_is_a_marker(code, line):
    assert SEQUENCE_WORD_ABROAD.match(line), code


def test_an_igbo_counter_with_its_ordinals_particle_is_a_marker():
    line = "Ndụmọdụ nke 3: Zụta akwụkwọ nri n'ụtụtụ"
    m = match_marker(line, 0, len(line))
    assert (m.number, line[m.end:]) == (3, "Zụta akwụkwọ nri n'ụtụtụ")
    assert match_marker("Ndụmọdụ a dị mma", 0, 16) is None


def test_numbered_igbo_points_with_the_counter_are_the_tips():
    text = ("Ọnụahịa na-arị elu kwa ọnwa. Lee ụzọ atọ m ji echekwa ego.\n\n"
            "Ndụmọdụ nke 1: Dee ndepụta tupu ị pụọ. Ọ na-egbochi ịzụ ihe ị na-achọghị.\n\n"
            "Ndụmọdụ nke 2: Zụkọọ ọnụ na ndị enyi gị. Ihe a zụtara ọnụ dị ọnụ ala.\n\n"
            "Ndụmọdụ nke 3: Were ego n'aka. Ọ na-eme ka ị hụ ihe ị na-emefu.\n\n"
            "Nwaa ha ọnwa a.")
    assert [t.headline.rstrip(".") for t in split_text(text).tips] == ["Dee ndepụta tupu ị pụọ",
                                                                       "Zụkọọ ọnụ na ndị enyi gị", "Were ego n'aka"]


def test_a_syllabic_sentence_ends_at_its_full_stop():
    # the syllabics have no capitals: the syllable after ". " opens the next sentence
    assert SENTENCE_BREAK.search("ᓯᓚ ᖃᐅᔨᒋᐊᕐᓗᒍ. ᐊᓄᕆ ᐊᓯᔾᔨᕈᓐᓇᖅᑐᖅ.") is not None
    assert SENTENCE_BREAK.search("ᓯᓚ ᖃᐅᔨᒋᐊᕐᓗᒍ, ᐊᓄᕆ ᐊᓯᔾᔨᕈᓐᓇᖅᑐᖅ.") is None


@pytest.mark.parametrize(("line", "name"), [
    ("אַרײַנגעשטעלט דורך שׂרה־מלכּה ראָזענבלום", "שׂרה־מלכּה ראָזענבלום"),
    ("Nā Mere Te Awa-Hōhepa", "Mere Te Awa-Hōhepa"),
    ("Gisulat ni Teresita Dalogdog", "Teresita Dalogdog"),
    ("Ekri pa Jean-Wesner Pòl", "Jean-Wesner Pòl"),
])
def test_a_posted_by_credit_names_the_writer(line, name):
    assert posted_by_abroad(line).name == name


@pytest.mark.parametrize("line", ["Nā reira, kia tūpato i te huarahi.", "Nā te ua i kino ai te māra."])
def test_a_maori_sentence_opening_with_na_is_no_byline(line):
    assert posted_by_abroad(line) is None


def test_a_contact_line_under_the_points_names_no_signer():
    from pipeline.stages.segment import SegmentConfig, parse_article

    lines = ["ᓯᑯᒥ ᐃᖏᕐᕋᓂᖅ", "",
             "ᐅᑭᐅᖅ ᑕᑯᒃᓴᐅᓕᖅᑎᓪᓗᒍ ᐅᓄᖅᑐᑦ ᐃᖏᕐᕋᖃᑦᑕᖅᑐᑦ ᓯᑯᒥ ᐊᒻᒪ ᓄᓇᒥ ᐃᓚᒌᓪᓗ.", "",
             "1. ᐃᓚᒃᑎᑦ ᐅᖃᐅᑎᓗᒋᑦ. ᐊᓯᐊᒍᑦ ᐃᖏᕐᕋᓕᕈᕕᑦ ᐅᖃᐅᑎᑦᑎᐊᕐᓗᒋᑦ.", "",
             "2. ᓯᓚ ᕿᒥᕐᕈᒍᒃ. ᐊᓄᕆ ᐊᓯᔾᔨᕈᓐᓇᖅᑐᖅ ᐅᓪᓗᒥ.", "",
             "3. ᐅᖄᓚᐅᑦ ᐱᓗᒍ. ᓂᐱᖓ ᑎᑭᒍᓐᓇᙱᑦᑐᖅ ᐃᓂᖏᓐᓂ.", "",
             "ᐅᑯᐊ ᐃᓱᒪᒋᔭᒃᓴᑦ ᑲᑎᒪᔨᓄᑦ ᐋᖅᑭᒃᑕᐅᓚᐅᖅᑐᑦ, ᐃᓐᓇᐃᑦ ᐅᖃᐅᓯᖏᑦ ᑐᓴᖅᑕᐅᓪᓗᑎᒃ ᐊᕐᕌᒍᓂ ᐊᒥᓱᓂ. ᐊᓐᓇᐅᒪᓗᑎᑦ ᐃᖏᕐᕋᓗᑎᑦ ᖁᕕᐊᓱᓪᓗᑎᑦ!",
             "",
             "ᐊᐱᖅᑯᑎᖃᕈᕕᑦ ᐅᖄᓚᒃᑭᑦ ᓴᓚ ᐃᖃᓗᒃ, ᑐᓴᐅᒪᑎᑦᓯᔨ, 555-0100 ᐅᕝᕙᓘᓐᓃᑦ info@hunting.example", ""]
    parsed = parse_article(lines, SegmentConfig())
    assert parsed.signed is None and parsed.byline is None


def test_a_kit_lists_heading_in_creole_heads_things_not_points():
    assert INGREDIENTS_CUE.match("Sa pou pote nan sak ijans lan")
    assert not INGREDIENTS_CUE.match("Sa pa fasil, men li enpòtan.")


def test_a_number_word_that_is_another_languages_common_word_promises_no_count():
    assert "de" not in number_words() and number_words()["kat"] == 4
    assert count_abroad("De beste manieren om water te sparen", None) is None  # Dutch "the", not Creole "two"
    assert count_abroad("Kat konsèy pou jaden an", None) == 4
    # (Creole "twa" is three, Frisian "twa" two (round 24's row): a word two rows count apart promises no count)
    assert count_abroad("Twa konsèy pou jaden an", None) is None


def test_a_mojibake_letter_ftfy_decoded_in_one_line_is_decoded_in_the_texts_other_lines():
    from pipeline.repairs.encoding import fix_unicode

    # (Hausa's "ɗ" as UTF-8 read in cp1252 is a capital and a dash: alone on a line ftfy leaves it)
    text = "Manoma na rasa kashi \u00c9\u2014aya na \u00c6\u2122waya.\nKu ajiye shi a \u00c9\u2014aki mai sanyi."
    assert fix_unicode(text)[0] == "Manoma na rasa kashi ɗaya na ƙwaya.\nKu ajiye shi a ɗaki mai sanyi."
    # a text ftfy found no such letter in keeps its capitals before a dash
    assert fix_unicode("THE CAF\u00c9\u2014and its garden.")[0] == "THE CAF\u00c9\u2014and its garden."
    assert fix_unicode("Ku ajiye shi a \u00c9\u2014aki.")[0] == "Ku ajiye shi a \u00c9\u2014aki."


def test_an_initialism_in_any_script_ends_no_sentence():
    from pipeline.stages.tips.paras import lead_sentence, sentence_starts

    # ("ও.আৰ.এছ." is ORS in Assamese letters; "ডি.এন.এ." DNA): a stop between short pieces is the initialism's own
    assert lead_sentence("শিশুক ঘৰতে ও.আৰ.এছ. দিয়ক। তাৰ পিছত জিৰণি দিয়ক।") == "শিশুক ঘৰতে ও.আৰ.এছ. দিয়ক।"
    assert sentence_starts("ডি.এন.এ. পৰীক্ষা কৰক. তাৰ পিছত উত্তৰ আহে.") == [len("ডি.এন.এ. পৰীক্ষা কৰক. ")]
    assert lead_sentence("Water at dawn. Then rest.") == "Water at dawn."  # a word's stop still ends one
