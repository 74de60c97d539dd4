"""Round 22's language rows (pipeline/text/languages.py): Assamese, Sindhi, Dhivehi, Xhosa, Malagasy, Turkmen, Tatar
and Faroese, each read by the consumers of its words; every grant and credit phrase beside its negation in the same
language (a false grant is worse than none). Our own sentences, names and sites throughout."""

from __future__ import annotations

import pytest

from pipeline.stages.tips import split_text
from pipeline.stages.tips.paras import match_marker
from pipeline.stages.tips.patterns import SEQUENCE_WORD_ABROAD
from pipeline.text.attribution import tidy_name
from pipeline.text.languages import LANGUAGES
from tests.conftest import licence_tag as _tag

ARR = "LicenseRef-all-rights-reserved"
UWP = "LicenseRef-used-with-permission"
FREE = "LicenseRef-free-reprint"
PD = "LicenseRef-public-domain"
NONE = "NOASSERTION"
ROUND_22 = ("as", "sd", "dv", "xh", "mg", "tk", "tt", "fo")


def test_the_rows_stand_in_the_table_once():
    import re
    from pathlib import Path

    source = Path(__file__).parents[2].joinpath("pipeline/text/languages.py").read_text(encoding="utf-8")
    keys = re.findall(r'^    "([a-z]{2,3})": \{', source, re.M)
    assert set(ROUND_22) <= set(LANGUAGES)
    assert len(keys) == len(set(keys))  # a key written twice would keep its last row silently


@pytest.mark.parametrize(("code", "line"), [
    ("as", "© ২০২৩ বাৰীৰ কথা। সৰ্বস্বত্ব সংৰক্ষিত।"),
    ("dv", "© 2023 ރަށުގެ ބަގީޗާ. ހުރިހާ ޙައްޤުތަކެއް ރައްކާތެރިކުރެވިފައި."),
    ("tk", "© 2023 Gök Bag. Ähli hukuklar goralan."),
    ("tt", "© «Авыл бакчасы», 2023. Барлык хокуклар сакланган."),
])
def test_an_all_rights_line_reserves_the_text(code, line):
    assert _tag(line) == ARR, code


# (code, a credit carrying the text with its holder's leave, the same leave asked or limited: no credit)
LEAVES = [
    ("as", "লেখকৰ অনুমতিক্ৰমে পুনৰ প্ৰকাশ কৰা হ'ল।", "কেৱল লেখকৰ অনুমতিক্ৰমে এই প্ৰবন্ধ পুনৰ প্ৰকাশ কৰিব পাৰি।"),
    ("sd", "هي مضمون ليکڪ جي اجازت سان شايع ڪيو ويو آهي.", "هي مضمون رڳو ليکڪ جي اجازت سان ٻيهر شايع ٿي سگهي ٿو."),
    ("dv", "ލިޔުންތެރިޔާގެ ހުއްދައާއެކު މިތާ ޝާއިޢުކުރީމެވެ.", "ހަމައެކަނި ލިޔުންތެރިޔާގެ ހުއްދައާއެކު މި ލިޔުން ޝާއިޢު ކުރެވިދާނެއެވެ."),
    ("xh", "Eli nqaku lipapashwe apha ngemvume yombhali.", "Eli nqaku lingapapashwa kuphela ngemvume yombhali."),
    ("mg", "Navoaka teto ity lahatsoratra ity nahazoana alalana tamin'ny mpanoratra.",
     "Tsy azo avoaka ity lahatsoratra ity raha tsy nahazoana alalana tamin'ny mpanoratra."),
    ("tk", "Bu makala awtoryň rugsady bilen çap edildi.", "Makalalary diňe ýazmaça rugsat bilen göçürip almak bolýar."),
    ("tt", "Мәкалә авторның рөхсәте белән басыла.",
     "Материалларны бары тик редакция рөхсәте белән күчереп басарга мөмкин."),
    ("fo", "Greinin er prentað her við loyvi frá høvundinum.", "Greinin kann bara prentast við loyvi frá høvundinum."),
]


