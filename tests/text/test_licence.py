"""Licence tags: SPDX ids from Creative Commons statements, documented LicenseRef tags, holder, year, conditions."""

from __future__ import annotations

import inspect
import re
import time
from dataclasses import asdict

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.records import Licence
from pipeline.text import licence as lic
from pipeline.text.gated import GatedAlternation


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
    ("http://creativecommons.org/licenses/by/2.0/zz/", "CC-BY-2.0"),  # a port SPDX lacks: its version's id (SPEC)
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


# Every Creative Commons combination, named in words (current and older element names) and in its short form, with
# and without a version, maps to the one tag its elements give.
CC_WORDINGS = {"nc": ("NonCommercial", "Non-Commercial", "Noncommercial", "Non Commercial"),
               "nd": ("NoDerivatives", "NoDerivs", "No Derivative Works", "No-Derivs"),
               "sa": ("ShareAlike", "Share Alike", "Share-Alike")}
CC_COMBINATIONS = [(), ("nc",), ("nd",), ("sa",), ("nc", "nd"), ("nc", "sa")]


@pytest.mark.parametrize("codes", CC_COMBINATIONS)
@pytest.mark.parametrize("version", [None, "2.0", "3.0", "4.0"])
def test_every_cc_combination_in_words_and_short_form_maps_to_its_tag(codes, version):
    want = lic.cc_tag("-".join(("by", *codes)), version)
    tail = f" {version}" if version else ""
    for n in range(4):
        words = "-".join(["Attribution", *(CC_WORDINGS[c][n % len(CC_WORDINGS[c])] for c in codes)])
        for text in (f"Licensed under a Creative Commons {words}{tail} licence.", f"Creative Commons {words}{tail}",
                     *([f"This post is shared under an {words}{tail} licence."] if codes else [])):
            assert lic.combine(lic.find_statements(text)).tag == want, text
    short = "-".join(["BY", *(c.upper() for c in codes)])
    for text in (f"Licensed CC {short}{tail}.", f"Licence: Creative Commons {short}{tail}",
                 f"Republished under a Creative Commons licence ({short}{tail}).", f"Text: CC-{short}{tail}"):
        assert lic.combine(lic.find_statements(text)).tag == want, text


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


def test_gatable_tests_every_letter_that_folds_to_ascii():  # gatable spells the set out, for speed
    assert lic.gatable("Grüße, “Jo”") and all(not lic.gatable(f"Grüße {ch}") for ch in lic.FOLDS_TO_ASCII)


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


# ------------------------------------------------------------------------------------------------ phrasings (issue 16)
# Our own wordings of the shapes real pages use. A wrong grant is worse than none: every no-grant and restrictive
# wording must come out at most as permissive as its label (the scorer's "false grant").
FR, UWP, ARR, PD, NONE = (lic.FREE_REPRINT, lic.USED_WITH_PERMISSION, lic.ALL_RIGHTS_RESERVED, lic.PUBLIC_DOMAIN,
                          lic.NOASSERTION)
