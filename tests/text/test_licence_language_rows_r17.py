"""Word lists read from the language tables (round 17): licence's and attribution's cues in other languages live
in the rows of pipeline/text/languages.py. Our own words throughout."""

from __future__ import annotations

import pytest

from pipeline.text.languages import LANGUAGES
from pipeline.text.licence import GLUED_PROVENANCE, PROVENANCE_ABROAD


@pytest.mark.parametrize("code", sorted(c for c in LANGUAGES if "first_published" in LANGUAGES[c]))
def test_every_language_row_says_where_a_text_first_ran(code):
    for w in LANGUAGES[code]["first_published"]:
        assert PROVENANCE_ABROAD.search(f"({w} 2019)"), (code, w)
        if code in GLUED_PROVENANCE:
            assert PROVENANCE_ABROAD.search(f"記事{w}掲載"), (code, w)  # inside a run of letters


def test_a_spaced_languages_word_inside_a_longer_word_says_nothing():
    assert not PROVENANCE_ABROAD.search("Die ursprüngliche Fassung war kürzer.")
    assert PROVENANCE_ABROAD.search("Ursprünglich erschienen in der Gartenzeitung.")


@pytest.mark.parametrize("code", sorted(c for c in LANGUAGES if {"member_posts", "member_joined"} & set(LANGUAGES[c])))
def test_every_language_row_labels_a_forum_members_stats(code):
    from pipeline.text.attribution import MEMBER_STAT_ABROAD

    for kind in ("member_posts", "member_joined"):
        for w in LANGUAGES[code].get(kind, ()):
            assert MEMBER_STAT_ABROAD.match(f"{w.capitalize()}: 1,204"), (code, w)
    assert not MEMBER_STAT_ABROAD.match("The hedge survived the winter: 12 posts")


@pytest.mark.parametrize("code", sorted(c for c in LANGUAGES if "online_status" in LANGUAGES[c]))
def test_every_language_row_strips_a_posters_online_status(code):
    from pipeline.text.attribution import ONLINE_STATUS

    for w in LANGUAGES[code]["online_status"]:
        assert ONLINE_STATUS.sub("", f"{w.capitalize()} Dara Quinn", count=1) == "Dara Quinn", (code, w)


@pytest.mark.parametrize("code", sorted(c for c in LANGUAGES if "months" in LANGUAGES[c]))
def test_every_language_rows_months_make_a_date_line(code):
    from pipeline.text.dates import is_date_line

    for month in LANGUAGES[code]["months"]:
        assert is_date_line(f"14 {month} 2024"), (code, month)
        assert not is_date_line(f"14 {month} of the old calendar were wet"), (code, month)


def test_the_weekdays_of_unspaced_scripts_open_a_date_line_but_stay_out_of_the_date_patterns():
    from pipeline.text.dates import WEEKDAYS_ABROAD, WEEKDAYS_IN_SCRIPTS

    assert "火曜日" in WEEKDAYS_IN_SCRIPTS and "火曜日" not in WEEKDAYS_ABROAD
    assert "dienstag" in WEEKDAYS_ABROAD and "dienstag" not in WEEKDAYS_IN_SCRIPTS
