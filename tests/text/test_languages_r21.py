"""Round 21's language rows (pipeline/text/languages.py): Odia, Tibetan, Tigrinya, Somali, Kinyarwanda,
Luxembourgish, Tajik and Uyghur, each read by a consumer of its words, every grant beside its negations; and the
shapes those pages showed in general form (a Tibetan numeral with no stop, a label closed by the shad, a note over
the text in a page's markup, a question inviting letters with the column's address). Our own sentences, names and
sites throughout."""

from __future__ import annotations

import pytest

import pipeline.text.licence as lic
from pipeline.stages.tips.paras import match_marker
from pipeline.stages.tips.patterns import SEQUENCE_WORD_ABROAD
from pipeline.text.attribution import is_contact_line, writing_credit
from pipeline.text.dates import is_date_line
from pipeline.text.languages import LANGUAGES

ARR = "LicenseRef-all-rights-reserved"
UWP = "LicenseRef-used-with-permission"
REPRINT = "LicenseRef-free-reprint"
PD = "LicenseRef-public-domain"
ROUND_21 = ("or", "bo", "ti", "so", "rw", "lb", "tg", "ug")


def _tag(line: str) -> str:
    return lic.combine(lic.find_statements(line)).tag


def test_the_rows_stand_in_the_table_once():
    assert set(ROUND_21) <= set(LANGUAGES)
    # a key written twice keeps the last silently: the source holds each of them once
    from pathlib import Path

    import pipeline.text.languages as languages

    source = Path(languages.__file__).read_text(encoding="utf-8")
    for code in ROUND_21:
        assert source.count(f'\n    "{code}": {{\n') == 1, code


@pytest.mark.parametrize(("code", "line"), [
    ("or", "© 2024 ବଗିଚା ଘର। ସର୍ବସ୍ୱତ୍ୱ ସଂରକ୍ଷିତ।"),
    ("or", "© 2024 ବଗିଚା ଘର। ସମସ୍ତ ଅଧିକାର ସଂରକ୍ଷିତ।"),
    ("bo", "© 2024 ལྡུམ་ར། པར་དབང་ཡོངས་རྫོགས་ཉར་ཚགས་བྱས་ཡོད།"),
    ("ti", "© 2024 ሓምሊ ገዛ። ኩሉ መሰል ዝተሓለወ እዩ።"),
    ("so", "© 2024 Beerta Xamar. Xuquuqda oo dhan way dhowran tahay."),
    ("rw", "© 2024 Umurima Mwiza. Uburenganzira bwose burabitswe."),
    ("lb", "© 2024 Gaart an Haus. All Rechter reservéiert."),
    ("tg", "© 2024 Боғи Мо. Ҳамаи ҳуқуқҳо ҳифз шудаанд."),
    ("ug", "© 2024 باغۋەن. ھەممە ھوقۇقى قوغدىلىدۇ."),
])
def test_an_all_rights_line_reserves_the_text(code, line):
    assert _tag(line) == ARR, code


@pytest.mark.parametrize(("code", "line"), [
    ("or", "ଲେଖକଙ୍କ ଅନୁମତି ସହ ପ୍ରକାଶିତ।"),
    ("bo", "རྩོམ་པ་པོའི་ཆོག་མཆན་ཐོག་སྤེལ་ཡོད།"),
    ("ti", "እዚ ጽሑፍ ብፍቓድ ጸሓፊ ተሓቲሙ።"),
    ("so", "Waxaa lagu daabacay oggolaanshaha qoraaga."),
    ("rw", "Yasubiwemo ku ruhushya rw'umwanditsi."),
    ("lb", "Mat der Erlaabnes vum Auteur publizéiert."),
    ("tg", "Бо иҷозати муаллиф нашр шуд."),
    ("ug", "ئاپتورنىڭ رۇخسىتى بىلەن ئېلان قىلىندى."),
])
def test_a_credit_line_carries_the_text_with_its_writers_leave(code, line):
    assert _tag(line) == UWP, code