PHRASINGS = [
    # grants: free reprint, mostly without the word "reprint"
    ("You may use this article in your newsletter or on your website as long as the author box stays with it.", FR),
    ("Feel free to use this article in your ezine or on your site, as long as the resource box below is included.",
     FR),
    ("You're welcome to publish this piece in your e-zine, provided the bio and links stay intact.", FR),
    ("Webmasters and newsletter editors may use this article free of charge provided the author's byline and bio "
     "remain.", FR),
    ("This article may be freely distributed as long as the author's resource box is included unchanged.", FR),
    ("Publishers: you have my permission to run this column on your site if you keep my name and link attached.", FR),
    ("You are free to share this article on your blog as long as you include the complete author bio.", FR),
    ("Ezine publishers may include this article in their newsletters as long as the signature box stays attached.",
     FR),
    ("You can post this article on your website or blog, as long as the author box stays live.", FR),
    ("Article reprint rights: you may publish this article electronically or in print, free of charge, as long as "
     "the bylines are included.", FR),
    ("Permission to republish is granted, provided the article is used in full with the About the Author box.", FR),
    # used with permission: the page may carry it, nobody else gets a grant
    ("Reprinted with permission.", UWP),
    ("Used by permission of the author.", UWP),
    ("Reprinted here with the author's kind permission.", UWP),
    ("This article first appeared in the Hillside Gazette and is republished with permission.", UWP),
    ("Reproduced with permission from Green Thumb Quarterly.", UWP),
    ("Shared with the permission of the author.", UWP),
    ("© 2010 Tomasz Wróbel. Reprinted with permission.", UWP),
    # restrictive: all rights reserved in its many wordings
    ("(C) Marta Kowalczyk 2011", ARR),
    ("(c) Marta Kowalczyk, 2011", ARR),
    ("© Søren Ødegaard 2013", ARR),
    ("Copyright 2010 Brightline Widgets Ltd. Do not reproduce without written permission.", ARR),
    ("This content may not be reproduced without the written permission of Brightline Widgets Ltd.", ARR),
    ("No part of this article may be reproduced without prior written permission from the publisher.", ARR),
    ("Do not copy or republish this article without written permission.", ARR),
    ("Unauthorized reproduction of this article is prohibited.", ARR),
    ("You may not reproduce this article in any form.", ARR),
    ("Permission to reprint this article must be obtained in writing from the author.", ARR),
    ("For reprint rights, please contact the editor.", ARR),
    ("You may print this article for your personal use only.", NONE),
    ("Club members may copy this piece for the noticeboard. Please ask me before publishing it anywhere else.", ARR),
    ("Every word © 李明华 2016", ARR),
    # public domain, in words
    ("I dedicate this text to the public domain.", PD),
    ("The author has placed this article in the public domain.", PD),
    ("This article is public domain: copy it, print it, pass it on.", PD),
    ("I hereby release this essay into the public domain.", PD),
    ("This guide is in the public domain. Copy it freely.", PD),
    ("Nothing here is copyrighted. It is released into the public domain for anyone to use.", PD),
    ("Anne Solberg writes about bees from her farm in Telemark. Reprint freely with this note.", FR),
    # no grant: prose that uses the trigger words
    ("You can use these tips to save money on groceries.", NONE),
    ("You may use the content of your fridge to make a soup.", NONE),
    ("Feel free to print this checklist and stick it on your fridge.", NONE),
    ("Feel free to share this post with your friends.", NONE),
    ("Share this article with a friend who needs it.", NONE),
    ("Many old recipes are in the public domain, so cooks borrow freely.", NONE),
    ("These photos are not in the public domain.", NONE),
    ("Always get written permission from your landlord before you paint the walls.", NONE),
    ("The band played with permission from the city council.", NONE),
    ("This article explains how to reprint old photos at home.", NONE),
    ("Free to publish your own book? Think again before you sign.", NONE),
    ("When a song is placed in the public domain, anyone can record it.", NONE),
    ("Print this page and keep it by the phone.", NONE),
    # round 2: a directory's or a newsletter's terms worded for its texts, not for "this article"
    ("Reprint terms: articles in this archive may be reproduced free of charge as long as the resource box stays "
     "with them.", FR),
    ("Any article in this newsletter may be republished on your website, provided it is kept whole with its byline.",
     FR),
    ("The essays posted on this site may be freely copied and reposted without prior permission, as long as the "
     "author is named.", FR),
    ("Ezine editors are welcome to run any of the articles in this issue, unedited and with the author's note at the "
     "end.", FR),
    ("Articles in this archive may not be reproduced without written permission.", ARR),
    # round 2: Creative Commons named with spaces between the words of an element, with or without a version
    ("All writing on this site is available under the Creative Commons Attribution Share Alike 3.0 licence.",
     "CC-BY-SA-3.0"),
    ("Words on this blog: Creative Commons Attribution Non Commercial No Derivatives, no version given.",
     "LicenseRef-cc-by-nc-nd-unversioned"),
    # round 2 traps: terms that ask first or keep copies private, and texts that only live on a site
    ("Articles in this archive may be reproduced with the author's permission.", UWP),
    ("This article may be reprinted on request; write to the editor.", NONE),
    ("Articles on this site may be printed for personal use only.", NONE),
    ("The recipes on this site may be copied for your own kitchen.", NONE),
    ("Most articles on this site may be copied into a notebook for study.", NONE),
    ("Readers can share the articles in this issue with friends.", NONE),
    ("You may quote the articles in this issue in your school essay.", NONE),
    # round 2: "free to reprint", a permission granted to copy, news aggregators, a signature file
    ("This essay is free to reprint as long as the bio paragraph stays under it.", FR),
    ("Free to republish with the author box attached.", FR),
    ("Permission is granted to copy and distribute this column provided the copyright notice stays with it.", FR),
    ("Aggregators are welcome to repost these essays on their own sites, whole and credited.", FR),
    ("Newsletter owners may freely use this piece with the signature file left intact.", FR),
    ("Feel free to reprint this article; there is no need to ask permission, just keep the bio.", FR),
    # round 2: used with permission, worded with a pronoun or "courtesy of"
    ("This column is reprinted with her permission.", UWP),
    ("Reprinted courtesy of the Millbrook Courier.", UWP),
    ("Article courtesy of the author's own newsletter, Slow Acre.", UWP),
    # round 2: the holder keeps the rights in words
    ("The author retains all rights to this piece.", ARR),
    ("Copyright remains with the individual writers.", ARR),
    # round 2 traps: permission that is still to be asked, a photo credit, a question
    ("You need my written permission to publish this article elsewhere.", NONE),
    ("Photo courtesy of the Millbrook Courier.", NONE),
    ("Is this article free to reprint? Ask the editor first.", NONE),
    ("The community garden is free to use for members.", NONE),
    # round 2: a list of verbs, one of them a republishing one; a list of private uses only
    ("You're welcome to forward or reprint any article from this issue, online or in print, as long as the author's "
     "name goes with it.", FR),
    ("You may copy, print or share this article with friends.", NONE),
    # round 2: a notice naming no holder, an arrangement, CC0's waiver without the badge, public domain as a label
    ("All columns © their writers. Please check before reprinting any of them.", ARR),
    ("Please check first before publishing any of these.", ARR),
    ("This essay first ran in Tidewater Monthly and is used here by arrangement with the author.", UWP),
    ("To the extent possible under law, the writer has waived all copyright and related or neighbouring rights to "
     "this guide.", "CC0-1.0"),
    ("Public domain. Copy it, print it, hand it round; no credit needed.", PD),
    ("Licence: public domain", PD),
    ("Content may not be copied without permission.", ARR),
    # round 2 traps: a waiver refused, a heading about the public domain, a bare subject in advice
    ("The writer has not waived all copyright and related rights to this guide.", NONE),
    ("Public domain: what the term means for home bakers", NONE),
    ("Recipes may not be doubled without changing the baking time.", NONE),
    # round 2: "Creative Commons" with the short elements, elements split by spaces; the version where one is given
    ("Licence: Creative Commons BY-NC", "LicenseRef-cc-by-nc-unversioned"),
    ("Text licensed CC BY NC SA 4.0.", "CC-BY-NC-SA-4.0"),
    ("This post is CC BY-SA 4.0, like everything under a Creative Commons Attribution-ShareAlike licence here.",
     "CC-BY-SA-4.0"),
    ("Layout © 2016 Pinecone Media; member contributions licensed under cc by-sa 3.0 with credit.", "CC-BY-SA-3.0"),
    ("Words by Oona Fairley are licensed under Attribution-NonCommercial 4.0 International.", "CC-BY-NC-4.0"),
    ("Send a cc by email to the club secretary.", NONE),
    # round 2: a right to publish, "reprint permission: granted", "available for free reprint", a directory's bare
    # "Articles may be reprinted ..." with its terms
    ("Webmasters have the right to publish this column on their sites as long as the byline stays.", FR),
    ("Reprint permission: granted, with the author box left as it is.", FR),
    ("This essay is available for free reprint provided the bio goes with it.", FR),
    ("Articles may be republished as long as the resource box and its links stay live.", FR),
    # ... and their traps: no terms, advice about blogging, reprint only on request
    ("Articles may be reprinted.", NONE),
    ("Posts can be published at a set time from the dashboard.", NONE),
    ("Content may be published on your website only after review.", NONE),
    ("Our articles are available for reprint on request.", NONE),
    # round 2: a picture credit's permission is the picture's, not the article's
    ("Photo used with permission of the county archive. This post is licensed under CC BY 4.0.", "CC-BY-4.0"),
    ("Top photo reproduced with the photographer's kind permission.", NONE),
    ("Text and pictures reprinted with the author's permission.", UWP),
    # round 2 traps: the place a text lives is no place to republish it
    ("You can share the posts on this blog on Facebook.", NONE),
    ("Readers may use the recipes in this collection at home.", NONE),
    ("You may use the articles on this site in your own newsletter if the byline stays.", FR),
    # round 3: a directory's pass-along box, and a share box that grants with "it" for the article it named
    ("Feel free to pass this article along in your ezine or on your own site, provided this box travels with it "
     "unchanged.", FR),
    ("Pass this piece on to other newsletter editors, with my bio box left under it.", FR),
    ("Share this article: you may post it on your site or in your newsletter as long as the author box goes with it.",
     FR),
    ("Go ahead and publish this column in your bulletin; just keep my name on it.", FR),
    ("Clubs are welcome to run this article in their newsletters, whole and with the byline.", FR),
    # ... and their traps: passing it to a friend, an imperative with a place only, "it" with no text named
    ("Feel free to pass this article to a friend.", NONE),
    ("Post this article on your blog to remind yourself why you started.", NONE),
    ("Print this article and keep it on the fridge.", NONE),
    ("Write the article first. You can post it on your site later.", NONE),
    # round 3: used with permission in a credit line: shown, featured, from a named source, a blessing
    ("Originally posted on the author's own blog and shown here with the author's permission.", UWP),
    ("This essay originally appeared on The Bramble Review. Reposted with the author's blessing.", UWP),
    ("Reprinted from the spring issue of Hedgerow News with permission.", UWP),
    ("Featured here with the writer's go-ahead.", UWP),
    ("Excerpted from Quiet Fields, with the publisher's kind permission.", UWP),
    # round 8: the site that carries it named after "on" (holdout6's family, in our words)
    ("Shared on Tidewater Notes with the permission of its author, Ines Varga.", UWP),
    # ... and their traps: a picture shown by leave; a dated post line that names no leave
    ("Map shown here with the surveyor's permission.", NONE),
    ("Posted on March 3, 2020 with 2 comments.", NONE),
    # round 3: a club's or a newsletter's own documents: a FAQ, any item of an issue named by its title
    ("This FAQ may be freely copied and distributed, provided it is reproduced in its entirety.", FR),
    ("Feel free to reprint any item from the Chronicle; please credit the newsletter and the writer.", FR),
    ("Other newsletters may reprint this leaflet in full with the society's name on it.", FR),
    ("Reprinted from the Millbrook Ramblers' newsletter, with permission.", UWP),
    # ... and their traps: a copy kept inside a circle is no grant to the public
    ("This FAQ may be copied for club use as long as the club is credited.", NONE),
    ("Members may print this guide for their own club meetings.", NONE),
    ("Teachers may copy this handout for classroom use, provided the source is shown.", NONE),
    ("You can use any article as a template for your own.", NONE),
    ("Readers may print any item for the club noticeboard.", NONE),
    # round 3: a syndicated column's copyright with its distributor; a menu after a bare sign
    ("Copyright 2014 Maureen Halloran. Distributed by Lakeside Features Syndicate.", ARR),
    ("© Cookie preferences · Advertise · Contact", NONE),
    # round 3: Creative Commons named in words without a version, in its short form in brackets, with a port
    ("Republished under a Creative Commons licence (BY-NC-ND).", "LicenseRef-cc-by-nc-nd-unversioned"),
    ("This post is shared under an Attribution-NonCommercial-NoDerivatives licence.",
     "LicenseRef-cc-by-nc-nd-unversioned"),
    ("Text: CC licence BY-SA, photos excluded.", "LicenseRef-cc-by-sa-unversioned"),
    ("Creative Commons Attribution-Noncommercial-No Derivative Works 3.0 United States License",
     "CC-BY-NC-ND-3.0"),  # a port SPDX lacks: its version's id (SPEC, round 17)
    ("Creative Commons Attribution-NonCommercial-ShareAlike 2.0 England & Wales", "CC-BY-NC-SA-2.0-UK"),
    # ... in the languages of the translated deeds
    ("Dieser Beitrag steht unter einer Creative Commons Namensnennung - Nicht-kommerziell - Keine Bearbeitungen 4.0 "
     "International Lizenz.", "CC-BY-NC-ND-4.0"),
    ("Creative Commons Namensnennung - Weitergabe unter gleichen Bedingungen 3.0 Deutschland", "CC-BY-SA-3.0-DE"),
    ("Texte sous licence Creative Commons Attribution - Pas d'Utilisation Commerciale 4.0 International.",
     "CC-BY-NC-4.0"),
    ("Obra bajo licencia Creative Commons Reconocimiento-CompartirIgual 4.0 Internacional.", "CC-BY-SA-4.0"),
    ("Licenza Creative Commons Attribuzione - Non commerciale - Non opere derivate 4.0 Internazionale.",
     "CC-BY-NC-ND-4.0"),
    ("Licença Creative Commons - Atribuição-NãoComercial 4.0 Internacional.", "CC-BY-NC-4.0"),
    ("Creative Commons Naamsvermelding-GelijkDelen 4.0 Internationaal-licentie.", "CC-BY-SA-4.0"),
    # round 3, real pages' shapes (own words): a notice whose grant says "it" for the article named a sentence before;
    # a directory's texts named with a word before them; a refusal after a clause; a credit line's "OK"; rights
    # reserved in words or in other languages
    ("This article is protected by copyright. You have my permission to use it for any purpose, commercial or not, "
     "as long as it stays intact and the credit is given.", FR),
    ("You can use the directory articles as free content on your website or in your newsletter, unchanged.", FR),
    ("In every case, articles may not be republished by third parties without the permission of the owners.", ARR),
    ("Via Allotment Diaries - republished with the author's OK.", UWP),
    ("This article is protected by copyright.", ARR),
    ("© 2012 Helga Brandt. Alle Rechte vorbehalten.", ARR),
    ("Tous droits réservés.", ARR),
    ("Todos los derechos reservados.", ARR),
    ("First posted on the writer's own blog; republished here under a Creative Commons Attribution 4.0 licence. You "
     "may republish it too, with credit and a link.", "CC-BY-4.0"),
    # round 3: thanks for this page's leave is used-with-permission (it read as a grant: "permission to reprint")
    ("Our thanks to the Millbrook Courier for permission to reprint this article.", UWP),
    ("We are grateful to the author for permission to republish this piece.", UWP),
    ("The author has kindly allowed us to republish this piece.", UWP),
    # round 3: "pass this along" with its terms; CC elements in brackets with commas, or in lower case with hyphens;
    # a club's page; permission given
    ("You're welcome to pass this along to your readers, as long as this box comes with it.", FR),
    ("Licensed under Creative Commons (Attribution, NonCommercial, NoDerivatives).",
     "LicenseRef-cc-by-nc-nd-unversioned"),
    ("Text licensed cc by-nc-nd; photos all rights reserved.", "LicenseRef-cc-by-nc-nd-unversioned"),
    ("Clubs may copy this page for their newsletters as long as the author is credited.", FR),
    ("Permission is given to copy this FAQ for non-commercial use, provided it is kept whole.", FR),
    ("Please pass this on to anyone who might enjoy it.", NONE),
    ("This report may be reprinted in other club newsletters as long as the writer is credited.", FR),
    ("You may post this recipe on your blog if you link back and name the cook.", FR),
    ("Share this recipe on Pinterest.", NONE),
    ("You can use this recipe for any fruit pie.", NONE),
    # round 3: more reprint wordings of real notices (own words): "free for republishing", "we encourage you to",
    # a strong verb with no object, "permission granted" without "is"; and their traps
    ("This article is free for republishing provided the bio stays.", FR),
    ("We encourage you to republish this article online and in print, under our Creative Commons license.", FR),
    ("Feel free to republish, just link back.", FR),
    ("Copyright © 2010 Pat Lee. Permission granted to reprint with this notice intact.", FR),
    ("We invite clubs to reprint this leaflet in their newsletters.", FR),
    ("Feel free to republish your old blog posts on Medium.", NONE),
    ("We encourage you to share this article with your friends.", NONE),
    ("You can share any post from Instagram on your blog.", NONE),
    ("You can use the Instagram posts on your own site to sell more.", NONE),
    ("Shared under Attribution-ShareAlike terms.", "LicenseRef-cc-by-sa-unversioned"),
    ("Choose a licence: Attribution-NonCommercial lets others remix your photos but not sell them.", NONE),
    # ... and their traps: "it" with no earlier notice, prose ending on the word, an OK in prose
    ("In this article I list my tools. You can use it to plan your shed.", NONE),
    ("The essay is about copyright.", NONE),
    ("I looked at the book with the author's OK in mind.", NONE),
    # ... and the traps: the word attribution in prose
    ("The attribution of blame after a project fails is rarely fair.", NONE),
    ("Attribution - give credit where it is due, always.", NONE),
    # round 3, dev4's shapes (own words): a refusal that asks the writer first instead of naming a permission
    ("Thinking of reposting this article? Ask Dana first; she has not agreed to copies.", ARR),
    ("If you would like to share this post elsewhere, please ask me first.", ARR),
    ("© 2022 Fenland Cyclists and the writers. Please don't send articles to other newsletters without asking us"
     " first.", ARR),
    ("Want to try this recipe at a party? Ask your guests first about nut allergies.", NONE),
    ("Never send articles to other magazines without asking the editor first.", NONE),
    ("Want to share this post with your kids? Ask them first what they already know.", NONE),
    ("Please check with me before you share this essay anywhere else.", ARR),
    ("Don't repost elsewhere without the writer's permission.", ARR),
    ("Never share your password without asking us first.", NONE),
    ("Do not lend my bike out without asking me first.", NONE),
    ("Ask me before you post your own photos of the garden.", NONE),
    # round 16: the ask before the wish ("contact X if you wish to use it elsewhere"), never the reader's doctor
    ("Please contact the Guild if you wish to use it elsewhere.", ARR),
    ("Email me if you would like to reprint this column.", ARR),
    ("Contact your doctor if you want to use it again.", NONE),
    ("Ask us if you want to use it.", NONE),
    # ... a notice's label that grants nothing alone before the grant ("Pass It On: you may place ..."), the text
    # given away named at length, and a video page's transcript named beside the video (the transcript is the text)
    ("Pass It On: You may place this piece in your club newsletter at no cost, provided the bio stays with it.", FR),
    ("Pass it on: feel free to place this column in your newsletter, provided the box below stays with it.", FR),
    ("I place the whole text of this little post in the public domain.", PD),
    ("We put the full text of our two guides into the public domain.", PD),
    ("Video and transcript © Mirela Dakić, released under CC BY-ND 4.0.", "CC-BY-ND-4.0"),
    ("Video © Mirela Dakić, released under CC BY-ND 4.0.", NONE),
    # ... a Croatian grant (the Serbo-Croatian row: "smijete", "prenijeti"; "bez izmjena" a term, not a limit)
    ("Tekstove iz ovog biltena smijete prenijeti u cijelosti i bez izmjena, uz navođenje autora.", FR),
    ("Slobodno možete preuzeti ovaj članak na svoju stranicu, bez izmjena.", FR),
    ("Članke ne smijete prenijeti bez dopuštenja urednika.", NONE),
    # ... Creative Commons named in Devanagari as Marathi writes it ("क्रिएटिव्ह", the English element names
    # transliterated, Devanagari digits and "आंतरराष्ट्रीय"), and as Hindi transliterates the elements
    ("हा लेख क्रिएटिव्ह कॉमन्स अ\u200dॅट्रिब्यूशन-नॉनकमर्शियल ४.० आंतरराष्ट्रीय परवान्याअंतर्गत उपलब्ध आहे.",
     "CC-BY-NC-4.0"),
    ("यह ब्लॉग क्रिएटिव कॉमन्स एट्रिब्यूशन-शेयरअलाइक 4.0 के तहत उपलब्ध है।", "CC-BY-SA-4.0"),
    # ... an Amharic dedication ("this text is given to the public's holding") and an Armenian reservation (the
    # language tables' row: "all rights are protected"), a company name in guillemets before it
    ("ይህ ጽሑፍ በደራሲው ውሳኔ ለሕዝብ ይዞታ ተሰጥቷል።", PD),
    ("© 2023 «Լուսաբաց» ՍՊԸ։ Բոլոր իրավունքները պաշտպանված են։", ARR),
    ("Մեր այգում բոլոր ծառերը պաշտպանված են։", NONE),
    # ... a Latvian reservation under a company's ©, a Welsh credit line by the editor's leave ("with the kind
    # permission of the editor"), and a Latvian grant of the tables' three parts
    ("© 2022 SIA \"Rīta Dārzs\". Visas tiesības aizsargātas.", ARR),
    ("Fe'i cyhoeddir yma gyda chaniatâd caredig y golygydd.", UWP),
    ("Šo rakstu drīkst pārpublicēt, norādot autoru un avotu.", FR),
    ("Šo rakstu nedrīkst pārpublicēt bez redakcijas atļaujas.", NONE),
    # ... leave withheld in words: a refusal, never the grant its words hold ("permission ... to reproduce this")
    ("No permission is given to reproduce this article.", ARR),
    ("Permission to reprint this column has not been granted.", ARR),
    ("The author has not given permission for copies of this essay.", ARR),
    ("Our writers do not allow reprints of their columns in this newsletter.", ARR),
    ("Copies of this post are not permitted.", ARR),
    ("The council has not given permission for the new car park.", NONE),
    ("Permission to reprint this essay is withheld.", ARR),
    ("We do not grant permission to reprint this article.", ARR),
    ("We never give permission to republish our columns.", ARR),
    ("Sorry, permission to republish this post is not available.", ARR),
    ("This article is not available for reprint.", ARR),
    ("You are not free to republish this article.", ARR),
    ("This piece may no longer be reprinted.", ARR),
    ("Reprints of this column are no longer permitted.", ARR),
    ("Nobody may reproduce this article.", ARR),
    ("This article may be reprinted only by our members.", NONE),
    ("You may reprint this article whether or not you run a newsletter, if the bio stays.", FR),
    ("Permission is granted to reprint this article, but not to sell it.", FR),
    ("You may reprint this article; you do not need permission.", FR),
    ("The plan is not available for download, but the council never refused permission to build.", NONE),
    # ... a dedication inside a labelled note with another remark before it
    ("Editor's note: the old spellings are kept. This booklet is out of copyright, and we place our typed copy in "
     "the public domain too.", PD),
    # round 4: shapes read on real pages (the search tool's pages corpus: directories' publisher terms, blogs'
    # usage pages, newsletters' footers; trafilatura-eval's licence lines), each in our own words. Media credits
    # first: a Creative Commons mark or a copyright sign that credits a picture, a song or a clip licenses that,
    # not the text (trafilatura-eval: eleven such credits were read as the article's CC licence)
    ("Header photo: Lena Marsh via Wikimedia Commons [CC BY-SA 4.0]", NONE),
    ("Foto: Jonas Keller / flickr.com | CC BY 2.0", NONE),
    ("Titelbild: Pixabay, CC0", NONE),
    ("Image credit: Priya Das (CC BY-NC-ND 2.0)", NONE),
    ("Bildnachweis: Beitragsbild von Karl Stein [CC BY-SA 3.0], via Wikimedia Commons", NONE),
    ("Cover picture by Ana Ruiz, licensed under CC BY 2.0.", NONE),
    ("Alle Fotos in diesem Blog stehen unter einer Creative Commons Namensnennung 3.0 Lizenz.", NONE),
    ("Die Bilder dieses Blogs stehen unter CC BY-NC 4.0.", NONE),
    ("Music: Quiet Rivers – Morning Walk (CC BY)", NONE),
    ("Les photos de ce site sont sous licence CC BY-SA 4.0.", NONE),
    ("Quarry at dawn, 2014 – Urheber: Tomas Berg (own work) [CC-BY-SA-3.0], via Wikimedia Commons", NONE),
    ("Photo: © Ines Morata", NONE),
    ("Choosing a Creative Commons licence for your photos: CC BY-NC is the most popular.", NONE),
    ("How does CC BY-SA 4.0 differ from CC BY 4.0? Let me explain.", NONE),
    ("I don't think they gave the credit their Creative Commons Attribution-ShareAlike licence asks for.", NONE),
    ("Some rights reserved.", NONE),
    # ... and the text's own licence beside them, in the languages of the footers read
    ("Dieser Text steht unter der Lizenz CC BY-NC-ND 4.0. Die Fotos dürfen nicht verwendet werden.",
     "CC-BY-NC-ND-4.0"),
    ("Alle Texte dieses Blogs stehen unter einer Creative Commons Namensnennung - Weitergabe unter gleichen "
     "Bedingungen 4.0 International Lizenz.", "CC-BY-SA-4.0"),
    ("Contenidos bajo licencia Creative Commons (CC BY-SA) salvo indicación contraria.",
     "LicenseRef-cc-by-sa-unversioned"),
    ("Sauf mention contraire, les textes de ce blog sont sous licence CC BY 4.0.", "CC-BY-4.0"),
    ("Copyleft 2015 Ruth Ames, CC BY-SA.", "LicenseRef-cc-by-sa-unversioned"),
    ("© Emil Varga, einige Rechte vorbehalten. Creative Commons Lizenz: Namensnennung - Nicht kommerziell",
     "LicenseRef-cc-by-nc-unversioned"),
    ("Unless otherwise stated, community content here is available under CC BY-SA.",
     "LicenseRef-cc-by-sa-unversioned"),
    ("Everything on this blog, unless stated otherwise, is licensed under a Creative Commons Attribution 4.0 "
     "International License.", "CC-BY-4.0"),
    ("Except where noted, posts here may be reused under CC BY-NC-SA 4.0.", "CC-BY-NC-SA-4.0"),
    ("This work by Hana Mori is licensed under CC BY-ND 4.0", "CC-BY-ND-4.0"),
    ("Licence of this episode and its notes: CC BY 4.0", "CC-BY-4.0"),
    ("Texte und Fotos: CC BY-NC-ND 3.0 DE", "CC-BY-NC-ND-3.0-DE"),
    ("Text: Jo Brand; photos: Eli Sands. Words licensed CC BY 4.0.", "CC-BY-4.0"),
    # round 4: used with permission, as book excerpts and reposts credit it
    ("Excerpted from Slow Gardens by Mara Quist. Copyright © 2018 by Mara Quist. Reprinted by permission of "
     "Fieldstone Books. All rights reserved.", UWP),
    ("This post first ran on Copper Kettle and is republished here with permission.", UWP),
    ("Used with permission of the publisher, Harrow & Vale, London. All rights reserved.", UWP),
    # round 4: grants as usage pages, directories' publisher terms and author boxes word them
    ("The articles posted here may be copied and reposted freely without asking first; please name the original "
     "author and link to the source.", FR),
    ("This information may be reproduced and handed on unchanged, without further permission from the author, "
     "provided the authorship and copyright lines are kept and it is given away free of charge.", FR),
    ("Publishers and webmasters: you have the right to reprint or publish the articles posted on this directory as "
     "long as they are left as is, with the author box unedited.", FR),
    ("Anyone may copy and hand out this leaflet as it stands, free of charge.", FR),
    ("Want to use this article on your site or in your ezine? You can, as long as you include this complete bio "
     "and keep the links live.", FR),
    ("Thinking of running this column in your newsletter? Go ahead, provided the byline and the box below stay.",
     FR),
    ("Reprints welcome, with the author box left intact.", FR),
    ("Reprints are welcome, except in publications that charge their readers.", FR),
    ("About the author: Dana Pike coaches runners in Leeds. You may republish this article provided this box goes "
     "with it.", FR),
    ("Article republishing rights: this piece may be republished online or in print, unedited, with the author bio "
     "and a working link.", FR),
    ("You're free to reprint this newsletter's articles in your own publication, with the writer's byline and a "
     "link to our site.", FR),
    ("Editors: any story in this bulletin may be reprinted in your own club newsletter; please credit the bulletin "
     "and the writer.", FR),
    ("This article may be reproduced, except for commercial purposes, as long as the byline stays.", FR),
    ("Reproduction is authorised provided the source is acknowledged, unless stated otherwise.", FR),
    # ... and the refusals and traps beside them: a copy for oneself, a link, an excerpt, a limit, a circle
    ("Please do not reprint this column without my permission, but you are welcome to hand a copy or two to "
     "friends, naming the source.", ARR),
    ("Reproduction of any article here is limited to the first 100 words, followed by a link to the original.",
     ARR),
    ("You may make one copy of any page for your private use; you must not republish or distribute any text from "
     "this site.", ARR),
    ("You may link to any page here, but please don't copy this material without the author's permission.", ARR),
    ("Do NOT copy any of my posts in their entirety onto your own pages, even with a link.", ARR),
    ("Articles here are copyright their authors; reprints of more than a short quote need written permission.",
     ARR),
    ("You may not republish this article, in whole or in part, on any website.", ARR),
    ("You may share a link to this article, but you may not reprint it.", ARR),
    ("Except for brief quotes in reviews, no part of this article may be reproduced without the author's written "
     "consent.", ARR),
    ("You may reprint this article only with the author's prior written permission.", ARR),
    ("Permission to reprint is not granted for this article.", ARR),
    ("Want to reprint this article? Sorry, reprints are not allowed.", ARR),
    ("Want to reprint this article? You can't, I'm afraid: it belongs to the magazine.", NONE),
    ("Reprinting this article is permitted only for members of the society.", NONE),
    ("Feel free to forward this newsletter to a friend in full, with this notice.", NONE),
    ("Know someone who'd like this issue? Forward it on, with this footer.", NONE),
    ("Want to use this recipe for a party? You can, as long as you double the flour.", NONE),
    ("Reprints of old maps are welcome additions to any hallway.", NONE),
    ("These articles are copyright Northgate Research Ltd. They may be downloaded and copied, provided that they are "
     "not republished in any form and the copyright notice stays on each copy.", ARR),
    # round 4: public domain as usage pages and booklets say it
    ("This document is \"public domain\". It may be printed and handed out free of charge in its original form.", PD),
    ("By the author's wish this essay is permanently and irrevocably in the public domain.", PD),
    ("These tips are hereby released to the public domain by their author.", PD),
    ("The text of this booklet is in the public domain; the photographs are not.", PD),
    ("You can use this information on your website to plan a better menu.", NONE),
    ("Use this information to plan your trip, then share it with your family.", NONE),
    ("Mira Holt, CC-BY 4.0", NONE),
    ("Low Tide – Harbour Lights (CC BY)", NONE),
    ("All writing on this site is not available under a Creative Commons licence.", NONE),
    ("Permission to republish is not granted, even with the About the Author box.", ARR),
    ("You're not welcome to pass this along to your readers, box or no box.", NONE),
    # round 4, shapes of the tunable parts dev6 and dev7 (other words): a directory's "pick up", both or either
    # article above, a press release, a name's particles, a recipe not to repost, posts held by their authors
    ("Editors may pick up this column at no cost for their newsletters, as long as the bio goes with it.", FR),
    ("You may run both pieces above in your club bulletin free of charge if the bylines stay.", FR),
    ("This press release may be reproduced in full by the media without further permission.", FR),
    ("(C) Ludwig van der Meer 2009", ARR),
    ("Please don't repost this recipe on other blogs; a link back is welcome.", ARR),
    ("Board software by Ferncast. All posts are copyright of their respective authors.", ARR),
    ("Everything in this bulletin (c) 2021 Marsh Lane Allotments. Members may copy it for their own use; any other "
     "reproduction needs the secretary's written approval.", ARR),
    ("Reprinting any article requires the editor's prior authorisation.", ARR),
    ("Many of the quotes in this post are in the public domain.", NONE),
    ("Is this recipe in the public domain? Not at all.", NONE),
    # round 4: refusals in the languages of the footers read
    ("Nachdruck, auch auszugsweise, nur mit schriftlicher Genehmigung des Verlags.", ARR),
    ("Alle Rechte vorbehalten. Vervielfältigung nur mit Zustimmung der Autorin.", ARR),
    ("Reproduction interdite sans autorisation écrite de l'auteur.", ARR),
    ("Prohibida su reproducción total o parcial sin permiso del autor.", ARR),
    ("Riproduzione riservata.", ARR),
    ("© 2021 Marta Ruiz. Todos los derechos reservados.", ARR),
    # ... and grants in those languages, with their terms
    ("Dieser Artikel darf mit Nennung der Autorin und einem Link frei weiterverbreitet werden.", FR),
    ("Vous pouvez reproduire cet article librement, à condition de citer l'auteur et la source.", FR),
    ("Se permite la reproducción de este artículo citando al autor y la fuente.", FR),
    ("Dieser Artikel darf nicht ohne Genehmigung weiterverbreitet werden.", ARR),
    ("Vous ne pouvez pas reproduire cet article sans autorisation.", ARR),
    ("No se permite la reproducción de este artículo sin permiso.", ARR),
]


