"""Licence tags: SPDX ids from Creative Commons statements, documented LicenseRef tags, holder, year, conditions."""

from __future__ import annotations

from dataclasses import asdict

import pytest

from pipeline.records import Licence
from pipeline.text import licence as lic


@pytest.mark.parametrize("text, tag", [
    ("This work is licensed under a Creative Commons Attribution 4.0 International License.", "CC-BY-4.0"),
    ("Licensed under Creative Commons Attribution-ShareAlike 4.0 International", "CC-BY-SA-4.0"),
    ("Creative Commons Attribution-NonCommercial 4.0 International License", "CC-BY-NC-4.0"),
    ("Creative Commons Attribution-NonCommercial-NoDerivatives 4.0 International License", "CC-BY-NC-ND-4.0"),
    ("Creative Commons Attribution-NoDerivs 3.0 Unported License", "CC-BY-ND-3.0"),
    ("http://creativecommons.org/licenses/by-nc-sa/2.5/", "CC-BY-NC-SA-2.5"),
    ("https://creativecommons.org/licenses/by/4.0/deed.en", "CC-BY-4.0"),
    ("http://creativecommons.org/licenses/by/3.0/us/", "CC-BY-3.0-US"),
    ("http://creativecommons.org/licenses/by-sa/2.0/uk/", "CC-BY-SA-2.0-UK"),
    ("http://creativecommons.org/licenses/by/2.0/zz/", "LicenseRef-CC-BY-2.0-ZZ"),
    ("https://creativecommons.org/publicdomain/zero/1.0/", "CC0-1.0"),
    ("Released as CC0.", "CC0-1.0"),
    ("licensed CC BY-SA 3.0", "CC-BY-SA-3.0"),
    ("Released under a Creative Commons Attribution license.", "LicenseRef-cc-by-unversioned"),
])
def test_creative_commons_statements_map_to_spdx(text, tag):
    assert lic.combine(lic.find_statements(text)).tag == tag


@pytest.mark.parametrize("text", ["We love our common customers.", "Attribution matters in sales, 4.0 times over.",
                                  "See creativecommons.org for more."])
def test_no_creative_commons_without_a_licence(text):
    assert lic.find_cc(text) is None


def test_every_generated_cc_tag_is_an_spdx_id_or_a_documented_licenseref():
    for elements in ("by", "by-sa", "by-nc", "by-nd", "by-nc-sa", "by-nc-nd"):
        for version in ("1.0", "2.0", "2.5", "3.0", "4.0", None):
            tag = lic.cc_tag(elements, version)
            assert tag in lic.SPDX_CC or tag.startswith("LicenseRef-")


def test_seed_000_reprint_notice():
    notice = ("Notice – You are allowed to publish this article in its entirety provided that author’s name, bio and "
              "website links must remain intact, active and included with every reproduction")
    licence = lic.combine(lic.find_statements(notice))
    assert licence.tag == "LicenseRef-free-reprint" and licence.statement == notice
    assert licence.conditions == ["entire-article-only", "attribution-required", "keep-author-bio", "keep-links",
                                  "keep-links-active"]
    assert licence.holder is None and licence.year is None


def test_seed_001_copyright_used_with_permission():
    licence = lic.combine(lic.find_statements("Copyright 2008 by JoAnna Brandi. Used with permission."))
    assert (licence.tag, licence.holder, licence.year) == ("LicenseRef-used-with-permission", "JoAnna Brandi", 2008)
    assert licence.conditions == ["permission-required"]


@pytest.mark.parametrize("text, holder, year", [
    ("©Susan Dunn, MA Psychology, Emotional Intelligence Coach, http://www.susandunn.cc .", "Susan Dunn", None),
    ("© 2009 Helen Marsh. All rights reserved.", "Helen Marsh", 2009),
    ("Copyright © 2007 Sandra Lee", "Sandra Lee", 2007),
    ("Copyright (c) 2006 Sam Patel.", "Sam Patel", 2006),
    ("(c) 2001-2004 Acme Widgets Inc. All rights reserved.", "Acme Widgets Inc", 2001),
])
def test_bare_copyright_lines_are_all_rights_reserved(text, holder, year):
    licence = lic.combine(lic.find_statements(text))
    assert (licence.tag, licence.holder, licence.year) == ("LicenseRef-all-rights-reserved", holder, year)