@pytest.mark.parametrize(("code", "line"), [
    # "only with", "without" the writer's leave: the leave asked, no credit given
    ("or", "ଏହି ଲେଖା କେବଳ ଲେଖକଙ୍କ ଅନୁମତି ସହ ପ୍ରକାଶ କରିପାରିବେ।"),
    ("or", "ଲେଖକଙ୍କ ଅନୁମତି ବିନା ନକଲ କରନ୍ତୁ ନାହିଁ।"),
    ("bo", "རྩོམ་པ་པོའི་ཆོག་མཆན་ཁོ་ན་ཐོག་སྤེལ་ཆོག"),
    ("ti", "እዚ ጽሑፍ ብፍቓድ ጸሓፊ ጥራይ ክሕተም ይከኣል።"),
    ("so", "Qoraalkan waad dib u daabacan kartaa oo keliya oggolaanshaha qoraaga."),
    ("rw", "Iyi nkuru mushobora kuyisubiramo gusa ku ruhushya rw'umwanditsi."),
    ("lb", "Nëmme mat der Erlaabnes vum Auteur publizéiert."),
    ("tg", "Ин мақоларо танҳо бо иҷозати муаллиф нашр кардан мумкин аст."),
    ("tg", "Истифодаи маводи сомона танҳо бо иҷозати хаттии идора."),
    ("ug", "بۇ ماقالىنى پەقەت ئاپتورنىڭ رۇخسىتى بىلەن كۆچۈرۈشكە رۇخسەت قىلىنىدۇ."),
])
def test_leave_only_asked_for_is_neither_a_credit_nor_a_grant(code, line):
    assert _tag(line) not in (UWP, REPRINT), code


@pytest.mark.parametrize(("code", "line"), [
    ("or", "ଏହି ଲେଖା ଆପଣ ପ୍ରକାଶ କରିପାରିବେ।"),
    ("bo", "རྩོམ་ཡིག་འདི་བསྐྱར་སྤེལ་བྱེད་ཆོག"),
    ("ti", "እዚ ጽሑፍ ክትሕትሙ ትኽእሉ ኢኹም።"),
    ("so", "Qoraalkan waad dib u daabacan kartaa, adigoon waxba ka beddelin."),
    ("rw", "Iyi nkuru mushobora kuyisubiramo no kuyikwirakwiza."),
    ("lb", "Dësen Artikel dierf fräi publizéiert ginn."),
    ("tg", "Ин мақоларо метавонед озодона нашр кунед."),
    ("ug", "بۇ ماقالىنى كۆچۈرۈپ تارقىتىشقا رۇخسەت قىلىنىدۇ."),
])
def test_a_grant_in_the_rows_words_frees_the_reprint(code, line):
    assert _tag(line) == REPRINT, code


@pytest.mark.parametrize(("code", "line"), [
    # the same grants negated: "may not", "cannot", "not allowed", "without leave ... forbidden"
    ("bo", "རྩོམ་ཡིག་འདི་བསྐྱར་སྤེལ་བྱེད་མི་ཆོག"),
    ("bo", "རྩོམ་ཡིག་འདི་ཆོག་མཆན་མེད་པར་བསྐྱར་སྤེལ་བྱེད་མི་ཆོག"),
    ("ti", "እዚ ጽሑፍ ብዘይ ፍቓድ ጸሓፊ ምሕታም ክልኩል እዩ።"),
    ("so", "Qoraalkan lama daabici karo."),
    ("so", "Qoraalkan ma daabacan kartaa oggolaansho la'aan."),
    ("rw", "Iyi nkuru ntimushobora kuyisubiramo."),
    ("rw", "Iyi nkuru ntabwo mushobora kuyisubiramo."),
    ("lb", "Dësen Artikel dierf net publizéiert ginn."),
    ("tg", "Ин мақоларо бе иҷозати муаллиф нашр кардан мумкин нест."),
    ("ug", "بۇ ماقالىنى كۆچۈرۈشكە رۇخسەت قىلىنمايدۇ."),
    ("ug", "بۇ ماقالىنى رۇخسەتسىز كۆچۈرۈپ تارقىتىشقا رۇخسەت قىلىنىدۇ."),
])
def test_a_negated_grant_frees_nothing(code, line):
    assert _tag(line) != REPRINT, code


def test_a_tajik_dedication_to_the_public_domain():
    assert _tag("Нависанда ин матнро ба мулки умум месупорад.") == PD
    assert _tag("Ин тарҷума ба моликияти ҷамъиятӣ гузошта шудааст.") == PD
    # negated by the verb's prefix, or a text about the public domain, or a question: no dedication
    assert _tag("Нависанда ин матнро ба мулки умум намесупорад.") != PD
    assert _tag("Ин мақола дар бораи мулки умум аст.") != PD
    assert _tag("Мулки умум чист?") == "NOASSERTION"