@pytest.mark.parametrize("text, tag", PHRASINGS)
def test_phrasings_read_as_the_page_states_them(text, tag):
    assert lic.combine(lic.find_statements(text)).tag == tag


def test_the_phrasing_table_is_large_enough():
    tags = [tag for _, tag in PHRASINGS]
    assert len(PHRASINGS) >= 40 and all(tags.count(t) >= 4 for t in (FR, UWP, ARR, PD, NONE))


@pytest.mark.parametrize("text, holder, year", [
    ("(C) Marta Kowalczyk 2011", "Marta Kowalczyk", 2011),
    ("(c) Marta Kowalczyk, 2011", "Marta Kowalczyk", 2011),
    ("© Søren Ødegaard 2013", "Søren Ødegaard", 2013),
    ("© 2010 Tomasz Wróbel. Reprinted with permission.", "Tomasz Wróbel", 2010),
])
def test_bare_copyright_lines_give_holder_and_year(text, holder, year):
    licence = lic.combine(lic.find_statements(text))
    assert (licence.holder, licence.year) == (holder, year)


@pytest.mark.parametrize("text", ["(c) Keep the lid closed while it simmers.",
                                  "(a) Pick a pot (b) rinse it (c) fill it",
                                  "(c) Leave it for 20 minutes, then stir in 2011 grams."])