def test_a_website_is_never_the_holder():
    licence = lic.combine(lic.find_statements("ImproveHomeLife.com © 2005"))
    assert licence.tag == "LicenseRef-all-rights-reserved" and licence.holder is None and licence.year == 2005


@pytest.mark.parametrize("text", ["Copyright laws protect writers too.", "the copyright notice must stay",
                                  "Customer service is about relationships."])
def test_prose_about_copyright_is_not_a_statement(text):
    assert lic.parse_copyright(text) is None


@pytest.mark.parametrize("text, conditions", [
    ("You may reprint this article provided the resource box above is included unchanged and all links stay active.",
     ["no-modification", "keep-author-bio", "keep-links", "keep-links-active"]),
    ("This article may be freely reprinted as long as the author's bio and links remain intact.",
     ["keep-author-bio", "keep-links"]),
    ("Permission to reprint is granted as long as this copyright notice is kept and you notify the author.",
     ["keep-copyright-notice", "notify-author"]),
    ("You are free to publish this article for non-commercial use, with credit to the author.",
     ["attribution-required", "non-commercial"]),
])
def test_reprint_conditions(text, conditions):
    licence = lic.combine(lic.find_statements(text))
    assert licence.tag == "LicenseRef-free-reprint" and licence.conditions == conditions


def test_strongest_statement_wins_and_holder_comes_from_the_copyright_line():
    statements = (lic.find_statements("Copyright 2011 Carla Mendes.")
                  + lic.find_statements("Licensed under http://creativecommons.org/licenses/by/3.0/us/"))
    licence = lic.combine(statements)
    assert (licence.tag, licence.holder, licence.year) == ("CC-BY-3.0-US", "Carla Mendes", 2011)
    assert licence.conditions == ["attribution-required"]
    assert licence.statement.split("\n") == ["Copyright 2011 Carla Mendes.",
                                             "Licensed under http://creativecommons.org/licenses/by/3.0/us/"]


def test_nothing_stated_is_noassertion():
    licence = lic.combine([])
    assert (licence.tag, licence.holder, licence.statement, licence.conditions) == ("NOASSERTION", None, None, [])


def test_folds_to_ascii_lists_every_character_re_ignorecase_folds_to_an_ascii_letter():
    """The substring gates before the licence patterns rely on this set being complete."""
    import re
    import string
    import sys

    every = "".join(chr(c) for c in range(128, sys.maxunicode + 1) if not 0xD800 <= c < 0xE000)
    folding = set()
    for letter in string.ascii_lowercase:
        folding |= set(re.findall(letter, every, re.IGNORECASE))
    assert folding == lic.FOLDS_TO_ASCII


def test_statements_are_found_through_characters_that_fold_to_ascii():
    assert lic.parse_copyright("Copyrıght 2008 by Jo Doe.").holder == "Jo Doe"
    assert lic.find_cc("Licensed under a Creatıve Commons Attribution 4.0 License.").tag == "CC-BY-4.0"


# The one attribution table (issue 13): dedup, check, segment and tips all ask lic.requires_attribution.
@pytest.mark.parametrize("tag, conditions, required", [
    ("LicenseRef-free-reprint", ["attribution-required"], True),
    ("LicenseRef-free-reprint", ["keep-author-bio"], True),
    ("LicenseRef-free-reprint", ["keep-links"], False),
    ("LicenseRef-free-reprint", ["keep-links", "keep-links-active", "no-modification", "entire-article-only"], False),
    ("LicenseRef-free-reprint", ["notify-author"], False),  # telling the author is not crediting them
    ("LicenseRef-free-reprint", ["keep-copyright-notice"], False),
    ("LicenseRef-used-with-permission", ["permission-required"], False),
    ("CC-BY-4.0", [], True),  # the BY element, even when a record omits the condition
    ("LicenseRef-cc-by-nc-unversioned", [], True),
    ("CC0-1.0", [], False),
    ("NOASSERTION", [], False),
    ("LicenseRef-free-reprint", ["keep-author-name"], False),  # outside the vocabulary: asks nothing
])
def test_requires_attribution_table(tag, conditions, required):
    assert lic.requires_attribution({"tag": tag, "conditions": conditions}) is required
    assert lic.requires_attribution(Licence(tag=tag, conditions=conditions)) is required