@pytest.mark.parametrize(("code", "line", "name"), [
    ("or", "ଲେଖିକା: ମମତା ପଣ୍ଡା", "ମମତା ପଣ୍ଡା"),
    ("ti", "ጸሓፊ፦ ሃብተ ወልደ", "ሃብተ ወልደ"),
    ("so", "Qoraa: Faadumo Cali Nuur", "Faadumo Cali Nuur"),
    ("rw", "Umwanditsi: Mukamana Josiane", "Mukamana Josiane"),
    ("tg", "Муаллиф: Зарина Камолова, табиб", "Зарина Камолова"),
    ("ug", "ئاپتورى: گۈلنار ئابلا", "گۈلنار ئابلا"),
    # Tibetan: the shad closes the label, and the name is one token of syllables parted by the tsheg
    ("bo", "རྩོམ་པ་པོ། བཀྲ་ཤིས་སྒྲོལ་མ", "བཀྲ་ཤིས་སྒྲོལ་མ"),
])
def test_a_writer_label_names_the_writer(code, line, name):
    assert writing_credit(line).name == name, code


def test_a_tibetan_label_credits_no_words_that_are_no_name():
    # a sentence after the label is no name; a label of another kind credits nobody
    assert writing_credit("རྩོམ་པ་པོ། ཁོ་ཚོས་ཉིན་མཚན་མེད་པར་དཔེ་ཆ་ཀློག་ཀྱང་ཡིད་ལ་ཉར་མི་ཐུབ།") is None
    assert writing_credit("སྡེ་ཚན། བཀྲ་ཤིས་སྒྲོལ་མ") is None


@pytest.mark.parametrize(("code", "line"), [
    ("or", "ପ୍ରଥମତଃ, ଗଛକୁ ସକାଳେ ପାଣି ଦିଅନ୍ତୁ।"),
    ("so", "Marka hore, daaqadaha xir habeenkii."),
    ("rw", "Mbere na mbere, funga amadirishya nijoro."),
    ("lb", "Éischtens, maacht d'Fënsteren zou."),
    ("tg", "Аввалан, тирезаҳоро пӯшед."),
    ("ug", "بىرىنچى، دېرىزىنى يېپىڭ."),
    ("ug", "ئاخىرىدا، چىراقنى ئۆچۈرۈڭ."),
])
def test_a_sequence_word_before_its_comma_is_a_marker(code, line):
    assert SEQUENCE_WORD_ABROAD.match(line), code


@pytest.mark.parametrize(("code", "line"), [
    ("so", "Arbaco, 8 Maarso 2023"),
    ("rw", "15 Gicurasi 2024"),
    ("lb", "Méindeg, 3. Mäerz 2025"),
    ("tg", "5 июни 2024"),
    ("ti", "12 ለካቲት 2024"),
])
def test_a_date_line_with_the_months_name_is_a_date_line(code, line):
    assert is_date_line(line), code


def test_a_tibetan_digit_with_a_blank_numbers_a_point():
    m = match_marker("༣ ཆུ་མང་པོ་འཐུང", 0, 15)
    assert m is not None and m.number == 3 and m.kind == "numbered"
    m = match_marker("༡༢ ཆུ་མང་པོ་འཐུང", 0, 16)
    assert m is not None and m.number == 12
    m = match_marker("༤། ཆུ་མང་པོ་འཐུང", 0, 16)  # (the shad after the digit: a stop, as "4." is)
    assert m is not None and m.number == 4


def test_a_tibetan_year_opens_no_point():
    assert match_marker("༢༠༢༤ ལོའི་རྒྱུགས", 0, 16) is None


def test_a_question_inviting_letters_with_the_address_is_the_columns_contact_line():
    assert is_contact_line("Stuck with a stubborn lawn? Tell the gardener: lawns@greenpaper.example")
    assert is_contact_line("Su'aal ma qabtaa? U dir qoraaga: su'aal@wargeys.example")
    # an address alone, or a question with no address, is no such line
    assert not is_contact_line("Ask Bea anything at bea@site.example")
    assert not is_contact_line("Why do leeks bolt? The heat does it.")


@pytest.mark.parametrize("line", [
    "ວັນພຸດ ທີ ໒໒ ພຶດສະພາ ໒໐໒໔",  # Lao: the ordinal's word before the day, Lao digits
    "ວັນອັງຄານ ທີ 9 ກໍລະກົດ 2024",
    "2024-жылдын 9-июлу",  # Kyrgyz: the year with its noun first, the day hyphened to its month
    "2024-жылдын 9-июлу, 10:15",
])
def test_a_date_in_the_order_its_language_writes_it_is_a_date_line(line):
    assert is_date_line(line)


def test_a_date_form_opening_a_sentence_is_no_date_line():
    assert not is_date_line("2024-жылдын 9-июлу биз бакчага бардык")


@pytest.mark.parametrize("line", [
    "Перадрук тэкстаў без дазволу аўтара забаронены.",  # Belarusian: reprinting forbidden
    "Забараняецца капіяванне матэрыялаў сайта.",  # ... the verdict first
    "Истифодаи матнҳо танҳо бо иҷозати муаллиф.",  # Tajik: use only with the writer's leave
    "Нашри матнҳо бе иҷозат манъ аст.",  # ... forbidden without it
])
def test_a_refusal_in_the_rows_words_reserves_the_text(line):
    assert _tag(line) == ARR


