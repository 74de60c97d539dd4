"""Round 15: a page's fields and buttons in other languages (a directory's field row, a share bar of buttons):
the page's own, read into fields or left out, never the title. Pages written here in our own words."""

from __future__ import annotations

from pipeline.repairs.spacing import fix_spaces
from pipeline.stages.segment import SegmentConfig, _labels_row, _writer_field, parse_article


def test_a_field_row_in_another_language_names_the_writer():
    assert _writer_field("Autor: Ana Pop Publicat în: 3 mai 2021 Vizualizări: 312") == "Author: Ana Pop"
    assert _writer_field("Författare: Åsa Berg Publicerad: 2 maj 2023") == "Author: Åsa Berg"
    assert _writer_field("Publicat în: 3 mai 2021 Vizualizări: 312") == "Publicat în: 3 mai 2021 Vizualizări: 312"


def test_a_share_bar_of_buttons_is_no_title():
    assert _labels_row("Distribuie!   Distribuie!   Abonează-te!")
    assert not _labels_row("Grădina de iarnă")
    page = fix_spaces("BALCON-VERDE.RO\n\nAcasă > Grădină > Balcon >\n\nAutor: Ana Pop   Publicat în: 3 mai 2021\n\n"
                      "CUM SĂ-ȚI PREGĂTEȘTI BALCONUL PENTRU NOIEMBRIE\n\n"
                      "Distribuie!   Distribuie!   Abonează-te!\n\n"
                      "Toamna e momentul în care balconul se pregătește pentru frig, chiar dacă nu pare deloc.\n")[0]
    parsed = parse_article(page.split("\n"), SegmentConfig())
    assert parsed.title == "CUM SĂ-ȚI PREGĂTEȘTI BALCONUL PENTRU NOIEMBRIE"
    assert parsed.byline is not None and parsed.byline.name == "Ana Pop"


def _parse(text: str):
    return parse_article(fix_spaces(text)[0].split("\n"), SegmentConfig())


def test_an_answerer_with_a_role_under_the_letters_title_is_the_byline():
    parsed = _parse("СІМЕЙНА ГАЗЕТА\n\nЛИСТ ДО ЮРИСТА\n\nСусід паркується на моєму місці: що робити\n\n"
                    "Відповідає юристка Марія Коваль-Біла\n\n"
                    "«Добрий день! Сусід третій місяць ставить машину на моє місце у дворі. Що мені робити?»\n\n"
                    "Маріє, почніть зі спокійної розмови, а потім пишіть заяву до управителя будинку.\n")
    assert parsed.title == "Сусід паркується на моєму місці: що робити"
    assert parsed.byline is not None and parsed.byline.name == "Марія Коваль-Біла"


def test_a_reading_time_line_is_no_title():
    parsed = _parse("Horta Fácil\n\nComo regar vasos nas férias sem desperdiçar água\n\nTempo de leitura: 4 min\n\n"
                    "Viajar no verão não precisa significar voltar para casa e encontrar as plantas secas e tristes.\n")
    assert parsed.title == "Como regar vasos nas férias sem desperdiçar água"


def test_a_hosts_note_abroad_names_the_reposted_writer():
    parsed = _parse("Horta Fácil\n\nComo regar vasos nas férias sem desperdiçar água\n\n"
                    "Nota do editor: este artigo foi escrito por Renata Lopes Freire e publicado antes no jornal do "
                    "bairro.\n\n"
                    "Viajar no verão não precisa significar voltar para casa e encontrar as plantas secas e tristes.\n")
    assert parsed.guest is not None and parsed.guest.name == "Renata Lopes Freire"


def test_a_comment_count_heading_opens_the_readers_comments():
    parsed = _parse("Horta Fácil\n\nComo regar vasos nas férias\n\n"
                    "Viajar no verão não precisa significar voltar para casa e encontrar as plantas secas.\n\n"
                    "Boa viagem!\n\n3 comentários\n\nJoana disse:\n1. garrafa pet\n2. pavio de algodão\n")
    assert not any("garrafa" in line for line in parsed.body)