@pytest.mark.parametrize(("code", "credit", "asked"), LEAVES)
def test_a_credit_with_the_holders_leave_and_its_limited_twin(code, credit, asked):
    assert _tag(credit) == UWP, code
    assert _tag(asked) not in (UWP, FREE, PD), code


# (code, a grant to republish this text, the same words negated or limited)
GRANTS = [
    ("as", "এই প্ৰবন্ধ আপুনি পুনৰ প্ৰকাশ কৰিব পাৰে।", "এই প্ৰবন্ধ অনুমতি অবিহনে পুনৰ প্ৰকাশ কৰিব নোৱাৰে।"),
    ("sd", "هي مضمون توهان ٻيهر شايع ڪري سگهو ٿا.", "هي مضمون توهان ٻيهر شايع نه ڪري سگهو ٿا."),
    ("mg", "Azonao adika sy zaraina ity lahatsoratra ity.", "Tsy azonao adika ity lahatsoratra ity."),
    ("tk", "Bu makalany göçürip almak we paýlaşmak bolýar.", "Bu makalany göçürip almak bolmaýar."),
    ("tt", "Бу мәкаләне күчереп басарга мөмкин.", "Бу мәкаләне күчереп басарга мөмкин түгел."),
    ("fo", "Tú mást prenta og býta hesa grein.", "Tú mást ikki prenta hesa grein."),
]


@pytest.mark.parametrize(("code", "grant", "refused"), GRANTS)
def test_a_grant_and_its_negation(code, grant, refused):
    assert _tag(grant) == FREE, code
    assert _tag(refused) not in (FREE, PD), code


def test_a_malagasy_grant_asking_the_text_unchanged_is_a_grant_not_a_negation():
    # "not changed, not even by one word" is the grant's term ("tsy" is "not", "aza" "do not", alone)
    whole = ("Azonao adika sy zaraina amin'ny bilaoginao ity fomba fahandro ity, raha adika manontolo, tsy ovana "
             "na dia teny iray aza.")
    assert _tag(whole) == FREE
    assert _tag("Aza adika ity fomba fahandro ity.") != FREE


@pytest.mark.parametrize(("line", "tag"), [
    ("Henda grein er givin í almenna ogn. Tú mást nýta hana, sum tú vilt.", PD),
    ("Greinin er givin í almenna ogn.", PD),
    ("Henda grein er ikki givin í almenna ogn.", NONE),  # not given
    ("Nógvar gamlar greinir eru í almenna ogn.", NONE),  # texts in general, not this one
])
def test_a_faroese_dedication_of_this_text(line, tag):
    assert _tag(line) == tag


@pytest.mark.parametrize(("code", "line"), [
    ("xh", "Okwesibini, khetha umgubo ongahluzwanga."),
    ("fo", "Síðani, tak vatn við í flaskuni."),
    ("tt", "Икенчедән, орлыкны алдан чылатыгыз."),
    ("tk", "Ilki bilen, tohumlary suwda ezmeli."),
])
def test_a_sequence_word_before_its_comma_is_a_marker(code, line):
    assert SEQUENCE_WORD_ABROAD.match(line), code


@pytest.mark.parametrize(("line", "number", "rest"), [
    ("3-nji maslahat: Gaplary ýuwuň", 3, "Gaplary ýuwuň"),
    ("6-njy maslahat: Ýere suw sepiň", 6, "Ýere suw sepiň"),
    ("2-ci addım: Torpağı yumşaldın", 2, "Torpağı yumşaldın"),  # Azerbaijani writes its ordinal so too
])
def test_a_number_with_its_ordinals_suffix_before_a_counter_is_a_marker(line, number, rest):
    m = match_marker(line, 0, len(line))
    assert (m.number, line[m.end:]) == (number, rest)


@pytest.mark.parametrize("line", ["1-nji noýabr: täze bölüm açylýar", "12-ci il ərzində çox dəyişdi"])
def test_a_date_or_a_count_with_an_ordinals_suffix_is_no_marker(line):
    assert match_marker(line, 0, len(line)) is None


