"""Round 20: licence statements in the forms holdout20's hands wrote them: the GNU Free Documentation License by
name, a public-domain dedication whose giver is named (or a US federal work, or a text declared copyright-free), a
grant that a text is royalty-free to republish, a digest's own grant, a poster's "repost the whole thing, keep my
name", and Creative Commons named in Indonesian. Lines written in our own words, each with its trap."""

from __future__ import annotations

import pytest

from pipeline.text import licence as lic
from pipeline.text.html_meta import trimmed_rights
from pipeline.text.terms import reuse
from tests.conftest import cases
from tests.conftest import licence_tag as tag_of

FR, PD, NONE = lic.FREE_REPRINT, lic.PUBLIC_DOMAIN, lic.NOASSERTION


@pytest.mark.parametrize("line, tag", [
    ("Permission is granted to copy this guide under the terms of the GNU Free Documentation License, Version 1.2 "
     "or any later version.", "GFDL-1.2-or-later"),
    ("This manual is released under the GNU Free Documentation License, version 1.3.", "GFDL-1.3-only"),
    ("Text available under the GFDL.", "GFDL-1.1-or-later"),  # no version: the reader may choose any (its words)
])
def test_the_gnu_fdl_by_name_is_its_spdx_tag_and_lets_excerpts_travel_with_credit(line, tag):
    assert tag_of(line) == tag
    decided = reuse(lic.combine(lic.find_statements(line)))
    assert decided.answer == lic.EXCERPT_OK and decided.attribution


READINGS = [
    # free documentation in prose is no licence
    *cases("free-documentation-in-prose", NONE, [
        "We wrote our own free documentation for the club's printer.",  # the words in prose, not the licence's name
        "gnu free documentation license debates went on for years on the list.",
    ]),
    # dedications, whoever gives them, and works free of copyright are public domain
    *cases("dedication-or-copyright-free-work", PD, [
        "Tomás places this booklet in the public domain, so print as many as you like.",
        "The society releases these notes into the public domain.",
        "Material on WaterSafe.gov is a work of the U.S. federal government and may be copied freely.",
        "This leaflet is a work of the United States government.",
        "Everything in this bulletin is copyright-free: copy it, change it, pass it on.",
        "COPYRIGHT-FREE: print it, share it, hand it round.",
    ]),
    # lines near those words give nothing
    *cases("near-public-domain-words", NONE, [
        "She puts her faith in the public domain of shared recipes.",  # no text of this page given
        "These photos are copyright-free stock images we bought.",  # pictures, not the text
        "Is copyright-free music safe for a school video?",
        "He worked for the U.S. government for thirty years.",
    ]),
    # free reprint in a poster's or a digest's words
    *cases("free-reprint-in-posters-or-digests-words", FR, [
        "This column is royalty-free to reprint in club newsletters, as long as it runs unchanged.",
        "Feel free to run this digest in your own newsletter, provided every credit and link stays intact.",
        "posted by Ana (ana-bakes). repost the whole thing wherever you like, just keep my name on it.",
    ]),
    # "the whole thing" alone grants nothing
    *cases("whole-thing-alone", NONE, [
        "I wrote the whole thing on a train, so forgive the typos.",
        "Share the whole thing with your friends.",
        "Keep my name out of it, please.",
    ]),
    # Creative Commons Attribution named in Indonesian is CC BY (its version and terms read as in English)
    pytest.param("Tulisan ini boleh disebarkan ulang dengan lisensi Creative Commons Atribusi.",
                 "LicenseRef-cc-by-unversioned", id="cc-by-in-indonesian"),
    pytest.param("Dilisensikan di bawah Creative Commons Atribusi-BerbagiSerupa 4.0 Internasional.", "CC-BY-SA-4.0",
                 id="cc-by-sa-4-in-indonesian"),
    # a host's account of the leave given is used with permission; the same words about anything else give nothing
    pytest.param("Note from Jo: Mei kindly said yes when I asked if we could share her piece here. Over to Mei!",
                 lic.USED_WITH_PERMISSION, id="hosts-account-of-leave-given"),
    pytest.param("She said yes when I asked if we could go to the lake.", NONE, id="said-yes-to-something-else"),
]


@pytest.mark.parametrize(("line", "tag"), READINGS)
def test_a_line_is_read_as_its_licence(line, tag):
    assert tag_of(line) == tag


@pytest.mark.parametrize("foot, tag", [
    ("Editors: articles in this directory may be republished free of charge, provided each one runs whole with its "
     "author box and links intact.", FR),
    ("Content on this website is in the public domain; you may copy it without asking.", PD),
    ("Text on RiverWatch.gov is a work of the U.S. federal government and is in the public domain.", PD),
])
def test_a_site_s_own_terms_for_every_text_in_its_footer_cover_the_article(foot, tag):
    assert trimmed_rights([foot, "© 2014 Site Name"]).tag == tag


@pytest.mark.parametrize("foot", [
    "You are welcome to forward this newsletter to a friend.",  # one thing passed on, no terms for the texts
    "You may reprint any article on Pet Notes in your ezine, free of charge.",  # no directory's terms
])
def test_a_footer_grant_that_is_not_the_site_s_terms_for_its_texts_stays_the_site_s(foot):
    assert trimmed_rights([foot]) is None
