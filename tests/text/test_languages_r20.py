"""Round 20's language rows (pipeline/text/languages.py): Kannada, Malayalam, Lao, Pashto, Zulu, Belarusian, Kyrgyz
and Javanese, then Bosnian, Esperanto, Kurdish and Sundanese, each read by one consumer of its words. Our own
sentences, names and sites throughout."""

from __future__ import annotations

import pytest

from pipeline.stages.tips.patterns import INGREDIENTS_CUE, NUMBERED_LINE, SEQUENCE_WORD_ABROAD
from pipeline.text.attribution import posted_by_abroad, written_abroad
from pipeline.text.dates import is_date_line
from pipeline.text.languages import LANGUAGES
from tests.conftest import licence_tag as _tag

ARR = "LicenseRef-all-rights-reserved"
UWP = "LicenseRef-used-with-permission"
REPRINT = "LicenseRef-free-reprint"
ROUND_20 = ("kn", "ml", "lo", "ps", "zu", "be", "ky", "jv", "bs", "eo", "ku", "su")


def test_the_rows_stand_in_the_table():
    assert set(ROUND_20) <= set(LANGUAGES)


@pytest.mark.parametrize(("code", "line"), [
    ("kn", "© 2024 ನಮ್ಮ ತೋಟ. ಎಲ್ಲಾ ಹಕ್ಕುಗಳನ್ನು ಕಾಯ್ದಿರಿಸಲಾಗಿದೆ."),
    ("ml", "© 2024 വീട്ടുമുറ്റം. എല്ലാ അവകാശങ്ങളും സംരക്ഷിതം."),
    ("lo", "© 2024 ສວນຄົວ. ສະຫງວນລິຂະສິດທັງໝົດ."),
    ("ps", "© ۱۴۰۲ باغچه. ټول حقونه محفوظ دي."),
    ("zu", "© 2024 Ingadi Yethu. Onke amalungelo agodliwe."),
    ("be", "© 2024 Агарод. Усе правы абаронены."),
    ("ky", "© 2024 Бакча. Бардык укуктар корголгон."),
    ("jv", "© 2024 Omah Kula. Hak cipta dilindhungi."),
    ("bs", "© 2024 Bašta. Sva prava zadržana."),
    ("eo", "© 2024 Ĝardeno. Ĉiuj rajtoj rezervitaj."),
    ("ku", "© 2024 Baxçe. Hemû maf parastî ne."),
    ("ku", "© 2024 باخچە. هەموو مافەکان پارێزراون."),  # (Sorani, in its Arabic letters)
    ("su", "© 2024 Kebon Urang. Hak cipta ditangtayungan."),
])
def test_an_all_rights_line_reserves_the_text(code, line):
    assert _tag(line) == ARR, code


@pytest.mark.parametrize(("code", "line"), [
    ("kn", "ಮಂಗಳವಾರ, ಜುಲೈ 9, 2024"),
    ("ml", "ചൊവ്വാഴ്ച, ജൂലൈ 9, 2024"),
    ("ml", "ചൊവ്വാഴ്\u200cച, ജൂലൈ 9, 2024"),  # (the day as Blogger spells it, with a zero-width non-joiner)
    ("lo", "ວັນອັງຄານ 9 ກໍລະກົດ 2024"),
    ("ps", "۹ غویی ۱۴۰۳"),
    ("zu", "ULwesibili, 9 Julayi 2024"),
    ("be", "аўторак, 9 ліпеня 2024"),
    ("ky", "9 июль 2024"),
    ("jv", "Rebo Pon, 3 Juli 2024"),  # the day of the market week after the weekday
    ("bs", "utorak, 9. jula 2024."),
    ("eo", "mardo, 9 julio 2024"),
    ("ku", "9 tîrmeh 2024"),
    ("su", "Salasa, 9 Juli 2024"),
])
def test_a_date_line_with_the_months_name_is_a_date_line(code, line):
    assert is_date_line(line), code


def test_a_market_day_alone_makes_no_date_of_a_name():
    assert not is_date_line("Pon Sutrisno, 3 Juli") and not is_date_line("Legi 2024")


@pytest.mark.parametrize(("code", "line", "name"), [
    ("zu", "Kubhalwe ngu Nomvula Khumalo", "Nomvula Khumalo"),
    ("jv", "Ditulis dening Sekar Larasati", "Sekar Larasati"),
    ("eo", "Verkita de Karlo Verdaĵo", "Karlo Verdaĵo"),
    ("lo", "ຂຽນໂດຍ: ສົມພອນ ວົງສາ", "ສົມພອນ ວົງສາ"),
    ("be", "Напісала Алена Крупеня", "Алена Крупеня"),
])
def test_a_written_by_line_names_the_writer(code, line, name):
    assert posted_by_abroad(line).name == name, code


def test_a_javanese_byline_opens_with_dening_in_lower_case():
    assert written_abroad("dening Bagus Wicaksono").name == "Bagus Wicaksono"