def test_a_tajik_line_allowing_use_without_leave_refuses_nothing():
    assert _tag("Нашри матнҳо бе иҷозат мумкин аст.") != ARR


@pytest.mark.parametrize("line", [
    "Schicken Sie uns Ihre Fragen über das Formular auf der Seite.",
    "ستاسو پوښتنې موږ ته د اړیکې پاڼې له لارې ولېږئ.",  # Pashto: your questions ... send
    "Su'aal ma qabtaa? Noo soo dir foomka bogga.",  # Somali
])
def test_a_columns_invitation_to_send_questions_is_its_contact_line(line):
    assert is_contact_line(line)


def test_a_note_over_the_text_in_the_markup_is_read_for_the_leave_it_gives():
    from pipeline.text.extract import html_to_text

    # (the theme sets the note between the title and the post's element, outside it)
    page = ("<body><h1>Three ways to save seed</h1><p class='repost-note'><em>Reprinted with the author's "
            "permission.</em></p><article><p>Saving seed costs nothing, and "
            "the plants you keep grow better each year in your own soil.</p><p>Let the pods dry on the stem, then "
            "keep the seed somewhere cool and dark until spring.</p></article>"
            "<footer><p>© 2024 Garden Desk. All rights reserved.</p></footer></body>")
    doc = html_to_text(page)
    # (the shape asked: the note outside the body's element)
    assert ("html-outside-main", "Reprinted with the author's permission.") in doc.removed_blocks
    assert doc.meta.licence.tag == UWP


def test_an_accepted_answer_on_top_keeps_its_own_points_only():
    from pipeline.stages.tips.split import split_text

    text = ("Which pot suits basil best on a windowsill?\n\n✔ Best answer\nAna Reis · 3 May 2024, 10:00 · 12 ▲\n"
            "I have grown basil on my sill for years:\n\n1) Use a deep pot with drainage holes.\n"
            "2) Water at the base in the morning.\n3) Pinch out the tips every week.\n\nGood luck with it!\n"
            "Comments (1):\n- Bo Lind: thanks, that helped.\n\nTom Hale · 3 May 2024, 11:00 · 2 ▲\n"
            "My way is different:\n- Buy a big plant from the market.\n- Keep it warm indoors by the oven.\n")
    assert [t.headline for t in split_text(text).tips] == [
        "Use a deep pot with drainage holes.", "Water at the base in the morning.", "Pinch out the tips every week."]


def test_a_copyright_in_the_mastheads_name_gives_way_to_a_full_name_signed_under_the_text():
    from pipeline.stages.segment import Parsed, resolve_author
    from pipeline.text.attribution import Byline

    notice = lic.find_statements("© 2024 Kalmar Doorane")  # (a site's name two words long, as a name is)
    signed = Parsed(body=[], chrome=["KALMAR DOORANE"], statements=notice, signed=Byline("Ana Reis"))
    assert resolve_author(signed)[0] == "Ana Reis"
    # unsigned, or signed with a first name only, the holder stands as before
    assert resolve_author(Parsed(body=[], chrome=["KALMAR DOORANE"], statements=notice))[0] == "Kalmar Doorane"
    first = Parsed(body=[], chrome=["KALMAR DOORANE"], statements=notice, signed=Byline("Ana"))
    assert resolve_author(first)[0] == "Kalmar Doorane"


def test_points_lettered_in_the_somali_alphabets_order_are_one_list():
    from pipeline.stages.tips.split import split_text

    text = ("Dhakhtar, sidee u ilaaliyaa ilkaha carruurta?\n\nHalkan waxaa ku qoran talooyin aad isku dayi karto:\n\n"
            "b) Ilkaha caday subax iyo habeenba. Labo daqiiqo ayaa ku filan.\n\n"
            "t) Yaree macmacaanka. Sonkortu waxay dhaawacdaa ilkaha yaryar.\n\n"
            "j) Biyo ha cabbaan cuntada kadib. Biyuhu way nadiifiyaan afka.\n\n"
            "x) Dhakhtarka ilkaha u geey sanad kasta. Isagu wuxuu arkaa dhibaatada goor hore.\n\n"
            "Carruurtu way baran doonaan haddii aad samir yeelato.\n")
    assert [t.headline.rstrip(".") for t in split_text(text).tips] == [
        "Ilkaha caday subax iyo habeenba", "Yaree macmacaanka", "Biyo ha cabbaan cuntada kadib",
        "Dhakhtarka ilkaha u geey sanad kasta"]