@pytest.mark.parametrize(("raw", "name"), [
    ("ডাঃ মৃণালিনী শইকীয়া", "মৃণালিনী শইকীয়া"),  # the doctor's abbreviation ending in the visarga
    ("ޑރ. މަރިޔަމް ނާޒިމާ", "މަރިޔަމް ނާޒިމާ"),
    ("Sr Thandeka Mbele", "Thandeka Mbele"),  # a nursing sister
])
def test_an_honorific_leaves_the_name(raw, name):
    assert tidy_name(raw).name == name


def test_prose_points_bracketed_by_order_words_as_many_as_the_title_promises():
    text = ("Heysturin kemur skjótt, og fjøllini eru kald.\n\n"
            "Fyrst, kanna veðrið áðrenn tú fert. Vindurin broytist skjótt.\n\n"
            "Síðani, sig einum vini frá, hvar tú gongur. Tað kann bjarga tær.\n\n"
            "Tak altíð eina turra troyggju við, eisini í sól. Hon vigar lítið.\n\n"
            "Til seinast, vend heim í góðari tíð. Fjallið stendur har í morgin.\n\n"
            "Góðan túr!")
    assert len(split_text(text, title="Fýra ráð til heystgongu").tips) == 4
    # five promised, four there: the count says nothing; the unmarked paragraph is a point of its own all the same,
    # by its shape (a short lead, more under it: round 25, as three hands labelled it in Polish, Gaelic and Chuvash;
    # round 22 had it go on with the point above)
    assert len(split_text(text, title="Fimm ráð til heystgongu").tips) == 4


def test_an_assamese_visarga_after_a_tips_head_is_its_colon():
    # "ঃ" is a letter too: the adverbs "অন্ততঃ" (at least) and "ক্ৰমশঃ" (gradually) end with it, and "ডাঃ" (Dr.)
    text = ("বাৰিষাত ঘৰখন শুকান ৰাখিবলৈ তলৰ কথাকেইটা মনত ৰাখক।\n\n"
            "১) খিৰিকী ৰাতিপুৱা খুলি দিয়কঃ ৰ'দ অহাৰ আগতে বতাহ সোমাব দিয়ক। অন্ততঃ আধা ঘণ্টা খোলা ৰাখক।\n\n"
            "২) তিতা কাপোৰ ভিতৰত নুশুকুৱাবঃ বাৰাণ্ডাত মেলি দিয়ক, ঘৰৰ ভিতৰত ভাপ জমা হয়।\n\n"
            "৩) চুলাৰ ওপৰত ঢাকনি দিয়কঃ ভাতৰ ভাপ ক্ৰমশঃ বেৰত লাগি ধৰে।\n\n"
            "এই সৰু কামকেইটাই বহু কাম দিব।")
    assert [t.headline for t in split_text(text).tips] == ["খিৰিকী ৰাতিপুৱা খুলি দিয়ক", "তিতা কাপোৰ ভিতৰত নুশুকুৱাব",
                                                           "চুলাৰ ওপৰত ঢাকনি দিয়ক"]


def test_a_thaana_word_is_one_word_with_its_vowel_signs():
    from pipeline.stages.tips.paras import has_words

    assert has_words("ފެން ބޯން ދިނުން", 3) and not has_words("ފެން ބޯން ދިނުން", 4)


def test_numbered_thaana_heads_over_their_paragraphs_are_points():
    body = "ކުދިންނަށް ގިނައިން ފެން ދޭށެވެ. ސޯޑާ މަދުކުރާށެވެ."
    text = ("ހޫނު މޫސުމުގައި ކުދިންނަށް ސަމާލުވާން ޖެހެއެވެ. ތިރީގައިވާ ކަންކަމަށް ބަލާށެވެ.\n\n"
            + "\n\n".join(f"{k}. {head}\n\n{body}" for k, head in enumerate(
                ("ފެން ބޯން ދިނުން", "ބޭރުގައި ކުޅެން ނުފޮނުވުން", "ފަނޑު ހެދުން އެޅުވުން"), start=1))
            + "\n\nހުރިހާ ކުދިންނަށް ހެޔޮ ދުވަހެއް.")
    assert [t.headline for t in split_text(text).tips] == ["ފެން ބޯން ދިނުން", "ބޭރުގައި ކުޅެން ނުފޮނުވުން",
                                                           "ފަނޑު ހެދުން އެޅުވުން"]


