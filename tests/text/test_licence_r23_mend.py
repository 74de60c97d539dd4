"""Round 23's mends of round 22's licence rules, each found by a read-only review: a quantifier's exception that
names something other than this text (or a clause's "but") read as lifting its denial, a shown licence with its own
limit words read as the page's, Faroese, Tatar and Turkmen refusals the rows did not know, another site's
public-domain gift read as this page's, French "ne ... plus" before the Free Art License, and the later-mark loop's
quadratic time. Lines written in our own words (invented names and sites), each beside the grant it must not
disturb."""

from __future__ import annotations

import pytest

from pipeline.text import licence as lic

PD, NONE, REPRINT = lic.PUBLIC_DOMAIN, lic.NOASSERTION, lic.FREE_REPRINT
ARR = "LicenseRef-all-rights-reserved"
GRANTS = {PD, REPRINT, "CC-BY-4.0", "CC-BY-SA-4.0"}


def tag_of(line: str) -> str:
    return lic.combine(lic.find_statements(line)).tag


# 1. a quantifier's exception lifts its denial only when it names this very text; "but" is an exception only
# straight after the quantifier, never a clause's conjunction
@pytest.mark.parametrize("line", [
    "None of this booklet except the printed hymn is under CC BY 4.0.",
    "Nothing in this newsletter but the masthead is licensed CC BY 4.0.",
    "Nothing in this digest is CC BY 4.0 apart from the reader letter on page 5, which is CC BY 4.0.",
    "No one may reprint this column, but you can learn about CC BY 4.0 on our help page.",
    "Nobody may copy this guide but the Pine Hollow club may read about CC BY-SA 4.0 there.",
])
def test_an_exception_naming_something_else_lifts_no_denial(line):
    assert tag_of(line) not in GRANTS


@pytest.mark.parametrize("line, tag", [
    ("Nothing on this wiki is CC BY 4.0 except this tutorial, which is CC BY 4.0.", "CC-BY-4.0"),
    ("Nothing but this article is licensed under CC BY 4.0.", "CC-BY-4.0"),
    ("None of these pages are in the public domain apart from this one, which I place in the public domain.", PD),
])
def test_an_exception_naming_this_text_still_states_its_licence(line, tag):
    assert tag_of(line) == tag


def test_the_quantifier_without_exception_still_denies():
    assert tag_of("Nothing on this wiki is CC BY 4.0.") == NONE


# 2. a shown licence line stays shown whatever limit words it carries; a quoted refusal granting nothing stays the
# page's own
@pytest.mark.parametrize("line", [
    'For instance, add this line: "This blog is licensed under CC BY 4.0, except where otherwise noted."',
    'A common footer says "This work is licensed under CC BY-SA 4.0 unless stated otherwise" on most wikis.',
    "For example: You may republish this recipe only if you keep the author's name.",
    'A sample notice reads "I place this text in the public domain, except the photos."',
])
def test_a_shown_grant_with_its_own_limit_licenses_nothing(line):
    assert tag_of(line) == NONE


def test_a_shown_refusal_granting_nothing_is_still_the_pages_own():
    line = "For instance, this recipe may not be reprinted without our written permission."
    assert tag_of(line) == tag_of("This recipe may not be reprinted without our written permission.") == ARR


def test_a_quoted_condition_after_a_grant_still_reads_as_the_grants_own():
    quoted = 'You may reprint this recipe on one condition: "it must never be sold."'
    a, b = (lic.combine(lic.find_statements(t)) for t in (quoted, quoted.replace('"', "")))
    assert (a.tag, a.conditions) == (b.tag, b.conditions) and a.tag == REPRINT


def test_the_same_grant_stated_outright_still_stands():
    assert tag_of("This blog is licensed under CC BY 4.0, except where otherwise noted.") == "CC-BY-4.0"