def test_a_list_item_lettered_c_is_no_copyright(text):
    assert lic.find_statements(text) == []


def test_a_free_reprint_notice_keeps_its_conditions():
    licence = lic.combine(lic.find_statements(PHRASINGS[0][0]))
    assert licence.conditions == ["keep-author-bio"] and lic.reuse(licence).answer == "whole-article-only"


def test_a_notice_inside_a_labelled_note_runs_from_the_label():
    # dev4 p14's shape: "Transcriber's note: <a remark>. <the dedication>" on one line under the text: the whole
    # note is the notice (segment takes a line whose statement opens it), not body text with a notice glued on
    text = ("Transcriber's note: the old spellings are kept. This booklet is out of copyright, and I place my typed "
            "copy in the public domain too.")
    assert [s.text for s in lic.find_statements(text)] == [text]
    assert lic.find_statements("Note: mix the glue first. " + text)[0].text.startswith("Transcriber's")


def test_a_note_s_label_is_found_in_time_linear_in_a_run_of_blank_lines():
    # a label after blank lines opens its own line; a long run of newlines before a notice once cost a scan of the
    # whole run from each of its newlines (quadratic)
    assert [m.start() for m in lic.NOTE_LABEL.finditer("Tips.\n\n\nEditor's note: kept.")] == [8]
    started = time.perf_counter()
    lic.find_statements("A note on the sources." + "\n" * 40_000 + "Reprinted with permission.")
    assert time.perf_counter() - started < 1.0


