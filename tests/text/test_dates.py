"""pipeline.text.dates: the one place for month names, date patterns and date parsing; its variants differ on
purpose, and the stages use them from here."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from pipeline.text import dates

PIPELINE = Path(__file__).resolve().parents[2] / "pipeline"


def test_each_language_lists_only_names_no_language_before_it_has():
    """The flattened tables are one regex alternation: a name twice would be a table out of step."""
    for table in (dates.MONTHS_ABROAD, dates.WEEKDAYS_ABROAD):
        assert len(table) == len(set(table))
    assert not {m.lower() for m in dates.MONTHS_ABROAD} & set(dates.MONTH_STEMS)  # English names are not abroad


@pytest.mark.parametrize("line", ["Montag, 4. April 2011", "lunes, 4 de abril de 2011", "le 3 mars 2010",
                                  "14 maggio 2021", "2011年4月4日", "den 5 maj 2019"])
def test_other_languages_date_lines(line):
    assert dates.is_date_line(line)


@pytest.mark.parametrize("line, line_only, glued_before_title, opens_with_date, in_text", [
    # a date line alone: the strictest reads it, the title-date one wants a title after it
    ("March 3, 2009", True, False, True, ["2009-03-03"]),
    ("Posted on 12 June 2015", True, False, False, ["2015-06-12"]),
    # a date glued before a title (capitalised month, a capital after it)
    ("09 Sep 09 Brush Up On Your Spanish", False, True, True, []),
    ("Sept 5, 2009 Ten Ways To Save", False, True, True, ["2009-09-05"]),
    # lowercase: a sentence, never cut as a title's date; a tip's paragraph still opens with a date
    ("may 5, 2009 was the day we moved", False, False, True, ["2009-05-05"]),
    # a month and day without a year: only the loosest (a diary entry's heading) reads it
    ("May 12: the frost came back", False, False, True, []),
    # a date inside a sentence: only dedup's running-text dates
    ("We first wrote this on 17/02/2013 for the club.", False, False, False, ["2013-02-17"]),
    ("March Madness", False, False, False, []),
])
def test_the_variants_differ_on_purpose(line, line_only, glued_before_title, opens_with_date, in_text):
    assert dates.is_date_line(line) is line_only
    assert (dates.TITLE_DATE.match(line) is not None) is glued_before_title
    assert (dates.YEAR_OR_DATE.match(line) is not None) is opens_with_date
    assert list(dates.iso_dates(line.lower())) == in_text


def test_title_date_ends_before_the_title():
    line = "Sept. 5, 2009 Ten Ways To Save"
    assert line[dates.TITLE_DATE.match(line).end():] == "Ten Ways To Save"


def test_month_abbreviations_leave_may_a_word():
    assert "sept" in dates.MONTH_ABBREVIATIONS and "may" not in dates.MONTH_ABBREVIATIONS


def test_the_stages_use_the_one_module():
    from pipeline.stages import boilerplate, dedup, read, segment
    from pipeline.stages.tips import detect, paras, patterns
    from pipeline.text import attribution, html_main, line_roles

    assert boilerplate.TITLE_DATE is dates.TITLE_DATE
    assert paras.YEAR_OR_DATE is detect.YEAR_OR_DATE is dates.YEAR_OR_DATE
    assert dates.MONTH_ABBREVIATIONS <= patterns.ABBREVIATIONS
    assert read.normalise_date is dates.normalise_date
    assert dedup.iso_dates is dates.iso_dates and dedup.find_date("Updated 2011-7-19") == "2011-07-19"
    for module in (attribution, segment, html_main, line_roles):
        assert module.is_date_line is dates.is_date_line


# Month names written out as a table or an alternation (jan|feb, "jan", "feb", Jan(?:uary)?|Feb, januar februar),
# or a strptime format of month names; an example in a comment ("21 January 2014") is no table.
MONTH_TABLE = re.compile(r"jan(?:uary|uar|vier|\(\?:uary\)\?)?\W{1,4}f[eé]b|%B", re.I)


def test_no_other_module_keeps_month_names():
    """One place per concern: a new date rule takes its names and patterns from pipeline.text.dates (the other
    languages' names stand in their rows of the language tables, which dates.py reads)."""
    holders = sorted(str(p.relative_to(PIPELINE)) for p in PIPELINE.rglob("*.py")
                     if p.name not in ("dates.py", "languages.py")
                     and MONTH_TABLE.search(p.read_text(encoding="utf-8")))
    assert holders == []


@pytest.mark.parametrize("line", ["4 de novembro de 2011", "sexta-feira, 18 de novembro de 2022", "2 de abril de 2019"])
def test_portuguese_date_lines_every_month(line):  # "novembro" was missing: its look-alike "novembre" is fr's and it's
    assert dates.is_date_line(line)