def test_every_condition_the_parser_emits_is_in_the_vocabulary():
    emitted = {name for name, _ in lic.CONDITION_CUES} | set(lic.CC_CONDITIONS.values()) | {"permission-required"}
    assert emitted == set(lic.CONDITIONS)


def test_stages_and_check_share_the_one_function():
    from pipeline import check
    from pipeline.stages import dedup, segment, tips
    assert check.requires_attribution is lic.requires_attribution
    assert dedup.requires_attribution is lic.requires_attribution
    assert segment.lic.attribution_missing is lic.attribution_missing
    assert tips.credit_line is lic.credit_line and tips.licence_flags is lic.licence_flags


# The one reuse answer a tip carries (issue 16): may ONE tip of this article be republished alone?
@pytest.mark.parametrize("licence, answer, conditions", [
    (None, "unknown", []),
    (Licence(), "unknown", []),
    (Licence(tag="LicenseRef-some-terms-we-do-not-know"), "unknown", []),  # stated, but not understood: no grant
    (Licence(tag="CC0-1.0"), "excerpt-ok", []),
    (Licence(tag="LicenseRef-public-domain"), "excerpt-ok", []),
    (Licence(tag="CC-BY-4.0"), "excerpt-ok", ["attribution-required"]),  # BY from the tag, even when not listed
    (Licence(tag="CC-BY-SA-4.0", conditions=["attribution-required", "share-alike"]), "excerpt-ok",
     ["attribution-required", "share-alike"]),
    (Licence(tag="CC-BY-NC-SA-3.0", conditions=["attribution-required", "non-commercial", "share-alike"]),
     "excerpt-ok", ["attribution-required", "non-commercial", "share-alike"]),
    (Licence(tag="LicenseRef-cc-by-nc-unversioned"), "excerpt-ok", ["attribution-required", "non-commercial"]),
    (Licence(tag="CC-BY-ND-4.0", conditions=["attribution-required", "no-modification"]), "whole-article-only",
     ["attribution-required", "no-modification"]),
    (Licence(tag="CC-BY-NC-ND-4.0"), "whole-article-only", ["attribution-required", "no-modification",
                                                             "non-commercial"]),
    # a free-reprint grant is for the whole article with its author box, whether or not it says "entirety"
    (Licence(tag="LicenseRef-free-reprint", conditions=["entire-article-only", "keep-author-bio"]),
     "whole-article-only", ["keep-author-bio", "entire-article-only"]),
    (Licence(tag="LicenseRef-free-reprint", conditions=["keep-author-bio"]), "whole-article-only",
     ["keep-author-bio"]),
    (Licence(tag="LicenseRef-free-reprint"), "whole-article-only", []),
    (Licence(tag="LicenseRef-all-rights-reserved", conditions=["permission-required"]), "ask-permission",
     ["permission-required"]),
    (Licence(tag="LicenseRef-used-with-permission"), "ask-permission", ["permission-required"]),
    # conditions outside the vocabulary are not listed: they are not part of the answer
    (Licence(tag="CC-BY-4.0", conditions=["keep-author-name"]), "excerpt-ok", ["attribution-required"]),
])
def test_reuse_answer(licence, answer, conditions):
    assert lic.reuse(licence).answer == answer
    assert list(lic.reuse(licence).conditions) == conditions
    if licence is not None:
        assert lic.reuse(asdict(licence)) == lic.reuse(licence)  # the written dict reads the same


def test_reuse_answers_are_ordered_strictest_first():
    assert lic.REUSE_ANSWERS == ("ask-permission", "unknown", "whole-article-only", "excerpt-ok")
    assert lic.more_permissive("excerpt-ok", "whole-article-only")
    assert lic.more_permissive("whole-article-only", "unknown")
    assert not lic.more_permissive("unknown", "ask-permission") and not lic.more_permissive("ask-permission", "unknown")
    assert not lic.more_permissive("whole-article-only", "excerpt-ok")


def test_the_whole_article_flag_follows_the_reuse_answer():
    assert "republish-whole-article-only" in lic.licence_flags(Licence(tag="LicenseRef-free-reprint"))
    assert "republish-whole-article-only" in lic.licence_flags(Licence(tag="CC-BY-ND-4.0"))
    assert lic.licence_flags(Licence(tag="CC-BY-4.0")) == []