def test_the_amharic_dedication_row_is_linear_on_a_run_of_word_spaces():
    # its words and separators are disjoint: a run of Ethiopic word spaces is split one way only
    started = time.perf_counter()
    assert lic.find_public_domain("ይህ ጽሑፍ" + "፡" * 3_000 + "x") is None
    assert time.perf_counter() - started < 1.0


def test_a_share_line_after_a_cc_notice_is_not_part_of_it():
    text = ("This post is licensed under a Creative Commons Attribution 4.0 International License. "
            "Share this: Facebook Twitter")
    licence = lic.combine(lic.find_statements(text))
    assert licence.tag == "CC-BY-4.0"
    assert licence.statement == ("This post is licensed under a Creative Commons Attribution 4.0 International "
                                 "License.")


def test_a_site_wide_cc_footer_never_widens_the_article_s_free_reprint_grant():
    statements = (lic.find_statements("You may republish this article in your newsletter if the resource box stays.")
                  + lic.find_statements("Site content is licensed under CC BY 4.0."))
    licence = lic.combine(statements)
    assert licence.tag == lic.FREE_REPRINT and lic.reuse(licence).answer == "whole-article-only"


# Sentences of ordinary advice that use the trigger words without stating anything about this text.
PROSE = [
    "You can use these tips to save money on groceries.",
    "Share this idea with your team at the next meeting.",
    "Feel free to print the chart and pin it above your desk.",
    "Many folk tunes are in the public domain, and choirs sing them freely.",
    "Ask your landlord for written permission before you drill.",
    "The article in last week's paper got the dates wrong.",
    "Creative people often keep a notebook by the bed.",
    "Copyright law differs from country to country.",
    "You may use the leftover rice for fried rice tomorrow.",
    "Post the list on your fridge so the whole family sees it.",
    "Our newsletter goes out every Friday.",
    "Keep your website simple and your links working.",
    "Free to enter, the contest closes on Monday.",
    "You can publish your own recipes on a blog in an afternoon.",
    "All rights to the land passed to the town in 1920.",
    "Articles in this issue cover seed saving and mulching.",
    "The content on this site is updated every Friday.",
    "Photos on this blog were taken by members.",
    "Ask permission to use the car before you take it.",
    "Each article in this newsletter was written by a volunteer.",
    "Picture courtesy of the county archive.",
    # round 3: the words of the new shapes in ordinary sentences
    "Pass the salt along to your neighbour and post the recipe on the fridge.",
    "This guide shows you how to lay a patio in a weekend.",
    "You can post it on your fridge or share it with your club.",
    "The attribution of the quote to Twain is doubtful.",
    "Members may copy the rota for club use.",
    "It is OK to skip a day, and your coach's blessing helps.",
    "Feel free to pass along any questions to the committee.",
    "Any item left in the hall after six goes to the charity shop.",
    # round 3, dev4's words: asking first, notes, forwarding
    "Want to paint this room blue? Ask the landlord first.",
    "If you'd like to use this recipe for a crowd, ask your butcher first for a bigger joint.",
    "Note: forward the invoice to the office and post the receipts elsewhere.",
    "Editor's note: we asked readers to share their stories with other clubs.",
]
STATEMENTS = [text for text, _ in PHRASINGS]


