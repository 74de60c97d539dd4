"""Word lists read from the language tables (round 17): the tips stage's cues in other languages live in the rows
of pipeline/text/languages.py, so a language added there reaches the rule. Our own words throughout."""

from __future__ import annotations

import pytest

from pipeline.stages.tips.patterns import CONTENTS_CUE, SUMMARY_HEAD, WARNINGS_CUE
from pipeline.text.languages import LANGUAGES


@pytest.mark.parametrize("code", sorted(c for c in LANGUAGES if "warnings" in LANGUAGES[c]))
def test_every_language_row_heads_a_guides_warnings(code):
    for w in LANGUAGES[code]["warnings"]:
        assert WARNINGS_CUE.match(f"{w.capitalize()}:"), (code, w)
        assert WARNINGS_CUE.match(f"{w.upper()}[edit]"), (code, w)
        assert not WARNINGS_CUE.match(f"{w.capitalize()} for the winter months"), (code, w)


def test_english_warnings_stay_read():
    assert WARNINGS_CUE.match("Safety warnings")
    assert not WARNINGS_CUE.match("Warnings about frost are common in May")


@pytest.mark.parametrize("code", sorted(c for c in LANGUAGES if "summary" in LANGUAGES[c]))
def test_every_language_row_heads_a_summary_box(code):
    for w in LANGUAGES[code]["summary"]:
        assert SUMMARY_HEAD.match(f"📌 {w.capitalize()}:"), (code, w)
        assert not SUMMARY_HEAD.match(f"{w.capitalize()} of the long winter, told by the gardener"), (code, w)


def test_one_table_heads_an_issues_contents_for_segment_and_for_the_tips_stage():
    from pipeline.stages.segment import CONTENTS_HEAD

    for w in LANGUAGES["en"]["issue_contents"]:
        assert CONTENTS_CUE.match(f"{w.upper()}:"), w  # a heading alone over the list
        m = CONTENTS_HEAD.match(f"{w.capitalize()}: Mending boots · Winter bulbs")  # or the entries on its line
        assert m and f"{w.capitalize()}: Mending boots · Winter bulbs"[m.end():] == "Mending boots · Winter bulbs", w
    assert not CONTENTS_CUE.match("Inside the potting shed, the light is good for seedlings.")


@pytest.mark.parametrize("code", sorted(c for c in LANGUAGES if "wrote" in LANGUAGES[c]))
def test_every_language_row_attributes_a_quoted_reply(code):
    from pipeline.stages.tips.split import REPLY_ATTRIBUTION

    for w in LANGUAGES[code]["wrote"]:
        assert REPLY_ATTRIBUTION.search(f"On 3 May, Dara Quinn {w}:"), (code, w)
        assert not REPLY_ATTRIBUTION.search(f"Dara Quinn {w} that the frost came early this year."), (code, w)


@pytest.mark.parametrize("code", sorted(c for c in LANGUAGES if "series_part" in LANGUAGES[c]))
def test_every_language_row_leads_another_parts_list(code):
    from pipeline.stages.tips.patterns import SERIES_LIST_CUE

    for w in LANGUAGES[code]["series_part"]:
        assert SERIES_LIST_CUE.search(f"{w.capitalize()}:"), (code, w)
