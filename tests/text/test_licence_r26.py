"""Round 26: licences that end or change (issue 16, SPEC r25 (q)), in our own words.

- A grant withdrawn in words ("I have withdrawn reprint permission for my articles") reserves all rights and ends
  every grant stated beside it (the directory's old resource-box grant); a grant not withdrawn, merely updated or
  restated, keeps its grant.
- A licence keyed to dates ("posts before 2021 are CC BY") covers a post by its own date; an undated post takes the
  narrower (no grant keyed to dates reaches it, a reservation keyed to dates does).
- A reprint sold to most readers and free to some ("for a small fee; free for students") is a free grant limited by
  who (SPEC r25 (s)); sold to all it grants nothing (r25 (w)).
"""

from __future__ import annotations

import datetime

import pytest

from pipeline.text import licence as lic
from tests.conftest import licence_tag

FREE, ARR, NONE = lic.FREE_REPRINT, lic.ALL_RIGHTS_RESERVED, lic.NOASSERTION
BOX = "You may reprint this article in your ezine or on your site as long as this author box stays with it. "


@pytest.mark.parametrize("withdrawal", [
    "I have withdrawn reprint permission for all of my articles on this site.",
    "Reprint permission for this article has been withdrawn.",
    "The free-reprint licence for this post was revoked in March 2022.",
    "Reprint rights to my articles were rescinded last year.",
    "The reprint offer for this article no longer applies.",
    "We have cancelled the free reprint offer for our articles.",
])
def test_a_withdrawn_grant_reserves_all_rights_over_the_old_grant(withdrawal):
    assert licence_tag(withdrawal) == ARR
    assert licence_tag(withdrawal + " " + BOX) == ARR
    assert licence_tag(BOX + withdrawal) == ARR
    found = lic.find_statements(BOX) + lic.find_statements(withdrawal)
    assert lic.combine(found).tag == ARR


@pytest.mark.parametrize("line", [
    "I have not withdrawn reprint permission for my articles.",
    "Reprint permission for this article has not been withdrawn.",
    "Reprint permission for this article was never revoked.",
    "Reprint terms for this article updated in May 2022.",
    "The reprint permission for my articles was updated last spring.",
])
def test_a_grant_not_withdrawn_keeps_its_grant(line):
    assert licence_tag(BOX + line) == FREE
    assert lic.combine(lic.find_statements(BOX) + lic.find_statements(line)).tag == FREE


def test_a_withdrawal_of_something_else_is_no_statement():
    for line in ("We cancelled the swap meeting, so read this article instead.",
                 "She withdrew her offer on the house after the survey."):
        assert lic.find_statements(line) == []


@pytest.mark.parametrize(("line", "first", "last"), [
    ("Posts published up to 30 June 2021: CC BY 4.0.", None, datetime.date(2021, 6, 30)),
    ("Posts before 2021 are CC BY 4.0.", None, datetime.date(2020, 12, 31)),
    ("Articles written before 1 March 2021 are CC BY 4.0.", None, datetime.date(2021, 2, 28)),
    ("Posts published from 1 July 2021 onward: all rights reserved.", datetime.date(2021, 7, 1), None),
    ("Posts after 2020 are all rights reserved.", datetime.date(2021, 1, 1), None),
    ("Posts written in 2019 are CC BY-SA 4.0.", datetime.date(2019, 1, 1), datetime.date(2019, 12, 31)),
    ("Posts since March 2020 are CC BY 4.0.", datetime.date(2020, 3, 1), None),
])
def test_a_licence_keyed_to_dates_covers_the_days_it_names(line, first, last):
    assert lic.date_scope(line) == (first, last)


@pytest.mark.parametrize("line", [
    "© 2009-2023 Wren Abernethy. All rights reserved.",
    "This post is CC BY 4.0.",
    "This article, first published in 2014, may be reprinted in your newsletter.",
    "Posts on this blog are CC BY 4.0.",
])
def test_a_licence_keyed_to_no_date_covers_every_text(line):
    assert lic.date_scope(line) is None


OLD = lic.find_statements("Posts published up to 30 June 2021: creativecommons.org/licenses/by/4.0/")
NEW = lic.find_statements("Posts published from 1 July 2021 onward: all rights reserved, ask me first.")


def test_a_post_inside_the_grants_dates_keeps_the_grant():
    kept = lic.for_post_dated(OLD + NEW, datetime.date(2021, 6, 30))
    assert lic.combine(kept).tag == "CC-BY-4.0"


def test_a_post_outside_the_grants_dates_is_under_the_other_line():
    kept = lic.for_post_dated(OLD + NEW, datetime.date(2021, 7, 1))
    assert lic.combine(kept).tag == ARR


def test_an_undated_post_takes_the_narrower():
    assert lic.combine(lic.for_post_dated(OLD + NEW, None)).tag == ARR
    assert lic.combine(lic.for_post_dated(OLD, None)).tag == NONE  # (the grant alone, keyed to dates: none)


def test_statements_keyed_to_no_date_stand_whatever_the_post_date():
    site = lic.find_statements("Text on this blog is CC BY-SA 4.0.")
    assert lic.for_post_dated(site, None) == site
    assert lic.for_post_dated(site, datetime.date(2001, 1, 1)) == site


@pytest.mark.parametrize("line", [
    # a free grant to some readers, a fee for the rest: limited by who, as "non-profits only" is (SPEC r25 (s))
    "This article may be reprinted for a small fee, free for students.",
    "Student newspapers may reprint this article free of charge; other publications pay a small fee.",
])
def test_a_reprint_free_to_some_and_sold_to_the_rest_is_a_free_reprint(line):
    assert licence_tag(line) == FREE


@pytest.mark.parametrize("line", [
    "This article may be reprinted for a small fee.",
    "Reprint rights to this column are available for a small fee.",
])
def test_a_reprint_sold_to_everyone_grants_nothing(line):
    assert licence_tag(line) == NONE


@pytest.mark.parametrize("line", [
    "Any article in this issue may be reprinted by other clubs, provided it is printed in full.",
    "Articles in this newsletter may be reprinted by any non-profit group if they stay whole and unchanged.",
    "Any article on Fern Notes may be reprinted free of charge, whole and with its author box.",
])
def test_a_footers_reprint_terms_for_every_piece_are_the_publishers_terms(line):
    (grant,) = [s for s in lic.find_statements(line) if s.kind == "reprint"]
    assert lic.site_wide_terms(grant, line)


@pytest.mark.parametrize("line", [
    "You may reprint any article on Fern Notes in your ezine, free of charge.",  # no terms set
    "You may reprint this article in full in your newsletter.",  # one piece's grant, not the issue's
])
def test_a_grant_setting_no_terms_or_naming_one_piece_is_no_publishers_terms(line):
    (grant,) = [s for s in lic.find_statements(line) if s.kind == "reprint"]
    assert not lic.site_wide_terms(grant, line)