def _answer(text: str) -> str:
    return lic.reuse(lic.combine(lic.find_statements(text))).answer


def test_prose_alone_grants_nothing():
    for sentence in PROSE:
        assert not lic.more_permissive(_answer(sentence), "unknown"), sentence


@settings(max_examples=300, deadline=None)
@given(before=st.lists(st.sampled_from(PROSE), max_size=3), after=st.lists(st.sampled_from(PROSE), max_size=3),
       statement=st.sampled_from(STATEMENTS))
def test_adding_unrelated_prose_never_creates_a_grant(before, after, statement):
    alone = _answer(statement)
    padded = _answer(" ".join([*before, statement, *after]))
    assert not lic.more_permissive(padded, alone), (padded, alone)


# Issue 16, round 4: a grant negated at its verb ("may not", "are not welcome to", "do not have my permission") or
# limited to asking first ("..., but only with the author's prior written permission") is never a grant. Every
# one-sentence grant of the table is turned so, by each negation that applies to it.
NEGATE_GRANT = [(r"\bmay\b(?!\s+not)", "may not"), (r"\bcan\b", "cannot"),
                (r"(\b(?:are|is)|['’]re)\s+(?=(?:hereby\s+|also\s+)?(?:welcome|free|allowed|permitted|invited|encouraged"
                 r"|granted|available)\b)", r"\1 not "),
                (r"\b[Ff]eel free to\b", "Do not feel free to"),
                (r"\b(have|has)\s+(?=(?:my|our|full|the)?\s*(?:permission|right))", r"do not \1 "),
                (r"\b(We|I) (?=(?:encourage|invite|allow|permit|welcome)\b)", r"\1 do not "),
                (r"\b[Pp]ermission (?=granted\b)", "Permission not ")]