# 3. the rows' refusals: Faroese "aldri" / "ongantíð" (never), Tatar "булмый" / "булмас", Turkmen "bolmaz"
@pytest.mark.parametrize("line", [
    "Tú mást aldri prenta hesa tekst.",  # fo: you may never print this text
    "Hesin teksturin verður aldri givin í almenna ogn.",  # fo: this text will never be given to the public domain
    "Hesin teksturin er ongantíð givin í almenna ogn.",
    "Бу язманы күчереп басарга мөмкин булмый.",  # tt: this piece may not be reprinted
    "Бу язманы күчереп басарга мөмкин булмас.",
    "Bu ýazgyny göçürmek mümkin bolmaz.",  # tk: copying this piece is not possible
])
def test_a_refusal_in_the_rows_words_grants_nothing(line):
    assert tag_of(line) not in GRANTS


@pytest.mark.parametrize("line, tag", [
    ("Tú mást prenta hesa tekst.", REPRINT),
    ("Бу язманы күчереп басарга мөмкин.", REPRINT),
    ("Bu ýazgyny göçürmek mümkin.", REPRINT),
])
def test_the_same_grants_affirmed_still_stand(line, tag):
    assert tag_of(line) == tag


# 4. another site's public-domain gift, with this page's own texts kept back, is no gift of this page
def test_another_sites_gift_with_this_blogs_rights_kept_is_no_dedication():
    line = ("Every post on Aunt Mabel's Needles is given to the public domain, but the posts on this site are "
            "my own and all rights are reserved.")
    assert tag_of(line) != PD


@pytest.mark.parametrize("line", [
    "Every post on Aunt Mabel's Needles is given to the public domain.",
    "Every post on this site is given to the public domain, but a link back is welcome.",
])
def test_a_sites_own_gift_still_stands(line):
    assert tag_of(line) == PD


# 5. French "ne ... plus / point / guère" denies the Free Art License named after it; English "plus" denies nothing
@pytest.mark.parametrize("line", [
    "Ce carnet n'est plus sous Licence Art Libre depuis 2019.",
    "Ce carnet ne sera point publié sous Licence Art Libre.",
])
def test_a_french_no_longer_before_the_free_art_license_denies_it(line):
    assert lic.find_statements(line) == [] or tag_of(line) == NONE


@pytest.mark.parametrize("line", [
    "Ce carnet est sous Licence Art Libre.",
    "Ce carnet, plus les dessins, est sous Licence Art Libre.",
])
def test_the_free_art_license_stated_still_stands(line):
    assert tag_of(line) not in (NONE, ARR)


def test_english_plus_before_a_licence_denies_nothing():
    assert tag_of("This guide, plus every photo in it, is licensed under CC BY 4.0.") == "CC-BY-4.0"


# 11. the later marks of one long sentence are read in one scan: a 40,000-character line of denied marks is read
# with one denial scan per sentence, not one per mark
def test_a_long_line_of_denied_marks_is_scanned_once(monkeypatch):
    calls = []
    real = lic._denials
    monkeypatch.setattr(lic, "_denials", lambda *a, **k: calls.append(1) or real(*a, **k))
    lic._statements_of.cache_clear()
    line = "Nothing on this wiki is " + "CC BY 4.0, " * 3640
    assert len(line) > 40_000
    assert tag_of(line) == NONE
    assert len(calls) < 10
    tail = line + "except this tutorial, which is CC BY 4.0."
    assert tag_of(tail) == "CC-BY-4.0"


# (lead, merge) a picture's credit run into the next sentence lends it no terms: hypothesis found "Image credit: NAME
# (CC BY-NC-ND 2.0)" before "Feel free to print the chart ..." read as a free reprint asking for credit
@pytest.mark.parametrize("joint", [" ", "\n"])
def test_a_picture_credit_before_an_imperative_lends_it_no_terms(joint):
    line = "Image credit: Tomasz Wren (CC BY-NC-ND 2.0)" + joint + "Feel free to print the chart and pin it up at home."
    assert lic.reuse(lic.combine(lic.find_statements(line))).answer == "unknown"


def test_a_grant_asking_for_credit_after_a_picture_credit_still_stands():
    line = ("Image credit: Tomasz Wren. Feel free to print the chart in your club newsletter with credit to the "
            "writer.")
    assert lic.combine(lic.find_statements(line)).tag == lic.FREE_REPRINT