@pytest.mark.parametrize(("code", "line"), [
    ("kn", "ಮೊದಲಿಗೆ, ಗಿಡಗಳಿಗೆ ಬೆಳಿಗ್ಗೆ ನೀರು ಹಾಕಿ."),
    ("ml", "ആദ്യം, പാത്രങ്ങൾ നന്നായി കഴുകുക."),
    ("lo", "ທຳອິດ, ລ້າງມືໃຫ້ສະອາດ."),
    ("ps", "لومړی، خپل لګښتونه ولیکئ."),
    ("zu", "Okokuqala, vala amafasitela ebusuku."),
    ("be", "Па-першае, праверце вокны."),
    ("ky", "Биринчиден, терезелерди жабыңыз."),
    ("jv", "Kapindho, simpen beras ing wadhah sing rapet."),
    ("eo", "Unue, fermu la fenestrojn."),
    ("ku", "Yekem, pencereyan bigire."),
    ("su", "Kahiji, tutup heula jandéla."),
])
def test_a_sequence_word_before_its_comma_is_a_marker(code, line):
    assert SEQUENCE_WORD_ABROAD.match(line), code


@pytest.mark.parametrize(("code", "line"), [
    ("kn", "ಹಂತ 2: ಮಣ್ಣನ್ನು ಸಡಿಲಗೊಳಿಸಿ"),
    ("ml", "ഘട്ടം 3: മാവ് കുഴയ്ക്കുക"),
    ("be", "Крок 4: памыйце посуд"),
    ("zu", "Isinyathelo 2: hlanza umhlabathi"),
])
def test_a_counter_before_its_number_is_a_list_marker(code, line):
    assert NUMBERED_LINE.match(line), code


@pytest.mark.parametrize(("code", "line"), [
    ("ml", "ചേരുവകൾ"),
    ("kn", "ಬೇಕಾಗುವ ಸಾಮಗ್ರಿಗಳು"),
    ("zu", "Izithako (abantu abane)"),
    ("be", "Інгрэдыенты"),
])
def test_an_ingredients_heading_is_the_ingredients_cue(code, line):
    assert INGREDIENTS_CUE.match(line), code


@pytest.mark.parametrize(("code", "line"), [
    ("kn", "ಲೇಖಕರ ಅನುಮತಿಯೊಂದಿಗೆ ಮರುಪ್ರಕಟಿಸಲಾಗಿದೆ."),
    ("zu", "Kushicilelwe kabusha ngemvume yombhali."),
    ("be", "Перадрукавана з дазволу аўтара."),
    ("jv", "Dimuat maneh kanthi idin panulis."),
    ("bs", "Objavljeno uz dozvolu autora."),
])
def test_a_credit_line_carries_the_text_with_its_writers_leave(code, line):
    assert _tag(line) == UWP, code


@pytest.mark.parametrize(("code", "line"), [
    ("be", "Гэты артыкул можна вольна перадрукоўваць на іншых сайтах."),
    ("bs", "Ovaj članak možete slobodno preuzeti uz navođenje izvora."),
    ("eo", "Vi rajtas republikigi ĉi tiun artikolon."),
    ("su", "Tulisan ieu meunang disebarkeun deui."),
])
def test_a_grant_in_the_rows_words_frees_the_reprint(code, line):
    assert _tag(line) == REPRINT, code


def test_a_belarusian_grant_whole_and_unchanged_is_a_term_not_a_limit():
    # "without changes" is the grant's term, as in Russian and Ukrainian: the grant stands
    assert _tag("Гэты артыкул можна перадрукоўваць цалкам, без змен, з імем аўтара.") == REPRINT
    assert _tag("Гэты артыкул можна перадрукоўваць толькі з дазволу аўтара.") != REPRINT


def test_a_lao_dedication_to_the_public_domain():
    assert _tag("ບົດຄວາມນີ້ ເປັນສົມບັດສາທາລະນະ (public domain).") == "LicenseRef-public-domain"
    assert _tag("ບົດຄວາມນີ້ ບໍ່ເປັນສົມບັດສາທາລະນະ.") != "LicenseRef-public-domain"
    assert _tag("ສົມບັດສາທາລະນະ ແມ່ນຫຍັງ?") == "NOASSERTION"


def test_the_indonesian_and_javanese_name_of_attribution_names_the_cc_licence():
    assert _tag("Tulisan iki diterbitake miturut lisensi Creative Commons Atribusi.") == "LicenseRef-cc-by-unversioned"
    assert _tag("Artikel ini berlisensi Creative Commons Atribusi 4.0 Internasional.") == "CC-BY-4.0"


def test_a_javanese_word_indonesian_reads_otherwise_grants_nothing():
    # Javanese "kena" (may) is Indonesian "hit", "serat" (a writing) Indonesian "fibre": neither is in the row
    assert _tag("Kabel serat optik dapat menyebarkan sinyal ke seluruh kota.") == "NOASSERTION"
    assert _tag("Artikel tentang banjir disebarkan ke warga yang kena dampak.") == "NOASSERTION"


@pytest.mark.parametrize(("line", "name"), [
    ("ಡಾ. ಸುಮನಾ ಭಟ್", "ಸುಮನಾ ಭಟ್"),  # Kannada doctor
    ("ທ່ານ ສົມພອນ ວົງສາ", "ສົມພອນ ວົງສາ"),  # Lao "sir"
    ("استاد احمد ضیا", "احمد ضیا"),  # Pashto teacher
    ("Rr. Sekar Larasati", "Sekar Larasati"),  # Javanese noble title
    ("uMnu. Bheki Ntuli", "Bheki Ntuli"),  # Zulu Mr.
    ("Спадарыня Алена Крупеня", "Алена Крупеня"),  # Belarusian Mrs.
])
def test_a_rows_honorific_leaves_the_name(line, name):
    from pipeline.text.attribution import tidy_name

    assert tidy_name(line).name == name


def test_initials_are_no_javanese_title():
    from pipeline.text.attribution import tidy_name

    assert tidy_name("R.A. Dickens").name == "R.A. Dickens"