ASK_FIRST_TAIL = ", but only with the author's prior written permission."
GRANTS = [(text, tag) for text, tag in PHRASINGS
          if lic.reuse({"tag": tag}).answer in ("whole-article-only", "excerpt-ok") and len(lic._sentences(text)) == 1]


def _negated(text: str, tag: str) -> list[str]:
    variants = [re.sub(pattern, new, text, count=1) for pattern, new in NEGATE_GRANT]
    if not (lic.is_cc_by(tag) or tag == "CC0-1.0"):  # "CC BY-NC, commercial use only with permission" is CC's own
        variants.append(text.rstrip(". ") + ASK_FIRST_TAIL)
    return [v for v in variants if v != text]


def test_the_negated_grants_are_many():
    assert len(GRANTS) >= 60 and sum(len(_negated(*g)) for g in GRANTS) >= 120


@settings(max_examples=300, deadline=None)
@given(grant=st.sampled_from(GRANTS), which=st.integers(min_value=0, max_value=len(NEGATE_GRANT)))
def test_a_negated_or_ask_first_grant_grants_nothing(grant, which):
    variants = _negated(*grant)
    if not variants:
        return
    text = variants[which % len(variants)]
    assert not lic.more_permissive(_answer(text), "unknown"), text


def test_of_two_statements_of_one_cc_licence_the_versioned_one_gives_the_tag():
    site = lic.find_statements("Site content is shared under a Creative Commons Attribution-ShareAlike licence.")
    own = lic.find_statements("This post: CC BY-SA 4.0")
    assert lic.combine(site + own).tag == lic.combine(own + site).tag == "CC-BY-SA-4.0"


def test_the_substring_gates_never_change_an_answer(monkeypatch):
    # The gates are an optimisation: with every pattern tried (as for text whose letters fold to ASCII), each of our
    # wordings and each prose line reads the same.
    texts = [text for text, _ in PHRASINGS] + PROSE
    gated = [(lic.combine(lic.find_statements(t)).tag, lic.find_grant(t), lic.refuses(t)) for t in texts]
    monkeypatch.setattr(lic, "gatable", lambda text: False)
    assert [(lic.combine(lic.find_statements(t)).tag, lic.find_grant(t), lic.refuses(t)) for t in texts] == gated


# Issue 19: find_grant's gate before GRANT (WORK, GRANT_ANCHORS or GRANT_LEAD) must let every branch of GRANT through.
GRANT_BRANCH_LINES = [
    "You may reprint this article in your newsletter.",  # a: who, may, verbs, work
    "Feel free to publish this article on your site.",  # b
    "This article may be freely reproduced.",  # c
    "Permission is granted to reprint it.",  # d
    "Permission to copy and share this article is given.",  # d2
    "Thanks. Reprint freely, with the box.",  # e
    "It is free to republish.",  # g
    "Free reprint rights.",  # reprint rights
    "Reprint rights: granted.",  # reprint rights (the second form)
    "This article is available for reprint.",  # i
    "Articles may be reprinted if the author's name and bio stay.",  # h: a bare subject with its terms
    "The posts on this blog are free to copy.",  # f, with the work named by its place
    "Feel free to republish, just link back.",  # l
    "We encourage you to republish this article.",  # m
    "This handy guide is ours: you may post it on your club site.",  # k: THIS_WORK only
    "Please pass this article along to your readers.",  # j
    "You are welcome to pass this along with the box.",  # j2
]


def _grant_gate(text: str) -> bool:
    """The exact gate find_grant puts before GRANT (the substring tests hold for text that :func:`gatable`)."""
    return bool(lic._has_any(text.lower(), lic.GRANT_ANCHORS) or lic.GRANT_ANCHOR.search(text)
                or lic.GRANT_LEAD.search(text) or lic.WORK.search(text) or lic.THIS_WORK.search(text))


def test_grant_gate_lets_a_grant_of_it_after_a_notice_through(monkeypatch):
    # GRANT_IT counts only after a sentence naming this text (THIS_WORK) in a notice's words
    line = "This handy guide is copyright Jo Lee. You may post it on your club site."
    assert not lic.GRANT.search(line) and _grant_gate(line)
    gated = lic.find_grant(line)
    assert gated is not None
    monkeypatch.setattr(lic, "gatable", lambda text: False)
    assert lic.find_grant(line) == gated


@pytest.mark.parametrize("line", GRANT_BRANCH_LINES)
def test_grant_gate_lets_every_grant_branch_through(line, monkeypatch):
    assert lic.GRANT.search(line) and _grant_gate(line), line
    gated = lic.find_grant(line)
    monkeypatch.setattr(lic, "gatable", lambda text: False)
    assert lic.find_grant(line) == gated, line


def _required(branch: str) -> str:
    """What every match of one branch of a pattern holds: optional atoms and groups, lookarounds and groups of
    alternatives dropped (a conservative reading: whatever is left is in every match, as written)."""
    branch = re.sub(r"(\\.|\[(?:\\.|[^\]])*\]|[^\\()\[\]|?*+{])(?:[?*]|\{0,\d*\})\??", "~", branch)
    inner = re.compile(r"\((\?(?:[:]|P<\w+>|<?[=!]))?([^()]*)\)([?*]|\{0,\d*\})?\??")
    while True:
        new = inner.sub(lambda m: "~" if m[3] or "|" in m[2] or (m[1] or "").lstrip("?<") in ("=", "!") else m[2],
                        branch)
        if new == branch:
            return branch
        branch = new


