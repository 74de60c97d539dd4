"""Authors read from text, round 19 (issue 16). Every line here is our own words.

Shapes: a Markdown export's byline row set in italics or bold ("*NAME — DATE — 6 minutes*"); a company's team
byline naming the company with its department's word ("By the X Y Growing Team") beside the company's © with its
legal form; a public body's page crediting the office that owns it ("Content source: BODY, Office of ...").
SPEC: a team or sub-office is its organisation; a company is named without its legal form.
"""

from __future__ import annotations

from pipeline.text.attribution import content_source, name_line, parse_byline, unemphasised, whole_org


def test_an_italic_byline_row_gives_its_name():
    assert name_line("*Chiamaka Ụzọ — 4 March 2024 — about 6 minutes*").name == "Chiamaka Ụzọ"
    assert name_line("_Chiamaka Ụzọ · 4 March 2024_").name == "Chiamaka Ụzọ"


def test_a_bold_by_line_gives_its_name():
    assert parse_byline("**By Pernille Østergård**").name == "Pernille Østergård"


def test_emphasis_inside_a_line_is_left_alone():
    assert unemphasised("*Tip:* keep the lid on") == "*Tip:* keep the lid on"
    assert name_line("*Keep the lid on while it simmers*") is None


def test_a_team_byline_with_a_department_word_is_the_company_its_copyright_names():
    assert whole_org("Larkspur Bulbs Planting", ["Larkspur Bulbs Ltd"]) == "Larkspur Bulbs"
    assert whole_org("Larkspur Bulbs Okonkwo", ["Larkspur Bulbs Ltd"]) is None  # a surname, not a department


def test_a_content_source_line_names_the_body_not_its_office():
    lines = ["Keep the cold chain", "Text.", "Last reviewed: 3 May 2024",
             "Content source: Northmere Water Authority, Office of Customer Safety", "Related pages"]
    assert content_source(lines) == "Northmere Water Authority"


def test_a_plain_source_line_or_a_person_is_no_content_source():
    assert content_source(["Source: Northmere Water Authority"]) is None
    assert content_source(["Content source: Ingrid Solberg"]) is None


def test_a_dated_row_in_an_unlisted_language_gives_the_writer_after_its_by_word():
    from pipeline.text.attribution import dated_row_writer

    assert parse_byline("Maħruġ fl-4 ta' Mejju 2024 · minn Ċensina Abela · 2 kummenti").name == "Ċensina Abela"
    assert dated_row_writer("4 May 2024 · in Kitchen Garden · 2 comments") is None  # a category, no writer
    assert dated_row_writer("minn Ċensina Abela · 2 kummenti") is None  # no date: not the post's row