@pytest.mark.parametrize(("line", "name"), [
    ("Tekstur: Rói í Líð · Myndir: Ása Poulsen", "Rói í Líð"),  # a Faroese family named by its place
    ("Taýýarlan: «Gül Bag» HJ-nyň bagbanlar topary", "Gül Bag"),  # a company in quotes with its legal form
])
def test_a_writing_credit_names_the_writer(line, name):
    from pipeline.text.attribution import writing_credit

    assert writing_credit(line).name == name


def test_a_company_credit_under_the_headline_names_the_company_when_the_markup_names_no_one():
    from tests.conftest import html_author

    html = ("<html><head><title>Gyşda güller</title></head><body><article><h1>Gyşda gülleri nädip saklamaly?</h1>"
            "<p>3.02.2024 · Taýýarlan: «Gül Bag» HJ-nyň bagbanlar topary · 412 gezek okaldy</p>"
            "<p>Gyşda gülleriň köküni örtüň. Suwy azaldyň we sowukdan goraň.</p></article></body></html>")
    assert html_author(html) == "Gül Bag"
    # a work's title in quotes with a writer after it is no company
    assert html_author(html.replace("«Gül Bag» HJ-nyň bagbanlar topary", "«Gyşky Bag» kitaby we Aýna Orazowa")) != (
        "Gyşky Bag")


@pytest.mark.parametrize(("line", "tag"), [
    ("Rubutun nan na kowa ne (public domain): kowa na iya kwafa shi.", PD),  # Hausa: this writing is everyone's
    ("Littafin nan na kowa ne.", PD),
    ("Littafin nan ba na kowa ba ne.", NONE),  # negated
    ("Duk tsofaffin littattafai na kowa ne.", NONE),  # old books in general, not this text
    ("Ce texte ne tombe pas dans le domaine public.", NONE),  # French "ne" still denies
])
def test_a_hausa_dedication_of_this_text(line, tag):
    assert _tag(line) == tag


# A board in Arabic script (our own Sindhi thread): the thread's title after its "موضوع:" label, its posters' stats
# labelled in the board's language ("پيغام:" posts, "شموليت:" joined), the best answer marked in its words
THREAD = ("ٻاغ باغيچو فورم\nمکيه صفحو › فورم › گل ٻوٽا\nلاگ ان ٿيو | رجسٽر ٿيو\n\n"
          "موضوع: گلاب جا پن پيلا ڇو ٿي رهيا آهن؟\n\n"
          "02-05-2019, 08:10 PM   #1\nسارنگ_لاشاري\nرڪن\nشموليت: Mar 2018\nپيغام: 40\n\n"
          "منهنجي گلاب جا پن هيٺان کان پيلا ٿي رهيا آهن. ڪو ٻڌائيندو ته ڇا ڪجي؟\n\n"
          "03-05-2019, 09:00 AM   #2\nمهتاب_سومرو\nرڪن\nشموليت: Jan 2012\nپيغام: 912\n\n"
          "پاڻي صبح جو ڏيو، شام جو نه. ڪجهه ڏينهن ۾ فرق ڏسندا.\n\n"
          "© 2019 ٻاغ باغيچو فورم\n")


def test_a_thread_labelled_in_arabic_script_gives_its_title():
    from tests.conftest import segment_page

    (article,) = segment_page(THREAD)
    assert article.title == "گلاب جا پن پيلا ڇو ٿي رهيا آهن؟"


def test_a_posters_stats_in_the_boards_language_and_the_best_answer_mark():
    from pipeline.stages.segment import MEMBER_STAT
    from pipeline.text.attribution import is_accepted_mark

    assert MEMBER_STAT.search("پيغام: 912") and MEMBER_STAT.search("شموليت: Jan 2012")
    assert not MEMBER_STAT.search("هن پيغام ۾ ڪجهه به ناهي")  # the word in a sentence, no colon after it
    assert is_accepted_mark("✔ سوال ڪندڙ هن جواب کي بهترين جواب قرار ڏنو")