def _top_branches(pattern: str) -> list[str]:
    out, depth, cls, cur, i = [], 0, False, "", 0
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            cur, i = cur + pattern[i:i + 2], i + 2
            continue
        if cls:
            cls = ch != "]"
        elif ch == "[":
            cls = True
        elif ch in "()":
            depth += 1 if ch == "(" else -1
        elif ch == "|" and depth == 0:
            out.append(cur)
            cur, i = "", i + 1
            continue
        cur, i = cur + ch, i + 1
    return [*out, cur]


def test_every_grant_branch_requires_what_the_grant_gate_looks_for():
    # A branch added to GRANT (or an anchor made optional) that the gate does not cover fails here.
    lead = f"(?:^|(?<=[.!?:]\\s)){lic._PUBLISHER}(?P<h>{lic._TEXTS})\\s+(?:may|can)"  # a publisher's name may lead
    branches = _top_branches(lic._GRANT)
    assert len(branches) >= 9
    for branch in branches:
        if branch.startswith(lead):
            continue  # GRANT_LEAD, as the branch opens
        if branch.replace("(?P<j2>pass)", "pass") == _top_branches(lic.GRANT_ANCHOR.pattern)[1]:
            continue  # "pass this along": GRANT_ANCHOR's second branch, as written
        held = _required(branch.replace(lic._WORK, "WORK_PATTERN").replace(lic.THIS_WORK.pattern, "WORK_PATTERN"))
        anchors = (*lic.GRANT_ANCHORS, "freely", r"free\s+to", r"free\s+reprint")  # GRANT_ANCHOR's first branch
        assert "WORK_PATTERN" in held or any(word in held.lower() for word in anchors), branch
    assert _top_branches(lic.GRANT_ANCHOR.pattern)[0] == r"free(?:ly|\s+to|\s+reprint)"
    # GRANT_IT's grant of "it" counts only where _names_work_in_notice finds THIS_WORK
    assert "THIS_WORK.search" in inspect.getsource(lic._names_work_in_notice)
    assert lic.GRANT_LEAD.pattern == lead.replace("(?P<h>", "").replace(")\\s+(?:may", "\\s+(?:may", 1)


# Issue 19, round 4b: hints that are also the inside of everyday words count only in the shape the patterns read.
@pytest.mark.parametrize("line", [
    "According to the survey, success comes to those who keep accounts.",  # "cc" inside words
    "A compass and a passion for the outdoors.",  # "pass" inside words
    "Im Oktober blüht der Garten.",  # " ok" opening a word
    "Her blueprint left a footprint on the sprint.",  # "print" inside words
    "Man darf nicht vergessen, den Teig zu kneten; nach Bedarf Mehl dazu.",  # the German modal alone
])
def test_a_hint_inside_a_word_sends_the_line_to_no_pattern(line, monkeypatch):
    def tried(text):
        raise AssertionError(f"patterns tried on {text!r}")

    monkeypatch.setattr(lic, "find_cc", tried)
    assert lic.find_statements(line) == []


@pytest.mark.parametrize(("line", "kind"), [
    ("CC BY-SA 4.0", "cc"),  # "cc" at a word's start
    ("Released under cc0.", "cc"),
    ("Pass it on, with this bio intact.", "reprint"),  # the grant's "pass" ("it" and "bio": no GRANT_NOUNS)
    ("Shown here with the author's okay.", "permission"),  # the leave's "okay"
    ("Dieser Beitrag darf gerne weitergegeben werden.", "reprint"),  # the modal with its participle
])
def test_a_hint_in_its_shape_still_reaches_the_patterns(line, kind):
    assert kind in [s.kind for s in lic.find_statements(line)], line


WORD_START = r"\b(?=[a-z])(?:"  # what _from_word_start puts before a pattern


def _word_start_patterns() -> dict[str, tuple[re.Pattern[str], re.Pattern[str]]]:
    """Every pattern of the module compiled by _from_word_start: name -> (the pattern alone, as compiled)."""
    return {name: (re.compile(value.pattern.removeprefix(WORD_START).removesuffix(")"), value.flags), value)
            for name, value in vars(lic).items()
            if isinstance(value, (re.Pattern, GatedAlternation)) and value.pattern.startswith(WORD_START)}


def test_the_word_start_test_before_a_pattern_changes_no_match():
    # Every branch of such a pattern opens on a letter at a word's start (\b and a letter, or a line's or a
    # sentence's start), so the test _from_word_start puts before it only skips positions where no branch can match.
    patterns = _word_start_patterns()
    assert {"GRANT", "WORK", "RESTRICT", "WITHHELD", "PERMISSION"} <= set(patterns)
    for name, (bare, _) in patterns.items():
        for branch in _top_branches(bare.pattern):
            opening = re.sub(r"^(?:\(\?(?::|P<\w+>))+", "", branch)
            assert opening.startswith("^|(?<=") or re.match(r"\\b(?:\(\?(?::|P<\w+>))*[a-z]", opening, re.I), (
                name, branch)
    texts = [t for t, _ in PHRASINGS] + PROSE + GRANT_BRANCH_LINES
    texts += [f"{a} {b}" for a, b in zip(texts, reversed(texts), strict=True)]
    texts += [f"x,{t}" for t in texts] + [f"«{t}»" for t in texts]
    for name, (bare, fast) in patterns.items():
        for text in texts:
            slow, quick = bare.search(text), fast.search(text)
            assert (slow and (slow.span(), slow.groupdict())) == (quick and (quick.span(), quick.groupdict())), (
                name, text)


def test_a_use_sent_to_a_desk_is_offered_on_request_not_granted():
    """Round 29 (holdout29's last false grant): syndication "available" and then a desk to call is a sale on
    request, whether the desk is in the same sentence or the next; a plain free-reprint grant beside an unrelated
    contact line stays a grant."""
    from pipeline.text.licence import find_grant

    assert find_grant("© 2031 The Hillfold Post. This piece is available for syndication. "
                      "Call our syndication desk on 0100 000 000.") is None
    assert find_grant("This guide is available for reprint through our licensing team.") is None
    assert find_grant("You may reprint this article free in your newsletter. Contact our editors with questions.") == 0


@pytest.mark.parametrize("text", [
    "You are free to republish this story. Ask our licensing team for the photographs.",
    "You may republish this column free of charge. For high-resolution pictures, contact our syndication desk.",
    "You may reprint this essay in your newsletter, but for the logos contact our permissions office.",
])
def test_a_desk_for_the_pictures_leaves_the_texts_grant_standing(text):
    """Round 29 mend: the desk that follows a grant sends readers there for another work (photographs, pictures,
    logos), not for the text the grant frees: the grant stands. A desk for the text itself (the test above) still
    refuses it."""
    from pipeline.text.licence import find_grant

    assert find_grant(text) == 0


def test_a_desk_for_the_text_and_its_pictures_still_withholds_the_grant():
    from pipeline.text.licence import find_grant

    assert find_grant("This feature is available for syndication. Contact our syndication desk for the article "
                      "and its photos.") is None
