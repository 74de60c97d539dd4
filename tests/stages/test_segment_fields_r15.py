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
