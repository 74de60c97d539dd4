"""English licence wordings from the round-6 wording study (bench/licence_study.py): leave given in plain words,
refusals the hints missed, credit lines by leave, and the traps beside each. Sentences written for this test."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pipeline.text import licence as lic
from tests.conftest import licence_tag as tag_of

FR, UWP, ARR, PD, NONE = (lic.FREE_REPRINT, lic.USED_WITH_PERMISSION, lic.ALL_RIGHTS_RESERVED, lic.PUBLIC_DOMAIN,
                          lic.NOASSERTION)
GRANTS = {FR, PD, "CC0-1.0"}


@pytest.mark.parametrize("line, tag", [
    # leave in plain words: "OK/fine to", "yours to run", "no permission needed"
    ("Okay to reprint with the author's byline.", FR),
    ("It's perfectly fine to republish this essay on your blog if you link back.", FR),
    ("It is OK to share this guide in your club newsletter, with the credit line.", FR),
    ("This column is yours to publish, free, with the byline kept.", FR),
    ("No prior permission is needed to reprint this article, as long as the bio stays.", FR),
    ("Readers: this piece is yours to run in your newsletter at no cost, tagline included.", FR),
    # refusals the hints missed
    ("Reposting of these recipes is strictly forbidden.", ARR),
    ("Please don't copy this post to your own site.", ARR),
    ("Posts here must not be republished without the writer's consent.", ARR),
    ("Our articles are protected by international copyright law.", ARR),
    ("This handout is not for republication.", ARR),
    ("Short quotes are fine; longer extracts require the author's written permission.", ARR),
    ("Thinking of reposting this article? Message me first.", ARR),
    ("Copr. 1998 Halvard Press", ARR),
    # credit lines by leave, and a text no one claims
    ("Our thanks to the author for letting us reprint this column.", UWP),
    ("No copyright is claimed on this guide.", PD),
])
def test_wordings_read_as_their_class(line, tag):
    assert tag_of(line) == tag


@pytest.mark.parametrize("line", [
    # "OK/fine" about something else, or negated
    "It's fine to use these tips in your own kitchen.",
    "It is not OK to republish this article without asking.",
    "Is it okay to reprint old recipes from a cookbook?",
    "Your garden is yours to run as you like.",
    # "no permission needed" for something that is not this text
    "No permission is needed to plant a hedge under two metres.",
    # a disclaimer about pictures is no dedication
    "No copyright is claimed for the photographs on this page.",
    "No copyright infringement intended.",
    # the hints' new words in body text
    "Smoking is strictly forbidden in the greenhouse.",
    "The seedlings are protected by a cloche until May.",
])
def test_traps_grant_nothing(line):
    assert tag_of(line) not in GRANTS


def test_no_permission_needed_is_read_only_for_a_text_named():
    # the grant names this text; the same words about planting grant nothing
    assert lic.find_grant("No permission needed to reprint this article; keep the bio.") == 0
    assert lic.find_grant("No permission needed to plant tulips in a front garden.") is None


STUDY = Path(__file__).resolve().parents[2] / "bench" / "licence_wordings.json"


def test_the_study_s_development_part_is_read_with_no_false_grant():
    # the development two-thirds (the set-apart third is scored once, by the study's --final)
    rank = lic.REUSE_RANK
    for item in json.loads(STUDY.read_text(encoding="utf-8"))["wordings"]:
        got = lic.reuse(lic.combine([s for line in item["wording"].splitlines()
                                     for s in lic.find_statements(line)])).answer
        assert rank[got] <= rank[item["reuse"]], item["id"]


@pytest.mark.parametrize("line, tag", [
    ("Copyright 2021. Do not copy.", ARR),
    ("© 2012-present Yusuf Demir", ARR),
    ("Reprinted from Hill Farm Quarterly under licence from the publisher.", UWP),
    # traps: the imperative with an object of another kind, a licence that is not a leave to this page
    ("Do not copy the measurements from the old plan.", NONE),
    ("The drivers are published under licence from the state.", NONE),
    ("This article is republished from The Desk under a Creative Commons license.", NONE),
])
def test_terse_notices_and_licensed_reprints(line, tag):
    assert tag_of(line) == tag


@pytest.mark.parametrize("line, tag", [
    ("Text © Mirela Dobre. Please ask before using any of it.", ARR),
    # "let us" as an invitation is no leave, even beside a notice's word
    ("Let us share a few thoughts on permission slips for school trips.", NONE),
])
def test_asking_before_use_and_an_invitation(line, tag):
    assert tag_of(line) == tag


@pytest.mark.parametrize("line, tag", [
    # prose about what a licence allows in general grants nothing (found by the study's set-apart part, after its
    # one score)
    ("With a CC BY licence, others may copy your work as long as they name you.", NONE),
    ("A CC BY-SA 4.0 licence lets anyone adapt a work if the result is shared alike.", NONE),
    # ... while a licence of this page's text still reads
    ("This blog is licensed CC BY 4.0, which lets anyone reuse a work from it with credit.", "CC-BY-4.0"),
])
def test_prose_about_a_licence_is_no_licence(line, tag):
    assert tag_of(line) == tag
